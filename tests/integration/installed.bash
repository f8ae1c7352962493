# Sourced first by the integration tests that build with the installed
# tree only. integration/install installed it and moved it to IRBPF_PREFIX.
#
# Where mount namespaces are permitted the test runs in a private one in
# which the build tree (except tests/, where WORK and bpfrun live) and the
# source tree (except examples/ and tests/, the test inputs) are hidden
# behind empty mounts: whatever irbpf, runtime, header, toolchain file or
# package config the build uses must then come from the install tree.

: "${IRBPF_PREFIX:?}" "${IRBPF_BUILD_DIR:?}" "${IRBPF_SOURCE_DIR:?}"

irbpf_hidden_paths() {
	local p
	for p in "$IRBPF_BUILD_DIR"/*; do
		[ "$p" = "$IRBPF_BUILD_DIR/tests" ] || echo "$p"
	done
	for p in "$IRBPF_SOURCE_DIR"/*; do
		case "$p" in
		"$IRBPF_SOURCE_DIR/examples" | "$IRBPF_SOURCE_DIR/tests") ;;
		"$IRBPF_BUILD_DIR" | "$IRBPF_BUILD_DIR"/*) ;;
		*) [[ "$IRBPF_BUILD_DIR" == "$p"/* ]] || echo "$p" ;;
		esac
	done
}

if [ -z "${IRBPF_TREE_HIDDEN:-}" ] && unshare --mount --propagation private true 2>/dev/null; then
	export IRBPF_TREE_HIDDEN=1 IRBPF_HIDE
	IRBPF_HIDE=$(irbpf_hidden_paths)
	exec unshare --mount --propagation private bash -c '
		set -e
		while IFS= read -r p; do
			[ -n "$p" ] || continue
			if [ -d "$p" ]; then
				mount -t tmpfs -o ro,size=4k irbpf-hidden "$p"
			else
				mount --bind /dev/null "$p"
			fi
		done <<<"$IRBPF_HIDE"
		exec bash "$0"' "$0"
fi

. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

if [ -n "${IRBPF_TREE_HIDDEN:-}" ]; then
	echo "build tree hidden: $IRBPF_BUILD_DIR"
else
	echo "note: mount namespaces not permitted; the build tree stays visible"
fi
P=$IRBPF_PREFIX
[ -x "$P/bin/irbpf" ] || fail "no installed irbpf in $P"
unset RUNTIME_BC IRBPF_INCLUDE RUST_CRATE	# the build tree's
IRBPF=$P/bin/irbpf
export PATH="$P/bin:$PATH"
LLVM_MAJOR=$("$IRBPF" --version | sed -n 's/.*(LLVM \([0-9]*\)\..*/\1/p')

# Ethernet + IPv4 headers; the IPv4 total length is 40 (0x28).
IPV4_ETH=ffffffffffff0000000000010800
ipv4_packet() {	# PROTO_HEX L4_HEX: a frame carrying IP protocol PROTO
	echo "${IPV4_ETH}450000280000000040${1}0000c0a80001c0a80002${2}"
}
UDP_53=$(ipv4_packet 11 0035003500140000000000000000000000000000)	# UDP to port 53
TCP_23=$(ipv4_packet 06 0017001700000000000000005000000000000000)	# TCP to port 23
SCTP=$(ipv4_packet 84 0000000000000000000000000000000000000000)
ARP=ffffffffffff0000000000010806000108000604000100000000000100000000000000000000000000

disasm() { "$LLVM_TOOLS/llvm-objdump" -d "$1"; }
sections() { "$LLVM_TOOLS/llvm-readelf" -S "$1"; }

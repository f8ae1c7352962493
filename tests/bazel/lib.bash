# Sourced by the Bazel tests: the example workspace of examples/bazel,
# built with bazel against the installed tree of integration/install.
: "${IRBPF_PREFIX:?}" "${IRBPF_SOURCE_DIR:?}"
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

if ! command -v bazel >/dev/null; then
	echo "SKIP: bazel is not installed (Debian: bazel-bootstrap)"
	exit 77
fi
P=$IRBPF_PREFIX
[ -x "$P/bin/irbpf" ] || fail "no installed irbpf in $P"
export IRBPF=$P/bin/irbpf CLANG
unset RUNTIME_BC IRBPF_INCLUDE	# the build tree's

# Ethernet + IPv4 frames to UDP port 53 and TCP port 23, and an ARP frame.
IPV4_ETH=ffffffffffff0000000000010800
ipv4_packet() {	# PROTO_HEX L4_HEX: a frame carrying IP protocol PROTO
	echo "${IPV4_ETH}450000280000000040${1}0000c0a80001c0a80002${2}"
}
UDP_53=$(ipv4_packet 11 0035003500140000000000000000000000000000)
TCP_23=$(ipv4_packet 06 0017001700000000000000005000000000000000)
ARP=ffffffffffff0000000000010806000108000604000100000000000100000000000000000000000000

# example_copy DIR: the example workspace with the running kernel's vmlinux.h
example_copy() {
	cp -r "$IRBPF_SOURCE_DIR/examples/bazel" "$1"
	if [ -f "${VMLINUX_DIR:-}/vmlinux.h" ]; then
		cp "$VMLINUX_DIR/vmlinux.h" "$1/vmlinux/vmlinux.h"
	else
		bpftool btf dump file /sys/kernel/btf/vmlinux format c >"$1/vmlinux/vmlinux.h" ||
			fail "cannot generate vmlinux.h"
	fi
}

# bz WORKSPACE OUTPUT_BASE COMMAND [ARGS...]: bazel with the test's own
# output user root; each output base's server is shut down at exit.
BZ_BASES=()
bz() {
	local ws=$1 base=$2 cmd=$3
	shift 3
	[[ " ${BZ_BASES[*]} " == *" $base "* ]] || BZ_BASES+=("$base")
	(cd "$ws" && bazel --nohome_rc --output_user_root="$WORK/bazel-root" \
		--output_base="$base" --max_idle_secs=120 "$cmd" \
		--override_repository=irbpf="$IRBPF_SOURCE_DIR" \
		--spawn_strategy=sandboxed --symlink_prefix=/ --color=no --curses=no "$@")
}
bz_shutdown() {
	local base
	for base in "${BZ_BASES[@]}"; do
		bazel --nohome_rc --output_user_root="$WORK/bazel-root" \
			--output_base="$base" shutdown 2>/dev/null || true
	done
}
trap bz_shutdown EXIT

# bazel_out OUTPUT_BASE PATH: a file under the build's bazel-bin
bazel_out() {
	local f
	f=$(find "$1/execroot" -path "*/bin/$2" -print -quit)
	[ -n "$f" ] || fail "bazel built no $2"
	echo "$f"
}

# Runs the example's objects in the kernel.
check_objects() {	# PORTS_O GUARD_O
	bpfrun "$1" ports --in "$UDP_53" --repeat 4 --ret 0 --map port_packets:53=4
	bpfrun "$1" ports --in "$TCP_23" --repeat 2 --ret 2 --map port_packets:23=2
	bpfrun "$2" guard --in "$UDP_53" --repeat 3 --ret 2 --map verdicts:0=3 --map verdicts:1=0
	bpfrun "$2" guard --in "$TCP_23" --repeat 2 --ret 1 --map verdicts:1=2
	bpfrun "$2" guard --in "$ARP" --ret 2 --map verdicts:0=1
}

# Shared by the llvm/ and llvm19/ tests (sourced after ../lib.sh): bitcode
# from several LLVM releases and the libLLVMs installed beside them.

# CLANG19: clang of LLVM 19, or the test is skipped.
need_clang19() {
	CLANG19=$(command -v clang-19 || echo /usr/lib/llvm-19/bin/clang)
	[ -x "$CLANG19" ] && return 0
	echo "SKIP: clang-19 is not installed (scripts/install-deps.sh installs it)"
	exit 77
}

# debian_lib MAJOR: the directory with Debian's libLLVM of that release,
# or the test is skipped.
debian_lib() {
	local dir=/usr/lib/llvm-$1/lib
	ls "$dir"/libLLVM.so.* >/dev/null 2>&1 && { echo "$dir"; return 0; }
	echo "SKIP: no libLLVM in $dir (install libllvm$1)" >&2
	exit 77
}

# bc_with CLANG SRC OUT: bitcode for the BPF target from another clang.
bc_with() {
	"$1" -target bpf "${BPF_CFLAGS[@]}" -emit-llvm -c "$2" -o "$3"
}

# run_xdp_count OBJ: the object of tests/c/xdp_count.c loads and counts.
run_xdp_count() {
	bpfrun "$1" count_packets --in-size 100 --repeat 5 --ret 2 \
		--map counts:1=5 --map counts:0=0
}

# run_multi OBJ: the object of tests/c/multi_main.c and multi_lib.c runs:
# 14-byte Ethernet header, then bytes 1..16: sum of i*i = 1496.
run_multi() {
	bpfrun "$1" sum_bytes --in 00000000000000000000000000000102030405060708090a0b0c0d0e0f10 \
		--ret 216 --map last_sum:0=1496
}

# Rust source of an XDP program: returns the packet's first byte plus 3.
RUST_XDP='#![no_std]
#[repr(C)]
pub struct XdpMd { data: u32, data_end: u32 }

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *const XdpMd) -> u32 {
    let ctx = unsafe { &*ctx };
    let start = ctx.data as usize as *const u8;
    if start.wrapping_add(1) > ctx.data_end as usize as *const u8 {
        return 1;
    }
    unsafe { *start as u32 + 3 }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";'

# rust_bc OUT: that program as stable rustc bitcode (host target), or the
# test is skipped when there is no rustc.
rust_bc() {
	command -v rustc >/dev/null || { echo "SKIP: rustc is not installed"; exit 77; }
	printf '%s\n' "$RUST_XDP" >prog.rs
	rustc --edition 2021 --crate-type lib -C panic=abort -C opt-level=2 \
		--emit=llvm-bc -o "$1" prog.rs
}

# run_rust_xdp OBJ: the object of $RUST_XDP loads and runs.
run_rust_xdp() {
	bpfrun "$1" prog --in 0700000000000000000000000000 --ret 10
	bpfrun "$1" prog --in 2000000000000000000000000000 --ret 35
}

# llvm_used LOG: the LLVM line irbpf -v wrote to LOG.
llvm_used() {
	grep -m1 '^irbpf: LLVM ' "$1" || fail "-v named no LLVM: $(head -n 3 "$1")"
}

# compiled_with IRBPF PATTERN ARGS...: "IRBPF -v ARGS" succeeds and names
# an LLVM matching the extended regex PATTERN ("(built in)$", " from LIB$").
compiled_with() {
	local irbpf=$1 pattern=$2
	shift 2
	"$irbpf" -v "$@" 2>"$WORK/verbose.txt" ||
		fail "irbpf $* failed: $(grep -m 1 error "$WORK/verbose.txt")"
	llvm_used "$WORK/verbose.txt" | grep -qE -- "$pattern" ||
		fail "irbpf $*: $(llvm_used "$WORK/verbose.txt"), not /$pattern/"
}

# re STRING: STRING as an extended regex matching only itself.
re() {
	sed 's/[][\\.*^$+?(){}|]/\\&/g' <<<"$1"
}

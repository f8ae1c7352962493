# Helper calls through libbpf's bpf_helpers.h (calls of inttoptr constants)
# keep working with the runtime linked, at -O2 and -O0, and the runtime
# adds nothing to such a program; one module may call helpers the libbpf
# way while another calls them by name.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/xdp_count.c" o2.bc
"$IRBPF" o2.bc -o with.o
"$IRBPF" --no-runtime o2.bc -o without.o
cmp with.o without.o || fail "the runtime changed a program that does not use it"
bpfrun with.o count_packets --in-size 100 --repeat 3 --ret 2 --map counts:1=3

# -O0 keeps libbpf's helper pointers as internal globals named like the
# runtime's functions; they must not clash. (No -g: clang's -O0 debug info
# gives BTF the kernel rejects, with or without irbpf.)
cat > o0.c <<'C'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("socket")
int stamp(struct __sk_buff *skb)
{
	return bpf_ktime_get_ns() > 0 ? skb->len : 0;
}
char LICENSE[] SEC("license") = "GPL";
C
bc_bpf o0.c o0.bc -O0 -g0
grep -q "^@bpf_ktime_get_ns = internal" <("$LLVM_TOOLS/llvm-dis" -o - o0.bc) ||
	fail "-O0 input has no libbpf helper pointer"
"$IRBPF" o0.bc -o o0.o
bpfrun o0.o stamp --in-size 64 --ret 50

# Both styles in one program: a library calling a helper by name.
cat > byname.c <<'C'
#include <linux/types.h>
#include <irbpf/helpers.h>
__u64 clock_runs(void)
{
	return bpf_ktime_get_ns() > 0;
}
C
cat > main.c <<'C'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
__u64 clock_runs(void);
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} runs SEC(".maps");
SEC("xdp")
int mixed(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&runs, &k);
	if (v)
		*v += clock_runs();
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
C
bc_bpf main.c main.bc
bc_host byname.c byname.bc -I"$IRBPF_INCLUDE"
"$IRBPF" main.bc byname.bc -o mixed.o
grep -q "call 0x5$" <("$LLVM_TOOLS/llvm-objdump" -d mixed.o) || fail "bpf_ktime_get_ns not called"
bpfrun mixed.o mixed --in-size 64 --repeat 4 --ret 2 --map runs:0=4
echo PASS

# What nothing defines is one error naming the symbol, its first user and
# the source line, with or without the runtime linked; no output is left.
. "$(dirname "$0")/../lib.sh"

cat > undef.c <<'C'
#include <linux/bpf.h>
#include <irbpf/bpf.h>

int lookup_table(int key);

SEC("socket")
int filter(struct __sk_buff *skb)
{
	__u64 now = bpf_ktime_get_ns();

	return lookup_table(skb->len) + (now > 0);
}

IRBPF_LICENSE("GPL");
C
bc_host undef.c host.bc -I"$IRBPF_INCLUDE"
bc_bpf undef.c bpf.bc -I"$IRBPF_INCLUDE"
for kind in host bpf; do
	expect_error "^irbpf: error: $kind.bc: undefined symbol 'lookup_table' referenced from 'filter' \(undef\.c:11:[0-9]+\)$" \
		"$IRBPF" $kind.bc -o out.o
done

# A helper called by name is a symbol the runtime defines: without it, the
# same error names the helper.
cat > helper.c <<'C'
#include <linux/bpf.h>
#include <irbpf/bpf.h>

SEC("socket")
int stamp(struct __sk_buff *skb)
{
	return bpf_ktime_get_ns() > 0;
}

IRBPF_LICENSE("GPL");
C
bc_host helper.c helper.bc -I"$IRBPF_INCLUDE"
expect_error "^irbpf: error: helper.bc: undefined symbol 'bpf_ktime_get_ns' referenced from 'stamp' \(helper\.c:7:[0-9]+\)$" \
	"$IRBPF" --no-runtime helper.bc -o out.o

[ ! -e out.o ] || fail "an output file was written"
no_temp_files .
echo PASS

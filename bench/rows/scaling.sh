# Row 4: how irbpf's time grows with its input: N modules of similar size
# linked into one object, and one module holding N times the code, for
# N in $SCALES. Inputs are generated here: each unit is a tc program with
# its own map and a non-inlined subprogram. Linear growth means the cost
# per extra unit stays flat: the marginal cost from the middle to the
# largest N, over the marginal cost from the smallest to the middle N,
# should stay near 1 (goal: at most 1.5).

SCALING_GOAL=1.5

# unit_source K: one unit of code, a program named unit_K.
unit_source() {
	sed "s/@K@/$1/g" <<'EOF_UNIT'
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} hits_@K@ SEC(".maps");

static __attribute__((noinline)) __u32 mix_@K@(__u32 a, __u32 b)
{
	a ^= b * 0x9e3779b1u + @K@;
	a = (a << 13) | (a >> 19);
	return a * 5 + 0xe6546b64u;
}

SEC("tc")
int unit_@K@(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);
	__u32 key, h;
	__u64 *v;

	if ((void *)(udp + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	if (ip->protocol != IPPROTO_UDP && ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	h = mix_@K@(ip->saddr, ip->daddr);
	h = mix_@K@(h, ((__u32)udp->source << 16) | udp->dest);
	key = h & 15;
	v = bpf_map_lookup_elem(&hits_@K@, &key);
	if (v)
		__sync_fetch_and_add(v, skb->len);
	return h & 0x10000 ? TC_ACT_OK : TC_ACT_UNSPEC;
}
EOF_UNIT
}

unit_header() {
	cat <<'EOF_HDR'
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
EOF_HDR
}

# Bitcode for unit K as a module of its own (module 0 carries the licence),
# and for one module with units 0..N-1.
scaling_inputs() {
	local d=$1 max=$2 k n
	for ((k = 0; k < max; k++)); do
		{
			unit_header
			unit_source "$k"
			[ "$k" -eq 0 ] && echo 'char LICENSE[] SEC("license") = "GPL";'
		} >"$d/unit_$k.c"
		"$CLANG" -target bpf "${CFLAGS[@]}" -emit-llvm -c "$d/unit_$k.c" -o "$d/unit_$k.bc"
	done
	for n in "${SCALES[@]}"; do
		{
			unit_header
			for ((k = 0; k < n; k++)); do unit_source "$k"; done
			echo 'char LICENSE[] SEC("license") = "GPL";'
		} >"$d/code_x$n.c"
		"$CLANG" -target bpf "${CFLAGS[@]}" -emit-llvm -c "$d/code_x$n.c" -o "$d/code_x$n.bc"
	done
}

scaling_cases() {
	local d=$1 n k
	for n in "${SCALES[@]}"; do
		{
			printf '%q ' "$IRBPF"
			for ((k = 0; k < n; k++)); do printf '%q ' "$d/unit_$k.bc"; done
			printf '%q %q\n' -o "$d/modules_$n.o"
		} >"$d/modules_$n.cmds"
		cmdline "$IRBPF" "$d/code_x$n.bc" -o "$d/code_x$n.o" >"$d/code_x$n.cmds"
		echo "modules_$n=$d/modules_$n.cmds" "code_x$n=$d/code_x$n.cmds"
	done
}

# scaling_series KIND LABEL KEY: a table line for modules_N or code_xN,
# and its JSON in $W/scaling.KEY.json.
scaling_series() {
	local kind=$1 label=$2 key=$3 n times=() t json="" sep=""
	for n in "${SCALES[@]}"; do
		t=$(bt_case scaling "$kind$n" median)
		times+=("$t")
		json+="$sep\"$n\": {\"median_ms\": $t, \"min_ms\": $(bt_case scaling "$kind$n" min), \"max_ms\": $(bt_case scaling "$kind$n" max), \"per_unit_ms\": $(calc "$t / $n")}"
		sep=", "
	done
	local s0=${SCALES[0]} s1=${SCALES[1]} s2=${SCALES[2]}
	local m1 m2 growth met
	m1=$(calc "(${times[1]} - ${times[0]}) / ($s1 - $s0)")
	m2=$(calc "(${times[2]} - ${times[1]}) / ($s2 - $s1)")
	# Below the timer's noise the first step can come out <= 0.
	growth=$(awk -v a="$m1" -v b="$m2" 'BEGIN { if (a > 0) printf "%.2f", b / a; else print "null" }')
	met="n/a (noise)"
	[ "$growth" = null ] || met=$(goal_met "$growth" le "$SCALING_GOAL")
	table_row "$(printf '4 scaling, %-18s %s: %8s / %8s / %8s ms   per extra unit %s / %s ms (growth %s)   goal <= %sx  %s' \
		"$label" "$s0/$s1/$s2" "$(ms "${times[0]}")" "$(ms "${times[1]}")" "$(ms "${times[2]}")" \
		"$(printf '%.2f' "$m1")" "$(printf '%.2f' "$m2")" "${growth/null/n/a}" "$SCALING_GOAL" "$met")"
	printf '"%s": {"by_n": {%s}, "marginal_ms": [%s, %s], "marginal_growth": %s, "met": %s}' \
		"$key" "$json" "$m1" "$m2" "$growth" "$(json_met "$met")" >"$W/scaling.$key.json"
}

row_scaling() {
	local d=$W/scaling max=${SCALES[-1]} rc=0
	mkdir -p "$d"
	say "row 4: scaling, generating ${SCALES[*]} units"
	scaling_inputs "$d" "$max"
	# shellcheck disable=SC2046
	bt scaling $(scaling_cases "$d")
	# The largest linked object must be real too.
	"$VSTATS" "$d/modules_$max.o" >"$d/modules_$max.stats" 2>"$d/load.err" || rc=$?
	[ "$rc" -eq 0 ] || [ "$rc" -eq 77 ] || { cat "$d/load.err" >&2; die "modules_$max.o does not load"; }
	scaling_series modules_ "input modules" modules
	scaling_series code_x "code in one module" code
	{
		printf '{"what": "irbpf time for N input modules of one unit each, and for one module of N units",\n'
		printf '      "units": [%s], "goal": "marginal cost growth <= %s",\n' "$(printf '%s, ' "${SCALES[@]}" | sed 's/, $//')" "$SCALING_GOAL"
		printf '      "largest_linked_object_loaded": %s,\n' "$([ "$rc" -eq 0 ] && echo true || echo null)"
		printf '      %s,\n      %s,\n      "timing": ' "$(cat "$W/scaling.modules.json")" "$(cat "$W/scaling.code.json")"
		cat "$W/scaling.timing.json"
		printf '    }'
	} >"$W/scaling.json"
}

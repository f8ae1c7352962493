# The Rust crate's context types have the layouts of <linux/bpf.h>: sizes
# and field offsets printed by a C program and by a Rust program built
# from bpf-headers/rust/src/bindings.rs must agree.
. "$(dirname "$0")/../lib.sh"
command -v rustc >/dev/null || { echo "SKIP: no rustc"; exit 77; }

# struct: fields to compare (C names; Rust spells `type` r#type).
layout="
xdp_md: data data_end data_meta ingress_ifindex rx_queue_index egress_ifindex
__sk_buff: len pkt_type mark protocol cb hash tc_classid data data_end napi_id family remote_ip4 local_ip6 local_port data_meta flow_keys tstamp wire_len gso_segs sk gso_size tstamp_type hwtstamp
bpf_sock: bound_dev_if family type protocol mark priority src_ip4 src_ip6 src_port dst_port dst_ip4 dst_ip6 state rx_queue_mapping
sk_msg_md: data data_end family remote_ip4 local_ip6 remote_port local_port size sk
bpf_sock_addr: user_family user_ip4 user_ip6 user_port family type protocol msg_src_ip4 msg_src_ip6 sk
bpf_sysctl: write file_pos
bpf_spin_lock: val
bpf_pidns_info: pid tgid
bpf_perf_event_value: counter enabled running
bpf_raw_tracepoint_args: args
bpf_perf_event_data: regs sample_period addr
pt_regs: r15 rbp rax rdi orig_rax rip rsp ss
bpf_timer:
bpf_dynptr:
bpf_sock_tuple:
"
# pt_regs is the host architecture's; the fields above are x86-64's.
[ "$(uname -m)" = x86_64 ] || layout=$(grep -v '^pt_regs:' <<<"$layout")
{
	echo '#include <stddef.h>'
	echo '#include <stdio.h>'
	echo '#include <linux/bpf.h>'
	echo '#include <linux/bpf_perf_event.h>'
	echo '#include <asm/ptrace.h>'
	echo 'int main(void) {'
	while read -r line; do
		[ -n "$line" ] || continue
		s=${line%%:*}
		echo "printf(\"$s %zu %zu\\n\", sizeof(struct $s), _Alignof(struct $s));"
		for f in ${line#*:}; do
			echo "printf(\"$s.$f %zu\\n\", offsetof(struct $s, $f));"
		done
	done <<<"$layout"
	echo 'return 0; }'
} > layout.c
{
	echo '#![allow(dead_code, non_camel_case_types)]'
	echo "#[path = \"$RUST_CRATE/src/types.rs\"] mod types;"
	echo "#[path = \"$RUST_CRATE/src/opaque.rs\"] mod opaque;"
	echo "#[path = \"$RUST_CRATE/src/bindings.rs\"] mod bindings;"
	echo 'use core::mem::{align_of, offset_of, size_of};'
	echo 'use bindings::*;'
	echo 'fn main() {'
	while read -r line; do
		[ -n "$line" ] || continue
		s=${line%%:*}
		echo "println!(\"$s {} {}\", size_of::<$s>(), align_of::<$s>());"
		for f in ${line#*:}; do
			r=$f
			[ "$f" = type ] && r='r#type'
			echo "println!(\"$s.$f {}\", offset_of!($s, $r));"
		done
	done <<<"$layout"
	echo '}'
} > layout.rs

gcc -I"$MULTIARCH_INC" layout.c -o layout_c
rustc --edition 2021 -O layout.rs -o layout_rust 2>rustc.log || fail "rustc: $(head -20 rustc.log)"
./layout_c > c.txt
./layout_rust > rust.txt
diff -u c.txt rust.txt || fail "Rust layouts differ from <linux/bpf.h>"
echo "ok: $(wc -l < c.txt) sizes and offsets agree"
echo PASS

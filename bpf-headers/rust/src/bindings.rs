//! Program context types and the kernel structures programs build or read
//! themselves, with the layouts of `linux/bpf.h` (64-bit hosts).
//!
//! Fields the kernel declares with `__bpf_md_ptr` are 64-bit pointers.
//! Every other structure a helper takes by pointer is opaque (re-exported
//! from the generated `opaque.rs`).
#![allow(non_camel_case_types)]

use core::ffi::c_void;

use crate::types::*;

pub use crate::opaque::*;

/// Context of XDP programs (`SEC("xdp")`).
#[repr(C)]
pub struct xdp_md {
    pub data: __u32,
    pub data_end: __u32,
    pub data_meta: __u32,
    pub ingress_ifindex: __u32,
    pub rx_queue_index: __u32,
    pub egress_ifindex: __u32,
}

/// Context of socket filter, tc and cgroup_skb programs.
#[repr(C)]
pub struct __sk_buff {
    pub len: __u32,
    pub pkt_type: __u32,
    pub mark: __u32,
    pub queue_mapping: __u32,
    pub protocol: __u32,
    pub vlan_present: __u32,
    pub vlan_tci: __u32,
    pub vlan_proto: __u32,
    pub priority: __u32,
    pub ingress_ifindex: __u32,
    pub ifindex: __u32,
    pub tc_index: __u32,
    pub cb: [__u32; 5],
    pub hash: __u32,
    pub tc_classid: __u32,
    pub data: __u32,
    pub data_end: __u32,
    pub napi_id: __u32,
    pub family: __u32,
    pub remote_ip4: __u32,
    pub local_ip4: __u32,
    pub remote_ip6: [__u32; 4],
    pub local_ip6: [__u32; 4],
    pub remote_port: __u32,
    pub local_port: __u32,
    pub data_meta: __u32,
    pub flow_keys: *mut bpf_flow_keys,
    pub tstamp: __u64,
    pub wire_len: __u32,
    pub gso_segs: __u32,
    pub sk: *mut bpf_sock,
    pub gso_size: __u32,
    pub tstamp_type: __u8,
    _pad0: [__u8; 3],
    pub hwtstamp: __u64,
}

/// Flow dissector keys (`__sk_buff::flow_keys`); opaque to other programs.
#[repr(C)]
pub struct bpf_flow_keys {
    _opaque: [u8; 0],
}

/// A socket as BPF programs see it.
#[repr(C)]
pub struct bpf_sock {
    pub bound_dev_if: __u32,
    pub family: __u32,
    pub r#type: __u32,
    pub protocol: __u32,
    pub mark: __u32,
    pub priority: __u32,
    pub src_ip4: __u32,
    pub src_ip6: [__u32; 4],
    pub src_port: __u32,
    pub dst_port: __be16,
    _pad0: __u16,
    pub dst_ip4: __u32,
    pub dst_ip6: [__u32; 4],
    pub state: __u32,
    pub rx_queue_mapping: __s32,
}

/// Context of sk_msg programs.
#[repr(C)]
pub struct sk_msg_md {
    pub data: *mut c_void,
    pub data_end: *mut c_void,
    pub family: __u32,
    pub remote_ip4: __u32,
    pub local_ip4: __u32,
    pub remote_ip6: [__u32; 4],
    pub local_ip6: [__u32; 4],
    pub remote_port: __u32,
    pub local_port: __u32,
    pub size: __u32,
    pub sk: *mut bpf_sock,
}

/// Context of cgroup/connect*, bind*, sendmsg* and recvmsg* programs.
#[repr(C)]
pub struct bpf_sock_addr {
    pub user_family: __u32,
    pub user_ip4: __u32,
    pub user_ip6: [__u32; 4],
    pub user_port: __u32,
    pub family: __u32,
    pub r#type: __u32,
    pub protocol: __u32,
    pub msg_src_ip4: __u32,
    pub msg_src_ip6: [__u32; 4],
    pub sk: *mut bpf_sock,
}

/// Context of raw tracepoint programs: the tracepoint's arguments.
#[repr(C)]
pub struct bpf_raw_tracepoint_args {
    pub args: [__u64; 0],
}

impl bpf_raw_tracepoint_args {
    /// Argument `i` of the tracepoint.
    ///
    /// # Safety
    /// `ctx` must be the program's context and `i` less than the
    /// tracepoint's argument count.
    #[inline(always)]
    pub unsafe fn arg(ctx: *const Self, i: usize) -> __u64 {
        *(ctx as *const __u64).add(i)
    }
}

/// Context of kprobe programs: the probed task's registers.
#[cfg(target_arch = "x86_64")]
#[repr(C)]
pub struct pt_regs {
    pub r15: u64,
    pub r14: u64,
    pub r13: u64,
    pub r12: u64,
    pub rbp: u64,
    pub rbx: u64,
    pub r11: u64,
    pub r10: u64,
    pub r9: u64,
    pub r8: u64,
    pub rax: u64,
    pub rcx: u64,
    pub rdx: u64,
    pub rsi: u64,
    pub rdi: u64,
    pub orig_rax: u64,
    pub rip: u64,
    pub cs: u64,
    pub eflags: u64,
    pub rsp: u64,
    pub ss: u64,
}

/// Context of kprobe programs: the probed task's registers.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub struct pt_regs {
    pub regs: [u64; 31],
    pub sp: u64,
    pub pc: u64,
    pub pstate: u64,
}

/// Context of perf_event programs.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[repr(C)]
pub struct bpf_perf_event_data {
    pub regs: pt_regs,
    pub sample_period: __u64,
    pub addr: __u64,
}

/// Context of cgroup/sysctl programs.
#[repr(C)]
pub struct bpf_sysctl {
    pub write: __u32,
    pub file_pos: __u32,
}

/// Socket lookup key of `bpf_sk_lookup_tcp()` and friends.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct bpf_sock_tuple_ipv4 {
    pub saddr: __be32,
    pub daddr: __be32,
    pub sport: __be16,
    pub dport: __be16,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct bpf_sock_tuple_ipv6 {
    pub saddr: [__be32; 4],
    pub daddr: [__be32; 4],
    pub sport: __be16,
    pub dport: __be16,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union bpf_sock_tuple {
    pub ipv4: bpf_sock_tuple_ipv4,
    pub ipv6: bpf_sock_tuple_ipv6,
}

/// A spin lock inside a map value (`bpf_spin_lock()`).
#[repr(C)]
pub struct bpf_spin_lock {
    pub val: __u32,
}

/// A timer inside a map value (`bpf_timer_init()`).
#[repr(C, align(8))]
pub struct bpf_timer {
    _opaque: [__u64; 2],
}

/// A dynamic pointer on the stack (`bpf_dynptr_from_mem()`).
#[repr(C, align(8))]
pub struct bpf_dynptr {
    _opaque: [__u64; 2],
}

/// Result of `bpf_get_ns_current_pid_tgid()`.
#[repr(C)]
pub struct bpf_pidns_info {
    pub pid: __u32,
    pub tgid: __u32,
}

/// Result of `bpf_perf_event_read_value()`.
#[repr(C)]
pub struct bpf_perf_event_value {
    pub counter: __u64,
    pub enabled: __u64,
    pub running: __u64,
}

/// XDP program return values.
pub const XDP_ABORTED: u32 = 0;
pub const XDP_DROP: u32 = 1;
pub const XDP_PASS: u32 = 2;
pub const XDP_TX: u32 = 3;
pub const XDP_REDIRECT: u32 = 4;

/// tc program return values.
pub const TC_ACT_UNSPEC: i32 = -1;
pub const TC_ACT_OK: i32 = 0;
pub const TC_ACT_SHOT: i32 = 2;
pub const TC_ACT_REDIRECT: i32 = 7;

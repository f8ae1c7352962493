//! Kernel types and constants: the program context structures with the
//! layouts of `linux/bpf.h` (see `bindings.rs`), and the constants under
//! the names aya-ebpf's bindings use (`xdp_action::XDP_PASS`, `TC_ACT_OK`,
//! `BPF_ANY`, `BPF_F_NO_PREALLOC`, ...).

#[path = "bindings.rs"]
mod kernel;

pub use kernel::*;

pub const TC_ACT_RECLASSIFY: i32 = 1;
pub const TC_ACT_PIPE: i32 = 3;
pub const TC_ACT_STOLEN: i32 = 4;
pub const TC_ACT_QUEUED: i32 = 5;
pub const TC_ACT_REPEAT: i32 = 6;

/// XDP return values under aya's names: `xdp_action::XDP_PASS`.
pub mod xdp_action {
    pub type Type = u32;
    pub const XDP_ABORTED: Type = super::XDP_ABORTED;
    pub const XDP_DROP: Type = super::XDP_DROP;
    pub const XDP_PASS: Type = super::XDP_PASS;
    pub const XDP_TX: Type = super::XDP_TX;
    pub const XDP_REDIRECT: Type = super::XDP_REDIRECT;
}

/// Map types under aya's names: `bpf_map_type::BPF_MAP_TYPE_HASH`.
pub mod bpf_map_type {
    pub use crate::maps::{
        BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_ARRAY_OF_MAPS, BPF_MAP_TYPE_CGROUP_ARRAY,
        BPF_MAP_TYPE_CPUMAP, BPF_MAP_TYPE_DEVMAP, BPF_MAP_TYPE_DEVMAP_HASH,
        BPF_MAP_TYPE_HASH, BPF_MAP_TYPE_HASH_OF_MAPS, BPF_MAP_TYPE_LPM_TRIE,
        BPF_MAP_TYPE_LRU_HASH, BPF_MAP_TYPE_LRU_PERCPU_HASH, BPF_MAP_TYPE_PERCPU_ARRAY,
        BPF_MAP_TYPE_PERCPU_HASH, BPF_MAP_TYPE_PERF_EVENT_ARRAY, BPF_MAP_TYPE_PROG_ARRAY,
        BPF_MAP_TYPE_QUEUE, BPF_MAP_TYPE_RINGBUF, BPF_MAP_TYPE_SOCKHASH, BPF_MAP_TYPE_SOCKMAP,
        BPF_MAP_TYPE_STACK, BPF_MAP_TYPE_STACK_TRACE, BPF_MAP_TYPE_XSKMAP,
    };
}

pub use crate::maps::{
    BPF_ANY, BPF_EXIST, BPF_F_CURRENT_CPU, BPF_F_NO_COMMON_LRU, BPF_F_NO_PREALLOC,
    BPF_F_RDONLY_PROG, BPF_F_WRONLY_PROG, BPF_NOEXIST,
};

/// Flags of `bpf_ringbuf_submit()`, `_discard()`, `_output()`.
pub const BPF_RB_NO_WAKEUP: u64 = 1 << 0;
pub const BPF_RB_FORCE_WAKEUP: u64 = 1 << 1;
/// Queries of `bpf_ringbuf_query()`.
pub const BPF_RB_AVAIL_DATA: u64 = 0;
pub const BPF_RB_RING_SIZE: u64 = 1;
pub const BPF_RB_CONS_POS: u64 = 2;
pub const BPF_RB_PROD_POS: u64 = 3;
/// Flags of `bpf_skb_store_bytes()`.
pub const BPF_F_RECOMPUTE_CSUM: u64 = 1 << 0;
pub const BPF_F_INVALIDATE_HASH: u64 = 1 << 1;

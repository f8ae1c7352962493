//! Maps.
//!
//! Typed maps in aya's style, declared as statics with `#[map]`:
//!
//! ```ignore
//! #[map]
//! static BLOCKLIST: HashMap<u32, u32> = HashMap::with_max_entries(1024, 0);
//! ```
//!
//! [`HashMap`], [`LruHashMap`], [`PerCpuHashMap`], [`LruPerCpuHashMap`],
//! [`Array`], [`PerCpuArray`], [`LpmTrie`], [`RingBuf`], [`PerfEventArray`]
//! and [`ProgramArray`] check key and value types at compile time, and
//! irbpf gives each map the BTF of its key and value types.
//!
//! Underneath, and for frontends that cannot write BTF: a map is a
//! definition of `u32` fields placed in section `maps` (or `maps/<name>`);
//! irbpf turns each into a BTF-defined map in `.maps` that libbpf 1.x
//! loads under the static's name. [`MapDef`] with [`map!`](crate::map) or
//! [`map_section!`](crate::map_section) declares one by hand (five `u32`:
//! type, key size, value size, maximum entries, flags).

mod array;
pub mod def;
mod hash_map;
pub mod lpm_trie;
mod perf_event_array;
mod program_array;
pub mod ring_buf;

pub use array::{Array, PerCpuArray};
pub use def::PinningType;
pub use hash_map::{HashMap, LruHashMap, LruPerCpuHashMap, PerCpuHashMap};
pub use lpm_trie::LpmTrie;
pub use perf_event_array::{PerfEventArray, BPF_F_CURRENT_CPU};
pub use program_array::ProgramArray;
pub use ring_buf::{RingBuf, RingBufEntry};

use core::ffi::c_void;

use crate::helpers::gen::{bpf_map_delete_elem, bpf_map_lookup_elem, bpf_map_update_elem};

/// The classic map definition, 20 bytes.
#[repr(C)]
pub struct MapDef {
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub map_flags: u32,
}

impl MapDef {
    pub const fn new(map_type: u32, key_size: u32, value_size: u32, max_entries: u32,
                     map_flags: u32) -> Self {
        MapDef { map_type, key_size, value_size, max_entries, map_flags }
    }

    /// The map as the helpers take it.
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut c_void {
        self as *const Self as *mut c_void
    }

    /// `bpf_map_lookup_elem()`: the value stored under `key`, or null.
    ///
    /// # Safety
    /// `K` and `V` must be the map's key and value types.
    #[inline(always)]
    pub unsafe fn lookup<K, V>(&self, key: &K) -> *mut V {
        bpf_map_lookup_elem(self.as_ptr(), key as *const K as *const c_void) as *mut V
    }

    /// `bpf_map_update_elem()` with `flags` one of [`BPF_ANY`],
    /// [`BPF_NOEXIST`], [`BPF_EXIST`]: 0 or a negative error.
    ///
    /// # Safety
    /// `K` and `V` must be the map's key and value types.
    #[inline(always)]
    pub unsafe fn update<K, V>(&self, key: &K, value: &V, flags: u64) -> i64 {
        bpf_map_update_elem(self.as_ptr(), key as *const K as *const c_void,
                            value as *const V as *const c_void, flags) as i64
    }

    /// `bpf_map_delete_elem()`: 0 or a negative error.
    ///
    /// # Safety
    /// `K` must be the map's key type.
    #[inline(always)]
    pub unsafe fn delete<K>(&self, key: &K) -> i64 {
        bpf_map_delete_elem(self.as_ptr(), key as *const K as *const c_void) as i64
    }
}

// Map types (enum bpf_map_type).
pub const BPF_MAP_TYPE_HASH: u32 = 1;
pub const BPF_MAP_TYPE_ARRAY: u32 = 2;
pub const BPF_MAP_TYPE_PROG_ARRAY: u32 = 3;
pub const BPF_MAP_TYPE_PERF_EVENT_ARRAY: u32 = 4;
pub const BPF_MAP_TYPE_PERCPU_HASH: u32 = 5;
pub const BPF_MAP_TYPE_PERCPU_ARRAY: u32 = 6;
pub const BPF_MAP_TYPE_STACK_TRACE: u32 = 7;
pub const BPF_MAP_TYPE_CGROUP_ARRAY: u32 = 8;
pub const BPF_MAP_TYPE_LRU_HASH: u32 = 9;
pub const BPF_MAP_TYPE_LRU_PERCPU_HASH: u32 = 10;
pub const BPF_MAP_TYPE_LPM_TRIE: u32 = 11;
pub const BPF_MAP_TYPE_ARRAY_OF_MAPS: u32 = 12;
pub const BPF_MAP_TYPE_HASH_OF_MAPS: u32 = 13;
pub const BPF_MAP_TYPE_DEVMAP: u32 = 14;
pub const BPF_MAP_TYPE_SOCKMAP: u32 = 15;
pub const BPF_MAP_TYPE_CPUMAP: u32 = 16;
pub const BPF_MAP_TYPE_XSKMAP: u32 = 17;
pub const BPF_MAP_TYPE_SOCKHASH: u32 = 18;
pub const BPF_MAP_TYPE_QUEUE: u32 = 22;
pub const BPF_MAP_TYPE_STACK: u32 = 23;
pub const BPF_MAP_TYPE_DEVMAP_HASH: u32 = 25;
pub const BPF_MAP_TYPE_RINGBUF: u32 = 27;

// Map flags (map_flags).
pub const BPF_F_NO_PREALLOC: u32 = 1 << 0;
pub const BPF_F_NO_COMMON_LRU: u32 = 1 << 1;
pub const BPF_F_RDONLY_PROG: u32 = 1 << 7;
pub const BPF_F_WRONLY_PROG: u32 = 1 << 8;

// Flags of bpf_map_update_elem().
pub const BPF_ANY: u64 = 0;
pub const BPF_NOEXIST: u64 = 1;
pub const BPF_EXIST: u64 = 2;

/// Declares a map in section `maps`:
/// `map!(NAME, TYPE, Key, Value, MAX_ENTRIES [, FLAGS])`.
///
/// ```ignore
/// bpf_headers::map!(COUNTS, bpf_headers::maps::BPF_MAP_TYPE_ARRAY, u32, u64, 4);
/// let v: *mut u64 = unsafe { COUNTS.lookup(&0u32) };
/// ```
#[macro_export]
macro_rules! map {
    ($name:ident, $map_type:expr, $key:ty, $value:ty, $max_entries:expr $(, $flags:expr)? $(,)?) => {
        #[no_mangle]
        #[link_section = "maps"]
        pub static $name: $crate::maps::MapDef =
            $crate::__map_def!($map_type, $key, $value, $max_entries $(, $flags)?);
    };
}

/// Like [`map!`](crate::map), in a section of its own, `maps/<NAME>`.
#[macro_export]
macro_rules! map_section {
    ($name:ident, $map_type:expr, $key:ty, $value:ty, $max_entries:expr $(, $flags:expr)? $(,)?) => {
        #[no_mangle]
        #[link_section = concat!("maps/", stringify!($name))]
        pub static $name: $crate::maps::MapDef =
            $crate::__map_def!($map_type, $key, $value, $max_entries $(, $flags)?);
    };
}

/// The definition [`map!`](crate::map) and [`map_section!`](crate::map_section) place.
#[doc(hidden)]
#[macro_export]
macro_rules! __map_def {
    ($map_type:expr, $key:ty, $value:ty, $max_entries:expr $(, $flags:expr)?) => {
        $crate::maps::MapDef::new(
            $map_type,
            ::core::mem::size_of::<$key>() as u32,
            ::core::mem::size_of::<$value>() as u32,
            $max_entries,
            0 $(| $flags)?,
        )
    };
}

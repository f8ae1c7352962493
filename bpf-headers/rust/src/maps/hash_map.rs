//! Hash maps: [`HashMap`], [`LruHashMap`], [`PerCpuHashMap`],
//! [`LruPerCpuHashMap`].

use core::ffi::c_long;

use super::def::{delete, lookup, update, PinningType, TypedDef};
use super::{BPF_MAP_TYPE_HASH, BPF_MAP_TYPE_LRU_HASH, BPF_MAP_TYPE_LRU_PERCPU_HASH,
            BPF_MAP_TYPE_PERCPU_HASH};

macro_rules! hash_map {
    ($(#[$doc:meta])* $name:ident, $map_type:expr) => {
        $(#[$doc])*
        #[repr(transparent)]
        pub struct $name<K, V> {
            def: TypedDef<K, V>,
        }

        unsafe impl<K, V> Sync for $name<K, V> {}

        impl<K, V> $name<K, V> {
            pub const fn with_max_entries(max_entries: u32, flags: u32) -> Self {
                $name { def: TypedDef::new($map_type, max_entries, flags, PinningType::None) }
            }

            /// Pinned by name in the loader's pin path.
            pub const fn pinned(max_entries: u32, flags: u32) -> Self {
                $name { def: TypedDef::new($map_type, max_entries, flags, PinningType::ByName) }
            }

            /// The value stored under `key`.
            ///
            /// # Safety
            /// The kernel may update or delete the entry while the
            /// reference lives (unless the map is only written here).
            #[inline(always)]
            pub unsafe fn get(&self, key: &K) -> Option<&V> {
                lookup::<_, K, V>(self, key).map(|p| &*p)
            }

            #[inline(always)]
            pub fn get_ptr(&self, key: &K) -> Option<*const V> {
                lookup::<_, K, V>(self, key).map(|p| p as *const V)
            }

            #[inline(always)]
            pub fn get_ptr_mut(&self, key: &K) -> Option<*mut V> {
                lookup::<_, K, V>(self, key)
            }

            /// `flags`: `BPF_ANY`, `BPF_NOEXIST` or `BPF_EXIST`.
            #[inline(always)]
            pub fn insert(&self, key: &K, value: &V, flags: u64) -> Result<(), c_long> {
                update(self, key, value, flags)
            }

            #[inline(always)]
            pub fn remove(&self, key: &K) -> Result<(), c_long> {
                delete(self, key)
            }
        }
    };
}

hash_map!(
    /// `BPF_MAP_TYPE_HASH`.
    HashMap, BPF_MAP_TYPE_HASH);
hash_map!(
    /// `BPF_MAP_TYPE_LRU_HASH`: the least recently used entry makes room.
    LruHashMap, BPF_MAP_TYPE_LRU_HASH);
hash_map!(
    /// `BPF_MAP_TYPE_PERCPU_HASH`: one value per CPU; the program sees its CPU's.
    PerCpuHashMap, BPF_MAP_TYPE_PERCPU_HASH);
hash_map!(
    /// `BPF_MAP_TYPE_LRU_PERCPU_HASH`.
    LruPerCpuHashMap, BPF_MAP_TYPE_LRU_PERCPU_HASH);

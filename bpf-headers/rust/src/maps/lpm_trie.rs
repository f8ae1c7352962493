//! Longest-prefix-match tries: [`LpmTrie`] with keys [`Key`].

use core::ffi::c_long;

use super::def::{delete, lookup, update, PinningType, TypedDef};
use super::{BPF_F_NO_PREALLOC, BPF_MAP_TYPE_LPM_TRIE};

/// A trie key: the number of significant bits of `data`, then the data
/// (network byte order for addresses).
#[repr(C, packed)]
pub struct Key<K> {
    pub prefix_len: u32,
    pub data: K,
}

impl<K> Key<K> {
    pub const fn new(prefix_len: u32, data: K) -> Self {
        Key { prefix_len, data }
    }
}

/// `BPF_MAP_TYPE_LPM_TRIE`; the kernel wants `BPF_F_NO_PREALLOC`, which
/// the constructors add.
#[repr(transparent)]
pub struct LpmTrie<K, V> {
    def: TypedDef<Key<K>, V>,
}

unsafe impl<K, V> Sync for LpmTrie<K, V> {}

impl<K, V> LpmTrie<K, V> {
    pub const fn with_max_entries(max_entries: u32, flags: u32) -> Self {
        LpmTrie { def: TypedDef::new(BPF_MAP_TYPE_LPM_TRIE, max_entries,
                                     flags | BPF_F_NO_PREALLOC, PinningType::None) }
    }

    pub const fn pinned(max_entries: u32, flags: u32) -> Self {
        LpmTrie { def: TypedDef::new(BPF_MAP_TYPE_LPM_TRIE, max_entries,
                                     flags | BPF_F_NO_PREALLOC, PinningType::ByName) }
    }

    /// The value of the longest prefix that matches `key`.
    #[inline(always)]
    pub fn get(&self, key: &Key<K>) -> Option<&V> {
        lookup::<_, Key<K>, V>(self, key).map(|p| unsafe { &*p })
    }

    #[inline(always)]
    pub fn insert(&self, key: &Key<K>, value: &V, flags: u64) -> Result<(), c_long> {
        update(self, key, value, flags)
    }

    #[inline(always)]
    pub fn remove(&self, key: &Key<K>) -> Result<(), c_long> {
        delete(self, key)
    }
}

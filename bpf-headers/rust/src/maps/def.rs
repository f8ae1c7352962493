//! The definitions behind the typed maps.
//!
//! A typed map is a [`TypedDef`]: aya's seven-`u32` definition (type, key
//! size, value size, maximum entries, flags, id, pinning) followed by two
//! null pointers, `key: *const K` and `value: *const V`. The pointers
//! carry nothing at run time; their debug info names the key and value
//! types, from which irbpf writes the map's BTF (`__type(key, K)`, as a
//! C program would), so bpftool and irbpf-agent show the fields. Maps
//! without key and value types (ring buffers, perf event arrays, program
//! arrays) are a bare [`AyaDef`].

use core::ffi::c_void;
use core::mem::size_of;
use core::ptr;

/// Pinning: none, or by name under the loader's pin path.
#[derive(Clone, Copy)]
#[repr(u32)]
pub enum PinningType {
    None = 0,
    ByName = 1,
}

/// aya's map definition in section `maps`, 28 bytes.
#[repr(C)]
pub struct AyaDef {
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub map_flags: u32,
    pub id: u32,
    pub pinning: u32,
}

impl AyaDef {
    pub const fn new(map_type: u32, key_size: usize, value_size: usize, max_entries: u32,
                     map_flags: u32, pinning: PinningType) -> Self {
        AyaDef {
            map_type,
            key_size: key_size as u32,
            value_size: value_size as u32,
            max_entries,
            map_flags,
            id: 0,
            pinning: pinning as u32,
        }
    }
}

/// A map definition with its key and value types.
#[repr(C)]
pub struct TypedDef<K, V> {
    pub def: AyaDef,
    pub key: *const K,
    pub value: *const V,
}

impl<K, V> TypedDef<K, V> {
    pub const fn new(map_type: u32, max_entries: u32, map_flags: u32,
                     pinning: PinningType) -> Self {
        TypedDef {
            def: AyaDef::new(map_type, size_of::<K>(), size_of::<V>(), max_entries, map_flags,
                             pinning),
            key: ptr::null(),
            value: ptr::null(),
        }
    }
}

/// The map as the helpers take it.
#[inline(always)]
pub(crate) fn map_ptr<M>(map: &M) -> *mut c_void {
    map as *const M as *mut c_void
}

/// `bpf_map_lookup_elem()` as an optional pointer.
#[inline(always)]
pub(crate) fn lookup<M, K, V>(map: &M, key: &K) -> Option<*mut V> {
    let v = unsafe {
        crate::helpers::gen::bpf_map_lookup_elem(map_ptr(map), key as *const K as *const c_void)
    };
    if v.is_null() { None } else { Some(v as *mut V) }
}

#[inline(always)]
pub(crate) fn result(ret: core::ffi::c_long) -> Result<(), core::ffi::c_long> {
    if ret == 0 { Ok(()) } else { Err(ret) }
}

#[inline(always)]
pub(crate) fn update<M, K, V>(map: &M, key: &K, value: &V, flags: u64)
                              -> Result<(), core::ffi::c_long> {
    result(unsafe {
        crate::helpers::gen::bpf_map_update_elem(map_ptr(map), key as *const K as *const c_void,
                                                 value as *const V as *const c_void, flags)
    })
}

#[inline(always)]
pub(crate) fn delete<M, K>(map: &M, key: &K) -> Result<(), core::ffi::c_long> {
    result(unsafe {
        crate::helpers::gen::bpf_map_delete_elem(map_ptr(map), key as *const K as *const c_void)
    })
}

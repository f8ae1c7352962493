//! Arrays: [`Array`] and [`PerCpuArray`], indexed by `u32`.

use core::ffi::c_long;

use super::def::{lookup, update, PinningType, TypedDef};
use super::{BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_PERCPU_ARRAY};

macro_rules! array {
    ($(#[$doc:meta])* $name:ident, $map_type:expr) => {
        $(#[$doc])*
        #[repr(transparent)]
        pub struct $name<T> {
            def: TypedDef<u32, T>,
        }

        unsafe impl<T> Sync for $name<T> {}

        impl<T> $name<T> {
            pub const fn with_max_entries(max_entries: u32, flags: u32) -> Self {
                $name { def: TypedDef::new($map_type, max_entries, flags, PinningType::None) }
            }

            pub const fn pinned(max_entries: u32, flags: u32) -> Self {
                $name { def: TypedDef::new($map_type, max_entries, flags, PinningType::ByName) }
            }

            /// The element at `index`; `None` past the end.
            #[inline(always)]
            pub fn get(&self, index: u32) -> Option<&T> {
                lookup::<_, u32, T>(self, &index).map(|p| unsafe { &*p })
            }

            #[inline(always)]
            pub fn get_ptr(&self, index: u32) -> Option<*const T> {
                lookup::<_, u32, T>(self, &index).map(|p| p as *const T)
            }

            #[inline(always)]
            pub fn get_ptr_mut(&self, index: u32) -> Option<*mut T> {
                lookup::<_, u32, T>(self, &index)
            }

            /// Replaces the element at `index` (`flags`: `BPF_ANY` or `BPF_EXIST`).
            #[inline(always)]
            pub fn set(&self, index: u32, value: &T, flags: u64) -> Result<(), c_long> {
                update(self, &index, value, flags)
            }
        }
    };
}

array!(
    /// `BPF_MAP_TYPE_ARRAY`.
    Array, BPF_MAP_TYPE_ARRAY);
array!(
    /// `BPF_MAP_TYPE_PERCPU_ARRAY`: one element per CPU; the program sees its CPU's.
    PerCpuArray, BPF_MAP_TYPE_PERCPU_ARRAY);

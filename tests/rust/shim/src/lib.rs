//! The part of `bpf_headers` (bpf-headers/rust) the Rust tests use, with
//! the same paths and signatures, for a tree that does not have it yet.
#![no_std]

pub mod helpers {
    use core::ffi::c_void;

    macro_rules! helper {
        ($name:ident = $id:expr, fn($($arg:ident: $ty:ty),*) -> $ret:ty) => {
            #[inline(always)]
            pub unsafe fn $name($($arg: $ty),*) -> $ret {
                let f: unsafe extern "C" fn($($ty),*) -> $ret =
                    core::mem::transmute($id as usize);
                f($($arg),*)
            }
        };
    }

    helper!(bpf_map_lookup_elem = 1, fn(map: *mut c_void, key: *const c_void) -> *mut c_void);
    helper!(bpf_map_update_elem = 2,
            fn(map: *mut c_void, key: *const c_void, value: *const c_void, flags: u64) -> i64);
    helper!(bpf_map_delete_elem = 3, fn(map: *mut c_void, key: *const c_void) -> i64);
    helper!(bpf_ktime_get_ns = 5, fn() -> u64);
    // Variadic in bpf-headers; three arguments here.
    helper!(bpf_trace_printk = 6,
            fn(fmt: *const core::ffi::c_char, size: u32, a: u64, b: u64, c: u64) -> i64);
    helper!(bpf_get_current_pid_tgid = 14, fn() -> u64);
    helper!(bpf_skb_load_bytes = 26,
            fn(skb: *const c_void, off: u32, to: *mut c_void, len: u32) -> i64);
}

pub mod bindings {
    #[repr(C)]
    pub struct xdp_md {
        pub data: u32,
        pub data_end: u32,
        pub data_meta: u32,
        pub ingress_ifindex: u32,
        pub rx_queue_index: u32,
        pub egress_ifindex: u32,
    }

    #[repr(C)]
    pub struct __sk_buff {
        pub len: u32,
        pub pkt_type: u32,
        pub mark: u32,
        pub queue_mapping: u32,
        pub protocol: u32,
        pub vlan_present: u32,
        pub vlan_tci: u32,
        pub vlan_proto: u32,
        pub priority: u32,
        pub ingress_ifindex: u32,
        pub ifindex: u32,
        pub tc_index: u32,
        pub cb: [u32; 5],
        pub hash: u32,
        pub tc_classid: u32,
        pub data: u32,
        pub data_end: u32,
    }
}

// As bpf-headers' handler: an undefined noreturn function irbpf knows.
extern "C" {
    fn __irbpf_panic() -> !;
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    unsafe { __irbpf_panic() }
}

pub mod maps {
    /// The classic map definition (5 x u32) that irbpf turns into a
    /// BTF-defined map when it is placed in section "maps".
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
        pub fn as_ptr(&self) -> *mut core::ffi::c_void {
            self as *const Self as *mut core::ffi::c_void
        }
    }

    pub const BPF_MAP_TYPE_HASH: u32 = 1;
    pub const BPF_MAP_TYPE_ARRAY: u32 = 2;
}

/// `map!(NAME, TYPE, Key, Value, MAX_ENTRIES)` declares a map.
#[macro_export]
macro_rules! map {
    ($name:ident, $map_type:expr, $key:ty, $value:ty, $max:expr) => {
        #[no_mangle]
        #[link_section = "maps"]
        pub static $name: $crate::maps::MapDef = $crate::maps::MapDef::new(
            $map_type,
            core::mem::size_of::<$key>() as u32,
            core::mem::size_of::<$value>() as u32,
            $max,
            0,
        );
    };
}

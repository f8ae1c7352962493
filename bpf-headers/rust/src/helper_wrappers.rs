//! BPF helpers.
//!
//! [`gen`] declares every helper libbpf knows under its libbpf name, with
//! the C signature (`unsafe`, raw pointers); all of them are re-exported
//! here. The helpers aya-ebpf wraps have typed versions that take the
//! raw names' place: `bpf_get_current_pid_tgid()` is safe,
//! `bpf_probe_read_kernel(src)` returns the value read, and so on. The
//! raw versions stay reachable as `helpers::gen::...`.

use core::ffi::{c_char, c_long, c_void};
use core::mem::{size_of, MaybeUninit};

#[path = "helpers.rs"]
pub mod gen;

pub use gen::*;

#[inline(always)]
pub fn bpf_get_current_pid_tgid() -> u64 {
    unsafe { gen::bpf_get_current_pid_tgid() }
}

#[inline(always)]
pub fn bpf_get_current_uid_gid() -> u64 {
    unsafe { gen::bpf_get_current_uid_gid() }
}

#[inline(always)]
pub fn bpf_ktime_get_ns() -> u64 {
    unsafe { gen::bpf_ktime_get_ns() }
}

#[inline(always)]
pub fn bpf_get_smp_processor_id() -> u32 {
    unsafe { gen::bpf_get_smp_processor_id() }
}

#[inline(always)]
pub fn bpf_get_prandom_u32() -> u32 {
    unsafe { gen::bpf_get_prandom_u32() }
}

/// The current task's name, NUL-padded.
#[inline(always)]
pub fn bpf_get_current_comm() -> Result<[u8; 16], c_long> {
    let mut comm = [0u8; 16];
    let ret = unsafe { gen::bpf_get_current_comm(comm.as_mut_ptr() as *mut c_void, 16) };
    if ret == 0 { Ok(comm) } else { Err(ret) }
}

type ReadFn = unsafe extern "C" fn(*mut c_void, u32, *const c_void) -> c_long;

#[inline(always)]
unsafe fn read_value<T>(read: ReadFn, src: *const T) -> Result<T, c_long> {
    let mut v = MaybeUninit::<T>::uninit();
    let ret = read(v.as_mut_ptr() as *mut c_void, size_of::<T>() as u32, src as *const c_void);
    if ret == 0 { Ok(v.assume_init()) } else { Err(ret) }
}

#[inline(always)]
unsafe fn read_buf(read: ReadFn, src: *const u8, dst: &mut [u8]) -> Result<(), c_long> {
    let ret = read(dst.as_mut_ptr() as *mut c_void, dst.len() as u32, src as *const c_void);
    if ret == 0 { Ok(()) } else { Err(ret) }
}

/// The string the helper read into `dest`, without its NUL.
#[inline(always)]
unsafe fn read_str(read: ReadFn, src: *const u8, dest: &mut [u8]) -> Result<&[u8], c_long> {
    let len = read(dest.as_mut_ptr() as *mut c_void, dest.len() as u32, src as *const c_void);
    if len <= 0 {
        return Err(if len == 0 { -1 } else { len });
    }
    let len = len as usize - 1;
    if len > dest.len() {
        return Err(-1);
    }
    Ok(&dest[..len])
}

/// Reads a `T` at `src` (kernel memory, any tracing program).
///
/// # Safety
/// `src` need not be valid, but the `T` built from its bytes must be.
#[inline(always)]
pub unsafe fn bpf_probe_read<T>(src: *const T) -> Result<T, c_long> {
    read_value(gen::bpf_probe_read, src)
}

/// Reads a `T` from kernel memory.
///
/// # Safety
/// As [`bpf_probe_read`].
#[inline(always)]
pub unsafe fn bpf_probe_read_kernel<T>(src: *const T) -> Result<T, c_long> {
    read_value(gen::bpf_probe_read_kernel, src)
}

/// Reads a `T` from user memory.
///
/// # Safety
/// As [`bpf_probe_read`].
#[inline(always)]
pub unsafe fn bpf_probe_read_user<T>(src: *const T) -> Result<T, c_long> {
    read_value(gen::bpf_probe_read_user, src)
}

/// Fills `dst` from `src`.
///
/// # Safety
/// `src` need not be valid.
#[inline(always)]
pub unsafe fn bpf_probe_read_buf(src: *const u8, dst: &mut [u8]) -> Result<(), c_long> {
    read_buf(gen::bpf_probe_read, src, dst)
}

/// # Safety
/// `src` need not be valid.
#[inline(always)]
pub unsafe fn bpf_probe_read_kernel_buf(src: *const u8, dst: &mut [u8]) -> Result<(), c_long> {
    read_buf(gen::bpf_probe_read_kernel, src, dst)
}

/// # Safety
/// `src` need not be valid.
#[inline(always)]
pub unsafe fn bpf_probe_read_user_buf(src: *const u8, dst: &mut [u8]) -> Result<(), c_long> {
    read_buf(gen::bpf_probe_read_user, src, dst)
}

/// Copies the NUL-terminated user string at `src` into `dest` and
/// returns its bytes (without the NUL).
///
/// # Safety
/// `src` need not be valid.
#[inline(always)]
pub unsafe fn bpf_probe_read_user_str_bytes(src: *const u8, dest: &mut [u8])
                                            -> Result<&[u8], c_long> {
    read_str(gen::bpf_probe_read_user_str, src, dest)
}

/// As [`bpf_probe_read_user_str_bytes`], from kernel memory.
///
/// # Safety
/// `src` need not be valid.
#[inline(always)]
pub unsafe fn bpf_probe_read_kernel_str_bytes(src: *const u8, dest: &mut [u8])
                                              -> Result<&[u8], c_long> {
    read_str(gen::bpf_probe_read_kernel_str, src, dest)
}

/// Writes `*src` to user memory at `dst`.
///
/// # Safety
/// Changes the memory of the running process.
#[inline(always)]
pub unsafe fn bpf_probe_write_user<T>(dst: *mut T, src: *const T) -> Result<(), c_long> {
    let ret = gen::bpf_probe_write_user(dst as *mut c_void, src as *const c_void,
                                        size_of::<T>() as u32);
    if ret == 0 { Ok(()) } else { Err(ret) }
}

/// An argument of [`bpf_printk!`](crate::bpf_printk): integers and
/// pointers, widened to the 64 bits `bpf_trace_printk` takes.
#[derive(Clone, Copy)]
pub struct PrintkArg(pub u64);

macro_rules! printk_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for PrintkArg {
            #[inline(always)]
            fn from(v: $t) -> Self { PrintkArg(v as u64) }
        }
    )*};
}
printk_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T> From<*const T> for PrintkArg {
    #[inline(always)]
    fn from(v: *const T) -> Self { PrintkArg(v as usize as u64) }
}

impl<T> From<*mut T> for PrintkArg {
    #[inline(always)]
    fn from(v: *mut T) -> Self { PrintkArg(v as usize as u64) }
}

/// `fmt` and a NUL, as an array of `N = fmt.len() + 1` bytes.
pub const fn nul_terminated<const N: usize>(fmt: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < fmt.len() {
        out[i] = fmt[i];
        i += 1;
    }
    out
}

/// What [`bpf_printk!`](crate::bpf_printk) calls: `bpf_trace_printk` with
/// up to three arguments, `bpf_trace_vprintk` (kernel 5.16) with more.
#[inline(always)]
pub fn bpf_printk_impl<const N: usize>(fmt: &[u8; N], args: &[PrintkArg]) -> i64 {
    let f = fmt.as_ptr() as *const c_char;
    let n = N as u32;
    unsafe {
        match *args {
            [] => gen::bpf_trace_printk(f, n),
            [a] => gen::bpf_trace_printk(f, n, a.0),
            [a, b] => gen::bpf_trace_printk(f, n, a.0, b.0),
            [a, b, c] => gen::bpf_trace_printk(f, n, a.0, b.0, c.0),
            _ => gen::bpf_trace_vprintk(f, n, args.as_ptr() as *const c_void,
                                        (args.len() * 8) as u32),
        }
    }
}

//! What the hello program counts, in a crate of its own: an ordinary
//! path dependency whose code ends up in the BPF object.
#![no_std]

/// A traced system call.
#[derive(Clone, Copy)]
pub enum Event {
    Clone,
    Execve,
}

impl Event {
    /// Its slot in the counter map.
    pub const fn key(self) -> u32 {
        match self {
            Event::Clone => 0,
            Event::Execve => 1,
        }
    }

    /// bpf_trace_printk format (NUL-terminated) for the running count.
    pub const fn message(self) -> &'static [u8] {
        match self {
            Event::Clone => b"hello from Rust: clone #%llu\0",
            Event::Execve => b"hello from Rust: execve #%llu\0",
        }
    }
}

/// Number of events, the counter map's size.
pub const COUNT: u32 = 2;

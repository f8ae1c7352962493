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
}

/// Number of events, the counter map's size.
pub const COUNT: u32 = 2;

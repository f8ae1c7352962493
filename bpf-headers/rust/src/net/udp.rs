//! UDP.

/// UDP header, 8 bytes; fields in network byte order.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct UdpHdr {
    pub source: u16,
    pub dest: u16,
    pub len: u16,
    pub check: u16,
}

impl UdpHdr {
    pub const LEN: usize = core::mem::size_of::<UdpHdr>();
}

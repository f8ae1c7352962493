//! Ethernet.

/// The protocol after the Ethernet header, as on the wire (network byte
/// order, byte-aligned so a packed header's field compares in place):
/// compare with the constants, `match` them as patterns.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct EtherType(pub [u8; 2]);

#[allow(non_upper_case_globals)]
impl EtherType {
    pub const Loop: EtherType = EtherType(0x0060u16.to_be_bytes());
    pub const Ipv4: EtherType = EtherType(0x0800u16.to_be_bytes());
    pub const Arp: EtherType = EtherType(0x0806u16.to_be_bytes());
    pub const Ieee8021q: EtherType = EtherType(0x8100u16.to_be_bytes());
    pub const Ipv6: EtherType = EtherType(0x86ddu16.to_be_bytes());
    pub const Ieee8021ad: EtherType = EtherType(0x88a8u16.to_be_bytes());

    /// The number in host byte order.
    #[inline(always)]
    pub const fn get(self) -> u16 {
        u16::from_be_bytes(self.0)
    }
}

/// Ethernet II header, 14 bytes.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct EthHdr {
    pub dst_addr: [u8; 6],
    pub src_addr: [u8; 6],
    pub ether_type: EtherType,
}

impl EthHdr {
    pub const LEN: usize = core::mem::size_of::<EthHdr>();
}

//! IPv4 and IPv6.

/// The protocol after an IP header (IANA protocol number).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct IpProto(pub u8);

#[allow(non_upper_case_globals)]
impl IpProto {
    pub const HopOpt: IpProto = IpProto(0);
    pub const Icmp: IpProto = IpProto(1);
    pub const Igmp: IpProto = IpProto(2);
    pub const Ipv4: IpProto = IpProto(4);
    pub const Tcp: IpProto = IpProto(6);
    pub const Udp: IpProto = IpProto(17);
    pub const Ipv6: IpProto = IpProto(41);
    pub const Ipv6Route: IpProto = IpProto(43);
    pub const Ipv6Frag: IpProto = IpProto(44);
    pub const Gre: IpProto = IpProto(47);
    pub const Esp: IpProto = IpProto(50);
    pub const Ah: IpProto = IpProto(51);
    pub const Ipv6Icmp: IpProto = IpProto(58);
    pub const Ipv6NoNxt: IpProto = IpProto(59);
    pub const Ipv6Opts: IpProto = IpProto(60);
    pub const Sctp: IpProto = IpProto(132);
    pub const Reserved: IpProto = IpProto(255);
}

/// IPv4 header without options, 20 bytes; fields in network byte order.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct Ipv4Hdr {
    /// Version (high nibble) and header length in 32-bit words.
    pub vihl: u8,
    pub tos: u8,
    pub tot_len: u16,
    pub id: u16,
    pub frag_off: u16,
    pub ttl: u8,
    pub proto: IpProto,
    pub check: u16,
    pub src_addr: u32,
    pub dst_addr: u32,
}

impl Ipv4Hdr {
    pub const LEN: usize = core::mem::size_of::<Ipv4Hdr>();

    #[inline(always)]
    pub fn version(&self) -> u8 {
        self.vihl >> 4
    }

    /// Header length in 32-bit words.
    #[inline(always)]
    pub fn ihl(&self) -> u8 {
        self.vihl & 0xf
    }

    #[inline(always)]
    pub fn set_version(&mut self, v: u8) {
        self.vihl = (v << 4) | (self.vihl & 0xf);
    }

    #[inline(always)]
    pub fn set_ihl(&mut self, words: u8) {
        self.vihl = (self.vihl & 0xf0) | (words & 0xf);
    }
}

/// IPv6 header, 40 bytes; fields in network byte order.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct Ipv6Hdr {
    /// Version (4 bits), traffic class (8), flow label (20).
    pub vcf: [u8; 4],
    pub payload_len: u16,
    pub next_hdr: IpProto,
    pub hop_limit: u8,
    pub src_addr: [u8; 16],
    pub dst_addr: [u8; 16],
}

impl Ipv6Hdr {
    pub const LEN: usize = core::mem::size_of::<Ipv6Hdr>();

    #[inline(always)]
    pub fn version(&self) -> u8 {
        self.vcf[0] >> 4
    }
}

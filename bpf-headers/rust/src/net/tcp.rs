//! TCP.

/// TCP header without options, 20 bytes; fields in network byte order.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct TcpHdr {
    pub source: u16,
    pub dest: u16,
    pub seq: u32,
    pub ack_seq: u32,
    /// Data offset (high nibble of the first byte) and the flags.
    pub off_flags: [u8; 2],
    pub window: u16,
    pub check: u16,
    pub urg_ptr: u16,
}

impl TcpHdr {
    pub const LEN: usize = core::mem::size_of::<TcpHdr>();

    /// Header length in 32-bit words.
    #[inline(always)]
    pub fn doff(&self) -> u8 {
        self.off_flags[0] >> 4
    }

    #[inline(always)]
    fn flag(&self, bit: u8) -> u8 {
        (self.off_flags[1] >> bit) & 1
    }

    #[inline(always)]
    pub fn fin(&self) -> u8 { self.flag(0) }
    #[inline(always)]
    pub fn syn(&self) -> u8 { self.flag(1) }
    #[inline(always)]
    pub fn rst(&self) -> u8 { self.flag(2) }
    #[inline(always)]
    pub fn psh(&self) -> u8 { self.flag(3) }
    #[inline(always)]
    pub fn ack(&self) -> u8 { self.flag(4) }
    #[inline(always)]
    pub fn urg(&self) -> u8 { self.flag(5) }
}

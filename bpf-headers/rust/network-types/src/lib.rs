//! `use network_types::{eth::EthHdr, ip::Ipv4Hdr, ...}` for programs built
//! on bpf-headers: the header types of `bpf_headers::net`.
#![no_std]

pub use bpf_headers::net::{eth, ip, tcp, udp};

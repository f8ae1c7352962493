#!/usr/bin/env python3
"""Expected return values of the Rust feature matrix programs, computed
independently in Python from the same input bytes.

usage: matrix_model.py plan CASE    one line per test input: HEX RETURN [MAP:KEY=VALUE]...
       matrix_model.py CASE HEX      prints the expected return value
       matrix_model.py inputs CASE  prints the test inputs, one hex line each
       matrix_model.py maps CASE HEX  prints the expected map entries
                                      (MAP:KEY=VALUE), one per line
"""
import sys

M8, M16, M32, M64 = (1 << 8) - 1, (1 << 16) - 1, (1 << 32) - 1, (1 << 64) - 1


def le(p, off, n):
    return int.from_bytes(bytes(p[off:off + n]), "little")


def be(p, off, n):
    return int.from_bytes(bytes(p[off:off + n]), "big")


def signed(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def tdiv(a, b):  # Rust's truncating division and remainder
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trem(a, b):
    return a - b * tdiv(a, b)


def rotl(v, n, bits):
    n %= bits
    m = (1 << bits) - 1
    return ((v << n) | (v >> (bits - n))) & m


def fold(v):
    v &= M64
    return (v ^ (v >> 32)) & M32


def arith_u64(p):
    a, b, c = le(p, 0, 8), le(p, 8, 8) | 1, le(p, 16, 8)
    s = p[24] & 63
    r = (a * c) & M64 ^ (a // b) ^ rotl(c % b, 7, 64) ^ ((a << s) & M64) ^ (c >> s) \
        ^ (signed(a, 64) >> s) & M64
    return fold(r)


def arith_widths(p):
    a8, b8 = p[0], p[1] | 1
    a16, b16 = le(p, 2, 2), le(p, 4, 2) | 1
    a32 = le(p, 6, 4)
    s8, s16, s32 = signed(p[10], 8), signed(le(p, 11, 2), 16), signed(le(p, 12, 4), 32)
    r8 = ((a8 * 3 + a8 // b8) & M8) ^ (a8 % b8)
    r16 = ((a16 - b16) & M16) ^ (a16 // b16) ^ ((a16 % b16) * 7 & M16)
    r32 = (a32 * a32 & M32) ^ (a32 // 7) ^ (a32 % 1000)
    q8 = 0 if s8 == -128 else tdiv(s8, -3)
    q16 = trem(s16, 11)
    q32 = 0 if s32 == -(1 << 31) else tdiv(s32, -5)
    wide = s8 * s16 * s32
    total = r8 ^ ((r16 << 8) & M32) ^ r32 ^ (q8 & M32) ^ ((q16 & M32) << 4 & M32) ^ (q32 & M32)
    return total ^ fold(wide & M64)


def arith_wrapping(p):
    a, b, c = le(p, 0, 4), le(p, 4, 4), p[8]
    s, o1 = (a + b) & M32, a + b > M32
    d, o2 = (a - b) & M32, a < b
    pr, o3 = (c * c) & M8, c * c > M8
    flags = o1 | o2 << 1 | o3 << 2
    neg = (-signed(c, 8)) & M8
    shl = (a << (b & 31)) & M32
    return (((s + d) * 3) & M32) ^ (pr << 8) ^ (flags << 28) ^ neg ^ shl


def arith_checked(p):
    a, b, c = le(p, 0, 4), le(p, 4, 4), p[8]
    x = a + b
    if x > M32:
        return 0xdead
    y = x * c
    if y > M32 or b == 0:
        return 0xdead
    z = y // b
    return 0xdead if z == 0 else z - 1


def arith_saturating(p):
    a = min(p[0] + p[1], 255)
    b = max(p[2] - p[3], 0)
    c = max(min(signed(le(p, 4, 2), 16) * signed(le(p, 6, 2), 16), 32767), -32768)
    d = min(le(p, 8, 4) * 16, M32)
    e = max(signed(p[12], 8) - 100, -128)
    return a | b << 8 | (c & M16) << 16 ^ d ^ (e & M8)


def bit_ops(p):
    a = le(p, 14, 8)
    b = be(p, 20, 4)
    lz = 64 - a.bit_length()
    tz = 64 if a == 0 else (a & -a).bit_length() - 1
    r = lz | tz << 8 | bin(a).count("1") << 16 | (32 - bin(b).count("1")) << 24
    swapped = int.from_bytes(b.to_bytes(4, "big"), "little")
    rotr = ((b >> 3) | (b << 29)) & M32
    to_be = int.from_bytes(a.to_bytes(8, "little"), "big")
    return signed(r ^ swapped ^ rotr ^ ((to_be >> 40) & M32), 32) & M32


def loops(p):
    h = 2166136261
    for i in range(32):
        h = ((h ^ p[i]) * 16777619) & M32
    n = 0
    while n < 32 and p[n] != 0:
        n += 1
    last_ff = next((i for i in range(31, -1, -1) if p[i] == 0xff), 0x80)
    return h ^ (n << 24 & M32) ^ (last_ff << 16)


def array_index(p):
    counts = [0] * 16
    for i in range(16):
        counts[p[i] & 15] += 1
    best = 0
    for i in range(1, 16):
        if counts[i] > counts[best]:
            best = i
    return best << 16 | counts[best] << 8 | p[15]


def slice_get(p):
    head, tail = p[:4], p[4:16]
    a = head[p[0]] if p[0] < len(head) else 0x100
    b = tail[p[1]] if p[1] < len(tail) else 0x100
    c = tail[0] + tail[-1]
    d = head[1] * head[2]
    return a | b << 9 | c << 18 ^ d


def structs_tuples(p):
    ax, ay = signed(p[0], 8), signed(p[1], 8)
    bx, by = signed(p[3], 8), signed(p[2], 8)  # swapped
    d = abs(ax - bx) + abs(ay - by)
    lo, hi = sorted((p[4], p[5]))
    return d << 16 | lo << 8 | hi ^ ((bx * by) & M32)


def enum_match(p):
    k = p[0] % 3
    if k == 0:
        w = 1000 if p[1] > 200 else p[1]
    elif k == 1:
        w = p[1] * 256 + p[2]
    else:
        hi, lo = le(p, 4, 4), p[8]
        w = hi if lo <= 9 else hi ^ lo
    op = p[3]
    r = {1: w + 7, 2: w - 7, 3: w * 7}.get(op, w) & M32
    return r ^ (3 << 28)


def option_result(p):
    extra = 1
    if p[3] != 0 and p[3] * 2 >= 4:
        extra = p[3] * 2 - 4
    if p[0] >> 4 != 4:
        return 0xe200 | (p[0] >> 4)
    if p[1] < 5:
        return 0xe1
    if p[2] == 0:
        return 0xe3
    return (4 << 16 | p[1] * p[2]) + extra


def generics_traits(p):
    byte_total = p[0] * 3 + p[2] * 3
    be16_total = be(p, 0, 2) + 5 + be(p, 2, 2) + 5
    words = [p[8] - 128, p[9] - 128, p[10] - 128]
    return (byte_total ^ (be16_total << 12) ^ ((max(words) & M32) << 24 & M32)
            ^ max(p[4:8])) & M32


def iterators(p):
    a, b = p[:16], p[16:32]
    odd_sum = sum(x for x in a if x % 2 == 1)
    dot = sum(x * y for x, y in zip(a, b))
    weighted = sum(i * x for i, x in enumerate(a))
    tail = sum(list(reversed(b))[1:4])
    has_zero = int(0 in a)
    pos = next((i for i, x in enumerate(b) if x > 0x7f), 0xff)
    r = odd_sum ^ dot << 4 ^ weighted << 8 ^ tail << 16 ^ pos << 24 ^ max(a)
    return (r + has_zero) & M32


def closures(p):
    scale, v = p[0], p[1]
    for _ in range(4):
        v = ((v * scale) & M32) ^ 0x55
    f = ((p[3] + p[2]) & M32) * 3 & M32
    return (v ^ (f << 20) ^ (4 << 28)) & M32


def mem_ptr(p):
    tag, value, more = p[1], le(p, 2, 4), le(p, 6, 2)
    a, b = more, value          # swapped
    old, a = a, 7               # replaced
    taken = tag + 1             # Some(tag) taken, then None
    word = le(p, 8, 4)
    out4 = word & 0xff          # written at offset 3, read back at 4
    out4 = (word >> 8) & 0xff
    sizes = 7 + 8 * 16
    return (a ^ b ^ (old << 8) ^ (taken << 16) ^ out4 ^ (sizes << 24)) & M32


def xdp_ipv4(p):
    if len(p) < 14:
        return 1
    if be(p, 12, 2) != 0x0800:
        return 2
    if len(p) < 34:
        return 1
    if p[14] != 0x45 or p[23] != 17 or p[26] != 10:
        return 2
    if len(p) < 38:
        return 1
    return 1 if be(p, 36, 2) == 53 else 2


def socket_ipv4(p):
    # A socket filter's skb starts at the network header; the Ethernet
    # type is in skb->protocol.
    if len(p) < 14 or be(p, 12, 2) != 0x0800 or len(p) < 34:
        return 0
    ip = p[14:]
    if ip[0] >> 4 != 4:
        return 0
    total = be(ip, 2, 2)
    return {6: len(ip), 17: min(total, 64)}.get(ip[9], 0)


def tc_classify(p):
    if len(p) < 34 or be(p, 12, 2) != 0x0800:
        return 0
    ttl = p[22]
    return 2 if ttl in (0, 1) else ttl << 8


def dep_crate(p):
    s = sum(be(p, 14 + i, 2) for i in range(0, 20, 2))
    while s > 0xffff:
        s = (s & 0xffff) + (s >> 16)
    s = ~s & 0xffff
    return 1 if s == 0 else 0x10000 | s


def const_tables(p):
    def crc8_byte(c):
        for _ in range(8):
            c = ((c << 1) ^ 0x07) & M8 if c & 0x80 else (c << 1) & M8
        return c
    crc = 0
    for b in p[:8]:
        crc = crc8_byte(crc ^ b)
    hexd = b"0123456789abcdef"[p[8] >> 4]
    prime = [2, 3, 5, 7, 11, 13, 17, 19][p[9] & 7]
    return crc | hexd << 8 | prime << 16


def wide_align(p):
    a, b = le(p, 0, 8), le(p, 8, 8)
    M128 = (1 << 128) - 1
    wide = ((a << 40) + b + (a >> 3)) & M128
    bigger = int(wide > (b << 64))
    lo, hi = wide & M64, (wide >> 64) ^ bigger
    return fold(rotl(lo, 13, 64) ^ hi) ^ (1 << 31)


def atomics(p):
    old = 100
    old2 = 100 + p[0]
    now = 7  # compare_exchange(old2 + 1, 7) succeeds
    return ((old + old2 * 1000) ^ 1 << 31 ^ now << 24) & M32


def map_array(p):
    return p[1] + 1  # update returned 0


def map_array_maps(p):
    k = p[0] & 3
    return ["TOTALS:%d=%d" % (k, p[1] + 1), "TOTALS:%d=%d" % (k ^ 1, p[2] * 1000)]


def map_hash(p):
    return 0b111111  # both updates, found, deleted, gone, second delete fails


def map_hash_maps(p):
    a = le(p, 0, 4) | 1
    return ["FLOWS:%d=%d" % ((a + 1) & M32, le(p, 4, 8) ^ 0xff)]


def helpers(p):
    return 1 | len("rust matrix: len %u" % len(p)) << 8


def ipv4_packet(proto, src, ttl=64, dport=53, total=84, size=98, good_sum=True):
    ip = bytearray([0x45, 0, *total.to_bytes(2, "big"), 0x12, 0x34, 0x40, 0, ttl, proto,
                    0, 0, *src, 192, 168, 1, 1])
    s = sum(int.from_bytes(ip[i:i + 2], "big") for i in range(0, 20, 2))
    while s > 0xffff:
        s = (s & 0xffff) + (s >> 16)
    if good_sum:
        ip[10:12] = (~s & 0xffff).to_bytes(2, "big")
    eth = bytes(range(1, 13)) + b"\x08\x00"
    l4 = (4321).to_bytes(2, "big") + dport.to_bytes(2, "big")
    pkt = eth + bytes(ip) + l4
    return pkt + bytes(range(size - len(pkt)))


def inputs(case):
    """Test packets for CASE: counting bytes, two pseudo-random ones, and
    crafted packets for the parsers."""
    import random
    rnd = random.Random(case)
    out = [bytes(range(3, 67)), bytes(rnd.randrange(256) for _ in range(64)),
           bytes(rnd.choice([0, 1, 0x7f, 0x80, 0xff, rnd.randrange(256)]) for _ in range(64))]
    if case in ("xdp_ipv4", "socket_ipv4", "tc_classify", "dep_crate"):
        arp = bytes(range(1, 13)) + b"\x08\x06" + bytes(50)
        out = [ipv4_packet(17, (10, 1, 2, 3)), ipv4_packet(17, (11, 1, 2, 3)),
               ipv4_packet(17, (10, 0, 0, 1), dport=80), ipv4_packet(6, (10, 0, 0, 1)),
               ipv4_packet(17, (10, 0, 0, 1), total=40), ipv4_packet(1, (10, 0, 0, 1), ttl=1),
               ipv4_packet(6, (1, 2, 3, 4), ttl=0, good_sum=False), arp]
    return out


def main():
    if sys.argv[1] == "plan":
        case = sys.argv[2]
        for data in inputs(case):
            p = list(data)
            maps = globals().get(case + "_maps", lambda p: [])(p)
            print(" ".join([data.hex(), str(globals()[case](p))] + maps))
        return
    if sys.argv[1] == "inputs":
        for data in inputs(sys.argv[2]):
            print(data.hex())
        return
    if sys.argv[1] == "maps":
        case, data = sys.argv[2], bytes.fromhex(sys.argv[3])
        for check in globals().get(case + "_maps", lambda p: [])(list(data)):
            print(check)
        return
    case, data = sys.argv[1], bytes.fromhex(sys.argv[2])
    print(globals()[case](list(data)))


if __name__ == "__main__":
    main()

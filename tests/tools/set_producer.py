#!/usr/bin/env python3
"""set_producer.py IN.bc OUT.bc MAJOR MINOR

Rewrites the LLVM version in a bitcode file's IDENTIFICATION producer
string ("LLVM22.1.8" -> "LLVM23.1.8"), keeping its length, to fake bitcode
from another LLVM release. Finds the string at bit level, whether the
writer encoded it as char6 (clang) or 8-bit (rustc with LTO) array
elements, or as the operands of an unabbreviated record, 6-bit VBR
(rustc without LTO: every character of the string takes two chunks).
"""
import sys

CHAR6 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"


def get_bits(data, pos, n):
    v = 0
    for i in range(n):
        b = pos + i
        v |= ((data[b >> 3] >> (b & 7)) & 1) << i
    return v


def set_bits(data, pos, n, value):
    for i in range(n):
        b = pos + i
        if (value >> i) & 1:
            data[b >> 3] |= 1 << (b & 7)
        else:
            data[b >> 3] &= ~(1 << (b & 7))


VBR6 = 12  # a character of 32 or more as two 6-bit VBR chunks


def decode(width, v):
    if width == 6:
        return CHAR6[v]
    if width == VBR6:
        lo, hi = v & 63, v >> 6
        if not lo & 32 or hi & 32:
            return "\0"
        v = (lo & 31) | hi << 5
    return chr(v) if 32 <= v < 127 else "\0"


def encode(width, ch):
    if width == VBR6:
        return (ord(ch) & 31 | 32) | (ord(ch) >> 5) << 6
    return CHAR6.index(ch) if width == 6 else ord(ch)


def find_producer(data):
    limit = min(len(data) * 8, 4096)
    for width in (6, 8, VBR6):
        for pos in range(limit - 4 * width):
            if "".join(decode(width, get_bits(data, pos + k * width, width))
                       for k in range(4)) == "LLVM":
                text, p = "", pos + 4 * width
                while p + width <= len(data) * 8:
                    ch = decode(width, get_bits(data, p, width))
                    if not (ch.isdigit() or ch == "."):
                        break
                    text += ch
                    p += width
                if text.count(".") >= 1:
                    return width, pos + 4 * width, text
    sys.exit("set_producer: no LLVM producer string found")


def main():
    src, dst, major, minor = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    data = bytearray(open(src, "rb").read())
    width, pos, text = find_producer(data)
    old_major, old_minor = text.split(".")[:2]
    if len(major) != len(old_major) or len(minor) != len(old_minor):
        sys.exit(f"set_producer: {major}.{minor} must have the digit count of {text}")
    new = major + "." + minor + text[len(old_major) + 1 + len(old_minor):]
    for k, ch in enumerate(new):
        set_bits(data, pos + k * width, width, encode(width, ch))
    open(dst, "wb").write(bytes(data))


if __name__ == "__main__":
    main()

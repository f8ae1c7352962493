#!/usr/bin/env python3
"""damage_obj.py KIND IN.o OUT.o: a copy of a BPF object with one field
changed, as a damaged download or a bad disk would change it.

  var-type    the first BTF VAR refers to type 255 (4 bytes changed)
  shoff-end   e_shoff points 10 bytes before the end of the file
  shnum-zero  e_shnum is 0 (extended numbering, but section 0 gives none)
"""
import struct
import sys

# Bytes after struct btf_type, by kind, for a given vlen.
EXTRA = {1: lambda v: 4, 3: lambda v: 12, 4: lambda v: 12 * v, 5: lambda v: 12 * v,
         6: lambda v: 8 * v, 13: lambda v: 8 * v, 14: lambda v: 4, 15: lambda v: 12 * v,
         17: lambda v: 4, 19: lambda v: 12 * v}
KIND_VAR = 14


def section(data, name):
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
    hdr = lambda i: struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
    stroff = hdr(shstrndx)[4]
    for i in range(shnum):
        sh_name, _, _, _, off, size = hdr(i)
        if data[stroff + sh_name:stroff + sh_name + len(name) + 1] == name + b"\0":
            return off, size
    sys.exit("no section " + name.decode())


def first_var(data):
    off, _ = section(data, b".BTF")
    hdr_len, type_off, type_len = struct.unpack_from("<III", data, off + 4)
    p = off + hdr_len + type_off
    end = p + type_len
    while p < end:
        _, info, _ = struct.unpack_from("<III", data, p)
        kind, vlen = (info >> 24) & 0x1f, info & 0xffff
        if kind == KIND_VAR:
            return p
        p += 12 + EXTRA.get(kind, lambda v: 0)(vlen)
    sys.exit("no VAR in .BTF")


def main():
    kind, src, dst = sys.argv[1:4]
    data = bytearray(open(src, "rb").read())
    if kind == "var-type":
        struct.pack_into("<I", data, first_var(data) + 8, 255)
    elif kind == "shoff-end":
        struct.pack_into("<Q", data, 0x28, len(data) - 10)
    elif kind == "shnum-zero":
        struct.pack_into("<H", data, 0x3c, 0)
    else:
        sys.exit("unknown damage " + kind)
    open(dst, "wb").write(data)


main()

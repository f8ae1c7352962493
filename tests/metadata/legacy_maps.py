#!/usr/bin/env python3
"""Reads the legacy map definitions of a BPF ELF object the way older
loaders do (libbpf 0.x, cilium/ebpf, aya, gobpf): one symbol per map in
section "maps" (or "maps/<name>"), its bytes decoded by layout.

    legacy_maps.py OBJ  ->  JSON list of {name, section, size, fields...}
                            plus the map relocations of code sections
"""
import json
import struct
import sys

R_BPF_64_64 = 1


def read_elf(path):
    data = open(path, "rb").read()
    assert data[:4] == b"\x7fELF", "not ELF"
    assert data[4] == 2 and data[5] == 1, "not ELF64 little-endian"
    (e_type, e_machine, _, _, _, e_shoff, _, _, _, _, e_shentsize, e_shnum,
     e_shstrndx) = struct.unpack_from("<HHIQQQIHHHHHH", data, 16)
    assert e_machine == 247, "not EM_BPF"
    shdrs = [struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + i * e_shentsize)
             for i in range(e_shnum)]
    strtab_off = shdrs[e_shstrndx][4]

    def cstr(off):
        end = data.index(b"\0", off)
        return data[off:end].decode()

    sections = [dict(name=cstr(strtab_off + s[0]), type=s[1], flags=s[2], offset=s[4],
                     size=s[5], link=s[6], info=s[7], entsize=s[9]) for s in shdrs]
    return data, sections, cstr


def symbols(data, sections, cstr):
    symtab = next(s for s in sections if s["type"] == 2)
    names = sections[symtab["link"]]["offset"]
    out = []
    for i in range(symtab["size"] // 24):
        name, info, _, shndx, value, size = struct.unpack_from(
            "<IBBHQQ", data, symtab["offset"] + 24 * i)
        out.append(dict(name=cstr(names + name), type=info & 0xf, shndx=shndx,
                        value=value, size=size))
    return out


def decode(raw, size):
    u = struct.unpack_from("<%dI" % min(size // 4, 7), raw)
    fields = dict(type=u[0], key_size=u[1], value_size=u[2], max_entries=u[3],
                  map_flags=u[4])
    if size == 28:
        fields.update(layout="aya", id=u[5], pinning=u[6])
    elif size == 280:
        fields.update(layout="gobpf", pinning=u[5],
                      namespace=raw[24:280].split(b"\0")[0].decode())
    elif size == 20:
        fields.update(layout="classic")
    else:
        fields.update(layout="unknown")
    return fields


def main(path):
    data, sections, cstr = read_elf(path)
    syms = symbols(data, sections, cstr)
    maps = []
    for sym in syms:
        if sym["shndx"] == 0 or sym["shndx"] >= len(sections) or sym["type"] == 3:
            continue
        sec = sections[sym["shndx"]]
        if sec["name"] != "maps" and not sec["name"].startswith("maps/"):
            continue
        raw = data[sec["offset"] + sym["value"]:sec["offset"] + sym["value"] + sym["size"]]
        m = dict(name=sym["name"], section=sec["name"], size=sym["size"])
        m.update(decode(raw, sym["size"]))
        maps.append(m)
    relocs = []
    for sec in sections:
        if sec["type"] != 9:        # SHT_REL
            continue
        target = sections[sec["info"]]
        if not target["flags"] & 4:  # SHF_EXECINSTR
            continue
        for i in range(sec["size"] // 16):
            _, info = struct.unpack_from("<QQ", data, sec["offset"] + 16 * i)
            if info & 0xffffffff == R_BPF_64_64:
                relocs.append(syms[info >> 32]["name"])
    print(json.dumps(dict(maps=maps, map_relocations=sorted(set(relocs))), indent=1))


if __name__ == "__main__":
    main(sys.argv[1])

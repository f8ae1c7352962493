#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The BPF helper table, read from libbpf's installed bpf_helper_defs.h.

One table, four outputs, so that the runtime, the C headers and the Rust
crate can never disagree about a helper's number or signature:

  --list            "ID NAME" per helper, for checks
  --runtime-c FILE  the runtime's helper definitions: one always_inline
                    function per helper that calls the helper by number
  --c-header FILE   <irbpf/helpers.h>: the same helpers as plain external
                    functions, for C built for any target
  --rust-src DIR    DIR/helpers.rs (extern "C" declarations) and
                    DIR/opaque.rs (kernel structs the helpers take by
                    pointer and DIR/bindings.rs does not define)

bpf_helper_defs.h declares every helper on one line:
  static RET (*NAME)(PARAMS) = (void *) ID;
preceded by a comment whose first line is the name and whose next
paragraph describes it.
"""
import argparse
import os
import re
import sys
import textwrap

HELPER_RE = re.compile(
    r"^static (?P<ret>.+?)\(\*(?P<name>\w+)\)\((?P<params>.*)\) = \(void \*\) (?P<id>\d+);$")
STRUCT_DECL_RE = re.compile(r"^struct (\w+);$")
PARAM_RE = re.compile(r"^(?P<type>.*?[\s*])(?P<name>\w+)$")

# BPF helpers take at most five arguments in R1..R5.
MAX_ARGS = 5

# C types of helper signatures, and the Rust types the crate names them by.
RUST_BASE_TYPES = {
    "void": "c_void", "char": "c_char", "int": "c_int", "long": "c_long",
    "unsigned long": "c_ulong",
    "__u8": "__u8", "__u16": "__u16", "__u32": "__u32", "__u64": "__u64",
    "__s8": "__s8", "__s16": "__s16", "__s32": "__s32", "__s64": "__s64",
    "__be16": "__be16", "__be32": "__be32", "__be64": "__be64",
    "__le16": "__le16", "__le32": "__le32", "__le64": "__le64",
    "__wsum": "__wsum", "__sum16": "__sum16",
}
RUST_KEYWORDS = {"type", "fn", "ref", "in", "loop", "match", "mod", "move",
                 "mut", "pub", "self", "static", "struct", "trait", "use",
                 "where", "while", "as", "box", "crate", "enum", "extern",
                 "impl", "let", "priv", "return", "super", "unsafe", "yield"}


class Param:
    def __init__(self, ctype, name):
        self.ctype = ctype.strip()
        self.name = name

    def c_decl(self):
        sep = "" if self.ctype.endswith("*") else " "
        return self.ctype + sep + self.name


class Helper:
    def __init__(self, hid, name, ret, params, variadic, summary):
        self.id = hid
        self.name = name
        self.ret = ret.strip()
        self.params = params
        self.variadic = variadic
        self.summary = summary

    def c_params(self):
        decls = [p.c_decl() for p in self.params]
        if self.variadic:
            decls.append("...")
        return ", ".join(decls) if decls else "void"

    def fixed_params(self):
        """Parameters of the runtime's definition: variadic arguments
        become the remaining argument registers, as 64-bit values."""
        params = list(self.params)
        if self.variadic:
            for i in range(len(params), MAX_ARGS):
                params.append(Param("__u64", "arg%d" % (i + 1)))
        return params

    def c_prototype(self, params_text):
        sep = "" if self.ret.endswith("*") else " "
        return "%s%s%s(%s)" % (self.ret, sep, self.name, params_text)


def summary_of(comment_lines, name):
    """First sentence of the description paragraph, without RST markup."""
    text = []
    lines = [l.strip() for l in comment_lines]
    # The comment starts with the helper's name, a blank line, then the
    # description paragraph.
    try:
        start = lines.index(name) + 1
    except ValueError:
        return ""
    for line in lines[start:]:
        if not line and text:
            break
        if line:
            text.append(line)
    sentence = " ".join(text)
    sentence = re.sub(r"\\ ", "", sentence)
    sentence = re.sub(r"\*\*?([^*]+)\*\*?", r"\1", sentence)
    match = re.match(r"(.+?\.)(\s|$)", sentence)
    return match.group(1) if match else sentence


def parse_params(text, where):
    params, variadic = [], False
    if text.strip() == "void":
        return params, variadic
    for raw in text.split(","):
        raw = raw.strip()
        if raw == "...":
            variadic = True
            continue
        m = PARAM_RE.match(raw)
        if not m:
            sys.exit("gen-helpers: %s: cannot parse parameter '%s'" % (where, raw))
        params.append(Param(m.group("type"), m.group("name")))
    if len(params) > MAX_ARGS:
        sys.exit("gen-helpers: %s: more than %d parameters" % (where, MAX_ARGS))
    return params, variadic


def parse_header(path):
    helpers, structs, comment = [], [], []
    in_comment = False
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("/*"):
                in_comment, comment = True, []
                continue
            if in_comment:
                if line.strip() == "*/":
                    in_comment = False
                else:
                    comment.append(re.sub(r"^ \*\s?", "", line))
                continue
            m = STRUCT_DECL_RE.match(line)
            if m:
                structs.append(m.group(1))
                continue
            m = HELPER_RE.match(line)
            if not m:
                if line.startswith("static "):
                    sys.exit("gen-helpers: %s:%d: unrecognised helper declaration"
                             % (path, lineno))
                continue
            where = "%s:%d" % (path, lineno)
            params, variadic = parse_params(m.group("params"), where)
            helpers.append(Helper(int(m.group("id")), m.group("name"),
                                  m.group("ret"), params, variadic,
                                  summary_of(comment, m.group("name"))))
            comment = []
    if not helpers:
        sys.exit("gen-helpers: %s: no helper declarations found" % path)
    return helpers, structs


def used_structs(helpers):
    """Every struct a helper signature names, in first-use order."""
    seen = []
    for h in helpers:
        for ctype in [h.ret] + [p.ctype for p in h.params]:
            for s in re.findall(r"struct (\w+)", ctype):
                if s not in seen:
                    seen.append(s)
    return seen


def banner(comment, source):
    return "%s Generated by bpf-headers/tools/gen-helpers.py from %s: do not edit.\n" % (
        comment, os.path.basename(source))


# --- runtime -----------------------------------------------------------

RUNTIME_TYPES = """\
/* The runtime is built freestanding: no kernel headers needed. */
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef signed char __s8;
typedef short __s16;
typedef int __s32;
typedef long long __s64;
typedef __u16 __be16;
typedef __u32 __be32;
typedef __u64 __be64;
typedef __u16 __le16;
typedef __u32 __le32;
typedef __u64 __le64;
typedef __u32 __wsum;
typedef __u16 __sum16;
"""


def runtime_c(helpers, structs, source):
    out = ["/* " + banner("", source).strip() + " */\n",
           "/*\n * One function per BPF helper, under the helper's libbpf name, so\n"
           " * that any frontend can call a helper as a plain external function.\n"
           " * Each calls the helper by number and is always inlined away.\n */\n",
           RUNTIME_TYPES, "\n"]
    out += ["struct %s;\n" % s for s in structs]
    out.append("\n#define IRBPF_HELPER __attribute__((always_inline))\n")
    for h in helpers:
        params = h.fixed_params()
        types = ", ".join(p.ctype for p in params) or "void"
        args = ", ".join(p.name for p in params)
        ptr_type = "%s (*)(%s)" % (h.ret, types)
        call = "((%s)%d)(%s)" % (ptr_type, h.id, args)
        decls = ", ".join(p.c_decl() for p in params) or "void"
        out.append("\nIRBPF_HELPER %s\n{\n\t%s%s;\n}\n" % (
            h.c_prototype(decls), "" if h.ret == "void" else "return ", call))
    return "".join(out)


# --- C header ----------------------------------------------------------

def c_header(helpers, structs, source):
    out = ["/* SPDX-License-Identifier: MIT */\n",
           "/* " + banner("", source).strip() + " */\n",
           "/*\n"
           " * Every BPF helper libbpf knows, as a plain external function that\n"
           " * the irbpf runtime defines: C built for any target (no -target bpf\n"
           " * needed) calls helpers by name. Needs the __u32-style types of\n"
           " * <linux/types.h> (or vmlinux.h) first. When libbpf's\n"
           " * <bpf/bpf_helpers.h> is already included, its declarations are used\n"
           " * and these are skipped.\n"
           " */\n",
           "#ifndef IRBPF_HELPERS_H\n#define IRBPF_HELPERS_H\n\n",
           "#ifndef __BPF_HELPERS__\n\n",
           "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"]
    out += ["struct %s;\n" % s for s in structs]
    for h in helpers:
        doc = "Helper %d%s" % (h.id, ": " + h.summary.replace("*/", "* /") if h.summary else ".")
        lines = textwrap.wrap(doc, 72)
        comment = ("/* %s */" % lines[0] if len(lines) == 1 else
                   "/*\n" + "".join(" * %s\n" % l for l in lines) + " */")
        out.append("\n%s\n%s;\n" % (comment, h.c_prototype(h.c_params())))
    out.append("\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* __BPF_HELPERS__ */\n"
               "#endif /* IRBPF_HELPERS_H */\n")
    return "".join(out)


# --- Rust --------------------------------------------------------------

def rust_type(ctype, where):
    ctype = ctype.strip()
    stars = ctype.count("*")
    base = ctype.replace("*", " ").split()
    const = bool(base) and base[0] == "const"
    if const:
        base = base[1:]
    base = " ".join(base)
    if base.startswith("struct "):
        name = base[len("struct "):]
    elif base in RUST_BASE_TYPES:
        name = RUST_BASE_TYPES[base]
    else:
        sys.exit("gen-helpers: %s: no Rust type for C type '%s'" % (where, ctype))
    for i in range(stars):
        # Only the innermost pointer can point to const in these headers.
        name = ("*const " if const and i == 0 else "*mut ") + name
    return name


def rust_ident(name):
    return "r#" + name if name in RUST_KEYWORDS else name


def rust_helpers(helpers, source):
    out = [banner("//!", source),
           "//!\n//! Every BPF helper libbpf knows, declared under its libbpf name. irbpf\n"
           "//! links its runtime into every program, which defines each of these\n"
           "//! as a call of the helper by number, inlined away.\n\n",
           "#![allow(non_camel_case_types, clippy::missing_safety_doc)]\n\n",
           "use core::ffi::{%s};\n\n",
           "use crate::bindings::*;\nuse crate::types::*;\n\n",
           'extern "C" {']
    for h in helpers:
        where = "helper %s" % h.name
        params = ["%s: %s" % (rust_ident(p.name), rust_type(p.ctype, where))
                  for p in h.params]
        if h.variadic:
            params.append("...")
        ret = "" if h.ret == "void" else " -> " + rust_type(h.ret, where)
        out.append("\n    /// BPF helper %d, `%s`." % (h.id, h.c_prototype(h.c_params())))
        if h.summary:
            out.append("\n    ///")
            for line in textwrap.wrap(h.summary, 72):
                out.append("\n    /// %s" % line)
        out.append("\n    pub fn %s(%s)%s;\n" % (h.name, ", ".join(params), ret))
    out.append("}\n\n/// Number of helpers declared here.\npub const HELPER_COUNT: usize = %d;\n"
               % len(helpers))
    text = "".join(out)
    ffi = sorted(set(re.findall(r"\b(c_(?:char|int|long|ulong|void))\b", text)))
    return text.replace("use core::ffi::{%s};", "use core::ffi::{%s};" % ", ".join(ffi), 1)


def rust_opaque(structs, defined, source):
    out = [banner("//!", source),
           "//!\n//! Kernel structures the helpers take by pointer and that programs only\n"
           "//! pass along: opaque here. Context structures with a layout are in\n"
           "//! bindings.rs.\n\n"]
    for s in structs:
        if s in defined:
            continue
        out.append("\n#[repr(C)]\n#[allow(non_camel_case_types)]\n"
                   "pub struct %s {\n    _opaque: [u8; 0],\n}\n" % s)
    return "".join(out)


def defined_rust_structs(path):
    with open(path, encoding="utf-8") as f:
        return set(re.findall(r"^\s*pub (?:struct|union) (\w+)", f.read(), re.M))


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--header", default="/usr/include/bpf/bpf_helper_defs.h")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--runtime-c")
    ap.add_argument("--c-header")
    ap.add_argument("--rust-src")
    args = ap.parse_args()

    helpers, _ = parse_header(args.header)
    structs = used_structs(helpers)
    if args.list:
        for h in helpers:
            print(h.id, h.name)
    if args.runtime_c:
        write_if_changed(args.runtime_c, runtime_c(helpers, structs, args.header))
    if args.c_header:
        write_if_changed(args.c_header, c_header(helpers, structs, args.header))
    if args.rust_src:
        defined = defined_rust_structs(os.path.join(args.rust_src, "bindings.rs"))
        write_if_changed(os.path.join(args.rust_src, "helpers.rs"),
                         rust_helpers(helpers, args.header))
        write_if_changed(os.path.join(args.rust_src, "opaque.rs"),
                         rust_opaque(structs, defined, args.header))


if __name__ == "__main__":
    main()

"""Bazel rules that build eBPF objects with clang and irbpf.

In WORKSPACE:

    local_repository(name = "irbpf", path = "/path/to/irbpf/source")
    load("@irbpf//bazel:defs.bzl", "irbpf_configure")
    irbpf_configure()

In a BUILD file:

    load("@irbpf//bazel:defs.bzl", "irbpf_library", "irbpf_object")
    irbpf_library(name = "parse", srcs = ["parse.c"], hdrs = ["parse.h"])
    irbpf_object(name = "prog", srcs = ["prog.c"], deps = [":parse"])

Only ctx.actions.run is used: no C toolchain, nothing downloaded.
"""

IrbpfBitcodeInfo = provider(
    doc = "Bitcode modules irbpf links into an object, and the headers that describe them.",
    fields = {
        "bitcode": "depset of .bc/.ll files",
        "hdrs": "depset of header files the dependants may include",
    },
)

_TOOLCHAIN = "@irbpf_toolchain//"

# ---------------------------------------------------------------------------
# irbpf_configure: the repository holding clang, irbpf and irbpf's runtime

def _which(rctx, env_name, names):
    path = rctx.os.environ.get(env_name, "")
    if path:
        if "/" not in path:
            found = rctx.which(path)
            if not found:
                fail("irbpf_configure: %s=%s is not on PATH" % (env_name, path))
            return found
        return rctx.path(path)
    for name in names:
        found = rctx.which(name)
        if found:
            return found
    fail("irbpf_configure: none of %s on PATH; set %s" % (", ".join(names), env_name))

def _run(rctx, argv):
    res = rctx.execute(argv)
    if res.return_code != 0:
        fail("irbpf_configure: '%s' failed: %s" % (" ".join([str(a) for a in argv]), res.stderr))
    return res.stdout

def _realpath(rctx, path):
    return rctx.path(_run(rctx, ["realpath", str(path)]).strip())

def _llvm_major(irbpf_version):
    # "irbpf 1.2.0 (LLVM 22.1.2)"
    rest = irbpf_version.partition("(LLVM ")[2]
    return rest.partition(".")[0]

def _multiarch_include(rctx):
    gcc = rctx.which("gcc")
    if gcc:
        res = rctx.execute([gcc, "-print-multiarch"])
        if res.return_code == 0 and res.stdout.strip():
            return "/usr/include/" + res.stdout.strip()
    return "/usr/include/x86_64-linux-gnu"

def _irbpf_configure_impl(rctx):
    irbpf = _realpath(rctx, _which(rctx, "IRBPF", ["irbpf"]))
    irbpf_version = _run(rctx, [irbpf, "--version"]).strip()
    major = _llvm_major(irbpf_version)
    clang = _realpath(rctx, _which(rctx, "CLANG", ["clang-" + major, "clang"]))
    clang_version = _run(rctx, [clang, "--version"]).strip()

    prefix = irbpf.dirname.dirname
    runtime = prefix.get_child("lib").get_child("irbpf").get_child("runtime.bc")
    if not runtime.exists:
        fail("irbpf_configure: %s has no runtime at %s; use an installed irbpf" % (irbpf, runtime))
    include = prefix.get_child("include")

    rctx.symlink(irbpf, "bin/irbpf")
    rctx.symlink(clang, "bin/clang")
    rctx.symlink(runtime, "lib/runtime.bc")
    if include.get_child("irbpf").exists:
        rctx.symlink(include.get_child("irbpf"), "include/irbpf")
    else:
        rctx.file("include/irbpf/.none", "")

    # Part of every action's inputs: a new irbpf or clang is a new cache key.
    rctx.file("versions.txt", irbpf_version + "\n" + clang_version + "\n")

    # clang reads these through a response file, so the rules need not know
    # where this repository or the system's multiarch headers live.
    rctx.file("clang.flags", "\n".join([
        "-target",
        "bpf",
        "-emit-llvm",
        "-c",
        "-g",
        "-O2",
        "-ffile-compilation-dir=.",
        "-no-canonical-prefixes",
        "-I" + "external/%s/include" % rctx.name,
        "-idirafter",
        _multiarch_include(rctx),
    ]) + "\n")

    rctx.file("BUILD.bazel", """\
package(default_visibility = ["//visibility:public"])

exports_files(["bin/irbpf", "bin/clang", "lib/runtime.bc", "versions.txt", "clang.flags"])

filegroup(
    name = "headers",
    srcs = glob(["include/**"], allow_empty = True),
)
""")

_irbpf_configure = repository_rule(
    implementation = _irbpf_configure_impl,
    environ = ["IRBPF", "CLANG", "PATH"],
    local = True,
)

def irbpf_configure(name = "irbpf_toolchain"):
    """Finds irbpf and clang (IRBPF/CLANG, then PATH) for the irbpf rules."""
    _irbpf_configure(name = name)

# ---------------------------------------------------------------------------
# irbpf_library and irbpf_object

_TOOL_ATTRS = {
    "_irbpf": attr.label(default = _TOOLCHAIN + ":bin/irbpf", allow_single_file = True, executable = True, cfg = "exec"),
    "_clang": attr.label(default = _TOOLCHAIN + ":bin/clang", allow_single_file = True, executable = True, cfg = "exec"),
    "_runtime": attr.label(default = _TOOLCHAIN + ":lib/runtime.bc", allow_single_file = True),
    "_versions": attr.label(default = _TOOLCHAIN + ":versions.txt", allow_single_file = True),
    "_clang_flags": attr.label(default = _TOOLCHAIN + ":clang.flags", allow_single_file = True),
    "_headers": attr.label(default = _TOOLCHAIN + ":headers"),
}

_COMMON_ATTRS = {
    "srcs": attr.label_list(allow_files = [".c", ".bc", ".ll"], mandatory = True),
    "hdrs": attr.label_list(allow_files = [".h"]),
    "deps": attr.label_list(providers = [IrbpfBitcodeInfo]),
    "copts": attr.string_list(),
}

def _dirname(path):
    d = path.rpartition("/")[0]
    return d if d else "."

def _include_flags(hdrs):
    """-I for the directory of each header; vmlinux.h goes behind the system's."""
    flags = []
    seen = {}
    for h in hdrs:
        d = _dirname(h.path)
        opt = "-idirafter" if h.basename == "vmlinux.h" else "-I"
        if (opt, d) in seen:
            continue
        seen[(opt, d)] = True
        flags.extend([opt, d])
    return flags

def _compile(ctx, src, hdrs):
    out = ctx.actions.declare_file("_irbpf/%s/%s.bc" % (ctx.label.name, src.short_path.replace("../", "_ext/")))
    args = ctx.actions.args()
    args.add("@" + ctx.file._clang_flags.path)
    args.add_all(_include_flags(hdrs))
    args.add_all(ctx.attr.copts)
    args.add(src)
    args.add("-o", out)
    ctx.actions.run(
        executable = ctx.executable._clang,
        arguments = [args],
        inputs = depset(
            [src, ctx.file._clang_flags, ctx.file._versions],
            transitive = [depset(hdrs), ctx.attr._headers.files],
        ),
        outputs = [out],
        mnemonic = "IrbpfClang",
        progress_message = "Compiling %s to BPF bitcode" % src.short_path,
    )
    return out

def _bitcode(ctx):
    """The target's sources as bitcode (C compiled by clang), and with the deps'."""
    deps = [d[IrbpfBitcodeInfo] for d in ctx.attr.deps]
    hdrs = depset(ctx.files.hdrs, transitive = [d.hdrs for d in deps])
    hdr_list = hdrs.to_list()
    own = []
    for src in ctx.files.srcs:
        own.append(_compile(ctx, src, hdr_list) if src.extension == "c" else src)
    return IrbpfBitcodeInfo(
        bitcode = depset(own, transitive = [d.bitcode for d in deps]),
        hdrs = hdrs,
    ), own

def _irbpf_library_impl(ctx):
    info, own = _bitcode(ctx)
    return [DefaultInfo(files = depset(own)), info]

irbpf_library = rule(
    implementation = _irbpf_library_impl,
    attrs = dict(_COMMON_ATTRS, **_TOOL_ATTRS),
    doc = "C sources compiled to BPF bitcode, for irbpf_object to link.",
)

def _irbpf_object_impl(ctx):
    all_bc = _bitcode(ctx)[0].bitcode
    out = ctx.actions.declare_file(ctx.label.name + ".o")
    args = ctx.actions.args()
    args.add("--runtime", ctx.file._runtime)
    if ctx.attr.license:
        args.add("--license=" + ctx.attr.license)
    args.add_all(ctx.attr.irbpf_opts)
    args.add_all(all_bc)
    args.add("-o", out)
    ctx.actions.run(
        executable = ctx.executable._irbpf,
        arguments = [args],
        inputs = depset([ctx.file._runtime, ctx.file._versions], transitive = [all_bc]),
        outputs = [out],
        mnemonic = "IrbpfLink",
        progress_message = "Linking %s with irbpf" % out.short_path,
    )
    return [DefaultInfo(files = depset([out]))]

irbpf_object = rule(
    implementation = _irbpf_object_impl,
    attrs = dict(
        _COMMON_ATTRS,
        irbpf_opts = attr.string_list(doc = "Options passed to irbpf, e.g. [\"-mcpu=v4\"]"),
        license = attr.string(doc = "--license for programs that declare none"),
        **_TOOL_ATTRS
    ),
    doc = "An eBPF object <name>.o: srcs (C compiled with clang, or .bc/.ll) and deps' bitcode linked by irbpf.",
)

# Debian packages from the build tree: `cpack -G DEB` (scripts/package.sh)
#   irbpf        the compiler: driver, runtime, headers, CMake package,
#                pkg-config file, man pages, cargo-irbpf, the Rust crate
#                sources and irbpf-agent-static (to copy to other hosts)
#   irbpf-agent  the loader alone, linked against the host's libbpf
# Each package's library dependencies come from dpkg-shlibdeps (dpkg-dev).
set(CPACK_PACKAGE_NAME irbpf)
set(CPACK_PACKAGE_VENDOR irbpf)
set(CPACK_PACKAGE_CONTACT "irbpf maintainers <irbpf@invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL irbpf agent)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# gzip: a few seconds for the driver (LLVM is linked in); xz takes a minute.
# `cpack -D CPACK_DEBIAN_COMPRESSION_TYPE=xz` for smaller files.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)

set(CPACK_DEBIAN_IRBPF_PACKAGE_NAME irbpf)
set(CPACK_COMPONENT_IRBPF_DESCRIPTION
  "ahead-of-time compiler driver for eBPF\n\
irbpf reads LLVM IR from any frontend (clang, rustc), links a BPF helper\n\
runtime and writes loader-ready BPF objects. With the runtime, C headers,\n\
CMake package, pkg-config file, make rules, cargo-irbpf, the Rust crate\n\
sources and irbpf-agent-static, the loader linked statically.")
# A frontend makes the IR irbpf reads: clang of irbpf's LLVM release.
set(CPACK_DEBIAN_IRBPF_PACKAGE_RECOMMENDS "clang-${LLVM_VERSION_MAJOR}")
set(CPACK_DEBIAN_IRBPF_PACKAGE_SUGGESTS "cmake, make, cargo, irbpf-agent")

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME irbpf-agent)
set(CPACK_DEBIAN_AGENT_PACKAGE_SECTION admin)
set(CPACK_COMPONENT_AGENT_DESCRIPTION
  "loader for precompiled BPF objects\n\
irbpf-agent loads a BPF object, attaches its programs by section, streams\n\
their trace output and prints their maps. It needs only libbpf and libelf.")

include(CPack)

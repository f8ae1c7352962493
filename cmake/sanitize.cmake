# -DIRBPF_SANITIZE=address,undefined: instrument irbpf's own C targets
# (driver, loader, agent, cargo-irbpf, test and bench tools). LLVM, libbpf
# and libelf are linked as installed, uninstrumented.
set(IRBPF_SANITIZE "" CACHE STRING
    "sanitizers for irbpf's own code, a comma list for -fsanitize= (e.g. address,undefined)")
if(IRBPF_SANITIZE)
  set(san_flags -fsanitize=${IRBPF_SANITIZE} -fno-omit-frame-pointer)
  if(IRBPF_SANITIZE MATCHES "undefined")
    list(APPEND san_flags -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${san_flags})
  add_link_options(${san_flags})
  message(STATUS "Sanitizers: ${IRBPF_SANITIZE}")
endif()

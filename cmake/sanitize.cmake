# -DIRBPF_SANITIZE=address,undefined: instrument irbpf's own C targets
# (driver, loader, agent, cargo-irbpf, test and bench tools). LLVM, libbpf
# and libelf are linked as installed, uninstrumented.
set(IRBPF_SANITIZE "" CACHE STRING
    "sanitizers for irbpf's own code, a comma list for -fsanitize= (e.g. address,undefined)")

# -DIRBPF_FUZZ=ON (with CMAKE_C_COMPILER=clang-22): the libFuzzer targets
# in fuzz/, irbpf's code instrumented for coverage, ASan and UBSan.
option(IRBPF_FUZZ "build the libFuzzer targets in fuzz/ (needs clang)" OFF)
if(IRBPF_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "IRBPF_FUZZ needs clang: configure with -DCMAKE_C_COMPILER=clang-22")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  if(NOT IRBPF_SANITIZE)
    set(IRBPF_SANITIZE address,undefined)
  endif()
endif()

if(IRBPF_SANITIZE)
  set(san_flags -fsanitize=${IRBPF_SANITIZE} -fno-omit-frame-pointer)
  if(IRBPF_SANITIZE MATCHES "undefined")
    list(APPEND san_flags -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${san_flags})
  add_link_options(${san_flags})
  message(STATUS "Sanitizers: ${IRBPF_SANITIZE}")
endif()

# CMake toolchain file for BPF programs built with irbpf.
#
#   cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=<prefix>/share/irbpf/toolchain.cmake
#
# and in CMakeLists.txt (project(... LANGUAGES C)):
#
#   add_executable(prog.o prog.bpf.c other.c)
#
# compiles each C source with clang to BPF bitcode (-target bpf -g -O2
# -emit-llvm) and links the bitcode with irbpf into prog.o, an object libbpf
# loads. add_library(NAME STATIC ...) makes a bitcode library (llvm-link)
# that target_link_libraries() links into programs.
#
# Cache variables:
#   IRBPF            the irbpf to use; default: bin/irbpf of the prefix this
#                    file is installed in, else irbpf on PATH
#   IRBPF_CLANG      clang of irbpf's LLVM release; default clang-<major>
#   IRBPF_FLAGS      irbpf options for every program (-mcpu=v4 -Werror ...)
#   IRBPF_VMLINUX_H  vmlinux.h to put on the include path; default: one
#                    generated from /sys/kernel/btf/vmlinux with bpftool
# Per program: target_link_options(prog.o PRIVATE -mcpu=v4) passes irbpf
# options; target_compile_options() passes clang options as usual.

# CMake includes this file twice: as the toolchain file, before it looks at
# the compiler, and (through CMAKE_USER_MAKE_RULES_OVERRIDE_C) once the
# compiler is known, to replace the compile and link rules.
if(CMAKE_C_COMPILER_LOADED)
  # Bitcode objects; the "linker" is irbpf; static libraries are one
  # llvm-linked bitcode module, which irbpf reads like any other input.
  set(CMAKE_C_OUTPUT_EXTENSION .bc)
  set(CMAKE_SIZEOF_VOID_P 8)
  set(CMAKE_C_COMPILE_OBJECT
      "<CMAKE_C_COMPILER> <DEFINES> <INCLUDES> -g -O2 <FLAGS> ${_IRBPF_SYSTEM_INCLUDES} -emit-llvm -o <OBJECT> -c <SOURCE>")
  set(CMAKE_C_LINK_EXECUTABLE
      "\"${IRBPF}\" ${IRBPF_FLAGS} <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES>")
  if(IRBPF_LLVM_LINK)
    set(CMAKE_C_CREATE_STATIC_LIBRARY "\"${IRBPF_LLVM_LINK}\" <OBJECTS> -o <TARGET>")
  endif()
  set(CMAKE_C_USE_RESPONSE_FILE_FOR_OBJECTS 1)
  set(CMAKE_C_RESPONSE_FILE_LINK_FLAG "@")
  return()
endif()

if(CMAKE_VERSION VERSION_LESS 3.21)
  message(FATAL_ERROR "irbpf toolchain: needs CMake 3.21 or later")
endif()

# CFLAGS in the environment are the host compiler's (-fstack-protector,
# -march=...); CMake would start CMAKE_C_FLAGS from them.
set(ENV{CFLAGS} "")

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR bpf)
set(CMAKE_C_COMPILER_TARGET bpf)
# A BPF program has no main() to link a test executable with.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_USER_MAKE_RULES_OVERRIDE_C "${CMAKE_CURRENT_LIST_FILE}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES IRBPF IRBPF_CLANG IRBPF_FLAGS)

set(IRBPF "" CACHE FILEPATH "irbpf, the BPF linker")
set(IRBPF_FLAGS "" CACHE STRING "irbpf options for every BPF program")
if(NOT IRBPF)
  unset(IRBPF CACHE)
  find_program(IRBPF irbpf PATHS "${CMAKE_CURRENT_LIST_DIR}/../../bin"
               NO_DEFAULT_PATH NO_CACHE)
  if(NOT IRBPF)
    find_program(IRBPF irbpf NO_CACHE)
  endif()
  if(NOT IRBPF)
    message(FATAL_ERROR "irbpf toolchain: irbpf not found beside this file "
            "(${CMAKE_CURRENT_LIST_DIR}/../../bin) or on PATH; "
            "pass -DIRBPF=/path/to/irbpf")
  endif()
  set(IRBPF "${IRBPF}" CACHE FILEPATH "irbpf, the BPF linker" FORCE)
elseif(NOT EXISTS "${IRBPF}")
  message(FATAL_ERROR "irbpf toolchain: IRBPF=${IRBPF} does not exist")
endif()

execute_process(COMMAND "${IRBPF}" --version OUTPUT_VARIABLE _irbpf_version
                RESULT_VARIABLE _irbpf_rc ERROR_QUIET)
if(NOT _irbpf_rc EQUAL 0 OR NOT _irbpf_version MATCHES "\\(LLVM ([0-9]+)\\.")
  message(FATAL_ERROR "irbpf toolchain: '${IRBPF} --version' failed or names no LLVM version")
endif()
set(_irbpf_llvm ${CMAKE_MATCH_1})

# clang of the same LLVM release: irbpf refuses bitcode of a newer LLVM, and
# an older clang misses BPF features. A plain "clang" may be another release.
find_program(IRBPF_CLANG NAMES clang-${_irbpf_llvm} clang
             PATHS /usr/lib/llvm-${_irbpf_llvm}/bin NO_DEFAULT_PATH)
find_program(IRBPF_CLANG NAMES clang-${_irbpf_llvm})
if(NOT IRBPF_CLANG)
  message(FATAL_ERROR "irbpf toolchain: clang-${_irbpf_llvm} not found (irbpf uses "
          "LLVM ${_irbpf_llvm}); pass -DIRBPF_CLANG=/path/to/clang")
endif()
get_filename_component(_irbpf_clang_real "${IRBPF_CLANG}" REALPATH)
get_filename_component(_irbpf_clang_dir "${_irbpf_clang_real}" DIRECTORY)
set(CMAKE_C_COMPILER "${_irbpf_clang_real}")
find_program(IRBPF_LLVM_LINK NAMES llvm-link-${_irbpf_llvm} llvm-link
             PATHS "${_irbpf_clang_dir}" NO_DEFAULT_PATH)
find_program(IRBPF_LLVM_LINK NAMES llvm-link-${_irbpf_llvm})

# Headers searched after the project's and clang's own: the host's
# multiarch directory (asm/types.h for linux/*.h), the C bpf-headers
# installed with irbpf, and the directory of vmlinux.h, so that a project's
# own vmlinux.h or linux/ headers win.
set(_IRBPF_SYSTEM_INCLUDES "")
get_filename_component(_irbpf_prefix "${IRBPF}" DIRECTORY)
get_filename_component(_irbpf_prefix "${_irbpf_prefix}" DIRECTORY)
if(EXISTS "${_irbpf_prefix}/include/irbpf" AND NOT _irbpf_prefix STREQUAL "/usr")
  string(APPEND _IRBPF_SYSTEM_INCLUDES " -idirafter \"${_irbpf_prefix}/include\"")
endif()

set(IRBPF_VMLINUX_H "" CACHE FILEPATH "vmlinux.h for CO-RE programs (default: generated)")
get_property(_irbpf_in_try GLOBAL PROPERTY IN_TRY_COMPILE)
if(NOT IRBPF_VMLINUX_H AND NOT _irbpf_in_try AND EXISTS /sys/kernel/btf/vmlinux)
  set(_irbpf_vmlinux "${CMAKE_BINARY_DIR}/irbpf-include/vmlinux.h")
  find_program(IRBPF_BPFTOOL bpftool PATHS /usr/sbin /sbin)
  if(IRBPF_BPFTOOL AND NOT EXISTS "${_irbpf_vmlinux}")
    file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/irbpf-include")
    execute_process(COMMAND "${IRBPF_BPFTOOL}" btf dump file /sys/kernel/btf/vmlinux format c
                    OUTPUT_FILE "${_irbpf_vmlinux}.tmp" RESULT_VARIABLE _irbpf_rc
                    ERROR_QUIET)
    if(_irbpf_rc EQUAL 0)
      file(RENAME "${_irbpf_vmlinux}.tmp" "${_irbpf_vmlinux}")
    else()
      file(REMOVE "${_irbpf_vmlinux}.tmp")
    endif()
  endif()
  if(EXISTS "${_irbpf_vmlinux}")
    set(IRBPF_VMLINUX_H "${_irbpf_vmlinux}" CACHE FILEPATH
        "vmlinux.h for CO-RE programs (default: generated)" FORCE)
  endif()
endif()
if(IRBPF_VMLINUX_H)
  get_filename_component(_irbpf_dir "${IRBPF_VMLINUX_H}" DIRECTORY)
  string(APPEND _IRBPF_SYSTEM_INCLUDES " -idirafter \"${_irbpf_dir}\"")
endif()

execute_process(COMMAND gcc -print-multiarch OUTPUT_VARIABLE _irbpf_multiarch
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT _irbpf_multiarch)
  set(_irbpf_multiarch ${CMAKE_HOST_SYSTEM_PROCESSOR}-linux-gnu)
endif()
if(IS_DIRECTORY /usr/include/${_irbpf_multiarch})
  string(APPEND _IRBPF_SYSTEM_INCLUDES " -idirafter /usr/include/${_irbpf_multiarch}")
endif()

# irbpf_add_object(NAME
#                  [SOURCES src.c...]          C sources, compiled to BPF bitcode
#                  [RUST_CRATE dir]            a library crate, built by cargo irbpf
#                  [MCPU v1|v2|v3|v4]          BPF instruction set (clang and irbpf)
#                  [FLAGS opt...]              irbpf options (-O3, -Werror, ...)
#                  [COMPILE_OPTIONS opt...]    clang options
#                  [INCLUDE_DIRECTORIES dir...]
#                  [OUTPUT file])              default: <current binary dir>/NAME.o
#
# Adds the target NAME (built by default) that produces one loader-ready
# BPF object from the C sources and/or the crate; the object's path is the
# target's IRBPF_OBJECT property. make and ninja rebuild it when a source,
# a header it includes, or irbpf's runtime changes (clang and irbpf
# depfiles).

if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "irbpf_add_object needs CMake 3.20 or later (depfiles for make)")
endif()
cmake_policy(PUSH)
cmake_policy(VERSION 3.20)

# -idirafter flags: the multiarch asm/ headers, the installed bpf-headers
# and the directory of vmlinux.h, behind the project's own include paths.
function(_irbpf_system_includes out)
  set(flags "")
  if(EXISTS "${IRBPF_INCLUDE_DIR}/irbpf" AND NOT IRBPF_INCLUDE_DIR STREQUAL "/usr/include")
    list(APPEND flags -idirafter "${IRBPF_INCLUDE_DIR}")
  endif()
  set(IRBPF_VMLINUX_H "" CACHE FILEPATH "vmlinux.h for CO-RE programs (default: generated)")
  if(NOT IRBPF_VMLINUX_H AND EXISTS /sys/kernel/btf/vmlinux)
    set(vmlinux "${CMAKE_BINARY_DIR}/irbpf-include/vmlinux.h")
    find_program(IRBPF_BPFTOOL bpftool PATHS /usr/sbin /sbin)
    if(IRBPF_BPFTOOL AND NOT EXISTS "${vmlinux}")
      file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/irbpf-include")
      execute_process(COMMAND "${IRBPF_BPFTOOL}" btf dump file /sys/kernel/btf/vmlinux format c
                      OUTPUT_FILE "${vmlinux}.tmp" RESULT_VARIABLE rc ERROR_QUIET)
      if(rc EQUAL 0)
        file(RENAME "${vmlinux}.tmp" "${vmlinux}")
      else()
        file(REMOVE "${vmlinux}.tmp")
      endif()
    endif()
    if(EXISTS "${vmlinux}")
      set(IRBPF_VMLINUX_H "${vmlinux}" CACHE FILEPATH
          "vmlinux.h for CO-RE programs (default: generated)" FORCE)
    endif()
  endif()
  if(IRBPF_VMLINUX_H)
    get_filename_component(dir "${IRBPF_VMLINUX_H}" DIRECTORY)
    list(APPEND flags -idirafter "${dir}")
  endif()
  execute_process(COMMAND gcc -print-multiarch OUTPUT_VARIABLE multiarch
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT multiarch)
    set(multiarch ${CMAKE_HOST_SYSTEM_PROCESSOR}-linux-gnu)
  endif()
  if(IS_DIRECTORY /usr/include/${multiarch})
    list(APPEND flags -idirafter /usr/include/${multiarch})
  endif()
  set(${out} "${flags}" PARENT_SCOPE)
endfunction()

# C source -> bitcode in @dir; the bitcode path goes to @out.
function(_irbpf_add_bitcode name src dir index cflags out)
  get_filename_component(src "${src}" ABSOLUTE)
  get_filename_component(base "${src}" NAME)
  set(bc "${dir}/${index}-${base}.bc")
  file(RELATIVE_PATH shown "${CMAKE_BINARY_DIR}" "${bc}")
  add_custom_command(OUTPUT "${bc}"
    COMMAND "${IRBPF_CLANG}" -target bpf ${cflags} -MD -MF "${bc}.d" -MT "${bc}"
            -emit-llvm -c "${src}" -o "${bc}"
    DEPENDS "${src}"
    DEPFILE "${bc}.d"
    COMMENT "Building BPF bitcode ${shown}"
    VERBATIM COMMAND_EXPAND_LISTS)
  set(${out} "${bc}" PARENT_SCOPE)
endfunction()

function(_irbpf_add_rust_object name crate out bitcode irbpf_flags)
  if(NOT IRBPF_CARGO)
    message(FATAL_ERROR "irbpf_add_object(${name} RUST_CRATE ...): cargo-irbpf is not "
            "installed beside ${IRBPF_EXECUTABLE}")
  endif()
  get_filename_component(crate "${crate}" ABSOLUTE)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${crate}/*.rs" "${crate}/Cargo.toml")
  set(extra "")
  if(bitcode)
    set(extra -- ${bitcode})
  endif()
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E env "IRBPF=${IRBPF_EXECUTABLE}"
            "${IRBPF_CARGO}" irbpf build --release -q
            --manifest-path "${crate}/Cargo.toml"
            --target-dir "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.irbpf/target"
            -o "${out}" ${irbpf_flags} ${extra}
    DEPENDS ${sources} ${bitcode}
    WORKING_DIRECTORY "${crate}"
    COMMENT "Building BPF object ${name} from crate ${crate}"
    VERBATIM COMMAND_EXPAND_LISTS)
endfunction()

function(irbpf_add_object name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "RUST_CRATE;MCPU;OUTPUT"
                        "SOURCES;FLAGS;COMPILE_OPTIONS;INCLUDE_DIRECTORIES")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "irbpf_add_object(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_SOURCES AND NOT arg_RUST_CRATE)
    message(FATAL_ERROR "irbpf_add_object(${name}): give SOURCES, RUST_CRATE or both")
  endif()
  if(arg_SOURCES AND NOT IRBPF_CLANG)
    message(FATAL_ERROR "irbpf_add_object(${name}): clang of LLVM ${IRBPF_LLVM_VERSION} "
            "not found; set IRBPF_CLANG")
  endif()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${name}.o")
  if(arg_OUTPUT)
    get_filename_component(out "${arg_OUTPUT}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.irbpf")
  file(MAKE_DIRECTORY "${dir}")
  set(irbpf_flags ${arg_FLAGS})
  set(cflags -g -O2)
  if(arg_MCPU)
    list(PREPEND irbpf_flags -mcpu=${arg_MCPU})
    list(APPEND cflags -mcpu=${arg_MCPU})
  endif()
  foreach(inc IN LISTS arg_INCLUDE_DIRECTORIES)
    get_filename_component(inc "${inc}" ABSOLUTE)
    list(APPEND cflags "-I${inc}")
  endforeach()
  _irbpf_system_includes(sys)
  list(APPEND cflags ${arg_COMPILE_OPTIONS} ${sys})

  set(bitcode "")
  set(index 0)
  foreach(src IN LISTS arg_SOURCES)
    math(EXPR index "${index} + 1")
    _irbpf_add_bitcode(${name} "${src}" "${dir}" ${index} "${cflags}" bc)
    list(APPEND bitcode "${bc}")
  endforeach()

  file(RELATIVE_PATH shown "${CMAKE_BINARY_DIR}" "${out}")
  if(arg_RUST_CRATE)
    _irbpf_add_rust_object(${name} "${arg_RUST_CRATE}" "${out}" "${bitcode}" "${irbpf_flags}")
  else()
    add_custom_command(OUTPUT "${out}"
      COMMAND irbpf::irbpf ${irbpf_flags} -MD -MF "${out}.d" ${bitcode} -o "${out}"
      DEPENDS ${bitcode}
      DEPFILE "${out}.d"
      COMMENT "Linking BPF object ${shown}"
      VERBATIM COMMAND_EXPAND_LISTS)
  endif()
  add_custom_target(${name} ALL DEPENDS "${out}")
  set_target_properties(${name} PROPERTIES IRBPF_OBJECT "${out}")
endfunction()

cmake_policy(POP)

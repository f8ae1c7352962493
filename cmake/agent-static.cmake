# irbpf-agent-static: the agent linked fully statically (libbpf.a,
# libelf.a, libz.a and the static C library), one file that runs on any
# Linux host of the same architecture, whatever its libraries.
#
#   -DIRBPF_AGENT_STATIC=AUTO  built when the static libraries link (default)
#   -DIRBPF_AGENT_STATIC=ON    required: configuring fails without them
#   -DIRBPF_AGENT_STATIC=OFF   not built
#
# Sanitizer runtimes cannot be linked statically: with IRBPF_SANITIZE it is
# not built.
include(CheckCSourceCompiles)

set(IRBPF_AGENT_STATIC AUTO CACHE STRING
    "build irbpf-agent-static, the agent linked fully statically (AUTO, ON or OFF)")
set_property(CACHE IRBPF_AGENT_STATIC PROPERTY STRINGS AUTO ON OFF)

# The static archives of libbpf, libelf and what they need, by
# `pkg-config --static`, if a static program links with them: their paths
# in out_libs (libc.a left to the compiler driver), or the reason in out_why.
function(irbpf_find_static_libs out_libs out_why)
  set(libs "")
  foreach(name IN LISTS LIBBPF_STATIC_LIBRARIES LIBELF_STATIC_LIBRARIES ITEMS c)
    if("${name}" IN_LIST libs)
      continue()
    endif()
    find_library(IRBPF_STATIC_LIB_${name} NAMES lib${name}.a
                 HINTS ${LIBBPF_STATIC_LIBRARY_DIRS} ${LIBELF_STATIC_LIBRARY_DIRS})
    if(NOT IRBPF_STATIC_LIB_${name})
      set(${out_why} "no lib${name}.a" PARENT_SCOPE)
      return()
    endif()
    list(APPEND libs ${name})
    list(APPEND paths ${IRBPF_STATIC_LIB_${name}})
  endforeach()
  list(REMOVE_ITEM paths ${IRBPF_STATIC_LIB_c})
  set(CMAKE_REQUIRED_LINK_OPTIONS -static)
  set(CMAKE_REQUIRED_LIBRARIES ${paths})
  set(CMAKE_REQUIRED_QUIET ON)
  check_c_source_compiles([[
#include <bpf/libbpf.h>
int main(void) { return (int)libbpf_major_version(); }
]] IRBPF_STATIC_LIBBPF_LINKS)
  if(NOT IRBPF_STATIC_LIBBPF_LINKS)
    set(${out_why} "a static program does not link with ${paths}" PARENT_SCOPE)
    return()
  endif()
  set(${out_libs} ${paths} PARENT_SCOPE)
endfunction()

# irbpf_add_static_agent(TARGET): TARGET-static from TARGET's sources.
function(irbpf_add_static_agent target)
  if(IRBPF_AGENT_STATIC STREQUAL "OFF")
    return()
  endif()
  set(why "")
  if(IRBPF_SANITIZE)
    set(why "sanitizer runtimes do not link statically (IRBPF_SANITIZE=${IRBPF_SANITIZE})")
  else()
    irbpf_find_static_libs(libs why)
  endif()
  if(why)
    if(IRBPF_AGENT_STATIC STREQUAL "ON")
      message(FATAL_ERROR "IRBPF_AGENT_STATIC=ON: ${why}")
    endif()
    message(STATUS "${target}-static not built: ${why}")
    return()
  endif()

  get_target_property(sources ${target} SOURCES)
  add_executable(${target}-static ${sources} $<TARGET_OBJECTS:irbpf_loader>)
  target_compile_definitions(${target}-static PRIVATE
    $<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>)
  target_include_directories(${target}-static PRIVATE
    $<TARGET_PROPERTY:irbpf_loader,INTERFACE_INCLUDE_DIRECTORIES>
    ${LIBBPF_INCLUDE_DIRS} ${LIBELF_INCLUDE_DIRS})
  target_link_options(${target}-static PRIVATE -static)
  target_link_libraries(${target}-static PRIVATE ${libs})
  # Goes with the compiler, to be copied to the hosts that run objects.
  install(TARGETS ${target}-static RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  message(STATUS "${target}-static: linked with ${libs}")
endfunction()

# vmlinux.h for CO-RE programs, generated from the running kernel's BTF.
set(IRBPF_VMLINUX_DIR ${CMAKE_BINARY_DIR}/include)
set(IRBPF_VMLINUX_H ${IRBPF_VMLINUX_DIR}/vmlinux.h)
if(IRBPF_BPFTOOL AND EXISTS /sys/kernel/btf/vmlinux)
  add_custom_command(
    OUTPUT ${IRBPF_VMLINUX_H}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${IRBPF_VMLINUX_DIR}
    COMMAND ${IRBPF_BPFTOOL} btf dump file /sys/kernel/btf/vmlinux format c
            > ${IRBPF_VMLINUX_H}.tmp
    COMMAND ${CMAKE_COMMAND} -E rename ${IRBPF_VMLINUX_H}.tmp ${IRBPF_VMLINUX_H}
    COMMENT "Generating vmlinux.h from /sys/kernel/btf/vmlinux")
  add_custom_target(vmlinux_h ALL DEPENDS ${IRBPF_VMLINUX_H})
  set(IRBPF_HAVE_VMLINUX ON)
else()
  message(STATUS "bpftool or kernel BTF missing: vmlinux.h-based tests disabled")
  set(IRBPF_HAVE_VMLINUX OFF)
endif()

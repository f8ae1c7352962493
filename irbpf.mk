# irbpf.mk: make rules for BPF objects built with clang and irbpf.
#
#   include /usr/local/share/irbpf/irbpf.mk    # or $(shell pkg-config --variable=mkfile irbpf)
#   all: prog.bpf.o
#
# prog.bpf.c -> prog.bc (clang -target bpf -g -O2 -emit-llvm) -> prog.bpf.o
# (irbpf). A program made of several sources lists its bitcode:
#
#   prog.bpf.o: prog.bc parse.bc
#
# Variables: IRBPF (default: the irbpf installed beside this file, else
# PATH), CLANG (clang of irbpf's LLVM release), BPF_CFLAGS (-g -O2),
# BPF_CPPFLAGS (-I, -D), IRBPF_FLAGS (-mcpu=v4, -Werror, ...), BPFTOOL.
# Depfiles (-MD -MP) make objects rebuild when a header, a source or
# irbpf's runtime changes.

# Including this file must not change the including Makefile's default goal.
IRBPF_MK_GOAL := $(.DEFAULT_GOAL)
IRBPF_MK_PREFIX := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))../..)
IRBPF ?= $(or $(wildcard $(IRBPF_MK_PREFIX)/bin/irbpf),irbpf)
ifeq ($(origin CLANG),undefined)
CLANG := clang-$(shell $(IRBPF) --version 2>/dev/null | sed -n 's/.*LLVM \([0-9]*\).*/\1/p')
endif
BPFTOOL ?= bpftool
BPF_CFLAGS ?= -g -O2

# Searched after the project's own headers: the C bpf-headers installed
# with irbpf, the host's multiarch directory (asm/types.h for linux/*.h),
# and the source's directory and this one, where vmlinux.h is made
# (#include <vmlinux.h>, as libbpf-bootstrap writes it).
IRBPF_MK_MULTIARCH := $(shell gcc -print-multiarch 2>/dev/null || echo $$(uname -m)-linux-gnu)
IRBPF_CPPFLAGS := $(if $(filter-out /usr,$(IRBPF_MK_PREFIX)),$(if $(wildcard $(IRBPF_MK_PREFIX)/include/irbpf),-idirafter $(IRBPF_MK_PREFIX)/include)) \
		  -idirafter /usr/include/$(IRBPF_MK_MULTIARCH)
IRBPF_SRC_INCLUDES = $(addprefix -idirafter ,$(sort $(<D) .))

IRBPF_CC = $(CLANG) -target bpf $(BPF_CPPFLAGS) $(BPF_CFLAGS) $(IRBPF_CPPFLAGS) $(IRBPF_SRC_INCLUDES) -MD -MP -emit-llvm -c
IRBPF_COMPILE = $(IRBPF_CC) -MF $@.d $< -o $@
# irbpf's depfile makes its runtime a prerequisite too: a prerequisite
# named .../runtime.bc is taken for the runtime, not for an input.
IRBPF_LINK = $(IRBPF) $(IRBPF_FLAGS) -MD -MP -MF $@.d \
	     $(filter-out %/runtime.bc,$(filter %.bc %.ll,$^)) -o $@

%.bc: %.bpf.c
	$(IRBPF_COMPILE)

%.bc: %.c
	$(IRBPF_COMPILE)

%.bpf.o: %.bc
	$(IRBPF_LINK)

# A program of one source, whose bitcode nothing names: this rule, not
# make's built-in %.o: %.c, makes prog.bpf.o from prog.bpf.c.
%.bpf.o: %.bpf.c
	$(IRBPF_CC) -MF $*.bc.d $< -o $*.bc
	$(IRBPF) $(IRBPF_FLAGS) -MD -MP -MF $@.d $*.bc -o $@

# vmlinux.h of the running kernel, for CO-RE programs: add "prog.bc:
# vmlinux.h" so that it exists before the first compile.
vmlinux.h:
	$(BPFTOOL) btf dump file /sys/kernel/btf/vmlinux format c > $@.tmp && mv $@.tmp $@

-include $(wildcard *.bc.d *.bpf.o.d)
.DEFAULT_GOAL := $(IRBPF_MK_GOAL)

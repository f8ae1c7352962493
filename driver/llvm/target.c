// SPDX-License-Identifier: MIT
#include "llvm/target.h"

#include <stddef.h>
#include <stdio.h>

#include <llvm-c/Core.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>

#include "diag/diag.h"

/*
 * LLVM 21+ lowers `unreachable` to a call of the kfunc __bpf_trap, which
 * libbpf before 1.6 cannot load; BPF jump tables (gotox, LLVM 22+) are
 * likewise unknown to older loaders and kernels. Cold functions (Rust's
 * panic paths, C's __attribute__((cold))) would land in
 * ".text.unlikely.", where libbpf refuses static subprograms: keep them in
 * .text. An option the running LLVM does not know makes it exit, so each
 * is passed only from the release that introduced it.
 */
static const struct backend_option {
	const char *flag;
	unsigned since;		/* LLVM major that has it */
} backend_options[] = {
	{ "-bpf-disable-trap-unreachable", 21 },
	{ "-bpf-min-jump-table-entries=4294967295", 22 },
	{ "-profile-guided-section-prefix=false", 0 },
};

#define N_BACKEND_OPTIONS (sizeof(backend_options) / sizeof(backend_options[0]))

static unsigned llvm_major(void)
{
	unsigned major, minor, patch;

	LLVMGetVersion(&major, &minor, &patch);
	return major;
}

void target_init(void)
{
	const char *argv[N_BACKEND_OPTIONS + 1] = { "irbpf" };
	unsigned major = llvm_major();
	int argc = 1;

	LLVMInitializeBPFTargetInfo();
	LLVMInitializeBPFTarget();
	LLVMInitializeBPFTargetMC();
	LLVMInitializeBPFAsmPrinter();
	LLVMInitializeBPFAsmParser();
	for (size_t i = 0; i < N_BACKEND_OPTIONS; i++)
		if (major >= backend_options[i].since)
			argv[argc++] = backend_options[i].flag;
	LLVMParseCommandLineOptions(argc, argv, NULL);
	diag_install_fatal_handler();
}

void target_backend_flags(char *buf, size_t size)
{
	unsigned major = llvm_major();
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < N_BACKEND_OPTIONS && len < size; i++) {
		if (major < backend_options[i].since)
			continue;
		int n = snprintf(buf + len, size - len, "%s%s", len ? " " : "",
				 backend_options[i].flag);
		if (n < 0)
			break;
		len += (size_t)n;
	}
}

static LLVMCodeGenOptLevel codegen_level(unsigned opt_level)
{
	switch (opt_level) {
	case 0: return LLVMCodeGenLevelNone;
	case 1: return LLVMCodeGenLevelLess;
	case 3: return LLVMCodeGenLevelAggressive;
	default: return LLVMCodeGenLevelDefault;
	}
}

LLVMTargetMachineRef target_machine_create(const char *cpu, unsigned opt_level)
{
	LLVMTargetRef target;
	char *err = NULL;

	if (LLVMGetTargetFromTriple(IRBPF_TRIPLE, &target, &err)) {
		diag_error("BPF target unavailable in this LLVM: %s", err);
		LLVMDisposeMessage(err);
		return NULL;
	}
	return LLVMCreateTargetMachine(target, IRBPF_TRIPLE, cpu, "",
				       codegen_level(opt_level),
				       LLVMRelocStatic, LLVMCodeModelDefault);
}

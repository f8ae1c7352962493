// SPDX-License-Identifier: MIT
#include "llvm/target.h"

#include <stddef.h>

#include <llvm-c/Core.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>

#include "diag/diag.h"

/*
 * LLVM 21+ lowers `unreachable` to a call of the kfunc __bpf_trap, which
 * libbpf before 1.6 cannot load; BPF jump tables (gotox) are likewise
 * unknown to older loaders and kernels. Cold functions (Rust's panic
 * paths, C's __attribute__((cold))) would land in ".text.unlikely.",
 * where libbpf refuses static subprograms: keep them in .text.
 */
static const char *const backend_argv[] = {
	"irbpf",
	"-bpf-disable-trap-unreachable",
	"-bpf-min-jump-table-entries=4294967295",
	"-profile-guided-section-prefix=false",
};

void target_init(void)
{
	LLVMInitializeBPFTargetInfo();
	LLVMInitializeBPFTarget();
	LLVMInitializeBPFTargetMC();
	LLVMInitializeBPFAsmPrinter();
	LLVMInitializeBPFAsmParser();
	LLVMParseCommandLineOptions((int)(sizeof(backend_argv) / sizeof(backend_argv[0])),
				    backend_argv, NULL);
	diag_install_fatal_handler();
}

const char *target_backend_flags(void)
{
	return "-bpf-disable-trap-unreachable -bpf-min-jump-table-entries=4294967295 "
	       "-profile-guided-section-prefix=false";
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

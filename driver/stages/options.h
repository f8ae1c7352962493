/* SPDX-License-Identifier: MIT */
/* What the command line asks of a compilation; cli/options.c fills it. */
#ifndef IRBPF_STAGES_OPTIONS_H
#define IRBPF_STAGES_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A command line with every "@FILE" replaced by the arguments in FILE. */
struct response_args {
	int argc;
	char **argv;		/* argc entries and a NULL, each owned */
};

enum irbpf_emit {
	IRBPF_EMIT_OBJ,
	IRBPF_EMIT_ASM,
	IRBPF_EMIT_LLVM_IR,
	IRBPF_EMIT_LLVM_BC,
};

enum irbpf_verify {
	IRBPF_VERIFY_OFF,
	IRBPF_VERIFY_TRY,	/* --verify: skipped where bpf() is not permitted */
	IRBPF_VERIFY_REQUIRE,	/* --verify=require */
};

/* Layout annotated maps are written in (--map-format). */
enum irbpf_map_format {
	IRBPF_MAP_BTF,		/* BTF-defined map in .maps (libbpf 1.x) */
	IRBPF_MAP_LEGACY,	/* struct bpf_map_def, 5 x u32, in "maps" */
	IRBPF_MAP_AYA,		/* 7 x u32 in "maps" */
	IRBPF_MAP_CILIUM,	/* 5 x u32 in "maps" */
	IRBPF_MAP_GOBPF,	/* 6 x u32 + namespace[256] in "maps/<name>" */
};

/* Which functions keep the linkage the source gave them (--internalize). */
enum irbpf_internalize {
	IRBPF_INTERNALIZE_AUTO,		/* per input: none for C from clang,
					 * programs for anything else */
	IRBPF_INTERNALIZE_PROGRAMS,	/* only program entry points */
	IRBPF_INTERNALIZE_NONE,		/* also every global function */
};

struct irbpf_options {
	const char **inputs;
	size_t n_inputs;
	const char *output;
	const char *cpu;		/* "v1".."v4" */
	unsigned opt_level;		/* 0..3 */
	bool reoptimize;		/* --reoptimize: default<On> on any input */
	enum irbpf_emit emit;
	bool verbose;
	bool save_temps;
	bool verify_ir;		/* IRBPF_VERIFY_IR=1: verify before codegen */
	bool keep_debug;		/* -g: keep DWARF next to BTF */
	bool werror;
	bool allow_panics;		/* --allow-panics, -Wno-error=panic */
	enum irbpf_verify verify;
	const char *license;		/* --license: used when the input has none */
	bool has_kversion;		/* --kversion given */
	uint32_t kversion;		/* --kversion as KERNEL_VERSION(a, b, c) */
	enum irbpf_map_format map_format;
	enum irbpf_internalize internalize;
	const char *target_btf;		/* --target-btf FILE: the target's kernel BTF */
	const char *runtime;		/* --runtime PATH, NULL: default lookup */
	bool no_runtime;		/* --no-runtime */
	const char *depfile;		/* -MF FILE */
	const char *dep_target;		/* -MT TARGET */
	bool write_depfile;		/* -MD (or -MF) */
	bool dep_phony;			/* -MP */
	const char *llvm;		/* --llvm PATH: the libLLVM to compile with */
	const char *exe;		/* irbpf's executable, NULL: this process's */
	const char *llvm_lib;		/* the libLLVM running, NULL: the built-in */
	struct response_args args;	/* the command line with @FILEs expanded */
};

#endif

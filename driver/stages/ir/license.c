// SPDX-License-Identifier: MIT
/*
 * The "license" and "version" sections: what the program declares is kept
 * (and stays visible to loaders), --license/--kversion fill in what it
 * does not declare, and a program without any licence is an error here
 * rather than a verifier rejection at load time.
 */
#include "stages/ir/license.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"
#include "llvm/irconst.h"
#include "stages/ir/rust.h"
#include "stages/ir/sections.h"
#include "stages/stages.h"

int license_parse_kversion(const char *arg, uint32_t *out)
{
	unsigned long a = 0, b = 0, c = 0;
	char *end;
	int n;

	if (strchr(arg, '.')) {
		char tail;

		n = sscanf(arg, "%lu.%lu.%lu%c", &a, &b, &c, &tail);
		if ((n == 2 || n == 3) && a <= 0xffff && b <= 0xff) {
			*out = (uint32_t)((a << 16) + (b << 8) + (c > 255 ? 255 : c));
			return 0;
		}
	} else if (*arg) {
		errno = 0;
		a = strtoul(arg, &end, 0);
		if (!errno && !*end && a <= 0xffffffffUL) {
			*out = (uint32_t)a;
			return 0;
		}
	}
	diag_error("invalid value '%s' for --kversion (expected MAJOR.MINOR[.PATCH] or a number)",
		   arg);
	return 1;
}

int license_is_gpl_compatible(const char *license)
{
	static const char *const gpl[] = {
		"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
		"Dual MIT/GPL", "Dual MPL/GPL",
	};

	for (size_t i = 0; i < sizeof(gpl) / sizeof(gpl[0]); i++)
		if (!strcmp(license, gpl[i]))
			return 1;
	return 0;
}

static int in_section(LLVMValueRef g, const char *sec)
{
	const char *s = LLVMGetSection(g);

	return !LLVMIsDeclaration(g) && s && !strcmp(s, sec);
}

char *license_of_module(LLVMModuleRef mod, LLVMTargetDataRef td)
{
	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g))
		if (in_section(g, "license"))
			return irconst_global_string(td, g);
	return NULL;
}

/* Loaders read these sections by name: keep them out of internalize's
 * and global DCE's reach, as C's non-static globals are. */
static void make_loader_visible(LLVMValueRef g)
{
	LLVMLinkage l = LLVMGetLinkage(g);

	if (l == LLVMInternalLinkage || l == LLVMPrivateLinkage)
		LLVMSetLinkage(g, LLVMExternalLinkage);
	LLVMSetVisibility(g, LLVMDefaultVisibility);
	LLVMSetUnnamedAddress(g, LLVMNoUnnamedAddr);
}

static int symbol_taken(LLVMModuleRef mod, const char *name)
{
	return LLVMGetNamedGlobal(mod, name) || LLVMGetNamedFunction(mod, name);
}

static LLVMValueRef add_section_global(LLVMModuleRef mod, LLVMValueRef init,
				       const char *name, const char *sec, unsigned align)
{
	LLVMValueRef g;

	if (symbol_taken(mod, name)) {
		diag_error("cannot add section '%s': symbol '%s' already exists", sec, name);
		return NULL;
	}
	g = LLVMAddGlobal(mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetSection(g, sec);
	LLVMSetAlignment(g, align);
	return g;
}

/* Every "license" global must hold the same string; returns it or NULL. */
static char *declared_license(LLVMModuleRef mod, LLVMTargetDataRef td, int *bad)
{
	char *first = NULL;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		char *s;

		if (!in_section(g, "license"))
			continue;
		make_loader_visible(g);
		s = irconst_global_string(td, g);
		if (!s) {
			diag_error("licence '%s' in section 'license' is not a NUL-terminated string",
				   LLVMGetValueName(g));
			*bad = 1;
		} else if (first && strcmp(first, s)) {
			diag_error("conflicting licences '%s' and '%s' (symbol '%s')", first, s,
				   LLVMGetValueName(g));
			*bad = 1;
		}
		if (!first) {
			first = s;
			s = NULL;
		}
		free(s);
	}
	return first;
}

static int ensure_license(struct irbpf_ctx *ctx, LLVMTargetDataRef td)
{
	const char *want = ctx->opts->license;
	int bad = 0;
	char *have = declared_license(ctx->module, td, &bad);

	if (have || bad) {
		char msg[1024];

		if (have && want && strcmp(have, want)) {
			snprintf(msg, sizeof(msg), "--license='%s' ignored: the program declares "
				 "licence '%s'", want, have);
			bad |= diag_warn(&ctx->diag, ctx->opts->werror, msg);
		}
		free(have);
		return bad ? -1 : 0;
	}
	if (!want) {
		diag_error("no licence: the program has no 'license' section; declare one "
			   "(%s) or pass --license=GPL", rust_program(ctx) ?
			   "#[no_mangle] #[link_section = \"license\"] pub static LICENSE: "
			   "[u8; 4] = *b\"GPL\\0\";" :
			   "char LICENSE[] SEC(\"license\") = \"GPL\";");
		return -1;
	}
	return add_section_global(ctx->module,
				  LLVMConstStringInContext2(ctx->llvm, want, strlen(want), 0),
				  "LICENSE", "license", 1) ? 0 : -1;
}

static int ensure_version(struct irbpf_ctx *ctx, LLVMTargetDataRef td)
{
	const struct irbpf_options *opts = ctx->opts;
	int found = 0, bad = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(ctx->module); g; g = LLVMGetNextGlobal(g)) {
		uint8_t v[4];

		if (!in_section(g, "version"))
			continue;
		found = 1;
		make_loader_visible(g);
		if (irconst_global_size(td, g) != 4 ||
		    irconst_bytes(td, LLVMGetInitializer(g), v, sizeof(v))) {
			diag_error("section 'version' ('%s') must hold one 4-byte integer "
				   "(KERNEL_VERSION)", LLVMGetValueName(g));
			bad = 1;
			continue;
		}
		uint32_t have = (uint32_t)v[0] | (uint32_t)v[1] << 8 | (uint32_t)v[2] << 16 |
				(uint32_t)v[3] << 24;
		if (opts->has_kversion && have != opts->kversion) {
			char msg[128];

			snprintf(msg, sizeof(msg), "--kversion ignored: the program declares "
				 "version 0x%x", have);
			bad |= diag_warn(&ctx->diag, ctx->opts->werror, msg) ? 1 : 0;
		}
	}
	if (bad)
		return -1;
	if (found || !opts->has_kversion)
		return 0;
	return add_section_global(ctx->module,
				  LLVMConstInt(LLVMInt32TypeInContext(ctx->llvm),
					       opts->kversion, 0),
				  "_version", "version", 4) ? 0 : -1;
}

/* Without a program the internalize stage has the better error to give. */
static int has_program(LLVMModuleRef mod)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn) && sections_is_program(LLVMGetSection(fn)))
			return 1;
	return 0;
}

int stage_license(struct irbpf_ctx *ctx)
{
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(ctx->module);
	int err;

	if (!has_program(ctx->module))
		return 0;
	err = ensure_license(ctx, td);

	err |= ensure_version(ctx, td);
	return err ? -1 : 0;
}

// SPDX-License-Identifier: MIT
/* Stage --verify: the kernel's verifier checks the object in memory
 * before it is written; a rejection is a build error. */
#include <string.h>

#include "stages/stages.h"
#include "verify/verify.h"

/* Without bpf() there is nothing to check against: say so, and go on
 * unless the build asked for the check (--verify=require). */
static int verifier_unavailable(const struct irbpf_options *opts, int err)
{
	if (opts->verify == IRBPF_VERIFY_REQUIRE) {
		diag_error("--verify=require: bpf() is not permitted here (%s)", strerror(-err));
		return -1;
	}
	diag_note("--verify skipped: bpf() is not permitted here (%s)", strerror(-err));
	return 0;
}

int stage_verify(struct irbpf_ctx *ctx)
{
	const struct irbpf_options *opts = ctx->opts;
	struct irbpf_source src = { .path = opts->output };
	struct verify_object vo;
	unsigned failures;
	int err;

	if (opts->verify == IRBPF_VERIFY_OFF)
		return 0;
	err = irbpf_loader_probe();
	if (err)
		return verifier_unavailable(opts, err);
	irbpf_loader_libbpf_messages(false);

	src.data = LLVMGetBufferStart(ctx->result);
	src.size = LLVMGetBufferSize(ctx->result);
	verify_object_run(&src, NULL, &vo);
	failures = verify_object_failures(&vo);
	if (failures) {
		verify_report_failures(&vo);
		diag_error("the kernel verifier rejected the object (--verify); '%s' not written",
			   opts->output);
	} else if (opts->verbose) {
		verify_report_brief(stderr, &vo);
	}
	verify_object_free(&vo);
	return failures ? -1 : 0;
}

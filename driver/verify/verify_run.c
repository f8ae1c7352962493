// SPDX-License-Identifier: MIT
/* One object through the kernel's verifier, rejections explained. */
#include "verify/verify.h"
#include "verify/verify_stack.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* "deep 304 + inner 304" from the per-subprogram stack depths. */
static void describe_stack(const struct verify_source *vs,
			   const struct irbpf_prog_check *c, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned k = 0; k < c->stats.n_subprogs && len < size; k++) {
		const char *name = verify_source_subprog(vs, c, k);
		int n = snprintf(buf + len, size - len, "%s%s %u", k ? " + " : "",
				 name ? name : "?", c->stats.subprog_stack[k]);

		if (n < 0)
			break;
		len += (size_t)n;
	}
}

static void explain(const struct verify_source *vs, const struct irbpf_prog_check *c,
		    struct verify_diag *d, bool rust)
{
	struct irbpf_log_summary *sum = &d->sum;

	if (irbpf_log_summarise(c->log, sum))
		snprintf(sum->error, sizeof(sum->error), "rejected, with no error in the log");
	/* Checks made after the walk name no insn: the stack size one is
	 * traced to its call; others point at the program's entry, like a
	 * compiler at the function. */
	d->insn = sum->insn;
	if (d->insn < 0 && strstr(sum->error, "combined stack size"))
		d->insn = verify_stack_call_site(c);
	verify_source_locate(vs, c, d->insn >= 0 ? d->insn : 0, &d->loc);
	for (unsigned i = 0; i < sum->n_regs; i++)
		verify_source_locate(vs, c, sum->regs[i].insn, &d->reg_loc[i]);
	d->hint = verify_hint(sum->error, rust);
	for (unsigned i = 0; !d->hint && i < sum->n_details; i++)
		d->hint = verify_hint(sum->details[i], rust);
	if (strstr(sum->error, "stack") && c->stats.n_subprogs > 1)
		describe_stack(vs, c, d->stack, sizeof(d->stack));
}

static void fail_object(struct verify_object *vo, int err, const char *what)
{
	char reason[128];

	/* libbpf has error codes of its own (bad ELF, relocation...). */
	libbpf_strerror(err, reason, sizeof(reason));
	vo->err = err;
	snprintf(vo->error, sizeof(vo->error), "%s: %s", what, reason);
}

/* Damage libbpf would trip over (bad ids, offsets, section headers). */
static int check_structure(struct verify_object *vo)
{
	int err = irbpf_object_validate(&vo->src, vo->error, sizeof(vo->error));

	if (err)
		vo->err = err;
	return err;
}

/* The kernel's verdict on the BTF; an object it rejects is not loaded. */
static int check_btf(struct verify_object *vo)
{
	struct bpf_object *obj = irbpf_object_open(&vo->src);
	char *log = NULL, line[IRBPF_LOG_LINE - 16];
	int err;

	if (!obj) {
		fail_object(vo, -errno, "cannot open BPF object");
		return -1;
	}
	err = irbpf_object_check_btf(obj, &log);
	bpf_object__close(obj);
	if (!err)
		return 0;
	if (!log) {
		fail_object(vo, err, "cannot load the object's BTF");
		return -1;
	}
	irbpf_btf_log_error(log, line, sizeof(line));
	free(log);
	vo->err = err;
	vo->hint = verify_btf_hint(vo->rust);
	snprintf(vo->error, sizeof(vo->error), "invalid BTF: %s", line);
	return -1;
}

static void explain_rejections(struct verify_object *vo, const struct verify_source *vs)
{
	for (size_t i = 0; i < vo->n_checks; i++)
		if (vo->checks[i].rejected)
			explain(vs, &vo->checks[i], &vo->diags[i], vo->rust);
}

static void run_checks(const struct irbpf_source *src, const char *only,
		       struct verify_object *vo, const struct verify_source *vs)
{
	int err;

	if (check_btf(vo))
		return;
	err = irbpf_verify_object(src, only, &vo->checks, &vo->n_checks);
	if (err == -ENOENT && only) {
		vo->err = err;
		snprintf(vo->error, sizeof(vo->error), "no program named '%s'", only);
		return;
	}
	if (err) {
		fail_object(vo, err, "cannot open BPF object");
		return;
	}
	if (!vo->n_checks) {
		vo->err = -ENOENT;
		snprintf(vo->error, sizeof(vo->error), "no BPF programs in the object");
		return;
	}
	vo->diags = calloc(vo->n_checks ? vo->n_checks : 1, sizeof(*vo->diags));
	if (!vo->diags) {
		fail_object(vo, -ENOMEM, "cannot explain the verifier's verdict");
		return;
	}
	explain_rejections(vo, vs);
}

void verify_object_run(const struct irbpf_source *src, const char *only,
		       struct verify_object *vo)
{
	struct verify_source *vs;

	memset(vo, 0, sizeof(*vo));
	vo->src = *src;
	vo->path = src->path;
	/* before anything reads the object's BTF */
	if (check_structure(vo))
		return;
	vs = verify_source_open(src->data, src->size);
	vo->rust = verify_source_is_rust(vs);
	run_checks(src, only, vo, vs);
	verify_source_close(vs);
}

void verify_object_free(struct verify_object *vo)
{
	irbpf_prog_checks_free(vo->checks, vo->n_checks);
	free(vo->diags);
	memset(vo, 0, sizeof(*vo));
}

unsigned verify_object_failures(const struct verify_object *vo)
{
	unsigned n = vo->err ? 1 : 0;

	for (size_t i = 0; i < vo->n_checks; i++)
		n += vo->checks[i].err != 0;
	return n;
}

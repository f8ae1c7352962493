// SPDX-License-Identifier: MIT
/*
 * loadobj: loads an object the way a loader does, through irbpf_loader
 * (irbpf_object_load: the verifier log is requested only on failure),
 * and prints what the library reports.
 *
 *   loadobj OBJ [--mem]
 *
 * Prints "loaded N programs" and exits 0, or prints the rejected
 * program, the summary of its log and the log's size, and exits 1.
 * --mem opens the object from memory instead of from the file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"

static void *slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	void *data = NULL;
	long len;

	if (!f)
		return NULL;
	if (!fseek(f, 0, SEEK_END) && (len = ftell(f)) > 0 && !fseek(f, 0, SEEK_SET)) {
		data = malloc((size_t)len);
		if (data && fread(data, 1, (size_t)len, f) != (size_t)len) {
			free(data);
			data = NULL;
		}
		*size = (size_t)len;
	}
	fclose(f);
	return data;
}

static void print_failure(const struct irbpf_load_failure *fail)
{
	struct irbpf_log_summary sum;

	if (!fail->prog || !fail->log) {
		puts("failed before any program was loaded");
		return;
	}
	printf("rejected: %s\n", bpf_program__name(fail->prog));
	printf("log: %zu bytes\n", strlen(fail->log));
	if (irbpf_log_summarise(fail->log, &sum))
		return;
	printf("error: %s\n", sum.error);
	printf("insn: %d %s\n", sum.insn, sum.insn_text);
	for (unsigned i = 0; i < sum.n_regs; i++)
		printf("reg: %s (insn %d)\n", sum.regs[i].state, sum.regs[i].insn);
}

int main(int argc, char **argv)
{
	struct irbpf_source src = { 0 };
	struct irbpf_load_failure fail;
	struct bpf_program *prog;
	struct bpf_object *obj;
	void *data = NULL;
	int err, n = 0;

	if (argc < 2) {
		fputs("usage: loadobj OBJ [--mem]\n", stderr);
		return 2;
	}
	if (irbpf_loader_probe())
		return 77;
	irbpf_loader_libbpf_messages(false);
	src.path = argv[1];
	if (argc > 2 && !strcmp(argv[2], "--mem")) {
		data = slurp(argv[1], &src.size);
		if (!data)
			return 2;
		src.data = data;
	}
	obj = irbpf_object_open(&src);
	if (!obj) {
		printf("cannot open: %s\n", strerror(errno));
		free(data);
		return 1;
	}
	err = irbpf_object_load(obj, &fail);
	if (err)
		print_failure(&fail);
	bpf_object__for_each_program(prog, obj)
		n += bpf_program__fd(prog) >= 0;
	if (!err)
		printf("loaded %d programs\n", n);
	irbpf_load_failure_free(&fail);
	bpf_object__close(obj);
	free(data);
	return err ? 1 : 0;
}

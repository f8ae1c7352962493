// SPDX-License-Identifier: MIT
/*
 * cargo irbpf build: cargo rustc with what a BPF program needs, then irbpf
 * on the bitcode.
 *
 * The crate is built for the host with fat LTO (a library as a staticlib),
 * so the one bitcode file rustc writes already holds the used parts of
 * `core` and of every dependency; panic = "abort" and one codegen unit
 * keep it free of unwinding and whole. All of it goes through `cargo
 * rustc` flags and `--config` profile overrides: the user's Cargo.toml
 * stays as it is.
 */
#include "build.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "metadata.h"
#include "process.h"
#include "report.h"
#include "toolchain.h"

/* Profile settings (besides the crate type) the program is built with.
 * Debug assertions and overflow checks add panic paths the verifier
 * rejects, so the dev profile loses them as the release one has. Full
 * debug info gives irbpf's diagnostics a file and line, and the types
 * of map keys and values that go into the object's BTF. */
static const char *const profile_settings[] = {
	"lto=\"fat\"", "panic=\"abort\"", "codegen-units=1", "incremental=false",
	"debug=\"full\"", "debug-assertions=false", "overflow-checks=false",
};

struct build {
	const struct build_options *opts;
	struct crate_info crate;
	char irbpf[PATH_MAX];
	char bitcode[PATH_MAX];
	char output[PATH_MAX];
	char emit_arg[PATH_MAX + 32];
	char settings[sizeof(profile_settings) / sizeof(profile_settings[0])][64];
};

static const char *profile_name(const struct build *b)
{
	return b->opts->release ? "release" : "dev";
}

static const char *profile_dir(const struct build *b)
{
	return b->opts->release ? "release" : "debug";
}

/* `cargo rustc` for the selected target, without the bitcode output
 * argument. */
static void cargo_rustc_command(struct build *b, struct argv_list *cmd)
{
	const struct build_options *opts = b->opts;

	argv_add(cmd, metadata_cargo());
	argv_add(cmd, "rustc");
	if (b->crate.bin) {
		argv_add(cmd, "--bin");
		argv_add(cmd, b->crate.bin);
	} else {
		argv_add(cmd, "--lib");
	}
	argv_add(cmd, "-p");
	argv_add(cmd, b->crate.package);
	if (opts->manifest_path) {
		argv_add(cmd, "--manifest-path");
		argv_add(cmd, opts->manifest_path);
	}
	if (opts->release)
		argv_add(cmd, "--release");
	argv_add(cmd, "--target-dir");
	argv_add(cmd, b->crate.target_dir);
	for (size_t i = 0; i < opts->n_cargo_args; i++)
		argv_add(cmd, opts->cargo_args[i]);
	if (!b->crate.bin) {
		argv_add(cmd, "--crate-type");
		argv_add(cmd, "staticlib");
	}
	for (size_t i = 0; i < sizeof(profile_settings) / sizeof(profile_settings[0]); i++) {
		snprintf(b->settings[i], sizeof(b->settings[i]), "profile.%s.%s",
			 profile_name(b), profile_settings[i]);
		argv_add(cmd, "--config");
		argv_add(cmd, b->settings[i]);
	}
}

/*
 * Where rustc writes the bitcode. The name carries a hash of the cargo
 * command: cargo rebuilds a crate whenever the command (which includes
 * this path) changes, so a crate cargo finds up to date has its bitcode
 * here from the build with exactly these options, not from one with
 * other features or settings.
 */
static int bitcode_path(struct build *b, const struct argv_list *cmd)
{
	uint64_t h = 0xcbf29ce484222325ull;	/* FNV-1a */
	char dir[PATH_MAX];

	for (size_t i = 1; i < cmd->n; i++)	/* not cargo's path */
		for (const char *c = cmd->argv[i]; ; c++) {
			h = (h ^ (unsigned char)*c) * 0x100000001b3ull;
			if (!*c)
				break;
		}
	snprintf(dir, sizeof(dir), "%s/bpf", b->crate.target_dir);
	if (mkdir(b->crate.target_dir, 0777) && errno != EEXIST)
		goto fail;
	if (mkdir(dir, 0777) && errno != EEXIST)
		goto fail;
	snprintf(dir, sizeof(dir), "%s/bpf/%s", b->crate.target_dir, profile_dir(b));
	if (mkdir(dir, 0777) && errno != EEXIST)
		goto fail;
	if (snprintf(b->bitcode, sizeof(b->bitcode), "%s/%s-%016llx.bc", dir, b->crate.crate,
		     (unsigned long long)h) >= (int)sizeof(b->bitcode)) {
		errno = ENAMETOOLONG;
		goto fail;
	}
	snprintf(b->emit_arg, sizeof(b->emit_arg), "--emit=llvm-bc=%s", b->bitcode);
	return 0;
fail:
	report_error("cannot create '%s': %s", dir, strerror(errno));
	return -1;
}

static int run_cargo(const char *const *argv)
{
	int status = process_run(argv);

	if (status < 0)
		report_error("cannot run '%s': %s", argv[0], strerror(errno));
	return status;
}

/* cargo does not rebuild a crate it finds up to date when only the
 * bitcode was deleted: clean the package, once, and build again. */
static int clean_package(struct build *b)
{
	struct argv_list cmd = { 0 };
	int status;

	argv_add(&cmd, metadata_cargo());
	argv_add(&cmd, "clean");
	argv_add(&cmd, "-q");
	argv_add(&cmd, "-p");
	argv_add(&cmd, b->crate.package);
	if (b->opts->manifest_path) {
		argv_add(&cmd, "--manifest-path");
		argv_add(&cmd, b->opts->manifest_path);
	}
	if (b->opts->release)
		argv_add(&cmd, "--release");
	argv_add(&cmd, "--target-dir");
	argv_add(&cmd, b->crate.target_dir);
	status = cmd.failed ? -1 : run_cargo(cmd.argv);
	argv_free(&cmd);
	return status;
}

static int build_bitcode(struct build *b)
{
	struct argv_list cmd = { 0 };
	int status = -1;

	cargo_rustc_command(b, &cmd);
	if (cmd.failed || bitcode_path(b, &cmd))
		goto out;
	argv_add(&cmd, "--");
	argv_add(&cmd, b->emit_arg);
	/* A #![no_main] binary has no entry point for the C start files to
	 * call; rustc still links the executable, which nobody uses. */
	if (b->crate.bin)
		argv_add(&cmd, "-Clink-arg=-nostartfiles");
	if (cmd.failed)
		goto out;
	status = run_cargo(cmd.argv);
	if (status == 0 && access(b->bitcode, R_OK)) {
		status = clean_package(b);
		if (status == 0)
			status = run_cargo(cmd.argv);
	}
	if (status == 0 && access(b->bitcode, R_OK)) {
		report_error("cargo finished but rustc wrote no bitcode at '%s'", b->bitcode);
		status = -1;
	}
out:
	if (cmd.failed)
		report_error("out of memory");
	argv_free(&cmd);
	return status;
}

static int run_irbpf(struct build *b)
{
	const struct build_options *opts = b->opts;
	struct argv_list cmd = { 0 };
	int status;

	if (opts->output)
		snprintf(b->output, sizeof(b->output), "%s", opts->output);
	else
		snprintf(b->output, sizeof(b->output), "%s/bpf/%s.o", b->crate.target_dir,
			 b->crate.crate);
	argv_add(&cmd, b->irbpf);
	argv_add(&cmd, b->bitcode);
	argv_add(&cmd, "-o");
	argv_add(&cmd, b->output);
	for (size_t i = 0; i < opts->n_irbpf_args; i++)
		argv_add(&cmd, opts->irbpf_args[i]);
	status = cmd.failed ? -1 : process_run(cmd.argv);
	if (status < 0)
		report_error("cannot run '%s': %s", b->irbpf, cmd.failed ? "out of memory"
								   : strerror(errno));
	argv_free(&cmd);
	return status;
}

static int exit_status(int status)
{
	return status < 0 ? 1 : status;
}

int build_run(const struct build_options *opts)
{
	struct build *b = calloc(1, sizeof(*b));
	int status;

	if (!b) {
		report_error("out of memory");
		return 1;
	}
	b->opts = opts;
	if (toolchain_find_irbpf(b->irbpf, sizeof(b->irbpf))) {
		free(b);
		return 1;
	}
	status = metadata_select(opts, &b->crate);
	if (!status)
		status = build_bitcode(b);
	if (!status) {
		toolchain_export_rustc();
		status = run_irbpf(b);
	}
	if (!status)
		printf("%s\n", b->output);
	crate_info_free(&b->crate);
	free(b);
	return exit_status(status);
}

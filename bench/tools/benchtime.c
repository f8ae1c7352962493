// SPDX-License-Identifier: MIT
/*
 * benchtime: time command sequences side by side, interleaved.
 *
 *   benchtime [-n RUNS] [-w WARMUP] [-j JSON] NAME=FILE...
 *
 * Each FILE holds one case: commands, one per line, split into words the
 * way the shell would (quotes, $VAR; no command substitution), run in
 * order without a shell. Blank lines and lines starting with '#' are
 * skipped. Each round runs every case once, the order rotating from round
 * to round, so machine noise hits all cases alike; WARMUP rounds (default
 * 1) are not counted. A case's time is the wall time of its whole command
 * sequence; its CPU time the user+system time of its commands.
 *
 * Prints per case "case NAME WALL_MEDIAN WALL_MIN WALL_MAX CPU_MEDIAN"
 * (milliseconds) and, for two cases, "ratio MEDIAN MIN MAX CPU_MEDIAN" of
 * the first over the second, paired by round. -j writes the same as JSON
 * with every sample. A failing command stops everything: its stderr is
 * shown and the exit status is 1.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <wordexp.h>

extern char **environ;

struct bench_case {
	const char *name;
	wordexp_t *cmds;
	size_t n_cmds;
	double *wall;		/* ms per counted round */
	double *cpu;
};

struct bench {
	unsigned runs, warmup;
	const char *json;
	struct bench_case *cases;
	size_t n_cases;
	int err_fd;		/* stderr of the running command */
};

struct summary {
	double median, min, max;
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double tv_ms(struct timeval tv)
{
	return (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static struct summary summarize(const double *v, size_t n)
{
	struct summary s = { 0, 0, 0 };
	double *sorted = malloc(n * sizeof(*sorted));

	if (!sorted || !n) {
		free(sorted);
		return s;
	}
	memcpy(sorted, v, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), cmp_double);
	s.min = sorted[0];
	s.max = sorted[n - 1];
	s.median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	free(sorted);
	return s;
}

static int parse_line(struct bench_case *c, char *line, const char *path, unsigned lineno)
{
	wordexp_t *cmd;
	int err;

	line[strcspn(line, "\n")] = '\0';
	line += strspn(line, " \t");
	if (!*line || *line == '#')
		return 0;
	cmd = realloc(c->cmds, (c->n_cmds + 1) * sizeof(*cmd));
	if (!cmd)
		return -1;
	c->cmds = cmd;
	err = wordexp(line, &c->cmds[c->n_cmds], WRDE_NOCMD);
	if (err || !c->cmds[c->n_cmds].we_wordc) {
		fprintf(stderr, "benchtime: %s:%u: cannot split command (wordexp %d)\n",
			path, lineno, err);
		if (!err)
			wordfree(&c->cmds[c->n_cmds]);
		return -1;
	}
	c->n_cmds++;
	return 0;
}

static int load_case(struct bench_case *c, char *spec, unsigned rounds)
{
	char *eq = strchr(spec, '='), *line = NULL;
	size_t cap = 0;
	unsigned lineno = 0;
	FILE *f;
	int ret = 0;

	if (!eq || eq == spec) {
		fprintf(stderr, "benchtime: expected NAME=FILE, got '%s'\n", spec);
		return -1;
	}
	*eq = '\0';
	c->name = spec;
	c->wall = calloc(rounds, sizeof(double));
	c->cpu = calloc(rounds, sizeof(double));
	f = fopen(eq + 1, "r");
	if (!f || !c->wall || !c->cpu) {
		fprintf(stderr, "benchtime: %s: %s\n", eq + 1, strerror(errno));
		if (f)
			fclose(f);
		return -1;
	}
	while (!ret && getline(&line, &cap, f) > 0)
		ret = parse_line(c, line, eq + 1, ++lineno);
	free(line);
	fclose(f);
	if (!ret && !c->n_cmds) {
		fprintf(stderr, "benchtime: %s: no commands\n", eq + 1);
		ret = -1;
	}
	return ret;
}

static void show_failure(const struct bench *b, char **argv, const char *why)
{
	char buf[4096];
	ssize_t n;

	fprintf(stderr, "benchtime: command failed (%s):", why);
	for (char **a = argv; *a; a++)
		fprintf(stderr, " %s", *a);
	fputc('\n', stderr);
	lseek(b->err_fd, 0, SEEK_SET);
	while ((n = read(b->err_fd, buf, sizeof(buf))) > 0)
		fwrite(buf, 1, (size_t)n, stderr);
}

/* Runs one command, stdout discarded, stderr kept for a failure report;
 * adds its user+system time to *cpu. */
static int run_command(struct bench *b, char **argv, double *cpu)
{
	posix_spawn_file_actions_t fa;
	struct rusage ru;
	char why[64];
	pid_t pid;
	int status, err;

	if (ftruncate(b->err_fd, 0) || lseek(b->err_fd, 0, SEEK_SET))
		return -1;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, b->err_fd, 2);
	err = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err) {
		snprintf(why, sizeof(why), "%s", strerror(err));
		show_failure(b, argv, why);
		return -1;
	}
	if (wait4(pid, &status, 0, &ru) < 0)
		return -1;
	*cpu += tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		snprintf(why, sizeof(why), "exit %d", WEXITSTATUS(status));
	else
		snprintf(why, sizeof(why), "signal %d", WTERMSIG(status));
	show_failure(b, argv, why);
	return -1;
}

static int run_case(struct bench *b, struct bench_case *c, double *wall, double *cpu)
{
	double start = now_ms();

	*cpu = 0;
	for (size_t i = 0; i < c->n_cmds; i++)
		if (run_command(b, c->cmds[i].we_wordv, cpu))
			return -1;
	*wall = now_ms() - start;
	return 0;
}

static int run_rounds(struct bench *b)
{
	for (unsigned r = 0; r < b->warmup + b->runs; r++) {
		for (size_t k = 0; k < b->n_cases; k++) {
			struct bench_case *c = &b->cases[(k + r) % b->n_cases];
			double wall, cpu;

			if (run_case(b, c, &wall, &cpu))
				return -1;
			if (r >= b->warmup) {
				c->wall[r - b->warmup] = wall;
				c->cpu[r - b->warmup] = cpu;
			}
		}
	}
	return 0;
}

static void paired_ratio(const struct bench *b, const double *(*pick)(const struct bench_case *),
			 double *out)
{
	const double *x = pick(&b->cases[0]), *y = pick(&b->cases[1]);

	for (unsigned i = 0; i < b->runs; i++)
		out[i] = y[i] > 0 ? x[i] / y[i] : 0;
}

static const double *pick_wall(const struct bench_case *c) { return c->wall; }
static const double *pick_cpu(const struct bench_case *c) { return c->cpu; }

static void json_summary(FILE *f, const char *key, struct summary s)
{
	fprintf(f, "\"%s\": {\"median\": %.4f, \"min\": %.4f, \"max\": %.4f}", key,
		s.median, s.min, s.max);
}

static void json_samples(FILE *f, const char *key, const double *v, unsigned n)
{
	fprintf(f, "\"%s\": [", key);
	for (unsigned i = 0; i < n; i++)
		fprintf(f, "%s%.3f", i ? ", " : "", v[i]);
	fputc(']', f);
}

static void print_json_cases(const struct bench *b, FILE *f)
{
	fputs("\"cases\": [", f);
	for (size_t k = 0; k < b->n_cases; k++) {
		const struct bench_case *c = &b->cases[k];

		fprintf(f, "%s\n    {\"name\": \"%s\", ", k ? "," : "", c->name);
		json_summary(f, "wall_ms", summarize(c->wall, b->runs));
		fputs(", ", f);
		json_summary(f, "cpu_ms", summarize(c->cpu, b->runs));
		fputs(", ", f);
		json_samples(f, "wall_samples_ms", c->wall, b->runs);
		fputs(", ", f);
		json_samples(f, "cpu_samples_ms", c->cpu, b->runs);
		fputc('}', f);
	}
	fputs("]", f);
}

static int report(const struct bench *b)
{
	double *ratio = calloc(b->runs, sizeof(double));
	double *cpu_ratio = calloc(b->runs, sizeof(double));
	struct summary rw = { 0, 0, 0 }, rc = { 0, 0, 0 };
	FILE *f = NULL;
	int ret = -1;

	if (!ratio || !cpu_ratio)
		goto out;
	for (size_t k = 0; k < b->n_cases; k++) {
		const struct bench_case *c = &b->cases[k];
		struct summary w = summarize(c->wall, b->runs);

		printf("case %s %.3f %.3f %.3f %.3f\n", c->name, w.median, w.min, w.max,
		       summarize(c->cpu, b->runs).median);
	}
	if (b->n_cases == 2) {
		paired_ratio(b, pick_wall, ratio);
		paired_ratio(b, pick_cpu, cpu_ratio);
		rw = summarize(ratio, b->runs);
		rc = summarize(cpu_ratio, b->runs);
		printf("ratio %.4f %.4f %.4f %.4f\n", rw.median, rw.min, rw.max, rc.median);
	}
	ret = 0;
	if (!b->json)
		goto out;
	f = fopen(b->json, "w");
	if (!f) {
		fprintf(stderr, "benchtime: %s: %s\n", b->json, strerror(errno));
		ret = -1;
		goto out;
	}
	fprintf(f, "{\"runs\": %u, \"warmup\": %u, ", b->runs, b->warmup);
	print_json_cases(b, f);
	if (b->n_cases == 2) {
		fputs(",\n  ", f);
		json_summary(f, "ratio", rw);
		fputs(", ", f);
		json_summary(f, "cpu_ratio", rc);
	}
	fputs("}\n", f);
	ret = fclose(f) ? -1 : 0;
out:
	free(ratio);
	free(cpu_ratio);
	return ret;
}

static void free_cases(struct bench *b)
{
	for (size_t k = 0; k < b->n_cases; k++) {
		for (size_t i = 0; i < b->cases[k].n_cmds; i++)
			wordfree(&b->cases[k].cmds[i]);
		free(b->cases[k].cmds);
		free(b->cases[k].wall);
		free(b->cases[k].cpu);
	}
	free(b->cases);
}

static int parse_args(struct bench *b, int argc, char **argv)
{
	int opt;

	while ((opt = getopt(argc, argv, "n:w:j:")) != -1) {
		switch (opt) {
		case 'n':
			b->runs = (unsigned)atoi(optarg);
			break;
		case 'w':
			b->warmup = (unsigned)atoi(optarg);
			break;
		case 'j':
			b->json = optarg;
			break;
		default:
			return -1;
		}
	}
	if (b->runs < 1 || optind == argc)
		return -1;
	b->n_cases = (size_t)(argc - optind);
	b->cases = calloc(b->n_cases, sizeof(*b->cases));
	if (!b->cases)
		return -1;
	for (size_t k = 0; k < b->n_cases; k++)
		if (load_case(&b->cases[k], argv[optind + (int)k], b->runs))
			return -1;
	return 0;
}

int main(int argc, char **argv)
{
	struct bench b = { .runs = 7, .warmup = 1, .err_fd = -1 };
	char tmpl[] = "/tmp/benchtime.XXXXXX";
	int ret = 1;

	if (parse_args(&b, argc, argv)) {
		fprintf(stderr, "usage: benchtime [-n RUNS] [-w WARMUP] [-j JSON] NAME=FILE...\n");
		goto out;
	}
	b.err_fd = mkstemp(tmpl);
	if (b.err_fd < 0) {
		perror("benchtime: mkstemp");
		goto out;
	}
	unlink(tmpl);
	if (!run_rounds(&b) && !report(&b))
		ret = 0;
out:
	if (b.err_fd >= 0)
		close(b.err_fd);
	free_cases(&b);
	return ret;
}

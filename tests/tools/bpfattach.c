// SPDX-License-Identifier: MIT
/*
 * bpfattach: load a BPF object with libbpf, attach every program by its
 * section (tracepoints and the like), run a command while attached, then
 * check map contents.
 *
 *   bpfattach OBJ [--map MAP:KEY>=MIN]... [--ringbuf MAP] -- CMD [ARG]...
 *
 * KEY and the value are unsigned integers of the map's key and value
 * size (at most 8 bytes, little-endian). It prints the command's pid
 * ("command pid N"); with --ringbuf, then every record the ring buffer MAP
 * holds once the command is done ("record SIZE HEX"). Exit status: 0 all checks met,
 * 1 failure, 77 when the kernel does not permit bpf() or attaching.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#define EXIT_SKIP 77
#define MAX_LINKS 64

static int print_libbpf(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	return level == LIBBPF_DEBUG ? 0 : vfprintf(stderr, fmt, ap);
}

static int run_command(char **argv)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	if (pid > 0) {
		printf("command pid %d\n", (int)pid);
		fflush(stdout);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* "MAP:KEY>=MIN" */
static int check_map(struct bpf_object *obj, const char *spec)
{
	unsigned long long key, min, got = 0;
	unsigned char kbuf[8] = { 0 }, vbuf[8] = { 0 };
	char name[64];
	struct bpf_map *map;
	size_t ksz, vsz;

	if (sscanf(spec, "%63[^:]:%llu>=%llu", name, &key, &min) != 3) {
		fprintf(stderr, "bpfattach: bad map check '%s'\n", spec);
		return 1;
	}
	map = bpf_object__find_map_by_name(obj, name);
	if (!map) {
		fprintf(stderr, "bpfattach: no map '%s'\n", name);
		return 1;
	}
	ksz = bpf_map__key_size(map);
	vsz = bpf_map__value_size(map);
	if (ksz > 8 || vsz > 8) {
		fprintf(stderr, "bpfattach: map '%s' key or value wider than 8 bytes\n", name);
		return 1;
	}
	for (size_t i = 0; i < ksz; i++)
		kbuf[i] = (unsigned char)(key >> (8 * i));
	if (bpf_map__lookup_elem(map, kbuf, ksz, vbuf, vsz, 0)) {
		fprintf(stderr, "bpfattach: FAIL: %s[%llu] missing\n", name, key);
		return 1;
	}
	for (size_t i = 0; i < vsz; i++)
		got |= (unsigned long long)vbuf[i] << (8 * i);
	printf("map %s[%llu] = %llu\n", name, key, got);
	if (got < min) {
		fprintf(stderr, "bpfattach: FAIL: %s[%llu] = %llu, expected >= %llu\n", name, key,
			got, min);
		return 1;
	}
	return 0;
}

static int print_record(void *ctx, void *data, size_t size)
{
	const unsigned char *p = data;

	(void)ctx;
	printf("record %zu ", size);
	for (size_t i = 0; i < size; i++)
		printf("%02x", p[i]);
	putchar('\n');
	return 0;
}

/* Prints every record ring buffer @name holds. */
static int drain_ringbuf(struct bpf_object *obj, const char *name)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, name);
	struct ring_buffer *rb;
	int n;

	if (!map || bpf_map__type(map) != BPF_MAP_TYPE_RINGBUF) {
		fprintf(stderr, "bpfattach: no ring buffer '%s'\n", name);
		return 1;
	}
	rb = ring_buffer__new(bpf_map__fd(map), print_record, NULL, NULL);
	if (!rb) {
		fprintf(stderr, "bpfattach: cannot read ring buffer '%s': %s\n", name,
			strerror(errno));
		return 1;
	}
	n = ring_buffer__consume(rb);
	ring_buffer__free(rb);
	if (n < 0) {
		fprintf(stderr, "bpfattach: reading ring buffer '%s': %s\n", name, strerror(-n));
		return 1;
	}
	printf("ringbuf %s: %d records\n", name, n);
	return 0;
}

static int attach_all(struct bpf_object *obj, struct bpf_link **links, int *n)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, obj) {
		struct bpf_link *link = bpf_program__attach(prog);

		if (!link) {
			fprintf(stderr, "bpfattach: cannot attach '%s' (%s): %s\n",
				bpf_program__name(prog), bpf_program__section_name(prog),
				strerror(errno));
			return errno == EPERM || errno == EACCES ? EXIT_SKIP : 1;
		}
		if (*n == MAX_LINKS) {
			bpf_link__destroy(link);
			return 1;
		}
		links[(*n)++] = link;
	}
	return 0;
}

static int run(const char *path, char **checks, int n_checks, const char *ringbuf, char **cmd)
{
	struct bpf_link *links[MAX_LINKS];
	struct bpf_object *obj;
	int n_links = 0, ret, err;

	obj = bpf_object__open_file(path, NULL);
	if (!obj) {
		fprintf(stderr, "bpfattach: cannot open %s: %s\n", path, strerror(errno));
		return 1;
	}
	err = bpf_object__load(obj);
	if (err) {
		fprintf(stderr, "bpfattach: cannot load %s: %s\n", path, strerror(-err));
		bpf_object__close(obj);
		return err == -EPERM ? EXIT_SKIP : 1;
	}
	ret = attach_all(obj, links, &n_links);
	if (!ret && run_command(cmd) != 0) {
		fprintf(stderr, "bpfattach: command '%s' failed\n", cmd[0]);
		ret = 1;
	}
	for (int i = 0; !ret && i < n_checks; i++)
		ret |= check_map(obj, checks[i]);
	if (!ret && ringbuf)
		ret = drain_ringbuf(obj, ringbuf);
	while (n_links)
		bpf_link__destroy(links[--n_links]);
	bpf_object__close(obj);
	return ret;
}

int main(int argc, char **argv)
{
	char **checks = calloc((size_t)argc, sizeof(*checks));
	const char *ringbuf = NULL;
	int n_checks = 0, i, ret;

	libbpf_set_print(print_libbpf);
	if (!checks)
		return 1;
	for (i = 2; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strcmp(argv[i], "--map") && i + 1 < argc)
			checks[n_checks++] = argv[++i];
		else if (!strcmp(argv[i], "--ringbuf") && i + 1 < argc)
			ringbuf = argv[++i];
		else
			break;
	}
	if (argc < 2 || i + 1 >= argc || strcmp(argv[i], "--")) {
		fputs("usage: bpfattach OBJ [--map MAP:KEY>=MIN]... [--ringbuf MAP] -- CMD [ARG]...\n",
		      stderr);
		free(checks);
		return 1;
	}
	ret = run(argv[1], checks, n_checks, ringbuf, argv + i + 1);
	free(checks);
	return ret;
}

// SPDX-License-Identifier: MIT
/*
 * bpfrun: load a BPF object with libbpf, run one program with
 * BPF_PROG_TEST_RUN and check its return value and map contents.
 *
 *   bpfrun --probe                 exit 0 if bpf() is usable, 77 if not
 *   bpfrun OBJ PROG [--in HEX | --in-size N] [--repeat N] [--ret N]
 *          [--expect MAP:KEY=VALUE]... [--dump MAP:KEY]... [--run-only]
 *
 *   --set MAP:KEY=VALUE  store VALUE under KEY before the run
 *   --map MAP:KEY[=VALUE]  after the run, look KEY up (and compare); a
 *          per-CPU map's value is the sum over all CPUs
 *   --map-info MAP:TYPE:KEY:VALUE:MAX  the map as the kernel created it
 *          (bpf_obj_get_info_by_fd) has this type (libbpf's name, e.g.
 *          "array", or a number), key/value size and max_entries
 *   --allow-btf-reject  accept an object whose BTF the kernel rejected
 *          (by default that fails: libbpf would only warn and go on)
 *
 * KEY and VALUE are unsigned integers (little-endian, the map's key and
 * value size, at most 8 bytes) or hex strings prefixed with "x:".
 * Exit status: 0 all expectations met, 1 mismatch or error, 77 when the
 * kernel does not permit bpf() (tests skip then).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#define EXIT_SKIP 77
#define MAX_BYTES 4096

struct bytes {
	uint8_t data[MAX_BYTES];
	size_t len;
};

static int print_libbpf(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static int bpf_permitted(void)
{
	int ret = libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_SOCKET_FILTER, NULL);

	if (ret == 1)
		return 0;
	fprintf(stderr, "bpfrun: SKIP: bpf() not permitted here (%s); kernel tests skipped\n",
		strerror(ret < 0 ? -ret : EOPNOTSUPP));
	return EXIT_SKIP;
}

static int parse_hex(const char *s, struct bytes *out)
{
	size_t n = strlen(s);

	if (n % 2 || n / 2 > MAX_BYTES)
		return -1;
	for (size_t i = 0; i < n / 2; i++) {
		unsigned v;
		if (sscanf(s + 2 * i, "%2x", &v) != 1)
			return -1;
		out->data[i] = (uint8_t)v;
	}
	out->len = n / 2;
	return 0;
}

/* An integer of @size little-endian bytes, or "x:<hex>" of exactly @size. */
static int parse_value(const char *s, size_t size, struct bytes *out)
{
	char *end;
	unsigned long long v;

	if (!strncmp(s, "x:", 2))
		return parse_hex(s + 2, out) || out->len != size ? -1 : 0;
	if (size > 8)
		return -1;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || *end)
		return -1;
	for (size_t i = 0; i < size; i++)
		out->data[i] = (uint8_t)(v >> (8 * i));
	out->len = size;
	return 0;
}

static void print_value(const uint8_t *p, size_t size)
{
	if (size <= 8) {
		unsigned long long v = 0;
		for (size_t i = 0; i < size; i++)
			v |= (unsigned long long)p[i] << (8 * i);
		printf("%llu", v);
		return;
	}
	printf("x:");
	for (size_t i = 0; i < size; i++)
		printf("%02x", p[i]);
}

static int parse_map_type(const char *s, unsigned *type)
{
	char *end;
	unsigned long v = strtoul(s, &end, 0);

	if (*s && !*end) {
		*type = (unsigned)v;
		return 0;
	}
	for (unsigned t = 1; t < 64; t++) {
		const char *name = libbpf_bpf_map_type_str((enum bpf_map_type)t);

		if (name && !strcmp(name, s)) {
			*type = t;
			return 0;
		}
	}
	return -1;
}

/* "MAP:TYPE:KEY:VALUE:MAX": the kernel's view of the map matches. */
static int check_map_info(struct bpf_object *obj, const char *spec)
{
	char name[256], type_s[64];
	unsigned type, key, value, max;
	struct bpf_map_info info = { 0 };
	__u32 len = sizeof(info);
	struct bpf_map *map;

	if (sscanf(spec, "%255[^:]:%63[^:]:%u:%u:%u", name, type_s, &key, &value, &max) != 5 ||
	    parse_map_type(type_s, &type)) {
		fprintf(stderr, "bpfrun: bad map info spec '%s'\n", spec);
		return 1;
	}
	map = bpf_object__find_map_by_name(obj, name);
	if (!map || bpf_obj_get_info_by_fd(bpf_map__fd(map), &info, &len)) {
		fprintf(stderr, "bpfrun: no map '%s' in the kernel\n", name);
		return 1;
	}
	printf("map %s: type %u (%s) key %u value %u max_entries %u flags 0x%x\n", info.name,
	       info.type, libbpf_bpf_map_type_str((enum bpf_map_type)info.type), info.key_size,
	       info.value_size, info.max_entries, info.map_flags);
	if (info.type != type || info.key_size != key || info.value_size != value ||
	    info.max_entries != max) {
		fprintf(stderr, "bpfrun: FAIL: map %s is not %s\n", name, spec);
		return 1;
	}
	return 0;
}

static bool is_percpu(const struct bpf_map *map)
{
	enum bpf_map_type t = bpf_map__type(map);

	return t == BPF_MAP_TYPE_PERCPU_ARRAY || t == BPF_MAP_TYPE_PERCPU_HASH ||
	       t == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

/* The value under @key; a per-CPU map's (at most 8 bytes) summed over CPUs. */
static int lookup_value(const struct bpf_map *map, const struct bytes *key, struct bytes *got)
{
	size_t vsz = bpf_map__value_size(map), stride = (vsz + 7) / 8 * 8;
	int ncpus = libbpf_num_possible_cpus();
	unsigned long long sum = 0;
	uint8_t *all;

	if (!is_percpu(map))
		return bpf_map__lookup_elem(map, key->data, key->len, got->data, vsz, 0);
	if (ncpus <= 0 || vsz > 8 || !(all = calloc((size_t)ncpus, stride)))
		return -1;
	if (bpf_map__lookup_elem(map, key->data, key->len, all, stride * (size_t)ncpus, 0)) {
		free(all);
		return -1;
	}
	for (int cpu = 0; cpu < ncpus; cpu++)
		for (size_t i = 0; i < vsz; i++)
			sum += (unsigned long long)all[(size_t)cpu * stride + i] << (8 * i);
	free(all);
	for (size_t i = 0; i < vsz; i++)
		got->data[i] = (uint8_t)(sum >> (8 * i));
	return 0;
}

/* Splits "MAP:KEY[=VALUE]" in @name (a copy of @spec) and parses KEY and
 * VALUE to @map's sizes; *@val_s is NULL without a value. */
static int parse_map_spec(struct bpf_object *obj, const char *spec, char *name,
			  struct bpf_map **map, struct bytes *key, struct bytes *want,
			  char **key_s, char **val_s)
{
	size_t ksz, vsz;

	*key_s = strchr(name, ':');
	if (!*key_s) {
		fprintf(stderr, "bpfrun: bad map spec '%s'\n", spec);
		return 1;
	}
	*(*key_s)++ = '\0';
	*val_s = strchr(*key_s, '=');
	if (*val_s)
		*(*val_s)++ = '\0';
	*map = bpf_object__find_map_by_name(obj, name);
	if (!*map) {
		fprintf(stderr, "bpfrun: no map '%s' in object\n", name);
		return 1;
	}
	ksz = bpf_map__key_size(*map);
	vsz = bpf_map__value_size(*map);
	if (vsz > MAX_BYTES || parse_value(*key_s, ksz, key) ||
	    (*val_s && parse_value(*val_s, vsz, want))) {
		fprintf(stderr, "bpfrun: bad key or value in '%s' (key %zu, value %zu bytes)\n",
			spec, ksz, vsz);
		return 1;
	}
	return 0;
}

/* "MAP:KEY=VALUE": stores the value before the run. */
static int set_map_spec(struct bpf_object *obj, const char *spec, char *name)
{
	struct bytes key, value;
	struct bpf_map *map;
	char *key_s, *val_s;

	if (parse_map_spec(obj, spec, name, &map, &key, &value, &key_s, &val_s))
		return 1;
	if (!val_s || is_percpu(map)) {
		fprintf(stderr, "bpfrun: --set needs MAP:KEY=VALUE of a map that is not per-CPU\n");
		return 1;
	}
	if (bpf_map__update_elem(map, key.data, key.len, value.data, value.len, BPF_ANY)) {
		fprintf(stderr, "bpfrun: cannot store %s: %s\n", spec, strerror(errno));
		return 1;
	}
	return 0;
}

/* "MAP:KEY[=VALUE]": looks the key up; compares when a value is given. */
static int check_map_spec(struct bpf_object *obj, const char *spec, char *name)
{
	char *key_s, *val_s;
	struct bytes key, want, got;
	struct bpf_map *map;
	size_t vsz;

	if (parse_map_spec(obj, spec, name, &map, &key, &want, &key_s, &val_s))
		return 1;
	vsz = bpf_map__value_size(map);
	if (lookup_value(map, &key, &got)) {
		printf("map %s[%s] = <none>\n", name, key_s);
		return val_s ? 1 : 0;
	}
	printf("map %s[%s] = ", name, key_s);
	print_value(got.data, vsz);
	putchar('\n');
	if (val_s && memcmp(got.data, want.data, vsz)) {
		fprintf(stderr, "bpfrun: FAIL: map %s[%s] expected %s\n", name, key_s, val_s);
		return 1;
	}
	return 0;
}

/* @fn on a copy of @spec: values of large maps are long hex strings, so
 * no fixed-size buffer. */
static int with_spec(struct bpf_object *obj, const char *spec,
		     int (*fn)(struct bpf_object *, const char *, char *))
{
	size_t len = strlen(spec) + 1;
	char *name = malloc(len);
	int ret;

	if (!name)
		return 1;
	memcpy(name, spec, len);
	ret = fn(obj, spec, name);
	free(name);
	return ret;
}

struct run_args {
	const char *obj_path;
	const char *prog_name;
	struct bytes in;
	unsigned repeat;
	bool check_ret;
	long long want_ret;
	const char **maps;
	int n_maps;
	const char **sets;
	int n_sets;
	const char **infos;
	int n_infos;
	bool allow_btf_reject;
};

static int run_program(struct bpf_object *obj, const struct run_args *a)
{
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, a->prog_name);
	uint8_t out[MAX_BYTES + 256];
	int err;

	if (!prog) {
		fprintf(stderr, "bpfrun: no program '%s' in %s\n", a->prog_name, a->obj_path);
		return 1;
	}
	LIBBPF_OPTS(bpf_test_run_opts, topts,
		    .data_in = a->in.len ? a->in.data : NULL,
		    .data_size_in = (__u32)a->in.len,
		    .data_out = a->in.len ? out : NULL,
		    .data_size_out = a->in.len ? sizeof(out) : 0,
		    .repeat = a->repeat);
	err = bpf_prog_test_run_opts(bpf_program__fd(prog), &topts);
	if (err) {
		fprintf(stderr, "bpfrun: test run of '%s' failed: %s\n", a->prog_name,
			strerror(-err));
		return 1;
	}
	printf("retval %u\n", topts.retval);
	if (a->check_ret && (long long)topts.retval != a->want_ret) {
		fprintf(stderr, "bpfrun: FAIL: '%s' returned %u, expected %lld\n",
			a->prog_name, topts.retval, a->want_ret);
		return 1;
	}
	return 0;
}

static int load_and_run(const struct run_args *a)
{
	struct bpf_object *obj;
	int err, failed = 0;

	obj = bpf_object__open_file(a->obj_path, NULL);
	if (!obj) {
		fprintf(stderr, "bpfrun: cannot open %s: %s\n", a->obj_path, strerror(errno));
		return 1;
	}
	err = bpf_object__load(obj);
	if (err) {
		fprintf(stderr, "bpfrun: cannot load %s: %s\n", a->obj_path, strerror(-err));
		bpf_object__close(obj);
		return err == -EPERM ? bpf_permitted() ? EXIT_SKIP : 1 : 1;
	}
	if (bpf_object__btf(obj) && bpf_object__btf_fd(obj) < 0 && !a->allow_btf_reject) {
		fprintf(stderr, "bpfrun: FAIL: the kernel rejected the BTF of %s\n", a->obj_path);
		failed = 1;
	}
	for (int i = 0; i < a->n_infos; i++)
		failed |= check_map_info(obj, a->infos[i]);
	for (int i = 0; i < a->n_sets && !failed; i++)
		failed |= with_spec(obj, a->sets[i], set_map_spec);
	if (a->prog_name)
		failed |= run_program(obj, a);
	for (int i = 0; i < a->n_maps; i++)
		failed |= with_spec(obj, a->maps[i], check_map_spec);
	bpf_object__close(obj);
	return failed ? 1 : 0;
}

static int usage(void)
{
	fputs("usage: bpfrun --probe | OBJ [PROG] [--in HEX|--in-size N] [--repeat N]\n"
	      "              [--ret N] [--set MAP:KEY=VALUE]... [--map MAP:KEY[=VALUE]]...\n"
	      "              [--map-info MAP:TYPE:KEY:VALUE:MAX]... [--allow-btf-reject]\n",
	      stderr);
	return 1;
}

int main(int argc, char **argv)
{
	static struct run_args a;
	int pos = 0;

	libbpf_set_print(print_libbpf);
	if (argc == 2 && !strcmp(argv[1], "--probe"))
		return bpf_permitted();
	a.maps = calloc((size_t)argc, sizeof(*a.maps));
	a.infos = calloc((size_t)argc, sizeof(*a.infos));
	a.sets = calloc((size_t)argc, sizeof(*a.sets));
	if (!a.maps || !a.infos || !a.sets)
		return 1;
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(arg, "--in") && val && !parse_hex(val, &a.in))
			i++;
		else if (!strcmp(arg, "--in-size") && val && atoi(val) >= 0 &&
			 atoi(val) <= MAX_BYTES) {
			a.in.len = (size_t)atoi(val);
			memset(a.in.data, 0, a.in.len);
			i++;
		} else if (!strcmp(arg, "--repeat") && val) {
			a.repeat = (unsigned)atoi(val);
			i++;
		} else if (!strcmp(arg, "--ret") && val) {
			a.check_ret = true;
			a.want_ret = strtoll(val, NULL, 0);
			i++;
		} else if (!strcmp(arg, "--map") && val) {
			a.maps[a.n_maps++] = val;
			i++;
		} else if (!strcmp(arg, "--set") && val) {
			a.sets[a.n_sets++] = val;
			i++;
		} else if (!strcmp(arg, "--map-info") && val) {
			a.infos[a.n_infos++] = val;
			i++;
		} else if (!strcmp(arg, "--allow-btf-reject")) {
			a.allow_btf_reject = true;
		} else if (arg[0] != '-' && pos == 0) {
			a.obj_path = arg;
			pos++;
		} else if (arg[0] != '-' && pos == 1) {
			a.prog_name = arg;
			pos++;
		} else {
			free(a.maps);
			free(a.infos);
			free(a.sets);
			return usage();
		}
	}
	int ret = a.obj_path ? load_and_run(&a) : usage();
	free(a.maps);
	free(a.infos);
	free(a.sets);
	return ret;
}

// proto_count: loads the BPF object built beside it, runs its socket
// filter on N IPv4 packets with BPF_PROG_TEST_RUN and prints the counts.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

/* Ethernet + IPv4 (UDP) + UDP header + 12 bytes of payload. */
static const unsigned char packet[] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
	0x08, 0x00,
	0x45, 0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00,
	0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0x02,
	0x00, 0x35, 0x00, 0x35, 0x00, 0x14, 0x00, 0x00,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static int run(struct bpf_object *obj, unsigned repeat)
{
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, "proto_count");
	struct bpf_map *map = bpf_object__find_map_by_name(obj, "packets");
	__u32 key = 0x0800;
	__u64 count = 0;
	LIBBPF_OPTS(bpf_test_run_opts, opts, .data_in = packet,
		    .data_size_in = sizeof(packet), .repeat = repeat);

	if (!prog || !map) {
		fprintf(stderr, "proto_count: program or map missing in %s\n", BPF_OBJECT);
		return 1;
	}
	if (bpf_prog_test_run_opts(bpf_program__fd(prog), &opts)) {
		perror("proto_count: BPF_PROG_TEST_RUN");
		return 1;
	}
	if (bpf_map__lookup_elem(map, &key, sizeof(key), &count, sizeof(count), 0)) {
		perror("proto_count: map lookup");
		return 1;
	}
	printf("verdict %u, IPv4 packets %llu\n", opts.retval, (unsigned long long)count);
	return 0;
}

int main(int argc, char **argv)
{
	unsigned repeat = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 0) : 1;
	struct bpf_object *obj = bpf_object__open_file(BPF_OBJECT, NULL);
	int ret;

	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "proto_count: cannot load %s\n", BPF_OBJECT);
		bpf_object__close(obj);
		return 1;
	}
	ret = run(obj, repeat);
	bpf_object__close(obj);
	return ret;
}

// SPDX-License-Identifier: MIT
/* Command line: irbpf-agent [options] OBJ.o */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "msg.h"

enum {
	OPT_DURATION = 256,
	OPT_INTERVAL,
	OPT_JSON,
	OPT_PIN,
	OPT_IFACE,
	OPT_SOCKET,
	OPT_VERIFIER_LOG,
	OPT_EVENT_TYPE,
	OPT_MAX_ENTRIES,
	OPT_HELP,
	OPT_VERSION,
};

static const struct option long_options[] = {
	{ "duration", required_argument, NULL, OPT_DURATION },
	{ "interval", required_argument, NULL, OPT_INTERVAL },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "pin", required_argument, NULL, OPT_PIN },
	{ "iface", required_argument, NULL, OPT_IFACE },
	{ "socket", no_argument, NULL, OPT_SOCKET },
	{ "verifier-log", required_argument, NULL, OPT_VERIFIER_LOG },
	{ "event-type", required_argument, NULL, OPT_EVENT_TYPE },
	{ "max-entries", required_argument, NULL, OPT_MAX_ENTRIES },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

static void print_help(void)
{
	puts("Usage: irbpf-agent [options] OBJ.o\n"
	     "\n"
	     "Loads a BPF object, attaches each program by its section, streams\n"
	     "bpf_trace_printk output and prints map contents; detaches\n"
	     "everything on exit.\n"
	     "\n"
	     "Options:\n"
	     "  --duration SECS       stop after SECS seconds (default: on SIGINT/SIGTERM)\n"
	     "  --interval SECS       print maps every SECS seconds (default: at exit only)\n"
	     "  --json                print JSON on stdout: one object per event record,\n"
	     "                        then one document (programs, maps, events) at\n"
	     "                        exit; everything else goes to stderr\n"
	     "  --event-type MAP=TYPE print the records of ring buffer or perf event\n"
	     "                        array MAP as BTF type TYPE (default: the one\n"
	     "                        struct of the record's size, else hex bytes)\n"
	     "  --pin DIR             pin maps under DIR/maps and links under DIR/links\n"
	     "                        (bpffs); they outlive the agent\n"
	     "  --iface IF            attach XDP and tc programs to interface IF\n"
	     "  --socket              attach socket filters to a raw packet socket\n"
	     "                        (bound to --iface if given)\n"
	     "  --verifier-log FILE   write the full verifier log of a rejected program\n"
	     "  --max-entries N       print at most N entries per map (default 1024;\n"
	     "                        0: all); says how many were left out\n"
	     "  -v, --verbose         show libbpf's messages\n"
	     "  --help                show this help\n"
	     "  --version             show the version");
}

static void print_version(void)
{
	printf("irbpf-agent %s (libbpf %u.%u)\n", IRBPF_VERSION,
	       libbpf_major_version(), libbpf_minor_version());
}

static int parse_seconds(const char *opt, const char *arg, double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (errno || end == arg || *end || !isfinite(v) || v < 0 || v > 1e9) {
		agent_error("invalid value '%s' for %s (expected seconds, e.g. 5 or 0.5)",
			    arg, opt);
		return 1;
	}
	*out = v;
	return 0;
}

static int parse_count(const char *opt, const char *arg, unsigned *out)
{
	unsigned long v;
	char *end;

	errno = 0;
	v = strtoul(arg, &end, 10);
	if (errno || end == arg || *end || arg[0] == '-' || v > UINT_MAX) {
		agent_error("invalid value '%s' for %s (expected a count, e.g. 100)", arg, opt);
		return 1;
	}
	*out = (unsigned)v;
	return 0;
}

static int parse_iface(struct agent_options *opts, const char *arg)
{
	opts->iface = arg;
	opts->ifindex = if_nametoindex(arg);
	if (!opts->ifindex) {
		agent_error("no network interface '%s': %s", arg, strerror(errno));
		return 1;
	}
	return 0;
}

static int add_event_type(struct agent_options *opts, const char *arg)
{
	const char *eq = strchr(arg, '=');
	const char **types;

	if (!eq || eq == arg || !eq[1]) {
		agent_error("invalid value '%s' for --event-type (expected MAP=TYPE, e.g. "
			    "events=event)", arg);
		return 1;
	}
	types = realloc(opts->event_types, (opts->n_event_types + 1) * sizeof(*types));
	if (!types) {
		agent_error("out of memory");
		return 1;
	}
	types[opts->n_event_types++] = arg;
	opts->event_types = types;
	return 0;
}

static int parse_one(struct agent_options *opts, int c)
{
	switch (c) {
	case OPT_DURATION:
		return parse_seconds("--duration", optarg, &opts->duration);
	case OPT_INTERVAL:
		return parse_seconds("--interval", optarg, &opts->interval);
	case OPT_JSON:
		opts->json = true;
		return 0;
	case OPT_PIN:
		opts->pin_dir = optarg;
		return 0;
	case OPT_IFACE:
		return parse_iface(opts, optarg);
	case OPT_SOCKET:
		opts->socket = true;
		return 0;
	case OPT_VERIFIER_LOG:
		opts->verifier_log = optarg;
		return 0;
	case OPT_EVENT_TYPE:
		return add_event_type(opts, optarg);
	case OPT_MAX_ENTRIES:
		return parse_count("--max-entries", optarg, &opts->max_entries);
	case 'v':
		opts->verbose = true;
		return 0;
	case OPT_HELP:
		print_help();
		return -1;
	case OPT_VERSION:
		print_version();
		return -1;
	default:
		/* getopt has printed the reason */
		fprintf(stderr, "Try 'irbpf-agent --help'.\n");
		return 1;
	}
}

static int parse_all(struct agent_options *opts, int argc, char **argv)
{
	int c, rc;

	while ((c = getopt_long(argc, argv, "v", long_options, NULL)) != -1) {
		rc = parse_one(opts, c);
		if (rc)
			return rc;
	}
	if (optind == argc) {
		agent_error("no object file given (usage: irbpf-agent [options] OBJ.o)");
		return 1;
	}
	if (optind != argc - 1) {
		agent_error("one object file expected, got %d", argc - optind);
		return 1;
	}
	opts->object = argv[optind];
	return 0;
}

int options_parse(struct agent_options *opts, int argc, char **argv)
{
	int rc;

	memset(opts, 0, sizeof(*opts));
	opts->max_entries = AGENT_DEFAULT_MAX_ENTRIES;
	rc = parse_all(opts, argc, argv);
	if (rc)
		options_free(opts);
	return rc;
}

void options_free(struct agent_options *opts)
{
	free(opts->event_types);
	opts->event_types = NULL;
	opts->n_event_types = 0;
}

#!/usr/bin/env bash
# Mutates bytes of real BPF objects (their .BTF and .BTF.ext, the ELF
# header, the section header table, other sections' contents) and runs
# each mutant through:
#   - in one process each (fast; when scripts/fuzz.sh has built them):
#     fuzz_inspect, the reader of "irbpf inspect", and fuzz_open, the
#     opening path of "irbpf verify" and irbpf-agent (structural checks,
#     then libbpf's bpf_object__open_mem; no kernel);
#   - as commands: "irbpf inspect", "irbpf verify" (the kernel's verifier)
#     and irbpf-agent (open, load, attach, run for a moment, detach).
# A command must end with exit 0, or exit 1 and an error line; a signal
# (crash), a silent failure or a run over IRBPF_MUTATE_TIMEOUT seconds
# (default 60: a hang) fails the script, and the mutant is kept.
#
# Usage: scripts/mutate-objects.sh [-n COUNT] [-s SEED] [-b BUILD_DIR]
#            [-f FUZZ_BUILD_DIR] [-o KEEP_DIR] [-c COMMANDS] OBJ.o...
#   COUNT mutants (default 3000) of the objects given, seeded by SEED
#   (default 1): the same arguments give the same mutants. FUZZ_BUILD_DIR
#   defaults to build-fuzz. COMMANDS is a comma-separated subset of
#   inspect,verify,agent (the default: all; "none" for only the
#   in-process runs); verify and the agent need bpf().
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=3000 seed=1 build=$root/build keep=$PWD/mutants-failed commands=inspect,verify,agent
fuzz_build=$root/build-fuzz
while [ $# -gt 0 ]; do
	case $1 in
	-n) count=$2; shift 2 ;;
	-s) seed=$2; shift 2 ;;
	-b) build=$2; shift 2 ;;
	-f) fuzz_build=$2; shift 2 ;;
	-o) keep=$2; shift 2 ;;
	-c) commands=$2; shift 2 ;;
	-*) echo "mutate-objects: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-n COUNT] [-s SEED] [-b BUILD] [-f FUZZ_BUILD] [-o DIR] [-c COMMANDS] OBJ.o..." >&2; exit 2; }
irbpf=$build/driver/irbpf
agent=$build/agent/irbpf-agent
limit=${IRBPF_MUTATE_TIMEOUT:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$count" "$seed" "$@" <<'PY'
import random, struct, sys

work, count, seed, objs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
rng = random.Random(seed)
INTERESTING = [0, 1, 2, 0x7f, 0x80, 0xff, 255, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff]

def regions(data):
    """(name, start, end) of the parts worth mutating."""
    out = [("elf-header", 0, 64)]
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
    out.append(("section-headers", shoff, shoff + shnum * shentsize))
    hdr = lambda i: struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
    stroff = hdr(shstrndx)[4]
    for i in range(1, shnum):
        name_off, sh_type, _, _, off, size = hdr(i)
        if sh_type == 8 or not size:
            continue
        name = data[stroff + name_off:data.index(b"\0", stroff + name_off)].decode()
        kind = name if name in (".BTF", ".BTF.ext") else "section"
        out.append((kind, off, off + size))
    return out

WEIGHTS = {".BTF": 8, ".BTF.ext": 2, "elf-header": 2, "section-headers": 3, "section": 5}

def mutate(data):
    parts = regions(data)
    name, start, end = rng.choices(parts, [WEIGHTS[p[0]] for p in parts])[0]
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(start, max(start + 1, end))
        how = rng.randrange(3)
        if how == 0:
            data[at] = rng.randrange(256)
        elif how == 1:
            data[at] ^= 1 << rng.randrange(8)
        else:
            word = at & ~3 if (at & ~3) >= start else at
            if word + 4 <= len(data):
                struct.pack_into("<I", data, word, rng.choice(INTERESTING))
    return name

images = [bytearray(open(o, "rb").read()) for o in objs]
with open(f"{work}/list", "w") as lst:
    for i in range(count):
        k = rng.randrange(len(objs))
        data = bytearray(images[k])
        name = mutate(data)
        path = f"{work}/m{i:05d}.o"
        open(path, "wb").write(data)
        lst.write(f"{path} {name} {objs[k]}\n")
PY

declare -A tally
bad=0
# run TOOL ERROR_ERE CMD...: one run of a mutant; counts its outcome. Exit
# 1 must come with a stderr line matching ERROR_ERE.
run() {
	local tool=$1 error=$2 rc=0 outcome
	shift 2
	timeout -s KILL "$limit" "$@" >"$work/out" 2>"$work/err" </dev/null || rc=$?
	if [ "$rc" -eq 0 ]; then
		outcome=ok
	elif [ "$rc" -eq 1 ] && grep -Eq "$error" "$work/err"; then
		outcome=error
	elif [ "$rc" -eq 137 ]; then
		outcome=hang
	elif [ "$rc" -ge 128 ]; then
		outcome=crash
	else
		outcome="exit-$rc"
	fi
	tally[$tool,$outcome]=$((${tally[$tool,$outcome]:-0} + 1))
	if [ "$outcome" != ok ] && [ "$outcome" != error ]; then
		bad=$((bad + 1))
		keep_mutant "$mutant"
		echo "mutate-objects: $tool: $outcome on $(basename "$mutant") ($what of $from):" \
			"$(head -c 300 "$work/err")" >&2
	fi
}

keep_mutant() {
	mkdir -p "$keep"
	cp "$1" "$keep/"
}

# in_process TARGET: every mutant through the libFuzzer binary TARGET, one
# process for all; after a crash or a timeout the rest go on.
in_process() {
	local target=$1 bin=$fuzz_build/fuzz/$1 left rc last
	[ -x "$bin" ] || { echo "mutate-objects: no $bin (scripts/fuzz.sh builds it); skipped" >&2; return 0; }
	mapfile -t left < <(cut -d' ' -f1 "$work/list")
	while [ ${#left[@]} -gt 0 ]; do
		rc=0
		"$bin" -timeout="$limit" -rss_limit_mb=4096 "${left[@]}" >"$work/fuzz.log" 2>&1 || rc=$?
		if [ "$rc" -eq 0 ]; then
			tally[$target,ok]=$((${tally[$target,ok]:-0} + ${#left[@]}))
			return 0
		fi
		last=$(sed -n 's/^Running: //p' "$work/fuzz.log" | tail -n 1)
		local i=0
		while [ "$i" -lt ${#left[@]} ] && [ "${left[$i]}" != "$last" ]; do i=$((i + 1)); done
		tally[$target,ok]=$((${tally[$target,ok]:-0} + i))
		if grep -q 'ALARM: working on the last Unit for' "$work/fuzz.log"; then
			tally[$target,hang]=$((${tally[$target,hang]:-0} + 1))
		else
			tally[$target,crash]=$((${tally[$target,crash]:-0} + 1))
		fi
		bad=$((bad + 1))
		keep_mutant "$last"
		echo "mutate-objects: $target: $(grep -m1 -E '^==[0-9]+==ERROR|ALARM|deadly signal' "$work/fuzz.log") on $(basename "$last")" >&2
		left=("${left[@]:$((i + 1))}")
	done
}

in_process fuzz_inspect
in_process fuzz_open

# SIGINT/SIGTERM to the script: stop after the current mutant, summarise.
stop=0
trap 'stop=1' INT TERM
n=0
while [ "$stop" -eq 0 ] && read -r mutant what from; do
	case ",$commands," in *,inspect,*) run inspect "^irbpf: error: " "$irbpf" inspect "$mutant" ;; esac
	# rejections are "FILE:LINE: error:", object errors "irbpf: error:"
	case ",$commands," in *,verify,*) run verify ": error: " "$irbpf" verify "$mutant" ;; esac
	case ",$commands," in
	*,agent,*) run agent "^irbpf-agent: error: " "$agent" --duration 0.05 "$mutant" ;;
	esac
	rm -f "$mutant"
	n=$((n + 1))
	[ $((n % 250)) -ne 0 ] || echo "mutate-objects: $n of $count" >&2
done <"$work/list"

echo "mutate-objects: $n mutants of $# objects (seed $seed)$([ "$stop" -eq 0 ] || echo ", stopped early; the in-process runs had all $count")"
for tool in fuzz_inspect fuzz_open inspect verify agent; do
	line=""
	for key in "${!tally[@]}"; do
		[ "${key%%,*}" = "$tool" ] && line+=" ${key#*,}=${tally[$key]}"
	done
	[ -z "$line" ] || echo "  $tool:$line"
done
[ "$bad" -eq 0 ] || { echo "mutate-objects: $bad crashes, hangs or silent failures; mutants in $keep" >&2; exit 1; }

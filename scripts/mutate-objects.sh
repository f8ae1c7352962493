#!/usr/bin/env bash
# Mutates bytes of real BPF objects (their .BTF and .BTF.ext, the ELF
# header, the section header table, other sections' contents) and runs
# each mutant through "irbpf inspect", the opening path of verify and the
# agent without the kernel (fuzz_open, when built: scripts/fuzz.sh),
# "irbpf verify" (loads it into the kernel's verifier) and irbpf-agent
# (open, load, attach, run for a moment, detach). Every run must end with
# exit 0, or exit 1 and an error line; a signal (crash), a silent failure
# or a run over IRBPF_MUTATE_TIMEOUT seconds (default 60: a hang) fails
# the script, and the mutant is kept.
#
# Usage: scripts/mutate-objects.sh [-n COUNT] [-s SEED] [-b BUILD_DIR]
#            [-f FUZZ_OPEN] [-o KEEP_DIR] [--no-kernel] OBJ.o...
#   COUNT mutants (default 3000) of the objects given, seeded by SEED
#   (default 1): the same arguments give the same mutants. FUZZ_OPEN
#   defaults to build-fuzz/fuzz/fuzz_open. --no-kernel leaves out verify
#   and the agent (where bpf() is not permitted).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=3000 seed=1 build=$root/build keep=$PWD/mutants-failed kernel=1
fuzz_open=$root/build-fuzz/fuzz/fuzz_open
while [ $# -gt 0 ]; do
	case $1 in
	-n) count=$2; shift 2 ;;
	-s) seed=$2; shift 2 ;;
	-b) build=$2; shift 2 ;;
	-f) fuzz_open=$2; shift 2 ;;
	-o) keep=$2; shift 2 ;;
	--no-kernel) kernel=0; shift ;;
	-*) echo "mutate-objects: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-n COUNT] [-s SEED] [-b BUILD] [-f FUZZ_OPEN] [-o DIR] [--no-kernel] OBJ.o..." >&2; exit 2; }
[ -x "$fuzz_open" ] || fuzz_open=""
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
# 1 must come with a stderr line matching ERROR_ERE (none: exit 1 is bad).
run() {
	local tool=$1 error=$2 rc=0 outcome
	shift 2
	timeout -s KILL "$limit" "$@" >"$work/out" 2>"$work/err" </dev/null || rc=$?
	if [ "$rc" -eq 0 ]; then
		outcome=ok
	elif [ "$rc" -eq 1 ] && [ -n "$error" ] && grep -Eq "$error" "$work/err"; then
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
		mkdir -p "$keep"
		cp "$mutant" "$keep/"
		echo "mutate-objects: $tool: $outcome on $(basename "$mutant") ($what of $from):" \
			"$(head -c 300 "$work/err")" >&2
	fi
}

n=0
while read -r mutant what from; do
	run inspect "^irbpf: error: " "$irbpf" inspect "$mutant"
	[ -z "$fuzz_open" ] || run open "" "$fuzz_open" "$mutant"
	if [ "$kernel" -eq 1 ]; then
		# rejections are "FILE:LINE: error:", object errors "irbpf: error:"
		run verify ": error: " "$irbpf" verify "$mutant"
		run agent "^irbpf-agent: error: " "$agent" --duration 0.05 "$mutant"
	fi
	rm -f "$mutant"
	n=$((n + 1))
	[ $((n % 500)) -ne 0 ] || echo "mutate-objects: $n of $count" >&2
done <"$work/list"

echo "mutate-objects: $n mutants of $# objects (seed $seed)"
for tool in inspect open verify agent; do
	line=""
	for key in "${!tally[@]}"; do
		[ "${key%%,*}" = "$tool" ] && line+=" ${key#*,}=${tally[$key]}"
	done
	[ -z "$line" ] || echo "  $tool:$line"
done
[ "$bad" -eq 0 ] || { echo "mutate-objects: $bad crashes, hangs or silent failures; mutants in $keep" >&2; exit 1; }

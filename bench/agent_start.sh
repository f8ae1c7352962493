#!/usr/bin/env bash
# Start-up of irbpf-agent, linked dynamically and statically: the time from
# starting the agent to its "running with N of N programs attached" line,
# on an object with three tracepoint programs and two maps
# (bench/programs/tp_latency_hist.c). The two agents run interleaved, in
# turn first; median, min and max of RUNS runs after one warm-up round,
# and the median CPU time (user+system) of a whole run, which load on the
# machine disturbs less. Also prints each agent's size, as built and
# stripped. Needs root (bpf()).
#
#   bench/agent_start.sh [-n RUNS] [--build-dir DIR]
#
# See README, "Shipping".
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
runs=21
while [ $# -gt 0 ]; do
	case $1 in
	-n) runs=$2; shift 2 ;;
	--build-dir) build=$(cd "$2" && pwd); shift 2 ;;
	*) echo "usage: $0 [-n RUNS] [--build-dir DIR]" >&2; exit 2 ;;
	esac
done

dynamic=$build/agent/irbpf-agent
static=$build/agent/irbpf-agent-static
for a in "$dynamic" "$static"; do
	[ -x "$a" ] || { echo "agent_start: no $a (build first)" >&2; exit 1; }
done
clang=$(sed -n 's/^IRBPF_CLANG:[A-Z]*=//p' "$build/CMakeCache.txt")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$clang" -target bpf -g -O2 -I"$build/include" -emit-llvm \
	-c "$root/bench/programs/tp_latency_hist.c" -o "$work/prog.bc"
"$build/driver/irbpf" "$work/prog.bc" -o "$work/prog.o"

echo "agent              size      stripped"
for a in "$dynamic" "$static"; do
	strip -o "$work/stripped" "$a"
	printf '%-18s %-9s %s\n' "$(basename "$a")" "$(stat -c %s "$a")" "$(stat -c %s "$work/stripped")"
done
echo

python3 - "$runs" "$work/prog.o" "$dynamic" "$static" <<'PY'
import os, signal, statistics, subprocess, sys, tempfile, time

runs, obj, agents = int(sys.argv[1]), sys.argv[2], sys.argv[3:]

def start_to_attached(agent):
    """Wall ms until the "running" line; CPU ms (user+sys) of the whole run."""
    with tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen([agent, obj], stdout=subprocess.PIPE, stderr=err, text=True)
        elapsed = None
        for line in p.stdout:
            if line.startswith("irbpf-agent: running with 3 of 3 programs attached"):
                elapsed = time.perf_counter() - t0
                break
        p.send_signal(signal.SIGINT)
        p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if elapsed is None or p.returncode != 0:
            err.seek(0)
            sys.exit(f"agent_start: {agent} did not attach all programs "
                     f"(exit {p.returncode}): {err.read().strip()}")
    return elapsed * 1000, (ru.ru_utime + ru.ru_stime) * 1000

samples = {a: [] for a in agents}
for r in range(runs + 1):
    order = agents if r % 2 else agents[::-1]
    for a in order:
        t = start_to_attached(a)
        if r:
            samples[a].append(t)

print(f"{runs} runs, ms     start-up to attached: median  min     max     cpu median")
for a in agents:
    wall = [w for w, _ in samples[a]]
    cpu = [c for _, c in samples[a]]
    print(f"  {os.path.basename(a):<38} {statistics.median(wall):<7.1f} "
          f"{min(wall):<7.1f} {max(wall):<7.1f} {statistics.median(cpu):.1f}")
PY

"""Checks the shape of bench/run.sh's results.json: argv[1] the file,
argv[2] the directory of benchmark programs (each must appear)."""
import json
import os
import sys


def fail(msg):
    sys.exit(f"FAIL: results.json: {msg}")


def number(v, what):
    if not isinstance(v, (int, float)) or v < 0:
        fail(f"{what} is not a non-negative number: {v!r}")


def check_timing(t, what):
    if t["runs"] < 1 or not t["cases"]:
        fail(f"{what}: no runs")
    for case in t["cases"]:
        for key in ("wall_ms", "cpu_ms"):
            for stat in ("median", "min", "max"):
                number(case[key][stat], f"{what}/{case['name']}/{key}/{stat}")
        if len(case["wall_samples_ms"]) != t["runs"]:
            fail(f"{what}/{case['name']}: {len(case['wall_samples_ms'])} samples, {t['runs']} runs")


def check_ratio_row(row, name):
    if row["met"] not in (True, False):
        fail(f"{name}: 'met' is {row['met']!r}")
    for stat in ("median", "min", "max"):
        number(row["ratio"][stat], f"{name}/ratio/{stat}")
    if not row["ratio"]["min"] <= row["ratio"]["median"] <= row["ratio"]["max"]:
        fail(f"{name}: ratio median outside [min, max]")
    check_timing(row["timing"], name)


def check_code_quality(row, programs):
    if "skipped" in row:
        return
    objects = {p["object"] for p in row["programs"]}
    for prog in programs:
        if prog not in objects:
            fail(f"code_quality: {prog} missing")
    for p in row["programs"]:
        for side in ("irbpf", "clang"):
            if p[side]["insns"] <= 0 or p[side]["processed"] <= 0:
                fail(f"code_quality: {p['object']}/{p['program']} {side} counts {p[side]}")
    if row["programs_loaded"] != len(row["programs"]):
        fail("code_quality: programs_loaded disagrees with the list")
    corpus = row["corpus"]
    if not corpus["programs"]:
        fail("code_quality: no corpus program built")
    for p in corpus["programs"]:
        if p["verdict"] not in ("same", "better", "WORSE", "n/a"):
            fail(f"code_quality: corpus {p['source']}/{p['program']} verdict {p['verdict']!r}")
        number(p["irbpf"], f"corpus {p['source']}/{p['program']} irbpf")
        number(p["clang"], f"corpus {p['source']}/{p['program']} clang")


def check_scaling(row):
    for series in ("modules", "code"):
        by_n = row[series]["by_n"]
        if sorted(int(n) for n in by_n) != row["units"]:
            fail(f"scaling/{series}: sizes {list(by_n)} != units {row['units']}")
        for n, v in by_n.items():
            number(v["median_ms"], f"scaling/{series}/{n}")
    check_timing(row["timing"], "scaling")


def check_rust(row):
    if "skipped" in row:
        if not row["skipped"]:
            fail("rust: skipped without a reason")
        return
    for ex in row["examples"]:
        number(ex["irbpf_ms"]["median"], f"rust/{ex['example']}/irbpf")
        number(ex["total_ms"]["median"], f"rust/{ex['example']}/total")


def main():
    with open(sys.argv[1]) as f:
        res = json.load(f)
    programs = sorted(n[:-2] for n in os.listdir(sys.argv[2]) if n.endswith(".c"))
    for key in ("date", "git", "irbpf", "kernel", "runs", "programs", "rows"):
        if key not in res:
            fail(f"no '{key}'")
    skipped = {os.path.basename(p)[:-2] for p in res["skipped_programs"]}
    programs = [p for p in programs if p not in skipped]
    for prog in programs:
        if prog not in res["programs"]:
            fail(f"benchmark program {prog} not measured")
    rows = res["rows"]
    for name in ("c_path", "chain", "code_quality", "scaling", "rust"):
        if name not in rows:
            fail(f"no row '{name}'")
    check_ratio_row(rows["c_path"], "c_path")
    check_ratio_row(rows["chain"], "chain")
    check_code_quality(rows["code_quality"], programs)
    check_scaling(rows["scaling"])
    check_rust(rows["rust"])
    print(f"results.json ok: {len(res['programs'])} programs, rows {', '.join(rows)}")


main()

# Row 5: Rust. `cargo irbpf build --release` of each Rust example, from a
# clean target directory, its time split into irbpf's part and the rest
# (cargo and rustc). irbpf's part is timed by a wrapper that cargo-irbpf
# runs as its irbpf (through the IRBPF environment variable).

find_cargo_irbpf() {
	local found
	for found in "$BUILD/bin/cargo-irbpf" "$BUILD/cargo/cargo-irbpf"; do
		[ -x "$found" ] && { echo "$found"; return; }
	done
	found=$(find "$BUILD" -maxdepth 3 -name cargo-irbpf -type f -perm -u+x 2>/dev/null | head -n1)
	[ -n "$found" ] || found=$(command -v cargo-irbpf || true)
	echo "$found"
}

rust_skip() {
	table_row "5 rust: skipped ($1)"
	printf '{"skipped": %s}' "$(json_str "$1")" >"$W/rust.json"
}

# An irbpf that appends "<microseconds> <arguments>" to a log per compile.
write_irbpf_timer() {
	local wrapper=$1 log=$2
	cat >"$wrapper" <<EOF_WRAP
#!/usr/bin/env bash
case \${1-} in --version|--help) exec $(printf '%q' "$IRBPF") "\$@" ;; esac
start=\$(date +%s%N)
rc=0
$(printf '%q' "$IRBPF") "\$@" || rc=\$?
echo "\$(( (\$(date +%s%N) - start) / 1000 )) \$*" >>$(printf '%q' "$log")
exit \$rc
EOF_WRAP
	chmod +x "$wrapper"
}

# rust_irbpf_ms NAME: median/min/max of the timed runs' irbpf times (the
# last $RUNS compiles that wrote NAME's object).
rust_irbpf_ms() {
	grep -F -- "$W/rust/$1.o" "$W/rust/irbpf.log" | tail -n "$RUNS" | cut -d' ' -f1 | sort -n |
		awk '{ v[NR] = $1 / 1000 }
		     END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
			   if (NR) printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}

# rust_load NAME: the object must load into the kernel too; sets
# RUST_LOADED to true, or null where bpf() is not permitted.
rust_load() {
	local rc=0
	"$VSTATS" "$W/rust/$1.o" >"$W/rust/$1.stats" 2>"$W/rust/$1.load.err" || rc=$?
	case $rc in
	0) RUST_LOADED=true ;;
	77) RUST_LOADED=null ;;
	*) cat "$W/rust/$1.load.err" >&2; die "examples/rust/$1 does not load into the kernel" ;;
	esac
}

row_rust() {
	local d=$W/rust cargo_irbpf dir name cases=() names=() err
	cargo_irbpf=$(find_cargo_irbpf)
	[ -n "$cargo_irbpf" ] || { rust_skip "cargo-irbpf not built"; return; }
	[ -f "$ROOT/examples/rust/hello/Cargo.toml" ] ||
		{ rust_skip "examples/rust/hello not present"; return; }
	command -v cargo >/dev/null || { rust_skip "cargo not installed"; return; }
	mkdir -p "$d"
	write_irbpf_timer "$d/irbpf" "$d/irbpf.log"
	say "row 5: cargo irbpf build of the Rust examples ($cargo_irbpf)"
	for dir in "$ROOT"/examples/rust/*/; do
		name=$(basename "$dir")
		# BPF programs depend on bpf-headers (or aya-ebpf, its name in aya's
		# style); the rest are their libraries.
		grep -qE 'bpf-headers|aya-ebpf' "$dir/Cargo.toml" 2>/dev/null || continue
		{
			printf 'rm -rf %q\n' "$d/target-$name"
			printf '%q build --release --manifest-path %q --target-dir %q -o %q\n' \
				"$cargo_irbpf" "$dir/Cargo.toml" "$d/target-$name" "$d/$name.o"
		} >"$d/$name.cmds"
		# A crate that is not a BPF program (a library the examples use)
		# does not build this way: leave it out, with a note.
		if ! err=$(cd "$dir" && IRBPF=$d/irbpf "$cargo_irbpf" build --release \
				--target-dir "$d/target-$name" -o "$d/$name.o" 2>&1); then
			[ "$name" = hello ] && die "cargo irbpf build of examples/rust/hello failed: $err"
			say "leaving out examples/rust/$name: $(printf '%s\n' "$err" | grep -m1 -i error || true)"
			continue
		fi
		cases+=("$name=$d/$name.cmds")
		names+=("$name")
	done
	IRBPF=$d/irbpf bt rust "${cases[@]}"

	local json="" sep="" total tmin tmax irbpf imin imax cargo share
	for name in "${names[@]}"; do
		total=$(bt_case rust "$name" median)
		tmin=$(bt_case rust "$name" min)
		tmax=$(bt_case rust "$name" max)
		read -r irbpf imin imax < <(rust_irbpf_ms "$name")
		[ -n "$irbpf" ] || die "cargo-irbpf did not run irbpf through \$IRBPF for $name"
		cargo=$(calc "$total - $irbpf")
		rust_load "$name"
		share=$(calc "100 * $irbpf / $total")
		table_row "$(printf '5 rust: cargo irbpf build --release, %-10s %8s ms [%s..%s] = cargo %s ms + irbpf %s ms (%.1f%%)' \
			"$name" "$(ms "$total")" "$(ms "$tmin")" "$(ms "$tmax")" "$(ms "$cargo")" "$(ms "$irbpf")" "$share")"
		json+="$sep
        {\"example\": $(json_str "$name"), \"total_ms\": {\"median\": $total, \"min\": $tmin, \"max\": $tmax}, \"irbpf_ms\": {\"median\": $irbpf, \"min\": $imin, \"max\": $imax}, \"cargo_ms_median\": $cargo, \"loaded\": $RUST_LOADED}"
		sep=","
	done
	{
		printf '{"what": "cargo irbpf build --release from a clean target directory: total, irbpf, and the rest (cargo, rustc)",\n'
		printf '      "cargo_irbpf": %s,\n      "examples": [%s],\n      "timing": ' "$(json_str "$cargo_irbpf")" "$json"
		cat "$W/rust.timing.json"
		printf '    }'
	} >"$W/rust.json"
}

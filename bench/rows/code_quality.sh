# Row 3: code quality per program: instructions as loaded (libbpf's count,
# subprograms included) and the verifier's processed-instruction count,
# for row 1's objects built through irbpf and by clang directly. Loading
# every object into the kernel is also the proof that both are real.
# Then the same comparison on the object files alone (program and .text
# instructions) for every C program in examples/ and tests/ that builds
# standalone both ways.

# vstats OBJ OUT: verifier_stats output; returns 77 when bpf() is denied.
vstats() {
	local rc=0
	"$VSTATS" "$1" >"$2" 2>"$2.err" || rc=$?
	[ "$rc" -eq 0 ] || [ "$rc" -eq 77 ] || {
		cat "$2.err" >&2
		die "$1 does not load into the kernel"
	}
	return "$rc"
}

quality_skip() {
	table_row "3 code quality: skipped ($1)"
	printf '{"skipped": %s}' "$(json_str "$1")" >"$W/code_quality.json"
}

row_code_quality() {
	local d=$W/c_path p name prog sec ii ip ci cp worse=0 n=0 sep="" rc=0
	say "row 3: code quality, loading every object into the kernel"
	vstats "$d/$(printf '%s' "${PROGRAMS[0]%%=*}").clang.o" "$W/probe.stats" || rc=$?
	if [ "$rc" -eq 77 ]; then
		quality_skip "bpf() not permitted here"
		return
	fi
	table_row "3 code quality, irbpf vs clang -c      insns as loaded   verifier processed   goal: never worse"
	: >"$W/code_quality.programs"
	for p in "${PROGRAMS[@]}"; do
		name=${p%%=*}
		vstats "$d/$name.irbpf.o" "$d/$name.irbpf.stats"
		vstats "$d/$name.clang.o" "$d/$name.clang.stats"
		while IFS=$'\t' read -r prog sec _ ii ip; do
			read -r ci cp < <(awk -F'\t' -v p="$prog" '$1 == p { print $4, $5 }' "$d/$name.clang.stats")
			[ -n "$ci" ] || die "$name: program $prog missing from clang's object"
			local verdict=same
			if [ "$ii" -gt "$ci" ] || [ "$ip" -gt "$cp" ]; then
				verdict=WORSE
				worse=$((worse + 1))
			elif [ "$ii" -lt "$ci" ] || [ "$ip" -lt "$cp" ]; then
				verdict=better
			fi
			n=$((n + 1))
			table_row "$(printf '    %-34s %6s / %-6s   %7s / %-7s     %s' "$name/$prog" "$ii" "$ci" "$ip" "$cp" "$verdict")"
			printf '%s\n        {"object": %s, "program": %s, "section": %s, "irbpf": {"insns": %s, "processed": %s}, "clang": {"insns": %s, "processed": %s}, "verdict": "%s"}' \
				"$sep" "$(json_str "$name")" "$(json_str "$prog")" "$(json_str "$sec")" \
				"$ii" "$ip" "$ci" "$cp" "$verdict" >>"$W/code_quality.programs"
			sep=","
		done <"$d/$name.irbpf.stats"
	done
	quality_corpus
	worse=$((worse + $(cat "$W/corpus.worse")))
	local met=met
	[ "$worse" -eq 0 ] || met="not met"
	table_row "$(printf '  %d programs loaded + %d in the corpus, %d worse through irbpf%24s%s' \
		"$n" "$(wc -l <"$W/corpus/programs.tsv")" "$worse" "" "$met")"
	{
		printf '{"what": "instructions as loaded by libbpf and verifier-processed instructions, irbpf vs clang -c",\n'
		printf '      "goal": "never worse", "met": %s, "programs_loaded": %d, "worse": %d,\n' \
			"$(json_met "$met")" "$n" "$worse"
		printf '      "programs": ['
		cat "$W/code_quality.programs"
		printf '],\n      "corpus": '
		cat "$W/corpus.json"
		printf '}'
	} >"$W/code_quality.json"
}

# "NAME INSNS" per program of an object, and ".text" for its subprograms.
object_insns() {
	"$IRBPF" inspect "$1" | awk '/ insns/ { for (i = 2; i <= NF; i++) if ($i ~ /^insns/) print $1, $(i - 1) }'
	"$LLVM_TOOLS/llvm-size" -A "$1" | awk '$1 == ".text" { print ".text", $2 / 8; t = 1 } END { if (!t) print ".text", 0 }'
}

# The runtime functions an object built by clang calls without defining:
# such an object only works through irbpf, so it is no reference.
calls_runtime() {
	comm -12 <("$LLVM_TOOLS/llvm-nm" --undefined-only "$1" | awk '{ print $2 }' | sort) \
		 <("$LLVM_TOOLS/llvm-nm" --defined-only "$RUNTIME_BC" | awk '{ print $3 }' | sort) | head -n 1
}

# One corpus source: builds it both ways (or leaves it out with a note)
# and appends a line per program to corpus.programs.
corpus_one() {
	local src=$1 d=$W/corpus rel name flags prog ii ci verdict fn
	rel=${src#"$ROOT/"}
	name=$(printf '%s' "${rel%.c}" | tr '/' '_')
	flags=(-I"$BUILD/bpf-headers/include" "${CFLAGS[@]}" -I"$ROOT/tests/c" -I"$(dirname "$src")")
	if ! "$CLANG" -target bpf "${flags[@]}" -emit-llvm -c "$src" -o "$d/$name.bc" 2>/dev/null ||
	   ! "$CLANG" -target bpf "${flags[@]}" -c "$src" -o "$d/$name.clang.o" 2>/dev/null ||
	   ! "$IRBPF" "$d/$name.bc" -o "$d/$name.irbpf.o" 2>"$d/$name.err"; then
		echo "$rel" >>"$d/left_out"
		return
	fi
	fn=$(calls_runtime "$d/$name.clang.o")
	object_insns "$d/$name.clang.o" >"$d/$name.clang.insns"
	while read -r prog ii; do
		ci=$(awk -v p="$prog" '$1 == p { print $2 }' "$d/$name.clang.insns")
		[ -n "$ci" ] || ci=0
		verdict=same
		if [ -n "$fn" ]; then
			verdict="n/a"
		elif [ "$ii" -gt "$ci" ]; then
			verdict=WORSE
		elif [ "$ii" -lt "$ci" ]; then
			verdict=better
		fi
		printf '%s\t%s\t%s\t%s\t%s\n' "$rel" "$prog" "$ii" "$ci" "$verdict" >>"$d/programs.tsv"
		[ "$verdict" = same ] || { [ "$verdict" = "n/a" ] && [ "$ii" = "$ci" ]; } ||
			table_row "$(printf '    %-46s %6s / %-6s  %s' "$rel/$prog" "$ii" "$ci" \
				"$verdict${fn:+ (clang's object calls the runtime's $fn)}")"
	done < <(object_insns "$d/$name.irbpf.o")
}

quality_corpus() {
	local d=$W/corpus src seen p sep="" rel prog ii ci verdict
	mkdir -p "$d"
	: >"$d/programs.tsv"
	: >"$d/left_out"
	RUNTIME_BC=$BUILD/runtime/runtime.bc
	say "row 3: code quality over the examples and tests (object instructions)"
	table_row "3 corpus: examples/ and tests/ C programs, object insns irbpf / clang -c (programs and .text)"
	while IFS= read -r src; do
		seen=false
		for p in "${PROGRAMS[@]}"; do
			[ "${p#*=}" = "$src" ] && seen=true
		done
		$seen || corpus_one "$src"
	done < <(find "$ROOT/examples" "$ROOT/tests" -name '*.c' ! -path '*/tools/*' | sort)
	awk -F'\t' -v sources="$(cut -f1 "$d/programs.tsv" | sort -u | wc -l)" '{ n[$5]++ } END {
		printf "  %d programs from %d sources: %d same, %d fewer insns, %d more, %d no reference\n",
			NR, sources, n["same"], n["better"], n["WORSE"], n["n/a"] }' "$d/programs.tsv" |
		while IFS= read -r line; do table_row "$line"; done
	[ -s "$d/left_out" ] && table_row "  left out (do not build standalone both ways): $(wc -l <"$d/left_out")"
	awk -F'\t' '$5 == "WORSE"' "$d/programs.tsv" | wc -l >"$W/corpus.worse"
	{
		printf '{"what": "object instructions per program (and .text), irbpf vs clang -c, every C program in examples/ and tests/ that builds standalone",\n'
		printf '        "programs": ['
		while IFS=$'\t' read -r rel prog ii ci verdict; do
			printf '%s\n          {"source": %s, "program": %s, "irbpf": %s, "clang": %s, "verdict": "%s"}' \
				"$sep" "$(json_str "$rel")" "$(json_str "$prog")" "$ii" "$ci" "$verdict"
			sep=","
		done <"$d/programs.tsv"
		printf '],\n        "left_out": ['
		sep=""
		while IFS= read -r rel; do
			printf '%s%s' "$sep" "$(json_str "$rel")"
			sep=", "
		done <"$d/left_out"
		printf ']}'
	} >"$W/corpus.json"
}

# Row 3: code quality per program: instructions as loaded (libbpf's count,
# subprograms included) and the verifier's processed-instruction count,
# for row 1's objects built through irbpf and by clang directly. Loading
# every object into the kernel is also the proof that both are real.

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
	local met=met
	[ "$worse" -eq 0 ] || met="not met"
	table_row "$(printf '  %d programs loaded, %d worse through irbpf%42s%s' "$n" "$worse" "" "$met")"
	{
		printf '{"what": "instructions as loaded by libbpf and verifier-processed instructions, irbpf vs clang -c",\n'
		printf '      "goal": "never worse", "met": %s, "programs_loaded": %d, "worse": %d,\n' \
			"$(json_met "$met")" "$n" "$worse"
		printf '      "programs": ['
		cat "$W/code_quality.programs"
		printf ']}'
	} >"$W/code_quality.json"
}

# Row 1: the C path through irbpf (clang -emit-llvm, then irbpf) against
# clang compiling straight to an object, over every benchmark program.
# Leaves the objects in $W/c_path for the code-quality row.

C_PATH_GOAL=1.10

row_c_path() {
	local d=$W/c_path p name src
	mkdir -p "$d"
	: >"$d/irbpf.cmds"
	: >"$d/clang.cmds"
	for p in "${PROGRAMS[@]}"; do
		name=${p%%=*}
		src=${p#*=}
		cmdline "$CLANG" -target bpf "${CFLAGS[@]}" -emit-llvm -c "$src" \
			-o "$d/$name.bc" >>"$d/irbpf.cmds"
		cmdline "$IRBPF" "$d/$name.bc" -o "$d/$name.irbpf.o" >>"$d/irbpf.cmds"
		cmdline "$CLANG" -target bpf "${CFLAGS[@]}" -c "$src" \
			-o "$d/$name.clang.o" >>"$d/clang.cmds"
	done
	say "row 1: C path, clang -emit-llvm + irbpf vs clang -c"
	bt c_path "irbpf=$d/irbpf.cmds" "clang=$d/clang.cmds"

	local r rmin rmax met
	r=$(bt_ratio c_path median)
	rmin=$(bt_ratio c_path min)
	rmax=$(bt_ratio c_path max)
	met=$(goal_met "$r" le "$C_PATH_GOAL")
	table_row "$(printf '%-46s %9s %9s  %-20s %5.2fx   <= %sx  %s' \
		"1 C path: clang -emit-llvm + irbpf / clang -c" \
		"$(ms "$(bt_case c_path irbpf median)")" "$(ms "$(bt_case c_path clang median)")" \
		"$(ratio_text "$r" "$rmin" "$rmax")" "$(bt_ratio c_path cpu)" "$C_PATH_GOAL" "$met")"
	{
		printf '{"what": "clang -target bpf -g -O2 -emit-llvm + irbpf vs clang -target bpf -g -O2 -c, all programs in sequence",\n'
		printf '      "goal": "ratio <= %s", "met": %s,\n' "$C_PATH_GOAL" "$(json_met "$met")"
		printf '      "ratio": {"median": %s, "min": %s, "max": %s}, "cpu_ratio_median": %s,\n' \
			"$r" "$rmin" "$rmax" "$(bt_ratio c_path cpu)"
		printf '      "timing": '
		cat "$W/c_path.timing.json"
		printf '    }'
	} >"$W/c_path.json"
}

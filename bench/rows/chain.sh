# Row 2: irbpf in one process against the llvm-link -> opt -> llc chain
# it replaces, on the same bitcode (row 1's). The chain's command lines
# are the ones `irbpf -v` prints as its equivalent; the internalize step,
# which no single tool does, is left out of the chain.

CHAIN_GOAL=0.60

# chain_commands BC OUT PREFIX: the runnable llvm-link/opt/llc lines from
# `irbpf -v`, with their intermediate files put under PREFIX.
chain_commands() {
	local bc=$1 out=$2 prefix=$3 line tools=""
	"$IRBPF" -v "$bc" -o "$out" 2>"$prefix.verbose" ||
		die "irbpf -v $bc failed: $(head -n1 "$prefix.verbose")"
	while IFS= read -r line; do
		line=${line#"    \$ "}
		case $line in
		llvm-link*|opt*|llc*) ;;
		*) continue ;;
		esac
		case $line in *"<entry points"*) continue ;; esac
		tools+=" ${line%% *}"
		line=${line// linked.bc/ $prefix.linked.bc}
		line=${line// internal.bc/ $prefix.linked.bc}
		line=${line// opt.bc/ $prefix.opt.bc}
		echo "$LLVM_TOOLS/$line"
	done < <(grep '^    \$ ' "$prefix.verbose")
	[ "$tools" = " llvm-link opt llc" ] ||
		die "irbpf -v printed '${tools# }' as its equivalent, expected llvm-link, opt, llc"
}

row_chain() {
	local d=$W/chain p name
	mkdir -p "$d"
	: >"$d/irbpf.cmds"
	: >"$d/chain.cmds"
	for p in "${PROGRAMS[@]}"; do
		name=${p%%=*}
		cmdline "$IRBPF" "$W/c_path/$name.bc" -o "$d/$name.irbpf.o" >>"$d/irbpf.cmds"
		chain_commands "$W/c_path/$name.bc" "$d/$name.chain.o" "$d/$name" >>"$d/chain.cmds"
	done
	say "row 2: irbpf vs llvm-link -> opt -> llc"
	bt chain "irbpf=$d/irbpf.cmds" "chain=$d/chain.cmds"

	local r rmin rmax met
	r=$(bt_ratio chain median)
	rmin=$(bt_ratio chain min)
	rmax=$(bt_ratio chain max)
	met=$(goal_met "$r" le "$CHAIN_GOAL")
	table_row "$(printf '%-46s %9s %9s  %-20s %5.2fx   <= %sx  %s' \
		"2 irbpf / llvm-link + opt + llc, same .bc" \
		"$(ms "$(bt_case chain irbpf median)")" "$(ms "$(bt_case chain chain median)")" \
		"$(ratio_text "$r" "$rmin" "$rmax")" "$(bt_ratio chain cpu)" "$CHAIN_GOAL" "$met")"
	{
		printf '{"what": "irbpf vs llvm-link, opt, llc as printed by irbpf -v, all programs in sequence",\n'
		printf '      "goal": "ratio <= %s", "met": %s,\n' "$CHAIN_GOAL" "$(json_met "$met")"
		printf '      "ratio": {"median": %s, "min": %s, "max": %s}, "cpu_ratio_median": %s,\n' \
			"$r" "$rmin" "$rmax" "$(bt_ratio chain cpu)"
		printf '      "example_chain": ['
		sed 's/.*/"&"/; s|'"$LLVM_TOOLS"'/||' <(head -n 3 "$d/chain.cmds" | sed 's/"/\\"/g') | paste -sd, - | sed 's/,/, /g'
		printf '],\n      "timing": '
		cat "$W/chain.timing.json"
		printf '    }'
	} >"$W/chain.json"
}

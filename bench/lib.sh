# Shared by bench/run.sh and the row scripts in bench/rows/.
# Expects: ROOT BUILD W (work dir) RUNS WARMUP IRBPF CLANG LLVM_TOOLS
# BENCHTIME VSTATS CFLAGS (array) and PROGRAMS (array of NAME=SOURCE).

say() {
	echo "bench: $*" >&2
}

die() {
	echo "bench: error: $*" >&2
	exit 1
}

# Floating-point arithmetic: calc "$a / $b"
calc() {
	awk "BEGIN { printf \"%.4f\\n\", $1 }" </dev/null
}

# Numbers from a benchtime summary: bt_case ROW NAME FIELD, FIELD one of
# median min max cpu; bt_ratio ROW FIELD, FIELD one of median min max cpu.
bt_field() {
	local file=$1 kind=$2 name=$3 field=$4 col
	case $field in
	median) col=3 ;; min) col=4 ;; max) col=5 ;; cpu) col=6 ;;
	*) die "bt_field: unknown field $field" ;;
	esac
	[ "$kind" = ratio ] && col=$((col - 1))
	awk -v k="$kind" -v n="$name" -v c="$col" \
		'$1 == k && (k == "ratio" || $2 == n) { print $c; found = 1 }
		 END { if (!found) exit 1 }' "$file"
}
bt_case() { bt_field "$W/$1.timing.txt" case "$2" "$3"; }
bt_ratio() { bt_field "$W/$1.timing.txt" ratio - "$2"; }

# bt ROW NAME=CMDFILE...: times the cases side by side, interleaved.
bt() {
	local row=$1
	shift
	"$BENCHTIME" -n "$RUNS" -w "$WARMUP" -j "$W/$row.timing.json" "$@" \
		>"$W/$row.timing.txt" || die "timing of row '$row' failed (see above)"
}

# One command line of a benchtime case file, quoted the way it splits.
cmdline() {
	printf '%q ' "$@"
	echo
}

# Prints "x.xx ms"-style numbers.
ms() {
	printf '%.1f' "$1"
}

ratio_text() {
	printf '%.2fx [%.2f..%.2f]' "$1" "$2" "$3"
}

# goal_met VALUE OP LIMIT: prints "met" or "not met" (OP: le).
goal_met() {
	awk -v v="$1" -v l="$3" 'BEGIN { print (v <= l) ? "met" : "not met" }'
}

# JSON for a goal_met verdict: true, false, or null when not decided.
json_met() {
	case $1 in met) echo true ;; "not met") echo false ;; *) echo null ;; esac
}

json_str() {
	local s=${1//\\/\\\\}
	s=${s//\"/\\\"}
	s=${s//$'\t'/ }
	printf '"%s"' "${s//$'\n'/ }"
}

# Table lines are printed as they come and kept for the summary at the end.
table_row() {
	printf '%s\n' "$*" | tee -a "$W/table.txt"
}

# driver/'s folders depend one way: cli → {pipeline, inspect} → stages →
# verify → llvm → diag → io (a folder uses its own files and those of
# folders after it; stages/<phase>/ are one folder). Includes name their header
# from driver/ ("diag/diag.h"), and no two files call each other, directly
# or around a circle, through the headers they include.
. "$(dirname "$0")/../lib.sh"
drv=$TESTS_DIR/../driver
cd "$drv" || exit 1

rank() {
	case $1 in
	cli) echo 6 ;;
	pipeline | inspect) echo 5 ;;
	stages) echo 4 ;;
	verify) echo 3 ;;
	llvm) echo 2 ;;
	diag) echo 1 ;;
	io) echo 0 ;;
	*) echo 0 ;;
	esac
}

fail=0
# Headers that are not in the source tree: generated (into the build
# tree's driver/gen/, beside the generators' driver/gen/), or loader/'s.
outside=" gen/version.h gen/libbpf_sections.h gen/license_gpl_table.h cargo/process.h "

# Every include is driver-relative and goes to the same or a later folder.
while IFS=: read -r file _ inc; do
	inc=${inc#*\"}
	inc=${inc%%\"*}
	if [[ $outside == *" $inc "* ]] || [ -f "../loader/$inc" ]; then
		continue
	fi
	if [ ! -f "$inc" ]; then
		echo "$file: #include \"$inc\" is not a path under driver/"
		fail=1
		continue
	fi
	from=${file%%/*}
	to=${inc%%/*}
	[ "$from" = "$to" ] && continue
	if [ "$(rank "$from")" -le "$(rank "$to")" ]; then
		echo "$file: #include \"$inc\" goes from $from/ up to $to/"
		fail=1
	fi
done < <(grep -rn '^#include "' --include='*.c' --include='*.h' . | sed 's|^\./||' | grep -v '^gen/')

# Calls between files through included headers: a → b when a calls a
# function that b defines and a header a includes (or one it includes)
# declares. tsort finds any circle.
edges=$(find . -path ./gen -prune -o \( -name '*.c' -o -name '*.h' \) -print | sed 's|^\./||' | sort |
	xargs awk '
	FNR == 1 { file = FILENAME; files[file] = 1 }
	/^#include "/ { inc = $2; gsub(/"/, "", inc); incs[file, ++n_inc[file]] = inc }
	{ text[file] = text[file] "\n" $0 }
	# A non-static function defined at the start of a line in a .c file.
	file ~ /\.c$/ && /^[a-z_][a-z0-9_ ]*[ *]\**[a-z_][a-z0-9_]*\(/ && !/^static/ && !/;[[:space:]]*$/ {
		name = $0
		sub(/\(.*/, "", name)
		sub(/.*[ *]/, "", name)
		def[name] = file
	}
	function visit(h, c,    i) {
		if ((c, h) in seen || !(h in files))
			return
		seen[c, h] = 1
		heads[c, ++n_heads[c]] = h
		for (i = 1; i <= n_inc[h]; i++)
			visit(incs[h, i], c)
	}
	function declares(h, f) {
		return text[h] ~ ("[^a-z0-9_]" f "\\(")
	}
	function calls(c, f) {
		return text[c] ~ ("[^a-z0-9_]" f "\\(")
	}
	END {
		for (c in files) {
			if (c !~ /\.c$/)
				continue
			for (i = 1; i <= n_inc[c]; i++)
				visit(incs[c, i], c)
			for (f in def) {
				if (def[f] == c || !calls(c, f))
					continue
				for (i = 1; i <= n_heads[c]; i++)
					if (declares(heads[c, i], f)) {
						print c, def[f]
						break
					}
			}
		}
	}' | sort -u)
if ! loops=$(tsort <<<"$edges" 2>&1 >/dev/null) || [ -n "$loops" ]; then
	echo "files that call each other:"
	echo "$loops"
	while read -r a b; do
		if [[ $a < $b ]] && grep -qx "$b $a" <<<"$edges"; then
			echo "  $a <-> $b"
		fi
	done <<<"$edges"
	fail=1
fi

[ $fail = 0 ] || fail "driver/ layout: see above"
echo "driver/ layout: includes and calls run one way"

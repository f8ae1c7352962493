# Objects damaged in one field (BTF, ELF header): irbpf-agent says why in
# one "irbpf-agent: error:" line, exits 1 before libbpf opens the object (libbpf 1.1's
# parser crashed on the BTF one: exit 139, nothing on stderr).
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj xdp_count
bpfrun xdp_count.o count_packets --in-size 40 --ret 2 --map counts:0=1

for kind in var-type shoff-end shnum-zero; do
	python3 "$TESTS_DIR/tools/damage_obj.py" "$kind" xdp_count.o damaged.o
	before=$(ls -A)
	rc=0
	timeout 60 "$AGENT" --duration 1 damaged.o >out.txt 2>err.txt || rc=$?
	[ "$rc" -eq 1 ] || fail "$kind: exit status $rc: $(cat err.txt)"
	[ ! -s out.txt ] || fail "$kind: output on stdout: $(cat out.txt)"
	[ "$(wc -l <err.txt)" -eq 1 ] || fail "$kind: more than one line: $(cat err.txt)"
	case $kind in
	var-type) why="invalid BTF: type \\[[0-9]+\\] VAR 'counts' refers to type 255" ;;
	shoff-end) why="the section header table .* does not fit in the file" ;;
	shnum-zero) why="no sections" ;;
	esac
	grep -Eq "^irbpf-agent: error: cannot open damaged\\.o: $why" err.txt ||
		fail "$kind: '$(cat err.txt)' does not say /$why/"
	rm -f out.txt err.txt
	[ "$before" = "$(ls -A)" ] || fail "$kind: files left behind: $(ls -A)"
	echo "ok: $kind"
done
echo PASS

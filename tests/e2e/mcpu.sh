# Every instruction set version gives an object the kernel loads and runs.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib.bc
pkt=00000000000000000000000000000102030405060708090a0b0c0d0e0f10
bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
for cpu in v1 v2 v3 v4; do
	for opt in -O1 -O2 -O3; do
		"$IRBPF" -mcpu=$cpu $opt main.bc lib.bc -o "multi-$cpu$opt.o"
		bpfrun "multi-$cpu$opt.o" sum_bytes --in "$pkt" --ret 216 --map last_sum:0=1496
	done
	# -O0 keeps every call; checksum() takes a pointer, which the verifier
	# checks as a global function (its debug info says non-static), so
	# -O0 is exercised on a program with scalar-only calls.
	"$IRBPF" -mcpu=$cpu -O0 xdp.bc -o "xdp-$cpu-O0.o"
	bpfrun "xdp-$cpu-O0.o" count_packets --in-size 100 --ret 2 --map counts:1=1
done
# v1 has no 32-bit jumps; v3 uses them (jmp32 class, opcode low bits 0x6).
"$IRBPF" -mcpu=v1 --emit=asm main.bc lib.bc -o v1.s
"$IRBPF" -mcpu=v3 --emit=asm main.bc lib.bc -o v3.s
! grep -qE '\bw[0-9]+ ' v1.s || fail "v1 output uses 32-bit subregisters"
grep -qE '\bw[0-9]+ ' v3.s || fail "v3 output does not use 32-bit subregisters"
echo PASS

#!/usr/bin/env bash
# Builds irbpf and the C example, then loads the example into the kernel
# and runs it on a few packets, showing the verdict and the map contents.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
b=$root/build
obj=$b/examples/c/hello_xdp.o

echo
echo "== irbpf compiled $obj:"
"$b/driver/irbpf" --version
echo
# An Ethernet + IPv4 header carrying protocol 17 (UDP), sent 3 times.
eth=ffffffffffff0000000000010800
ip=450000280000000040110000c0a80001c0a80002
udp=00350035001400000000000000000000
echo "== running hello_xdp on 3 UDP packets with BPF_PROG_TEST_RUN:"
"$b/tests/bpfrun" "$obj" hello_xdp --in "$eth$ip$udp" --repeat 3 --ret 2 \
	--map proto_count:17=3
echo "(retval 2 is XDP_PASS; proto_count[17] counts the UDP packets)"

# (c) The Makefile example, and a Makefile that includes the installed
# irbpf.mk (found through pkg-config), built with the installed tree only;
# objects run in the kernel; depfiles make a header or runtime change
# rebuild; a CO-RE program gets vmlinux.h from irbpf.mk's rule; a program
# uses the installed C headers (<irbpf/bpf.h>) and runtime.
. "$(dirname "$0")/installed.bash"
need_bpf

check_ports() {	# OBJ: port 53 passes, port 23 is dropped; both counted
	bpfrun "$1" ports --in "$UDP_53" --repeat 4 --ret 0 --map port_packets:53=4
	bpfrun "$1" ports --in "$TCP_23" --repeat 2 --ret 2 --map port_packets:23=2
}

# As a user runs it: irbpf from PATH, clang chosen from irbpf's LLVM.
make() { env -u IRBPF -u CLANG make "$@"; }
cp -r "$IRBPF_SOURCE_DIR/examples/make" ex
make -C ex >make.log 2>&1 || fail "make failed: $(tail -n 5 make.log)"
grep -q "^irbpf .*ports.bc l4.bc -o ports.bpf.o" make.log || fail "not linked by irbpf from PATH"
grep -q "^clang-${LLVM_MAJOR} -target bpf" make.log || fail "not compiled by clang-$LLVM_MAJOR"
check_ports ex/ports.bpf.o
make -C ex >make.log 2>&1
grep -q "Nothing to be done" make.log || fail "no-op make rebuilt: $(cat make.log)"
sleep 1
touch ex/l4.h
make -C ex >make.log 2>&1
grep -q "l4.bc -o ports.bpf.o" make.log || fail "l4.h change did not relink: $(cat make.log)"
# The installed runtime is a dependency; with --runtime, the one given.
grep -qxF "  $P/bin/../lib/irbpf/runtime.bc" ex/ports.bpf.o.d ||
	fail "depfile does not name the installed runtime: $(cat ex/ports.bpf.o.d)"
cp "$P/lib/irbpf/runtime.bc" rt.bc
make -C ex clean >/dev/null
make -C ex IRBPF_FLAGS="--runtime $WORK/rt.bc" >make.log 2>&1
grep -qxF "  $WORK/rt.bc" ex/ports.bpf.o.d || fail "depfile does not name --runtime's file"
[ "$(make -C ex IRBPF_FLAGS="--runtime $WORK/rt.bc" 2>&1 | grep -c 'irbpf ')" -eq 0 ] ||
	fail "no-op make with --runtime relinked"
sleep 1
touch rt.bc
make -C ex IRBPF_FLAGS="--runtime $WORK/rt.bc" >make.log 2>&1
grep -q -- "-o ports.bpf.o" make.log || fail "a changed runtime did not relink"
! grep -q -- "rt.bc -o ports.bpf.o" make.log || fail "the runtime was linked as an input"
make -C ex clean >/dev/null
make -C ex IRBPF="$P/bin/irbpf" IRBPF_FLAGS=-mcpu=v4 >/dev/null
grep -q bswap16 <<<"$(disasm ex/ports.bpf.o)" || fail "IRBPF_FLAGS=-mcpu=v4 not applied"
check_ports ex/ports.bpf.o

# irbpf.mk: two lines of Makefile and the dependency list of the program.
mkdir mk
cp ex/*.bpf.c ex/*.h mk/
# libbpf-bootstrap's spelling: <vmlinux.h>, found beside the source.
sed 's/#include "vmlinux.h"/#include <vmlinux.h>/' "$TESTS_DIR/c/core_task.c" >mk/core_task.bpf.c
grep -q '^#include <vmlinux.h>' mk/core_task.bpf.c || fail "core_task.c no longer includes vmlinux.h"
# <irbpf/bpf.h> from the install tree: annotated maps, helpers by name.
cp "$TESTS_DIR/c/runtime_maps.c" mk/account.bpf.c
cat >mk/Makefile <<'MK'
include $(shell pkg-config --variable=mkfile irbpf)
all: ports.bpf.o core_task.bpf.o account.bpf.o
ports.bpf.o: ports.bc l4.bc
core_task.bc: vmlinux.h
MK
PKG_CONFIG_PATH=$P/lib/pkgconfig make -C mk >mk.log 2>&1 || fail "irbpf.mk build failed: $(tail -n 5 mk.log)"
grep -q "^$P/bin/irbpf .*ports.bc l4.bc -o ports.bpf.o" mk.log ||
	fail "irbpf.mk did not link with the irbpf beside it: $(cat mk.log)"
grep -q "^clang-${LLVM_MAJOR} -target bpf" mk.log || fail "irbpf.mk did not pick clang-$LLVM_MAJOR"
check_ports mk/ports.bpf.o
bpfrun mk/core_task.bpf.o task_check --ret 1
grep -q "$P/include/irbpf/bpf.h" mk/account.bc.d || fail "<irbpf/bpf.h> not from the install tree"
# 92 bytes, EtherType IPv4: skb->len 78; flows[8] = { 3 packets, 234 bytes }.
packet=$(printf '%024x0800%0156x' 0 0)
bpfrun mk/account.bpf.o account --in "$packet" --repeat 3 --ret 78 \
	--map sizes:1=3 --map flows:8=x:03000000ea000000
PKG_CONFIG_PATH=$P/lib/pkgconfig make -C mk >mk.log 2>&1
grep -q "Nothing to be done" mk.log || fail "no-op make with irbpf.mk rebuilt: $(cat mk.log)"
sleep 1
touch mk/l4.h
PKG_CONFIG_PATH=$P/lib/pkgconfig make -C mk >mk.log 2>&1
grep -q "ports.bc l4.bc -o ports.bpf.o" mk.log || fail "irbpf.mk: l4.h change did not relink: $(cat mk.log)"
! grep -q "core_task" mk.log || fail "irbpf.mk: l4.h change rebuilt core_task"
echo PASS

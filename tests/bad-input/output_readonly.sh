# An output directory that is not writable: a read-only bind mount in a
# private mount namespace, else irbpf run as user nobody.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
mkdir ro
printf 'previous output\n' > ro/out.o
chmod -R a+rX "$WORK"
if unshare -m true 2>/dev/null; then
	RUN_AS=(unshare -m sh -c 'mount --bind ro ro && mount -o remount,bind,ro ro && exec "$@"' sh)
	OUT=ro/out.o bad "^irbpf: error: prog\.bc: cannot write output 'ro/out\.o': Read-only file system$" prog.bc
elif setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$IRBPF" 2>/dev/null; then
	RUN_AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	OUT=ro/out.o bad "^irbpf: error: prog\.bc: cannot write output 'ro/out\.o': Permission denied$" prog.bc
else
	exit 77
fi
echo PASS

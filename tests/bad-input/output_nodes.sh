# -o and -MF naming something other than a regular file: a character
# device or FIFO is written into (as clang does), never replaced by a
# file; a directory (or a symlink to one), a block device or a socket is
# refused and left as it was.
. "$(dirname "$0")/lib.bash"

prog_bc 7
"$IRBPF" prog.bc -o ref.o

# is_kind PATH KIND: stat's %F of PATH (not following a symlink)
is_kind() {
	[ "$(stat -c %F "$1")" = "$2" ] || fail "'$1' is now a $(stat -c %F "$1"), not a $2"
}

mknod null c 1 3
"$IRBPF" prog.bc -o null -MF null.d
"$IRBPF" prog.bc -o out.o -MF null
is_kind null "character special file"
no_temp_files .

# /dev/null itself, in a private mount namespace where it is a node of our own.
if unshare -m true 2>/dev/null; then
	unshare -m sh -c 'mount -t tmpfs none /dev && mknod -m 666 /dev/null c 1 3 &&
		"$1" prog.bc -o /dev/null && test -c /dev/null && [ -z "$(ls -A /dev | grep -v "^null$")" ]' \
		sh "$IRBPF" || fail "-o /dev/null did not leave a lone character device"
fi

# A FIFO with a reader gets the object, and stays a FIFO.
mkfifo pipe
cat pipe > from-pipe.o &
reader=$!
"$IRBPF" prog.bc -o pipe
wait "$reader"
is_kind pipe "fifo"
cmp ref.o from-pipe.o || fail "the object read from the FIFO differs"
if bpfrun --probe; then
	bpfrun from-pipe.o prog --in-size 64 --ret 7
fi

# A directory, also behind a symlink: "Is a directory", as clang says.
mkdir dir
ln -s dir dir-link
OUT=dir-link bad "^irbpf: error: prog\.bc: cannot write output 'dir-link': Is a directory$" prog.bc
is_kind dir-link "symbolic link"
OUT=. bad "^irbpf: error: prog\.bc: cannot write output '\.': Is a directory$" prog.bc
bad "^irbpf: error: prog\.bc: cannot write output 'dir/': Is a directory$" -MF dir/ prog.bc
[ -z "$(ls -A dir)" ] || fail "dir changed"

# A block device is never written over; a socket cannot be opened.
mknod blk b 7 200
OUT=blk bad "^irbpf: error: prog\.bc: cannot write output 'blk': not a regular file, character device or FIFO$" prog.bc
if command -v python3 >/dev/null; then
	python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("sock")'
	OUT=sock bad "^irbpf: error: prog\.bc: cannot write output 'sock': No such device or address$" prog.bc
fi
echo PASS

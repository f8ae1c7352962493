# An input that does not exist, is empty, or is a directory.
. "$(dirname "$0")/lib.bash"

bad "^irbpf: error: missing\.bc: cannot read input: No such file or directory$" missing.bc
: > empty.bc
bad "^irbpf: error: empty\.bc: empty input file$" empty.bc
mkdir adir
bad "^irbpf: error: adir: cannot read input: Is a directory$" adir
echo PASS

# A syntax error in textual IR carries file:line:col.
. "$(dirname "$0")/lib.bash"

printf 'define i32 @f() {\n  ret i32 %%x\n}\n' > x.ll
bad "^irbpf: error: x\.ll:2:11: use of undefined value '%x'$" x.ll
echo PASS

# Shared by the valgrind/ tests (sourced after ../lib.sh): skips the test
# without valgrind or with an ASan build, and runs commands under it.
command -v valgrind >/dev/null || exit 77
# An ASan build cannot run under valgrind; the sanitizers check it instead.
ldd "$IRBPF" > ldd.out
if grep -q 'libasan\|libclang_rt.asan' ldd.out; then exit 77; fi

# The valgrind command line: exit 99 on memory errors and leaks.
VALGRIND=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect
	--errors-for-leak-kinds=definite,indirect
	--suppressions="$TESTS_DIR/sanitizers/valgrind.supp"
	--suppressions="$TESTS_DIR/sanitizers/valgrind-bpf.supp")

# vg CMD...: CMD under valgrind.
vg() {
	"${VALGRIND[@]}" "$@"
}

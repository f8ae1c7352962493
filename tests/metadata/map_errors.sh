# A bad annotated map is one clear error naming the map (and where it is
# declared), exit 1, and no output file.
. "$(dirname "$0")/../lib.sh"

# case NAME DECLARATION: a program using map "m" declared by DECLARATION
case_src() {
	cat > "$1.c" <<C
#define SEC(name) __attribute__((section(name), used))
struct def20 { unsigned int type, key_size, value_size, max_entries, map_flags; };
struct def28 { unsigned int type, key_size, value_size, max_entries, map_flags, id, pinning; };
struct def280 { unsigned int type, key_size, value_size, max_entries, map_flags, pinning; char ns[256]; };
$2
static void *(*lookup)(void *, const void *) = (void *)1;
SEC("socket") int prog(void *ctx) { unsigned int k = 0; return lookup(&m, &k) != 0; }
char LICENSE[] SEC("license") = "GPL";
C
	bc_host "$1.c" "$1.bc"
}

run_case() {	# NAME PATTERN DECLARATION [irbpf options]
	local name=$1 pattern=$2 decl=$3
	shift 3
	case_src "$name" "$decl"
	expect_error "$pattern" "$IRBPF" "$@" "$name.bc" -o "$name.o"
	[ ! -e "$name.o" ] || fail "$name: output written"
}

run_case size "map 'm' \(size.c:5\): annotated map definition is 24 bytes; expected 20" \
	'struct { unsigned int f[6]; } m SEC("maps") = { { 2, 4, 4, 1, 0, 0 } };'
run_case type "map 'm' \(type.c:5\): unknown map type 99" \
	'struct def20 m SEC("maps") = { 99, 4, 4, 1, 0 };'
run_case unspec "map 'm' .*: unknown map type 0" \
	'struct def20 m SEC("maps") = { 0, 4, 4, 1, 0 };'
run_case zero "map 'm' .*: max_entries is 0" \
	'struct def20 m SEC("maps") = { 1, 4, 4, 0, 0 };'
run_case arraykey "map 'm' .*: key_size must be 4 for map type array, not 8" \
	'struct def20 m SEC("maps") = { 2, 8, 4, 1, 0 };'
run_case hashvalue "map 'm' .*: key_size and value_size must not be 0 for map type hash" \
	'struct def20 m SEC("maps") = { 1, 4, 0, 1, 0 };'
run_case ringbuf "map 'm' .*: key_size and value_size must be 0 for map type ringbuf" \
	'struct def20 m SEC("maps") = { 27, 4, 4, 4096, 0 };'
run_case longname "map name 'a_map_name_longer_than_15' \(longname.c:5\) is longer than 15 characters" \
	'struct def20 a_map_name_longer_than_15 SEC("maps") = { 2, 4, 4, 1, 0 };
#define m a_map_name_longer_than_15'
run_case badname "map 'bad-name' .*: the name must be a C identifier" \
	'struct def20 m SEC("maps/bad-name") = { 2, 4, 4, 1, 0 };'
run_case twice "map 'm' .*: declared twice" \
	'struct def20 m SEC("maps") = { 2, 4, 4, 1, 0 };
struct def20 other SEC("maps/m") = { 2, 4, 4, 1, 0 };'
run_case pin28 "map 'm' .*: pinning 5 is neither 0 \(none\) nor 1 \(by name\)" \
	'struct def28 m SEC("maps") = { 2, 4, 4, 1, 0, 0, 5 };'
run_case pingo "map 'm' .*: gobpf pinning 1 \(object namespace\) has no equivalent" \
	'struct def280 m SEC("maps/m") = { 2, 4, 4, 1, 0, 1, "" };'
run_case pointer "map 'm' .*: the definition is not a constant of plain integers" \
	'int x; struct __attribute__((packed)) { int *p; unsigned int a, b, c; } m SEC("maps") = { &x, 4, 4, 1 };'
run_case clash "map 'm' .*: another symbol has this name" \
	'int m(void) { return 0; }
struct def20 mm SEC("maps/m") = { 2, 4, 4, 1, 0 };
#define m mm'
# A BTF-defined map compiled without -g has no BTF: libbpf could not load it.
bc_bpf "$TESTS_DIR/c/xdp_count.c" nodebug.bc -g0
expect_error "map 'counts' in section '.maps' has no debug info, so no BTF .*; compile it with -g" \
	"$IRBPF" nodebug.bc -o nodebug.o
[ ! -e nodebug.o ] || fail "output written for a .maps map without BTF"
no_temp_files .
echo PASS

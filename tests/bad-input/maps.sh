# Annotated maps (u32 fields in section "maps") the kernel would refuse.
. "$(dirname "$0")/lib.bash"

map_case() {	# NAME PATTERN DECLARATION
	src "$1" <<C
$3
static void *(*lookup)(void *, const void *) = (void *)1;
$SOCK int prog(void *ctx) { unsigned int k = 0; return lookup(&m, &k) != 0; }
$LIC
C
	bc_host "$1.c" "$1.bc"
	bad "$2" "$1.bc"
}
map_case size "^irbpf: error: size\.bc: map 'm' \(size\.c:1\): annotated map definition is 24 bytes; expected 20" \
	'struct { unsigned int f[6]; } m __attribute__((section("maps"))) = { { 2, 4, 4, 1, 0, 0 } };'
map_case type "^irbpf: error: type\.bc: map 'm' \(type\.c:1\): unknown map type 99" \
	'struct { unsigned int f[5]; } m __attribute__((section("maps"))) = { { 99, 4, 4, 1, 0 } };'
map_case zero "^irbpf: error: zero\.bc: map 'm' \(zero\.c:1\): max_entries is 0" \
	'struct { unsigned int f[5]; } m __attribute__((section("maps"))) = { { 1, 4, 4, 0, 0 } };'
map_case long "^irbpf: error: long\.bc: map name 'a_map_name_longer_than_15' \(long\.c:1\) is longer than 15 characters" \
	'struct { unsigned int f[5]; } a_map_name_longer_than_15 __attribute__((section("maps"))) = { { 2, 4, 4, 1, 0 } };
#define m a_map_name_longer_than_15'
echo PASS

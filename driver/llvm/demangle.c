// SPDX-License-Identifier: MIT
#include "llvm/demangle.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The hash rustc appends as a last path element: h + 16 hex digits. */
static bool is_hash(const char *s, size_t len)
{
	if (len != 17 || s[0] != 'h')
		return false;
	for (size_t i = 1; i < len; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return true;
}

static bool append(char *buf, size_t size, size_t *pos, const char *s, size_t len)
{
	if (*pos + len + 1 > size)
		return false;
	memcpy(buf + *pos, s, len);
	*pos += len;
	buf[*pos] = '\0';
	return true;
}

/* _ZN <len><ident>... E, joined with "::". */
static bool demangle_rust_legacy(const char *sym, char *buf, size_t size)
{
	const char *p = sym + 3;
	size_t pos = 0;

	buf[0] = '\0';
	while (*p && *p != 'E') {
		char *end;
		unsigned long len = strtoul(p, &end, 10);

		if (end == p || !len || strlen(end) < len)
			return false;
		if (!is_hash(end, len) &&
		    ((pos && !append(buf, size, &pos, "::", 2)) ||
		     !append(buf, size, &pos, end, len)))
			return false;
		p = end + len;
	}
	return *p == 'E' && pos;
}

/* v0 <disambiguator>: "s" <base-62-number> "_" */
static void skip_disambiguator(const char **p)
{
	if (**p != 's')
		return;
	while (**p && **p != '_')
		(*p)++;
	if (**p == '_')
		(*p)++;
}

/* v0 <identifier>: <decimal-number> ["_"] <bytes>; punycode ("u") not
 * needed for the paths in diagnostics. */
static bool v0_ident(const char **p, char *buf, size_t size, size_t *pos)
{
	char *end;
	unsigned long len;

	skip_disambiguator(p);
	if (!isdigit((unsigned char)**p))
		return false;
	len = strtoul(*p, &end, 10);
	if (*end == '_')
		end++;
	if (strlen(end) < len)
		return false;
	if (*pos && !append(buf, size, pos, "::", 2))
		return false;
	if (!append(buf, size, pos, end, len))
		return false;
	*p = end + len;
	return true;
}

/* v0 <path> made of crate roots ("C") and nested paths ("N" <namespace>);
 * generic arguments, impls and back references are left mangled. */
static bool v0_path(const char **p, char *buf, size_t size, size_t *pos, int depth)
{
	if (depth > 32)
		return false;
	switch (**p) {
	case 'C':
		(*p)++;
		return v0_ident(p, buf, size, pos);
	case 'N':
		(*p)++;
		if (!isalpha((unsigned char)**p))
			return false;
		(*p)++;
		return v0_path(p, buf, size, pos, depth + 1) && v0_ident(p, buf, size, pos);
	default:
		return false;
	}
}

static bool demangle_rust_v0(const char *sym, char *buf, size_t size)
{
	const char *p = sym + 2;
	size_t pos = 0;

	buf[0] = '\0';
	/* An instantiating crate may follow the path; nothing else may. */
	return v0_path(&p, buf, size, &pos, 0) && (!*p || *p == 'C') && pos;
}

const char *demangle(const char *sym, char *buf, size_t size)
{
	if (!size)
		return buf;
	if (!strncmp(sym, "_ZN", 3) && demangle_rust_legacy(sym, buf, size))
		return buf;
	if (!strncmp(sym, "_R", 2) && demangle_rust_v0(sym, buf, size))
		return buf;
	snprintf(buf, size, "%s", sym);
	return buf;
}

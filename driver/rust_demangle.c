// SPDX-License-Identifier: MIT
/*
 * Readable names for Rust's legacy symbol mangling in diagnostics:
 * "_ZN5hello4main17h0123456789abcdefE" -> "hello::main". Names in any
 * other form (C, Rust's v0 "_R..." scheme) are copied unchanged.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rust.h"

static const struct {
	const char *code, *text;
} escapes[] = {
	{ "$LT$", "<" }, { "$GT$", ">" }, { "$RF$", "&" }, { "$BP$", "*" }, { "$C$", "," },
	{ "$u20$", " " }, { "$u27$", "'" }, { "$u5b$", "[" }, { "$u5d$", "]" },
	{ "$u7b$", "{" }, { "$u7d$", "}" }, { "$u7e$", "~" }, { "$SP$", "@" }, { "..", "::" },
};

static bool is_hash(const char *s, size_t len)
{
	if (len != 17 || s[0] != 'h')
		return false;
	for (size_t i = 1; i < len; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return true;
}

/* Appends one path component, undoing the legacy escapes. */
static size_t append_component(char *out, size_t used, size_t size, const char *s, size_t len)
{
	size_t i = s[0] == '_' && len > 1 && s[1] == '$' ? 1 : 0;

	while (i < len && used + 1 < size) {
		size_t k, n = 0;

		for (k = 0; k < sizeof(escapes) / sizeof(escapes[0]); k++) {
			n = strlen(escapes[k].code);
			if (n <= len - i && !strncmp(s + i, escapes[k].code, n))
				break;
		}
		if (k < sizeof(escapes) / sizeof(escapes[0])) {
			used += (size_t)snprintf(out + used, size - used, "%s", escapes[k].text);
			i += n;
		} else {
			out[used++] = s[i++];
		}
		if (used >= size)
			used = size - 1;
	}
	out[used] = '\0';
	return used;
}

bool rust_demangle(const char *name, char *out, size_t size)
{
	const char *p = name + 3;
	size_t used = 0;

	if (!size || strncmp(name, "_ZN", 3))
		return false;
	out[0] = '\0';
	while (isdigit((unsigned char)*p)) {
		char *end;
		unsigned long len = strtoul(p, &end, 10);

		if (len == 0 || strlen(end) < len)
			return false;
		if (end[len] == 'E' && end[len + 1] == '\0' && is_hash(end, len))
			return used > 0;
		if (used && used + 2 < size)
			used += (size_t)snprintf(out + used, size - used, "::");
		used = append_component(out, used, size, end, len);
		p = end + len;
	}
	return *p == 'E' && p[1] == '\0' && used > 0;
}

const char *rust_display_name(const char *name, char *buf, size_t size)
{
	return rust_demangle(name, buf, size) ? buf : name;
}

// SPDX-License-Identifier: MIT
/* Printing map values and event records by their BTF type. */
#include "btf_value.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <bpf/btf.h>

/* Deeper nesting than any real type; ends a walk over damaged BTF. */
#define MAX_DEPTH 32

struct printer {
	FILE *out;
	const struct btf *btf;
	bool json;
};

static void print_value(const struct printer *p, uint32_t id, const uint8_t *data,
			unsigned bit_off, unsigned nbits, int depth);

void value_quote(FILE *out, const char *s, size_t n, bool json)
{
	fputc('"', out);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c >= 0x20 && c < 0x7f)
			fputc(c, out);
		else
			fprintf(out, json ? "\\u%04x" : "\\x%02x", c);
	}
	fputc('"', out);
}

/* @nbits (at most 64) bits from bit @bit_off of little-endian @data. */
static uint64_t load_bits(const uint8_t *data, unsigned bit_off, unsigned nbits)
{
	unsigned first = bit_off / 8, end = (bit_off + nbits + 7) / 8;
	uint64_t v = 0;

	for (unsigned i = first; i < end; i++) {
		int pos = (int)(8 * (i - first)) - (int)(bit_off % 8);

		if (pos < 0)
			v |= (uint64_t)(data[i] >> -pos);
		else if (pos < 64)
			v |= (uint64_t)data[i] << pos;
	}
	if (nbits < 64)
		v &= ((uint64_t)1 << nbits) - 1;
	return v;
}

static int64_t sign_extend(uint64_t v, unsigned nbits)
{
	if (nbits && nbits < 64 && (v >> (nbits - 1) & 1))
		v |= ~(((uint64_t)1 << nbits) - 1);
	return (int64_t)v;
}

static void print_hex(const struct printer *p, const uint8_t *data, size_t size)
{
	fputs(p->json ? "\"0x" : "0x", p->out);
	for (size_t i = size; i > 0; i--)
		fprintf(p->out, "%02x", data[i - 1]);
	if (p->json)
		fputc('"', p->out);
}

static void print_int(const struct printer *p, const struct btf_type *t, const uint8_t *data,
		      unsigned bit_off, unsigned nbits)
{
	uint32_t enc = btf_int_encoding(t);
	uint64_t v;

	if (!nbits) {
		bit_off = btf_int_offset(t);
		nbits = btf_int_bits(t);
		if (bit_off + nbits > 8 * t->size)
			bit_off = nbits = 0;	/* damaged: its bytes */
	}
	if (nbits > 64 || nbits == 0) {
		print_hex(p, data + bit_off / 8, t->size);
		return;
	}
	v = load_bits(data, bit_off, nbits);
	if (enc & BTF_INT_BOOL)
		fputs(v ? "true" : "false", p->out);
	else if (enc & BTF_INT_SIGNED)
		fprintf(p->out, "%" PRId64, sign_extend(v, nbits));
	else
		fprintf(p->out, "%" PRIu64, v);
}

static const char *enum_name(const struct printer *p, const struct btf_type *t, uint64_t v)
{
	uint64_t mask = t->size >= 8 ? UINT64_MAX : ((uint64_t)1 << (8 * t->size)) - 1;

	for (unsigned i = 0; i < btf_vlen(t); i++) {
		uint64_t ev;
		uint32_t name;

		if (btf_is_enum(t)) {
			ev = (uint64_t)(int64_t)btf_enum(t)[i].val;
			name = btf_enum(t)[i].name_off;
		} else {
			ev = btf_enum64_value(&btf_enum64(t)[i]);
			name = btf_enum64(t)[i].name_off;
		}
		if ((ev & mask) == (v & mask))
			return btf__name_by_offset(p->btf, name);
	}
	return NULL;
}

static void print_enum(const struct printer *p, const struct btf_type *t, const uint8_t *data,
		       unsigned bit_off, unsigned nbits)
{
	uint64_t v;
	const char *name;

	if (!nbits)
		nbits = t->size >= 8 ? 64 : 8 * t->size;
	v = load_bits(data, bit_off, nbits);
	name = enum_name(p, t, v);
	if (name && *name && p->json)
		value_quote(p->out, name, strlen(name), true);
	else if (name && *name)
		fputs(name, p->out);
	else if (btf_kflag(t))
		fprintf(p->out, "%" PRId64, sign_extend(v, nbits));
	else
		fprintf(p->out, "%" PRIu64, v);
}

static void print_float(const struct printer *p, const struct btf_type *t,
			const uint8_t *data)
{
	double d;

	if (t->size == sizeof(float)) {
		float f;

		memcpy(&f, data, sizeof(f));
		d = f;
	} else if (t->size == sizeof(double)) {
		memcpy(&d, data, sizeof(d));
	} else {
		print_hex(p, data, t->size);
		return;
	}
	if (p->json && !isfinite(d))
		fputs("null", p->out);
	else
		fprintf(p->out, p->json ? "%.17g" : "%g", d);
}

/* BPF pointers are 64 bits. */
static void print_pointer(const struct printer *p, const uint8_t *data)
{
	uint64_t v = load_bits(data, 0, 64);

	fprintf(p->out, p->json ? "%" PRIu64 : "0x%" PRIx64, v);
}

static void print_key(const struct printer *p, const char *name, bool *first)
{
	if (!*first)
		fputs(p->json ? "," : ", ", p->out);
	*first = false;
	if (p->json) {
		value_quote(p->out, name, strlen(name), true);
		fputc(':', p->out);
	} else {
		fprintf(p->out, "%s=", name);
	}
}

/* Whether a member lies within its struct (damaged BTF may say not). */
static bool member_inside(const struct printer *p, const struct btf_type *t, uint32_t type,
			  unsigned bit_off, unsigned nbits)
{
	int64_t size = nbits ? (bit_off % 8 + nbits + 7) / 8 : btf__resolve_size(p->btf, type);

	return size >= 0 && bit_off / 8 + (uint64_t)size <= t->size;
}

/* Members of a struct or union; those without a name in place. */
static void print_members(const struct printer *p, const struct btf_type *t,
			  const uint8_t *data, bool *first, int depth)
{
	const struct btf_member *m = btf_members(t);

	for (unsigned i = 0; i < btf_vlen(t); i++, m++) {
		const char *name = btf__name_by_offset(p->btf, m->name_off);
		unsigned off = btf_member_bit_offset(t, i);
		unsigned nbits = btf_member_bitfield_size(t, i);
		int rid = btf__resolve_type(p->btf, m->type);
		const struct btf_type *mt = rid > 0 ? btf__type_by_id(p->btf, rid) : NULL;

		if ((!name || !*name) && mt && btf_is_composite(mt) && depth < MAX_DEPTH &&
		    member_inside(p, t, m->type, off, 0)) {
			print_members(p, mt, data + off / 8, first, depth + 1);
			continue;
		}
		print_key(p, name && *name ? name : "?", first);
		if (!member_inside(p, t, m->type, off, nbits))
			fputs(p->json ? "null" : "?", p->out);
		else if (nbits)
			print_value(p, m->type, data, off, nbits, depth + 1);
		else
			print_value(p, m->type, data + off / 8, 0, 0, depth + 1);
	}
}

static void print_datasec(const struct printer *p, const struct btf_type *t,
			  const uint8_t *data, int depth)
{
	const struct btf_var_secinfo *v = btf_var_secinfos(t);
	bool first = true;

	fputc('{', p->out);
	for (unsigned i = 0; i < btf_vlen(t); i++, v++) {
		const struct btf_type *var = btf__type_by_id(p->btf, v->type);
		const char *name = var ? btf__name_by_offset(p->btf, var->name_off) : NULL;

		if (v->offset + (uint64_t)v->size > t->size ||
		    btf__resolve_size(p->btf, v->type) > v->size)
			continue;
		print_key(p, name && *name ? name : "?", &first);
		print_value(p, v->type, data + v->offset, 0, 0, depth + 1);
	}
	fputc('}', p->out);
}

/* Whether the elements of an array are C `char` (not a typedef of it). */
static bool is_c_char(const struct btf *btf, uint32_t id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	while (t && btf_is_mod(t))
		t = btf__type_by_id(btf, t->type);
	return t && btf_is_int(t) && !strcmp(btf__name_by_offset(btf, t->name_off), "char");
}

/* Printable ASCII up to a NUL, zeros after it (how strings are kept). */
static bool looks_like_text(const uint8_t *s, size_t n)
{
	size_t len = strnlen((const char *)s, n);

	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] < 0x20 || s[i] >= 0x7f)
			return false;
	for (size_t i = len; i < n; i++)
		if (s[i])
			return false;
	return true;
}

static bool print_as_string(const struct printer *p, uint32_t elem_id,
			    const struct btf_type *elem, const uint8_t *data, size_t n)
{
	if (!btf_is_int(elem) || elem->size != 1 || (btf_int_encoding(elem) & BTF_INT_BOOL))
		return false;
	if (!is_c_char(p->btf, elem_id) && !looks_like_text(data, n))
		return false;
	value_quote(p->out, (const char *)data, strnlen((const char *)data, n), p->json);
	return true;
}

static void print_array(const struct printer *p, const struct btf_type *t,
			const uint8_t *data, int depth)
{
	const struct btf_array *a = btf_array(t);
	int eid = btf__resolve_type(p->btf, a->type);
	const struct btf_type *elem = eid > 0 ? btf__type_by_id(p->btf, eid) : NULL;
	int64_t esize = btf__resolve_size(p->btf, a->type);

	if (!elem || esize <= 0) {
		fputs(p->json ? "null" : "?", p->out);
		return;
	}
	if (print_as_string(p, a->type, elem, data, a->nelems))
		return;
	fputc('[', p->out);
	for (uint32_t i = 0; i < a->nelems; i++) {
		if (i)
			fputs(p->json ? "," : ", ", p->out);
		print_value(p, a->type, data + i * esize, 0, 0, depth + 1);
	}
	fputc(']', p->out);
}

static void print_value(const struct printer *p, uint32_t id, const uint8_t *data,
			unsigned bit_off, unsigned nbits, int depth)
{
	int rid = btf__resolve_type(p->btf, id);
	const struct btf_type *t = rid > 0 ? btf__type_by_id(p->btf, rid) : NULL;
	bool first = true;

	if (!t || depth > MAX_DEPTH) {
		fputs(p->json ? "null" : "?", p->out);
		return;
	}
	if (btf_is_int(t)) {
		print_int(p, t, data, bit_off, nbits);
	} else if (btf_is_any_enum(t)) {
		print_enum(p, t, data, bit_off, nbits);
	} else if (nbits) {
		fprintf(p->out, "%" PRIu64, load_bits(data, bit_off, nbits));
	} else if (btf_is_ptr(t)) {
		print_pointer(p, data);
	} else if (btf_is_float(t)) {
		print_float(p, t, data);
	} else if (btf_is_array(t)) {
		print_array(p, t, data, depth);
	} else if (btf_is_composite(t)) {
		fputc('{', p->out);
		print_members(p, t, data, &first, depth);
		fputc('}', p->out);
	} else if (btf_is_datasec(t)) {
		print_datasec(p, t, data, depth);
	} else {
		fputs(p->json ? "null" : "?", p->out);
	}
}

bool btf_value_fits(const struct btf *btf, uint32_t type_id, size_t size)
{
	int64_t tsize;

	if (!btf || !type_id || !btf__type_by_id(btf, type_id))
		return false;
	tsize = btf__resolve_size(btf, type_id);
	return tsize > 0 && (uint64_t)tsize <= size;
}

void btf_value_print(FILE *out, const struct btf *btf, uint32_t type_id, const void *data,
		     bool json)
{
	struct printer p = { .out = out, .btf = btf, .json = json };

	print_value(&p, type_id, data, 0, 0, 0);
}

// SPDX-License-Identifier: MIT
/*
 * The raw .BTF section checked the way the kernel checks it, before
 * libbpf 1.1 (which predates libbpf's own sanity checks) follows a type
 * id, a string offset or a chain of types it read from the file.
 */
#include "validate.h"
#include "valid_priv.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/btf.h>

#define TYPE_SIZE 12u		/* struct btf_type */

struct btf_view {
	const uint8_t *types;
	uint32_t types_len;
	const char *strs;
	uint32_t str_len;
	uint32_t n;		/* types 1..n; 0 is void */
	uint32_t *off;		/* off[id]: offset of type id in types */
	struct valid_why why;
};

static const char *const kind_names[] = {
	"UNKN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF",
	"VOLATILE", "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT",
	"DECL_TAG", "TYPE_TAG", "ENUM64",
};

static const uint8_t *type_at(const struct btf_view *v, uint32_t id)
{
	return v->types + v->off[id];
}

static unsigned kind_of(const struct btf_view *v, uint32_t id)
{
	return id ? (valid_rd32(type_at(v, id) + 4) >> 24) & 0x1f : BTF_KIND_UNKN;
}

static unsigned vlen_of(const struct btf_view *v, uint32_t id)
{
	return valid_rd32(type_at(v, id) + 4) & 0xffff;
}

/* Bytes that follow struct btf_type for @kind, or -1 for no known kind. */
static long extra_size(unsigned kind, unsigned vlen)
{
	switch (kind) {
	case BTF_KIND_INT:
	case BTF_KIND_VAR:
	case BTF_KIND_DECL_TAG:
		return 4;
	case BTF_KIND_ARRAY:
		return 12;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_DATASEC:
	case BTF_KIND_ENUM64:
		return 12L * vlen;
	case BTF_KIND_ENUM:
	case BTF_KIND_FUNC_PROTO:
		return 8L * vlen;
	case BTF_KIND_PTR:
	case BTF_KIND_FWD:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_FUNC:
	case BTF_KIND_FLOAT:
	case BTF_KIND_TYPE_TAG:
		return 0;
	default:
		return -1;
	}
}

static int check_header(struct btf_view *v, const uint8_t *data, size_t size)
{
	struct btf_header h;
	uint64_t body;

	if (size < sizeof(h))
		return valid_fail(&v->why, "%zu bytes, shorter than its header", size);
	memcpy(&h, data, sizeof(h));
	if (h.magic != BTF_MAGIC)
		return valid_fail(&v->why, "bad magic 0x%04x", h.magic);
	if (h.version != BTF_VERSION)
		return valid_fail(&v->why, "unknown version %u", h.version);
	if (h.hdr_len < sizeof(h) || h.hdr_len > size)
		return valid_fail(&v->why, "header length %u out of bounds", h.hdr_len);
	body = size - h.hdr_len;
	if ((uint64_t)h.type_off + h.type_len > body || h.type_off % 4)
		return valid_fail(&v->why, "type section (offset %u, %u bytes) out of bounds", h.type_off,
				  h.type_len);
	if ((uint64_t)h.str_off + h.str_len > body)
		return valid_fail(&v->why, "string section (offset %u, %u bytes) out of bounds", h.str_off,
				  h.str_len);
	v->types = data + h.hdr_len + h.type_off;
	v->types_len = h.type_len;
	v->strs = (const char *)data + h.hdr_len + h.str_off;
	v->str_len = h.str_len;
	if (!v->str_len || v->strs[0] || v->strs[v->str_len - 1])
		return valid_fail(&v->why, "the string section does not start and end with NUL");
	return 0;
}

/* Two passes over the type section: count, then record each offset. */
static int index_types(struct btf_view *v)
{
	uint32_t off = 0, n = 0;

	for (int pass = 0; pass < 2; pass++) {
		for (off = 0, n = 0; off < v->types_len; n++) {
			unsigned kind, vlen;
			long extra;

			if (v->types_len - off < TYPE_SIZE)
				return valid_fail(&v->why, "type [%u] runs past the type section", n + 1);
			kind = (valid_rd32(v->types + off + 4) >> 24) & 0x1f;
			vlen = valid_rd32(v->types + off + 4) & 0xffff;
			extra = extra_size(kind, vlen);
			if (extra < 0)
				return valid_fail(&v->why, "type [%u] has unknown kind %u", n + 1, kind);
			if ((uint64_t)v->types_len - off - TYPE_SIZE < (uint64_t)extra)
				return valid_fail(&v->why, "type [%u] %s with vlen %u runs past the type "
						  "section", n + 1, kind_names[kind], vlen);
			if (pass)
				v->off[n + 1] = off;
			off += TYPE_SIZE + (uint32_t)extra;
		}
		if (!pass) {
			v->n = n;
			v->off = calloc((size_t)n + 1, sizeof(*v->off));
			if (!v->off)
				return -ENOMEM;
		}
	}
	return 0;
}

static const char *name_of(const struct btf_view *v, uint32_t id)
{
	uint32_t off = valid_rd32(type_at(v, id));

	return off < v->str_len ? v->strs + off : "";
}

static int check_str(struct btf_view *v, uint32_t id, uint32_t off, const char *what)
{
	if (off < v->str_len)
		return 0;
	return valid_fail(&v->why, "type [%u] %s: %s offset %u is past the strings (%u bytes)", id,
			  kind_names[kind_of(v, id)], what, off, v->str_len);
}

/* @ref must name a type (or void when @void_ok) of a kind in @kinds (a
 * bit mask; 0 for any kind). */
static int check_ref(struct btf_view *v, uint32_t id, uint32_t ref, bool void_ok,
		     uint32_t kinds)
{
	unsigned kind = kind_of(v, id);

	if (ref > v->n)
		return valid_fail(&v->why, "type [%u] %s '%s' refers to type %u; the last type is %u", id,
				  kind_names[kind], name_of(v, id), ref, v->n);
	if (!ref && !void_ok)
		return valid_fail(&v->why, "type [%u] %s '%s' refers to void", id, kind_names[kind],
				  name_of(v, id));
	if (ref && kinds && !(kinds & (1u << kind_of(v, ref))))
		return valid_fail(&v->why, "type [%u] %s '%s' refers to type [%u], a %s", id,
				  kind_names[kind], name_of(v, id), ref, kind_names[kind_of(v, ref)]);
	return 0;
}

#define K(kind) (1u << BTF_KIND_##kind)

/* The records after struct btf_type that start with a name: STRUCT/UNION
 * members { name, type, offset }, FUNC_PROTO parameters { name, type }
 * and ENUM/ENUM64 values { name, value... }, @size bytes each. */
enum record_type {
	UNTYPED,		/* enum values */
	TYPED,			/* members: a type, not void */
	TYPED_VARARGS,		/* parameters: the last may be void ("...") */
};

static int check_records(struct btf_view *v, uint32_t id, unsigned vlen, uint32_t size,
			 enum record_type typed)
{
	const uint8_t *m = type_at(v, id) + TYPE_SIZE;
	int err;

	for (unsigned i = 0; i < vlen; i++, m += size) {
		err = check_str(v, id, valid_rd32(m), "member name");
		if (!err && typed != UNTYPED)
			err = check_ref(v, id, valid_rd32(m + 4),
					typed == TYPED_VARARGS && i + 1 == vlen, 0);
		if (err)
			return err;
	}
	return 0;
}

static int check_datasec(struct btf_view *v, uint32_t id, unsigned vlen)
{
	const uint8_t *vsi = type_at(v, id) + TYPE_SIZE;
	int err;

	for (unsigned i = 0; i < vlen; i++, vsi += 12) {
		err = check_ref(v, id, valid_rd32(vsi), false, K(VAR) | K(FUNC));
		if (err)
			return err;
	}
	return 0;
}

static int check_decl_tag(struct btf_view *v, uint32_t id, uint32_t target)
{
	int32_t idx = (int32_t)valid_rd32(type_at(v, id) + TYPE_SIZE);
	unsigned kind, limit = 0;
	int err = check_ref(v, id, target, false,
			    K(STRUCT) | K(UNION) | K(FUNC) | K(VAR) | K(TYPEDEF));

	if (err || idx == -1)
		return err;
	kind = kind_of(v, target);
	if (kind == BTF_KIND_STRUCT || kind == BTF_KIND_UNION)
		limit = vlen_of(v, target);
	else if (kind == BTF_KIND_FUNC) {
		uint32_t proto = valid_rd32(type_at(v, target) + 8);

		/* The FUNC itself may be checked later: its prototype id is not yet trusted. */
		err = check_ref(v, target, proto, false, K(FUNC_PROTO));
		if (err)
			return err;
		limit = vlen_of(v, proto);
	}
	if (idx < 0 || (unsigned)idx >= limit)
		return valid_fail(&v->why, "type [%u] DECL_TAG '%s' names component %d of type [%u]", id,
				  name_of(v, id), idx, target);
	return 0;
}

static int check_func(struct btf_view *v, uint32_t id, unsigned linkage, uint32_t proto)
{
	if (linkage > BTF_FUNC_EXTERN)
		return valid_fail(&v->why, "type [%u] FUNC '%s' has linkage %u", id, name_of(v, id), linkage);
	return check_ref(v, id, proto, false, K(FUNC_PROTO));
}

static int check_array(struct btf_view *v, uint32_t id)
{
	const uint8_t *a = type_at(v, id) + TYPE_SIZE;	/* { type, index_type, nelems } */
	int err = check_ref(v, id, valid_rd32(a), false, 0);

	return err ? err : check_ref(v, id, valid_rd32(a + 4), false, 0);
}

/* Kinds whose vlen field must be 0. */
static bool vlen_unused(unsigned kind)
{
	return kind == BTF_KIND_INT || kind == BTF_KIND_FWD || kind == BTF_KIND_FLOAT ||
	       kind == BTF_KIND_PTR || kind == BTF_KIND_TYPEDEF || kind == BTF_KIND_VOLATILE ||
	       kind == BTF_KIND_CONST || kind == BTF_KIND_RESTRICT ||
	       kind == BTF_KIND_TYPE_TAG || kind == BTF_KIND_ARRAY || kind == BTF_KIND_VAR ||
	       kind == BTF_KIND_DECL_TAG;
}

static int check_kind(struct btf_view *v, uint32_t id, unsigned kind, unsigned vlen,
		      uint32_t ref)
{
	switch (kind) {
	case BTF_KIND_PTR:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		return check_ref(v, id, ref, true, 0);
	case BTF_KIND_ARRAY:
		return check_array(v, id);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return check_records(v, id, vlen, 12, TYPED);
	case BTF_KIND_ENUM:
		return check_records(v, id, vlen, 8, UNTYPED);
	case BTF_KIND_ENUM64:
		return check_records(v, id, vlen, 12, UNTYPED);
	case BTF_KIND_FUNC:
		return check_func(v, id, vlen, ref);
	case BTF_KIND_FUNC_PROTO: {
		int err = check_ref(v, id, ref, true, 0);

		return err ? err : check_records(v, id, vlen, 8, TYPED_VARARGS);
	}
	case BTF_KIND_VAR:
		return check_ref(v, id, ref, false, 0);
	case BTF_KIND_DATASEC:
		return check_datasec(v, id, vlen);
	case BTF_KIND_DECL_TAG:
		return check_decl_tag(v, id, ref);
	default:	/* INT, FWD, FLOAT */
		return 0;
	}
}

static int check_type(struct btf_view *v, uint32_t id)
{
	const uint8_t *t = type_at(v, id);
	unsigned kind = kind_of(v, id), vlen = vlen_of(v, id);
	int err = check_str(v, id, valid_rd32(t), "name");

	if (err)
		return err;
	if (vlen && vlen_unused(kind))
		return valid_fail(&v->why, "type [%u] %s '%s' has vlen %u", id, kind_names[kind],
				  name_of(v, id), vlen);
	return check_kind(v, id, kind, vlen, valid_rd32(t + 8));
}

/* The @i-th type that @id contains by value (pointers break cycles). */
static bool contained(const struct btf_view *v, uint32_t id, uint32_t i, uint32_t *ref)
{
	const uint8_t *t = type_at(v, id);
	unsigned vlen = vlen_of(v, id);

	switch (kind_of(v, id)) {
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
	case BTF_KIND_FUNC:
	case BTF_KIND_VAR:
	case BTF_KIND_DECL_TAG:
		*ref = valid_rd32(t + 8);
		return i == 0;
	case BTF_KIND_ARRAY:
		*ref = i < 2 ? valid_rd32(t + TYPE_SIZE + 4 * i) : 0;
		return i < 2;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		*ref = i < vlen ? valid_rd32(t + TYPE_SIZE + 12 * i + 4) : 0;
		return i < vlen;
	case BTF_KIND_FUNC_PROTO:
		*ref = !i ? valid_rd32(t + 8) : i <= vlen ? valid_rd32(t + TYPE_SIZE + 8 * (i - 1) + 4) : 0;
		return i <= vlen;
	case BTF_KIND_DATASEC:
		*ref = i < vlen ? valid_rd32(t + TYPE_SIZE + 12 * i) : 0;
		return i < vlen;
	default:
		return false;
	}
}

struct frame {
	uint32_t id, next;
};

/* Depth-first over "contains by value", iteratively: chains can be as
 * long as the type count. */
static int check_cycles(struct btf_view *v)
{
	uint8_t *state = calloc((size_t)v->n + 1, 1);	/* 0 new, 1 open, 2 done */
	struct frame *stack = calloc((size_t)v->n + 1, sizeof(*stack));
	int err = stack && state ? 0 : -ENOMEM;

	for (uint32_t root = 1; !err && root <= v->n; root++) {
		size_t sp = 0;

		if (state[root])
			continue;
		state[root] = 1;
		stack[sp++] = (struct frame){ root, 0 };
		while (sp && !err) {
			struct frame *f = &stack[sp - 1];
			uint32_t ref;

			if (!contained(v, f->id, f->next++, &ref)) {
				state[f->id] = 2;
				sp--;
			} else if (ref && state[ref] == 1) {
				err = valid_fail(&v->why, "type [%u] %s '%s' contains itself", ref,
						 kind_names[kind_of(v, ref)], name_of(v, ref));
			} else if (ref && !state[ref]) {
				state[ref] = 1;
				stack[sp++] = (struct frame){ ref, 0 };
			}
		}
	}
	free(state);
	free(stack);
	return err;
}

static int fill_shape(const struct btf_view *v, struct irbpf_btf_shape *shape)
{
	shape->n_types = v->n;
	shape->str_len = v->str_len;
	shape->kinds = malloc((size_t)v->n + 1);
	if (!shape->kinds)
		return -ENOMEM;
	for (uint32_t id = 0; id <= v->n; id++)
		shape->kinds[id] = (uint8_t)kind_of(v, id);
	return 0;
}

int irbpf_btf_validate(const void *data, size_t size, struct irbpf_btf_shape *shape,
		       char *why, size_t why_size)
{
	struct btf_view v = { .why = { why, why_size, "invalid BTF: " } };
	int err;

	if (shape)
		memset(shape, 0, sizeof(*shape));
	err = check_header(&v, data, size);
	if (!err)
		err = index_types(&v);
	for (uint32_t id = 1; !err && id <= v.n; id++)
		err = check_type(&v, id);
	if (!err)
		err = check_cycles(&v);
	if (!err && shape)
		err = fill_shape(&v, shape);
	if (err == -ENOMEM)
		snprintf(why, why_size, "out of memory");
	free(v.off);
	return err;
}

void irbpf_btf_shape_free(struct irbpf_btf_shape *shape)
{
	free(shape->kinds);
	shape->kinds = NULL;
}

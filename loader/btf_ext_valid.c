// SPDX-License-Identifier: MIT
/*
 * The raw .BTF.ext section: header, the func_info, line_info and CO-RE
 * relocation subsections, and the type ids and string offsets of their
 * records against the object's .BTF.
 *
 * A subsection is a u32 record size, then per ELF section
 * { u32 section name offset; u32 count; count records }.
 */
#include "validate.h"
#include "valid_priv.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <linux/btf.h>

#define EXT_HEADER_MIN 24u	/* up to line_info_len */

struct ext_view {
	const uint8_t *data;
	size_t size;
	uint32_t hdr_len;
	const struct irbpf_btf_shape *btf;
	struct valid_why why;
};

/* One kind of subsection: its header field, smallest record, and which
 * words of a record hold a FUNC type id, any type id, string offsets. */
struct ext_kind {
	const char *name;
	size_t field;		/* offset of { u32 off; u32 len; } in the header */
	uint32_t min_record;
	int func_word, type_word, str_words[2];
};

static const struct ext_kind ext_kinds[] = {
	/* bpf_func_info { insn_off, type_id } */
	{ "func_info", 8, 8, 1, -1, { -1, -1 } },
	/* bpf_line_info { insn_off, file_name_off, line_off, line_col } */
	{ "line_info", 16, 16, -1, -1, { 1, 2 } },
	/* bpf_core_relo { insn_off, type_id, access_str_off, kind } */
	{ "CO-RE relocation", 24, 16, -1, 1, { 2, -1 } },
};

static int check_record(struct ext_view *v, const struct ext_kind *k, const uint8_t *rec)
{
	const struct irbpf_btf_shape *btf = v->btf;
	uint32_t id;

	if (k->func_word >= 0) {
		id = valid_rd32(rec + 4 * k->func_word);
		if (!id || id > btf->n_types || btf->kinds[id] != BTF_KIND_FUNC)
			return valid_fail(&v->why, "%s names type %u, which is not a FUNC", k->name, id);
	}
	if (k->type_word >= 0) {
		id = valid_rd32(rec + 4 * k->type_word);
		if (id > btf->n_types)
			return valid_fail(&v->why, "%s names type %u; the last type is %u", k->name, id,
					  btf->n_types);
	}
	for (int i = 0; i < 2; i++) {
		if (k->str_words[i] >= 0 && valid_rd32(rec + 4 * k->str_words[i]) >= btf->str_len)
			return valid_fail(&v->why, "%s has a string offset past the BTF strings", k->name);
	}
	return 0;
}

static int check_records(struct ext_view *v, const struct ext_kind *k, const uint8_t *p,
			 uint32_t len)
{
	uint32_t rec_size, off = 4;

	if (len < 4)
		return valid_fail(&v->why, "%s subsection of %u bytes", k->name, len);
	rec_size = valid_rd32(p);
	if (rec_size < k->min_record || rec_size % 4)
		return valid_fail(&v->why, "%s record size %u", k->name, rec_size);
	while (off < len) {
		uint32_t sec_name, count;

		if (len - off < 8)
			return valid_fail(&v->why, "%s: a section header runs past the subsection", k->name);
		sec_name = valid_rd32(p + off);
		count = valid_rd32(p + off + 4);
		off += 8;
		if (!count || (uint64_t)count * rec_size > len - off)
			return valid_fail(&v->why, "%s: %u records run past the subsection", k->name, count);
		if (v->btf && sec_name >= v->btf->str_len)
			return valid_fail(&v->why, "%s: section name offset %u is past the BTF strings",
					  k->name, sec_name);
		for (uint32_t i = 0; v->btf && i < count; i++, off += rec_size) {
			int err = check_record(v, k, p + off);

			if (err)
				return err;
		}
		if (!v->btf)
			off += count * rec_size;
	}
	return 0;
}

static int check_subsection(struct ext_view *v, const struct ext_kind *k)
{
	uint32_t off, len;

	if (k->field + 8 > v->hdr_len)
		return 0;	/* an older header without this subsection */
	off = valid_rd32(v->data + k->field);
	len = valid_rd32(v->data + k->field + 4);
	if (!len)
		return 0;
	if (off % 4 || (uint64_t)v->hdr_len + off + len > v->size)
		return valid_fail(&v->why, "%s subsection (offset %u, %u bytes) out of bounds", k->name, off,
				  len);
	return check_records(v, k, v->data + v->hdr_len + off, len);
}

int irbpf_btf_ext_validate(const void *data, size_t size, const struct irbpf_btf_shape *btf,
			   char *why, size_t why_size)
{
	struct ext_view v = { .data = data, .size = size, .btf = btf,
			      .why = { why, why_size, "invalid BTF.ext: " } };
	const uint8_t *p = data;
	int err = 0;

	if (size < 8)
		return valid_fail(&v.why, "%zu bytes, shorter than its header", size);
	if (valid_rd32(p) != (BTF_MAGIC | 1u << 16))	/* magic, version 1, flags 0 */
		return valid_fail(&v.why, "bad magic, version or flags");
	v.hdr_len = valid_rd32(p + 4);
	if (v.hdr_len < EXT_HEADER_MIN || v.hdr_len > size)
		return valid_fail(&v.why, "header length %u out of bounds", v.hdr_len);
	for (size_t i = 0; !err && i < sizeof(ext_kinds) / sizeof(ext_kinds[0]); i++)
		err = check_subsection(&v, &ext_kinds[i]);
	return err;
}

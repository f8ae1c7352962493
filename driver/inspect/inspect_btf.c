// SPDX-License-Identifier: MIT
/*
 * The BTF side of "irbpf inspect": BTF-defined maps read with libbpf's BTF
 * API the way libbpf reads them at open time (attributes encoded as
 * "int (*name)[value]", typed keys and values as pointers to the type),
 * and the record counts of .BTF.ext.
 */
#include <errno.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "diag/diag.h"
#include "inspect/inspect_btf.h"

/* The BTF passed irbpf_btf_validate(): chains end, ids exist. */
static const struct btf_type *skip_mods(const struct btf *btf, __u32 id, __u32 *res_id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	while (t && (btf_is_mod(t) || btf_is_typedef(t))) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	if (res_id)
		*res_id = id;
	return t;
}

/* "int (*name)[N]" → N */
static int int_attr(const struct btf *btf, __u32 type_id, __u32 *value)
{
	const struct btf_type *t = skip_mods(btf, type_id, NULL);
	const struct btf_type *arr;

	if (!t || !btf_is_ptr(t))
		return -1;
	arr = skip_mods(btf, t->type, NULL);
	if (!arr || !btf_is_array(arr))
		return -1;
	*value = btf_array(arr)->nelems;
	return 0;
}

/* "T *key" → sizeof(T) */
static void typed_size(const struct btf *btf, __u32 type_id, __u32 *size)
{
	const struct btf_type *t = skip_mods(btf, type_id, NULL);
	long n;

	if (!t || !btf_is_ptr(t))
		return;
	n = btf__resolve_size(btf, t->type);
	if (n >= 0)
		*size = (__u32)n;
}

static void read_member(const struct btf *btf, const struct btf_member *m, struct insp_map *map)
{
	const char *name = btf__name_by_offset(btf, m->name_off);
	__u32 pinning = 0;

	if (!name)
		return;
	if (!strcmp(name, "type"))
		int_attr(btf, m->type, &map->type);
	else if (!strcmp(name, "max_entries"))
		int_attr(btf, m->type, &map->max_entries);
	else if (!strcmp(name, "map_flags"))
		int_attr(btf, m->type, &map->flags);
	else if (!strcmp(name, "key_size"))
		int_attr(btf, m->type, &map->key_size);
	else if (!strcmp(name, "value_size"))
		int_attr(btf, m->type, &map->value_size);
	else if (!strcmp(name, "key"))
		typed_size(btf, m->type, &map->key_size);
	else if (!strcmp(name, "value"))
		typed_size(btf, m->type, &map->value_size);
	else if (!strcmp(name, "pinning") && !int_attr(btf, m->type, &pinning))
		map->pinned = pinning == 1;	/* LIBBPF_PIN_BY_NAME */
}

static void read_map(const struct btf *btf, const struct btf_var_secinfo *vsi,
		     struct insp_object *obj)
{
	const struct btf_type *var = btf__type_by_id(btf, vsi->type), *def;
	struct insp_map *map;

	if (!var || !btf_is_var(var))
		return;
	map = inspect_add_map(obj, btf__name_by_offset(btf, var->name_off), ".maps");
	def = skip_mods(btf, var->type, NULL);
	if (!def || !btf_is_struct(def))
		return;
	map->definition = "btf";
	for (unsigned i = 0; i < btf_vlen(def); i++)
		read_member(btf, &btf_members(def)[i], map);
	map->type_name = libbpf_bpf_map_type_str((enum bpf_map_type)map->type);
}

int inspect_btf_maps(const char *path, const void *data, size_t size,
		     struct insp_object *obj)
{
	struct btf *btf;
	const struct btf_type *sec;
	int id;

	errno = ENOENT;
	btf = data ? btf__new(data, (__u32)size) : NULL;
	if (!btf) {
		diag_error("%s: has a '.maps' section but its BTF cannot be read: %s", path,
			   strerror(errno));
		return -1;
	}
	id = btf__find_by_name_kind(btf, ".maps", BTF_KIND_DATASEC);
	sec = id > 0 ? btf__type_by_id(btf, (__u32)id) : NULL;
	for (unsigned i = 0; sec && i < btf_vlen(sec); i++)
		read_map(btf, &btf_var_secinfos(sec)[i], obj);
	btf__free(btf);
	return 0;
}

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* A .BTF.ext subsection: u32 record size, then per ELF section
 * { u32 name offset; u32 count; records }. Returns the record count. */
static uint32_t count_records(const uint8_t *p, size_t size)
{
	uint32_t total = 0, rec;
	size_t off = 4;

	if (size < 4 || !(rec = le32(p)))
		return 0;
	while (off + 8 <= size) {
		uint32_t n = le32(p + off + 4);

		if ((uint64_t)n * rec > size - off - 8)
			break;
		total += n;
		off += 8 + (size_t)n * rec;
	}
	return total;
}

static uint32_t subsection(const uint8_t *data, size_t size, uint32_t hdr_len, size_t field)
{
	uint32_t off, len;

	if (field + 8 > hdr_len || field + 8 > size)
		return 0;
	off = le32(data + field);
	len = le32(data + field + 4);
	if ((uint64_t)hdr_len + off + len > size)
		return 0;
	return count_records(data + hdr_len + off, len);
}

void inspect_btf_ext(const uint8_t *data, size_t size, struct insp_object *obj)
{
	uint32_t hdr_len;

	/* header: u16 magic 0xeb9f, u8 version, u8 flags, u32 hdr_len, then
	 * (offset, length) of func_info, line_info and core_relo */
	if (size < 8 || data[0] != 0x9f || data[1] != 0xeb)
		return;
	hdr_len = le32(data + 4);
	obj->func_info = subsection(data, size, hdr_len, 8);
	obj->line_info = subsection(data, size, hdr_len, 16);
	obj->core_relos = subsection(data, size, hdr_len, 24);
}

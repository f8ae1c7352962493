// SPDX-License-Identifier: MIT
/*
 * A minimal LLVM bitstream reader, just enough to read the IDENTIFICATION
 * block (id 13) that precedes the module: LLVM-C has no call for it, and
 * it must be read before handing the bytes to a reader that may reject a
 * newer format with a less helpful message.
 */
#include "stages/input/read_bitcode_id.h"

#include <stdio.h>
#include <string.h>

#define WRAPPER_MAGIC 0x0B17C0DEu
#define IDENTIFICATION_BLOCK_ID 13
#define IDENTIFICATION_CODE_STRING 1
#define MAX_ABBREVS 16
#define MAX_ABBREV_OPS 8

enum { ABBREV_END_BLOCK, ABBREV_ENTER_SUBBLOCK, ABBREV_DEFINE, ABBREV_UNABBREV };
enum { ENC_LITERAL, ENC_FIXED, ENC_VBR, ENC_ARRAY, ENC_CHAR6, ENC_BLOB };

struct bit_cursor {
	const uint8_t *data;
	size_t bits;
	size_t pos;
	bool bad;
};

struct abbrev_op {
	unsigned enc;
	uint64_t value;
};

struct abbrev {
	unsigned n_ops;
	struct abbrev_op ops[MAX_ABBREV_OPS];
};

struct text {
	char *buf;
	size_t size;
	size_t len;
};

static uint64_t read_bits(struct bit_cursor *c, unsigned n)
{
	uint64_t v = 0;

	if (n > 64 || c->pos + n > c->bits) {
		c->bad = true;
		c->pos = c->bits;
		return 0;
	}
	for (unsigned i = 0; i < n; i++, c->pos++)
		v |= (uint64_t)((c->data[c->pos >> 3] >> (c->pos & 7)) & 1) << i;
	return v;
}

static uint64_t read_vbr(struct bit_cursor *c, unsigned n)
{
	uint64_t v = 0, piece, hi;
	unsigned shift = 0;

	/* The width comes from the file: LLVM's writer uses 2 to 32 bits. */
	if (n < 2 || n > 32) {
		c->bad = true;
		c->pos = c->bits;
		return 0;
	}
	hi = 1ull << (n - 1);

	do {
		piece = read_bits(c, n);
		if (shift < 64)
			v |= (piece & (hi - 1)) << shift;
		shift += n - 1;
	} while ((piece & hi) && !c->bad && shift < 70);
	return v;
}

static void align32(struct bit_cursor *c)
{
	c->pos = (c->pos + 31) & ~(size_t)31;
	if (c->pos > c->bits) {
		c->pos = c->bits;
		c->bad = true;
	}
}

static uint32_t read_le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static bool raw_magic(const uint8_t *p, size_t size)
{
	return size >= 4 && p[0] == 'B' && p[1] == 'C' && p[2] == 0xC0 && p[3] == 0xDE;
}

/* Strips the optional bitcode wrapper header; false if not bitcode. */
static bool locate_stream(const uint8_t **data, size_t *size)
{
	if (*size >= 20 && read_le32(*data) == WRAPPER_MAGIC) {
		uint32_t off = read_le32(*data + 8), len = read_le32(*data + 12);

		if (off > *size || len > *size - off)
			return false;
		*data += off;
		*size = len;
	}
	return raw_magic(*data, *size);
}

bool bitcode_is_bitcode(const uint8_t *data, size_t size)
{
	return locate_stream(&data, &size);
}

static void skip_block(struct bit_cursor *c)
{
	read_vbr(c, 8);		/* block id */
	read_vbr(c, 4);		/* abbrev width */
	align32(c);
	uint64_t words = read_bits(c, 32);
	if (words > (c->bits - c->pos) / 32) {
		c->bad = true;
		return;
	}
	c->pos += (size_t)words * 32;
}

static void define_abbrev(struct bit_cursor *c, struct abbrev *abbrevs, unsigned *n)
{
	struct abbrev a = { 0 };
	uint64_t n_ops = read_vbr(c, 5);

	for (uint64_t i = 0; i < n_ops && !c->bad; i++) {
		struct abbrev_op op = { 0 };

		if (read_bits(c, 1)) {
			op.enc = ENC_LITERAL;
			op.value = read_vbr(c, 8);
		} else {
			op.enc = (unsigned)read_bits(c, 3);
			if (op.enc == ENC_FIXED || op.enc == ENC_VBR)
				op.value = read_vbr(c, 5);
			else if (op.enc != ENC_ARRAY && op.enc != ENC_CHAR6 &&
				 op.enc != ENC_BLOB)
				c->bad = true;
		}
		if (a.n_ops < MAX_ABBREV_OPS)
			a.ops[a.n_ops++] = op;
		else
			c->bad = true;
	}
	if (*n < MAX_ABBREVS)
		abbrevs[(*n)++] = a;
	else
		c->bad = true;
}

static uint64_t read_scalar(struct bit_cursor *c, const struct abbrev_op *op)
{
	static const char char6[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._";

	switch (op->enc) {
	case ENC_LITERAL: return op->value;
	case ENC_FIXED: return read_bits(c, (unsigned)op->value);
	case ENC_VBR: return op->value ? read_vbr(c, (unsigned)op->value) : 0;
	case ENC_CHAR6: return (uint64_t)char6[read_bits(c, 6)];
	default:
		c->bad = true;
		return 0;
	}
}

static bool takes_bits(const struct abbrev_op *op)
{
	switch (op->enc) {
	case ENC_FIXED:
	case ENC_VBR:
		return op->value > 0;
	case ENC_CHAR6:
		return true;
	default:
		return false;
	}
}

static void text_put(struct text *t, uint64_t ch)
{
	if (t->len + 1 < t->size)
		t->buf[t->len++] = (char)ch;
	t->buf[t->len] = '\0';
}

/* Reads one abbreviated record; operand values after the code go to @t
 * when the record is the producer string. */
static void read_abbreviated(struct bit_cursor *c, const struct abbrev *a, struct text *t)
{
	bool want = false;

	for (unsigned i = 0; i < a->n_ops && !c->bad; i++) {
		const struct abbrev_op *op = &a->ops[i];

		if (op->enc == ENC_ARRAY) {
			uint64_t len = read_vbr(c, 6);

			/* Each element takes at least one bit: a count beyond
			 * what is left, or elements of no width, are damage. */
			if (i + 1 >= a->n_ops || !takes_bits(&a->ops[i + 1]) ||
			    len > c->bits - c->pos) {
				c->bad = true;
				return;
			}
			for (uint64_t k = 0; k < len && !c->bad; k++) {
				uint64_t v = read_scalar(c, &a->ops[i + 1]);
				if (want)
					text_put(t, v);
			}
			return;
		}
		if (op->enc == ENC_BLOB) {
			uint64_t len = read_vbr(c, 6);
			align32(c);
			for (uint64_t k = 0; k < len && !c->bad; k++) {
				uint64_t v = read_bits(c, 8);
				if (want)
					text_put(t, v);
			}
			align32(c);
			continue;
		}
		uint64_t v = read_scalar(c, op);
		if (i == 0)
			want = v == IDENTIFICATION_CODE_STRING;
		else if (want)
			text_put(t, v);
	}
}

static void read_unabbreviated(struct bit_cursor *c, struct text *t)
{
	bool want = read_vbr(c, 6) == IDENTIFICATION_CODE_STRING;
	uint64_t n_ops = read_vbr(c, 6);

	for (uint64_t i = 0; i < n_ops && !c->bad; i++) {
		uint64_t v = read_vbr(c, 6);
		if (want)
			text_put(t, v);
	}
}

static int read_identification(struct bit_cursor *c, struct text *t)
{
	struct abbrev abbrevs[MAX_ABBREVS];
	unsigned n_abbrevs = 0, width;
	uint64_t id;

	width = (unsigned)read_vbr(c, 4);
	align32(c);
	read_bits(c, 32);	/* block length in words */
	if (width == 0 || width > 32)
		return -1;

	while (!c->bad) {
		id = read_bits(c, width);
		if (id == ABBREV_END_BLOCK)
			return t->len ? 0 : -1;
		if (id == ABBREV_ENTER_SUBBLOCK)
			skip_block(c);
		else if (id == ABBREV_DEFINE)
			define_abbrev(c, abbrevs, &n_abbrevs);
		else if (id == ABBREV_UNABBREV)
			read_unabbreviated(c, t);
		else if (id - 4 < n_abbrevs)
			read_abbreviated(c, &abbrevs[id - 4], t);
		else
			return -1;
	}
	return -1;
}

int bitcode_producer(const uint8_t *data, size_t size, char *out, size_t out_size)
{
	struct text t = { .buf = out, .size = out_size };
	struct bit_cursor c;

	if (!out_size || !locate_stream(&data, &size))
		return -1;
	out[0] = '\0';
	c = (struct bit_cursor){ .data = data, .bits = size * 8, .pos = 32 };

	/* Top level: abbreviation width 2, a sequence of blocks. */
	while (!c.bad && c.pos + 2 <= c.bits) {
		if (read_bits(&c, 2) != ABBREV_ENTER_SUBBLOCK)
			return -1;
		size_t start = c.pos;
		if (read_vbr(&c, 8) == IDENTIFICATION_BLOCK_ID)
			return c.bad ? -1 : read_identification(&c, &t);
		c.pos = start;
		skip_block(&c);
	}
	return -1;
}

int bitcode_producer_version(const char *producer, unsigned *major, unsigned *minor)
{
	return sscanf(producer, "LLVM%u.%u", major, minor) == 2 ? 0 : -1;
}

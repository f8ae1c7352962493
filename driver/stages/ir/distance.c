// SPDX-License-Identifier: MIT
/* How far apart two names are, for "did you mean" suggestions. */
#include "stages/ir/distance.h"

#include <ctype.h>

static unsigned min3(unsigned a, unsigned b, unsigned c)
{
	unsigned m = a < b ? a : b;

	return m < c ? m : c;
}

unsigned name_distance(const char *a, size_t la, const char *b, size_t lb)
{
	static const unsigned far = 1000;
	unsigned d[3][NAME_DISTANCE_MAX + 1];

	if (la > NAME_DISTANCE_MAX || lb > NAME_DISTANCE_MAX)
		return far;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = (unsigned)j;
	for (size_t i = 1; i <= la; i++) {
		unsigned *cur = d[i % 3], *prev = d[(i - 1) % 3], *prev2 = d[(i + 1) % 3];

		cur[0] = (unsigned)i;
		for (size_t j = 1; j <= lb; j++) {
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);

			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + !same);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
		}
	}
	return d[la % 3][lb];
}

/* slurp.h - read a whole file, for the test programs (unit tests, tools,
 * the fuzz replay driver).  Returns a malloc'd buffer with a NUL after the
 * bytes (*len excludes it), or NULL when the file cannot be read. */
#ifndef CABLETRACK_TEST_SLURP_H
#define CABLETRACK_TEST_SLURP_H

#include <stdio.h>
#include <stdlib.h>

static inline char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0, r;
	char *b = malloc(cap + 1);
	while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			char *nb = realloc(b, cap * 2 + 1);
			if (!nb) {
				free(b);
				b = NULL;
				break;
			}
			b = nb;
			cap *= 2;
		}
	}
	int failed = ferror(f);
	fclose(f);
	if (b && failed) {
		free(b);
		b = NULL;
	}
	if (b)
		b[n] = '\0';
	*len = n;
	return b;
}

#endif

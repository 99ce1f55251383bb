/* agency.c - see agency.h */
#include "tasking/agency.h"

#include <pthread.h>
#include <string.h>

#include "base/embedded.h"
#include "base/tsv.h"

enum { AGENCY_MAX = 96 };

static struct agency table[AGENCY_MAX];
static size_t ntable;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Copies f[0..n) into out (of AGENCY_TEXT bytes); false when it does not fit. */
static bool copy_field(char *out, const char *f, size_t n)
{
	if (n == 0 || n >= AGENCY_TEXT)
		return false;
	memcpy(out, f, n);
	out[n] = '\0';
	return true;
}

static void load(void)
{
	const struct embedded_file *f = embedded_find("data/agencies.tsv");
	if (!f)
		return;
	const char *p = f->data, *end = f->data + f->len;
	struct tsv_row r;
	while (ntable < AGENCY_MAX && tsv_next(&p, end, &r)) {
		if (r.nf < 3)
			continue;
		struct agency *a = &table[ntable];
		const char *bar = memchr(r.f[1], '|', r.n[1]);
		size_t k1 = bar ? (size_t)(bar - r.f[1]) : r.n[1];
		a->key2[0] = '\0';
		if (!copy_field(a->words, r.f[0], r.n[0]) || !copy_field(a->key, r.f[1], k1) ||
		    (bar && !copy_field(a->key2, bar + 1, r.n[1] - k1 - 1)))
			continue;
		a->us_only = r.n[2] == 2 && memcmp(r.f[2], "us", 2) == 0;
		ntable++;
	}
}

const struct agency *agency_table(size_t *n)
{
	pthread_once(&once, load);
	*n = ntable;
	return table;
}

/* regions.c - the posts a region's words cover: see regions.h.
 *
 * In: a region's name and an addressee's full name.  Out: whether the
 * region of data/regions.tsv holds it.  The table's lines are read where
 * they lie in the embedded file (a region's lines stand together); a
 * region is only looked up when a sentence's words name one, so a pass
 * over the table is cheap enough.  Nothing is allocated.
 */
#include "tasking/regions.h"

#include <string.h>

#include "base/embedded.h"
#include "base/tsv.h"

/* How deep regions may hold regions ("AFRICAN" -> "AF" -> "WEST AFRICA"
 * -> posts). */
enum { REGION_DEPTH = 3 };

/* The first row of region name[0..n) into *p, the table's end into *end;
 * false when the table has no such region. */
static bool region_rows(const char *name, size_t n, const char **p, const char **end)
{
	const struct embedded_file *f = embedded_find("data/regions.tsv");
	if (!f || n == 0)
		return false;
	const char *s = f->data, *e = f->data + f->len;
	struct tsv_row r;
	for (const char *at = s; tsv_next(&s, e, &r); at = s) {
		if (r.nf >= 2 && r.n[0] == n && memcmp(r.f[0], name, n) == 0) {
			*p = at;
			*end = e;
			return true;
		}
	}
	return false;
}

bool region_known(const char *name, size_t n)
{
	const char *p, *end;
	return region_rows(name, n, &p, &end);
}

/* A member that is a post, not a region: an addressee's full name. */
static bool is_post(const char *m, size_t n)
{
	return (n > 3 && memcmp(m, "AM", 2) == 0) || (n > 3 && memcmp(m, "US", 2) == 0);
}

static bool holds(const char *name, size_t n, const char *post, size_t pn, int depth)
{
	const char *p, *end;
	if (depth > REGION_DEPTH || !region_rows(name, n, &p, &end))
		return false;
	struct tsv_row r;
	while (tsv_next(&p, end, &r) && r.nf >= 2 && r.n[0] == n &&
	       memcmp(r.f[0], name, n) == 0) {
		if (is_post(r.f[1], r.n[1]) ? r.n[1] == pn && memcmp(r.f[1], post, pn) == 0
		                            : holds(r.f[1], r.n[1], post, pn, depth + 1))
			return true;
	}
	return false;
}

bool region_holds(const char *name, size_t n, const char *post)
{
	return post && holds(name, n, post, strlen(post), 0);
}

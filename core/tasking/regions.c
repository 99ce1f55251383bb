/* regions.c - the posts a region's words cover: see regions.h.
 *
 * In: a region's name and an addressee's full name.  Out: whether the
 * region of data/regions.tsv holds it.  The table's lines are read where
 * they lie in the embedded file (a region's lines stand together), each
 * region found by an index of their names built once.  Nothing is
 * allocated.
 */
#include "tasking/regions.h"
#include "tasking/post_table.h"

#include <pthread.h>
#include <string.h>

#include "base/embedded.h"
#include "base/tsv.h"

/* How deep regions may hold regions ("AFRICAN" -> "AF" -> "WEST AFRICA"
 * -> posts). */
enum { REGION_DEPTH = 3 };

/* The regions of the table, each by its first row, found once per
 * process (pthread_once, as posts_index.c does): a lookup compares a
 * name with some sixty, not a pass over seven hundred rows. */
enum { REGIONS_MAX = 128 };
static struct { const char *row; size_t n; } regions[REGIONS_MAX];
static size_t nregions;
static const char *table_end;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
	const struct embedded_file *f = embedded_find("data/regions.tsv");
	if (!f)
		return;
	const char *e = f->data + f->len;
	table_end = e;
	size_t last = 0;
	for (const char *s = f->data; s && s < e && nregions < REGIONS_MAX;
	     s = memchr(s, '\n', (size_t)(e - s)), s = s ? s + 1 : s) {
		const char *tab = *s == '#' ? NULL : memchr(s, '\t', (size_t)(e - s));
		const char *eol = memchr(s, '\n', (size_t)(e - s));
		if (!tab || (eol && tab > eol))
			continue;
		size_t n = (size_t)(tab - s);
		/* a region's lines stand together: a new name starts one */
		if (nregions && last == n && memcmp(regions[nregions - 1].row, s, n) == 0)
			continue;
		regions[nregions].row = s;
		regions[nregions++].n = last = n;
	}
}

/* The first row of region name[0..n) into *p, the table's end into *end;
 * false when the table has no such region. */
static bool region_rows(const char *name, size_t n, const char **p, const char **end)
{
	pthread_once(&once, load);
	for (size_t i = 0; i < nregions; i++)
		if (regions[i].n == n && memcmp(regions[i].row, name, n) == 0) {
			*p = regions[i].row;
			*end = table_end;
			return true;
		}
	return false;
}

bool region_known(const char *name, size_t n)
{
	const char *p, *end;
	return n > 0 && region_rows(name, n, &p, &end);
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

struct region_count {
	const char *name;
	size_t n;
	size_t held;
};

static bool region_member(const char *post, void *ctx)
{
	struct region_count *a = ctx;
	a->held += holds(a->name, a->n, post, strlen(post), 0);
	return true;
}

bool region_holds(const char *name, size_t n, const char *post)
{
	if (!post)
		return false;
	if (holds(name, n, post, strlen(post), 0))
		return true;
	/* a collective of data/collectives.tsv most of whose posts the
	 * region holds ("Posts in Africa": the AFRICAN UNION COLLECTIVE,
	 * though the region may leave out North Africa) */
	struct region_count a = { name, n, 0 };
	size_t members = post_collective_members(post, region_member, &a);
	return members > 0 && a.held * 2 > members;
}

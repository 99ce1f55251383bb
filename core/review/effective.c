/* effective.c - the effective taskings (see effective.h): the finder's
 * taskings merged with the reviewer's items, and the status and due date
 * in force.
 *
 * In: a cable and its review (or NULL).  Out: the rows.  Lookups go
 * through two sorted arrays, one of the cable's (paragraph, party) pairs
 * and one of the review's items, so that a cable with many taskings and a
 * long review stays O((pairs + items) log(pairs + items)).
 */
#include "review/effective.h"
#include "review/review_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/xalloc.h"

/* ---- the rule for one row ------------------------------------------------ */

long effective_days(const char *date)
{
	return date_days(date);
}

enum review_status effective_status(const struct review_item *item)
{
	return item ? item->status : STATUS_OPEN;
}

bool effective_is_open(enum review_status s)
{
	return s == STATUS_OPEN || s == STATUS_DOING;
}

struct effective_due effective_due(const char *deadline,
                                   const struct review_item *item)
{
	struct effective_due d = { NULL, LONG_MAX, EFFECTIVE_DUE_NONE, false };
	if (item && item->due && item->due[0]) {
		d.days = effective_days(item->due);
		if (d.days != LONG_MAX) {
			d.date = item->due;
			d.from = EFFECTIVE_DUE_OVERRIDE;
			return d;
		}
		d.override_invalid = true;
	}
	d.days = effective_days(deadline);
	if (d.days != LONG_MAX) {
		d.date = deadline;
		d.from = EFFECTIVE_DUE_CABLE;
	}
	return d;
}

static const char *effective_finder_summary(const struct tasking *t)
{
	if (!t)
		return NULL;
	if (t->summary && t->summary[0])
		return t->summary;
	return t->quote && t->quote[0] ? t->quote : NULL;
}

const char *effective_summary(const struct tasking *t, const struct review_item *item)
{
	if (item && item->summary && item->summary[0])
		return item->summary;
	return effective_finder_summary(t);
}

const struct tasking *effective_tasking(const struct cable *c, int paragraph,
                                        const char *party)
{
	if (!party)
		return NULL;
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		if (t->paragraph != paragraph)
			continue;
		for (size_t j = 0; j < t->nparties; j++)
			if (t->parties[j] && strcmp(t->parties[j], party) == 0)
				return t;
	}
	return NULL;
}

/* ---- lookups ---------------------------------------------------------------- */

/* A (paragraph, party) of the cable or of the review, with its place. */
struct effective_key {
	int paragraph;
	const char *party;
	size_t order;                        /* place in the cable / review */
	const struct tasking *tasking;       /* cable pairs */
	const struct review_item *item;      /* review items */
};

static int effective_key_cmp(const void *pa, const void *pb)
{
	const struct effective_key *a = pa, *b = pb;
	if (a->paragraph != b->paragraph)
		return a->paragraph < b->paragraph ? -1 : 1;
	int c = strcmp(a->party, b->party);
	if (c)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* The first key of v[0..n) with this paragraph and party, or NULL. */
static const struct effective_key *effective_first(const struct effective_key *v,
                                                   size_t n, int paragraph,
                                                   const char *party)
{
	struct effective_key k = { paragraph, party, 0, NULL, NULL };
	size_t lo = 0, hi = n;
	while (lo < hi) {                    /* lower bound of (paragraph, party, 0) */
		size_t mid = lo + (hi - lo) / 2;
		if (effective_key_cmp(&v[mid], &k) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && v[lo].paragraph == paragraph && strcmp(v[lo].party, party) == 0)
		return &v[lo];
	return NULL;
}

static bool effective_named(const char *party)
{
	return party && party[0];
}

/* The cable's (paragraph, party) pairs, sorted; *n of them. */
static struct effective_key *effective_pairs(const struct cable *c, size_t *n)
{
	size_t cap = 0;
	for (size_t i = 0; i < c->ntaskings; i++)
		cap += c->taskings[i].nparties;
	struct effective_key *v = xmalloc((cap ? cap : 1) * sizeof *v);
	size_t k = 0, order = 0;
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		for (size_t j = 0; j < t->nparties; j++, order++)
			if (effective_named(t->parties[j]))
				v[k++] = (struct effective_key){ t->paragraph, t->parties[j],
				                                 order, t, NULL };
	}
	if (k > 1)
		qsort(v, k, sizeof *v, effective_key_cmp);
	*n = k;
	return v;
}

/* The review's items, sorted; *n of them. */
static struct effective_key *effective_items(const struct review *r, size_t *n)
{
	size_t cap = r ? r->n : 0, k = 0;
	struct effective_key *v = xmalloc((cap ? cap : 1) * sizeof *v);
	for (size_t i = 0; i < cap; i++) {
		const struct review_item *it = &r->items[i];
		if (effective_named(it->party))
			v[k++] = (struct effective_key){ it->paragraph, it->party, i, NULL, it };
	}
	if (k > 1)
		qsort(v, k, sizeof *v, effective_key_cmp);
	*n = k;
	return v;
}

/* ---- the rows ------------------------------------------------------------------ */

static void effective_add(struct effective *e, int paragraph, const char *party,
                          const struct tasking *t, const struct review_item *it)
{
	struct effective_row *row = &e->rows[e->n++];
	row->paragraph = paragraph;
	row->party = party;
	row->tasking = t;
	row->item = it;
	row->stale = it && !t && !it->manual;
	row->status = effective_status(it);
	row->due = effective_due(t ? t->deadline : NULL, it);
	row->dismissed = it && it->dismissed != DISMISS_NONE;
	row->by_reviewer = it && it->manual;
	row->summary = effective_summary(t, it);
	row->finder_summary = effective_finder_summary(t);
	row->reworded = t && !row->by_reviewer && it && it->summary && it->summary[0];
}

static void effective_make(struct effective *e, const struct cable *c,
                           const struct review *r, bool all)
{
	size_t np, ni;
	struct effective_key *pairs = effective_pairs(c, &np);
	struct effective_key *items = effective_items(r, &ni);
	e->n = 0;
	e->rows = xmalloc((np + ni > 0 ? np + ni : 1) * sizeof *e->rows);
	/* the review's items, in its order; a repeated one once */
	for (size_t i = 0; r && i < r->n; i++) {
		const struct review_item *it = &r->items[i];
		if (!effective_named(it->party) ||
		    effective_first(items, ni, it->paragraph, it->party)->item != it)
			continue;
		if (it->dismissed != DISMISS_NONE && !all)
			continue;
		const struct effective_key *p = effective_first(pairs, np, it->paragraph,
		                                                it->party);
		effective_add(e, it->paragraph, it->party, p ? p->tasking : NULL, it);
	}
	/* then the pairs the review lacks, in the cable's order; once each */
	size_t order = 0;
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		for (size_t j = 0; j < t->nparties; j++, order++) {
			const char *party = t->parties[j];
			if (!effective_named(party) ||
			    effective_first(pairs, np, t->paragraph, party)->order != order ||
			    effective_first(items, ni, t->paragraph, party))
				continue;
			effective_add(e, t->paragraph, party, t, NULL);
		}
	}
	free(pairs);
	free(items);
}

void effective_build(struct effective *e, const struct cable *c,
                     const struct review *r)
{
	effective_make(e, c, r, false);
}

void effective_build_all(struct effective *e, const struct cable *c,
                         const struct review *r)
{
	effective_make(e, c, r, true);
}

void effective_free(struct effective *e)
{
	free(e->rows);
	e->rows = NULL;
	e->n = 0;
}

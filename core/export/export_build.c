/* export_build.c - building the checklist one cable at a time: each
 * cable's header and its effective rows (review/effective.h: status and due
 * date in force) are copied into the list as cleaned strings, so that the
 * caller frees the cable and its review before reading the next; the list
 * is sorted once at the end.  Memory grows with the items and a few header
 * strings per cable, never with the cables' text. */
#include "export/export.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "review/effective.h"
#include "tasking/tasking.h"

/* What the list needs only while it is built. */
struct export_building {
	const struct export_options *opt;
	size_t capcables, capitems;
	size_t *item_cable;          /* items[i]'s cable, by index (the cables
	                                array moves as it grows) */
	size_t capindex;
	/* the banner so far: the first highest classification, and every
	 * cable's caveats in the order first seen, each once */
	int rank;
	const char *best;
	const char **seen;
	size_t nseen, capseen;
	struct arena scratch;        /* freed after each cable */
	const char *marking;         /* the last cable's */
};

static int export_class_rank(const char *c)
{
	if (!c)
		return -1;
	if (strstr(c, "TOP SECRET"))
		return 4;
	if (strstr(c, "SECRET"))
		return 3;
	if (strstr(c, "CONFIDENTIAL"))
		return 2;
	if (strstr(c, "UNCLAS"))
		return 0;
	return 1;                    /* a marking we do not know: above U */
}

/* The banner's share of one cable: its classification if it ranks above
 * every cable before it, its caveats not seen before (compared cleaned). */
static void export_banner_add(struct export_list *l, const struct export_cable *ec,
                              const struct cable *c)
{
	struct export_building *b = l->building;
	int r = export_class_rank(ec->classification);
	if (r > b->rank) {
		b->rank = r;
		b->best = ec->classification;
	}
	for (size_t k = 0; k < c->ncaveats; k++) {
		const char *cv = export_clean(&b->scratch, c->caveats[k], false);
		if (!cv || !*cv)
			continue;
		bool dup = false;
		for (size_t j = 0; j < b->nseen && !dup; j++)
			dup = strcmp(b->seen[j], cv) == 0;
		if (!dup)
			*ARENA_PUSH(&l->arena, b->seen, b->nseen, b->capseen) =
				arena_strdup(&l->arena, cv);
	}
}

/* "SECRET//NOFORN": the highest classification and every caveat. */
static const char *export_banner(struct export_list *l)
{
	const struct export_building *b = l->building;
	if (!b->best)
		return "UNMARKED";
	struct buf out;
	buf_init(&out);
	buf_puts(&out, b->best);
	for (size_t i = 0; i < b->nseen; i++)
		buf_printf(&out, "//%s", b->seen[i]);
	const char *r = arena_strdup(&l->arena, buf_str(&out));
	buf_free(&out);
	return r;
}

/* The list's growing arrays (cables, items, their index) live on the heap:
 * grown in the arena, every outgrown copy would stay there until the end
 * (as much again), and realloc leaves the capacity not yet used untouched. */
static void *export_grow(void *p, size_t elem, size_t *cap, size_t need)
{
	if (need <= *cap)
		return p;
	size_t ncap = *cap ? *cap : 64;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / elem)
			ncap = SIZE_MAX / elem;      /* realloc refuses it below */
		else
			ncap *= 2;
	}
	void *np = realloc(p, ncap * elem);
	if (!np) {
		fprintf(stderr, "cabletrack: out of memory (%zu bytes)\n", ncap * elem);
		abort();                         /* as the arena does */
	}
	*cap = ncap;
	return np;
}

/* --- one cable's items ---------------------------------------------------- */

static const struct paragraph *export_para(const struct cable *c, int number)
{
	for (size_t i = 0; i < c->nparas; i++)
		if (c->paras[i].number == number)
			return &c->paras[i];
	return NULL;
}

/* The first sentence of a paragraph (at most about 160 bytes), for a manual
 * tasking that has no summary of its own. */
static const char *export_para_summary(struct arena *a, const struct paragraph *p)
{
	if (!p || !p->text)
		return "(manual tasking)";
	char *t = export_clean(a, p->text, false);
	size_t n = strlen(t), cut = n;
	for (size_t i = 0; i + 1 < n; i++)
		if (t[i] == '.' && t[i + 1] == ' ' && i > 20) {
			cut = i + 1;
			break;
		}
	if (cut > 160) {
		cut = 160;
		while (cut > 0 && ((unsigned char)t[cut] & 0xc0) == 0x80)
			cut--;
	}
	t[cut] = '\0';
	return *t ? t : "(manual tasking)";
}

static const char *export_dtg_text(struct arena *a, const struct dtg *d)
{
	static const char *const mon[] = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN",
	                                   "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
	if (!d->valid || d->month < 1 || d->month > 12)
		return NULL;
	return arena_printf(a, "%02d%02d%02dZ %s %02d", d->day, d->hour, d->minute,
	                    mon[d->month - 1], d->year % 100);
}

/* One item from one effective row of cable c, the list's cable number ci
 * (review/effective.h decides its status and due date); rows the options
 * leave out are skipped. */
static void export_add(struct export_list *l, size_t ci, const struct cable *c,
                       const struct effective_row *row)
{
	struct export_building *b = l->building;
	const struct export_options *opt = b->opt;
	if (opt && opt->post && !party_matches(opt->post, row->party))
		return;
	if (opt && opt->open_only && !effective_is_open(row->status))
		return;
	b->item_cable = export_grow(b->item_cable, sizeof *b->item_cable,
	                            &b->capindex, l->n + 1);
	b->item_cable[l->n] = ci;
	l->items = export_grow(l->items, sizeof *l->items, &b->capitems, l->n + 1);
	struct export_item *it = &l->items[l->n++];
	memset(it, 0, sizeof *it);
	it->src = NULL;              /* set by export_end */
	it->paragraph = row->paragraph;
	const struct paragraph *p = export_para(c, row->paragraph);
	it->portion = p ? export_clean(&l->arena, p->classification, false) : NULL;
	if (it->portion && !*it->portion)
		it->portion = NULL;
	it->party = export_clean(&l->arena, row->party, false);
	it->post = export_short_post(&l->arena, it->party);
	/* the line in force: the reviewer's reword or own line, else the finder's */
	it->summary = export_clean(&l->arena, row->summary, false);
	if (!it->summary || !*it->summary)
		it->summary = export_para_summary(&l->arena, p);
	it->deadline = row->due.date ? arena_strdup(&l->arena, row->due.date) : NULL;
	it->status = row->status;
	it->note = row->item ? export_clean(&l->arena, row->item->note, true) : NULL;
	if (it->note && !*it->note)
		it->note = NULL;
	it->manual = row->item && row->item->manual;
	/* a reworded line is the reviewer's: the finder's is kept beside it */
	it->reworded = row->reworded && !it->manual;
	it->finder_summary = it->reworded ?
		export_clean(&l->arena, row->finder_summary, false) : NULL;
	if (it->finder_summary && !*it->finder_summary)
		it->finder_summary = NULL;
	it->status_at = row->item && row->item->status_at
	                ? arena_strdup(&l->arena, row->item->status_at) : NULL;
	/* The raw id and party, not the cleaned copies: ids must not change if
	 * the cleaning rules do.  Fields are joined by ':' (cable ids hold none).
	 * A cable with no id is keyed by its file name (cleaned, as the list
	 * named it before it had serials), not by the serial it is named by:
	 * two undated cables of one post may share a serial. */
	const char *key = c->id;
	if (!key) {
		key = export_clean(&b->scratch, c->source, false);
		if (!key || !*key)
			key = "-";
	}
	export_item_uuid(key, row->paragraph, row->party, it->uuid);
}

/* The header of cable c as the list keeps it (cleaned copies). */
static void export_header(struct export_list *l, struct export_cable *ec,
                          const struct cable *c)
{
	struct export_building *b = l->building;
	/* named by its id, else by its post and serial ("MADRID 2164": the text
	 * gives no year), else by its file */
	ec->id = export_clean(&l->arena, c->id ? c->id : c->serial ? c->serial
	                                                 : c->source, false);
	if (!ec->id || !*ec->id)
		ec->id = "-";
	ec->subject = export_clean(&l->arena, c->subject, false);
	ec->dtg = export_dtg_text(&l->arena, &c->dtg);
	ec->date = c->dtg;
	ec->precedence = c->precedence ? arena_strdup(&l->arena, c->precedence) : NULL;
	ec->classification = export_clean(&l->arena, c->classification, false);
	if (ec->classification && !*ec->classification)
		ec->classification = NULL;
	/* cables in a row mostly share their marking: kept once then */
	const char *m = export_marking(&b->scratch, ec->classification, c);
	if (b->marking && strcmp(b->marking, m) == 0)
		ec->marking = b->marking;
	else
		ec->marking = b->marking = arena_strdup(&l->arena, m);
}

/* --- the whole list --------------------------------------------------------- */

static int export_item_cmp(const void *a, const void *b)
{
	const struct export_item *x = a, *y = b;
	int c = strcmp(x->party, y->party);
	if (c)
		return c;
	if (!x->deadline != !y->deadline)
		return x->deadline ? -1 : 1;
	if (x->deadline && (c = strcmp(x->deadline, y->deadline)))
		return c;
	if ((c = strcmp(x->src->id, y->src->id)))
		return c;
	if (x->paragraph != y->paragraph)
		return x->paragraph < y->paragraph ? -1 : 1;
	return strcmp(x->uuid, y->uuid);
}

static int export_uuid_cmp(const void *a, const void *b)
{
	const struct export_item *const *x = a, *const *y = b;
	int c = strcmp((*x)->uuid, (*y)->uuid);
	return c ? c : (*x < *y ? -1 : *x > *y);
}

/* One item per uuid: the model makes one row of a (paragraph, party) that
 * two taskings name; this makes one item of a cable given twice. */
static void export_dedup(struct export_list *l)
{
	if (l->n < 2)
		return;
	/* scratch of the size of the list: freed, not kept in the arena */
	struct export_item **v = xmalloc(l->n * sizeof *v);
	bool *drop = xmalloc(l->n);
	memset(drop, 0, l->n);
	for (size_t i = 0; i < l->n; i++)
		v[i] = &l->items[i];
	qsort(v, l->n, sizeof *v, export_uuid_cmp);
	for (size_t i = 1; i < l->n; i++)
		if (strcmp(v[i]->uuid, v[i - 1]->uuid) == 0)
			drop[v[i] - l->items] = true;   /* the later one */
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++)
		if (!drop[i])
			l->items[o++] = l->items[i];
	l->n = o;
	free(v);
	free(drop);
}

void export_begin(struct export_list *l, const struct export_options *opt)
{
	memset(l, 0, sizeof *l);
	arena_init(&l->arena);
	l->now = opt ? opt->now : 0;
	l->building = arena_alloc(&l->arena, sizeof *l->building);
	l->building->opt = opt;
	l->building->rank = -1;
	arena_init(&l->building->scratch);
}

void export_add_cable(struct export_list *l, const struct cable *c,
                      const struct review *r)
{
	struct export_building *b = l->building;
	size_t ci = l->ncables;
	l->cables = export_grow(l->cables, sizeof *l->cables, &b->capcables, ci + 1);
	struct export_cable *ec = &l->cables[l->ncables++];
	memset(ec, 0, sizeof *ec);
	export_header(l, ec, c);
	export_banner_add(l, ec, c);
	struct effective e;
	effective_build(&e, c, r);
	/* Auto items the finder no longer finds are stale: left out. */
	for (size_t k = 0; k < e.n; k++)
		if (!e.rows[k].stale)
			export_add(l, ci, c, &e.rows[k]);
	effective_free(&e);
	arena_free(&b->scratch);
}

void export_end(struct export_list *l)
{
	struct export_building *b = l->building;
	if (!l->cables) {            /* writers may read cables[0] of none */
		l->cables = export_grow(NULL, sizeof *l->cables, &b->capcables, 1);
		memset(l->cables, 0, sizeof *l->cables);
	}
	for (size_t i = 0; i < l->n; i++)
		l->items[i].src = &l->cables[b->item_cable[i]];
	free(b->item_cable);
	b->item_cable = NULL;
	l->banner = export_banner(l);
	export_dedup(l);
	if (l->n > 1)
		qsort(l->items, l->n, sizeof *l->items, export_item_cmp);
	export_meta_fill(l, b->opt);
	arena_free(&b->scratch);
	l->building = NULL;
}

void export_build(struct export_list *l, const struct cable *const *cables,
                  const struct review *const *reviews, size_t n,
                  const struct export_options *opt)
{
	export_begin(l, opt);
	for (size_t i = 0; i < n; i++)
		export_add_cable(l, cables[i], reviews ? reviews[i] : NULL);
	export_end(l);
}

void export_list_free(struct export_list *l)
{
	if (l->building) {
		arena_free(&l->building->scratch);
		free(l->building->item_cable);
	}
	free(l->items);
	free(l->cables);
	arena_free(&l->arena);
	memset(l, 0, sizeof *l);
}

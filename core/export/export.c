/* export.c - the checklist item model shared by every export writer: the
 * effective rows of each cable (review/effective.h: status and due date in
 * force) as cleaned, sorted items. */
#include "export/export.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/utf8.h"
#include "review/effective.h"
#include "tasking/tasking.h"

/* --- text cleaning ---------------------------------------------------- */

char *export_clean(struct arena *a, const char *s, bool multiline)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	char *out = arena_alloc(a, n + 1);
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0, i = 0;
	bool space = !multiline;     /* single-line: drop leading spaces */
	while (i < n) {
		uint32_t cp;
		size_t k = utf8_decode(p + i, n - i, &cp);
		if (k == 0) {            /* invalid byte: drop it */
			i++;
			continue;
		}
		bool sep = cp == '\t' || cp == '\n' || cp == '\r' ||
		           cp == 0x2028 || cp == 0x2029;
		if (multiline && (cp == '\t' || cp == '\n')) {
			out[o++] = (char)cp;
		} else if (multiline && (cp == 0x2028 || cp == 0x2029)) {
			out[o++] = '\n';
		} else if (!multiline && (sep || cp == ' ')) {
			if (!space)
				out[o++] = ' ';
			space = true;
		} else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
			/* a control character: dropped */
		} else {
			memcpy(out + o, p + i, k);
			o += k;
			space = false;
		}
		i += k;
	}
	if (!multiline && o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

/* --- short post names -------------------------------------------------- */

/* Missions named after an organisation ("USMISSION UNVIE VIENNA"): the word
 * after the prefix names the post. */
static const char *const export_org_prefix[] = {
	"USMISSION", "USDEL", "USLO", "USOFFICE", NULL,
};
/* Posts named after their city ("AMEMBASSY SAN JOSE"): the city names it. */
static const char *const export_city_prefix[] = {
	"AMEMBASSY", "AMEMB", "AMCONSUL", "AMCONGEN", "EMBASSY", "CONSULATE",
	NULL,
};

static bool export_in(const char *w, size_t len, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
			return true;
	return false;
}

char *export_short_post(struct arena *a, const char *party)
{
	/* Split into words (at most 16 are looked at). */
	const char *w[16] = { 0 };
	size_t wl[16] = { 0 }, nw = 0;
	for (const char *p = party ? party : ""; *p && nw < 16;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		w[nw] = p;
		wl[nw++] = (size_t)(e - p);
		p = e;
	}
	size_t first = 0, last = nw;   /* words [first, last) make the name */
	if (nw >= 2 && export_in(w[0], wl[0], export_org_prefix)) {
		first = 1, last = 2;
	} else if (nw >= 2 && export_in(w[0], wl[0], export_city_prefix)) {
		first = 1;
	} else if (nw >= 2 && wl[0] > 2 && memcmp(w[0], "US", 2) == 0) {
		last = 1;                /* "USEU BRUSSELS", "USUN NEW YORK" */
	} else if (nw >= 2) {
		/* "SECSTATE WASHDC", "JOINT STAFF WASHINGTON DC" */
		if (wl[last - 1] == 6 && memcmp(w[last - 1], "WASHDC", 6) == 0)
			last--;
		else if (nw >= 3 && wl[last - 1] == 2 && memcmp(w[last - 1], "DC", 2) == 0 &&
		         wl[last - 2] == 10 && memcmp(w[last - 2], "WASHINGTON", 10) == 0)
			last -= 2;
	}
	struct buf b;
	buf_init(&b);
	for (size_t i = first; i < last; i++) {
		if (i > first && b.len && b.data[b.len - 1] != '_')
			buf_putc(&b, '_');
		for (size_t j = 0; j < wl[i]; j++) {
			unsigned char ch = (unsigned char)w[i][j];
			if (ascii_is_alnum(ch) || ch >= 0x80)
				buf_putc(&b, (char)ch);
			else if (b.len && b.data[b.len - 1] != '_')
				buf_putc(&b, '_');
		}
	}
	while (b.len && b.data[b.len - 1] == '_')
		b.len--;
	char *r = b.len && !b.failed ? arena_strndup(a, b.data, b.len)
	                             : arena_strdup(a, "POST");
	buf_free(&b);
	return r;
}

/* --- helpers for the writers ------------------------------------------ */

const char *export_status_name(enum review_status s)
{
	switch (s) {
	case STATUS_OPEN: break;
	case STATUS_DOING: return "doing";
	case STATUS_DONE: return "done";
	case STATUS_DROPPED: return "dropped";
	}
	return "open";
}

void export_title(const struct export_item *it, struct buf *out)
{
	if (it->portion)
		buf_printf(out, "(%s) ", it->portion);
	buf_puts(out, it->summary);
}

void export_flat(const char *s, struct buf *out)
{
	bool space = false;
	for (; s && *s; s++) {
		if (*s == '\n' || *s == '\t' || *s == '\r' || *s == ' ') {
			space = true;
			continue;
		}
		if (space && out->len)
			buf_putc(out, ' ');
		space = false;
		buf_putc(out, *s);
	}
}

void export_cable_ids(const struct export_list *l, struct buf *out)
{
	for (size_t i = 0; i < l->ncables; i++) {
		if (i)
			buf_puts(out, ", ");
		buf_puts(out, l->cables[i].id);
	}
}

/* YYYYMMDDTHHMMSSZ from fields already in range. */
static void export_fmt_stamp(int y, int mo, int d, int h, int mi, int sec,
                             char out[17])
{
	char tmp[80];
	snprintf(tmp, sizeof tmp, "%04d%02d%02dT%02d%02d%02dZ", y, mo, d, h, mi, sec);
	memcpy(out, tmp, 16);
	out[16] = '\0';
}

void export_stamp(time_t t, char out[17])
{
	struct tm tm;
	if (!gmtime_r(&t, &tm) || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0) {
		memcpy(out, "19700101T000000Z", 17);
		return;
	}
	export_fmt_stamp(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	                 tm.tm_min, tm.tm_sec, out);
}

void export_entry_stamp(const struct export_list *l,
                        const struct export_item *it, char out[17])
{
	const struct dtg *d = &it->src->cable->dtg;
	if (!d->valid || d->year < 0 || d->year > 9999) {
		export_stamp(l->now, out);
		return;
	}
	export_fmt_stamp(d->year, d->month, d->day, d->hour, d->minute, 0, out);
}

/* --- building the list ------------------------------------------------- */

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

static const char *export_banner(struct export_list *l)
{
	const char *best = NULL;
	int rank = -1;
	for (size_t i = 0; i < l->ncables; i++) {
		int r = export_class_rank(l->cables[i].classification);
		if (r > rank) {
			rank = r;
			best = l->cables[i].classification;
		}
	}
	if (!best)
		return "UNMARKED";
	struct buf b;
	buf_init(&b);
	buf_puts(&b, best);
	/* Caveats of every cable, first seen first, each once. */
	const char **seen = NULL;
	size_t nseen = 0, capseen = 0;
	for (size_t i = 0; i < l->ncables; i++) {
		const struct cable *c = l->cables[i].cable;
		for (size_t k = 0; k < c->ncaveats; k++) {
			const char *cv = export_clean(&l->arena, c->caveats[k], false);
			if (!cv || !*cv)
				continue;
			bool dup = false;
			for (size_t j = 0; j < nseen && !dup; j++)
				dup = strcmp(seen[j], cv) == 0;
			if (dup)
				continue;
			*ARENA_PUSH(&l->arena, seen, nseen, capseen) = cv;
			buf_printf(&b, "//%s", cv);
		}
	}
	const char *r = arena_strdup(&l->arena, buf_str(&b));
	buf_free(&b);
	return r;
}

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

struct export_builder {
	struct export_list *l;
	size_t cap;
	const struct export_options *opt;
};

/* One item from one effective row (review/effective.h decides its status
 * and due date); rows the options leave out are skipped. */
static void export_add(struct export_builder *b, const struct export_cable *src,
                       const struct effective_row *row)
{
	struct export_list *l = b->l;
	if (b->opt && b->opt->post && !party_matches(b->opt->post, row->party))
		return;
	if (b->opt && b->opt->open_only && !effective_is_open(row->status))
		return;
	struct export_item *it = ARENA_PUSH(&l->arena, l->items, l->n, b->cap);
	it->src = src;
	it->paragraph = row->paragraph;
	const struct paragraph *p = export_para(src->cable, row->paragraph);
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
	it->status_at = row->item && row->item->status_at
	                ? arena_strdup(&l->arena, row->item->status_at) : NULL;
	/* The raw id and party, not the cleaned copies: ids must not change if
	 * the cleaning rules do.  Fields are joined by ':' (cable ids hold none). */
	export_item_uuid(src->cable->id ? src->cable->id : src->id, row->paragraph,
	                 row->party, it->uuid);
}

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
	struct export_item **v = arena_alloc(&l->arena, l->n * sizeof *v);
	bool *drop = arena_alloc(&l->arena, l->n);
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
}

void export_build(struct export_list *l, const struct cable *const *cables,
                  const struct review *const *reviews, size_t n,
                  const struct export_options *opt)
{
	memset(l, 0, sizeof *l);
	arena_init(&l->arena);
	l->now = opt ? opt->now : 0;
	l->cables = arena_alloc(&l->arena, (n ? n : 1) * sizeof *l->cables);
	l->ncables = n;
	for (size_t i = 0; i < n; i++) {
		const struct cable *c = cables[i];
		struct export_cable *ec = &l->cables[i];
		ec->cable = c;
		ec->id = export_clean(&l->arena, c->id ? c->id : c->source, false);
		if (!ec->id || !*ec->id)
			ec->id = "-";
		ec->subject = export_clean(&l->arena, c->subject, false);
		ec->dtg = export_dtg_text(&l->arena, &c->dtg);
		ec->classification = export_clean(&l->arena, c->classification, false);
		if (ec->classification && !*ec->classification)
			ec->classification = NULL;
	}
	l->banner = export_banner(l);

	struct export_builder b = { .l = l, .cap = 0, .opt = opt };
	for (size_t i = 0; i < n; i++) {
		struct effective e;
		effective_build(&e, cables[i], reviews ? reviews[i] : NULL);
		/* Auto items the finder no longer finds are stale: left out. */
		for (size_t k = 0; k < e.n; k++)
			if (!e.rows[k].stale)
				export_add(&b, &l->cables[i], &e.rows[k]);
		effective_free(&e);
	}
	export_dedup(l);
	if (l->n > 1)
		qsort(l->items, l->n, sizeof *l->items, export_item_cmp);
	export_meta_fill(l, opt);
}

void export_list_free(struct export_list *l)
{
	arena_free(&l->arena);
	memset(l, 0, sizeof *l);
}

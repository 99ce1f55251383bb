/* inbox_view.c - the list of cables given on the command line (a folder
 * or several files): id, date, precedence, open taskings (mine when --post
 * is given), nearest deadline, subject.  A file that could not be read is
 * listed with the reason; Enter opens a cable.
 *
 * A big inbox is not parsed at start: each row comes from the inbox index
 * (core/inbox/inbox.h, cached on disk) and the cable is parsed when it is opened,
 * or when it has a review file and its row is shown or the agenda opens (the
 * counts then take the reviewer's marks into account); the agenda takes the
 * other cables' taskings from the index. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "due.h"
#include "inbox_view.h"
#include "review/effective.h"
#include "theme.h"

/* ---- loading ------------------------------------------------------------ */

static void inbox_attach_review(struct app *a, struct doc *d)
{
	struct ct_error err = { "" };
	if (!a->state_dir) {
		doc_set_review_error(d, "no reviews folder: %s", a->state_error);
		return;
	}
	if (!d->cable->id) {
		doc_set_review_error(d, "the cable has no id, so its review cannot be kept");
		return;
	}
	/* the same cable in another file of the inbox: one review for both,
	 * so that saving one is no "change on disk" to the other */
	for (size_t j = 0; j < a->ndocs; j++) {
		struct doc *o = &a->docs[j];
		if (o != d && o->review && !o->review_shared && o->cable && o->cable->id &&
		    strcmp(o->cable->id, d->cable->id) == 0) {
			review_merge(o->review, d->cable);
			d->review = o->review;
			d->review_shared = true;
			return;
		}
	}
	struct review *r = NULL;
	if (review_load(a->state_dir, d->cable->id, &r, &err) != REVIEW_OK || !r) {
		doc_set_review_error(d, "review of %s failed to load, kept as it is: %s",
		         d->cable->id, err.msg);
		return;
	}
	review_merge(r, d->cable);
	d->review = r;   /* no lock: opening the cable takes it (app_open_doc) */
}

bool inbox_doc_load(struct app *a, size_t i)
{
	if (i >= a->ndocs)
		return false;
	struct doc *d = &a->docs[i];
	if (d->lazy) {
		struct ct_error err = { "" };
		d->lazy = false;
		d->cable = cable_parse_file(d->path, &err);
		if (!d->cable)
			doc_set_error(d, "%s", err.msg[0] ? err.msg :
			         "could not be read");
	}
	if (d->cable && !d->review && !d->review_error)
		inbox_attach_review(a, d);
	return d->cable != NULL;
}

const char *inbox_doc_id(const struct doc *d)
{
	if (d->cable)
		return d->cable->id;
	return d->ix && !d->ix->error ? d->ix->id : NULL;
}

/* Does the lazy doc d have a review file?  Asked once per doc. */
static bool inbox_has_review(struct app *a, struct doc *d)
{
	if (d->has_review < 0) {
		const char *id = d->ix ? d->ix->id : NULL;
		d->has_review = 0;
		if (a->state_dir && id && review_id_ok(id)) {
			char path[4096];
			struct stat st;
			snprintf(path, sizeof path, "%s/%s.yaml", a->state_dir, id);
			d->has_review = stat(path, &st) == 0;
		}
	}
	return d->has_review > 0;
}

static long inbox_ms(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1000L + (t1.tv_nsec - t0->tv_nsec) / 1000000L;
}

void inbox_load_for_agenda(struct app *a)
{
	size_t total = 0, done = 0;
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		if (d->lazy && (!d->ix || inbox_has_review(a, d)))
			total++;
	}
	if (total == 0)
		return;
	struct timespec t0, shown;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	shown = t0;
	bool curses = !isendwin();
	for (size_t i = 0; i < a->ndocs && !app_signalled(); i++) {
		struct doc *d = &a->docs[i];
		if (!d->lazy || !(!d->ix || d->has_review > 0))
			continue;
		inbox_doc_load(a, i);
		done++;
		/* a progress line when it takes long enough to be seen */
		if (curses && inbox_ms(&t0) > 150 && (inbox_ms(&shown) > 100 || done == total)) {
			char line[128];
			snprintf(line, sizeof line, " reading the taskings of %zu cables: %zu%%",
			         total, done * 100 / total);
			draw_fill(LINES - 1, 0, COLS, theme(TH_STATUS));
			draw_text(LINES - 1, 0, COLS, line, theme(TH_INFO));
			refresh();
			clock_gettime(CLOCK_MONOTONIC, &shown);
		}
	}
}

/* ---- drawing -------------------------------------------------------------- */

/* Open taskings of a parsed d (mine only when a post is given) and the
 * nearest deadline among them, with the reviewer's marks: the core's
 * effective rows (review/effective.h). */
static size_t inbox_open(const struct app *a, const struct doc *d, long *nearest)
{
	size_t n = 0;
	*nearest = LONG_MAX;
	if (!d->cable)
		return 0;
	struct effective e;
	effective_build(&e, d->cable, d->review);
	bool mine_only = a->post && *a->post;
	for (size_t i = 0; i < e.n; i++) {
		const struct effective_row *r = &e.rows[i];
		if (!effective_is_open(r->status))
			continue;
		if (mine_only && !app_is_mine(a, r->party))
			continue;
		n++;
		if (r->due.days < *nearest)
			*nearest = r->due.days;
	}
	effective_free(&e);
	return n;
}

/* What one row shows, from the parsed cable or from the index. */
struct inbox_line {
	const char *id, *precedence, *subject;
	char date[16];
	bool readonly;
	size_t open;
	long nearest;
};

static void inbox_line_of(struct app *a, size_t i, struct inbox_line *l)
{
	struct doc *d = &a->docs[i];
	if (d->lazy && (!d->ix || inbox_has_review(a, d)))
		inbox_doc_load(a, i);   /* its marks change the counts */
	memset(l, 0, sizeof *l);
	snprintf(l->date, sizeof l->date, "-");
	if (d->cable) {
		const struct cable *c = d->cable;
		l->id = c->id;
		l->precedence = c->precedence;
		l->subject = c->subject;
		l->readonly = !d->review;
		if (c->dtg.valid)
			snprintf(l->date, sizeof l->date, "%04d-%02d-%02d", c->dtg.year,
			         c->dtg.month, c->dtg.day);
		l->open = inbox_open(a, d, &l->nearest);
		return;
	}
	const struct inbox_row *r = d->ix;
	l->id = r->id;
	l->precedence = r->precedence;
	l->subject = r->subject;
	l->readonly = !a->state_dir || !r->id || !review_id_ok(r->id);
	if (r->date)
		snprintf(l->date, sizeof l->date, "%s", r->date);
	l->open = inbox_row_open(r, a->post, &l->nearest);
}

void inbox_draw(struct app *a, struct box b)
{
	if (a->ndocs == 0)
		return;
	bool wide = b.w >= 100;
	int idw = 16, datew = 11, precw = wide ? 11 : 0, openw = 6, duew = wide ? 24 : 13;
	int subjw = b.w - 2 - idw - datew - precw - openw - duew;
	char head[256];
	snprintf(head, sizeof head, "  %-*s%-*s%-*s%-*s%-*s%s", idw, "CABLE", datew, "DATE",
	         precw, wide ? "PRECEDENCE" : "", openw, a->post && *a->post ? "MINE" : "OPEN",
	         duew, "NEAREST DUE", "SUBJECT");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE_FOCUS));
	draw_cell(b.y, b.x, b.w, head, theme(TH_PANE_FOCUS));
	int h = b.h - 1;
	if (h <= 0)
		return;
	struct list *lst = &a->inbox_list;
	list_clamp(lst, a->ndocs);
	list_visible(lst, (size_t)h);
	for (int row = 0; row < h && lst->top + (size_t)row < a->ndocs; row++) {
		size_t i = lst->top + (size_t)row;
		struct doc *d = &a->docs[i];
		int y = b.y + 1 + row;
		bool sel = i == lst->sel;
		attr_t base = sel ? theme(TH_SEL) : theme(TH_NORMAL);
		draw_fill(y, b.x, b.w, base);
		int x = b.x;
		draw_text(y, x, 2, sel ? "> " : "  ", base);
		x += 2;
		struct inbox_line l;
		if (!d->lazy && !d->cable) {
			char line[700];
			snprintf(line, sizeof line, "%s: %s", d->path, doc_why(d->error));
			draw_cell(y, x, b.w - 2, line, sel ? base : theme(TH_ERROR));
			continue;
		}
		inbox_line_of(a, i, &l);
		if (!d->cable && !d->lazy) {    /* a review file's cable failed now */
			char line[700];
			snprintf(line, sizeof line, "%s: %s", d->path, doc_why(d->error));
			draw_cell(y, x, b.w - 2, line, sel ? base : theme(TH_ERROR));
			continue;
		}
		char id[64];
		snprintf(id, sizeof id, "%s%s", l.id ? l.id : "(no id)", l.readonly ? " !" : "");
		draw_cell(y, x, idw - 1, id, base);
		x += idw;
		draw_cell(y, x, datew - 1, l.date, base);
		x += datew;
		if (precw) {
			draw_cell(y, x, precw - 1, l.precedence ? l.precedence : "-", base);
			x += precw;
		}
		char num[16];
		snprintf(num, sizeof num, "%zu", l.open);
		draw_cell(y, x, openw - 1, num, base | (l.open && !sel ? theme(TH_MINE) : 0));
		x += openw;
		char due[80];
		int urg = 0;
		due_label(a->today, l.nearest, wide, due, sizeof due, &urg);
		draw_cell(y, x, duew - 1, due, sel ? base : urg == 2 ? theme(TH_OVERDUE) :
		          urg == 1 ? theme(TH_SOON) : base);
		x += duew;
		if (subjw > 0)
			draw_cell(y, x, subjw, l.subject ? l.subject : "(no subject)", base);
	}
}

bool inbox_key(struct app *a, enum keymap_action act)
{
	if (a->ndocs == 0)
		return false;
	list_clamp(&a->inbox_list, a->ndocs);
	if (list_move(&a->inbox_list, act, list_page_screen()))
		return true;
	switch (act) {
	case ACT_TOGGLE:
	case ACT_UNFOLD:
		app_open_doc(a, a->inbox_list.sel);
		return true;
	default:
		return false;
	}
}

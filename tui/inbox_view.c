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

void inbox_line_of(struct app *a, size_t i, struct inbox_line *l)
{
	struct doc *d = &a->docs[i];
	if (d->lazy && (!d->ix || inbox_has_review(a, d)))
		inbox_doc_load(a, i);   /* its marks change the counts */
	memset(l, 0, sizeof *l);
	snprintf(l->date, sizeof l->date, "-");
	if (d->cable) {
		const struct cable *c = d->cable;
		l->id = c->id ? c->id : c->serial;
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
	l->id = r->id ? r->id : r->serial;
	l->precedence = r->precedence;
	l->subject = r->subject;
	l->readonly = !a->state_dir || !r->id || !review_id_ok(r->id);
	if (r->date)
		snprintf(l->date, sizeof l->date, "%s", r->date);
	l->open = inbox_row_open(r, a->post, &l->nearest);
}

/* No row shows: the limit or mine-only left none; say which. */
static void inbox_draw_none(struct app *a, struct box b)
{
	char fk[64] = "";
	keymap_keys_for(a->km, ACT_FILTER, fk, sizeof fk);
	draw_textf(b.y + 2, b.x + 2, b.w - 2, theme(TH_MARK), "No cable %s%s%s (%s "
	           "changes the limit, m the mine-only).", a->inbox_mine ? "tasks " : "",
	           a->inbox_mine ? "your post" : "matches the limit",
	           a->inbox_mine && a->inbox_limit[0] ? " and matches the limit" : "",
	           fk[0] ? fk : "filter");
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
	inbox_read_load(a);
	if (a->inbox_dirty)
		inbox_rows_rebuild(a);
	if (a->ninbox_rows == 0) {
		inbox_draw_none(a, b);
		return;
	}
	struct list *lst = &a->inbox_list;
	list_clamp(lst, a->ninbox_rows);
	list_visible(lst, (size_t)h);
	for (int row = 0; row < h && lst->top + (size_t)row < a->ninbox_rows; row++) {
		size_t i = a->inbox_rows[lst->top + (size_t)row];
		struct doc *d = &a->docs[i];
		int y = b.y + 1 + row;
		bool sel = lst->top + (size_t)row == lst->sel;
		attr_t base = sel ? theme(TH_SEL) : theme(TH_NORMAL);
		draw_fill(y, b.x, b.w, base);
		int x = b.x;
		draw_text(y, x, 2, sel ? "> " : "  ", base);
		if (d->marked)                  /* bulk.c: x, s, e act on it */
			draw_text(y, x + 1, 1, "*", base | A_BOLD);
		else if (!d->read && (d->lazy || d->cable))
			draw_text(y, x + 1, 1, "N", base | A_BOLD);
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

/* o: sort by a key; the same key again reverses. */
static void inbox_sort(struct app *a)
{
	static const char *const names[] = { "date", "precedence", "deadline", "id" };
	int c = prompt_choice(a, "sort by", names, 4);
	if (c < 0)
		return;
	if (c == a->inbox_sort)
		a->inbox_reverse = !a->inbox_reverse;
	else
		a->inbox_reverse = false;
	a->inbox_sort = c;
	inbox_rows_rebuild(a);
	app_message(a, false, "sorted by %s%s", names[c], a->inbox_reverse ? ", reversed" :
	            c == INBOX_SORT_DATE ? ", newest first" : "");
}

/* f: the limit; m: only the cables that task my post. */
static void inbox_limit(struct app *a, enum keymap_action act)
{
	if (act == ACT_MINE_ONLY) {
		if (!a->post || !*a->post) {
			app_message(a, false, "start with --post NAME to see the cables that "
			            "task your post");
			return;
		}
		a->inbox_mine = !a->inbox_mine;
	} else {
		char in[128];
		if (prompt_read(a, "limit to (words; id: subject: from: tag: text:; empty: "
		                "all): ", a->inbox_limit, in, sizeof in) != PROMPT_OK)
			return;
		snprintf(a->inbox_limit, sizeof a->inbox_limit, "%s", in);
	}
	inbox_rows_rebuild(a);
	char sp[64] = "";
	if (a->post)
		app_short_party(a->post, sp, sizeof sp);
	app_message(a, false, "%zu of %zu cables%s%s%s%s", a->ninbox_rows, a->ndocs,
	            a->inbox_mine ? " tasking " : "", a->inbox_mine ? sp : "",
	            a->inbox_limit[0] ? " matching " : "", a->inbox_limit);
}

/* /, n, N: the next (previous) row that matches, wrapping. */
static void inbox_find(struct app *a, enum keymap_action act)
{
	if (act == ACT_SEARCH) {
		char in[128];
		if (prompt_read(a, "find in the inbox: ", "", in, sizeof in) != PROMPT_OK ||
		    (!in[0] && !a->inbox_search[0]))
			return;
		if (in[0])
			snprintf(a->inbox_search, sizeof a->inbox_search, "%s", in);
	} else if (!a->inbox_search[0]) {
		app_message(a, false, "no search yet: / to search the inbox");
		return;
	}
	int dir = act == ACT_SEARCH_PREV ? -1 : 1;
	size_t n = a->ninbox_rows, at = a->inbox_list.sel;
	for (size_t k = 1; k <= n; k++) {
		size_t r = dir > 0 ? (at + k) % n : (at + n - k % n) % n;
		if (inbox_matches(a, a->inbox_rows[r], a->inbox_search)) {
			a->inbox_list.sel = r;
			app_message(a, false, "/%s%s", a->inbox_search,
			            (dir > 0 ? r <= at : r >= at) ? " (wrapped)" : "");
			return;
		}
	}
	app_message(a, false, "no cable shown matches: %s", a->inbox_search);
}

bool inbox_key(struct app *a, enum keymap_action act)
{
	if (a->inbox_dirty)
		inbox_rows_rebuild(a);
	switch (act) {
	case ACT_SORT:
		inbox_sort(a);
		return true;
	case ACT_FILTER:
	case ACT_MINE_ONLY:
		inbox_limit(a, act);
		return true;
	default:
		break;
	}
	if (a->ninbox_rows == 0) {
		app_message(a, false, "no cable shown: nothing to %s", keymap_action_name(act));
		return false;
	}
	list_clamp(&a->inbox_list, a->ninbox_rows);
	if (list_move(&a->inbox_list, act, list_page_screen()))
		return true;
	size_t doc = a->inbox_rows[a->inbox_list.sel];
	switch (act) {
	case ACT_TOGGLE:
	case ACT_UNFOLD:
		a->from_agenda = false;
		app_open_doc(a, doc);
		return true;
	case ACT_SEARCH:
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		inbox_find(a, act);
		return true;
	case ACT_TOGGLE_READ:
		inbox_set_read(a, doc, !a->docs[doc].read);
		if (!a->msg[0])
			app_message(a, false, "%s: %s", inbox_doc_id(&a->docs[doc]) ?
			            inbox_doc_id(&a->docs[doc]) : a->docs[doc].path,
			            a->docs[doc].read ? "read" : "new again");
		return true;
	default:
		return false;
	}
}

void inbox_title(struct app *a, char *buf, size_t size)
{
	size_t n = (size_t)snprintf(buf, size, " cabletrack  inbox: %zu cable%s", a->ndocs,
	                            a->ndocs == 1 ? "" : "s");
	if (n < size && (a->inbox_mine || a->inbox_limit[0]))
		n += (size_t)snprintf(buf + n, size - n, ", %zu shown", a->ninbox_rows);
	if (n < size)
		snprintf(buf + n, size - n, ", by %s%s", inbox_sort_name(a->inbox_sort),
		         a->inbox_reverse ? " (reversed)" : "");
}

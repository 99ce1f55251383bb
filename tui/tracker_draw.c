/* tracker_draw.c - drawing the action/deadline tracker pane.
 *
 * One row per (tasking, party) the filter lets through: the post, the
 * paragraph, what is asked, the deadline against today (coloured when
 * overdue or close), the reviewer's status and * when there is a note.
 * Columns shrink with the pane; too narrow for the summary beside the
 * rest, it gets a line of its own under each row.  With no row to show
 * the pane says why. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "due.h"
#include "tasks.h"
#include "theme.h"
#include "tracker_view.h"

/* The line of r with the reviewer's badge (tasks.h): the line in force,
 * or the finder's when show-original is on ("finder: " before it). */
static const char *tracker_summary(const struct app *a, const struct track_row *r,
                                   char *buf, size_t size)
{
	bool orig = a->show_original && task_reworded(r);
	const char *s = task_summary(r, orig);
	if (!s)
		s = task_by_reviewer(r) ? "(added by the reviewer)" : "(no summary)";
	snprintf(buf, size, "%s%s%s", task_badge(r), orig ? "finder: " : "", s);
	return buf;
}

/* Counts the rows the filter lets through, the open ones of those, and
 * the rows of my post. */
static void tracker_count(const struct app *a, const struct doc *d, size_t *visible,
                          size_t *open, size_t *nmine)
{
	*visible = 0;
	*open = 0;
	for (size_t i = 0; i < d->ntrk; i++) {
		if (!task_visible(a, &d->trk[i]))
			continue;
		(*visible)++;
		*open += effective_is_open(task_status(&d->trk[i])) &&
		         !task_dismissed(&d->trk[i]);
	}
	*nmine = 0;
	for (size_t i = 0; i < d->ntrk; i++)
		*nmine += d->trk[i].mine;
}

/* The pane's title line: open of shown, whose come first, how many the
 * filter hides. */
static void tracker_draw_title(struct app *a, const struct doc *d, struct box b,
                               size_t visible, size_t open, size_t nmine)
{
	bool focus = a->focus == FOCUS_TRACKER;
	attr_t tattr = theme(focus ? TH_PANE_FOCUS : TH_PANE);
	char title[256];
	size_t n = (size_t)snprintf(title, sizeof title, " Tracker: %zu open of %zu", open,
	                            visible);
	if (a->post && *a->post && n < sizeof title) {
		char sp[64];
		n += (size_t)snprintf(title + n, sizeof title - n,
		                      nmine ? ", %s first" : ", none for %s",
		                      app_short_party(a->post, sp, sizeof sp));
	}
	if (visible != d->ntrk && n < sizeof title)
		n += (size_t)snprintf(title + n, sizeof title - n, " (filtered: %zu hidden)",
		                      d->ntrk - visible);
	if (n < sizeof title)
		snprintf(title + n, sizeof title - n, " ");
	draw_fill(b.y, b.x, b.w, tattr);
	draw_cell(b.y, b.x, b.w, title, tattr);
}

/* No row shows: say why (no taskings, none for my post, the filter). */
static void tracker_draw_empty(struct app *a, const struct doc *d, struct box b,
                               size_t nmine)
{
	char why[200], fk[64] = "", sp[64];
	keymap_keys_for(a->km, ACT_FILTER, fk, sizeof fk);
	if (d->ntrk == 0)
		snprintf(why, sizeof why, "No paragraph of this cable asks a post to act.");
	else if (a->filter.post[0] && nmine == 0 && a->post &&
	         strcmp(a->filter.post, a->post) == 0)
		snprintf(why, sizeof why, "No taskings for %s in this cable (%s: every "
		         "post).", app_short_party(a->post, sp, sizeof sp),
		         keymap_keys_for(a->km, ACT_MINE_ONLY, fk, sizeof fk));
	else
		snprintf(why, sizeof why, "No tasking matches the filter (%s changes it).",
		         fk[0] ? fk : "filter");
	draw_cell(b.y + 1, b.x + 2, b.w - 2, why, theme(TH_MARK));
}

/* The columns of a row, in a pane width columns wide. */
struct tracker_cols {
	int partyw, paraw, sumw, duew, statw, notew;
	int per;           /* lines per row: 2 when the summary has its own */
	bool wide;         /* the deadline column shows the date too */
};

static void tracker_columns(const struct doc *d, int width, struct tracker_cols *c)
{
	char sp[64];
	c->partyw = 4;
	for (size_t i = 0; i < d->ntrk; i++) {
		app_short_party(d->trk[i].party, sp, sizeof sp);
		int w = draw_width(sp, strlen(sp));
		if (w > c->partyw)
			c->partyw = w;
	}
	if (c->partyw > 12)
		c->partyw = 12;
	c->wide = width >= 64;
	c->duew = c->wide ? 23 : 12;
	c->statw = 8;
	c->notew = 2;
	c->paraw = 5;
	c->sumw = width - 2 - c->partyw - 1 - c->paraw - c->duew - c->statw - c->notew;
	if (c->sumw < 30 && c->wide) {
		c->duew = 12;
		c->sumw = width - 2 - c->partyw - 1 - c->paraw - c->duew - c->statw - c->notew;
	}
	/* too narrow for the summary on the row: give it a line of its own */
	c->per = c->sumw < 28 ? 2 : 1;
	if (c->per == 2) {
		c->sumw = 0;
		c->wide = width >= 2 + c->partyw + 1 + c->paraw + 23 + c->statw + c->notew;
		c->duew = c->wide ? 23 : 12;
	}
}

/* The asks of r under it from y, one a line ("1. ...", wrapped to the
 * pane, under the summary's column when it has one); returns the y after
 * them.  With draw false nothing is drawn: returns y plus the lines they
 * take. */
static int tracker_draw_asks(const struct track_row *r, int y, struct box b,
                             const struct tracker_cols *c, attr_t attr, bool draw)
{
	if (!r->t || r->t->nasks == 0)
		return y;
	int numw = r->t->nasks >= 10 ? 4 : 3;
	int x = c->per == 1 ? b.x + 2 + c->partyw + 1 + c->paraw : b.x + 4;
	if (b.x + b.w - 1 - (x + numw) < 16)
		x = b.x + 2;
	int w = b.x + b.w - 1 - (x + numw);
	if (w < 1)
		return y;
	int bottom = draw ? b.y + b.h : INT_MAX;
	for (size_t i = 0; i < r->t->nasks && y < bottom; i++) {
		const char *s = r->t->asks[i];
		bool first = true;
		while (*s && y < bottom) {
			const char *next;
			size_t n = draw_wrap(s, w, &next);
			if (draw) {
				draw_fill(y, b.x, b.w, attr);
				if (first)
					draw_textf(y, x, numw, attr, "%zu.", i + 1);
				draw_textn(y, x + numw, w, s, n, attr);
			}
			y++;
			first = false;
			if (next == s)
				break;
			s = next;
		}
	}
	return y;
}

/* Draws row r at y (and its summary on the next line when the columns
 * say so, and its asks under it when unfolded); returns the y after it. */
static int tracker_draw_row(struct app *a, const struct track_row *r, bool sel, int y,
                            struct box b, const struct tracker_cols *c)
{
	bool focus = a->focus == FOCUS_TRACKER;
	char sp[64];
	enum review_status s = task_status(r);
	bool closed = s == STATUS_DONE || s == STATUS_DROPPED;
	attr_t base = sel ? theme(focus ? TH_SEL : TH_SEL_DIM) :
	              closed ? theme(TH_DONE) : theme(TH_NORMAL);
	draw_fill(y, b.x, b.w, base);
	int x = b.x;
	x += draw_text(y, x, 2, sel ? "> " : "  ", base);
	app_short_party(r->party, sp, sizeof sp);
	draw_cell(y, x, c->partyw, sp, base | (r->mine && !sel ? theme(TH_MINE) : 0));
	x += c->partyw + 1;
	char para[16];
	/* a row whose line names bullets: folded, or unfolded under it */
	const char *fold = !r->t || r->t->nasks == 0 ? "" :
	                   r->asks_open ? "\xe2\x96\xbe" : "\xe2\x96\xb8";
	if (r->paragraph > 0)
		snprintf(para, sizeof para, "\xc2\xb6%d%s", r->paragraph, fold);
	else
		snprintf(para, sizeof para, "body%s", fold);
	draw_cell(y, x, c->paraw, para, base);
	x += c->paraw;
	char line[600];
	tracker_summary(a, r, line, sizeof line);
	if (c->sumw > 0) {
		draw_cell(y, x, c->sumw - 1, line, base);
		x += c->sumw;
	}
	char duebuf[64];
	int urg = 0;
	if (closed)
		due_date(task_due(r).days, duebuf, sizeof duebuf);
	else
		due_label(a->today, task_due(r).days, c->wide, duebuf, sizeof duebuf, &urg);
	attr_t dattr = base;
	if (!sel && !closed && urg == 2)
		dattr = theme(TH_OVERDUE);
	else if (!sel && !closed && urg == 1)
		dattr = theme(TH_SOON);
	draw_cell(y, x, c->duew - 1, duebuf, dattr);
	x += c->duew;
	draw_cell(y, x, c->statw - 1, task_dismissed(r) ? "dismiss" : review_status_name(s),
	          base |
	          (s == STATUS_DOING && !sel ? theme(TH_SOON) : 0));
	x += c->statw;
	if (r->item && r->item->note && r->item->note[0])
		draw_text(y, x, c->notew, "*", base | A_BOLD);
	y++;
	if (c->per == 2 && y < b.y + b.h) {
		draw_fill(y, b.x, b.w, base);
		draw_cell(y, b.x + 4, b.w - 5, line, base);
		y++;
	}
	if (r->asks_open)
		y = tracker_draw_asks(r, y, b, c, closed ? theme(TH_DONE) : theme(TH_NORMAL),
		                      true);
	return y;
}

/* Lines the row r takes: its own, and its asks when unfolded. */
static int tracker_row_lines(const struct track_row *r, struct box b,
                             const struct tracker_cols *c)
{
	return c->per + (r->asks_open ? tracker_draw_asks(r, 0, b, c, 0, false) : 0);
}

/* The first row shown (l->top) such that the selected one and its asks
 * fit in h lines below it when they can. */
static void tracker_scroll(struct app *a, struct doc *d, struct list *l, int h,
                           struct box b, const struct tracker_cols *c)
{
	for (;;) {
		int lines = 0;
		for (size_t i = 0, v = 0; i < d->ntrk && v <= l->sel; i++) {
			if (!task_visible(a, &d->trk[i]))
				continue;
			if (v++ >= l->top)
				lines += tracker_row_lines(&d->trk[i], b, c);
		}
		if (lines <= h || l->top >= l->sel)
			return;
		l->top++;
	}
}

void tracker_draw(struct app *a, struct doc *d, struct box b)
{
	if (b.h < 1 || b.w < 10)
		return;
	size_t visible, open, nmine;
	tracker_count(a, d, &visible, &open, &nmine);
	tracker_draw_title(a, d, b, visible, open, nmine);
	int h = b.h - 1;
	if (h <= 0)
		return;
	if (visible == 0) {
		tracker_draw_empty(a, d, b, nmine);
		return;
	}
	struct track_row *cur = tracker_current(a, d);
	struct list *l = tracker_list(a, d);
	struct tracker_cols c;
	tracker_columns(d, b.w, &c);
	list_visible(l, (size_t)(h / c.per > 0 ? h / c.per : 1));
	tracker_scroll(a, d, l, h, b, &c);

	int y = b.y + 1;
	for (size_t i = 0, v = 0; i < d->ntrk && y < b.y + b.h; i++) {
		struct track_row *r = &d->trk[i];
		if (!task_visible(a, r))
			continue;
		if (v++ < l->top)
			continue;
		y = tracker_draw_row(a, r, r == cur, y, b, &c);
	}
}

/* inbox_view.c - the list of cables given on the command line (a folder
 * or several files): id, date, precedence, open taskings (mine when --post
 * is given), nearest deadline, subject.  A file that could not be read is
 * listed with the reason; Enter opens a cable. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "dates.h"
#include "draw.h"
#include "theme.h"

/* Open taskings of d (mine only when a post is given) and the nearest
 * deadline among them. */
static size_t inbox_open(struct app *a, struct doc *d, long *nearest)
{
	size_t n = 0;
	*nearest = LONG_MAX;
	if (!d->cable)
		return 0;
	if (d->ntrk == 0 && (d->cable->ntaskings || (d->review && d->review->n)))
		tracker_rebuild(a, d);
	bool mine_only = a->post && *a->post;
	for (size_t i = 0; i < d->ntrk; i++) {
		const struct track_row *r = &d->trk[i];
		enum review_status s = tracker_row_status(r);
		if (s != STATUS_OPEN && s != STATUS_DOING)
			continue;
		if (mine_only && !r->mine)
			continue;
		n++;
		long due = tracker_due_days(tracker_row_due(r));
		if (due < *nearest)
			*nearest = due;
	}
	return n;
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
	if (a->inbox_sel >= a->ndocs)
		a->inbox_sel = a->ndocs - 1;
	if (a->inbox_sel < a->inbox_top)
		a->inbox_top = a->inbox_sel;
	if (a->inbox_sel >= a->inbox_top + (size_t)h)
		a->inbox_top = a->inbox_sel - (size_t)h + 1;
	for (int row = 0; row < h && a->inbox_top + (size_t)row < a->ndocs; row++) {
		size_t i = a->inbox_top + (size_t)row;
		struct doc *d = &a->docs[i];
		int y = b.y + 1 + row;
		bool sel = i == a->inbox_sel;
		attr_t base = sel ? theme(TH_SEL) : theme(TH_NORMAL);
		draw_fill(y, b.x, b.w, base);
		int x = b.x;
		draw_text(y, x, 2, sel ? "> " : "  ", base);
		x += 2;
		if (!d->cable) {
			char line[700];
			snprintf(line, sizeof line, "%s: %s", d->path, d->error);
			draw_cell(y, x, b.w - 2, line, sel ? base : theme(TH_ERROR));
			continue;
		}
		const struct cable *c = d->cable;
		char id[64];
		snprintf(id, sizeof id, "%s%s", c->id ? c->id : "(no id)", d->review ? "" : " !");
		draw_cell(y, x, idw - 1, id, base);
		x += idw;
		char date[16] = "-";
		if (c->dtg.valid)
			snprintf(date, sizeof date, "%04d-%02d-%02d", c->dtg.year, c->dtg.month,
			         c->dtg.day);
		draw_cell(y, x, datew - 1, date, base);
		x += datew;
		if (precw) {
			draw_cell(y, x, precw - 1, c->precedence ? c->precedence : "-", base);
			x += precw;
		}
		long nearest;
		size_t open = inbox_open(a, d, &nearest);
		char num[16];
		snprintf(num, sizeof num, "%zu", open);
		draw_cell(y, x, openw - 1, num, base | (open && !sel ? theme(TH_MINE) : 0));
		x += openw;
		char words[48], due[80];
		int urg = 0;
		tracker_due_words(a->today, nearest, words, sizeof words, &urg);
		if (wide && nearest != LONG_MAX) {
			int yy, mm, dd;
			civil_from_days(nearest, &yy, &mm, &dd);
			snprintf(due, sizeof due, "%04d-%02d-%02d %s", yy, mm, dd, words);
		} else {
			snprintf(due, sizeof due, "%s", words);
		}
		draw_cell(y, x, duew - 1, due, sel ? base : urg == 2 ? theme(TH_OVERDUE) :
		          urg == 1 ? theme(TH_SOON) : base);
		x += duew;
		if (subjw > 0)
			draw_cell(y, x, subjw, c->subject ? c->subject : "(no subject)", base);
	}
}

bool inbox_key(struct app *a, enum keymap_action act)
{
	if (a->ndocs == 0)
		return false;
	size_t page = LINES > 6 ? (size_t)LINES - 4 : 1;
	switch (act) {
	case ACT_NEXT:
		if (a->inbox_sel + 1 < a->ndocs)
			a->inbox_sel++;
		return true;
	case ACT_PREV:
		if (a->inbox_sel > 0)
			a->inbox_sel--;
		return true;
	case ACT_FIRST:
		a->inbox_sel = 0;
		return true;
	case ACT_LAST:
		a->inbox_sel = a->ndocs - 1;
		return true;
	case ACT_PAGE_DOWN:
		a->inbox_sel = a->inbox_sel + page < a->ndocs ? a->inbox_sel + page : a->ndocs - 1;
		return true;
	case ACT_PAGE_UP:
		a->inbox_sel = a->inbox_sel > page ? a->inbox_sel - page : 0;
		return true;
	case ACT_TOGGLE:
	case ACT_UNFOLD:
		app_open_doc(a, a->inbox_sel);
		return true;
	default:
		return false;
	}
}

/* agenda_view.c - every open tasking of every cable in the inbox, by
 * deadline (none last); mine only when --post is given.  Enter jumps to the
 * tasking's paragraph; the status keys work here too. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "dates.h"
#include "draw.h"
#include "theme.h"

static int agenda_cmp(const void *pa, const void *pb)
{
	const struct agenda_row *a = pa, *b = pb;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	if (a->row.paragraph != b->row.paragraph)
		return a->row.paragraph < b->row.paragraph ? -1 : 1;
	return strcmp(a->row.party ? a->row.party : "", b->row.party ? b->row.party : "");
}

void agenda_rebuild(struct app *a)
{
	a->nagenda = 0;
	bool mine_only = a->post && *a->post;
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		if (!d->cable)
			continue;
		tracker_rebuild(a, d);
		for (size_t j = 0; j < d->ntrk; j++) {
			const struct track_row *r = &d->trk[j];
			enum review_status s = tracker_row_status(r);
			if (s != STATUS_OPEN && s != STATUS_DOING)
				continue;
			if (mine_only && !r->mine)
				continue;
			if (a->nagenda == a->capagenda) {
				size_t cap = a->capagenda ? a->capagenda * 2 : 64;
				struct agenda_row *n = realloc(a->agenda, cap * sizeof *n);
				if (!n)
					abort();
				a->agenda = n;
				a->capagenda = cap;
			}
			a->agenda[a->nagenda++] = (struct agenda_row){
				i, *r, tracker_due_days(tracker_row_due(r)) };
		}
	}
	if (a->nagenda > 1)
		qsort(a->agenda, a->nagenda, sizeof *a->agenda, agenda_cmp);
	if (a->agenda_sel >= a->nagenda)
		a->agenda_sel = a->nagenda ? a->nagenda - 1 : 0;
}

void agenda_draw(struct app *a, struct box b)
{
	bool wide = b.w >= 100;
	int duew = wide ? 24 : 13, idw = 16, partyw = 10, paraw = 5;
	int sumw = b.w - 2 - duew - idw - partyw - paraw;
	char head[256];
	snprintf(head, sizeof head, "  %-*s%-*s%-*s%-*s%s", duew, "DUE", idw, "CABLE", partyw,
	         "POST", paraw, "PARA", "WHAT IS ASKED");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE_FOCUS));
	draw_cell(b.y, b.x, b.w, head, theme(TH_PANE_FOCUS));
	int h = b.h - 1;
	if (h <= 0)
		return;
	if (a->nagenda == 0) {
		draw_text(b.y + 1, b.x + 2, b.w - 2, a->post && *a->post ?
		          "Nothing open for your post in these cables." :
		          "Nothing open in these cables.", theme(TH_MARK));
		return;
	}
	if (a->agenda_sel < a->agenda_top)
		a->agenda_top = a->agenda_sel;
	if (a->agenda_sel >= a->agenda_top + (size_t)h)
		a->agenda_top = a->agenda_sel - (size_t)h + 1;
	for (int row = 0; row < h && a->agenda_top + (size_t)row < a->nagenda; row++) {
		size_t i = a->agenda_top + (size_t)row;
		const struct agenda_row *ar = &a->agenda[i];
		const struct cable *c = a->docs[ar->doc].cable;
		int y = b.y + 1 + row;
		bool sel = i == a->agenda_sel;
		attr_t base = sel ? theme(TH_SEL) : theme(TH_NORMAL);
		draw_fill(y, b.x, b.w, base);
		int x = b.x;
		draw_text(y, x, 2, sel ? "> " : "  ", base);
		x += 2;
		char words[48], due[80], sp[64], para[16];
		int urg = 0;
		tracker_due_words(a->today, ar->due, words, sizeof words, &urg);
		if (wide && ar->due != LONG_MAX) {
			int yy, mm, dd;
			civil_from_days(ar->due, &yy, &mm, &dd);
			snprintf(due, sizeof due, "%04d-%02d-%02d %s", yy, mm, dd, words);
		} else {
			snprintf(due, sizeof due, "%s", ar->due == LONG_MAX ? "no deadline" : words);
		}
		draw_cell(y, x, duew - 1, due, sel ? base : urg == 2 ? theme(TH_OVERDUE) :
		          urg == 1 ? theme(TH_SOON) : base);
		x += duew;
		draw_cell(y, x, idw - 1, c->id ? c->id : a->docs[ar->doc].path, base);
		x += idw;
		draw_cell(y, x, partyw - 1, app_short_party(ar->row.party, sp, sizeof sp),
		          base | (ar->row.mine && !sel ? theme(TH_MINE) : 0));
		x += partyw;
		snprintf(para, sizeof para, "\xc2\xb6%d", ar->row.paragraph);
		draw_cell(y, x, paraw - 1, para, base);
		x += paraw;
		const char *sum = ar->row.t && ar->row.t->summary ? ar->row.t->summary :
		                  ar->row.t && ar->row.t->quote ? ar->row.t->quote : "";
		char line[600];
		snprintf(line, sizeof line, "%s%s", ar->row.item &&
		         ar->row.item->status == STATUS_DOING ? "[doing] " : "", sum);
		if (sumw > 0)
			draw_cell(y, x, sumw, line, base);
	}
}

static void agenda_jump(struct app *a)
{
	if (a->agenda_sel >= a->nagenda)
		return;
	struct agenda_row ar = a->agenda[a->agenda_sel];
	app_open_doc(a, ar.doc);
	struct doc *d = &a->docs[ar.doc];
	tree_select_para(d, ar.row.paragraph);
	for (size_t i = 0; i < d->ntrk; i++)
		if (d->trk[i].paragraph == ar.row.paragraph && d->trk[i].party &&
		    ar.row.party && strcmp(d->trk[i].party, ar.row.party) == 0)
			d->trk_sel = i;
	a->focus = FOCUS_TREE;
}

bool agenda_key(struct app *a, enum keymap_action act)
{
	size_t page = LINES > 6 ? (size_t)LINES - 4 : 1;
	if (a->nagenda == 0)
		return false;
	switch (act) {
	case ACT_NEXT:
		if (a->agenda_sel + 1 < a->nagenda)
			a->agenda_sel++;
		return true;
	case ACT_PREV:
		if (a->agenda_sel > 0)
			a->agenda_sel--;
		return true;
	case ACT_FIRST:
		a->agenda_sel = 0;
		return true;
	case ACT_LAST:
		a->agenda_sel = a->nagenda - 1;
		return true;
	case ACT_PAGE_DOWN:
		a->agenda_sel = a->agenda_sel + page < a->nagenda ? a->agenda_sel + page :
		                a->nagenda - 1;
		return true;
	case ACT_PAGE_UP:
		a->agenda_sel = a->agenda_sel > page ? a->agenda_sel - page : 0;
		return true;
	case ACT_TOGGLE:
	case ACT_UNFOLD:
		agenda_jump(a);
		return true;
	case ACT_TOGGLE_DONE:
	case ACT_CYCLE_STATUS: {
		struct agenda_row *ar = &a->agenda[a->agenda_sel];
		struct doc *d = &a->docs[ar->doc];
		struct review_item *it = ar->row.item;
		if (!d->review || !it) {
			app_message(a, true, "read-only: %s", d->review_error);
			return true;
		}
		enum review_status s = act == ACT_TOGGLE_DONE ?
			(it->status == STATUS_DONE ? STATUS_OPEN : STATUS_DONE) :
			(enum review_status)((it->status + 1) % 4);
		review_set_status(d->review, it, s);
		if (app_save(a, d)) {
			char sp[64];
			app_message(a, false, "%s %s \xc2\xb6%d: %s (saved)",
			            d->cable->id ? d->cable->id : d->path,
			            app_short_party(it->party, sp, sizeof sp), it->paragraph,
			            review_status_name(s));
		}
		agenda_rebuild(a);
		return true;
	}
	default:
		return false;
	}
}

/* tree_text.c - the selected paragraph's full text (bottom pane).
 *
 * What the tracker says about the paragraph comes first (what is asked of
 * the post, the deadline against today, the reviewer's note), then the
 * text and its sub-items, wrapped to the pane.  The pane scrolls (J, K)
 * and says how much more there is above and below; a new selection
 * starts at the top again. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "due.h"
#include "tasks.h"
#include "theme.h"
#include "tree_view.h"

/* The text pane's geometry from the last draw, for the scroll keys. */
static int tree_text_rows = 1;       /* lines of text the pane shows */
static int tree_text_total;          /* lines the selected text takes */
static const void *tree_text_shown;  /* what the pane showed: scroll resets */

/* The text pane is laid out line by line; lines before top or past the
 * pane are counted, not drawn, so that the pane can scroll and say how
 * much more there is. */
struct tree_text {
	const struct app *a;
	struct box b;      /* where lines go (the pane without its title) */
	int rows;          /* lines drawn at most */
	int top;           /* the first line shown */
	int line;          /* lines laid out so far */
};

static void tree_text_wrap(struct tree_text *tt, int ind, const char *prefix,
                           const char *s, attr_t attr)
{
	int w = tt->b.w - 2;
	int pw = prefix ? draw_width(prefix, strlen(prefix)) + 1 : 0;
	while (ind > 0 && w - ind - pw < 20)   /* deep nesting in a narrow pane */
		ind -= 3;
	if (ind < 0)
		ind = 0;
	int x = tt->b.x + 1 + ind;
	w -= ind;
	if (w - pw < 8)
		return;
	bool first = true;
	const char *base = s ? s : "";
	const char *p = base;
	do {
		const char *next;
		size_t len = draw_wrap(p, w - pw, &next);
		int row = tt->line - tt->top;
		if (row >= 0 && row < tt->rows) {
			int y = tt->b.y + row;
			if (first && prefix)
				draw_text(y, x, pw, prefix, theme(TH_MARK));
			draw_textn(y, x + pw, w - pw, p, len, attr);
			tree_draw_matches(tt->a, y, x + pw, w - pw, p, len, (size_t)(p - base),
			                  tree_match_attr(attr, false));
		}
		tt->line++;
		p = next;
		first = false;
	} while (*p);
}

static void tree_text_nodes(struct tree_text *tt, int ind, const struct node *n,
                            size_t cnt, int depth)
{
	for (size_t i = 0; i < cnt; i++) {
		char label[32];
		tree_node_label(&n[i], label, sizeof label);
		tree_text_wrap(tt, ind, label[0] ? label : NULL, n[i].text, 0);
		if (depth < TREE_MAX_DEPTH)
			tree_text_nodes(tt, ind + 3, n[i].children, n[i].nchildren, depth + 1);
	}
}

/* The deadline in force for the selected tasking, and where it comes
 * from (review/effective.h): the cable's words, the reviewer's date, or a
 * date of the reviewer's that is no date and so was ignored. */
static void tree_text_due(struct tree_text *tt, const struct track_row *tr,
                          const struct effective_due *due)
{
	char line[900], words[48] = "", said[300] = "";
	int urg = 0;
	enum review_status st = task_status(tr);
	if (due->date && st != STATUS_DONE && st != STATUS_DROPPED)
		due_words(tt->a->today, due->days, words, sizeof words, &urg);
	const char *cable_due = tr->t ? tr->t->deadline : NULL;
	if (due->from == EFFECTIVE_DUE_OVERRIDE)
		snprintf(said, sizeof said, "; set by you (the cable says %s)",
		         cable_due ? cable_due : "nothing");
	else if (due->override_invalid)
		snprintf(said, sizeof said, "; your date '%.40s' is not a date, so "
		         "%s", tr->item->due, due->date ? "the cable's stands" :
		         "it is ignored");
	else if (tr->t && tr->t->deadline_text)
		snprintf(said, sizeof said, ": %s", tr->t->deadline_text);
	char date[48];
	due_date(due->date ? due->days : LONG_MAX, date, sizeof date);
	snprintf(line, sizeof line, "Due %s%s%s%s", date,
	         words[0] == '(' ? " " : words[0] ? ", " : "", words, said);
	tree_text_wrap(tt, 0, NULL, line,
	               theme(urg == 2 ? TH_OVERDUE : urg == 1 ? TH_SOON : TH_HEADING));
}

/* Lays out (and draws the visible part of) the pane's text; tr: the
 * tracker's selected row, or NULL. */
static void tree_text_layout(const struct doc *d, const struct track_row *tr,
                             struct tree_text *tt)
{
	size_t sel = d->tree_list.sel < d->nrows ? d->tree_list.sel : 0;
	const struct tree_row *r = &d->rows[sel];
	const struct paragraph *p = &d->cable->paras[r->para];
	/* what the tracker says about this paragraph: deadline and note */
	if (tr && tr->paragraph == p->number) {
		char line[900];
		struct effective_due due = task_due(tr);
		char sp[64];
		app_short_party(tr->party, sp, sizeof sp);
		/* the line in force: the reviewer's when reworded or added */
		const char *asked = task_summary(tr, false);
		if (!asked && task_by_reviewer(tr))
			asked = "(added by you)";
		if (asked) {
			snprintf(line, sizeof line, "%s%s of %s%s:", task_badge(tr),
			         task_dismissed(tr) ? "Dismissed" : "Asked", sp,
			         task_by_reviewer(tr) ? " (yours)" : task_reworded(tr) ?
			         " (reworded)" : "");
			tree_text_wrap(tt, 0, line, asked, theme(TH_HEADING));
		}
		if (tt->a->show_original && task_reworded(tr))
			tree_text_wrap(tt, 0, "The finder's line:", task_summary(tr, true),
			               theme(TH_MARK));
		if (due.date || due.override_invalid)
			tree_text_due(tt, tr, &due);
		if (tr->item && tr->item->note && tr->item->note[0]) {
			snprintf(line, sizeof line, "Note (%s):", sp);
			tree_text_wrap(tt, 0, line, tr->item->note, theme(TH_MINE));
		}
	}
	if (r->kind == TROW_NODE) {
		char label[32];
		tree_node_label(r->node, label, sizeof label);
		tree_text_wrap(tt, 0, label[0] ? label : NULL, r->node->text, 0);
		tree_text_nodes(tt, 3, r->node->children, r->node->nchildren, 1);
	} else {
		tree_text_wrap(tt, 0, NULL, p->text, 0);
		tree_text_nodes(tt, 3, p->children, p->nchildren, 1);
	}
}

/* The pane's title: "¶2 (C) heading  tasks: VALLETTA, REYKJAVIK", the
 * parties as corrected (task_para_party): a dismissed one is gone, an
 * added one is there. */
static void tree_text_title(const struct doc *d, const struct paragraph *p,
                            char *title, size_t size)
{
	size_t n = 0;
	if (p->number > 0)
		n += (size_t)snprintf(title, size, " \xc2\xb6%d", p->number);
	else
		n += (size_t)snprintf(title, size, " Text");
	if (p->classification && n < size)
		n += (size_t)snprintf(title + n, size - n, " (%s)", p->classification);
	if (p->heading && n < size)
		n += (size_t)snprintf(title + n, size - n, " %s", p->heading);
	const char *party = task_para_party(d, p->number, 0, NULL);
	if (party && n < size) {
		n += (size_t)snprintf(title + n, size - n, "  tasks:");
		for (size_t i = 0; party && n < size;
		     party = task_para_party(d, p->number, ++i, NULL)) {
			char sp[64];
			n += (size_t)snprintf(title + n, size - n, "%s %s", i ? "," : "",
			                      app_short_party(party, sp, sizeof sp));
		}
	} else if (p->number > 0 && n < size) {
		n += (size_t)snprintf(title + n, size - n, "  (no tasking found here)");
	}
	if (n < size)
		snprintf(title + n, size - n, " ");
}

void tree_text_draw(struct app *a, struct doc *d, struct box b,
                    const struct track_row *tr)
{
	if (b.h < 1 || d->nrows == 0)
		return;
	size_t sel = d->tree_list.sel < d->nrows ? d->tree_list.sel : 0;
	const struct tree_row *r = &d->rows[sel];
	const struct paragraph *p = &d->cable->paras[r->para];
	const void *shown = r->node ? (const void *)r->node : (const void *)p;
	if (shown != tree_text_shown) {
		tree_text_shown = shown;
		a->text_top = 0;
	}
	char title[512];
	tree_text_title(d, p, title, sizeof title);
	draw_fill(b.y, b.x, b.w, theme(TH_PANE));
	if (b.h < 2) {
		draw_cell(b.y, b.x, b.w, title, theme(TH_PANE));
		return;
	}

	/* lay out once to count the lines, then draw the visible ones */
	int rows = b.h - 1;
	struct tree_text tt = { a, { b.y + 1, b.x, rows, b.w }, 0, 0, 0 };
	tree_text_layout(d, tr, &tt);
	int total = tt.line;
	int max_top = total > rows ? total - rows : 0;
	if (a->text_top > (size_t)max_top)
		a->text_top = (size_t)max_top;
	int top = (int)a->text_top;
	bool more = total - top > rows;
	tt = (struct tree_text){ a, { b.y + 1, b.x, rows, b.w }, more ? rows - 1 : rows,
	                         top, 0 };
	tree_text_layout(d, tr, &tt);
	tree_text_rows = more && rows > 1 ? rows - 1 : rows;
	tree_text_total = total;

	char up[64] = "", down[64] = "", hint[160] = "";
	keymap_keys_for(a->km, ACT_TEXT_UP, up, sizeof up);
	keymap_keys_for(a->km, ACT_TEXT_DOWN, down, sizeof down);
	if (top > 0)
		snprintf(hint, sizeof hint, " more above%s%s%s ", up[0] ? " (" : "", up,
		         up[0] ? ")" : "");
	int hw = draw_width(hint, strlen(hint));
	if (hw > b.w / 2)
		hw = 0;
	draw_cell(b.y, b.x, b.w - hw, title, theme(TH_PANE));
	if (hw)
		draw_text(b.y, b.x + b.w - hw, hw, hint, theme(TH_PANE) | A_BOLD);
	if (more && rows > 1) {
		char line[160];
		int left = total - top - (rows - 1);
		snprintf(line, sizeof line, "-- more below: %d line%s%s%s%s --", left,
		         left == 1 ? "" : "s", down[0] ? ", " : "", down,
		         down[0] ? " scrolls" : "");
		draw_cell(b.y + b.h - 1, b.x + 1, b.w - 1, line, theme(TH_HEADING));
	}
}

/* Scrolls the text pane by about a pane's height. */
void tree_text_scroll(struct app *a, int dir)
{
	size_t step = tree_text_rows > 2 ? (size_t)tree_text_rows - 1 : 1;
	size_t max_top = tree_text_total > tree_text_rows ?
	                 (size_t)(tree_text_total - tree_text_rows) : 0;
	if (dir > 0) {
		if (a->text_top >= max_top) {
			app_message(a, false, tree_text_total > tree_text_rows ?
			            "end of the text" : "the whole text is shown");
			return;
		}
		a->text_top = a->text_top + step < max_top ? a->text_top + step : max_top;
	} else {
		if (a->text_top == 0) {
			app_message(a, false, "top of the text");
			return;
		}
		a->text_top = a->text_top > step ? a->text_top - step : 0;
	}
}

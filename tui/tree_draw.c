/* tree_draw.c - drawing the paragraph tree pane.
 *
 * One row per numbered paragraph: number, portion mark, heading or first
 * words, [POST] badges of the posts it tasks (mine first, in their own
 * colour).  The pane's title counts the paragraphs that task a post and
 * says where mine is asked to act.  Both are the taskings as the reviewer
 * corrected them (tasks.h: task_para_party), not the finder's.  Matches of the last search are marked
 * wherever text is drawn (here and in tree_text.c). */
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "base/ascii.h"
#include "draw.h"
#include "tasks.h"
#include "theme.h"
#include "tree_view.h"

/* Does needle (ASCII case folded) start at h? */
static bool tree_match_at(const char *h, const char *needle, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!h[i] || ascii_to_lower(h[i]) != ascii_to_lower(needle[i]))
			return false;
	return true;
}

/* The attribute of a search match drawn over base. */
attr_t tree_match_attr(attr_t base, bool sel)
{
	if (theme_has_color())
		return theme(TH_MATCH);
	/* monochrome: stand out of the row, also of a reversed (selected) one */
	return sel ? ((base & ~A_REVERSE) | A_BOLD | A_UNDERLINE) :
	             (A_REVERSE | A_BOLD | A_UNDERLINE);
}

/* Redraw the search matches of s[0..len), which was drawn at (y, x) in at
 * most maxw columns.  back: bytes before s of the same text, so that a
 * match that started on the previous (wrapped) line is marked too. */
void tree_draw_matches(const struct app *a, int y, int x, int maxw,
                              const char *s, size_t len, size_t back, attr_t attr)
{
	size_t n = strlen(a->search);
	if (n == 0 || !s || maxw <= 0)
		return;
	if (back > n - 1)
		back = n - 1;
	const char *end = s + len;
	for (const char *h = s - back; h < end; ) {
		if (!tree_match_at(h, a->search, n)) {
			h++;
			continue;
		}
		const char *ms = h < s ? s : h;
		const char *me = h + n < end ? h + n : end;
		int col = draw_width(s, (size_t)(ms - s));
		if (col < maxw)
			draw_textn(y, x + col, maxw - col, ms, (size_t)(me - ms), attr);
		h += n;
	}
}

/* draw_cell with the search matches marked. */
static void tree_cell(const struct app *a, int y, int x, int w, const char *s,
                      attr_t attr, bool sel)
{
	draw_cell(y, x, w, s, attr);
	if (!a->search[0] || !s || w <= 0)
		return;
	size_t len = strlen(s);
	int maxw = w;
	if (draw_width(s, len) > w) {      /* cut: "…" in the last column */
		maxw = w - 1;
		len = draw_fit(s, len, maxw);
	}
	tree_draw_matches(a, y, x, maxw, s, len, 0, tree_match_attr(attr, sel));
}

static const char *tree_kind_word(enum node_kind k, bool plural)
{
	switch (k) {
	case NODE_BULLET: return plural ? "bullets" : "bullet";
	case NODE_ITEM: return plural ? "items" : "item";
	case NODE_QUOTE: return plural ? "quoted blocks" : "quoted block";
	case NODE_COMMENT: return plural ? "comments" : "comment";
	case NODE_NOTE: return plural ? "notes" : "note";
	case NODE_TEXT: return plural ? "more paragraphs" : "more paragraph";
	}
	return "sub-items";
}

static void tree_folded_words(const struct paragraph *p, char *buf, size_t size)
{
	bool same = true;
	for (size_t i = 1; i < p->nchildren; i++)
		if (p->children[i].kind != p->children[0].kind)
			same = false;
	snprintf(buf, size, "+ %zu %s", p->nchildren,
	         same ? tree_kind_word(p->children[0].kind, p->nchildren != 1) :
	         (p->nchildren == 1 ? "sub-item" : "sub-items"));
}

/* The label a sub-item is shown with: "--", "a)", "(1)", "»". */
void tree_node_label(const struct node *n, char *buf, size_t size)
{
	switch (n->kind) {
	case NODE_BULLET:
		snprintf(buf, size, "--");
		break;
	case NODE_ITEM:
		snprintf(buf, size, "%s)", n->label ? n->label : "");
		break;
	case NODE_QUOTE:
		snprintf(buf, size, "\xc2\xbb");   /* » */
		break;
	case NODE_COMMENT:
		snprintf(buf, size, "Comment:");
		break;
	case NODE_NOTE:
		snprintf(buf, size, "Note:");
		break;
	case NODE_TEXT:
		buf[0] = 0;
		break;
	}
}

static void tree_badge_text(const char *party, bool reviewer, char *buf, size_t size)
{
	char sp[64];
	snprintf(buf, size, "[%s%s]", reviewer ? "\xe2\x9c\x8e" : "",
	         app_short_party(party, sp, sizeof sp));
}

/* Badges of the posts a paragraph tasks (as corrected; the reviewer's
 * own marked with a pencil), right-aligned; returns the x where they
 * start. */
static int tree_badges(struct app *a, const struct doc *d, const struct paragraph *p,
                       int y, int x0, int right)
{
	char badge[80];
	int width = 0;
	bool rev;
	const char *party;
	for (size_t i = 0; (party = task_para_party(d, p->number, i, &rev)); i++) {
		tree_badge_text(party, rev, badge, sizeof badge);
		width += draw_width(badge, strlen(badge));
	}
	int maxw = (right - x0) / 2;
	if (width > maxw)
		width = maxw;
	int x = right - width;
	int start = x;
	/* mine first */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; (party = task_para_party(d, p->number, i, &rev)); i++) {
			bool mine = app_is_mine(a, party);
			if (mine != (pass == 0))
				continue;
			tree_badge_text(party, rev, badge, sizeof badge);
			int bw = draw_width(badge, strlen(badge));
			if (x + bw > right)
				return start;
			x += draw_text(y, x, right - x, badge,
			               theme(mine ? TH_BADGE_MINE : TH_BADGE));
		}
	}
	return start;
}

static void tree_draw_row(struct app *a, struct doc *d, size_t i, int y,
                          struct box b, bool sel)
{
	const struct tree_row *r = &d->rows[i];
	const struct paragraph *p = &d->cable->paras[r->para];
	bool focus = a->focus == FOCUS_TREE;
	attr_t base = sel ? theme(focus ? TH_SEL : TH_SEL_DIM) : theme(TH_NORMAL);
	int right = b.x + b.w;
	draw_fill(y, b.x, b.w, base);
	int x = b.x;
	x += draw_text(y, x, 2, sel ? "> " : "  ", base);
	if (r->kind == TROW_PARA) {
		char num[16];
		if (p->number > 0)
			snprintf(num, sizeof num, "%3d ", p->number);
		else
			snprintf(num, sizeof num, "  - ");
		x += draw_text(y, x, right - x, num, base);
		if (p->classification) {
			char m[32];
			snprintf(m, sizeof m, "(%s) ", p->classification);
			x += draw_text(y, x, right - x, m, sel ? base : theme(TH_MARK));
		}
		int bx = tree_badges(a, d, p, y, x, right);
		int tw = bx - x - 1;
		if (p->heading && tw > 0) {
			int hw = draw_text(y, x, tw, p->heading, base | theme(TH_HEADING));
			tree_draw_matches(a, y, x, hw, p->heading, strlen(p->heading), 0,
			                  tree_match_attr(base, sel));
			x += hw;
			tw -= hw;
			if (tw > 2) {
				x += draw_text(y, x, 2, ": ", base);
				tw -= 2;
			}
		}
		if (tw > 0) {
			const char *t = p->text ? p->text : "";
			size_t len = strcspn(t, "\n");
			char tmp[512];
			snprintf(tmp, sizeof tmp, "%.*s", (int)(len < 500 ? len : 500), t);
			tree_cell(a, y, x, tw, tmp, base, sel);
		}
		return;
	}
	if (r->kind == TROW_FOLDED) {
		char w[64];
		tree_folded_words(p, w, sizeof w);
		x += 4;
		draw_text(y, x, right - x, w, sel ? base : theme(TH_MARK));
		return;
	}
	x += 4 + 2 * r->depth;
	char label[32];
	tree_node_label(r->node, label, sizeof label);
	if (label[0]) {
		x += draw_text(y, x, right - x, label, sel ? base : theme(TH_MARK));
		x += 1;
	}
	const char *t = r->node->text ? r->node->text : "";
	size_t len = strcspn(t, "\n");
	char tmp[512];
	snprintf(tmp, sizeof tmp, "%.*s", (int)(len < 500 ? len : 500), t);
	if (right - x > 0)
		tree_cell(a, y, x, right - x, tmp, base, sel);
}

void tree_draw(struct app *a, struct doc *d, struct box b)
{
	if (b.h < 1 || b.w < 4)
		return;
	bool focus = a->focus == FOCUS_TREE;
	char title[256];
	size_t ntasked = 0;
	for (size_t i = 0; i < d->cable->nparas; i++)
		ntasked += task_para_party(d, d->cable->paras[i].number, 0, NULL) != NULL;
	size_t n = (size_t)snprintf(title, sizeof title, " Paragraphs: %zu, %zu tasking "
	                            "a post", d->cable->nparas, ntasked);
	if (a->post && *a->post && n < sizeof title) {
		/* where my post is asked to act, and the key that goes there */
		char sp[64], k[64] = "";
		size_t mine = 0;
		keymap_keys_for(a->km, ACT_NEXT_TASKED, k, sizeof k);
		char *comma = strstr(k, ", ");
		if (comma)
			*comma = 0;
		app_short_party(a->post, sp, sizeof sp);
		for (size_t i = 0; i < d->cable->nparas && n < sizeof title; i++) {
			const struct paragraph *p = &d->cable->paras[i];
			bool is_mine = false;
			const char *party;
			for (size_t j = 0; (party = task_para_party(d, p->number, j, NULL)); j++)
				is_mine |= app_is_mine(a, party);
			if (!is_mine || p->number <= 0)
				continue;
			if (mine == 0)
				n += (size_t)snprintf(title + n, sizeof title - n, "; %s in", sp);
			if (mine < 6 && n < sizeof title)
				n += (size_t)snprintf(title + n, sizeof title - n, " \xc2\xb6%d",
				                      p->number);
			else if (mine == 6 && n < sizeof title)
				n += (size_t)snprintf(title + n, sizeof title - n, " \xe2\x80\xa6");
			mine++;
		}
		if (mine && k[0] && n < sizeof title)
			n += (size_t)snprintf(title + n, sizeof title - n, ": %s goes there", k);
		else if (!mine && n < sizeof title)
			n += (size_t)snprintf(title + n, sizeof title - n, "; none for %s", sp);
	}
	if (n < sizeof title)
		snprintf(title + n, sizeof title - n, " ");
	draw_fill(b.y, b.x, b.w, theme(focus ? TH_PANE_FOCUS : TH_PANE));
	draw_text(b.y, b.x, b.w, title, theme(focus ? TH_PANE_FOCUS : TH_PANE));
	int h = b.h - 1;
	if (h <= 0)
		return;
	if (d->nrows == 0) {
		draw_text(b.y + 1, b.x + 2, b.w - 2, "(no paragraphs found)", theme(TH_MARK));
		return;
	}
	struct list *l = &d->tree_list;
	list_clamp(l, d->nrows);
	list_visible(l, (size_t)h);
	for (int i = 0; i < h && l->top + (size_t)i < d->nrows; i++) {
		size_t r = l->top + (size_t)i;
		tree_draw_row(a, d, r, b.y + 1 + i, b, r == l->sel);
	}
}

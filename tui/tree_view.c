/* tree_view.c - the paragraph tree (left or top pane) and the selected
 * paragraph's full text (bottom pane).
 *
 * One row per numbered paragraph: number, portion mark, heading or first
 * words, [POST] badges of the posts it tasks.  Sub-items (bullets, lettered
 * items, quotes) are folded under a "+ 5 bullets" row until unfolded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "tasking/tasking.h"
#include "theme.h"

#define TREE_MAX_DEPTH 6

static void tree_push(struct doc *d, struct tree_row r)
{
	if (d->nrows == d->caprows) {
		size_t cap = d->caprows ? d->caprows * 2 : 64;
		struct tree_row *n = realloc(d->rows, cap * sizeof *n);
		if (!n)
			abort();   /* as the arena does: a half-built tree is worse */
		d->rows = n;
		d->caprows = cap;
	}
	d->rows[d->nrows++] = r;
}

static void tree_push_nodes(struct doc *d, size_t para, const struct node *nodes,
                            size_t n, int depth)
{
	for (size_t i = 0; i < n; i++) {
		tree_push(d, (struct tree_row){ TROW_NODE, para, &nodes[i], depth });
		if (depth < TREE_MAX_DEPTH)
			tree_push_nodes(d, para, nodes[i].children, nodes[i].nchildren,
			                depth + 1);
	}
}

void tree_rebuild(struct app *a, struct doc *d)
{
	(void)a;
	const struct cable *c = d->cable;
	size_t keep_para = 0;
	const struct node *keep_node = NULL;
	bool had = d->nrows > 0 && d->tree_sel < d->nrows;
	if (had) {
		keep_para = d->rows[d->tree_sel].para;
		keep_node = d->rows[d->tree_sel].node;
	}
	if (!d->open && c->nparas) {
		d->open = calloc(c->nparas, 1);
		if (!d->open)
			abort();
	}
	d->nrows = 0;
	for (size_t p = 0; p < c->nparas; p++) {
		const struct paragraph *pp = &c->paras[p];
		tree_push(d, (struct tree_row){ TROW_PARA, p, NULL, 0 });
		if (pp->nchildren == 0)
			continue;
		if (d->open[p])
			tree_push_nodes(d, p, pp->children, pp->nchildren, 1);
		else
			tree_push(d, (struct tree_row){ TROW_FOLDED, p, NULL, 0 });
	}
	d->tree_sel = 0;
	if (!had)
		return;
	for (size_t i = 0; i < d->nrows; i++) {
		if (d->rows[i].para != keep_para)
			continue;
		if (d->rows[i].kind == TROW_PARA)
			d->tree_sel = i;       /* at least the paragraph */
		if (keep_node && d->rows[i].node == keep_node) {
			d->tree_sel = i;
			break;
		}
		if (!keep_node)
			break;
	}
}

const struct paragraph *tree_current_para(const struct doc *d)
{
	if (!d->cable || d->nrows == 0)
		return NULL;
	size_t sel = d->tree_sel < d->nrows ? d->tree_sel : 0;
	return &d->cable->paras[d->rows[sel].para];
}

void tree_select_para(struct doc *d, int number)
{
	for (size_t i = 0; i < d->nrows; i++) {
		if (d->rows[i].kind == TROW_PARA &&
		    d->cable->paras[d->rows[i].para].number == number) {
			d->tree_sel = i;
			return;
		}
	}
}

/* ---- drawing ------------------------------------------------------------- */

/* The text pane's geometry from the last draw, for the scroll keys. */
static int tree_text_rows = 1;       /* lines of text the pane shows */
static int tree_text_total;          /* lines the selected text takes */
static const void *tree_text_shown;  /* what the pane showed: scroll resets */

static char tree_fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Does needle (ASCII case folded) start at h? */
static bool tree_match_at(const char *h, const char *needle, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!h[i] || tree_fold(h[i]) != tree_fold(needle[i]))
			return false;
	return true;
}

/* The attribute of a search match drawn over base. */
static attr_t tree_match_attr(attr_t base, bool sel)
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
static void tree_draw_matches(const struct app *a, int y, int x, int maxw,
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
static void tree_node_label(const struct node *n, char *buf, size_t size)
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

/* Badges of the posts a paragraph tasks, right-aligned; returns the x
 * where they start. */
static int tree_badges(struct app *a, const struct paragraph *p, int y, int x0,
                       int right)
{
	char sp[64], badge[80];
	int width = 0;
	for (size_t i = 0; i < p->ntasked; i++) {
		snprintf(badge, sizeof badge, "[%s]",
		         app_short_party(p->tasked[i], sp, sizeof sp));
		width += draw_width(badge, strlen(badge));
	}
	int maxw = (right - x0) / 2;
	if (width > maxw)
		width = maxw;
	int x = right - width;
	int start = x;
	/* mine first */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < p->ntasked; i++) {
			bool mine = app_is_mine(a, p->tasked[i]);
			if (mine != (pass == 0))
				continue;
			snprintf(badge, sizeof badge, "[%s]",
			         app_short_party(p->tasked[i], sp, sizeof sp));
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
		int bx = tree_badges(a, p, y, x, right);
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
		ntasked += d->cable->paras[i].ntasked > 0;
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
			for (size_t j = 0; j < p->ntasked; j++)
				is_mine |= app_is_mine(a, p->tasked[j]);
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
	if (d->tree_sel >= d->nrows)
		d->tree_sel = d->nrows - 1;
	if (d->tree_sel < d->tree_top)
		d->tree_top = d->tree_sel;
	if (d->tree_sel >= d->tree_top + (size_t)h)
		d->tree_top = d->tree_sel - (size_t)h + 1;
	if (d->tree_top + (size_t)h > d->nrows)
		d->tree_top = d->nrows > (size_t)h ? d->nrows - (size_t)h : 0;
	for (int i = 0; i < h && d->tree_top + (size_t)i < d->nrows; i++) {
		size_t r = d->tree_top + (size_t)i;
		tree_draw_row(a, d, r, b.y + 1 + i, b, r == d->tree_sel);
	}
}

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

/* Lays out (and draws the visible part of) the pane's text. */
static void tree_text_layout(struct app *a, struct doc *d, struct tree_text *tt)
{
	const struct tree_row *r = &d->rows[d->tree_sel < d->nrows ? d->tree_sel : 0];
	const struct paragraph *p = &d->cable->paras[r->para];
	/* what the tracker says about this paragraph: deadline and note */
	struct track_row *tr = tracker_current(a, d);
	if (tr && tr->paragraph == p->number) {
		char line[900];
		const char *due = tracker_row_due(tr);
		char sp[64];
		app_short_party(tr->party, sp, sizeof sp);
		const char *asked = tr->t && tr->t->summary && tr->t->summary[0] ?
		                    tr->t->summary : tr->t && tr->t->quote ? tr->t->quote :
		                    tr->item && tr->item->manual ? "(added by you)" : NULL;
		if (asked) {
			snprintf(line, sizeof line, "Asked of %s:", sp);
			tree_text_wrap(tt, 0, line, asked, theme(TH_HEADING));
		}
		if (due) {
			char words[48];
			int urg = 0;
			tracker_due_words(a->today, tracker_due_days(due), words, sizeof words,
			                  &urg);
			const char *cable_due = tr->t ? tr->t->deadline : NULL;
			bool set = tr->item && tr->item->due && tr->item->due[0];
			char said[300] = "";
			if (set)
				snprintf(said, sizeof said, "; set by you (the cable says %s)",
				         cable_due ? cable_due : "nothing");
			else if (tr->t && tr->t->deadline_text)
				snprintf(said, sizeof said, ": %s", tr->t->deadline_text);
			snprintf(line, sizeof line, "Due %s%s%s%s", due,
			         words[0] == '(' ? " " : words[0] ? ", " : "", words, said);
			tree_text_wrap(tt, 0, NULL, line,
			               theme(urg == 2 ? TH_OVERDUE : urg == 1 ? TH_SOON : TH_HEADING));
		}
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

void tree_text_draw(struct app *a, struct doc *d, struct box b)
{
	if (b.h < 1 || d->nrows == 0)
		return;
	const struct tree_row *r = &d->rows[d->tree_sel < d->nrows ? d->tree_sel : 0];
	const struct paragraph *p = &d->cable->paras[r->para];
	const void *shown = r->node ? (const void *)r->node : (const void *)p;
	if (shown != tree_text_shown) {
		tree_text_shown = shown;
		a->text_top = 0;
	}
	char title[512];
	size_t n = 0;
	if (p->number > 0)
		n += (size_t)snprintf(title, sizeof title, " \xc2\xb6%d", p->number);
	else
		n += (size_t)snprintf(title, sizeof title, " Text");
	if (p->classification && n < sizeof title)
		n += (size_t)snprintf(title + n, sizeof title - n, " (%s)", p->classification);
	if (p->heading && n < sizeof title)
		n += (size_t)snprintf(title + n, sizeof title - n, " %s", p->heading);
	if (p->ntasked && n < sizeof title) {
		n += (size_t)snprintf(title + n, sizeof title - n, "  tasks:");
		for (size_t i = 0; i < p->ntasked && n < sizeof title; i++) {
			char sp[64];
			n += (size_t)snprintf(title + n, sizeof title - n, "%s %s",
			                      i ? "," : "",
			                      app_short_party(p->tasked[i], sp, sizeof sp));
		}
	} else if (p->number > 0 && n < sizeof title) {
		n += (size_t)snprintf(title + n, sizeof title - n, "  (no tasking found here)");
	}
	if (n < sizeof title)
		snprintf(title + n, sizeof title - n, " ");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE));
	if (b.h < 2) {
		draw_cell(b.y, b.x, b.w, title, theme(TH_PANE));
		return;
	}

	/* lay out once to count the lines, then draw the visible ones */
	int rows = b.h - 1;
	struct tree_text tt = { a, { b.y + 1, b.x, rows, b.w }, 0, 0, 0 };
	tree_text_layout(a, d, &tt);
	int total = tt.line;
	int max_top = total > rows ? total - rows : 0;
	if (a->text_top > (size_t)max_top)
		a->text_top = (size_t)max_top;
	int top = (int)a->text_top;
	bool more = total - top > rows;
	tt = (struct tree_text){ a, { b.y + 1, b.x, rows, b.w }, more ? rows - 1 : rows,
	                         top, 0 };
	tree_text_layout(a, d, &tt);
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
static void tree_text_scroll(struct app *a, int dir)
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

/* ---- keys ------------------------------------------------------------------ */

static void tree_moved(struct app *a, struct doc *d)
{
	const struct paragraph *p = tree_current_para(d);
	a->text_top = 0;
	if (p)
		tracker_follow_para(a, d, p->number);
}

/* Does paragraph p task a post that counts: the filter's post, else mine,
 * else anyone when no post is given. */
static bool tree_para_tasked(struct app *a, const struct paragraph *p, bool any)
{
	if (p->ntasked == 0)
		return false;
	if (any)
		return true;
	for (size_t i = 0; i < p->ntasked; i++) {
		if (a->filter.post[0]) {
			if (tracker_filter_post(a, p->tasked[i]))
				return true;
		} else if (app_is_mine(a, p->tasked[i]))
			return true;
	}
	return false;
}

static void tree_next_tasked(struct app *a, struct doc *d, int dir)
{
	if (d->nrows == 0)
		return;
	bool want_any = !a->filter.post[0] && !(a->post && *a->post);
	for (int attempt = 0; attempt < 2; attempt++) {
		bool any = want_any || attempt == 1;
		size_t i = d->tree_sel;
		for (size_t step = 0; step < d->nrows; step++) {
			i = dir > 0 ? (i + 1) % d->nrows : (i + d->nrows - 1) % d->nrows;
			const struct tree_row *r = &d->rows[i];
			if (r->kind != TROW_PARA)
				continue;
			if (tree_para_tasked(a, &d->cable->paras[r->para], any)) {
				bool wrapped = dir > 0 ? i <= d->tree_sel : i >= d->tree_sel;
				d->tree_sel = i;
				tree_moved(a, d);
				if (wrapped)
					app_message(a, false, "wrapped around");
				if (attempt == 1 && !want_any) {
					char sp[64];
					app_short_party(a->filter.post[0] ? a->filter.post : a->post,
					                sp, sizeof sp);
					app_message(a, false, "this cable asks nothing of %s: "
					            "showing other posts' taskings", sp);
				}
				return;
			}
		}
		if (want_any)
			break;
	}
	app_message(a, false, "no paragraph of this cable tasks anyone");
}

bool tree_key(struct app *a, struct doc *d, enum keymap_action act)
{
	if (d->nrows == 0)
		return false;
	int page = LINES / 3 > 1 ? LINES / 3 : 1;
	const struct tree_row *r = &d->rows[d->tree_sel];
	switch (act) {
	case ACT_NEXT:
		if (d->tree_sel + 1 < d->nrows)
			d->tree_sel++;
		break;
	case ACT_PREV:
		if (d->tree_sel > 0)
			d->tree_sel--;
		break;
	case ACT_FIRST:
		d->tree_sel = 0;
		break;
	case ACT_LAST:
		d->tree_sel = d->nrows - 1;
		break;
	case ACT_PAGE_DOWN:
		d->tree_sel = d->tree_sel + (size_t)page < d->nrows ?
		              d->tree_sel + (size_t)page : d->nrows - 1;
		break;
	case ACT_PAGE_UP:
		d->tree_sel = d->tree_sel > (size_t)page ? d->tree_sel - (size_t)page : 0;
		break;
	case ACT_PARENT:
		if (r->kind != TROW_PARA) {
			tree_select_para(d, d->cable->paras[r->para].number);
		} else if (d->open && d->open[r->para]) {
			d->open[r->para] = 0;
			tree_rebuild(a, d);
		}
		break;
	case ACT_UNFOLD:
		if (d->open && d->cable->paras[r->para].nchildren && !d->open[r->para]) {
			d->open[r->para] = 1;
			tree_rebuild(a, d);
		}
		break;
	case ACT_TOGGLE:
		if (d->open && d->cable->paras[r->para].nchildren) {
			size_t para = r->para;
			bool was_open = d->open[para];
			d->open[para] = !was_open;
			tree_rebuild(a, d);
			if (was_open)   /* folding: stay on the paragraph */
				tree_select_para(d, d->cable->paras[para].number);
		}
		break;
	case ACT_NEXT_TASKED:
		tree_next_tasked(a, d, 1);
		return true;
	case ACT_PREV_TASKED:
		tree_next_tasked(a, d, -1);
		return true;
	case ACT_TEXT_DOWN:
	case ACT_TEXT_UP:
		tree_text_scroll(a, act == ACT_TEXT_DOWN ? 1 : -1);
		return true;
	case ACT_SET_DUE:
		tracker_act(a, d, act);
		return true;
	case ACT_MINE_ONLY:
		return tracker_key(a, d, act);
	default:
		return false;
	}
	tree_moved(a, d);
	return true;
}

/* ---- search ------------------------------------------------------------------ */

static bool tree_contains(const char *hay, const char *needle)
{
	if (!hay || !*needle)
		return false;
	size_t n = strlen(needle);
	for (const char *h = hay; *h; h++) {
		size_t i = 0;
		while (i < n && h[i]) {
			char x = h[i], y = needle[i];
			if (x >= 'A' && x <= 'Z')
				x = (char)(x - 'A' + 'a');
			if (y >= 'A' && y <= 'Z')
				y = (char)(y - 'A' + 'a');
			if (x != y)
				break;
			i++;
		}
		if (i == n)
			return true;
	}
	return false;
}

struct tree_pos {
	size_t para;
	const struct node *node;
	bool hit;
};

struct tree_posv {
	struct tree_pos *v;
	size_t n, cap;
};

static void tree_pos_push(struct tree_posv *pv, size_t para, const struct node *node)
{
	if (pv->n == pv->cap) {
		size_t cap = pv->cap ? pv->cap * 2 : 128;
		struct tree_pos *nv = realloc(pv->v, cap * sizeof *nv);
		if (!nv)
			abort();
		pv->v = nv;
		pv->cap = cap;
	}
	pv->v[pv->n++] = (struct tree_pos){ para, node, false };
}

static void tree_pos_nodes(struct tree_posv *pv, size_t para, const struct node *n,
                           size_t cnt, int depth)
{
	for (size_t i = 0; i < cnt; i++) {
		tree_pos_push(pv, para, &n[i]);
		if (depth < TREE_MAX_DEPTH)
			tree_pos_nodes(pv, para, n[i].children, n[i].nchildren, depth + 1);
	}
}

void tree_search(struct app *a, struct doc *d, int dir, bool from_next)
{
	(void)from_next;   /* "/" and n both start after the selection, as in vi */
	const struct cable *c = d->cable;
	if (d->nrows == 0)
		return;
	struct tree_posv pv = { NULL, 0, 0 };
	for (size_t p = 0; p < c->nparas; p++) {
		tree_pos_push(&pv, p, NULL);
		tree_pos_nodes(&pv, p, c->paras[p].children, c->paras[p].nchildren, 1);
	}
	const struct tree_row *cur = &d->rows[d->tree_sel];
	size_t at = 0;
	for (size_t i = 0; i < pv.n; i++)
		if (pv.v[i].para == cur->para && pv.v[i].node == cur->node) {
			at = i;
			break;
		}
	/* every hit, to say "2 of 5"; then the next one from at */
	size_t nhits = 0, rank = 0, i = at;
	bool found = false;
	for (size_t k = 0; k < pv.n; k++) {
		const struct paragraph *p = &c->paras[pv.v[k].para];
		const struct node *nd = pv.v[k].node;
		bool hit = nd ? tree_contains(nd->text, a->search) :
		           (tree_contains(p->text, a->search) ||
		            tree_contains(p->heading, a->search));
		pv.v[k].hit = hit;
		nhits += hit;
	}
	for (size_t step = 0; step < pv.n && nhits; step++) {
		i = dir > 0 ? (i + 1) % pv.n : (i + pv.n - 1) % pv.n;
		if (pv.v[i].hit) {
			found = true;
			break;
		}
	}
	if (!found) {
		free(pv.v);
		app_message(a, true, "not found: %s", a->search);
		return;
	}
	for (size_t k = 0; k <= i; k++)
		rank += pv.v[k].hit;
	bool wrapped = (dir > 0 ? i <= at : i >= at);
	size_t para = pv.v[i].para;
	const struct node *node = pv.v[i].node;
	free(pv.v);
	if (node && d->open && !d->open[para]) {
		d->open[para] = 1;
		tree_rebuild(a, d);
	}
	for (size_t r = 0; r < d->nrows; r++) {
		if (d->rows[r].para == para &&
		    (node ? d->rows[r].node == node : d->rows[r].kind == TROW_PARA)) {
			d->tree_sel = r;
			break;
		}
	}
	a->focus = FOCUS_TREE;
	tree_moved(a, d);
	char where[32] = "";
	if (c->paras[para].number > 0)
		snprintf(where, sizeof where, " \xc2\xb6%d", c->paras[para].number);
	if (nhits == 1 && i == at)
		app_message(a, false, "/%s:%s, the only match", a->search, where);
	else if (wrapped)
		app_message(a, false, "search wrapped %s: /%s%s (%zu of %zu)",
		            dir > 0 ? "to the top" : "to the bottom", a->search, where,
		            rank, nhits);
	else
		app_message(a, false, "/%s:%s (%zu of %zu)", a->search, where, rank, nhits);
}

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
#include "tasking.h"
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
			draw_cell(y, x, tw, tmp, base);
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
		draw_cell(y, x, right - x, tmp, base);
}

void tree_draw(struct app *a, struct doc *d, struct box b)
{
	if (b.h < 1 || b.w < 4)
		return;
	bool focus = a->focus == FOCUS_TREE;
	char title[96];
	size_t ntasked = 0;
	for (size_t i = 0; i < d->cable->nparas; i++)
		ntasked += d->cable->paras[i].ntasked > 0;
	snprintf(title, sizeof title, " Paragraphs: %zu, %zu tasking a post ",
	         d->cable->nparas, ntasked);
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

/* Draws s wrapped into the box from line *y, indented by ind; false when
 * the box is full. */
static bool tree_wrap_into(struct box b, int *y, int ind, const char *prefix,
                           const char *s, attr_t attr)
{
	int x = b.x + 1 + ind;
	int w = b.w - 2 - ind;
	int pw = prefix ? draw_width(prefix, strlen(prefix)) + 1 : 0;
	if (w - pw < 8)
		return false;
	bool first = true;
	const char *p = s ? s : "";
	do {
		if (*y >= b.y + b.h)
			return false;
		if (first && prefix)
			draw_text(*y, x, pw, prefix, theme(TH_MARK));
		const char *next;
		size_t len = draw_wrap(p, w - pw, &next);
		draw_textn(*y, x + pw, w - pw, p, len, attr);
		(*y)++;
		p = next;
		first = false;
	} while (*p);
	return true;
}

static bool tree_text_nodes(struct box b, int *y, int ind, const struct node *n,
                            size_t cnt, int depth)
{
	for (size_t i = 0; i < cnt; i++) {
		char label[32];
		tree_node_label(&n[i], label, sizeof label);
		if (!tree_wrap_into(b, y, ind, label[0] ? label : NULL, n[i].text, 0))
			return false;
		if (depth < TREE_MAX_DEPTH &&
		    !tree_text_nodes(b, y, ind + 3, n[i].children, n[i].nchildren, depth + 1))
			return false;
	}
	return true;
}

void tree_text_draw(struct app *a, struct doc *d, struct box b)
{
	if (b.h < 1 || d->nrows == 0)
		return;
	const struct tree_row *r = &d->rows[d->tree_sel < d->nrows ? d->tree_sel : 0];
	const struct paragraph *p = &d->cable->paras[r->para];
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
	}
	if (n < sizeof title)
		snprintf(title + n, sizeof title - n, " ");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE));
	draw_cell(b.y, b.x, b.w, title, theme(TH_PANE));

	int y = b.y + 1;
	/* what the tracker says about this paragraph: deadline and note */
	struct track_row *tr = tracker_current(a, d);
	if (tr && tr->paragraph == p->number) {
		char line[700];
		const char *due = tracker_row_due(tr);
		if (due) {
			char words[64];
			int urg = 0;
			tracker_due_words(a->today, tracker_due_days(due), words, sizeof words, &urg);
			snprintf(line, sizeof line, "Due %s (%s)%s%s", due, words,
			         tr->t && tr->t->deadline_text ? ": " : "",
			         tr->t && tr->t->deadline_text ? tr->t->deadline_text : "");
			tree_wrap_into(b, &y, 0, NULL, line,
			               theme(urg == 2 ? TH_OVERDUE : urg == 1 ? TH_SOON : TH_HEADING));
		}
		if (tr->item && tr->item->note && tr->item->note[0]) {
			char sp[64];
			snprintf(line, sizeof line, "Note (%s):",
			         app_short_party(tr->party, sp, sizeof sp));
			tree_wrap_into(b, &y, 0, line, tr->item->note, theme(TH_MINE));
		}
	}
	if (r->kind == TROW_NODE) {
		char label[32];
		tree_node_label(r->node, label, sizeof label);
		if (tree_wrap_into(b, &y, 0, label[0] ? label : NULL, r->node->text, 0))
			tree_text_nodes(b, &y, 3, r->node->children, r->node->nchildren, 1);
	} else if (tree_wrap_into(b, &y, 0, NULL, p->text, 0)) {
		tree_text_nodes(b, &y, 3, p->children, p->nchildren, 1);
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
				if (attempt == 1 && !want_any)
					app_message(a, false, "no paragraph tasks %s: showing any tasked",
					            a->filter.post[0] ? a->filter.post : a->post);
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
	pv->v[pv->n++] = (struct tree_pos){ para, node };
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
	(void)from_next;
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
	size_t i = at;
	bool found = false;
	for (size_t step = 0; step < pv.n; step++) {
		i = dir > 0 ? (i + 1) % pv.n : (i + pv.n - 1) % pv.n;
		const struct paragraph *p = &c->paras[pv.v[i].para];
		const struct node *nd = pv.v[i].node;
		bool hit = nd ? tree_contains(nd->text, a->search) :
		           (tree_contains(p->text, a->search) ||
		            tree_contains(p->heading, a->search));
		if (hit) {
			found = true;
			break;
		}
	}
	if (!found) {
		free(pv.v);
		app_message(a, true, "not found: %s", a->search);
		return;
	}
	bool wrapped = dir > 0 ? i <= at : i >= at;
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
	if (c->paras[para].number > 0)
		app_message(a, false, "/%s: \xc2\xb6%d%s", a->search, c->paras[para].number,
		            wrapped ? " (wrapped)" : "");
	else
		app_message(a, false, "/%s%s", a->search, wrapped ? " (wrapped)" : "");
}

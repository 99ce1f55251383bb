/* tree_view.c - the paragraph tree (left or top pane): its rows and its
 * keys.
 *
 * One row per numbered paragraph; sub-items (bullets, lettered items,
 * quotes) are folded under a "+ 5 bullets" row until unfolded.  A rebuild
 * (fold, unfold, a new search hit) keeps the selection on the same
 * paragraph or sub-item.  Moving the selection moves the tracker to the
 * paragraph's tasking (actions.c, on PANE_MOVED); ] and [ go to the next
 * paragraph that tasks my post (or the filter's), else anyone's.  Drawing
 * is in tree_draw.c and tree_text.c, search in tree_search.c. */
#include <stdlib.h>

#include "app.h"
#include "tasks.h"
#include "tree_view.h"

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
	bool had = d->nrows > 0 && d->tree_list.sel < d->nrows;
	if (had) {
		keep_para = d->rows[d->tree_list.sel].para;
		keep_node = d->rows[d->tree_list.sel].node;
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
	d->tree_list.sel = 0;
	if (!had)
		return;
	for (size_t i = 0; i < d->nrows; i++) {
		if (d->rows[i].para != keep_para)
			continue;
		if (d->rows[i].kind == TROW_PARA)
			d->tree_list.sel = i;       /* at least the paragraph */
		if (keep_node && d->rows[i].node == keep_node) {
			d->tree_list.sel = i;
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
	size_t sel = d->tree_list.sel < d->nrows ? d->tree_list.sel : 0;
	return &d->cable->paras[d->rows[sel].para];
}

void tree_select_para(struct doc *d, int number)
{
	for (size_t i = 0; i < d->nrows; i++) {
		if (d->rows[i].kind == TROW_PARA &&
		    d->cable->paras[d->rows[i].para].number == number) {
			d->tree_list.sel = i;
			return;
		}
	}
}

/* ---- keys ------------------------------------------------------------------ */

void tree_moved(struct app *a)
{
	a->text_top = 0;
}

/* Does paragraph p task a post that counts: the filter's post, else mine,
 * else anyone when no post is given?  The taskings as corrected
 * (task_para_party): a dismissed one does not count, an added one does. */
static bool tree_para_tasked(struct app *a, const struct doc *d,
                             const struct paragraph *p, bool any)
{
	const char *party;
	for (size_t i = 0; (party = task_para_party(d, p->number, i, NULL)); i++) {
		if (any)
			return true;
		if (a->filter.post[0]) {
			if (task_filter_post(a, party))
				return true;
		} else if (app_is_mine(a, party))
			return true;
	}
	return false;
}

/* ] and [: true when it moved. */
static bool tree_next_tasked(struct app *a, struct doc *d, int dir)
{
	if (d->nrows == 0)
		return false;
	bool want_any = !a->filter.post[0] && !(a->post && *a->post);
	for (int attempt = 0; attempt < 2; attempt++) {
		bool any = want_any || attempt == 1;
		size_t i = d->tree_list.sel;
		for (size_t step = 0; step < d->nrows; step++) {
			i = dir > 0 ? (i + 1) % d->nrows : (i + d->nrows - 1) % d->nrows;
			const struct tree_row *r = &d->rows[i];
			if (r->kind != TROW_PARA)
				continue;
			if (tree_para_tasked(a, d, &d->cable->paras[r->para], any)) {
				bool wrapped = dir > 0 ? i <= d->tree_list.sel : i >= d->tree_list.sel;
				d->tree_list.sel = i;
				tree_moved(a);
				if (wrapped)
					app_message(a, false, "wrapped around");
				if (attempt == 1 && !want_any) {
					char sp[64];
					app_short_party(a->filter.post[0] ? a->filter.post : a->post,
					                sp, sizeof sp);
					app_message(a, false, "this cable asks nothing of %s: "
					            "showing other posts' taskings", sp);
				}
				return true;
			}
		}
		if (want_any)
			break;
	}
	app_message(a, false, "no paragraph of this cable tasks anyone");
	return false;
}

enum pane_key tree_key(struct app *a, struct doc *d, enum keymap_action act)
{
	if (d->nrows == 0)
		return PANE_IGNORED;
	list_clamp(&d->tree_list, d->nrows);
	if (list_move(&d->tree_list, act, list_page_pane())) {
		tree_moved(a);
		return PANE_MOVED;
	}
	const struct tree_row *r = &d->rows[d->tree_list.sel];
	switch (act) {
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
	case ACT_PREV_TASKED:
		return tree_next_tasked(a, d, act == ACT_NEXT_TASKED ? 1 : -1) ?
		       PANE_MOVED : PANE_DONE;
	case ACT_TEXT_DOWN:
	case ACT_TEXT_UP:
		tree_text_scroll(a, act == ACT_TEXT_DOWN ? 1 : -1);
		return PANE_DONE;
	default:
		return PANE_IGNORED;
	}
	tree_moved(a);
	return PANE_MOVED;
}

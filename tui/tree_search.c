/* tree_search.c - / search in the open cable: paragraph text, headings and
 * sub-items, ASCII case folded.
 *
 * Every hit is counted so that the message can say "2 of 5"; the next one
 * after the selection (or before it, for N) is selected, its paragraph
 * unfolded when the hit is a sub-item, and the search wraps around with a
 * message that says so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "base/ascii.h"
#include "tree_view.h"

static bool tree_contains(const char *hay, const char *needle)
{
	if (!hay || !*needle)
		return false;
	size_t n = strlen(needle);
	for (const char *h = hay; *h; h++) {
		size_t i = 0;
		while (i < n && h[i]) {
			if (ascii_to_lower(h[i]) != ascii_to_lower(needle[i]))
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

bool tree_search(struct app *a, struct doc *d, int dir, bool from_next)
{
	(void)from_next;   /* "/" and n both start after the selection, as in vi */
	const struct cable *c = d->cable;
	if (d->nrows == 0)
		return false;
	struct tree_posv pv = { NULL, 0, 0 };
	for (size_t p = 0; p < c->nparas; p++) {
		tree_pos_push(&pv, p, NULL);
		tree_pos_nodes(&pv, p, c->paras[p].children, c->paras[p].nchildren, 1);
	}
	const struct tree_row *cur = &d->rows[d->tree_list.sel];
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
		return false;
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
			d->tree_list.sel = r;
			break;
		}
	}
	a->focus = FOCUS_TREE;
	tree_moved(a);
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
	return true;
}

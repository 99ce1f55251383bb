/* tk_items_due.c - an item's own deadline for the posts it opens with.
 *
 * In: a paragraph whose items each open with posts ("A. Tokyo and Seoul:
 * Embassies should thank ...", "B. Ottawa and Mexico: ... Please confirm
 * participants by September 10").  Out: in the paragraph's struct
 * tk_para, the dated deadline each such item gave and its posts, so that
 * Ottawa and Mexico are due September 10 and Tokyo and Seoul keep the
 * paragraph's own deadline (here none).  tasking.c emits one tasking per
 * deadline.  Called by tk_paragraph.c through tk_internal.h.
 */
#include "tasking/tk_internal.h"

#include <string.h>

void tk_item_due_begin(struct tk_para *P, struct tk_due_save *save)
{
	save->dl = P->dl;
	save->dl_text = P->dl_text;
	save->have_dl = P->have_dl;
	save->dl_own = P->dl_own;
	save->found = P->found;
	save->quote = P->quote;
	save->summary = P->summary;
	save->rule = P->rule;
	save->from = P->from;
	save->asks = P->asks;
	save->nasks = P->nasks;
	P->have_dl = false;
	P->found = false;
}

/* The first tasking's words back as they were, when the paragraph had
 * one before the item (else the item's stay the paragraph's). */
static void tk_restore_first(struct tk_para *P, const struct tk_due_save *save)
{
	if (!save->found)
		return;
	P->found = true;
	P->quote = save->quote;
	P->summary = save->summary;
	P->rule = save->rule;
	P->from = save->from;
	P->asks = save->asks;
	P->nasks = save->nasks;
}

/* Did the item ask one of its posts ("Lebanon:" over a bullet of
 * analysis asks Beirut nothing)? */
static bool tk_item_asked(const struct tk_para *P, const struct tk_parties *posts)
{
	for (size_t i = 0; i < posts->n; i++)
		for (size_t k = 0; k < P->parties.n; k++)
			if (strcmp(posts->name[i], P->parties.name[k]) == 0)
				return true;
	return false;
}

void tk_item_due_end(struct tk_ctx *x, struct tk_para *P, const struct tk_parties *posts,
                     const struct tk_due_save *save)
{
	if (P->have_dl && P->dl.dated && P->ndue < TK_ITEM_DUE_MAX && tk_item_asked(P, posts)) {
		if (!P->due)
			P->due = arena_alloc(&x->c->arena, sizeof *P->due * TK_ITEM_DUE_MAX);
		struct tk_item_due *d = &P->due[P->ndue++];
		d->posts = *posts;
		d->dl = P->dl;
		d->dl_text = P->dl_text;
		d->quote = P->quote;
		d->summary = P->summary;
		d->rule = P->rule;
		d->from = P->from;
		d->asks = P->asks;
		d->nasks = P->nasks;
		P->dl = save->dl;
		P->dl_text = save->dl_text;
		P->have_dl = save->have_dl;
		P->dl_own = save->dl_own;
		tk_restore_first(P, save);
		return;
	}
	tk_restore_first(P, save);
	/* none of its own: the paragraph's, as if read in one (a dated
	 * deadline wins over an undated one, the first over a later) */
	if (save->have_dl && (save->dl.dated || !P->have_dl || !P->dl.dated)) {
		P->dl = save->dl;
		P->dl_text = save->dl_text;
		P->have_dl = true;
		P->dl_own = save->dl_own;
	}
}

const struct tk_item_due *tk_item_due_of(const struct tk_para *P, const char *name)
{
	/* the last item that names the post: a later one corrects */
	for (size_t i = P->ndue; i-- > 0;)
		for (size_t k = 0; k < P->due[i].posts.n; k++)
			if (strcmp(P->due[i].posts.name[k], name) == 0)
				return &P->due[i];
	return NULL;
}

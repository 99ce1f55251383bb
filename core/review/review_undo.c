/* review_undo.c - the user's changes to a review, and their undo.
 *
 * In: a review and an item of it, a new status, note or due date.  Out:
 * the item changed (the note cleaned to UTF-8, the date checked), and one
 * undo entry per change holding the old value, at most REVIEW_MAX_UNDO;
 * review_undo puts the last one back.  Nothing here saves.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/yamlsafe.h"

enum undo_kind { UNDO_STATUS, UNDO_NOTE, UNDO_DUE };

struct review_undo {
	enum undo_kind kind;
	size_t item;                 /* index in r->items */
	enum review_status status;   /* the old status */
	char *text;                  /* the old note or due */
};

enum { REVIEW_MAX_UNDO = 1000 };

static struct review_undo *review_undo_push(struct review *r, const struct review_item *it,
                                            enum undo_kind kind)
{
	if (r->nundo == REVIEW_MAX_UNDO) {
		free(r->undo[0].text);
		memmove(r->undo, r->undo + 1, (r->nundo - 1) * sizeof *r->undo);
		r->nundo--;
	}
	if (r->nundo == r->capundo) {
		size_t ncap = r->capundo ? r->capundo * 2 : 16;
		struct review_undo *p = realloc(r->undo, ncap * sizeof *p);
		if (!p)
			abort();
		r->undo = p;
		r->capundo = ncap;
	}
	struct review_undo *u = &r->undo[r->nundo++];
	u->kind = kind;
	u->item = (size_t)(it - r->items);
	u->status = it->status;
	u->text = NULL;
	return u;
}

void review_set_status(struct review *r, struct review_item *it, enum review_status s)
{
	if (it->status == s || (unsigned)s > STATUS_DROPPED)
		return;
	review_undo_push(r, it, UNDO_STATUS);
	it->status = s;
}

static bool review_same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

void review_set_note(struct review *r, struct review_item *it, const char *note)
{
	char *clean = note ? ys_clean_utf8(note, strlen(note)) : NULL;
	if (clean && !*clean) {
		free(clean);
		clean = NULL;
	}
	if (review_same(clean, it->note)) {
		free(clean);
		return;
	}
	review_undo_push(r, it, UNDO_NOTE)->text = it->note;
	it->note = clean;
}

int review_set_due(struct review *r, struct review_item *it, const char *due)
{
	if (due && !date_parse(due, NULL, NULL, NULL))
		return -1;
	if (review_same(due, it->due))
		return 0;
	review_undo_push(r, it, UNDO_DUE)->text = it->due;
	it->due = due ? xstrdup(due) : NULL;
	return 0;
}

bool review_undo(struct review *r)
{
	if (r->nundo == 0)
		return false;
	struct review_undo *u = &r->undo[--r->nundo];
	struct review_item *it = &r->items[u->item];
	switch (u->kind) {
	case UNDO_STATUS:
		it->status = u->status;
		break;
	case UNDO_NOTE:
		free(it->note);
		it->note = u->text;
		break;
	case UNDO_DUE:
		free(it->due);
		it->due = u->text;
		break;
	}
	u->text = NULL;
	return true;
}

void review_undo_free(struct review *r)
{
	for (size_t i = 0; i < r->nundo; i++)
		free(r->undo[i].text);
	free(r->undo);
}

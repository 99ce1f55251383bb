/* review_undo.c - the user's changes to a review, and their undo.
 *
 * In: a review and an item of it, a new status, note, due date, checklist
 * line or dismissal, or a tasking to add.  Out: the item changed (texts
 * cleaned to UTF-8, the date checked, the time of a status change kept),
 * and one undo entry per change holding the old value, at most
 * REVIEW_MAX_UNDO; an action that changes several items (a paragraph
 * dismissed for every party) joins its entries, and review_undo puts the
 * last action back whole.  Nothing here saves.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/yamlsafe.h"

enum undo_kind { UNDO_STATUS, UNDO_NOTE, UNDO_DUE, UNDO_SUMMARY, UNDO_DISMISS,
                 UNDO_ADD };

struct review_undo {
	enum undo_kind kind;
	size_t item;                 /* index in r->items */
	enum review_status status;   /* the old status */
	enum review_dismissal dismissed; /* the old dismissal */
	char *text;                  /* the old note, due, summary, reason or
	                                status time */
	bool joined;                 /* undone with the entry before it */
};

enum { REVIEW_MAX_UNDO = 1000 };

static void review_undo_drop_first(struct review *r)
{
	free(r->undo[0].text);
	memmove(r->undo, r->undo + 1, (r->nundo - 1) * sizeof *r->undo);
	r->nundo--;
	r->undo[0].joined = false;
}

static struct review_undo *review_undo_push(struct review *r, const struct review_item *it,
                                            enum undo_kind kind)
{
	if (r->nundo == REVIEW_MAX_UNDO)
		review_undo_drop_first(r);
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
	u->dismissed = it->dismissed;
	u->text = NULL;
	u->joined = false;
	return u;
}

/* A cleaned copy of s, NULL for NULL or "". */
static char *review_clean(const char *s)
{
	char *clean = s ? ys_clean_utf8(s, strlen(s)) : NULL;
	if (clean && !*clean) {
		free(clean);
		clean = NULL;
	}
	return clean;
}

static char *review_stamp(const struct review *r)
{
	time_t now = r->now ? r->now : time(NULL);
	struct tm tm;
	char buf[32];
	if (!gmtime_r(&now, &tm) ||
	    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) != 20)
		return NULL;
	return xstrdup(buf);
}

void review_set_status(struct review *r, struct review_item *it, enum review_status s)
{
	if (it->status == s || (unsigned)s > STATUS_DROPPED)
		return;
	review_undo_push(r, it, UNDO_STATUS)->text = it->status_at;
	it->status = s;
	it->status_at = review_stamp(r);
}

static bool review_same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

void review_set_note(struct review *r, struct review_item *it, const char *note)
{
	char *clean = review_clean(note);
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

/* A cleaned one-line copy of s: newlines and tabs as spaces, no spaces at
 * either end; NULL for NULL or blank. */
static char *review_clean_line(const char *s)
{
	char *clean = review_clean(s);
	if (!clean)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; clean[i]; i++) {
		char ch = clean[i] == '\n' || clean[i] == '\t' || clean[i] == '\r' ? ' ' : clean[i];
		if (ch == ' ' && (o == 0 || clean[o - 1] == ' '))
			continue;
		clean[o++] = ch;
	}
	while (o > 0 && clean[o - 1] == ' ')
		o--;
	clean[o] = '\0';
	if (o == 0) {
		free(clean);
		return NULL;
	}
	return clean;
}

void review_set_summary(struct review *r, struct review_item *it, const char *summary)
{
	char *clean = review_clean_line(summary);
	if (review_same(clean, it->summary)) {
		free(clean);
		return;
	}
	review_undo_push(r, it, UNDO_SUMMARY)->text = it->summary;
	it->summary = clean;
}

/* One dismissal change; joined to the entry before when join. */
static int review_dismiss_one(struct review *r, struct review_item *it,
                              enum review_dismissal why, const char *reason, bool join)
{
	if ((unsigned)why > DISMISS_NOT_MINE)
		return 0;
	char *clean = why == DISMISS_NONE ? NULL : review_clean_line(reason);
	if (it->dismissed == why && review_same(clean, it->reason)) {
		free(clean);
		return 0;
	}
	struct review_undo *u = review_undo_push(r, it, UNDO_DISMISS);
	u->text = it->reason;
	u->joined = join;
	it->dismissed = why;
	it->reason = clean;
	return 1;
}

int review_dismiss(struct review *r, struct review_item *it,
                   enum review_dismissal why, const char *reason)
{
	return review_dismiss_one(r, it, why, reason, false);
}

int review_dismiss_paragraph(struct review *r, int paragraph,
                             enum review_dismissal why, const char *reason)
{
	int n = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].paragraph == paragraph)
			n += review_dismiss_one(r, &r->items[i], why, reason, n > 0);
	return n;
}

struct review_item *review_add(struct review *r, int paragraph, const char *party,
                               const char *summary, const char *due)
{
	char *name = review_clean(party);
	if (!name || paragraph < 0 || (due && !date_parse(due, NULL, NULL, NULL))) {
		free(name);
		return NULL;
	}
	struct review_item *it = review_find(r, paragraph, name);
	if (it) {
		free(name);
		if (!it->dismissed)
			return NULL;
		review_dismiss_one(r, it, DISMISS_NONE, NULL, false);
		if (summary && *summary) {
			review_set_summary(r, it, summary);
			r->undo[r->nundo - 1].joined = true;
		}
		return it;
	}
	it = review_push(r);
	it->paragraph = paragraph;
	it->party = name;
	it->status = STATUS_OPEN;
	it->manual = true;
	it->summary = review_clean_line(summary);
	it->due = due ? xstrdup(due) : NULL;
	review_undo_push(r, it, UNDO_ADD);
	return it;
}

/* Puts back one entry. */
static void review_undo_one(struct review *r, struct review_undo *u)
{
	struct review_item *it = &r->items[u->item];
	char **field = NULL;
	switch (u->kind) {
	case UNDO_STATUS:
		it->status = u->status;
		field = &it->status_at;
		break;
	case UNDO_NOTE: field = &it->note; break;
	case UNDO_DUE: field = &it->due; break;
	case UNDO_SUMMARY: field = &it->summary; break;
	case UNDO_DISMISS:
		it->dismissed = u->dismissed;
		field = &it->reason;
		break;
	case UNDO_ADD:
		/* Later entries were undone first, and earlier ones name items
		 * before this one: removing it moves no item they name. */
		review_item_free(it);
		memmove(it, it + 1, (r->n - u->item - 1) * sizeof *it);
		r->n--;
		return;
	}
	free(*field);
	*field = u->text;
	u->text = NULL;
}

bool review_undo(struct review *r)
{
	if (r->nundo == 0)
		return false;
	bool joined;
	do {
		struct review_undo *u = &r->undo[--r->nundo];
		joined = u->joined;
		review_undo_one(r, u);
	} while (joined && r->nundo > 0);
	return true;
}

void review_undo_free(struct review *r)
{
	for (size_t i = 0; i < r->nundo; i++)
		free(r->undo[i].text);
	free(r->undo);
}

/* effective.h - the effective taskings of one cable: what is asked of whom,
 * with the status and the due date in force.  The one place where the
 * finder's taskings and the reviewer's marks are merged: the tracker, the
 * agenda, the inbox counts and every exporter read these rows.
 *
 * In: a parsed cable (its taskings) and its review (NULL: nobody has
 * reviewed it).  Out: one row per (paragraph, party), holding the tasking
 * that asks it (the first one of that paragraph naming that party, in the
 * cable's order), the review item of that paragraph and party, and:
 *
 *  - status: the item's; open when there is no item;
 *  - due: the reviewer's override when it is a real date ("YYYY-MM-DD",
 *    checked against the calendar); else the finder's deadline when that
 *    is a real date; else none.  An override that is no date ("soon",
 *    "2008-02-30") is ignored: the finder's deadline stays in force and
 *    the row says that the override was invalid.  An empty override ("")
 *    is no override.
 *
 * The rows: with a review, one per item in the review's order (the first
 * of items that repeat a paragraph and party), then one per (tasking,
 * party) that has no item, in the cable's order; a (paragraph, party)
 * that two taskings name is one row.  An item whose paragraph and party no
 * tasking names any more is kept: a manual one is the reviewer's own
 * tasking, an auto one is marked stale (the finder no longer finds it; the
 * checklist leaves it out, the tracker still shows the reviewer's marks).
 * Parties that are NULL or "" make no row.
 *
 * The reviewer's corrections (review.h) are applied here, so that they flow
 * to every view and exporter:
 *  - a dismissed item makes no row (effective_build_all keeps it, marked
 *    dismissed, for the tracker's filter that shows them);
 *  - summary: the checklist line in force is the item's (the reviewer's)
 *    when it has one, else the tasking's summary, else its quote; the
 *    finder's line stays in finder_summary;
 *  - source: a manual item is the reviewer's tasking, also when the finder
 *    later finds the same (paragraph, party): that is still one row.
 *
 * Rows point into the cable and the review: free the rows before them, and
 * rebuild after review_merge() (which may move the items).
 */
#ifndef CABLETRACK_EFFECTIVE_H
#define CABLETRACK_EFFECTIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/cable.h"
#include "review/review.h"

enum effective_due_from {
	EFFECTIVE_DUE_NONE,        /* no deadline in force */
	EFFECTIVE_DUE_CABLE,       /* the finder's deadline (tasking->deadline) */
	EFFECTIVE_DUE_OVERRIDE,    /* the reviewer's due override (item->due) */
};

/* The due date in force for one (tasking, party). */
struct effective_due {
	const char *date;          /* "YYYY-MM-DD", NULL when none; points into
	                              the tasking or the item */
	long days;                 /* date as days since 1970-01-01; LONG_MAX
	                              when none */
	enum effective_due_from from;
	bool override_invalid;     /* the item holds a due that is no date: it
	                              was ignored */
};

struct effective_row {
	int paragraph;             /* 0: the body of an unnumbered cable */
	const char *party;         /* full addressee name, never NULL or "" */
	const struct tasking *tasking;   /* NULL: no tasking names it (manual or
	                                    stale item) */
	const struct review_item *item;  /* NULL: no review item */
	bool stale;                /* an auto item no tasking names any more */
	enum review_status status; /* in force */
	struct effective_due due;  /* in force */
	/* the reviewer's corrections */
	bool dismissed;            /* only from effective_build_all */
	bool by_reviewer;          /* the reviewer added it (a manual item) */
	bool reworded;             /* summary is the reviewer's line, of a
	                              tasking the finder found */
	const char *summary;       /* the checklist line in force, or NULL */
	const char *finder_summary;/* the finder's line (summary, else quote),
	                              NULL when no tasking names the row */
};

struct effective {
	struct effective_row *rows;
	size_t n;
};

/* The rows of c with r (r may be NULL).  Free with effective_free. */
void effective_build(struct effective *e, const struct cable *c,
                     const struct review *r);
/* The same with the dismissed rows too (row->dismissed), in their place. */
void effective_build_all(struct effective *e, const struct cable *c,
                         const struct review *r);
void effective_free(struct effective *e);

/* The rule for one (tasking, party), for callers that hold a row's parts
 * and must read the item as it is now (after a change): */
/* The item's status; STATUS_OPEN when item is NULL. */
enum review_status effective_status(const struct review_item *item);
/* The due date in force from the finder's deadline (NULL: none) and the
 * item (NULL: none). */
struct effective_due effective_due(const char *deadline,
                                   const struct review_item *item);
/* The checklist line in force for (t, item): the item's summary, else the
 * tasking's summary, else its quote; NULL when none (either may be NULL). */
const char *effective_summary(const struct tasking *t, const struct review_item *item);
/* Still to do: open or doing. */
bool effective_is_open(enum review_status s);

/* The tasking of c that asks party in paragraph: the first one in the
 * cable's order; NULL when none. */
const struct tasking *effective_tasking(const struct cable *c, int paragraph,
                                        const char *party);

/* "YYYY-MM-DD" that is a real date, as days since 1970-01-01; LONG_MAX for
 * NULL or anything else ("2008-02-30", "2008-2-1", "soon"). */
long effective_days(const char *date);

#endif

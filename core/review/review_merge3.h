/* review_merge3.h - the three-way merge of two copies of one review file
 * (`cabletrack merge-review BASE OURS THEIRS`, a git merge driver, and the
 * TUI when the file changed under it).
 *
 * Item by item, keyed by (paragraph, party):
 *  - changed (or added, or deleted) on one side only: that side's;
 *  - both sides changed one field the same way: that;
 *  - both changed the status: the later change by status_at (UTC; a
 *    change with a time is later than one without); no time to tell them
 *    apart: ours, and a conflict;
 *  - both changed the note: both texts, ours first, with a marker line
 *    between; one side emptied it, the other changed it: the changed text;
 *  - both changed the due date, the checklist line or the dismissal:
 *    ours, and a conflict;
 *  - deleted on one side and changed on the other: the changed item, and a
 *    conflict;
 *  - origin: manual wins (the reviewer's own tasking that the other copy
 *    also has from the finder).
 * A conflict is written into the item's `conflict` key ("due: ours
 * 2009-01-20, theirs 2009-01-25; ours kept"), so the merged file still
 * loads and says what a person must choose.  Keys this program does not
 * know are kept (ours first).  The merged bytes are what review_save
 * writes: sorted items, one block each.
 */
#ifndef CABLETRACK_REVIEW_MERGE3_H
#define CABLETRACK_REVIEW_MERGE3_H

#include <stddef.h>

#include "base/buf.h"
#include "base/error.h"

struct review_merge3_in {
	const char *name;          /* for messages: the file's path */
	const char *base, *ours, *theirs;   /* the bytes; base may be empty
	                                       (the file was added on both
	                                       sides) */
	size_t nbase, nours, ntheirs;
};

/* 0: out holds the merged file and *conflicts the number of choices left
 * to a person (0: clean).  -1: one of the three does not load as a review
 * file (err says which and why; out is untouched): the caller leaves the
 * file to git's own merge. */
int review_merge3(const struct review_merge3_in *in, struct buf *out,
                  size_t *conflicts, struct ct_error *err);

#endif

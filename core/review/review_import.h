/* review_import.h - the review side of `cabletrack import`: the item a
 * task of an export names, found or made, so that a status or a note from
 * Taskwarrior or todo.txt can be applied with the ordinary changes
 * (review_set_status, review_set_note: undoable, status_at kept).
 */
#ifndef CABLETRACK_REVIEW_IMPORT_H
#define CABLETRACK_REVIEW_IMPORT_H

#include "review/review.h"

/* The item of (paragraph, party): the review's own, else a new one as
 * review_merge would make it (origin auto, status open, no note), for a
 * tasking the export had but the review did not hold yet (a cable nobody
 * opened).  NULL when party is NULL or empty. */
struct review_item *review_import_item(struct review *r, int paragraph,
                                       const char *party);

#endif

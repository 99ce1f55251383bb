/* tasks.h - what the views share about a cable's taskings, none of them
 * owning it: one row of the core's effective model (review/effective.h) as
 * a view holds it, with its review item writable for the changes; what is
 * in force for a row as its item is now (the core's rule, never decided
 * here); and the test of the tracker's filter (the f and m keys).
 *
 * The tracker keeps such rows in the doc (d->trk, app.h), the agenda its
 * own over every cable; the inbox reads the effective rows themselves. */
#ifndef CABLETRACK_TUI_TASKS_H
#define CABLETRACK_TUI_TASKS_H

#include <stdbool.h>

#include "app.h"
#include "review/effective.h"

/* The effective row er of d as a view's row: its item writable, mine when
 * --post names its party. */
struct track_row task_row(const struct app *a, struct doc *d,
                          const struct effective_row *er);
/* What is in force for r, as its item is now. */
enum review_status task_status(const struct track_row *r);
struct effective_due task_due(const struct track_row *r);
/* The reviewer's corrections of r, as its item is now. */
bool task_dismissed(const struct track_row *r);
bool task_by_reviewer(const struct track_row *r);     /* added by the reviewer */
bool task_reworded(const struct track_row *r);        /* a found one, reworded */
/* The checklist line in force (the reviewer's, else the finder's), or
 * with original the finder's; NULL when none. */
const char *task_summary(const struct track_row *r, bool original);
/* The badge of the reviewer's hand before a line: "✎ " (added or
 * reworded), "✗ " (dismissed), "" (the finder's as found). */
const char *task_badge(const struct track_row *r);
/* The i-th party paragraph tasks as corrected, from d's tracker rows (the
 * core's effective rows: a dismissed one is not among them, the
 * reviewer's own is, a stale one is left out), in the tracker's order;
 * *reviewer (may be NULL) set when the reviewer added it; NULL past the
 * last.  The tree's badges and title, its text pane's title, and ] and [
 * read this, never the finder's list (paragraph->tasked). */
const char *task_para_party(const struct doc *d, int paragraph, size_t i,
                            bool *reviewer);
/* Does party pass the filter's post (true when the filter has none)? */
bool task_filter_post(const struct app *a, const char *party);
/* Does r pass the whole filter: post, status and due? */
bool task_visible(const struct app *a, const struct track_row *r);

#endif

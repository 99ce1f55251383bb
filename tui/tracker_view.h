/* tracker_view.h - the action/deadline tracker pane: its rows, the status
 * and deadline of a row, the filter test, and the changes the reviewer
 * makes to a row (tracker_view.c); drawing it (tracker_draw.c).
 *
 * The rows themselves (struct track_row) live in the doc (app.h). */
#ifndef CABLETRACK_TUI_TRACKER_VIEW_H
#define CABLETRACK_TUI_TRACKER_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "review/effective.h"

void tracker_rebuild(struct app *a, struct doc *d);
bool tracker_key(struct app *a, struct doc *d, enum keymap_action act);
void tracker_follow_para(struct app *a, struct doc *d, int number);
struct track_row *tracker_current(struct app *a, struct doc *d);
/* The rows the filter lets through as a list (d->trk_list): how many, the
 * current one's place among them; its top is the pane's scroll. */
struct list *tracker_list(struct app *a, struct doc *d);
bool tracker_row_visible(const struct app *a, const struct track_row *r);
/* Does party pass the filter's post (true when the filter has none)? */
bool tracker_filter_post(const struct app *a, const char *party);
/* What is in force for a row, as its item is now: the core's rule
 * (review/effective.h), never decided here. */
enum review_status tracker_row_status(const struct track_row *r);
struct effective_due tracker_row_due(const struct track_row *r);
/* Within TRACKER_DUE_WINDOW days of today: "in 3 days", "today",
 * "overdue 2d"; further: "(overdue)" or "" (show the date beside it).
 * urgency 2 overdue or today, 1 within 3 days. */
#define TRACKER_DUE_WINDOW 30
const char *tracker_due_words(long today, long due, char *buf, size_t size,
                              int *urgency);
/* A whole deadline cell: with_date "2008-10-15 in 3 days", "2008-10-15
 * (overdue)", "2009-05-01"; without: "in 3 days", "overdue", the date
 * beyond the window; "-" when none. */
const char *tracker_due_label(long today, long due, bool with_date, char *buf,
                              size_t size, int *urgency);
/* Prompt for the deadline override of it (party's tasking), validate,
 * save; undoable. */
void tracker_edit_due(struct app *a, struct doc *d, struct review_item *it);
/* The tracker actions on the current row: done, status, note, undo. */
void tracker_act(struct app *a, struct doc *d, enum keymap_action act);

/* tracker_draw.c */
void tracker_draw(struct app *a, struct doc *d, struct box b);

#endif

/* tracker_view.h - the action/deadline tracker pane: its rows, the
 * selection, the keys and the changes the reviewer makes to a row
 * (tracker_view.c); drawing it (tracker_draw.c).
 *
 * The rows themselves (struct track_row) live in the doc (app.h); what is
 * in force for a row and the filter's test are in tasks.h, the deadline
 * words and prompt in due.h. */
#ifndef CABLETRACK_TUI_TRACKER_VIEW_H
#define CABLETRACK_TUI_TRACKER_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* The rows of d again (after a change of the review or of the filter's
 * post), the selection kept on the same paragraph and party. */
void tracker_rebuild(struct app *a, struct doc *d);
/* A key of the pane: PANE_MOVED when the selection moved (the tree is to
 * follow it). */
enum pane_key tracker_key(struct app *a, struct doc *d, enum keymap_action act);
/* Select the row of (paragraph, party), when there is one. */
void tracker_select(struct doc *d, int paragraph, const char *party);
/* Select a row of paragraph number the filter lets through, unless the
 * selected one is of it already. */
void tracker_follow_para(struct app *a, struct doc *d, int number);
/* The selected row, else the first one the filter lets through; NULL when
 * none shows. */
struct track_row *tracker_current(struct app *a, struct doc *d);
/* toggle-asks: unfold the asks the current row's line names (its
 * tasking's asks) under it, or fold them; says so when it names none. */
void tracker_toggle_asks(struct app *a, struct doc *d);
/* The tracker actions on the current row: done, status, note, due, undo. */
void tracker_act(struct app *a, struct doc *d, enum keymap_action act);

/* Shared by the tracker's files: the rows the filter lets through as a
 * list (d->trk_list): how many, the current one's place among them; its
 * top is the pane's scroll. */
struct list *tracker_list(struct app *a, struct doc *d);

/* tracker_draw.c */
void tracker_draw(struct app *a, struct doc *d, struct box b);

#endif

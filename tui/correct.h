/* correct.h - the reviewer's corrections on the cable screen (issue 11):
 * add a tasking the finder missed, dismiss one it found (for one post or
 * the whole paragraph) or restore it, reword its checklist line, and the
 * two switches that show what is hidden (dismissed taskings, the finder's
 * line of a reworded one).  Each change is a core change
 * (review/review.h): saved at once, undoable with the undo key. */
#ifndef CABLETRACK_TUI_CORRECT_H
#define CABLETRACK_TUI_CORRECT_H

#include "app.h"

/* add-tasking on paragraph (the tree's, or the tracker row's). */
void correct_add(struct app *a, struct doc *d, int paragraph);
/* dismiss (or restore) and reword: the tracker's selected row. */
void correct_dismiss(struct app *a, struct doc *d);
void correct_reword(struct app *a, struct doc *d);
/* show-dismissed, show-original. */
void correct_toggle(struct app *a, struct doc *d, enum keymap_action act);

#endif

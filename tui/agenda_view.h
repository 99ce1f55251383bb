/* agenda_view.h - the agenda: every open tasking of every cable in the
 * inbox, by deadline (agenda_view.c).  Its rows (struct agenda_row) live
 * in the app (app.h). */
#ifndef CABLETRACK_TUI_AGENDA_VIEW_H
#define CABLETRACK_TUI_AGENDA_VIEW_H

#include <stdbool.h>

#include "app.h"

/* The rows again, from every parsed cable and its review. */
void agenda_rebuild(struct app *a);
void agenda_draw(struct app *a, struct box b);
bool agenda_key(struct app *a, enum keymap_action act);

#endif

/* bulk.h - the inbox's marked cables (bulk.c): Space marks a row, and x, s
 * and e then act on every marked cable (on the selected one when none is
 * marked); e in the agenda exports the cables of the rows it shows. */
#ifndef CABLETRACK_TUI_BULK_H
#define CABLETRACK_TUI_BULK_H

#include "app.h"

/* An action of the inbox that bulk.c takes (mark, toggle-done,
 * cycle-status, export) or of the agenda (export): done, true. */
bool bulk_action(struct app *a, enum keymap_action act);

#endif

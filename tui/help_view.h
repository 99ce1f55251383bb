/* help_view.h - the help screen, made from the live keymap
 * (help_view.c). */
#ifndef CABLETRACK_TUI_HELP_VIEW_H
#define CABLETRACK_TUI_HELP_VIEW_H

#include <stdbool.h>

#include "app.h"

void help_draw(struct app *a, struct box b);
bool help_key(struct app *a, enum keymap_action act);

#endif

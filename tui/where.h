/* where.h - which screen takes which action (where.c), so that the help
 * lists only the keys that work where it was opened from, and a key bound
 * to an action its screen does not take says so instead of nothing. */
#ifndef CABLETRACK_TUI_WHERE_H
#define CABLETRACK_TUI_WHERE_H

#include <stdbool.h>

#include "app.h"

/* "the inbox", "the agenda", "the help", "a cable" */
const char *where_name(enum app_screen s);
/* Does screen s take act? */
bool where_works(enum app_screen s, enum keymap_action act);
/* The screens that take act, in words ("a cable", "the inbox and a
 * cable"), into buf. */
const char *where_list(enum keymap_action act, char *buf, size_t size);

#endif

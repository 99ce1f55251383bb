/* input.h - what the prompt needs of the keyboard beyond app.h's
 * app_getkey: keys.c's text reader and the key codes it adds. */
#ifndef CABLETRACK_TUI_INPUT_H
#define CABLETRACK_TUI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* keys.c.  A key past every character and KEYMAP_META-free, so no keymap
 * binds it: a function key curses has no KEY_* name for (C-Up and the
 * like). */
#define APP_KEY_UNNAMED     0x10000003
/* Or'd onto a character U+0101..U+01FF, whose value is also an ncurses
 * KEY_* code: it is text, never an arrow or a resize. */
#define APP_KEY_CHAR        0x20000000

/* app_getkey for a prompt: Esc is Esc at once, never the start of an
 * Alt+key (app_getkey too keeps characters apart from function keys). */
int app_getkey_text(struct app *a, int timeout_ms, bool *gone);

#endif

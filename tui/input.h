/* input.h - what the prompt needs of the keyboard and the signals, beyond
 * app.h's app_getkey and app_signalled: keys.c's paste marks and text
 * reader, terminal.c's two kinds of signal, and the prompt for a long text.
 */
#ifndef CABLETRACK_TUI_INPUT_H
#define CABLETRACK_TUI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* keys.c.  Keys past every character and KEYMAP_META-free, so no keymap
 * binds them: the bracketed-paste marks, and a function key curses has no
 * KEY_* name for (C-Up and the like). */
#define APP_KEY_PASTE_BEGIN 0x10000001
#define APP_KEY_PASTE_END   0x10000002
#define APP_KEY_UNNAMED     0x10000003
/* Or'd onto a character U+0101..U+01FF, whose value is also an ncurses
 * KEY_* code: it is text, never an arrow or a resize. */
#define APP_KEY_CHAR        0x20000000

/* Teaches curses the paste marks (\e[200~, \e[201~); after keypad(). */
void app_keys_init(void);
/* app_getkey for a prompt: the paste marks come back as keys (app_getkey
 * reads pasted text and drops it, so that it runs no command), and Esc is
 * Esc at once, never the start of an Alt+key. */
int app_getkey_text(struct app *a, int timeout_ms, bool *gone);

/* terminal.c.  app_signalled() is either of these. */
bool app_hung_up(void);          /* HUP or TERM: end, keeping what was typed */
/* A C-c (SIGINT) not taken yet: true once, and it is taken (a prompt
 * cancels); false when a HUP or TERM came too. */
bool app_take_interrupt(void);

/* prompt.c.  prompt_read for a long text (a note): at most max bytes of
 * UTF-8 (more is refused with a message, never cut), newlines kept.  *out
 * is malloc'd, also on PROMPT_CANCEL and PROMPT_INTERRUPTED (the draft). */
int prompt_read_text(struct app *a, const char *label, const char *initial,
                     size_t max, char **out);

#endif

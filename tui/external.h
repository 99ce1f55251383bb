/* external.h - other programs on the terminal (external.c): the note in
 * $VISUAL or $EDITOR, the raw cable in $PAGER, a paragraph or the
 * checklist piped to a command.  Each program is run from an argument list
 * (the variable or the typed command split on blanks; no shell), with the
 * terminal given back to it and taken again after (endwin, refresh). */
#ifndef CABLETRACK_TUI_EXTERNAL_H
#define CABLETRACK_TUI_EXTERNAL_H

#include <stddef.h>

#include "app.h"

/* edit-note: the selected tasking's note in the editor (several lines).
 * Saved as the prompt's note is (the review, atomically); an editor that
 * exits non-zero or leaves the file as it was changes nothing. */
void ext_edit_note(struct app *a, struct doc *d);
/* view-cable: the file of docs[i] as it is on disk, in $PAGER (else
 * less). */
void ext_view_cable(struct app *a, size_t i);
/* pipe: the tree's paragraph (the tree has the focus) or the cable's
 * checklist (the tracker has it) to a command typed at the prompt; its
 * output stays on the terminal until a key is pressed. */
void ext_pipe(struct app *a, struct doc *d);

/* The words of cmd split on blanks into argv (at most max - 1 words and a
 * NULL; the words point into buf, a copy of cmd of size bytes).  Returns
 * the number of words; 0 for none. */
size_t ext_split(const char *cmd, char *buf, size_t size, char **argv, size_t max);

/* terminal.c: the terminal to another program and back */
void app_term_leave(void);            /* endwin, the program's mode kept */
void app_term_return(void);           /* the program's mode, all redrawn */
void app_term_fds(int *in, int *out); /* the terminal curses runs on */
/* After another program: msg on the terminal, then one key read raw. */
void app_term_wait_key(const char *msg);

#endif

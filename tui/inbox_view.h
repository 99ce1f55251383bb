/* inbox_view.h - the inbox: the list of cables given on the command line,
 * and loading a cable when it is first needed (inbox_view.c). */
#ifndef CABLETRACK_TUI_INBOX_VIEW_H
#define CABLETRACK_TUI_INBOX_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

void inbox_draw(struct app *a, struct box b);
bool inbox_key(struct app *a, enum keymap_action act);
/* Parse docs[i] now if it is lazy, and attach its review.  False when it
 * is not a cable (d->error says why). */
bool inbox_doc_load(struct app *a, size_t i);
/* Before the agenda: parse every lazy doc that has a review file (its
 * marks decide what is open) or no index row, with a progress line; the
 * others give the agenda their index rows. */
void inbox_load_for_agenda(struct app *a);
/* The cable id of docs[i], parsed or from the index; NULL when none. */
const char *inbox_doc_id(const struct doc *d);

#endif

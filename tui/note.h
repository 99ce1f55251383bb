/* note.h - the note key (note.c): a tasking's note on the status line; a
 * note being typed when the terminal closes is kept as a draft beside the
 * review, never written over the note. */
#ifndef CABLETRACK_TUI_NOTE_H
#define CABLETRACK_TUI_NOTE_H

#include <stddef.h>

#include "app.h"

/* The longest note (the prompt refuses more; so does the editor's). */
#define NOTE_MAX (64 * 1024)

/* The review item whose note the note keys edit: the tracker's row (from
 * the tree, when it is of the tree's paragraph); NULL, said on the status
 * line, when there is none or the cable is read-only. */
struct review_item *note_item(struct app *a, struct doc *d);
/* The note action on the cable screen: the selected tasking's note. */
void note_act(struct app *a, struct doc *d);

#endif

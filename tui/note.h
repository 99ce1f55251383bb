/* note.h - the note key (note.c): a tasking's note on the status line; a
 * note being typed when the terminal closes is kept as a draft beside the
 * review, never written over the note. */
#ifndef CABLETRACK_TUI_NOTE_H
#define CABLETRACK_TUI_NOTE_H

#include "app.h"

/* The note action on the cable screen: the selected tasking's note. */
void note_act(struct app *a, struct doc *d);

#endif

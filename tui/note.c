/* note.c - the note key: a tasking's note typed on the status line.
 *
 * A note takes up to NOTE_MAX bytes (64 KiB: the prompt refuses more with
 * a message, it never cuts); pasted lines stay lines.  Enter saves it; Esc
 * or C-g leaves the old note as it was.  A signal or a lost terminal while
 * it is typed saves what was typed.
 */
#include "note.h"

#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "tracker_view.h"
#include "tree_view.h"

#define NOTE_MAX (64 * 1024)

static void note_edit(struct app *a, struct doc *d, struct review_item *it)
{
	char sp[64], label[160];
	app_short_party(it->party, sp, sizeof sp);
	snprintf(label, sizeof label, "note for %s \xc2\xb6%d (Enter saves, Esc "
	         "cancels): ", sp, it->paragraph);
	const char *old = it->note ? it->note : "";
	char *note = NULL;
	int pr = prompt_read_text(a, label, old, NOTE_MAX, &note);
	if (pr == PROMPT_CANCEL || strcmp(note, old) == 0) {
		if (pr != PROMPT_INTERRUPTED)
			app_message(a, false, "note unchanged");
		free(note);
		return;
	}
	review_set_note(d->review, it, note);
	if (app_save(a, d) && pr == PROMPT_OK)
		app_message(a, false, "note saved for %s \xc2\xb6%d", sp, it->paragraph);
	free(note);
}

void note_act(struct app *a, struct doc *d)
{
	if (!d->review) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return;
	}
	struct track_row *r = tracker_current(a, d);
	if (a->focus == FOCUS_TREE) {
		/* the note of the paragraph's tasking, as the tracker's keys */
		const struct paragraph *p = tree_current_para(d);
		if (!r || !p || r->paragraph != p->number) {
			char k[64] = "";
			keymap_keys_for(a->km, ACT_SWITCH_PANE, k, sizeof k);
			app_message(a, false, "no tasking here; %s goes to the tracker",
			            k[0] ? k : "Tab");
			return;
		}
	}
	if (!r || !r->item) {
		app_message(a, false, "no tasking selected");
		return;
	}
	note_edit(a, d, r->item);
}

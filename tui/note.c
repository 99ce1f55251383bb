/* note.c - the note key: a tasking's note typed on the status line, and
 * the draft kept when the terminal closes while it is typed.
 *
 * A note takes up to NOTE_MAX bytes (64 KiB: the prompt refuses more with
 * a message, it never cuts); pasted lines stay lines.  Enter saves it; Esc,
 * C-g or C-c leaves the old note as it was.  When the terminal closes
 * (SIGHUP) or the program is told to stop (SIGTERM) while a note is being
 * typed, the note is left as it was and what was typed goes to a draft in
 * <review file>.drafts beside the review file (atomic, mode 0600); the next
 * time that note is opened the prompt offers the draft: Enter makes it the
 * note, Esc throws it away.  The drafts file is meant to be read by a
 * person too:
 *
 *   # cabletrack: notes typed when the terminal closed (not saved) ...
 *   paragraph: 5
 *   party: AMEMBASSY VALLETTA
 *   | the first line of the draft
 *   | the second
 */
#include "note.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/readfile.h"
#include "base/xalloc.h"
#include "input.h"
#include "tracker_view.h"
#include "tree_view.h"

#define DRAFTS_MAX ((size_t)16 << 20)

struct draft {
	int paragraph;
	char *party;
	struct buf text;
	size_t nlines;
};

struct drafts {
	struct draft *v;
	size_t n;
};

/* ---- the drafts file ------------------------------------------------------- */

static struct draft *drafts_add(struct drafts *ds, int paragraph, const char *party)
{
	struct draft *v = realloc(ds->v, (ds->n + 1) * sizeof *v);
	if (!v)
		abort();
	ds->v = v;
	struct draft *dr = &v[ds->n++];
	memset(dr, 0, sizeof *dr);
	dr->paragraph = paragraph;
	dr->party = party ? xstrdup(party) : NULL;
	buf_init(&dr->text);
	return dr;
}

static void drafts_free(struct drafts *ds)
{
	for (size_t i = 0; i < ds->n; i++) {
		free(ds->v[i].party);
		buf_free(&ds->v[i].text);
	}
	free(ds->v);
	ds->v = NULL;
	ds->n = 0;
}

static void drafts_parse(struct drafts *ds, const char *s)
{
	struct draft *cur = NULL;
	while (*s) {
		size_t n = strcspn(s, "\n");
		if (strncmp(s, "paragraph: ", 11) == 0) {
			cur = drafts_add(ds, atoi(s + 11), NULL);
		} else if (cur && strncmp(s, "party: ", 7) == 0) {
			free(cur->party);
			cur->party = xprintf("%.*s", (int)(n - 7), s + 7);
		} else if (cur && s[0] == '|') {
			size_t skip = n > 1 && s[1] == ' ' ? 2 : 1;
			if (cur->nlines++)
				buf_putc(&cur->text, '\n');
			buf_add(&cur->text, s + skip, n - skip);
		}
		s += n;
		if (*s)
			s++;
	}
}

static void drafts_emit(const struct drafts *ds, struct buf *out)
{
	buf_puts(out, "# cabletrack: notes that were being typed when the terminal "
	         "closed (SIGHUP)\n# or the program was stopped (SIGTERM).  They "
	         "were NOT saved as notes:\n# opening the note of that tasking "
	         "offers its draft (Enter saves it).\n");
	for (size_t i = 0; i < ds->n; i++) {
		const struct draft *dr = &ds->v[i];
		if (!dr->party)
			continue;
		buf_printf(out, "\nparagraph: %d\nparty: %s\n", dr->paragraph, dr->party);
		const char *s = buf_str(&dr->text);
		do {
			size_t n = strcspn(s, "\n");
			buf_printf(out, "| %.*s\n", (int)n, s);
			s += n;
		} while (*s++);
	}
}

static char *drafts_path(const struct doc *d)
{
	return xprintf("%s.drafts", d->review->path);
}

/* The drafts of d's review; false (errno set) when the file is there but
 * cannot be read. */
static bool drafts_load(const struct doc *d, struct drafts *ds)
{
	memset(ds, 0, sizeof *ds);
	char *path = drafts_path(d);
	struct readfile rf;
	enum readfile_status st = readfile(path, READFILE_REGULAR, DRAFTS_MAX, &rf);
	free(path);
	if (st == READFILE_ERRNO && errno == ENOENT)
		return true;
	if (st != READFILE_OK)
		return false;
	drafts_parse(ds, rf.data);
	free(rf.data);
	return true;
}

static struct draft *drafts_find(struct drafts *ds, const struct review_item *it)
{
	for (size_t i = 0; i < ds->n; i++)
		if (ds->v[i].paragraph == it->paragraph && ds->v[i].party &&
		    strcmp(ds->v[i].party, it->party) == 0)
			return &ds->v[i];
	return NULL;
}

/* The draft of it's note (malloc'd), or NULL. */
static char *draft_get(const struct doc *d, const struct review_item *it)
{
	struct drafts ds;
	drafts_load(d, &ds);
	struct draft *dr = drafts_find(&ds, it);
	char *text = dr ? xstrdup(buf_str(&dr->text)) : NULL;
	drafts_free(&ds);
	return text;
}

/* Sets (text) or removes (NULL) the draft of it's note; the file goes when
 * no draft is left.  0, or -1 with errno set. */
static int draft_put(const struct doc *d, const struct review_item *it,
                     const char *text)
{
	struct drafts ds;
	if (!drafts_load(d, &ds))
		return -1;             /* never replace a file we could not read */
	struct draft *dr = drafts_find(&ds, it);
	if (dr && !text) {
		free(dr->party);
		buf_free(&dr->text);
		*dr = ds.v[--ds.n];
	} else if (text) {
		if (!dr)
			dr = drafts_add(&ds, it->paragraph, it->party);
		buf_reset(&dr->text);
		buf_puts(&dr->text, text);
	}
	char *path = drafts_path(d);
	struct buf out;
	buf_init(&out);
	drafts_emit(&ds, &out);
	int rc = 0;
	if (ds.n == 0)
		rc = unlink(path) == 0 || errno == ENOENT ? 0 : -1;
	else
		rc = atomic_replace(path, buf_str(&out), out.len, NULL, NULL, NULL);
	buf_free(&out);
	free(path);
	drafts_free(&ds);
	return rc;
}

/* ---- the note key -------------------------------------------------------- */

/* What the prompt's answer does: the note saved, left, or a draft kept. */
static void note_apply(struct app *a, struct doc *d, struct review_item *it,
                       int pr, const char *note, bool had_draft)
{
	const char *old = it->note ? it->note : "";
	char sp[64];
	app_short_party(it->party, sp, sizeof sp);
	if (pr == PROMPT_INTERRUPTED) {
		if (strcmp(note, old) != 0 && draft_put(d, it, note) != 0)
			fprintf(stderr, "cabletrack: the note draft for %s \xc2\xb6%d "
			        "could not be saved: %s\n%s\n", sp, it->paragraph,
			        strerror(errno), note);
		return;
	}
	if (pr == PROMPT_CANCEL || strcmp(note, old) == 0) {
		if (had_draft)
			draft_put(d, it, NULL);
		app_message(a, false, "note unchanged%s", had_draft && pr ==
		            PROMPT_CANCEL ? "; the draft is thrown away" : "");
		return;
	}
	review_set_note(d->review, it, note);
	if (!app_save(a, d))
		return;
	if (had_draft)
		draft_put(d, it, NULL);
	app_message(a, false, "note saved for %s \xc2\xb6%d", sp, it->paragraph);
}

static void note_edit(struct app *a, struct doc *d, struct review_item *it)
{
	char sp[64], label[160];
	app_short_party(it->party, sp, sizeof sp);
	snprintf(label, sizeof label, "note for %s \xc2\xb6%d (Enter saves, Esc "
	         "cancels): ", sp, it->paragraph);
	char *draft = draft_get(d, it);
	if (draft)
		app_message(a, false, "the draft typed when the terminal closed: "
		            "Enter makes it the note, Esc keeps the old note");
	char *note = NULL;
	int pr = prompt_read_text(a, label, draft ? draft : it->note, NOTE_MAX, &note);
	note_apply(a, d, it, pr, note, draft != NULL);
	free(note);
	free(draft);
}

struct review_item *note_item(struct app *a, struct doc *d)
{
	if (!d->review) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return NULL;
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
			return NULL;
		}
	}
	if (!r || !r->item) {
		app_message(a, false, "no tasking selected");
		return NULL;
	}
	return r->item;
}

void note_act(struct app *a, struct doc *d)
{
	struct review_item *it = note_item(a, d);
	if (it)
		note_edit(a, d, it);
}

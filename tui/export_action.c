/* export_action.c - the e key: the open cable's checklist to a file.
 *
 * A format picker (the formats of core/export/export_formats.c), then a
 * file name (default ID-POST.EXT in the current directory, EXT from the
 * same table); the checklist is the one `cabletrack export` writes, for the
 * --post of the session.  It is written as `export -o` writes: through
 * base/atomic.h, so atomically (a temp file renamed over it, synced), never
 * through a symbolic link (refused, the link and its target untouched) and
 * never over a directory; an existing file is replaced only when the
 * reviewer says so, and keeps its mode.  A new file is made mode 0600, as
 * the review files are: the checklist carries the reviewer's notes.  When
 * the cable has no review (it failed to load, or cannot be kept) the
 * export would show every tasking open and no note: that is said first and
 * the reviewer chooses.  The inbox and the agenda export several cables
 * into one file (app_export_docs). */
#include "app.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "export/export.h"
#include "local_midnight.h"

/* Writes out to file, asking before it replaces one, and says how it
 * went on the status line.  The file is replaced atomically, as `export
 * -o` does it (base/atomic.h): never truncated in place, never written
 * through a symbolic link; a new file is mode 0600. */
static void app_export_write(struct app *a, const char *file, const struct buf *out,
                             size_t nitems)
{
	struct stat st;
	struct atomic_opts o = atomic_user_file;
	int found = lstat(file, &st) == 0 ? 0 : errno;
	if (found == 0 && !S_ISLNK(st.st_mode) && !S_ISDIR(st.st_mode)) {
		static const char *const yn[] = { "yes overwrite", "no" };
		char label[1100];
		snprintf(label, sizeof label, "%s exists: overwrite?", file);
		if (prompt_choice(a, label, yn, 2) != 0)
			return;
	} else if (found == ENOENT) {
		o.mode = 0600;              /* new: private, as the reviews are */
	}
	const char *why;
	if (atomic_replace(file, buf_str(out), out->len, &o, NULL, &why) != 0) {
		int e = errno;
		if (e == ELOOP && why)      /* the symlink refusal */
			app_message(a, true, "export: %s: %s", file, why);
		else
			app_message(a, true, "export: %s: %s%s%s", file, why ? why : "",
			            why ? ": " : "", strerror(e));
		return;
	}
	app_message(a, false, "exported %zu item%s to %s", nitems,
	            nitems == 1 ? "" : "s", file);
}

/* No review to export: says why and what the file would lack; true when
 * the reviewer wants it anyway (or there is a review). */
static bool app_export_unreviewed_ok(struct app *a, const struct doc *d)
{
	if (d->review)
		return true;
	static const char *const yn[] = { "yes export", "no" };
	app_message(a, true, "no review: %s", doc_why(d->review_error));
	if (prompt_choice(a, "export anyway (every tasking open, no notes)", yn,
	                  2) == 0)
		return true;
	app_message(a, false, "export cancelled: no review loaded");
	return false;
}

void app_export(struct app *a, struct doc *d)
{
	app_export_docs(a, &d, 1);
}

void app_export_docs(struct app *a, struct doc *const *docs, size_t ndocs)
{
	if (ndocs == 0)
		return;
	for (size_t i = 0; i < ndocs; i++)
		if (!app_export_unreviewed_ok(a, docs[i]))
			return;
	/* The choices are the rows of the table of formats. */
	size_t n;
	const struct export_format_info *fmts = export_formats(&n);
	const char *names[EXPORT_NFORMATS];
	if (n > EXPORT_NFORMATS)
		n = EXPORT_NFORMATS;
	for (size_t i = 0; i < n; i++)
		names[i] = fmts[i].name;
	/* The picker's key is a name's first letter (the unit tests check
	 * that no two formats share one). */
	int c = prompt_choice(a, "export format", names, n);
	if (c < 0)
		return;
	const struct export_format_info *f = &fmts[c];
	char shortp[64] = "all";
	if (a->post && *a->post)
		app_short_party(a->post, shortp, sizeof shortp);
	for (char *p = shortp; *p; p++)
		if (*p == ' ' || *p == '/')
			*p = '_';
	char def[512], file[1024];
	if (ndocs == 1)
		snprintf(def, sizeof def, "%s-%s.%s", docs[0]->cable->id ?
		         docs[0]->cable->id : "cable", shortp, f->ext);
	else
		snprintf(def, sizeof def, "cables-%zu-%s.%s", ndocs, shortp, f->ext);
	int pr = prompt_read(a, "export to file: ", def, file, sizeof file);
	if (pr != PROMPT_OK || !file[0])
		return;

	struct export_list l;
	const struct cable **cables = calloc(ndocs, sizeof *cables);
	const struct review **reviews = calloc(ndocs, sizeof *reviews);
	if (!cables || !reviews)
		abort();
	for (size_t i = 0; i < ndocs; i++) {
		cables[i] = docs[i]->cable;
		reviews[i] = docs[i]->review;
	}
	struct export_options opt = { .post = a->post, .open_only = false,
	                              .now = time(NULL), .midnight = local_midnight };
	export_build(&l, cables, reviews, ndocs, &opt);
	free(cables);
	free(reviews);
	struct buf out;
	buf_init(&out);
	f->write(&l, &out);
	size_t nitems = l.n;
	export_list_free(&l);
	if (out.failed) {
		buf_free(&out);
		app_message(a, true, "export: out of memory");
		return;
	}
	app_export_write(a, file, &out, nitems);
	buf_free(&out);
}

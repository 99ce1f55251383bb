/* export_action.c - the e key: the open cable's checklist to a file.
 *
 * A format picker (the formats of core/export/export_formats.c), then a
 * file name (default ID-POST.EXT in the current directory, EXT from the
 * same table); the checklist is the one `cabletrack export` writes, for the
 * --post of the session.  An existing file is replaced only when the
 * reviewer says so. */
#include "app.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "export/export.h"

/* Writes out to file, asking before it replaces one, and says how it
 * went on the status line. */
static void app_export_write(struct app *a, const char *file, const struct buf *out,
                             size_t nitems)
{
	int fd = open(file, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0 && errno == EEXIST) {
		static const char *const yn[] = { "yes overwrite", "no" };
		char label[1100];
		snprintf(label, sizeof label, "%s exists: overwrite?", file);
		if (prompt_choice(a, label, yn, 2) != 0)
			return;
		fd = open(file, O_WRONLY | O_TRUNC, 0644);
	}
	if (fd < 0) {
		app_message(a, true, "export: %s: %s", file, strerror(errno));
		return;
	}
	size_t off = 0;
	bool ok = true;
	while (off < out->len) {
		ssize_t w = write(fd, out->data + off, out->len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			ok = false;
			break;
		}
		off += (size_t)w;
	}
	if (close(fd) != 0)
		ok = false;
	if (ok)
		app_message(a, false, "exported %zu item%s to %s", nitems,
		            nitems == 1 ? "" : "s", file);
	else
		app_message(a, true, "export: %s: %s", file, strerror(errno));
}

void app_export(struct app *a, struct doc *d)
{
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
	snprintf(def, sizeof def, "%s-%s.%s", d->cable->id ? d->cable->id : "cable",
	         shortp, f->ext);
	int pr = prompt_read(a, "export to file: ", def, file, sizeof file);
	if (pr != PROMPT_OK || !file[0])
		return;

	struct export_list l;
	const struct cable *cables[1] = { d->cable };
	const struct review *reviews[1] = { d->review };
	struct export_options opt = { .post = a->post, .open_only = false,
	                              .now = time(NULL) };
	export_build(&l, cables, reviews, 1, &opt);
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

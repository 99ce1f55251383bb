/* inbox_row.c - a row of the inbox from a cable file.
 *
 * In: a path, and the worker (arena, scratch buffer) of the thread doing
 * it.  Out: the row filled: id, date, precedence, subject and the TASKS
 * summary (escaped as in the cache file), keyed by the size and mtime of
 * the bytes read; or the reason the file is not a cable, with unreadable
 * set when it could not be read (such rows are not cached).  The cable is
 * parsed, summarised and freed.
 */
#include "inbox/inbox.h"
#include "inbox/inbox_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/readfile.h"
#include "review/effective.h"

/* Reads path whole (base/readfile.h: a regular file, the cable limit)
 * and stats it.  The bytes (malloc'd) and *len, or NULL with r->error set
 * and r->unreadable; a file too large to be a cable keeps its key, so
 * that its row is cached, unless it only grew past the limit while read. */
static char *inbox_read_file(struct inbox_worker *w, struct inbox_row *r,
                             const char *path, struct stat *st, size_t *len)
{
	struct readfile f;
	enum readfile_status s = readfile(path, READFILE_REGULAR, 0, &f);
	*st = f.st;
	*len = f.len;
	if (s == READFILE_OK)
		return f.data;
	if (s == READFILE_TOO_BIG) {
		r->error = arena_strdup(&w->arena, "too large to be a cable (over 256 MiB)");
		r->size = st->st_size;
		r->mtime_ns = inbox_mtime_ns(st);
		r->ino = (unsigned long long)st->st_ino;
		r->unreadable = (unsigned long long)st->st_size <= READFILE_MAX;
		return NULL;
	}
	r->error = arena_strdup(&w->arena, readfile_why(s));
	r->unreadable = true;
	return NULL;
}

/* The checklist line of t (its quote when it has none), escaped, cut at
 * INBOX_SUMMARY_MAX bytes on a character's start. */
static void inbox_put_summary(struct buf *b, const struct tasking *t)
{
	const char *s = !t ? NULL : t->summary ? t->summary : t->quote;
	if (!s)
		return;
	size_t len = strlen(s);
	if (len > INBOX_SUMMARY_MAX) {
		len = INBOX_SUMMARY_MAX;
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
	}
	char cut[INBOX_SUMMARY_MAX + 1];
	memcpy(cut, s, len);
	cut[len] = 0;
	inbox_put(b, cut, true);
}

/* r->tasks: "PARA,DEADLINE,PARTY,SUMMARY" per effective row of the cable with no
 * review (review/effective.h: one per (paragraph, party), the deadline in
 * force or empty, the tasking's checklist line), joined by ';'. */
static void inbox_row_tasks(struct inbox_worker *w, struct inbox_row *r,
                            const struct cable *c)
{
	struct buf *tmp = &w->tmp;
	buf_reset(tmp);
	struct effective e;
	effective_build(&e, c, NULL);
	for (size_t i = 0; i < e.n; i++) {
		const struct effective_row *row = &e.rows[i];
		buf_printf(tmp, "%s%d,", i ? ";" : "", row->paragraph);
		inbox_put(tmp, row->due.date, true);
		buf_putc(tmp, ',');
		inbox_put(tmp, row->party, true);
		buf_putc(tmp, ',');
		inbox_put_summary(tmp, row->tasking);
	}
	r->ntasks = (unsigned)e.n;
	effective_free(&e);
	r->tasks = arena_strndup(&w->arena, buf_str(tmp), tmp->len);
}

void inbox_index_file(struct inbox_worker *w, struct inbox_row *r, const char *path)
{
	struct ct_error e = { "" };
	struct stat st;
	size_t n;
	char *bytes = inbox_read_file(w, r, path, &st, &n);
	if (!bytes)
		return;
	/* the key is what was read; a file that changed meanwhile is not cached */
	r->size = st.st_size;
	r->mtime_ns = inbox_mtime_ns(&st);
	r->ino = (unsigned long long)st.st_ino;
	if ((long long)n != st.st_size)
		r->unreadable = true;
	w->nparsed++;
	struct cable *c = cable_parse(bytes, n, path, &e);
	free(bytes);
	if (!c) {
		r->error = arena_strdup(&w->arena, e.msg[0] ? e.msg : "not a cable");
		return;
	}
	r->id = c->id ? arena_strdup(&w->arena, c->id) : NULL;
	r->serial = !c->id && c->serial ? arena_strdup(&w->arena, c->serial) : NULL;
	if (c->dtg.valid)
		r->date = arena_printf(&w->arena, "%04d-%02d-%02d", c->dtg.year,
		                       c->dtg.month, c->dtg.day);
	r->precedence = c->precedence ? arena_strdup(&w->arena, c->precedence) : NULL;
	r->subject = c->subject ? arena_strdup(&w->arena, c->subject) : NULL;
	inbox_row_tasks(w, r, c);
	cable_free(c);
}

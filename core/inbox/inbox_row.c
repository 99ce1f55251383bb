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
#include "review/effective.h"

#define INBOX_MAX_FILE (256LL * 1024 * 1024)     /* as cable_parse_file */

/* Opens path and stats it; -1 with r->error set (and r->unreadable, or
 * the key of a file too large to be a cable) when it is not to be read. */
static int inbox_open_file(struct inbox_worker *w, struct inbox_row *r,
                           const char *path, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, st) != 0) {
		r->error = arena_strdup(&w->arena, strerror(errno));
		r->unreadable = true;
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		r->error = arena_strdup(&w->arena, S_ISDIR(st->st_mode) ? "is a directory" :
		                        "not a regular file");
		r->unreadable = true;
		close(fd);
		return -1;
	}
	if (st->st_size > INBOX_MAX_FILE) {
		r->error = arena_strdup(&w->arena, "too large to be a cable (over 256 MiB)");
		r->size = st->st_size;
		r->mtime_ns = inbox_mtime_ns(st);
		close(fd);
		return -1;
	}
	return fd;
}

/* Reads fd to its end (it may have grown since fstat: then it is read
 * whole, up to INBOX_MAX_FILE) and closes it.  The bytes (malloc'd) and
 * *len, or NULL with r->error set and r->unreadable. */
static char *inbox_read_fd(struct inbox_worker *w, struct inbox_row *r, int fd,
                           const struct stat *st, size_t *len)
{
	size_t cap = (size_t)st->st_size + 1, n = 0;
	char *bytes = malloc(cap);
	if (!bytes) {
		r->error = arena_strdup(&w->arena, "out of memory");
		r->unreadable = true;
		close(fd);
		return NULL;
	}
	for (;;) {
		if (n == cap) {   /* it grew since fstat: read it all, cache nothing */
			char *nb = cap < (size_t)INBOX_MAX_FILE ? realloc(bytes, cap * 2) : NULL;
			if (!nb)
				break;
			bytes = nb;
			cap *= 2;
		}
		ssize_t k = read(fd, bytes + n, cap - n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			r->error = arena_strdup(&w->arena, strerror(errno));
			r->unreadable = true;
			free(bytes);
			close(fd);
			return NULL;
		}
		if (k == 0)
			break;
		n += (size_t)k;
	}
	close(fd);
	*len = n;
	return bytes;
}

/* r->tasks: "PARA,DEADLINE,PARTY" per effective row of the cable with no
 * review (review/effective.h: one per (paragraph, party), the deadline in
 * force or empty), joined by ';'. */
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
	}
	r->ntasks = (unsigned)e.n;
	effective_free(&e);
	r->tasks = arena_strndup(&w->arena, buf_str(tmp), tmp->len);
}

void inbox_index_file(struct inbox_worker *w, struct inbox_row *r, const char *path)
{
	struct ct_error e = { "" };
	struct stat st;
	int fd = inbox_open_file(w, r, path, &st);
	if (fd < 0)
		return;
	size_t n;
	char *bytes = inbox_read_fd(w, r, fd, &st, &n);
	if (!bytes)
		return;
	/* the key is what was read; a file that changed meanwhile is not cached */
	r->size = st.st_size;
	r->mtime_ns = inbox_mtime_ns(&st);
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
	if (c->dtg.valid)
		r->date = arena_printf(&w->arena, "%04d-%02d-%02d", c->dtg.year,
		                       c->dtg.month, c->dtg.day);
	r->precedence = c->precedence ? arena_strdup(&w->arena, c->precedence) : NULL;
	r->subject = c->subject ? arena_strdup(&w->arena, c->subject) : NULL;
	inbox_row_tasks(w, r, c);
	cable_free(c);
}

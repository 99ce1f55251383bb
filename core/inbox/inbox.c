/* inbox.c - the inbox index (see inbox.h): the taskings summary of a row,
 * and the helpers the other files of the module share.
 *
 * In: a row's TASKS field, escaped as in the cache file (inbox_cache.c
 * describes it), and a post.  Out: each (paragraph, party, deadline) entry
 * decoded, the count of a post's open taskings and its nearest deadline;
 * inbox_free.  The rest of the module: inbox_row.c makes a row from a
 * cable file, inbox_cache.c reads and writes the cache file, inbox_build.c
 * builds the index (threads, hard links, the cache).  What they share is
 * in inbox_internal.h.
 */
#include "inbox/inbox.h"
#include "inbox/inbox_internal.h"

#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "review/effective.h"
#include "tasking/tasking.h"

/* ---- small helpers ---------------------------------------------------- */

uint64_t inbox_fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

void inbox_put(struct buf *b, const char *s, bool task)
{
	static const char hex[] = "0123456789abcdef";
	if (!s)
		return;
	const char *run = s;
	for (const char *p = s; *p; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch >= 0x20 && ch != 0x7f && ch != '\\' && !(task && (ch == ',' || ch == ';')))
			continue;
		buf_add(b, run, (size_t)(p - run));
		char e[4] = { '\\', 'x', hex[ch >> 4], hex[ch & 15] };
		buf_add(b, e, 4);
		run = p + 1;
	}
	buf_puts(b, run);
}

static int inbox_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

long inbox_unescape(const char *s, size_t len, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\\') {
			out[o++] = s[i];
			continue;
		}
		int h1, h2;
		if (i + 3 >= len || s[i + 1] != 'x' ||
		    (h1 = inbox_hexval(s[i + 2])) < 0 || (h2 = inbox_hexval(s[i + 3])) < 0)
			return -1;
		out[o++] = (char)(h1 * 16 + h2);
		i += 3;
	}
	return (long)o;
}

long long inbox_mtime_ns(const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

int inbox_stat(struct inbox_dir *d, const char *path, struct stat *st)
{
	const char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return stat(path, st);
	size_t len = (size_t)(slash - path);
	if (d->fd < 0 || d->len != len || memcmp(d->path, path, len) != 0) {
		if (d->fd >= 0)
			close(d->fd);
		char dirpath[PATH_MAX];
		if (len >= sizeof dirpath)
			return stat(path, st);
		memcpy(dirpath, path, len);
		dirpath[len] = 0;
		d->fd = open(dirpath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		d->path = path;
		d->len = len;
		if (d->fd < 0)
			return stat(path, st);
	}
	return fstatat(d->fd, slash + 1, st, 0);
}

void inbox_dir_close(struct inbox_dir *d)
{
	if (d->fd >= 0)
		close(d->fd);
	d->fd = -1;
}

/* ---- the taskings summary ------------------------------------------------ */

/* One field of an entry (ending at ',' or, when last, ';' or the end)
 * unescaped into out[size]; the text after it, or NULL when bad. */
static const char *inbox_entry_field(const char *p, bool last, char *out, size_t size)
{
	size_t len = strcspn(p, last ? ";" : ",;");
	if ((!last && p[len] != ',') || len >= size)
		return NULL;
	long n = inbox_unescape(p, len, out);
	if (n < 0)
		return NULL;
	out[n] = 0;
	p += len;
	return last && *p == ';' ? p + 1 : last ? p : p + 1;
}

void inbox_row_each(const struct inbox_row *r,
                    bool (*fn)(void *ctx, const struct inbox_task *t), void *ctx)
{
	const char *p = r->tasks;
	if (!p)
		return;
	while (*p) {
		char *end;
		long para = strtol(p, &end, 10);
		if (end == p || *end != ',' || para < 0 || para > INT_MAX)
			return;
		char due[64], party[512], sum[INBOX_SUMMARY_MAX * 4 + 1];
		if (!(p = inbox_entry_field(end + 1, false, due, sizeof due)) ||
		    !(p = inbox_entry_field(p, false, party, sizeof party)) ||
		    !(p = inbox_entry_field(p, true, sum, sizeof sum)))
			return;
		struct inbox_task t = { (int)para, party, due[0] ? due : NULL, sum };
		if (!fn(ctx, &t))
			return;
	}
}

struct inbox_count {
	const char *post;
	size_t n;
	long nearest;
};

static bool inbox_count_one(void *ctx, const struct inbox_task *t)
{
	struct inbox_count *c = ctx;
	if (c->post && *c->post && !party_matches(c->post, t->party))
		return true;
	/* a row of the index has no review item: open, the finder's deadline
	 * in force when it is a date (review/effective.h) */
	c->n++;
	long due = effective_due(t->deadline, NULL).days;
	if (due < c->nearest)
		c->nearest = due;
	return true;
}

size_t inbox_row_open(const struct inbox_row *r, const char *post, long *nearest)
{
	struct inbox_count c = { post, 0, LONG_MAX };
	inbox_row_each(r, inbox_count_one, &c);
	if (nearest)
		*nearest = c.nearest;
	return c.n;
}

void inbox_free(struct inbox *ix)
{
	if (!ix)
		return;
	free(ix->rows);
	free(ix->cachebuf);
	arena_free(&ix->arena);
	memset(ix, 0, sizeof *ix);
}

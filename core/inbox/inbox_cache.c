/* inbox_cache.c - the inbox's cache file: where it is, reading it,
 * writing it.
 *
 * In: the rows of an index (to write), or the cache file's bytes (to
 * read).  Out: the file, written atomically; or the rows it holds, by
 * path, pointing into its buffer; a file that does not verify in full is
 * rejected, never trusted in part.  One line per row, fields separated by
 * TAB:
 *
 *   cabletrack-inbox 2
 *   C PATH SIZE MTIME_NS ID DATE PRECEDENCE SUBJECT NTASKS TASKS   a cable
 *   E PATH SIZE MTIME_NS ERROR                                    not a cable
 *   end NROWS HASH
 *
 * An empty field is an absent value.  In a field, backslash, control bytes
 * (TAB and newline among them), DEL, and in TASKS also ',' and ';' are
 * written \xHH.  TASKS is "PARA,DEADLINE,PARTY" entries joined by ';', one
 * per effective row of the cable (review/effective.h: one per paragraph
 * and party, DEADLINE the finder's when it is a date); it stays escaped in
 * memory and is decoded when counted (inbox_row_each).
 * HASH is the FNV-1a 64 of every byte before the end line, in hex.
 *
 * Loading reads the file in one buffer and cuts it in place; cached rows
 * point into that buffer, so a warm open allocates little more than the
 * file and the row array.
 */
#include "inbox/inbox.h"
#include "inbox/inbox_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/readfile.h"
#include "base/xdg.h"

/* 2: TASKS holds the effective rows (one per paragraph and party) */
#define INBOX_MAGIC "cabletrack-inbox 2\n"

/* ---- reading ------------------------------------------------------------------- */

static bool inbox_parse_ll(const char *s, long long *out)
{
	if (!*s)
		return false;
	long long v = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || v > (LLONG_MAX - 9) / 10)
			return false;
		v = v * 10 + (*s - '0');
	}
	*out = v;
	return true;
}

static uint64_t inbox_path_hash(const char *p)
{
	return inbox_fnv(INBOX_FNV_INIT, p, strlen(p));
}

struct inbox_row *inbox_cache_find(const struct inbox_cache *c, const char *path)
{
	if (!c->nslots)
		return NULL;
	size_t mask = c->nslots - 1;
	for (size_t i = (size_t)inbox_path_hash(path) & mask;; i = (i + 1) & mask) {
		size_t v = c->slots[i];
		if (!v)
			return NULL;
		if (strcmp(c->rows[v - 1].path, path) == 0)
			return &c->rows[v - 1];
	}
}

void inbox_cache_free(struct inbox_cache *c)
{
	free(c->rows);
	free(c->slots);
	memset(c, 0, sizeof *c);
}

/* Splits line (NUL-terminated, no newline) at TABs in place. */
static size_t inbox_split(char *line, char **f, size_t max)
{
	size_t n = 0;
	f[n++] = line;
	for (char *p = line; *p; p++)
		if (*p == '\t') {
			*p = 0;
			if (n == max)
				return max + 1;
			f[n++] = p + 1;
		}
	return n;
}

/* Unescapes field f in place; NULL for an empty field; false when bad. */
static bool inbox_field(char *f, const char **out)
{
	size_t len = strlen(f);
	if (len == 0) {
		*out = NULL;
		return true;
	}
	long n = inbox_unescape(f, len, f);
	if (n < 0)
		return false;
	f[n] = 0;
	*out = f;
	return true;
}

/* Checks the first line (INBOX_MAGIC) and the last, the end line: its
 * hash of every byte before it and its row count, which must fit the
 * bytes.  *end: where the end line starts; *nrows: its count. */
static bool inbox_cache_verify(const char *buf, size_t len, size_t *end,
                               long long *nrows)
{
	size_t ml = strlen(INBOX_MAGIC);
	if (len < ml || memcmp(buf, INBOX_MAGIC, ml) != 0 || buf[len - 1] != '\n')
		return false;
	/* the end line: the last line of the file */
	size_t e = len - 1;
	while (e > 0 && buf[e - 1] != '\n')
		e--;
	if (e < ml || len - e > 64)
		return false;
	char endl[72];
	memcpy(endl, buf + e, len - e);
	endl[len - e - 1] = 0;
	char *ef[4];
	unsigned long long want;
	char *hend;
	if (inbox_split(endl, ef, 3) != 3 || strcmp(ef[0], "end") != 0 ||
	    !inbox_parse_ll(ef[1], nrows) || strlen(ef[2]) != 16)
		return false;
	errno = 0;
	want = strtoull(ef[2], &hend, 16);
	if (*hend || errno || inbox_fnv(INBOX_FNV_INIT, buf, e) != want)
		return false;
	if ((unsigned long long)*nrows > (e - ml) / 8 + 1)
		return false;
	*end = e;
	return true;
}

/* The fields of a C line after the key (f[4..9], cut in place) into r. */
static bool inbox_cache_cable(char **f, struct inbox_row *r)
{
	long long nt;
	if (!inbox_field(f[4], &r->id) || !inbox_field(f[5], &r->date) ||
	    !inbox_field(f[6], &r->precedence) || !inbox_field(f[7], &r->subject) ||
	    !inbox_parse_ll(f[8], &nt) || nt > UINT_MAX)
		return false;
	/* TASKS stays escaped; its entries must number NTASKS */
	size_t semis = 0;
	for (const char *q = f[9]; *q; q++) {
		semis += *q == ';';
		if ((unsigned char)*q < 0x20)
			return false;
	}
	if ((nt == 0) != (f[9][0] == 0) || (nt && semis + 1 != (size_t)nt))
		return false;
	r->ntasks = (unsigned)nt;
	r->tasks = f[9];
	return true;
}

/* One row line (NUL-terminated, no newline, cut in place) into r. */
static bool inbox_cache_row(char *line, struct inbox_row *r)
{
	char *f[11];
	size_t nf = inbox_split(line, f, 10);
	const char *path;
	if (nf < 5 || strlen(f[0]) != 1 || !inbox_field(f[1], &path) || !path ||
	    !inbox_parse_ll(f[2], &r->size) || !inbox_parse_ll(f[3], &r->mtime_ns))
		return false;
	r->path = path;
	if (f[0][0] == 'E') {
		if (nf != 5 || !inbox_field(f[4], &r->error) || !r->error)
			return false;
	} else if (f[0][0] == 'C') {
		if (nf != 10 || !inbox_cache_cable(f, r))
			return false;
	} else {
		return false;
	}
	r->cached = true;
	return true;
}

/* Enters c->rows[c->n], just read, in the table by path; false when the
 * path is there already. */
static bool inbox_cache_add(struct inbox_cache *c)
{
	const struct inbox_row *r = &c->rows[c->n];
	size_t mask = c->nslots - 1;
	size_t i = (size_t)inbox_path_hash(r->path) & mask;
	while (c->slots[i]) {
		if (strcmp(c->rows[c->slots[i] - 1].path, r->path) == 0)
			return false;           /* a path twice */
		i = (i + 1) & mask;
	}
	c->slots[i] = ++c->n;
	return true;
}

/* Parses buf[0..len) (owned by the caller, cut in place) into c.  Returns
 * false when anything does not verify. */
static bool inbox_cache_parse(char *buf, size_t len, struct inbox_cache *c)
{
	size_t e;
	long long nrows;
	if (!inbox_cache_verify(buf, len, &e, &nrows))
		return false;

	c->n = 0;
	c->rows = calloc((size_t)nrows ? (size_t)nrows : 1, sizeof *c->rows);
	size_t ns = 16;
	while (ns < (size_t)nrows * 2)
		ns *= 2;
	c->slots = calloc(ns, sizeof *c->slots);
	c->nslots = ns;
	if (!c->rows || !c->slots)
		return false;
	char *p = buf + strlen(INBOX_MAGIC), *stop = buf + e;
	while (p < stop) {
		char *nl = memchr(p, '\n', (size_t)(stop - p));
		if (!nl || c->n == (size_t)nrows)
			return false;
		*nl = 0;
		char *line = p;
		p = nl + 1;
		if (!inbox_cache_row(line, &c->rows[c->n]) || !inbox_cache_add(c))
			return false;
	}
	return c->n == (size_t)nrows;
}

bool inbox_cache_load(struct inbox *ix, const char *path, struct inbox_cache *c)
{
	/* O_NONBLOCK: a FIFO under the name is refused, not waited on */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return false;
	ix->cache_rejected = true;
	struct readfile f;
	enum readfile_status s = readfile_fd(fd, READFILE_REGULAR, 0, &f);
	close(fd);
	if (s != READFILE_OK || f.len == 0 || !inbox_cache_parse(f.data, f.len, c)) {
		inbox_cache_free(c);
		free(f.data);
		return false;
	}
	ix->cachebuf = f.data;
	ix->cache_rejected = false;
	return true;
}

/* ---- writing ------------------------------------------------------------------- */

static int inbox_mkdirs(char *dir)
{
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		int rc = mkdir(dir, 0700);
		*p = '/';
		if (rc != 0 && errno != EEXIST)
			return -1;
	}
	return mkdir(dir, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

static void inbox_put_ll(struct buf *b, long long v)
{
	buf_printf(b, "%lld", v);
}

/* The file's bytes into b: the magic line, a line per row that can be
 * cached, the end line. */
static void inbox_cache_text(const struct inbox *ix, struct buf *b)
{
	buf_puts(b, INBOX_MAGIC);
	size_t nrows = 0;
	for (size_t i = 0; i < ix->n; i++) {
		const struct inbox_row *r = &ix->rows[i];
		if (r->unreadable)
			continue;
		buf_putc(b, r->error ? 'E' : 'C');
		buf_putc(b, '\t');
		inbox_put(b, r->path, false);
		buf_putc(b, '\t');
		inbox_put_ll(b, r->size);
		buf_putc(b, '\t');
		inbox_put_ll(b, r->mtime_ns);
		buf_putc(b, '\t');
		if (r->error) {
			inbox_put(b, r->error, false);
		} else {
			inbox_put(b, r->id, false);
			buf_putc(b, '\t');
			inbox_put(b, r->date, false);
			buf_putc(b, '\t');
			inbox_put(b, r->precedence, false);
			buf_putc(b, '\t');
			inbox_put(b, r->subject, false);
			buf_printf(b, "\t%u\t", r->ntasks);
			buf_puts(b, r->tasks ? r->tasks : "");   /* already escaped */
		}
		buf_putc(b, '\n');
		nrows++;
	}
	buf_printf(b, "end\t%zu\t%016llx\n", nrows,
	           (unsigned long long)inbox_fnv(INBOX_FNV_INIT, b->data, b->len));
}

/* Replaces the file at path by b: a temp file beside it, renamed over it
 * (its folder made when missing).  ix->cache_written, or ix->cache_error. */
static void inbox_cache_replace(struct inbox *ix, const char *path, const struct buf *b)
{
	size_t pl = strlen(path);
	char *dir = malloc(pl + 1);
	if (!dir) {
		snprintf(ix->cache_error, sizeof ix->cache_error, "out of memory");
		goto out;
	}
	memcpy(dir, path, pl + 1);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = 0;
		if (inbox_mkdirs(dir) != 0) {
			snprintf(ix->cache_error, sizeof ix->cache_error, "%s: %s", dir,
			         strerror(errno));
			goto out;
		}
	}
	/* No fsync: a torn or zeroed file after a crash fails the hash and is
	 * rebuilt, which is all a cache needs. */
	static const struct atomic_opts cache = { 0600, false, false, NULL };
	if (atomic_replace(path, buf_str(b), b->len, &cache, NULL, NULL) != 0) {
		snprintf(ix->cache_error, sizeof ix->cache_error, "%s: %s", path,
		         strerror(errno));
		goto out;
	}
	ix->cache_written = true;
out:
	free(dir);
}

void inbox_cache_write(struct inbox *ix, const char *path)
{
	struct buf b;
	buf_init(&b);
	inbox_cache_text(ix, &b);
	if (b.failed)
		snprintf(ix->cache_error, sizeof ix->cache_error, "out of memory");
	else
		inbox_cache_replace(ix, path, &b);
	buf_free(&b);
}

int inbox_cache_path(char *const *args, size_t nargs, char *out, size_t size,
                     struct ct_error *err)
{
	char *base = xdg_dir(XDG_CACHE);
	if (!base) {
		ct_error_set(err, "no cache folder: HOME and XDG_CACHE_HOME are unset");
		return -1;
	}
	uint64_t h = INBOX_FNV_INIT;
	for (size_t i = 0; i < nargs; i++) {
		char real[PATH_MAX];
		const char *p = realpath(args[i], real) ? real : args[i];
		h = inbox_fnv(h, p, strlen(p) + 1);
	}
	int n = snprintf(out, size, "%s/cabletrack/inbox-%016llx.tsv", base,
	                 (unsigned long long)h);
	free(base);
	if (n < 0 || (size_t)n >= size) {
		ct_error_set(err, "cache path too long");
		return -1;
	}
	return 0;
}

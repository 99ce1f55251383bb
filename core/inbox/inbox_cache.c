/* inbox_cache.c - the inbox's cache file: where it is, reading it,
 * writing it.
 *
 * In: the rows of an index (to write), or the cache file's bytes and the
 * paths asked for (to read).  Out: the file, written atomically; or the
 * asked rows it holds, pointing into its buffer.  One line per row,
 * fields separated by TAB:
 *
 *   cabletrack-inbox 5 BUILD_ID        (embedded_build_id: the parser's)
 *   C PATH SIZE MTIME_NS INODE ID SERIAL DATE PRECEDENCE SUBJECT NTASKS TASKS
 *   E PATH SIZE MTIME_NS INODE ERROR                          not a cable
 *   end NROWS HASH
 *
 * An empty field is an absent value.  In a field, backslash, control bytes
 * (TAB and newline among them), DEL, and in TASKS also ',' and ';' are
 * written \xHH.  TASKS is "PARA,DEADLINE,PARTY,SUMMARY" entries joined by
 * ';', one per effective row of the cable (review/effective.h: one per
 * paragraph and party, DEADLINE the finder's when it is a date, SUMMARY
 * the tasking's checklist line, cut at INBOX_SUMMARY_MAX bytes); it stays
 * escaped in memory and is decoded when read (inbox_row_each).
 * HASH is the FNV-1a 64 of every byte before the end line, in hex: it
 * finds a torn or truncated file, not a forged one.
 *
 * The file is input like any other, and anyone who can write it can
 * recompute the hash, so nothing in it is taken on its word:
 *  - it is read only when it is ours (owner, not group- or
 *    world-writable, no symbolic link) and no larger than
 *    inbox_cache_bound() of the inbox's size; a larger one is not read at
 *    all, and is rebuilt;
 *  - a row is taken only when its file is still the one it describes:
 *    same size, mtime (ns) and inode, checked by stat before it is trusted;
 *    otherwise the file is parsed again;
 *  - a row for a path not asked for is skipped without being stored, so
 *    the rows kept are at most one per asked path;
 *  - a line that does not parse, or a path named twice, rejects the file.
 * The paths are looked up in a table under a random key (inbox_table.c),
 * so that names chosen to collide do not slow the open down.
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
#include "base/embedded.h"
#include "base/readfile.h"
#include "base/xdg.h"

/* 2: TASKS holds the effective rows (one per paragraph and party);
 * 3: and each row's summary, and the inode in the key;
 * 4: SERIAL, the post and serial of a cable with no id;
 * 5: the build id of the parser that wrote it: rows another build wrote
 *    (older rules, fewer taskings) are not shown as this one's */
#define INBOX_MAGIC_FMT "cabletrack-inbox 5 %s\n"
#define INBOX_MAGIC_MAX 48

/* The first line of the file, with this build's id (16 hex digits, so it
 * always fits): its length. */
static size_t inbox_magic(char out[INBOX_MAGIC_MAX])
{
	int n = snprintf(out, INBOX_MAGIC_MAX, INBOX_MAGIC_FMT, embedded_build_id);
	return n > 0 && n < INBOX_MAGIC_MAX ? (size_t)n : 0;
}

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

size_t inbox_cache_bound(size_t nrows)
{
	return INBOX_CACHE_FIXED + nrows * INBOX_CACHE_PER_ROW;
}

/* Checks the first line (INBOX_MAGIC) and the last, the end line: its
 * hash of every byte before it and its row count, which must fit the
 * bytes.  *end: where the end line starts; *nrows: its count. */
static bool inbox_cache_verify(const char *buf, size_t len, size_t *end,
                               long long *nrows)
{
	char magic[INBOX_MAGIC_MAX];
	size_t ml = inbox_magic(magic);
	if (ml == 0 || len < ml || memcmp(buf, magic, ml) != 0 || buf[len - 1] != '\n')
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

/* The fields of a C line after the key (f[5..11], cut in place) into r. */
static bool inbox_cache_cable(char **f, struct inbox_row *r)
{
	long long nt;
	if (!inbox_field(f[5], &r->id) || !inbox_field(f[6], &r->serial) ||
	    !inbox_field(f[7], &r->date) || !inbox_field(f[8], &r->precedence) ||
	    !inbox_field(f[9], &r->subject) || !inbox_parse_ll(f[10], &nt) ||
	    nt > UINT_MAX || (r->id && r->serial))
		return false;
	/* TASKS stays escaped; its entries must number NTASKS, each with its
	 * three commas (inbox_row_each decodes them) */
	size_t semis = 0, commas = 0;
	for (const char *q = f[11]; *q; q++) {
		semis += *q == ';';
		commas += *q == ',';
		if ((unsigned char)*q < 0x20)
			return false;
	}
	if ((nt == 0) != (f[11][0] == 0) ||
	    (nt && (semis + 1 != (size_t)nt || commas != 3 * (size_t)nt)))
		return false;
	r->ntasks = (unsigned)nt;
	r->tasks = f[11];
	return true;
}

/* The rest of a row line, split in f[0..nf) (kind and path done), into r. */
static bool inbox_cache_row(char **f, size_t nf, struct inbox_row *r)
{
	long long ino;
	if (!inbox_parse_ll(f[2], &r->size) || !inbox_parse_ll(f[3], &r->mtime_ns) ||
	    !inbox_parse_ll(f[4], &ino))
		return false;
	r->ino = (unsigned long long)ino;
	if (f[0][0] == 'E') {
		if (nf != 6 || !inbox_field(f[5], &r->error) || !r->error)
			return false;
	} else if (nf != 12 || !inbox_cache_cable(f, r)) {
		return false;
	}
	r->cached = true;
	return true;
}

/* What reading the rows needs beside the buffer. */
struct inbox_reader {
	struct inbox *ix;
	char *const *paths;
	const struct inbox_table *asked;
	struct inbox_dir dir;         /* stat's folder descriptor */
	unsigned char *seen;          /* per row of ix: a cache line named it */
};

/* One line of the cache (NUL-terminated, cut in place).  A path not asked
 * for is skipped unread; an asked one is read, and taken when its file is
 * still the one the row describes (size, mtime, inode).  False when the
 * line does not parse, or names a path twice: the cache is rejected. */
static bool inbox_cache_line(struct inbox_reader *rd, char *line)
{
	char *f[13];
	size_t nf = inbox_split(line, f, 12);
	const char *path;
	if (nf < 6 || nf > 12 || (strcmp(f[0], "C") != 0 && strcmp(f[0], "E") != 0) ||
	    !inbox_field(f[1], &path) || !path)
		return false;
	size_t v = inbox_paths_find(rd->asked, rd->paths, path);
	if (!v)
		return true;                  /* not asked for: not stored */
	if (rd->seen[v - 1])
		return false;                 /* a path twice */
	rd->seen[v - 1] = 1;
	struct inbox_row r;
	memset(&r, 0, sizeof r);
	if (!inbox_cache_row(f, nf, &r))
		return false;
	r.path = path;                    /* in the cache's buffer */
	struct stat st;
	if (inbox_stat(&rd->dir, path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size != r.size || inbox_mtime_ns(&st) != r.mtime_ns ||
	    (unsigned long long)st.st_ino != r.ino)
		return true;                  /* changed, or forged: parsed again */
	rd->ix->rows[v - 1] = r;
	rd->ix->ncached++;
	return true;
}

/* Reads buf[0..len) (cut in place) into the asked rows of rd->ix.
 * *nrows: the rows the file holds.  False when anything does not verify. */
static bool inbox_cache_parse(struct inbox_reader *rd, char *buf, size_t len,
                              size_t *nrows)
{
	size_t e;
	long long nr;
	if (!inbox_cache_verify(buf, len, &e, &nr))
		return false;
	size_t n = 0;
	char *p = memchr(buf, '\n', e), *stop = buf + e;
	if (!p)
		return false;
	p++;                                /* past the magic line */
	while (p < stop) {
		char *nl = memchr(p, '\n', (size_t)(stop - p));
		if (!nl || n == (size_t)nr)
			return false;
		*nl = 0;
		char *line = p;
		p = nl + 1;
		n++;
		if (!inbox_cache_line(rd, line))
			return false;
	}
	*nrows = n;
	return n == (size_t)nr;
}

/* May the file open as fd be read as our cache?  Ours, not writable by
 * others, a regular file no larger than the bound for this inbox. */
static bool inbox_cache_trusted(int fd, size_t nasked)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
	       !(st.st_mode & (S_IWGRP | S_IWOTH)) &&
	       (unsigned long long)st.st_size <= inbox_cache_bound(nasked);
}

bool inbox_cache_load(struct inbox *ix, const char *path, char *const *paths,
                      const struct inbox_table *asked, size_t *nrows)
{
	*nrows = 0;
	/* O_NONBLOCK: a FIFO under the name is refused, not waited on */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
	if (fd < 0) {
		ix->cache_rejected = errno != ENOENT;   /* a symbolic link: ELOOP */
		return false;
	}
	ix->cache_rejected = true;
	struct readfile f;
	memset(&f, 0, sizeof f);
	enum readfile_status s = READFILE_ERRNO;
	if (inbox_cache_trusted(fd, ix->n))
		s = readfile_fd(fd, READFILE_REGULAR, inbox_cache_bound(ix->n), &f);
	close(fd);
	struct inbox_reader rd = { ix, paths, asked, { -1, NULL, 0 }, NULL };
	bool ok = s == READFILE_OK && f.len > 0 &&
	          (rd.seen = calloc(ix->n ? ix->n : 1, 1)) != NULL &&
	          inbox_cache_parse(&rd, f.data, f.len, nrows);
	inbox_dir_close(&rd.dir);
	free(rd.seen);
	if (!ok) {
		/* nothing of it is kept: the rows taken so far are dropped */
		memset(ix->rows, 0, ix->n * sizeof *ix->rows);
		ix->ncached = 0;
		*nrows = 0;
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

/* One row's line into b. */
static void inbox_cache_line_put(const struct inbox_row *r, struct buf *b)
{
	buf_putc(b, r->error ? 'E' : 'C');
	buf_putc(b, '\t');
	inbox_put(b, r->path, false);
	buf_printf(b, "\t%lld\t%lld\t%llu\t", r->size, r->mtime_ns, r->ino);
	if (r->error) {
		inbox_put(b, r->error, false);
	} else {
		inbox_put(b, r->id, false);
		buf_putc(b, '\t');
		inbox_put(b, r->serial, false);
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
}

/* The file's bytes into b: the magic line, a line per row that can be
 * cached, the end line.  A row longer than INBOX_CACHE_ROW_MAX, or one
 * that would take the file past inbox_cache_bound(), is left out (parsed
 * each time), so that the reader's bound never refuses what was written. */
static void inbox_cache_text(const struct inbox *ix, struct buf *b)
{
	char magic[INBOX_MAGIC_MAX];
	inbox_magic(magic);
	buf_puts(b, magic);
	size_t nrows = 0, room = inbox_cache_bound(ix->n) - 64;
	for (size_t i = 0; i < ix->n; i++) {
		const struct inbox_row *r = &ix->rows[i];
		if (r->unreadable)
			continue;
		size_t before = b->len;
		inbox_cache_line_put(r, b);
		if (b->len - before > INBOX_CACHE_ROW_MAX || b->len > room) {
			buf_truncate(b, before);
			continue;
		}
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

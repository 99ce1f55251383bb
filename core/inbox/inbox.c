/* inbox.c - the inbox index and its cache file.  See inbox.h.
 *
 * The cache file, one line per row, fields separated by TAB:
 *
 *   cabletrack-inbox 1
 *   C PATH SIZE MTIME_NS ID DATE PRECEDENCE SUBJECT NTASKS TASKS   a cable
 *   E PATH SIZE MTIME_NS ERROR                                    not a cable
 *   end NROWS HASH
 *
 * An empty field is an absent value.  In a field, backslash, control bytes
 * (TAB and newline among them), DEL, and in TASKS also ',' and ';' are
 * written \xHH.  TASKS is "PARA,DEADLINE,PARTY" entries joined by ';'; it
 * stays escaped in memory and is decoded when counted (inbox_row_each).
 * HASH is the FNV-1a 64 of every byte before the end line, in hex.
 *
 * Loading reads the file in one buffer and cuts it in place; cached rows
 * point into that buffer, so a warm open allocates little more than the
 * file and the row array.
 */
#include "inbox/inbox.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "parse/dates.h"
#include "tasking/tasking.h"

#define INBOX_MAGIC "cabletrack-inbox 1\n"
#define INBOX_MAX_CACHE (1024LL * 1024 * 1024)   /* refuse bigger files */
#define INBOX_MAX_FILE (256LL * 1024 * 1024)     /* as cable_parse_file */
#define INBOX_MAX_THREADS 8          /* parsing threads for a cold build */
#define INBOX_MIN_PER_THREAD 32      /* files worth starting a thread for */

/* ---- small helpers ---------------------------------------------------- */

static uint64_t inbox_fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

#define INBOX_FNV_INIT 14695981039346656037ULL

static void inbox_set_error(struct ct_error *err, const char *msg)
{
	if (err)
		snprintf(err->msg, sizeof err->msg, "%s", msg);
}

/* Appends s escaped (see the file comment); NULL and "" give nothing. */
static void inbox_put(struct buf *b, const char *s, bool task)
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

/* Unescapes s[0..len) into out (may be s itself); returns the new length,
 * or -1 on a malformed escape. */
static long inbox_unescape(const char *s, size_t len, char *out)
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

static long long inbox_mtime_ns(const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

/* ---- the taskings summary ------------------------------------------------ */

void inbox_row_each(const struct inbox_row *r,
                    bool (*fn)(void *ctx, int paragraph, const char *party,
                               const char *deadline),
                    void *ctx)
{
	const char *p = r->tasks;
	if (!p || !*p)
		return;
	while (*p) {
		char *end;
		long para = strtol(p, &end, 10);
		if (end == p || *end != ',')
			return;
		p = end + 1;
		size_t dl = strcspn(p, ",;");
		if (p[dl] != ',')
			return;
		char due[64], party[512];
		long n = dl < sizeof due ? inbox_unescape(p, dl, due) : -1;
		if (n < 0)
			return;
		due[n] = 0;
		p += dl + 1;
		size_t pl = strcspn(p, ";");
		n = pl < sizeof party ? inbox_unescape(p, pl, party) : -1;
		if (n < 0)
			return;
		party[n] = 0;
		p += pl;
		if (*p == ';')
			p++;
		if (!fn(ctx, (int)para, party, due[0] ? due : NULL))
			return;
	}
}

struct inbox_count {
	const char *post;
	size_t n;
	long nearest;
};

static long inbox_days(const char *date)
{
	int y, m, d;
	if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return LONG_MAX;
	return days_from_civil(y, m, d);
}

static bool inbox_count_one(void *ctx, int paragraph, const char *party,
                            const char *deadline)
{
	struct inbox_count *c = ctx;
	(void)paragraph;
	if (c->post && *c->post && !party_matches(c->post, party))
		return true;
	c->n++;
	long due = inbox_days(deadline);
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

/* ---- a row from a file ---------------------------------------------------- */

/* Files parsed by this build, by inode: hard links to one file (a mail
 * folder's copies, the benchmark's big inbox) are read once. */
struct inbox_inodes {
	struct inbox_inode {
		dev_t dev;
		ino_t ino;
		long long size, mtime_ns;
		size_t row;               /* + 1; 0 empty */
	} *slots;
	size_t nslots;                /* a power of two, or 0: no table */
};

static struct inbox_inode *inbox_inode_slot(struct inbox_inodes *t, const struct stat *st)
{
	if (!t->nslots)
		return NULL;
	uint64_t h = inbox_fnv(INBOX_FNV_INIT, &st->st_dev, sizeof st->st_dev);
	h = inbox_fnv(h, &st->st_ino, sizeof st->st_ino);
	size_t mask = t->nslots - 1;
	for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
		struct inbox_inode *e = &t->slots[i];
		if (!e->row || (e->dev == st->st_dev && e->ino == st->st_ino))
			return e;
	}
}

/* One thread indexing files: its own arena and scratch buffer; it shares
 * nothing but the two counters. */
struct inbox_worker {
	struct inbox *ix;
	struct arena arena;          /* the strings of the rows it fills */
	struct buf tmp;
	size_t nparsed;
	const size_t *todo;          /* row indices to index */
	size_t ntodo;
	atomic_size_t *next, *done;  /* the next todo entry; how many are done */
};

/* Reads and parses path; fills r (strings in w->arena). */
static void inbox_index_file(struct inbox_worker *w, struct inbox_row *r,
                             const char *path)
{
	struct buf *tmp = &w->tmp;
	struct ct_error e = { "" };
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		r->error = arena_strdup(&w->arena, strerror(errno));
		r->unreadable = true;
		if (fd >= 0)
			close(fd);
		return;
	}
	if (!S_ISREG(st.st_mode)) {
		r->error = arena_strdup(&w->arena, S_ISDIR(st.st_mode) ? "is a directory" :
		                        "not a regular file");
		r->unreadable = true;
		close(fd);
		return;
	}
	if (st.st_size > INBOX_MAX_FILE) {
		r->error = arena_strdup(&w->arena, "too large to be a cable (over 256 MiB)");
		r->size = st.st_size;
		r->mtime_ns = inbox_mtime_ns(&st);
		close(fd);
		return;
	}
	size_t cap = (size_t)st.st_size + 1, n = 0;
	char *bytes = malloc(cap);
	if (!bytes) {
		r->error = arena_strdup(&w->arena, "out of memory");
		r->unreadable = true;
		close(fd);
		return;
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
			return;
		}
		if (k == 0)
			break;
		n += (size_t)k;
	}
	close(fd);
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
	buf_reset(tmp);
	unsigned nt = 0;
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		for (size_t j = 0; j < t->nparties; j++) {
			if (!t->parties[j])
				continue;
			buf_printf(tmp, "%s%d,", nt ? ";" : "", t->paragraph);
			inbox_put(tmp, t->deadline, true);
			buf_putc(tmp, ',');
			inbox_put(tmp, t->parties[j], true);
			nt++;
		}
	}
	r->ntasks = nt;
	r->tasks = arena_strndup(&w->arena, buf_str(tmp), tmp->len);
	cable_free(c);
}

/* A worker's loop: take the next file until none is left. */
static void *inbox_work(void *arg)
{
	struct inbox_worker *w = arg;
	for (;;) {
		size_t k = atomic_fetch_add(w->next, 1);
		if (k >= w->ntodo)
			break;
		struct inbox_row *r = &w->ix->rows[w->todo[k]];
		inbox_index_file(w, r, r->path);
		atomic_fetch_add(w->done, 1);
	}
	return NULL;
}

/* ---- the cache file ------------------------------------------------------------ */

struct inbox_cache {
	struct inbox_row *rows;
	size_t n;
	size_t *slots;            /* open addressing: row index + 1, 0 empty */
	size_t nslots;            /* a power of two */
};

static uint64_t inbox_path_hash(const char *p)
{
	return inbox_fnv(INBOX_FNV_INIT, p, strlen(p));
}

static struct inbox_row *inbox_cache_find(const struct inbox_cache *c, const char *path)
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

static void inbox_cache_free(struct inbox_cache *c)
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

/* Parses buf[0..len) (owned by the caller, cut in place) into c.  Returns
 * false when anything does not verify. */
static bool inbox_cache_parse(char *buf, size_t len, struct inbox_cache *c)
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
	long long nrows;
	unsigned long long want;
	char *hend;
	if (inbox_split(endl, ef, 3) != 3 || strcmp(ef[0], "end") != 0 ||
	    !inbox_parse_ll(ef[1], &nrows) || strlen(ef[2]) != 16)
		return false;
	errno = 0;
	want = strtoull(ef[2], &hend, 16);
	if (*hend || errno || inbox_fnv(INBOX_FNV_INIT, buf, e) != want)
		return false;
	if ((unsigned long long)nrows > (e - ml) / 8 + 1)
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
	char *p = buf + ml, *stop = buf + e;
	while (p < stop) {
		char *nl = memchr(p, '\n', (size_t)(stop - p));
		if (!nl || c->n == (size_t)nrows)
			return false;
		*nl = 0;
		char *f[11];
		size_t nf = inbox_split(p, f, 10);
		p = nl + 1;
		struct inbox_row *r = &c->rows[c->n];
		const char *path;
		if (nf < 5 || strlen(f[0]) != 1 || !inbox_field(f[1], &path) || !path ||
		    !inbox_parse_ll(f[2], &r->size) || !inbox_parse_ll(f[3], &r->mtime_ns))
			return false;
		r->path = path;
		if (f[0][0] == 'E') {
			if (nf != 5 || !inbox_field(f[4], &r->error) || !r->error)
				return false;
		} else if (f[0][0] == 'C') {
			long long nt;
			if (nf != 10 || !inbox_field(f[4], &r->id) || !inbox_field(f[5], &r->date) ||
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
		} else {
			return false;
		}
		r->cached = true;
		size_t mask = c->nslots - 1;
		size_t i = (size_t)inbox_path_hash(r->path) & mask;
		while (c->slots[i]) {
			if (strcmp(c->rows[c->slots[i] - 1].path, r->path) == 0)
				return false;           /* a path twice */
			i = (i + 1) & mask;
		}
		c->slots[i] = ++c->n;
	}
	return c->n == (size_t)nrows;
}

/* Reads the cache file into ix->cachebuf and c.  Missing: false, not
 * rejected; present but bad: false, rejected. */
static bool inbox_cache_load(struct inbox *ix, const char *path, struct inbox_cache *c)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct stat st;
	ix->cache_rejected = true;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
	    st.st_size > INBOX_MAX_CACHE) {
		close(fd);
		return false;
	}
	size_t len = (size_t)st.st_size, n = 0;
	char *buf = malloc(len + 1);
	if (!buf) {
		close(fd);
		return false;
	}
	while (n < len) {
		ssize_t k = read(fd, buf + n, len - n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		n += (size_t)k;
	}
	close(fd);
	buf[n] = 0;
	if (n != len || !inbox_cache_parse(buf, len, c)) {
		inbox_cache_free(c);
		free(buf);
		return false;
	}
	ix->cachebuf = buf;
	ix->cache_rejected = false;
	return true;
}

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

static void inbox_cache_write(struct inbox *ix, const char *path)
{
	struct buf b;
	buf_init(&b);
	buf_puts(&b, INBOX_MAGIC);
	size_t nrows = 0;
	for (size_t i = 0; i < ix->n; i++) {
		const struct inbox_row *r = &ix->rows[i];
		if (r->unreadable)
			continue;
		buf_putc(&b, r->error ? 'E' : 'C');
		buf_putc(&b, '\t');
		inbox_put(&b, r->path, false);
		buf_putc(&b, '\t');
		inbox_put_ll(&b, r->size);
		buf_putc(&b, '\t');
		inbox_put_ll(&b, r->mtime_ns);
		buf_putc(&b, '\t');
		if (r->error) {
			inbox_put(&b, r->error, false);
		} else {
			inbox_put(&b, r->id, false);
			buf_putc(&b, '\t');
			inbox_put(&b, r->date, false);
			buf_putc(&b, '\t');
			inbox_put(&b, r->precedence, false);
			buf_putc(&b, '\t');
			inbox_put(&b, r->subject, false);
			buf_printf(&b, "\t%u\t", r->ntasks);
			buf_puts(&b, r->tasks ? r->tasks : "");   /* already escaped */
		}
		buf_putc(&b, '\n');
		nrows++;
	}
	buf_printf(&b, "end\t%zu\t%016llx\n", nrows,
	           (unsigned long long)inbox_fnv(INBOX_FNV_INIT, b.data, b.len));
	if (b.failed) {
		snprintf(ix->cache_error, sizeof ix->cache_error, "out of memory");
		buf_free(&b);
		return;
	}

	size_t pl = strlen(path);
	char *dir = malloc(pl + 1), *tmp = malloc(pl + 16);
	if (!dir || !tmp) {
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
	snprintf(tmp, pl + 16, "%s.tmp-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(ix->cache_error, sizeof ix->cache_error, "%s: %s", tmp, strerror(errno));
		goto out;
	}
	/* No fsync: a torn or zeroed file after a crash fails the hash and is
	 * rebuilt, which is all a cache needs. */
	size_t off = 0;
	bool ok = true;
	while (off < b.len) {
		ssize_t w = write(fd, b.data + off, b.len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			ok = false;
			break;
		}
		off += (size_t)w;
	}
	if (close(fd) != 0)
		ok = false;
	if (!ok || rename(tmp, path) != 0) {
		snprintf(ix->cache_error, sizeof ix->cache_error, "%s: %s", path,
		         errno ? strerror(errno) : "short write");
		unlink(tmp);
		goto out;
	}
	ix->cache_written = true;
out:
	free(dir);
	free(tmp);
	buf_free(&b);
}

/* ---- building ------------------------------------------------------------------ */

/* stat() of the files of one folder through a descriptor of the folder:
 * the kernel walks one name instead of the whole path (a big inbox is
 * thousands of names in one folder, stat'ed in a row). */
struct inbox_dir {
	int fd;                   /* -1: none open */
	const char *path;         /* the folder part of the path it was opened for */
	size_t len;
};

static int inbox_stat(struct inbox_dir *d, const char *path, struct stat *st)
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

int inbox_cache_path(char *const *args, size_t nargs, char *out, size_t size,
                     struct ct_error *err)
{
	const char *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	char base[PATH_MAX];
	if (xdg && xdg[0] == '/')
		snprintf(base, sizeof base, "%s", xdg);
	else if (home && home[0] == '/')
		snprintf(base, sizeof base, "%s/.cache", home);
	else {
		inbox_set_error(err, "no cache folder: HOME and XDG_CACHE_HOME are unset");
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
	if (n < 0 || (size_t)n >= size) {
		inbox_set_error(err, "cache path too long");
		return -1;
	}
	return 0;
}

int inbox_build(struct inbox *ix, char *const *paths, size_t n,
                const char *cache_path, inbox_progress_fn progress, void *ctx,
                struct ct_error *err)
{
	memset(ix, 0, sizeof *ix);
	arena_init(&ix->arena);
	ix->rows = calloc(n ? n : 1, sizeof *ix->rows);
	if (!ix->rows) {
		inbox_set_error(err, "out of memory");
		return -1;
	}
	ix->n = n;
	struct inbox_cache c;
	memset(&c, 0, sizeof c);
	if (cache_path)
		inbox_cache_load(ix, cache_path, &c);

	size_t todo = 0;
	struct inbox_dir dir = { -1, NULL, 0 };
	for (size_t i = 0; i < n; i++) {
		struct inbox_row *r = &ix->rows[i];
		const struct inbox_row *hit = inbox_cache_find(&c, paths[i]);
		struct stat st;
		if (hit && inbox_stat(&dir, paths[i], &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_size == hit->size && inbox_mtime_ns(&st) == hit->mtime_ns) {
			*r = *hit;
			ix->ncached++;
			continue;
		}
		r->path = NULL;           /* marks "to parse" for the second pass */
		todo++;
	}
	if (dir.fd >= 0)
		close(dir.fd);
	/* the files the cache did not answer for: parsed, summarised, freed */
	struct inbox_inodes inodes = { NULL, 0 };
	if (todo > 1) {
		size_t ns = 16;
		while (ns < todo * 2)
			ns *= 2;
		inodes.slots = calloc(ns, sizeof *inodes.slots);
		inodes.nslots = inodes.slots ? ns : 0;   /* without it: slower, same */
	}
	/* Parsing is most of a cold build: the files are shared out among
	 * threads, one per core (at most INBOX_MAX_THREADS); this thread is
	 * one of them and the only one that reports progress. */
	size_t *todo_ix = calloc(todo ? todo : 1, sizeof *todo_ix);
	if (!todo_ix) {
		free(inodes.slots);
		inbox_cache_free(&c);
		inbox_set_error(err, "out of memory");
		return -1;
	}
	/* Hard links to one file are read once: the first is parsed, the
	 * others copy its row after the threads are done. */
	size_t nt = 0, nlinks = 0;
	for (size_t i = 0; i < n; i++) {
		struct inbox_row *r = &ix->rows[i];
		if (r->path)
			continue;
		r->path = arena_strdup(&ix->arena, paths[i]);
		struct stat st;
		struct inbox_inode *slot = stat(paths[i], &st) == 0 && S_ISREG(st.st_mode)
			? inbox_inode_slot(&inodes, &st) : NULL;
		if (slot && slot->row) {
			r->size = -1 - (long long)(slot->row - 1);   /* a link: see below */
			nlinks++;
			continue;
		}
		if (slot)
			*slot = (struct inbox_inode){ st.st_dev, st.st_ino, st.st_size,
			                              inbox_mtime_ns(&st), i + 1 };
		todo_ix[nt++] = i;
	}
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nthreads = todo >= INBOX_MIN_PER_THREAD * 2 && cores > 1
		? (size_t)(cores < INBOX_MAX_THREADS ? cores : INBOX_MAX_THREADS) : 1;
	atomic_size_t next = 0, done = 0;
	struct inbox_worker w[INBOX_MAX_THREADS];
	pthread_t tid[INBOX_MAX_THREADS];
	bool started[INBOX_MAX_THREADS] = { false };
	for (size_t t = 0; t < nthreads; t++) {
		w[t] = (struct inbox_worker){ .ix = ix, .todo = todo_ix, .ntodo = nt,
		                              .next = &next, .done = &done };
		arena_init(&w[t].arena);
		buf_init(&w[t].tmp);
		if (t > 0)
			started[t] = pthread_create(&tid[t], NULL, inbox_work, &w[t]) == 0;
	}
	/* this thread's share, reporting as it goes (a thread that could not
	 * start leaves its share to the others) */
	size_t reported = 0;
	for (;;) {
		size_t k = atomic_fetch_add(&next, 1);
		if (k >= nt)
			break;
		struct inbox_row *r = &ix->rows[todo_ix[k]];
		inbox_index_file(&w[0], r, r->path);
		size_t d = atomic_fetch_add(&done, 1) + 1;
		if (progress && d / 64 != reported / 64) {
			progress(ctx, d, nt);
			reported = d;
		}
	}
	for (size_t t = 1; t < nthreads; t++)
		if (started[t])
			pthread_join(tid[t], NULL);
	if (progress && nt)
		progress(ctx, nt, nt);
	for (size_t t = 0; t < nthreads; t++) {
		ix->nparsed += w[t].nparsed;
		arena_adopt(&ix->arena, &w[t].arena);
		buf_free(&w[t].tmp);
	}
	for (size_t i = 0; nlinks && i < n; i++) {
		struct inbox_row *r = &ix->rows[i];
		if (r->id || r->error || r->size >= 0)
			continue;
		const char *keep = r->path;
		*r = ix->rows[(size_t)(-1 - r->size)];   /* strings shared in ix */
		r->path = keep;
	}
	free(todo_ix);
	free(inodes.slots);
	/* rewrite when the cache would differ: rows parsed now, or gone */
	size_t cacheable = 0;
	for (size_t i = 0; i < n; i++)
		cacheable += !ix->rows[i].unreadable;
	if (cache_path && (ix->nparsed > 0 || c.n != ix->ncached || ix->cache_rejected ||
	                   (!ix->cachebuf && cacheable > 0)))
		inbox_cache_write(ix, cache_path);
	inbox_cache_free(&c);
	return 0;
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

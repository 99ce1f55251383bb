/* review.c - see review.h.  The file:
 *
 *   cable: 08STATE104535
 *   items:
 *   - paragraph: 4
 *     party: USMISSION USOSCE
 *     status: doing
 *     note: |-
 *       asked the PC chair
 *       waiting for the reply
 *     due: "2008-10-15"
 *     origin: auto
 *
 * Items are written sorted by (paragraph, party) with keys in that order,
 * then any keys we do not know, as they were; absent values are "~".
 */
#include "review/review.h"
#include "base/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/yamlsafe.h"

enum undo_kind { UNDO_STATUS, UNDO_NOTE, UNDO_DUE };

struct review_undo {
	enum undo_kind kind;
	size_t item;                 /* index in r->items */
	enum review_status status;   /* the old status */
	char *text;                  /* the old note or due */
};

enum { REVIEW_MAX_UNDO = 1000 };

static const char *const review_status_names[] = {"open", "doing", "done", "dropped"};

static const struct review_io review_sys_io = {write, fsync, rename};

/* --- small helpers --------------------------------------------------- */

static unsigned long long review_hash(const char *p, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

const char *review_status_name(enum review_status s)
{
	if ((unsigned)s >= sizeof review_status_names / sizeof *review_status_names)
		return "open";
	return review_status_names[s];
}

int review_status_parse(const char *s, enum review_status *out)
{
	for (size_t i = 0; i < sizeof review_status_names / sizeof *review_status_names; i++)
		if (strcmp(s, review_status_names[i]) == 0) {
			*out = (enum review_status)i;
			return 0;
		}
	return -1;
}

bool review_id_ok(const char *id)
{
	size_t n = strlen(id);
	if (n == 0 || n > 64 || id[0] == '.')
		return false;
	return strspn(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	                  "0123456789-_.") == n;
}

/* "YYYY-MM-DD", a real date. */
static bool review_date_ok(const char *s)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}

/* --- directories ----------------------------------------------------- */

/* mkdir -p; the directories it creates get 0700 whatever the umask. */
static int review_mkdirs(const char *path, struct ct_error *err)
{
	char *buf = xstrdup(path);
	int rc = 0;
	for (char *p = buf + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (mkdir(buf, 0700) == 0) {
			if (chmod(buf, 0700) != 0) {
				ct_error_set(err, "%s: %s", buf, strerror(errno));
				rc = -1;
				break;
			}
		} else if (errno != EEXIST) {
			ct_error_set(err, "cannot create %s: %s", buf, strerror(errno));
			rc = -1;
			break;
		}
		*p = c;
		if (c == '\0')
			break;
	}
	struct stat st;
	if (rc == 0 && (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))) {
		ct_error_set(err, "%s: not a directory", path);
		rc = -1;
	}
	free(buf);
	return rc;
}

char *review_dir(const char *dir, bool create, struct ct_error *err)
{
	char *path;
	if (dir) {
		if (!*dir) {
			ct_error_set(err, "the state directory is an empty name");
			return NULL;
		}
		path = xstrdup(dir);
	} else {
		const char *xdg = getenv("XDG_DATA_HOME");
		const char *home = getenv("HOME");
		if (xdg && xdg[0] == '/') {
			path = xprintf("%s/cabletrack/reviews", xdg);
		} else {
			if (!home || home[0] != '/') {
				const struct passwd *pw = getpwuid(getuid());
				home = pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
			}
			if (!home) {
				ct_error_set(err, "no home directory: set HOME, XDG_DATA_HOME or use --state DIR");
				return NULL;
			}
			path = xprintf("%s/.local/share/cabletrack/reviews", home);
		}
	}
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		path[--n] = '\0';
	if (create && review_mkdirs(path, err) < 0) {
		free(path);
		return NULL;
	}
	return path;
}

/* --- reading ----------------------------------------------------------- */

static const char *const review_item_keys[] = {
	"paragraph", "party", "status", "note", "due", "origin",
};

static bool review_known_key(const char *k, const char *const *keys, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(k, keys[i]) == 0)
			return true;
	return false;
}

/* A string field: NULL for null/absent, a cleaned copy otherwise. */
static int review_get_str(const struct ys_node *n, const char *path, const char *key,
                          char **out, struct ct_error *err)
{
	*out = NULL;
	if (ys_is_null(n))
		return 0;
	if (n->kind != YS_SCALAR) {
		ct_error_set(err, "%s:%zu: %s must be text, not a list or mapping", path,
		           n->line, key);
		return -1;
	}
	*out = ys_clean_utf8(n->str, n->len);
	if (!**out) {
		free(*out);
		*out = NULL;
	}
	return 0;
}

static int review_check_dups(const struct ys_node *map, const char *path,
                             struct ct_error *err)
{
	size_t a, b;
	if (!ys_map_dup(map, &a, &b))
		return 0;
	ct_error_set(err, "%s:%zu: key '%s' repeated (also line %zu)", path,
	           map->kids[b]->line, map->kids[b]->str, map->kids[a]->line);
	return -1;
}

static void review_item_free(struct review_item *it)
{
	free(it->party);
	free(it->note);
	free(it->due);
}

static struct review_item *review_push(struct review *r)
{
	if (r->n == r->cap) {
		size_t ncap = r->cap ? r->cap * 2 : 16;
		struct review_item *p = realloc(r->items, ncap * sizeof *p);
		if (!p)
			abort();
		r->items = p;
		r->cap = ncap;
	}
	struct review_item *it = &r->items[r->n++];
	memset(it, 0, sizeof *it);
	return it;
}

static int review_item_from(struct review *r, const struct ys_node *n,
                            const char *path, struct ct_error *err)
{
	if (n->kind != YS_MAP) {
		ct_error_set(err, "%s:%zu: an item must be a mapping (paragraph, party, status, ...)",
		           path, n->line);
		return -1;
	}
	if (review_check_dups(n, path, err) < 0)
		return -1;
	const struct ys_node *v;
	long para = -1;
	v = ys_map_get(n, "paragraph");
	if (!v || v->kind != YS_SCALAR || v->len == 0 || v->len > 9 ||
	    strspn(v->str, "0123456789") != v->len) {
		ct_error_set(err, "%s:%zu: paragraph must be a number%s%.40s%s", path,
		           v ? v->line : n->line, v && v->kind == YS_SCALAR ? ", not '" : "",
		           v && v->kind == YS_SCALAR ? v->str : "",
		           v && v->kind == YS_SCALAR ? "'" : "");
		return -1;
	}
	para = strtol(v->str, NULL, 10);

	char *party = NULL;
	v = ys_map_get(n, "party");
	if (review_get_str(v, path, "party", &party, err) < 0)
		return -1;
	if (!party) {
		ct_error_set(err, "%s:%zu: item has no party", path, v ? v->line : n->line);
		return -1;
	}
	struct review_item *it = review_push(r);
	it->paragraph = (int)para;
	it->party = party;
	it->src = n;

	v = ys_map_get(n, "status");
	if (v && !ys_is_null(v) &&
	    (v->kind != YS_SCALAR || review_status_parse(v->str, &it->status) < 0)) {
		ct_error_set(err, "%s:%zu: status must be open, doing, done or dropped%s%.40s%s",
		           path, v->line, v->kind == YS_SCALAR ? ", not '" : "",
		           v->kind == YS_SCALAR ? v->str : "", v->kind == YS_SCALAR ? "'" : "");
		return -1;
	}
	if (review_get_str(ys_map_get(n, "note"), path, "note", &it->note, err) < 0 ||
	    review_get_str(ys_map_get(n, "due"), path, "due", &it->due, err) < 0)
		return -1;
	if (it->due && !review_date_ok(it->due)) {
		ct_error_set(err, "%s:%zu: due must be a date YYYY-MM-DD, not '%.40s'", path,
		           ys_map_get(n, "due")->line, it->due);
		return -1;
	}
	v = ys_map_get(n, "origin");
	if (v && !ys_is_null(v)) {
		if (v->kind == YS_SCALAR && strcmp(v->str, "manual") == 0) {
			it->manual = true;
		} else if (v->kind != YS_SCALAR || strcmp(v->str, "auto") != 0) {
			ct_error_set(err, "%s:%zu: origin must be auto or manual", path, v->line);
			return -1;
		}
	}
	return 0;
}

/* Item order: (paragraph, party). */
static int review_item_cmp(const struct review_item *a, const struct review_item *b)
{
	if (a->paragraph != b->paragraph)
		return a->paragraph < b->paragraph ? -1 : 1;
	return strcmp(a->party, b->party);
}

static int review_ptr_cmp(const void *x, const void *y)
{
	const struct review_item *a = *(const struct review_item *const *)x;
	const struct review_item *b = *(const struct review_item *const *)y;
	int c = review_item_cmp(a, b);
	return c ? c : (a < b ? -1 : a > b);
}

/* Pointers to the items, sorted. */
static const struct review_item **review_sorted(const struct review *r)
{
	const struct review_item **v = xmalloc(r->n * sizeof *v);
	for (size_t i = 0; i < r->n; i++)
		v[i] = &r->items[i];
	qsort(v, r->n, sizeof *v, review_ptr_cmp);
	return v;
}

/* Fill r from the file's bytes. */
static int review_parse(struct review *r, const char *buf, size_t len,
                        struct ct_error *err)
{
	const char *path = r->path;
	r->doc = ys_load(buf, len, path, err);
	if (!r->doc)
		return -1;
	const struct ys_node *root = r->doc->root;
	if (!root) {
		ct_error_set(err, "%s:1: empty file (expected 'cable: %s' and 'items:')", path,
		           r->cable_id);
		return -1;
	}
	if (root->kind != YS_MAP) {
		ct_error_set(err, "%s:%zu: expected a mapping with 'cable' and 'items'", path,
		           root->line);
		return -1;
	}
	if (review_check_dups(root, path, err) < 0)
		return -1;
	const struct ys_node *id = ys_map_get(root, "cable");
	if (!id || id->kind != YS_SCALAR || ys_is_null(id)) {
		ct_error_set(err, "%s:%zu: no 'cable: %s' line", path,
		           id ? id->line : root->line, r->cable_id);
		return -1;
	}
	if (strcmp(id->str, r->cable_id) != 0) {
		ct_error_set(err, "%s:%zu: this review is for cable %.60s, not %s", path,
		           id->line, id->str, r->cable_id);
		return -1;
	}
	const struct ys_node *items = ys_map_get(root, "items");
	if (items && !ys_is_null(items)) {
		if (items->kind != YS_SEQ) {
			ct_error_set(err, "%s:%zu: items must be a list", path, items->line);
			return -1;
		}
		for (size_t i = 0; i < items->nkids; i++)
			if (review_item_from(r, items->kids[i], path, err) < 0)
				return -1;
	}
	/* one item per (paragraph, party) */
	const struct review_item **v = review_sorted(r);
	int rc = 0;
	for (size_t i = 1; i < r->n && rc == 0; i++) {
		if (review_item_cmp(v[i - 1], v[i]) != 0)
			continue;
		const struct review_item *a = v[i - 1], *b = v[i];
		if (a->src->line > b->src->line) {
			a = v[i];
			b = v[i - 1];
		}
		ct_error_set(err, "%s:%zu: paragraph %d, party %.60s appears twice (also line %zu)",
		           path, b->src->line, b->paragraph, b->party, a->src->line);
		rc = -1;
	}
	free(v);
	return rc;
}

/* Remove temp files left by saves that were killed (their pid is gone). */
static void review_sweep(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == path ? xstrdup("/")
	                          : xprintf("%.*s", (int)(slash - path), path);
	char *prefix = xprintf(".%s.tmp-", slash + 1);
	size_t plen = strlen(prefix);
	DIR *d = opendir(dir);
	if (d) {
		const struct dirent *de;
		while ((de = readdir(d))) {
			if (strncmp(de->d_name, prefix, plen) != 0)
				continue;
			char *end;
			long pid = strtol(de->d_name + plen, &end, 10);
			if (end == de->d_name + plen || *end != '-' || pid <= 0 ||
			    pid > INT_MAX)
				continue;
			if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
				continue;
			(void)unlinkat(dirfd(d), de->d_name, 0);
		}
		closedir(d);
	}
	free(prefix);
	free(dir);
}

static struct review *review_new(const char *path, const char *cable_id)
{
	struct review *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	r->cable_id = xstrdup(cable_id);
	r->path = xstrdup(path);
	r->lock_fd = -1;
	return r;
}

int review_load(const char *dir, const char *cable_id, struct review **out,
                struct ct_error *err)
{
	*out = NULL;
	if (!cable_id || !review_id_ok(cable_id)) {
		ct_error_set(err, "'%.60s' is not a cable id", cable_id ? cable_id : "");
		return REVIEW_ERROR;
	}
	char *d = review_dir(dir, false, err);
	if (!d)
		return REVIEW_ERROR;
	char *path = xprintf("%s/%s.yaml", d, cable_id);
	free(d);
	/* a symlinked review file: save next to its target, keep the link */
	struct stat lst;
	if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
		char *real = realpath(path, NULL);
		if (real) {
			free(path);
			path = real;
		}
	}
	struct review *r = review_new(path, cable_id);
	free(path);
	review_sweep(r->path);

	char *buf;
	size_t len;
	struct stat st;
	int rc = ys_read_file(r->path, &buf, &len, &st, err);
	if (rc < 0) {
		review_free(r);
		return REVIEW_ERROR;
	}
	if (rc == 0) {
		if (review_parse(r, buf, len, err) < 0) {
			free(buf);
			review_free(r);
			return REVIEW_ERROR;
		}
		r->existed = true;
		r->disk_size = st.st_size;
		r->disk_mtime = st.st_mtim;
		r->disk_ino = st.st_ino;
		r->disk_hash = review_hash(buf, len);
		free(buf);
	}
	*out = r;
	return REVIEW_OK;
}

/* --- changes ----------------------------------------------------------- */

struct review_key {
	int paragraph;
	const char *party;
};

static int review_key_cmp(const void *x, const void *y)
{
	const struct review_key *a = x, *b = y;
	if (a->paragraph != b->paragraph)
		return a->paragraph < b->paragraph ? -1 : 1;
	return strcmp(a->party, b->party);
}

void review_merge(struct review *r, const struct cable *c)
{
	size_t ncand = 0;
	for (size_t i = 0; i < c->ntaskings; i++)
		ncand += c->taskings[i].nparties;
	if (ncand == 0)
		return;
	struct review_key *have = xmalloc(r->n * sizeof *have);
	for (size_t i = 0; i < r->n; i++)
		have[i] = (struct review_key){r->items[i].paragraph, r->items[i].party};
	qsort(have, r->n, sizeof *have, review_key_cmp);
	struct review_key *cand = xmalloc(ncand * sizeof *cand);
	size_t k = 0;
	for (size_t i = 0; i < c->ntaskings; i++)
		for (size_t j = 0; j < c->taskings[i].nparties; j++)
			if (c->taskings[i].parties[j] && *c->taskings[i].parties[j])
				cand[k++] = (struct review_key){c->taskings[i].paragraph,
				                                c->taskings[i].parties[j]};
	qsort(cand, k, sizeof *cand, review_key_cmp);
	size_t n0 = r->n;
	for (size_t i = 0; i < k; i++) {
		if (i > 0 && review_key_cmp(&cand[i - 1], &cand[i]) == 0)
			continue;
		if (n0 && bsearch(&cand[i], have, n0, sizeof *have, review_key_cmp))
			continue;
		struct review_item *it = review_push(r);
		it->paragraph = cand[i].paragraph;
		it->party = ys_clean_utf8(cand[i].party, strlen(cand[i].party));
		it->status = STATUS_OPEN;
	}
	free(cand);
	free(have);
}

struct review_item *review_find(struct review *r, int paragraph, const char *party)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].paragraph == paragraph && strcmp(r->items[i].party, party) == 0)
			return &r->items[i];
	return NULL;
}

static struct review_undo *review_undo_push(struct review *r, const struct review_item *it,
                                            enum undo_kind kind)
{
	if (r->nundo == REVIEW_MAX_UNDO) {
		free(r->undo[0].text);
		memmove(r->undo, r->undo + 1, (r->nundo - 1) * sizeof *r->undo);
		r->nundo--;
	}
	if (r->nundo == r->capundo) {
		size_t ncap = r->capundo ? r->capundo * 2 : 16;
		struct review_undo *p = realloc(r->undo, ncap * sizeof *p);
		if (!p)
			abort();
		r->undo = p;
		r->capundo = ncap;
	}
	struct review_undo *u = &r->undo[r->nundo++];
	u->kind = kind;
	u->item = (size_t)(it - r->items);
	u->status = it->status;
	u->text = NULL;
	return u;
}

void review_set_status(struct review *r, struct review_item *it, enum review_status s)
{
	if (it->status == s || (unsigned)s > STATUS_DROPPED)
		return;
	review_undo_push(r, it, UNDO_STATUS);
	it->status = s;
}

static bool review_same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

void review_set_note(struct review *r, struct review_item *it, const char *note)
{
	char *clean = note ? ys_clean_utf8(note, strlen(note)) : NULL;
	if (clean && !*clean) {
		free(clean);
		clean = NULL;
	}
	if (review_same(clean, it->note)) {
		free(clean);
		return;
	}
	review_undo_push(r, it, UNDO_NOTE)->text = it->note;
	it->note = clean;
}

int review_set_due(struct review *r, struct review_item *it, const char *due)
{
	if (due && !review_date_ok(due))
		return -1;
	if (review_same(due, it->due))
		return 0;
	review_undo_push(r, it, UNDO_DUE)->text = it->due;
	it->due = due ? xstrdup(due) : NULL;
	return 0;
}

bool review_undo(struct review *r)
{
	if (r->nundo == 0)
		return false;
	struct review_undo *u = &r->undo[--r->nundo];
	struct review_item *it = &r->items[u->item];
	switch (u->kind) {
	case UNDO_STATUS:
		it->status = u->status;
		break;
	case UNDO_NOTE:
		free(it->note);
		it->note = u->text;
		break;
	case UNDO_DUE:
		free(it->due);
		it->due = u->text;
		break;
	}
	u->text = NULL;
	return true;
}

/* --- saving ------------------------------------------------------------ */

static int review_emit_item(yaml_emitter_t *e, const struct review_item *it)
{
	char para[16];
	snprintf(para, sizeof para, "%d", it->paragraph);
	if (ys_emit_map_start(e) < 0 ||
	    ys_emit_plain(e, "paragraph") < 0 || ys_emit_plain(e, para) < 0 ||
	    ys_emit_plain(e, "party") < 0 || ys_emit_str(e, it->party) < 0 ||
	    ys_emit_plain(e, "status") < 0 ||
	    ys_emit_plain(e, review_status_name(it->status)) < 0 ||
	    ys_emit_plain(e, "note") < 0 ||
	    (it->note ? ys_emit_str(e, it->note) : ys_emit_null(e)) < 0 ||
	    ys_emit_plain(e, "due") < 0 ||
	    (it->due ? ys_emit_str(e, it->due) : ys_emit_null(e)) < 0 ||
	    ys_emit_plain(e, "origin") < 0 ||
	    ys_emit_plain(e, it->manual ? "manual" : "auto") < 0)
		return -1;
	const struct ys_node *src = it->src;
	for (size_t i = 0; src && i + 1 < src->nkids; i += 2) {
		if (review_known_key(src->kids[i]->str, review_item_keys,
		                     sizeof review_item_keys / sizeof *review_item_keys))
			continue;
		if (ys_emit_node(e, src->kids[i]) < 0 || ys_emit_node(e, src->kids[i + 1]) < 0)
			return -1;
	}
	return ys_emit_map_end(e);
}

/* The file's bytes into out. */
static int review_emit(const struct review *r, struct ys_buf *out, struct ct_error *err)
{
	static const char *const top_keys[] = {"cable", "items"};
	yaml_emitter_t e;
	memset(&e, 0, sizeof e);
	const struct review_item **v = review_sorted(r);
	int rc = -1;
	if (ys_emit_begin(&e, out) < 0 || ys_emit_map_start(&e) < 0 ||
	    ys_emit_plain(&e, "cable") < 0 || ys_emit_str(&e, r->cable_id) < 0 ||
	    ys_emit_plain(&e, "items") < 0 || ys_emit_seq_start(&e) < 0)
		goto done;
	for (size_t i = 0; i < r->n; i++)
		if (review_emit_item(&e, v[i]) < 0)
			goto done;
	if (ys_emit_seq_end(&e) < 0)
		goto done;
	const struct ys_node *root = r->doc ? r->doc->root : NULL;
	for (size_t i = 0; root && root->kind == YS_MAP && i + 1 < root->nkids; i += 2) {
		if (review_known_key(root->kids[i]->str, top_keys, 2))
			continue;
		if (ys_emit_node(&e, root->kids[i]) < 0 || ys_emit_node(&e, root->kids[i + 1]) < 0)
			goto done;
	}
	if (ys_emit_map_end(&e) < 0 || ys_emit_end(&e) < 0)
		goto done;
	rc = 0;
done:
	if (rc < 0)
		ct_error_set(err, "cannot write %s: %s", r->path,
		           e.problem ? e.problem : "out of memory");
	yaml_emitter_delete(&e);
	free(v);
	return rc;
}

/* Has the file changed since load or the last save?  1 yes, 0 no. */
static int review_changed(const struct review *r, bool *exists)
{
	struct stat st;
	*exists = stat(r->path, &st) == 0;
	if (!*exists)
		return r->existed;
	if (!r->existed)
		return 1;
	if (st.st_size != r->disk_size || st.st_ino != r->disk_ino ||
	    st.st_mtim.tv_sec != r->disk_mtime.tv_sec ||
	    st.st_mtim.tv_nsec != r->disk_mtime.tv_nsec)
		return 1;
	/* same size and time: a write within one clock tick would hide there */
	char *buf;
	size_t len;
	struct ct_error ignored;
	if (ys_read_file(r->path, &buf, &len, &st, &ignored) != 0)
		return 1;
	int changed = review_hash(buf, len) != r->disk_hash;
	free(buf);
	return changed;
}

/* Would the file now on disk load?  0 yes, -1 no (err says why). */
static int review_check_disk(const struct review *r, struct ct_error *err)
{
	struct review *tmp = review_new(r->path, r->cable_id);
	char *buf;
	size_t len;
	struct stat st;
	int rc = ys_read_file(r->path, &buf, &len, &st, err);
	if (rc == 0)
		rc = review_parse(tmp, buf, len, err);
	free(buf);
	review_free(tmp);
	return rc < 0 ? -1 : 0;
}

static int review_write_all(const struct review_io *io, int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = io->write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (w == 0) {
			errno = ENOSPC;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int review_save(struct review *r, bool force, struct ct_error *err)
{
	const struct review_io *io = r->io ? r->io : &review_sys_io;
	const char *slash = strrchr(r->path, '/');
	char *dir = slash == r->path ? xstrdup("/")
	                             : xprintf("%.*s", (int)(slash - r->path), r->path);
	char *tmp = NULL;
	struct ys_buf out = {0};
	int rc = REVIEW_ERROR, fd = -1;

	if (review_mkdirs(dir, err) < 0)
		goto done;
	bool exists;
	if (review_changed(r, &exists)) {
		if (!force) {
			ct_error_set(err, "%s changed on disk since it was %s", r->path,
			           r->existed ? "loaded" : "found missing");
			rc = REVIEW_CONFLICT;
			goto done;
		}
		if (exists && review_check_disk(r, err) < 0) {
			size_t n = strlen(err->msg);
			snprintf(err->msg + n, sizeof err->msg - n,
			         " (the file is kept: fix or remove it)");
			goto done;
		}
	}
	if (review_emit(r, &out, err) < 0)
		goto done;

	tmp = xprintf("%s/.%s.tmp-%ld-XXXXXX", dir, slash + 1, (long)getpid());
	fd = mkstemp(tmp);
	if (fd < 0) {
		ct_error_set(err, "cannot save %s: %s", r->path, strerror(errno));
		free(tmp);
		tmp = NULL;
		goto done;
	}
	struct stat st;
	if (fchmod(fd, 0600) != 0 || review_write_all(io, fd, out.data, out.len) < 0 ||
	    io->fsync(fd) != 0 || fstat(fd, &st) != 0) {
		ct_error_set(err, "cannot save %s: %s", r->path, strerror(errno));
		goto done;
	}
	int cfd = fd;
	fd = -1;
	if (close(cfd) != 0 || io->rename(tmp, r->path) != 0) {
		ct_error_set(err, "cannot save %s: %s", r->path, strerror(errno));
		goto done;
	}
	free(tmp);
	tmp = NULL;
	/* make the new name durable; filesystems that cannot sync a
	 * directory still hold the file, so that is no error */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		(void)fsync(dfd);
		close(dfd);
	}
	r->existed = true;
	r->disk_size = st.st_size;
	r->disk_mtime = st.st_mtim;
	r->disk_ino = st.st_ino;
	r->disk_hash = review_hash(out.data, out.len);
	rc = REVIEW_OK;
done:
	if (fd >= 0)
		close(fd);
	if (tmp) {
		int e = errno;
		unlink(tmp);
		errno = e;
		free(tmp);
	}
	free(out.data);
	free(dir);
	return rc;
}

/* --- lock ---------------------------------------------------------------- */

/* The pid in a lock file; 0 when empty or unreadable, -1 when missing. */
static long review_lock_pid(const char *lock, time_t *mtime)
{
	int fd = open(lock, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return errno == ENOENT ? -1 : 0;
	char buf[32];
	ssize_t n = read(fd, buf, sizeof buf - 1);
	struct stat st;
	*mtime = fstat(fd, &st) == 0 ? st.st_mtime : 0;
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	char *end;
	long pid = strtol(buf, &end, 10);
	return end != buf && pid > 0 && pid <= INT_MAX ? pid : 0;
}

void review_lock(struct review *r)
{
	if (r->lock_fd >= 0)
		return;
	r->locked_by_other = false;
	char *lock = xprintf("%s.lock", r->path);
	const char *slash = strrchr(r->path, '/');
	char *dir = xprintf("%.*s", (int)(slash - r->path), r->path);
	if (*dir)
		(void)review_mkdirs(dir, NULL);
	free(dir);
	for (int attempt = 0; attempt < 3; attempt++) {
		int fd = open(lock, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		if (fd >= 0) {
			char s[32];
			int n = snprintf(s, sizeof s, "%ld\n", (long)getpid());
			if (fchmod(fd, 0600) != 0 || write(fd, s, (size_t)n) != n) {
				close(fd);
				unlink(lock);
				break;          /* cannot lock here: no warning either */
			}
			r->lock_fd = fd;
			break;
		}
		if (errno != EEXIST)
			break;
		time_t mtime = 0;
		long pid = review_lock_pid(lock, &mtime);
		if (pid < 0)
			continue;               /* just removed: try again */
		if (pid == (long)getpid())
			break;                  /* this process already holds it */
		if (pid > 0 && (kill((pid_t)pid, 0) == 0 || errno != ESRCH)) {
			r->locked_by_other = true;
			break;
		}
		if (pid == 0 && time(NULL) - mtime < 5) {
			r->locked_by_other = true; /* being written right now */
			break;
		}
		unlink(lock);                   /* stale: its owner is gone */
	}
	free(lock);
}

void review_free(struct review *r)
{
	if (!r)
		return;
	if (r->lock_fd >= 0) {
		char *lock = xprintf("%s.lock", r->path);
		time_t mtime;
		if (review_lock_pid(lock, &mtime) == (long)getpid())
			unlink(lock);
		free(lock);
		close(r->lock_fd);
	}
	for (size_t i = 0; i < r->n; i++)
		review_item_free(&r->items[i]);
	free(r->items);
	for (size_t i = 0; i < r->nundo; i++)
		free(r->undo[i].text);
	free(r->undo);
	ys_doc_free(r->doc);
	free(r->cable_id);
	free(r->path);
	free(r);
}

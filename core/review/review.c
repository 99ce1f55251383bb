/* review.c - the reviewer's state for one cable (see review.h): status
 * names, ids and dates, the reviews directory, and the list of items.
 *
 * In: cable ids, a state directory (or the XDG default), a cable's
 * taskings (review_merge).  Out: the reviews directory (made 0700), the
 * items of a review added, found and sorted, and review_free.  The rest of
 * the module: review_load.c reads the file, review_save.c writes it
 * atomically, review_lock.c warns a second instance, review_undo.c makes
 * the changes and undoes them.  What they share is in review_internal.h.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/xdg.h"
#include "base/yamlsafe.h"

static const char *const review_status_names[] = {"open", "doing", "done", "dropped"};

/* --- small helpers --------------------------------------------------- */

unsigned long long review_hash(const char *p, size_t n)
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

static const char *const review_dismissal_names[] = {NULL, "not a tasking",
                                                    "not for my post"};

const char *review_dismissal_name(enum review_dismissal d)
{
	if ((unsigned)d >= sizeof review_dismissal_names / sizeof *review_dismissal_names)
		return NULL;
	return review_dismissal_names[d];
}

int review_dismissal_parse(const char *s, enum review_dismissal *out)
{
	for (size_t i = 1; i < sizeof review_dismissal_names / sizeof *review_dismissal_names; i++)
		if (strcmp(s, review_dismissal_names[i]) == 0) {
			*out = (enum review_dismissal)i;
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

/* --- directories ----------------------------------------------------- */

/* mkdir -p; the directories it creates get 0700 whatever the umask. */
int review_mkdirs(const char *path, struct ct_error *err)
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

char *review_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	return slash == path ? xstrdup("/") : xprintf("%.*s", (int)(slash - path), path);
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
		char *base = xdg_dir(XDG_DATA);
		if (!base) {
			ct_error_set(err, "no home directory: set HOME, XDG_DATA_HOME or use --state DIR");
			return NULL;
		}
		path = xprintf("%s/cabletrack/reviews", base);
		free(base);
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

/* --- the item list --------------------------------------------------- */

struct review *review_new(const char *path, const char *cable_id)
{
	struct review *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	r->cable_id = xstrdup(cable_id);
	r->path = xstrdup(path);
	r->lock_fd = -1;
	return r;
}

void review_item_free(struct review_item *it)
{
	free(it->party);
	free(it->note);
	free(it->due);
	free(it->summary);
	free(it->reason);
	free(it->status_at);
	free(it->conflict);
}

struct review_item *review_push(struct review *r)
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

/* Item order: (paragraph, party). */
int review_item_cmp(const struct review_item *a, const struct review_item *b)
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
const struct review_item **review_sorted(const struct review *r)
{
	const struct review_item **v = xmalloc(r->n * sizeof *v);
	for (size_t i = 0; i < r->n; i++)
		v[i] = &r->items[i];
	qsort(v, r->n, sizeof *v, review_ptr_cmp);
	return v;
}

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

void review_free(struct review *r)
{
	if (!r)
		return;
	review_unlock(r);
	for (size_t i = 0; i < r->n; i++)
		review_item_free(&r->items[i]);
	free(r->items);
	review_undo_free(r);
	ys_doc_free(r->doc);
	free(r->base);
	free(r->cable_id);
	free(r->path);
	free(r);
}

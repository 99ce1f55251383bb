/* review_load.c - reading a review file (the format is in review_save.c).
 *
 * In: the state directory, a cable id, the file's bytes.  Out: a struct
 * review holding the file's items and, for the conflict check of the next
 * save, its size, mtime, inode and hash; or REVIEW_ERROR "file:line: why"
 * and no review, the file left as it is.  Loading also removes the temp
 * file of a save of this cable that was killed, when its save lock file
 * says so (review_sweep; the folder is not read otherwise).  review_parse is shared with
 * review_save.c, which re-reads a file changed on disk before replacing it.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/ascii.h"
#include "base/date.h"
#include "base/yamlsafe.h"

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

/* "YYYY-MM-DDTHH:MM:SSZ" with a real date and time. */
static bool review_stamp_ok(const char *s)
{
	char date[11];
	if (strlen(s) != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
	    s[19] != 'Z')
		return false;
	memcpy(date, s, 10);
	date[10] = '\0';
	for (int i = 11; i < 19; i += 3)
		if (!ascii_is_digit(s[i]) || !ascii_is_digit(s[i + 1]))
			return false;
	return date_parse(date, NULL, NULL, NULL) && strncmp(s + 11, "24", 2) < 0 &&
	       strncmp(s + 14, "60", 2) < 0 && strncmp(s + 17, "61", 2) < 0;
}

/* The reviewer's corrections of an item (all optional): summary,
 * dismissed, reason, status_at, conflict. */
static int review_item_corrections(struct review_item *it, const struct ys_node *n,
                                   const char *path, struct ct_error *err)
{
	if (review_get_str(ys_map_get(n, "summary"), path, "summary", &it->summary, err) < 0 ||
	    review_get_str(ys_map_get(n, "reason"), path, "reason", &it->reason, err) < 0 ||
	    review_get_str(ys_map_get(n, "conflict"), path, "conflict", &it->conflict, err) < 0 ||
	    review_get_str(ys_map_get(n, "status_at"), path, "status_at", &it->status_at,
	                   err) < 0)
		return -1;
	if (it->status_at && !review_stamp_ok(it->status_at)) {
		ct_error_set(err, "%s:%zu: status_at must be a time YYYY-MM-DDTHH:MM:SSZ, "
		             "not '%.40s'", path, ys_map_get(n, "status_at")->line,
		             it->status_at);
		return -1;
	}
	const struct ys_node *v = ys_map_get(n, "dismissed");
	if (v && !ys_is_null(v) &&
	    (v->kind != YS_SCALAR || review_dismissal_parse(v->str, &it->dismissed) < 0)) {
		ct_error_set(err, "%s:%zu: dismissed must be 'not a tasking' or 'not for my "
		             "post'%s%.40s%s", path, v->line, v->kind == YS_SCALAR ? ", not '" : "",
		             v->kind == YS_SCALAR ? v->str : "", v->kind == YS_SCALAR ? "'" : "");
		return -1;
	}
	return 0;
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
	if (it->due && !date_parse(it->due, NULL, NULL, NULL)) {
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
	return review_item_corrections(it, n, path, err);
}

/* Fill r from the file's bytes. */
int review_parse(struct review *r, const char *buf, size_t len,
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

/* Remove the temp files of this review file left by saves that were
 * killed (.NAME.tmp-PID-XXXXXX, their pid gone); the caller holds the save
 * lock.  Reads the folder: only called when a save lock file shows that a
 * save was killed. */
void review_sweep_temps(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = review_dirname(path);
	char *prefix = xprintf(".%s.tmp-", slash ? slash + 1 : path);
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

/* A save lock file that is there and free: its save was killed, and its
 * temp file is removed with it.  None there (the usual case): one failed
 * open, the folder is not read. */
static void review_sweep(const char *path)
{
	char *lock = review_save_lock_path(path);
	int fd = review_flock(lock, REVIEW_FLOCK_PROBE, NULL);
	if (fd >= 0) {
		review_sweep_temps(path);
		review_funlock(lock, fd);
	}
	free(lock);
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
		r->base = buf;                  /* the ancestor of a merge */
		r->nbase = len;
	}
	*out = r;
	return REVIEW_OK;
}

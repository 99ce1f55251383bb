/* review_save.c - writing a review file, atomically.
 *
 * In: a struct review (its items, the unknown keys of the file it was
 * loaded from, what was on disk then).  Out: the file replaced by a temp
 * file that was written, synced and renamed over it (mode 0600), and the
 * new size, mtime, inode and hash; or REVIEW_CONFLICT when the file
 * changed on disk since load, REVIEW_TOO_BIG when the loader would refuse
 * the new file (over 8 MiB), or REVIEW_ERROR, with the old file left
 * byte-identical.  The check and the replace are one critical section
 * under the save lock (review_lock.c).  The file:
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
 *   - paragraph: 5
 *     party: USMISSION USOSCE
 *     status: open
 *     status_at: "2008-10-02T09:14:00Z"
 *     note: ~
 *     due: ~
 *     summary: Report the PC chair's reply
 *     dismissed: not for my post
 *     reason: USUN covers this
 *     origin: auto
 *
 * Items are written sorted by (paragraph, party) with keys in that order,
 * then any keys we do not know, as they were; absent note and due are "~".
 * The reviewer's corrections are written only when set, so a file from
 * before them is written back as it was: status_at (UTC, the last status
 * change: a merge takes the later status), summary (the reviewer's
 * checklist line: of a manual item its line, of a found one a reword),
 * dismissed ("not a tasking" or "not for my post"), reason (why) and
 * conflict (what a merge left for a person to choose).  One item is one
 * block that begins with its paragraph and party and ends with its
 * origin, lines that do not change, so two people's changes to different
 * items are apart and git's own merge takes both.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/yamlsafe.h"

static const char *const review_item_keys[] = {
	"paragraph", "party", "status", "status_at", "note", "due", "summary",
	"dismissed", "reason", "conflict", "origin",
};

static bool review_known_key(const char *k, const char *const *keys, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(k, keys[i]) == 0)
			return true;
	return false;
}

/* key: value when value is set; nothing otherwise. */
static int review_emit_opt(yaml_emitter_t *e, const char *key, const char *value)
{
	if (!value)
		return 0;
	return ys_emit_plain(e, key) < 0 || ys_emit_str(e, value) < 0 ? -1 : 0;
}

static int review_emit_item(yaml_emitter_t *e, const struct review_item *it)
{
	char para[16];
	snprintf(para, sizeof para, "%d", it->paragraph);
	if (ys_emit_map_start(e) < 0 ||
	    ys_emit_plain(e, "paragraph") < 0 || ys_emit_plain(e, para) < 0 ||
	    ys_emit_plain(e, "party") < 0 || ys_emit_str(e, it->party) < 0 ||
	    ys_emit_plain(e, "status") < 0 ||
	    ys_emit_plain(e, review_status_name(it->status)) < 0 ||
	    review_emit_opt(e, "status_at", it->status_at) < 0 ||
	    ys_emit_plain(e, "note") < 0 ||
	    (it->note ? ys_emit_str(e, it->note) : ys_emit_null(e)) < 0 ||
	    ys_emit_plain(e, "due") < 0 ||
	    (it->due ? ys_emit_str(e, it->due) : ys_emit_null(e)) < 0 ||
	    review_emit_opt(e, "summary", it->summary) < 0 ||
	    review_emit_opt(e, "dismissed", review_dismissal_name(it->dismissed)) < 0 ||
	    review_emit_opt(e, "reason", it->reason) < 0 ||
	    review_emit_opt(e, "conflict", it->conflict) < 0 ||
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
int review_emit(const struct review *r, struct buf *out, struct ct_error *err)
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

/* May the file on disk be replaced?  REVIEW_OK; REVIEW_CONFLICT when it
 * changed since load or the last save and force is false; REVIEW_ERROR
 * when force is true but the file there would not load (it is kept). */
static int review_may_replace(const struct review *r, bool force, struct ct_error *err)
{
	bool exists;
	if (!review_changed(r, &exists))
		return REVIEW_OK;
	if (!force) {
		ct_error_set(err, "%s changed on disk since it was %s", r->path,
		           r->existed ? "loaded" : "found missing");
		return REVIEW_CONFLICT;
	}
	if (exists && review_check_disk(r, err) < 0) {
		size_t n = strlen(err->msg);
		snprintf(err->msg + n, sizeof err->msg - n,
		         " (the file is kept: fix or remove it)");
		return REVIEW_ERROR;
	}
	return REVIEW_OK;
}

/* Replaces r->path by out (base/atomic.h: mode 0600, synced); *st is the
 * new file's.  0, or -1 + err with the old file untouched. */
static int review_replace(const struct review *r, const struct buf *out,
                          struct stat *st, struct ct_error *err)
{
	struct atomic_io io;
	struct atomic_opts o = { 0600, true, false, NULL };
	if (r->io) {
		io = (struct atomic_io){ r->io->write, r->io->fsync, r->io->rename };
		o.io = &io;
	}
	const char *why;
	if (atomic_replace(r->path, out->data, out->len, &o, st, &why) != 0) {
		ct_error_set(err, "cannot save %s: %s", r->path,
		             why && errno == ELOOP ? why : strerror(errno));
		return -1;
	}
	return 0;
}

/* Would review_load take these bytes?  The loader's own limits (ys_load:
 * YS_MAX_BYTES, the count of values, the depth) decide, so the writer
 * never leaves a file the reader refuses.  REVIEW_OK, or REVIEW_TOO_BIG
 * and err, before anything is written. */
static int review_fits(const struct review *r, const struct buf *out,
                       struct ct_error *err)
{
	if (out->len > YS_MAX_BYTES) {
		ct_error_set(err, "cannot save %s: it would be %zu bytes, over the %zu MiB "
		             "a review file may hold; nothing written (undo the change or "
		             "shorten a note)", r->path, out->len, YS_MAX_BYTES >> 20);
		return REVIEW_TOO_BIG;
	}
	struct ct_error why = {{0}};
	struct ys_doc *doc = ys_load(out->data, out->len, r->path, &why);
	if (!doc) {
		ct_error_set(err, "cannot save %s: it would not load back (%s); nothing "
		             "written (undo the change)", r->path, why.msg);
		return REVIEW_TOO_BIG;
	}
	ys_doc_free(doc);
	return REVIEW_OK;
}

/* Takes the save lock (review_lock.c): -1 + err when another process has
 * held it for REVIEW_SAVE_WAIT_S or it cannot be made.  A lock file found
 * there and free was left by a killed save: its temp file is swept. */
static int review_save_lock(const struct review *r, struct ct_error *err)
{
	char *lock = review_save_lock_path(r->path);
	bool found = false;
	int fd = review_flock(lock, REVIEW_FLOCK_WAIT, &found);
	if (fd >= 0 && found)
		review_sweep_temps(r->path);
	if (fd < 0 && errno == EWOULDBLOCK)
		ct_error_set(err, "cannot save %s: another cabletrack has been saving it "
		             "for %d s (%s); nothing written", r->path, REVIEW_SAVE_WAIT_S,
		             lock);
	else if (fd < 0)
		ct_error_set(err, "cannot save %s: cannot lock %s: %s", r->path, lock,
		             strerror(errno));
	free(lock);
	return fd;
}

/* The save: one critical section under the save lock, from the check for
 * an outside change to the rename, so that two instances saving the same
 * cable at once take turns and the second one sees the first one's file
 * (REVIEW_CONFLICT) instead of replacing it. */
int review_save(struct review *r, bool force, struct ct_error *err)
{
	char *dir = review_dirname(r->path);
	char *lock = review_save_lock_path(r->path);
	struct buf out;
	struct stat st;
	int rc = REVIEW_ERROR, fd = -1;

	buf_init(&out);
	if (review_emit(r, &out, err) < 0)
		goto done;
	rc = review_fits(r, &out, err);
	if (rc != REVIEW_OK)
		goto done;
	rc = REVIEW_ERROR;
	if (review_mkdirs(dir, err) < 0 || (fd = review_save_lock(r, err)) < 0)
		goto done;
	rc = review_may_replace(r, force, err);
	if (rc != REVIEW_OK)
		goto done;
	rc = REVIEW_ERROR;
	if (review_replace(r, &out, &st, err) < 0)
		goto done;
	r->existed = true;
	r->disk_size = st.st_size;
	r->disk_mtime = st.st_mtim;
	r->disk_ino = st.st_ino;
	r->disk_hash = review_hash(out.data, out.len);
	free(r->base);
	r->base = xmalloc(out.len + 1);
	memcpy(r->base, out.data, out.len);
	r->base[out.len] = '\0';
	r->nbase = out.len;
	rc = REVIEW_OK;
done:
	if (fd >= 0)
		review_funlock(lock, fd);
	buf_free(&out);
	free(lock);
	free(dir);
	return rc;
}

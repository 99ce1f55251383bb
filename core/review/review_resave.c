/* review_resave.c - a save that met an outside change, merged instead of
 * refused (review_save_merge in review.h).
 *
 * In: a review whose file changed on disk since it was loaded or saved (a
 * second cabletrack, a `git pull`).  Out: the three-way merge
 * (review_merge3.h) of the file as the review last read or wrote it, the
 * review as it is now, and the file on disk, loaded into the review and
 * saved; or an error with the file and the review left as they were.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "review/review_merge3.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/yamlsafe.h"

/* r's items, file and undo replaced by m's (m is freed). */
static void resave_take(struct review *r, struct review *m)
{
	for (size_t i = 0; i < r->n; i++)
		review_item_free(&r->items[i]);
	free(r->items);
	r->items = m->items;
	r->n = m->n;
	r->cap = m->cap;
	m->items = NULL;
	m->n = m->cap = 0;
	ys_doc_free(r->doc);
	r->doc = m->doc;
	m->doc = NULL;
	review_undo_free(r);
	r->undo = NULL;
	r->nundo = r->capundo = 0;
	review_free(m);
}

/* One round: merge with the file now on disk and save.  REVIEW_CONFLICT
 * when it changed again in between. */
static int resave_once(struct review *r, size_t *conflicts, struct ct_error *err)
{
	char *theirs;
	size_t ntheirs;
	struct stat st;
	int rc = ys_read_file(r->path, &theirs, &ntheirs, &st, err);
	if (rc == 1) {                   /* deleted on disk: ours, anew */
		r->existed = false;
		return review_save(r, false, err);
	}
	if (rc < 0)
		return REVIEW_ERROR;
	struct buf ours, merged;
	buf_init(&ours);
	buf_init(&merged);
	rc = REVIEW_ERROR;
	struct review_merge3_in in = { r->path, r->base ? r->base : "", NULL, theirs,
	                               r->base ? r->nbase : 0, 0, ntheirs };
	if (review_emit(r, &ours, err) == 0) {
		in.ours = ours.data ? ours.data : "";
		in.nours = ours.len;
		if (review_merge3(&in, &merged, conflicts, err) == 0) {
			struct review *m = review_new(r->path, r->cable_id);
			if (review_parse(m, merged.data ? merged.data : "", merged.len, err) < 0) {
				review_free(m);
			} else {
				resave_take(r, m);
				/* the file on disk is what the merge started from */
				r->existed = true;
				r->disk_size = st.st_size;
				r->disk_mtime = st.st_mtim;
				r->disk_ino = st.st_ino;
				r->disk_hash = review_hash(theirs, ntheirs);
				rc = review_save(r, false, err);
			}
		}
	}
	buf_free(&ours);
	buf_free(&merged);
	free(theirs);
	return rc;
}

int review_save_merge(struct review *r, size_t *conflicts, struct ct_error *err)
{
	*conflicts = 0;
	int rc = REVIEW_CONFLICT;
	for (int tries = 0; tries < 3 && rc == REVIEW_CONFLICT; tries++)
		rc = resave_once(r, conflicts, err);
	return rc;
}

/* doc.c - one input of the program: opening it on the cable screen,
 * saving its review, and the text of what went wrong with it.
 *
 * A cable opens parsed (inbox_view.c parses a lazy one first) with its
 * tree and tracker built; the first time, a review that is read-only or
 * open in another cabletrack is said on the status line.  A save never
 * overwrites a review file changed on disk since it was read: it merges
 * with it (review_save_merge, the same merge as `cabletrack merge-review`)
 * once the key that made the change is done (app_merge_pending), so that
 * no view holds a pointer into the review's items while they are
 * replaced. */
#include "app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "inbox_view.h"
#include "tracker_view.h"
#include "tree_view.h"

bool app_save(struct app *a, struct doc *d)
{
	struct ct_error err = { "" };
	if (!d->review) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return false;
	}
	int rc = review_save(d->review, false, &err);
	if (rc == REVIEW_OK) {
		/* the same cable in another file not read yet: its row asks again
		 * whether a review file exists (this save may have made it) */
		const char *id = d->cable ? d->cable->id : NULL;
		for (size_t i = 0; id && i < a->ndocs; i++) {
			const char *oid = inbox_doc_id(&a->docs[i]);
			if (a->docs[i].lazy && oid && strcmp(oid, id) == 0)
				a->docs[i].has_review = -1;
		}
		return true;
	}
	if (rc == REVIEW_CONFLICT) {
		d->merge_pending = true;     /* app_merge_pending, after this key */
		app_message(a, false, "%s changed on disk: merging", d->review->path);
	} else if (rc == REVIEW_TOO_BIG)
		app_message(a, true, "%s", err.msg);   /* says the file and undo */
	else
		app_message(a, true, "could not save %s: %s", d->review->path, err.msg);
	return false;
}

void app_merge_pending(struct app *a)
{
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		if (!d->merge_pending || !d->review)
			continue;
		d->merge_pending = false;
		/* the merge frees the items the tracker's rows point into (their
		 * party too): keep the selection by value and drop the rows first */
		int keep_para = -1;
		char keep_party[256] = "";
		if (d->trk_sel < d->ntrk && d->trk[d->trk_sel].party) {
			keep_para = d->trk[d->trk_sel].paragraph;
			snprintf(keep_party, sizeof keep_party, "%s", d->trk[d->trk_sel].party);
		}
		d->ntrk = 0;
		struct ct_error err = { "" };
		size_t conflicts = 0;
		int rc = review_save_merge(d->review, &conflicts, &err);
		if (d->cable) {
			tracker_rebuild(a, d);       /* the items were replaced */
			if (keep_para >= 0)
				tracker_select(d, keep_para, keep_party);
		}
		if (rc != REVIEW_OK)
			app_message(a, true, "%s changed on disk and could not be merged: NOT "
			            "saved (%s)", d->review->path, err.msg);
		else if (conflicts)
			app_message(a, true, "merged with the copy on disk and saved; %zu "
			            "choice%s left to you ('conflict:' in %s); undo starts anew",
			            conflicts, conflicts == 1 ? "" : "s", d->review->path);
		else
			app_message(a, false, "merged with the copy on disk and saved (undo "
			                      "starts anew)");
	}
}

void app_open_doc(struct app *a, size_t i)
{
	if (i >= a->ndocs || !inbox_doc_load(a, i)) {
		if (i < a->ndocs)
			app_message(a, true, "%s: %s", a->docs[i].path,
			            a->docs[i].error ? a->docs[i].error : "could not be read");
		return;
	}
	struct doc *d = &a->docs[i];
	if (d->review)
		review_lock(d->review);     /* open for editing (no-op once held) */
	a->cur = i;
	a->screen = SCR_CABLE;
	if (a->multi)
		inbox_set_read(a, i, true);
	a->text_top = 0;
	tree_rebuild(a, d);
	tracker_rebuild(a, d);
	if (!d->warned) {
		d->warned = true;
		if (!d->review)
			app_message(a, true, "read-only: %s", doc_why(d->review_error));
		else if (d->review->locked_by_other)
			app_message(a, true, "another cabletrack has this review open "
			            "(%s.lock): changes there and here may conflict",
			            d->review->path);
	}
}

bool app_doc_load(struct app *a, size_t i)
{
	return inbox_doc_load(a, i);
}

void app_open_tasking(struct app *a, size_t i, int paragraph, const char *party)
{
	app_open_doc(a, i);
	struct doc *d = &a->docs[i];
	tree_select_para(d, paragraph);
	tracker_select(d, paragraph, party);
	a->focus = FOCUS_TREE;
}

static char *doc_vprintf(const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	char *p = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(p, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	return p;
}

void doc_set_error(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(d->error);
	d->error = doc_vprintf(fmt, ap);
	va_end(ap);
}

void doc_set_review_error(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(d->review_error);
	d->review_error = doc_vprintf(fmt, ap);
	va_end(ap);
}

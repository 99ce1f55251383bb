/* bulk.c - acting on several cables at once.  See bulk.h.
 *
 * A mark (doc->marked) lives as long as the program.  x on the inbox sets
 * every open tasking of the marked cables done (yours only with --post),
 * or, when none is open, opens the done ones again; s asks for a status
 * and gives it to every tasking of them.  Each cable's review is saved as
 * a change from its own screen is (atomically, merged with a change on
 * disk); a cable that is read-only is left and counted.  e exports the
 * marked cables (inbox) or the cables of the rows shown (agenda) into one
 * checklist, as the cable screen's e does for one. */
#include "bulk.h"

#include <stdlib.h>
#include <string.h>

#include "inbox_view.h"
#include "tasks.h"
#include "tracker_view.h"

static size_t bulk_marked(const struct app *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->ndocs; i++)
		n += a->docs[i].marked;
	return n;
}

/* The docs to act on: the marked ones, else the inbox's selected row. */
static size_t bulk_targets(struct app *a, size_t *out)
{
	size_t n = 0;
	for (size_t i = 0; i < a->ndocs; i++)
		if (a->docs[i].marked)
			out[n++] = i;
	if (n == 0 && a->ninbox_rows && a->inbox_list.sel < a->ninbox_rows)
		out[n++] = a->inbox_rows[a->inbox_list.sel];
	return n;
}

static void bulk_mark(struct app *a)
{
	if (a->ninbox_rows == 0 || a->inbox_list.sel >= a->ninbox_rows)
		return;
	struct doc *d = &a->docs[a->inbox_rows[a->inbox_list.sel]];
	d->marked = !d->marked;
	if (a->inbox_list.sel + 1 < a->ninbox_rows)
		a->inbox_list.sel++;
	app_message(a, false, "%zu marked (x, s, e act on them)", bulk_marked(a));
}

/* The rows of d a bulk change touches: mine with --post, else all. */
static bool bulk_row(const struct app *a, const struct track_row *r)
{
	return r->item && !task_dismissed(r) && (!a->post || !*a->post || r->mine);
}

/* Sets status s (or, with s < 0, done / open again) on the taskings of
 * docs[idx]; how many changed, or -1 when it is read-only. */
static int bulk_set(struct app *a, size_t idx, int s)
{
	if (!app_doc_load(a, idx))
		return -1;
	struct doc *d = &a->docs[idx];
	if (!d->review)
		return -1;
	tracker_rebuild(a, d);
	bool any_open = false;
	for (size_t i = 0; i < d->ntrk; i++)
		if (bulk_row(a, &d->trk[i]) && effective_is_open(task_status(&d->trk[i])))
			any_open = true;
	int n = 0;
	for (size_t i = 0; i < d->ntrk; i++) {
		struct track_row *r = &d->trk[i];
		if (!bulk_row(a, r))
			continue;
		enum review_status to = s >= 0 ? (enum review_status)s :
		                        any_open ? STATUS_DONE : STATUS_OPEN;
		enum review_status now = task_status(r);
		if (now == to || (s < 0 && any_open && !effective_is_open(now)) ||
		    (s < 0 && !any_open && now != STATUS_DONE))
			continue;
		review_set_status(d->review, r->item, to);
		n++;
	}
	if (n && !app_save(a, d))
		return -1;
	tracker_rebuild(a, d);
	return n;
}

static void bulk_status(struct app *a, enum keymap_action act)
{
	int s = -1;
	if (act == ACT_CYCLE_STATUS) {
		static const char *const names[] = { "open", "doing", "done", "dropped" };
		s = prompt_choice(a, "status for their taskings", names, 4);
		if (s < 0)
			return;
	}
	size_t *idx = calloc(a->ndocs ? a->ndocs : 1, sizeof *idx);
	if (!idx)
		abort();
	size_t n = bulk_targets(a, idx), changed = 0, ro = 0;
	for (size_t i = 0; i < n; i++) {
		int c = bulk_set(a, idx[i], s);
		if (c < 0)
			ro++;
		else
			changed += (size_t)c;
	}
	free(idx);
	a->inbox_dirty = true;
	if (ro && !a->msg_err)
		app_message(a, true, "%zu tasking%s changed in %zu cable%s; %zu read-only "
		            "left as they were", changed, changed == 1 ? "" : "s", n - ro,
		            n - ro == 1 ? "" : "s", ro);
	else if (!a->msg_err)
		app_message(a, false, "%zu tasking%s changed in %zu cable%s (saved)", changed,
		            changed == 1 ? "" : "s", n, n == 1 ? "" : "s");
}

/* e: the marked cables (inbox) or those of the agenda's rows. */
static void bulk_export(struct app *a)
{
	size_t *idx = calloc(a->ndocs ? a->ndocs : 1, sizeof *idx);
	struct doc **docs = calloc(a->ndocs ? a->ndocs : 1, sizeof *docs);
	if (!idx || !docs)
		abort();
	size_t n = 0;
	if (a->screen == SCR_AGENDA) {
		for (size_t i = 0; i < a->nagenda; i++) {
			size_t k = a->agenda[i].doc;
			bool seen = false;
			for (size_t j = 0; j < n && !seen; j++)
				seen = idx[j] == k;
			if (!seen)
				idx[n++] = k;
		}
	} else {
		n = bulk_targets(a, idx);
	}
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (app_doc_load(a, idx[i]) && a->docs[idx[i]].cable)
			docs[m++] = &a->docs[idx[i]];
	if (m == 0)
		app_message(a, false, "no cable to export");
	else
		app_export_docs(a, docs, m);
	free(docs);
	free(idx);
}

bool bulk_action(struct app *a, enum keymap_action act)
{
	if (a->screen == SCR_AGENDA) {
		if (act != ACT_EXPORT)
			return false;
		bulk_export(a);
		return true;
	}
	if (a->screen != SCR_INBOX)
		return false;
	if (a->inbox_dirty)
		inbox_rows_rebuild(a);
	list_clamp(&a->inbox_list, a->ninbox_rows);
	switch (act) {
	case ACT_MARK:
		bulk_mark(a);
		return true;
	case ACT_TOGGLE_DONE:
	case ACT_CYCLE_STATUS:
		bulk_status(a, act);
		return true;
	case ACT_EXPORT:
		bulk_export(a);
		return true;
	default:
		return false;
	}
}

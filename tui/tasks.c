/* tasks.c - a cable's taskings as the views hold them.  See tasks.h. */
#include "tasks.h"

#include <limits.h>

#include "tasking/tasking.h"

struct track_row task_row(const struct app *a, struct doc *d,
                          const struct effective_row *er)
{
	struct review_item *it = er->item ?
		&d->review->items[er->item - d->review->items] : NULL;
	return (struct track_row){ er->paragraph, er->party, er->tasking, it,
	                           app_is_mine(a, er->party), false };
}

enum review_status task_status(const struct track_row *r)
{
	return effective_status(r->item);
}

struct effective_due task_due(const struct track_row *r)
{
	return effective_due(r->t ? r->t->deadline : NULL, r->item);
}

bool task_dismissed(const struct track_row *r)
{
	return r->item && r->item->dismissed != DISMISS_NONE;
}

bool task_by_reviewer(const struct track_row *r)
{
	return r->item && r->item->manual;
}

bool task_reworded(const struct track_row *r)
{
	return r->t && r->item && !r->item->manual && r->item->summary &&
	       r->item->summary[0];
}

const char *task_summary(const struct track_row *r, bool original)
{
	if (original && task_reworded(r))
		return effective_summary(r->t, NULL);
	return effective_summary(r->t, r->item);
}

const char *task_badge(const struct track_row *r)
{
	if (task_dismissed(r))
		return "\xe2\x9c\x97 ";
	return task_by_reviewer(r) || task_reworded(r) ? "\xe2\x9c\x8e " : "";
}

const char *task_para_party(const struct doc *d, int paragraph, size_t i,
                            bool *reviewer)
{
	if (reviewer)
		*reviewer = false;
	for (size_t k = 0; k < d->ntrk; k++) {
		const struct track_row *r = &d->trk[k];
		if (r->paragraph != paragraph || task_dismissed(r) ||
		    (!r->t && !task_by_reviewer(r)))
			continue;                   /* another ¶, dismissed, stale */
		if (i-- == 0) {
			if (reviewer)
				*reviewer = task_by_reviewer(r);
			return r->party;
		}
	}
	return NULL;
}

bool task_filter_post(const struct app *a, const char *party)
{
	if (!a->filter.post[0])
		return true;
	return party && party_matches(a->filter.post, party);
}

bool task_visible(const struct app *a, const struct track_row *r)
{
	const struct filter *f = &a->filter;
	if (!task_filter_post(a, r->party))
		return false;
	if (f->status >= 0 && (int)task_status(r) != f->status)
		return false;
	if (f->due_days >= 0) {
		/* "overdue" and "due in N days" are for what is still to do */
		if (!effective_is_open(task_status(r)))
			return false;
		long due = task_due(r).days;
		if (due == LONG_MAX)
			return false;
		if (f->due_days == 0 ? due >= a->today : due > a->today + f->due_days)
			return false;
	}
	return true;
}

/* tracker_view.c - the action/deadline tracker: one row per (tasking,
 * party) with the paragraph, what is asked, the deadline against today,
 * the reviewer's status and a note marker.  "Mine" (--post) comes first.
 *
 * Rows are the core's effective rows (review/effective.h: the review's
 * items, manual ones too, and the cable's taskings, one per paragraph and
 * party); what is in force for a row (status, due date) is read through
 * the same core rule as the item is now (tasks.h), so a change shows at
 * once.  This file builds the rows, keeps the selection and handles the
 * keys and the changes; tracker_draw.c draws them.  The tree is not known
 * here: the cable screen (actions.c) moves it to the row's paragraph when
 * tracker_key says the selection moved, and asks for the tasking of the
 * tree's paragraph before a change made from the tree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "due.h"
#include "review/effective.h"
#include "tasks.h"
#include "tracker_view.h"

static void tracker_push(struct doc *d, struct track_row r)
{
	if (d->ntrk == d->captrk) {
		size_t cap = d->captrk ? d->captrk * 2 : 32;
		struct track_row *n = realloc(d->trk, cap * sizeof *n);
		if (!n)
			abort();
		d->trk = n;
		d->captrk = cap;
	}
	d->trk[d->ntrk++] = r;
}

/* Sort key: mine first, then parties in the order the cable first names
 * them, then paragraph. */
struct tracker_key {
	struct track_row row;
	size_t party_rank;
	size_t index;
};

static int tracker_cmp(const void *pa, const void *pb)
{
	const struct tracker_key *a = pa, *b = pb;
	if (a->row.mine != b->row.mine)
		return a->row.mine ? -1 : 1;
	if (a->party_rank != b->party_rank)
		return a->party_rank < b->party_rank ? -1 : 1;
	if (a->row.paragraph != b->row.paragraph)
		return a->row.paragraph < b->row.paragraph ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* The rows whose asks are unfolded, by paragraph and party (copied: a
 * merge may have freed the strings the rows point to), so that they stay
 * unfolded when the rows are made again.  A list that ends with a party of
 * "" (NULL when none is unfolded). */
struct unfolded {
	int para;
	char party[256];
};

static struct unfolded *tracker_unfolded(const struct doc *d)
{
	struct unfolded *u = NULL;
	size_t n = 0;
	for (size_t i = 0; i < d->ntrk; i++) {
		if (!d->trk[i].asks_open || !d->trk[i].party)
			continue;
		if (!u && !(u = calloc(d->ntrk + 1, sizeof *u)))
			abort();
		u[n].para = d->trk[i].paragraph;
		snprintf(u[n++].party, sizeof u->party, "%s", d->trk[i].party);
	}
	return u;
}

static bool unfolded_has(const struct unfolded *u, const struct track_row *r)
{
	if (!r->t || r->t->nasks == 0 || !r->party)
		return false;
	for (; u && u->party[0]; u++)
		if (u->para == r->paragraph && strcmp(u->party, r->party) == 0)
			return true;
	return false;
}

void tracker_rebuild(struct app *a, struct doc *d)
{
	const struct cable *c = d->cable;
	int keep_para = -1;
	const char *keep_party = NULL;
	char keep_buf[256] = "";
	if (d->trk_sel < d->ntrk) {
		keep_para = d->trk[d->trk_sel].paragraph;
		snprintf(keep_buf, sizeof keep_buf, "%s", d->trk[d->trk_sel].party ?
		         d->trk[d->trk_sel].party : "");
		keep_party = keep_buf;
	}
	struct unfolded *unf = tracker_unfolded(d);
	d->ntrk = 0;
	/* the rows and what is in force: the core's model (review/effective.h);
	 * a row keeps a writable pointer to its item for the changes */
	struct effective e;
	if (a->show_dismissed)
		effective_build_all(&e, c, d->review);
	else
		effective_build(&e, c, d->review);
	for (size_t i = 0; i < e.n; i++) {
		struct track_row r = task_row(a, d, &e.rows[i]);
		r.asks_open = unfolded_has(unf, &r);
		tracker_push(d, r);
	}
	free(unf);
	effective_free(&e);
	if (d->ntrk > 1) {
		struct tracker_key *k = calloc(d->ntrk, sizeof *k);
		if (!k)
			abort();
		for (size_t i = 0; i < d->ntrk; i++) {
			k[i].row = d->trk[i];
			k[i].index = i;
			k[i].party_rank = i;
			for (size_t j = 0; j < i; j++)
				if (d->trk[j].party && d->trk[i].party &&
				    strcmp(d->trk[j].party, d->trk[i].party) == 0) {
					k[i].party_rank = k[j].party_rank;
					break;
				}
		}
		qsort(k, d->ntrk, sizeof *k, tracker_cmp);
		for (size_t i = 0; i < d->ntrk; i++)
			d->trk[i] = k[i].row;
		free(k);
	}
	d->trk_sel = 0;
	if (keep_party)
		tracker_select(d, keep_para, keep_party);
	if (d->trk_list.top >= d->ntrk)
		d->trk_list.top = 0;
}

void tracker_select(struct doc *d, int paragraph, const char *party)
{
	for (size_t i = 0; i < d->ntrk; i++)
		if (d->trk[i].paragraph == paragraph && d->trk[i].party && party &&
		    strcmp(d->trk[i].party, party) == 0)
			d->trk_sel = i;
}

/* ---- the selection ----------------------------------------------------------- */

struct list *tracker_list(struct app *a, struct doc *d)
{
	struct list *l = &d->trk_list;
	const struct track_row *cur = tracker_current(a, d);
	size_t n = 0;
	for (size_t i = 0; i < d->ntrk; i++) {
		if (!task_visible(a, &d->trk[i]))
			continue;
		if (&d->trk[i] == cur)
			l->sel = n;
		n++;
	}
	list_clamp(l, n);
	return l;
}

struct track_row *tracker_current(struct app *a, struct doc *d)
{
	if (d->trk_sel < d->ntrk && task_visible(a, &d->trk[d->trk_sel]))
		return &d->trk[d->trk_sel];
	for (size_t i = 0; i < d->ntrk; i++)
		if (task_visible(a, &d->trk[i])) {
			d->trk_sel = i;
			return &d->trk[i];
		}
	return NULL;
}

void tracker_follow_para(struct app *a, struct doc *d, int number)
{
	struct track_row *cur = tracker_current(a, d);
	if (cur && cur->paragraph == number)
		return;
	for (size_t i = 0; i < d->ntrk; i++)
		if (d->trk[i].paragraph == number && task_visible(a, &d->trk[i])) {
			d->trk_sel = i;
			return;
		}
}

/* ---- keys ----------------------------------------------------------------------- */

/* A movement key over the rows the filter lets through; false when none
 * shows. */
static bool tracker_move(struct app *a, struct doc *d, enum keymap_action act)
{
	struct list *l = tracker_list(a, d);
	if (l->n == 0)
		return false;
	list_move(l, act, list_page_pane());
	for (size_t i = 0, v = 0; i < d->ntrk; i++) {
		if (!task_visible(a, &d->trk[i]))
			continue;
		if (v++ == l->sel) {
			d->trk_sel = i;
			break;
		}
	}
	return true;
}

enum pane_key tracker_key(struct app *a, struct doc *d, enum keymap_action act)
{
	switch (act) {
	case ACT_NEXT:
	case ACT_PREV:
	case ACT_FIRST:
	case ACT_LAST:
	case ACT_PAGE_DOWN:
	case ACT_PAGE_UP:
		return tracker_move(a, d, act) ? PANE_MOVED : PANE_DONE;
	case ACT_TOGGLE:
		if (!tracker_current(a, d))
			return PANE_DONE;
		a->focus = FOCUS_TREE;     /* to the row's paragraph */
		return PANE_MOVED;
	default:
		return PANE_IGNORED;
	}
}

/* ---- the asks ------------------------------------------------------------------ */

void tracker_toggle_asks(struct app *a, struct doc *d)
{
	struct track_row *r = tracker_current(a, d);
	if (!r) {
		app_message(a, false, "no tasking selected");
		return;
	}
	char sp[64];
	app_short_party(r->party, sp, sizeof sp);
	if (!r->t || r->t->nasks == 0) {
		app_message(a, false, "%s \xc2\xb6%d: its line names no bullets to "
		            "unfold", sp, r->paragraph);
		return;
	}
	r->asks_open = !r->asks_open;
	if (r->asks_open)
		app_message(a, false, "%s \xc2\xb6%d: %zu asks", sp, r->paragraph,
		            r->t->nasks);
}

/* ---- changes ---------------------------------------------------------------------- */

void tracker_act(struct app *a, struct doc *d, enum keymap_action act)
{
	char sp[64];
	if (!d->review) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return;
	}
	if (act == ACT_UNDO) {
		if (!review_undo(d->review)) {
			app_message(a, false, "nothing to undo");
			return;
		}
		tracker_rebuild(a, d);
		if (app_save(a, d))
			app_message(a, false, "undone");
		return;
	}
	struct track_row *r = tracker_current(a, d);
	if (!r || !r->item) {
		app_message(a, false, "no tasking selected");
		return;
	}
	struct review_item *it = r->item;
	app_short_party(r->party, sp, sizeof sp);
	switch (act) {
	case ACT_TOGGLE_DONE:
		review_set_status(d->review, it, it->status == STATUS_DONE ?
		                  STATUS_OPEN : STATUS_DONE);
		break;
	case ACT_CYCLE_STATUS:
		review_set_status(d->review, it,
		                  (enum review_status)((it->status + 1) % 4));
		break;
	case ACT_NOTE: {
		char label[128], note[2048];
		snprintf(label, sizeof label, "note for %s \xc2\xb6%d (Enter saves, Esc "
		         "cancels): ", sp, r->paragraph);
		const char *old = it->note ? it->note : "";
		int pr = prompt_read(a, label, old, note, sizeof note);
		if (pr == PROMPT_CANCEL) {
			app_message(a, false, "note unchanged");
			return;
		}
		if (strcmp(note, old) == 0) {
			if (pr == PROMPT_OK)
				app_message(a, false, "note unchanged");
			return;
		}
		review_set_note(d->review, it, note);
		if (app_save(a, d) && pr == PROMPT_OK)
			app_message(a, false, "note saved for %s \xc2\xb6%d", sp, r->paragraph);
		return;
	}
	case ACT_SET_DUE:
		if (due_edit(a, d, it))
			tracker_rebuild(a, d);
		return;
	default:
		return;
	}
	if (app_save(a, d))
		app_message(a, false, "%s \xc2\xb6%d: %s (saved)", sp, r->paragraph,
		            review_status_name(it->status));
}

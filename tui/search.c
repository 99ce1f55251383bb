/* search.c - the ways to find something in the open cable: / search (the
 * paragraph tree does the matching), f filter of the tracker and m, its
 * shortcut for my post's taskings, and r to follow a reference.
 *
 * The filter is typed as words in any order: a status, "overdue", "7d"
 * (due within 7 days), anything else a post; the filter words it shows
 * ("post X status done") read back the same.  r goes to a paragraph the
 * selected one names ("see paras 4 and 7"), else to a REF cable that is
 * in the inbox, else lists the references. */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "inbox_view.h"
#include "tasking/pararefs.h"
#include "tasks.h"
#include "tracker_view.h"
#include "tree_view.h"

void app_search(struct app *a, struct doc *d)
{
	char q[256];
	int r = prompt_read(a, "search: ", "", q, sizeof q);
	if (r != PROMPT_OK || (!q[0] && !a->search[0]))
		return;
	if (q[0])   /* empty: the last search again, as in vi and less */
		snprintf(a->search, sizeof a->search, "%s", q);
	if (tree_search(a, d, 1, false))
		app_follow_tree(a, d);
}

static void app_filter_describe(const struct filter *f, char *buf, size_t size)
{
	buf[0] = 0;
	size_t n = 0;
	if (f->post[0])
		n += (size_t)snprintf(buf + n, size - n, "post %s ", f->post);
	if (f->status >= 0 && n < size)
		n += (size_t)snprintf(buf + n, size - n, "status %s ",
		                      review_status_name((enum review_status)f->status));
	if (f->due_days == 0 && n < size)
		n += (size_t)snprintf(buf + n, size - n, "overdue ");
	else if (f->due_days > 0 && n < size)
		n += (size_t)snprintf(buf + n, size - n, "due in %dd ", f->due_days);
	if (n > 0 && n <= size)
		buf[n - 1] = 0;
}

void app_filter(struct app *a, struct doc *d)
{
	char cur[128], in[128];
	app_filter_describe(&a->filter, cur, sizeof cur);
	int r = prompt_read(a, "filter (POST, open|doing|done|dropped, overdue, "
	                    "7d; empty clears): ", cur, in, sizeof in);
	if (r != PROMPT_OK)
		return;
	struct filter f = { "", -1, -1 };
	char *save = NULL;
	for (char *w = strtok_r(in, " ,", &save); w; w = strtok_r(NULL, " ,", &save)) {
		enum review_status s;
		int days;
		char unit;
		if (strcmp(w, "post") == 0 || strcmp(w, "status") == 0 ||
		    strcmp(w, "due") == 0 || strcmp(w, "in") == 0)
			continue;
		if (strcmp(w, "all") == 0 || strcmp(w, "any") == 0)
			continue;
		if (review_status_parse(w, &s) == 0)
			f.status = (int)s;
		else if (strcmp(w, "overdue") == 0)
			f.due_days = 0;
		else if (sscanf(w, "%d%c", &days, &unit) == 2 && unit == 'd' && days >= 0)
			f.due_days = days;
		else if (f.post[0]) {
			size_t n = strlen(f.post);
			snprintf(f.post + n, sizeof f.post - n, " %s", w);
		} else
			snprintf(f.post, sizeof f.post, "%s", w);
	}
	a->filter = f;
	tracker_rebuild(a, d);
	char desc[128];
	app_filter_describe(&a->filter, desc, sizeof desc);
	size_t shown = 0;
	for (size_t i = 0; i < d->ntrk; i++)
		shown += task_visible(a, &d->trk[i]);
	if (desc[0])
		app_message(a, false, "filter: %s (%zu of %zu taskings)", desc, shown, d->ntrk);
	else
		app_message(a, false, "filter cleared");
}

/* m: only my post's taskings (the filter's post set to --post), or all. */
void app_mine_only(struct app *a, struct doc *d)
{
	char sp[64], k[64] = "";
	keymap_keys_for(a->km, ACT_MINE_ONLY, k, sizeof k);
	if (!a->post || !*a->post) {
		app_message(a, false, "every post is shown: start with --post NAME to "
		            "pick yours (f filters by any post)");
		return;
	}
	app_short_party(a->post, sp, sizeof sp);
	if (a->filter.post[0]) {
		a->filter.post[0] = 0;
		app_message(a, false, "taskings of every post shown (%s: only %s)",
		            k[0] ? k : "m", sp);
	} else {
		snprintf(a->filter.post, sizeof a->filter.post, "%s", a->post);
		app_message(a, false, "only %s's taskings shown (%s: every post)", sp,
		            k[0] ? k : "m");
	}
	tracker_rebuild(a, d);
	app_follow_tree(a, d);
}

/* "see paras 4 and 7": to the first paragraph of this cable that the
 * selected one names.  False when it names none. */
static bool app_para_exists(const struct cable *c, int number)
{
	for (size_t k = 0; k < c->nparas; k++)
		if (c->paras[k].number == number)
			return true;
	return false;
}

/* r again on a paragraph the last r went to: the next one of the list
 * ("see paras 4 and 7": ¶4, then ¶7).  False when there is none. */
static bool app_jump_trail(struct app *a, struct doc *d, int here)
{
	if (a->ref_doc != a->cur || a->ref_at + 1 >= a->nref_trail ||
	    a->ref_trail[a->ref_at] != here)
		return false;
	a->ref_at++;
	tree_select_para(d, a->ref_trail[a->ref_at]);
	app_message(a, false, "\xc2\xb6%d (\xc2\xb6%d names %s: %zu of %zu)",
	            a->ref_trail[a->ref_at], a->ref_from, a->ref_list, a->ref_at + 1,
	            a->nref_trail);
	return true;
}

/* "see paras 4 and 7": to the first paragraph of this cable that the
 * selected row names (a bullet's own words first: "the nonpaper in para
 * 5"); r again goes on to the next.  False when it names none. */
static bool app_jump_para_ref(struct app *a, struct doc *d)
{
	const struct cable *c = d->cable;
	if (d->tree_list.sel >= d->nrows)
		return false;
	const struct tree_row *row = &d->rows[d->tree_list.sel];
	const struct paragraph *p = &c->paras[row->para];
	if (app_jump_trail(a, d, p->number))
		return true;
	int refs[16];
	size_t n = 0;
	if (row->kind == TROW_NODE && row->node && row->node->text)
		n = pararefs_find(row->node->text, refs, sizeof refs / sizeof *refs);
	if (n == 0)
		n = pararefs_find(p->text, refs, sizeof refs / sizeof *refs);
	a->nref_trail = 0;
	size_t used = 0;
	a->ref_list[0] = 0;
	for (size_t i = 0; i < n; i++) {
		if (!app_para_exists(c, refs[i]) || refs[i] == p->number ||
		    a->nref_trail >= sizeof a->ref_trail / sizeof a->ref_trail[0])
			continue;
		a->ref_trail[a->nref_trail++] = refs[i];
		if (used < sizeof a->ref_list)
			used += (size_t)snprintf(a->ref_list + used, sizeof a->ref_list - used,
			                         "%s\xc2\xb6%d", used ? ", " : "", refs[i]);
	}
	if (a->nref_trail == 0)
		return false;
	a->ref_doc = a->cur;
	a->ref_at = 0;
	a->ref_from = p->number;
	tree_select_para(d, a->ref_trail[0]);
	if (a->nref_trail > 1)
		app_message(a, false, "\xc2\xb6%d (\xc2\xb6%d names %s; r: the next)",
		            a->ref_trail[0], p->number, a->ref_list);
	else
		app_message(a, false, "\xc2\xb6%d (\xc2\xb6%d names %s)", a->ref_trail[0],
		            p->number, a->ref_list);
	return true;
}

void app_jump_ref(struct app *a, struct doc *d)
{
	const struct cable *c = d->cable;
	if (app_jump_para_ref(a, d))
		return;
	if (c->nrefs == 0) {
		app_message(a, false, "this cable has no references");
		return;
	}
	for (size_t r = 0; r < c->nrefs; r++) {
		if (!c->refs[r].id)
			continue;
		for (size_t i = 0; i < a->ndocs; i++) {
			const char *oid = inbox_doc_id(&a->docs[i]);
			if (oid && strcmp(oid, c->refs[r].id) == 0 && i != a->cur) {
				app_open_doc(a, i);
				app_message(a, false, "REF %s: %s", c->refs[r].letter ?
				            c->refs[r].letter : "", c->refs[r].id);
				return;
			}
		}
	}
	char buf[400];
	size_t n = 0;
	buf[0] = 0;
	for (size_t r = 0; r < c->nrefs && n < sizeof buf; r++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s%s%s",
		                      r ? "; " : "", c->refs[r].letter ? c->refs[r].letter : "",
		                      c->refs[r].letter ? ". " : "", c->refs[r].text ?
		                      c->refs[r].text : "?");
	app_message(a, false, "REF %s (none of them in the inbox)", buf);
}

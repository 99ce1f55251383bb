/* agenda_view.c - every open tasking of every cable in the inbox, by
 * deadline (none last); only mine when --post is given, until the
 * mine-only key (m) shows every post.  Enter jumps to the tasking's
 * paragraph; the status and deadline keys work here too.
 *
 * A cable that is not parsed and has no review file gives its rows from
 * the inbox index (paragraph, party, deadline, checklist line), so that
 * a big inbox opens its agenda without reading its cables; a key that
 * changes such a row parses that one cable first. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "agenda_view.h"
#include "app.h"
#include "draw.h"
#include "due.h"
#include "inbox/inbox.h"
#include "review/effective.h"
#include "tasks.h"
#include "theme.h"

static int agenda_cmp(const void *pa, const void *pb)
{
	const struct agenda_row *a = pa, *b = pb;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	if (a->row.paragraph != b->row.paragraph)
		return a->row.paragraph < b->row.paragraph ? -1 : 1;
	return strcmp(a->row.party ? a->row.party : "", b->row.party ? b->row.party : "");
}

static void agenda_push(struct app *a, struct agenda_row r)
{
	if (a->nagenda == a->capagenda) {
		size_t cap = a->capagenda ? a->capagenda * 2 : 64;
		struct agenda_row *n = realloc(a->agenda, cap * sizeof *n);
		if (!n)
			abort();
		a->agenda = n;
		a->capagenda = cap;
	}
	a->agenda[a->nagenda++] = r;
}

/* The rows of a cable not parsed, from its inbox index row (no review:
 * every entry is open, the finder's deadline in force). */
struct agenda_index {
	struct app *a;
	size_t doc;
	bool mine_only;
};

static bool agenda_index_one(void *ctx, const struct inbox_task *t)
{
	struct agenda_index *ai = ctx;
	struct app *a = ai->a;
	bool mine = app_is_mine(a, t->party);
	if (ai->mine_only && !mine)
		return true;
	struct track_row r = { t->paragraph, arena_strdup(&a->agenda_strings, t->party),
	                       NULL, NULL, mine, false };
	agenda_push(a, (struct agenda_row){ ai->doc, r, effective_due(t->deadline, NULL).days,
	                                    arena_strdup(&a->agenda_strings, t->summary) });
	return true;
}

struct agenda_id {
	const char *id;
	size_t doc;
};

static int agenda_id_cmp(const void *pa, const void *pb)
{
	const struct agenda_id *x = pa, *y = pb;
	int c = strcmp(x->id, y->id);
	return c ? c : x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Per doc: true when an earlier doc holds the same cable (by id), whose
 * taskings the agenda lists once.  calloc'd; NULL out of memory. */
static bool *agenda_repeats(const struct app *a)
{
	bool *rep = calloc(a->ndocs ? a->ndocs : 1, sizeof *rep);
	struct agenda_id *v = calloc(a->ndocs ? a->ndocs : 1, sizeof *v);
	size_t n = 0;
	if (!rep || !v) {
		free(v);
		free(rep);
		return NULL;
	}
	for (size_t i = 0; i < a->ndocs; i++) {
		const struct doc *d = &a->docs[i];
		const char *id = d->cable ? d->cable->id :
		                 d->lazy && d->ix && !d->ix->error ? d->ix->id : NULL;
		if (id)
			v[n++] = (struct agenda_id){ id, i };
	}
	qsort(v, n, sizeof *v, agenda_id_cmp);
	for (size_t i = 1; i < n; i++)
		if (strcmp(v[i].id, v[i - 1].id) == 0)
			rep[v[i].doc] = true;
	free(v);
	return rep;
}

void agenda_rebuild(struct app *a)
{
	a->nagenda = 0;
	bool *rep = agenda_repeats(a);
	arena_free(&a->agenda_strings);
	arena_init(&a->agenda_strings);
	bool mine_only = a->post && *a->post && !a->agenda_all;
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		if (rep && rep[i])
			continue;             /* the same cable, listed once */
		if (!d->cable) {
			/* not parsed, and without a review (inbox_load_for_agenda
			 * parsed those): its index row is enough */
			struct agenda_index ai = { a, i, mine_only };
			if (d->lazy && d->ix && !d->ix->error)
				inbox_row_each(d->ix, agenda_index_one, &ai);
			continue;
		}
		/* the core's rows of the cable (review/effective.h) */
		struct effective e;
		effective_build(&e, d->cable, d->review);
		for (size_t j = 0; j < e.n; j++) {
			struct track_row r = task_row(a, d, &e.rows[j]);
			if (!effective_is_open(task_status(&r)))
				continue;
			if (mine_only && !r.mine)
				continue;
			agenda_push(a, (struct agenda_row){ i, r, task_due(&r).days, NULL });
		}
		effective_free(&e);
	}
	free(rep);
	if (a->nagenda > 1)
		qsort(a->agenda, a->nagenda, sizeof *a->agenda, agenda_cmp);
	list_clamp(&a->agenda_list, a->nagenda);
}

/* The selected row with its cable parsed: a row from the index has its
 * cable parsed and its review attached first, and the agenda rebuilt, the
 * same tasking selected again.  NULL when the cable no longer parses or
 * the tasking is gone. */
static struct agenda_row *agenda_selected_parsed(struct app *a)
{
	struct agenda_row *ar = &a->agenda[a->agenda_list.sel];
	if (!ar->summary)
		return ar;
	size_t doc = ar->doc;
	int para = ar->row.paragraph;
	char party[512];
	snprintf(party, sizeof party, "%s", ar->row.party);
	bool ok = app_doc_load(a, doc);
	agenda_rebuild(a);
	if (!ok)
		return NULL;
	for (size_t i = 0; i < a->nagenda; i++) {
		struct agenda_row *r = &a->agenda[i];
		if (r->doc == doc && r->row.paragraph == para && r->row.party &&
		    strcmp(r->row.party, party) == 0) {
			a->agenda_list.sel = i;
			return r;
		}
	}
	return NULL;
}

/* What the agenda shows and the key that changes it, on its title line. */
static void agenda_scope(const struct app *a, char *buf, size_t size)
{
	char sp[64], k[64] = "";
	keymap_keys_for(a->km, ACT_MINE_ONLY, k, sizeof k);
	char *comma = strstr(k, ", ");
	if (comma)
		*comma = 0;
	if (!a->post || !*a->post)
		snprintf(buf, size, "Showing every post's open taskings (--post NAME "
		         "picks yours).");
	else if (a->agenda_all)
		snprintf(buf, size, "Showing every post's open taskings%s%s%s%s.",
		         k[0] ? "; " : "", k, k[0] ? ": only " : "",
		         k[0] ? app_short_party(a->post, sp, sizeof sp) : "");
	else
		snprintf(buf, size, "Showing only %s's open taskings%s%s%s.",
		         app_short_party(a->post, sp, sizeof sp), k[0] ? "; " : "", k,
		         k[0] ? ": every post's" : "");
}

void agenda_draw(struct app *a, struct box b)
{
	bool wide = b.w >= 78;
	int duew = wide ? 21 : 13, idw = wide && b.w < 100 ? 14 : 16, partyw = 10,
	    paraw = 5;
	int sumw = b.w - 2 - duew - idw - partyw - paraw;
	char head[256], scope[160];
	snprintf(head, sizeof head, "  %-*s%-*s%-*s%-*s%s", duew, "DUE", idw, "CABLE", partyw,
	         "POST", paraw, "PARA", "WHAT IS ASKED");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE_FOCUS));
	draw_cell(b.y, b.x, b.w, head, theme(TH_PANE_FOCUS));
	/* the last line says whose taskings these are and how to change it */
	agenda_scope(a, scope, sizeof scope);
	if (b.h >= 4) {
		draw_fill(b.y + b.h - 1, b.x, b.w, theme(TH_PANE));
		draw_cell(b.y + b.h - 1, b.x + 1, b.w - 1, scope, theme(TH_PANE));
		b.h--;
	}
	int h = b.h - 1;
	if (h <= 0)
		return;
	if (a->nagenda == 0) {
		char msg[200], k[64] = "";
		keymap_keys_for(a->km, ACT_MINE_ONLY, k, sizeof k);
		if (a->post && *a->post && !a->agenda_all) {
			char sp[64];
			snprintf(msg, sizeof msg, "Nothing open for %s in these cables%s%s%s.",
			         app_short_party(a->post, sp, sizeof sp), k[0] ? " (" : "", k,
			         k[0] ? " shows every post)" : "");
		} else {
			snprintf(msg, sizeof msg, "Nothing open in these cables.");
		}
		draw_text(b.y + 1, b.x + 2, b.w - 2, msg, theme(TH_MARK));
		return;
	}
	struct list *l = &a->agenda_list;
	list_clamp(l, a->nagenda);
	list_visible(l, (size_t)h);
	for (int row = 0; row < h && l->top + (size_t)row < a->nagenda; row++) {
		size_t i = l->top + (size_t)row;
		const struct agenda_row *ar = &a->agenda[i];
		const struct doc *doc = &a->docs[ar->doc];
		const char *id = doc->cable ? doc->cable->id : doc->ix ? doc->ix->id : NULL;
		if (!id)              /* no year in the text: the post and serial */
			id = doc->cable ? doc->cable->serial : doc->ix ? doc->ix->serial : NULL;
		int y = b.y + 1 + row;
		bool sel = i == l->sel;
		attr_t base = sel ? theme(TH_SEL) : theme(TH_NORMAL);
		draw_fill(y, b.x, b.w, base);
		int x = b.x;
		draw_text(y, x, 2, sel ? "> " : "  ", base);
		x += 2;
		char due[80], sp[64], para[16];
		int urg = 0;
		if (ar->due == LONG_MAX)
			snprintf(due, sizeof due, "no deadline");
		else
			due_label(a->today, ar->due, wide, due, sizeof due, &urg);
		draw_cell(y, x, duew - 1, due, sel ? base : urg == 2 ? theme(TH_OVERDUE) :
		          urg == 1 ? theme(TH_SOON) : base);
		x += duew;
		draw_cell(y, x, idw - 1, id ? id : doc->path, base);
		x += idw;
		draw_cell(y, x, partyw - 1, app_short_party(ar->row.party, sp, sizeof sp),
		          base | (ar->row.mine && !sel ? theme(TH_MINE) : 0));
		x += partyw;
		snprintf(para, sizeof para, "\xc2\xb6%d", ar->row.paragraph);
		draw_cell(y, x, paraw - 1, para, base);
		x += paraw;
		const char *sum = ar->summary ? ar->summary :
		                  ar->row.t && ar->row.t->summary ? ar->row.t->summary :
		                  ar->row.t && ar->row.t->quote ? ar->row.t->quote : "";
		char line[600];
		snprintf(line, sizeof line, "%s%s", task_status(&ar->row) ==
		         STATUS_DOING ? "[doing] " : "", sum);
		if (sumw > 0)
			draw_cell(y, x, sumw, line, base);
	}
}

static void agenda_jump(struct app *a)
{
	if (a->agenda_list.sel >= a->nagenda)
		return;
	struct agenda_row ar = a->agenda[a->agenda_list.sel];
	char party[512];
	snprintf(party, sizeof party, "%s", ar.row.party ? ar.row.party : "");
	app_open_tasking(a, ar.doc, ar.row.paragraph, party);
	a->from_agenda = a->screen == SCR_CABLE;   /* q comes back here */
}

/* A change made here to docs[doc]: u here undoes it. */
static void agenda_changed(struct app *a, size_t doc)
{
	size_t cap = sizeof a->agenda_undo / sizeof a->agenda_undo[0];
	if (a->nagenda_undo == cap) {
		memmove(a->agenda_undo, a->agenda_undo + 1, (cap - 1) * sizeof a->agenda_undo[0]);
		a->nagenda_undo--;
	}
	a->agenda_undo[a->nagenda_undo++] = doc;
}

/* u: undo the last change made in the agenda, in its cable's review. */
static void agenda_undo(struct app *a)
{
	while (a->nagenda_undo > 0) {
		struct doc *d = &a->docs[a->agenda_undo[--a->nagenda_undo]];
		if (!d->review || !review_undo(d->review))
			continue;            /* undone on the cable screen already */
		if (app_save(a, d))
			app_message(a, false, "undone in %s (saved)",
			            d->cable && d->cable->id ? d->cable->id : d->path);
		agenda_rebuild(a);
		return;
	}
	app_message(a, false, "nothing to undo in the agenda");
}

/* m: my post's open taskings only, or every post's. */
static void agenda_mine_only(struct app *a)
{
	if (!a->post || !*a->post) {
		app_message(a, false, "every post is shown: start with --post NAME "
		            "to pick yours");
		return;
	}
	a->agenda_all = !a->agenda_all;
	agenda_rebuild(a);
	if (a->agenda_all)
		app_message(a, false, "agenda: every post's open taskings");
	else {
		char sp[64];
		app_message(a, false, "agenda: only %s's open taskings",
		            app_short_party(a->post, sp, sizeof sp));
	}
}

/* x or s on the selected row: done / open again, or the next status;
 * saved at once. */
static void agenda_set_status(struct app *a, enum keymap_action act)
{
	struct agenda_row *ar = agenda_selected_parsed(a);
	if (!ar) {
		app_message(a, true, "that tasking is no longer in the cable");
		return;
	}
	struct doc *d = &a->docs[ar->doc];
	struct review_item *it = ar->row.item;
	if (!d->review || !it) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return;
	}
	enum review_status s = act == ACT_TOGGLE_DONE ?
		(it->status == STATUS_DONE ? STATUS_OPEN : STATUS_DONE) :
		(enum review_status)((it->status + 1) % 4);
	review_set_status(d->review, it, s);
	agenda_changed(a, ar->doc);
	if (app_save(a, d)) {
		char sp[64];
		app_message(a, false, "%s %s \xc2\xb6%d: %s (saved)",
		            d->cable->id ? d->cable->id : d->path,
		            app_short_party(it->party, sp, sizeof sp), it->paragraph,
		            review_status_name(s));
	}
	agenda_rebuild(a);
}

bool agenda_key(struct app *a, enum keymap_action act)
{
	if (act == ACT_MINE_ONLY) {
		agenda_mine_only(a);
		return true;
	}
	if (act == ACT_UNDO) {
		agenda_undo(a);
		return true;
	}
	if (a->nagenda == 0) {
		app_message(a, false, "the agenda is empty: nothing to %s",
		            keymap_action_name(act));
		return false;
	}
	list_clamp(&a->agenda_list, a->nagenda);
	if (list_move(&a->agenda_list, act, list_page_screen()))
		return true;
	switch (act) {
	case ACT_TOGGLE:
	case ACT_UNFOLD:
		agenda_jump(a);
		return true;
	case ACT_SET_DUE: {
		struct agenda_row *ar = agenda_selected_parsed(a);
		if (!ar) {
			app_message(a, true, "that tasking is no longer in the cable");
			return true;
		}
		if (due_edit(a, &a->docs[ar->doc], ar->row.item))
			agenda_changed(a, ar->doc);
		agenda_rebuild(a);
		return true;
	}
	case ACT_TOGGLE_DONE:
	case ACT_CYCLE_STATUS:
		agenda_set_status(a, act);
		return true;
	default:
		return false;
	}
}

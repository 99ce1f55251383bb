/* correct.c - the reviewer's corrections (see correct.h).
 *
 * The prompts: add-tasking asks the party (party_choice.h: the cable's
 * addressees with their collectives' posts, yours first, by number or
 * name; any other name is taken as written, for a party on no line), the
 * deadline (what the D prompt takes) and the
 * checklist line, offered from the paragraph's first asking sentence
 * (tasking/ask_line.h) to be edited.  dismiss asks whether the paragraph
 * asks nothing (every post) or not this post, then an optional reason;
 * on a dismissed row it restores.  reword offers the line in force;
 * empty puts the finder's back.  Esc cancels at any step. */
#include "correct.h"

#include <stdio.h>
#include <string.h>

#include "due.h"
#include "party_choice.h"
#include "review/review.h"
#include "tasking/ask_line.h"
#include "tasks.h"
#include "tracker_view.h"

/* The undo key, for the messages. */
static const char *correct_undo_key(const struct app *a, char *buf, size_t size)
{
	keymap_keys_for(a->km, ACT_UNDO, buf, size);
	char *comma = strstr(buf, ", ");
	if (comma)
		*comma = 0;
	return buf[0] ? buf : "undo";
}

static bool correct_writable(struct app *a, struct doc *d)
{
	if (d->review)
		return true;
	app_message(a, true, "read-only: %s", doc_why(d->review_error));
	return false;
}

static const struct paragraph *correct_para(const struct cable *c, int number)
{
	for (size_t i = 0; i < c->nparas; i++)
		if (c->paras[i].number == number)
			return &c->paras[i];
	return NULL;
}

/* The three prompts of add-tasking; false when cancelled (or bad). */
static bool correct_add_ask(struct app *a, struct doc *d, int paragraph, char *party,
                            size_t psize, char *due, size_t dsize, char *line,
                            size_t lsize)
{
	struct party_choice pc;
	char label[512], in[256], sp[64];
	party_choice_build(&pc, a, d->cable);
	int rc = party_choice_read(a, &pc, paragraph, party, psize);
	party_choice_free(&pc);
	if (rc != PROMPT_OK)
		return false;
	app_short_party(party, sp, sizeof sp);
	snprintf(label, sizeof label, "%s \xc2\xb6%d due (YYYY-MM-DD or +7d; empty: "
	         "none): ", sp, paragraph);
	if (prompt_read(a, label, "", in, sizeof in) != PROMPT_OK)
		return false;
	if (!due_from_input(a, in, due, dsize))
		return false;
	const struct paragraph *p = correct_para(d->cable, paragraph);
	char offer[200];
	ask_line(p ? p->text : NULL, offer, sizeof offer);
	snprintf(label, sizeof label, "%s \xc2\xb6%d asks: ", sp, paragraph);
	return prompt_read(a, label, offer, line, lsize) == PROMPT_OK;
}

void correct_add(struct app *a, struct doc *d, int paragraph)
{
	char party[256], due[16], line[512], sp[64];
	if (!correct_writable(a, d))
		return;
	if (paragraph < 0) {
		app_message(a, false, "no paragraph selected");
		return;
	}
	if (!correct_add_ask(a, d, paragraph, party, sizeof party, due, sizeof due,
	                     line, sizeof line)) {
		if (!a->msg[0])
			app_message(a, false, "nothing added");
		return;
	}
	app_short_party(party, sp, sizeof sp);
	struct review_item *it = review_add(d->review, paragraph, party, line,
	                                    due[0] ? due : NULL);
	if (!it) {
		app_message(a, true, "%s already has a tasking in \xc2\xb6%d; nothing added",
		            sp, paragraph);
		return;
	}
	tracker_rebuild(a, d);
	tracker_select(d, paragraph, it->party);
	if (app_save(a, d)) {
		char uk[64];
		app_message(a, false, "%s \xc2\xb6%d: your tasking added (saved; %s undoes)",
		            sp, paragraph, correct_undo_key(a, uk, sizeof uk));
	}
}

/* The selected row with an item, or NULL (said). */
static struct track_row *correct_row(struct app *a, struct doc *d)
{
	if (!correct_writable(a, d))
		return NULL;
	struct track_row *r = tracker_current(a, d);
	if (!r || !r->item) {
		app_message(a, false, "no tasking selected");
		return NULL;
	}
	return r;
}

void correct_dismiss(struct app *a, struct doc *d)
{
	struct track_row *r = correct_row(a, d);
	if (!r)
		return;
	char sp[64], label[256], reason[256], hk[64] = "";
	int para = r->paragraph;
	app_short_party(r->party, sp, sizeof sp);
	if (task_dismissed(r)) {
		review_dismiss(d->review, r->item, DISMISS_NONE, NULL);
		tracker_rebuild(a, d);
		if (app_save(a, d))
			app_message(a, false, "%s \xc2\xb6%d restored (saved)", sp, para);
		return;
	}
	char c1[96], c2[96];
	snprintf(c1, sizeof c1, "all: \xc2\xb6%d is not a tasking, for every post", para);
	snprintf(c2, sizeof c2, "one: not for %s", sp);
	const char *const choices[] = { c1, c2 };
	snprintf(label, sizeof label, "dismiss %s \xc2\xb6%d", sp, para);
	int pick = prompt_choice(a, label, choices, 2);
	if (pick < 0) {
		app_message(a, false, "nothing dismissed");
		return;
	}
	if (prompt_read(a, "why (optional, Enter skips): ", "", reason, sizeof reason) !=
	    PROMPT_OK) {
		app_message(a, false, "nothing dismissed");
		return;
	}
	int n = pick == 0 ? review_dismiss_paragraph(d->review, para, DISMISS_NOT_TASKING,
	                                             reason)
	                  : review_dismiss(d->review, r->item, DISMISS_NOT_MINE, reason);
	tracker_rebuild(a, d);
	keymap_keys_for(a->km, ACT_SHOW_DISMISSED, hk, sizeof hk);
	if (n > 0 && app_save(a, d)) {
		char uk[64];
		app_message(a, false, "\xc2\xb6%d dismissed for %s (saved; %s shows, %s undoes)",
		            para, pick == 0 ? "every post" : sp, hk[0] ? hk : "show-dismissed",
		            correct_undo_key(a, uk, sizeof uk));
	}
}

void correct_reword(struct app *a, struct doc *d)
{
	struct track_row *r = correct_row(a, d);
	if (!r)
		return;
	char sp[64], label[256], line[512];
	app_short_party(r->party, sp, sizeof sp);
	const char *now = task_summary(r, false);
	const char *finder = r->t ? effective_summary(r->t, NULL) : NULL;
	snprintf(label, sizeof label, "%s \xc2\xb6%d asks (empty: %s): ", sp, r->paragraph,
	         finder ? "the finder's" : "none");
	if (prompt_read(a, label, now ? now : "", line, sizeof line) != PROMPT_OK) {
		app_message(a, false, "line unchanged");
		return;
	}
	const char *want = line[strspn(line, " ")] ? line : NULL;
	if (want && finder && strcmp(want, finder) == 0 && !r->item->manual)
		want = NULL;                     /* the finder's own words */
	const char *old = r->item->summary;
	if ((!want && !old) || (want && old && strcmp(want, old) == 0)) {
		app_message(a, false, "line unchanged");
		return;
	}
	review_set_summary(d->review, r->item, want);
	if (app_save(a, d))
		app_message(a, false, "%s \xc2\xb6%d: %s (saved)", sp, r->paragraph,
		            r->item->summary ? "your line" : "the finder's line again");
}

void correct_toggle(struct app *a, struct doc *d, enum keymap_action act)
{
	if (act == ACT_SHOW_ORIGINAL) {
		a->show_original = !a->show_original;
		app_message(a, false, a->show_original ? "the finder's line shown for "
		            "reworded taskings" : "your lines shown");
		return;
	}
	a->show_dismissed = !a->show_dismissed;
	tracker_rebuild(a, d);
	size_t n = 0;
	for (size_t i = 0; i < d->ntrk; i++)
		n += task_dismissed(&d->trk[i]);
	app_message(a, false, a->show_dismissed ? "dismissed taskings shown (%zu here)"
	            : "dismissed taskings hidden", n);
}

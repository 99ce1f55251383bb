/* correct.c - the reviewer's corrections (see correct.h).
 *
 * The prompts: add-tasking asks the party (the cable's addressees, yours
 * first, by number or name; any other name is taken as written, for a
 * party on no line), the deadline (what the D prompt takes) and the
 * checklist line, offered from the paragraph's first asking sentence
 * (tasking/ask_line.h) to be edited.  dismiss asks whether the paragraph
 * asks nothing (every post) or not this post, then an optional reason;
 * on a dismissed row it restores.  reword offers the line in force;
 * empty puts the finder's back.  Esc cancels at any step. */
#include "correct.h"

#include <stdio.h>
#include <string.h>

#include "base/ascii.h"
#include "due.h"
#include "review/review.h"
#include "tasking/ask_line.h"
#include "tasks.h"
#include "tracker_view.h"

#define CORRECT_MAX_PARTIES 12

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

/* The parties to offer: yours first, then the TO and INFO lines. */
static size_t correct_parties(const struct app *a, const struct cable *c,
                              const char **v)
{
	size_t n = 0;
	const struct addressee *lists[] = { c->to, c->info };
	const size_t counts[] = { c->nto, c->ninfo };
	for (int pass = 0; pass < 2; pass++)
		for (int l = 0; l < 2; l++)
			for (size_t i = 0; i < counts[l] && n < CORRECT_MAX_PARTIES; i++) {
				const char *name = lists[l][i].name;
				if (!name || !*name || lists[l][i].excluded ||
				    app_is_mine(a, name) != (pass == 0))
					continue;
				bool seen = false;
				for (size_t k = 0; k < n; k++)
					seen |= strcmp(v[k], name) == 0;
				if (!seen)
					v[n++] = name;
			}
	if (n == 0 && a->post && *a->post)
		v[n++] = a->post;
	return n;
}

static bool correct_same_name(const char *a, const char *b, size_t n)
{
	if (strlen(a) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ascii_to_upper(a[i]) != ascii_to_upper(b[i]))
			return false;
	return true;
}

/* What was typed for the party: a number of the list, a name of it
 * (short or full, any case), else the text as written (upper case). */
static void correct_party_pick(const char *in, const char *const *v, size_t n,
                               char *out, size_t size)
{
	while (*in == ' ')
		in++;
	size_t len = strlen(in);
	while (len && in[len - 1] == ' ')
		len--;
	char sp[64];
	size_t k = strspn(in, "0123456789");
	if (k == len && k > 0 && k < 4) {
		size_t i = (size_t)(in[0] - '0');
		for (size_t j = 1; j < k; j++)
			i = i * 10 + (size_t)(in[j] - '0');
		if (i >= 1 && i <= n) {
			snprintf(out, size, "%s", v[i - 1]);
			return;
		}
	}
	for (size_t i = 0; i < n; i++) {
		app_short_party(v[i], sp, sizeof sp);
		if (correct_same_name(sp, in, len) || correct_same_name(v[i], in, len)) {
			snprintf(out, size, "%s", v[i]);
			return;
		}
	}
	size_t o = 0;
	for (size_t i = 0; i < len && o + 1 < size; i++)
		out[o++] = ascii_to_upper(in[i]);
	out[o] = 0;
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
	const char *v[CORRECT_MAX_PARTIES];
	size_t n = correct_parties(a, d->cable, v);
	char label[512], in[256], sp[64];
	size_t o = (size_t)snprintf(label, sizeof label, "add to \xc2\xb6%d for (", paragraph);
	for (size_t i = 0; i < n && i < 6 && o < sizeof label; i++)
		o += (size_t)snprintf(label + o, sizeof label - o, "%s%zu %s", i ? ", " : "",
		                      i + 1, app_short_party(v[i], sp, sizeof sp));
	if (o < sizeof label)
		snprintf(label + o, sizeof label - o, "%sor a name): ", n ? "; " : "");
	if (prompt_read(a, label, n ? "1" : "", in, sizeof in) != PROMPT_OK ||
	    !in[strspn(in, " ")])
		return false;
	correct_party_pick(in, v, n, party, psize);
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

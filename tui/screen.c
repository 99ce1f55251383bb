/* screen.c - drawing a whole screen: the bars every screen shares and the
 * layout of the cable screen.
 *
 * The top bar says what is open (the cable's id, classification,
 * precedence, date, origin and subject; the inbox, agenda or help
 * otherwise) and whose taskings are "mine".  The status line shows the
 * one-shot message, else the keys typed so far of a sequence, else hints
 * for the keys of this screen taken from the live keymap, with help and
 * quit at the right end.  The cable screen puts the tree and the tracker
 * side by side from 100 columns, one above the other below that, and the
 * selected paragraph's text under both. */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "agenda_view.h"
#include "draw.h"
#include "help_view.h"
#include "inbox_view.h"
#include "tasks.h"
#include "theme.h"
#include "tracker_view.h"
#include "tree_view.h"

/* The first key bound to act, "" when none. */
static const char *app_first_key(const struct app *a, enum keymap_action act,
                                 char *buf, size_t size)
{
	keymap_keys_for(a->km, act, buf, size);
	char *comma = strstr(buf, ", ");
	if (comma)
		*comma = 0;
	return buf;
}

struct app_hint {
	enum keymap_action act;
	const char *label;
};

static const struct app_hint app_hints_tree[] = {
	{ ACT_NEXT, "move" }, { ACT_TOGGLE, "fold" }, { ACT_SWITCH_PANE, "tracker" },
	{ ACT_NEXT_TASKED, "next tasked" }, { ACT_TOGGLE_DONE, "done" },
	{ ACT_NOTE, "note" }, { ACT_SEARCH, "search" }, { ACT_FILTER, "filter" },
	{ ACT_EXPORT, "export" }, { ACT_HELP, "help" }, { ACT_QUIT, "quit" },
	{ ACT_NONE, NULL } };
static const struct app_hint app_hints_tracker[] = {
	{ ACT_NEXT, "move" }, { ACT_SWITCH_PANE, "tree" }, { ACT_TOGGLE_DONE, "done" },
	{ ACT_NOTE, "note" }, { ACT_SET_DUE, "due" }, { ACT_UNDO, "undo" },
	{ ACT_CYCLE_STATUS, "status" }, { ACT_MINE_ONLY, "mine/all" },
	{ ACT_FILTER, "filter" }, { ACT_AGENDA, "agenda" }, { ACT_HELP, "help" },
	{ ACT_QUIT, "quit" }, { ACT_NONE, NULL } };
static const struct app_hint app_hints_inbox[] = {
	{ ACT_NEXT, "move" }, { ACT_TOGGLE, "open" }, { ACT_AGENDA, "agenda" },
	{ ACT_HELP, "help" }, { ACT_QUIT, "quit" }, { ACT_NONE, NULL } };
static const struct app_hint app_hints_agenda[] = {
	{ ACT_NEXT, "move" }, { ACT_TOGGLE, "go to paragraph" },
	{ ACT_TOGGLE_DONE, "done" }, { ACT_MINE_ONLY, "mine/all" }, { ACT_INBOX, "inbox" }, { ACT_HELP, "help" }, { ACT_QUIT, "back" },
	{ ACT_NONE, NULL } };
static const struct app_hint app_hints_help[] = {
	{ ACT_NEXT, "scroll" }, { ACT_QUIT, "back" }, { ACT_NONE, NULL } };

static void app_draw_status(struct app *a)
{
	int y = LINES - 1;
	draw_fill(y, 0, COLS, theme(TH_STATUS));
	if (a->msg[0]) {
		draw_cell(y, 0, COLS, a->msg, theme(a->msg_err ? TH_ERROR : TH_INFO));
		return;
	}
	if (a->nseq > 0) {
		char buf[64] = "", name[32];
		for (size_t i = 0; i < a->nseq; i++) {
			strncat(buf, keymap_key_name(a->seq[i], name, sizeof name),
			        sizeof buf - strlen(buf) - 1);
			strncat(buf, " ", sizeof buf - strlen(buf) - 1);
		}
		strncat(buf, "-", sizeof buf - strlen(buf) - 1);
		draw_text(y, 1, COLS - 1, buf, theme(TH_KEY));
		return;
	}
	const struct app_hint *h;
	switch (a->screen) {
	case SCR_INBOX: h = app_hints_inbox; break;
	case SCR_AGENDA: h = app_hints_agenda; break;
	case SCR_HELP: h = app_hints_help; break;
	default:
		h = a->focus == FOCUS_TREE ? app_hints_tree : app_hints_tracker;
		break;
	}
	/* help and quit always show, at the right end */
	char hk[64], qk[64];
	app_first_key(a, ACT_HELP, hk, sizeof hk);
	app_first_key(a, ACT_QUIT, qk, sizeof qk);
	const char *qlabel = a->screen == SCR_CABLE && !a->multi ? "quit" :
	                     a->screen == SCR_INBOX ? "quit" : "back";
	int rx = COLS;
	if (qk[0]) {
		rx -= (int)strlen(qlabel) + 1;
		draw_text(y, rx, COLS - rx, qlabel, theme(TH_STATUS));
		rx -= draw_width(qk, strlen(qk)) + 1;
		draw_text(y, rx, COLS - rx, qk, theme(TH_KEY));
	}
	if (hk[0] && a->screen != SCR_HELP) {
		rx -= (int)strlen("help") + 2;
		draw_text(y, rx, COLS - rx, "help", theme(TH_STATUS));
		rx -= draw_width(hk, strlen(hk)) + 1;
		draw_text(y, rx, COLS - rx, hk, theme(TH_KEY));
	}
	int x = 1;
	for (; h->label; h++) {
		char k[64];
		if (h->act == ACT_HELP || h->act == ACT_QUIT)
			continue;
		app_first_key(a, h->act, k, sizeof k);
		if (!k[0])
			continue;
		int need = draw_width(k, strlen(k)) + 1 + (int)strlen(h->label) + 2;
		if (x + need > rx - 1)
			break;
		x += draw_text(y, x, COLS - x, k, theme(TH_KEY));
		x += draw_text(y, x + 1, COLS - x - 1, h->label, theme(TH_STATUS)) + 3;
	}
}

/* The cable's line of the top bar in at most width columns.  What goes
 * first when it is too long: the sender, the precedence, the time of day,
 * then the caveats; the id, the classification and the date stay. */
static void app_topbar_line(const struct cable *c, int width, char *line, size_t size)
{
	for (int drop = 0; drop <= 4; drop++) {
		/* no id (no year in the text): the post and serial name it */
		size_t n = (size_t)snprintf(line, size, " %s ", c->id ? c->id :
		                            c->serial ? c->serial : "(no id)");
		if (c->classification && n < size)
			n += (size_t)snprintf(line + n, size - n, " %s", c->classification);
		for (size_t i = 0; drop < 4 && i < c->ncaveats && n < size; i++)
			n += (size_t)snprintf(line + n, size - n, " %s", c->caveats[i]);
		if (drop < 2 && c->precedence && n < size)
			n += (size_t)snprintf(line + n, size - n, "  %s", c->precedence);
		if (c->dtg.valid && n < size)
			n += (size_t)snprintf(line + n, size - n, "  %04d-%02d-%02d",
			                      c->dtg.year, c->dtg.month, c->dtg.day);
		if (drop < 3 && c->dtg.valid && n < size)
			n += (size_t)snprintf(line + n, size - n, " %02d:%02dZ", c->dtg.hour,
			                      c->dtg.minute);
		if (drop < 1 && c->from && n < size)
			snprintf(line + n, size - n, "  %s", c->from);
		if (draw_width(line, strlen(line)) <= width)
			return;
	}
}

static void app_draw_topbar(struct app *a, const struct cable *c, bool readonly)
{
	draw_fill(0, 0, COLS, theme(TH_BAR));
	draw_fill(1, 0, COLS, theme(TH_BAR));
	char right[128] = "";
	if (readonly)
		snprintf(right, sizeof right, "READ-ONLY ");
	if (a->post && *a->post) {
		char sp[64];
		size_t rn = strlen(right);
		snprintf(right + rn, sizeof right - rn, "mine: %s ",
		         app_short_party(a->post, sp, sizeof sp));
	}
	int rw = draw_width(right, strlen(right));
	char line[1024];
	app_topbar_line(c, COLS - rw - 1, line, sizeof line);
	draw_cell(0, 0, COLS - rw - 1, line, theme(TH_BAR));
	draw_text(0, COLS - rw, rw, right, theme(TH_BAR));
	char subj[1024];
	snprintf(subj, sizeof subj, " %s", c->subject ? c->subject : "(no subject)");
	draw_cell(1, 0, COLS, subj, theme(TH_BAR));
}

static void app_draw_cable(struct app *a)
{
	struct doc *d = &a->docs[a->cur];
	app_draw_topbar(a, d->cable, d->review == NULL);
	int y0 = 2;
	int h = LINES - 3;
	int text_h = h / 3;
	if (text_h < 3)
		text_h = 3;
	int upper = h - text_h;
	struct box tree, trk, text;
	if (COLS >= 100) {
		/* the tree's rows are first lines, cut anyway: past 80 columns
		 * the rest of a wide screen goes to the tracker's summaries */
		int lw = COLS * 11 / 20;
		if (lw > 80)
			lw = 80;
		tree = (struct box){ y0, 0, upper, lw };
		trk = (struct box){ y0, lw + 1, upper, COLS - lw - 1 };
		for (int y = y0; y < y0 + upper; y++)
			mvaddch(y, lw, ACS_VLINE);
	} else {
		size_t visible = 0;
		for (size_t i = 0; i < d->ntrk; i++)
			visible += task_visible(a, &d->trk[i]);
		int th = (int)visible + 1;
		if (th < 3)
			th = 3;
		if (th > upper / 2)
			th = upper / 2;
		tree = (struct box){ y0, 0, upper - th, COLS };
		trk = (struct box){ y0 + upper - th, 0, th, COLS };
	}
	text = (struct box){ y0 + upper, 0, text_h, COLS };
	tree_draw(a, d, tree);
	tracker_draw(a, d, trk);
	tree_text_draw(a, d, text, tracker_current(a, d));
}

static void app_draw_simple_bar(const char *title, const char *right)
{
	draw_fill(0, 0, COLS, theme(TH_BAR));
	int rw = right ? draw_width(right, strlen(right)) : 0;
	draw_cell(0, 0, COLS - rw, title, theme(TH_BAR));
	if (right)
		draw_text(0, COLS - rw, rw, right, theme(TH_BAR));
}

void app_draw(struct app *a)
{
	a->rows = LINES;
	a->cols = COLS;
	erase();
	if (COLS < APP_MIN_COLS || LINES < APP_MIN_ROWS) {
		char buf[64];
		snprintf(buf, sizeof buf, "%dx%d", COLS, LINES);
		draw_text(0, 0, COLS, "terminal too small", theme(TH_ERROR));
		draw_text(1, 0, COLS, buf, 0);
		snprintf(buf, sizeof buf, "need %dx%d", APP_MIN_COLS, APP_MIN_ROWS);
		draw_text(2, 0, COLS, buf, 0);
		return;
	}
	char right[96] = "";
	if (a->post && *a->post) {
		char sp[64];
		snprintf(right, sizeof right, "mine: %s ",
		         app_short_party(a->post, sp, sizeof sp));
	}
	struct box body = { 1, 0, LINES - 2, COLS };
	switch (a->screen) {
	case SCR_INBOX: {
		char t[256];
		inbox_title(a, t, sizeof t);
		app_draw_simple_bar(t, right);
		inbox_draw(a, body);
		break;
	}
	case SCR_AGENDA: {
		char t[128];
		snprintf(t, sizeof t, " cabletrack  agenda: %zu open tasking%s by deadline",
		         a->nagenda, a->nagenda == 1 ? "" : "s");
		app_draw_simple_bar(t, right);
		agenda_draw(a, body);
		break;
	}
	case SCR_HELP:
		app_draw_simple_bar(" cabletrack  help: keys of this keymap", right);
		help_draw(a, body);
		break;
	case SCR_CABLE:
		if (a->cur < a->ndocs && a->docs[a->cur].cable)
			app_draw_cable(a);
		break;
	}
	app_draw_status(a);
}

/* actions.c - the screen state machine: an action of the keymap goes to the
 * screen it belongs to.
 *
 * help, redraw, agenda and inbox work on every screen; q goes back (help
 * to where it was opened, the agenda to its screen, a cable to the inbox)
 * and quits from the first screen.  On the cable screen the actions of the
 * whole cable (pane switch, search, filter, marks, export, references) are
 * handled here and the rest goes to the pane that has the focus.  The two
 * panes know nothing of each other: when one says its selection moved,
 * the other is made to follow it here.  A key sequence that is not bound
 * says so on the status line; the mouse wheel moves by three. */
#include "app.h"

#include <string.h>

#include <curses.h>

#include "agenda_view.h"
#include "bulk.h"
#include "command.h"
#include "correct.h"
#include "external.h"
#include "help_view.h"
#include "inbox_view.h"
#include "note.h"
#include "tracker_view.h"
#include "tree_view.h"
#include "where.h"

/* ? opens the help; on the help, ? (and q, Esc) close it. */
static void app_goto_help(struct app *a)
{
	if (a->screen == SCR_HELP) {
		a->screen = a->back;
		return;
	}
	a->back = a->screen;
	a->screen = SCR_HELP;
	a->help_list.top = 0;
}

static void app_goto_agenda(struct app *a)
{
	inbox_load_for_agenda(a);
	agenda_rebuild(a);
	if (a->screen != SCR_AGENDA && a->screen != SCR_HELP)
		a->back = a->screen;
	a->screen = SCR_AGENDA;
}

void app_follow_tree(struct app *a, struct doc *d)
{
	const struct paragraph *p = tree_current_para(d);
	if (p)
		tracker_follow_para(a, d, p->number);
}

void app_follow_tracker(struct app *a, struct doc *d)
{
	struct track_row *r = tracker_current(a, d);
	if (r)
		tree_select_para(d, r->paragraph);
}

/* A tasking key from the tree acts on the tracker's row only when that
 * row is of the tree's paragraph; else it says so. */
static bool app_tree_tasking(struct app *a, struct doc *d)
{
	const struct paragraph *p = tree_current_para(d);
	struct track_row *r = tracker_current(a, d);
	if (r && p && r->paragraph == p->number)
		return true;
	char k[64] = "";
	keymap_keys_for(a->km, ACT_SWITCH_PANE, k, sizeof k);
	if (p && p->number > 0)
		app_message(a, false, "\xc2\xb6%d asks nothing of anyone; %s "
		            "goes to the tracker", p->number, k[0] ? k : "Tab");
	else
		app_message(a, false, "no tasking here; %s goes to the tracker",
		            k[0] ? k : "Tab");
	return false;
}

/* done, status, note, due, undo: the tracker's row (read-only and undo
 * are the tracker's to say, whichever pane has the focus). */
static void app_task_action(struct app *a, struct doc *d, enum keymap_action act)
{
	if (a->focus == FOCUS_TREE && d->review && act != ACT_UNDO &&
	    !app_tree_tasking(a, d))
		return;
	tracker_act(a, d, act);
}

/* The reviewer's corrections (correct.h): add on the paragraph of the pane
 * that has the focus; dismiss and reword on the tracker's row (from the
 * tree, only when it is of the tree's paragraph).  The asks of the
 * tracker's row unfold as dismiss finds its row (read-only too). */
static void app_correct_action(struct app *a, struct doc *d, enum keymap_action act)
{
	if (act == ACT_ADD_TASKING) {
		const struct paragraph *p = tree_current_para(d);
		const struct track_row *r = tracker_current(a, d);
		correct_add(a, d, a->focus == FOCUS_TRACKER && r ? r->paragraph
		                  : p ? p->number : -1);
	} else if (act == ACT_TOGGLE_ASKS) {
		if (a->focus == FOCUS_TREE && !app_tree_tasking(a, d))
			return;
		tracker_toggle_asks(a, d);
	} else if (act == ACT_DISMISS || act == ACT_REWORD) {
		if (a->focus == FOCUS_TREE && d->review && !app_tree_tasking(a, d))
			return;
		if (act == ACT_DISMISS)
			correct_dismiss(a, d);
		else
			correct_reword(a, d);
	} else {
		correct_toggle(a, d, act);
	}
}

/* A key for the pane that has the focus; the other pane follows. */
static void app_pane_key(struct app *a, struct doc *d, enum keymap_action act)
{
	if (a->focus == FOCUS_TRACKER) {
		if (tracker_key(a, d, act) == PANE_MOVED)
			app_follow_tracker(a, d);
	} else if (tree_key(a, d, act) == PANE_MOVED) {
		app_follow_tree(a, d);
	}
}

/* q on a cable: back to the agenda it was opened from, else the inbox,
 * else (one cable) quit. */
static void app_cable_quit(struct app *a)
{
	if (a->from_agenda) {
		inbox_load_for_agenda(a);
		agenda_rebuild(a);
		a->screen = SCR_AGENDA;
	} else if (a->multi) {
		a->screen = SCR_INBOX;
	} else {
		a->quit = true;
	}
	a->from_agenda = false;
	a->inbox_dirty = true;         /* its counts may have changed */
}

static void app_cable_action(struct app *a, enum keymap_action act)
{
	struct doc *d = &a->docs[a->cur];
	switch (act) {
	case ACT_QUIT:
		app_cable_quit(a);
		return;
	case ACT_SWITCH_PANE:
		a->focus = a->focus == FOCUS_TREE ? FOCUS_TRACKER : FOCUS_TREE;
		if (a->focus == FOCUS_TRACKER && d->ntrk)
			app_follow_tracker(a, d);
		return;
	case ACT_SEARCH:
		app_search(a, d);
		return;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (!a->search[0])
			app_message(a, false, "no search yet: / to search");
		else if (tree_search(a, d, act == ACT_SEARCH_NEXT ? 1 : -1, true))
			app_follow_tree(a, d);
		return;
	case ACT_FILTER:
		app_filter(a, d);
		return;
	case ACT_TOGGLE_DONE:
	case ACT_CYCLE_STATUS:
	case ACT_UNDO:
		app_task_action(a, d, act);
		return;
	case ACT_NOTE:
		note_act(a, d);          /* note.c: drafts, long notes */
		return;
	case ACT_EDIT_NOTE:
		ext_edit_note(a, d);     /* external.c: the editor, the pager, */
		return;                  /* the pipe */
	case ACT_PIPE:
		ext_pipe(a, d);
		return;
	case ACT_SET_DUE:
	case ACT_MINE_ONLY:
		if (a->focus == FOCUS_TREE && d->nrows == 0)
			return;                 /* the tree takes no key without rows */
		if (act == ACT_SET_DUE)
			app_task_action(a, d, act);
		else
			app_mine_only(a, d);
		return;
	case ACT_EXPORT:
		app_export(a, d);
		return;
	case ACT_ADD_TASKING:
	case ACT_DISMISS:
	case ACT_REWORD:
	case ACT_SHOW_DISMISSED:
	case ACT_SHOW_ORIGINAL:
	case ACT_TOGGLE_ASKS:
		app_correct_action(a, d, act);
		return;
	case ACT_JUMP_REF:
		app_jump_ref(a, d);
		return;
	case ACT_NEXT_TASKED:
	case ACT_PREV_TASKED:
	case ACT_TEXT_DOWN:
	case ACT_TEXT_UP:
		/* the tree's, from either pane */
		if (tree_key(a, d, act) == PANE_MOVED)
			app_follow_tree(a, d);
		return;
	default:
		break;
	}
	app_pane_key(a, d, act);
}

/* A key whose action this screen does not take: say where it works. */
static void app_not_here(struct app *a, enum keymap_action act)
{
	char k[64] = "", w[96];
	keymap_keys_for(a->km, act, k, sizeof k);
	char *comma = strstr(k, ", ");
	if (comma)
		*comma = 0;
	app_message(a, false, "%s (%s) does nothing in %s; it works in %s", k,
	            keymap_action_name(act), where_name(a->screen),
	            where_list(act, w, sizeof w));
}

/* view-cable: the open cable, or the inbox's or the agenda's row's. */
static void app_view_cable(struct app *a)
{
	if (a->screen == SCR_CABLE) {
		ext_view_cable(a, a->cur);
	} else if (a->screen == SCR_INBOX) {
		if (a->inbox_dirty)
			inbox_rows_rebuild(a);
		if (a->ninbox_rows && a->inbox_list.sel < a->ninbox_rows)
			ext_view_cable(a, a->inbox_rows[a->inbox_list.sel]);
	} else if (a->screen == SCR_AGENDA) {
		if (a->nagenda && a->agenda_list.sel < a->nagenda)
			ext_view_cable(a, a->agenda[a->agenda_list.sel].doc);
	}
}

void app_action(struct app *a, enum keymap_action act)
{
	if (!where_works(a->screen, act)) {
		app_not_here(a, act);
		return;
	}
	switch (act) {
	case ACT_COMMAND:
		command_run(a);
		return;
	case ACT_VIEW_CABLE:
		app_view_cable(a);
		return;
	case ACT_MARK:
	case ACT_TOGGLE_DONE:
	case ACT_CYCLE_STATUS:
	case ACT_EXPORT:
		if (bulk_action(a, act))      /* the inbox's marks, the agenda's e */
			return;
		break;
	case ACT_HELP:
		app_goto_help(a);
		return;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return;
	case ACT_AGENDA:
		app_goto_agenda(a);
		return;
	case ACT_INBOX:
		a->screen = SCR_INBOX;
		a->from_agenda = false;
		a->inbox_dirty = true;
		return;
	default:
		break;
	}
	switch (a->screen) {
	case SCR_INBOX:
		if (act == ACT_QUIT)
			a->quit = true;
		else
			inbox_key(a, act);
		break;
	case SCR_AGENDA:
		if (act == ACT_QUIT)
			a->screen = a->back == SCR_AGENDA ? SCR_INBOX : a->back;
		else
			agenda_key(a, act);
		break;
	case SCR_HELP:
		if (act == ACT_QUIT)
			a->screen = a->back;
		else
			help_key(a, act);
		break;
	case SCR_CABLE:
		if (a->cur < a->ndocs && a->docs[a->cur].cable)
			app_cable_action(a, act);
		else
			a->screen = SCR_INBOX;
		break;
	}
}

void app_key(struct app *a, int key)
{
	if (a->nseq >= KEYMAP_MAX_SEQ)
		a->nseq = 0;
	a->seq[a->nseq++] = key;
	bool prefix;
	enum keymap_action act = app_lookup(a, &prefix);
	if (act == ACT_NONE && prefix)
		return;                         /* wait for the rest */
	if (act == ACT_NONE && a->nseq > 1) {   /* a broken sequence: retry */
		a->seq[0] = key;
		a->nseq = 1;
		act = app_lookup(a, &prefix);
		if (act == ACT_NONE && prefix)
			return;
	}
	a->nseq = 0;
	if (act == ACT_NONE && key == 27 && a->screen == SCR_HELP) {
		a->screen = a->back;            /* Esc closes the help */
		return;
	}
	if (act == ACT_NONE) {
		char name[32];
		char help[64];
		keymap_keys_for(a->km, ACT_HELP, help, sizeof help);
		app_message(a, false, "%s is not bound (%s for help)",
		            keymap_key_name(key, name, sizeof name),
		            help[0] ? help : "?");
		return;
	}
	app_action(a, act);
}

void app_handle_key(struct app *a, int key)
{
	a->msg[0] = 0;
	app_key(a, key);
}

void app_mouse(struct app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	enum keymap_action act = ACT_NONE;
	if (ev.bstate & BUTTON4_PRESSED)
		act = ACT_PREV;
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		act = ACT_NEXT;
#endif
	if (act == ACT_NONE)
		return;
	for (int i = 0; i < 3; i++)
		app_action(a, act);
}

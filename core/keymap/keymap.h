/* keymap.h - YAML keymaps -> (key -> action) tables.  Pure data.
 *
 * Format (keymaps/NAME.yaml, compiled in; a user file in
 * $XDG_CONFIG_HOME/cabletrack/<name>.yaml overrides the shipped one):
 *   name: vi
 *   inherit: default        # optional
 *   bind:
 *     j: next
 *     "C-d": page-down
 * A key is a sequence of up to KEYMAP_MAX_SEQ keys written together ("zc",
 * "gg") or space-separated ("C-x C-s").
 * Key names: a printable character ("j", "G", "/"), "C-x" (control),
 * "M-x" (alt/escape prefix), and named keys: Up Down Left Right PgUp PgDn
 * Home End Enter Tab BTab Esc Space Backspace Delete F1..F12.
 * Unknown actions, unknown key names and duplicate keys are errors naming
 * the file and line.
 *
 * Details: a part of a key that starts with "C-"/"M-", or is a word that
 * starts with a capital and holds a lowercase letter or digit ("PgDn",
 * "F5"), is one key name, so a typo such as "PgDown" is an error, not four
 * keys; other runs ("gg", "ZZ", "zc") are keys typed in turn.  "key: none"
 * removes a key the keymap inherits.  A key may not be bound and also start
 * a longer binding ("g" and "gg"): the file that makes the clash is told to
 * unbind one.  "inherit: NAME" takes the user's NAME.yaml unless that is a
 * file already being loaded (so a user default.yaml may inherit the shipped
 * default), else the shipped one; "inherit: PATH" is relative to the file.
 * Codes are canonical: Enter is '\n' (10), which also matches '\r' and
 * KEY_ENTER in keymap_lookup; Backspace is KEY_BACKSPACE, also for 127.
 * Characters U+0101..U+01FF cannot be bound: their values are ncurses'
 * KEY_* range (0401..0777).
 */
#ifndef CABLETRACK_KEYMAP_H
#define CABLETRACK_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/cable.h"

/* The groups the help screen (and the man page's KEYS section) list the
 * actions under, in this order.  X(id, "title") */
#define KEYMAP_GROUPS(X) \
	X(GRP_TASKINGS, "Your taskings") \
	X(GRP_MOVING, "Moving") \
	X(GRP_TREE, "The paragraph tree") \
	X(GRP_FINDING, "Finding") \
	X(GRP_SCREENS, "Screens")

enum keymap_group {
#define KEYMAP_GROUP_ENUM(id, title) id,
	KEYMAP_GROUPS(KEYMAP_GROUP_ENUM)
#undef KEYMAP_GROUP_ENUM
	GRP_COUNT,
};

/* Every action: its name (the keymap files' word), its help group and its
 * one-line help.  The help screen lists a group's actions in the order
 * written here.  X(id, "name", group, "help") */
#define KEYMAP_ACTIONS(X) \
	X(ACT_NEXT_TASKED, "next-tasked", GRP_TASKINGS, "next tasked paragraph") \
	X(ACT_PREV_TASKED, "prev-tasked", GRP_TASKINGS, "previous tasked paragraph") \
	X(ACT_MINE_ONLY, "mine-only", GRP_TASKINGS, \
	  "show only my post's taskings, or every post") \
	X(ACT_TOGGLE_DONE, "toggle-done", GRP_TASKINGS, "mark done / open again") \
	X(ACT_CYCLE_STATUS, "cycle-status", GRP_TASKINGS, \
	  "status: open, doing, done, dropped") \
	X(ACT_NOTE, "note", GRP_TASKINGS, "edit the note") \
	X(ACT_EDIT_NOTE, "edit-note", GRP_TASKINGS, \
	  "edit the note in $VISUAL or $EDITOR (several lines)") \
	X(ACT_SET_DUE, "set-due", GRP_TASKINGS, \
	  "set the deadline (2008-10-20, fri, oct 20, +3d, eow; empty: the cable's)") \
	X(ACT_ADD_TASKING, "add-tasking", GRP_TASKINGS, \
	  "add a tasking the finder missed: party, due, checklist line") \
	X(ACT_DISMISS, "dismiss", GRP_TASKINGS, \
	  "dismiss a tasking (not a tasking / not for my post); again: restore") \
	X(ACT_REWORD, "reword", GRP_TASKINGS, \
	  "reword the checklist line (empty: the finder's again)") \
	X(ACT_SHOW_DISMISSED, "show-dismissed", GRP_TASKINGS, \
	  "show or hide the dismissed taskings") \
	X(ACT_SHOW_ORIGINAL, "show-original", GRP_TASKINGS, \
	  "show the finder's line beside a reworded one, or not") \
	X(ACT_TOGGLE_ASKS, "toggle-asks", GRP_TASKINGS, \
	  "tracker: unfold the asks the row's line names, one a line; again: fold") \
	X(ACT_UNDO, "undo", GRP_TASKINGS, "undo the last change") \
	X(ACT_NEXT, "next", GRP_MOVING, "move down") \
	X(ACT_PREV, "prev", GRP_MOVING, "move up") \
	X(ACT_FIRST, "first", GRP_MOVING, "go to the first line") \
	X(ACT_LAST, "last", GRP_MOVING, "go to the last line") \
	X(ACT_PAGE_DOWN, "page-down", GRP_MOVING, "page down") \
	X(ACT_PAGE_UP, "page-up", GRP_MOVING, "page up") \
	X(ACT_SWITCH_PANE, "switch-pane", GRP_MOVING, "switch between tree and tracker") \
	X(ACT_TEXT_DOWN, "text-down", GRP_MOVING, "scroll the paragraph text down") \
	X(ACT_TEXT_UP, "text-up", GRP_MOVING, "scroll the paragraph text up") \
	X(ACT_TOGGLE, "toggle", GRP_TREE, "fold/unfold, or open") \
	X(ACT_UNFOLD, "unfold", GRP_TREE, "unfold sub-items") \
	X(ACT_PARENT, "parent", GRP_TREE, "fold, or go to the parent") \
	X(ACT_SEARCH, "search", GRP_FINDING, "search text") \
	X(ACT_SEARCH_NEXT, "search-next", GRP_FINDING, "next search match") \
	X(ACT_SEARCH_PREV, "search-prev", GRP_FINDING, "previous search match") \
	X(ACT_FILTER, "filter", GRP_FINDING, "filter by post, status or due; inbox: by words") \
	X(ACT_JUMP_REF, "jump-ref", GRP_FINDING, "follow a reference") \
	X(ACT_SORT, "sort", GRP_FINDING, \
	  "inbox: sort by date, precedence, deadline or id") \
	X(ACT_TOGGLE_READ, "toggle-read", GRP_FINDING, \
	  "inbox: mark the cable read, or new again") \
	X(ACT_MARK, "mark", GRP_FINDING, \
	  "inbox: mark the cable (or not); x, s and e then act on every marked one") \
	X(ACT_INBOX, "inbox", GRP_SCREENS, "the list of cables") \
	X(ACT_AGENDA, "agenda", GRP_SCREENS, "open taskings of all cables by deadline") \
	X(ACT_EXPORT, "export", GRP_SCREENS, "export a checklist") \
	X(ACT_VIEW_CABLE, "view-cable", GRP_SCREENS, \
	  "the cable's file as it came, in $PAGER") \
	X(ACT_PIPE, "pipe", GRP_SCREENS, \
	  "send the paragraph (tree) or the checklist (tracker) to a command") \
	X(ACT_COMMAND, "command", GRP_SCREENS, \
	  "a command by name (:sort deadline, :filter post X); Tab completes") \
	X(ACT_HELP, "help", GRP_SCREENS, "this help") \
	X(ACT_REDRAW, "redraw", GRP_SCREENS, "redraw the screen") \
	X(ACT_QUIT, "quit", GRP_SCREENS, "quit (or back)")

enum keymap_action {
#define KEYMAP_ENUM(id, name, group, help) id,
	KEYMAP_ACTIONS(KEYMAP_ENUM)
#undef KEYMAP_ENUM
	ACT_COUNT,
	ACT_NONE = -1,
};

const char *keymap_action_name(enum keymap_action a);
const char *keymap_action_help(enum keymap_action a);
enum keymap_action keymap_action_parse(const char *name);  /* ACT_NONE */
/* The help group of an action (GRP_COUNT for no action), and a group's
 * title ("" for no group). */
enum keymap_group keymap_action_group(enum keymap_action a);
const char *keymap_group_title(enum keymap_group g);

#define KEYMAP_MAX_SEQ 4

struct keymap_binding {
	char *key;                 /* as written in the file, "j", "C-d", "zc" */
	int seq[KEYMAP_MAX_SEQ];   /* ncurses-compatible key codes */
	size_t nseq;
	enum keymap_action action;
	size_t line;               /* line in the file it came from */
};

struct keymap {
	char *name;
	struct keymap_binding *b;
	size_t n;
};

/* Key name <-> code.  Codes: characters are their (wide) value, C-x is
 * x & 0x1f, M-x is KEYMAP_META | x, named keys use the KEY_* values of
 * ncurses (the numbers are copied into keymap.c so core needs no curses). */
#define KEYMAP_META 0x40000000
int keymap_key_code(const char *name);           /* -1 if unknown */
const char *keymap_key_name(int code, char *buf, size_t size);

/* Load by name ("default", "vi", "emacs": user file first, then the
 * shipped one) or by path (contains '/').  Inheritance resolved. */
int keymap_load(const char *name_or_path, struct keymap **out, struct ct_error *err);
/* The shipped keymap of that name, inheriting only shipped ones: what a
 * user file with an error falls back to.  A path is refused. */
int keymap_load_shipped(const char *name, struct keymap **out, struct ct_error *err);
/* Parse YAML text (for tests and fuzzing); file names the errors. */
int keymap_parse(const char *yaml, size_t len, const char *file,
                 struct keymap **out, struct ct_error *err);

/* The action bound to the key sequence seq[0..n); ACT_NONE with *prefix
 * set when seq is the start of a longer binding (wait for the next key). */
enum keymap_action keymap_lookup(const struct keymap *k, const int *seq, size_t n,
                                 bool *prefix);
/* Keys bound to an action, for the help screen and the status line:
 * names joined by ", " into buf; "" when unbound. */
const char *keymap_keys_for(const struct keymap *k, enum keymap_action a,
                            char *buf, size_t size);

void keymap_free(struct keymap *k);

#endif

/* app.h - the review program: its state, the screens, and what the views
 * share.
 *
 * The program is a small state machine (ncdu-style): app.c's loop reads a
 * key (keys.c), looks it up in the live keymap and hands the action to the
 * view of the current screen (actions.c); each view has a _draw() and a
 * _key(), and screen.c puts the views and the bars together.  Views read
 * the parsed cable (core/parse/cable.h) and the review
 * (core/review/review.h); they never parse, and the core never draws.
 * Each view declares its functions in its own header (inbox_view.h,
 * tree_view.h, tracker_view.h, agenda_view.h, help_view.h) and calls no
 * other view: what they share is here, in list.h (selection and scroll),
 * tasks.h (a tasking as a row, the filter) and due.h (deadline words, the
 * deadline prompt), and the cable screen's two panes are made to follow
 * each other by actions.c.
 */
#ifndef CABLETRACK_TUI_APP_H
#define CABLETRACK_TUI_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/cable.h"
#include "inbox/inbox.h"
#include "keymap/keymap.h"
#include "review/review.h"

#include "list.h"

enum app_screen { SCR_INBOX, SCR_CABLE, SCR_AGENDA, SCR_HELP };
enum app_focus { FOCUS_TREE, FOCUS_TRACKER };

/* One line of the paragraph tree. */
enum tree_row_kind {
	TROW_PARA,       /* a numbered paragraph */
	TROW_FOLDED,     /* "+ 5 bullets": the folded sub-items of a paragraph */
	TROW_NODE,       /* a sub-item (bullet, lettered item, quote ...) */
};

struct tree_row {
	enum tree_row_kind kind;
	size_t para;                 /* index into cable->paras */
	const struct node *node;     /* TROW_NODE */
	int depth;                   /* TROW_NODE: 1 = child of the paragraph */
};

/* One line of the tracker: one effective row (review/effective.h), with
 * its item writable for the changes. */
struct track_row {
	int paragraph;
	const char *party;           /* full addressee name */
	const struct tasking *t;     /* NULL: a manual (or stale) item */
	struct review_item *item;    /* NULL: read-only (no review) */
	bool mine;
	bool asks_open;              /* the asks its line names are unfolded
	                                under it (toggle-asks) */
};

/* One input of the inbox: a cable, or the reason it could not be read. */
struct doc {
	char *path;
	struct cable *cable;         /* NULL: failed to parse, see error */
	char *error;                 /* why it failed (malloc'd), or NULL */
	struct review *review;       /* NULL: read-only, see review_error */
	bool review_shared;          /* review is another doc's (the same cable
	                                in two files): not freed here */
	char *review_error;          /* malloc'd, or NULL */
	bool warned;                 /* lock/read-only warning shown once */
	bool merge_pending;          /* a save met an outside change: merge it
	                                after the key (app_merge_pending) */
	/* inbox_view.c: a big inbox parses a cable when it is first needed */
	const struct inbox_row *ix;  /* its inbox index row, or NULL */
	bool lazy;                   /* not parsed yet: the row stands for it */
	signed char has_review;      /* lazy: review file exists? -1 unknown */
	bool read;                   /* opened once (inbox: not "new") */
	bool marked;                 /* inbox: marked for x, s, e (bulk.c) */

	/* tree view */
	unsigned char *open;         /* per paragraph: sub-items unfolded */
	struct tree_row *rows;
	size_t nrows, caprows;
	struct list tree_list;       /* over rows */

	/* tracker view */
	struct track_row *trk;
	size_t ntrk, captrk;
	size_t trk_sel;              /* the selected row, an index into trk */
	struct list trk_list;        /* over the rows the filter lets through
	                                (tracker_list) */
};

/* Today as days since 1970-01-01: $CABLETRACK_TODAY (YYYY-MM-DD, for
 * tests), else the local date. */
long app_today(void);

/* Set a doc's error or review_error (printf-style; replaces the old one). */
void doc_set_error(struct doc *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void doc_set_review_error(struct doc *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A reason to show: the text, or a plain word when there is none. */
static inline const char *doc_why(const char *why)
{
	return why ? why : "reason unknown";
}

/* Tracker filter (the f key). */
struct filter {
	char post[64];               /* "" any */
	int status;                  /* -1 any, else enum review_status */
	int due_days;                /* -1 any; 0 overdue; N: due within N days */
};

struct agenda_row {
	size_t doc;
	struct track_row row;        /* from the index: t and item NULL */
	long due;                    /* days since epoch; LONG_MAX none */
	const char *summary;         /* from the index (the cable not parsed):
	                                its checklist line; else NULL */
};

struct box { int y, x, h, w; };

/* What a pane of the cable screen did with a key (tree_key, tracker_key):
 * nothing, something, or it moved its selection, which the other pane is
 * then to follow (actions.c). */
enum pane_key { PANE_IGNORED, PANE_DONE, PANE_MOVED };

struct app {
	struct doc *docs;
	size_t ndocs;
	size_t cur;                  /* the open cable */
	enum app_screen screen;
	enum app_screen back;        /* where help/quit returns */
	enum app_focus focus;
	bool multi;                  /* several inputs: inbox first, q goes back */

	struct keymap *km;
	const char *post;            /* --post: "mine" */
	char *state_dir;             /* the reviews directory, or NULL */
	bool mouse;
	int colour;                  /* the config's colours: 1 on (also under
	                                NO_COLOR), -1 off, 0 not said */
	long today;                  /* days since 1970-01-01, local date */

	struct filter filter;
	char search[256];

	char msg[512];               /* one-shot message on the status line */
	bool msg_err;

	int seq[KEYMAP_MAX_SEQ];     /* keys of a sequence being typed */
	size_t nseq;

	struct list inbox_list;      /* over docs */
	struct agenda_row *agenda;
	size_t nagenda, capagenda;
	struct list agenda_list;     /* over agenda */
	struct arena agenda_strings; /* the index rows' party and summary */
	struct list help_list;       /* a pager over the help's lines */
	size_t text_top;             /* scroll of the paragraph text pane */
	bool agenda_all;             /* agenda: every post, not only mine */
	bool show_dismissed;         /* the tracker shows dismissed taskings */
	bool show_original;          /* the finder's line beside a reword */

	bool from_agenda;            /* the cable was opened from the agenda:
	                                q goes back there */
	size_t agenda_undo[64];      /* docs changed from the agenda, the last
	                                last: u there undoes in that one */
	size_t nagenda_undo;
	char help_search[128];       /* the help's / */
	int ref_trail[16];           /* search.c: the paragraphs the last r's
	                                paragraph names, r going through them */
	size_t nref_trail, ref_at, ref_doc;
	int ref_from;
	char ref_list[128];
	char answer[256];            /* command.c: the words after a : command's
	                                name answer the action's first prompt */
	bool answer_set;

	/* inbox_view.c, inbox_order.c: the rows shown, in order (indexes into
	 * docs), their sort, limit and search */
	size_t *inbox_rows;
	size_t ninbox_rows;
	bool inbox_dirty;            /* rows to be made again */
	int inbox_sort;              /* enum inbox_sort (inbox_view.h) */
	bool inbox_reverse;
	bool inbox_mine;             /* only cables that task my post */
	char inbox_limit[128];       /* only rows matching these words */
	char inbox_search[128];      /* the inbox's / */
	bool inbox_read_loaded;      /* the read marks read from disk */

	struct inbox *index;         /* inbox_view.c: the index, or NULL */
	char state_error[256];       /* why there is no reviews folder */

	bool quit;
	int rows, cols;
};

/* app.c: set-up, the loop, and helpers every screen shares */
void app_init(struct app *a);
int app_run(struct app *a);               /* curses on; returns when done */
void app_free(struct app *a);
void app_message(struct app *a, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
bool app_is_mine(const struct app *a, const char *party);
const char *app_short_party(const char *full, char *buf, size_t size);

/* terminal.c: curses on and off; signals only set a flag */
void app_signals(void);                   /* handlers, and restore at exit */
int app_start_curses(struct app *a);      /* -1: no terminal (said on stderr) */
/* term_check.c: -1 (said on stderr) when the terminal cannot draw the
 * screen (TERM=dumb, unset, no cursor addressing) */
int app_terminal_check(void);
void app_stop_curses(void);
bool app_signalled(void);                 /* a HUP/TERM/INT arrived */

/* keys.c */
/* Read one key (wide char or KEY_* code); -1 on timeout/error, and
 * *gone set when the terminal seems to have gone away. */
int app_getkey(struct app *a, int timeout_ms, bool *gone);
/* The action of the keys typed so far (a->seq); ACT_NONE with *prefix
 * set when they begin a longer sequence. */
enum keymap_action app_lookup(struct app *a, bool *prefix);

/* actions.c */
void app_key(struct app *a, int key);     /* one key of the loop */
/* Do one action on the current screen, as its key does (the : command
 * line too); an action the screen does not take is said on the status
 * line. */
void app_action(struct app *a, enum keymap_action act);
/* Handle one key as the event loop does (for --bench-keys). */
void app_handle_key(struct app *a, int key);
void app_mouse(struct app *a);            /* KEY_MOUSE: the wheel */
/* The two panes of the cable screen follow each other, here and not in
 * the views: the tracker to a tasking of the tree's paragraph, the tree to
 * the paragraph of the tracker's row. */
void app_follow_tree(struct app *a, struct doc *d);
void app_follow_tracker(struct app *a, struct doc *d);

/* screen.c */
#define APP_MIN_COLS 40                   /* smaller: "terminal too small" */
#define APP_MIN_ROWS 10
void app_draw(struct app *a);             /* the current screen, no refresh */

/* doc.c */
void app_open_doc(struct app *a, size_t i);
/* docs[i] parsed (when lazy) with its review attached, without opening
 * it; false when it is not a cable. */
bool app_doc_load(struct app *a, size_t i);
/* Open docs[i] on the tasking of party in paragraph (the agenda's Enter):
 * the tree on the paragraph, the tracker on the tasking. */
void app_open_tasking(struct app *a, size_t i, int paragraph, const char *party);
/* Merge and save the reviews whose save met an outside change (a
 * second instance, a git pull): the main loop calls it after each key. */
void app_merge_pending(struct app *a);
/* Save the review of d now; reports conflicts and errors as a message.
 * Returns true when saved. */
bool app_save(struct app *a, struct doc *d);

/* search.c: the /, f, m and r keys of the cable screen */
void app_search(struct app *a, struct doc *d);
void app_filter(struct app *a, struct doc *d);
void app_mine_only(struct app *a, struct doc *d);
void app_jump_ref(struct app *a, struct doc *d);

/* export_action.c: the e key */
void app_export(struct app *a, struct doc *d);
/* The same for several cables into one checklist (the inbox, the agenda). */
void app_export_docs(struct app *a, struct doc *const *docs, size_t ndocs);

/* prompt.c: one line of input on the status line.  UTF-8 editing, Esc or
 * C-g cancels, Enter accepts.  On a signal or a lost terminal the draft is
 * in out and PROMPT_INTERRUPTED is returned. */
enum { PROMPT_OK, PROMPT_CANCEL, PROMPT_INTERRUPTED };
int prompt_read(struct app *a, const char *label, const char *initial,
                char *out, size_t size);
/* prompt_read with Tab calling complete(text, out, size, notice, nsize):
 * out replaces the text, notice (may stay "") shows above it. */
typedef void (*prompt_complete_fn)(const char *in, char *out, size_t size,
                                   char *notice, size_t nsize);
int prompt_read_complete(struct app *a, const char *label, const char *initial,
                         char *out, size_t size, prompt_complete_fn complete);
/* (prompt_read and prompt_choice take a->answer instead of asking when
 * a : command set it; a choice by the start of its name.) */
/* Pick one of n choices by its first letter (for the export format). */
int prompt_choice(struct app *a, const char *label, const char *const *choices,
                  size_t n);

#endif

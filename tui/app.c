/* app.c - the event loop of the review program: screen set-up, signals,
 * resize, key sequences -> actions, the screen state machine, and the
 * parts every screen shares (top bar, status line, messages).
 *
 * Signals only set a flag (app_sig); the loop notices it, saves and ends.
 * The terminal is restored from atexit and from the fatal-signal handler,
 * which then re-raises with the handler that was there before (so ASan and
 * core dumps still work). */
#include "app.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>

#include "base/buf.h"
#include "parse/dates.h"
#include "draw.h"
#include "export/export.h"
#include "tasking/pararefs.h"
#include "tasking/tasking.h"
#include "theme.h"
#include "base/xalloc.h"

#define APP_MIN_COLS 40
#define APP_MIN_ROWS 10
#define APP_TICK_MS 250          /* how often the loop looks at the flags */
#define APP_GONE_AFTER 64        /* immediate getch errors = terminal gone */

static volatile sig_atomic_t app_sig;     /* HUP, TERM or INT arrived */
static volatile sig_atomic_t app_curses;  /* the screen is in curses mode */
static SCREEN *app_screen_ptr;
static FILE *app_tty;
static int app_fast_errors;

static const int app_fatal_sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
#define APP_NFATAL (sizeof app_fatal_sigs / sizeof app_fatal_sigs[0])
static struct sigaction app_old_fatal[APP_NFATAL];

/* ---- signals and terminal restore --------------------------------------- */

static void app_on_signal(int sig)
{
	app_sig = sig;
}

static void app_restore_terminal(void)
{
	if (app_curses) {
		app_curses = 0;
		endwin();
	}
}

/* Not async-signal-safe (endwin), as in htop and neomutt: the process is
 * going down anyway and a usable terminal is worth the risk. */
static void app_on_fatal(int sig)
{
	app_restore_terminal();
	for (size_t i = 0; i < APP_NFATAL; i++)
		if (app_fatal_sigs[i] == sig)
			sigaction(sig, &app_old_fatal[i], NULL);
	raise(sig);
}

static void app_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = app_on_signal;    /* no SA_RESTART: getch returns */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);

	struct sigaction fa;
	memset(&fa, 0, sizeof fa);
	sigemptyset(&fa.sa_mask);
	fa.sa_handler = app_on_fatal;
	fa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < APP_NFATAL; i++)
		sigaction(app_fatal_sigs[i], &fa, &app_old_fatal[i]);
	signal(SIGPIPE, SIG_IGN);
	atexit(app_restore_terminal);
}

bool app_signalled(void)
{
	return app_sig != 0;
}

/* ---- small helpers -------------------------------------------------------- */

void app_init(struct app *a)
{
	memset(a, 0, sizeof *a);
	a->filter.status = -1;
	a->filter.due_days = -1;
	a->screen = SCR_CABLE;
	a->back = SCR_CABLE;
}

void app_message(struct app *a, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
	a->msg_err = error;
}

bool app_is_mine(const struct app *a, const char *party)
{
	return a->post && *a->post && party && party_matches(a->post, party);
}

const char *app_short_party(const char *full, char *buf, size_t size)
{
	static const char *const keep_rest[] = { "AMEMBASSY ", "AMCONSUL ",
	                                         "AMEMB ", "AMCONGEN ", NULL };
	static const char *const next_word[] = { "USMISSION ", "USDEL ",
	                                         "USOFFICE ", NULL };
	const char *s = full ? full : "";
	for (size_t i = 0; keep_rest[i]; i++) {
		size_t n = strlen(keep_rest[i]);
		if (strncmp(s, keep_rest[i], n) == 0 && s[n]) {
			snprintf(buf, size, "%s", s + n);
			return buf;
		}
	}
	for (size_t i = 0; next_word[i]; i++) {
		size_t n = strlen(next_word[i]);
		if (strncmp(s, next_word[i], n) == 0 && s[n])
			s += n;
	}
	size_t len = strcspn(s, " ");
	/* "JOINT STAFF WASHDC": keep all but the city when it is Washington */
	const char *wash = strstr(s, " WASHDC");
	if (wash && wash != s && s == full)
		len = (size_t)(wash - s);
	snprintf(buf, size, "%.*s", (int)len, s);
	return buf;
}

long app_today(void)
{
	const char *fake = getenv("CABLETRACK_TODAY");   /* tests: YYYY-MM-DD */
	int y, m, d;
	if (fake && sscanf(fake, "%d-%d-%d", &y, &m, &d) == 3)
		return days_from_civil(y, m, d);
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	return days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

bool app_save(struct app *a, struct doc *d)
{
	struct ct_error err = { "" };
	if (!d->review) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return false;
	}
	int rc = review_save(d->review, false, &err);
	if (rc == REVIEW_OK)
		return true;
	if (rc == REVIEW_CONFLICT)
		app_message(a, true, "%s changed on disk since it was read: NOT "
		            "saved (nothing overwritten); quit and reopen to merge",
		            d->review->path);
	else
		app_message(a, true, "could not save %s: %s", d->review->path, err.msg);
	return false;
}

void app_open_doc(struct app *a, size_t i)
{
	if (i >= a->ndocs || !inbox_doc_load(a, i)) {
		if (i < a->ndocs)
			app_message(a, true, "%s: %s", a->docs[i].path,
			            a->docs[i].error ? a->docs[i].error : "could not be read");
		return;
	}
	struct doc *d = &a->docs[i];
	a->cur = i;
	a->screen = SCR_CABLE;
	a->text_top = 0;
	tree_rebuild(a, d);
	tracker_rebuild(a, d);
	if (!d->warned) {
		d->warned = true;
		if (!d->review)
			app_message(a, true, "read-only: %s", doc_why(d->review_error));
		else if (d->review->locked_by_other)
			app_message(a, true, "another cabletrack has this review open "
			            "(%s.lock): changes there and here may conflict",
			            d->review->path);
	}
}

/* ---- keys ------------------------------------------------------------------ */

static long app_ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1000L + (t1.tv_nsec - t0->tv_nsec) / 1000000L;
}

int app_getkey(struct app *a, int timeout_ms, bool *gone)
{
	(void)a;
	struct timespec t0;
	wint_t wc;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	timeout(timeout_ms);
	int r = get_wch(&wc);
	if (r == ERR) {
		/* A closed terminal makes getch fail at once, forever. */
		if (!app_sig && app_ms_since(&t0) < timeout_ms / 4)
			app_fast_errors++;
		else
			app_fast_errors = 0;
		if (gone)
			*gone = app_fast_errors >= APP_GONE_AFTER;
		return -1;
	}
	app_fast_errors = 0;
	if (r == KEY_CODE_YES)
		return (int)wc;
	if (wc == 27) {                 /* Esc, or Alt+key */
		wint_t w2;
		timeout(40);
		int r2 = get_wch(&w2);
		if (r2 == OK && w2 != 27)
			return KEYMAP_META | (int)w2;
		if (r2 == KEY_CODE_YES)
			ungetch((int)w2);   /* Esc, then a function key: keep both */
		return 27;
	}
	return (int)wc;
}

/* Other codes the same physical key sends. */
static int app_alt_key(int k)
{
	switch (k) {
	case '\n': return KEY_ENTER;
	case '\r': return '\n';
	case KEY_ENTER: return '\n';
	case 127: return KEY_BACKSPACE;
	case 8: return KEY_BACKSPACE;
	case KEY_BACKSPACE: return 127;
	default: return -1;
	}
}

static enum keymap_action app_lookup(struct app *a, bool *prefix)
{
	*prefix = false;
	enum keymap_action act = keymap_lookup(a->km, a->seq, a->nseq, prefix);
	if (act != ACT_NONE || *prefix)
		return act;
	int alt = app_alt_key(a->seq[a->nseq - 1]);
	if (alt < 0)
		return ACT_NONE;
	int seq[KEYMAP_MAX_SEQ];
	memcpy(seq, a->seq, sizeof seq);
	seq[a->nseq - 1] = alt;
	return keymap_lookup(a->km, seq, a->nseq, prefix);
}

/* ---- export ------------------------------------------------------------------ */

static void app_export(struct app *a, struct doc *d)
{
	static const char *const names[] = { "md", "org", "todo", "csv", "ics",
	                                     "yaml", "json" };
	static const char *const exts[] = { "md", "org", "txt", "csv", "ics",
	                                    "yaml", "json" };
	int c = prompt_choice(a, "export format", names, sizeof names / sizeof names[0]);
	if (c < 0)
		return;
	enum export_format f;
	if (export_format_parse(names[c], &f) != 0)
		return;
	char shortp[64] = "all";
	if (a->post && *a->post)
		app_short_party(a->post, shortp, sizeof shortp);
	for (char *p = shortp; *p; p++)
		if (*p == ' ' || *p == '/')
			*p = '_';
	char def[512], file[1024];
	snprintf(def, sizeof def, "%s-%s.%s", d->cable->id ? d->cable->id : "cable",
	         shortp, exts[c]);
	int pr = prompt_read(a, "export to file: ", def, file, sizeof file);
	if (pr != PROMPT_OK || !file[0])
		return;

	struct export_list l;
	const struct cable *cables[1] = { d->cable };
	const struct review *reviews[1] = { d->review };
	struct export_options opt = { .post = a->post, .open_only = false,
	                              .now = time(NULL) };
	export_build(&l, cables, reviews, 1, &opt);
	struct buf out;
	buf_init(&out);
	export_write(f, &l, &out);
	size_t nitems = l.n;
	export_list_free(&l);
	if (out.failed) {
		buf_free(&out);
		app_message(a, true, "export: out of memory");
		return;
	}
	int fd = open(file, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0 && errno == EEXIST) {
		static const char *const yn[] = { "yes overwrite", "no" };
		char label[1100];
		snprintf(label, sizeof label, "%s exists: overwrite?", file);
		if (prompt_choice(a, label, yn, 2) != 0) {
			buf_free(&out);
			return;
		}
		fd = open(file, O_WRONLY | O_TRUNC, 0644);
	}
	if (fd < 0) {
		app_message(a, true, "export: %s: %s", file, strerror(errno));
		buf_free(&out);
		return;
	}
	size_t off = 0;
	bool ok = true;
	while (off < out.len) {
		ssize_t w = write(fd, out.data + off, out.len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			ok = false;
			break;
		}
		off += (size_t)w;
	}
	if (close(fd) != 0)
		ok = false;
	if (ok)
		app_message(a, false, "exported %zu item%s to %s", nitems,
		            nitems == 1 ? "" : "s", file);
	else
		app_message(a, true, "export: %s: %s", file, strerror(errno));
	buf_free(&out);
}

/* ---- search, filter, references ---------------------------------------------- */

static void app_search(struct app *a, struct doc *d)
{
	char q[256];
	int r = prompt_read(a, "search: ", "", q, sizeof q);
	if (r != PROMPT_OK || (!q[0] && !a->search[0]))
		return;
	if (q[0])   /* empty: the last search again, as in vi and less */
		snprintf(a->search, sizeof a->search, "%s", q);
	tree_search(a, d, 1, false);
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

static void app_filter(struct app *a, struct doc *d)
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
		shown += tracker_row_visible(a, &d->trk[i]);
	if (desc[0])
		app_message(a, false, "filter: %s (%zu of %zu taskings)", desc, shown, d->ntrk);
	else
		app_message(a, false, "filter cleared");
}

/* "see paras 4 and 7": to the first paragraph of this cable that the
 * selected one names.  False when it names none. */
static bool app_jump_para_ref(struct app *a, struct doc *d)
{
	const struct cable *c = d->cable;
	if (d->tree_sel >= d->nrows)
		return false;
	const struct paragraph *p = &c->paras[d->rows[d->tree_sel].para];
	int refs[16];
	size_t n = pararefs_find(p->text, refs, sizeof refs / sizeof *refs);
	char list[128] = "";
	size_t used = 0;
	int target = 0;
	for (size_t i = 0; i < n; i++) {
		bool exists = false;
		for (size_t k = 0; k < c->nparas && !exists; k++)
			exists = c->paras[k].number == refs[i];
		if (!exists || refs[i] == p->number)
			continue;
		if (!target)
			target = refs[i];
		if (used < sizeof list)
			used += (size_t)snprintf(list + used, sizeof list - used, "%s¶%d",
			                         used ? ", " : "", refs[i]);
	}
	if (!target)
		return false;
	int from = p->number;
	tree_select_para(d, target);
	app_message(a, false, "¶%d (¶%d names %s)", target, from, list);
	return true;
}

static void app_jump_ref(struct app *a, struct doc *d)
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

/* ---- actions ------------------------------------------------------------------- */

static void app_goto_help(struct app *a)
{
	if (a->screen != SCR_HELP)
		a->back = a->screen;
	a->screen = SCR_HELP;
	a->help_top = 0;
}

static void app_goto_agenda(struct app *a)
{
	inbox_load_for_agenda(a);
	agenda_rebuild(a);
	if (a->screen != SCR_AGENDA && a->screen != SCR_HELP)
		a->back = a->screen;
	a->screen = SCR_AGENDA;
}

static void app_cable_action(struct app *a, enum keymap_action act)
{
	struct doc *d = &a->docs[a->cur];
	switch (act) {
	case ACT_QUIT:
		if (a->multi)
			a->screen = SCR_INBOX;
		else
			a->quit = true;
		return;
	case ACT_SWITCH_PANE:
		a->focus = a->focus == FOCUS_TREE ? FOCUS_TRACKER : FOCUS_TREE;
		if (a->focus == FOCUS_TRACKER && d->ntrk) {
			struct track_row *r = tracker_current(a, d);
			if (r)
				tree_select_para(d, r->paragraph);
		}
		return;
	case ACT_SEARCH:
		app_search(a, d);
		return;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (!a->search[0])
			app_message(a, false, "no search yet: / to search");
		else
			tree_search(a, d, act == ACT_SEARCH_NEXT ? 1 : -1, true);
		return;
	case ACT_FILTER:
		app_filter(a, d);
		return;
	case ACT_TOGGLE_DONE:
	case ACT_CYCLE_STATUS:
	case ACT_NOTE:
	case ACT_UNDO:
		tracker_act(a, d, act);
		return;
	case ACT_EXPORT:
		app_export(a, d);
		return;
	case ACT_JUMP_REF:
		app_jump_ref(a, d);
		return;
	case ACT_NEXT_TASKED:
	case ACT_PREV_TASKED:
		tree_key(a, d, act);
		return;
	default:
		break;
	}
	if (a->focus == FOCUS_TRACKER)
		tracker_key(a, d, act);
	else
		tree_key(a, d, act);
}

static void app_action(struct app *a, enum keymap_action act)
{
	switch (act) {
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

static void app_key(struct app *a, int key)
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

static void app_mouse(struct app *a)
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

/* ---- drawing ------------------------------------------------------------------- */

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

static void app_draw_topbar(struct app *a, const struct cable *c, bool readonly)
{
	draw_fill(0, 0, COLS, theme(TH_BAR));
	draw_fill(1, 0, COLS, theme(TH_BAR));
	char line[1024];
	size_t n = 0;
	n += (size_t)snprintf(line + n, sizeof line - n, " %s ", c->id ? c->id : "(no id)");
	if (c->classification)
		n += (size_t)snprintf(line + n, sizeof line - n, " %s", c->classification);
	for (size_t i = 0; i < c->ncaveats && n < sizeof line; i++)
		n += (size_t)snprintf(line + n, sizeof line - n, " %s", c->caveats[i]);
	if (c->precedence && n < sizeof line)
		n += (size_t)snprintf(line + n, sizeof line - n, "  %s", c->precedence);
	if (c->dtg.valid && n < sizeof line)
		n += (size_t)snprintf(line + n, sizeof line - n,
		                      "  %04d-%02d-%02d %02d:%02dZ", c->dtg.year,
		                      c->dtg.month, c->dtg.day, c->dtg.hour, c->dtg.minute);
	if (c->from && n < sizeof line)
		snprintf(line + n, sizeof line - n, "  %s", c->from);

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
		int lw = COLS * 11 / 20;
		tree = (struct box){ y0, 0, upper, lw };
		trk = (struct box){ y0, lw + 1, upper, COLS - lw - 1 };
		for (int y = y0; y < y0 + upper; y++)
			mvaddch(y, lw, ACS_VLINE);
	} else {
		size_t visible = 0;
		for (size_t i = 0; i < d->ntrk; i++)
			visible += tracker_row_visible(a, &d->trk[i]);
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
	tree_text_draw(a, d, text);
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
		char t[128];
		snprintf(t, sizeof t, " cabletrack  inbox: %zu cable%s", a->ndocs,
		         a->ndocs == 1 ? "" : "s");
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

/* ---- set-up and the loop -------------------------------------------------------- */

static int app_start_curses(struct app *a)
{
	FILE *in = stdin, *out = stdout;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		app_tty = fopen("/dev/tty", "r+");
		if (!app_tty) {
			fprintf(stderr, "cabletrack: no terminal: /dev/tty: %s\n", strerror(errno));
			return -1;
		}
		in = out = app_tty;
	}
	app_screen_ptr = newterm(NULL, out, in);
	if (!app_screen_ptr) {
		const char *t = getenv("TERM");
		fprintf(stderr, "cabletrack: cannot use the terminal (TERM=%s)\n",
		        t ? t : "unset");
		return -1;
	}
	set_term(app_screen_ptr);
	app_curses = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	set_escdelay(25);
	curs_set(0);
	const char *nc = getenv("NO_COLOR");
	theme_init(!(nc && *nc));
	if (a->mouse) {
		mousemask(BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		          | BUTTON5_PRESSED
#endif
		          , NULL);
		mouseinterval(0);
	}
	return 0;
}

static void app_stop_curses(void)
{
	app_restore_terminal();
	if (app_screen_ptr) {
		delscreen(app_screen_ptr);
		app_screen_ptr = NULL;
	}
	if (app_tty) {
		fclose(app_tty);
		app_tty = NULL;
	}
}

int app_run(struct app *a)
{
	app_signals();
	if (app_start_curses(a) != 0)
		return -1;
	while (!a->quit && !app_sig) {
		a->today = app_today();
		app_draw(a);
		refresh();
		bool gone = false;
		int k = app_getkey(a, APP_TICK_MS, &gone);
		if (gone)
			break;
		if (k < 0)
			continue;
		if (k == KEY_RESIZE)
			continue;
		a->msg[0] = 0;
		if (k == KEY_MOUSE) {
			if (a->mouse)
				app_mouse(a);
			continue;
		}
		if (COLS < APP_MIN_COLS || LINES < APP_MIN_ROWS) {
			/* only quit works on the too-small screen */
			a->seq[0] = k;
			a->nseq = 1;
			bool prefix;
			if (app_lookup(a, &prefix) == ACT_QUIT)
				a->quit = true;
			a->nseq = 0;
			continue;
		}
		app_key(a, k);
	}
	app_stop_curses();
	return 0;
}

static char *doc_vprintf(const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	char *p = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(p, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	return p;
}

void doc_set_error(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(d->error);
	d->error = doc_vprintf(fmt, ap);
	va_end(ap);
}

void doc_set_review_error(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(d->review_error);
	d->review_error = doc_vprintf(fmt, ap);
	va_end(ap);
}

void app_free(struct app *a)
{
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		free(d->path);
		free(d->error);
		free(d->review_error);
		free(d->open);
		free(d->rows);
		free(d->trk);
		if (d->review)
			review_free(d->review);
		if (d->cable)
			cable_free(d->cable);
	}
	free(a->docs);
	free(a->agenda);
	free(a->state_dir);
	if (a->km)
		keymap_free(a->km);
}

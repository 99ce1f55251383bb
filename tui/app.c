/* app.c - the review program's set-up and event loop, and the small
 * helpers every screen shares (messages, "mine", short post names, today).
 *
 * The loop draws the current screen, waits a tick for a key and hands it
 * on (actions.c); every tick it also looks at the signal flag
 * (terminal.c), so a HUP, TERM or INT ends it cleanly.  The other parts of
 * the program live beside it: keys.c reads the keyboard, screen.c draws,
 * doc.c opens and saves, search.c and export_action.c are the bigger
 * actions of the cable screen. */
#include "app.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curses.h>

#include "base/date.h"
#include "tasking/tasking.h"

#define APP_TICK_MS 250          /* how often the loop looks at the flags */

/* ---- small helpers -------------------------------------------------------- */

void app_init(struct app *a)
{
	memset(a, 0, sizeof *a);
	a->filter.status = -1;
	a->filter.due_days = -1;
	a->screen = SCR_CABLE;
	a->back = SCR_CABLE;
	a->inbox_dirty = true;
	a->help_list.pager = true;   /* the help scrolls; nothing is selected */
	arena_init(&a->agenda_strings);
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
	/* tests: YYYY-MM-DD (base/date.h); anything else is ignored */
	long fake = date_days(getenv("CABLETRACK_TODAY"));
	if (fake != LONG_MAX)
		return fake;
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	return days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* ---- set-up and the loop -------------------------------------------------------- */

int app_run(struct app *a)
{
	app_signals();
	if (app_start_curses(a) != 0)
		return -1;
	while (!a->quit && !app_signalled()) {
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
		app_merge_pending(a);        /* a save that met an outside change */
	}
	app_stop_curses();
	return 0;
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
		if (d->review && !d->review_shared)
			review_free(d->review);
		if (d->cable)
			cable_free(d->cable);
	}
	free(a->docs);
	free(a->agenda);
	free(a->inbox_rows);
	arena_free(&a->agenda_strings);
	free(a->state_dir);
	if (a->km)
		keymap_free(a->km);
}

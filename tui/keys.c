/* keys.c - reading the keyboard: one key (a wide character, a function
 * key, Esc or Alt+key), and the keys typed so far looked up in the live
 * keymap.
 *
 * get_wch tells a function key (KEY_CODE_YES) from a character; that
 * difference is kept: a character U+0101..U+01FF, whose value is also an
 * ncurses KEY_* code (0401..0777), comes back with APP_KEY_CHAR set, so the
 * prompt takes it for text and the screens never for an arrow or a resize
 * (no keymap can bind it: the screens say it is not bound), and a function
 * key past KEY_MAX (C-Up and such, whose codes could pass for characters)
 * comes back as APP_KEY_UNNAMED (input.h).
 *
 * Pasted text arrives between the bracketed-paste marks \e[200~ and
 * \e[201~ (terminal.c turns the mode on; app_keys_init teaches curses the
 * two marks).  The prompt reads them (app_getkey_text) and takes what is
 * between as text; anywhere else the pasted text is read and dropped with
 * a message, so no pasted character runs a command.
 *
 * A terminal that has gone away makes getch fail at once, forever; after
 * APP_GONE_AFTER such errors in a row app_getkey says so and the loop ends.
 * Keys the same physical key may send (Enter as \n or \r, Backspace as
 * 127 or 8) are tried too when the keymap binds only one of them. */
#include "app.h"
#include "input.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include <curses.h>

#define APP_GONE_AFTER 64        /* immediate getch errors = terminal gone */

static int app_fast_errors;
static int app_paste_code[2] = { -1, -1 };   /* curses codes of the marks */

static long app_ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1000L + (t1.tv_nsec - t0->tv_nsec) / 1000000L;
}

/* A key code above KEY_MAX that curses does not use yet, or -1. */
static int app_free_code(int from)
{
	for (int c = from; c < from + 4096; c++) {
		char *s = keybound(c, 0);
		if (!s)
			return c;
		free(s);
	}
	return -1;
}

void app_keys_init(void)
{
	static const char *const marks[2] = { "\033[200~", "\033[201~" };
	int from = KEY_MAX + 1;
	for (int i = 0; i < 2; i++) {
		int c = key_defined(marks[i]);
		if (c <= 0) {
			c = app_free_code(from);
			if (c < 0 || define_key(marks[i], c) != OK)
				c = -1;
		}
		app_paste_code[i] = c;
		if (c > 0)
			from = c + 1;
	}
}

/* A function key code from get_wch: the paste marks become ours. */
static int app_fkey(int code)
{
	if (code == app_paste_code[0])
		return APP_KEY_PASTE_BEGIN;
	if (code == app_paste_code[1])
		return APP_KEY_PASTE_END;
	if (code > KEY_MAX)
		return APP_KEY_UNNAMED;   /* C-Up and such: might pass for text */
	return code;
}

/* One key; paste marks returned as they are.  alt: Esc and a key within
 * 40 ms are Alt+key (on the screens; a prompt takes Esc as Esc at once).
 * Only waits of 100 ms or more count towards "the terminal is gone" (a
 * poll with no wait fails at once on a live terminal too). */
static int app_readkey(int timeout_ms, bool *gone, bool alt)
{
	struct timespec t0;
	wint_t wc;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	timeout(timeout_ms);
	int r = get_wch(&wc);
	if (gone)
		*gone = false;
	if (r == ERR) {
		/* A closed terminal makes getch fail at once, forever. */
		if (timeout_ms >= 100) {
			if (!app_signalled() && app_ms_since(&t0) < timeout_ms / 4)
				app_fast_errors++;
			else
				app_fast_errors = 0;
		}
		if (gone)
			*gone = app_fast_errors >= APP_GONE_AFTER;
		return -1;
	}
	app_fast_errors = 0;
	if (r == KEY_CODE_YES)
		return app_fkey((int)wc);
	if (wc >= KEY_MIN && wc <= KEY_MAX)
		return APP_KEY_CHAR | (int)wc;  /* a character, not a KEY_* code */
	if (wc == 27 && alt) {          /* Esc, or Alt+key */
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

int app_getkey_text(struct app *a, int timeout_ms, bool *gone)
{
	(void)a;
	return app_readkey(timeout_ms, gone, false);
}

/* Reads pasted text up to its end mark (or a second of silence) and drops
 * it. */
static void app_drop_paste(struct app *a)
{
	size_t n = 0;
	for (int idle = 0; idle < 4 && !app_signalled();) {
		bool gone;
		int k = app_readkey(250, &gone, false);
		if (gone)
			return;
		if (k < 0) {
			idle++;
			continue;
		}
		idle = 0;
		if (k == APP_KEY_PASTE_END)
			break;
		n++;
	}
	app_message(a, false, "pasted text ignored (%zu character%s): paste into "
	            "a prompt, such as a note or a search", n, n == 1 ? "" : "s");
}

int app_getkey(struct app *a, int timeout_ms, bool *gone)
{
	int k = app_readkey(timeout_ms, gone, true);
	if (k == APP_KEY_PASTE_BEGIN) {
		app_drop_paste(a);
		return -1;
	}
	if (k == APP_KEY_PASTE_END)
		return -1;
	if (k == APP_KEY_UNNAMED) {
		app_message(a, false, "that key is not bound");
		return -1;
	}
	if (k >= 0 && (k & APP_KEY_CHAR)) {
		char u[8];
		size_t n = wcrtomb(u, (wchar_t)(k & ~APP_KEY_CHAR), NULL);
		app_message(a, false, "%.*s is not bound", n == (size_t)-1 ? 0 : (int)n, u);
		return -1;
	}
	return k;
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

enum keymap_action app_lookup(struct app *a, bool *prefix)
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

/* keys.c - reading the keyboard: one key (a wide character, a function
 * key, Esc or Alt+key), and the keys typed so far looked up in the live
 * keymap.
 *
 * A terminal that has gone away makes getch fail at once, forever; after
 * APP_GONE_AFTER such errors in a row app_getkey says so and the loop ends.
 * Keys the same physical key may send (Enter as \n or \r, Backspace as
 * 127 or 8) are tried too when the keymap binds only one of them. */
#include "app.h"

#include <string.h>
#include <time.h>

#include <curses.h>

#define APP_GONE_AFTER 64        /* immediate getch errors = terminal gone */

static int app_fast_errors;

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
		if (!app_signalled() && app_ms_since(&t0) < timeout_ms / 4)
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

/* prompt.c - one line of text input on the status line (search, filter,
 * note, due date, export file name).
 *
 * The text is kept as wide characters, so every character typed or pasted
 * is kept whole (Cyrillic, CJK, dashes, curly quotes, emoji, combining
 * marks); editing moves by character and the cursor by display columns.  A
 * character and the combining marks after it count as one: Backspace,
 * Delete and the arrows take or pass them together.  Keys: Left Right Home
 * End (C-a C-e), Backspace Delete (C-d), C-u (to start), C-k (to end), C-w
 * (word); Enter accepts; Esc, C-g or C-c cancels.  Navigation keys of the
 * keymap never reach here: the prompt reads the keyboard itself.
 *
 * Pasted text (bracketed paste, read by keys.c) is text: its newlines stay
 * newlines in a note (shown as U+21B5) and become spaces in the one-line
 * prompts, and no pasted character is taken for Enter, Esc or an editing
 * key.  A paste goes in whole or, when it would pass the prompt's limit,
 * not at all, with a message; typing past the limit is refused the same
 * way, so nothing is ever cut silently.  The screen is redrawn only when
 * no key is waiting, so a long paste is quick.
 *
 * A HUP/TERM or a lost terminal ends the prompt with the draft kept
 * (PROMPT_INTERRUPTED); C-c (SIGINT) cancels it (PROMPT_CANCEL). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "input.h"
#include "theme.h"

#define PROMPT_NL_SHOWN ((wchar_t)0x21b5)  /* a newline of a note: U+21B5 */
#define PROMPT_PASTE_IDLE 8                /* quiet 250 ms ticks end a paste
                                              that lost its end mark */

/* A growable run of wide characters and its length in UTF-8. */
struct wtext {
	wchar_t *s;
	size_t len, cap;
	size_t bytes;
};

struct prompt_line {
	struct wtext t;
	size_t pos;                  /* the cursor: an index into t.s */
	size_t max;                  /* the most UTF-8 bytes accepted */
	bool newlines;               /* '\n' is text (a note), else a space */
	char notice[512];            /* why something was refused (or the
	                                caller's message), until the next key */
	bool notice_err;
	/* a bracketed paste being read; its text goes in at the end mark */
	bool pasting;
	struct wtext paste;
	size_t paste_bytes;          /* all of it, also what was not kept */
	int paste_last;              /* the key before ('\r' then '\n': one) */
	int paste_idle;
	prompt_complete_fn complete; /* Tab, when not NULL */
};

/* ---- the text -------------------------------------------------------------- */

static size_t prompt_u8len(wchar_t wc)
{
	char tmp[4];
	size_t n = draw_utf8_encode(wc, tmp, sizeof tmp);
	return n ? n : 1;
}

static void wtext_insert(struct wtext *t, size_t at, const wchar_t *w, size_t n)
{
	if (n > t->cap - t->len) {
		size_t cap = t->cap ? t->cap : 64;
		while (cap - t->len < n)
			cap *= 2;
		wchar_t *s = realloc(t->s, cap * sizeof *s);
		if (!s)
			abort();
		t->s = s;
		t->cap = cap;
	}
	memmove(t->s + at + n, t->s + at, (t->len - at) * sizeof *t->s);
	memcpy(t->s + at, w, n * sizeof *w);
	t->len += n;
	for (size_t i = 0; i < n; i++)
		t->bytes += prompt_u8len(w[i]);
}

static void wtext_delete(struct wtext *t, size_t from, size_t to)
{
	if (from >= to || to > t->len)
		return;
	for (size_t i = from; i < to; i++)
		t->bytes -= prompt_u8len(t->s[i]);
	memmove(t->s + from, t->s + to, (t->len - to) * sizeof *t->s);
	t->len -= to - from;
}

static void wtext_free(struct wtext *t)
{
	free(t->s);
	memset(t, 0, sizeof *t);
}

/* A combining mark (or other zero-width character): it goes with the
 * character before it. */
static bool prompt_zero_width(wchar_t wc)
{
	return wc != L'\n' && draw_wcwidth(wc) == 0;
}

/* Where the character before i starts, and where the one at i ends. */
static size_t prompt_prev(const struct wtext *t, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && prompt_zero_width(t->s[i]))
		i--;
	return i;
}

static size_t prompt_next(const struct wtext *t, size_t i)
{
	if (i >= t->len)
		return t->len;
	i++;
	while (i < t->len && prompt_zero_width(t->s[i]))
		i++;
	return i;
}

/* Columns of the character starting at i (its marks take none). */
static int prompt_cols(const struct wtext *t, size_t i)
{
	return t->s[i] == L'\n' ? 1 : draw_wcwidth(t->s[i]);
}

static void prompt_from_utf8(struct prompt_line *p, const char *in)
{
	size_t n = in ? strlen(in) : 0, i = 0;
	while (i < n) {
		wchar_t wc;
		i += draw_utf8_decode(in + i, n - i, &wc);
		if ((wc == L'\n' && !p->newlines) || wc == L'\t')
			wc = L' ';
		wtext_insert(&p->t, p->t.len, &wc, 1);
	}
	p->pos = p->t.len;
}

static char *prompt_to_utf8(const struct wtext *t)
{
	char *out = malloc(t->bytes + 1);
	if (!out)
		abort();
	size_t o = 0;
	for (size_t i = 0; i < t->len; i++) {
		size_t n = draw_utf8_encode(t->s[i], out + o, t->bytes - o);
		if (n == 0)
			break;
		o += n;
	}
	out[o] = 0;
	return out;
}

/* Inserts w[0..n) at the cursor, or refuses all of it with a message when
 * the text would pass the limit. */
static bool prompt_insert(struct prompt_line *p, const wchar_t *w, size_t n,
                          size_t bytes)
{
	if (bytes > p->max || p->t.bytes > p->max - bytes) {
		snprintf(p->notice, sizeof p->notice, "too long: this text takes at "
		         "most %zu bytes; %zu more refused", p->max, bytes);
		p->notice_err = true;
		return false;
	}
	wtext_insert(&p->t, p->pos, w, n);
	p->pos += n;
	return true;
}

static void prompt_delete(struct prompt_line *p, size_t from, size_t to)
{
	if (from >= to || to > p->t.len)
		return;
	wtext_delete(&p->t, from, to);
	if (p->pos > to)
		p->pos -= to - from;
	else if (p->pos > from)
		p->pos = from;
}

/* ---- drawing ----------------------------------------------------------------- */

/* The first character shown: as much as fits before the cursor, with the
 * character under the cursor (or the cursor at the end) whole in avail
 * columns. */
static size_t prompt_scroll(const struct prompt_line *p, int avail)
{
	int w = p->pos < p->t.len ? prompt_cols(&p->t, p->pos) : 1;
	size_t i = p->pos;
	while (i > 0) {
		size_t j = prompt_prev(&p->t, i);
		int cw = prompt_cols(&p->t, j);
		if (w + cw > avail)
			break;
		w += cw;
		i = j;
	}
	return i;
}

/* Draws the character t->s[i..j) (a base and its marks) at (y, x) when it
 * fits in room columns; returns its columns, or -1. */
static int prompt_draw_char(int y, int x, int room, const struct wtext *t,
                            size_t i, size_t j)
{
	int cw = prompt_cols(t, i);
	if (cw > room)
		return -1;
	char tmp[64];
	size_t o = 0;
	for (size_t k = i; k < j; k++) {
		wchar_t c = t->s[k] == L'\n' ? PROMPT_NL_SHOWN : t->s[k];
		size_t n = draw_utf8_encode(c, tmp + o, sizeof tmp - o);
		if (n == 0)
			break;             /* marks past 60 bytes are not shown */
		o += n;
	}
	draw_textn(y, x, cw, tmp, o, theme(TH_NORMAL));
	return cw;
}

static void prompt_draw(struct app *a, const char *label, const struct prompt_line *p)
{
	app_draw(a);
	int y = LINES - 1;
	if (y < 0)
		return;
	if (p->notice[0] && y > 0)
		draw_cell(y - 1, 0, COLS, p->notice,
		          theme(p->notice_err ? TH_ERROR : TH_INFO));
	draw_fill(y, 0, COLS, theme(TH_NORMAL));
	/* the label may take all but room for a date or a few words */
	int lmax = COLS - 24 > COLS / 2 ? COLS - 24 : COLS / 2;
	int lw;
	if (draw_width(label, strlen(label)) > lmax) {
		/* a label cut with "…" and a space, never run into the text */
		draw_cell(y, 0, lmax - 1, label, theme(TH_KEY) | A_BOLD);
		lw = lmax;
	} else {
		lw = draw_text(y, 0, lmax, label, theme(TH_KEY) | A_BOLD);
	}
	int avail = COLS - lw - 1;
	if (avail < 1)
		return;
	int x = lw, cx = -1;
	for (size_t i = prompt_scroll(p, avail); i < p->t.len;) {
		size_t j = prompt_next(&p->t, i);
		if (i == p->pos)
			cx = x;
		int cw = prompt_draw_char(y, x, COLS - x, &p->t, i, j);
		if (cw < 0)
			break;
		x += cw;
		i = j;
	}
	if (cx < 0)
		cx = x;
	move(y, cx < COLS ? cx : COLS - 1);
}

/* ---- keys -------------------------------------------------------------------- */

/* The character a key types, or 0 for a function key, an Alt+key or a
 * control. */
static wchar_t prompt_char(int k)
{
	if (k < 0 || (k & KEYMAP_META))
		return 0;
	if (k & APP_KEY_CHAR)
		return (wchar_t)(k & ~APP_KEY_CHAR);
	if (k > 0x10ffff || (k >= KEY_MIN && k <= KEY_MAX))
		return 0;
	if (k < 0x20 || k == 0x7f || (k >= 0x80 && k < 0xa0))
		return 0;
	return (wchar_t)k;
}

/* C-w: back over spaces, then over a word. */
static void prompt_kill_word(struct prompt_line *p)
{
	size_t i = p->pos;
	while (i > 0 && (p->t.s[i - 1] == L' ' || p->t.s[i - 1] == L'\n'))
		i--;
	while (i > 0 && p->t.s[i - 1] != L' ' && p->t.s[i - 1] != L'\n')
		i--;
	prompt_delete(p, i, p->pos);
}

/* One editing key k on the line: a move, a deletion or a character to
 * insert; function keys and other controls are ignored. */
static void prompt_edit(struct prompt_line *p, int k)
{
	switch (k) {
	case KEY_LEFT:
		p->pos = prompt_prev(&p->t, p->pos);
		break;
	case KEY_RIGHT:
		p->pos = prompt_next(&p->t, p->pos);
		break;
	case KEY_HOME:
	case 1:                          /* C-a */
		p->pos = 0;
		break;
	case KEY_END:
	case 5:                          /* C-e */
		p->pos = p->t.len;
		break;
	case KEY_BACKSPACE:
	case 127:
	case 8:
		prompt_delete(p, prompt_prev(&p->t, p->pos), p->pos);
		break;
	case KEY_DC:
	case 4:                          /* C-d */
		prompt_delete(p, p->pos, prompt_next(&p->t, p->pos));
		break;
	case 21:                         /* C-u */
		prompt_delete(p, 0, p->pos);
		break;
	case 11:                         /* C-k */
		prompt_delete(p, p->pos, p->t.len);
		break;
	case 23:                         /* C-w */
		prompt_kill_word(p);
		break;
	default: {
		wchar_t wc = prompt_char(k);
		if (wc)
			prompt_insert(p, &wc, 1, prompt_u8len(wc));
		break;
	}
	}
}

/* The end of a paste (its mark, or silence): all of it goes in, or none. */
static void prompt_paste_end(struct prompt_line *p)
{
	p->pasting = false;
	if (p->paste_bytes > p->paste.bytes || !prompt_insert(p, p->paste.s,
	                                                      p->paste.len,
	                                                      p->paste.bytes))
		snprintf(p->notice, sizeof p->notice, "paste refused: %zu bytes, and "
		         "this text takes at most %zu (%zu there already)",
		         p->paste_bytes, p->max, p->t.bytes);
	if (p->notice[0])
		p->notice_err = true;
	wtext_free(&p->paste);
}

/* A key inside a paste: text, with newlines as the prompt keeps them; a
 * control or function key is dropped, never obeyed. */
static void prompt_paste_key(struct prompt_line *p, int k)
{
	int last = p->paste_last;
	p->paste_last = k;
	if (k == APP_KEY_PASTE_END) {
		prompt_paste_end(p);
		return;
	}
	wchar_t wc;
	if (k == '\r' || k == '\n' || k == KEY_ENTER) {
		if (k == '\n' && last == '\r')
			return;            /* CR LF: one newline */
		wc = p->newlines ? L'\n' : L' ';
	} else if (k == '\t') {
		wc = L' ';
	} else if (!(wc = prompt_char(k))) {
		return;
	}
	size_t n = prompt_u8len(wc);
	p->paste_bytes += n;
	if (p->paste_bytes <= p->max)     /* more is refused whole at the end */
		wtext_insert(&p->paste, p->paste.len, &wc, 1);
}

/* Tab: the completer rewrites the text (cursor at the end) and may say
 * what the choices are. */
static void prompt_tab(struct prompt_line *p)
{
	char *in = prompt_to_utf8(&p->t);
	char out[512];
	p->notice_err = false;
	p->complete(in, out, sizeof out, p->notice, sizeof p->notice);
	free(in);
	if (strlen(out) > p->max)
		return;
	wtext_delete(&p->t, 0, p->t.len);
	prompt_from_utf8(p, out);
}

/* One key: PROMPT_OK or PROMPT_CANCEL when it ends the prompt, else -1. */
static int prompt_key(struct prompt_line *p, int k)
{
	if (p->pasting) {
		p->paste_idle = 0;
		prompt_paste_key(p, k);
		return -1;
	}
	p->notice[0] = 0;
	if (k == APP_KEY_PASTE_BEGIN) {
		p->pasting = true;
		p->paste_bytes = 0;
		p->paste_last = 0;
		p->paste_idle = 0;
		return -1;
	}
	if (k == '\n' || k == '\r' || k == KEY_ENTER)
		return PROMPT_OK;
	if (k == 27 || k == 7 || k == 3)    /* Esc, C-g, C-c (as a key) */
		return PROMPT_CANCEL;
	if (k == '\t' && p->complete) {
		prompt_tab(p);
		return -1;
	}
	prompt_edit(p, k);
	return -1;
}

static int prompt_loop(struct app *a, const char *label, struct prompt_line *p)
{
	bool dirty = true;
	for (;;) {
		if (app_hung_up())
			return PROMPT_INTERRUPTED;
		if (app_take_interrupt())
			return PROMPT_CANCEL;
		bool gone = false;
		int k = app_getkey_text(a, 0, &gone);   /* a key waiting? */
		if (k < 0 && !gone) {
			if (dirty) {
				prompt_draw(a, label, p);
				refresh();
				dirty = false;
			}
			k = app_getkey_text(a, 250, &gone);
		}
		if (gone)
			return PROMPT_INTERRUPTED;
		if (k < 0) {
			if (p->pasting && ++p->paste_idle >= PROMPT_PASTE_IDLE) {
				prompt_paste_end(p);
				dirty = true;
			}
			continue;
		}
		dirty = true;
		if (k == KEY_RESIZE)
			continue;
		int r = prompt_key(p, k);
		if (r >= 0)
			return r;
	}
}

/* The prompt on p (its limit and newline rule set); a message the caller
 * left in a->msg shows above it until the first key. */
static int prompt_run(struct app *a, const char *label, const char *initial,
                      struct prompt_line *p)
{
	if (a->answer_set) {         /* a : command's words answer it */
		a->answer_set = false;
		prompt_from_utf8(p, a->answer);
		return PROMPT_OK;
	}
	prompt_from_utf8(p, initial);
	snprintf(p->notice, sizeof p->notice, "%s", a->msg);
	p->notice_err = a->msg_err;
	a->msg[0] = 0;
	curs_set(1);
	int r = prompt_loop(a, label, p);
	curs_set(0);
	if (p->pasting)
		prompt_paste_end(p);        /* a hang-up mid-paste: keep it */
	wtext_free(&p->paste);
	return r;
}

int prompt_read(struct app *a, const char *label, const char *initial, char *out,
                size_t size)
{
	struct prompt_line p;
	memset(&p, 0, sizeof p);
	p.max = size ? size - 1 : 0;
	int r = prompt_run(a, label, initial, &p);
	char *s = prompt_to_utf8(&p.t);
	size_t n = strlen(s);
	if (n > p.max) {                  /* only an initial text too long */
		n = p.max;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	if (size) {
		memcpy(out, s, n);
		out[n] = 0;
	}
	free(s);
	wtext_free(&p.t);
	return r;
}

int prompt_read_complete(struct app *a, const char *label, const char *initial,
                         char *out, size_t size, prompt_complete_fn complete)
{
	struct prompt_line p;
	memset(&p, 0, sizeof p);
	p.max = size ? size - 1 : 0;
	p.complete = complete;
	int r = prompt_run(a, label, initial, &p);
	char *s = prompt_to_utf8(&p.t);
	snprintf(out, size, "%s", strlen(s) <= p.max ? s : "");
	free(s);
	wtext_free(&p.t);
	return r;
}

int prompt_read_text(struct app *a, const char *label, const char *initial,
                     size_t max, char **out)
{
	struct prompt_line p;
	memset(&p, 0, sizeof p);
	p.max = max;
	p.newlines = true;
	int r = prompt_run(a, label, initial, &p);
	*out = prompt_to_utf8(&p.t);
	wtext_free(&p.t);
	return r;
}

/* A message the caller left in a->msg (why it asks) shows above the
 * choices; Esc, C-g, C-c or q cancels (-1). */
int prompt_choice(struct app *a, const char *label, const char *const *choices,
                  size_t n)
{
	/* each choice's key: the first letter of its name that no choice
	 * before it took ("date", "dead[l]ine") */
	char key[16], line[512];
	size_t o = (size_t)snprintf(line, sizeof line, "%s:", label);
	for (size_t i = 0; i < n && i < sizeof key && o < sizeof line; i++) {
		size_t at = 0;
		while (choices[i][at + 1] && memchr(key, choices[i][at], i))
			at++;
		key[i] = choices[i][at];
		o += (size_t)snprintf(line + o, sizeof line - o, "  %.*s[%c]%s", (int)at,
		                      choices[i], key[i], choices[i] + at + 1);
	}
	if (o < sizeof line)
		snprintf(line + o, sizeof line - o, "   Esc cancels");
	if (a->answer_set) {              /* a : command's word picks */
		a->answer_set = false;
		size_t len = strlen(a->answer);
		for (size_t i = 0; i < n && len; i++)
			if (strncmp(choices[i], a->answer, len) == 0)
				return (int)i;
		app_message(a, true, "%s: no '%s' among the choices", label, a->answer);
		return -1;
	}
	char notice[sizeof a->msg];       /* the caller's message, shown above */
	snprintf(notice, sizeof notice, "%s", a->msg);
	attr_t nattr = theme(a->msg_err ? TH_ERROR : TH_INFO);
	a->msg[0] = 0;
	for (;;) {
		if (app_take_interrupt() || app_signalled())
			return -1;
		app_draw(a);
		if (notice[0] && LINES > 1)
			draw_cell(LINES - 2, 0, COLS, notice, nattr);
		draw_fill(LINES - 1, 0, COLS, theme(TH_NORMAL));
		draw_cell(LINES - 1, 0, COLS, line, theme(TH_KEY) | A_BOLD);
		refresh();
		bool gone = false;
		int k = app_getkey(a, 250, &gone);
		if (gone)
			return -1;
		if (k < 0 || k == KEY_RESIZE)
			continue;
		if (k == 27 || k == 7 || k == 3 || k == 'q')
			return -1;
		for (size_t i = 0; i < n && i < sizeof key; i++)
			if (k == (unsigned char)key[i])
				return (int)i;
	}
}

/* prompt.c - one line of text input on the status line (search, filter,
 * note, export file name).
 *
 * The text is kept as wide characters so that editing moves by character
 * and the cursor by display columns.  Keys: Left Right Home End (C-a C-e),
 * Backspace Delete, C-u (to start), C-k (to end), C-w (word), Enter
 * accepts, Esc or C-g cancels.  Navigation keys of the keymap never reach
 * here: the prompt reads the keyboard itself.  A HUP/TERM/INT or a lost
 * terminal ends the prompt with the draft kept (PROMPT_INTERRUPTED). */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "theme.h"

#define PROMPT_MAX 1024

struct prompt_line {
	wchar_t s[PROMPT_MAX];
	size_t len, pos;
};

static void prompt_from_utf8(struct prompt_line *p, const char *in)
{
	p->len = 0;
	size_t n = in ? strlen(in) : 0, i = 0;
	while (i < n && p->len < PROMPT_MAX - 1) {
		wchar_t wc;
		i += draw_utf8_decode(in + i, n - i, &wc);
		if (wc == L'\n' || wc == L'\t')
			wc = L' ';
		p->s[p->len++] = wc;
	}
	p->pos = p->len;
}

static void prompt_to_utf8(const struct prompt_line *p, char *out, size_t size)
{
	size_t o = 0;
	for (size_t i = 0; i < p->len; i++) {
		char tmp[4];
		size_t n = draw_utf8_encode(p->s[i], tmp, sizeof tmp);
		if (o + n + 1 > size)
			break;
		memcpy(out + o, tmp, n);
		o += n;
	}
	out[o] = 0;
}

static void prompt_draw(struct app *a, const char *label, const struct prompt_line *p)
{
	app_draw(a);
	int y = LINES - 1;
	if (y < 0)
		return;
	draw_fill(y, 0, COLS, theme(TH_NORMAL));
	/* the label may take all but room for a date or a few words */
	int lmax = COLS - 24 > COLS / 2 ? COLS - 24 : COLS / 2;
	int lw = draw_text(y, 0, lmax, label, theme(TH_KEY) | A_BOLD);
	int avail = COLS - lw - 1;
	if (avail < 1)
		return;
	/* scroll so the cursor shows: start far enough left of pos */
	size_t start = 0;
	int w = 0;
	for (size_t i = p->pos; i > 0; i--) {
		w += draw_wcwidth(p->s[i - 1]);
		if (w >= avail) {
			start = i;
			break;
		}
	}
	int x = lw, cx = lw;
	for (size_t i = start; i < p->len; i++) {
		int cw = draw_wcwidth(p->s[i]);
		if (x + cw > COLS)
			break;
		if (i == p->pos)
			cx = x;
		char tmp[5];
		size_t n = draw_utf8_encode(p->s[i], tmp, sizeof tmp - 1);
		tmp[n] = 0;
		draw_textn(y, x, cw, tmp, n, theme(TH_NORMAL));
		x += cw;
	}
	if (p->pos >= p->len)
		cx = x;
	move(y, cx < COLS ? cx : COLS - 1);
}

static void prompt_delete(struct prompt_line *p, size_t from, size_t to)
{
	if (from >= to || to > p->len)
		return;
	memmove(p->s + from, p->s + to, (p->len - to) * sizeof p->s[0]);
	p->len -= to - from;
	if (p->pos > to)
		p->pos -= to - from;
	else if (p->pos > from)
		p->pos = from;
}

/* One editing key k on the line: a move, a deletion or a character to
 * insert; function keys and other controls are ignored. */
static void prompt_edit(struct prompt_line *p, int k)
{
	switch (k) {
	case KEY_LEFT:
		if (p->pos > 0)
			p->pos--;
		break;
	case KEY_RIGHT:
		if (p->pos < p->len)
			p->pos++;
		break;
	case KEY_HOME:
	case 1:                          /* C-a */
		p->pos = 0;
		break;
	case KEY_END:
	case 5:                          /* C-e */
		p->pos = p->len;
		break;
	case KEY_BACKSPACE:
	case 127:
	case 8:
		if (p->pos > 0)
			prompt_delete(p, p->pos - 1, p->pos);
		break;
	case KEY_DC:
	case 4:                          /* C-d */
		prompt_delete(p, p->pos, p->pos + 1);
		break;
	case 21:                         /* C-u */
		prompt_delete(p, 0, p->pos);
		break;
	case 11:                         /* C-k */
		p->len = p->pos;
		break;
	case 23: {                       /* C-w */
		size_t i = p->pos;
		while (i > 0 && p->s[i - 1] == L' ')
			i--;
		while (i > 0 && p->s[i - 1] != L' ')
			i--;
		prompt_delete(p, i, p->pos);
		break;
	}
	default:
		if (k >= KEY_MIN || (k & KEYMAP_META) || k < 0x20 || k == 0x7f ||
		    (k >= 0x80 && k < 0xa0))
			break;           /* function keys and controls: ignored */
		if (p->len < PROMPT_MAX - 1) {
			memmove(p->s + p->pos + 1, p->s + p->pos,
			        (p->len - p->pos) * sizeof p->s[0]);
			p->s[p->pos++] = (wchar_t)k;
			p->len++;
		}
		break;
	}
}

int prompt_read(struct app *a, const char *label, const char *initial, char *out,
                size_t size)
{
	struct prompt_line p;
	prompt_from_utf8(&p, initial);
	a->msg[0] = 0;
	curs_set(1);
	int result = PROMPT_CANCEL;
	for (;;) {
		if (app_signalled()) {
			result = PROMPT_INTERRUPTED;
			break;
		}
		prompt_draw(a, label, &p);
		refresh();
		bool gone = false;
		int k = app_getkey(a, 250, &gone);
		if (gone) {
			result = PROMPT_INTERRUPTED;
			break;
		}
		if (k < 0 || k == KEY_RESIZE)
			continue;
		if (k == '\n' || k == '\r' || k == KEY_ENTER) {
			result = PROMPT_OK;
			break;
		}
		if (k == 27 || k == 7) {       /* Esc, C-g */
			result = PROMPT_CANCEL;
			break;
		}
		prompt_edit(&p, k);
	}
	curs_set(0);
	prompt_to_utf8(&p, out, size);
	return result;
}

int prompt_choice(struct app *a, const char *label, const char *const *choices,
                  size_t n)
{
	char line[512];
	size_t o = (size_t)snprintf(line, sizeof line, "%s:", label);
	for (size_t i = 0; i < n && o < sizeof line; i++)
		o += (size_t)snprintf(line + o, sizeof line - o, "  [%c]%s", choices[i][0],
		                      choices[i] + 1);
	if (o < sizeof line)
		snprintf(line + o, sizeof line - o, "   Esc cancels");
	a->msg[0] = 0;
	for (;;) {
		if (app_signalled())
			return -1;
		app_draw(a);
		draw_fill(LINES - 1, 0, COLS, theme(TH_NORMAL));
		draw_cell(LINES - 1, 0, COLS, line, theme(TH_KEY) | A_BOLD);
		refresh();
		bool gone = false;
		int k = app_getkey(a, 250, &gone);
		if (gone)
			return -1;
		if (k < 0 || k == KEY_RESIZE)
			continue;
		if (k == 27 || k == 7 || k == 'q')
			return -1;
		for (size_t i = 0; i < n; i++)
			if (k == (unsigned char)choices[i][0])
				return (int)i;
	}
}

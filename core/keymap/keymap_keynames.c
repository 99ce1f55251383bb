/* keymap_keynames.c - key names and the codes they stand for.
 *
 * In: a key name ("j", "C-d", "M-x", "PgDn", "F5") or a key as written in
 * a keymap file ("gg", "C-x C-s"), or a code.  Out: the code (characters
 * are their value, C-x is x & 0x1f, M-x is KEYMAP_META | x, named keys
 * the ncurses KEY_* numbers of keymap_internal.h) or the sequence of codes
 * of a key, with a message naming a bad part; a code's name for the help
 * screen.
 */
#include "keymap/keymap.h"
#include "keymap/keymap_internal.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/utf8.h"

static const struct {
	const char *name;
	int code;
} keymap_named[] = {
	{"Up", KM_KEY_UP}, {"Down", KM_KEY_DOWN}, {"Left", KM_KEY_LEFT},
	{"Right", KM_KEY_RIGHT}, {"PgUp", KM_KEY_PPAGE}, {"PgDn", KM_KEY_NPAGE},
	{"Home", KM_KEY_HOME}, {"End", KM_KEY_END}, {"Enter", '\n'}, {"Tab", '\t'},
	{"BTab", KM_KEY_BTAB}, {"Esc", 27}, {"Space", ' '},
	{"Backspace", KM_KEY_BACKSPACE}, {"Delete", KM_KEY_DC},
};

/* The UTF-8 character at the start of the string s: its length, 0 at the
 * end of s or when the bytes are not UTF-8. */
static size_t keymap_utf8(const char *s, int *cp)
{
	uint32_t v;
	size_t n = *s ? utf8_decode((const unsigned char *)s, strnlen(s, 4), &v) : 0;
	if (n)
		*cp = (int)v;
	return n;
}

/* A character that can be a key: not a control, not a space, and not in
 * 0401..0777, where ncurses puts its KEY_* codes (so U+0101..U+01FF cannot
 * be bound: the TUI could not tell them from function keys). */
static bool keymap_printable(int cp)
{
	return cp > 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) &&
	       !(cp >= 0401 && cp <= 0777);
}

int keymap_key_code(const char *name)
{
	if (!name || !*name)
		return -1;
	if (name[0] == 'M' && name[1] == '-' && name[2]) {
		int k = keymap_key_code(name + 2);
		return k < 0 || (k & KEYMAP_META) ? -1 : KEYMAP_META | k;
	}
	if (name[0] == 'C' && name[1] == '-' && name[2]) {
		if (strcmp(name + 2, "Space") == 0)
			return 0;
		char c = name[2];
		if (name[3])
			return -1;
		if (ascii_is_lower(c))
			return c & 0x1f;
		if (ascii_is_upper(c) || strchr("@[\\]^_", c))
			return c & 0x1f;
		return -1;
	}
	for (size_t i = 0; i < sizeof keymap_named / sizeof *keymap_named; i++)
		if (strcmp(name, keymap_named[i].name) == 0)
			return keymap_named[i].code;
	if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		char *end;
		long n = strtol(name + 1, &end, 10);
		if (!*end && n >= 1 && n <= 12)
			return KM_KEY_F0 + (int)n;
		return -1;
	}
	int cp;
	size_t n = keymap_utf8(name, &cp);
	if (n == 0 || name[n] || !keymap_printable(cp))
		return -1;
	return cp;
}

const char *keymap_key_name(int code, char *buf, size_t size)
{
	if (!buf || size == 0)
		return "";
	if (code >= 0 && (code & KEYMAP_META)) {
		char inner[32];
		snprintf(buf, size, "M-%s", keymap_key_name(code & ~KEYMAP_META, inner,
		                                             sizeof inner));
		return buf;
	}
	for (size_t i = 0; i < sizeof keymap_named / sizeof *keymap_named; i++)
		if (code == keymap_named[i].code) {
			snprintf(buf, size, "%s", keymap_named[i].name);
			return buf;
		}
	if (code == '\r' || code == KM_KEY_ENTER) {
		snprintf(buf, size, "Enter");
	} else if (code == 127) {
		snprintf(buf, size, "Backspace");
	} else if (code == 0) {
		snprintf(buf, size, "C-Space");
	} else if (code > 0 && code < 0x20) {
		snprintf(buf, size, "C-%c", code < 27 ? 'a' + code - 1 : "[\\]^_"[code - 27]);
	} else if (code > KM_KEY_F0 && code <= KM_KEY_F0 + 12) {
		snprintf(buf, size, "F%d", code - KM_KEY_F0);
	} else if (keymap_printable(code) && code <= 0x10FFFF &&
	           !(code >= 0xD800 && code <= 0xDFFF)) {
		char u[4];
		snprintf(buf, size, "%.*s", (int)utf8_encode((uint32_t)code, u), u);
	} else {
		snprintf(buf, size, "<%d>", code);
	}
	return buf;
}

/* A key as written in a file -> codes.  Space-separated parts; a part is
 * one named key ("PgDn", "C-x", "M-<", a word starting with a capital and
 * holding a lowercase letter or digit is always taken for a name) or a run
 * of characters typed one after the other ("gg", "zc").  0 ok, -1 with why
 * set to a message naming the bad part. */
int keymap_parse_seq(const char *key, int *seq, size_t *nseq, char *why,
                     size_t whysize)
{
	*nseq = 0;
	const char *p = key;
	for (;;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " ");
		char part[64];
		if (len >= sizeof part) {
			snprintf(why, whysize, "key '%.40s' is too long", key);
			return -1;
		}
		memcpy(part, p, len);
		part[len] = '\0';
		p += len;
		bool named = (len >= 2 && (part[0] == 'C' || part[0] == 'M') && part[1] == '-');
		if (!named && len >= 2 && ascii_is_upper(part[0])) {
			bool word = true, lower = false;
			for (size_t i = 1; i < len; i++) {
				char c = part[i];
				if (!ascii_is_alnum(c))
					word = false;
				if (ascii_is_lower(c) || ascii_is_digit(c))
					lower = true;
			}
			named = word && lower;
		}
		if (named || len == 1) {
			int code = keymap_key_code(part);
			if (code < 0) {
				snprintf(why, whysize, "unknown key name '%s'", part);
				return -1;
			}
			if (*nseq == KEYMAP_MAX_SEQ)
				goto toolong;
			seq[(*nseq)++] = code;
			continue;
		}
		for (const char *q = part; *q;) {
			int cp;
			size_t n = keymap_utf8(q, &cp);
			if (n == 0 || !keymap_printable(cp)) {
				snprintf(why, whysize, "unknown key name '%s'", part);
				return -1;
			}
			if (*nseq == KEYMAP_MAX_SEQ)
				goto toolong;
			seq[(*nseq)++] = cp;
			q += n;
		}
	}
	if (*nseq == 0) {
		snprintf(why, whysize, "empty key");
		return -1;
	}
	return 0;
toolong:
	snprintf(why, whysize, "key '%.40s' is longer than %d keys", key, KEYMAP_MAX_SEQ);
	return -1;
}

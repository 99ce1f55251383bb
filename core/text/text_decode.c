/* text_decode.c - pass 1: raw bytes -> UTF-8 with "\n" endings.
 *
 * In: the bytes of one input, as read.  Out: UTF-8 text in a struct obuf,
 * and counts of what makes a file binary (NUL and control bytes, bytes that
 * are not UTF-8).  CRLF and lone CR become LF; NUL and other C0 controls are
 * removed (TAB and LF kept); each byte that is not part of valid UTF-8 is
 * read as CP1252 (Latin-1 for 0xA0-0xFF), and C1 code points as CP1252.
 * UTF-16 with a byte-order mark is converted first.  The clean prefix test
 * lets a file that is valid UTF-8 already skip the copy.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/utf8.h"
#include "text/text_internal.h"

/* ---- one character into the buffer ------------------------------------- */

/* CP1252 readings of 0x80-0x9F; 0 where CP1252 leaves the byte undefined. */
static const uint16_t text_cp1252[32] = {
	0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
	0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* cp is valid here: ob_char and the UTF-16 pass replace what is not. */
static void ob_utf8(struct obuf *o, uint32_t cp)
{
	char b[4] = {0};
	ob_mem(o, b, utf8_encode(cp, b));
}

/* Appends one character under the rules every character obeys: CR -> LF,
 * other C0 controls and DEL dropped (TAB, LF kept), C1 read as CP1252
 * (undefined ones dropped), BOM dropped, surrogates and out-of-range values
 * -> U+FFFD. */
void ob_char(struct obuf *o, uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7F) {
		if (cp == '\t' || cp == '\n')
			ob_byte(o, (char)cp);
		else if (cp == '\r')
			ob_byte(o, '\n');
		return;
	}
	if (cp >= 0x80 && cp <= 0x9F) {
		cp = text_cp1252[cp - 0x80];
		if (!cp)
			return;
	} else if (cp == 0xFEFF) {
		return;
	} else if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
		cp = UTF8_REPLACEMENT;
	}
	ob_utf8(o, cp);
}

/* ---- pass 1: decode ----------------------------------------------------- */

enum byte_class {
	BC_PLAIN,    /* printable ASCII, TAB, LF: copied */
	BC_CR,
	BC_NUL,
	BC_CTL,      /* a control byte no text file has: counts toward binary */
	BC_SOFT,     /* FF, VT, SUB (DOS end of file), DEL: dropped quietly */
	BC_HIGH,     /* 0x80-0xFF */
};

static enum byte_class byte_class_of(unsigned char c)
{
	if (c >= 0x80)
		return BC_HIGH;
	if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n')
		return BC_PLAIN;
	switch (c) {
	case '\r': return BC_CR;
	case 0: return BC_NUL;
	case '\f': case '\v': case 0x1A: case 0x7F: return BC_SOFT;
	default: return BC_CTL;
	}
}

static const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;

/* The bytes of w that pass 1 copies as they are when they come alone:
 * 0x20-0x7E, TAB and LF, 0x80 in each.  Each byte is cut to 7 bits first
 * (a byte >= 0x80 is kept out by ~w), so the sums never carry into the
 * next byte: bit 7 of t + (0x80 - lo) says t >= lo, of t + (0x7F - hi)
 * says t > hi. */
static inline uint64_t clean8(uint64_t w)
{
	uint64_t t = w & ~highs;
	uint64_t printable = (t + ones * (0x80 - 0x20)) & ~(t + ones * (0x7F - 0x7E));
	uint64_t tab_lf = (t + ones * (0x80 - '\t')) & ~(t + ones * (0x7F - '\n'));
	return (printable | tab_lf) & ~w & highs;
}

/* Are the 64 bytes at b all printable ASCII or LF (the bytes of most
 * files)?  One loop with no exit, on bytes, so that the compiler tests 16
 * bytes an instruction (gcc and clang vectorize it at -O2): LF is made a
 * '*', then each byte less 0x20 is at most 0x5E, for 0x20-0x7E, unless it
 * was a control byte (it wraps to 0xE0 or more) or 0x7F and up. */
static bool text_plain64(const unsigned char *b)
{
	unsigned char top = 0;
	for (size_t i = 0; i < 64; i++) {
		unsigned char c = (unsigned char)(b[i] | (b[i] == '\n' ? 0x20 : 0));
		unsigned char d = (unsigned char)(c - 0x20);
		top = d > top ? d : top;
	}
	return top <= 0x5E;
}

/* A no-break space (U+00A0, U+2007, U+202F: a word processor's "1.\u00a0(U)",
 * "para\u00a06"): pass 1 makes it a plain space. */
static bool text_nbsp(uint32_t cp)
{
	return cp == 0xA0 || cp == 0x2007 || cp == 0x202F;
}

/* The clean bytes from i on, up to stop (a UTF-8 character may end past
 * it): the offset of the first byte that is not clean, or stop or more. */
static size_t text_clean_run(const unsigned char *b, size_t len, size_t i, size_t stop)
{
	while (i < stop) {
		/* 16 bytes at a time, then 8, while they are all clean */
		for (; stop - i >= 16; i += 16) {
			uint64_t w[2];
			memcpy(w, b + i, 16);
			if ((clean8(w[0]) & clean8(w[1])) != highs)
				break;
		}
		for (; stop - i >= 8; i += 8) {
			uint64_t w;
			memcpy(&w, b + i, 8);
			if (clean8(w) != highs)
				break;
		}
		if (i >= stop)
			break;
		unsigned char c = b[i];
		if ((unsigned char)(c - 0x20) < 0x5F || c == '\n' || c == '\t') {
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = c >= 0x80 ? utf8_decode(b + i, len - i, &cp) : 0;
		if (k == 0 || cp <= 0x9F || cp == 0xFEFF || text_nbsp(cp))
			return i;
		i += k;
	}
	return i;
}

/* Length of the prefix of b that pass 1 would copy unchanged: printable
 * ASCII, TAB, LF and valid UTF-8 other than C1 controls and U+FEFF.  Most
 * files are all prefix, and then need no copy at all.  Blocks of 64 plain
 * bytes are passed over whole; a block with anything else in it (TAB,
 * UTF-8) is read 16, 8 and 1 bytes at a time. */
size_t text_clean_prefix(const unsigned char *b, size_t len)
{
	size_t i = 0;
	while (i < len) {
		while (len - i >= 64 && text_plain64(b + i))
			i += 64;
		size_t stop = len - i > 64 ? i + 64 : len;
		i = text_clean_run(b, len, i, stop);
		if (i < stop)
			break;
	}
	return i < len ? i : len;
}

/* Pass 1 from byte i on (b[0..i) already copied to o).  o must hold
 * 3 * len bytes: no input byte yields more than 3. */
void text_decode(const unsigned char *b, size_t len, size_t i,
                 struct obuf *o, struct decode_stats *st)
{
	while (i < len) {
		unsigned char c = b[i];
		uint32_t cp;
		size_t k;
		switch (byte_class_of(c)) {
		case BC_PLAIN:
			ob_byte(o, (char)c);
			i++;
			break;
		case BC_CR:
			if (i + 1 >= len || b[i + 1] != '\n')
				ob_byte(o, '\n');
			i++;
			break;
		case BC_NUL:
			st->nul++;
			i++;
			break;
		case BC_CTL:
			st->ctl++;
			i++;
			break;
		case BC_SOFT:
			i++;
			break;
		case BC_HIGH:
			k = utf8_decode(b + i, len - i, &cp);
			if (k == 0) {
				/* Not UTF-8: this one byte is CP1252/Latin-1. */
				st->invalid++;
				cp = c;
				if (c < 0xA0 && !text_cp1252[c - 0x80])
					cp = UTF8_REPLACEMENT;
				ob_char(o, text_nbsp(cp) ? ' ' : cp);
				i++;
			} else if (cp <= 0x9F || cp == 0xFEFF) {
				ob_char(o, cp);
				i += k;
			} else if (text_nbsp(cp)) {
				ob_byte(o, ' ');
				i += k;
			} else {
				ob_mem(o, (const char *)b + i, k);
				i += k;
			}
			break;
		}
	}
}

/* UTF-16 with a byte-order mark -> UTF-8 (controls kept: pass 1 judges
 * them).  o must hold 2 * len bytes. */
void text_from_utf16(const unsigned char *b, size_t len, bool big, struct obuf *o)
{
	for (size_t i = 2; i + 1 < len; i += 2) {
		uint32_t u = big ? (uint32_t)(b[i] << 8 | b[i + 1])
		                 : (uint32_t)(b[i + 1] << 8 | b[i]);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			uint32_t v = big ? (uint32_t)(b[i + 2] << 8 | b[i + 3])
			                 : (uint32_t)(b[i + 3] << 8 | b[i + 2]);
			if (v >= 0xDC00 && v <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
				i += 2;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF)
			u = UTF8_REPLACEMENT;
		ob_utf8(o, u);
	}
}

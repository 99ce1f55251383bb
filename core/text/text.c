/* text.c - bytes -> normalized UTF-8 lines, and the form they came in.
 *
 * Three linear passes:
 *   1. decode  raw bytes -> UTF-8 with "\n" endings: BOM dropped, UTF-16
 *              (with a BOM) converted, CRLF and lone CR -> LF, NUL and other
 *              C0 controls removed (TAB and LF kept), each byte that is not
 *              part of valid UTF-8 read as CP1252 (Latin-1 for 0xA0-0xFF),
 *              C1 code points read as CP1252.  Counts what makes a file
 *              binary.
 *   2. html    viewer pages only: the text of the <pre> blocks (a blank
 *              line between blocks), tags stripped, entities decoded; with
 *              no <pre>, the text of the whole body.
 *   3. lines   split on LF; tabs expanded to 8-column stops; in a markdown
 *              scrape "[X](#)" -> X, a leading "[1](#)" -> "¶" and
 *              "<http://...>" -> the URL; cablegate's damaged marks
 *              repaired ("EMBASSY,S" -> "EMBASSY'S", "&word8" -> "\"word\"");
 *              trailing blanks stripped.  Every line is NUL-terminated in
 *              one arena block.
 *
 * Temporaries are malloc'd and freed here; only the lines live in the arena.
 */
#include "text/text.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum {
	TEXT_TAB_STOP = 8,
	TEXT_HEAD_LINES = 80,    /* where a routing header must start */
	TEXT_HTML_PROBE = 1024,  /* where <html / <!DOCTYPE must appear */
};

#define UNI_REPLACEMENT 0xFFFDu

/* ---- output buffer ------------------------------------------------------ */

/* A buffer sized from its input so that it cannot overflow; the put
 * functions still check, so a sizing mistake truncates instead of writing
 * out of bounds. */
struct obuf {
	char *p;
	size_t n, cap;
};

static void ob_byte(struct obuf *o, char c)
{
	if (o->n < o->cap)
		o->p[o->n++] = c;
}

static void ob_mem(struct obuf *o, const char *s, size_t n)
{
	if (n > o->cap - o->n)
		n = o->cap - o->n;
	memcpy(o->p + o->n, s, n);
	o->n += n;
}

static bool ob_alloc(struct obuf *o, size_t cap)
{
	o->n = 0;
	o->cap = cap;
	o->p = malloc(cap ? cap : 1);
	return o->p != NULL;
}

/* CP1252 readings of 0x80-0x9F; 0 where CP1252 leaves the byte undefined. */
static const uint16_t text_cp1252[32] = {
	0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
	0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static void ob_utf8(struct obuf *o, uint32_t cp)
{
	char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	ob_mem(o, b, n);
}

/* Appends one character under the rules every character obeys: CR -> LF,
 * other C0 controls and DEL dropped (TAB, LF kept), C1 read as CP1252
 * (undefined ones dropped), BOM dropped, surrogates and out-of-range values
 * -> U+FFFD. */
static void ob_char(struct obuf *o, uint32_t cp)
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
		cp = UNI_REPLACEMENT;
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

/* Length of the valid UTF-8 sequence at s (strict: no overlongs, no
 * surrogates, nothing above U+10FFFF) with its code point, or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0) {
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
		if (n < 3 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
		      (s[2] & 0x3F);
		return 3;
	}
	if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (n < 4 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80 ||
	    (s[3] & 0xC0) != 0x80)
		return 0;
	*cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
	      ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	return 4;
}

struct decode_stats {
	size_t nul;       /* NUL bytes */
	size_t ctl;       /* other control bytes a text file does not have */
	size_t invalid;   /* bytes that were not valid UTF-8 */
};

/* Length of the prefix of b that pass 1 would copy unchanged: printable
 * ASCII, TAB, LF and valid UTF-8 other than C1 controls and U+FEFF.  Most
 * files are all prefix, and then need no copy at all. */
static size_t text_clean_prefix(const unsigned char *b, size_t len)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	size_t i = 0;
	while (i < len) {
		/* Eight bytes at a time while they are all 0x20-0x7E. */
		while (len - i >= 8) {
			uint64_t w, del;
			memcpy(&w, b + i, 8);
			del = w ^ (0x7F * ones);
			if ((w | ((w - 0x20 * ones) & ~w) | ((del - ones) & ~del)) & highs)
				break;
			i += 8;
		}
		if (i == len)
			break;
		unsigned char c = b[i];
		if ((unsigned char)(c - 0x20) < 0x5F || c == '\n' || c == '\t') {
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = c >= 0x80 ? utf8_seq(b + i, len - i, &cp) : 0;
		if (k == 0 || cp <= 0x9F || cp == 0xFEFF)
			break;
		i += k;
	}
	return i;
}

/* Pass 1 from byte i on (b[0..i) already copied to o).  o must hold
 * 3 * len bytes: no input byte yields more than 3. */
static void text_decode(const unsigned char *b, size_t len, size_t i,
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
			k = utf8_seq(b + i, len - i, &cp);
			if (k == 0) {
				/* Not UTF-8: this one byte is CP1252/Latin-1. */
				st->invalid++;
				cp = c;
				if (c < 0xA0 && !text_cp1252[c - 0x80])
					cp = UNI_REPLACEMENT;
				ob_char(o, cp);
				i++;
			} else if (cp <= 0x9F || cp == 0xFEFF) {
				ob_char(o, cp);
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
static void text_from_utf16(const unsigned char *b, size_t len, bool big,
                            struct obuf *o)
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
			u = UNI_REPLACEMENT;
		ob_utf8(o, u);
	}
}

/* ---- refusals ----------------------------------------------------------- */

static const char *text_magic(const unsigned char *b, size_t len)
{
	static const struct {
		const char *magic;
		size_t len;
		const char *what;
	} kinds[] = {
		{ "\x89PNG\r\n\x1a\n", 8, "an image (PNG)" },
		{ "\xFF\xD8\xFF", 3, "an image (JPEG)" },
		{ "GIF87a", 6, "an image (GIF)" },
		{ "GIF89a", 6, "an image (GIF)" },
		{ "%PDF-", 5, "a PDF document, not text" },
		{ "PK\x03\x04", 4, "a ZIP archive (or DOCX/ODT), not text" },
		{ "PK\x05\x06", 4, "a ZIP archive, not text" },
		{ "\x1F\x8B", 2, "gzip-compressed data, not text" },
		{ "\xD0\xCF\x11\xE0", 4, "an MS Office document, not text" },
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (len >= kinds[i].len &&
		    memcmp(b, kinds[i].magic, kinds[i].len) == 0)
			return kinds[i].what;
	return NULL;
}

static void text_error(struct ct_error *err, const char *msg)
{
	if (err)
		snprintf(err->msg, sizeof err->msg, "%s", msg);
}

/* ---- pass 2: cablegate viewer HTML -------------------------------------- */

static bool is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* First "<name" (case-insensitive, name ending at '>', '/' or blank) in
 * [s, end), or NULL.  name includes the '<' ("<pre", "</pre"). */
static const char *find_tag(const char *s, const char *end, const char *name)
{
	size_t nl = strlen(name);
	while (s < end) {
		const char *lt = memchr(s, '<', (size_t)(end - s));
		if (!lt)
			return NULL;
		if ((size_t)(end - lt) >= nl && strncasecmp(lt, name, nl) == 0) {
			const char *after = lt + nl;
			if (after == end || *after == '>' || *after == '/' ||
			    is_space((unsigned char)*after))
				return lt;
		}
		s = lt + 1;
	}
	return NULL;
}

static const char *find_str(const char *s, const char *end, const char *needle)
{
	size_t nl = strlen(needle);
	while (s < end) {
		const char *p = memchr(s, needle[0], (size_t)(end - s));
		if (!p || (size_t)(end - p) < nl)
			return NULL;
		if (memcmp(p, needle, nl) == 0)
			return p;
		s = p + 1;
	}
	return NULL;
}

/* True for a viewer page: "<html" or "<!DOCTYPE" near the top (after
 * blanks and an XML prolog), or a "<pre" block anywhere. */
static bool text_is_html(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && is_space((unsigned char)s[i]))
		i++;
	if (i < n && s[i] == '<') {
		const char *end = s + (n - i < TEXT_HTML_PROBE ? n : i + TEXT_HTML_PROBE);
		if (find_tag(s + i, end, "<html") || find_tag(s + i, end, "<!doctype"))
			return true;
	}
	return find_tag(s, s + n, "<pre") != NULL;
}

struct html_entity {
	const char *name;
	uint32_t cp;
};

/* The named entities cable pages and their copies use. */
static const struct html_entity html_entities[] = {
	{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
	{ "apos", '\'' }, { "nbsp", ' ' }, { "para", 0xB6 }, { "sect", 0xA7 },
	{ "copy", 0xA9 }, { "reg", 0xAE }, { "deg", 0xB0 }, { "middot", 0xB7 },
	{ "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 },
	{ "rsquo", 0x2019 }, { "sbquo", 0x201A }, { "ldquo", 0x201C },
	{ "rdquo", 0x201D }, { "bdquo", 0x201E }, { "hellip", 0x2026 },
	{ "bull", 0x2022 }, { "laquo", 0xAB }, { "raquo", 0xBB },
	{ "euro", 0x20AC }, { "pound", 0xA3 }, { "yen", 0xA5 }, { "cent", 0xA2 },
	{ "times", 0xD7 }, { "divide", 0xF7 }, { "plusmn", 0xB1 },
	{ "frac12", 0xBD }, { "frac14", 0xBC }, { "frac34", 0xBE },
	{ "trade", 0x2122 }, { "shy", 0 }, { "ensp", ' ' }, { "emsp", ' ' },
	{ "thinsp", ' ' }, { "aacute", 0xE1 }, { "agrave", 0xE0 },
	{ "acirc", 0xE2 }, { "auml", 0xE4 }, { "ccedil", 0xE7 },
	{ "eacute", 0xE9 }, { "egrave", 0xE8 }, { "ecirc", 0xEA },
	{ "iacute", 0xED }, { "ntilde", 0xF1 }, { "oacute", 0xF3 },
	{ "ouml", 0xF6 }, { "uacute", 0xFA }, { "uuml", 0xFC }, { "szlig", 0xDF },
	{ "Aacute", 0xC1 }, { "Eacute", 0xC9 }, { "Ntilde", 0xD1 },
	{ "Ouml", 0xD6 }, { "Uuml", 0xDC },
};

/* Decodes the entity at s[0] == '&'.  Returns the bytes it spans (0: not
 * an entity, the '&' is literal) and its code point in *cp (0: nothing to
 * write).  Named entities need their ';'; numeric ones take it if there. */
static size_t html_entity(const char *s, size_t n, uint32_t *cp)
{
	size_t i = 1;
	if (n > 1 && s[1] == '#') {
		bool hex = n > 2 && (s[2] | 0x20) == 'x';
		uint32_t v = 0;
		size_t digits = 0;
		i = hex ? 3 : 2;
		for (; i < n && digits < 8; i++, digits++) {
			unsigned char c = (unsigned char)s[i];
			unsigned d;
			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
				d = (unsigned)((c | 0x20) - 'a' + 10);
			else
				break;
			v = v * (hex ? 16 : 10) + d;
		}
		if (digits == 0)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		*cp = v ? v : UNI_REPLACEMENT;
		return i;
	}
	size_t start = i;
	while (i < n && i - start < 8 && (is_alpha((unsigned char)s[i]) ||
	                                  (s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i == start || i >= n || s[i] != ';')
		return 0;
	for (size_t k = 0; k < sizeof html_entities / sizeof html_entities[0]; k++) {
		const char *name = html_entities[k].name;
		if (strlen(name) == i - start && memcmp(name, s + start, i - start) == 0) {
			*cp = html_entities[k].cp;
			return i + 1;
		}
	}
	return 0;
}

/* Facts about the rest of the page that keep tag scanning linear. */
struct html_scan {
	const char *no_gt;       /* no '>' at or after this point */
	bool quotes_broken;      /* an unclosed quote ran to the end once */
};

/* End (one past '>') of the tag at *lt == '<', or NULL when it has none.
 * Quotes in attributes may hold '>'. */
static const char *html_tag_end(const char *lt, const char *end,
                                struct html_scan *sc)
{
	if (sc->no_gt && lt >= sc->no_gt)
		return NULL;
	if (!sc->quotes_broken) {
		char q = 0;
		for (const char *p = lt + 1; p < end; p++) {
			if (q) {
				if (*p == q)
					q = 0;
			} else if (*p == '"' || *p == '\'') {
				q = *p;
			} else if (*p == '>') {
				return p + 1;
			}
		}
		sc->quotes_broken = true;
	}
	const char *gt = memchr(lt, '>', (size_t)(end - lt));
	if (!gt) {
		sc->no_gt = lt;
		return NULL;
	}
	return gt + 1;
}

/* Tags whose content is not page text (body mode skips it). */
static const char *const html_skip_tags[] = { "script", "style", "head", "title" };
/* Tags that break a line in body mode. */
static const char *const html_block_tags[] = {
	"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
	"blockquote", "ul", "ol", "dl", "dt", "dd", "hr", "pre", "br",
};

static bool name_is(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

/* Text of s[0..n): tags removed, entities decoded.  In body mode (no <pre>
 * on the page) script/style/head are skipped and block tags break lines. */
static void html_text(struct obuf *o, const char *s, size_t n, bool body)
{
	const char *p = s, *end = s + n;
	const char *cr_end = NULL;      /* just after a "&#13;" */
	struct html_scan sc = { NULL, false };
	while (p < end) {
		const char *run = p;
		while (p < end && *p != '<' && *p != '&')
			p++;
		ob_mem(o, run, (size_t)(p - run));
		if (p == end)
			break;
		if (*p == '&') {
			uint32_t cp = 0;
			size_t k = html_entity(p, (size_t)(end - p), &cp);
			if (k == 0) {
				ob_byte(o, '&');
				p++;
				continue;
			}
			if (!(cp == '\n' && p == cr_end) && cp)
				ob_char(o, cp);
			p += k;
			cr_end = cp == '\r' ? p : NULL;
			continue;
		}
		/* '<': a tag, a comment, or a literal '<'. */
		unsigned char next = p + 1 < end ? (unsigned char)p[1] : 0;
		if ((size_t)(end - p) >= 4 && memcmp(p, "<!--", 4) == 0) {
			const char *close = find_str(p + 4, end, "-->");
			p = close ? close + 3 : end;
			continue;
		}
		if (!is_alpha(next) && next != '/' && next != '!' && next != '?') {
			ob_byte(o, '<');
			p++;
			continue;
		}
		const char *tend = html_tag_end(p, end, &sc);
		if (!tend) {
			ob_byte(o, '<');
			p++;
			continue;
		}
		if (body) {
			const char *nm = p + 1 + (next == '/');
			size_t nl = 0;
			while (nm + nl < tend && (is_alpha((unsigned char)nm[nl]) ||
			                          (nm[nl] >= '0' && nm[nl] <= '9')))
				nl++;
			bool skipped = false;
			for (size_t k = 0; next != '/' && k < sizeof html_skip_tags /
			                   sizeof html_skip_tags[0]; k++) {
				if (!name_is(nm, nl, html_skip_tags[k]))
					continue;
				char close[16];
				snprintf(close, sizeof close, "</%s", html_skip_tags[k]);
				const char *c = find_tag(tend, end, close);
				const char *cend = c ? html_tag_end(c, end, &sc) : NULL;
				tend = cend ? cend : end;
				skipped = true;
				break;
			}
			for (size_t k = 0; !skipped && k < sizeof html_block_tags /
			                   sizeof html_block_tags[0]; k++)
				if (name_is(nm, nl, html_block_tags[k])) {
					ob_byte(o, '\n');
					break;
				}
		}
		p = tend;
	}
}

/* Pass 2: the cable text of a viewer page into o (o->cap >= n + 16). */
static void html_extract(const char *s, size_t n, struct obuf *o)
{
	const char *end = s + n, *p = s;
	size_t blocks = 0;
	struct html_scan sc = { NULL, false };
	const char *pre;
	while ((pre = find_tag(p, end, "<pre")) != NULL) {
		const char *body = html_tag_end(pre, end, &sc);
		if (!body)
			break;
		if (body < end && *body == '\n')
			body++;          /* HTML ignores a newline right after <pre> */
		const char *close = find_tag(body, end, "</pre");
		const char *stop = close ? close : end;
		if (blocks++ > 0) {
			if (o->n > 0 && o->p[o->n - 1] != '\n')
				ob_byte(o, '\n');
			ob_byte(o, '\n');
		}
		html_text(o, body, (size_t)(stop - body), false);
		if (!close)
			break;
		const char *after = html_tag_end(close, end, &sc);
		p = after ? after : end;
	}
	if (blocks > 0)
		return;
	const char *b = find_tag(s, end, "<body");
	const char *start = b ? html_tag_end(b, end, &sc) : NULL;
	if (!start)
		start = s;
	html_text(o, start, (size_t)(end - start), true);
}

/* ---- pass 3: lines ------------------------------------------------------ */

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t pl = strlen(prefix);
	return n >= pl && memcmp(s, prefix, pl) == 0;
}

/* Undoes the markdown scrape's links in place; returns the new length. */
static size_t scrape_fix(char *s, size_t n)
{
	size_t r = 0, w = 0;
	while (r < n && s[r] == ' ')
		r++;
	w = r;
	if (starts_with(s + r, n - r, "[1](#)")) {
		s[w++] = '\xC2';            /* U+00B6 PILCROW SIGN */
		s[w++] = '\xB6';
		r += 6;
	}
	while (r < n) {
		char c = s[r];
		if (c == '[') {
			size_t j = r + 1;
			while (j < n && s[j] != ']' && s[j] != '[')
				j++;
			if (j < n && s[j] == ']' && starts_with(s + j + 1, n - j - 1, "(#)")) {
				memmove(s + w, s + r + 1, j - r - 1);
				w += j - r - 1;
				r = j + 4;
			} else {
				/* no link: s[r..j) holds no '[', copy it as is */
				memmove(s + w, s + r, j - r);
				w += j - r;
				r = j;
			}
			continue;
		}
		if (c == '<' && (starts_with(s + r + 1, n - r - 1, "http://") ||
		                 starts_with(s + r + 1, n - r - 1, "https://") ||
		                 starts_with(s + r + 1, n - r - 1, "ftp://") ||
		                 starts_with(s + r + 1, n - r - 1, "mailto:"))) {
			size_t j = r + 1;
			while (j < n && s[j] != '>' && s[j] != '<' && s[j] != ' ')
				j++;
			if (j < n && s[j] == '>') {
				memmove(s + w, s + r + 1, j - r - 1);
				w += j - r - 1;
				r = j + 1;
				continue;
			}
		}
		s[w++] = c;
		r++;
	}
	return w;
}

/* Copies s[0..n) to d expanding tabs to TEXT_TAB_STOP columns (a column
 * is a code point); returns the bytes written (at most n + 7 per tab). */
static size_t expand_tabs(char *d, const char *s, size_t n)
{
	size_t w = 0, col = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\t') {
			do {
				d[w++] = ' ';
				col++;
			} while (col % TEXT_TAB_STOP);
			continue;
		}
		d[w++] = (char)c;
		if ((c & 0xC0) != 0x80)
			col++;
	}
	return w;
}

static size_t count_byte(const char *s, size_t n, char c)
{
	size_t k = 0;
	const char *end = s + n;
	while ((s = memchr(s, c, (size_t)(end - s))) != NULL) {
		k++;
		s++;
	}
	return k;
}

/* Pass 3.  Returns false when no line holds anything but blanks. */
static bool text_lines(struct arena *a, const char *t, size_t n, bool scrape,
                       struct text *out)
{
	size_t nl = count_byte(t, n, '\n');
	size_t tabs = count_byte(t, n, '\t');
	size_t nlines = nl + (n > 0 && t[n - 1] != '\n');
	/* Both are filled line by line below: no need to zero them. */
	out->lines = arena_alloc_raw(a, (nlines ? nlines : 1) * sizeof *out->lines);
	out->n = 0;
	char *buf = arena_alloc_raw(a, n + tabs * (TEXT_TAB_STOP - 1) + 2);
	size_t w = 0;
	bool any = false;
	const char *p = t, *end = t + n;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		size_t len = (size_t)(eol - p);
		char *d = buf + w;
		if (tabs && memchr(p, '\t', len))
			len = expand_tabs(d, p, len);
		else
			memcpy(d, p, len);
		if (scrape)
			len = scrape_fix(d, len);
		while (len > 0 && d[len - 1] == ' ')
			len--;
		d[len] = '\0';
		any |= len > 0;
		struct line *l = &out->lines[out->n++];
		l->s = d;
		l->len = len;
		w += len + 1;
		p = eol + 1;
	}
	return any;
}

/* A routing header near the top: "VZCZC...", "DE RUEHC #4535/01 ..." or
 * "FM SECSTATE WASHDC" before the SUBJECT line. */
static bool text_has_routing(const struct line *lines, size_t n)
{
	if (n > TEXT_HEAD_LINES)
		n = TEXT_HEAD_LINES;
	for (size_t i = 0; i < n; i++) {
		const char *s = lines[i].s;
		while (*s == ' ')
			s++;
		if (strncmp(s, "VZCZC", 5) == 0)
			return true;
		if (strncasecmp(s, "SUBJ", 4) == 0)
			return false;
		if (strncmp(s, "DE R", 4) == 0) {
			size_t k = 4;
			while (s[k] >= 'A' && s[k] <= 'Z')
				k++;
			if (k >= 7 && (s[k] == ' ' || s[k] == '\0'))
				return true;
		}
		if (strncmp(s, "FM ", 3) == 0 && s[3] >= 'A' && s[3] <= 'Z' &&
		    s[4] >= 'A' && s[4] <= 'Z')
			return true;
	}
	return false;
}

/* ---- entry point -------------------------------------------------------- */

int text_normalize(struct arena *a, const char *bytes, size_t len,
                   struct text *out, struct ct_error *err)
{
	const unsigned char *b = (const unsigned char *)bytes;
	struct obuf wide = { NULL, 0, 0 }, u = { NULL, 0, 0 }, h = { NULL, 0, 0 };
	const char *why = NULL;
	int rc = -1;

	out->lines = NULL;
	out->n = 0;
	out->form = FORM_EXTRACT;
	if (len == 0) {
		text_error(err, "empty file");
		return -1;
	}
	if ((why = text_magic(b, len)) != NULL) {
		text_error(err, why);
		return -1;
	}
	if (len > SIZE_MAX / 4 - 16) {
		text_error(err, "too large to be text");
		return -1;
	}
	if (len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) ||
	                 (b[0] == 0xFE && b[1] == 0xFF))) {
		if (!ob_alloc(&wide, len * 2 + 4)) {
			why = "out of memory";
			goto done;
		}
		text_from_utf16(b, len, b[0] == 0xFE, &wide);
		b = (const unsigned char *)wide.p;
		len = wide.n;
	}

	if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
		b += 3;
		len -= 3;
	}
	/* Pass 1, skipped when the bytes are clean UTF-8 already. */
	const char *t = (const char *)b;
	size_t tn = len;
	struct decode_stats st = { 0, 0, 0 };
	size_t clean = text_clean_prefix(b, len);
	if (clean < len) {
		if (!ob_alloc(&u, len * 3 + 4)) {
			why = "out of memory";
			goto done;
		}
		ob_mem(&u, t, clean);
		text_decode(b, len, clean, &u, &st);
		t = u.p;
		tn = u.n;
	}
	/* A text file may carry a few stray NULs; binary data has many. */
	if ((st.nul + st.ctl) * 20 > len) {
		why = st.nul >= st.ctl ? "binary data (NUL bytes)"
		                       : "binary data (control bytes)";
		goto done;
	}
	if (st.invalid * 2 > len) {
		why = "not text (no recognisable character encoding)";
		goto done;
	}

	bool scrape = false;
	if (text_is_html(t, tn)) {
		out->form = FORM_HTML;
		if (!ob_alloc(&h, tn + 16)) {
			why = "out of memory";
			goto done;
		}
		html_extract(t, tn, &h);
		t = h.p;
		tn = h.n;
	} else if (find_str(t, t + tn, "](#)")) {
		out->form = FORM_SCRAPE;
		scrape = true;
	}
	if (!text_lines(a, t, tn, scrape, out)) {
		why = out->form == FORM_HTML ? "an HTML page with no text"
		                             : "empty file (whitespace only)";
		out->lines = NULL;
		out->n = 0;
		goto done;
	}
	if (out->form == FORM_EXTRACT && text_has_routing(out->lines, out->n))
		out->form = FORM_TELEGRAM;
	rc = 0;
done:
	if (why)
		text_error(err, why);
	free(wide.p);
	free(u.p);
	free(h.p);
	return rc;
}

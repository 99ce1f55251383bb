/* text_html.c - pass 2: the cable text of a cablegate viewer page.
 *
 * In: UTF-8 text (pass 1's output).  Out: whether it is a viewer page and,
 * for one, its cable text in a struct obuf: the text of the <pre> blocks
 * (a blank line between blocks), tags stripped, entities decoded; with no
 * <pre>, the text of the whole body, script/style/head skipped and block
 * tags breaking lines.  Tag scanning stays linear on broken pages (an
 * unclosed quote or a '<' with no '>' is remembered, not rescanned).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "text/text_internal.h"

/* Where <html / <!DOCTYPE must appear. */
enum { TEXT_HTML_PROBE = 1024 };

/* ---- pass 2: cablegate viewer HTML -------------------------------------- */

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
			    ascii_is_space((unsigned char)*after))
				return lt;
		}
		s = lt + 1;
	}
	return NULL;
}

const char *text_find_str(const char *s, const char *end, const char *needle)
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
bool text_is_html(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && ascii_is_space((unsigned char)s[i]))
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
			int d = ascii_hex_value(s[i]);
			if (d < 0 || (!hex && d > 9))
				break;
			v = v * (hex ? 16 : 10) + (unsigned)d;
		}
		if (digits == 0)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		*cp = v ? v : UTF8_REPLACEMENT;
		return i;
	}
	size_t start = i;
	while (i < n && i - start < 8 && ascii_is_alnum(s[i]))
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
			const char *close = text_find_str(p + 4, end, "-->");
			p = close ? close + 3 : end;
			continue;
		}
		if (!ascii_is_alpha(next) && next != '/' && next != '!' && next != '?') {
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
			while (nm + nl < tend && ascii_is_alnum(nm[nl]))
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
void html_extract(const char *s, size_t n, struct obuf *o)
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

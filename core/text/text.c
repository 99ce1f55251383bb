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
 *
 * This file refuses what is not text (empty, binary, an image), runs the
 * passes and names the form the input came in.  The passes are
 * text_decode.c (1), text_html.c (2) and text_lines.c (3).
 */
#include "text/text.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "text/text_internal.h"

/* Where a routing header must start. */
enum { TEXT_HEAD_LINES = 80 };

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

/* ---- the form ----------------------------------------------------------- */

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
			while (ascii_is_upper(s[k]))
				k++;
			if (k >= 7 && (s[k] == ' ' || s[k] == '\0'))
				return true;
		}
		if (strncmp(s, "FM ", 3) == 0 && ascii_is_upper(s[3]) &&
		    ascii_is_upper(s[4]))
			return true;
	}
	return false;
}

/* ---- entry point -------------------------------------------------------- */

/* The temporaries of one call, freed at its end.  t[0..tn) is the text the
 * next pass reads: the input itself, or one of the buffers. */
struct text_work {
	struct obuf wide;   /* UTF-16 converted */
	struct obuf u;      /* pass 1's output */
	struct obuf h;      /* pass 2's output */
	const char *t;
	size_t tn;
};

/* Bytes that are refused before any pass: why, or NULL. */
static const char *text_refusal(const unsigned char *b, size_t len)
{
	if (len == 0)
		return "empty file";
	const char *why = text_magic(b, len);
	if (why)
		return why;
	if (len > SIZE_MAX / 4 - 16)
		return "too large to be text";
	return NULL;
}

/* UTF-16 converted, the BOM dropped, then pass 1, skipped when the bytes
 * are clean UTF-8 already.  Sets w->t and w->tn; returns why the bytes are
 * not text, or NULL. */
static const char *text_to_utf8(struct text_work *w, const unsigned char *b, size_t len)
{
	if (len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) ||
	                 (b[0] == 0xFE && b[1] == 0xFF))) {
		if (!ob_alloc(&w->wide, len * 2 + 4))
			return "out of memory";
		text_from_utf16(b, len, b[0] == 0xFE, &w->wide);
		b = (const unsigned char *)w->wide.p;
		len = w->wide.n;
	}

	if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
		b += 3;
		len -= 3;
	}
	w->t = (const char *)b;
	w->tn = len;
	struct decode_stats st = { 0, 0, 0 };
	size_t clean = text_clean_prefix(b, len);
	if (clean < len) {
		if (!ob_alloc(&w->u, len * 3 + 4))
			return "out of memory";
		ob_mem(&w->u, w->t, clean);
		text_decode(b, len, clean, &w->u, &st);
		w->t = w->u.p;
		w->tn = w->u.n;
	}
	/* A text file may carry a few stray NULs; binary data has many. */
	if ((st.nul + st.ctl) * 20 > len)
		return st.nul >= st.ctl ? "binary data (NUL bytes)"
		                        : "binary data (control bytes)";
	if (st.invalid * 2 > len)
		return "not text (no recognisable character encoding)";
	return NULL;
}

/* Pass 2 for a viewer page (w->t then holds its text), or the scrape
 * noticed.  Sets out->form; returns why it failed, or NULL. */
static const char *text_unwrap(struct text_work *w, struct text *out, bool *scrape)
{
	*scrape = false;
	if (text_is_html(w->t, w->tn)) {
		out->form = FORM_HTML;
		if (!ob_alloc(&w->h, w->tn + 16))
			return "out of memory";
		html_extract(w->t, w->tn, &w->h);
		w->t = w->h.p;
		w->tn = w->h.n;
	} else if (text_find_str(w->t, w->t + w->tn, "](#)")) {
		out->form = FORM_SCRAPE;
		*scrape = true;
	}
	return NULL;
}

int text_normalize(struct arena *a, const char *bytes, size_t len,
                   struct text *out, struct ct_error *err)
{
	const unsigned char *b = (const unsigned char *)bytes;
	struct text_work w = { { NULL, 0, 0 }, { NULL, 0, 0 }, { NULL, 0, 0 }, NULL, 0 };
	bool scrape = false;

	out->lines = NULL;
	out->n = 0;
	out->form = FORM_EXTRACT;
	const char *why = text_refusal(b, len);
	if (!why)
		why = text_to_utf8(&w, b, len);
	if (!why)
		why = text_unwrap(&w, out, &scrape);
	if (!why && !text_lines(a, w.t, w.tn, scrape, out)) {
		why = out->form == FORM_HTML ? "an HTML page with no text"
		                             : "empty file (whitespace only)";
		out->lines = NULL;
		out->n = 0;
	}
	if (!why && out->form == FORM_EXTRACT && text_has_routing(out->lines, out->n))
		out->form = FORM_TELEGRAM;
	if (why)
		ct_error_set(err, "%s", why);
	free(w.wide.p);
	free(w.u.p);
	free(w.h.p);
	return why ? -1 : 0;
}

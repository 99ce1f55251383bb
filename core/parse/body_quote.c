/* body_quote.c - Begin/End text quotes, comments and notes.
 *
 * In: a stretch of prose and the pass's state.  Out: the prose appended to
 * the open block, up to a "Begin text" marker ("BEGIN TEXT OF TALKING
 * POINTS FOR RUSSIA:", "begin nonpaper") that opens a quote node or an "End
 * text" that closes it; the bytes consumed, so the caller handles the rest
 * of the line.  Also knows the "Comment:", "Begin comment", "Note:" blocks
 * and their ends.  The markers are found by a case-insensitive word search
 * whose candidates memchr() finds.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "parse/body_internal.h"

/* ---- case-insensitive search ------------------------------------------------ */

/* The next byte in p[0..end) that is lo or up, or end.  A block at a
 * time, so that the search costs what lies before the first one even
 * when one of the two letters does not occur at all. */
static const char *body_next_either(const char *p, const char *end, char lo, char up)
{
	while (p < end) {
		size_t n = (size_t)(end - p) < 256 ? (size_t)(end - p) : 256;
		const char *a = memchr(p, lo, n), *b = memchr(p, up, n);
		if (a || b)
			return !a ? b : !b ? a : a < b ? a : b;
		p += n;
	}
	return end;
}

/* The next byte equal to c in p[0..end), or end. */
static const char *body_next_byte(const char *p, const char *end, char c)
{
	const char *q = p < end ? memchr(p, c, (size_t)(end - p)) : NULL;
	return q ? q : end;
}

/* Do the n bytes at s match lower-case w[0..n), whatever their case? */
static bool body_same_ci(const char *s, const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_to_lower(s[i]) != w[i])
			return false;
	return true;
}

/* Case-insensitive search for lower-case w[0..n) (a letter, then anything)
 * in s[0..len) at the start of a word; returns the offset or len.  The
 * candidates are the bytes that are w's first letter in either case, which
 * memchr() finds a block at a time (body_next_either()): the search costs
 * what lies before the match, not the rest of the line (a long line is
 * searched once for each stretch of prose on it). */
static size_t body_find_ci(const char *s, size_t len, const char *w, size_t n)
{
	if (n < 2 || n > len)
		return len;
	const char *lim = s + len - n + 1;  /* candidates are before lim */
	char lo = w[0], up = ascii_to_upper(lo);
	for (const char *p = body_next_either(s, lim, lo, up); p < lim;
	     p = body_next_either(p + 1, lim, lo, up)) {
		size_t i = (size_t)(p - s);
		if (body_same_ci(p, w, n) &&
		    (i == 0 || (!ascii_is_upper(s[i - 1]) && !ascii_is_lower(s[i - 1]))))
			return i;
	}
	return len;
}

/* ---- quotes and comments ------------------------------------------------- */

static const struct {
	const char *w;
	size_t len;
} body_quote_words[] = {
	{ "text", 4 }, { "talking points", 14 }, { "points", 6 }, { "nonpaper", 8 },
	{ "non-paper", 9 }, { "quote", 5 }, { "message", 7 }, { "letter", 6 }, { "draft", 5 },
	{ "informal", 8 }, { "unofficial", 10 }, { "translation", 11 },
};

/* Finds "<verb> <quote word>" in s (verb: vlen bytes); returns its offset
 * or len, and the end of the phrase in *end.  The candidates are the
 * verb's first letter in either case, found by memchr() a block at a time
 * (body_next_either()); after a candidate that is no marker the search
 * goes on past its verb, where a word may start. */
static size_t body_find_marker(const char *s, size_t len, const char *verb, size_t vlen,
                               size_t *end)
{
	if (vlen < 2 || vlen > len)
		return len;
	const char *lim = s + len - vlen + 1;   /* candidates are before lim */
	char lo = verb[0], up = ascii_to_upper(lo);
	size_t from = 0;
	for (const char *q = body_next_either(s, lim, lo, up); q < lim;
	     q = body_next_either(q + 1, lim, lo, up)) {
		size_t at = (size_t)(q - s);
		if (at < from || !body_same_ci(q, verb, vlen) ||
		    (at > from && (ascii_is_upper(s[at - 1]) || ascii_is_lower(s[at - 1]))))
			continue;
		size_t p = at + vlen;
		if (p < len && s[p] == ' ') {
			for (size_t k = 0; k < sizeof body_quote_words / sizeof body_quote_words[0]; k++) {
				size_t wl = body_quote_words[k].len;
				if (len - p - 1 >= wl && body_same_ci(s + p + 1, body_quote_words[k].w, wl) &&
				    (p + 1 + wl == len || !ascii_is_lower(ascii_to_lower(s[p + 1 + wl])))) {
					*end = p + 1 + wl;
					return at;
				}
			}
		}
		from = at + vlen;
	}
	return len;
}

/* "Comment:", "Comment.", "Begin comment", "Note:": a block of its own. */
int body_comment_kind(const char *s, size_t len)
{
	if (body_starts_ci(s, len, "comment:") || body_starts_ci(s, len, "comment.") ||
	    body_starts_ci(s, len, "begin comment"))
		return NODE_COMMENT;
	if (body_starts_ci(s, len, "note:") || body_starts_ci(s, len, "begin note"))
		return NODE_NOTE;
	return -1;
}

/* ---- prose, up to a marker ----------------------------------------------- */

/* A telegram of the 1970s quotes with the bare word "QUOTE" (upper case,
 * not "END QUOTE") and closes with "END QUOTE" or "UNQUOTE".  Returns the
 * offset of the opening word or len. */
static size_t body_find_bare_quote(const char *s, size_t len)
{
	for (size_t i = 0; i + 5 <= len; i++) {
		/* memchr() finds the candidates: this runs on every line */
		const char *q = memchr(s + i, 'Q', len - i - 4);
		if (!q)
			break;
		i = (size_t)(q - s);
		if (memcmp(s + i, "QUOTE", 5) != 0 || (i > 0 && ascii_is_alpha(s[i - 1])) ||
		    (i + 5 < len && ascii_is_alpha(s[i + 5])))
			continue;
		if (i >= 4 && memcmp(s + i - 4, "END ", 4) == 0)
			continue;
		return i;
	}
	return len;
}

/* "UNQUOTE" as a word: the end of a 1970s quote. */
static size_t body_find_unquote(const char *s, size_t len, size_t *end)
{
	for (size_t i = 0; i + 7 <= len; i++) {
		const char *u = memchr(s + i, 'U', len - i - 6);
		if (!u)
			break;
		i = (size_t)(u - s);
		if (memcmp(s + i, "UNQUOTE", 7) == 0 && (i == 0 || !ascii_is_alpha(s[i - 1])) &&
		    (i + 7 == len || !ascii_is_alpha(s[i + 7]))) {
			*end = i + 7;
			return i;
		}
	}
	return len;
}

/* ---- where markers could be ------------------------------------------------ */

/* Adds to at[0..*n) the offset from base of each byte c in base[0..len)
 * that starts word w (wl bytes; ci: in any case); false when there are
 * more than BODY_QUOTE_HITS. */
static bool body_index_byte(const char *base, size_t len, char c, const char *w, size_t wl,
                            bool ci, size_t *at, size_t *n)
{
	const char *end = base + len;
	for (const char *p = body_next_byte(base, end, c); p < end;
	     p = body_next_byte(p + 1, end, c)) {
		size_t i = (size_t)(p - base);
		if (len - i < wl || !(ci ? body_same_ci(p, w, wl) : memcmp(p, w, wl) == 0))
			continue;
		if (*n == BODY_QUOTE_HITS)
			return false;
		at[(*n)++] = i;
	}
	return true;
}

void body_quote_index(struct body *b, const struct text *t, size_t start, size_t end)
{
	struct body_quote_index *x = &b->qx;
	x->valid = false;
	x->nbegin = x->nquote = 0;
	if (start >= end)
		return;
	/* The lines must follow each other in one block. */
	for (size_t k = start; k + 1 < end; k++)
		if ((uintptr_t)t->lines[k + 1].s < (uintptr_t)t->lines[k].s + t->lines[k].len)
			return;
	x->base = t->lines[start].s;
	x->len = (size_t)((uintptr_t)t->lines[end - 1].s + t->lines[end - 1].len -
	                  (uintptr_t)x->base);
	x->valid = body_index_byte(x->base, x->len, 'b', "begin", 5, true, x->begin, &x->nbegin) &&
	           body_index_byte(x->base, x->len, 'B', "begin", 5, true, x->begin, &x->nbegin) &&
	           body_index_byte(x->base, x->len, 'Q', "QUOTE", 5, false, x->quote, &x->nquote);
}

/* Could s[0..len) hold a word of 5 bytes that starts at one of at[0..n)?
 * Yes when the index cannot tell. */
static bool body_may_hold(const struct body_quote_index *x, const size_t *at, size_t n,
                          const char *s, size_t len)
{
	if (!x->valid)
		return true;
	uintptr_t from = (uintptr_t)s - (uintptr_t)x->base;
	if ((uintptr_t)s < (uintptr_t)x->base || from + len > x->len)
		return true;            /* not in the body's block */
	for (size_t k = 0; k < n; k++)
		if (at[k] >= from && at[k] + 5 <= from + len)
			return true;
	return false;
}

/* Adds prose up to a Begin/End text marker, opening or closing the quote.
 * Returns the bytes consumed; the caller handles the rest of the line. */
size_t body_prose(struct body *b, const char *s, size_t len, size_t line, bool new_block)
{
	/* Begin text ... End text. */
	if (!b->in_quote) {
		size_t end = 0;
		size_t at = body_may_hold(&b->qx, b->qx.begin, b->qx.nbegin, s, len) ?
			body_find_marker(s, len, "begin", strlen("begin"), &end) : len;
		bool bare = false;
		if (at == len && body_may_hold(&b->qx, b->qx.quote, b->qx.nquote, s, len) &&
		    (at = body_find_bare_quote(s, len)) < len) {
			end = at + 5;
			bare = true;
		}
		if (at < len) {
			/* "BEGIN TEXT OF TALKING POINTS FOR RUSSIA:": the
			 * introduction runs to its colon. */
			if (!bare && end < len && s[end] != ':' && s[end] != '.') {
				size_t colon = end;
				while (colon < len && colon < end + 200 && s[colon] != ':')
					colon++;
				if (colon < len && s[colon] == ':')
					end = colon;
			}
			while (end < len && (s[end] == ':' || s[end] == '.' || ascii_is_blank(s[end])))
				end++;
			/* The words up to the marker stay where they are. */
			size_t keep = end;
			while (keep > 0 && ascii_is_blank(s[keep - 1]))
				keep--;
			body_add_prose(b, s, keep, line, new_block);
			body_ensure_para(b, line);
			body_open_node(b, NODE_QUOTE, NULL, 0, line);
			b->in_quote = true;
			b->quote_idx = b->nkids - 1;
			b->sink = SINK_QUOTE;
			b->sink_idx = b->quote_idx;
			b->last_item = 0;
			b->last_letter = 0;
			return end;
		}
	} else {
		size_t end = 0;
		size_t at = body_find_marker(s, len, "end", strlen("end"), &end);
		if (at == len)
			at = body_find_unquote(s, len, &end);
		if (at < len) {
			size_t keep = at;
			while (keep > 0 && ascii_is_blank(s[keep - 1]))
				keep--;
			body_add_prose(b, s, keep, line, new_block);
			body_close_quote(b);
			/* Skip the rest of the marker's sentence. */
			while (end < len && s[end] != '.' && s[end] != ')')
				end++;
			while (end < len && (s[end] == '.' || s[end] == ')' || ascii_is_blank(s[end])))
				end++;
			return end;
		}
	}
	body_add_prose(b, s, len, line, new_block);
	if (b->in_comment && (body_find_ci(s, len, "end comment", strlen("end comment")) < len ||
	                      body_find_ci(s, len, "end note", strlen("end note")) < len))
		body_flush(b);
	return len;
}

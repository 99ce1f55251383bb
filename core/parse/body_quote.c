/* body_quote.c - Begin/End text quotes, comments and notes.
 *
 * In: a stretch of prose and the pass's state.  Out: the prose appended to
 * the open block, up to a "Begin text" marker ("BEGIN TEXT OF TALKING
 * POINTS FOR RUSSIA:", "begin nonpaper") that opens a quote node or an "End
 * text" that closes it; the bytes consumed, so the caller handles the rest
 * of the line.  Also knows the "Comment:", "Begin comment", "Note:" blocks
 * and their ends.  The markers are found by a case-insensitive word search
 * that tests eight bytes at a time.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "parse/body_internal.h"

/* ---- case-insensitive search ------------------------------------------------ */

/* Offset of the first byte at or after from in s[0..lim) that is c or its
 * upper case and is followed by d or its upper case (c, d lower-case
 * letters; s[lim] may be read), or lim.  Eight bytes at a time: a block
 * is passed over when no byte in it begins the pair. */
static size_t body_scan_ci(const char *s, size_t from, size_t lim, unsigned char c,
                           unsigned char d)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	const uint64_t pc = ones * c, pd = ones * d, fold = ones * 0x20u;
	size_t i = from;
	while (lim - i >= 8) {
		uint64_t w, v;
		memcpy(&w, s + i, 8);
		memcpy(&v, s + i + 1, 8);
		/* a zero byte where both match (at the same offset, whatever
		 * the byte order) */
		uint64_t x = ((w | fold) ^ pc) | ((v | fold) ^ pd);
		if ((x - ones) & ~x & highs)
			break;          /* a candidate among these eight */
		i += 8;
	}
	for (; i < lim; i++)
		if (((unsigned char)s[i] | 0x20) == c && ((unsigned char)s[i + 1] | 0x20) == d)
			return i;
	return lim;
}

/* Case-insensitive search for lower-case w (two letters or more, then
 * anything) in s[0..len) at the start of a word; returns the offset or
 * len.  Candidates for its first two letters are found a word at a time,
 * so a line costs about one instruction a byte. */
static size_t body_find_ci(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	if (n < 2 || n > len)
		return len;
	unsigned char c = (unsigned char)w[0], d = (unsigned char)w[1];
	size_t lim = len - n + 1;           /* candidates are i < lim */
	for (size_t i = body_scan_ci(s, 0, lim, c, d); i < lim;
	     i = body_scan_ci(s, i + 1, lim, c, d))
		if (body_starts_ci(s + i, len - i, w) &&
		    (i == 0 || (!ascii_is_upper(s[i - 1]) && !ascii_is_lower(s[i - 1]))))
			return i;
	return len;
}

/* ---- quotes and comments ------------------------------------------------- */

static const char *const body_quote_words[] = {
	"text", "talking points", "points", "nonpaper", "non-paper", "quote",
	"message", "letter", "draft",
};

/* Finds "<verb> <quote word>" in s; returns its offset or len, and the end
 * of the phrase in *end. */
static size_t body_find_marker(const char *s, size_t len, const char *verb, size_t *end)
{
	size_t vlen = strlen(verb);
	size_t from = 0;
	while (from < len) {
		size_t at = body_find_ci(s + from, len - from, verb);
		if (at == len - from)
			return len;
		at += from;
		size_t p = at + vlen;
		if (p < len && s[p] == ' ') {
			for (size_t k = 0; k < sizeof body_quote_words / sizeof body_quote_words[0]; k++) {
				const char *w = body_quote_words[k];
				size_t wl = strlen(w);
				if (body_starts_ci(s + p + 1, len - p - 1, w) &&
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

/* Adds prose up to a Begin/End text marker, opening or closing the quote.
 * Returns the bytes consumed; the caller handles the rest of the line. */
size_t body_prose(struct body *b, const char *s, size_t len, size_t line, bool new_block)
{
	/* Begin text ... End text. */
	if (!b->in_quote) {
		size_t end = 0;
		size_t at = body_find_marker(s, len, "begin", &end);
		bool bare = false;
		if (at == len && (at = body_find_bare_quote(s, len)) < len) {
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
		size_t at = body_find_marker(s, len, "end", &end);
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
	if (b->in_comment && (body_find_ci(s, len, "end comment") < len ||
	                      body_find_ci(s, len, "end note") < len))
		body_flush(b);
	return len;
}

/* body.c - the numbered-paragraph tree of a cable's body.
 *
 * One pass over the lines.  Each line is classified (break marker, blank,
 * heading, paragraph sign, bullet, sub-item, quote or comment boundary,
 * prose) and its prose is appended to the one block that is open: the
 * paragraph's own text, or its last child.  The open block's text grows in
 * one scratch buffer and is copied into the arena when the block closes, so
 * the work is linear in the size of the text.
 *
 * Paragraph signs are judged against the expected next number: a scrape's
 * "14." after paragraph 3 is paragraph 4; "¶2001. Another idea" or a
 * "¶16." inside a sentence is prose.
 */
#include "parse/body.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/breaks.h"
#include "parse/portion.h"
#include "parse/signature.h"

/* Where the prose of the current line goes. */
enum body_sink {
	SINK_NONE,      /* nothing open: prose starts a NODE_TEXT child */
	SINK_PARA,      /* the paragraph's own text */
	SINK_KID,       /* kids[sink_idx] */
	SINK_QUOTE,     /* the open quote's own text (kids[quote_idx]) */
	SINK_QKID,      /* qkids[sink_idx], a child of the open quote */
};

struct body {
	struct cable *c;
	struct arena *a;

	struct paragraph *paras;
	size_t npara, cap_para;
	bool in_para;

	struct node *kids;          /* children of the open paragraph */
	size_t nkids, cap_kids;
	struct node *qkids;         /* children of the open quote */
	size_t nqkids, cap_qkids;
	bool in_quote;
	size_t quote_idx;           /* the quote's index in kids */
	bool in_comment;            /* the sink is a Comment/Note block */
	size_t bullet_len;          /* the sink is a bullet: its marker length */
	const char *inl_from;       /* cache of the next inline bullet: searched */
	const char *inl_at;         /* from inl_from, found at inl_at (or at */
	const char *inl_end;        /* inl_end, the end of the line: none) */

	enum body_sink sink;
	size_t sink_idx;
	char *buf;                  /* prose of the open block (malloc) */
	size_t blen, bcap;

	bool prev_blank;            /* a blank line since the last content */
	bool after_break;           /* a break marker since the last content */
	char last_end;              /* last byte of the previous content line */
	int last;                   /* last paragraph number taken */
	bool any_marked;            /* a taken paragraph had a portion mark */
	bool numbered;              /* at least one numbered paragraph */
	int last_item;              /* last numbered item in the open list */
	char last_letter;           /* last lettered item in the open list */
	const char *heading;        /* pending heading for the next paragraph */
};

/* ---- small character helpers ------------------------------------------ */

static bool body_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v';
}

static bool body_upper(char ch)
{
	return ch >= 'A' && ch <= 'Z';
}

static bool body_lower(char ch)
{
	return ch >= 'a' && ch <= 'z';
}

static bool body_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static char body_tolower(char ch)
{
	return body_upper(ch) ? (char)(ch - 'A' + 'a') : ch;
}

static void body_trim(const char **s, size_t *len)
{
	while (*len > 0 && body_blank((*s)[0])) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && body_blank((*s)[*len - 1]))
		(*len)--;
}

/* Ends a sentence or introduces what follows. */
static bool body_terminal(char ch)
{
	return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' ||
	       ch == '"' || ch == '\'' || ch == ')' || ch == ']';
}

/* Case-insensitive: does s[0..len) start with the lower-case word w? */
static bool body_starts_ci(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (body_tolower(s[i]) != w[i])
			return false;
	return true;
}

/* Offset of the first byte at or after from in s[0..lim) that is c or its
 * upper case (c a lower-case letter), or lim.  Eight bytes at a time. */
static size_t body_scan_ci(const char *s, size_t from, size_t lim, unsigned char c)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	const uint64_t pat = ones * c, fold = ones * 0x20u;
	size_t i = from;
	while (lim - i >= 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = (w | fold) ^ pat;
		if ((x - ones) & ~x & highs)
			break;          /* a candidate among these eight */
		i += 8;
	}
	for (; i < lim; i++)
		if (((unsigned char)s[i] | 0x20) == c)
			return i;
	return lim;
}

/* Case-insensitive search for lower-case w (starting with a letter) in
 * s[0..len) at the start of a word; returns the offset or len.  Candidates
 * for its first letter are found a word at a time, so a line costs about
 * one instruction a byte. */
static size_t body_find_ci(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	if (n == 0 || n > len)
		return len;
	unsigned char c = (unsigned char)w[0];
	size_t lim = len - n + 1;           /* candidates are i < lim */
	for (size_t i = body_scan_ci(s, 0, lim, c); i < lim;
	     i = body_scan_ci(s, i + 1, lim, c))
		if (body_starts_ci(s + i, len - i, w) &&
		    (i == 0 || (!body_upper(s[i - 1]) && !body_lower(s[i - 1]))))
			return i;
	return len;
}

/* ---- building blocks: the open text block ------------------------------ */

static void body_buf_add(struct body *b, const char *s, size_t len)
{
	if (b->blen + len + 1 > b->bcap) {
		size_t cap = b->bcap ? b->bcap : 1024;
		while (cap < b->blen + len + 1)
			cap *= 2;
		char *nb = realloc(b->buf, cap);
		if (!nb)
			abort(); /* as the arena does: a half-built tree is worse */
		b->buf = nb;
		b->bcap = cap;
	}
	memcpy(b->buf + b->blen, s, len);
	b->blen += len;
}

/* Copies the open block's text into the arena and closes it. */
static void body_flush(struct body *b)
{
	while (b->blen > 0 && (body_blank(b->buf[b->blen - 1]) || b->buf[b->blen - 1] == '\n'))
		b->blen--;
	const char *text = b->sink == SINK_NONE ? NULL :
		arena_strndup(b->a, b->buf ? b->buf : "", b->blen);
	switch (b->sink) {
	case SINK_PARA:
		b->paras[b->npara - 1].text = text;
		break;
	case SINK_KID:
	case SINK_QUOTE:
		b->kids[b->sink_idx].text = text;
		break;
	case SINK_QKID:
		b->qkids[b->sink_idx].text = text;
		break;
	case SINK_NONE:
		break;
	}
	b->sink = SINK_NONE;
	b->blen = 0;
	b->in_comment = false;
	b->bullet_len = 0;
}

/* Opens a new child (of the quote when one is open) and makes it the sink. */
static void body_open_node(struct body *b, enum node_kind kind, const char *label,
                           size_t len, size_t line)
{
	body_flush(b);
	struct node *n;
	if (b->in_quote) {
		n = ARENA_PUSH(b->a, b->qkids, b->nqkids, b->cap_qkids);
		b->sink = SINK_QKID;
		b->sink_idx = b->nqkids - 1;
	} else {
		n = ARENA_PUSH(b->a, b->kids, b->nkids, b->cap_kids);
		b->sink = SINK_KID;
		b->sink_idx = b->nkids - 1;
	}
	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->label = label ? arena_strndup(b->a, label, len) : NULL;
	n->text = "";
	n->line = line;
}

static void body_close_quote(struct body *b)
{
	if (!b->in_quote)
		return;
	body_flush(b);
	struct node *q = &b->kids[b->quote_idx];
	q->children = b->qkids;
	q->nchildren = b->nqkids;
	b->qkids = NULL;
	b->nqkids = b->cap_qkids = 0;
	b->in_quote = false;
	b->last_item = 0;
	b->last_letter = 0;
}

static void body_close_para(struct body *b)
{
	if (!b->in_para)
		return;
	body_close_quote(b);
	body_flush(b);
	struct paragraph *p = &b->paras[b->npara - 1];
	p->children = b->kids;
	p->nchildren = b->nkids;
	b->kids = NULL;
	b->nkids = b->cap_kids = 0;
	b->in_para = false;
	b->last_item = 0;
	b->last_letter = 0;
}

static void body_open_para(struct body *b, int number, const char *mark, size_t line)
{
	body_close_para(b);
	struct paragraph *p = ARENA_PUSH(b->a, b->paras, b->npara, b->cap_para);
	memset(p, 0, sizeof *p);
	p->number = number;
	p->classification = mark && mark[0] ? arena_strdup(b->a, mark) : NULL;
	p->heading = b->heading;
	p->text = "";
	p->line = line;
	b->heading = NULL;
	b->in_para = true;
	b->sink = SINK_PARA;
	b->blen = 0;
}

/* Text before the first numbered paragraph goes to a paragraph 0, which is
 * dropped when a numbered paragraph appears. */
static void body_ensure_para(struct body *b, size_t line)
{
	if (!b->in_para)
		body_open_para(b, 0, NULL, line);
}

/* Appends one line of prose to the open block.  new_block: the line starts
 * an inner paragraph (after a blank line), not a wrapped continuation. */
static void body_add_prose(struct body *b, const char *s, size_t len, size_t line,
                           bool new_block)
{
	if (len == 0)
		return;
	body_ensure_para(b, line);
	if (b->sink == SINK_NONE) {
		/* After a list, a quote or a heading: an unnumbered follow-on
		 * paragraph (or, in a quote, quoted prose after its list). */
		body_open_node(b, NODE_TEXT, NULL, 0, line);
	} else if (new_block && b->blen > 0 && !b->in_comment &&
	           (b->sink == SINK_KID || b->sink == SINK_QKID)) {
		/* A new paragraph after a bullet or item: not part of it. */
		body_open_node(b, NODE_TEXT, NULL, 0, line);
	} else if (new_block && b->blen > 0 && b->sink == SINK_PARA && b->nkids > 0) {
		body_open_node(b, NODE_TEXT, NULL, 0, line);
	}
	if (b->blen > 0)
		body_buf_add(b, new_block ? "\n" : " ", 1);
	body_buf_add(b, s, len);
}

/* ---- line shapes --------------------------------------------------------- */

/* A line of dashes, underscores, equals or stars (at least three). */
static bool body_is_rule(const char *s, size_t len)
{
	if (len < 3)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] != '-' && s[i] != '_' && s[i] != '=' && s[i] != '*' && !body_blank(s[i]))
			return false;
	return true;
}

static void body_line(const struct text *t, size_t i, const char **s, size_t *len)
{
	*s = t->lines[i].s;
	*len = t->lines[i].len;
	body_trim(s, len);
}

/* Caption words that stand alone on a line but head nothing. */
static bool body_is_caption(const char *s, size_t len)
{
	static const struct {
		const char *w;
		size_t len;
	} words[] = {
		{ "sipdis", 6 }, { "noforn", 6 }, { "sensitive", 9 }, { "exdis", 5 },
		{ "nodis", 5 }, { "limdis", 6 }, { "sensitive but unclassified", 26 },
		{ "unclassified", 12 }, { "confidential", 12 }, { "secret", 6 },
		{ "nnnn", 4 },
	};
	if (len < 4 || len > 26)
		return false;           /* most lines: no caption is that long */
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (words[k].len == len && body_starts_ci(s, len, words[k].w))
			return true;
	return false;
}

/* A short line with letters and no sentence end: a title candidate. */
static bool body_is_title(const char *s, size_t len)
{
	if (len < 2 || len > 80 || body_is_caption(s, len))
		return false;
	char end = s[len - 1];
	if (end == '.' || end == ',' || end == ';' || end == ':')
		return false;
	if (s[0] == '-' || s[0] == '(' || (unsigned char)s[0] == 0xC2)
		return false;
	size_t letters = 0, xs = 0;
	int depth = 0;
	for (size_t i = 0; i < len; i++) {
		depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
		if (depth < 0)
			return false; /* "UNCLASSIFIED) PLEASE PROTECT" */
		if (body_upper(s[i]) || body_lower(s[i]))
			letters++;
		if (s[i] == 'X')
			xs++;
	}
	return letters >= 2 && xs < letters;
}

static bool body_all_caps(const char *s, size_t len)
{
	size_t up = 0;
	for (size_t i = 0; i < len; i++) {
		if (body_lower(s[i]))
			return false;
		if (body_upper(s[i]))
			up++;
	}
	return up >= 2;
}

/* ---- paragraph signs ------------------------------------------------------ */

struct body_sign {
	int n;              /* number as written */
	int alt;            /* scrape reading without the leading "1", or -1 */
	bool pilcrow;       /* written with a paragraph sign */
	bool caps;          /* followed by capitalised prose (or nothing) */
	char mark[PORTION_MAX];
	size_t text;        /* offset of the paragraph's prose */
};

/* Reads "¶12. (C) Text", "14. (SBU) Text", "3.. (SBU)", "XXXXXXXXXXXX10. (C)".
 * Returns false when the line does not start with a number and a dot. */
static bool body_read_sign(const char *s, size_t len, struct body_sign *sg)
{
	size_t p = 0;
	memset(sg, 0, sizeof *sg);
	sg->alt = -1;
	if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB6) {
		sg->pilcrow = true;
		p = 2;
	} else if (len >= 6 && memcmp(s, "[1](#)", 6) == 0) {
		sg->pilcrow = true; /* a scrape not yet normalised */
		p = 6;
	}
	while (p < len && body_blank(s[p]))
		p++;
	size_t x = p;
	while (x < len && s[x] == 'X')
		x++;
	if (x - p >= 3 && x < len && body_digit(s[x]))
		p = x; /* a redaction glued to the number */
	size_t d = p;
	while (p < len && body_digit(s[p]) && p - d < 5)
		p++;
	size_t nd = p - d;
	if (nd == 0 || nd > 4 || p >= len || s[p] != '.')
		return false;
	while (p < len && s[p] == '.')
		p++;
	if (p < len && !body_blank(s[p]) && s[p] != '(' && !body_upper(s[p]))
		return false; /* "1.5 (b)", "2.a"; "2.In interviews" is a sign */
	sg->n = atoi(s + d);
	if (!sg->pilcrow && nd >= 2 && s[d] == '1' && s[d + 1] != '0')
		sg->alt = atoi(s + d + 1);
	while (p < len && body_blank(s[p]))
		p++;
	if (p < len && s[p] == '(') {
		size_t m = portion_parse(s + p, len - p, sg->mark);
		if (m) {
			p += m;
			while (p < len && body_blank(s[p]))
				p++;
		}
	}
	sg->text = p;
	sg->caps = p >= len || body_upper(s[p]) || s[p] == '"' ||
	           (len - p >= 3 && memcmp(s + p, "xxx", 3) == 0) || /* redacted */
	           ((unsigned char)s[p] == 0xE2 && p + 1 < len); /* “ */
	return true;
}

/* Decides what number a sign gives, or 0 when it is not a paragraph. */
static int body_judge_sign(const struct body *b, const struct body_sign *sg)
{
	int expect = b->last + 1;
	bool marked = sg->mark[0] != '\0';
	bool boundary = b->prev_blank || b->last_end == 0 || body_terminal(b->last_end);
	if (b->in_quote) {
		/* Inside quoted text only a marked, expected number leaves it. */
		if (!marked)
			return 0;
		if (sg->n == expect)
			return sg->n;
		return sg->alt == expect ? sg->alt : 0;
	}
	if (!marked && !(sg->caps && boundary))
		return 0;
	if (sg->n == expect)
		return sg->n;
	if (sg->alt == expect)
		return sg->alt;
	if (sg->n < 1)
		return 0;
	/* Marked: a restart, a duplicate or a gap, as written; a partial
	 * extract may start anywhere. */
	if (marked)
		return sg->n <= b->last + (b->last ? 20 : 99) ? sg->n : 0;
	/* Unmarked and out of sequence: a small gap in an unmarked cable, or
	 * the first paragraph of a partial extract. */
	if (!b->any_marked && b->prev_blank && sg->n > b->last && sg->n <= b->last + 3)
		return sg->n;
	if (!b->numbered && sg->n < 100)
		return sg->n;
	return 0;
}

/* ---- sub-items ------------------------------------------------------------- */

/* "a)", "1)", "E)", "iv)", "(a)", "(1)": returns the label's length (in
 * lab, lablen) and returns the offset of the text, or 0. */
static size_t body_read_item(const char *s, size_t len, const char **lab, size_t *lablen)
{
	size_t p = 0;
	bool paren = len > 0 && s[0] == '(';
	if (paren)
		p = 1;
	size_t st = p;
	while (p < len && p - st < 4 && (body_digit(s[p]) || body_lower(s[p]) || body_upper(s[p])))
		p++;
	size_t n = p - st;
	if (n == 0 || n > 3 || p >= len || s[p] != ')')
		return 0;
	/* Digits, or one letter, or a small roman numeral. */
	bool digits = true, roman = true;
	for (size_t i = st; i < p; i++) {
		digits = digits && body_digit(s[i]);
		roman = roman && strchr("ivxIVX", s[i]) != NULL;
	}
	if (!digits && !roman && n != 1)
		return 0;
	p++;
	if (p < len && !body_blank(s[p]))
		return 0;
	while (p < len && body_blank(s[p]))
		p++;
	if (p >= len)
		return 0;
	*lab = s + st;
	*lablen = n;
	return p;
}

/* "-- text", "- text", "* text", "• text": returns the text offset or 0. */
static size_t body_read_bullet(const char *s, size_t len, const char **lab, size_t *lablen)
{
	size_t p = 0;
	if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xA2) {
		p = 3;
	} else if (len > 0 && (s[0] == '-' || s[0] == '*')) {
		while (p < len && p < 2 && s[p] == s[0])
			p++;
	} else {
		return 0;
	}
	*lab = s;
	*lablen = p;
	if (p < len && s[p] == '-')
		return 0; /* "---": a rule or an em-dash */
	size_t q = p;
	while (q < len && body_blank(s[q]))
		q++;
	if (q >= len)
		return 0;
	if (q == p && !(s[0] == '-' && p == 2))
		return 0; /* "-4", "*word*" */
	return q;
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
				    (p + 1 + wl == len || !body_lower(body_tolower(s[p + 1 + wl])))) {
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
static int body_comment_kind(const char *s, size_t len)
{
	if (body_starts_ci(s, len, "comment:") || body_starts_ci(s, len, "comment.") ||
	    body_starts_ci(s, len, "begin comment"))
		return NODE_COMMENT;
	if (body_starts_ci(s, len, "note:") || body_starts_ci(s, len, "begin note"))
		return NODE_NOTE;
	return -1;
}

/* ---- the line handler ---------------------------------------------------- */

/* Splits "...modification:  -- (U//FOUO) Name ...  -- (U//FOUO) Post's"
 * at inline bullets.  Returns the offset of the next inline "--" or len. */
static size_t body_inline_bullet(const char *s, size_t len)
{
	if (len < 5)
		return len;
	const char *end = s + len - 3;  /* candidates i with i + 3 < len */
	for (const char *d = memchr(s + 1, '-', (size_t)(end - (s + 1)));
	     d; d = d + 1 < end ? memchr(d + 1, '-', (size_t)(end - (d + 1))) : NULL) {
		size_t i = (size_t)(d - s);
		if (s[i + 1] != '-' || s[i + 2] != ' ')
			continue;
		if (!body_blank(s[i - 1]))
			continue;
		size_t q = i;
		while (q > 0 && body_blank(s[q - 1]))
			q--;
		if (q == 0 || i - q < 2 || !strchr(".:;", s[q - 1]))
			continue;
		if (body_upper(s[i + 3]) || s[i + 3] == '(')
			return i;
	}
	return len;
}

/* body_inline_bullet from s, reusing the last search of the same line when
 * it started at or before s: a line is searched once, not once per piece. */
static size_t body_next_inline(struct body *b, const char *s, size_t len)
{
	if (b->inl_end == s + len && b->inl_from && b->inl_from <= s && b->inl_at > s)
		return (size_t)(b->inl_at - s);
	size_t at = body_inline_bullet(s, len);
	b->inl_from = s;
	b->inl_at = s + at;
	b->inl_end = s + len;
	return at;
}

/* Adds prose up to a Begin/End text marker, opening or closing the quote.
 * Returns the bytes consumed; the caller handles the rest of the line. */
static size_t body_prose(struct body *b, const char *s, size_t len, size_t line, bool new_block)
{
	/* Begin text ... End text. */
	if (!b->in_quote) {
		size_t end = 0;
		size_t at = body_find_marker(s, len, "begin", &end);
		if (at < len) {
			/* "BEGIN TEXT OF TALKING POINTS FOR RUSSIA:": the
			 * introduction runs to its colon. */
			if (end < len && s[end] != ':' && s[end] != '.') {
				size_t colon = end;
				while (colon < len && colon < end + 200 && s[colon] != ':')
					colon++;
				if (colon < len && s[colon] == ':')
					end = colon;
			}
			while (end < len && (s[end] == ':' || s[end] == '.' || body_blank(s[end])))
				end++;
			/* The words up to the marker stay where they are. */
			size_t keep = end;
			while (keep > 0 && body_blank(s[keep - 1]))
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
		if (at < len) {
			size_t keep = at;
			while (keep > 0 && body_blank(s[keep - 1]))
				keep--;
			body_add_prose(b, s, keep, line, new_block);
			body_close_quote(b);
			/* Skip the rest of the marker's sentence. */
			while (end < len && s[end] != '.' && s[end] != ')')
				end++;
			while (end < len && (s[end] == '.' || s[end] == ')' || body_blank(s[end])))
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

/* Handles the start of a stretch of text that is not a paragraph sign:
 * a bullet, an item, a comment, quote markers, prose.  first: the stretch
 * begins a line.  Returns the bytes consumed (at least one). */
static size_t body_segment(struct body *b, const char *s, size_t len, size_t line, bool first)
{
	bool boundary = !first || b->prev_blank || b->last_end == 0 || body_terminal(b->last_end);
	bool new_block = first && b->prev_blank;
	/* A blank (or a page break) inside a sentence does not start a block. */
	if (new_block && (body_lower(s[0]) ||
	                  (b->after_break && b->last_end && !body_terminal(b->last_end))))
		new_block = false;

	const char *lab = NULL;
	size_t lablen = 0;
	size_t off = body_read_bullet(s, len, &lab, &lablen);
	/* "-  ORGANIZATIONS;" after "-- ... OTHER POLITICAL" continues a line;
	 * "- 2 oil tankers" after "- 4 ocean going corvettes" is the next one. */
	if (off && (boundary || b->bullet_len == lablen ||
	            (lablen == 2 && (body_upper(s[off]) || s[off] == '(')))) {
		body_ensure_para(b, line);
		body_open_node(b, NODE_BULLET, lab, lablen, line);
		b->bullet_len = lablen;
		size_t next = body_next_inline(b, s + off, len - off) + off;
		return off + body_prose(b, s + off, next - off, line, false);
	}
	if (off && lablen == 1 && s[0] == '-' && first) {
		/* A teletype continuation line: drop its dash. */
		size_t next = body_next_inline(b, s + off, len - off) + off;
		return off + body_prose(b, s + off, next - off, line, false);
	}
	off = body_read_item(s, len, &lab, &lablen);
	if (off && boundary) {
		body_ensure_para(b, line);
		body_open_node(b, NODE_ITEM, lab, lablen, line);
		if (lablen == 1 && !body_digit(lab[0]))
			b->last_letter = lab[0];
		else if (body_digit(lab[0]))
			b->last_item = atoi(lab);
		return off + body_prose(b, s + off, len - off, line, false);
	}
	/* "A. text" after "(prev letter)": a lettered item, never initials. */
	if (boundary && len > 3 && (body_upper(s[0]) || body_lower(s[0])) && s[1] == '.' &&
	    body_blank(s[2]) && b->in_para &&
	    (s[0] == 'A' || s[0] == 'a' || (b->last_letter && s[0] == b->last_letter + 1))) {
		body_open_node(b, NODE_ITEM, s, 1, line);
		b->last_letter = s[0];
		size_t p = 2;
		while (p < len && body_blank(s[p]))
			p++;
		return p + body_prose(b, s + p, len - p, line, false);
	}
	int ck = (first && b->prev_blank && b->in_para) ? body_comment_kind(s, len) : -1;
	if (ck >= 0) {
		body_open_node(b, (enum node_kind)ck, NULL, 0, line);
		b->in_comment = true;
		return body_prose(b, s, len, line, false);
	}
	size_t next = body_next_inline(b, s, len);
	size_t used = body_prose(b, s, next, line, new_block);
	return used ? used : next;
}

/* Runs body_segment over s[0..len) until it is all consumed: a loop, not
 * recursion, so that a line of many inline bullets or quote markers
 * cannot exhaust the stack. */
static void body_run(struct body *b, const char *s, size_t len, size_t line, bool first)
{
	while (len > 0) {
		size_t used = body_segment(b, s, len, line, first);
		if (used == 0 || used > len)
			used = len;
		s += used;
		len -= used;
		first = false;
		while (len > 0 && body_blank(*s)) {
			s++;
			len--;
		}
	}
}

/* A numbered line inside a quote or that is not a paragraph: an item when
 * it starts a line at a boundary and counts on from the last item. */
static bool body_numbered_item(struct body *b, const struct body_sign *sg, const char *s,
                               size_t len, size_t line)
{
	bool boundary = b->prev_blank || b->last_end == 0 || body_terminal(b->last_end);
	if (!boundary || !sg->caps || !b->in_para)
		return false;
	if (!(sg->n == 1 || sg->n == b->last_item + 1))
		return false;
	char lab[8];
	size_t ll = 0;
	for (int v = sg->n; v > 0 && ll < sizeof lab; v /= 10)
		lab[ll++] = (char)('0' + v % 10);
	for (size_t k = 0; k < ll / 2; k++) {
		char tmp = lab[k];
		lab[k] = lab[ll - 1 - k];
		lab[ll - 1 - k] = tmp;
	}
	body_open_node(b, NODE_ITEM, lab, ll, line);
	b->last_item = sg->n;
	size_t used = sg->text + body_prose(b, s + sg->text, len - sg->text, line, false);
	if (used < len)
		body_run(b, s + used, len - used, line, false);
	return true;
}

/* Heading shapes that need the lines around line i. Returns the number of
 * extra lines consumed (>= 0) and sets *title, or -1 when not a heading. */
static int body_heading(const struct body *b, const struct text *t, size_t i, size_t end,
                        const char *s, size_t len, const char **title, size_t *tlen)
{
	const char *n1 = NULL, *n2 = NULL;
	size_t l1 = 0, l2 = 0;
	if (i + 1 < end)
		body_line(t, i + 1, &n1, &l1);
	if (i + 2 < end)
		body_line(t, i + 2, &n2, &l2);
	if (body_is_rule(s, len)) {
		/* Boxed: rule / title / rule. */
		if (n1 && body_is_title(n1, l1) && n2 && body_is_rule(n2, l2)) {
			*title = n1;
			*tlen = l1;
			return 2;
		}
		return -1;
	}
	/* "------- Summary -------" */
	if (len > 6 && s[0] == '-' && s[1] == '-' && s[2] == '-' && s[len - 1] == '-' &&
	    s[len - 2] == '-') {
		size_t a = 0, z = len;
		while (a < z && (s[a] == '-' || body_blank(s[a])))
			a++;
		while (z > a && (s[z - 1] == '-' || body_blank(s[z - 1])))
			z--;
		if (z > a) {
			*title = s + a;
			*tlen = z - a;
			return 0;
		}
	}
	if (b->in_quote)
		return -1;
	/* The cheap tests first: a line that continues a sentence and stands
	 * over no rule is no heading, whatever its shape. */
	bool over_rule = n1 && body_is_rule(n1, l1) &&
		(b->prev_blank || b->last_end == 0 || body_terminal(b->last_end));
	if (!over_rule && !b->prev_blank && b->last_end != 0)
		return -1;
	if (!body_is_title(s, len))
		return -1;
	struct body_sign self;
	if (body_read_sign(s, len, &self))
		return -1;
	/* Title over a rule. */
	if (over_rule) {
		*title = s;
		*tlen = len;
		return 1;
	}
	/* The next content line (blanks skipped). */
	size_t j = i + 1;
	while (j < end && j < i + 4 && t->lines[j].len == 0)
		j++;
	const char *nx = NULL;
	size_t nl = 0;
	if (j < end)
		body_line(t, j, &nx, &nl);
	bool next_blank = n1 == NULL || l1 == 0;
	struct body_sign sg;
	bool next_sign = nx && body_read_sign(nx, nl, &sg) && sg.n > 0 &&
		(sg.mark[0] || sg.caps);
	/* ALL CAPS alone between blanks, or a short title over a paragraph. */
	if ((body_all_caps(s, len) && next_blank && nx) || (next_blank && next_sign && len <= 60)) {
		*title = s;
		*tlen = len;
		return 0;
	}
	return -1;
}

static void body_set_heading(struct body *b, const char *s, size_t len, size_t line)
{
	/* A heading ends the open block; it heads the next paragraph. */
	if (b->in_para)
		body_flush(b);
	if (b->heading && b->in_para) {
		/* Two headings with no paragraph between: keep the first as text. */
		body_open_node(b, NODE_TEXT, NULL, 0, line);
		body_buf_add(b, b->heading, strlen(b->heading));
		body_flush(b);
	}
	b->heading = arena_strndup(b->a, s, len);
}

static void body_content_seen(struct body *b, const char *s, size_t len)
{
	b->prev_blank = false;
	b->after_break = false;
	b->last_end = len ? s[len - 1] : 0;
}

void body_parse(struct cable *c, const struct text *t, size_t start)
{
	struct body b;
	memset(&b, 0, sizeof b);
	b.c = c;
	b.a = &c->arena;

	struct signature sig;
	memset(&sig, 0, sizeof sig);
	size_t end = t->n;
	if (start < t->n && signature_find(t, start, &sig)) {
		char *name = arena_strndup(b.a, sig.name, sig.name_len);
		c->signature = name;
	}
	if (start < t->n)
		end = sig.end;

	for (size_t i = start; i < end; i++) {
		const char *s;
		size_t len;
		body_line(t, i, &s, &len);
		if (i + 1 == end && start < t->n && sig.keep != (size_t)-1 && sig.keep < len) {
			len = sig.keep;
			body_trim(&s, &len);
		}
		size_t line = i + 1;
		if (len == 0) {
			b.prev_blank = true;
			continue;
		}
		if (len == 1 && s[0] == '-') {
			/* Teletype copies mark blank lines with a lone dash. */
			b.prev_blank = true;
			continue;
		}
		if (breaks_is_line(s, len) || body_is_caption(s, len)) {
			/* Page markers and the classification repeated on each
			 * page are not text. */
			b.after_break = true;
			continue;
		}
		size_t stripped = breaks_strip_suffix(s, len);
		bool glued_break = stripped < len;
		len = stripped;

		const char *title = NULL;
		size_t tlen = 0;
		int used = body_heading(&b, t, i, end, s, len, &title, &tlen);
		if (used >= 0) {
			body_set_heading(&b, title, tlen, line);
			i += (size_t)used;
			b.prev_blank = true;
			b.last_end = 0;
			continue;
		}
		if (body_is_rule(s, len)) {
			b.prev_blank = true;
			continue;
		}

		struct body_sign sg;
		if (body_read_sign(s, len, &sg)) {
			int n = body_judge_sign(&b, &sg);
			if (n > 0) {
				if (!b.numbered && b.npara > 0) {
					/* Drop what came before the first paragraph. */
					body_close_para(&b);
					b.npara = 0;
				}
				body_open_para(&b, n, sg.mark, line);
				b.numbered = true;
				b.last = n;
				if (sg.mark[0])
					b.any_marked = true;
				size_t next = body_next_inline(&b, s + sg.text, len - sg.text) + sg.text;
				size_t took = sg.text + body_prose(&b, s + sg.text, next - sg.text, line, false);
				if (took < len)
					body_run(&b, s + took, len - took, line, false);
			} else if (!body_numbered_item(&b, &sg, s, len, line)) {
				body_run(&b, s, len, line, true);
			}
		} else {
			body_run(&b, s, len, line, true);
		}
		body_content_seen(&b, s, len);
		if (glued_break)
			b.after_break = true;
	}
	body_close_para(&b);
	free(b.buf);

	if (b.npara == 0) {
		/* An empty body still yields paragraph 0 so consumers can rely on it. */
		struct paragraph *p = ARENA_PUSH(b.a, b.paras, b.npara, b.cap_para);
		memset(p, 0, sizeof *p);
		p->text = "";
		p->line = start + 1;
	}
	c->paras = b.paras;
	c->nparas = b.npara;
}

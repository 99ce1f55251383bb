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
 *
 * This file runs the pass: line shapes (rules, captions, headings) and the
 * line handler that takes each line, and each stretch of a run-on line, to
 * the part that handles it.  The open block and the tree are body_tree.c's,
 * paragraph signs body_sign.c's, bullets and sub-items body_items.c's,
 * quotes and comments body_quote.c's.
 */
#include "parse/body.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "parse/body_internal.h"
#include "parse/breaks.h"
#include "parse/signature.h"

/* ---- line shapes --------------------------------------------------------- */

/* A line of dashes, underscores, equals or stars (at least three). */
bool body_is_rule(const char *s, size_t len)
{
	if (len < 3)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] != '-' && s[i] != '_' && s[i] != '=' && s[i] != '*' && !ascii_is_blank(s[i]))
			return false;
	return true;
}

/* Caption words that stand alone on a line but head nothing. */
bool body_is_caption(const char *s, size_t len)
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

/* A line with letters and no sentence end, at most max bytes: a title.
 * depth: the parentheses a title it continues left open. */
bool body_title_shape(const char *s, size_t len, size_t max, int depth)
{
	if (len < 2 || len > max || body_is_caption(s, len))
		return false;
	char end = s[len - 1];
	if (end == '.' || end == ',' || end == ';' || end == ':')
		return false;
	if (s[0] == '-' || s[0] == '(' || (unsigned char)s[0] == 0xC2)
		return false;
	size_t letters = 0, xs = 0;
	for (size_t i = 0; i < len; i++) {
		/* " ) " between words is a scraped dash ("Recommendation 4 )
		 * Blackwater"), no parenthesis. */
		bool dash = s[i] == ')' && (i == 0 || s[i - 1] == ' ') && i + 1 < len && s[i + 1] == ' ';
		depth += s[i] == '(' ? 1 : s[i] == ')' && !dash ? -1 : 0;
		if (depth < 0)
			return false; /* "UNCLASSIFIED) PLEASE PROTECT" */
		if (ascii_is_alpha(s[i]))
			letters++;
		if (s[i] == 'X')
			xs++;
	}
	return letters >= 2 && xs < letters;
}

/* The parentheses s leaves open. */
static int body_open_parens(const char *s)
{
	int depth = 0;
	for (; *s; s++)
		depth += *s == '(' ? 1 : *s == ')' && depth > 0 ? -1 : 0;
	return depth;
}

static bool body_all_caps(const char *s, size_t len)
{
	size_t up = 0;
	for (size_t i = 0; i < len; i++) {
		if (ascii_is_lower(s[i]))
			return false;
		if (ascii_is_upper(s[i]))
			up++;
	}
	return up >= 2;
}

/* ---- the line handler ---------------------------------------------------- */

/* Handles the start of a stretch of text that is not a paragraph sign:
 * a bullet, an item, a comment, quote markers, prose.  first: the stretch
 * begins a line.  Returns the bytes consumed (at least one). */
static size_t body_segment(struct body *b, const char *s, size_t len, size_t line, bool first)
{
	bool boundary = !first || b->prev_blank || b->last_end == 0 || body_terminal(b->last_end);
	bool new_block = first && b->prev_blank;
	/* A blank (or a page break) inside a sentence does not start a block. */
	if (new_block && (ascii_is_lower(s[0]) ||
	                  (b->after_break && b->last_end && !body_terminal(b->last_end))))
		new_block = false;

	const char *lab = NULL;
	size_t lablen = 0;
	size_t off = body_read_bullet(s, len, &lab, &lablen);
	/* "-  ORGANIZATIONS;" after "-- ... OTHER POLITICAL" continues a line;
	 * "- 2 oil tankers" after "- 4 ocean going corvettes" is the next one. */
	if (off && (boundary || b->bullet_len == lablen ||
	            (lablen == 2 && (ascii_is_upper(s[off]) || s[off] == '(')))) {
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
	/* "(C) Thai police detained ...", a paragraph with no number: its
	 * portion mark, not item C (no item B went before it) */
	char mark[PORTION_MAX];
	if (off && lablen == 1 && strchr("CSU", lab[0]) && b->last_letter != lab[0] - 1 &&
	    portion_parse(s, len, mark))
		off = 0;
	if (off && boundary) {
		body_ensure_para(b, line);
		body_open_node(b, NODE_ITEM, lab, lablen, line);
		if (lablen == 1 && !ascii_is_digit(lab[0]))
			b->last_letter = lab[0];
		else if (ascii_is_digit(lab[0]))
			b->last_item = atoi(lab);
		return off + body_prose(b, s + off, len - off, line, false);
	}
	/* "A. text", "¶B. - text" after "(prev letter)": a lettered item,
	 * never initials.  WikiLeaks put its sign on every line that starts
	 * with a letter and a dot: such a list starts after a colon. */
	off = boundary && b->in_para ? body_read_lettered(s, len, &lab) : 0;
	if (off && ((lab[0] == 'A' || lab[0] == 'a') ? lab == s || b->last_end == ':' :
	            b->last_letter && lab[0] == b->last_letter + 1)) {
		body_open_node(b, NODE_ITEM, lab, 1, line);
		b->last_letter = lab[0];
		return off + body_prose(b, s + off, len - off, line, false);
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
		while (len > 0 && ascii_is_blank(*s)) {
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

/* ---- headings ------------------------------------------------------------- */

/* Heading shapes that need the lines around line i (rule: s is a rule
 * line). Returns the number of extra lines consumed (>= 0) and sets *title
 * (box: room for a boxed title of several lines), or -1 when not a
 * heading. */
static int body_heading(const struct body *b, const struct text *t, size_t i, size_t end,
                        const char *s, size_t len, bool rule, char *box, const char **title,
                        size_t *tlen)
{
	if (rule)
		return body_box(t, i, end, s, len, box, title, tlen);
	const char *n1 = NULL;
	size_t l1 = 0;
	if (i + 1 < end)
		body_line(t, i + 1, &n1, &l1);
	/* "------- Summary -------", and wrapped onto a second line */
	int dashed = body_dashed_title(s, len, n1, l1, box, title, tlen);
	if (dashed >= 0)
		return dashed;
	if (b->in_quote)
		return -1;
	/* The cheap tests first: a line that continues a sentence and stands
	 * over no rule is no heading, whatever its shape. */
	bool over_rule = n1 && (b->prev_blank || b->last_end == 0 || body_terminal(b->last_end)) &&
		body_is_rule(n1, l1);
	if (!over_rule && !b->prev_blank && b->last_end != 0)
		return -1;
	/* Under the underlined first line of a title, its second: "FUSING HER
	 * POPULARITY (AND HER" / "-----" / "PARTY) WITH HER" / "-----". */
	int open = over_rule && b->heading && b->heading_next == i ? body_open_parens(b->heading) : 0;
	if (!body_title_shape(s, len, 80, open))
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

/* A pending heading that no paragraph follows (a sub-heading over a group
 * of bullets, the first of two headings) stays in the open paragraph as
 * text, where it stands: before what comes under it.  One with nothing
 * under it at the end of the body (a signature, a web address) is
 * dropped. */
static void body_place_heading(struct body *b)
{
	if (!b->heading || !b->in_para)
		return;
	body_open_node(b, NODE_TEXT, NULL, 0, b->heading_line);
	body_buf_add(b, b->heading, strlen(b->heading));
	body_flush(b);
	b->heading = NULL;
}

static void body_set_heading(struct body *b, const char *s, size_t len, size_t line)
{
	/* A heading ends the open block; it heads the next paragraph. */
	if (b->in_para)
		body_flush(b);
	body_place_heading(b);
	b->heading = arena_strndup(b->a, s, len);
	b->heading_line = line;
}

/* A heading of used extra lines found at line i.  A title over a rule of
 * its own length (an underline) right under another continues it: "Minister
 * of Economy, Finance and" / "-----" / "Employment -- J. Doe" / "-----". */
static void body_take_heading(struct body *b, const struct text *t, size_t i, int used,
                              const char *title, size_t tlen)
{
	bool underline = false;
	if (used == 1) {
		const char *r;
		size_t rl;
		body_line(t, i + 1, &r, &rl);
		underline = rl + 3 >= tlen && tlen + 3 >= rl;
	}
	if (underline && b->heading && b->heading_next == i)
		b->heading = arena_printf(b->a, "%s %.*s", b->heading, (int)tlen, title);
	else
		body_set_heading(b, title, tlen, i + 1);
	b->heading_next = underline ? i + 2 : 0;
}

static void body_content_seen(struct body *b, const char *s, size_t len)
{
	b->prev_blank = false;
	b->after_break = false;
	b->last_end = len ? s[len - 1] : 0;
}

/* A numbered paragraph starts: n is the number its sign gives. */
static void body_new_para(struct body *b, const struct body_sign *sg, int n, const char *s,
                          size_t len, size_t line)
{
	if (!b->numbered && b->npara > 0) {
		/* Drop what came before the first paragraph. */
		body_close_para(b);
		b->npara = 0;
	}
	body_open_para(b, n, sg->mark, line);
	b->numbered = true;
	b->last = n;
	if (n == sg->alt && n != sg->n)
		b->lead_ones++;
	if (sg->mark[0])
		b->any_marked = true;
	size_t next = body_next_inline(b, s + sg->text, len - sg->text) + sg->text;
	size_t took = sg->text + body_prose(b, s + sg->text, next - sg->text, line, false);
	if (took < len)
		body_run(b, s + took, len - took, line, false);
}

/* A line of content: a paragraph sign, a numbered item, or text.  A sign
 * for the next paragraph run into the line ("as agreed. 8. (SBU) The
 * minister") starts that paragraph where it stands. */
static void body_content(struct body *b, const char *s, size_t len, size_t line)
{
	struct body_sign sg;
	bool signed_line = body_read_sign(s, len, &sg);
	int n = signed_line ? body_judge_sign(b, &sg) : 0;
	if (signed_line)
		b->refused = n > 0 ? 0 : sg.n;
	size_t mid = b->in_quote ? 0 : body_midline_sign(s, len, (n > 0 ? n : b->last) + 1);
	if (mid) {
		size_t head = mid;
		while (head > 0 && ascii_is_blank(s[head - 1]))
			head--;
		body_content(b, s, head, line);
		b->last_end = s[head - 1];
		body_content(b, s + mid, len - mid, line);
		return;
	}
	if (n > 0) {
		body_new_para(b, &sg, n, s, len, line);
		return;
	}
	/* Not a new paragraph: a heading waiting for one heads this instead. */
	body_place_heading(b);
	if (!signed_line || !body_numbered_item(b, &sg, s, len, line))
		body_run(b, s, len, line, true);
}

/* "...finance ministry questions". ¶4." at the end of line i and "(C) A
 * Tresor official ..." on the next: the text before the sign ends its
 * paragraph, and the sign and the next line start the next one.  True
 * when it was so (the next line is taken too). */
static bool body_sign_wrapped(struct body *b, const struct text *t, size_t i, size_t end,
                              const char *s, size_t len)
{
	if (b->in_quote || i + 1 >= end)
		return false;
	size_t at = body_end_sign(s, len, b->last + 1);
	const struct line *nx = &t->lines[i + 1];
	char mark[PORTION_MAX];
	if (!at || nx->len < 3 || nx->s[0] != '(' || !portion_parse(nx->s, nx->len, mark))
		return false;
	size_t head = at;
	while (head > 0 && ascii_is_blank(s[head - 1]))
		head--;
	body_content(b, s, head, i + 1);
	b->last_end = s[head - 1];
	size_t sl = len - at;
	char *joined = arena_alloc_raw(b->a, sl + 1 + nx->len + 1);
	memcpy(joined, s + at, sl);
	joined[sl] = ' ';
	memcpy(joined + sl + 1, nx->s, nx->len);
	joined[sl + 1 + nx->len] = '\0';
	body_content(b, joined, sl + 1 + nx->len, i + 1);
	return true;
}

/* Line i, trimmed to s[0..len).  Returns the extra lines it consumed (a
 * boxed heading's). */
static size_t body_one_line(struct body *b, const struct text *t, size_t i, size_t end,
                            const char *s, size_t len)
{
	size_t line = i + 1;
	if (len == 0) {
		b->prev_blank = true;
		return 0;
	}
	if (len == 1 && s[0] == '-') {
		/* Teletype copies mark blank lines with a lone dash. */
		b->prev_blank = true;
		return 0;
	}
	size_t stripped = breaks_text_len(s, len);
	if (stripped == 0 || body_is_caption(s, len)) {
		/* Page markers and the classification repeated on each
		 * page are not text. */
		b->after_break = true;
		return 0;
	}
	bool glued_break = stripped < len;
	len = stripped;

	const char *title = NULL;
	size_t tlen = 0;
	char box[BODY_BOX_MAX];
	bool rule = body_is_rule(s, len);
	int used = body_heading(b, t, i, end, s, len, rule, box, &title, &tlen);
	if (used >= 0) {
		body_take_heading(b, t, i, used, title, tlen);
		b->prev_blank = true;
		b->last_end = 0;
		return (size_t)used;
	}
	if (rule) {
		b->prev_blank = true;
		return 0;
	}
	if (body_sign_wrapped(b, t, i, end, s, len))
		return 1;
	body_content(b, s, len, line);
	body_content_seen(b, s, len);
	if (glued_break)
		b->after_break = true;
	return 0;
}

/* Is the body of lines [start, end) not hard-wrapped (teletype copies wrap
 * at 80 columns or less)?  Then its paragraphs are long lines: a tenth of
 * its lines, and at least two, run past 100 bytes. */
static bool body_unwrapped(const struct text *t, size_t start, size_t end)
{
	size_t lines = 0, long_lines = 0;
	for (size_t i = start; i < end; i++) {
		lines += t->lines[i].len > 0;
		long_lines += t->lines[i].len > 100;
	}
	return long_lines >= 2 && long_lines * 10 >= lines;
}

/* The signature: stored in c->signature.  Returns the line where the body's
 * text ends (sig->keep: the bytes of that last line that are text). */
static size_t body_signature(struct body *b, const struct text *t, size_t start,
                             struct signature *sig)
{
	memset(sig, 0, sizeof *sig);
	if (start >= t->n)
		return t->n;
	if (signature_find(t, start, sig))
		b->c->signature = arena_strndup(b->a, sig->name, sig->name_len);
	return sig->end;
}

void body_parse(struct cable *c, const struct text *t, size_t start)
{
	struct body b;
	memset(&b, 0, sizeof b);
	buf_init(&b.text);
	b.c = c;
	b.a = &c->arena;

	struct signature sig;
	size_t end = body_signature(&b, t, start, &sig);
	b.unwrapped = body_unwrapped(t, start, end);
	body_quote_index(&b, t, start, end);
	for (size_t i = start; i < end; i++) {
		const char *s;
		size_t len;
		body_line(t, i, &s, &len);
		if (i + 1 == end && start < t->n && sig.keep != (size_t)-1 && sig.keep < len) {
			len = sig.keep;
			body_trim(&s, &len);
		}
		i += body_one_line(&b, t, i, end, s, len);
	}
	body_close_para(&b);
	buf_free(&b.text);

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

/* body_sign.c - paragraph signs.
 *
 * In: one trimmed line, and for the judgement the pass's state (the last
 * paragraph number, whether a blank line or a sentence end came before,
 * whether a quote is open).  Out: the sign as written ("¶12. (C) Text",
 * "14. (SBU) Text", "3.. (SBU)", "XXXXXXXXXXXX10. (C)"): its number, the
 * scrape's reading without a leading "1", its portion mark and where its
 * prose starts; then the number it gives, judged against the expected next
 * one: a scrape's "14." after paragraph 3 is paragraph 4; "¶2001. Another
 * idea" or a "¶16." inside a sentence is prose (0).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "parse/body_internal.h"
#include "parse/portion.h"

/* ---- paragraph signs ------------------------------------------------------ */

/* "(S//REL AFGHANISTAN, KYRGYZSTAN," at the end of a line: a portion mark
 * whose closing parenthesis is on the next line; or one that lost it
 * ("(C XXXXXXXXXXXX, too, asserted"), a letter before a capital, which is
 * then the mark.  Sets sg->open_mark; returns the bytes the mark takes
 * when it is read whole here, else 0. */
static size_t body_open_mark(const char *s, size_t len, struct body_sign *sg)
{
	if (memchr(s, ')', len))
		return 0;
	size_t i = 1;
	while (i < len && (ascii_is_upper(s[i]) || s[i] == '/'))
		i++;
	if (i < 2 || i + 1 >= len || s[i] != ' ' || (i == 2 && !ascii_is_upper(s[i + 1])))
		return 0;
	char tmp[PORTION_MAX + 2];
	if (i + 1 >= sizeof tmp)
		return 0;
	memcpy(tmp, s, i);
	tmp[i] = ')';
	if (i == 2)
		return portion_parse(tmp, 3, sg->mark) == 3 ? 3 : 0;
	char probe[PORTION_MAX];
	sg->open_mark = portion_parse(tmp, i + 1, probe) != 0;
	return 0;
}

/* "(C) 1. The Embassy obtained": the portion mark before the number, at s[p]
 * (a weak sign: the expected number only).  False when it is not one. */
static bool body_read_mark_first(const char *s, size_t len, size_t p,
                                 struct body_sign *sg)
{
	size_t m = portion_parse(s + p, len - p, sg->mark);
	if (!m)
		return false;
	p += m;
	while (p < len && ascii_is_blank(s[p]))
		p++;
	size_t d = p;
	while (p < len && ascii_is_digit(s[p]) && p - d < 4)
		p++;
	if (p == d || p - d > 3 || p + 2 >= len || s[p] != '.' || !ascii_is_blank(s[p + 1])) {
		sg->mark[0] = '\0';
		return false;
	}
	sg->n = atoi(s + d);
	sg->weak = true;
	p++;
	while (p < len && ascii_is_blank(s[p]))
		p++;
	sg->text = p;
	sg->caps = p < len && (ascii_is_upper(s[p]) || s[p] == '"');
	return sg->caps;
}

/* Field by field, not a memset of the whole struct: this runs on every
 * line, and of the mark only its first byte is read unless a mark is read
 * into it (the struct's whole size cost more than the rest). */
static void body_sign_clear(struct body_sign *sg)
{
	sg->n = 0;
	sg->alt = -1;
	sg->pilcrow = false;
	sg->caps = false;
	sg->weak = false;
	sg->open_mark = false;
	sg->mark[0] = '\0';
	sg->text = 0;
}

/* Reads "¶12. (C) Text", "14. (SBU) Text", "3.. (SBU)", "XXXXXXXXXXXX10. (C)",
 * "2 (C) Text", "(C) 1. Text".
 * Returns false when the line does not start with a number and a dot. */
bool body_read_sign(const char *s, size_t len, struct body_sign *sg)
{
	size_t p = 0;
	body_sign_clear(sg);
	/* Most lines start with a word, and a sign never does (a redaction
	 * glued to the number, "XXXXXXXXXXXX10.", aside). */
	if (len > 0 && ascii_is_alpha(s[0]) && s[0] != 'X')
		return false;
	if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB6) {
		sg->pilcrow = true;
		p = 2;
	} else if (len >= 6 && memcmp(s, "[1](#)", 6) == 0) {
		sg->pilcrow = true; /* a scrape not yet normalised */
		p = 6;
	}
	while (p < len && ascii_is_blank(s[p]))
		p++;
	if (!sg->pilcrow && p + 1 < len && s[p] == '(' && ascii_is_upper(s[p + 1]))
		return body_read_mark_first(s, len, p, sg);
	size_t x = p;
	while (x < len && s[x] == 'X')
		x++;
	if (x - p >= 3 && x < len && ascii_is_digit(s[x]))
		p = x; /* a redaction glued to the number */
	bool paren = !sg->pilcrow && p + 1 < len && s[p] == '(' && ascii_is_digit(s[p + 1]);
	if (paren)
		p++;
	size_t d = p;
	while (p < len && ascii_is_digit(s[p]) && p - d < 5)
		p++;
	size_t nd = p - d;
	if (nd == 0 || nd > 4 || p >= len)
		return false;
	if (paren || s[p] == ',' || (s[p] == ' ' && p + 1 < len && s[p + 1] == '(')) {
		/* "(13) (C) Post contacted", "(11. (C) Comment", "6, (SBU) Post
		 * will", "2 (C) The Assembly": a sign only when a portion mark
		 * follows */
		if (paren && s[p] != ')' && s[p] != '.')
			return false;
		sg->weak = true;
		p++;
	} else if (s[p] != '.') {
		return false;
	}
	while (p < len && s[p] == '.')
		p++;
	if (p < len && !ascii_is_blank(s[p]) && s[p] != '(' && !ascii_is_upper(s[p]))
		return false; /* "1.5 (b)", "2.a"; "2.In interviews" is a sign */
	sg->n = atoi(s + d);
	if (!sg->pilcrow && nd >= 2 && s[d] == '1' && s[d + 1] != '0')
		sg->alt = atoi(s + d + 1);
	while (p < len && ascii_is_blank(s[p]))
		p++;
	if (p < len && s[p] == '(') {
		size_t m = sg->pilcrow ? portion_parse_signed(s + p, len - p, sg->mark)
		                       : portion_parse(s + p, len - p, sg->mark);
		if (m) {
			p += m;
			while (p < len && ascii_is_blank(s[p]))
				p++;
		} else {
			/* "2.  (S//REL AFGHANISTAN, KYRGYZSTAN," with or without
			 * its pilcrow */
			p += body_open_mark(s + p, len - p, sg);
		}
	}
	if (sg->weak && !sg->mark[0])
		return false;
	sg->text = p;
	sg->caps = p >= len || ascii_is_upper(s[p]) || s[p] == '"' ||
	           (len - p >= 3 && memcmp(s + p, "xxx", 3) == 0) || /* redacted */
	           s[p] == '[' ||                       /* "[DETAILS REMOVED]" */
	           ((unsigned char)s[p] == 0xE2 && p + 1 < len); /* “ */
	return true;
}

/* Does the text before a run-in paragraph sign end at s[k]: a full stop,
 * a question mark ("CONTRACTS?  7. (S/NF)"), a closing parenthesis or quote
 * mark (straight or curly), a "]" ("[DETAILS REMOVED]"), or a redaction
 * ("XXXXXXXXXXXX 6. (S//NF)")? */
static bool body_ends_text(const char *s, size_t k)
{
	char c = s[k];
	if (c == '.' || c == '?' || c == ')' || c == '"' || c == ']')
		return true;
	if (k >= 2 && (unsigned char)c == 0x9D && (unsigned char)s[k - 1] == 0x80 &&
	    (unsigned char)s[k - 2] == 0xE2)
		return true;
	return k >= 3 && c == 'X' && s[k - 1] == 'X' && s[k - 2] == 'X' && s[k - 3] == 'X';
}

/* Decides what number a sign gives, or 0 when it is not a paragraph. */
int body_judge_sign(const struct body *b, const struct body_sign *sg)
{
	int expect = b->last + 1;
	bool marked = sg->mark[0] != '\0' || sg->open_mark;
	if (sg->weak)
		return !b->in_quote && sg->n == expect && (sg->n > 1 || b->last == 0) &&
		       (b->prev_blank || b->last_end == 0 || body_terminal(b->last_end))
		       ? sg->n : 0;
	bool boundary = b->prev_blank || b->last_end == 0 || body_terminal(b->last_end);
	if (b->in_quote) {
		/* Inside quoted text only a marked, expected number leaves it;
		 * in a cable that marks no paragraph, an expected number at a
		 * boundary, when the quote numbered no items of its own (an
		 * unclassified cable's "Begin talking points:" left open). */
		if (!marked && !(!b->any_marked && sg->n == expect && sg->caps && boundary &&
		                 b->last_item == 0 && sg->n > 1))
			return 0;
		if (sg->n == expect)
			return sg->n;
		return sg->alt == expect ? sg->alt : 0;
	}
	if (!marked && !(sg->caps && boundary)) {
		/* In a body that is not hard-wrapped a line break ends the
		 * line before: "Van Diepen XXXXXXXXXXXX" / "¶56. ISN Acting".
		 * Only the expected number: a wrapped quote may sit in it. */
		if (!(sg->caps && b->unwrapped))
			return 0;
		return sg->n == expect ? sg->n : sg->alt == expect ? sg->alt : 0;
	}
	/* the next item of a numbered text quoted in a marked paragraph,
	 * the drafter's paragraphs all marked: "¶3. The agencies of the
	 * Government of Spain" after the message's "¶1." and "¶2." under
	 * "The text of the message is as follows:" in ¶2 (C), the number
	 * the next paragraph would have had */
	if (!marked && sg->n == expect && sg->n == b->last_item + 1 && sg->n >= 2 &&
	    b->any_marked && b->npara >= 1 && b->paras[b->npara - 1].classification)
		return 0;
	if (sg->n == expect)
		return sg->n;
	if (sg->alt == expect)
		return sg->alt;
	if (sg->n < 1)
		return 0;
	/* Marked: a restart, a duplicate or a gap, as written (in a scrape
	 * that put a "1" before its signs, as two signs already showed, or
	 * one in a text with the scrape's links, as written without it:
	 * "12." a second paragraph 2, "15." after 3 a gap to 5); a partial
	 * extract may start anywhere. */
	int ones = b->c->form == FORM_SCRAPE ? 1 : 2;
	if (marked && b->lead_ones >= ones && sg->alt >= 1 && sg->alt <= b->last + 20)
		return sg->alt;
	if (marked)
		return sg->n <= b->last + (b->last ? 20 : 99) ? sg->n : 0;
	/* Unmarked and out of sequence: a small gap in an unmarked cable, or
	 * the first paragraph of a partial extract. */
	if (!b->any_marked && b->prev_blank && sg->n > b->last && sg->n <= b->last + 3)
		return sg->n;
	/* the drafter's number twice, after a blank line and as the first
	 * was written, without a mark: "¶6. FINALLY, THERE ARE" after "¶6.
	 * THE PERSIAN PROCLIVITY" (79TEHRAN8980), the one before it
	 * unmarked too; not an item of a text quoted in a marked paragraph */
	if (b->prev_blank && sg->pilcrow && sg->caps && sg->n == b->last && b->npara >= 2 &&
	    !b->paras[b->npara - 1].classification && !b->paras[b->npara - 2].classification)
		return sg->n;
	/* a restart as written, with its sign and no mark, at the end of a
	 * sentence: "¶16. Ruiz said" after ¶19, the drafter's second run
	 * (not "¶1.", which opens the items of a text the cable quotes, nor
	 * the item after it; not in a scrape, whose "1" before each sign
	 * makes any number read two ways) */
	if (sg->pilcrow && sg->caps && boundary && sg->n >= 2 && sg->n < b->last &&
	    sg->n - 1 != b->refused && b->c->form != FORM_SCRAPE)
		return sg->n;
	if (!b->numbered && sg->n < 100)
		return sg->n;
	return 0;
}

/* Where the parenthesis that ends just before s[at] opens ("... by
 * mid-November. (C) 10. The RSO": a mark, a blank, the number), after the
 * end of a text; 0 when there is none. */
static size_t body_mark_before(const char *s, size_t at)
{
	if (at < 8 || s[at - 1] != ' ' || s[at - 2] != ')')
		return 0;
	size_t o = at - 2;
	while (o > 0 && s[o] != '(' && at - o <= PORTION_MAX + 2)
		o--;
	if (s[o] != '(' || o < 3 || s[o - 1] != ' ')
		return 0;
	size_t bi = s[o - 2] == ' ' ? o - 3 : o - 2;
	return body_ends_text(s, bi) ? o : 0;
}

size_t body_midline_sign(const char *s, size_t len, int expect)
{
	if (expect < 2 || expect > 999 || len < 9)
		return 0;
	/* only the expected number's first digit can start one: look for it
	 * with memchr rather than testing every byte */
	char lead = (char)('0' + (expect >= 100 ? expect / 100 : expect >= 10 ? expect / 10 : expect));
	const char *end = s + len - 5;
	for (const char *q = s + 3; q < end; q++) {
		q = memchr(q, lead, (size_t)(end - q));
		if (!q)
			break;
		size_t i = (size_t)(q - s), at = i;
		if (at >= 5 && (unsigned char)s[at - 2] == 0xC2 &&
		    (unsigned char)s[at - 1] == 0xB6)
			at -= 2;                        /* "agreed. ¶8. (S)" */
		/* "mid-November. (C) 10. The RSO": the mark first, read as at
		 * a line's start */
		size_t mf = at == i ? body_mark_before(s, at) : 0;
		if (mf) {
			struct body_sign sg;
			body_sign_clear(&sg);
			if (body_read_mark_first(s, len, mf, &sg) && sg.n == expect)
				return mf;
			continue;
		}
		if (s[at - 1] != ' ')
			continue;
		size_t bi = s[at - 2] == ' ' ? at - 3 : at - 2;
		if (!body_ends_text(s, bi))
			continue;
		size_t p = i;
		int n = 0;
		while (p < len && ascii_is_digit(s[p]) && p - i < 3)
			n = n * 10 + (s[p++] - '0');
		/* "agreed. 8. (SBU)", "the MFA. 10.(SBU)" */
		if (n != expect || p + 2 >= len || s[p] != '.' ||
		    !(ascii_is_blank(s[p + 1]) || s[p + 1] == '('))
			continue;
		p++;
		while (p < len && ascii_is_blank(s[p]))
			p++;
		char mark[PORTION_MAX];
		if (p < len && s[p] == '(' && portion_parse(s + p, len - p, mark))
			return at;
	}
	return 0;
}

size_t body_end_sign(const char *s, size_t len, int expect)
{
	if (expect < 2 || expect > 999 || len < 6 || s[len - 1] != '.')
		return 0;
	size_t p = len - 1;
	while (p > 0 && ascii_is_digit(s[p - 1]) && len - 1 - p < 3)
		p--;
	int n = 0;
	for (size_t k = p; k < len - 1; k++)
		n = n * 10 + (s[k] - '0');
	if (p == len - 1 || n != expect)
		return 0;
	size_t at = p;
	if (at >= 2 && (unsigned char)s[at - 2] == 0xC2 && (unsigned char)s[at - 1] == 0xB6)
		at -= 2;                                /* "¶4." */
	if (at < 3 || s[at - 1] != ' ')
		return 0;
	size_t bi = s[at - 2] == ' ' ? at - 3 : at - 2;
	return body_ends_text(s, bi) ? at : 0;
}

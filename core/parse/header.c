/* header.c - routing header and front matter of a cable.
 *
 * One forward pass over the normalized lines.  Each line is recognised by its
 * shape (hand-written matching, no regex): the ACP-127 format lines (VZCZC,
 * FL2 precedence and routing indicators, DE, ZNY/ZNR, the DTG, FM, TO, INFO,
 * XMT), the office-distribution block of old State cables (ACTION/ORIGIN,
 * "INFO LOG-00 ..."), the classification line, handling caveats and passing
 * lines, E.O./DECL, TAGS, SUBJECT, REF and "Classified by".  Captions that
 * run together on one line are split at their keywords.  The body starts at
 * the first line that is none of these (a numbered paragraph, a heading, the
 * first line of prose).
 *
 * This file runs the pass: it takes each line to the part that handles it
 * and decides where the body starts.  The shapes are recognised in
 * header_match.c, the captions and addressees stored by header_fields.c,
 * the routing lines read by header_route.c, and the id, precedence and
 * classification derived by header_finish.c (the cable id as cablegate
 * names it: the DTG's two-digit year, the origin from the classification
 * line, or a page-break line, or FM, and the serial without leading zeros).
 */
#include "parse/header.h"

#include <stdint.h>
#include <string.h>

#include "parse/classification.h"
#include "parse/header_internal.h"
#include "parse/header_lex.h"

/* What one line of the pass turned out to be. */
enum hdr_kind {
	LINE_HEADER,    /* header or front matter: the pass goes on */
	LINE_BODY,      /* a numbered paragraph: the body starts here */
	LINE_TEXT,      /* text that is none of the header's */
};

/* A blank line ends an address list, FL2 and most captions; a REF list may
 * go on after it. */
static void hdr_blank_line(struct hdr *h)
{
	h->addr = ADDR_NONE;
	h->fl2 = false;
	if (h->cont == CONT_SUBJECT)
		h->subject_paused = true;
	if (h->cont == CONT_SUBJECT || h->cont == CONT_CLASSIFIED ||
	    h->cont == CONT_TAGS || h->cont == CONT_DISCARD)
		hdr_cont_end(h);
	else if (h->cont == CONT_REF)
		h->cont_blank = true;
}

/* "PAGE 01  CAPE T  00097 ..." or a page-break line ("STATE 00104535 002
 * OF 005", whose origin and serial are kept). */
static bool hdr_page_line(struct hdr *h, const char *s, size_t len, size_t i)
{
	char page_origin[48];
	long page_serial;
	if (lex_word(s, len, i, "PAGE") && i + 5 < len &&
	    ascii_is_digit(s[lex_skip_space(s, len, i + 4)])) {
		if (h->subject_paused && h->cont == CONT_NONE) {
			/* "SUBJECT: ... WITH THE" / "PAGE 02 ROME 00345 ..." /
			 * "MINISTRY OF MARINE": the subject goes on */
			h->subject_paused = false;
			h->c->subject = NULL;
			h->cont = CONT_SUBJECT;
		}
		return true;
	}
	if (hdr_page_break(s, len, i, page_origin, sizeof page_origin, &page_serial)) {
		if (!h->page_origin[0]) {
			memcpy(h->page_origin, page_origin, sizeof page_origin);
			h->page_serial = page_serial;
		}
		return true;
	}
	return false;
}

/* The classification line: its level, its origin and serial, and the
 * handling text after them. */
static bool hdr_class_line(struct hdr *h, const char *s, size_t len, size_t i)
{
	struct class_line cl;
	if (!classification_line(s + i, len - i, &cl))
		return false;
	hdr_cont_end(h);
	h->addr = ADDR_NONE;
	h->fl2 = false;
	h->seen_class = true;
	if (!h->level_line)
		h->level_line = cl.level;
	if (cl.serial > 0 && h->serial <= 0) {
		memcpy(h->origin, cl.origin, sizeof h->origin);
		h->serial = cl.serial;
	}
	if (i + cl.rest < len)
		hdr_handling(h, s, len, i + cl.rest);
	return true;
}

/* Does the line at s[i] end the caption that is going on over several
 * lines? */
static bool hdr_cont_stops(const struct hdr *h, const char *s, size_t len, size_t i)
{
	if (hdr_is_para(s, len, i) || hdr_caption_at(s, len, i) ||
	    classification_banner(s + i, len - i))
		return true;
	/* a portion-marked sentence: "(SBU) Poloff delivered reftel
	 * demarche ..." (but "(D) MADRID 3566" is a ref, and "(D)."
	 * ends a classified-by's reasons) */
	if (h->cont != CONT_CLASSIFIED && hdr_skip_mark(s, len, i) != i &&
	    (h->cont == CONT_SUBJECT || (len - i > 60 && hdr_has_lower(s, len, i))))
		return true;
	if (h->cont == CONT_REF) {
		/* after a blank line only a line with a ref letter goes
		 * on ("¶B. BAGHDAD 285", "OF 10/6 D) STATE 215870");
		 * a long sentence never does */
		if (h->cont_blank)
			return !hdr_ref_letter_line(s, len, i);
		/* "Sensitive but unclassified; not for Internet ..." */
		if (hdr_is_handling(h, s, len, i))
			return true;
		return len - i > 100 && hdr_has_lower(s, len, i);
	}
	if (h->cont == CONT_TAGS)
		return !hdr_tags_more(s, len, i);
	return h->cont_lines >= HDR_MAX_CONT;
}

/* A caption that goes on over several lines: true when s[i..len) was one
 * more line of it; otherwise the caption is ended. */
static bool hdr_cont_line(struct hdr *h, const char *s, size_t len, size_t i)
{
	if (hdr_cont_stops(h, s, len, i)) {
		hdr_cont_end(h);
		return false;
	}
	h->cont_lines++;
	h->cont_blank = false;
	if (h->cont == CONT_SUBJECT && hdr_rule_line(s, len, i)) {
		hdr_cont_end(h);        /* the subject's dashed underline */
		return true;
	}
	if (h->cont == CONT_SUBJECT || h->cont == CONT_REF) {
		/* another caption may follow on the line: "¶B. RIO 346
		 * Classified By: ..." */
		size_t next = hdr_next_caption(s, len, i);
		hdr_buf_add(h, h->cont == CONT_SUBJECT ? &h->subject : &h->ref, s + i, next - i);
		if (next < len)
			hdr_caption(h, s, len, next);
	} else if (h->cont == CONT_CLASSIFIED)
		hdr_buf_add(h, &h->classified, s + i, len - i);
	else if (h->cont == CONT_TAGS)
		hdr_tags(h, s + i, len - i);
	return true;
}

/* Before the first caption: a routing line, WikiLeaks' date line or its
 * partial-extract notice. */
static bool hdr_front_line(struct hdr *h, const char *s, size_t len, size_t i)
{
	if (hdr_routing(h, s, len, i))
		return true;
	struct dtg wd;
	if (hdr_weekday(s, len, i, &wd)) {
		if (!h->weekday.valid)
			h->weekday = wd;
		return true;
	}
	return lex_prefix(s, len, i, "THIS RECORD IS A PARTIAL EXTRACT");
}

/* Is the next non-blank line after li (within two) a caption? */
static bool hdr_caption_follows(const struct text *t, size_t li)
{
	size_t seen = 0;
	for (size_t k = li + 1; k < t->n && k <= li + 4 && seen < 2; k++) {
		const char *s = t->lines[k].s;
		size_t len = lex_rtrim(s, t->lines[k].len);
		size_t i = lex_skip_space(s, len, 0);
		if (i >= len)
			continue;
		seen++;
		if (hdr_caption_at(s, len, i))
			return true;
	}
	return false;
}

/* One line of the pass: handled, the start of the body, or other text. */
static enum hdr_kind hdr_line(struct hdr *h, const struct text *t, size_t li)
{
	const char *s = t->lines[li].s;
	size_t len = lex_rtrim(s, t->lines[li].len);
	size_t i0 = lex_skip_space(s, len, 0);
	size_t sign = lex_para_sign(s, len, i0);
	size_t i = lex_skip_space(s, len, i0 + sign);

	if (i >= len) {
		hdr_blank_line(h);
		return LINE_HEADER;
	}
	if (h->office && i0 == 0 && !lex_word(s, len, i, "INFO"))
		h->office = false;
	if (hdr_page_line(h, s, len, i) || (!sign && hdr_class_line(h, s, len, i)))
		return LINE_HEADER;
	if (h->cont != CONT_NONE && hdr_cont_line(h, s, len, i))
		return LINE_HEADER;
	if (hdr_caption(h, s, len, i))
		return LINE_HEADER;
	/* a page's own captions before the telegram ("Subject: ..." over
	 * "P 211130Z SEP 12", "FM AMEMBASSY ASTANA"): its routing lines are
	 * read from its DTG line on */
	struct dtg d;
	char prec = 0;
	if (h->routing_done && !h->c->dtg.valid && !h->c->from && !sign &&
	    hdr_dtg_line(s, len, i, &d, &prec) && prec)
		h->routing_done = false;
	if (!h->routing_done && !sign && hdr_front_line(h, s, len, i))
		return LINE_HEADER;
	if (hdr_is_para(s, len, i))
		return LINE_BODY;
	if ((h->seen_class || h->seen_caption) && hdr_is_handling(h, s, len, i)) {
		hdr_handling(h, s, len, i);
		/* "Sensitive but unclassified - entire text. Please protect"
		 * / "accordingly." */
		if (h->seen_subject && h->cont == CONT_NONE && s[len - 1] != '.')
			h->cont = CONT_DISCARD;
		return LINE_HEADER;
	}
	if (h->seen_subject && len - i <= 60 && hdr_caption_follows(t, li)) {
		/* a stray piece of the subject: "TO LONDON" before
		 * "Classified By" */
		return LINE_HEADER;
	}
	return LINE_TEXT;
}

/* A wrapper before the telegram: a database print-out's search-result
 * header with its own date, its own SUBJECT and TO lines and a line
 * "TELEGRAM", or an e-mail's From/Sent/To/Subject lines and note above
 * the VZCZC line of a forwarded cable.  Returns the line where the
 * telegram starts (VZCZC, FL2 or the DTG line), or 0 when there is no
 * wrapper. */
static size_t hdr_wrapper_end(const struct text *t)
{
	size_t tele = SIZE_MAX;
	for (size_t li = 0; li < t->n && li < HDR_MAX_JUNK; li++) {
		const char *s = t->lines[li].s;
		size_t len = lex_rtrim(s, t->lines[li].len);
		size_t i = lex_skip_space(s, len, 0);
		char p;
		struct dtg d;
		struct class_line cl;
		if (tele == SIZE_MAX) {
			if (lex_word(s, len, i, "TELEGRAM") && memcmp(s + i, "TELEGRAM", 8) == 0)
				tele = li;
			else if (lex_prefix(s, len, i, "VZCZC"))
				return li;    /* under an e-mail's lines, or first */
			else if (hdr_fl2(s, len, i, &p) || classification_line(s + i, len - i, &cl))
				return 0;     /* the telegram comes first: no wrapper */
			continue;
		}
		if (lex_prefix(s, len, i, "VZCZC") || hdr_fl2(s, len, i, &p) ||
		    (hdr_dtg_line(s, len, i, &d, &p) && p))
			return li;
	}
	return 0;
}

/* The line pass: returns the index of the first line of the body. */
static size_t hdr_scan(struct hdr *h, const struct text *t)
{
	size_t first_text = SIZE_MAX;
	for (size_t li = hdr_wrapper_end(t); li < t->n; li++) {
		enum hdr_kind kind = hdr_line(h, t, li);
		if (kind == LINE_HEADER)
			continue;
		if (kind == LINE_BODY)
			return li;
		if (!h->seen_class && !h->seen_caption) {
			/* Before the classification line: a banner of the source
			 * ("Stephen H Rogerson 12/02/2009 ... From DB/Inbox"), or
			 * the body of a cable with no header at all.  Go on looking
			 * for a header a while. */
			if (first_text == SIZE_MAX)
				first_text = li;
			if (li - first_text < HDR_MAX_JUNK)
				continue;
			return first_text;
		}
		return li;
	}
	if (first_text != SIZE_MAX && !h->seen_class && !h->seen_caption)
		return first_text;
	return t->n;
}

size_t header_parse(struct cable *c, const struct text *t)
{
	struct hdr h;
	memset(&h, 0, sizeof h);
	h.c = c;
	h.fl3_serial = -1;
	h.serial = -1;

	size_t body = hdr_scan(&h, t);
	hdr_finish(&h, t);
	hdr_body_lookahead(&h, t, body);
	return body;
}

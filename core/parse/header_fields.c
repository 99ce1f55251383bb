/* header_fields.c - what the header's lines fill in.
 *
 * In: one line (or the segment of a line from one caption keyword to the
 * next) and the pass's state.  Out: the cable's fields, in c->arena: the
 * addressees of FM, TO, INFO and XMT, caveats, E.O. and DECL, TAGS, and
 * the SUBJECT, REF list and "Classified by" that may run over several lines
 * (gathered in a struct hdr_buf and stored when the caption ends).  Also
 * splits captions that run together on one line at their keywords, and
 * tells handling and passing lines from the first line of the body.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "parse/classification.h"
#include "parse/dates.h"
#include "parse/header_internal.h"
#include "parse/header_lex.h"
#include "parse/tags.h"

/* ---- text gathered over several lines ------------------------------- */

/* Appends s[0..len) to b, one space between pieces, runs of spaces folded. */
void hdr_buf_add(struct hdr *h, struct hdr_buf *b, const char *s, size_t len)
{
	size_t i = lex_skip_space(s, len, 0);
	len = lex_rtrim(s, len);
	if (i >= len)
		return;
	b->s = arena_grow(&h->c->arena, b->s, 1, &b->cap, b->n + (len - i) + 2);
	if (b->n > 0)
		b->s[b->n++] = ' ';
	for (; i < len; i++) {
		if (ascii_is_blank(s[i]) && (b->n == 0 || b->s[b->n - 1] == ' '))
			continue;
		b->s[b->n++] = ascii_is_blank(s[i]) ? ' ' : s[i];
	}
	b->s[b->n] = '\0';
}

/* ---- what the lines fill in ------------------------------------------- */

static void hdr_add_caveat(struct hdr *h, const char *cv)
{
	struct cable *c = h->c;
	for (size_t k = 0; k < c->ncaveats; k++)
		if (strcmp(c->caveats[k], cv) == 0)
			return;
	*ARENA_PUSH(&c->arena, c->caveats, c->ncaveats, h->cap_caveats) = cv;
}

static void hdr_caveats(struct hdr *h, const char *s, size_t len)
{
	const char *found[16];
	size_t n = caveat_scan(s, len, found, 16);
	for (size_t k = 0; k < n; k++)
		hdr_add_caveat(h, found[k]);
}

static const char *hdr_precedence_word(const char *s, size_t len, size_t i, size_t *end)
{
	static const char *const words[][2] = {
		{ "NIACT IMMEDIATE", "NIACT IMMEDIATE" }, { "IMMEDIATE", "IMMEDIATE" },
		{ "PRIORITY", "PRIORITY" }, { "PIORITY", "PRIORITY" },
		{ "ROUTINE", "ROUTINE" }, { "FLASH", "FLASH" },
	};
	/* asked of every word of every addressee: most start with none of
	 * the words' first letters */
	char u = i < len ? ascii_to_upper(s[i]) : '\0';
	if (u != 'N' && u != 'I' && u != 'P' && u != 'R' && u != 'F')
		return NULL;
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (lex_word(s, len, i, words[k][0])) {
			*end = i + strlen(words[k][0]);
			return words[k][1];
		}
	return NULL;
}

/* An office symbol after the name: "FL//CCJ2//", "DC//J5 PLANS//", "DC//DHI-1B/
 * CLM//DP//", a trailing "//" or "WASHDC//PA": s[i..len) is copied to out
 * without it (from the first "//" to the end of the last one, or of its
 * word when there is one only).  False when there is none. */
static bool hdr_cut_office(const char *s, size_t len, size_t i, char *out, size_t cap,
                           size_t *out_len)
{
	size_t first = SIZE_MAX, last = 0;
	/* memchr() to each '/': most addressees have none */
	const char *q = s + i, *end = s + len;
	while (q + 1 < end && (q = memchr(q, '/', (size_t)(end - 1 - q))) != NULL) {
		if (q[1] != '/') {
			q++;
			continue;
		}
		size_t k = (size_t)(q - s);
		if (first == SIZE_MAX)
			first = k;
		last = k + 2;
		q += 2;
	}
	if (first == SIZE_MAX || len - i >= cap)
		return false;
	if (last == first + 2)
		last = lex_token_end(s, len, first);
	size_t n = first - i;
	memcpy(out, s + i, n);
	out[n++] = ' ';
	memcpy(out + n, s + last, len - last);
	*out_len = n + len - last;
	return true;
}

/* "RUEHVEN/USMISSION USOSCE PRIORITY 4080", "AMEMBASSY LA PAZ JUN 9467",
 * "USCENTCOM INTEL CEN MACDILL AFB FL//CCJ2// PRIORITY". */
void hdr_addressee(struct hdr *h, const char *s, size_t len, size_t i, struct addressee *a)
{
	memset(a, 0, sizeof *a);
	len = lex_rtrim(s, len);
	i = lex_skip_space(s, len, i);
	/* route: letters then '/' in the first token */
	size_t j = i;
	while (j < len && ascii_is_upper(s[j]))
		j++;
	if (j > i && j - i <= 8 && j + 1 < len && s[j] == '/' && s[j + 1] != '/') {
		a->route = hdr_dup(h, s + i, j - i);
		i = j + 1;
	}
	/* walk the tokens: the name ends at a precedence word or the serial */
	char name[256], line[512];
	size_t n = 0;
	if (hdr_cut_office(s, len, i, line, sizeof line, &len)) {
		s = line;
		i = 0;
	}
	while ((i = lex_skip_space(s, len, i)) < len) {
		size_t e;
		const char *p = hdr_precedence_word(s, len, i, &e);
		if (p) {
			a->precedence = p;
			i = e;
			continue;
		}
		e = lex_token_end(s, len, i);
		/* serial "4080" or "2276-2279" as the last token */
		size_t k = i;
		while (k < e && (ascii_is_digit(s[k]) || s[k] == '-'))
			k++;
		if (k == e && ascii_is_digit(s[i]) && lex_skip_space(s, len, e) == len) {
			a->serial = hdr_dup(h, s + i, e - i);
			break;
		}
		/* month junk before the serial: "LA PAZ JUN 9467" */
		size_t used;
		size_t nx = lex_skip_space(s, len, e);
		if (e - i == 3 && month_parse(s + i, e - i, &used) && nx < len &&
		    ascii_is_digit(s[nx]) && lex_token_end(s, len, nx) == len) {
			i = e;
			continue;
		}
		if (a->precedence)
			break;      /* words after the precedence are not the name */
		if (e > i && n + (e - i) + 1 < sizeof name) {
			if (n)
				name[n++] = ' ';
			memcpy(name + n, s + i, e - i);
			n += e - i;
		}
		i = e;
	}
	if (n)
		a->name = hdr_dup(h, name, n);
}

/* Marks the addressee named name in l excluded; true when there is one. */
static bool hdr_xmt_mark(struct addressee *l, size_t n, const char *name)
{
	bool found = false;
	for (size_t k = 0; k < n; k++)
		if (l[k].name && strcmp(l[k].name, name) == 0) {
			l[k].excluded = true;
			found = true;
		}
	return found;
}

void hdr_push_addressee(struct hdr *h, enum hdr_addr_mode mode, const char *s,
                        size_t len, size_t i)
{
	struct cable *c = h->c;
	struct addressee a;
	hdr_addressee(h, s, len, i, &a);
	if (!a.name)
		return;
	if (mode == ADDR_XMT) {
		/* "XMT AMCONSUL JOHANNESBURG" (then the same post again): an
		 * addressee already listed is marked excluded, one that is not
		 * (a member of a collective) is added as excluded */
		a.excluded = true;
		if (hdr_xmt_mark(c->to, c->nto, a.name) || hdr_xmt_mark(c->info, c->ninfo, a.name))
			return;
		mode = h->xmt_info ? ADDR_INFO : ADDR_TO;
	}
	if (mode == ADDR_TO)
		*ARENA_PUSH(&c->arena, c->to, c->nto, h->cap_to) = a;
	else
		*ARENA_PUSH(&c->arena, c->info, c->ninfo, h->cap_info) = a;
}

/* "E.O. 12958: DECL: 02/22/2011", "EO 12958 DECL: OADR", "E.O. 12958: N/A".
 * Returns the offset where the value ends. */
static size_t hdr_eo(struct hdr *h, const char *s, size_t len, size_t num)
{
	struct cable *c = h->c;
	size_t i = num;
	while (i < len && ascii_is_digit(s[i]))
		i++;
	if (!c->eo)
		c->eo = hdr_dup(h, s + num, i - num);
	i = lex_skip_space(s, len, i);
	if (i < len && s[i] == ':')
		i = lex_skip_space(s, len, i + 1);
	if (lex_prefix(s, len, i, "DECL")) {
		i += 4;
		while (i < len && ascii_is_alpha(s[i]))
			i++;        /* "DECLl:", "DECLAS" */
		i = lex_skip_space(s, len, i);
		if (i < len && s[i] == ':')
			i = lex_skip_space(s, len, i + 1);
	}
	size_t e = lex_token_end(s, len, i);
	if (e > i && !c->decl) {
		size_t v = e;
		while (v > i && (s[v - 1] == '.' || s[v - 1] == ',' || s[v - 1] == ';'))
			v--;
		c->decl = hdr_dup(h, s + i, v - i);
	}
	return e;
}

/* One tag list segment: "PREL, PGOV, SF", "[AORC](#) [IAEA](#)",
 * "OVIP (CLINTON, HILLARY), UAE". */
void hdr_tags(struct hdr *h, const char *s, size_t len)
{
	struct cable *c = h->c;
	size_t i = 0;
	/* a list with commas keeps the words between two commas together:
	 * "PBTS, EUN, USEU BRUSSELS" */
	bool commas = memchr(s, ',', len) != NULL;
	while (i < len) {
		while (i < len && (ascii_is_blank(s[i]) || s[i] == ',' || s[i] == ';'))
			i++;
		if (i >= len)
			break;
		size_t b = i, e;
		if (s[i] == '(' && c->ntags == 0) {
			i++;                 /* a stray parenthesis */
			continue;
		}
		if (s[i] == '(') {
			/* a person tag's name belongs to the tag before it */
			e = i;
			while (e < len && s[e] != ')')
				e++;
			if (e < len)
				e++;
			const char *prev = c->tags[c->ntags - 1];
			c->tags[c->ntags - 1] = arena_printf(&c->arena, "%s %.*s", prev,
			                                     (int)(e - b), s + b);
			i = e;
			continue;
		}
		e = i;
		for (;;) {
			while (e < len && !ascii_is_blank(s[e]) && s[e] != ',' && s[e] != ';' &&
			       s[e] != '(')
				e++;
			size_t nx = lex_skip_space(s, len, e);
			if (!commas || nx >= len || nx == e || s[nx] == ',' || s[nx] == ';' ||
			    s[nx] == '(' || s[nx] == '[')
				break;
			e = nx;
		}
		i = e;
		/* scrape links "[AORC](#)" */
		if (s[b] == '[')
			b++;
		if (e - b >= 4 && memcmp(s + e - 4, "](#)", 4) == 0)
			e -= 4;
		while (e > b && (s[e - 1] == '.' || s[e - 1] == ']' || s[e - 1] == ':'))
			e--;
		/* tags written together: "EINDETRD" is EIND and ETRD */
		size_t parts = tags_glued(s + b, e - b);
		for (size_t k = 0; k < parts; k++)
			*ARENA_PUSH(&c->arena, c->tags, c->ntags, h->cap_tags) =
				hdr_dup(h, s + b + 4 * k, 4);
		if (e > b && !parts)
			*ARENA_PUSH(&c->arena, c->tags, c->ntags, h->cap_tags) = hdr_dup(h, s + b, e - b);
	}
}

void hdr_classified_by(struct hdr *h)
{
	struct hdr_buf *b = &h->classified;
	if (!b->n || h->c->classified_by)
		return;
	/* the name ends where the reasons begin */
	size_t e = b->n;
	for (size_t i = 1; i < b->n; i++) {
		if ((ascii_is_blank(b->s[i - 1]) || b->s[i - 1] == ',' || b->s[i - 1] == ';' ||
		     b->s[i - 1] == '.' || b->s[i - 1] == '(') &&
		    (lex_prefix(b->s, b->n, i, "REASON") || lex_prefix(b->s, b->n, i, "FOR REASON") ||
		     lex_prefix(b->s, b->n, i, "E.O.") || lex_prefix(b->s, b->n, i, "1.4") ||
		     lex_prefix(b->s, b->n, i, "1.5"))) {
			e = i;
			break;
		}
	}
	for (;;) {
		while (e > 0 && (ascii_is_blank(b->s[e - 1]) || strchr(",;:.(-", b->s[e - 1])))
			e--;
		if (e >= 4 && lex_prefix(b->s, e, e - 4, " FOR"))
			e -= 4;
		else if (e >= 4 && lex_prefix(b->s, e, e - 4, " AND"))
			e -= 4;
		else
			break;
	}
	/* keep "E." in "DELANO E. LEWIS" whole: restore a final initial's dot */
	if (e > 0 && e < b->n && b->s[e] == '.' && e >= 2 && ascii_is_blank(b->s[e - 2]))
		e++;
	if (e > 0)
		h->c->classified_by = hdr_dup(h, b->s, e);
}

/* Ends a multi-line caption and stores what it gathered. */
void hdr_cont_end(struct hdr *h)
{
	struct cable *c = h->c;
	switch (h->cont) {
	case CONT_SUBJECT:
		if (!c->subject && h->subject.n)
			c->subject = hdr_dup(h, h->subject.s, h->subject.n);
		break;
	case CONT_REF:
		if (h->ref.n && h->nref_text < HDR_MAX_REFS)
			h->ref_text[h->nref_text++] = hdr_dup(h, h->ref.s, h->ref.n);
		h->ref.n = 0;
		break;
	case CONT_CLASSIFIED:
		hdr_classified_by(h);
		break;
	case CONT_TAGS:
	case CONT_DISCARD:
	case CONT_NONE:
		break;
	}
	h->cont = CONT_NONE;
	h->cont_lines = 0;
	h->cont_blank = false;
}

static void hdr_cont_start(struct hdr *h, enum hdr_cont kind)
{
	hdr_cont_end(h);
	h->subject_paused = false;
	h->cont = kind;
	h->seen_caption = true;
	h->routing_done = true;
	h->addr = ADDR_NONE;
}

/* Where the next caption that runs on in the same line starts ("... DECL:
 * 01/07/2014 Tags: prel ... Subject: ..."), or len. */
size_t hdr_next_caption(const char *s, size_t len, size_t from)
{
	size_t v;
	for (size_t i = from + 1; i < len; i++) {
		/* "SUBJECT: FUTURE OF THE COALITIONREF: A. ROME 1234" */
		if (s[i] == 'R' && hdr_glued_ref(s, len, i))
			return i;
		if (!ascii_is_blank(s[i - 1]))
			continue;
		char u = ascii_to_upper(s[i]);
		if (u == 'T' && hdr_tags_kw(s, len, i, true))
			return i;
		if (u == 'S' && hdr_subject_kw(s, len, i, true))
			return i;
		if (u == 'R' && hdr_ref_kw(s, len, i, true))
			return i;
		if (u == 'E' && hdr_eo_kw(s, len, i))
			return i;
		/* "Classified by" and "PLEASE PASS" mid-line only after a gap */
		bool gap = i >= 2 && (ascii_is_blank(s[i - 2]) || s[i - 2] == '.');
		if (u == 'C' && (v = hdr_classified_kw(s, len, i)) != 0 &&
		    (gap || s[v - 1] == ':' || (v >= 2 && s[v - 2] == ':')))
			return i;
		if (u == 'P' && gap && lex_prefix(s, len, i, "PLEASE PASS"))
			return i;
	}
	return len;
}

/* Does a caption keyword open the line at s[i]? */
bool hdr_caption_at(const char *s, size_t len, size_t i)
{
	return hdr_eo_kw(s, len, i) || hdr_tags_kw(s, len, i, false) ||
	       hdr_subject_kw(s, len, i, false) || hdr_ref_kw(s, len, i, false) ||
	       hdr_classified_kw(s, len, i) || lex_prefix(s, len, i, "PLEASE PASS") ||
	       lex_prefix(s, len, i, "DECLASSIFY ON");
}

/* Handles one caption segment s[i..len) that starts with a keyword.  Returns
 * false when it is not a caption. */
bool hdr_caption(struct hdr *h, const char *s, size_t len, size_t i)
{
	enum { K_EO, K_TAGS, K_SUBJECT, K_REF, K_CLASSIFIED, K_DISCARD } kind;
	size_t v;
	if ((v = hdr_eo_kw(s, len, i)) != 0)
		kind = K_EO;
	else if ((v = hdr_tags_kw(s, len, i, false)) != 0)
		kind = K_TAGS;
	else if ((v = hdr_subject_kw(s, len, i, false)) != 0)
		kind = K_SUBJECT;
	else if ((v = hdr_ref_kw(s, len, i, false)) != 0)
		kind = K_REF;
	else if ((v = hdr_classified_kw(s, len, i)) != 0)
		kind = K_CLASSIFIED;
	else if (lex_prefix(s, len, i, "PLEASE PASS") || lex_prefix(s, len, i, "DECLASSIFY ON"))
		kind = K_DISCARD, v = i + 1;
	else
		return false;
	/* the next caption on the same line, searched after this keyword */
	size_t next = v < len ? hdr_next_caption(s, len, v - 1) : len;
	bool runs_on = next < len;

	switch (kind) {
	case K_EO:
		hdr_cont_start(h, CONT_NONE);
		hdr_eo(h, s, next, v);
		break;
	case K_TAGS:
		/* the list may wrap: later lines are checked one by one */
		hdr_cont_start(h, runs_on ? CONT_NONE : CONT_TAGS);
		hdr_tags(h, s + v, next - v);
		break;
	case K_SUBJECT:
		hdr_cont_start(h, CONT_SUBJECT);
		h->seen_subject = true;
		h->subject.n = 0;
		v = hdr_skip_mark_any(s, next, v);
		hdr_buf_add(h, &h->subject, s + v, next - v);
		break;
	case K_REF:
		hdr_cont_start(h, CONT_REF);
		hdr_buf_add(h, &h->ref, s + v, next - v);
		break;
	case K_CLASSIFIED:
		hdr_cont_start(h, CONT_CLASSIFIED);
		h->classified.n = 0;
		hdr_buf_add(h, &h->classified, s + v, next - v);
		break;
	case K_DISCARD:
		hdr_cont_start(h, CONT_DISCARD);
		break;
	}
	if (runs_on) {
		hdr_cont_end(h);
		hdr_caption(h, s, len, next);
	}
	return true;
}

/* "FOR THE PRESIDENT FROM AMBASSADOR STAPLETON", "FOR THE SECRETARY FROM
 * THE AMBASSADOR": whom a post's letter writes to, the words between
 * "FOR" and "FROM" (at most six). */
static void hdr_letter_for(struct hdr *h, const char *s, size_t len)
{
	if (h->c->letter_for || len < 12 || strncmp(s, "FOR ", 4) != 0)
		return;
	size_t words = 1;
	for (size_t k = 4; k + 6 <= len && words <= 6; k++) {
		if (s[k] != ' ')
			continue;
		if (strncmp(s + k, " FROM ", 6) == 0) {
			h->c->letter_for = arena_strndup(&h->c->arena, s + 4, k - 4);
			return;
		}
		words++;
	}
}

/* Text between captions on a run-on line, or a line of its own before the
 * subject: caveats, passing instructions and a letter's "FOR ... FROM"
 * line. */
void hdr_handling(struct hdr *h, const char *s, size_t len, size_t i)
{
	size_t next = hdr_next_caption(s, len, i);
	hdr_letter_for(h, s + i, next - i);
	hdr_caveats(h, s + i, next - i);
	const char *lvl = classification_banner(s + i, next - i);
	if (lvl && !h->level_banner)
		h->level_banner = lvl;
	if (next < len)
		hdr_caption(h, s, len, next);
}

/* Is this line front matter that carries no caption: handling ("SENSITIVE
 * BUT UNCLASSIFIED) PLEASE PROTECT ACCORDINGLY", "NOFORN, NOT FOR INTERNET
 * DISTRIBUTION", "C O R R E C T E D COPY (TEXT)") or, before the subject, a
 * passing line ("FOR AF AND S/S FROM AMBASSADOR", "DEPT FOR S/SRAP")? */
bool hdr_is_handling(const struct hdr *h, const char *s, size_t len, size_t i)
{
	const char *found[4];
	size_t n = len - i;
	if (classification_banner(s + i, n))
		return true;
	if (lex_prefix(s, len, i, "SENSITIVE BUT UNCLASSIFIED") ||
	    lex_prefix(s, len, i, "PLEASE PROTECT") || lex_prefix(s, len, i, "C O R R E C T E D") ||
	    lex_prefix(s, len, i, "CORRECTED COPY") || lex_prefix(s, len, i, "NOT FOR INTERNET") ||
	    lex_prefix(s, len, i, "PASS TO") || lex_prefix(s, len, i, "DEPT ") ||
	    lex_prefix(s, len, i, "DEPARTMENT FOR"))
		return true;
	/* a line that is mostly caveats: "SIPDIS", "Sipdis", "NOFORN, SIPDIS" */
	size_t cnt = caveat_scan(s + i, n, found, 4);
	if (cnt > 0) {
		size_t letters = 0, cav = 0;
		for (size_t k = i; k < len; k++)
			letters += ascii_is_alpha(s[k]);
		for (size_t k = 0; k < cnt; k++)
			cav += strlen(found[k]);
		if (cav * 2 >= letters)
			return true;
	}
	if (h->seen_subject)
		return false;
	/* before the subject: passing lines ("STATE FOR EUR/RUS", "Sipdis,
	 * isn/mtr, eur/ags and eur/pra"), short or in capitals */
	return n <= 100 || !hdr_has_lower(s, len, i);
}

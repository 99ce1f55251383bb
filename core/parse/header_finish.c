/* header_finish.c - the end of the header pass.
 *
 * In: what the line pass gathered (struct hdr) and the cable's lines.
 * Out: the fields that need the whole header: the precedence (FL5's, else
 * FL2's), the classification (from the classification line, a banner, FL4
 * or the text, in that order), the DTG (or WikiLeaks' weekday date), the
 * cable id as cablegate names it (the DTG's two-digit year, the origin from
 * the classification line, a page-break line or FM, the serial without
 * leading zeros; when the text gives no year, the file name's, if the name
 * is the id that year, post and serial make, else no id, only the post and
 * serial), the REF lists (whose ids need the cable's year), and a "Classified by" or "SECRET -
 * ENTIRE TEXT" found in the first lines of the body.
 */
#include <stdio.h>
#include <string.h>

#include "parse/classification.h"
#include "parse/header_internal.h"
#include "parse/header_lex.h"
#include "parse/refs.h"

/* ---- the end of the pass ------------------------------------------------- */

/* Origin of the FM line as cablegate spells it: "AMEMBASSY PRETORIA" ->
 * PRETORIA, "SECSTATE WASHDC" -> STATE, "USMISSION USNATO" -> USNATO. */
static void hdr_fm_origin(const char *from, char *out, size_t cap)
{
	static const char *const offices[] = { "AMEMBASSY ", "AMCONSUL ", "AMCONGEN ",
	                                       "USMISSION ", "AMEMB ", "USOFFICE ", "USINT " };
	size_t n = 0;
	out[0] = '\0';
	if (!from)
		return;
	if (strncmp(from, "SECSTATE", 8) == 0) {
		snprintf(out, cap, "STATE");
		return;
	}
	for (size_t k = 0; k < sizeof offices / sizeof offices[0]; k++)
		if (strncmp(from, offices[k], strlen(offices[k])) == 0) {
			from += strlen(offices[k]);
			break;
		}
	for (; *from && n + 1 < cap; from++)
		if (ascii_is_upper(*from))
			out[n++] = *from;
	out[n] = '\0';
}

static const char *hdr_precedence(char p)
{
	switch (p) {
	case 'Z': return "FLASH";
	case 'O': return "IMMEDIATE";
	case 'P': return "PRIORITY";
	case 'R': return "ROUTINE";
	default: return NULL;
	}
}

/* A partial extract gives no year, but cablegate names its file by the id:
 * the name's two-digit year is taken when the name (up to its first dot)
 * is the very id that year, the text's post and its serial make, so a
 * file named for another cable, or a name of another form, gives none. */
static const char *hdr_id_from_name(struct cable *c, const char *origin, long serial,
                                    int *year)
{
	if (!c->source)
		return NULL;
	const char *b = strrchr(c->source, '/');
	b = b ? b + 1 : c->source;
	size_t n = strcspn(b, ".");
	if (n < 4 || !ascii_is_digit(b[0]) || !ascii_is_digit(b[1]))
		return NULL;
	int y = refs_full_year((b[0] - '0') * 10 + (b[1] - '0'));
	char *id = refs_make_id(&c->arena, y, origin, serial);
	if (!id || strlen(id) != n || strncmp(id, b, n) != 0)
		return NULL;
	*year = y;
	return id;
}

/* The id, precedence and classification from what the pass gathered. */
void hdr_finish(struct hdr *h, const struct text *t)
{
	struct cable *c = h->c;
	hdr_cont_end(h);

	c->precedence = hdr_precedence(h->prec_fl5 ? h->prec_fl5 : h->prec_fl2);
	if (!c->classification)
		c->classification = h->level_line ? h->level_line
		                  : h->level_banner ? h->level_banner
		                  : h->level_fl4 ? h->level_fl4 : h->level_text;

	/* WikiLeaks' "Friday, 23 February 2001, 15:53" renders the DTG (UTC) */
	if (!c->dtg.valid && h->weekday.valid)
		c->dtg = h->weekday;
	/* the year is the DTG's or none: never estimated (a wrong id is worse
	 * than none) */
	int year = c->dtg.valid ? c->dtg.year : 0;

	const char *origin = h->origin;
	long serial = h->serial;
	char fm[48];
	hdr_fm_origin(c->from, fm, sizeof fm);
	if (serial > 0 && h->fl3_serial > 0 && fm[0] && strcmp(fm, origin) != 0 &&
	    serial % 10000 != h->fl3_serial % 10000) {
		/* the text under this routing header is another cable's (a
		 * viewer's mix-up): the routing header names the cable */
		origin = fm;
		serial = h->fl3_serial;
		if (h->level_fl4)
			c->classification = h->level_fl4;
	}
	if (serial <= 0) {
		/* a page-break line further down: "STATE 00104535 002 OF 005" */
		for (size_t k = 0; k < t->n && !h->page_origin[0]; k++) {
			const char *s = t->lines[k].s;
			size_t len = t->lines[k].len;
			hdr_page_break(s, len, lex_skip_space(s, len, 0), h->page_origin,
			               sizeof h->page_origin, &h->page_serial);
		}
		if (h->page_origin[0]) {
			origin = h->page_origin;
			serial = h->page_serial;
		}
	}
	if (serial <= 0 && h->fl3_serial > 0) {
		origin = fm;
		serial = h->fl3_serial;
	}
	c->id = refs_make_id(&c->arena, year, origin, serial);
	if (!c->id && origin[0] && serial > 0) {
		c->serial = arena_printf(&c->arena, "%s %ld", origin, serial);
		c->id = hdr_id_from_name(c, origin, serial, &year);
		c->id_from_name = c->id != NULL;
	}

	/* the REF lists, now that the cable's own year, post and serial are
	 * known */
	struct refs_ctx ctx = { year, origin[0] ? origin : NULL, serial > 0 ? serial : 0 };
	for (size_t k = 0; k < h->nref_text; k++)
		refs_parse(&c->arena, h->ref_text[k], strlen(h->ref_text[k]), &ctx, &c->refs,
		           &c->nrefs, &h->cap_refs);
}

/* "¶1. Classified by ...", "¶1. SECRET - ENTIRE TEXT.": looked for in the
 * first lines of the body, from line body on. */
void hdr_body_lookahead(struct hdr *h, const struct text *t, size_t body)
{
	struct cable *c = h->c;
	for (size_t li = body; li < t->n && li < body + HDR_BODY_LOOKAHEAD; li++) {
		const char *s = t->lines[li].s;
		size_t len = lex_rtrim(s, t->lines[li].len);
		size_t i = lex_skip_space(s, len, 0);
		i = lex_skip_space(s, len, i + lex_para_sign(s, len, i));
		while (i < len && ascii_is_digit(s[i]))
			i++;
		if (i < len && s[i] == '.')
			i = lex_skip_space(s, len, i + 1);
		size_t v;
		if (!c->classified_by && (v = hdr_classified_kw(s, len, i)) != 0) {
			h->classified.n = 0;
			hdr_buf_add(h, &h->classified, s + v, len - v);
			if (li + 1 < t->n && !hdr_is_para(t->lines[li + 1].s, t->lines[li + 1].len, 0))
				hdr_buf_add(h, &h->classified, t->lines[li + 1].s, t->lines[li + 1].len);
			hdr_classified_by(h);
		}
		if (!c->classification) {
			const char *lvl = classification_entire_text(s, len);
			if (lvl)
				c->classification = lvl;
		}
	}
}

/* header_internal.h - what the files of the header parser share.
 *
 * Private to core/parse/header*.c: the state of the one forward pass
 * (struct hdr) and the functions one file of the pass calls in another.
 * header.c runs the pass line by line; header_match.c recognises line
 * shapes; header_fields.c stores what the captions and addressee lines
 * carry; header_route.c reads the routing header; header_finish.c derives
 * the id, precedence and classification at the end.  Nothing outside these
 * files includes it: the public interface is header.h.
 */
#ifndef CABLETRACK_HEADER_INTERNAL_H
#define CABLETRACK_HEADER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "parse/cable.h"
#include "text/text.h"

/* How many lines after the body start are searched for a "Classified by" or
 * "SECRET - ENTIRE TEXT" that the cable put inside its first paragraphs. */
#define HDR_BODY_LOOKAHEAD 8
/* Longest run of continuation lines a subject or "Classified by" takes. */
#define HDR_MAX_CONT 6
/* Lines of unrecognised text before the classification line that the parser
 * looks past for a header (viewer banners, mail-client headers). */
#define HDR_MAX_JUNK 60
/* REF captions kept per cable (more are ignored). */
#define HDR_MAX_REFS 8

enum hdr_addr_mode { ADDR_NONE, ADDR_TO, ADDR_INFO, ADDR_XMT };
enum hdr_cont { CONT_NONE, CONT_SUBJECT, CONT_REF, CONT_CLASSIFIED, CONT_TAGS, CONT_DISCARD };

/* Text gathered over several lines (subject, REF list, classified-by). */
struct hdr_buf {
	char *s;
	size_t n, cap;
};

struct hdr {
	struct cable *c;
	size_t cap_to, cap_info, cap_caveats, cap_tags, cap_refs;

	enum hdr_addr_mode addr;
	bool xmt_info;          /* XMT names go with the INFO list */
	bool office;            /* inside an "INFO LOG-00 ..." block */
	bool fl2;               /* inside FL2's routing-indicator lines */
	enum hdr_cont cont;
	int cont_lines;
	bool cont_blank;        /* a blank line since the caption started */
	struct hdr_buf subject, ref, classified;

	bool routing_done;      /* a caption or text line was seen */
	bool seen_class;
	bool seen_caption;      /* E.O., TAGS, SUBJECT, REF or Classified by */
	bool seen_subject;
	bool subject_paused;    /* the subject ended at a blank line: a page
	                           break next may continue it */
	char prec_fl2, prec_fl5;
	long fl3_serial;
	const char *level_line, *level_banner, *level_fl4, *level_text;
	char origin[48];
	long serial;
	char page_origin[48];
	long page_serial;
	struct dtg weekday;
	const char *ref_text[HDR_MAX_REFS];  /* each REF caption's text, read
	                                       by hdr_finish */
	size_t nref_text;
};

static inline char *hdr_dup(struct hdr *h, const char *s, size_t len)
{
	return arena_strndup(&h->c->arena, s, len);
}

/* ---- header_match.c: recognisers (no state, no side effects) ---------- */

/* A portion mark "(U)", "(SBU)", "(S//NF)" at s[i]: the offset after it and
 * its spaces, or i. */
size_t hdr_skip_mark(const char *s, size_t len, size_t i);
/* As hdr_skip_mark, also in lower case: "(s)", "(sbu)" before a subject. */
size_t hdr_skip_mark_any(const char *s, size_t len, size_t i);
/* A line of only dashes, underscores or equals signs (an underline). */
bool hdr_rule_line(const char *s, size_t len, size_t i);
/* Caption keywords at s[i]: the offset of the value after them, or 0.  With
 * colon set, only a keyword followed by ':' counts. */
size_t hdr_subject_kw(const char *s, size_t len, size_t i, bool colon);
size_t hdr_tags_kw(const char *s, size_t len, size_t i, bool colon);
size_t hdr_ref_kw(const char *s, size_t len, size_t i, bool colon);
size_t hdr_eo_kw(const char *s, size_t len, size_t i);
size_t hdr_classified_kw(const char *s, size_t len, size_t i);
bool hdr_is_para(const char *s, size_t len, size_t i);
bool hdr_office_code(const char *s, size_t len, size_t i);
bool hdr_ri_line(const char *s, size_t len, size_t i);
bool hdr_fl2(const char *s, size_t len, size_t i, char *prec);
bool hdr_dtg_line(const char *s, size_t len, size_t i, struct dtg *d, char *prec);
bool hdr_weekday(const char *s, size_t len, size_t i, struct dtg *d);
bool hdr_page_break(const char *s, size_t len, size_t i, char *origin, size_t cap,
                    long *serial);
bool hdr_has_lower(const char *s, size_t len, size_t i);
bool hdr_ref_letter_line(const char *s, size_t len, size_t i);
bool hdr_tags_more(const char *s, size_t len, size_t i);
bool hdr_glued_ref(const char *s, size_t len, size_t i);

/* ---- header_fields.c: what the lines fill in --------------------------- */

void hdr_buf_add(struct hdr *h, struct hdr_buf *b, const char *s, size_t len);
void hdr_addressee(struct hdr *h, const char *s, size_t len, size_t i, struct addressee *a);
void hdr_push_addressee(struct hdr *h, enum hdr_addr_mode mode, const char *s, size_t len,
                        size_t i);
void hdr_tags(struct hdr *h, const char *s, size_t len);
void hdr_classified_by(struct hdr *h);
void hdr_cont_end(struct hdr *h);
bool hdr_caption_at(const char *s, size_t len, size_t i);
size_t hdr_next_caption(const char *s, size_t len, size_t from);
bool hdr_caption(struct hdr *h, const char *s, size_t len, size_t i);
void hdr_handling(struct hdr *h, const char *s, size_t len, size_t i);
bool hdr_is_handling(const struct hdr *h, const char *s, size_t len, size_t i);

/* ---- header_route.c: routing lines --------------------------------------- */

bool hdr_routing(struct hdr *h, const char *s, size_t len, size_t i);

/* ---- header_finish.c: the end of the pass ------------------------------- */

void hdr_finish(struct hdr *h, const struct text *t);
void hdr_body_lookahead(struct hdr *h, const struct text *t, size_t body);

#endif

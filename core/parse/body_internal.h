/* body_internal.h - what the files of the body parser share.
 *
 * Private to core/parse/body*.c: the state of the one pass over the body
 * (struct body), the small character tests every file uses (inline: they
 * run on every byte), and the functions one file calls in another.
 * body.c runs the pass line by line; body_tree.c keeps the open text block
 * and builds the paragraph tree; body_sign.c reads and judges paragraph
 * signs; body_items.c reads bullets and sub-items; body_quote.c handles
 * Begin/End text quotes and comments.  Nothing outside these files includes
 * it: the public interface is body.h.
 */
#ifndef CABLETRACK_BODY_INTERNAL_H
#define CABLETRACK_BODY_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/ascii.h"
#include "base/buf.h"
#include "parse/cable.h"
#include "parse/portion.h"
#include "text/text.h"

/* Line shapes (body.c): a rule of dashes, underscores, equals or stars; a
 * caption word that heads nothing ("SIPDIS"); a title's shape (words,
 * no sentence, at most max bytes, depth: parentheses open before it). */
bool body_is_rule(const char *s, size_t len);
bool body_is_caption(const char *s, size_t len);
bool body_title_shape(const char *s, size_t len, size_t max, int depth);

/* Headings set off by rules or dashes (body_box.c).  A boxed title at
 * rule line i (rule[0..rlen)): the lines it took, or -1; its title in
 * *title (joined into box, BODY_BOX_MAX bytes, when several lines). */
#define BODY_BOX_LINES 3                        /* title lines in a box, at most */
#define BODY_BOX_MAX (BODY_BOX_LINES * 101)     /* their bytes, joined */
int body_box(const struct text *t, size_t i, size_t end, const char *rule, size_t rlen,
             char *box, const char **title, size_t *tlen);
/* "----- Summary -----" at s, or its first line with the rest on the next
 * line n1 ("----- FOR EMBASSIES X AND" / "Y -----"): the extra lines it
 * took (0 or 1), or -1 when s is no such heading. */
int body_dashed_title(const char *s, size_t len, const char *n1, size_t l1, char *box,
                      const char **title, size_t *tlen);

/* Where in the body's text a marker could open a quote (body_quote.c): the
 * offsets, from the first body line's start, of each "begin" (any case)
 * and each "QUOTE".  The body's lines lie one after the other in one block
 * (text_lines writes them so), so one memchr() pass over the block finds
 * them all, where a search in each stretch of prose cost two calls or
 * more a line.  A stretch with no offset in it holds no marker; one with
 * an offset in it is searched as before.  valid is false when the lines
 * are not laid out so, or there are too many: then every stretch is
 * searched. */
#define BODY_QUOTE_HITS 32
struct body_quote_index {
	bool valid;
	const char *base;                   /* the first body line's start */
	size_t len;                         /* the bytes from base to the end */
	size_t nbegin, nquote;
	size_t begin[BODY_QUOTE_HITS];
	size_t quote[BODY_QUOTE_HITS];
};

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
	struct buf text;            /* prose of the open block */

	bool prev_blank;            /* a blank line since the last content */
	bool after_break;           /* a break marker since the last content */
	char last_end;              /* last byte of the previous content line */
	int last;                   /* last paragraph number taken */
	int refused;                /* the last sign's number when it was no
	                               paragraph (0: it was one) */
	bool any_marked;            /* a taken paragraph had a portion mark */
	bool numbered;              /* at least one numbered paragraph */
	int lead_ones;              /* signs read without a scrape's leading
	                               "1" ("14." after paragraph 3) */
	bool unwrapped;             /* the body is not hard-wrapped: a line
	                               break never splits a sentence */
	int last_item;              /* last numbered item in the open list */
	char last_letter;           /* last lettered item in the open list */
	const char *heading;        /* pending heading for the next paragraph */
	size_t heading_line;        /* its line (1-based) */
	size_t heading_next;        /* the line after the pending heading's rule,
	                               when it stood over one (0: none) */
	struct body_quote_index qx; /* where quote markers could be */
};

/* A paragraph sign as read (body_sign.c; body_sign_clear sets each field in
 * turn, not with a memset: a new field needs its line there). */
struct body_sign {
	int n;              /* number as written */
	int alt;            /* scrape reading without the leading "1", or -1 */
	bool pilcrow;       /* written with a paragraph sign */
	bool caps;          /* followed by capitalised prose (or nothing) */
	bool weak;          /* "6, (SBU)" or "(13) (C)": only as the expected
	                       number, with a mark */
	bool open_mark;     /* "¶2. (S//REL A, B," a mark that runs on to the
	                       next line */
	char mark[PORTION_MAX];
	size_t text;        /* offset of the paragraph's prose */
};

/* ---- small character helpers ------------------------------------------ */

static inline void body_trim(const char **s, size_t *len)
{
	while (*len > 0 && ascii_is_blank((*s)[0])) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && ascii_is_blank((*s)[*len - 1]))
		(*len)--;
}

/* Ends a sentence or introduces what follows. */
static inline bool body_terminal(char ch)
{
	return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' ||
	       ch == '"' || ch == '\'' || ch == ')' || ch == ']';
}

/* Case-insensitive: does s[0..len) start with the lower-case word w? */
static inline bool body_starts_ci(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ascii_to_lower(s[i]) != w[i])
			return false;
	return true;
}

static inline void body_line(const struct text *t, size_t i, const char **s, size_t *len)
{
	*s = t->lines[i].s;
	*len = t->lines[i].len;
	body_trim(s, len);
}

/* ---- body_tree.c: the open text block and the tree ------------------------ */

/* Inline: it runs twice a line, once for the byte between two lines, which
 * inlined is one store rather than a call to memcpy(). */
static inline void body_buf_add(struct body *b, const char *s, size_t len)
{
	buf_add(&b->text, s, len);
	if (b->text.failed)
		abort(); /* as the arena does: a half-built tree is worse */
}
/* Copies the open block's text into the arena and closes it. */
void body_flush(struct body *b);
/* Opens a new child (of the quote when one is open) and makes it the sink. */
void body_open_node(struct body *b, enum node_kind kind, const char *label, size_t len,
                    size_t line);
void body_close_quote(struct body *b);
void body_close_para(struct body *b);
void body_open_para(struct body *b, int number, const char *mark, size_t line);
/* Opens paragraph 0 for text before the first numbered paragraph. */
void body_ensure_para(struct body *b, size_t line);
/* Appends one line of prose to the open block. */
void body_add_prose(struct body *b, const char *s, size_t len, size_t line, bool new_block);

/* ---- body_sign.c: paragraph signs ------------------------------------------ */

/* Reads "¶12. (C) Text", "14. (SBU) Text"; false when the line does not
 * start with a number and a dot. */
bool body_read_sign(const char *s, size_t len, struct body_sign *sg);
/* What number a sign gives, or 0 when it is not a paragraph. */
int body_judge_sign(const struct body *b, const struct body_sign *sg);
/* The offset of a paragraph sign run into the middle of a line ("as
 * agreed. 8. (SBU) The minister", "agreed. ¶8. (S) The"), given the number
 * it must have; 0 when there is none. */
size_t body_midline_sign(const char *s, size_t len, int expect);
/* The offset of the next paragraph's sign at the very end of a line, its
 * text on the next ("...finance ministry questions". ¶4." then "(C) A
 * Tresor official"), given the number it must have; 0 when there is none
 * (the caller checks the next line's portion mark). */
size_t body_end_sign(const char *s, size_t len, int expect);

/* ---- body_items.c: bullets and sub-items ------------------------------------ */

/* "a)", "(1)", "iv)": the offset of the text, or 0; the label in lab, lablen. */
size_t body_read_item(const char *s, size_t len, const char **lab, size_t *lablen);
/* "A. text", "¶B. - text" (the sign WikiLeaks put on a line that starts
 * with a letter and a dot, then a dash): the offset of the text, or 0; the
 * letter at *lab. */
size_t body_read_lettered(const char *s, size_t len, const char **lab);
/* "-- text", "* text", "• text": the offset of the text, or 0. */
size_t body_read_bullet(const char *s, size_t len, const char **lab, size_t *lablen);
/* The offset of the next inline "--" bullet in s[0..len), or len. */
size_t body_next_inline(struct body *b, const char *s, size_t len);

/* ---- body_quote.c: quotes and comments -------------------------------------- */

/* Fills b->qx for body lines [start, end) of t. */
void body_quote_index(struct body *b, const struct text *t, size_t start, size_t end);
/* "Comment:", "Begin note": NODE_COMMENT or NODE_NOTE, or -1. */
int body_comment_kind(const char *s, size_t len);
/* Adds prose up to a Begin/End text marker, opening or closing the quote.
 * Returns the bytes consumed. */
size_t body_prose(struct body *b, const char *s, size_t len, size_t line, bool new_block);

#endif

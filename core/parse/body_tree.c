/* body_tree.c - the open text block and the paragraph tree it builds.
 *
 * In: calls from the line pass: open a paragraph, open a child (a bullet, an
 * item, a quote, a comment, a follow-on text block), append a line of
 * prose, close.  Out: the struct paragraph array of the body, each with its
 * children, in the arena.  The open block's text grows in one malloc'd
 * scratch buffer and is copied into the arena when the block closes, so the
 * work stays linear in the size of the text.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "parse/body_internal.h"

/* ---- building blocks: the open text block ------------------------------ */

/* Copies the open block's text into the arena and closes it. */
void body_flush(struct body *b)
{
	size_t n = b->text.len;
	while (n > 0 && (ascii_is_blank(b->text.data[n - 1]) || b->text.data[n - 1] == '\n'))
		n--;
	const char *text = b->sink == SINK_NONE ? NULL :
		arena_strndup(b->a, buf_str(&b->text), n);
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
	buf_reset(&b->text);
	b->in_comment = false;
	b->bullet_len = 0;
}

/* Opens a new child (of the quote when one is open) and makes it the sink. */
void body_open_node(struct body *b, enum node_kind kind, const char *label,
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

void body_close_quote(struct body *b)
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

/* A portion mark that ran on to the sign's next line ("¶2. (S//REL
 * ATLANTIS, LEMURIA,\nELDORADO): Posts should") is read once the prose is
 * joined: it becomes the paragraph's mark, out of its text. */
static void body_late_mark(struct body *b, struct paragraph *p)
{
	char mark[PORTION_MAX];
	size_t len = p->classification || !p->text ? 0 : strlen(p->text);
	size_t m = len && p->text[0] == '(' ? portion_parse(p->text, len, mark) : 0;
	if (!m)
		return;
	p->classification = arena_strdup(b->a, mark);
	while (m < len && (p->text[m] == ' ' || p->text[m] == ':'))
		m++;
	p->text += m;
}

void body_close_para(struct body *b)
{
	if (!b->in_para)
		return;
	body_close_quote(b);
	body_flush(b);
	struct paragraph *p = &b->paras[b->npara - 1];
	body_late_mark(b, p);
	p->children = b->kids;
	p->nchildren = b->nkids;
	b->kids = NULL;
	b->nkids = b->cap_kids = 0;
	b->in_para = false;
	b->last_item = 0;
	b->last_letter = 0;
}

void body_open_para(struct body *b, int number, const char *mark, size_t line)
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
	buf_reset(&b->text);
}

/* Text before the first numbered paragraph goes to a paragraph 0, which is
 * dropped when a numbered paragraph appears. */
void body_ensure_para(struct body *b, size_t line)
{
	if (!b->in_para)
		body_open_para(b, 0, NULL, line);
}

/* Appends one line of prose to the open block.  new_block: the line starts
 * an inner paragraph (after a blank line), not a wrapped continuation. */
void body_add_prose(struct body *b, const char *s, size_t len, size_t line,
                    bool new_block)
{
	if (len == 0)
		return;
	body_ensure_para(b, line);
	if (b->sink == SINK_NONE) {
		/* After a list, a quote or a heading: an unnumbered follow-on
		 * paragraph (or, in a quote, quoted prose after its list). */
		body_open_node(b, NODE_TEXT, NULL, 0, line);
	} else if (new_block && b->text.len > 0 && !b->in_comment &&
	           (b->sink == SINK_KID || b->sink == SINK_QKID)) {
		/* A new paragraph after a bullet or item: not part of it. */
		body_open_node(b, NODE_TEXT, NULL, 0, line);
	} else if (new_block && b->text.len > 0 && b->sink == SINK_PARA && b->nkids > 0) {
		body_open_node(b, NODE_TEXT, NULL, 0, line);
	}
	if (b->text.len > 0)
		body_buf_add(b, new_block ? "\n" : " ", 1);
	body_buf_add(b, s, len);
}

/* text.h - bytes -> normalized UTF-8 lines.
 *
 * Handles CRLF and lone CR, NUL bytes, Latin-1/CP1252 repaired to UTF-8,
 * invalid UTF-8 (each bad byte becomes its CP1252 reading), cablegate viewer
 * HTML (the <pre> blocks, entities, tags, the "¶" links), and the markdown
 * scrape's artifacts ("[1](#)" -> "¶", "[AORC](#)" -> "AORC"), a word
 * processor's no-break spaces (-> spaces) and an e-mail's "> " marks on a
 * cable quoted whole.  It also says which form the cable came in.  It never
 * drops a line of cable text.
 *
 * Every line is valid UTF-8 with no control characters: tabs are expanded
 * to 8-column stops (a column is a code point) and trailing blanks are
 * stripped; leading blanks are kept.  Cablegate's damaged marks
 * ("AMBASSADOR,S", "&Chechen network,8") are kept verbatim, as the cable
 * has them (CABLE-FORMAT.md, checklist item 42).  The scrape's "14." for
 * paragraph 4 is left for the body parser.
 */
#ifndef CABLETRACK_TEXT_H
#define CABLETRACK_TEXT_H

#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"

/* How the cable arrived; detected from the bytes, never from flags. */
enum cable_form {
	FORM_TELEGRAM,   /* routing header (VZCZC / DE / FM / TO ...) then text */
	FORM_EXTRACT,    /* no routing header: body or partial extract */
	FORM_SCRAPE,     /* markdown-ish text scrape: "[1](#)2.", "14." for ¶4 */
	FORM_HTML,       /* cablegate viewer page (<pre> blocks, entities, ¶ links) */
};

struct line {
	const char *s;       /* NUL-terminated, no line ending, in the arena */
	size_t len;
};

struct text {
	struct line *lines;
	size_t n;
	enum cable_form form;
};

/* Fills out.  Returns 0, or -1 with err set when the bytes are not text at
 * all (empty, binary, an image). */
int text_normalize(struct arena *a, const char *bytes, size_t len,
                   struct text *out, struct ct_error *err);

#endif

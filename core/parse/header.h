/* header.h - routing header and front matter of a cable.
 *
 * Reads FL1-FL9 (VZCZC, precedence and DTG, FM, TO, INFO, XMT), the
 * classification line, caveats, E.O./DECL, TAGS, SUBJECT, REF and
 * "Classified by", and derives the cable id.  Everything it fills lives in
 * c->arena.
 */
#ifndef CABLETRACK_HEADER_H
#define CABLETRACK_HEADER_H

#include <stddef.h>

#include "parse/cable.h"
#include "text/text.h"

/* Fills the header fields of c from t.  Returns the index of the first line
 * of the body (the first line that is not header or front matter). */
size_t header_parse(struct cable *c, const struct text *t);

/* Paragraph 1 run into the "Classified By ... Reason: 1.4 (b), (d)" line
 * ("... (d) 1. (C) Summary: ..."): cuts that line where the sign stands and
 * returns it as the body's first line; else returns body. */
size_t header_para1(struct cable *c, struct text *t, size_t body);

#endif

/* body.h - the numbered-paragraph tree of a cable's body.
 *
 * Repairs paragraph signs (a scrape's "14." is paragraph 4), rejects false
 * ones, reads portion marks, headings, bullets and sub-items, Begin/End text
 * blocks, comments and notes, removes page and section-break lines and
 * rejoins the sentence they split, and finds the signature.
 */
#ifndef CABLETRACK_BODY_H
#define CABLETRACK_BODY_H

#include <stddef.h>

#include "parse/cable.h"
#include "text/text.h"

/* Fills c->paras, c->nparas and c->signature from t->lines[start..]. */
void body_parse(struct cable *c, const struct text *t, size_t start);

#endif

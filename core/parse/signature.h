/* signature.h - the signer's surname at the end of a cable's text.
 *
 * "RICE" on its own last line, "PARDEW PARDEW" (a doubled signer, kept
 * once), or glued to the last sentence ("...into Europe. Edelman"), before
 * "NNNN", a section marker or a trailer such as
 * "2004CARACA02200 - CONFIDENTIAL".
 */
#ifndef CABLETRACK_SIGNATURE_H
#define CABLETRACK_SIGNATURE_H

#include <stdbool.h>
#include <stddef.h>

#include "text/text.h"

struct signature {
	size_t end;         /* body text is lines [start, end) */
	size_t keep;        /* bytes of line end-1 that are text (glued
	                       signature), or (size_t)-1 to keep it whole */
	const char *name;   /* points into the line; not NUL-terminated */
	size_t name_len;    /* 0 when there is no signature */
};

/* Looks for the signature in t->lines[start..]; always fills sig (end is
 * where the body stops).  Returns true when a signature was found. */
bool signature_find(const struct text *t, size_t start, struct signature *sig);

#endif

/* refs.h - the REF list of a cable and canonical cable ids.
 *
 * "REF: A. 99 PRETORIA 12315  B. 99 PRETORIA 12316" -> two references,
 * letters A and B, ids 99PRETORIA12315 and 99PRETORIA12316.  A reference
 * without a year takes the citing cable's ("USOSCE 219" in a 2008 cable ->
 * 08USOSCE219); non-cable references (e-mails, memos, FAM sections) keep their
 * text and get a NULL id.
 */
#ifndef CABLETRACK_REFS_H
#define CABLETRACK_REFS_H

#include <stddef.h>

#include "base/arena.h"
#include "parse/cable.h"

/* Canonical id of the cable cited at the start of s[0..len), or NULL.
 * year is the citing cable's year (e.g. 2008), or 0 when unknown. */
char *refs_canonical_id(struct arena *a, const char *s, size_t len, int year);

/* Splits the text after "REF:" (lines already joined with spaces) into
 * lettered or single references, appended to *refs (*n used, *cap
 * allocated, as ARENA_PUSH keeps them). */
void refs_parse(struct arena *a, const char *s, size_t len, int year,
                struct reference **refs, size_t *n, size_t *cap);

/* Id as cablegate spells it: 2-digit year, origin words joined, serial
 * without leading zeros ("RIO DE JANEIRO", 285 -> 09RIODEJANEIRO285). */
char *refs_make_id(struct arena *a, int year, const char *origin, long serial);

#endif

/* deadline.h - deadline phrases in a sentence, resolved against the DTG.
 *
 * "NLT October 15", "no later than August 19", "by March 20, 2009",
 * "COB Friday", "NLT Monday, February 8", "before the March 3 meeting",
 * "within seven business days" give a date.  A month alone ("by December"),
 * "mid-May", "ASAP", "as soon as possible", "soonest", "immediately" give a
 * phrase without a date.  A date that describes an event ("must occur no
 * later than May 2010") is not a deadline.
 *
 * A date without a year takes the DTG's year, or the next year when that
 * day would fall before the DTG.  A weekday alone is its next occurrence on
 * or after the DTG's day.
 */
#ifndef CABLETRACK_DEADLINE_H
#define CABLETRACK_DEADLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/cable.h"

struct deadline {
	size_t start, len;          /* the phrase, as offsets into the text */
	bool dated;                 /* year, month, day are valid */
	int year, month, day;
};

/* Finds the deadline phrase of s[0..len).  A dated phrase wins over an
 * undated one ("as soon as possible but no later than August 19"); among
 * equals the first wins.  dtg may be NULL or invalid: then only dates with a
 * year resolve.  Returns false when the text states no deadline. */
bool deadline_find(const char *s, size_t len, const struct dtg *dtg,
                   struct deadline *out);

/* "2008-10-15" into buf (at least 11 bytes). */
void deadline_iso(const struct deadline *d, char *buf, size_t size);

#endif

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

/* The action's own date, when the text has no due word: "Embassy should
 * on May 9 deliver the points", "inform the focal point on August 25", "at
 * the December 3 UNSC discussion", "the first meeting is set for June 2".
 * Only a date from the DTG to 120 days after it counts: an earlier one
 * (resolved to next year) or a far one is background.  False when there is
 * none. */
bool deadline_find_on(const char *s, size_t len, const struct dtg *dtg,
                      struct deadline *out);

/* Does the text tie the action to an event named elsewhere: "in advance of
 * that meeting", "ahead of the Board", "in the lead-up to the summit"? */
bool deadline_wants_event(const char *s, size_t len);

/* The event's name word in such a text ("Board" in "in advance of the IAEA
 * Board"): its first capitalised word after the article, else the word
 * after it; *n its length.  NULL when the text names none. */
const char *deadline_event_word(const char *s, size_t len, size_t *n);

/* The first date of a sentence that names the event word w[0..n) (any
 * case, as a whole word): "The IAEA Board of Governors meets June 8-12"
 * gives June 8.  The same window as deadline_find_on().  False when the
 * sentence does not name it or gives no such date. */
bool deadline_event_date(const char *s, size_t len, const char *w, size_t n,
                         const struct dtg *dtg, struct deadline *out);

/* "2008-10-15" into buf (at least 11 bytes). */
void deadline_iso(const struct deadline *d, char *buf, size_t size);

#endif

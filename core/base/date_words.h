/* date_words.h - a due date as a reviewer types it, resolved against
 * today (date_words.c).
 *
 * Taken, case folded, spaces around ignored:
 *   2009-01-23                  the date itself (date_parse)
 *   today, tomorrow, yesterday
 *   +3, +3d, 3d, +2w, 2w        days or weeks from today
 *   mon .. sun, monday .. sunday   the next such day after today (on a
 *                               Friday "fri" is a week on)
 *   eow, eom                    the end of this week (Sunday; on a Sunday,
 *                               today) or of this month
 *   oct 20, 20 oct, october 20, oct 20 2009, 20 october 2009
 *                               that day; without a year the first on or
 *                               after today
 * Anything else is no date.
 */
#ifndef CABLETRACK_DATE_WORDS_H
#define CABLETRACK_DATE_WORDS_H

#include <stdbool.h>

/* The day (days since 1970-01-01) that in names; LONG_MAX when none.
 * *plain (may be NULL) is set when in was written YYYY-MM-DD, so the
 * caller need not show it back. */
long date_words(const char *in, long today, bool *plain);

#endif

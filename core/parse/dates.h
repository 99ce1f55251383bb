/* dates.h - date-time groups and deadline phrases. */
#ifndef CABLETRACK_DATES_H
#define CABLETRACK_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "base/date.h"     /* days_from_civil, civil_from_days, weekday */
#include "parse/cable.h"

/* "302227Z SEP 08", "201247Z Jan 04" (also with a leading precedence letter
 * stripped by the caller).  Returns true and fills d on success. */
bool dtg_parse(const char *s, size_t len, struct dtg *d);

/* Month name or abbreviation at s ("Sep", "SEPTEMBER", "Sept."): 1..12, or 0.
 * *used gets the bytes consumed. */
int month_parse(const char *s, size_t len, size_t *used);

#endif

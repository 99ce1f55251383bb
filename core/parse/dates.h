/* dates.h - date-time groups and deadline phrases. */
#ifndef CABLETRACK_DATES_H
#define CABLETRACK_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "base/date.h"     /* days_from_civil, civil_from_days, weekday */

/* A date-time group, "302227Z SEP 08", in UTC. valid is false when absent. */
struct dtg {
	bool valid;
	int year, month, day;    /* 2008, 1..12, 1..31 */
	int hour, minute;
};

/* "302227Z SEP 08", "201247Z Jan 04" (also with a leading precedence letter
 * stripped by the caller).  Returns true and fills d on success. */
bool dtg_parse(const char *s, size_t len, struct dtg *d);

/* Month name or abbreviation at s ("Sep", "SEPTEMBER", "Sept."): 1..12, or 0.
 * *used gets the bytes consumed. */
int month_parse(const char *s, size_t len, size_t *used);

/* "2008-09-30T22:27:00Z" into buf (at least 21 bytes); "" when invalid. */
void dtg_iso(const struct dtg *d, char *buf, size_t size);

#endif

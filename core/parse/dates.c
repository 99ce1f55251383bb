/* dates.c - date-time groups and month names.
 *
 * A DTG is "ddhhmmZ MON yy": day, hour, minute in UTC, a month name and a
 * two- or four-digit year ("302227Z SEP 08", "201247Z Jan 04").  Two-digit
 * years from 50 are 19xx (the corpus reaches back to 1966), below 50 20xx.
 * Matching is by hand: no locale, no regex.  The calendar (month lengths,
 * day numbers, weekdays) is base/date.h's.
 */
#include "parse/dates.h"

#include <stdio.h>

#include "base/ascii.h"
#include "base/date.h"

static const char *const dates_months[12] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
};

int month_parse(const char *s, size_t len, size_t *used)
{
	size_t n = 0;
	*used = 0;
	while (n < len && ascii_is_alpha(s[n]))
		n++;
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		const char *name = dates_months[m];
		size_t i = 0;
		while (i < n && name[i] && ascii_to_lower(s[i]) == name[i])
			i++;
		if (i != n)
			continue;
		/* Whole name, the three-letter abbreviation, or "Sept". */
		if (name[i] != '\0' && n != 3 && !(m == 8 && n == 4))
			continue;
		if (n < len && s[n] == '.')
			n++;
		*used = n;
		return m + 1;
	}
	return 0;
}

static int dates_two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

bool dtg_parse(const char *s, size_t len, struct dtg *d)
{
	size_t i = 0;
	struct dtg r = { 0 };
	d->valid = false;
	while (i < len && ascii_is_blank(s[i]))
		i++;
	if (i + 7 > len)
		return false;
	for (size_t k = 0; k < 6; k++)
		if (!ascii_is_digit(s[i + k]))
			return false;
	if (s[i + 6] != 'Z' && s[i + 6] != 'z')
		return false;
	r.day = dates_two(s + i);
	r.hour = dates_two(s + i + 2);
	r.minute = dates_two(s + i + 4);
	i += 7;
	while (i < len && ascii_is_blank(s[i]))
		i++;
	size_t used;
	r.month = month_parse(s + i, len - i, &used);
	if (r.month == 0)
		return false;
	i += used;
	while (i < len && ascii_is_blank(s[i]))
		i++;
	size_t y0 = i;
	while (i < len && ascii_is_digit(s[i]) && i - y0 < 5)
		i++;
	size_t ny = i - y0;
	if (ny != 2 && ny != 4)
		return false;
	if (i < len && ascii_is_alnum(s[i]))
		return false;
	if (ny == 2) {
		r.year = dates_two(s + y0);
		r.year += r.year >= 50 ? 1900 : 2000;
	} else {
		r.year = dates_two(s + y0) * 100 + dates_two(s + y0 + 2);
		if (r.year < 1900 || r.year > 2099)   /* telegrams: 1900s-2000s */
			return false;
	}
	if (r.day < 1 || r.day > date_month_days(r.year, r.month) ||
	    r.hour > 24 || r.minute > 59 || (r.hour == 24 && r.minute != 0))
		return false;
	r.valid = true;
	*d = r;
	return true;
}

void dtg_iso(const struct dtg *d, char *buf, size_t size)
{
	if (!d->valid) {
		if (size)
			buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:00Z", d->year, d->month,
	         d->day, d->hour, d->minute);
}

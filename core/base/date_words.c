/* date_words.c - due dates in words.  See date_words.h. */
#include "base/date_words.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/date.h"

#define DW_MAX_WORDS 4

static const char *const dw_days[] = { "sunday", "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday" };
static const char *const dw_months[] = { "january", "february", "march", "april",
                                         "may", "june", "july", "august",
                                         "september", "october", "november",
                                         "december" };

/* w names one of n[0..count) written whole or as its first three letters
 * ("sept" too); its index, or -1. */
static int dw_name(const char *w, const char *const *n, int count)
{
	size_t len = strlen(w);
	for (int i = 0; i < count; i++)
		if (len >= 3 && strncmp(n[i], w, len) == 0)
			return i;
	return -1;
}

static bool dw_number(const char *w, long *v)
{
	if (!ascii_is_digit(w[0]))
		return false;
	char *end;
	*v = strtol(w, &end, 10);
	return *end == 0 && *v >= 0 && *v < 100000;
}

static long dw_weekday(long today)
{
	int y, m, d;
	civil_from_days(today, &y, &m, &d);
	return weekday(y, m, d);
}

/* "+3d", "3d", "+2w", "+3": days from today; LONG_MAX when not that. */
static long dw_offset(const char *w, long today)
{
	bool plus = *w == '+';
	w += plus;
	char *end;
	if (!ascii_is_digit(*w))
		return LONG_MAX;
	long k = strtol(w, &end, 10);
	if (k > 36600)
		return LONG_MAX;
	if (*end == 0 && plus)
		return today + k;
	if (strcmp(end, "d") == 0)
		return today + k;
	if (strcmp(end, "w") == 0)
		return today + 7 * k;
	return LONG_MAX;
}

/* One word: today, tomorrow, an offset, a weekday, eow, eom. */
static long dw_one(const char *w, long today)
{
	if (strcmp(w, "today") == 0)
		return today;
	if (strcmp(w, "tomorrow") == 0)
		return today + 1;
	if (strcmp(w, "yesterday") == 0)
		return today - 1;
	if (strcmp(w, "eow") == 0)
		return today + (7 - dw_weekday(today)) % 7;
	if (strcmp(w, "eom") == 0) {
		int y, m, d;
		civil_from_days(today, &y, &m, &d);
		return days_from_civil(y, m, date_month_days(y, m));
	}
	int wd = dw_name(w, dw_days, 7);
	if (wd >= 0) {
		long ahead = (wd - dw_weekday(today) + 7) % 7;
		return today + (ahead ? ahead : 7);
	}
	return dw_offset(w, today);
}

/* "oct 20", "20 oct", either with a year after it. */
static long dw_month_day(char *const *w, size_t n, long today)
{
	if (n < 2 || n > 3)
		return LONG_MAX;
	int mi = dw_name(w[0], dw_months, 12);
	long day, year = -1;
	if (mi >= 0 && dw_number(w[1], &day)) {
		;
	} else if ((mi = dw_name(w[1], dw_months, 12)) >= 0 && dw_number(w[0], &day)) {
		;
	} else {
		return LONG_MAX;
	}
	if (n == 3 && (!dw_number(w[2], &year) || year < 1900 || year > 2999))
		return LONG_MAX;
	int ty, tm, td;
	civil_from_days(today, &ty, &tm, &td);
	int y = year > 0 ? (int)year : ty;
	if (day < 1 || day > date_month_days(y, mi + 1))
		return LONG_MAX;
	long at = days_from_civil(y, mi + 1, (int)day);
	if (year < 0 && at < today) {          /* gone this year: next year's */
		if (day > date_month_days(y + 1, mi + 1))
			return LONG_MAX;
		at = days_from_civil(y + 1, mi + 1, (int)day);
	}
	return at;
}

long date_words(const char *in, long today, bool *plain)
{
	char buf[64], *w[DW_MAX_WORDS + 1];
	size_t n = 0;
	if (plain)
		*plain = false;
	if (!in || strlen(in) >= sizeof buf)
		return LONG_MAX;
	for (size_t i = 0; in[i]; i++)
		buf[i] = ascii_to_lower(in[i] == ',' ? ' ' : in[i]);
	buf[strlen(in)] = 0;
	char *save = NULL;
	for (char *t = strtok_r(buf, " \t", &save); t; t = strtok_r(NULL, " \t", &save)) {
		if (n == DW_MAX_WORDS)
			return LONG_MAX;
		w[n++] = t;
	}
	if (n == 1 && date_parse(w[0], NULL, NULL, NULL)) {
		if (plain)
			*plain = true;
		return date_days(w[0]);
	}
	if (n == 1)
		return dw_one(w[0], today);
	return dw_month_day(w, n, today);
}

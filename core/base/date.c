/* date.c - see date.h */
#include "base/date.h"

#include <limits.h>
#include <stddef.h>

#include "base/ascii.h"

bool date_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date_month_days(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month < 1 || month > 12)
		return 0;
	return month == 2 && date_is_leap(year) ? 29 : days[month - 1];
}

long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void civil_from_days(long z, int *year, int *month, int *day)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*year = (int)(y + (m <= 2));
	*month = m;
	*day = d;
}

int weekday(int year, int month, int day)
{
	long z = days_from_civil(year, month, day);
	return (int)(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

/* The number written by the n digits at s, or -1 when one is no digit. */
static int date_digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!ascii_is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool date_parse(const char *s, int *year, int *month, int *day)
{
	if (!s)
		return false;
	for (int i = 0; i < 10; i++)      /* stops at a NUL before the end */
		if (!s[i])
			return false;
	if (s[10] || s[4] != '-' || s[7] != '-')
		return false;
	int y = date_digits(s, 4), m = date_digits(s + 5, 2), d = date_digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 1 || d > date_month_days(y, m))
		return false;
	if (year)
		*year = y;
	if (month)
		*month = m;
	if (day)
		*day = d;
	return true;
}

long date_days(const char *s)
{
	int y, m, d;
	return date_parse(s, &y, &m, &d) ? days_from_civil(y, m, d) : LONG_MAX;
}

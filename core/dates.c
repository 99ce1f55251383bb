/* dates.c - PLACEHOLDER being replaced. */
#include "dates.h"

bool dtg_parse(const char *s, size_t len, struct dtg *d)
{
	(void)s;
	(void)len;
	d->valid = false;
	return false;
}

int month_parse(const char *s, size_t len, size_t *used)
{
	(void)s;
	(void)len;
	*used = 0;
	return 0;
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

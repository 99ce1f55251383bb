/* local_midnight.c - the instant a day begins where the user is. */
#include "local_midnight.h"

#include <time.h>

#include "base/date.h"

long long local_midnight(int year, int month, int day)
{
	struct tm tm = { .tm_year = year - 1900, .tm_mon = month - 1,
	                 .tm_mday = day, .tm_isdst = -1 };
	time_t t = mktime(&tm);
	if (t == (time_t)-1)
		return days_from_civil(year, month, day) * 86400LL;
	return (long long)t;
}

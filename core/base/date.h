/* date.h - the civil calendar and its one written form, "YYYY-MM-DD".
 *
 * Proleptic Gregorian, no time zone: a date is a year, a month (1-12) and
 * a day of that month.  Day numbers count from 1970-01-01 (day 0), so two
 * dates subtract into days.  date_parse() is the one reader of
 * "YYYY-MM-DD" (review files, due-date overrides, deadlines, the export
 * writers, CABLETRACK_TODAY): it checks the calendar, so "2008-02-30" is
 * no date anywhere.
 */
#ifndef CABLETRACK_DATE_H
#define CABLETRACK_DATE_H

#include <stdbool.h>

bool date_is_leap(int year);
/* Days in the month: 28 to 31; 0 when month is not 1-12. */
int date_month_days(int year, int month);

/* Days from 1970-01-01 to the date (negative before), and back. */
long days_from_civil(int year, int month, int day);
void civil_from_days(long days, int *year, int *month, int *day);
/* Day of the week, 0 = Sunday. */
int weekday(int year, int month, int day);

/* s is "YYYY-MM-DD" and a real date: exactly ten characters, four digits,
 * '-', two, '-', two, the month 01-12 and a day that month has
 * ("2008-02-29" yes; "2009-02-29", "2008-02-30", "2008-2-1", "2008-02-01 "
 * no).  Sets *year, *month, *day (each may be NULL) only when true. */
bool date_parse(const char *s, int *year, int *month, int *day);
/* date_parse'd s as days from 1970-01-01; LONG_MAX for NULL or what
 * date_parse refuses. */
long date_days(const char *s);

#endif

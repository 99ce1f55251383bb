/* test_dates.c - DTGs, month names and the civil calendar (core/parse/dates.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "parse/dates.h"

static bool parse(const char *s, struct dtg *d)
{
	return dtg_parse(s, strlen(s), d);
}

/* FL5 of the seed, 08STATE104535: "P 302227Z SEP 08" less the letter. */
static void test_dtg_fl5(void **state)
{
	(void)state;
	struct dtg d;
	assert_true(parse("302227Z SEP 08", &d));
	assert_true(d.valid);
	assert_int_equal(d.year, 2008);
	assert_int_equal(d.month, 9);
	assert_int_equal(d.day, 30);
	assert_int_equal(d.hour, 22);
	assert_int_equal(d.minute, 27);
}

/* 04ANKARA348: "201247Z Jan 04"; 08RIYADH1134 trails "ZDK CTG #00732". */
static void test_dtg_forms(void **state)
{
	(void)state;
	struct dtg d;
	assert_true(parse("201247Z Jan 04", &d));
	assert_int_equal(d.year, 2004);
	assert_int_equal(d.month, 1);
	assert_int_equal(d.day, 20);
	assert_true(parse("220500Z JUL 08 ZDK CTG #00732", &d));
	assert_int_equal(d.month, 7);
	assert_int_equal(d.hour, 5);
	/* 90CAPETOWN97: "R 171512Z JAN 90": two-digit years from 50 are 19xx */
	assert_true(parse("171512Z JAN 90", &d));
	assert_int_equal(d.year, 1990);
	assert_true(parse("  021258Z JAN 88", &d));
	assert_int_equal(d.year, 1988);
	assert_true(parse("302227Z SEP 2008", &d));
	assert_int_equal(d.year, 2008);
}

static void test_dtg_rejects(void **state)
{
	(void)state;
	struct dtg d;
	/* a PAGE line's time has no month: "182017Z" (90CAPETOWN97) */
	assert_false(parse("182017Z", &d));
	assert_false(d.valid);
	/* month junk of 08BOGOTA2024: "JUN 9467" */
	assert_false(parse("JUN 9467", &d));
	assert_false(parse("302227Z SEP 083", &d));
	assert_false(parse("322227Z SEP 08", &d));   /* day 32 */
	assert_false(parse("302527Z SEP 08", &d));   /* hour 25 */
	assert_false(parse("300061Z SEP 08", &d));   /* minute 61 */
	assert_false(parse("300000Z FEB 09", &d));   /* 30 February */
	assert_true(parse("290000Z FEB 08", &d));    /* leap year */
	assert_false(parse("290000Z FEB 09", &d));
	assert_false(parse("302227 SEP 08", &d));    /* no Z */
	assert_false(parse("302227Z SEPX 08", &d));
	assert_false(parse("", &d));
}

static void test_month_parse(void **state)
{
	(void)state;
	size_t used;
	assert_int_equal(month_parse("Sep", 3, &used), 9);
	assert_int_equal(used, 3);
	assert_int_equal(month_parse("SEPTEMBER 23", 12, &used), 9);
	assert_int_equal(used, 9);
	assert_int_equal(month_parse("Sept. 30", 8, &used), 9);
	assert_int_equal(used, 5);
	assert_int_equal(month_parse("October 15", 10, &used), 10);
	assert_int_equal(month_parse("may", 3, &used), 5);
	assert_int_equal(month_parse("Dec.", 4, &used), 12);
	assert_int_equal(used, 4);
	/* not months: partial names, other words */
	assert_int_equal(month_parse("Octob", 5, &used), 0);
	assert_int_equal(used, 0);
	assert_int_equal(month_parse("Mayor", 5, &used), 0);
	assert_int_equal(month_parse("Ma", 2, &used), 0);
	assert_int_equal(month_parse("Junk", 4, &used), 0);
	assert_int_equal(month_parse("", 0, &used), 0);
	/* the length bounds the scan: "Jan" of "January" */
	assert_int_equal(month_parse("January", 3, &used), 1);
	assert_int_equal(used, 3);
}

static void test_calendar(void **state)
{
	(void)state;
	assert_int_equal(days_from_civil(1970, 1, 1), 0);
	assert_int_equal(days_from_civil(2008, 9, 30), 14152);
	int y, m, d;
	civil_from_days(14152, &y, &m, &d);
	assert_int_equal(y, 2008);
	assert_int_equal(m, 9);
	assert_int_equal(d, 30);
	civil_from_days(days_from_civil(1966, 2, 28) + 1, &y, &m, &d);
	assert_int_equal(m, 3);
	assert_int_equal(d, 1);
	/* 01PRETORIA1173's date line: "Friday, 23 February 2001" */
	assert_int_equal(weekday(2001, 2, 23), 5);
	assert_int_equal(weekday(2008, 9, 30), 2);   /* a Tuesday */
	assert_int_equal(weekday(1969, 12, 31), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dtg_fl5),
		cmocka_unit_test(test_dtg_forms),
		cmocka_unit_test(test_dtg_rejects),
		cmocka_unit_test(test_month_parse),
		cmocka_unit_test(test_calendar),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

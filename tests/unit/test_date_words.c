/* test_date_words.c - due dates in words against a fixed today
 * (core/base/date_words.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>

#include "base/date.h"
#include "base/date_words.h"

/* in, resolved against today, as YYYY-MM-DD ("none" when no date) */
static const char *dw(const char *in, const char *today)
{
	static char out[16];
	long d = date_words(in, date_days(today), NULL);
	if (d == LONG_MAX)
		return "none";
	int y, m, dd;
	civil_from_days(d, &y, &m, &dd);
	snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, dd);
	return out;
}

/* 2008-10-02 is a Thursday */
static void test_words(void **state)
{
	(void)state;
	assert_string_equal(dw("today", "2008-10-02"), "2008-10-02");
	assert_string_equal(dw(" Tomorrow ", "2008-10-02"), "2008-10-03");
	assert_string_equal(dw("yesterday", "2008-10-01"), "2008-09-30");
	assert_string_equal(dw("+3d", "2008-10-02"), "2008-10-05");
	assert_string_equal(dw("+3", "2008-10-30"), "2008-11-02");
	assert_string_equal(dw("10d", "2008-12-25"), "2009-01-04");
	assert_string_equal(dw("+2w", "2008-10-02"), "2008-10-16");
	assert_string_equal(dw("eom", "2008-02-10"), "2008-02-29");
	assert_string_equal(dw("eom", "2009-02-10"), "2009-02-28");
}

static void test_weekdays(void **state)
{
	(void)state;
	assert_string_equal(dw("fri", "2008-10-02"), "2008-10-03");
	assert_string_equal(dw("Friday", "2008-10-02"), "2008-10-03");
	assert_string_equal(dw("thu", "2008-10-02"), "2008-10-09"); /* a week on */
	assert_string_equal(dw("mon", "2008-10-02"), "2008-10-06");
	assert_string_equal(dw("wednes", "2008-10-02"), "2008-10-08");
	assert_string_equal(dw("eow", "2008-10-02"), "2008-10-05");  /* Sunday */
	assert_string_equal(dw("eow", "2008-10-05"), "2008-10-05");
	assert_string_equal(dw("fr", "2008-10-02"), "none");         /* too short */
}

static void test_month_day(void **state)
{
	(void)state;
	assert_string_equal(dw("oct 20", "2008-10-02"), "2008-10-20");
	assert_string_equal(dw("20 Oct", "2008-10-02"), "2008-10-20");
	assert_string_equal(dw("October 20", "2008-10-02"), "2008-10-20");
	assert_string_equal(dw("sept 3", "2008-10-02"), "2009-09-03"); /* gone: next year */
	assert_string_equal(dw("oct 2", "2008-10-02"), "2008-10-02");
	assert_string_equal(dw("oct 20 2010", "2008-10-02"), "2010-10-20");
	assert_string_equal(dw("Oct 20, 2010", "2008-10-02"), "2010-10-20");
	assert_string_equal(dw("feb 29", "2008-03-01"), "none");   /* 2009 has none */
	assert_string_equal(dw("feb 29", "2008-01-01"), "2008-02-29");
	assert_string_equal(dw("feb 30", "2008-01-01"), "none");
	assert_string_equal(dw("oct 20 99", "2008-10-02"), "none");
}

static void test_plain_and_junk(void **state)
{
	(void)state;
	bool plain = false;
	assert_int_equal(date_words("2009-01-23", 0, &plain), date_days("2009-01-23"));
	assert_true(plain);
	date_words("fri", 0, &plain);
	assert_false(plain);
	assert_string_equal(dw("2009-02-30", "2008-10-02"), "none");
	assert_string_equal(dw("soon", "2008-10-02"), "none");
	assert_string_equal(dw("", "2008-10-02"), "none");
	assert_string_equal(dw("+", "2008-10-02"), "none");
	assert_string_equal(dw("-3d", "2008-10-02"), "none");
	assert_string_equal(dw("3x", "2008-10-02"), "none");
	assert_string_equal(dw("oct 20 2010 extra words", "2008-10-02"), "none");
	assert_string_equal(dw("+99999999999999999999d", "2008-10-02"), "none");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_month_day),
		cmocka_unit_test(test_plain_and_junk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_header_pages.c - the routing header of a cable copied from a web
 * page: under the page's own fields ("Reference ID:", "Cable: ... |
 * Date: ...", "Subject:"), and run into one line as a page that reflows
 * the telegram leaves it ("O 031945Z NOV 11 FM SECSTATE WASHDC TO AMEMBASSY
 * BRASILIA IMMEDIATE 5512 ... INFO ...").  The cables are written here
 * (fictional events, the forms of cables a helper wrote blind). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "parse/cable.h"

static struct cable *parse(const char *src)
{
	struct ct_error err;
	struct cable *c = cable_parse(src, strlen(src), "t", &err);
	assert_non_null(c);
	return c;
}

/* "Reference ID:" is the page's field, not a REF caption: the telegram's
 * FM, TO and INFO lines under it are read. */
static void test_reference_id_fields(void **state)
{
	(void)state;
	struct cable *c = parse(
		"Reference ID: 11VALLETTA970427\n"
		"Created: 2011-11-28 14:05\n"
		"Classification: CONFIDENTIAL\n"
		"Origin: Embassy Valletta\n"
		"\n"
		"P 281405Z NOV 11\n"
		"FM AMEMBASSY VALLETTA\n"
		"TO SECSTATE WASHDC PRIORITY 6184\n"
		"INFO AMEMBASSY ROME PRIORITY 3390\n"
		"\n"
		"C O N F I D E N T I A L VALLETTA 970427\n"
		"\n"
		"SUBJECT: HARBOUR TALKS\n"
		"\n"
		"1. (C) Embassy requests guidance by December 9.\n");
	assert_string_equal(c->from, "AMEMBASSY VALLETTA");
	assert_int_equal(c->nto, 1);
	assert_string_equal(c->to[0].name, "SECSTATE WASHDC");
	assert_int_equal(c->ninfo, 1);
	assert_int_equal(c->nrefs, 0);
	assert_int_equal(c->nparas, 1);
	cable_free(c);
}

/* A "Subject:" field above the telegram: its routing lines are still
 * read from its DTG line on, and the subject kept. */
static void test_subject_above_routing(void **state)
{
	(void)state;
	struct cable *c = parse(
		"Cable: 12VALLETTA970451 | Date: 9/21/2012 11:30 | Origin: Embassy Valletta\n"
		"Subject: MALTA INVITES A SENIOR U.S. DELEGATION\n"
		"\n"
		"P 211130Z SEP 12\n"
		"FM AMEMBASSY VALLETTA\n"
		"TO SECSTATE WASHDC PRIORITY 3308\n"
		"INFO AMEMBASSY ROME PRIORITY 1174\n"
		"\n"
		"UNCLAS VALLETTA 970451\n"
		"\n"
		"1. (SBU) Embassy requests guidance.\n");
	assert_string_equal(c->from, "AMEMBASSY VALLETTA");
	assert_int_equal(c->nto, 1);
	assert_int_equal(c->ninfo, 1);
	assert_true(c->dtg.valid);
	assert_non_null(c->subject);
	assert_non_null(strstr(c->subject, "MALTA INVITES"));
	cable_free(c);
}

/* The routing header run into one line. */
static void test_routing_in_one_line(void **state)
{
	(void)state;
	struct cable *c = parse(
		"O 031945Z NOV 11 FM SECSTATE WASHDC TO AMEMBASSY VALLETTA IMMEDIATE 5512 "
		"AMEMBASSY NEW DELHI IMMEDIATE 3907 ASEAN MEMBER COLLECTIVE PRIORITY INFO "
		"USMISSION USUN NEW YORK IMMEDIATE 9215 USAID WASHINGTON DC PRIORITY\n"
		"\n"
		"C O N F I D E N T I A L STATE 970418\n"
		"\n"
		"SUBJECT: THIRD COMMITTEE: DEMARCHE\n"
		"\n"
		"1. (C) Posts should deliver the points.\n");
	assert_true(c->dtg.valid);
	assert_int_equal(c->dtg.day, 3);
	assert_string_equal(c->from, "SECSTATE WASHDC");
	assert_int_equal(c->nto, 3);
	assert_string_equal(c->to[0].name, "AMEMBASSY VALLETTA");
	assert_string_equal(c->to[1].name, "AMEMBASSY NEW DELHI");
	assert_string_equal(c->to[2].name, "ASEAN MEMBER COLLECTIVE");
	assert_int_equal(c->ninfo, 2);
	assert_string_equal(c->info[0].name, "USMISSION USUN NEW YORK");
	assert_string_equal(c->info[1].name, "USAID WASHINGTON DC");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_id_fields),
		cmocka_unit_test(test_subject_above_routing),
		cmocka_unit_test(test_routing_in_one_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

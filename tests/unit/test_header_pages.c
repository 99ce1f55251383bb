/* test_header_pages.c - a cable copied from a web page or passed on by
 * e-mail: its routing header under the page's own fields ("Reference ID:",
 * "Cable: ... | Date: ...", "Subject:") or under an e-mail's lines and
 * note, run into one line as a page that reflows the telegram leaves it
 * ("O 031945Z NOV 11 FM SECSTATE WASHDC TO AMEMBASSY BRASILIA IMMEDIATE
 * 5512 ... INFO ..."); a cable quoted whole with "> "; a word processor's
 * no-break spaces ("1.\u00a0(C)").  The cables are written here
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

	/* with the VZCZC, FL2 and DE lines run in too, and addressees that
	 * only their routing indicators part */
	c = parse("VZCZCXRO0402 PP RUEHDBU DE RUEHSI #0402/01 0741205 ZNY CCCCC ZZH P "
	          "141205Z MAR 12 FM AMEMBASSY VALLETTA TO RUEHC/SECSTATE WASHDC PRIORITY "
	          "6120 INFO RUEHRO/AMEMBASSY ROME 2218 RUEHVEN/USMISSION USOSCE\n"
	          "\n"
	          "C O N F I D E N T I A L VALLETTA 000402\n"
	          "\n"
	          "1. (C) Embassy requests guidance.\n");
	assert_int_equal(c->dtg.day, 14);
	assert_string_equal(c->from, "AMEMBASSY VALLETTA");
	assert_int_equal(c->nto, 1);
	assert_int_equal(c->ninfo, 2);
	assert_string_equal(c->info[0].name, "AMEMBASSY ROME");
	assert_string_equal(c->info[1].name, "USMISSION USOSCE");
	cable_free(c);
}

/* An e-mail forward: its From/Sent/To/Subject lines and note above the
 * telegram's VZCZC line. */
static void test_email_forward(void **state)
{
	(void)state;
	struct cable *c = parse(
		"From: Roe, Jane (Valletta)\n"
		"Sent: Tuesday, March 15, 2011 9:14 AM\n"
		"To: Doe, John (Valletta)\n"
		"Subject: FW: DEMARCHE REQUEST (STATE 970401)\n"
		"\n"
		"John -- the approach (para 1) has to happen this week.\n"
		"\n"
		"-----Original Message-----\n"
		"VZCZCXYZ0401\n"
		"OO RUEHWEB\n"
		"DE RUEHC #0401 0731623\n"
		"ZNR UUUUU ZZH\n"
		"O 141622Z MAR 11\n"
		"FM SECSTATE WASHDC\n"
		"TO RUEHVL/AMEMBASSY VALLETTA IMMEDIATE 4127\n"
		"RUEHRO/AMEMBASSY ROME IMMEDIATE 2290\n"
		"BT\n"
		"UNCLAS STATE 970401\n"
		"\n"
		"SUBJECT: DEMARCHE REQUEST\n"
		"\n"
		"1. (U) Posts should deliver the points by March 18.\n");
	assert_string_equal(c->from, "SECSTATE WASHDC");
	assert_int_equal(c->nto, 2);
	assert_non_null(c->subject);
	assert_string_equal(c->subject, "DEMARCHE REQUEST");
	assert_int_equal(c->nparas, 1);
	cable_free(c);
}

/* A cable quoted whole in an e-mail ("> "), and one whose paragraph signs
 * a word processor followed with a no-break space. */
static void test_quoted_and_nbsp(void **state)
{
	(void)state;
	struct cable *c = parse(
		"Dan -- see below.\n"
		"\n"
		"> P 090412Z JAN 12\n"
		"> FM AMEMBASSY VALLETTA\n"
		"> TO SECSTATE WASHDC PRIORITY 1234\n"
		">\n"
		"> UNCLAS VALLETTA 970455\n"
		">\n"
		"> SUBJECT: PORT TALKS\n"
		">\n"
		"> 1. (U) Embassy requests guidance.\n"
		">\n"
		"> 2. (U) The talks resume in May.\n");
	assert_string_equal(c->from, "AMEMBASSY VALLETTA");
	assert_int_equal(c->nto, 1);
	assert_int_equal(c->nparas, 2);
	assert_int_equal(c->paras[1].number, 2);
	cable_free(c);

	c = parse("UNCLAS STATE 970433\n"
	          "\n"
	          "SUBJECT: GRANTS\n"
	          "\n"
	          "1.\xc2\xa0(U) Posts should see para\xc2\xa0" "2.\n"
	          "\n"
	          "2.\xc2\xa0(U) Posts should submit proposals.\n");
	assert_int_equal(c->nparas, 2);
	assert_int_equal(c->paras[0].number, 1);
	assert_string_equal(c->paras[0].text, "Posts should see para 2.");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_id_fields),
		cmocka_unit_test(test_subject_above_routing),
		cmocka_unit_test(test_routing_in_one_line),
		cmocka_unit_test(test_email_forward),
		cmocka_unit_test(test_quoted_and_nbsp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

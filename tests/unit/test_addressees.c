/* test_addressees.c - the TO, INFO and XMT lines (core/parse/header_route.c,
 * header_fields.c): what is and is not an addressee.
 *
 * Every cable here is fictional: posts and serials in the real format.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "parse/cable.h"

static struct cable *parse(const char *s)
{
	struct ct_error err;
	struct cable *c = cable_parse(s, strlen(s), "t", &err);
	assert_non_null(c);
	return c;
}

static bool party(const struct tasking *t, const char *name)
{
	for (size_t k = 0; k < t->nparties; k++)
		if (strcmp(t->parties[k], name) == 0)
			return true;
	return false;
}

/* The "BT" line that closes the address block is never an addressee, also
 * with TO lines and no INFO line. */
static void test_bt(void **state)
{
	(void)state;
	struct cable *c = parse("VZCZCXRO1234\n"
	                        "PP RUEHRO\n"
	                        "DE RUEHC #2345/01 0701500\n"
	                        "ZNY CCCCC ZZH\n"
	                        "P 101500Z MAR 09\n"
	                        "FM SECSTATE WASHDC\n"
	                        "TO RUEHRO/AMEMBASSY ROME PRIORITY 1111\n"
	                        "RUEHVL/AMEMBASSY VALLETTA PRIORITY 2222\n"
	                        "BT\n"
	                        "C O N F I D E N T I A L SECTION 01 OF 02 STATE 012345\n"
	                        "\n"
	                        "E.O. 12958: DECL: 03/10/2019\n"
	                        "TAGS: PREL IT MT\n"
	                        "SUBJECT: HARBOUR TALKS\n"
	                        "\n"
	                        "1. (C) Embassy Rome should deliver the points.\n"
	                        "CLINTON\n");
	assert_int_equal(c->nto, 2);
	assert_string_equal(c->to[1].name, "AMEMBASSY VALLETTA");
	assert_int_equal(c->ninfo, 0);
	assert_string_equal(c->id, "09STATE12345");
	cable_free(c);
}

/* Page headers are no addressees; an office symbol is cut even with a space
 * in it; an XMT addressee is marked excluded, where it is listed, and left
 * out of the parties. */
static void test_page_office_xmt(void **state)
{
	(void)state;
	struct cable *c = parse("P 101500Z MAR 09\n"
	                        "FM SECSTATE WASHDC\n"
	                        "TO AMEMBASSY ROME PRIORITY 1111\n"
	                        "AMEMBASSY TUNIS PRIORITY 1112\n"
	                        "INFO PAGE 02 STATE 012345 101500Z\n"
	                        "AMEMBASSY VALLETTA PRIORITY 2222\n"
	                        "RUMICEA/USCENTCOM MACDILL AFB FL//J5 PLANS// PRIORITY\n"
	                        "RHEFDIA/DIA WASHINGTON DC//DHI-2A/XYZ//DP//\n"
	                        "RUEKJCS/OSD WASHDC//PA\n"
	                        "XMT AMEMBASSY TUNIS\n"
	                        "BT\n"
	                        "C O N F I D E N T I A L STATE 012345\n"
	                        "\n"
	                        "E.O. 12958: DECL: 03/10/2019\n"
	                        "TAGS: PREL IT MT\n"
	                        "SUBJECT: HARBOUR TALKS\n"
	                        "\n"
	                        "1. (C) Action posts should deliver the points.\n"
	                        "CLINTON\n");
	assert_int_equal(c->nto, 2);
	assert_string_equal(c->to[1].name, "AMEMBASSY TUNIS");
	assert_true(c->to[1].excluded);
	assert_false(c->to[0].excluded);
	assert_int_equal(c->ninfo, 4);
	assert_string_equal(c->info[0].name, "AMEMBASSY VALLETTA");
	assert_string_equal(c->info[1].name, "USCENTCOM MACDILL AFB FL");
	assert_string_equal(c->info[1].precedence, "PRIORITY");
	assert_string_equal(c->info[2].name, "DIA WASHINGTON DC");
	assert_string_equal(c->info[3].name, "OSD WASHDC");
	for (size_t k = 0; k < c->ninfo; k++)
		assert_false(c->info[k].excluded);
	assert_true(c->ntaskings >= 1);
	assert_true(party(&c->taskings[0], "AMEMBASSY ROME"));
	assert_false(party(&c->taskings[0], "AMEMBASSY TUNIS"));
	cable_free(c);
}

/* A body line "TO THE SECRETARY FROM THE AMBASSADOR" is no TO line. */
static void test_body_to_line(void **state)
{
	(void)state;
	struct cable *c = parse("C O N F I D E N T I A L ROME 000345\n"
	                        "\n"
	                        "TO THE SECRETARY FROM THE AMBASSADOR\n"
	                        "\n"
	                        "E.O. 12958: DECL: 03/10/2019\n"
	                        "TAGS: PREL IT MT\n"
	                        "SUBJECT: HARBOUR TALKS\n"
	                        "\n"
	                        "1. (C) Department should approve.\n"
	                        "SPOGLI\n");
	assert_int_equal(c->nto, 0);
	assert_string_equal(c->subject, "HARBOUR TALKS");
	cable_free(c);

	c = parse("O 101500Z MAR 09\n"
	          "FM AMEMBASSY ROME\n"
	          "TO SECSTATE WASHDC IMMEDIATE 1111\n"
	          "\n"
	          "C O N F I D E N T I A L ROME 000345\n"
	          "\n"
	          "TO SECRETARY DOE FROM AMBASSADOR ROE; ALSO FOR EUR\n"
	          "\n"
	          "SUBJECT: HARBOUR TALKS\n"
	          "\n"
	          "1. (C) Department should approve.\n");
	assert_int_equal(c->nto, 1);
	assert_string_equal(c->to[0].name, "SECSTATE WASHDC");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bt),
		cmocka_unit_test(test_page_office_xmt),
		cmocka_unit_test(test_body_to_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

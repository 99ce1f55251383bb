/* test_seventies.c - telegrams of 1973-79: all capitals, two-digit years,
 * the office block and "PAGE 01" line, SUBJECT on the line after the
 * classification line, "A) ... D)" sub-items and "QUOTE ... END QUOTE"
 * (core/parse/header*.c, body*.c).  Both cables are fictional.
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

/* A post's telegram of 1977: the quote inside a sentence, lettered
 * conditions. */
static void test_post_1977(void **state)
{
	(void)state;
	struct cable *c = parse(
		"CONFIDENTIAL\n"
		"PAGE 01        VALLET 00412  01 OF 02  141530Z\n"
		"ACTION EUR-12\n"
		"INFO  OCT-01   ISO-00   SS-15    NSC-05   /033 W\n"
		"                             ------------------141602  057431 /42\n"
		"R 141430Z MAR 77\n"
		"FM AMEMBASSY VALLETTA\n"
		"TO SECSTATE WASHDC 4120\n"
		"INFO AMEMBASSY ROME\n"
		"AMEMBASSY TRIPOLI\n"
		"C O N F I D E N T I A L SECTION 1 OF 2 VALLETTA 0412\n"
		"E.O. 11652: GDS\n"
		"TAGS: PFOR, MT, LY\n"
		"SUBJECT: PRIME MINISTER ON HARBOUR AGREEMENT\n"
		"REF: STATE 51234\n"
		"1. PRIME MINISTER TOLD AMBASSADOR MARCH 12 THAT GOM WOULD SIGN\n"
		"HARBOUR AGREEMENT BY END OF MONTH. HE SAID, QUOTE WE HAVE WAITED\n"
		"LONG ENOUGH END QUOTE.\n"
		"2. PRIME MINISTER LISTED FOUR CONDITIONS:\n"
		"A) DREDGING OF GRAND HARBOUR TO BE COMPLETED BY 1978;\n"
		"B) MALTESE CREWS ON ALL TUGS;\n"
		"C) NO NAVAL VESSELS WITHOUT 48 HOURS NOTICE;\n"
		"D) REVIEW OF AGREEMENT AFTER FIVE YEARS.\n"
		"3. ACTION REQUESTED: DEPARTMENT'S VIEWS ON CONDITIONS BY MARCH 20.\n"
		"SMITH\n");
	assert_string_equal(c->id, "77VALLETTA412");
	assert_int_equal(c->dtg.year, 1977);
	assert_int_equal(c->dtg.month, 3);
	assert_int_equal(c->dtg.day, 14);
	assert_string_equal(c->from, "AMEMBASSY VALLETTA");
	assert_int_equal(c->nto, 1);
	assert_int_equal(c->ninfo, 2);
	assert_string_equal(c->classification, "CONFIDENTIAL");
	assert_string_equal(c->eo, "11652");
	assert_string_equal(c->subject, "PRIME MINISTER ON HARBOUR AGREEMENT");
	assert_int_equal(c->nrefs, 1);
	assert_string_equal(c->refs[0].id, "77STATE51234");
	assert_string_equal(c->signature, "SMITH");
	assert_int_equal(c->nparas, 3);
	for (int k = 0; k < 3; k++)
		assert_int_equal(c->paras[k].number, k + 1);
	/* "HE SAID, QUOTE WE HAVE WAITED LONG ENOUGH END QUOTE." */
	assert_int_equal(c->paras[0].nchildren, 1);
	assert_int_equal(c->paras[0].children[0].kind, NODE_QUOTE);
	assert_string_equal(c->paras[0].children[0].text, "WE HAVE WAITED LONG ENOUGH");
	/* A) ... D) */
	assert_int_equal(c->paras[1].nchildren, 4);
	assert_string_equal(c->paras[1].children[0].label, "A");
	assert_string_equal(c->paras[1].children[3].label, "D");
	assert_int_equal(c->paras[1].children[3].kind, NODE_ITEM);
	cable_free(c);
}

/* The Department's telegram of 1978: SUBJECT on the second line of the
 * text, a letter quoted between "QUOTE" and "END QUOTE" with numbered
 * paragraphs of its own, and a deadline of the cable's year. */
static void test_department_1978(void **state)
{
	(void)state;
	struct cable *c = parse(
		"SECRET\n"
		"PAGE 01        STATE  201234\n"
		"ORIGIN NEA-10\n"
		"INFO  OCT-01   ISO-00   /011 R\n"
		"                             ------------------251901  091234 /53\n"
		"O 251830Z AUG 78\n"
		"FM SECSTATE WASHDC\n"
		"TO AMEMBASSY VALLETTA IMMEDIATE\n"
		"S E C R E T STATE 201234\n"
		"SUBJECT: MESSAGE TO PRIME MINISTER\n"
		"TAGS: PFOR, MT\n"
		"1. PLEASE DELIVER FOLLOWING MESSAGE FROM THE SECRETARY TO THE\n"
		"PRIME MINISTER AT EARLIEST OPPORTUNITY.\n"
		"2. QUOTE DEAR MR. PRIME MINISTER:\n"
		"1. I HAVE READ YOUR LETTER OF AUGUST 20 WITH CARE.\n"
		"2. MY GOVERNMENT WILL GIVE IT PROMPT ATTENTION. SINCERELY,\n"
		"CYRUS VANCE. END QUOTE.\n"
		"3. EMBASSY SHOULD REPORT PRIME MINISTER'S REACTION BY AUGUST 30.\n"
		"VANCE\n");
	assert_string_equal(c->id, "78STATE201234");
	assert_int_equal(c->dtg.year, 1978);
	assert_string_equal(c->precedence, "IMMEDIATE");
	assert_string_equal(c->classification, "SECRET");
	assert_string_equal(c->subject, "MESSAGE TO PRIME MINISTER");
	assert_int_equal(c->ntags, 2);
	assert_string_equal(c->signature, "VANCE");
	assert_int_equal(c->nparas, 3);
	assert_int_equal(c->paras[2].number, 3);
	/* the letter's own 1. and 2. are inside the quote */
	assert_int_equal(c->paras[1].nchildren, 1);
	const struct node *q = &c->paras[1].children[0];
	assert_int_equal(q->kind, NODE_QUOTE);
	assert_string_equal(q->text, "DEAR MR. PRIME MINISTER:");
	assert_int_equal(q->nchildren, 2);
	assert_non_null(strstr(q->children[1].text, "CYRUS VANCE"));
	bool dated = false;
	for (size_t k = 0; k < c->ntaskings; k++)
		if (c->taskings[k].paragraph == 3 && c->taskings[k].deadline &&
		    strcmp(c->taskings[k].deadline, "1978-08-30") == 0)
			dated = true;
	assert_true(dated);
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_post_1977),
		cmocka_unit_test(test_department_1978),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

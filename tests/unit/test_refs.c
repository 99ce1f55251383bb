/* test_refs.c - REF lists (core/parse/refs.c, refs_list.c) and the ids of a
 * cable whose year the text does not give (core/parse/header_finish.c).
 *
 * Every cable here is fictional: posts and serials in the real format.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "parse/cable.h"
#include "parse/refs.h"

/* A cable of ROME 001300 sent on 10 March 2009 whose REF caption is ref. */
static struct cable *with_ref(const char *ref)
{
	static char buf[2048];
	snprintf(buf, sizeof buf,
	         "R 101200Z MAR 09\n"
	         "FM AMEMBASSY ROME\n"
	         "TO SECSTATE WASHDC 0001\n"
	         "\n"
	         "C O N F I D E N T I A L ROME 001300\n"
	         "\n"
	         "E.O. 12958: DECL: 03/10/2019\n"
	         "TAGS: PREL IT\n"
	         "SUBJECT: HARBOUR TALKS\n"
	         "\n"
	         "REF: %s\n"
	         "\n"
	         "Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d).\n"
	         "\n"
	         "1. (C) The harbour talks resumed.\n"
	         "ROE\n",
	         ref);
	struct ct_error err;
	struct cable *c = cable_parse(buf, strlen(buf), "t", &err);
	assert_non_null(c);
	return c;
}

static void expect_ref(const struct cable *c, size_t k, const char *letter, const char *text,
                       const char *id)
{
	assert_true(k < c->nrefs);
	if (letter)
		assert_string_equal(c->refs[k].letter, letter);
	else
		assert_null(c->refs[k].letter);
	assert_string_equal(c->refs[k].text, text);
	if (id)
		assert_string_equal(c->refs[k].id, id);
	else
		assert_null(c->refs[k].id);
}

/* Items separated by ';' or ':' instead of new lines. */
static void test_separators(void **state)
{
	(void)state;
	struct cable *c = with_ref("A) STATE 1234; B) PARIS 567");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, "A", "STATE 1234", "09STATE1234");
	expect_ref(c, 1, "B", "PARIS 567", "09PARIS567");
	cable_free(c);

	c = with_ref("STATE 1234; PARIS 567");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, NULL, "STATE 1234", "09STATE1234");
	expect_ref(c, 1, NULL, "PARIS 567", "09PARIS567");
	cable_free(c);

	c = with_ref("STATE 1234: PARIS 567");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 1, NULL, "PARIS 567", "09PARIS567");
	cable_free(c);

	c = with_ref("A. STATE 1234:B. PARIS 567");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 1, "B", "PARIS 567", "09PARIS567");
	cable_free(c);

	/* a title after a colon is no second reference */
	c = with_ref("STATE 4321: REPORT OF THE HARBOUR EXPERTS MEETING");
	assert_int_equal(c->nrefs, 1);
	expect_ref(c, 0, NULL, "STATE 4321: REPORT OF THE HARBOUR EXPERTS MEETING",
	           "09STATE4321");
	cable_free(c);
}

/* A letter glued to its cable. */
static void test_glued_letters(void **state)
{
	(void)state;
	struct cable *c = with_ref("(A)STATE 011111, (B)STATE 022222");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, "A", "STATE 011111", "09STATE11111");
	expect_ref(c, 1, "B", "STATE 022222", "09STATE22222");
	cable_free(c);

	c = with_ref("A) 2008 VALLETTA 93, B)2008 VALLETTA 120");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 1, "B", "2008 VALLETTA 120", "08VALLETTA120");
	cable_free(c);
}

/* Two cables in one item are two references. */
static void test_two_in_one(void **state)
{
	(void)state;
	struct cable *c = with_ref("RABAT 110 AND RABAT 140");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, NULL, "RABAT 110", "09RABAT110");
	expect_ref(c, 1, NULL, "RABAT 140", "09RABAT140");
	cable_free(c);

	/* under one letter, and run together as a wrapped line leaves them */
	c = with_ref("A. ROME 12 B. TUNIS 44, TUNIS 47 C. 08 ROME 350 08 ROME 377");
	assert_int_equal(c->nrefs, 5);
	expect_ref(c, 1, "B", "TUNIS 44", "09TUNIS44");
	expect_ref(c, 2, "B", "TUNIS 47", "09TUNIS47");
	expect_ref(c, 3, "C", "08 ROME 350", "08ROME350");
	expect_ref(c, 4, "C", "08 ROME 377", "08ROME377");
	cable_free(c);

	/* "STATE 1234 (NOTAL), STATE 1250" */
	c = with_ref("STATE 1234 (NOTAL), STATE 1250");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, NULL, "STATE 1234 (NOTAL)", "09STATE1234");
	cable_free(c);

	/* a date is no cable: "OCTOBER 12 VIDEO CONFERENCE" */
	c = with_ref("A. ROME 12 B. OCTOBER 12 VIDEO CONFERENCE");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 1, "B", "OCTOBER 12 VIDEO CONFERENCE", NULL);
	cable_free(c);
}

/* A trailing date still yields the id, with the date's year. */
static void test_trailing_date(void **state)
{
	(void)state;
	struct cable *c = with_ref("STATE 33221 --05/DEC/2008");
	assert_int_equal(c->nrefs, 1);
	expect_ref(c, 0, NULL, "STATE 33221 --05/DEC/2008", "08STATE33221");
	cable_free(c);

	c = with_ref("A. STATE 33221--05/DEC/2008 B. ROME 1102 (07)");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, "A", "STATE 33221--05/DEC/2008", "08STATE33221");
	expect_ref(c, 1, "B", "ROME 1102 (07)", "07ROME1102");
	cable_free(c);

	assert_int_equal(refs_date_year("STATE 1 DTG 051200Z DEC 08", 26, 7), 2008);
	assert_int_equal(refs_date_year("STATE 1 (NOTAL)", 15, 7), 0);
	assert_int_equal(refs_date_year("STATE 1, 17 MAY", 15, 7), 0);
}

/* A post written with its kind. */
static void test_post_kind(void **state)
{
	(void)state;
	struct cable *c = with_ref("EMBASSY PRAGUE 1450");
	expect_ref(c, 0, NULL, "EMBASSY PRAGUE 1450", "09PRAGUE1450");
	cable_free(c);

	struct arena a;
	arena_init(&a);
	assert_string_equal(refs_canonical_id(&a, "AMCONSUL LAGOS 77", 17, 2007), "07LAGOS77");
	assert_string_equal(refs_canonical_id(&a, "09DHAHRAN 201", 13, 2010), "09DHAHRAN201");
	assert_string_equal(refs_canonical_id(&a, "(08) SAO PAULO 581", 18, 2009),
	                    "08SAOPAULO581");
	assert_string_equal(refs_canonical_id(&a, "VALLETTA743", 11, 2009), "09VALLETTA743");
	assert_null(refs_canonical_id(&a, "EMBASSY MADRID E-MAIL", 21, 2009));
	arena_free(&a);
}

/* "D. AND PREVIOUS" is no reference. */
static void test_and_previous(void **state)
{
	(void)state;
	struct cable *c = with_ref("A. ROME 12 B. ROME 14 C. ROME 15 D. AND PREVIOUS");
	assert_int_equal(c->nrefs, 3);
	expect_ref(c, 2, "C", "ROME 15", "09ROME15");
	cable_free(c);

	c = with_ref("ROME 1190 AND PREVIOUS");
	assert_int_equal(c->nrefs, 1);
	expect_ref(c, 0, NULL, "ROME 1190 AND PREVIOUS", "09ROME1190");
	cable_free(c);
}

/* A same-post reference above the cable's own serial (1300): a companion
 * one or two above is of the same year; one clearly past it is of the year
 * before. */
static void test_companion_year(void **state)
{
	(void)state;
	struct cable *c = with_ref("A. ROME 1301 B. ROME 1302 C. ROME 1303 D. ROME 8760 "
	                           "E. PARIS 8760");
	assert_int_equal(c->nrefs, 5);
	expect_ref(c, 0, "A", "ROME 1301", "09ROME1301");
	expect_ref(c, 1, "B", "ROME 1302", "09ROME1302");
	expect_ref(c, 2, "C", "ROME 1303", "08ROME1303");
	expect_ref(c, 3, "D", "ROME 8760", "08ROME8760");
	expect_ref(c, 4, "E", "PARIS 8760", "09PARIS8760");
	cable_free(c);
}

/* A subject and a REF on the same line split into both. */
static void test_subject_ref_glued(void **state)
{
	(void)state;
	const char *s = "C O N F I D E N T I A L ROME 001300\n"
	                "\n"
	                "R 101200Z MAR 09\n"
	                "SUBJECT: FUTURE OF THE COALITIONREF: A. ROME 1234 B. STATE 4321\n"
	                "\n"
	                "1. (C) Text.\n";
	struct ct_error err;
	struct cable *c = cable_parse(s, strlen(s), "t", &err);
	assert_non_null(c);
	assert_string_equal(c->subject, "FUTURE OF THE COALITION");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, "A", "ROME 1234", "09ROME1234");
	cable_free(c);

	/* "PREF:" in a subject with no reference after it stays */
	s = "C O N F I D E N T I A L ROME 001300\n"
	    "R 101200Z MAR 09\n"
	    "SUBJECT: TRADE PREF: TALKS GO ON\n"
	    "\n"
	    "1. (C) Text.\n";
	c = cable_parse(s, strlen(s), "t", &err);
	assert_non_null(c);
	assert_string_equal(c->subject, "TRADE PREF: TALKS GO ON");
	assert_int_equal(c->nrefs, 0);
	cable_free(c);
}

/* A REF list ends at a caption, a handling line or a portion-marked
 * sentence run on after it. */
static void test_ref_ends(void **state)
{
	(void)state;
	struct cable *c = with_ref("A. ROME 329\nB. ROME 346 Classified By: Consul John Doe");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 1, "B", "ROME 346", "09ROME346");
	cable_free(c);

	c = with_ref("ROME 1102\nSensitive but unclassified; not for Internet distribution.");
	assert_int_equal(c->nrefs, 1);
	expect_ref(c, 0, NULL, "ROME 1102", "09ROME1102");
	cable_free(c);

	c = with_ref("2008 ROME 1462; ROME 108 (U) THIS CABLE IS SENSITIVE BUT UNCLASSIFIED.");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 1, NULL, "ROME 108", "09ROME108");
	cable_free(c);
}

/* No year in the text (no DTG, no date line): no id, the serial kept; a
 * REF's id only when it writes its year (never from DECL or REF years). */
static void test_year_never_guessed(void **state)
{
	(void)state;
	const char *s =
		"This record is a partial extract of the original cable. The full text of "
		"the original cable is not available.\n"
		"\n"
		"UNCLAS SECTION 01 OF 03 VALLETTA 002164\n"
		"\n"
		"E.O. 12958: DECL: 06/09/2014\n"
		"TAGS: PGOV MT\n"
		"SUBJECT: AMBASSADOR'S VISIT TO GOZO\n"
		"\n"
		"REF: A. 03 VALLETTA 1990 B. VALLETTA 2001\n"
		"\n"
		"1. (SBU) During the Ambassador's June 3 visit to Gozo in 1990 and 1990.\n"
		"JONES\n";
	struct ct_error err;
	struct cable *c = cable_parse(s, strlen(s), "t", &err);
	assert_non_null(c);
	assert_null(c->id);
	assert_string_equal(c->serial, "VALLETTA 2164");
	assert_int_equal(c->nrefs, 2);
	expect_ref(c, 0, "A", "03 VALLETTA 1990", "03VALLETTA1990");
	expect_ref(c, 1, "B", "VALLETTA 2001", NULL);
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_separators),
		cmocka_unit_test(test_glued_letters),
		cmocka_unit_test(test_two_in_one),
		cmocka_unit_test(test_trailing_date),
		cmocka_unit_test(test_post_kind),
		cmocka_unit_test(test_and_previous),
		cmocka_unit_test(test_companion_year),
		cmocka_unit_test(test_subject_ref_glued),
		cmocka_unit_test(test_ref_ends),
		cmocka_unit_test(test_year_never_guessed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

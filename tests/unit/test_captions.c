/* test_captions.c - SUBJECT and TAGS (core/parse/header*.c, tags.c), the
 * signature (core/parse/signature.c) and the wrapper of a database
 * print-out, each with fictional cables in the real format.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "parse/cable.h"
#include "parse/tags.h"

static struct cable *parse(const char *s)
{
	struct ct_error err;
	struct cable *c = cable_parse(s, strlen(s), "t", &err);
	assert_non_null(c);
	return c;
}

/* A cable of ROME 000345 with the given TAGS and SUBJECT lines (and what
 * follows them up to the first paragraph). */
static struct cable *with_captions(const char *captions)
{
	static char buf[2048];
	snprintf(buf, sizeof buf,
	         "R 101500Z MAR 09\n"
	         "FM AMEMBASSY ROME\n"
	         "TO SECSTATE WASHDC 1111\n"
	         "\n"
	         "C O N F I D E N T I A L ROME 000345\n"
	         "\n"
	         "E.O. 12958: DECL: 03/10/2019\n"
	         "%s\n"
	         "\n"
	         "1. (C) The harbour talks resumed.\n"
	         "SPOGLI\n",
	         captions);
	return parse(buf);
}

/* A dashed underline after the subject is not part of it; a lower-case
 * portion mark at its start is removed like an upper-case one. */
static void test_subject_underline_mark(void **state)
{
	(void)state;
	struct cable *c = with_captions("TAGS: PREL IT\n"
	                                "SUBJECT: (s) harbour talks resume\n"
	                                "--------------------------------");
	assert_string_equal(c->subject, "harbour talks resume");
	assert_int_equal(c->nparas, 1);
	cable_free(c);

	c = with_captions("TAGS: PREL IT\n"
	                  "SUBJECT: (S/REL ITA) HARBOUR TALKS RESUME WITH THE\n"
	                  "MINISTRY OF MARINE\n"
	                  "\n"
	                  "-------\n"
	                  "SUMMARY\n"
	                  "-------");
	assert_string_equal(c->subject, "HARBOUR TALKS RESUME WITH THE MINISTRY OF MARINE");
	cable_free(c);

	/* a mark-like word that is no mark stays: "(Re)opening" */
	c = with_captions("TAGS: PREL IT\n"
	                  "SUBJECT: (RE)OPENING THE HARBOUR");
	assert_string_equal(c->subject, "(RE)OPENING THE HARBOUR");
	cable_free(c);
}

/* A subject continued after an old-format page break is joined. */
static void test_subject_page_break(void **state)
{
	(void)state;
	struct cable *c = parse("R 101500Z MAR 79\n"
	                        "FM AMEMBASSY ROME\n"
	                        "TO SECSTATE WASHDC 1111\n"
	                        "\n"
	                        "C O N F I D E N T I A L SECTION 01 OF 02 ROME 00345\n"
	                        "\n"
	                        "E.O. 12065: GDS 03/10/85 (DOE, JOHN) OR-M\n"
	                        "TAGS: PEPR, IT\n"
	                        "SUBJECT: HARBOUR TALKS RESUME WITH THE\n"
	                        "\n"
	                        "CONFIDENTIAL\n"
	                        "\n"
	                        "PAGE 02        ROME   00345  01 OF 02  101530Z\n"
	                        "MINISTRY OF MARINE\n"
	                        "\n"
	                        "1. (C) TALKS RESUMED.\n");
	assert_string_equal(c->id, "79ROME345");
	assert_string_equal(c->subject, "HARBOUR TALKS RESUME WITH THE MINISTRY OF MARINE");
	assert_int_equal(c->nparas, 1);
	cable_free(c);
}

/* TAGS written together split where every part is a known tag. */
static void test_tags_glued(void **state)
{
	(void)state;
	struct cable *c = with_captions("TAGS: EINDETRD PRELPGOVKPAO IT EUN NATO PREX\n"
	                                "SUBJECT: HARBOUR TALKS");
	static const char *const want[] = { "EIND", "ETRD", "PREL", "PGOV", "KPAO",
	                                    "IT", "EUN", "NATO", "PREX" };
	assert_int_equal(c->ntags, 9);
	for (size_t k = 0; k < 9; k++)
		assert_string_equal(c->tags[k], want[k]);
	cable_free(c);

	/* a part that is no tag keeps the word whole */
	c = with_captions("TAGS: PRELXXXX COUNTERTERRORISM\nSUBJECT: HARBOUR TALKS");
	assert_int_equal(c->ntags, 2);
	assert_string_equal(c->tags[0], "PRELXXXX");
	cable_free(c);

	assert_true(tags_known("ETRD", 4));
	assert_false(tags_known("ETRX", 4));
	assert_int_equal(tags_glued("ECONEFIN", 8), 2);
	assert_int_equal(tags_glued("ECONEFI", 7), 0);
}

/* A cable of ROME 000345 whose text ends with tail. */
static struct cable *with_end(const char *tail)
{
	static char buf[2048];
	snprintf(buf, sizeof buf,
	         "R 101500Z MAR 09\n"
	         "FM AMEMBASSY ROME\n"
	         "TO SECSTATE WASHDC 1111\n"
	         "\n"
	         "C O N F I D E N T I A L ROME 000345\n"
	         "\n"
	         "SUBJECT: HARBOUR TALKS\n"
	         "\n"
	         "1. (C) The harbour talks resumed.\n"
	         "\n"
	         "2. (C) Comment: the port authority\n"
	         "%s\n",
	         tail);
	return parse(buf);
}

static void expect_signature(const char *tail, const char *name, const char *last_text)
{
	struct cable *c = with_end(tail);
	if (name)
		assert_string_equal(c->signature, name);
	else
		assert_null(c->signature);
	assert_int_equal(c->nparas, 2);
	assert_string_equal(c->paras[1].text, last_text);
	assert_int_equal(c->paras[1].nchildren, 0);
	cable_free(c);
}

/* The signature after footer lines, after a redaction line, at the end of
 * the last body line, and once when doubled. */
static void test_signature(void **state)
{
	(void)state;
	static const char *const footers[] = { "CONFIDENTIAL", "C O N F I D E N T I A L",
	                                       ">", "...", ".", "SECRET//NOFORN" };
	for (size_t k = 0; k < sizeof footers / sizeof footers[0]; k++) {
		char tail[128];
		snprintf(tail, sizeof tail, "will decide in May. End comment.\nSPOGLI\n%s",
		         footers[k]);
		expect_signature(tail, "SPOGLI",
		                 "Comment: the port authority will decide in May. End comment.");
	}
	expect_signature("will decide at\nxxxxxxxxxxxx\nSPOGLI", "SPOGLI",
	                 "Comment: the port authority will decide at xxxxxxxxxxxx");
	expect_signature("will decide in May. Spogli\n...", "Spogli",
	                 "Comment: the port authority will decide in May.");
	expect_signature("will decide in May.\nSPOGLI Spogli", "SPOGLI",
	                 "Comment: the port authority will decide in May.");
	/* a wrapped sentence is no signer: "...will decide with" / "ITALY" */
	expect_signature("will decide with\nITALY\n...", NULL,
	                 "Comment: the port authority will decide with ITALY");
}

/* A database print-out's wrapper before the telegram is skipped: the
 * telegram's own id, DTG, addressees and tags are read. */
static void test_wrapper(void **state)
{
	(void)state;
	struct cable *c = parse(
		"UNCLASSIFIED                                   U.S. Department of State\n"
		"Case No. F-2011-00123   Doc No. C05512345   Date: 06/01/2011\n"
		"SEARCH RESULT 3 OF 17                          05/12/2011 10:22 AM\n"
		"TELEGRAM                                       March 12, 2009\n"
		"SUBJECT: HARBOUR TALKS\n"
		"TO: SECSTATE\n"
		"----------------------------------------------------------------\n"
		"VZCZCXRO1234\n"
		"PP RUEHC\n"
		"DE RUEHRO #0345/01 0701500\n"
		"ZNY CCCCC ZZH\n"
		"P 101500Z MAR 09\n"
		"FM AMEMBASSY ROME\n"
		"TO RUEHC/SECSTATE WASHDC PRIORITY 1111\n"
		"INFO RUEHVL/AMEMBASSY VALLETTA 2222\n"
		"BT\n"
		"C O N F I D E N T I A L ROME 000345\n"
		"\n"
		"E.O. 12958: DECL: 03/10/2019\n"
		"TAGS: PREL IT MT\n"
		"SUBJECT: HARBOUR TALKS RESUME\n"
		"\n"
		"1. (C) Department should approve the plan.\n"
		"SPOGLI\n");
	assert_string_equal(c->id, "09ROME345");
	assert_int_equal(c->dtg.year, 2009);
	assert_int_equal(c->dtg.day, 10);
	assert_int_equal(c->nto, 1);
	assert_string_equal(c->to[0].name, "SECSTATE WASHDC");
	assert_int_equal(c->ninfo, 1);
	assert_int_equal(c->ntags, 3);
	assert_string_equal(c->subject, "HARBOUR TALKS RESUME");
	assert_int_equal(c->nparas, 1);
	assert_string_equal(c->signature, "SPOGLI");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_underline_mark),
		cmocka_unit_test(test_subject_page_break),
		cmocka_unit_test(test_tags_glued),
		cmocka_unit_test(test_signature),
		cmocka_unit_test(test_wrapper),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

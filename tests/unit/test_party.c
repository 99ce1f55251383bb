/* test_party.c - party resolution, with names and sentences from the corpus. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "tasking/party.h"
#include "tasking/tasking.h"

static void test_matches_short_and_full(void **state)
{
	(void)state;
	assert_true(party_matches("USOSCE", "USMISSION USOSCE"));
	assert_true(party_matches("usosce", "USMISSION USOSCE"));
	assert_true(party_matches("KYIV", "AMEMBASSY KYIV"));
	assert_true(party_matches("AMEMBASSY KYIV", "AMEMBASSY KYIV"));
	assert_true(party_matches("UNVIE", "USMISSION UNVIE VIENNA"));
	assert_true(party_matches("Addis Ababa", "AMEMBASSY ADDIS ABABA"));
	/* the seed's trap: USUN is another mission */
	assert_false(party_matches("USUN", "USMISSION UNVIE VIENNA"));
	assert_true(party_matches("USUN", "USMISSION USUN NEW YORK"));
	assert_false(party_matches("KYIV", "AMEMBASSY MOSCOW"));
	/* a post-type word alone names nobody */
	assert_false(party_matches("USMISSION", "USMISSION USOSCE"));
	assert_false(party_matches("NEW", "AMEMBASSY NEW DELHI"));
	/* a country names its post */
	assert_true(party_matches("Belize", "AMEMBASSY BELMOPAN"));
	assert_true(party_matches("KYIV", "AMEMBASSY KIEV"));
}

static void test_post_for(void **state)
{
	(void)state;
	char buf[64];
	assert_true(party_post_for("Belize", 6, buf, sizeof buf));
	assert_string_equal(buf, "BELMOPAN");
	assert_true(party_post_for("south  africa", 13, buf, sizeof buf));
	assert_string_equal(buf, "PRETORIA");
	assert_false(party_post_for("Atlantis", 8, buf, sizeof buf));
}

static struct addressee to_faina[] = {
	{ "ZEN", "AMEMBASSY BELMOPAN", "NIACT IMMEDIATE", "2276-2279", false },
	{ "RUEHKV", "AMEMBASSY KYIV", "NIACT IMMEDIATE", "7881-7884", false },
	{ "ZEN", "AMEMBASSY MOSCOW", "NIACT IMMEDIATE", "4778-4781", false },
	{ "ZEN", "AMEMBASSY NAIROBI", "NIACT IMMEDIATE", "9314-9317", false },
	{ "ZEN", "AMEMBASSY RIGA", "NIACT IMMEDIATE", "0612-0615", false },
};

static struct addressee info_faina[] = {
	{ "ZEN", "AMEMBASSY ADDIS ABABA", "IMMEDIATE", "5844-5847", false },
	{ "ZEN", "SECDEF WASHINGTON DC", "IMMEDIATE", NULL, false },
};

static void test_addressee(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	c.to = to_faina;
	c.nto = 5;
	c.info = info_faina;
	c.ninfo = 2;
	size_t used;
	/* 08STATE103511 para 6 */
	const char *s = "Belize, please approach host-country officials";
	assert_string_equal(party_addressee(&c, s, strlen(s), &used), "AMEMBASSY BELMOPAN");
	assert_int_equal(used, 6);
	s = "Moscow and Riga, please";
	assert_string_equal(party_addressee(&c, s, strlen(s), &used), "AMEMBASSY MOSCOW");
	assert_int_equal(used, 6);
	s = "Addis Ababa is informed";
	assert_string_equal(party_addressee(&c, s, strlen(s), &used), "AMEMBASSY ADDIS ABABA");
	assert_int_equal(used, 11);
	s = "Paris, please";
	assert_null(party_addressee(&c, s, strlen(s), &used));
	assert_int_equal(used, 0);
}

static struct addressee to_islamabad[] = {
	{ "RHMFISS", "CDR USCENTCOM MACDILL AFB FL", "PRIORITY", NULL, false },
	{ "RUMICEA", "USCENTCOM INTEL CEN MACDILL AFB FL", "PRIORITY", NULL, false },
	{ "RUEKJCS", "SECDEF WASHINGTON DC", "PRIORITY", NULL, false },
	{ "RUEHC", "SECSTATE WASHDC", "PRIORITY", "3851", false },
};

static struct addressee info_islamabad[] = {
	{ "RUEATRS", "DEPT OF TREASURY WASHINGTON DC", NULL, NULL, false },
};

static void test_agency(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	c.from = "AMEMBASSY ISLAMABAD";
	c.to = to_islamabad;
	c.nto = 4;
	c.info = info_islamabad;
	c.ninfo = 1;
	size_t used;
	/* 07ISLAMABAD5288 para 3 */
	const char *s = "DOD or CENTCOM should undertake an audit";
	assert_string_equal(party_agency(&c, s, strlen(s), &used), "SECDEF WASHINGTON DC");
	assert_int_equal(used, 3);
	s = "CENTCOM should undertake";
	/* the command, not its intelligence centre: the shorter name */
	assert_string_equal(party_agency(&c, s, strlen(s), &used),
	                    "CDR USCENTCOM MACDILL AFB FL");
	/* 08CARACAS420 para 12 */
	s = "Department of Defense in the execution";
	assert_string_equal(party_agency(&c, s, strlen(s), &used), "SECDEF WASHINGTON DC");
	assert_int_equal(used, 21);
	/* 06BAKU1835 para 8 */
	s = "Department's guidance on how to respond";
	assert_string_equal(party_agency(&c, s, strlen(s), &used), "SECSTATE WASHDC");
	s = "Washington,s strong opposition";
	assert_string_equal(party_agency(&c, s, strlen(s), &used), "SECSTATE WASHDC");
	/* an agency on the INFO line only is not asked (10BERLIN128) */
	s = "Treasury visitors to Brussels";
	assert_null(party_agency(&c, s, strlen(s), &used));
	/* another department is not the Department */
	s = "Department of Commerce officials";
	assert_null(party_agency(&c, s, strlen(s), &used));
	s = "Pakistan should";
	assert_null(party_agency(&c, s, strlen(s), &used));
	assert_int_equal(used, 0);
}

static void test_from_washington(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	c.from = "SECSTATE WASHDC";
	assert_true(party_from_washington(&c));
	c.from = "AMEMBASSY BAKU";
	assert_false(party_from_washington(&c));
	c.from = NULL;
	c.id = "09STATE15113";
	assert_true(party_from_washington(&c));
	c.id = "04ANKARA348";
	assert_false(party_from_washington(&c));
}

/* Posts and countries that data/posts.tsv knows, whatever the lines say. */
static void test_known_place(void **state)
{
	(void)state;
	const char *s = "Embassy Ottawa should";
	assert_int_equal(party_known_place(s + 8, strlen(s + 8), false), 6);
	s = "USNATO should engage NATO Secretary General";
	assert_int_equal(party_known_place(s, strlen(s), true), 6);
	s = "Hong Kong is requested to";
	assert_int_equal(party_known_place(s, strlen(s), true), 9);
	/* a country is a place but no post */
	s = "Canada should";
	assert_int_equal(party_known_place(s, strlen(s), false), 6);
	assert_int_equal(party_known_place(s, strlen(s), true), 0);
	s = "NATO should";
	assert_int_equal(party_known_place(s, strlen(s), false), 0);
	s = "GOI should";
	assert_int_equal(party_known_place(s, strlen(s), false), 0);
}

/* Every phrase party_agency() reads is listed, and each is read. */
static void test_agency_phrases(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, NULL, false },
		{ NULL, "SECDEF WASHINGTON DC", NULL, NULL, false },
		{ NULL, "CDR USCENTCOM MACDILL AFB FL", NULL, NULL, false },
	};
	struct cable c;
	memset(&c, 0, sizeof c);
	c.to = to;
	c.nto = 3;
	size_t n = 0;
	const char *p;
	bool dod = false, wash = false;
	while ((p = party_agency_phrase(n)) != NULL) {
		assert_true(strlen(p) > 1);
		dod |= strcmp(p, "DOD") == 0;
		wash |= strcmp(p, "WASHINGTON") == 0;
		n++;
	}
	assert_true(n > 20);
	assert_true(dod && wash);
	size_t used;
	assert_string_equal(party_agency(&c, "DOD or CENTCOM should", 21, &used),
	                    "SECDEF WASHINGTON DC");
	assert_int_equal(used, 3);
	assert_string_equal(party_agency(&c, "Department's guidance", 21, &used),
	                    "SECSTATE WASHDC");
	assert_int_equal(used, 12);
	assert_null(party_agency(&c, "Departmental guidance", 21, &used));
	assert_int_equal(used, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches_short_and_full),
		cmocka_unit_test(test_post_for),
		cmocka_unit_test(test_addressee),
		cmocka_unit_test(test_agency),
		cmocka_unit_test(test_from_washington),
		cmocka_unit_test(test_known_place),
		cmocka_unit_test(test_agency_phrases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

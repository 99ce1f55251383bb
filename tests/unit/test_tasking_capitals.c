/* test_tasking_capitals.c - a cable written all in capitals (as older
 * cables are) asks the same parties as its mixed-case twin: each sentence
 * here is read twice, as written and upper-cased, and the taskings must
 * agree, and agree with what the sentence asks.  The sentences are
 * written here (fictional posts and events, the corpus's forms). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <ctype.h>
#include <stdio.h>

#include "parse/cable.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_state[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "41", false },
	{ NULL, "SECDEF WASHDC", NULL, "42", false },
};
static struct addressee info_energy[] = {
	{ NULL, "DEPT OF ENERGY WASHDC", NULL, "43", false },
};
static struct addressee to_posts[] = {
	{ NULL, "AMEMBASSY VALLETTA", NULL, "51", false },
	{ NULL, "AMEMBASSY ROME", NULL, "52", false },
};

/* A post's sentences and the first party each asks ("" for none). */
static const char *const post_cases[][2] = {
	{ "Therefore, we would encourage the RTG to issue a statement on its "
	  "relationship with the United States.", "" },
	{ "We encourage the GOU to deploy the troops soon, as the United States "
	  "has asked.", "" },
	{ "We will continue to support resettlement, but we urge the government "
	  "to ensure that families receive land titles.", "" },
	{ "For this reason, Mission Malta suggests that the USG start a campaign "
	  "to allay the concern.", "SECSTATE WASHDC" },
	{ "We recommend that DOD and State officials visit the port.",
	  "SECDEF WASHDC" },
	{ "Energy: Malta wants to be a hub for gas. You should press the minister "
	  "to sign the agreement.", "SECSTATE WASHDC" },
	{ "We urge the Department to consider a visit.", "SECSTATE WASHDC" },
};

/* Washington's sentences and the first party each asks. */
static const char *const wash_cases[][2] = {
	{ "Ambassador Smith is authorized to convey the points orally.",
	  "AMEMBASSY VALLETTA" },
	{ "The goal of the meeting, which will be held in Rome, Italy, is to "
	  "establish a plan.", "" },
	{ "The U.S. delegation is expected to be led by the Assistant "
	  "Secretary.", "" },
	{ "Embassies, with the exception of Embassy Rome (see paragraph 5), are "
	  "requested to approach host government officials.", "AMEMBASSY VALLETTA" },
};

static void upper(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* The first party of paragraph 1 of a cable holding text, or "". */
static void first_party(const char *from, struct addressee *to, size_t nto,
                        const char *text, char *out, size_t cap)
{
	struct cable *c = new_cable(from, to, nto, 2011, 3, 1);
	c->info = info_energy;
	c->ninfo = 1;
	add_para(c, 1, 1, text);
	tasking_find(c);
	const struct tasking *t = find(c, 1);
	snprintf(out, cap, "%s", t && t->nparties ? t->parties[0] : "");
	cable_free(c);
}

static void check(const char *from, struct addressee *to, size_t nto,
                  const char *text, const char *want)
{
	char caps[512], mixed_party[64], caps_party[64];
	snprintf(caps, sizeof caps, "%s", text);
	upper(caps);
	first_party(from, to, nto, text, mixed_party, sizeof mixed_party);
	first_party(from, to, nto, caps, caps_party, sizeof caps_party);
	if (strcmp(mixed_party, want) != 0 || strcmp(caps_party, want) != 0)
		print_error("\"%s\": as written \"%s\", in capitals \"%s\", want \"%s\"\n",
		            text, mixed_party, caps_party, want);
	assert_string_equal(mixed_party, want);
	assert_string_equal(caps_party, want);
}

static void test_post_in_capitals(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof post_cases / sizeof post_cases[0]; i++)
		check("AMEMBASSY VALLETTA", to_state, 2, post_cases[i][0], post_cases[i][1]);
}

static void test_washington_in_capitals(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof wash_cases / sizeof wash_cases[0]; i++)
		check("SECSTATE WASHDC", to_posts, 2, wash_cases[i][0], wash_cases[i][1]);
}

/* A line in capitals has its lead in them too: "PROVIDE GUIDANCE ...",
 * "DO NOT RAISE ...", never "Provide GUIDANCE". */
static void test_lead_in_capitals(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 2, 2011, 3, 1);
	add_para(c, 3, 1, "POST REQUESTS DEPARTMENT GUIDANCE ON THE VISA QUESTION.");
	add_para(c, 3, 2, "THE DEPARTMENT SHOULD NOT RAISE THE ISSUE WITH THE MINISTER.");
	add_para(c, 3, 3, "WE WOULD APPRECIATE EMBASSY ROME'S AND EMBASSY PARIS'S HELP IN "
	         "CONTACTING THE FAMILY.");
	tasking_find(c);
	assert_string_equal(got(c, 3)->summary, "PROVIDE HELP IN CONTACTING THE FAMILY");
	assert_string_equal(got(c, 1)->summary, "PROVIDE GUIDANCE ON THE VISA QUESTION");
	assert_string_equal(got(c, 2)->summary, "DO NOT RAISE THE ISSUE WITH THE MINISTER");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_post_in_capitals),
		cmocka_unit_test(test_washington_in_capitals),
		cmocka_unit_test(test_lead_in_capitals),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_tasking_lines.c - where a checklist line stops and what it leaves
 * out: not past a semicolon that opens another clause ("Report reactions;
 * the Department needs them by"), not on the hedge before a deadline
 * ("ASAP, and in any case before"), without the posts a request names
 * after "from" ("input from Embassy Rome on the vote"), and with the noun
 * a relative request qualifies ("the steps we ask posts to take"), and
 * a post's request of a clause without "that" as one ("requests urgent
 * consideration be given": "Ensure that ... be given"), and "do so" with
 * whom the words before it name ("Do so: posts that have not yet
 * responded to reftel").  The
 * sentences are written here (fictional events, the forms of real
 * cables). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "parse/cable.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_posts[] = {
	{ "RUEHVL", "AMEMBASSY VALLETTA", "PRIORITY", "0101", false },
	{ "RUEHRO", "AMEMBASSY ROME", "PRIORITY", "0102", false },
};

static struct addressee to_state[] = {
	{ "RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "0201", false },
};

static void test_line_stops(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2009, 11, 6);
	add_para(c, 5, 1, "Posts should report reactions; the Department needs them by "
	         "November 12.");
	add_para(c, 5, 2, "Posts should report reactions ASAP, and in any case before "
	         "November 12.");
	add_para(c, 5, 3, "Posts should report reactions at once, and at the latest by "
	         "November 12.");
	add_para(c, 5, 4, "Posts that have not yet responded to reftel should do so by "
	         "November 12.");
	add_para(c, 5, 5, "Posts should do so by November 12.");
	tasking_find(c);
	assert_string_equal(got(c, 4)->summary,
	                    "Do so: posts that have not yet responded to reftel");
	assert_string_equal(got(c, 4)->deadline, "2009-11-12");
	assert_string_equal(got(c, 5)->summary, "Do so");
	assert_string_equal(got(c, 1)->summary, "Report reactions");
	assert_string_equal(got(c, 2)->summary, "Report reactions ASAP");
	assert_string_equal(got(c, 3)->summary, "Report reactions at once");
	/* the deadline is still read */
	assert_string_equal(got(c, 2)->deadline, "2009-11-12");
	cable_free(c);
}

static void test_line_leaves_out(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2009, 11, 6);
	add_para(c, 3, 1, "The Department would appreciate input from Embassy Rome on the "
	         "motion.");
	add_para(c, 3, 2, "Paragraphs 4-8 below set out the steps we ask posts to take; "
	         "points for use with host governments are in paragraph 9.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_string_equal(t->summary, "Provide input on the motion");
	assert_true(has_party(t, "AMEMBASSY ROME"));
	assert_false(has_party(t, "AMEMBASSY VALLETTA"));
	assert_string_equal(got(c, 2)->summary, "Take the steps");
	cable_free(c);

	c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2009, 11, 6);
	add_para(c, 2, 1, "RSO requests urgent consideration be given to this request.");
	add_para(c, 2, 2, "RSO requests urgent consideration of this request.");
	tasking_find(c);
	assert_string_equal(got(c, 1)->summary,
	                    "Ensure that urgent consideration be given to this request");
	assert_string_equal(got(c, 2)->summary, "Provide urgent consideration of this request");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_stops),
		cmocka_unit_test(test_line_leaves_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

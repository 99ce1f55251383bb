/* test_ask_line.c - the line offered for a tasking the reviewer adds
 * (tasking/ask_line.h): the first sentence that asks, else the first;
 * "U.S." and initials do not end a sentence; whitespace folded; a long
 * sentence cut at a word with "...", never inside a UTF-8 character. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "tasking/ask_line.h"

static void test_first_asking(void **state)
{
	(void)state;
	char out[200];
	assert_string_equal(ask_line("Background. The U.S. Coast Guard met.  Post is "
	                             "requested to deliver\nthe nonpaper. Thanks.", out,
	                             sizeof out),
	                    "Post is requested to deliver the nonpaper.");
	assert_string_equal(ask_line("Summary. Nothing here is new. Really.", out,
	                             sizeof out), "Summary.");
	assert_string_equal(ask_line("The U.S. delegation should raise it with Mr. K. "
	                             "Smith. End.", out, sizeof out),
	                    "The U.S. delegation should raise it with Mr. K. Smith.");
	assert_string_equal(ask_line("PLEASE SLUG REPLIES FOR EUR/RPM", out, sizeof out),
	                    "PLEASE SLUG REPLIES FOR EUR/RPM");
	assert_string_equal(ask_line("Unrequested notes. Embassies should reply.", out,
	                             sizeof out), "Embassies should reply.");
	assert_string_equal(ask_line(NULL, out, sizeof out), "");
	assert_string_equal(ask_line("   ", out, sizeof out), "");
}

static void test_cut(void **state)
{
	(void)state;
	char out[24];
	ask_line("Post should deliver the nonpaper to the ministry today.", out, sizeof out);
	assert_string_equal(out, "Post should deliver...");
	char small[16];
	ask_line("Please répondez à l'ambassade", small, sizeof small);
	assert_true(strlen(small) < sizeof small);
	/* the cut is never inside a character: no lone continuation byte */
	size_t n = strlen(small);
	assert_memory_equal(small + n - 3, "...", 3);
	assert_true(((unsigned char)small[n - 4] & 0xc0) != 0xc0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_asking),
		cmocka_unit_test(test_cut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

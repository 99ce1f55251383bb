/* test_base.c - core/base: the shared helpers every other folder stands
 * on (error). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "base/error.h"

/* ---- error.h ------------------------------------------------------------- */

static void test_error_set(void **state)
{
	(void)state;
	struct ct_error err = { "" };
	ct_error_set(&err, "%s:%d: %s", "a.yaml", 3, "bad key");
	assert_string_equal(err.msg, "a.yaml:3: bad key");
	/* cut to fit, always NUL-terminated */
	char big[600];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	ct_error_set(&err, "why: %s", big);
	assert_int_equal(strlen(err.msg), sizeof err.msg - 1);
	assert_memory_equal(err.msg, "why: xxx", 8);
	/* NULL: the caller does not want the words */
	ct_error_set(NULL, "%s", "ignored");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_set),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

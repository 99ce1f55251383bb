/* test_base.c - core/base: the shared helpers every other folder stands
 * on (error, ascii). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <locale.h>
#include <string.h>

#include "base/ascii.h"
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

/* ---- ascii.h ------------------------------------------------------------- */

/* Every byte, as a char (negative above 0x7F), an unsigned char and an
 * int: the answers of <ctype.h> in the C locale for ASCII, and "no" (case
 * unchanged) for every byte of a UTF-8 sequence. */
static void test_ascii_classes(void **state)
{
	(void)state;
	setlocale(LC_CTYPE, "C");
	for (int v = -128; v < 256; v++) {
		int c = v < 0 ? v + 256 : v;          /* the byte */
		bool in = c < 128;
		char ch = (char)v;
		assert_int_equal(ascii_is_digit(v), in && isdigit(c));
		assert_int_equal(ascii_is_digit(ch), in && isdigit(c));
		assert_int_equal(ascii_is_upper(ch), in && isupper(c));
		assert_int_equal(ascii_is_lower(ch), in && islower(c));
		assert_int_equal(ascii_is_alpha(ch), in && isalpha(c));
		assert_int_equal(ascii_is_alnum(ch), in && isalnum(c));
		assert_int_equal(ascii_is_blank(ch), in && isblank(c));
		assert_int_equal(ascii_is_space(ch), in && isspace(c));
		assert_int_equal(ascii_is_xdigit(ch), in && isxdigit(c));
		assert_int_equal(ascii_is_alpha((unsigned char)ch), in && isalpha(c));
		assert_int_equal(ascii_to_lower(ch), (char)(in ? tolower(c) : c));
		assert_int_equal(ascii_to_upper(ch), (char)(in ? toupper(c) : c));
		int hv = ascii_hex_value(ch);
		if (in && isxdigit(c))
			assert_int_equal(hv, isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
		else
			assert_int_equal(hv, -1);
	}
	/* a Latin-1 "É" (0xC9) and the lead byte of UTF-8 "É" are no letters */
	assert_false(ascii_is_alpha('\xC9'));
	assert_false(ascii_is_upper((unsigned char)0xC3));
	assert_int_equal(ascii_to_lower('\xC9'), '\xC9');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_set),
		cmocka_unit_test(test_ascii_classes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_base.c - core/base: the shared helpers every other folder stands
 * on (error, ascii, utf8). */
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
#include "base/utf8.h"

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

/* ---- utf8.h -------------------------------------------------------------- */

static size_t dec(const char *s, size_t len, uint32_t *cp)
{
	*cp = 0xDEAD;
	return utf8_decode((const unsigned char *)s, len, cp);
}

static void test_utf8_decode(void **state)
{
	(void)state;
	uint32_t cp;
	assert_int_equal(dec("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(dec("", 1, &cp), 1);               /* NUL is ASCII */
	assert_int_equal(cp, 0);
	assert_int_equal(dec("\xC2\xB6x", 3, &cp), 2);       /* pilcrow */
	assert_int_equal(cp, 0xB6);
	assert_int_equal(dec("\xE2\x80\x99", 3, &cp), 3);
	assert_int_equal(cp, 0x2019);
	assert_int_equal(dec("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(dec("\xF4\x8F\xBF\xBF", 4, &cp), 4);
	assert_int_equal(cp, 0x10FFFF);
	/* invalid: 0, and *cp untouched */
	static const struct { const char *s; size_t len; } bad[] = {
		{ "\x80", 1 },                     /* a continuation byte alone */
		{ "\xBF", 1 },
		{ "\xC0\x80", 2 },                 /* overlong NUL */
		{ "\xC1\xBF", 2 },                 /* overlong */
		{ "\xE0\x80\x80", 3 },             /* overlong */
		{ "\xE0\x9F\xBF", 3 },             /* overlong U+07FF */
		{ "\xF0\x8F\xBF\xBF", 4 },         /* overlong U+FFFF */
		{ "\xED\xA0\x80", 3 },             /* surrogate U+D800 */
		{ "\xED\xBF\xBF", 3 },             /* surrogate U+DFFF */
		{ "\xF4\x90\x80\x80", 4 },         /* U+110000 */
		{ "\xF5\x80\x80\x80", 4 },
		{ "\xFF", 1 },
		{ "\xE2\x82", 2 },                 /* cut short by len */
		{ "\xE2\x82\xAC", 2 },
		{ "\xE2(\xAC", 3 },                /* not a continuation byte */
		{ "\xC3", 1 },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(dec(bad[i].s, bad[i].len, &cp), 0);
		assert_int_equal(cp, 0xDEAD);
	}
}

/* Every scalar value encodes and decodes back; surrogates and values past
 * U+10FFFF do not encode. */
static void test_utf8_round_trip(void **state)
{
	(void)state;
	for (uint32_t v = 0; v <= 0x10FFFF; v++) {
		char b[4];
		size_t n = utf8_encode(v, b);
		if (v >= 0xD800 && v <= 0xDFFF) {
			assert_int_equal(n, 0);
			continue;
		}
		assert_int_equal(n, v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4);
		uint32_t cp;
		assert_int_equal(dec(b, n, &cp), n);
		assert_int_equal(cp, v);
		if (n > 1)
			assert_int_equal(dec(b, n - 1, &cp), 0);
	}
	char b[4];
	assert_int_equal(utf8_encode(0x110000, b), 0);
	assert_int_equal(utf8_encode(UINT32_MAX, b), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_set),
		cmocka_unit_test(test_ascii_classes),
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_utf8_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

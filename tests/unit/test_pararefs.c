/* test_pararefs.c - paragraphs named in prose, with real sentences. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "tasking/pararefs.h"

static void expect(const char *text, const int *want, size_t nwant)
{
	int got[64];
	size_t n = pararefs_find(text, got, 64);
	assert_int_equal(n, nwant);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(got[i], want[i]);
}

static void test_pointers(void **state)
{
	(void)state;
	/* the seed, 08STATE103511, 09STATE15113, 04BOGOTA8900 */
	expect("This is an action request for USOSCE and UNVIE, see paras 4 and 7 below.",
	       (const int[]){ 4, 7 }, 2);
	expect("This is an action request. Please see paragraphs 4-7.",
	       (const int[]){ 4, 5, 6, 7 }, 4);
	expect("This is an action request; see Para. 13.", (const int[]){ 13 }, 1);
	expect("THIS IS AN ACTION REQUEST. PLEASE SEE PARAGRAPH 9.", (const int[]){ 9 }, 1);
	expect("see paras 3, 5, and 9 through 11", (const int[]){ 3, 5, 9, 10, 11 }, 5);
}

static void test_not_references(void **state)
{
	(void)state;
	/* "paragraph 4 of resolution 1810" names a paragraph of another text,
	 * but reads the same: it is found; words that only start alike are not */
	expect("the nonpaper in para 5 (OSCE UNSCR 1540 Strategy Paper)",
	       (const int[]){ 5 }, 1);
	expect("paramilitary groups and parallel structures", NULL, 0);
	expect("paragraph one of the statement", NULL, 0);
	expect("", NULL, 0);
	expect("see para 2001a", NULL, 0);
	/* a span of more than 19 is no range; "par" only before a number */
	expect("paras 4-60", (const int[]){ 4 }, 1);
	expect("par excellence, see par 6", (const int[]){ 6 }, 1);
}

/* One list at a para word, bounded: what the tasking finder reads. */
static void test_read_one_list(void **state)
{
	(void)state;
	int got[8];
	const char *s = "paras 4 and para 7. See para 9.";
	assert_int_equal(pararefs_read(s, 18, got, 8), 2);
	assert_int_equal(got[0], 4);
	assert_int_equal(got[1], 7);
	/* the bound is kept: "7" is past it */
	assert_int_equal(pararefs_read(s, 13, got, 8), 1);
	assert_int_equal(pararefs_read("see para 9", 10, got, 8), 0);
	assert_int_equal(pararefs_read("PARAGRAPHS 2 THROUGH 4", 22, got, 8), 3);
	assert_int_equal(got[2], 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pointers),
		cmocka_unit_test(test_not_references),
		cmocka_unit_test(test_read_one_list),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_config.c - the settings file (core/config/config.c): the keys it
 * takes, what it warns about with file and line, and that nothing stops
 * the rest from being read. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/date.h"
#include "config/config.h"

static void parse(struct config *c, const char *yaml)
{
	config_init(c);
	config_parse(c, yaml, strlen(yaml), "config.yaml");
}

static bool warned(const struct config *c, const char *words)
{
	for (size_t i = 0; i < c->nwarnings; i++)
		if (strstr(c->warnings[i], words))
			return true;
	return false;
}

static void test_every_key(void **state)
{
	(void)state;
	struct config c;
	parse(&c, "# mine\npost: USOSCE\nkeymap: vi\ncolours: off\n"
	          "date-format: \"%d %b %Y\"\n");
	assert_int_equal(c.nwarnings, 0);
	assert_string_equal(c.post, "USOSCE");
	assert_int_equal(c.post_line, 2);
	assert_string_equal(c.keymap, "vi");
	assert_int_equal(c.keymap_line, 3);
	assert_int_equal(c.colours, 0);
	assert_string_equal(c.date_format, "%d %b %Y");
	config_free(&c);
	/* the other spelling, the other words for on */
	parse(&c, "colors: yes\n");
	assert_int_equal(c.colours, 1);
	assert_null(c.post);
	assert_null(c.date_format);
	config_free(&c);
	/* an empty file, a file of comments: nothing set, nothing said */
	parse(&c, "");
	assert_int_equal(c.nwarnings, 0);
	assert_int_equal(c.colours, -1);
	config_free(&c);
	parse(&c, "# nothing yet\n");
	assert_int_equal(c.nwarnings, 0);
	config_free(&c);
}

static void test_warnings(void **state)
{
	(void)state;
	struct config c;
	parse(&c, "post: KYIV\nfont: large\ncolours: maybe\n"
	          "date-format: \"%H:%M\"\nkeymap: [vi, emacs]\npost: ROME\n");
	/* each warning names the file and the line, and the rest is taken */
	assert_int_equal(c.nwarnings, 5);
	assert_true(warned(&c, "config.yaml:2: unknown key 'font'"));
	assert_true(warned(&c, "config.yaml:3: colours: 'maybe' is not on or off (ignored)"));
	assert_true(warned(&c, "config.yaml:4: date-format: '%H:%M'"));
	assert_true(warned(&c, "config.yaml:5: keymap: wants a word"));
	assert_true(warned(&c, "config.yaml:6: 'post' given again; the first stands"));
	assert_string_equal(c.post, "KYIV");
	assert_null(c.keymap);
	assert_int_equal(c.colours, -1);
	assert_null(c.date_format);
	config_free(&c);
	/* no YAML, or not a mapping: one warning, nothing set */
	parse(&c, "post: [unclosed\n");
	assert_int_equal(c.nwarnings, 1);
	assert_non_null(strstr(c.warnings[0], "config.yaml:"));
	assert_null(c.post);
	config_free(&c);
	parse(&c, "- post\n- vi\n");
	assert_int_equal(c.nwarnings, 1);
	assert_true(warned(&c, "config.yaml:1: the file is not a list of 'key: value'"));
	config_free(&c);
	/* an anchor is refused by the hardened reader */
	parse(&c, "post: &a KYIV\nkeymap: *a\n");
	assert_int_equal(c.nwarnings, 1);
	assert_null(c.post);
	config_free(&c);
}

static void test_dates(void **state)
{
	(void)state;
	char buf[32];
	long day = days_from_civil(2008, 10, 15);
	assert_string_equal(config_format_date(NULL, day, buf, sizeof buf), "2008-10-15");
	assert_string_equal(config_format_date("iso", day, buf, sizeof buf), "2008-10-15");
	assert_string_equal(config_format_date("%d/%m/%Y", day, buf, sizeof buf), "15/10/2008");
	assert_string_equal(config_format_date("%a %e %b", day, buf, sizeof buf), "Wed 15 Oct");
	assert_string_equal(config_format_date("%j", day, buf, sizeof buf), "289");
	day = days_from_civil(2009, 1, 4);      /* a Sunday */
	assert_string_equal(config_format_date("%A", day, buf, sizeof buf), "Sunday");
	assert_true(config_date_format_ok("iso"));
	assert_true(config_date_format_ok("%d %b %Y"));
	assert_true(config_date_format_ok("%%%d"));
	assert_false(config_date_format_ok(""));
	assert_false(config_date_format_ok("%H"));         /* no times */
	assert_false(config_date_format_ok("%d %"));       /* cut */
	assert_false(config_date_format_ok("%A %B %d, %Y ....")); /* too long */
	assert_false(config_date_format_ok("%d\n%m"));
}

static void test_load(void **state)
{
	(void)state;
	char dir[] = "/tmp/test_config_XXXXXX";
	assert_non_null(mkdtemp(dir));
	char sub[128], path[160];
	snprintf(sub, sizeof sub, "%s/cabletrack", dir);
	snprintf(path, sizeof path, "%s/config.yaml", sub);
	setenv("XDG_CONFIG_HOME", dir, 1);
	struct config c;
	config_init(&c);
	config_load(&c);                        /* no file: nothing said */
	assert_int_equal(c.nwarnings, 0);
	assert_null(c.file);
	config_free(&c);
	assert_int_equal(mkdir(sub, 0700), 0);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("keymap: emacs\ncolour: on\n", f);
	fclose(f);
	config_load(&c);
	assert_string_equal(c.file, path);
	assert_string_equal(c.keymap, "emacs");
	assert_int_equal(c.nwarnings, 1);
	char want[200];
	snprintf(want, sizeof want, "%s:2: unknown key 'colour'", path);
	assert_true(warned(&c, want));
	config_free(&c);
	/* a folder where the file should be: said, never fatal */
	unlink(path);
	assert_int_equal(mkdir(path, 0700), 0);
	config_load(&c);
	assert_int_equal(c.nwarnings, 1);
	assert_non_null(strstr(c.warnings[0], path));
	config_free(&c);
	rmdir(path);
	rmdir(sub);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_key),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_load),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

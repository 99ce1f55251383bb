/* test_keymap.c - keymaps: shipped files, key names, errors, lookup. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <curses.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/embedded.h"
#include "keymap/keymap.h"

static char tmpdir[64];

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* A private XDG_CONFIG_HOME (empty, so only the shipped keymaps exist). */
static int setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/ct-keymap-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	char dir[128];
	snprintf(dir, sizeof dir, "%s/cabletrack", tmpdir);
	if (mkdir(dir, 0700) != 0)
		return -1;
	setenv("XDG_CONFIG_HOME", tmpdir, 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static struct keymap *parse_ok(const char *text)
{
	struct keymap *k = NULL;
	struct ct_error err = {{0}};
	int rc = keymap_parse(text, strlen(text), "t.yaml", &k, &err);
	if (rc != 0)
		print_error("unexpected error: %s\n", err.msg);
	assert_int_equal(rc, 0);
	assert_non_null(k);
	return k;
}

static void parse_fails(const char *text, const char *want)
{
	struct keymap *k = NULL;
	struct ct_error err = {{0}};
	assert_int_equal(keymap_parse(text, strlen(text), "t.yaml", &k, &err), -1);
	assert_null(k);
	if (!strstr(err.msg, want))
		print_error("got '%s', want '%s'\n", err.msg, want);
	assert_non_null(strstr(err.msg, want));
}

static enum keymap_action look(const struct keymap *k, const char *keys, bool *prefix)
{
	int seq[KEYMAP_MAX_SEQ];
	size_t n = 0;
	for (const char *p = keys; *p; p++)
		seq[n++] = (unsigned char)*p;
	return keymap_lookup(k, seq, n, prefix);
}

static void test_curses_codes(void **state)
{
	(void)state;
	assert_int_equal(keymap_key_code("Up"), KEY_UP);
	assert_int_equal(keymap_key_code("Down"), KEY_DOWN);
	assert_int_equal(keymap_key_code("Left"), KEY_LEFT);
	assert_int_equal(keymap_key_code("Right"), KEY_RIGHT);
	assert_int_equal(keymap_key_code("Home"), KEY_HOME);
	assert_int_equal(keymap_key_code("End"), KEY_END);
	assert_int_equal(keymap_key_code("PgUp"), KEY_PPAGE);
	assert_int_equal(keymap_key_code("PgDn"), KEY_NPAGE);
	assert_int_equal(keymap_key_code("BTab"), KEY_BTAB);
	assert_int_equal(keymap_key_code("Backspace"), KEY_BACKSPACE);
	assert_int_equal(keymap_key_code("Delete"), KEY_DC);
	assert_int_equal(keymap_key_code("F1"), KEY_F(1));
	assert_int_equal(keymap_key_code("F12"), KEY_F(12));
	/* what the terminal sends for Enter matches a binding of Enter */
	struct keymap *k = parse_ok("bind:\n  Enter: toggle\n  Backspace: parent\n");
	int enter[] = {KEY_ENTER}, cr[] = {'\r'}, del[] = {127};
	assert_int_equal(keymap_lookup(k, enter, 1, NULL), ACT_TOGGLE);
	assert_int_equal(keymap_lookup(k, cr, 1, NULL), ACT_TOGGLE);
	assert_int_equal(keymap_lookup(k, del, 1, NULL), ACT_PARENT);
	keymap_free(k);
}

static void test_key_names(void **state)
{
	(void)state;
	assert_int_equal(keymap_key_code("j"), 'j');
	assert_int_equal(keymap_key_code("G"), 'G');
	assert_int_equal(keymap_key_code("/"), '/');
	assert_int_equal(keymap_key_code("C-d"), 4);
	assert_int_equal(keymap_key_code("C-D"), 4);
	assert_int_equal(keymap_key_code("C-l"), 12);
	assert_int_equal(keymap_key_code("C-_"), 0x1f);
	assert_int_equal(keymap_key_code("M-v"), KEYMAP_META | 'v');
	assert_int_equal(keymap_key_code("M-<"), KEYMAP_META | '<');
	assert_int_equal(keymap_key_code("M-C-x"), KEYMAP_META | 24);
	assert_int_equal(keymap_key_code("Enter"), '\n');
	assert_int_equal(keymap_key_code("Tab"), '\t');
	assert_int_equal(keymap_key_code("Esc"), 27);
	assert_int_equal(keymap_key_code("Space"), ' ');
	assert_int_equal(keymap_key_code("\xc3\xa9"), 0xe9);      /* é */
	assert_int_equal(keymap_key_code("PgDown"), -1);
	assert_int_equal(keymap_key_code("F13"), -1);
	assert_int_equal(keymap_key_code("C-1"), -1);
	assert_int_equal(keymap_key_code("M-M-x"), -1);
	assert_int_equal(keymap_key_code("jj"), -1);
	assert_int_equal(keymap_key_code(""), -1);
	assert_int_equal(keymap_key_code("\xff"), -1);
	assert_int_equal(keymap_key_code("\xc6\x9a"), -1);      /* U+019A is KEY_RESIZE */

	/* name -> code -> the same name */
	static const char *const names[] = {
		"j", "G", "?", "C-a", "C-z", "C-_", "M-v", "M-<", "Up", "PgDn", "End",
		"Enter", "Tab", "BTab", "Esc", "Space", "Backspace", "Delete", "F1",
		"F12", "M-Enter", "\xc3\xa9", "C-Space",
	};
	char buf[32];
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		int code = keymap_key_code(names[i]);
		assert_true(code >= 0);
		assert_string_equal(keymap_key_name(code, buf, sizeof buf), names[i]);
	}
	assert_string_equal(keymap_key_name(KEY_ENTER, buf, sizeof buf), "Enter");
	assert_string_equal(keymap_key_name(127, buf, sizeof buf), "Backspace");
	assert_string_equal(keymap_key_name(0x110000, buf, sizeof buf), "<1114112>");
	assert_string_equal(keymap_key_name(KEY_RESIZE, buf, sizeof buf), "<410>");
}

static void test_actions_table(void **state)
{
	(void)state;
	for (int a = 0; a < ACT_COUNT; a++) {
		const char *name = keymap_action_name((enum keymap_action)a);
		assert_int_equal(keymap_action_parse(name), a);
		assert_true(strlen(keymap_action_help((enum keymap_action)a)) > 3);
		/* every action has a help group, and the table is written group
		 * by group, in the order the help shows them */
		enum keymap_group g = keymap_action_group((enum keymap_action)a);
		assert_true(g >= 0 && g < GRP_COUNT);
		if (a > 0)
			assert_true(g >= keymap_action_group((enum keymap_action)(a - 1)));
	}
	for (int g = 0; g < GRP_COUNT; g++)
		assert_true(*keymap_group_title((enum keymap_group)g));
	assert_string_equal(keymap_group_title(GRP_COUNT), "");
	assert_int_equal(keymap_action_group(ACT_NONE), GRP_COUNT);
	assert_int_equal(keymap_action_parse("nxt"), ACT_NONE);
	assert_int_equal(keymap_action_parse("none"), ACT_NONE);
}

static void test_shipped(void **state)
{
	(void)state;
	static const char *const names[] = {"default", "vi", "emacs"};
	char buf[256];
	for (size_t i = 0; i < 3; i++) {
		struct keymap *k = NULL;
		struct ct_error err = {{0}};
		int rc = keymap_load(names[i], &k, &err);
		if (rc != 0)
			print_error("%s: %s\n", names[i], err.msg);
		assert_int_equal(rc, 0);
		assert_string_equal(k->name, names[i]);
		/* the help screen can show a key for every action */
		for (int a = 0; a < ACT_COUNT; a++) {
			keymap_keys_for(k, (enum keymap_action)a, buf, sizeof buf);
			if (!*buf)
				print_error("%s: no key for %s\n", names[i],
				            keymap_action_name((enum keymap_action)a));
			assert_true(*buf);
		}
		for (size_t j = 0; j < k->n; j++)
			assert_true(k->b[j].line > 0);
		print_message("keymap %s: %zu bindings\n", names[i], k->n);
		keymap_free(k);
	}
	/* each shipped file is also in the binary */
	assert_non_null(embedded_find("keymaps/default.yaml"));
	struct keymap *k = NULL;
	struct ct_error err;
	assert_int_equal(keymap_load("nosuch", &k, &err), -1);
	assert_non_null(strstr(err.msg, "no keymap 'nosuch'"));
	assert_int_equal(keymap_load("../etc", &k, &err), -1);
}

static void test_default(void **state)
{
	(void)state;
	struct keymap *k = NULL;
	struct ct_error err;
	assert_int_equal(keymap_load("default", &k, &err), 0);
	bool prefix = true;
	assert_int_equal(look(k, "j", &prefix), ACT_NEXT);
	assert_false(prefix);
	assert_int_equal(look(k, "?", NULL), ACT_HELP);
	assert_int_equal(look(k, "]", NULL), ACT_NEXT_TASKED);
	assert_int_equal(look(k, "\f", NULL), ACT_REDRAW);       /* C-l */
	int down[] = {KEY_DOWN}, npage[] = {KEY_NPAGE};
	assert_int_equal(keymap_lookup(k, down, 1, NULL), ACT_NEXT);
	assert_int_equal(keymap_lookup(k, npage, 1, NULL), ACT_PAGE_DOWN);
	assert_int_equal(look(k, "Z", &prefix), ACT_NONE);
	assert_false(prefix);
	char buf[64];
	assert_string_equal(keymap_keys_for(k, ACT_NEXT, buf, sizeof buf), "j, Down");
	assert_string_equal(keymap_keys_for(k, ACT_PAGE_DOWN, buf, sizeof buf), "PgDn, C-f");
	/* a short buffer keeps whole names only */
	assert_string_equal(keymap_keys_for(k, ACT_NEXT, buf, 5), "j");
	assert_string_equal(keymap_keys_for(k, ACT_NEXT, buf, 1), "");
	keymap_free(k);
}

static void test_vi_prefix(void **state)
{
	(void)state;
	struct keymap *k = NULL;
	struct ct_error err;
	assert_int_equal(keymap_load("vi", &k, &err), 0);
	bool prefix = false;
	assert_int_equal(look(k, "g", &prefix), ACT_NONE);
	assert_true(prefix);
	assert_int_equal(look(k, "gg", &prefix), ACT_FIRST);
	assert_false(prefix);
	assert_int_equal(look(k, "z", &prefix), ACT_NONE);
	assert_true(prefix);
	assert_int_equal(look(k, "zc", &prefix), ACT_PARENT);
	assert_int_equal(look(k, "zx", &prefix), ACT_NONE);
	assert_false(prefix);
	assert_int_equal(look(k, "\x04", NULL), ACT_PAGE_DOWN);  /* C-d */
	assert_int_equal(look(k, "j", NULL), ACT_NEXT);          /* inherited */
	char buf[64];
	assert_string_equal(keymap_keys_for(k, ACT_FIRST, buf, sizeof buf), "Home, gg");
	keymap_free(k);
}

static void test_emacs(void **state)
{
	(void)state;
	struct keymap *k = NULL;
	struct ct_error err;
	assert_int_equal(keymap_load("emacs", &k, &err), 0);
	int mv[] = {KEYMAP_META | 'v'};
	assert_int_equal(keymap_lookup(k, mv, 1, NULL), ACT_PAGE_UP);
	assert_int_equal(look(k, "\x06", NULL), ACT_UNFOLD);     /* C-f overridden */
	bool prefix = false;
	assert_int_equal(look(k, "\x18", &prefix), ACT_NONE);    /* C-x ... */
	assert_true(prefix);
	assert_int_equal(look(k, "\x18\x03", &prefix), ACT_QUIT);/* C-x C-c */
	assert_int_equal(look(k, "\x18u", NULL), ACT_UNDO);
	char buf[64];
	assert_string_equal(keymap_keys_for(k, ACT_QUIT, buf, sizeof buf),
	                    "q, C-x C-c");
	/* C-g cancels (a prompt), it never quits; C-s searches */
	assert_int_equal(look(k, "\x07", NULL), ACT_NONE);
	assert_int_equal(look(k, "\x13", NULL), ACT_SEARCH);
	keymap_free(k);
}

static void test_errors(void **state)
{
	(void)state;
	parse_fails("name: t\nbind:\n  j: next\n  k: nxt\n",
	            "t.yaml:4: unknown action 'nxt'");
	parse_fails("bind:\n  j: next\n  x: quit\n  j: prev\n",
	            "t.yaml:4: key 'j' bound twice (also line 2)");
	/* the same key written two ways */
	parse_fails("bind:\n  Enter: toggle\n  C-m: quit\n",
	            "t.yaml:3: key 'C-m' bound twice (also line 2)");
	parse_fails("bind:\n  j: next\n  PgDown: page-down\n",
	            "t.yaml:3: unknown key name 'PgDown'");
	parse_fails("bind:\n  C-1: next\n", "t.yaml:2: unknown key name 'C-1'");
	parse_fails("bind:\n  abcde: next\n", "t.yaml:2: key 'abcde' is longer than 4 keys");
	parse_fails("bind:\n  g: first\n  gg: last\n",
	            "t.yaml:3: key 'g' is also the start of 'gg'");
	parse_fails("bind:\n  j:\n", "t.yaml:2: key 'j' needs an action");
	parse_fails("bnd:\n  j: next\n", "t.yaml:1: unknown key 'bnd'");
	parse_fails("bind: [j, next]\n", "t.yaml:1: bind must be a mapping");
	parse_fails("bind:\n  j: next\n k: prev\n", "t.yaml:3:");
	parse_fails("- j\n", "t.yaml:1: a keymap is a mapping");
	parse_fails("inherit: nosuch\n", "t.yaml:1: no keymap 'nosuch'");
	/* the shared loader refuses anchors and aliases */
	parse_fails("bind: &b\n  j: next\n", "t.yaml:1: anchors (&b) are not allowed");
	parse_fails("inherit: default\nbind:\n  j: *x\n", "t.yaml:3: aliases (*x)");
	/* inheriting: a clash made by the child is reported in the child */
	parse_fails("inherit: default\nbind:\n  jj: next\n",
	            "t.yaml:3: key 'j' is also the start of 'jj'");
}

static void test_inherit_override(void **state)
{
	(void)state;
	struct keymap *k = parse_ok("name: mine\ninherit: vi\nbind:\n  q: none\n  Q: quit\n"
	                            "  j: prev\n");
	assert_string_equal(k->name, "mine");
	assert_int_equal(look(k, "q", NULL), ACT_NONE);
	assert_int_equal(look(k, "Q", NULL), ACT_QUIT);
	assert_int_equal(look(k, "j", NULL), ACT_PREV);
	assert_int_equal(look(k, "gg", NULL), ACT_FIRST);
	for (size_t i = 0; i < k->n; i++)
		if (strcmp(k->b[i].key, "Q") == 0)
			assert_int_equal(k->b[i].line, 5);
	keymap_free(k);
}

static void test_user_files(void **state)
{
	(void)state;
	char path[256];
	/* the user's default.yaml inherits the shipped default */
	snprintf(path, sizeof path, "%s/cabletrack/default.yaml", tmpdir);
	write_file(path, "inherit: default\nbind:\n  x: none\n  X: toggle-done\n");
	struct keymap *k = NULL;
	struct ct_error err = {{0}};
	int rc = keymap_load("default", &k, &err);
	if (rc)
		print_error("%s\n", err.msg);
	assert_int_equal(rc, 0);
	assert_int_equal(look(k, "x", NULL), ACT_NONE);
	assert_int_equal(look(k, "X", NULL), ACT_TOGGLE_DONE);
	assert_int_equal(look(k, "j", NULL), ACT_NEXT);
	keymap_free(k);
	/* errors in a user file name it */
	write_file(path, "inherit: default\nbind:\n  x: done\n");
	assert_int_equal(keymap_load("default", &k, &err), -1);
	assert_non_null(strstr(err.msg, "cabletrack/default.yaml:3: unknown action 'done'"));
	assert_int_equal(unlink(path), 0);

	/* a loop between two user files */
	snprintf(path, sizeof path, "%s/cabletrack/a.yaml", tmpdir);
	write_file(path, "inherit: b\n");
	snprintf(path, sizeof path, "%s/cabletrack/b.yaml", tmpdir);
	write_file(path, "inherit: a\n");
	assert_int_equal(keymap_load("a", &k, &err), -1);
	assert_non_null(strstr(err.msg, "b.yaml:1: inheritance loop through 'a'"));

	/* by path, with a relative inherit; and a loop by paths */
	snprintf(path, sizeof path, "%s/p1.yaml", tmpdir);
	write_file(path, "inherit: ./p2.yaml\nbind:\n  j: prev\n");
	char p2[256];
	snprintf(p2, sizeof p2, "%s/p2.yaml", tmpdir);
	write_file(p2, "name: p2\ninherit: emacs\n");
	assert_int_equal(keymap_load(path, &k, &err), 0);
	assert_string_equal(k->name, "p1");
	assert_int_equal(look(k, "j", NULL), ACT_PREV);
	assert_int_equal(look(k, "\x0e", NULL), ACT_NEXT);       /* C-n from emacs */
	keymap_free(k);
	write_file(p2, "inherit: p1.yaml/../p1.yaml\n");
	write_file(p2, "inherit: ./p1.yaml\n");
	assert_int_equal(keymap_load(path, &k, &err), -1);
	assert_non_null(strstr(err.msg, "p2.yaml:1: inheritance loop"));
	snprintf(path, sizeof path, "%s/none.yaml", tmpdir);
	assert_int_equal(keymap_load(path, &k, &err), -1);
	assert_non_null(strstr(err.msg, "no such keymap file"));
}

static void test_limits(void **state)
{
	(void)state;
	/* depth 65 and billion laughs stop at once in the shared loader */
	char deep[256] = "bind: ";
	for (int i = 0; i < 65; i++)
		strcat(deep, "[");
	for (int i = 0; i < 65; i++)
		strcat(deep, "]");
	parse_fails(deep, "nested deeper than 64");
	parse_fails("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", "anchors (&a)");
	/* 1001 bindings */
	size_t cap = 1002 * 16, len = 0;
	char *big = malloc(cap);
	assert_non_null(big);
	len += (size_t)snprintf(big, cap, "bind:\n");
	for (int i = 0; i < 1001; i++)
		len += (size_t)snprintf(big + len, cap - len, "  \"%c%c%c\": next\n",
		                        'a' + i % 26, 'a' + i / 26 % 26, 'A' + i / 676);
	struct keymap *k = NULL;
	struct ct_error err;
	assert_int_equal(keymap_parse(big, len, "big.yaml", &k, &err), -1);
	assert_non_null(strstr(err.msg, "more than 1000 bindings"));
	free(big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_curses_codes),
		cmocka_unit_test(test_key_names),
		cmocka_unit_test(test_actions_table),
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_default),
		cmocka_unit_test(test_vi_prefix),
		cmocka_unit_test(test_emacs),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_inherit_override),
		cmocka_unit_test(test_user_files),
		cmocka_unit_test(test_limits),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}

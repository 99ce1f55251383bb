/* test_export_readers.c - what the real readers of the exports need
 * (issue 13): Taskwarrior's dates after 1980 and due at local midnight,
 * todo.txt free text that adds no metadata, Org notes that make no
 * timestamp, the scope line of a many-cable export, the item ids and the
 * priority of a precedence.  tests/readers/run.sh feeds the same to the
 * programs themselves. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "export/export.h"
#include "export_text.h"

static const char *const parties[] = { "AMEMBASSY VALLETTA" };

static struct cable *fixture(const char *id, int year)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	struct arena *a = &c->arena;
	c->source = "x.txt";
	c->id = id;
	c->dtg = (struct dtg){ true, year, 3, 1, 12, 0 };
	c->classification = "CONFIDENTIAL";
	c->precedence = "NIACT IMMEDIATE";
	c->nparas = 1;
	c->paras = arena_alloc(a, sizeof *c->paras);
	c->paras[0] = (struct paragraph){ .number = 2, .classification = "C" };
	c->ntaskings = 1;
	c->taskings = arena_alloc(a, sizeof *c->taskings);
	c->taskings[0] = (struct tasking){ .paragraph = 2,
		.parties = (const char **)parties, .nparties = 1,
		.deadline = year < 1980 ? "1979-03-15" : "2008-10-15",
		.summary = "Deliver the <2001-01-01 Mon> demarche to @MFA +now key:value" };
	return c;
}

static char *note_text = "call @Smith re +budget due:2001-01-01\n<2001-01-01 Mon> at 10:30";

static struct review_item fix_item;
static struct review fix_review;

static const struct review *fixture_review(void)
{
	fix_item = (struct review_item){ .paragraph = 2, .party = "AMEMBASSY VALLETTA",
		.status = STATUS_OPEN, .note = note_text };
	fix_review = (struct review){ .cable_id = "79STATE1", .items = &fix_item, .n = 1,
		.cap = 1, .lock_fd = -1 };
	return &fix_review;
}

/* New York in winter: midnight is 05:00 UTC. */
static long long ny_midnight(int y, int m, int d)
{
	return days_from_civil(y, m, d) * 86400LL + 5 * 3600;
}

static char *render(enum export_format f, const struct cable *const *cs,
                    const struct review *const *rs, size_t n)
{
	struct export_options o = { .now = 1234567890, .midnight = ny_midnight };
	struct export_list l;
	export_build(&l, cs, rs, n, &o);
	return export_text(f, &l);
}

static void test_taskwarrior_dates(void **state)
{
	(void)state;
	struct cable *c79 = fixture("79STATE1", 1979), *c08 = fixture("08STATE1", 2008);
	const struct cable *cs[2] = { c79, c08 };
	const struct review *rs[2] = { fixture_review(), NULL };
	char *s = render(EXPORT_JSON, cs, rs, 2);
	json_error_t je;
	json_t *a = json_loads(s, 0, &je);
	assert_non_null(a);
	assert_int_equal(json_array_size(a), 2);
	json_t *t79 = NULL, *t08 = NULL;
	for (size_t i = 0; i < 2; i++) {
		json_t *o = json_array_get(a, i);
		if (strcmp(json_string_value(json_object_get(o, "cable")), "79STATE1") == 0)
			t79 = o;
		else
			t08 = o;
	}
	assert_non_null(t79);
	assert_non_null(t08);
	/* before 1980: Taskwarrior's first instant, the DTG kept beside it */
	assert_string_equal(json_string_value(json_object_get(t79, "entry")),
	                    "19800101T000000Z");
	assert_string_equal(json_string_value(json_object_get(t79, "dtg")),
	                    "1979-03-01T12:00:00Z");
	assert_null(json_object_get(t79, "due"));
	assert_string_equal(json_string_value(json_object_get(t79, "deadline")), "1979-03-15");
	/* a date-only deadline begins at the user's midnight */
	assert_string_equal(json_string_value(json_object_get(t08, "entry")),
	                    "20080301T120000Z");
	assert_string_equal(json_string_value(json_object_get(t08, "due")),
	                    "20081015T050000Z");
	assert_string_equal(json_string_value(json_object_get(t08, "paragraph")), "2");
	assert_string_equal(json_string_value(json_object_get(t08, "classification")),
	                    "CONFIDENTIAL");
	assert_string_equal(json_string_value(json_object_get(t08, "portion")), "C");
	/* the digest of the note as exported, and the status */
	char digest[17];
	export_note_digest(note_text, digest);
	assert_string_equal(json_string_value(json_object_get(t79, "reviewnote")), digest);
	assert_null(json_object_get(t08, "reviewnote"));
	assert_string_equal(json_string_value(json_object_get(t08, "reviewstatus")), "open");
	json_decref(a);
	free(s);
	cable_free(c79);
	cable_free(c08);
}

static void test_todo_free_text_adds_no_metadata(void **state)
{
	(void)state;
	struct cable *c = fixture("79STATE1", 1979);
	const struct cable *cs[1] = { c };
	const struct review *rs[1] = { fixture_review() };
	char *s = render(EXPORT_TODO, cs, rs, 1);
	/* one line, and it is a task */
	assert_non_null(strchr(s, '\n'));
	assert_ptr_equal(strchr(s, '\n') + 1, s + strlen(s));
	/* the only context, project and keys are ours */
	size_t at = 0, plus = 0, keys = 0;
	for (const char *w = s; *w; w++) {
		if (w != s && w[-1] != ' ')
			continue;
		at += *w == '@';
		plus += *w == '+';
		const char *sp = strpbrk(w, " \n"), *colon = strchr(w, ':');
		keys += colon && sp && colon < sp && colon > w && colon + 1 < sp;
	}
	assert_int_equal(at, 1);
	assert_int_equal(plus, 1);
	assert_int_equal(keys, 3);            /* due: class: id: */
	assert_non_null(strstr(s, "\xef\xbc\xa0Smith re \xef\xbc\x8b" "budget due\xea\x9e\x89" "2001"));
	assert_non_null(strstr(s, " +79STATE1 @VALLETTA due:1979-03-15 class:CONFIDENTIAL id:"));
	free(s);
	cable_free(c);
}

static void test_org_text_makes_no_timestamp(void **state)
{
	(void)state;
	struct cable *c = fixture("79STATE1", 1979);
	const struct cable *cs[1] = { c };
	const struct review *rs[1] = { fixture_review() };
	char *s = render(EXPORT_ORG, cs, rs, 1);
	/* the only active timestamp is the deadline */
	size_t n = 0;
	for (const char *p = s; (p = strchr(p, '<')); p++)
		n += p[1] >= '0' && p[1] <= '9';
	assert_int_equal(n, 1);
	assert_non_null(strstr(s, "DEADLINE: <1979-03-15 Thu>\n"));
	assert_non_null(strstr(s, "\n  <\xe2\x80\x8b" "2001-01-01 Mon> at 10:30\n"));
	/* the closing banner is no heading */
	const char *end = "\n# CONFIDENTIAL\n";
	assert_string_equal(s + strlen(s) - strlen(end), end);
	free(s);
	cable_free(c);
}

static void test_scope_of_many_cables(void **state)
{
	(void)state;
	enum { N = 6 };
	struct cable *c[N];
	const struct cable *cs[N];
	char ids[N][16];
	for (size_t i = 0; i < N; i++) {
		snprintf(ids[i], sizeof ids[i], "08STATE%zu", i);
		c[i] = fixture(ids[i], 2008);
		if (i > 1)
			c[i]->ntaskings = 0;     /* four cables without items */
		cs[i] = c[i];
	}
	char *s = render(EXPORT_MD, cs, NULL, N);
	assert_non_null(strstr(s, "# Taskings: 6 cables, 2 with items: 08STATE0, 08STATE1\n"));
	assert_null(strstr(s, "08STATE5"));
	free(s);
	s = render(EXPORT_ICS, cs, NULL, N);
	assert_non_null(strstr(s, "X-WR-CALNAME:CONFIDENTIAL - taskings: 6 cables\\, 2 with items"));
	assert_non_null(strstr(s, "PRIORITY:3\r\n"));
	free(s);
	for (size_t i = 0; i < N; i++)
		c[i]->ntaskings = 1;
	s = render(EXPORT_ORG, cs, NULL, N);
	assert_non_null(strstr(s, "#+TITLE: Taskings: 6 cables\n"));
	free(s);
	for (size_t i = 0; i < N; i++)
		cable_free(c[i]);
}

static void test_ids_and_priority(void **state)
{
	(void)state;
	char u[37];
	export_item_uuid("08STATE104535", 7, "USMISSION USOSCE", u);
	assert_string_equal(u, "927ee6a5-7b7d-5c93-9f94-4c2af63ef529");
	assert_int_equal(export_priority("FLASH"), 1);
	assert_int_equal(export_priority("NIACT IMMEDIATE"), 3);
	assert_int_equal(export_priority("PRIORITY"), 5);
	assert_int_equal(export_priority("ROUTINE"), 7);
	assert_int_equal(export_priority(NULL), 0);
	char d1[17], d2[17];
	export_note_digest("a  b\nc", d1);
	export_note_digest("a b c", d2);
	assert_string_equal(d1, d2);       /* as flattened */
	export_note_digest(NULL, d1);
	assert_string_equal(d1, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_taskwarrior_dates),
		cmocka_unit_test(test_todo_free_text_adds_no_metadata),
		cmocka_unit_test(test_org_text_makes_no_timestamp),
		cmocka_unit_test(test_scope_of_many_cables),
		cmocka_unit_test(test_ids_and_priority),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_export_corrections.c - the reviewer's corrections in every export
 * format (issue 11): the line in force is the reviewer's, and a reworded
 * line or an added tasking says so where the format has room; the
 * finder's line of a reworded one rides along (JSON, YAML, org, ics); a
 * dismissed tasking is in no format; items without a correction carry
 * none of it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "export_text.h"

#define ALPHA "AMEMBASSY VALLETTA"
#define BRAVO "AMEMBASSY REYKJAVIK"
#define FOUND2 "Deliver the nonpaper to the Ministry of Foreign Affairs"
#define FOUND3 "Report host government replies on the exercise dates"
#define MINE2 "Hand the nonpaper to the MFA Director for Europe"
#define ADDED1 "Confirm receipt to EUR/RPM"

static const char *const both[] = { ALPHA, BRAVO };

/* A fictional cable: ¶2 asks both posts, ¶3 asks both with a deadline. */
static struct cable *fixture(void)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	struct arena *a = &c->arena;
	c->source = "x.txt";
	c->id = "09STATE11111";
	c->dtg = (struct dtg){ true, 2009, 1, 14, 16, 22 };
	c->classification = "UNCLASSIFIED";
	c->subject = "EXERCISE BRIGHT HARBOR";
	c->nparas = 3;
	c->paras = arena_alloc(a, c->nparas * sizeof *c->paras);
	c->paras[0] = (struct paragraph){ .number = 1, .classification = "U",
		.text = "This is an action request." };
	c->paras[1] = (struct paragraph){ .number = 2, .classification = "U" };
	c->paras[2] = (struct paragraph){ .number = 3, .classification = "U" };
	c->ntaskings = 2;
	c->taskings = arena_alloc(a, c->ntaskings * sizeof *c->taskings);
	c->taskings[0] = (struct tasking){ .paragraph = 2,
		.parties = (const char **)both, .nparties = 2, .summary = FOUND2 };
	c->taskings[1] = (struct tasking){ .paragraph = 3,
		.parties = (const char **)both, .nparties = 2, .summary = FOUND3,
		.deadline = "2009-01-23" };
	return c;
}

/* ¶2 VALLETTA reworded, ¶3 REYKJAVIK dismissed, ¶1 VALLETTA added. */
struct fixrev {
	struct review r;
	struct review_item items[3];
};

static void fixture_review(struct fixrev *f)
{
	memset(f, 0, sizeof *f);
	f->items[0] = (struct review_item){ .paragraph = 2, .party = ALPHA,
		.status = STATUS_OPEN, .summary = MINE2 };
	f->items[1] = (struct review_item){ .paragraph = 3, .party = BRAVO,
		.status = STATUS_OPEN, .dismissed = DISMISS_NOT_MINE };
	f->items[2] = (struct review_item){ .paragraph = 1, .party = ALPHA,
		.status = STATUS_OPEN, .manual = true, .summary = ADDED1 };
	f->r.cable_id = "09STATE11111";
	f->r.items = f->items;
	f->r.n = f->r.cap = 3;
	f->r.lock_fd = -1;
}

static void build(struct export_list *l, const struct cable *c, const struct review *r)
{
	const struct cable *cs[1] = { c };
	const struct review *rs[1] = { r };
	struct export_options o = { .now = (time_t)1232000000 };
	export_build(l, cs, rs, 1, &o);
}

static char *render(enum export_format f, const struct cable *c, const struct review *r)
{
	struct export_list l;
	build(&l, c, r);
	return export_text(f, &l);
}

static size_t count(const char *s, const char *needle)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* The line of s that holds needle, as a new string ("" when none). */
static char *line_with(const char *s, const char *needle)
{
	const char *p = strstr(s, needle);
	if (!p)
		return strdup("");
	const char *b = p;
	while (b > s && b[-1] != '\n')
		b--;
	size_t n = strcspn(b, "\r\n");
	char *out = malloc(n + 1);
	assert_non_null(out);
	memcpy(out, b, n);
	out[n] = 0;
	return out;
}

static void test_model(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	struct export_list l;
	build(&l, c, &f.r);
	assert_int_equal(l.n, 4);                       /* ¶3 REYKJAVIK dismissed */
	assert_null(find_item(&l, 3, BRAVO));
	const struct export_item *rw = find_item(&l, 2, ALPHA);
	assert_non_null(rw);
	assert_string_equal(rw->summary, MINE2);
	assert_true(rw->reworded);
	assert_false(rw->manual);
	assert_string_equal(rw->finder_summary, FOUND2);
	assert_string_equal(export_origin(rw), "reworded");
	const struct export_item *add = find_item(&l, 1, ALPHA);
	assert_non_null(add);
	assert_string_equal(add->summary, ADDED1);
	assert_false(add->reworded);
	assert_null(add->finder_summary);
	assert_string_equal(export_origin(add), "manual");
	const struct export_item *plain = find_item(&l, 2, BRAVO);
	assert_non_null(plain);
	assert_string_equal(plain->summary, FOUND2);
	assert_false(plain->reworded);
	assert_null(plain->finder_summary);
	assert_string_equal(export_origin(plain), "auto");
	export_list_free(&l);
	cable_free(c);
}

/* Line-oriented formats: the reviewer's line and its mark on one line,
 * none on the finder's. */
static void test_lines(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	static const struct {
		enum export_format f;
		const char *reworded, *added;
	} want[] = {
		{ EXPORT_MD, " *(reworded by the reviewer)* ", " *(added by the reviewer)* " },
		{ EXPORT_TODO, " origin:reworded", " origin:manual" },
		{ EXPORT_CSV, ",reworded,", ",manual," },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *s = render(want[i].f, c, &f.r);
		char *rw = line_with(s, MINE2), *add = line_with(s, ADDED1);
		char *plain = line_with(s, "REYKJAVIK");
		if (!strstr(rw, want[i].reworded))
			fail_msg("%s: reworded line lacks '%s': %s",
			         export_format_name(want[i].f), want[i].reworded, rw);
		if (!strstr(add, want[i].added))
			fail_msg("%s: added line lacks '%s': %s",
			         export_format_name(want[i].f), want[i].added, add);
		assert_true(*plain);
		assert_null(strstr(plain, "reviewer"));
		assert_null(strstr(plain, "reworded"));
		/* ¶3 dismissed for REYKJAVIK: only VALLETTA's is left */
		assert_int_equal(count(s, FOUND3), 1);
		free(rw);
		free(add);
		free(plain);
		free(s);
	}
	cable_free(c);
}

static void test_org_yaml_ics(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	char *s = render(EXPORT_ORG, c, &f.r);
	assert_non_null(strstr(s, ":ORIGIN: reworded\n:FINDER_SUMMARY: " FOUND2 "\n:END:\n"));
	assert_non_null(strstr(s, ":ORIGIN: manual\n:END:\n"));
	assert_int_equal(count(s, ":ORIGIN:"), 2);       /* the finder's have none */
	free(s);
	s = render(EXPORT_YAML, c, &f.r);
	assert_non_null(strstr(s, "  origin: reworded\n  finder_summary: " FOUND2 "\n"));
	assert_non_null(strstr(s, "  origin: manual\n"));
	assert_non_null(strstr(s, "  origin: auto\n"));
	free(s);
	s = render(EXPORT_ICS, c, &f.r);
	/* unfolded, the description says it */
	char *u = malloc(strlen(s) + 1), *o = u;
	assert_non_null(u);
	for (const char *p = s; *p; p++) {
		if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ') {
			p += 2;
			continue;
		}
		*o++ = *p;
	}
	*o = 0;
	assert_non_null(strstr(u, "\\nReworded by the reviewer\\; the finder's line: "
	                          FOUND2 "\\n"));
	assert_non_null(strstr(u, "\\nFor: " ALPHA "\\nAdded by the reviewer\\n"));
	assert_non_null(strstr(u, "SUMMARY:(U) " MINE2 "\r\n"));
	free(u);
	free(s);
	cable_free(c);
}

static void test_json(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	char *s = render(EXPORT_JSON, c, &f.r);
	json_error_t err;
	json_t *a = json_loads(s, 0, &err);
	assert_non_null(a);
	assert_int_equal(json_array_size(a), 4);
	size_t nrw = 0;
	for (size_t i = 0; i < json_array_size(a); i++) {
		json_t *t = json_array_get(a, i);
		const char *origin = json_string_value(json_object_get(t, "origin"));
		const char *desc = json_string_value(json_object_get(t, "description"));
		json_t *fs = json_object_get(t, "findersummary");
		assert_non_null(origin);
		if (strcmp(origin, "reworded") == 0) {
			nrw++;
			assert_string_equal(desc, "(U) " MINE2);
			assert_string_equal(json_string_value(fs), FOUND2);
		} else {
			assert_null(fs);
			assert_true(strcmp(origin, "auto") == 0 ||
			            (strcmp(origin, "manual") == 0 &&
			             strcmp(desc, "(U) " ADDED1) == 0));
		}
	}
	assert_int_equal(nrw, 1);
	json_decref(a);
	free(s);
	/* the taskrc declares the new field */
	assert_non_null(strstr(export_taskrc(), "uda.findersummary.type=string\n"));
	cable_free(c);
}

/* Without a review nothing says reviewer, reworded or manual. */
static void test_no_correction(void **state)
{
	(void)state;
	struct cable *c = fixture();
	for (int f = 0; f < EXPORT_NFORMATS; f++) {
		char *s = render((enum export_format)f, c, NULL);
		if (strstr(s, "reviewer") || strstr(s, "reworded") ||
		    strstr(s, "manual") || strstr(s, "inder"))
			fail_msg("%s: a correction mark without a correction",
			         export_format_name((enum export_format)f));
		free(s);
	}
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_model),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_org_yaml_ics),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_no_correction),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

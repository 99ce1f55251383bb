/* test_corrections.c - the reviewer's corrections (issue 11): a tasking
 * added, dismissed (one party or the whole paragraph) and reworded; their
 * schema in the review file (written only when set, so an old file is
 * written back byte for byte; bad values refused with file and line);
 * their undo; the effective rows that apply them (what every view and
 * exporter reads); and their survival when a new finder finds more or
 * less than the old one did. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/yamlsafe.h"
#include "export/export.h"
#include "review/effective.h"
#include "review/review.h"

#define REVIEW_DIRS_NAME "ct-corr"
#include "review_dirs.h"

#define ID "09STATE55501"
#define OSCE "USMISSION USOSCE"
#define UNVIE "USMISSION UNVIE VIENNA"

static const char *const both[] = { OSCE, UNVIE };
static const char *const osce_only[] = { OSCE };

/* Version 1 of the finder: ¶4 asks both posts; ¶6 asks nothing.
 * Version 2 (newer): ¶4 asks USOSCE only, ¶6 asks USOSCE by 2009-03-01. */
static void cable_v(struct cable *c, int version)
{
	memset(c, 0, sizeof *c);
	arena_init(&c->arena);
	c->id = ID;
	c->source = "x.txt";
	c->nparas = 2;
	c->paras = arena_alloc(&c->arena, 2 * sizeof *c->paras);
	c->paras[0] = (struct paragraph){ .number = 4, .text = "Post should demarche." };
	c->paras[1] = (struct paragraph){ .number = 6, .text = "Please report replies." };
	c->taskings = arena_alloc(&c->arena, 2 * sizeof *c->taskings);
	c->taskings[0] = (struct tasking){ .paragraph = 4, .summary = "Demarche the MFA",
		.parties = (const char **)(version == 1 ? both : osce_only),
		.nparties = version == 1 ? 2 : 1, .quote = "Post should demarche" };
	c->ntaskings = 1;
	if (version == 2)
		c->taskings[c->ntaskings++] = (struct tasking){ .paragraph = 6,
			.parties = (const char **)osce_only, .nparties = 1,
			.summary = "Report replies", .deadline = "2009-03-01" };
}

static char *slurp(const char *path)
{
	char *buf = NULL;
	size_t len;
	struct ct_error err;
	if (ys_read_file(path, &buf, &len, NULL, &err) != 0)
		fail_msg("%s", err.msg);
	return buf;
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static struct review *load_ok(void)
{
	struct review *r = NULL;
	struct ct_error err = {{0}};
	if (review_load(dir, ID, &r, &err) != REVIEW_OK)
		fail_msg("load: %s", err.msg);
	return r;
}

static void save_ok(struct review *r)
{
	struct ct_error err = {{0}};
	if (review_save(r, false, &err) != REVIEW_OK)
		fail_msg("save: %s", err.msg);
}

static void mkdir_state(void)
{
	struct ct_error err;
	free(review_dir(dir, true, &err));
}

/* The row of (paragraph, party) in e, or NULL. */
static const struct effective_row *row_of(const struct effective *e, int p,
                                          const char *party)
{
	for (size_t i = 0; i < e->n; i++)
		if (e->rows[i].paragraph == p && strcmp(e->rows[i].party, party) == 0)
			return &e->rows[i];
	return NULL;
}

static size_t rows_of(const struct effective *e, int p, const char *party)
{
	size_t n = 0;
	for (size_t i = 0; i < e->n; i++)
		n += e->rows[i].paragraph == p && strcmp(e->rows[i].party, party) == 0;
	return n;
}

/* Add, dismiss and reword; save; the file holds them in the documented
 * keys; loading gives them back. */
static void test_schema_round_trip(void **state)
{
	(void)state;
	struct cable c;
	cable_v(&c, 1);
	mkdir_state();
	struct review *r = load_ok();
	review_merge(r, &c);
	struct review_item *add = review_add(r, 6, "AMEMBASSY VALLETTA",
	                                     "Report the replies", "2009-02-20");
	assert_non_null(add);
	assert_true(add->manual);
	review_dismiss(r, review_find(r, 4, UNVIE), DISMISS_NOT_MINE, "USOSCE leads");
	review_set_summary(r, review_find(r, 4, OSCE), "Demarche the MFA by phone");
	save_ok(r);
	review_free(r);

	char *text = slurp(path_of(ID ".yaml"));
	assert_non_null(strstr(text,
		"- paragraph: 4\n  party: USMISSION UNVIE VIENNA\n  status: open\n"
		"  note: ~\n  due: ~\n  dismissed: not for my post\n"
		"  reason: USOSCE leads\n  origin: auto\n"));
	assert_non_null(strstr(text,
		"- paragraph: 4\n  party: USMISSION USOSCE\n  status: open\n"
		"  note: ~\n  due: ~\n  summary: Demarche the MFA by phone\n  origin: auto\n"));
	assert_non_null(strstr(text,
		"- paragraph: 6\n  party: AMEMBASSY VALLETTA\n  status: open\n"
		"  note: ~\n  due: \"2009-02-20\"\n  summary: Report the replies\n"
		"  origin: manual\n"));
	free(text);

	r = load_ok();
	assert_int_equal(r->n, 3);
	const struct review_item *u = review_find(r, 4, UNVIE);
	assert_int_equal(u->dismissed, DISMISS_NOT_MINE);
	assert_string_equal(u->reason, "USOSCE leads");
	assert_string_equal(review_find(r, 4, OSCE)->summary, "Demarche the MFA by phone");
	assert_null(review_find(r, 4, OSCE)->reason);
	assert_true(review_find(r, 6, "AMEMBASSY VALLETTA")->manual);
	review_free(r);
	arena_free(&c.arena);
}

/* A file from before the corrections loads and is written back as it was
 * (no new key appears until a correction is made). */
static void test_old_file_unchanged(void **state)
{
	(void)state;
	mkdir_state();
	const char *old =
		"cable: " ID "\n"
		"items:\n"
		"- paragraph: 4\n"
		"  party: USMISSION USOSCE\n"
		"  status: doing\n"
		"  note: called the desk\n"
		"  due: \"2009-02-01\"\n"
		"  origin: auto\n"
		"- paragraph: 9\n"
		"  party: AMEMBASSY VALLETTA\n"
		"  status: open\n"
		"  note: ~\n"
		"  due: ~\n"
		"  origin: manual\n";
	spit(path_of(ID ".yaml"), old);
	struct review *r = load_ok();
	assert_int_equal(r->n, 2);
	assert_int_equal(review_find(r, 4, OSCE)->dismissed, DISMISS_NONE);
	assert_null(review_find(r, 4, OSCE)->summary);
	assert_null(review_find(r, 4, OSCE)->status_at);
	review_set_note(r, review_find(r, 4, OSCE), "called the desk");  /* no change */
	r->existed = false;         /* force a write of the same items */
	struct ct_error err;
	assert_int_equal(review_save(r, true, &err), REVIEW_OK);
	review_free(r);
	char *text = slurp(path_of(ID ".yaml"));
	assert_string_equal(text, old);
	free(text);
}

static void bad_file(const char *item, const char *want)
{
	char text[1024];
	snprintf(text, sizeof text,
	         "cable: " ID "\nitems:\n- paragraph: 4\n  party: USMISSION USOSCE\n%s", item);
	spit(path_of(ID ".yaml"), text);
	struct review *r = NULL;
	struct ct_error err = {{0}};
	assert_int_equal(review_load(dir, ID, &r, &err), REVIEW_ERROR);
	assert_null(r);
	if (!strstr(err.msg, want))
		fail_msg("want '%s' in '%s'", want, err.msg);
	char *after = slurp(path_of(ID ".yaml"));
	assert_string_equal(after, text);            /* kept as it was */
	free(after);
}

static void test_bad_values(void **state)
{
	(void)state;
	mkdir_state();
	bad_file("  dismissed: yes\n", ":5: dismissed must be 'not a tasking'");
	bad_file("  dismissed: [a]\n", ":5: dismissed must be");
	bad_file("  summary: {a: b}\n", ":5: summary must be text");
	bad_file("  reason: [x]\n", ":5: reason must be text");
	bad_file("  status_at: yesterday\n", ":5: status_at must be a time");
	bad_file("  status_at: \"2009-02-30T10:00:00Z\"\n", "status_at must be a time");
	bad_file("  status_at: \"2009-02-03T25:00:00Z\"\n", "status_at must be a time");
}

/* Each correction is one undoable action; dismissing a paragraph for
 * every party is one action too. */
static void test_undo(void **state)
{
	(void)state;
	struct cable c;
	cable_v(&c, 1);
	mkdir_state();
	struct review *r = load_ok();
	review_merge(r, &c);
	assert_int_equal(r->n, 2);
	assert_int_equal(review_dismiss_paragraph(r, 4, DISMISS_NOT_TASKING, NULL), 2);
	assert_int_equal(review_find(r, 4, OSCE)->dismissed, DISMISS_NOT_TASKING);
	assert_int_equal(review_find(r, 4, UNVIE)->dismissed, DISMISS_NOT_TASKING);
	assert_int_equal(review_dismiss_paragraph(r, 4, DISMISS_NOT_TASKING, NULL), 0);
	assert_true(review_undo(r));                 /* both at once */
	assert_int_equal(review_find(r, 4, OSCE)->dismissed, DISMISS_NONE);
	assert_int_equal(review_find(r, 4, UNVIE)->dismissed, DISMISS_NONE);
	assert_false(review_undo(r));

	struct review_item *it = review_find(r, 4, OSCE);
	review_set_summary(r, it, "  ");             /* blank: no change */
	assert_int_equal(r->nundo, 0);
	review_set_summary(r, it, "Call the MFA");
	review_set_summary(r, it, "Call the MFA today");
	assert_true(review_undo(r));
	assert_string_equal(review_find(r, 4, OSCE)->summary, "Call the MFA");
	assert_true(review_undo(r));
	assert_null(review_find(r, 4, OSCE)->summary);

	assert_null(review_add(r, 4, OSCE, "x", NULL));        /* already tasked */
	assert_null(review_add(r, 4, "", "x", NULL));
	assert_null(review_add(r, 4, "AMEMBASSY ROME", "x", "March"));
	assert_int_equal(r->nundo, 0);
	assert_non_null(review_add(r, 6, "AMEMBASSY ROME", "Brief", NULL));
	assert_int_equal(r->n, 3);
	assert_true(review_undo(r));
	assert_int_equal(r->n, 2);
	assert_null(review_find(r, 6, "AMEMBASSY ROME"));

	/* an add of a dismissed one restores it, with its new line: one action */
	review_dismiss(r, review_find(r, 4, UNVIE), DISMISS_NOT_MINE, "no");
	it = review_add(r, 4, UNVIE, "Support USOSCE", NULL);
	assert_ptr_equal(it, review_find(r, 4, UNVIE));
	assert_int_equal(it->dismissed, DISMISS_NONE);
	assert_null(it->reason);
	assert_string_equal(it->summary, "Support USOSCE");
	assert_false(it->manual);
	assert_true(review_undo(r));
	assert_int_equal(review_find(r, 4, UNVIE)->dismissed, DISMISS_NOT_MINE);
	assert_string_equal(review_find(r, 4, UNVIE)->reason, "no");
	assert_null(review_find(r, 4, UNVIE)->summary);

	/* a status change keeps its time, and undo puts the old time back */
	r->now = 1234567890;                         /* 2009-02-13T23:31:30Z */
	review_set_status(r, it, STATUS_DONE);
	assert_string_equal(it->status_at, "2009-02-13T23:31:30Z");
	assert_true(review_undo(r));
	assert_null(review_find(r, 4, UNVIE)->status_at);
	review_free(r);
	arena_free(&c.arena);
}

/* The effective rows apply the corrections: the summary in force, the
 * finder's kept beside it, dismissed rows out (in with _all), the
 * reviewer's own tasking marked. */
static void test_effective_applies(void **state)
{
	(void)state;
	struct cable c;
	cable_v(&c, 1);
	mkdir_state();
	struct review *r = load_ok();
	review_merge(r, &c);
	review_set_summary(r, review_find(r, 4, OSCE), "Demarche by phone");
	review_dismiss(r, review_find(r, 4, UNVIE), DISMISS_NOT_MINE, NULL);
	review_add(r, 6, "AMEMBASSY ROME", "Brief the host", NULL);
	review_add(r, 6, "AMEMBASSY OSLO", NULL, NULL);

	struct effective e;
	effective_build(&e, &c, r);
	assert_int_equal(e.n, 3);
	const struct effective_row *o = row_of(&e, 4, OSCE);
	assert_string_equal(o->summary, "Demarche by phone");
	assert_string_equal(o->finder_summary, "Demarche the MFA");
	assert_true(o->reworded);
	assert_false(o->by_reviewer);
	assert_null(row_of(&e, 4, UNVIE));
	const struct effective_row *m = row_of(&e, 6, "AMEMBASSY ROME");
	assert_true(m->by_reviewer);
	assert_false(m->reworded);
	assert_null(m->tasking);
	assert_null(m->finder_summary);
	assert_false(m->stale);
	assert_string_equal(m->summary, "Brief the host");
	assert_null(row_of(&e, 6, "AMEMBASSY OSLO")->summary);
	effective_free(&e);

	effective_build_all(&e, &c, r);
	assert_int_equal(e.n, 4);
	assert_true(row_of(&e, 4, UNVIE)->dismissed);
	assert_false(row_of(&e, 4, OSCE)->dismissed);
	effective_free(&e);

	/* the exporter reads the same rows: the reword, no dismissed one */
	struct export_list l;
	const struct cable *cv[] = { &c };
	const struct review *rv[] = { r };
	export_build(&l, cv, rv, 1, NULL);
	assert_int_equal(l.n, 3);
	bool reworded = false, rome = false;
	for (size_t i = 0; i < l.n; i++) {
		assert_string_not_equal(l.items[i].party, UNVIE);
		reworded |= strcmp(l.items[i].summary, "Demarche by phone") == 0;
		rome |= strcmp(l.items[i].party, "AMEMBASSY ROME") == 0 && l.items[i].manual &&
		        strcmp(l.items[i].summary, "Brief the host") == 0;
	}
	assert_true(reworded);
	assert_true(rome);
	export_list_free(&l);
	review_free(r);
	arena_free(&c.arena);
}

/* Corrections made against finder 1 hold under finder 2: the tasking the
 * reviewer added and finder 2 now finds too is one row (the reviewer's,
 * with finder 2's deadline); the dismissed one stays dismissed even where
 * finder 2 no longer finds it; the reword stays. */
static void test_survive_finder_change(void **state)
{
	(void)state;
	struct cable c1, c2;
	cable_v(&c1, 1);
	cable_v(&c2, 2);
	mkdir_state();
	struct review *r = load_ok();
	review_merge(r, &c1);
	review_add(r, 6, OSCE, "Report the replies to EUR", NULL);
	review_dismiss(r, review_find(r, 4, UNVIE), DISMISS_NOT_TASKING, "background");
	review_set_summary(r, review_find(r, 4, OSCE), "Demarche by phone");
	save_ok(r);
	review_free(r);

	r = load_ok();
	size_t before = r->n;
	review_merge(r, &c2);
	assert_int_equal(r->n, before);              /* nothing new to add */
	struct effective e;
	effective_build(&e, &c2, r);
	assert_int_equal(rows_of(&e, 6, OSCE), 1);
	const struct effective_row *six = row_of(&e, 6, OSCE);
	assert_non_null(six->tasking);               /* the finder found it too */
	assert_true(six->by_reviewer);
	assert_string_equal(six->summary, "Report the replies to EUR");
	assert_string_equal(six->finder_summary, "Report replies");
	assert_string_equal(six->due.date, "2009-03-01");
	assert_null(row_of(&e, 4, UNVIE));           /* still dismissed */
	assert_string_equal(row_of(&e, 4, OSCE)->summary, "Demarche by phone");
	assert_int_equal(e.n, 2);
	effective_free(&e);

	/* and back to finder 1: the reviewer's ¶6 is still there, not stale */
	effective_build(&e, &c1, r);
	assert_non_null(row_of(&e, 6, OSCE));
	assert_false(row_of(&e, 6, OSCE)->stale);
	assert_null(row_of(&e, 4, UNVIE));
	effective_free(&e);

	/* a save after the merge with finder 2 keeps every correction */
	save_ok(r);
	review_free(r);
	r = load_ok();
	assert_int_equal(review_find(r, 4, UNVIE)->dismissed, DISMISS_NOT_TASKING);
	assert_true(review_find(r, 6, OSCE)->manual);
	review_free(r);
	arena_free(&c1.arena);
	arena_free(&c2.arena);
}

/* The save-conflict path: another copy saved the file under us; the
 * save merges instead of refusing (both changes kept); a file that is no
 * review is never overwritten. */
static void test_save_merge(void **state)
{
	(void)state;
	struct cable c;
	cable_v(&c, 1);
	mkdir_state();
	struct review *r = load_ok();
	review_merge(r, &c);
	save_ok(r);
	struct review *other = load_ok();          /* a second instance */
	other->now = 1234567890;
	review_set_status(other, review_find(other, 4, UNVIE), STATUS_DONE);
	review_set_note(other, review_find(other, 4, OSCE), "theirs");
	save_ok(other);
	review_free(other);

	r->now = 1234567999;                         /* later */
	review_set_status(r, review_find(r, 4, UNVIE), STATUS_DROPPED);
	review_add(r, 6, "AMEMBASSY ROME", "Brief", NULL);
	struct ct_error err = {{0}};
	assert_int_equal(review_save(r, false, &err), REVIEW_CONFLICT);
	size_t conflicts = 99;
	if (review_save_merge(r, &conflicts, &err) != REVIEW_OK)
		fail_msg("save_merge: %s", err.msg);
	assert_int_equal(conflicts, 0);
	assert_int_equal(r->nundo, 0);               /* the undo list is gone */
	assert_int_equal(review_find(r, 4, UNVIE)->status, STATUS_DROPPED);   /* later */
	assert_string_equal(review_find(r, 4, OSCE)->note, "theirs");
	review_free(r);
	r = load_ok();
	assert_int_equal(review_find(r, 4, UNVIE)->status, STATUS_DROPPED);
	assert_string_equal(review_find(r, 4, OSCE)->note, "theirs");
	assert_true(review_find(r, 6, "AMEMBASSY ROME")->manual);

	/* a save right after the merge needs no merge */
	review_set_note(r, review_find(r, 4, OSCE), "ours now");
	save_ok(r);

	/* the file on disk is no review: kept byte for byte, r unchanged */
	const char *junk = "cable: " ID "\nitems: [broken\n";
	spit(path_of(ID ".yaml"), junk);
	review_set_note(r, review_find(r, 4, OSCE), "again");
	assert_int_equal(review_save(r, false, &err), REVIEW_CONFLICT);
	assert_int_equal(review_save_merge(r, &conflicts, &err), REVIEW_ERROR);
	char *text = slurp(path_of(ID ".yaml"));
	assert_string_equal(text, junk);
	free(text);
	assert_string_equal(review_find(r, 4, OSCE)->note, "again");
	review_free(r);
	arena_free(&c.arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_schema_round_trip, setup),
		cmocka_unit_test_setup(test_old_file_unchanged, setup),
		cmocka_unit_test_setup(test_bad_values, setup),
		cmocka_unit_test_setup(test_undo, setup),
		cmocka_unit_test_setup(test_effective_applies, setup),
		cmocka_unit_test_setup(test_survive_finder_change, setup),
		cmocka_unit_test_setup(test_save_merge, setup),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

/* test_effective.c - the effective taskings (review/effective.h): the rows
 * of (tasking, party, review item), the status and due date in force, the
 * invalid due override, and the export reading the same rows as the
 * tracker. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "parse/dates.h"
#include "review/effective.h"

#define OSCE "USMISSION USOSCE"
#define UNVIE "USMISSION UNVIE VIENNA"

static const char *const both[] = { OSCE, UNVIE };
static const char *const osce[] = { OSCE };
static const char *const osce_unnamed[] = { OSCE, "", NULL };

/* ¶4 asks both (no deadline), ¶7 asks both by 2008-10-15, ¶9 asks USOSCE
 * (and an empty and a NULL party) by a "date" that is none, and a second
 * tasking of ¶4 names USOSCE again with a deadline of its own. */
static struct cable *fixture(void)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	c->source = "x.txt";
	c->id = "08STATE104535";
	c->dtg = (struct dtg){ true, 2008, 9, 30, 22, 27 };
	c->nparas = 4;
	c->paras = arena_alloc(&c->arena, c->nparas * sizeof *c->paras);
	c->paras[0] = (struct paragraph){ .number = 4, .classification = "SBU" };
	c->paras[1] = (struct paragraph){ .number = 7, .classification = "U" };
	c->paras[2] = (struct paragraph){ .number = 8, .text = "Please call." };
	c->paras[3] = (struct paragraph){ .number = 9, .classification = "U" };
	c->ntaskings = 4;
	c->taskings = arena_alloc(&c->arena, c->ntaskings * sizeof *c->taskings);
	c->taskings[0] = (struct tasking){ .paragraph = 4,
		.parties = (const char **)both, .nparties = 2, .summary = "Pursue" };
	c->taskings[1] = (struct tasking){ .paragraph = 7,
		.parties = (const char **)both, .nparties = 2, .summary = "Respond",
		.deadline = "2008-10-15", .deadline_text = "NLT October 15" };
	c->taskings[2] = (struct tasking){ .paragraph = 9,
		.parties = (const char **)osce_unnamed, .nparties = 3,
		.summary = "Deliver", .deadline = "2008-13-01" };
	c->taskings[3] = (struct tasking){ .paragraph = 4,
		.parties = (const char **)osce, .nparties = 1, .summary = "Again",
		.deadline = "2008-12-01" };
	return c;
}

/* A review as the reviewer left it, with overrides no file load would
 * pass (they come from code, an import or a hand-edited file someday):
 *   ¶7 USOSCE done, due "2008-02-30"   (no such day)
 *   ¶7 UNVIE doing, due "soon"         (no date)
 *   ¶4 UNVIE open,  due "2008-11-01"   (a valid override)
 *   ¶4 USOSCE open, due ""             (no override)
 *   ¶8 USOSCE manual, due "2009-02-29" (no leap day in 2009)
 *   ¶3 UNVIE auto: no tasking names it any more (stale)
 *   ¶7 USOSCE again, dropped: a repeated item, ignored */
struct fixrev {
	struct review r;
	struct review_item items[7];
};

static void fixture_review(struct fixrev *f)
{
	memset(f, 0, sizeof *f);
	f->items[0] = (struct review_item){ .paragraph = 7, .party = OSCE,
		.status = STATUS_DONE, .due = "2008-02-30", .note = "sent" };
	f->items[1] = (struct review_item){ .paragraph = 7, .party = UNVIE,
		.status = STATUS_DOING, .due = "soon" };
	f->items[2] = (struct review_item){ .paragraph = 4, .party = UNVIE,
		.status = STATUS_OPEN, .due = "2008-11-01" };
	f->items[3] = (struct review_item){ .paragraph = 4, .party = OSCE,
		.status = STATUS_OPEN, .due = "" };
	f->items[4] = (struct review_item){ .paragraph = 8, .party = OSCE,
		.status = STATUS_OPEN, .due = "2009-02-29", .manual = true };
	f->items[5] = (struct review_item){ .paragraph = 3, .party = UNVIE,
		.status = STATUS_OPEN };
	f->items[6] = (struct review_item){ .paragraph = 7, .party = OSCE,
		.status = STATUS_DROPPED };
	f->r.cable_id = "08STATE104535";
	f->r.items = f->items;
	f->r.n = f->r.cap = 7;
	f->r.lock_fd = -1;
}

static const struct effective_row *row_of(const struct effective *e, int para,
                                          const char *party)
{
	const struct effective_row *found = NULL;
	for (size_t i = 0; i < e->n; i++)
		if (e->rows[i].paragraph == para && strcmp(e->rows[i].party, party) == 0) {
			assert_null(found);              /* one row per (paragraph, party) */
			found = &e->rows[i];
		}
	return found;
}

/* --- the rule ------------------------------------------------------------ */

static void test_days_are_real_dates(void **state)
{
	(void)state;
	assert_int_equal(effective_days("1970-01-01"), 0);
	assert_int_equal(effective_days("2008-10-15"), days_from_civil(2008, 10, 15));
	assert_int_equal(effective_days("2008-02-29"), days_from_civil(2008, 2, 29));
	assert_int_equal(effective_days("2000-02-29"), days_from_civil(2000, 2, 29));
	const char *bad[] = { NULL, "", "soon", "2008-02-30", "2009-02-29",
	                      "1900-02-29", "2008-04-31", "2008-13-01", "2008-00-10",
	                      "2008-10-00", "2008-2-01", "2008-10-15x", " 2008-10-15",
	                      "2008/10/15", "20081015" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_true(effective_days(bad[i]) == LONG_MAX);
}

static void test_due_rule(void **state)
{
	(void)state;
	struct review_item it = { .paragraph = 7, .party = OSCE };
	/* no item: the finder's deadline */
	struct effective_due d = effective_due("2008-10-15", NULL);
	assert_string_equal(d.date, "2008-10-15");
	assert_int_equal(d.from, EFFECTIVE_DUE_CABLE);
	assert_int_equal(d.days, days_from_civil(2008, 10, 15));
	assert_false(d.override_invalid);
	/* a valid override wins */
	it.due = "2008-11-01";
	d = effective_due("2008-10-15", &it);
	assert_string_equal(d.date, "2008-11-01");
	assert_int_equal(d.from, EFFECTIVE_DUE_OVERRIDE);
	assert_false(d.override_invalid);
	/* an invalid override is ignored: the finder's deadline stays, and
	 * the row says the override was invalid */
	char *invalid[] = { "2008-02-30", "soon", "2008-10-1", "tomorrow" };
	for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) {
		it.due = invalid[i];
		d = effective_due("2008-10-15", &it);
		assert_string_equal(d.date, "2008-10-15");
		assert_int_equal(d.from, EFFECTIVE_DUE_CABLE);
		assert_int_equal(d.days, days_from_civil(2008, 10, 15));
		assert_true(d.override_invalid);
		d = effective_due(NULL, &it);           /* and no deadline to fall to */
		assert_null(d.date);
		assert_int_equal(d.from, EFFECTIVE_DUE_NONE);
		assert_true(d.days == LONG_MAX);
		assert_true(d.override_invalid);
	}
	/* an empty override is no override */
	it.due = "";
	d = effective_due("2008-10-15", &it);
	assert_int_equal(d.from, EFFECTIVE_DUE_CABLE);
	assert_false(d.override_invalid);
	/* a finder's deadline that is no date is none */
	d = effective_due("2008-13-01", NULL);
	assert_null(d.date);
	assert_int_equal(d.from, EFFECTIVE_DUE_NONE);
	assert_false(d.override_invalid);
	/* the status: the item's, open without one */
	assert_int_equal(effective_status(NULL), STATUS_OPEN);
	it.status = STATUS_DROPPED;
	assert_int_equal(effective_status(&it), STATUS_DROPPED);
	assert_true(effective_is_open(STATUS_OPEN));
	assert_true(effective_is_open(STATUS_DOING));
	assert_false(effective_is_open(STATUS_DONE));
	assert_false(effective_is_open(STATUS_DROPPED));
}

/* --- the rows -------------------------------------------------------------- */

static void test_rows_without_review(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct effective e;
	effective_build(&e, c, NULL);
	/* ¶4 x2, ¶7 x2, ¶9 once: the repeated ¶4 USOSCE and the unnamed
	 * parties make no row; in the cable's order */
	assert_int_equal(e.n, 5);
	const int paras[] = { 4, 4, 7, 7, 9 };
	const char *parties[] = { OSCE, UNVIE, OSCE, UNVIE, OSCE };
	for (size_t i = 0; i < e.n; i++) {
		assert_int_equal(e.rows[i].paragraph, paras[i]);
		assert_string_equal(e.rows[i].party, parties[i]);
		assert_null(e.rows[i].item);
		assert_false(e.rows[i].stale);
		assert_int_equal(e.rows[i].status, STATUS_OPEN);
		assert_false(e.rows[i].due.override_invalid);
	}
	/* ¶4 USOSCE: the first tasking that names it, so no deadline */
	assert_ptr_equal(e.rows[0].tasking, &c->taskings[0]);
	assert_ptr_equal(effective_tasking(c, 4, OSCE), &c->taskings[0]);
	assert_null(e.rows[0].due.date);
	assert_string_equal(e.rows[2].due.date, "2008-10-15");
	assert_int_equal(e.rows[2].due.from, EFFECTIVE_DUE_CABLE);
	assert_null(e.rows[4].due.date);             /* "2008-13-01" is none */
	assert_null(effective_tasking(c, 8, OSCE));
	effective_free(&e);
	assert_null(e.rows);
	cable_free(c);
}

static void test_rows_with_review(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	struct effective e;
	effective_build(&e, c, &f.r);
	/* the six distinct items in the review's order, then ¶9 USOSCE */
	assert_int_equal(e.n, 7);
	for (size_t i = 0; i < 6; i++)
		assert_ptr_equal(e.rows[i].item, &f.items[i]);
	assert_int_equal(e.rows[6].paragraph, 9);
	assert_null(e.rows[6].item);

	const struct effective_row *r = row_of(&e, 7, OSCE);
	assert_int_equal(r->status, STATUS_DONE);     /* not the repeat's dropped */
	assert_string_equal(r->due.date, "2008-10-15");
	assert_int_equal(r->due.from, EFFECTIVE_DUE_CABLE);
	assert_true(r->due.override_invalid);
	r = row_of(&e, 7, UNVIE);
	assert_int_equal(r->status, STATUS_DOING);
	assert_string_equal(r->due.date, "2008-10-15");
	assert_true(r->due.override_invalid);
	r = row_of(&e, 4, UNVIE);
	assert_string_equal(r->due.date, "2008-11-01");
	assert_int_equal(r->due.from, EFFECTIVE_DUE_OVERRIDE);
	r = row_of(&e, 4, OSCE);
	assert_ptr_equal(r->tasking, &c->taskings[0]);
	assert_null(r->due.date);
	assert_false(r->due.override_invalid);
	r = row_of(&e, 8, OSCE);                      /* manual, no tasking */
	assert_null(r->tasking);
	assert_false(r->stale);
	assert_null(r->due.date);
	assert_true(r->due.override_invalid);
	r = row_of(&e, 3, UNVIE);                     /* auto, no tasking: stale */
	assert_null(r->tasking);
	assert_true(r->stale);
	assert_int_equal(r->status, STATUS_OPEN);
	effective_free(&e);
	cable_free(c);
}

/* The tracker keeps a row's tasking and item and reads what is in force
 * through effective_status and effective_due as the item is now: after a
 * change it gives what a rebuilt row gives. */
static void test_live_read_is_the_built_row(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	f.items[0].status = STATUS_OPEN;
	f.items[0].due = "2008-10-20";
	struct effective e;
	effective_build(&e, c, &f.r);
	for (size_t i = 0; i < e.n; i++) {
		const struct effective_row *r = &e.rows[i];
		struct effective_due d = effective_due(r->tasking ? r->tasking->deadline :
		                                       NULL, r->item);
		assert_int_equal(effective_status(r->item), r->status);
		assert_true(d.days == r->due.days);
		assert_int_equal(d.from, r->due.from);
		assert_int_equal(d.override_invalid, r->due.override_invalid);
	}
	assert_string_equal(row_of(&e, 7, OSCE)->due.date, "2008-10-20");
	effective_free(&e);
	cable_free(c);
}

/* --- the tracker and the export agree ---------------------------------------- */

/* The export's items are the model's rows (stale ones left out) with the
 * same status and due date; the tracker shows the same rows with the same
 * rule (test_live_read_is_the_built_row).  Before the model, an invalid
 * override was shown by the tracker (as "-" or a date that is no date)
 * while the export fell back to the cable's deadline. */
static void test_export_agrees_with_the_model(void **state)
{
	(void)state;
	struct cable *c = fixture();
	struct fixrev f;
	fixture_review(&f);
	struct effective e;
	effective_build(&e, c, &f.r);
	const struct cable *cs[1] = { c };
	const struct review *rs[1] = { &f.r };
	struct export_options o = { .now = 1224500000 };
	struct export_list l;
	export_build(&l, cs, rs, 1, &o);
	size_t nstale = 0;
	for (size_t i = 0; i < e.n; i++)
		nstale += e.rows[i].stale;
	assert_int_equal(l.n, e.n - nstale);
	for (size_t i = 0; i < l.n; i++) {
		const struct export_item *it = &l.items[i];
		const struct effective_row *r = row_of(&e, it->paragraph, it->party);
		assert_non_null(r);
		assert_false(r->stale);
		assert_int_equal(it->status, r->status);
		if (r->due.date)
			assert_string_equal(it->deadline, r->due.date);
		else
			assert_null(it->deadline);
		assert_int_equal(it->manual, r->item && r->item->manual);
	}
	export_list_free(&l);
	/* --status open: the model's open rows */
	o.open_only = true;
	export_build(&l, cs, rs, 1, &o);
	size_t nopen = 0;
	for (size_t i = 0; i < e.n; i++)
		nopen += !e.rows[i].stale && effective_is_open(e.rows[i].status);
	assert_int_equal(l.n, nopen);
	export_list_free(&l);
	effective_free(&e);
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days_are_real_dates),
		cmocka_unit_test(test_due_rule),
		cmocka_unit_test(test_rows_without_review),
		cmocka_unit_test(test_rows_with_review),
		cmocka_unit_test(test_live_read_is_the_built_row),
		cmocka_unit_test(test_export_agrees_with_the_model),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

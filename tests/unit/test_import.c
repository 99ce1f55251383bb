/* test_import.c - `cabletrack import` in the core: which tasks of a
 * Taskwarrior export or a todo.txt file are ours, and the three-way rule
 * that applies one to its review item (core/export/import.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "export/import.h"
#include "review/review_import.h"

#define PARTY "AMEMBASSY VALLETTA"

static struct review *new_review(void)
{
	struct review *r = calloc(1, sizeof *r);
	assert_non_null(r);
	r->lock_fd = -1;
	r->cable_id = strdup("08STATE1");
	return r;
}

/* One task of ours with status, base status, base note and annotations. */
static void tw_json(char *out, size_t n, const char *status, const char *base,
                    const char *base_note, const char *ann)
{
	char u[37];
	export_item_uuid("08STATE1", 2, PARTY, u);
	snprintf(out, n, "[{\"uuid\":\"%s\",\"status\":\"%s\",\"cable\":\"08STATE1\","
	         "\"paragraph\":\"2\",\"party\":\"" PARTY "\",\"reviewstatus\":\"%s\"%s%s%s"
	         "%s%s%s},{\"uuid\":\"x\",\"status\":\"pending\"}]", u, status, base,
	         base_note ? ",\"reviewnote\":\"" : "", base_note ? base_note : "",
	         base_note ? "\"" : "", ann ? ",\"annotations\":[{\"entry\":\"20090101T000000Z\","
	         "\"description\":\"" : "", ann ? ann : "", ann ? "\"}]" : "");
}

static void apply_json(struct review *r, const char *json, struct import_result *res)
{
	struct import_file f;
	assert_int_equal(import_taskwarrior(json, strlen(json), &f, NULL), 0);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.others, 1);
	struct review_item *it = review_import_item(r, f.tasks[0].paragraph, f.tasks[0].party);
	assert_non_null(it);
	import_apply(r, it, &f.tasks[0], res);
	import_file_free(&f);
}

static void test_status_three_way(void **state)
{
	(void)state;
	char json[1024];
	struct import_result res;
	struct review *r = new_review();
	/* done there, untouched here: taken */
	tw_json(json, sizeof json, "completed", "open", NULL, NULL);
	apply_json(r, json, &res);
	assert_true(res.status_changed);
	assert_int_equal(r->items[0].status, STATUS_DONE);
	/* again: nothing */
	apply_json(r, json, &res);
	assert_false(res.status_changed || res.status_conflict);
	/* dropped here since, done there: a conflict, the review's kept */
	review_set_status(r, &r->items[0], STATUS_DROPPED);
	apply_json(r, json, &res);
	assert_true(res.status_conflict);
	assert_int_equal(res.theirs, STATUS_DONE);
	assert_int_equal(r->items[0].status, STATUS_DROPPED);
	/* unchanged there (as exported, dropped): the review's change stays */
	tw_json(json, sizeof json, "deleted", "dropped", NULL, NULL);
	review_set_status(r, &r->items[0], STATUS_DOING);
	apply_json(r, json, &res);
	assert_false(res.status_changed || res.status_conflict);
	assert_int_equal(r->items[0].status, STATUS_DOING);
	/* started there: doing */
	tw_json(json, sizeof json, "pending\",\"start\":\"20090101T000000Z", "open",
	        NULL, NULL);
	review_set_status(r, &r->items[0], STATUS_OPEN);
	apply_json(r, json, &res);
	assert_true(res.status_changed);
	assert_int_equal(r->items[0].status, STATUS_DOING);
	review_free(r);
}

static void test_notes_appended_once(void **state)
{
	(void)state;
	char json[1024], base[17];
	struct import_result res;
	struct review *r = new_review();
	struct review_item *it = review_import_item(r, 2, PARTY);
	review_set_note(r, it, "first line\nsecond");
	export_note_digest(it->note, base);
	/* the exported note comes back as one annotation: not added */
	tw_json(json, sizeof json, "pending", "open", base, "first line second");
	apply_json(r, json, &res);
	assert_int_equal(res.notes_added, 0);
	/* a new one is a line of its own, once */
	tw_json(json, sizeof json, "pending", "open", base, "Called @desk");
	apply_json(r, json, &res);
	assert_int_equal(res.notes_added, 1);
	assert_false(res.note_conflict);
	assert_string_equal(r->items[0].note, "first line\nsecond\nCalled @desk");
	apply_json(r, json, &res);
	assert_int_equal(res.notes_added, 0);
	/* the note changed here too: both kept, reported */
	review_set_note(r, &r->items[0], "rewritten");
	tw_json(json, sizeof json, "pending", "open", base, "More there");
	apply_json(r, json, &res);
	assert_true(res.note_conflict);
	assert_string_equal(r->items[0].note, "rewritten\nMore there");
	review_free(r);
}

static void test_todo_lines(void **state)
{
	(void)state;
	const char *txt =
		"x 2009-02-13 2009-01-14 ¶2 text +08STATE1 @VALLETTA id:0a0b0c0d-0000-5000-8000-000000000001\n"
		"2009-01-14 ¶3 text +08STATE1 @VALLETTA id:0a0b0c0d-0000-5000-8000-000000000002 status:doing\r\n"
		"x 2009-01-14 ¶4 +08STATE1 id:0a0b0c0d-0000-5000-8000-000000000003 status:dropped\n"
		"buy milk @home\n\n";
	struct import_file f;
	import_todo(txt, strlen(txt), &f);
	assert_int_equal(f.n, 3);
	assert_int_equal(f.others, 1);
	assert_int_equal(f.tasks[0].status, STATUS_DONE);
	assert_int_equal(f.tasks[1].status, STATUS_DOING);
	assert_int_equal(f.tasks[2].status, STATUS_DROPPED);
	assert_string_equal(f.tasks[0].cable, "08STATE1");
	assert_false(f.tasks[0].has_base);
	/* no base: a closed line closes, an open one never reopens */
	struct review *r = new_review();
	struct review_item *it = review_import_item(r, 2, PARTY);
	struct import_result res;
	import_apply(r, it, &f.tasks[0], &res);
	assert_int_equal(it->status, STATUS_DONE);
	import_apply(r, it, &f.tasks[1], &res);
	assert_false(res.status_changed);
	assert_int_equal(it->status, STATUS_DONE);
	review_free(r);
	import_file_free(&f);
	assert_false(import_is_taskwarrior(txt, strlen(txt)));
	assert_true(import_is_taskwarrior("\n  [", 4));
	assert_int_equal(import_taskwarrior("{\"a\":1}", 7, &f, NULL), -1);
	import_file_free(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_three_way),
		cmocka_unit_test(test_notes_appended_once),
		cmocka_unit_test(test_todo_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_merge3.c - the three-way merge of review files
 * (review/review_merge3.h), the core of `cabletrack merge-review`: every
 * combination of a change on one side, on both sides (the same, the
 * status by its time, notes kept both, due/line/dismissal a conflict), an
 * item deleted on one side (unchanged or changed on the other), items
 * added on both sides with no ancestor, unknown keys, and files that do
 * not load (nothing is merged, the output is untouched). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "review/review_merge3.h"

#define HEAD "cable: 09STATE55501\nitems:\n"

/* One item block as review_save writes it: extra goes after due. */
static char *item(int para, const char *party, const char *status,
                  const char *status_at, const char *note, const char *due,
                  const char *extra)
{
	static char bufs[32][512];
	static int k;
	char *b = bufs[k++ % 32];
	char at[64] = "", nt[128] = "~", du[32] = "~";
	if (status_at)
		snprintf(at, sizeof at, "  status_at: %s\n", status_at);
	if (note)
		snprintf(nt, sizeof nt, "%s", note);
	if (due)
		snprintf(du, sizeof du, "\"%s\"", due);
	snprintf(b, 512, "- paragraph: %d\n  party: %s\n  status: %s\n%s  note: %s\n"
	         "  due: %s\n%s  origin: auto\n", para, party, status, at, nt, du,
	         extra ? extra : "");
	return b;
}

static char *file3(const char *a, const char *b, const char *c)
{
	static char bufs[64][2048];
	static int k;
	char *f = bufs[k++ % 64];
	snprintf(f, 2048, HEAD "%s%s%s", a ? a : "", b ? b : "", c ? c : "");
	return f;
}

/* Merges; returns the merged text (static) and the conflict count. */
static const char *merge(const char *base, const char *ours, const char *theirs,
                         size_t *conflicts)
{
	static char out[8192];
	struct review_merge3_in in = { "r.yaml", base, ours, theirs, strlen(base),
	                               strlen(ours), strlen(theirs) };
	struct buf b;
	buf_init(&b);
	struct ct_error err = {{0}};
	if (review_merge3(&in, &b, conflicts, &err) != 0)
		fail_msg("merge: %s", err.msg);
	assert_true(b.len < sizeof out);
	memcpy(out, b.data, b.len);
	out[b.len] = '\0';
	buf_free(&b);
	return out;
}

#define A "USMISSION USOSCE"
#define V "USMISSION UNVIE VIENNA"

static void test_one_side_each(void **state)
{
	(void)state;
	const char *base = file3(item(4, A, "open", NULL, NULL, NULL, NULL),
	                         item(7, A, "open", NULL, NULL, NULL, NULL), NULL);
	const char *ours = file3(item(4, A, "done", "2009-02-01T10:00:00Z", NULL, NULL, NULL),
	                         item(7, A, "open", NULL, NULL, NULL, NULL), NULL);
	const char *theirs = file3(item(4, A, "open", NULL, NULL, NULL, NULL),
	                           item(7, A, "open", NULL, "called the MFA", "2009-03-01",
	                                "  summary: Report replies to EUR\n"), NULL);
	size_t c;
	const char *m = merge(base, ours, theirs, &c);
	assert_int_equal(c, 0);
	assert_string_equal(m, file3(
		item(4, A, "done", "2009-02-01T10:00:00Z", NULL, NULL, NULL),
		item(7, A, "open", NULL, "called the MFA", "2009-03-01",
		     "  summary: Report replies to EUR\n"), NULL));
	/* nothing changed anywhere: the file as it was */
	assert_string_equal(merge(base, base, base, &c), base);
	assert_int_equal(c, 0);
	/* both made the same change: taken once, no conflict */
	assert_string_equal(merge(base, ours, ours, &c), ours);
	assert_int_equal(c, 0);
}

static void test_status_by_time(void **state)
{
	(void)state;
	const char *base = file3(item(4, A, "open", NULL, NULL, NULL, NULL), NULL, NULL);
	const char *early = file3(item(4, A, "doing", "2009-02-01T10:00:00Z", NULL, NULL,
	                               NULL), NULL, NULL);
	const char *late = file3(item(4, A, "dropped", "2009-02-01T10:00:05Z", NULL, NULL,
	                              NULL), NULL, NULL);
	size_t c;
	assert_string_equal(merge(base, early, late, &c), late);
	assert_int_equal(c, 0);
	assert_string_equal(merge(base, late, early, &c), late);
	assert_int_equal(c, 0);
	/* a change with a time is later than one without */
	const char *untimed = file3(item(4, A, "done", NULL, NULL, NULL, NULL), NULL, NULL);
	assert_string_equal(merge(base, untimed, early, &c), early);
	assert_int_equal(c, 0);
	/* no time to tell them apart: ours, and a person chooses */
	const char *untimed2 = file3(item(4, A, "doing", NULL, NULL, NULL, NULL), NULL, NULL);
	const char *m = merge(base, untimed, untimed2, &c);
	assert_int_equal(c, 1);
	assert_non_null(strstr(m, "  status: done\n"));
	assert_non_null(strstr(m, "  conflict: 'status: ours done, theirs doing; ours kept'\n"));
}

static void test_notes_both(void **state)
{
	(void)state;
	const char *base = file3(item(4, A, "open", NULL, "asked", NULL, NULL), NULL, NULL);
	const char *ours = file3(item(4, A, "open", NULL, "asked; PC on Thursday", NULL,
	                              NULL), NULL, NULL);
	const char *theirs = file3(item(4, A, "open", NULL, "asked; MFA says no", NULL,
	                                NULL), NULL, NULL);
	size_t c;
	const char *m = merge(base, ours, theirs, &c);
	assert_int_equal(c, 0);
	assert_non_null(strstr(m, "  note: |-\n    asked; PC on Thursday\n"
	                          "    -- merged: the other copy's note follows --\n"
	                          "    asked; MFA says no\n"));
	/* one emptied it, the other changed it: the text is kept */
	const char *gone = file3(item(4, A, "open", NULL, NULL, NULL, NULL), NULL, NULL);
	assert_string_equal(merge(base, gone, theirs, &c), theirs);
	assert_int_equal(c, 0);
	/* one emptied it, the other left it: emptied */
	assert_string_equal(merge(base, base, gone, &c), gone);
}

static void test_fields_conflict(void **state)
{
	(void)state;
	const char *base = file3(item(4, A, "open", NULL, NULL, NULL, NULL), NULL, NULL);
	const char *ours = file3(item(4, A, "open", NULL, NULL, "2009-01-20",
	                              "  summary: Call the MFA\n"
	                              "  dismissed: not a tasking\n"), NULL, NULL);
	const char *theirs = file3(item(4, A, "open", NULL, NULL, "2009-01-25",
	                                "  summary: Write to the MFA\n"
	                                "  dismissed: not for my post\n"
	                                "  reason: USUN leads\n"), NULL, NULL);
	size_t c;
	const char *m = merge(base, ours, theirs, &c);
	assert_int_equal(c, 3);
	assert_non_null(strstr(m, "  due: \"2009-01-20\"\n  summary: Call the MFA\n"
	                          "  dismissed: not a tasking\n"));
	assert_non_null(strstr(m, "due: ours 2009-01-20, theirs 2009-01-25; ours kept"));
	assert_non_null(strstr(m, "summary: ours Call the MFA, theirs Write to the MFA"));
	assert_non_null(strstr(m, "dismissed: ours not a tasking, theirs not for my post"));
	assert_null(strstr(m, "USUN"));
	/* a one-side dismissal with its reason is simply taken */
	assert_string_equal(merge(base, base, theirs, &c), theirs);
	assert_int_equal(c, 0);
}

static void test_deleted_item(void **state)
{
	(void)state;
	const char *a = item(4, A, "open", NULL, NULL, NULL, NULL);
	const char *v = item(4, V, "open", NULL, NULL, NULL, NULL);
	const char *v2 = item(4, V, "done", "2009-02-02T08:00:00Z", NULL, NULL, NULL);
	const char *base = file3(a, v, NULL);
	size_t c;
	/* deleted there, unchanged here: deleted */
	assert_string_equal(merge(base, base, file3(a, NULL, NULL), &c), file3(a, NULL, NULL));
	assert_int_equal(c, 0);
	assert_string_equal(merge(base, file3(a, NULL, NULL), base, &c), file3(a, NULL, NULL));
	/* deleted on both sides */
	assert_string_equal(merge(base, file3(a, NULL, NULL), file3(a, NULL, NULL), &c),
	                    file3(a, NULL, NULL));
	assert_int_equal(c, 0);
	/* deleted there, changed here: kept changed, a person chooses */
	const char *m = merge(base, file3(a, v2, NULL), file3(a, NULL, NULL), &c);
	assert_int_equal(c, 1);
	assert_non_null(strstr(m, "  status: done\n"));
	assert_non_null(strstr(m, "deleted in theirs, changed in ours"));
	m = merge(base, file3(a, NULL, NULL), file3(a, v2, NULL), &c);
	assert_int_equal(c, 1);
	assert_non_null(strstr(m, "deleted in ours, changed in theirs"));
}

static void test_added_both(void **state)
{
	(void)state;
	const char *a = item(4, A, "open", NULL, NULL, NULL, NULL);
	const char *v = item(4, V, "open", NULL, "mine", NULL, NULL);
	const char *manual = "- paragraph: 9\n  party: AMEMBASSY ROME\n  status: open\n"
	                     "  note: ~\n  due: ~\n  summary: Brief\n  origin: manual\n";
	const char *auto9 = "- paragraph: 9\n  party: AMEMBASSY ROME\n  status: open\n"
	                    "  note: ~\n  due: ~\n  origin: auto\n";
	size_t c;
	/* no ancestor (the file added on both sides): each side's items */
	const char *m = merge("", file3(a, manual, NULL), file3(v, auto9, NULL), &c);
	assert_int_equal(c, 0);
	assert_string_equal(m, file3(v, a, manual));   /* sorted; the reviewer's add wins */
}

static void test_unknown_keys(void **state)
{
	(void)state;
	const char *base = HEAD "- paragraph: 4\n  party: " A "\n  status: open\n"
	                   "  note: ~\n  due: ~\n  origin: auto\n  assignee: Pat\n"
	                   "reviewer: {name: Pat}\n";
	const char *theirs = HEAD "- paragraph: 4\n  party: " A "\n  status: doing\n"
	                     "  status_at: 2009-02-01T10:00:00Z\n"
	                     "  note: ~\n  due: ~\n  origin: auto\n  assignee: Pat\n"
	                     "reviewer: {name: Pat}\n";
	size_t c;
	assert_string_equal(merge(base, base, theirs, &c), theirs);
	assert_int_equal(c, 0);
}

static void unreadable(const char *base, const char *ours, const char *theirs,
                       const char *want)
{
	struct review_merge3_in in = { "r.yaml", base, ours, theirs, strlen(base),
	                               strlen(ours), strlen(theirs) };
	struct buf b;
	buf_init(&b);
	buf_puts(&b, "untouched");
	size_t c = 99;
	struct ct_error err = {{0}};
	assert_int_equal(review_merge3(&in, &b, &c, &err), -1);
	assert_int_equal(b.len, 9);
	assert_memory_equal(b.data, "untouched", 9);
	if (!strstr(err.msg, want))
		fail_msg("want '%s' in '%s'", want, err.msg);
	buf_free(&b);
}

static void test_unreadable(void **state)
{
	(void)state;
	const char *ok = file3(item(4, A, "open", NULL, NULL, NULL, NULL), NULL, NULL);
	const char *markers = "<<<<<<< ours\n" HEAD "=======\n>>>>>>> theirs\n";
	unreadable(ok, markers, ok, "r.yaml (ours)");
	unreadable(ok, ok, "cable: [x\n", "r.yaml (theirs)");
	unreadable("items: 3\n", ok, ok, "r.yaml (base)");
	unreadable(ok, ok, "cable: 10STATE1\nitems:\n", "a review of cable 10STATE1");
	unreadable(ok, ok, HEAD "- paragraph: 4\n  party: " A "\n  status: finished\n",
	           "status must be open");
	unreadable(ok, "", ok, "r.yaml (ours)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_side_each),
		cmocka_unit_test(test_status_by_time),
		cmocka_unit_test(test_notes_both),
		cmocka_unit_test(test_fields_conflict),
		cmocka_unit_test(test_deleted_item),
		cmocka_unit_test(test_added_both),
		cmocka_unit_test(test_unknown_keys),
		cmocka_unit_test(test_unreadable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

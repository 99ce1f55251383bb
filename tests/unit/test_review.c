/* test_review.c - the review store: round trip, undo, merge, conflicts, bad
 * files, permissions, hostile YAML, write errors, and saves killed with
 * SIGKILL.  Everything happens in a mkdtemp directory. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

#include "review/review.h"
#include "base/yamlsafe.h"
#include "../tools/savecrash.h"

#define ID SAVECRASH_ID

#define REVIEW_DIRS_NAME "ct-review"
#include "review_dirs.h"

/* --- helpers --------------------------------------------------------------- */






static char *slurp(const char *path, size_t *len)
{
	char *buf = NULL;
	struct ct_error err;
	int rc = ys_read_file(path, &buf, len, NULL, &err);
	if (rc != 0)
		fail_msg("%s", err.msg);
	char *out = buf;
	return out;
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* Files in dir whose name contains s. */
static int count_files(const char *s)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int n = 0;
	const struct dirent *de;
	while ((de = readdir(d)))
		if (strstr(de->d_name, s))
			n++;
	closedir(d);
	return n;
}

static struct review *load_ok(void)
{
	struct review *r = NULL;
	struct ct_error err = {{0}};
	int rc = review_load(dir, ID, &r, &err);
	if (rc != REVIEW_OK)
		print_error("load: %s\n", err.msg);
	assert_int_equal(rc, REVIEW_OK);
	assert_non_null(r);
	return r;
}

static void save_ok(struct review *r)
{
	struct ct_error err = {{0}};
	int rc = review_save(r, false, &err);
	if (rc != REVIEW_OK)
		print_error("save: %s\n", err.msg);
	assert_int_equal(rc, REVIEW_OK);
}

/* A review of the hand-built cable, merged, saved once. */
static struct review *fresh(struct cable *c)
{
	savecrash_cable(c);
	struct review *r = load_ok();
	review_merge(r, c);
	save_ok(r);
	return r;
}

/* --- tests ----------------------------------------------------------------- */

static void test_dir(void **state)
{
	(void)state;
	struct ct_error err;
	const char *home = getenv("HOME"), *xdg = getenv("XDG_DATA_HOME");
	char *save_home = home ? strdup(home) : NULL, *save_xdg = xdg ? strdup(xdg) : NULL;
	setenv("HOME", "/home/u", 1);
	unsetenv("XDG_DATA_HOME");
	char *d = review_dir(NULL, false, &err);
	assert_string_equal(d, "/home/u/.local/share/cabletrack/reviews");
	free(d);
	setenv("XDG_DATA_HOME", "", 1);
	d = review_dir(NULL, false, &err);
	assert_string_equal(d, "/home/u/.local/share/cabletrack/reviews");
	free(d);
	setenv("XDG_DATA_HOME", "rel/data", 1);     /* relative: ignored */
	d = review_dir(NULL, false, &err);
	assert_string_equal(d, "/home/u/.local/share/cabletrack/reviews");
	free(d);
	setenv("XDG_DATA_HOME", "/x/data", 1);
	d = review_dir(NULL, false, &err);
	assert_string_equal(d, "/x/data/cabletrack/reviews");
	free(d);
	d = review_dir("/some/state/", false, &err);
	assert_string_equal(d, "/some/state");
	free(d);
	assert_null(review_dir("", false, &err));
	if (save_home)
		setenv("HOME", save_home, 1);
	if (save_xdg)
		setenv("XDG_DATA_HOME", save_xdg, 1);
	else
		unsetenv("XDG_DATA_HOME");
	free(save_home);
	free(save_xdg);

	/* created 0700 even under umask 0, each level */
	mode_t old = umask(0);
	d = review_dir(dir, true, &err);
	assert_non_null(d);
	struct stat st;
	assert_int_equal(stat(d, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	char parent[256];
	snprintf(parent, sizeof parent, "%s/..", d);
	assert_int_equal(stat(parent, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	free(d);
	umask(old);

	struct review *r;
	assert_int_equal(review_load(dir, "../etc/passwd", &r, &err), REVIEW_ERROR);
	assert_null(r);
	assert_int_equal(review_load(dir, ".hidden", &r, &err), REVIEW_ERROR);
	assert_false(review_id_ok(""));
	assert_true(review_id_ok("08STATE104535"));
}

static void test_round_trip(void **state)
{
	(void)state;
	struct cable c;
	savecrash_cable(&c);
	struct review *r = load_ok();
	assert_false(r->existed);
	assert_int_equal(r->n, 0);
	review_merge(r, &c);
	assert_int_equal(r->n, 3);
	review_merge(r, &c);                          /* idempotent */
	assert_int_equal(r->n, 3);
	struct review_item *a = review_find(r, 4, "USMISSION USOSCE");
	struct review_item *b = review_find(r, 7, "USMISSION USOSCE");
	struct review_item *v = review_find(r, 4, "USMISSION UNVIE VIENNA");
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(v);
	assert_null(review_find(r, 7, "USMISSION UNVIE VIENNA"));
	assert_false(a->manual);
	assert_int_equal(a->status, STATUS_OPEN);
	r->now = 1222819200;                         /* 2008-10-01T00:00:00Z */
	review_set_status(r, a, STATUS_DOING);
	review_set_note(r, a, "Raise at the PC on Thursday.\nThen the FSC: \"1540\" paper.\n");
	review_set_status(r, b, STATUS_DROPPED);
	review_set_note(r, b, "no");                 /* YAML 1.1 would make it false */
	assert_int_equal(review_set_due(r, b, "2008-10-15"), 0);
	assert_int_equal(review_set_due(r, b, "2008-02-30"), -1);
	assert_int_equal(review_set_due(r, b, "Oct 15"), -1);
	review_set_note(r, v, "  leading spaces, trailing tab\t");
	save_ok(r);

	struct stat st;
	assert_int_equal(stat(r->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	size_t len;
	char *text = slurp(r->path, &len);
	/* stable order: (paragraph, party), keys in a fixed order */
	const char *want_head =
		"cable: 08STATE104535\n"
		"items:\n"
		"- paragraph: 4\n"
		"  party: USMISSION UNVIE VIENNA\n"
		"  status: open\n";
	assert_memory_equal(text, want_head, strlen(want_head));
	assert_non_null(strstr(text, "  party: USMISSION USOSCE\n  status: doing\n"
	                             "  status_at: 2008-10-01T00:00:00Z\n  note: |\n"
	                             "    Raise at the PC on Thursday.\n"));
	assert_non_null(strstr(text, "  note: \"no\"\n  due: \"2008-10-15\"\n  origin: auto\n"));
	review_free(r);

	r = load_ok();
	assert_true(r->existed);
	assert_int_equal(r->n, 3);
	a = review_find(r, 4, "USMISSION USOSCE");
	b = review_find(r, 7, "USMISSION USOSCE");
	v = review_find(r, 4, "USMISSION UNVIE VIENNA");
	assert_int_equal(a->status, STATUS_DOING);
	assert_string_equal(a->note, "Raise at the PC on Thursday.\nThen the FSC: \"1540\" paper.\n");
	assert_null(a->due);
	assert_int_equal(b->status, STATUS_DROPPED);
	assert_string_equal(b->note, "no");
	assert_string_equal(b->due, "2008-10-15");
	assert_string_equal(v->note, "  leading spaces, trailing tab\t");
	assert_null(v->due);
	/* saving again without changes writes the same bytes */
	save_ok(r);
	size_t len2;
	char *text2 = slurp(r->path, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(text, text2, len);
	free(text);
	free(text2);
	review_free(r);
	arena_free(&c.arena);
}

static void test_undo(void **state)
{
	(void)state;
	struct cable c;
	struct review *r = fresh(&c);
	struct review_item *it = review_find(r, 7, "USMISSION USOSCE");
	assert_false(review_undo(r));
	review_set_status(r, it, STATUS_DOING);
	review_set_status(r, it, STATUS_DOING);      /* no change: no undo step */
	review_set_note(r, it, "first");
	review_set_note(r, it, "second");
	review_set_status(r, it, STATUS_DONE);
	assert_int_equal(review_set_due(r, it, "2008-10-20"), 0);
	assert_int_equal(r->nundo, 5);
	assert_true(review_undo(r));
	assert_null(it->due);
	assert_true(review_undo(r));
	assert_int_equal(it->status, STATUS_DOING);
	assert_true(review_undo(r));
	assert_string_equal(it->note, "first");
	assert_true(review_undo(r));
	assert_null(it->note);
	assert_true(review_undo(r));
	assert_int_equal(it->status, STATUS_OPEN);
	assert_false(review_undo(r));
	/* an empty note is no note */
	review_set_note(r, it, "x");
	review_set_note(r, it, "");
	assert_null(it->note);
	assert_true(review_undo(r));
	assert_string_equal(it->note, "x");
	/* the history is bounded and keeps the newest steps */
	for (int i = 0; i < 2500; i++)
		review_set_status(r, it, i % 2 ? STATUS_DONE : STATUS_DOING);
	assert_true(r->nundo <= 1000);
	assert_true(review_undo(r));
	assert_int_equal(it->status, STATUS_DOING);
	review_free(r);
	arena_free(&c.arena);
}

static void test_merge_keeps(void **state)
{
	(void)state;
	struct ct_error err;
	char *d = review_dir(dir, true, &err);
	free(d);
	/* a manual item the cable lacks, an unknown key in an item and at the top */
	spit(path_of(ID ".yaml"),
	     "cable: 08STATE104535\n"
	     "reviewer: {name: Pat, desk: OSCE}\n"
	     "items:\n"
	     "- paragraph: 17\n"
	     "  party: USMISSION USOSCE\n"
	     "  status: doing\n"
	     "  origin: manual\n"
	     "  assignee: Pat\n"
	     "  tags: [pc, fsc]\n"
	     "- paragraph: 4\n"
	     "  party: USMISSION USOSCE\n"
	     "  status: done\n");
	struct cable c;
	savecrash_cable(&c);
	struct review *r = load_ok();
	assert_int_equal(r->n, 2);
	review_merge(r, &c);
	assert_int_equal(r->n, 4);
	struct review_item *m = review_find(r, 17, "USMISSION USOSCE");
	assert_true(m->manual);
	assert_int_equal(review_find(r, 4, "USMISSION USOSCE")->status, STATUS_DONE);
	assert_int_equal(review_find(r, 7, "USMISSION USOSCE")->status, STATUS_OPEN);
	r->now = 1222819200;
	review_set_status(r, m, STATUS_DONE);
	save_ok(r);
	review_free(r);
	size_t len;
	char *text = slurp(path_of(ID ".yaml"), &len);
	assert_non_null(strstr(text, "- paragraph: 17\n  party: USMISSION USOSCE\n  status: done\n"
	                             "  status_at: 2008-10-01T00:00:00Z\n  note: ~\n  due: ~\n  origin: manual\n  assignee: Pat\n"
	                             "  tags: [pc, fsc]\n"));
	assert_non_null(strstr(text, "reviewer: {name: Pat, desk: OSCE}\n"));
	free(text);
	arena_free(&c.arena);
}

static void test_conflict(void **state)
{
	(void)state;
	struct cable c;
	struct review *r = fresh(&c);
	struct ct_error err;

	/* another instance saves in between */
	struct review *other = load_ok();
	review_set_note(other, &other->items[0], "from the other window");
	save_ok(other);
	review_set_status(r, &r->items[0], STATUS_DONE);
	assert_int_equal(review_save(r, false, &err), REVIEW_CONFLICT);
	assert_non_null(strstr(err.msg, "changed on disk"));
	assert_int_equal(count_files(".tmp-"), 0);
	assert_int_equal(review_save(r, true, &err), REVIEW_OK);
	save_ok(r);                                  /* our own save is no conflict */
	review_free(other);

	/* same size, same mtime, same inode, other bytes: the hash sees it */
	struct stat st;
	assert_int_equal(stat(r->path, &st), 0);
	size_t len;
	char *text = slurp(r->path, &len);
	size_t at = 0;
	while (at + 12 <= len && memcmp(text + at, "status: done", 12) != 0)
		at++;
	assert_true(at + 12 <= len);
	memcpy(text + at, "status: open", 12);
	int fd = open(r->path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	struct timespec times[2] = {st.st_atim, st.st_mtim};
	assert_int_equal(futimens(fd, times), 0);
	close(fd);
	free(text);
	assert_int_equal(review_save(r, false, &err), REVIEW_CONFLICT);

	/* deleted behind our back */
	assert_int_equal(review_save(r, true, &err), REVIEW_OK);
	assert_int_equal(unlink(r->path), 0);
	assert_int_equal(review_save(r, false, &err), REVIEW_CONFLICT);
	assert_int_equal(review_save(r, true, &err), REVIEW_OK);

	/* created behind the back of a review that found no file */
	review_free(r);
	assert_int_equal(unlink(path_of(ID ".yaml")), 0);
	r = load_ok();
	struct review *r2 = load_ok();
	review_merge(r2, &c);
	save_ok(r2);
	review_merge(r, &c);
	assert_int_equal(review_save(r, false, &err), REVIEW_CONFLICT);
	review_free(r2);
	review_free(r);
	arena_free(&c.arena);
}

/* A bad file: load says file:line why; nothing ever overwrites it. */
static void bad_file(const char *text, const char *want)
{
	char *path = path_of(ID ".yaml");
	spit(path, text);
	struct review *r = (struct review *)1;
	struct ct_error err = {{0}};
	assert_int_equal(review_load(dir, ID, &r, &err), REVIEW_ERROR);
	assert_null(r);
	char full[512];
	snprintf(full, sizeof full, "%s%s", path, want);
	if (!strstr(err.msg, full))
		print_error("got '%s'\nwant '%s'\n", err.msg, full);
	assert_non_null(strstr(err.msg, full));
	size_t len;
	char *now = slurp(path, &len);
	assert_int_equal(len, strlen(text));
	assert_memory_equal(now, text, len);
	free(now);
}

static void test_bad_files(void **state)
{
	(void)state;
	struct cable c;
	struct review *early = fresh(&c);   /* loaded before the file went bad */
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: four\n  party: X\n",
	         ":3: paragraph must be a number, not 'four'");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n  party: X\n  status: finished\n",
	         ":5: status must be open, doing, done or dropped, not 'finished'");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n  party: X\n  due: soon\n",
	         ":5: due must be a date");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n  party: X\n"
	         "- paragraph: 4\n  party: X\n",
	         ":5: paragraph 4, party X appears twice (also line 3)");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n  party: X\n  party: Y\n",
	         ":5: key 'party' repeated (also line 4)");
	bad_file("cable: 09STATE1\nitems: []\n", ":1: this review is for cable 09STATE1");
	bad_file("cable: 08STATE104535\nitems: {a: 1}\n", ":2: items must be a list");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n  note: [a]\n  party: X\n",
	         ":4: note must be text");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n   party: X\n",
	         ":4: mapping values are not allowed");
	bad_file("cable: 08STATE104535\nitems:\n  - [unclosed\n", ":4:");
	bad_file("", ":1: empty file");
	bad_file("cable: 08STATE104535\nitems:\n- paragraph: 4\n  party: \"\\x01\xff\"\n", ":4:");

	/* the review loaded earlier may not overwrite it, even forced */
	struct ct_error err;
	const char *bad = "cable: 08STATE104535\nitems:\n- paragraph: four\n  party: X\n";
	spit(path_of(ID ".yaml"), bad);
	review_set_status(early, &early->items[0], STATUS_DONE);
	assert_int_equal(review_save(early, false, &err), REVIEW_CONFLICT);
	assert_int_equal(review_save(early, true, &err), REVIEW_ERROR);
	assert_non_null(strstr(err.msg, ":3: paragraph must be a number"));
	assert_non_null(strstr(err.msg, "kept"));
	size_t len;
	char *now = slurp(path_of(ID ".yaml"), &len);
	assert_string_equal(now, bad);
	free(now);
	assert_int_equal(count_files(".tmp-"), 0);
	review_free(early);

	/* not a regular file; too big */
	assert_int_equal(unlink(path_of(ID ".yaml")), 0);
	assert_int_equal(mkfifo(path_of(ID ".yaml"), 0600), 0);
	struct review *r;
	assert_int_equal(review_load(dir, ID, &r, &err), REVIEW_ERROR);
	assert_non_null(strstr(err.msg, "not a regular file"));
	assert_int_equal(unlink(path_of(ID ".yaml")), 0);
	arena_free(&c.arena);
}

static void test_too_big(void **state)
{
	(void)state;
	struct ct_error err;
	free(review_dir(dir, true, &err));
	char *path = path_of(ID ".yaml");
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("cable: 08STATE104535\nitems:\n", f);
	for (int i = 0; ftell(f) < 9 << 20; i++)
		fprintf(f, "- paragraph: %d\n  party: USMISSION USOSCE\n  status: open\n", i);
	fclose(f);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	struct review *r;
	clock_t t0 = clock();
	assert_int_equal(review_load(dir, ID, &r, &err), REVIEW_ERROR);
	assert_non_null(strstr(err.msg, "too big"));
	assert_true(clock() - t0 < CLOCKS_PER_SEC / 10);     /* refused unread */
	struct stat st2;
	assert_int_equal(stat(path, &st2), 0);
	assert_int_equal(st.st_size, st2.st_size);
	assert_int_equal(st.st_mtim.tv_nsec, st2.st_mtim.tv_nsec);
	unlink(path);
}

static void ys_fails(const char *text, size_t len, const char *want)
{
	struct ct_error err = {{0}};
	struct ys_doc *d = ys_load(text, len ? len : strlen(text), "h.yaml", &err);
	assert_null(d);
	if (!strstr(err.msg, want))
		print_error("got '%s', want '%s'\n", err.msg, want);
	assert_non_null(strstr(err.msg, want));
}

static void test_hostile_yaml(void **state)
{
	(void)state;
	ys_fails("a: &x 1\nb: 2\n", 0, "h.yaml:1: anchors (&x) are not allowed");
	ys_fails("a: 1\nb: *x\n", 0, "h.yaml:2: aliases (*x) are not allowed");
	/* billion laughs: refused at its first anchor, before any expansion */
	const char *lol =
		"a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
		"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
		"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
		"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
		"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
		"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
		"g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
		"h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
		"i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
	ys_fails(lol, 0, "h.yaml:1: anchors (&a)");
	/* depth 64 is fine, 65 is not */
	char deep[200];
	for (int depth = 64; depth <= 65; depth++) {
		size_t n = 0;
		for (int i = 0; i < depth; i++)
			deep[n++] = '[';
		for (int i = 0; i < depth; i++)
			deep[n++] = ']';
		struct ct_error err;
		struct ys_doc *d = ys_load(deep, n, "h.yaml", &err);
		if (depth == 64) {
			assert_non_null(d);
			ys_doc_free(d);
		} else {
			assert_null(d);
			assert_non_null(strstr(err.msg, "nested deeper than 64"));
		}
	}
	/* 9 MiB is refused before parsing */
	size_t big = (size_t)9 << 20;
	char *buf = malloc(big);
	assert_non_null(buf);
	memset(buf, 'a', big);
	ys_fails(buf, big, "h.yaml: too big");
	free(buf);
	ys_fails("a: 1\n---\nb: 2\n", 0, "more than one YAML document");
	ys_fails("? [a, b]\n: 1\n", 0, "h.yaml:1: a key must be a plain value");
	ys_fails("a: \x01\n", 0, "h.yaml:1:");
	ys_fails("a: 1\nb: \xff\n", 0, "h.yaml:2:");
	/* too many values (half a million nodes: 14 s under valgrind, so the
	 * plain and ASan runs check this one) */
	if (RUNNING_ON_VALGRIND)
		return;
	size_t n = ((size_t)1 << 19) + 10, len = 0;
	char *many = malloc(n * 2 + 4);
	assert_non_null(many);
	many[len++] = '[';
	for (size_t i = 0; i < n; i++) {
		many[len++] = '1';
		many[len++] = ',';
	}
	many[len - 1] = ']';
	ys_fails(many, len, "more than 524288 values");
	free(many);
}

/* --- write faults ---------------------------------------------------------- */

static int fault_after;     /* bytes the faulty write accepts before failing */

static ssize_t write_enospc(int fd, const void *buf, size_t len)
{
	if (fault_after <= 0) {
		errno = ENOSPC;
		return -1;
	}
	size_t n = len < (size_t)fault_after ? len : (size_t)fault_after;
	fault_after -= (int)n;
	return write(fd, buf, n);
}

static int fsync_eio(int fd)
{
	(void)fd;
	errno = EIO;
	return -1;
}

static int rename_fails(const char *a, const char *b)
{
	(void)a;
	(void)b;
	errno = EXDEV;
	return -1;
}

static void check_untouched(const char *path, const char *before, size_t len)
{
	size_t now_len;
	char *now = slurp(path, &now_len);
	assert_int_equal(now_len, len);
	assert_memory_equal(now, before, len);
	free(now);
	assert_int_equal(count_files(".tmp-"), 0);
}

static void test_write_faults(void **state)
{
	(void)state;
	struct cable c;
	struct review *r = fresh(&c);
	size_t len;
	char *before = slurp(r->path, &len);
	struct ct_error err;
	review_set_note(r, &r->items[0], "a change that will not reach the disk");

	struct review_io io = {write_enospc, fsync, rename};
	r->io = &io;
	for (int after = 0; after < 200; after += 37) {
		fault_after = after;
		assert_int_equal(review_save(r, false, &err), REVIEW_ERROR);
		assert_non_null(strstr(err.msg, "No space left on device"));
		check_untouched(r->path, before, len);
	}
	io = (struct review_io){write, fsync_eio, rename};
	assert_int_equal(review_save(r, false, &err), REVIEW_ERROR);
	assert_non_null(strstr(err.msg, "Input/output error"));
	check_untouched(r->path, before, len);
	io = (struct review_io){write, fsync, rename_fails};
	assert_int_equal(review_save(r, false, &err), REVIEW_ERROR);
	check_untouched(r->path, before, len);

	/* a real kernel error: the file size limit (EFBIG, SIGXFSZ ignored) */
	r->io = NULL;
	char big[4096];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	review_set_note(r, &r->items[1], big);
	void (*old)(int) = signal(SIGXFSZ, SIG_IGN);
	struct rlimit lim, small;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &lim), 0);
	small = lim;
	small.rlim_cur = 1024;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	int rc = review_save(r, false, &err);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	signal(SIGXFSZ, old);
	assert_int_equal(rc, REVIEW_ERROR);
	assert_non_null(strstr(err.msg, "File too large"));
	check_untouched(r->path, before, len);
	/* and once the disk has room again, the same review saves */
	save_ok(r);
	free(before);
	review_free(r);
	arena_free(&c.arena);
}

/* The writer takes what the loader takes: a save at the 8 MiB limit loads
 * back, one byte over is refused before anything is written. */
static void test_save_limit(void **state)
{
	(void)state;
	struct cable c;
	struct review *r = fresh(&c);
	struct review_item *it = review_find(r, 7, "USMISSION USOSCE");
	/* the file's size for a note of n x's: measured once, then exact */
	size_t n0 = 1000;
	char *note = malloc(YS_MAX_BYTES + 2);
	assert_non_null(note);
	memset(note, 'x', YS_MAX_BYTES + 1);
	note[n0] = '\0';
	review_set_note(r, it, note);
	save_ok(r);
	struct stat st;
	assert_int_equal(stat(r->path, &st), 0);
	size_t at = n0 + (YS_MAX_BYTES - (size_t)st.st_size);
	note[n0] = 'x';
	note[at] = '\0';
	review_set_note(r, it, note);
	save_ok(r);
	assert_int_equal(stat(r->path, &st), 0);
	assert_int_equal((size_t)st.st_size, YS_MAX_BYTES);
	struct review *back = load_ok();                /* just under: loads */
	assert_int_equal(strlen(review_find(back, 7, "USMISSION USOSCE")->note), at);
	review_free(back);
	size_t len;
	char *before = slurp(r->path, &len);

	/* one byte over: refused with the reason, even forced; old file kept */
	note[at] = 'x';
	note[at + 1] = '\0';
	review_set_note(r, it, note);
	struct ct_error err = {{0}};
	assert_int_equal(review_save(r, false, &err), REVIEW_TOO_BIG);
	assert_non_null(strstr(err.msg, "over the 8 MiB"));
	assert_non_null(strstr(err.msg, "nothing written"));
	assert_int_equal(review_save(r, true, &err), REVIEW_TOO_BIG);
	check_untouched(r->path, before, len);
	assert_int_equal(count_files(".tmp-"), 0);
	print_message("save limit: a %zu-byte file saved and loaded back; one byte "
	              "more refused, the file kept: %s\n", len,
	              strstr(err.msg, "it would be"));
	/* undone, it saves */
	assert_true(review_undo(r));
	save_ok(r);
	review_set_note(r, it, NULL);
	save_ok(r);
	free(before);
	free(note);
	review_free(r);
	arena_free(&c.arena);

	/* under 8 MiB but more values than the loader takes: refused too */
	enum { PARAS = 45000 };
	struct cable many;
	memset(&many, 0, sizeof many);
	arena_init(&many.arena);
	many.id = ID;
	many.ntaskings = PARAS;
	many.taskings = arena_alloc(&many.arena, PARAS * sizeof *many.taskings);
	memset(many.taskings, 0, PARAS * sizeof *many.taskings);
	static const char *const party[] = {"USMISSION USOSCE"};
	for (size_t i = 0; i < PARAS; i++) {
		many.taskings[i].paragraph = (int)i + 1;
		many.taskings[i].parties = (const char **)(uintptr_t)party;
		many.taskings[i].nparties = 1;
	}
	r = load_ok();
	review_merge(r, &many);
	before = slurp(r->path, &len);
	assert_int_equal(review_save(r, false, &err), REVIEW_TOO_BIG);
	if (!strstr(err.msg, "would not load back"))
		print_error("%s\n", err.msg);
	assert_non_null(strstr(err.msg, "would not load back"));
	assert_non_null(strstr(err.msg, "values"));
	check_untouched(r->path, before, len);
	free(before);
	review_free(r);
	arena_free(&many.arena);
}

static int fsync_none(int fd)
{
	(void)fd;
	return 0;
}

/* Notes with invalid UTF-8 and control characters always save, and load
 * back as the cleaned text the review holds. */
static void test_dirty_notes(void **state)
{
	(void)state;
	struct cable c;
	struct review *r = fresh(&c);
	struct review_item *it = &r->items[0];
	review_set_note(r, it, "caf\xe9 \xff\xfe ok \x01\x1b[31mred\x7f\r\nline2\rline3 \xc2\x85"
	                       "\xed\xa0\x80 \xef\xbf\xbe end\t");
	assert_string_equal(it->note, "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd ok [31mred\n"
	                              "line2\nline3 \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd  end\t");
	save_ok(r);
	/* the disk's fsync is what takes time here, and is not what is tested */
	static const struct review_io fast = {write, fsync_none, rename};
	r->io = &fast;
	srand(1540);
	for (int round = 0; round < 300; round++) {
		char raw[64];
		size_t n = (size_t)rand() % sizeof raw;
		for (size_t i = 0; i < n; i++) {
			int k = rand() % 4;
			raw[i] = (char)(k == 0 ? rand() % 32 : k == 1 ? 0x80 + rand() % 128
			                : k == 2 ? " \n\"'#:-|>{}[]&*!%@`"[rand() % 19] : 'a' + rand() % 26);
		}
		raw[n] = '\0';
		review_set_note(r, &r->items[round % 3], raw);
		struct ct_error err;
		int rc = review_save(r, false, &err);
		if (rc != REVIEW_OK)
			print_error("round %d: %s\n", round, err.msg);
		assert_int_equal(rc, REVIEW_OK);
		struct review *back = load_ok();
		for (size_t i = 0; i < 3; i++) {
			const struct review_item *want = review_find(r, back->items[i].paragraph,
			                                             back->items[i].party);
			assert_non_null(want);
			if (want->note)
				assert_string_equal(back->items[i].note, want->note);
			else
				assert_null(back->items[i].note);
		}
		review_free(back);
	}
	review_free(r);
	arena_free(&c.arena);
}

static void test_lock(void **state)
{
	(void)state;
	struct cable c;
	struct review *r = fresh(&c);
	char lock[300];
	snprintf(lock, sizeof lock, "%s.lock", r->path);
	review_lock(r);
	assert_true(r->lock_fd >= 0);
	assert_false(r->locked_by_other);
	struct stat st;
	assert_int_equal(stat(lock, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	/* the same process again: not "another instance" */
	struct review *again = load_ok();
	review_lock(again);
	assert_false(again->locked_by_other);
	assert_int_equal(again->lock_fd, -1);
	review_free(again);
	assert_int_equal(stat(lock, &st), 0);     /* still ours */
	review_free(r);
	assert_int_equal(stat(lock, &st), -1);    /* released */

	/* a live other process holds it */
	int pipefd[2];
	assert_int_equal(pipe(pipefd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct review *cr;
		struct ct_error err;
		if (review_load(dir, ID, &cr, &err) != REVIEW_OK)
			_exit(1);
		review_lock(cr);
		if (write(pipefd[1], cr->lock_fd >= 0 ? "y" : "n", 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	char got = 0;
	assert_int_equal(read(pipefd[0], &got, 1), 1);
	assert_int_equal(got, 'y');
	r = load_ok();
	review_lock(r);
	assert_true(r->locked_by_other);
	assert_int_equal(r->lock_fd, -1);
	review_free(r);
	assert_int_equal(stat(lock, &st), 0);     /* not ours to remove */
	/* its owner dies without cleaning up: the kernel let go, the file
	 * left there is taken over */
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, NULL, 0), pid);
	close(pipefd[0]);
	close(pipefd[1]);
	assert_int_equal(stat(lock, &st), 0);
	r = load_ok();
	review_lock(r);
	assert_false(r->locked_by_other);
	assert_true(r->lock_fd >= 0);
	review_free(r);
	assert_int_equal(stat(lock, &st), -1);
	arena_free(&c.arena);
}

/* 0600 files in 0700 directories whatever the umask; a symlinked review
 * file stays a symlink and its target is what gets saved. */
static void test_modes_and_links(void **state)
{
	(void)state;
	static const mode_t masks[] = {0, 0277, 0777};
	char base[200];
	snprintf(base, sizeof base, "%s", dir);
	for (size_t i = 0; i < 3; i++) {
		snprintf(dir, sizeof dir, "%s/mask%zu/a/b", base, i);
		mode_t old = umask(masks[i]);
		struct cable c;
		struct review *r = fresh(&c);
		review_set_note(r, &r->items[0], "saved again");
		save_ok(r);
		umask(old);
		struct stat st;
		assert_int_equal(stat(r->path, &st), 0);
		assert_int_equal(st.st_mode & 07777, 0600);
		assert_int_equal(stat(dir, &st), 0);
		assert_int_equal(st.st_mode & 07777, 0700);
		char up[400];
		snprintf(up, sizeof up, "%s/..", dir);
		assert_int_equal(stat(up, &st), 0);
		assert_int_equal(st.st_mode & 07777, 0700);
		review_free(r);
		arena_free(&c.arena);
	}

	/* reviews kept elsewhere (a git checkout), linked into the state dir */
	char target[400], link[400];
	snprintf(dir, sizeof dir, "%s/linked", base);
	struct ct_error err;
	free(review_dir(dir, true, &err));
	snprintf(target, sizeof target, "%s/team-%s.yaml", base, ID);
	spit(target, "cable: 08STATE104535\nitems:\n- paragraph: 4\n  party: USMISSION USOSCE\n");
	snprintf(link, sizeof link, "%s/%s.yaml", dir, ID);
	assert_int_equal(symlink(target, link), 0);
	struct review *r = load_ok();
	assert_int_equal(r->n, 1);
	review_set_status(r, &r->items[0], STATUS_DONE);
	save_ok(r);
	review_free(r);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	size_t len;
	char *text = slurp(target, &len);
	assert_non_null(strstr(text, "status: done"));
	free(text);
	snprintf(dir, sizeof dir, "%s", base);
}

/* --- kill -9 --------------------------------------------------------------- */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The savecrash tool next to this test binary (BUILD/tests/.. /tools). */
static char *savecrash_tool(void)
{
	const char *env = getenv("CT_SAVECRASH");
	if (env && *env)
		return access(env, X_OK) == 0 ? strdup(env) : NULL;
	char self[4096];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 32);
	if (n <= 0)
		return NULL;
	self[n] = '\0';
	char *slash = strrchr(self, '/');
	if (!slash)
		return NULL;
	strcpy(slash, "/../tools/savecrash");
	return access(self, X_OK) == 0 ? strdup(self) : NULL;
}

struct kill_counts {
	int bad, torn, early, states[2];
};

/* kills runs of the savecrash tool in dir, each SIGKILLed at a random moment
 * within window_us of being ready; counts what the next load finds. */
static void kill_round(const char *tool, int kills, long window_us,
                       struct kill_counts *out)
{
	for (int k = 0; k < kills; k++) {
		int pipefd[2];
		assert_int_equal(pipe(pipefd), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(pipefd[0]);
			if (tool) {
				char fdarg[16];
				snprintf(fdarg, sizeof fdarg, "%d", pipefd[1]);
				execl(tool, tool, dir, fdarg, (char *)NULL);
				_exit(127);
			}
			_exit(savecrash_loop(dir, pipefd[1]));
		}
		close(pipefd[1]);
		char b;
		if (read(pipefd[0], &b, 1) != 1)
			out->early++;                 /* died before it was ready */
		close(pipefd[0]);
		long us = (long)(rand() % (int)window_us);
		struct timespec ts = {us / 1000000, us % 1000000 * 1000};
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		int status;
		assert_int_equal(waitpid(pid, &status, 0), pid);
		if (!WIFSIGNALED(status))
			out->early++;                 /* it stopped on its own: an error */
		if (count_files(".tmp-") > 0)
			out->torn++;                  /* killed inside a save */
		struct review *after = NULL;
		struct ct_error err;
		int state_now = -1;
		if (review_load(dir, ID, &after, &err) == REVIEW_OK)
			state_now = savecrash_state(after);
		else
			print_error("kill %d: %s\n", k, err.msg);
		review_free(after);
		if (state_now < 0 || count_files(".tmp-") > 0)
			out->bad++;
		else
			out->states[state_now]++;
	}
}

static void test_kill9(void **state)
{
	(void)state;
	/* tmpfs when there is one: fsync is free there, so the kills land in
	 * every phase of a save quickly; what a SIGKILL tests (rename is
	 * atomic, the old file is never touched) does not depend on the disk */
	const char *shm = "/dev/shm";
	char base[100];
	struct stat st;
	if (stat(shm, &st) == 0 && S_ISDIR(st.st_mode) && access(shm, W_OK) == 0) {
		snprintf(base, sizeof base, "%s/ct-savecrash-XXXXXX", shm);
		if (!mkdtemp(base))
			snprintf(base, sizeof base, "%s", top);
	} else {
		snprintf(base, sizeof base, "%s", top);
	}
	snprintf(dir, sizeof dir, "%s/kill9", base);

	struct cable c;
	struct review *r = fresh(&c);
	savecrash_apply(r, 0);
	save_ok(r);
	/* how long a save takes here, to spread the kills over whole saves */
	double t0 = now_ms();
	for (int i = 0; i < 10; i++) {
		savecrash_apply(r, (i + 1) % 2);
		save_ok(r);
	}
	double save_ms = (now_ms() - t0) / 10;
	review_free(r);
	arena_free(&c.arena);

	char *tool = savecrash_tool();
	/* under valgrind or ASan a fork and a start cost ~50-90 ms: the
	 * memory checks need only a few rounds, the plain run does all 1000 */
	bool slow = RUNNING_ON_VALGRIND || UNDER_ASAN;
	int kills = slow ? 100 : 1000;
	const char *env = getenv("CT_SAVECRASH_KILLS");
	if (env && atoi(env) > 0)
		kills = atoi(env);
	struct kill_counts k9;
	memset(&k9, 0, sizeof k9);
	srand((unsigned)time(NULL));
	t0 = now_ms();
	long window_us = (long)(save_ms * 3000 + 200);
	kill_round(tool, kills, window_us, &k9);
	/* Every kill landed before the first save was done (a loaded machine
	 * starts the tool slowly): widen the window until kills land in both
	 * states, so that the test still shows them across whole saves. */
	for (int extra = 0; extra < 4 && (k9.states[0] == 0 || k9.states[1] == 0); extra++) {
		window_us *= 4;
		kill_round(tool, kills / 4 + 1, window_us, &k9);
	}
	int bad = k9.bad, torn = k9.torn, early = k9.early;
	int *states = k9.states;
	int done = states[0] + states[1] + bad;
	double total = now_ms() - t0;
	print_message("savecrash: %d kills, %d bad states (%s%s; %d in state A, %d in B; "
	              "%d killed mid-save, temp file swept by the next load; "
	              "save %.2f ms; %.0f ms in all)\n",
	              done, bad, tool ? "tools/savecrash" : "forked, tool not built",
	              slow ? ", fewer under valgrind/ASan" : "",
	              states[0], states[1], torn, save_ms, total);
	free(tool);
	assert_int_equal(bad, 0);
	assert_int_equal(early, 0);
	if (kills >= 100)
		assert_true(states[0] > 0 && states[1] > 0);
	if (strncmp(base, shm, strlen(shm)) == 0)
		nftw(base, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_dir, setup),
		cmocka_unit_test_setup(test_round_trip, setup),
		cmocka_unit_test_setup(test_undo, setup),
		cmocka_unit_test_setup(test_merge_keeps, setup),
		cmocka_unit_test_setup(test_conflict, setup),
		cmocka_unit_test_setup(test_bad_files, setup),
		cmocka_unit_test_setup(test_too_big, setup),
		cmocka_unit_test_setup(test_hostile_yaml, setup),
		cmocka_unit_test_setup(test_write_faults, setup),
		cmocka_unit_test_setup(test_save_limit, setup),
		cmocka_unit_test_setup(test_dirty_notes, setup),
		cmocka_unit_test_setup(test_lock, setup),
		cmocka_unit_test_setup(test_modes_and_links, setup),
		cmocka_unit_test_setup(test_kill9, setup),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

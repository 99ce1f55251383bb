/* test_inbox.c - the inbox index and its cache: rows from parsed cables,
 * cache hits, misses on a size or mtime change, a corrupt or truncated
 * cache rebuilt, unreadable files listed with their error and not cached,
 * escaping of odd bytes, the open count for a post.  Everything happens in
 * a mkdtemp directory; no corpus needed (the cable lines are from the seed
 * cable 08STATE104535). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parse/dates.h"
#include "parse/cable.h"
#include "inbox/inbox.h"
#include "review/effective.h"

static const char cable_a[] =
"VZCZCXRO5554\n"
"PP RUEHTRO\n"
"DE RUEHC #4535/01 2742232\n"
"ZNR UUUUU ZZH\n"
"P 302227Z SEP 08\n"
"FM SECSTATE WASHDC\n"
"TO RUEHVEN/USMISSION USOSCE PRIORITY 4080\n"
"RUEHUNV/USMISSION UNVIE VIENNA PRIORITY 3886\n"
"INFO RUEHBJ/AMEMBASSY BEIJING PRIORITY 3308\n"
"\n"
"UNCLAS SECTION 01 OF 05 STATE 104535\n"
"\n"
"SENSITIVE\n"
"SIPDIS\n"
"\n"
"E.O. 12958: N/A\n"
"TAGS: AORC IAEA KPAO OSCE PREL PTER UNSC EUN\n"
"SUBJECT: MOVING IMPLEMENTATION FORWARD -- UNSCR 1540 --\n"
"VIENNA TRILATERAL COOPERATION\n"
"\n"
"1. (U) This is an action request for USOSCE and UNVIE, see paras 4 and 7 below.\n"
"\n"
"2. (SBU) Washington requests Post pursue the following objectives to ensure\n"
"that REFTEL views from USOSCE and UNVIE are integrated into both the Permanent\n"
"Council (PC) and the Forum for Security Cooperation (FSC).\n"
"\n"
"3. (U) USOSCE and UNVIE are requested to report on the outcome NLT October 15.\n"
"\n"
"RICE\n";

#define INBOX_DIRS_NAME "ct-inbox-test"
#include "inbox_dirs.h"

static char *path_of(const char *name)
{
	static char bufs[4][600];
	static int k;
	char *b = bufs[k++ % 4];
	snprintf(b, sizeof bufs[0], "%s/%s", dir, name);
	return b;
}

/* Three files: a cable, another cable, not a cable. */
static void make_inbox(char **paths)
{
	paths[0] = strdup(path_of("08STATE104535.txt"));
	paths[1] = strdup(path_of("second.txt"));
	paths[2] = strdup(path_of("image.png"));
	write_file(paths[0], cable_a, sizeof cable_a - 1);
	write_file(paths[1], cable_a, sizeof cable_a - 1);
	write_file(paths[2], "\211PNG\r\n\032\n\000\000\000", 11);
}

static void free_paths(char **paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
}

static void test_rows_and_warm_cache(void **state)
{
	(void)state;
	char *paths[3];
	make_inbox(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.n, 3);
	assert_int_equal(ix.nparsed, 3);
	assert_int_equal(ix.ncached, 0);
	assert_true(ix.cache_written);
	const struct inbox_row *r = &ix.rows[0];
	assert_null(r->error);
	assert_string_equal(r->id, "08STATE104535");
	assert_string_equal(r->date, "2008-09-30");
	assert_string_equal(r->precedence, "PRIORITY");
	assert_non_null(strstr(r->subject, "VIENNA TRILATERAL COOPERATION"));
	assert_true(r->ntasks >= 2);
	long nearest;
	size_t mine = inbox_row_open(r, "USOSCE", &nearest);
	size_t all = inbox_row_open(r, NULL, NULL);
	assert_true(mine >= 1);
	assert_true(all >= mine);
	assert_int_equal(inbox_row_open(r, "AMEMBASSY TRIPOLI", NULL), 0);
	assert_int_equal(nearest, days_from_civil(2008, 10, 15));
	assert_non_null(ix.rows[2].error);
	assert_non_null(strstr(ix.rows[2].error, "PNG"));
	assert_false(ix.rows[2].unreadable);
	char id0[64], subj0[256];
	snprintf(id0, sizeof id0, "%s", r->id);
	snprintf(subj0, sizeof subj0, "%s", r->subject);
	unsigned nt0 = r->ntasks;
	inbox_free(&ix);

	/* reopened: every row from the cache, the same content, no rewrite */
	struct stat before, after;
	assert_int_equal(stat(cache, &before), 0);
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.nparsed, 0);
	assert_int_equal(ix.ncached, 3);
	assert_false(ix.cache_written);
	assert_true(ix.rows[0].cached);
	assert_string_equal(ix.rows[0].id, id0);
	assert_string_equal(ix.rows[0].subject, subj0);
	assert_int_equal(ix.rows[0].ntasks, nt0);
	assert_int_equal(inbox_row_open(&ix.rows[0], "USOSCE", &nearest), mine);
	assert_int_equal(nearest, days_from_civil(2008, 10, 15));
	assert_non_null(strstr(ix.rows[2].error, "PNG"));
	inbox_free(&ix);
	assert_int_equal(stat(cache, &after), 0);
	assert_int_equal(before.st_mtim.tv_nsec, after.st_mtim.tv_nsec);
	free_paths(paths, 3);
}

static void test_miss_on_size_and_mtime(void **state)
{
	(void)state;
	char *paths[3];
	make_inbox(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	inbox_free(&ix);

	/* same size, other mtime: parsed again */
	struct timespec ts[2] = { { 1222819620, 0 }, { 1222819620, 0 } };
	assert_int_equal(utimensat(AT_FDCWD, paths[0], ts, 0), 0);
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.nparsed, 1);
	assert_int_equal(ix.ncached, 2);
	assert_false(ix.rows[0].cached);
	assert_true(ix.rows[1].cached);
	assert_true(ix.cache_written);
	inbox_free(&ix);

	/* another size (the file became another cable): parsed again */
	char other[sizeof cable_a + 64];
	snprintf(other, sizeof other, "%s", cable_a);
	char *p = strstr(other, "STATE 104535");
	assert_non_null(p);
	memcpy(p, "STATE 204535", 12);
	strcat(other, "\n");
	write_file(paths[1], other, strlen(other));
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.nparsed, 1);
	assert_false(ix.rows[1].cached);
	assert_string_equal(ix.rows[1].id, "08STATE204535");
	inbox_free(&ix);

	/* a file gone from the list: the cache is rewritten without it */
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.nparsed, 0);
	assert_int_equal(ix.ncached, 2);
	assert_true(ix.cache_written);
	inbox_free(&ix);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_false(ix.cache_written);
	inbox_free(&ix);
	free_paths(paths, 3);
}

static char *find_bytes(char *b, size_t n, const char *s)
{
	size_t k = strlen(s);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(b + i, s, k) == 0)
			return b + i;
	return NULL;
}

static char *read_all(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *b = malloc(1 << 20);
	assert_non_null(b);
	*n = fread(b, 1, 1 << 20, f);
	fclose(f);
	return b;
}

/* Damages the cache with fn, then checks it is rejected and rebuilt. */
static void rebuilt_after(char **paths, void (*fn)(char *b, size_t *n))
{
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	inbox_free(&ix);
	size_t n;
	char *b = read_all(cache, &n);
	fn(b, &n);
	write_file(cache, b, n);
	free(b);
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_true(ix.cache_rejected);
	assert_int_equal(ix.ncached, 0);
	assert_int_equal(ix.nparsed, 3);
	assert_true(ix.cache_written);
	assert_string_equal(ix.rows[0].id, "08STATE104535");
	inbox_free(&ix);
	/* and the rebuilt one is good */
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_false(ix.cache_rejected);
	assert_int_equal(ix.ncached, 3);
	inbox_free(&ix);
}

static void flip_id(char *b, size_t *n)
{
	char *p = find_bytes(b, *n, "08STATE104535");
	assert_non_null(p);
	p[0] = '9';                   /* the hash no longer matches */
}

static void truncate_half(char *b, size_t *n)
{
	(void)b;
	*n /= 2;
}

static void zeroes(char *b, size_t *n)
{
	memset(b, 0, *n);
}

static void bad_row_good_hash(char *b, size_t *n)
{
	/* a row with a field missing, re-hashed so that only the parse fails */
	char *p = find_bytes(b, *n, "\tPRIORITY\t");
	assert_non_null(p);
	memmove(p, p + 9, *n - (size_t)(p + 9 - b));
	*n -= 9;
	char *end = b + *n - 1;
	while (end > b && end[-1] != '\n')
		end--;
	uint64_t h = 14695981039346656037ULL;
	for (char *q = b; q < end; q++) {
		h ^= (unsigned char)*q;
		h *= 1099511628211ULL;
	}
	*n = (size_t)(end - b);
	*n += (size_t)sprintf(end, "end\t3\t%016llx\n", (unsigned long long)h);
}

static void test_corrupt_cache_rebuilt(void **state)
{
	(void)state;
	char *paths[3];
	make_inbox(paths);
	rebuilt_after(paths, flip_id);
	rebuilt_after(paths, truncate_half);
	rebuilt_after(paths, zeroes);
	rebuilt_after(paths, bad_row_good_hash);
	free_paths(paths, 3);
}

static void test_unreadable_listed(void **state)
{
	(void)state;
	char *paths[4];
	make_inbox(paths);
	paths[3] = strdup(path_of("missing.txt"));
	free(paths[2]);
	paths[2] = strdup(path_of("a-folder"));
	assert_int_equal(mkdir(paths[2], 0700), 0);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 4, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.n, 4);
	assert_true(ix.rows[2].unreadable);
	assert_string_equal(ix.rows[2].error, "is a directory");
	assert_true(ix.rows[3].unreadable);
	assert_non_null(strstr(ix.rows[3].error, "No such file"));
	assert_string_equal(ix.rows[3].path, paths[3]);
	inbox_free(&ix);
	/* not cached: tried again, and the file that appeared is read */
	write_file(paths[3], cable_a, sizeof cable_a - 1);
	assert_int_equal(inbox_build(&ix, paths, 4, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.ncached, 2);
	assert_null(ix.rows[3].error);
	assert_string_equal(ix.rows[3].id, "08STATE104535");
	assert_true(ix.rows[2].unreadable);
	inbox_free(&ix);
	free_paths(paths, 4);
}

/* Paths and subjects with TAB, newline, backslash, ';' survive the file. */
static void test_escaping(void **state)
{
	(void)state;
	char *paths[2];
	paths[0] = strdup(path_of("tab\there;semi,comma\\back.txt"));
	paths[1] = strdup(path_of("new\nline.txt"));
	char odd[sizeof cable_a + 64];
	snprintf(odd, sizeof odd, "%s", cable_a);
	char *p = strstr(odd, "VIENNA TRILATERAL");
	memcpy(p, "VIENNA\\TRI;ATERAL", 17);
	write_file(paths[0], odd, strlen(odd));
	write_file(paths[1], cable_a, sizeof cable_a - 1);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	char subj[256];
	snprintf(subj, sizeof subj, "%s", ix.rows[0].subject);
	size_t open = inbox_row_open(&ix.rows[0], "UNVIE", NULL);
	inbox_free(&ix);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.ncached, 2);
	assert_string_equal(ix.rows[0].path, paths[0]);
	assert_string_equal(ix.rows[1].path, paths[1]);
	assert_string_equal(ix.rows[0].subject, subj);
	assert_non_null(strstr(subj, "VIENNA\\TRI;ATERAL"));
	assert_int_equal(inbox_row_open(&ix.rows[0], "UNVIE", NULL), open);
	inbox_free(&ix);
	free_paths(paths, 2);
}

/* A hard link to a file already read is not parsed again. */
static void test_hard_links_read_once(void **state)
{
	(void)state;
	char *paths[3];
	make_inbox(paths);
	free(paths[1]);
	paths[1] = strdup(path_of("link-to-first.txt"));
	unlink(paths[1]);
	assert_int_equal(link(paths[0], paths[1]), 0);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.nparsed, 2);
	assert_string_equal(ix.rows[1].path, paths[1]);
	assert_string_equal(ix.rows[1].id, ix.rows[0].id);
	assert_int_equal(ix.rows[1].ntasks, ix.rows[0].ntasks);
	inbox_free(&ix);
	assert_int_equal(inbox_build(&ix, paths, 3, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.ncached, 3);
	inbox_free(&ix);
	free_paths(paths, 3);
}

/* inbox_row_each against the effective rows, entry by entry. */
struct same_rows {
	const struct effective *e;
	size_t i;
};

static bool same_row(void *ctx, const struct inbox_task *t)
{
	struct same_rows *sr = ctx;
	assert_true(sr->i < sr->e->n);
	const struct effective_row *row = &sr->e->rows[sr->i++];
	assert_int_equal(t->paragraph, row->paragraph);
	assert_string_equal(t->party, row->party);
	if (row->due.date)
		assert_string_equal(t->deadline, row->due.date);
	else
		assert_null(t->deadline);
	/* the checklist line, as the agenda shows it */
	const struct tasking *tk = row->tasking;
	const char *sum = tk && tk->summary ? tk->summary : tk ? tk->quote : NULL;
	assert_string_equal(t->summary, sum ? sum : "");
	return true;
}

/* A cold build big enough to be shared among threads: every row equals
 * what parsing its file alone gives, hard links included, and each file is
 * read once. */
static void test_many_files_in_threads(void **state)
{
	(void)state;
	enum { N = 200 };
	char *paths[N];
	size_t distinct = 0;
	for (size_t i = 0; i < N; i++) {
		char name[64];
		snprintf(name, sizeof name, "c%03zu.txt", i);
		paths[i] = strdup(path_of(name));
		if (i % 4 == 3) {       /* every fourth a hard link to the one before */
			unlink(paths[i]);
			assert_int_equal(link(paths[i - 1], paths[i]), 0);
			continue;
		}
		/* cables that differ: the subject names the file */
		char body[sizeof cable_a + 64];
		int n = snprintf(body, sizeof body, "%s", cable_a);
		char *subj = strstr(body, "VIENNA TRILATERAL");
		assert_non_null(subj);
		memcpy(subj, name, 4);
		write_file(paths[i], body, (size_t)n);
		distinct++;
	}
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, N, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.nparsed, distinct);
	for (size_t i = 0; i < N; i++) {
		struct ct_error e = { "" };
		struct cable *c = cable_parse_file(paths[i], &e);
		assert_non_null(c);
		const struct inbox_row *r = &ix.rows[i];
		assert_string_equal(r->path, paths[i]);
		assert_string_equal(r->id, c->id);
		assert_string_equal(r->subject, c->subject);
		/* the taskings summary is the effective rows, nothing reviewed */
		struct effective rows;
		effective_build(&rows, c, NULL);
		assert_int_equal(r->ntasks, rows.n);
		struct same_rows sr = { &rows, 0 };
		inbox_row_each(r, same_row, &sr);
		assert_int_equal(sr.i, rows.n);
		effective_free(&rows);
		cable_free(c);
	}
	inbox_free(&ix);
	free_paths(paths, N);
}

static void test_cache_path(void **state)
{
	(void)state;
	char out[PATH_MAX], out2[PATH_MAX];
	struct ct_error err = { "" };
	char *a1[] = { dir };
	char *a2[] = { dir, dir };
	setenv("XDG_CACHE_HOME", "/x/cache", 1);
	assert_int_equal(inbox_cache_path(a1, 1, out, sizeof out, &err), 0);
	assert_true(strncmp(out, "/x/cache/cabletrack/inbox-", 26) == 0);
	assert_int_equal(inbox_cache_path(a2, 2, out2, sizeof out2, &err), 0);
	assert_string_not_equal(out, out2);
	/* relative or empty: ignored, $HOME/.cache */
	setenv("XDG_CACHE_HOME", "rel", 1);
	setenv("HOME", "/home/u", 1);
	assert_int_equal(inbox_cache_path(a1, 1, out, sizeof out, &err), 0);
	assert_true(strncmp(out, "/home/u/.cache/cabletrack/", 26) == 0);
	unsetenv("XDG_CACHE_HOME");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rows_and_warm_cache, setup, teardown),
		cmocka_unit_test_setup_teardown(test_miss_on_size_and_mtime, setup, teardown),
		cmocka_unit_test_setup_teardown(test_corrupt_cache_rebuilt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_listed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_escaping, setup, teardown),
		cmocka_unit_test_setup_teardown(test_many_files_in_threads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hard_links_read_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cache_path, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

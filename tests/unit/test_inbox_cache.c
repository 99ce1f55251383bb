/* test_inbox_cache.c - the inbox cache as input (issue 15): a forged cache
 * whose checksum was recomputed, a cache far larger than the inbox, a
 * cache that is not ours, and paths chosen to collide in an unkeyed hash.
 * The cable below is written for this test (a fictional post and event).
 * Everything happens in a mkdtemp directory. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/embedded.h"
#include "inbox/inbox.h"

static const char cable[] =
"P 031015Z MAR 09\n"
"FM SECSTATE WASHDC\n"
"TO RUEHXX/AMEMBASSY PORT LUCIA PRIORITY 0101\n"
"\n"
"UNCLAS STATE 022222\n"
"\n"
"E.O. 12958: N/A\n"
"TAGS: PREL XX\n"
"SUBJECT: HARBOUR FESTIVAL DELEGATION\n"
"\n"
"1. (U) Embassy Port Lucia is requested to confirm the delegation's\n"
"schedule with the harbour authority NLT March 20.\n"
"\n"
"CLINTON\n";

#define INBOX_DIRS_NAME "ct-inbox-cache"
#include "inbox_dirs.h"

static char *read_all(const char *path, size_t *n, size_t extra)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = malloc((size_t)len + extra + 1);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	*n = (size_t)len;
	b[len] = 0;
	return b;
}

/* Two cables: a.txt, b.txt. */
static void make_inbox(char **paths)
{
	for (int i = 0; i < 2; i++) {
		char p[600];
		snprintf(p, sizeof p, "%s/%c.txt", dir, 'a' + i);
		paths[i] = strdup(p);
		write_file(paths[i], cable, sizeof cable - 1);
	}
}

/* The two cables written and their inbox built once, which writes the
 * cache. */
static void build_once(char **paths)
{
	make_inbox(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	inbox_free(&ix);
}

/* The cache's rows (buf without its end line) written back with an end
 * line that verifies: what anyone who can write the file can do. */
static void write_rehashed(const char *rows, size_t len, size_t nrows)
{
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)rows[i];
		h *= 1099511628211ULL;
	}
	FILE *f = fopen(cache, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(rows, 1, len, f), len);
	fprintf(f, "end\t%zu\t%016llx\n", nrows, (unsigned long long)h);
	assert_int_equal(fclose(f), 0);
	chmod(cache, 0600);
}

/* The rows of the cache (up to its end line); *len their bytes. */
static char *cache_rows(size_t *len, size_t extra)
{
	size_t n;
	char *b = read_all(cache, &n, extra);
	char *end = strstr(b, "\nend\t");
	assert_non_null(end);
	*len = (size_t)(end + 1 - b);
	return b;
}

/* A forged cache: a.txt's row with another subject and an inode that is
 * not the file's, b.txt's row turned into "not a cable" with another
 * mtime, and a row for a path not asked for.  The checksum verifies, yet
 * nothing forged is shown: both files are parsed again, and the row not
 * asked for is dropped from the rewritten cache. */
static void test_forged_cache(void **state)
{
	(void)state;
	char *paths[2];
	make_inbox(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_true(ix.cache_written);
	unsigned long long ino_a = ix.rows[0].ino;
	long long size_b = ix.rows[1].size, mtime_b = ix.rows[1].mtime_ns;
	unsigned long long ino_b = ix.rows[1].ino;
	inbox_free(&ix);

	char forged[8192];
	int n = snprintf(forged, sizeof forged,
		"cabletrack-inbox 5 %s\n"
		"C\t%s\t%zu\t0\t%llu\t09STATE999999\t\t2009-01-01\tFLASH\tFORGED SUBJECT\t1\t"
		"1,2009-01-02,AMEMBASSY PORT LUCIA,forged tasking\n"
		"E\t%s\t%lld\t%lld\t%llu\tnot a cable\n"
		"C\t%s/ghost.txt\t1\t1\t1\t09STATE000001\t\t\t\tGHOST\t0\t\n",
		embedded_build_id, paths[0], sizeof cable - 1, ino_a + 1, paths[1], size_b, mtime_b + 1, ino_b, dir);
	assert_true(n > 0 && (size_t)n < sizeof forged);
	write_rehashed(forged, (size_t)n, 3);

	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_false(ix.cache_rejected);      /* it verifies: only its rows fail */
	assert_int_equal(ix.ncached, 0);
	assert_int_equal(ix.nparsed, 2);
	for (int i = 0; i < 2; i++) {
		assert_null(ix.rows[i].error);
		assert_string_equal(ix.rows[i].subject, "HARBOUR FESTIVAL DELEGATION");
		assert_non_null(ix.rows[i].id);
		assert_string_not_equal(ix.rows[i].id, "09STATE999999");
	}
	assert_true(ix.cache_written);
	inbox_free(&ix);
	size_t len;
	char *b = read_all(cache, &len, 0);
	assert_null(strstr(b, "ghost"));
	assert_null(strstr(b, "FORGED"));
	free(b);

	/* the rewritten cache is taken whole */
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.ncached, 2);
	inbox_free(&ix);
	free(paths[0]);
	free(paths[1]);
}

/* A cache that is not ours to trust: writable by others, or a symbolic
 * link, is not read (and is replaced). */
static void test_cache_not_ours(void **state)
{
	(void)state;
	char *paths[2];
	build_once(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(chmod(cache, 0666), 0);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_true(ix.cache_rejected);
	assert_int_equal(ix.ncached, 0);
	assert_true(ix.cache_written);
	inbox_free(&ix);
	struct stat st;
	assert_int_equal(stat(cache, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);

	char moved[600];
	snprintf(moved, sizeof moved, "%s.real", cache);
	assert_int_equal(rename(cache, moved), 0);
	assert_int_equal(symlink(moved, cache), 0);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_true(ix.cache_rejected);
	assert_int_equal(ix.ncached, 0);
	inbox_free(&ix);
	free(paths[0]);
	free(paths[1]);
}

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A cache far larger than its inbox (true rows, then 8 MiB of rows for
 * paths not asked for, with a checksum that verifies) is not read at all:
 * rejected at once and rebuilt small. */
static void test_huge_cache(void **state)
{
	(void)state;
	char *paths[2];
	build_once(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	size_t len, pad = (size_t)8 << 20;
	char *b = cache_rows(&len, pad + 256);
	size_t rows = 2;
	while (pad > 200) {
		int k = sprintf(b + len, "E\t%s/x%07zu.txt\t1\t1\t1\tpadding padding padding "
		                "padding padding padding padding padding\n", dir, rows);
		len += (size_t)k;
		pad -= (size_t)k;
		rows++;
	}
	write_rehashed(b, len, rows);
	free(b);
	double t0 = now_s();
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	double t = now_s() - t0;
	assert_true(ix.cache_rejected);
	assert_int_equal(ix.ncached, 0);
	assert_int_equal(ix.nparsed, 2);
	assert_string_equal(ix.rows[0].subject, "HARBOUR FESTIVAL DELEGATION");
	assert_true(ix.cache_written);
	assert_true(t < 0.5);             /* not read: parsing two cables */
	inbox_free(&ix);
	struct stat st;
	assert_int_equal(stat(cache, &st), 0);
	assert_true(st.st_size < 4096);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.ncached, 2);
	inbox_free(&ix);
	free(paths[0]);
	free(paths[1]);
}

/* The same cache, padded with rows for paths not asked for but under the
 * bound: read, those rows skipped, the asked ones taken, and the cache
 * rewritten without the others. */
static void test_rows_not_asked_skipped(void **state)
{
	(void)state;
	char *paths[2];
	build_once(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	size_t len;
	char *b = cache_rows(&len, 4096);
	len += (size_t)sprintf(b + len, "C\t%s/other.txt\t1\t1\t1\t\t\t\t\tOTHER\t0\t\n", dir);
	write_rehashed(b, len, 3);
	free(b);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_false(ix.cache_rejected);
	assert_int_equal(ix.ncached, 2);
	assert_int_equal(ix.nparsed, 0);
	assert_true(ix.cache_written);     /* without other.txt */
	inbox_free(&ix);
	b = read_all(cache, &len, 0);
	assert_null(strstr(b, "other.txt"));
	free(b);
	free(paths[0]);
	free(paths[1]);
}

/* Names that collide in the low bits of FNV-1a (the old table's hash):
 * they differ only in the top bit of bytes, which never reaches bit 7 and
 * below.  4,096 of them, each found, in little time. */
static void test_colliding_names(void **state)
{
	(void)state;
	enum { N = 4096 };
	char **paths = calloc(N, sizeof *paths);
	assert_non_null(paths);
	for (size_t i = 0; i < N; i++) {
		char name[64];
		size_t k = 0;
		for (int bit = 0; bit < 12; bit++)
			name[k++] = (char)('a' | ((i >> bit) & 1 ? 0x80 : 0));
		memcpy(name + k, ".txt", 5);
		char p[600];
		snprintf(p, sizeof p, "%s/%s", dir, name);
		paths[i] = strdup(p);
		if (i == 0)
			write_file(paths[i], cable, sizeof cable - 1);
		else
			assert_int_equal(link(paths[0], paths[i]), 0);
	}
	struct inbox ix;
	struct ct_error err = { "" };
	assert_int_equal(inbox_build(&ix, paths, N, cache, NULL, NULL, &err), 0);
	inbox_free(&ix);
	double t0 = now_s();
	assert_int_equal(inbox_build(&ix, paths, N, cache, NULL, NULL, &err), 0);
	double t = now_s() - t0;
	assert_int_equal(ix.ncached, N);
	for (size_t i = 0; i < N; i++)
		assert_string_equal(ix.rows[i].path, paths[i]);
	assert_true(t < 1.0);
	inbox_free(&ix);
	for (size_t i = 0; i < N; i++)
		free(paths[i]);
	free(paths);
}

/* A cable whose text gives no year has no id: its row keeps the post and
 * serial ("SUVA 412") for the inbox to show, cold and from the cache;
 * a forged row with both an id and a serial is refused. */
static void test_serial_of_no_id(void **state)
{
	(void)state;
	static const char noyear[] =
		"FM AMEMBASSY SUVA\n"
		"TO SECSTATE WASHDC PRIORITY 0412\n"
		"\n"
		"UNCLAS SUVA 0412\n"
		"\n"
		"SUBJECT: HARBOUR MASTER ASKS FOR CHARTS\n"
		"\n"
		"1. (U) Embassy requests that the Department provide copies of\n"
		"the new charts by June 1.\n";
	char *paths[2];
	make_inbox(paths);
	write_file(paths[1], noyear, sizeof noyear - 1);
	struct inbox ix;
	struct ct_error err = { "" };
	for (int warm = 0; warm < 2; warm++) {
		assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
		assert_int_equal(ix.ncached, warm ? 2 : 0);
		assert_null(ix.rows[1].error);
		assert_null(ix.rows[1].id);
		assert_non_null(ix.rows[1].serial);
		assert_string_equal(ix.rows[1].serial, "SUVA 412");
		assert_null(ix.rows[0].serial);           /* it has an id */
		inbox_free(&ix);
	}
	/* both an id and a serial: the cache is rejected, the files parsed */
	size_t len;
	char *b = cache_rows(&len, 0);
	char *sp = strstr(b, "\t\tSUVA 412\t");
	assert_non_null(sp);
	char *f = malloc(len + 16);
	assert_non_null(f);
	size_t head = (size_t)(sp + 1 - b);
	memcpy(f, b, head);
	memcpy(f + head, "09SUVA412", 9);           /* an id before it */
	memcpy(f + head + 9, sp + 1, len - head);
	write_rehashed(f, len + 9, 2);
	free(f);
	free(b);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_true(ix.cache_rejected);
	assert_string_equal(ix.rows[1].serial, "SUVA 412");
	inbox_free(&ix);
	free(paths[0]);
	free(paths[1]);
}

/* A cache another build of the parser wrote (its rows hold that build's
 * taskings): the file verifies, but it is not read; both files are parsed
 * again and the cache is written anew with this build's id. */
static void test_other_build(void **state)
{
	(void)state;
	char *paths[2];
	build_once(paths);
	struct inbox ix;
	struct ct_error err = { "" };
	size_t len;
	char *b = cache_rows(&len, 0);
	char *id = strstr(b, embedded_build_id);
	assert_non_null(id);
	assert_true(id < strchr(b, '\n'));
	id[0] = id[0] == '0' ? '1' : '0';         /* another build */
	write_rehashed(b, len, 2);
	free(b);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_true(ix.cache_rejected);
	assert_int_equal(ix.ncached, 0);
	assert_int_equal(ix.nparsed, 2);
	assert_true(ix.cache_written);
	inbox_free(&ix);
	assert_int_equal(inbox_build(&ix, paths, 2, cache, NULL, NULL, &err), 0);
	assert_int_equal(ix.ncached, 2);
	inbox_free(&ix);
	free(paths[0]);
	free(paths[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_forged_cache, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cache_not_ours, setup, teardown),
		cmocka_unit_test_setup_teardown(test_huge_cache, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rows_not_asked_skipped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_colliding_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_serial_of_no_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_build, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

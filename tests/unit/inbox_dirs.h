/* inbox_dirs.h - the folder of one inbox test: a fresh mkdtemp folder per
 * test (dir), its cache file's path (cache), removed at the end; and
 * write_file().  Included by test_inbox.c and test_inbox_cache.c, after
 * cmocka.h; INBOX_DIRS_NAME is the mkdtemp prefix. */
#ifndef CABLETRACK_TEST_INBOX_DIRS_H
#define CABLETRACK_TEST_INBOX_DIRS_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#ifndef INBOX_DIRS_NAME
#define INBOX_DIRS_NAME "ct-inbox"
#endif

static char dir[256];
static char cache[512];

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st; (void)flag; (void)f;
	return remove(p);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/" INBOX_DIRS_NAME ".XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(cache, sizeof cache, "%s/cache/cabletrack/inbox-test.tsv", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}

static void write_file(const char *path, const char *s, size_t n)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(s, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

#endif

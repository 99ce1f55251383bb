/* review_dirs.h - the state folders of the review tests: one mkdtemp
 * folder per test program (top), a fresh reviews folder per test (dir),
 * removed at the end.  Included by test_review.c and test_review_race.c;
 * NAME is the mkdtemp prefix. */
#ifndef CABLETRACK_TEST_REVIEW_DIRS_H
#define CABLETRACK_TEST_REVIEW_DIRS_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef REVIEW_DIRS_NAME
#define REVIEW_DIRS_NAME "ct-review"
#endif

/* test paths are short; gcc cannot know that */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif

static char top[64];      /* the mkdtemp directory */
static char dir[512];     /* the reviews directory of the current test */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int group_setup(void **state)
{
	(void)state;
	const char *t = getenv("TMPDIR");
	snprintf(top, sizeof top, "%s/" REVIEW_DIRS_NAME "-XXXXXX",
	         t && *t == '/' && strlen(t) < 40 ? t : "/tmp");
	return mkdtemp(top) ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	return nftw(top, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A fresh reviews directory per test. */
static int setup(void **state)
{
	(void)state;
	static int n;
	snprintf(dir, sizeof dir, "%s/t%d/reviews", top, ++n);
	return 0;
}

static char *path_of(const char *name)
{
	static char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	return p;
}

#endif

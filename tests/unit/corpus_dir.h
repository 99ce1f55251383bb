/* corpus_dir.h - where the unit tests find the shared corpus.
 * $CABLETRACK_CORPUS, else ../shared/corpus (beside the checkout).  Tests
 * that need it skip, saying so, when it is absent. */
#ifndef CABLETRACK_TEST_CORPUS_DIR_H
#define CABLETRACK_TEST_CORPUS_DIR_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static inline const char *corpus_dir(void)
{
	const char *d = getenv("CABLETRACK_CORPUS");
	return d && *d ? d : "../shared/corpus";
}

/* True when the corpus is there; otherwise prints why the test skips. */
static inline bool corpus_present(const char *test)
{
	struct stat st;
	char path[4096];
	snprintf(path, sizeof path, "%s/cablegate", corpus_dir());
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return true;
	printf("%s: skipped: no corpus at %s\n", test, corpus_dir());
	return false;
}

#endif

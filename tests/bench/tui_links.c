/* tui_links.c - fill a folder with many names for a few files.
 *
 *   tui_links SRC DEST N
 *
 * Makes N entries in DEST (created if missing) that are hard links to the
 * regular files of SRC (names not starting with "."), round robin, named
 * "<copy>-<name>"; a symbolic link when a hard link is refused (another
 * file system).  For the benchmark's 250,000-cable inbox without 250,000
 * files' worth of disk.  Prints "links N hard M symbolic" and exits 0, or 1
 * with the reason. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: tui_links SRC DEST N\n");
		return 2;
	}
	const char *src = argv[1], *dst = argv[2];
	long want = strtol(argv[3], NULL, 10);
	char real[PATH_MAX];
	if (!realpath(src, real)) {
		perror(src);
		return 1;
	}
	DIR *d = opendir(real);
	if (!d) {
		perror(src);
		return 1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		char p[PATH_MAX + 256];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof p, "%s/%s", real, e->d_name);
		if (stat(p, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			char **nn = realloc(names, cap * sizeof *names);
			if (!nn) {
				perror("realloc");
				return 1;
			}
			names = nn;
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	if (n == 0) {
		fprintf(stderr, "tui_links: no files in %s\n", src);
		return 1;
	}
	qsort(names, n, sizeof *names, cmp);
	if (mkdir(dst, 0700) != 0 && errno != EEXIST) {
		perror(dst);
		return 1;
	}
	long hard = 0, sym = 0;
	for (long i = 0; i < want; i++) {
		char from[PATH_MAX + 256], to[PATH_MAX + 256];
		const char *name = names[(size_t)i % n];
		snprintf(from, sizeof from, "%s/%s", real, name);
		snprintf(to, sizeof to, "%s/%06ld-%s", dst, i / (long)n, name);
		if (link(from, to) == 0) {
			hard++;
		} else if (symlink(from, to) == 0) {
			sym++;
		} else {
			fprintf(stderr, "tui_links: %s: %s\n", to, strerror(errno));
			return 1;
		}
	}
	printf("links %ld hard %ld symbolic\n", hard, sym);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return 0;
}

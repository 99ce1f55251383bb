/* replay_main.c - a main() for the fuzz targets when clang's libFuzzer
 * runtime is missing: runs every file named on the command line (a
 * directory: every file in it) once through LLVMFuzzerTestOneInput.  Built
 * with ASan+UBSan, a crash or a sanitizer report fails the run.  Prints
 * "replay: FILE" to stderr before each input, so a crash names its input.
 */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../slurp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path, size_t *count)
{
	size_t n = 0;
	uint8_t *buf = (uint8_t *)slurp(path, &n);
	if (!buf) {
		perror(path);
		return -1;
	}
	fprintf(stderr, "replay: %s\n", path);
	/* An exact-size copy, so over-reads past the input are caught. */
	uint8_t *exact = malloc(n ? n : 1);
	if (!exact) {
		free(buf);
		return -1;
	}
	memcpy(exact, buf, n);
	free(buf);
	LLVMFuzzerTestOneInput(exact, n);
	free(exact);
	(*count)++;
	return 0;
}

static int replay_path(const char *path, size_t *count)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path, count);
	DIR *d = opendir(path);
	if (!d) {
		perror(path);
		return -1;
	}
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		char *p = malloc(len);
		if (!p) {
			rc = -1;
			break;
		}
		snprintf(p, len, "%s/%s", path, e->d_name);
		if (replay_path(p, count) != 0)
			rc = -1;
		free(p);
	}
	closedir(d);
	return rc;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-')   /* libFuzzer flags: ignored here */
			continue;
		if (replay_path(argv[i], &count) != 0)
			rc = 1;
	}
	fprintf(stderr, "replay: %zu inputs\n", count);
	return rc;
}

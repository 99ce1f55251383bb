/* inputs.h - FILE|DIR arguments -> the list of cable files to read.
 *
 * A directory stands for every regular file in it (not recursive; names
 * starting with "." and the files that sit beside cables and are none --
 * "ID.meta.yaml", *.json, *.yaml, *.orig, *.rej, *.bak, *.swp, "file~",
 * "#file#" -- skipped), sorted by name.  "-" is stdin and is kept as
 * is.  Unreadable entries are reported through the error list, not fatal. */
#ifndef CABLETRACK_INPUTS_H
#define CABLETRACK_INPUTS_H

#include <stddef.h>

struct inputs {
	char **paths;              /* malloc'd strings */
	size_t n, cap;
	char **errors;             /* "PATH: why", malloc'd */
	size_t nerrors, caperrors;
};

/* Returns 0, or -1 on out of memory.  Errors for missing or unreadable
 * arguments go to in->errors. */
int inputs_collect(struct inputs *in, char *const *args, size_t nargs);
void inputs_free(struct inputs *in);

#endif

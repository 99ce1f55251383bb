/* inputs.c - FILE|DIR arguments -> sorted list of files.  See inputs.h. */
#include "base/inputs.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdbool.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int push(char ***v, size_t *n, size_t *cap, char *s)
{
	if (!s)
		return -1;
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		char **nv = realloc(*v, ncap * sizeof *nv);
		if (!nv) {
			free(s);
			return -1;
		}
		*v = nv;
		*cap = ncap;
	}
	(*v)[(*n)++] = s;
	return 0;
}

static char *join2(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *s = malloc(la + lb + lc + 1);
	if (!s)
		return NULL;
	memcpy(s, a, la);
	memcpy(s + la, b, lb);
	memcpy(s + la + lb, c, lc + 1);
	return s;
}

static int add_error(struct inputs *in, const char *path, const char *why)
{
	return push(&in->errors, &in->nerrors, &in->caperrors, join2(path, ": ", why));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files that sit beside cables and are none: a viewer's metadata
 * ("ID.meta.yaml"), JSON and YAML exports, patch leftovers and editor
 * backups.  A folder skips them quietly; named on the command line, a file
 * is still read (and refused if it is no cable). */
static bool sidecar(const char *name)
{
	static const char *const endings[] = {
		".yaml", ".yml", ".json", ".orig", ".rej", ".bak", ".swp", ".swo",
		".tmp", "~",
	};
	size_t n = strlen(name);
	if (name[0] == '#' && n > 1 && name[n - 1] == '#')
		return true;        /* an Emacs autosave, "#ID.txt#" */
	for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
		size_t k = strlen(endings[i]);
		if (n > k && strcmp(name + n - k, endings[i]) == 0)
			return true;
	}
	return false;
}

static int add_dir(struct inputs *in, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return add_error(in, dir, strerror(errno));
	size_t first = in->n;
	size_t dl = strlen(dir);
	const char *sep = dl && dir[dl - 1] == '/' ? "" : "/";
	struct dirent *e;
	int rc = 0;
	while (rc == 0 && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || sidecar(e->d_name))
			continue;
		/* d_type spares a stat per file in big folders; links and
		 * file systems that do not fill it need the stat. */
		bool regular = e->d_type == DT_REG;
		const char *why = NULL;
		if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
			struct stat st;
			if (fstatat(dirfd(d), e->d_name, &st, 0) != 0)
				why = strerror(errno);
			else
				regular = S_ISREG(st.st_mode);
		}
		if (!why && !regular)
			continue;   /* sub-folders and devices are not cables */
		char *p = join2(dir, sep, e->d_name);
		if (!p) {
			rc = -1;
			break;
		}
		if (why) {
			rc = add_error(in, p, why);
			free(p);
		} else {
			rc = push(&in->paths, &in->n, &in->cap, p);
		}
	}
	closedir(d);
	if (in->n > first)
		qsort(in->paths + first, in->n - first, sizeof *in->paths, cmp_str);
	return rc;
}

int inputs_collect(struct inputs *in, char *const *args, size_t nargs)
{
	for (size_t i = 0; i < nargs; i++) {
		const char *a = args[i];
		struct stat st;
		int rc;
		if (strcmp(a, "-") == 0)
			rc = push(&in->paths, &in->n, &in->cap, strdup(a));
		else if (stat(a, &st) != 0)
			rc = add_error(in, a, strerror(errno));
		else if (S_ISDIR(st.st_mode))
			rc = add_dir(in, a);
		else
			rc = push(&in->paths, &in->n, &in->cap, strdup(a));
		if (rc != 0)
			return -1;
	}
	return 0;
}

void inputs_free(struct inputs *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->paths[i]);
	for (size_t i = 0; i < in->nerrors; i++)
		free(in->errors[i]);
	free(in->paths);
	free(in->errors);
	memset(in, 0, sizeof *in);
}

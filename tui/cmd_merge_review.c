/* cmd_merge_review.c - `cabletrack merge-review BASE OURS THEIRS [PATH]`:
 * a git merge driver for review files (core/review/review_merge3.h).
 *
 * git calls it with %O %A %B %P: the common ancestor, our copy (where the
 * result goes), their copy and the file's path.  Exit 0: merged, OURS
 * holds the result.  Exit 1: a person must choose; OURS holds the merged
 * file with a `conflict:` key in each item to settle, or, when one of the
 * three is no review file this program can read, git's own text merge with
 * its conflict markers (`git merge-file`), never a file rewritten from
 * something it could not read.  Exit 2: usage. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/yamlsafe.h"
#include "commands.h"
#include "review/review_merge3.h"

static const char merge_usage[] =
"usage: cabletrack merge-review BASE OURS THEIRS [PATH]\n"
"\n"
"Merges two copies of one review file, item by item, into OURS (a git\n"
"merge driver: %O %A %B %P).  A change on one side only is taken; both\n"
"sides changed the status: the later change wins; both changed a note:\n"
"both texts are kept with a marker line; both changed a due date, a\n"
"checklist line or a dismissal, or one deleted what the other changed:\n"
"ours is kept and the item gets a 'conflict:' line saying what to choose.\n"
"A file that is no readable review is left to git's own conflict markers.\n"
"\n"
"  .gitattributes:  *.yaml merge=cabletrack\n"
"  git config merge.cabletrack.driver 'cabletrack merge-review %O %A %B %P'\n"
"\n"
"Exit: 0 merged, 1 a person must choose (or a file could not be read),\n"
"2 usage.\n";

/* git merge-file -L ours -L base -L theirs OURS BASE THEIRS: git's own text
 * merge with its conflict markers, written into OURS.  0 when git ran. */
static int merge_by_git(const char *base, const char *ours, const char *theirs)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execlp("git", "git", "merge-file", "-L", "ours", "-L", "base", "-L",
		       "theirs", ours, base, theirs, (char *)NULL);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) && WEXITSTATUS(st) != 127 &&
	       WEXITSTATUS(st) < 128 ? 0 : -1;
}

/* The bytes of path; a missing file is empty (git gives an empty ancestor
 * for a file both sides added).  0, or -1 + err. */
static int merge_read(const char *path, char **buf, size_t *len, struct ct_error *err)
{
	int rc = ys_read_file(path, buf, len, NULL, err);
	if (rc == 1) {
		*buf = calloc(1, 1);
		*len = 0;
		return *buf ? 0 : -1;
	}
	return rc;
}

int cmd_merge_review(int argc, char **argv)
{
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		fputs(merge_usage, stdout);
		return 0;
	}
	if (argc != 4 && argc != 5) {
		fputs(merge_usage, stderr);
		return 2;
	}
	const char *base = argv[1], *ours = argv[2], *theirs = argv[3];
	const char *name = argc == 5 ? argv[4] : ours;
	struct review_merge3_in in = { .name = name };
	char *b = NULL, *o = NULL, *t = NULL;
	struct ct_error err = {{0}};
	int status = 1, rc = -1;
	if (merge_read(base, &b, &in.nbase, &err) == 0 &&
	    merge_read(ours, &o, &in.nours, &err) == 0 &&
	    merge_read(theirs, &t, &in.ntheirs, &err) == 0) {
		in.base = b;
		in.ours = o;
		in.theirs = t;
		struct buf out;
		buf_init(&out);
		size_t conflicts = 0;
		rc = review_merge3(&in, &out, &conflicts, &err);
		if (rc == 0) {
			struct atomic_opts ao = { ATOMIC_MODE_KEEP, true, false, NULL };
			const char *why = NULL;
			if (out.failed || atomic_replace(ours, out.data, out.len, &ao, NULL, &why) != 0) {
				fprintf(stderr, "cabletrack merge-review: %s: cannot write: %s\n",
				        name, why ? why : strerror(errno));
			} else if (conflicts) {
				fprintf(stderr, "cabletrack merge-review: %s: %zu choice%s left to "
				        "you: see the 'conflict:' lines\n", name, conflicts,
				        conflicts == 1 ? "" : "s");
			} else {
				status = 0;
			}
		}
		buf_free(&out);
	}
	if (rc != 0) {
		fprintf(stderr, "cabletrack merge-review: %s; left to git's conflict markers\n",
		        err.msg);
		if (merge_by_git(base, ours, theirs) != 0)
			fprintf(stderr, "cabletrack merge-review: cannot run git merge-file; "
			        "%s is left as our copy\n", name);
	}
	free(b);
	free(o);
	free(t);
	return status;
}

/* post_arg.c - the --post NAME of parse, export and the review screen.
 * See post_arg.h. */
#include "post_arg.h"

#include <stdio.h>

#include "tasking/post_table.h"

/* l's names with ", " between them and last_sep before the last ("A, B
 * or C"), then "and N more" when not all of them fit in l. */
static void print_names(const struct post_lookup *l, const char *last_sep)
{
	for (size_t i = 0; i < l->nnames; i++)
		fprintf(stderr, "%s%s", i == 0 ? "" : i + 1 == l->nnames && !l->more ?
		        last_sep : ", ", l->names[i]);
	if (l->more)
		fprintf(stderr, " and %zu more", l->more);
}

int post_arg_check(const char **post, char *buf, size_t size)
{
	if (!*post || !**post)
		return 0;
	struct post_lookup l;
	post_lookup(*post, &l);
	switch (l.result) {
	case POST_FOUND:
		snprintf(buf, size, "%s", l.use);
		*post = buf;
		return 0;
	case POST_UNLISTED:
		if (l.nnames) {
			fprintf(stderr, "cabletrack: note: --post %s is not in the table "
			        "of posts; taken as written (did you mean ", *post);
			print_names(&l, " or ");
			fputs("?)\n", stderr);
		}
		return 0;
	case POST_AMBIGUOUS:
		fprintf(stderr, "cabletrack: --post %s is ambiguous: ", *post);
		print_names(&l, ", ");
		fputc('\n', stderr);
		return 2;
	case POST_UNKNOWN:
	default:
		fprintf(stderr, "cabletrack: --post %s names no post in the table", *post);
		if (l.nnames) {
			fputs("; did you mean ", stderr);
			print_names(&l, " or ");
			fputc('?', stderr);
		}
		fputc('\n', stderr);
		return 2;
	}
}

/* post_arg.h - the --post NAME of every command, read against the table
 * of posts and collectives (core/tasking/post_table.h). */
#ifndef CABLETRACK_POST_ARG_H
#define CABLETRACK_POST_ARG_H

#include <stddef.h>

/* Checks *post (NULL or "" is no post): a name that is ambiguous or names
 * no post is reported on stderr ("cabletrack: --post VIENNA is ambiguous:
 * AMEMBASSY VIENNA, USMISSION UNVIE VIENNA, USMISSION USOSCE") and gives 2,
 * the usage exit status.  Otherwise returns 0, with *post pointing at the
 * name to match taskings with (the post's full name, in buf, when only its
 * place named it: WASHINGTON is SECSTATE WASHDC).  A full addressee name
 * the table lacks is taken as written, with a note when it is close to one
 * the table has. */
int post_arg_check(const char **post, char *buf, size_t size);

#endif

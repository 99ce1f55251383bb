/* error.h - the error a core function hands back to its caller.
 *
 * One message a user can act on ("why", or "file:line: why" when a file is
 * read), without the program's name: the caller adds that and prints it.
 * Every core function that can fail takes a struct ct_error * (which may be
 * NULL: the caller does not want the words) and fills it through
 * ct_error_set(), the one setter.
 */
#ifndef CABLETRACK_ERROR_H
#define CABLETRACK_ERROR_H

struct ct_error {
	char msg[256];
};

/* printf into err->msg, cut to fit; err may be NULL. */
void ct_error_set(struct ct_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif

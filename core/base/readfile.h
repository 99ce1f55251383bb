/* readfile.h - a whole file into memory, under one size limit.
 *
 * Every input is read here: cables (parse, export, the inbox rows, stdin),
 * YAML files (reviews, keymaps), the inbox cache, the bench's key file.
 * The bytes land in one malloc'd buffer with a NUL after them; a regular
 * file takes one allocation and one read plus the read that sees its end,
 * and may grow while it is read.  READFILE_MAX caps them all: nothing
 * cabletrack reads is near it (the largest cable in cablegate is under
 * 200 KB), and a stray disk image is refused before it is read.  A caller
 * may ask for less (YAML: 8 MiB).
 */
#ifndef CABLETRACK_READFILE_H
#define CABLETRACK_READFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#define READFILE_MAX ((size_t)256 << 20)          /* 256 MiB */

/* Only a regular file: a directory, FIFO or device is refused, and the
 * file is opened O_NONBLOCK so that a FIFO planted under the name cannot
 * hang the reader. */
#define READFILE_REGULAR 1u

enum readfile_status {
	READFILE_OK = 0,
	READFILE_ERRNO,      /* open, fstat or read failed: errno says why
	                        (ENOENT: there is no such file) */
	READFILE_DIR,        /* a directory */
	READFILE_SPECIAL,    /* a FIFO or device, and READFILE_REGULAR */
	READFILE_TOO_BIG,    /* over the limit (st holds the file's size when
	                        fstat told it) */
	READFILE_NOMEM,
};

struct readfile {
	char *data;          /* malloc'd, NUL-terminated; NULL unless OK */
	size_t len;          /* bytes, the NUL not counted */
	struct stat st;      /* fstat of what was opened (zero when it failed) */
};

/* Reads path whole.  max: the limit in bytes (0, or anything above
 * READFILE_MAX, is READFILE_MAX). */
enum readfile_status readfile(const char *path, unsigned flags, size_t max,
                              struct readfile *out);
/* The same for an open fd (left open): stdin, a pipe, a terminal. */
enum readfile_status readfile_fd(int fd, unsigned flags, size_t max,
                                 struct readfile *out);

/* Words for a failure: "is a directory", "not a regular file", "out of
 * memory", strerror(errno) for READFILE_ERRNO, "too large" for
 * READFILE_TOO_BIG (callers say what the limit was for). */
const char *readfile_why(enum readfile_status s);

#endif

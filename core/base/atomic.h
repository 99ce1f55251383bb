/* atomic.h - replacing a file atomically.
 *
 * The new bytes go to a temp file in the same folder
 * (".NAME.tmp-PID-XXXXXX", created O_EXCL by mkstemp), written whole, then
 * renamed over the file: a reader, or a crash, sees the old file or the
 * new one, never a part.  A symbolic link at the path is refused (not
 * written through, not replaced: ELOOP), and so is a directory (EISDIR).
 * On any failure the temp file is removed and the old file is untouched.
 *
 * Review files (mode 0600, synced), `export -o`, the TUI's export and the
 * inbox cache all save through atomic_replace().  review_load sweeps the
 * temp files of saves that were killed, by the pid in their name.
 */
#ifndef CABLETRACK_ATOMIC_H
#define CABLETRACK_ATOMIC_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

/* The system calls a replace makes, for fault injection in tests. */
struct atomic_io {
	ssize_t (*write)(int fd, const void *buf, size_t len);
	int (*fsync)(int fd);
	int (*rename)(const char *from, const char *to);
};

#define ATOMIC_MODE_KEEP (-1)

struct atomic_opts {
	int mode;               /* the new file's permissions (0600), or
	                           ATOMIC_MODE_KEEP: the replaced file's, and
	                           0666 less the umask for a new file */
	bool sync;              /* fsync the file before the rename and the
	                           folder after it (durable; a cache skips it) */
	bool devices_in_place;  /* a device or FIFO at the path (/dev/null,
	                           /dev/stdout) is written to, not replaced */
	const struct atomic_io *io;   /* NULL: write, fsync, rename */
};

/* A file the user named (`export -o`, the TUI's export): its mode kept
 * (0666 less the umask for a new file), synced, a device or FIFO written
 * in place. */
extern const struct atomic_opts atomic_user_file;

/* Replaces path by data[0..len) under o (NULL: mode 0600, synced).  st
 * (optional) gets the new file's identity.  0, or -1 with errno set and
 * *why (optional) naming what failed when errno alone would mislead:
 * "is a symbolic link; not writing through it", "cannot create a
 * temporary file beside it"; else NULL. */
int atomic_replace(const char *path, const void *data, size_t len,
                   const struct atomic_opts *o, struct stat *st, const char **why);

#endif

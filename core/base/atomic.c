/* atomic.c - see atomic.h */
#include "base/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/xalloc.h"

static const struct atomic_io atomic_sys_io = { write, fsync, rename };
static const struct atomic_opts atomic_default = { 0600, true, false, NULL };
const struct atomic_opts atomic_user_file = { ATOMIC_MODE_KEEP, true, true, NULL };

static int atomic_write_all(const struct atomic_io *io, int fd, const char *p,
                            size_t n)
{
	while (n > 0) {
		ssize_t w = io->write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (w == 0) {
			errno = ENOSPC;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* A device or FIFO: written where it is. */
static int atomic_in_place(const struct atomic_io *io, const char *path,
                           const char *data, size_t len, struct stat *st)
{
	int fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = atomic_write_all(io, fd, data, len);
	if (rc == 0 && st && fstat(fd, st) != 0)
		rc = -1;
	int e = errno;
	if (close(fd) != 0 && rc == 0)
		return -1;
	errno = e;
	return rc;
}

/* The folder of path: "." when it has none, "/" for a file at the root. */
static char *atomic_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	return slash == path ? xstrdup("/") : xprintf("%.*s", (int)(slash - path), path);
}

/* The permissions of the new file. */
static mode_t atomic_mode(const struct atomic_opts *o, const struct stat *old,
                          bool exists)
{
	if (o->mode != ATOMIC_MODE_KEEP)
		return (mode_t)o->mode;
	if (exists)
		return old->st_mode & 07777;
	mode_t mask = umask(022);
	umask(mask);
	return 0666 & ~mask;
}

/* Writes the temp file (fd, named tmp) and renames it over path.  0, or
 * -1 with errno set; the temp file is gone either way. */
static int atomic_commit(const struct atomic_opts *o, int fd, const char *tmp,
                         const char *path, const char *data, size_t len,
                         mode_t mode, struct stat *st)
{
	const struct atomic_io *io = o->io ? o->io : &atomic_sys_io;
	int rc = 0;
	if (fchmod(fd, mode) != 0 || atomic_write_all(io, fd, data, len) != 0 ||
	    (o->sync && io->fsync(fd) != 0) || (st && fstat(fd, st) != 0))
		rc = -1;
	int e = errno;
	if (close(fd) != 0 && rc == 0) {
		rc = -1;
		e = errno;
	}
	if (rc == 0 && io->rename(tmp, path) != 0) {
		rc = -1;
		e = errno;
	}
	if (rc != 0) {
		unlink(tmp);
		errno = e;
	}
	return rc;
}

int atomic_replace(const char *path, const void *data, size_t len,
                   const struct atomic_opts *o, struct stat *st, const char **why)
{
	const char *ignored;
	if (!why)
		why = &ignored;
	*why = NULL;
	if (!o)
		o = &atomic_default;
	struct stat old;
	bool exists = lstat(path, &old) == 0;
	if (!exists && errno != ENOENT)
		return -1;
	if (exists && S_ISLNK(old.st_mode)) {
		*why = "is a symbolic link; not writing through it";
		errno = ELOOP;
		return -1;
	}
	if (exists && S_ISDIR(old.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	if (exists && !S_ISREG(old.st_mode) && o->devices_in_place)
		return atomic_in_place(o->io ? o->io : &atomic_sys_io, path, data, len, st);

	char *dir = atomic_dirname(path);
	const char *slash = strrchr(path, '/');
	char *tmp = xprintf("%s/.%s.tmp-%ld-XXXXXX", dir, slash ? slash + 1 : path,
	                    (long)getpid());
	int rc = -1;
	int fd = mkstemp(tmp);
	if (fd < 0) {
		*why = "cannot create a temporary file beside it";
	} else {
		rc = atomic_commit(o, fd, tmp, path, data, len,
		                   atomic_mode(o, &old, exists), st);
	}
	if (rc == 0 && o->sync) {
		/* the new name made durable; a folder that cannot be synced
		 * still holds the file, so that is no error */
		int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd >= 0) {
			(void)fsync(dfd);
			close(dfd);
		}
	}
	int e = errno;
	free(tmp);
	free(dir);
	errno = e;
	return rc;
}

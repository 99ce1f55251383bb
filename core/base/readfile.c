/* readfile.c - see readfile.h */
#include "base/readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads fd to its end into out->data; cap is the first allocation. */
static enum readfile_status readfile_all(int fd, size_t cap, size_t max,
                                         struct readfile *out)
{
	size_t n = 0;
	char *b = malloc(cap + 1);
	if (!b)
		return READFILE_NOMEM;
	for (;;) {
		if (n == cap) {          /* full: past the limit, or it grew */
			if (cap >= max) {
				char probe;
				ssize_t r = read(fd, &probe, 1);
				if (r < 0 && errno == EINTR)
					continue;
				if (r == 0)
					break;
				free(b);
				if (r < 0)
					return READFILE_ERRNO;
				return READFILE_TOO_BIG;
			}
			size_t ncap = cap > max / 2 ? max : cap * 2;
			char *nb = realloc(b, ncap + 1);
			if (!nb) {
				free(b);
				return READFILE_NOMEM;
			}
			b = nb;
			cap = ncap;
		}
		ssize_t r = read(fd, b + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			free(b);
			errno = e;
			return READFILE_ERRNO;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	b[n] = '\0';
	out->data = b;
	out->len = n;
	return READFILE_OK;
}

enum readfile_status readfile_fd(int fd, unsigned flags, size_t max,
                                 struct readfile *out)
{
	memset(out, 0, sizeof *out);
	if (max == 0 || max > READFILE_MAX)
		max = READFILE_MAX;
	if (fstat(fd, &out->st) != 0)
		return READFILE_ERRNO;
	if (S_ISDIR(out->st.st_mode))
		return READFILE_DIR;
	bool regular = S_ISREG(out->st.st_mode);
	if (!regular && (flags & READFILE_REGULAR))
		return READFILE_SPECIAL;
	if (regular && out->st.st_size > 0 && (unsigned long long)out->st.st_size > max)
		return READFILE_TOO_BIG;
	/* a regular file: its size and one byte to see the end; else 64 KiB */
	size_t cap = regular && out->st.st_size > 0 ? (size_t)out->st.st_size + 1
	                                            : (size_t)64 << 10;
	return readfile_all(fd, cap < max ? cap : max, max, out);
}

enum readfile_status readfile(const char *path, unsigned flags, size_t max,
                              struct readfile *out)
{
	memset(out, 0, sizeof *out);
	int oflags = O_RDONLY | O_CLOEXEC | O_NOCTTY;
	if (flags & READFILE_REGULAR)
		oflags |= O_NONBLOCK;
	int fd = open(path, oflags);
	if (fd < 0)
		return READFILE_ERRNO;
	enum readfile_status s = readfile_fd(fd, flags, max, out);
	int e = errno;
	close(fd);
	errno = e;
	return s;
}

const char *readfile_why(enum readfile_status s)
{
	switch (s) {
	case READFILE_OK: return "";
	case READFILE_ERRNO: return strerror(errno);
	case READFILE_DIR: return "is a directory";
	case READFILE_SPECIAL: return "not a regular file";
	case READFILE_TOO_BIG: return "too large";
	case READFILE_NOMEM: return "out of memory";
	}
	return "unknown error";
}

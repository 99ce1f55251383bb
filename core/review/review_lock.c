/* review_lock.c - the lock files beside a review file.
 *
 * In: a review file's path.  Out: review_flock, an flock(2) held on a lock
 * file for as long as its descriptor is open (the kernel lets go when the
 * holder dies); the holder removes the file before it lets go, so a lock
 * file that is there and free was left by a process that died.  The save
 * lock (.<ID>.yaml.tmp-lock) makes two saves of one cable take turns
 * (review_save.c holds it across the re-read, the conflict check, the
 * write, fsync and rename).
 *
 * The edit lock, <ID>.yaml.lock, is taken the same way without waiting
 * and held from review_lock() to review_free() by the instance that has
 * the cable open for editing: another instance fails to take it and gets
 * locked_by_other; a holder that dies (even by SIGKILL) lets go with its
 * last descriptor, and a file left there is taken over without a warning,
 * whatever it holds (the pid files of earlier versions are no lock).  The
 * lock only warns: saving stays possible and conflict-checked.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* --- flock on a lock file -------------------------------------------- */

/* Is fd the file that path names now? */
static bool review_same_file(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && lstat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* flock(LOCK_EX) on fd: at once, or polling for REVIEW_SAVE_WAIT_S. */
static int review_flock_fd(int fd, bool wait)
{
	const struct timespec tick = {0, 1000000};       /* 1 ms */
	for (long waited = 0;;) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK || !wait || waited >= REVIEW_SAVE_WAIT_S * 1000L)
			return -1;
		nanosleep(&tick, NULL);
		waited++;
	}
}

/* Opens the lock file: created (0600) unless how is PROBE.  -1 + errno. */
static int review_flock_open(const char *lock, enum review_flock_how how, bool *found)
{
	*found = false;
	if (how != REVIEW_FLOCK_PROBE) {
		int fd = open(lock, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0) {
			(void)fchmod(fd, 0600);         /* whatever the umask */
			return fd;
		}
		if (errno != EEXIST)
			return -1;
	}
	*found = true;
	return open(lock, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
}

int review_flock(const char *lock, enum review_flock_how how, bool *found)
{
	for (int attempt = 0; attempt < 100; attempt++) {
		bool there;
		int fd = review_flock_open(lock, how, &there);
		if (fd < 0) {
			if (errno == ENOENT && how != REVIEW_FLOCK_PROBE)
				continue;               /* let go of meanwhile */
			return -1;
		}
		if (review_flock_fd(fd, how == REVIEW_FLOCK_WAIT) != 0) {
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		if (review_same_file(fd, lock)) {
			if (found)
				*found = there;
			return fd;
		}
		close(fd);              /* removed by its holder as it let go */
		if (how == REVIEW_FLOCK_PROBE) {
			errno = ENOENT;
			return -1;
		}
	}
	errno = EWOULDBLOCK;
	return -1;
}

void review_funlock(const char *lock, int fd)
{
	if (review_same_file(fd, lock))
		(void)unlink(lock);
	close(fd);
}

char *review_save_lock_path(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xprintf(".%s.tmp-lock", path);
	return xprintf("%.*s/.%s.tmp-lock", (int)(slash - path), path, slash + 1);
}

/* --- the edit lock ----------------------------------------------------- */

/* The edit locks this process holds: a second review of the same cable in
 * one process (the same cable given twice) is no other instance.  By the
 * lock file's identity and the pid: a forked child holds none of them. */
struct review_held {
	dev_t dev;
	ino_t ino;
	pid_t pid;
};
static struct review_held *review_held;
static size_t review_nheld;

static bool review_held_find(const struct stat *st, size_t *at)
{
	for (size_t i = 0; i < review_nheld; i++)
		if (review_held[i].dev == st->st_dev && review_held[i].ino == st->st_ino &&
		    review_held[i].pid == getpid()) {
			if (at)
				*at = i;
			return true;
		}
	return false;
}

static void review_held_add(int fd)
{
	struct stat st;
	if (fstat(fd, &st) != 0)
		return;
	struct review_held *p = realloc(review_held, (review_nheld + 1) * sizeof *p);
	if (!p)
		abort();
	review_held = p;
	review_held[review_nheld++] = (struct review_held){st.st_dev, st.st_ino, getpid()};
}

static void review_held_del(int fd)
{
	struct stat st;
	size_t at;
	if (fstat(fd, &st) != 0 || !review_held_find(&st, &at))
		return;
	review_held[at] = review_held[--review_nheld];
	if (review_nheld == 0) {
		free(review_held);
		review_held = NULL;
	}
}

void review_lock(struct review *r)
{
	if (r->lock_fd >= 0)
		return;
	r->locked_by_other = false;
	char *dir = review_dirname(r->path);
	(void)review_mkdirs(dir, NULL);
	free(dir);
	char *lock = xprintf("%s.lock", r->path);
	struct stat st;
	if (lstat(lock, &st) == 0 && review_held_find(&st, NULL)) {
		free(lock);                     /* this process holds it already */
		return;
	}
	int fd = review_flock(lock, REVIEW_FLOCK_TRY, NULL);
	if (fd >= 0) {
		review_held_add(fd);
		r->lock_fd = fd;
	} else if (errno == EWOULDBLOCK) {
		r->locked_by_other = true;      /* another instance holds it */
	}
	/* another failure (no room, no permission): no lock, no warning */
	free(lock);
}

void review_unlock(struct review *r)
{
	if (r->lock_fd < 0)
		return;
	char *lock = xprintf("%s.lock", r->path);
	review_held_del(r->lock_fd);
	review_funlock(lock, r->lock_fd);
	r->lock_fd = -1;
	free(lock);
}

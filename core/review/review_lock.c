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
 * The edit lock: <ID>.yaml.lock created with O_EXCL and holding our pid,
 * or locked_by_other set when a live process holds it (a lock whose owner
 * is gone is removed and taken).  The lock only warns: saving stays
 * possible and conflict-checked.  review_unlock removes it again for
 * review_free.
 */
#include "review/review.h"
#include "review/review_internal.h"
#include "base/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
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

/* The pid in a lock file; 0 when empty or unreadable, -1 when missing. */
static long review_lock_pid(const char *lock, time_t *mtime)
{
	int fd = open(lock, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return errno == ENOENT ? -1 : 0;
	char buf[32];
	ssize_t n = read(fd, buf, sizeof buf - 1);
	struct stat st;
	*mtime = fstat(fd, &st) == 0 ? st.st_mtime : 0;
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	char *end;
	long pid = strtol(buf, &end, 10);
	return end != buf && pid > 0 && pid <= INT_MAX ? pid : 0;
}

void review_lock(struct review *r)
{
	if (r->lock_fd >= 0)
		return;
	r->locked_by_other = false;
	char *lock = xprintf("%s.lock", r->path);
	const char *slash = strrchr(r->path, '/');
	char *dir = xprintf("%.*s", (int)(slash - r->path), r->path);
	if (*dir)
		(void)review_mkdirs(dir, NULL);
	free(dir);
	for (int attempt = 0; attempt < 3; attempt++) {
		int fd = open(lock, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		if (fd >= 0) {
			char s[32];
			int n = snprintf(s, sizeof s, "%ld\n", (long)getpid());
			if (fchmod(fd, 0600) != 0 || write(fd, s, (size_t)n) != n) {
				close(fd);
				unlink(lock);
				break;          /* cannot lock here: no warning either */
			}
			r->lock_fd = fd;
			break;
		}
		if (errno != EEXIST)
			break;
		time_t mtime = 0;
		long pid = review_lock_pid(lock, &mtime);
		if (pid < 0)
			continue;               /* just removed: try again */
		if (pid == (long)getpid())
			break;                  /* this process already holds it */
		if (pid > 0 && (kill((pid_t)pid, 0) == 0 || errno != ESRCH)) {
			r->locked_by_other = true;
			break;
		}
		if (pid == 0 && time(NULL) - mtime < 5) {
			r->locked_by_other = true; /* being written right now */
			break;
		}
		unlink(lock);                   /* stale: its owner is gone */
	}
	free(lock);
}

void review_unlock(struct review *r)
{
	if (r->lock_fd < 0)
		return;
	char *lock = xprintf("%s.lock", r->path);
	time_t mtime;
	if (review_lock_pid(lock, &mtime) == (long)getpid())
		unlink(lock);
	free(lock);
	close(r->lock_fd);
}

/* review_lock.c - the lock file that warns a second instance.
 *
 * In: a review (its path).  Out: <ID>.yaml.lock created with O_EXCL and
 * holding our pid, or locked_by_other set when a live process holds it
 * (a lock whose owner is gone is removed and taken).  The lock only warns:
 * saving stays possible and conflict-checked.  review_unlock removes it
 * again for review_free.
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
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

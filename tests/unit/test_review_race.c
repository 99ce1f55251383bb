/* test_review_race.c - two or more instances on one review: saves that race
 * (nothing lost: merged or refused), the edit lock (one holder among
 * simultaneous starts, released by the kernel when its holder dies),
 * read-only loads (no descriptor kept), and the sweep of a killed save's
 * temp file (this cable's only, without reading the folder).  Processes
 * are forked; everything happens in a mkdtemp directory.
 * tests/tools/agenda_fds.sh checks the TUI's side: no lock and no
 * descriptor per review the agenda loads. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#include "review/review.h"
#include "../tools/savecrash.h"

#define ID SAVECRASH_ID

#define REVIEW_DIRS_NAME "ct-race"
#include "review_dirs.h"

/* --- opendir, counted ------------------------------------------------------
 * The core's calls to opendir() land here (the executable's definition
 * wins over libc's), so a test can tell whether a load read the folder. */
static int opendir_calls;

DIR *opendir(const char *name)
{
	opendir_calls++;
	int fd = open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	DIR *d = fdopendir(fd);
	if (!d)
		close(fd);
	return d;
}

/* --- helpers --------------------------------------------------------------- */






/* Entries of dir whose name contains s (readdir, not opendir: uncounted). */
static int count_files(const char *s)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return 0;
	}
	int n = 0;
	const struct dirent *de;
	while ((de = readdir(d)))
		if (strstr(de->d_name, s))
			n++;
	closedir(d);
	return n;
}

/* Open descriptors of this process. */
static int count_fds(void)
{
	int fd = open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(fd >= 0);
	DIR *d = fdopendir(fd);
	assert_non_null(d);
	int n = 0;
	const struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			n++;
	closedir(d);
	return n - 1;              /* not the one reading the list */
}

static struct review *load_ok(void)
{
	struct review *r = NULL;
	struct ct_error err = {{0}};
	int rc = review_load(dir, ID, &r, &err);
	if (rc != REVIEW_OK)
		print_error("load: %s\n", err.msg);
	assert_int_equal(rc, REVIEW_OK);
	assert_non_null(r);
	return r;
}

static void save_ok(struct review *r, bool force)
{
	struct ct_error err = {{0}};
	int rc = review_save(r, force, &err);
	if (rc != REVIEW_OK)
		print_error("save: %s\n", err.msg);
	assert_int_equal(rc, REVIEW_OK);
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static void sleep_us(long us)
{
	struct timespec ts = {us / 1000000, us % 1000000 * 1000};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* The pid of a process that has exited (and been reaped). */
static pid_t dead_pid(void)
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(0);
	assert_int_equal(waitpid(pid, NULL, 0), pid);
	return pid;
}

static void read_byte(int fd, char *c)
{
	while (read(fd, c, 1) < 0 && errno == EINTR)
		;
}

/* --- 1. two saves at once ---------------------------------------------------- */

/* A slow disk: the time between the check for an outside change and the
 * rename is where a second saver could slip in. */
static int fsync_slow(int fd)
{
	(void)fd;
	sleep_us(2000);
	return 0;
}

static const struct review_io slow_io = {write, fsync_slow, rename};

/* The tasking each racer changes: both the same one, or one each. */
static struct review_item *race_item(struct review *r, int k, bool same)
{
	return same || k == 0 ? review_find(r, 4, "USMISSION USOSCE")
	                      : review_find(r, 7, "USMISSION USOSCE");
}

static void race_note(char *buf, size_t n, int iter, int k)
{
	snprintf(buf, n, "race %d: racer %d", iter, k);
}

/* A racer: load, say so, wait for the start, change, save, report. */
static void race_child(int iter, int k, bool same, int ready_w, int go_r, int res_w)
{
	struct review *r = NULL;
	struct ct_error err;
	int rc = 99;
	if (review_load(dir, ID, &r, &err) == REVIEW_OK) {
		char c = 'r';
		if (write(ready_w, &c, 1) != 1)
			_exit(2);
		read_byte(go_r, &c);           /* EOF: go */
		if (k != iter % 2)
			sleep_us(300);         /* the other one starts first */
		char note[64];
		race_note(note, sizeof note, iter, k);
		review_set_note(r, race_item(r, k, same), note);
		r->io = &slow_io;
		rc = review_save(r, false, &err);
	}
	if (write(res_w, &rc, sizeof rc) != (ssize_t)sizeof rc)
		_exit(2);
	review_free(r);
	_exit(0);
}

struct race_counts {
	int lost, refused, merged, sequential;
};

/* One race of two savers; counts what the file holds afterwards. */
static void race_once(int iter, bool same, struct race_counts *out)
{
	struct review *base = load_ok();
	for (size_t i = 0; i < base->n; i++)
		review_set_note(base, &base->items[i], NULL);
	save_ok(base, true);
	review_free(base);

	int ready[2], go[2], res[2];
	assert_int_equal(pipe(ready), 0);
	assert_int_equal(pipe(go), 0);
	assert_int_equal(pipe(res), 0);
	pid_t pid[2];
	for (int k = 0; k < 2; k++) {
		pid[k] = fork();
		assert_true(pid[k] >= 0);
		if (pid[k] == 0) {
			close(go[1]);
			race_child(iter, k, same, ready[1], go[0], res[1]);
		}
	}
	close(go[0]);
	for (int k = 0; k < 2; k++) {
		char c;
		assert_int_equal(read(ready[0], &c, 1), 1);
	}
	close(go[1]);                          /* both start now */
	int rc[2];
	for (int k = 0; k < 2; k++) {
		int status;
		assert_int_equal(waitpid(pid[k], &status, 0), pid[k]);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	/* the results arrive in the order the racers finished */
	for (int k = 0; k < 2; k++)
		assert_int_equal(read(res[0], &rc[k], sizeof rc[k]), (ssize_t)sizeof rc[k]);
	close(ready[0]);
	close(ready[1]);
	close(res[0]);
	close(res[1]);
	for (int k = 0; k < 2; k++)
		assert_true(rc[k] == REVIEW_OK || rc[k] == REVIEW_CONFLICT);
	assert_true(rc[0] == REVIEW_OK || rc[1] == REVIEW_OK);

	/* every racer told "saved" finds its change in the file */
	struct review *after = load_ok();
	int saved = 0, found = 0;
	for (int k = 0; k < 2; k++) {
		char note[64];
		race_note(note, sizeof note, iter, k);
		const struct review_item *it = race_item(after, k, same);
		bool in = it->note && strcmp(it->note, note) == 0;
		found += in;
		saved += rc[k] == REVIEW_OK;
	}
	/* who saved is not known per racer here, but two "saved" and one
	 * change in the file is a lost update; one "saved" must be there */
	if (found < saved)
		out->lost++;
	else if (saved == 1)
		out->refused++;
	else
		out->merged++;
	review_free(after);
}

static void test_save_race(void **state)
{
	(void)state;
	struct cable c;
	savecrash_cable(&c);
	struct review *r = load_ok();
	review_merge(r, &c);
	save_ok(r, false);
	review_free(r);

	int races = RUNNING_ON_VALGRIND ? 24 : 400;
	const char *env = getenv("CT_RACES");
	if (env && atoi(env) > 0)
		races = atoi(env);
	struct race_counts n;
	memset(&n, 0, sizeof n);
	for (int i = 0; i < races; i++)
		race_once(i, i % 4 >= 2, &n);
	print_message("save race: %d races (both orders; same tasking and one each): "
	              "%d lost, %d refused as a conflict, %d both saved\n",
	              races, n.lost, n.refused, n.merged);
	assert_int_equal(n.lost, 0);
	assert_int_equal(count_files(".tmp-"), 0);
	arena_free(&c.arena);
}

/* --- 2. the edit lock ----------------------------------------------------- */

/* A starter: wait for the start, open the cable for editing, report 'y'
 * (got the lock), 'w' (warned: another instance has it) or 'n' (neither),
 * then hold on until told to quit. */
static void start_child(int go_r, int res_w, int hold_r)
{
	char c;
	read_byte(go_r, &c);
	struct review *r = NULL;
	struct ct_error err;
	c = 'n';
	if (review_load(dir, ID, &r, &err) == REVIEW_OK) {
		review_lock(r);
		c = r->lock_fd >= 0 && !r->locked_by_other ? 'y' :
		    r->locked_by_other && r->lock_fd < 0 ? 'w' : 'n';
	}
	if (write(res_w, &c, 1) != 1)
		_exit(2);
	read_byte(hold_r, &c);                 /* EOF: quit */
	review_free(r);
	_exit(0);
}

/* n instances start at once; returns how many got the lock, *warned how
 * many were told another has it. */
static int start_round(int n, int *warned)
{
	int go[2], res[2], hold[2];
	assert_int_equal(pipe(go), 0);
	assert_int_equal(pipe(res), 0);
	assert_int_equal(pipe(hold), 0);
	pid_t pids[16];
	for (int k = 0; k < n; k++) {
		pids[k] = fork();
		assert_true(pids[k] >= 0);
		if (pids[k] == 0) {
			close(go[1]);
			close(hold[1]);
			start_child(go[0], res[1], hold[0]);
		}
	}
	close(go[0]);
	close(hold[0]);
	close(res[1]);
	close(go[1]);                          /* all start now */
	int got = 0;
	*warned = 0;
	for (int k = 0; k < n; k++) {
		char c = 0;
		assert_int_equal(read(res[0], &c, 1), 1);
		got += c == 'y';
		*warned += c == 'w';
	}
	close(hold[1]);                        /* all quit */
	for (int k = 0; k < n; k++) {
		int status;
		assert_int_equal(waitpid(pids[k], &status, 0), pids[k]);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	close(res[0]);
	return got;
}

/* The lock file as an earlier cabletrack left it: its pid inside. */
static void old_lock_file(pid_t pid)
{
	char text[32];
	snprintf(text, sizeof text, "%ld\n", (long)pid);
	spit(path_of(ID ".yaml.lock"), text);
}

static void test_lock_starts(void **state)
{
	(void)state;
	struct cable c;
	savecrash_cable(&c);
	struct review *r = load_ok();
	review_merge(r, &c);
	save_ok(r, false);
	review_free(r);

	/* simultaneous starts, with and without a lock file left by a killed
	 * instance: exactly one gets the lock, every other one is warned */
	int rounds = RUNNING_ON_VALGRIND ? 6 : 100, n = 6, bad = 0;
	for (int i = 0; i < rounds; i++) {
		if (i % 2)
			old_lock_file(dead_pid());
		int warned;
		int got = start_round(n, &warned);
		if (got != 1 || warned != n - 1) {
			print_error("round %d: %d got the lock, %d warned (of %d)\n",
			            i, got, warned, n);
			bad++;
		}
	}
	print_message("edit lock: %d rounds of %d simultaneous starts, %d without "
	              "exactly one holder\n", rounds, n, bad);
	assert_int_equal(bad, 0);

	/* a lock file holding a live, unrelated pid (init) is no lock */
	old_lock_file(1);
	r = load_ok();
	review_lock(r);
	assert_false(r->locked_by_other);
	assert_true(r->lock_fd >= 0);
	review_free(r);

	/* the holder killed with SIGKILL: the kernel released its lock */
	int res[2], hold[2];
	assert_int_equal(pipe(res), 0);
	assert_int_equal(pipe(hold), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int go[2];
		if (pipe(go) != 0)
			_exit(2);
		close(go[1]);
		start_child(go[0], res[1], hold[0]);
	}
	char got = 0;
	assert_int_equal(read(res[0], &got, 1), 1);
	assert_int_equal(got, 'y');
	r = load_ok();
	review_lock(r);
	assert_true(r->locked_by_other);
	review_free(r);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, NULL, 0), pid);
	r = load_ok();
	review_lock(r);
	assert_false(r->locked_by_other);
	assert_true(r->lock_fd >= 0);
	review_free(r);
	for (int i = 0; i < 2; i++) {
		close(res[i]);
		close(hold[i]);
	}
	arena_free(&c.arena);
}

/* --- 3. read-only loads ------------------------------------------------------ */

static void test_read_only_fds(void **state)
{
	(void)state;
	enum { N = 2000 };
	struct ct_error err;
	free(review_dir(dir, true, &err));
	char id[32], text[200];
	for (int i = 0; i < N; i++) {
		snprintf(id, sizeof id, "09STATE%d", 100000 + i);
		snprintf(text, sizeof text, "cable: %s\nitems:\n- paragraph: 4\n"
		         "  party: USMISSION USOSCE\n  status: doing\n", id);
		snprintf(id + strlen(id), sizeof id - strlen(id), ".yaml");
		spit(path_of(id), text);
	}
	int before = count_fds();
	struct review **all = calloc(N, sizeof *all);
	assert_non_null(all);
	for (int i = 0; i < N; i++) {
		snprintf(id, sizeof id, "09STATE%d", 100000 + i);
		assert_int_equal(review_load(dir, id, &all[i], &err), REVIEW_OK);
		assert_int_equal(all[i]->n, 1);
	}
	int during = count_fds();
	for (int i = 0; i < N; i++)
		review_free(all[i]);
	free(all);
	int after = count_fds();
	print_message("read-only loads: %d reviews, descriptors %d before, %d with all "
	              "loaded, %d after; %d lock files\n", N, before, during, after,
	              count_files(".lock"));
	assert_int_equal(during, before);
	assert_int_equal(after, before);
	assert_int_equal(count_files(".lock"), 0);
}

/* --- 4. the sweep of a killed save's temp file ------------------------------- */

/* fsync that never returns: the saver is killed inside its save */
static int fsync_die(int fd)
{
	(void)fd;
	raise(SIGKILL);
	return -1;
}

static int fsync_stall(int fd)
{
	(void)fd;
	pause();
	return -1;
}

/* A child that saves with the given fsync; reports 's' just before it. */
static pid_t saver(int (*sync)(int), int res_w)
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid != 0)
		return pid;
	struct review *r = NULL;
	struct ct_error err;
	if (review_load(dir, ID, &r, &err) != REVIEW_OK)
		_exit(2);
	review_set_note(r, &r->items[0], "killed mid-save");
	struct review_io io = {write, sync, rename};
	r->io = &io;
	if (write(res_w, "s", 1) != 1)
		_exit(2);
	(void)review_save(r, false, &err);
	_exit(3);
}

static void test_sweep_own(void **state)
{
	(void)state;
	struct cable c;
	savecrash_cable(&c);
	struct review *r = load_ok();
	review_merge(r, &c);
	save_ok(r, false);
	review_free(r);

	/* 5,000 other files: reviews of other cables and their temp files
	 * left by killed saves (their pid is gone) */
	pid_t gone = dead_pid();
	char name[200];
	for (int i = 0; i < 5000; i++) {
		if (i % 2)
			snprintf(name, sizeof name, "09STATE%d.yaml", 200000 + i);
		else
			snprintf(name, sizeof name, ".09STATE%d.yaml.tmp-%ld-abc%03d", 200000 + i,
			         (long)gone, i % 1000);
		spit(path_of(name), "cable: x\n");
	}
	int others = count_files(".tmp-");

	/* a plain load does not read the folder */
	opendir_calls = 0;
	r = load_ok();
	review_free(r);
	int plain_calls = opendir_calls;

	/* a save killed inside its fsync leaves its temp file ... */
	int res[2];
	assert_int_equal(pipe(res), 0);
	pid_t pid = saver(fsync_die, res[1]);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	char own[100];
	snprintf(own, sizeof own, "." ID ".yaml.tmp-");
	assert_int_equal(count_files(own), 2);          /* temp file, save lock */
	assert_int_equal(count_files(".tmp-lock"), 1);
	/* ... which the next load of this cable removes, and only it */
	r = load_ok();
	review_free(r);
	print_message("sweep: a load with 5000 other files opened the folder %d times; "
	              "after a killed save, %d of this cable's temp files left, %d of "
	              "%d other cables' kept\n", plain_calls, count_files(own),
	              count_files(".tmp-") - count_files(own), others);
	assert_int_equal(count_files(own), 0);
	assert_int_equal(count_files(".tmp-"), others);
	assert_int_equal(plain_calls, 0);

	/* a save in progress in another process keeps its temp file */
	char b;
	pid = saver(fsync_stall, res[1]);
	assert_int_equal(read(res[0], &b, 1), 1);
	for (int i = 0; i < 5000 && count_files(own) < 2; i++)
		sleep_us(1000);
	assert_int_equal(count_files(own), 2);
	r = load_ok();
	review_free(r);
	assert_int_equal(count_files(own), 2);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, NULL, 0), pid);
	r = load_ok();
	review_free(r);
	assert_int_equal(count_files(own), 0);
	close(res[0]);
	close(res[1]);
	arena_free(&c.arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_save_race, setup),
		cmocka_unit_test_setup(test_lock_starts, setup),
		cmocka_unit_test_setup(test_read_only_fds, setup),
		cmocka_unit_test_setup(test_sweep_own, setup),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

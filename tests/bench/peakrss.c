/* peakrss.c - run a command, print its peak resident memory in KiB.
 *
 * Used by tests/bench/run.sh when /usr/bin/time -v is missing:
 *   peakrss CMD [ARG...]   ->  "peak_rss_kib N" on stderr, exit = CMD's.
 * The command's stdout and stderr are left as they are (the caller
 * redirects them).
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: peakrss CMD [ARG...]\n");
		return 2;
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("peakrss: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror(argv[1]);
		_exit(127);
	}
	int status = 0;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("peakrss: wait4");
		return 2;
	}
	/* Linux reports ru_maxrss in KiB. */
	fprintf(stderr, "peak_rss_kib %ld\n", ru.ru_maxrss);
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

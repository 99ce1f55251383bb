/* term_check.c - is the terminal one the screen can be drawn on?
 *
 * Checked before anything is read, so that TERM=dumb (or a terminal with
 * no cursor addressing, or a hard-copy one) is refused at once with a
 * message saying what to do, instead of a screen of garbage after the
 * inbox is loaded.  Kept apart because <term.h> defines many short
 * macros. */
#include "app.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

int app_terminal_check(void)
{
	const char *name = getenv("TERM");
	int fd = isatty(STDOUT_FILENO) ? STDOUT_FILENO : -1;
	int opened = -1;
	if (fd < 0) {
		opened = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
		fd = opened;
	}
	if (fd < 0)
		return 0;           /* app_start_curses says there is no terminal */
	int err = 0;
	bool ok = setupterm(NULL, fd, &err) == OK;
	if (ok) {
		const char *cup = tigetstr("cup");
		ok = cup && cup != (const char *)-1 && tigetflag("hc") <= 0;
		del_curterm(cur_term);
		cur_term = NULL;
	}
	if (opened >= 0)
		close(opened);
	if (ok)
		return 0;
	if (!name || !*name)
		fprintf(stderr, "cabletrack: TERM is not set, so the review screen cannot "
		        "be drawn.\n");
	else
		fprintf(stderr, "cabletrack: TERM=%s cannot move the cursor, so the review "
		        "screen cannot be drawn.\n", name);
	fputs("  Run it in a terminal emulator (TERM=xterm-256color, screen, tmux), or "
	      "use\n  'cabletrack parse' and 'cabletrack export' for plain text.\n",
	      stderr);
	return -1;
}

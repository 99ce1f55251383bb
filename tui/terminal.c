/* terminal.c - the terminal: curses on and off, and the signals that must
 * give it back.
 *
 * Signals only set a flag; the loop (app.c) notices it through
 * app_signalled() and ends.  HUP and TERM (the terminal closed, the system
 * shutting down) end a prompt with its draft kept (prompt.c); INT (C-c)
 * only cancels a prompt, as in readline and neomutt, and quits from the
 * screens.  The terminal is restored from atexit and from the fatal-signal
 * handler, which then re-raises with the handler that was there before (so
 * ASan and core dumps still work).  Without a terminal on stdin and stdout
 * (a cable piped in) the screen uses /dev/tty.
 *
 * Curses runs in cbreak mode with the terminal's flow control (IXON) off,
 * so C-s and C-q are keys (the emacs keymap's search) instead of freezing
 * the screen; C-c and C-z still send their signals.  Bracketed paste is on
 * while curses is (\e[?2004h, off again with \e[?2004l, and on again
 * after C-z and fg): pasted text comes between \e[200~ and \e[201~, which
 * keys.c reads, so a pasted newline is text, never Enter. */
#include "app.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <curses.h>

#include "external.h"
#include "input.h"
#include "theme.h"

static volatile sig_atomic_t app_sig_end; /* HUP or TERM arrived */
static volatile sig_atomic_t app_sig_int; /* INT (C-c) arrived, not taken */
static volatile sig_atomic_t app_curses;  /* the screen is in curses mode */
static int app_out_fd = -1;               /* the terminal curses writes to */
static SCREEN *app_screen_ptr;
static FILE *app_tty;

static const int app_fatal_sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
#define APP_NFATAL (sizeof app_fatal_sigs / sizeof app_fatal_sigs[0])
static struct sigaction app_old_fatal[APP_NFATAL];

/* ---- signals and terminal restore --------------------------------------- */

static void app_on_signal(int sig)
{
	if (sig == SIGINT)
		app_sig_int = 1;
	else
		app_sig_end = 1;
}

/* Bracketed paste on or off (write(2): also from the fatal handler). */
static void app_bracketed_paste(bool on)
{
	static const char seq[] = "\033[?2004h";     /* 'h' on, 'l' off */
	char buf[sizeof seq];
	if (app_out_fd < 0)
		return;
	memcpy(buf, seq, sizeof seq);
	buf[sizeof seq - 2] = on ? 'h' : 'l';
	ssize_t w = write(app_out_fd, buf, sizeof seq - 1);
	(void)w;                   /* nothing better to do on a dead terminal */
}

static void app_restore_terminal(void)
{
	if (app_curses) {
		app_curses = 0;
		endwin();
		app_bracketed_paste(false);
	}
}

/* Back from C-z: the shell may have turned bracketed paste off (bash does
 * before it runs a command); curses repaints by itself. */
static void app_on_cont(int sig)
{
	(void)sig;
	if (app_curses)
		app_bracketed_paste(true);
}

/* Not async-signal-safe (endwin), as in htop and neomutt: the process is
 * going down anyway and a usable terminal is worth the risk. */
static void app_on_fatal(int sig)
{
	app_restore_terminal();
	for (size_t i = 0; i < APP_NFATAL; i++)
		if (app_fatal_sigs[i] == sig)
			sigaction(sig, &app_old_fatal[i], NULL);
	raise(sig);
}

void app_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = app_on_signal;    /* no SA_RESTART: getch returns */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);

	struct sigaction fa;
	memset(&fa, 0, sizeof fa);
	sigemptyset(&fa.sa_mask);
	fa.sa_handler = app_on_fatal;
	fa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < APP_NFATAL; i++)
		sigaction(app_fatal_sigs[i], &fa, &app_old_fatal[i]);
	sa.sa_handler = app_on_cont;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGCONT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	atexit(app_restore_terminal);
}

bool app_signalled(void)
{
	return app_sig_end || app_sig_int;
}

bool app_hung_up(void)
{
	return app_sig_end != 0;
}

bool app_take_interrupt(void)
{
	if (!app_sig_int || app_sig_end)
		return false;
	app_sig_int = 0;
	return true;
}

/* ---- curses on and off ------------------------------------------------------ */

/* C-s and C-q reach the program instead of stopping the output (IXON);
 * curses keeps this as its program mode (def_prog_mode), and endwin gives
 * the shell its own mode back. */
static void app_flow_control_off(int fd)
{
	struct termios t;
	if (tcgetattr(fd, &t) != 0)
		return;
	t.c_iflag &= ~(tcflag_t)IXON;
	if (tcsetattr(fd, TCSANOW, &t) == 0)
		def_prog_mode();
}

int app_start_curses(struct app *a)
{
	FILE *in = stdin, *out = stdout;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		app_tty = fopen("/dev/tty", "r+");
		if (!app_tty) {
			fprintf(stderr, "cabletrack: no terminal: /dev/tty: %s\n", strerror(errno));
			return -1;
		}
		in = out = app_tty;
	}
	app_screen_ptr = newterm(NULL, out, in);
	if (!app_screen_ptr) {
		const char *t = getenv("TERM");
		fprintf(stderr, "cabletrack: cannot use the terminal (TERM=%s)\n",
		        t ? t : "unset");
		return -1;
	}
	set_term(app_screen_ptr);
	app_curses = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	set_escdelay(25);
	curs_set(0);
	app_flow_control_off(fileno(in));
	app_keys_init();
	app_out_fd = fileno(out);
	app_bracketed_paste(true);
	const char *nc = getenv("NO_COLOR");
	theme_init(a->colour ? a->colour > 0 : !(nc && *nc));
	if (a->mouse) {
		mousemask(BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		          | BUTTON5_PRESSED
#endif
		          , NULL);
		mouseinterval(0);
	}
	return 0;
}

void app_stop_curses(void)
{
	app_restore_terminal();
	app_out_fd = -1;
	if (app_screen_ptr) {
		delscreen(app_screen_ptr);
		app_screen_ptr = NULL;
	}
	if (app_tty) {
		fclose(app_tty);
		app_tty = NULL;
	}
}

/* ---- another program on the terminal (external.c) ------------------------ */

void app_term_leave(void)
{
	if (!app_curses)
		return;
	def_prog_mode();               /* cbreak, no echo, no IXON: back after */
	app_bracketed_paste(false);
	endwin();
	app_curses = 0;
	fflush(stdout);
}

void app_term_return(void)
{
	if (app_curses || !app_screen_ptr)
		return;
	reset_prog_mode();
	app_curses = 1;
	app_bracketed_paste(true);
	clearok(curscr, TRUE);         /* the program drew over the screen */
	refresh();
}

void app_term_fds(int *in, int *out)
{
	*in = app_tty ? fileno(app_tty) : STDIN_FILENO;
	*out = app_out_fd >= 0 ? app_out_fd : STDOUT_FILENO;
}

void app_term_wait_key(const char *msg)
{
	int in, out;
	app_term_fds(&in, &out);
	ssize_t w = write(out, msg, strlen(msg));
	(void)w;
	struct termios old, raw;
	if (tcgetattr(in, &old) != 0)
		return;
	raw = old;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(in, TCSANOW, &raw);
	char c;
	while (read(in, &c, 1) < 0 && errno == EINTR && !app_signalled())
		;
	tcsetattr(in, TCSANOW, &old);
	w = write(out, "\r\n", 2);      /* what comes next, on a line of its own */
	(void)w;
}

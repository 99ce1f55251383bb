/* external.c - other programs on the terminal: the note in $VISUAL or
 * $EDITOR, the raw cable in $PAGER, a paragraph or the checklist piped to
 * a command.  See external.h.
 *
 * Every program runs from an argument list: the variable or the typed
 * command split on blanks, found on PATH by posix_spawnp; no shell ever
 * reads it, so "|", ">" and quotes are plain words.  The child gets the
 * terminal curses runs on (also when the cable came on stdin), the signals
 * the program ignores back to their defaults (SIGPIPE), and the terminal
 * in the mode the shell left it; curses takes it again after (endwin
 * before, refresh after).  A C-c typed while the child runs is the
 * child's: it does not cancel anything here.
 *
 * The note goes to a temp file (mode 0600, in $TMPDIR or /tmp) that the
 * editor edits; what it leaves there becomes the note, saved through the
 * review as the prompt's note is (atomically), unless the editor exits
 * non-zero (or is killed), the file is as it was written, or it is no
 * note (over NOTE_MAX, or a NUL byte in it).  The temp file is removed. */
#include "external.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/readfile.h"
#include "export/export.h"
#include "input.h"
#include "local_midnight.h"
#include "note.h"
#include "tree_view.h"

extern char **environ;

#define EXT_MAX_ARGS 64

size_t ext_split(const char *cmd, char *buf, size_t size, char **argv, size_t max)
{
	size_t n = 0;
	if (size == 0 || max == 0)
		return 0;
	snprintf(buf, size, "%s", cmd ? cmd : "");
	char *p = buf;
	while (*p && n + 1 < max) {
		p += strspn(p, " \t\n");
		if (!*p)
			break;
		argv[n++] = p;
		p += strcspn(p, " \t\n");
		if (*p)
			*p++ = 0;
	}
	argv[n] = NULL;
	return n;
}

/* Runs argv on the terminal with input (NULL: the terminal) on its stdin;
 * returns its wait status, or -1 with errno set when it could not start. */
static int ext_spawn(char *const argv[], const char *input, size_t len)
{
	int in, out, p[2] = { -1, -1 };
	app_term_fds(&in, &out);
	if (input && pipe(p) != 0)
		return -1;
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&at);
	sigset_t def;
	sigemptyset(&def);
	sigaddset(&def, SIGPIPE);
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
	if (input) {
		posix_spawn_file_actions_adddup2(&fa, p[0], STDIN_FILENO);
		posix_spawn_file_actions_addclose(&fa, p[1]);
	} else if (in != STDIN_FILENO) {
		posix_spawn_file_actions_adddup2(&fa, in, STDIN_FILENO);
	}
	if (out != STDOUT_FILENO)
		posix_spawn_file_actions_adddup2(&fa, out, STDOUT_FILENO);
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	if (input)
		close(p[0]);
	if (rc != 0) {
		if (input)
			close(p[1]);
		errno = rc;
		return -1;
	}
	/* SIGPIPE is ignored here: a command that stops reading ends the
	 * writing with EPIPE */
	for (size_t off = 0; input && off < len;) {
		ssize_t w = write(p[1], input + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (input)
		close(p[1]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			st = -1;
			break;
		}
	app_take_interrupt();          /* a C-c was the child's */
	return st;
}

/* How the child ended, in words ("exited 0", "was killed by signal 2"). */
static const char *ext_how(int st, char *buf, size_t size)
{
	if (st == -1)
		snprintf(buf, size, "was lost");
	else if (WIFEXITED(st))
		snprintf(buf, size, "exited %d", WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		snprintf(buf, size, "was killed by signal %d", WTERMSIG(st));
	else
		snprintf(buf, size, "ended");
	return buf;
}

static bool ext_ok(int st)
{
	return st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* The command of the first variable set and not empty, else def. */
static const char *ext_env(const char *v1, const char *v2, const char *def)
{
	const char *s = v1 ? getenv(v1) : NULL;
	if (!s || !*s)
		s = v2 ? getenv(v2) : NULL;
	return s && *s ? s : def;
}

/* ---- the note in the editor ------------------------------------------------ */

/* A temp file holding text (mode 0600); its path in path.  0 or -1. */
static int ext_temp(const char *text, char *path, size_t size)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || dir[0] != '/')
		dir = "/tmp";
	snprintf(path, size, "%s/cabletrack-note-XXXXXX.txt", dir);
	int fd = mkstemps(path, 4);
	if (fd < 0)
		return -1;
	size_t len = strlen(text);
	for (size_t off = 0; off < len;) {
		ssize_t w = write(fd, text + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			unlink(path);
			return -1;
		}
		off += (size_t)w;
	}
	return close(fd);
}

/* What the editor left in path, as the new note (malloc'd; the last
 * newlines off), or NULL with why set. */
static char *ext_read_note(const char *path, const char *written, const char **why)
{
	struct readfile rf;
	enum readfile_status rs = readfile(path, READFILE_REGULAR, NOTE_MAX + 2, &rf);
	if (rs != READFILE_OK) {
		*why = rs == READFILE_TOO_BIG ? "the note is over 64 KiB" : readfile_why(rs);
		return NULL;
	}
	if (strlen(rf.data) != rf.len) {
		*why = "the file holds a NUL byte";
		free(rf.data);
		return NULL;
	}
	if (strcmp(rf.data, written) == 0) {
		*why = "the file was left as it was";
		free(rf.data);
		return NULL;
	}
	while (rf.len > 0 && (rf.data[rf.len - 1] == '\n' || rf.data[rf.len - 1] == '\r'))
		rf.data[--rf.len] = 0;
	if (rf.len > NOTE_MAX) {
		*why = "the note is over 64 KiB";
		free(rf.data);
		return NULL;
	}
	return rf.data;
}

void ext_edit_note(struct app *a, struct doc *d)
{
	struct review_item *it = note_item(a, d);
	if (!it)
		return;
	char sp[64], path[4096], buf[1024], how[64];
	char *argv[EXT_MAX_ARGS + 1];
	app_short_party(it->party, sp, sizeof sp);
	/* the old note, with the newline an editor keeps at the end */
	char *written = NULL;
	const char *old = it->note ? it->note : "";
	size_t olen = strlen(old);
	if (!(written = malloc(olen + 2)))
		abort();
	snprintf(written, olen + 2, "%s%s", old, olen ? "\n" : "");
	if (ext_temp(written, path, sizeof path) != 0) {
		app_message(a, true, "note: no temp file in %s: %s", path, strerror(errno));
		free(written);
		return;
	}
	const char *cmd = ext_env("VISUAL", "EDITOR", "vi");
	size_t n = ext_split(cmd, buf, sizeof buf, argv, EXT_MAX_ARGS);
	argv[n] = path;
	argv[n + 1] = NULL;
	app_term_leave();
	int st = ext_spawn(argv, NULL, 0);
	int e = errno;
	app_term_return();
	const char *why = NULL;
	char *note = NULL;
	if (st == -1)
		app_message(a, true, "note unchanged: cannot run %s: %s", argv[0], strerror(e));
	else if (!ext_ok(st))
		app_message(a, true, "note unchanged: %s %s", argv[0], ext_how(st, how, sizeof how));
	else if (!(note = ext_read_note(path, written, &why)))
		app_message(a, false, "note unchanged: %s", why);
	unlink(path);
	free(written);
	if (!note)
		return;
	if (strcmp(note, old) == 0) {
		app_message(a, false, "note unchanged");
	} else {
		size_t lines = 1;
		for (const char *p = note; *p; p++)
			lines += *p == '\n';
		review_set_note(d->review, it, note);
		if (app_save(a, d))
			app_message(a, false, "note saved for %s \xc2\xb6%d (%zu line%s, from %s)",
			            sp, it->paragraph, lines, lines == 1 ? "" : "s", argv[0]);
	}
	free(note);
}

/* ---- the raw cable in the pager ------------------------------------------- */

void ext_view_cable(struct app *a, size_t i)
{
	if (i >= a->ndocs)
		return;
	const struct doc *d = &a->docs[i];
	if (!d->path || strcmp(d->path, "-") == 0) {
		app_message(a, false, "the cable came on standard input: no file to page");
		return;
	}
	char buf[1024], how[64];
	char *argv[EXT_MAX_ARGS + 1];
	size_t n = ext_split(ext_env("PAGER", NULL, "less"), buf, sizeof buf, argv,
	                     EXT_MAX_ARGS);
	argv[n] = d->path;
	argv[n + 1] = NULL;
	app_term_leave();
	int st = ext_spawn(argv, NULL, 0);
	int e = errno;
	app_term_return();
	if (st == -1)
		app_message(a, true, "cannot run %s: %s", argv[0], strerror(e));
	else if (!ext_ok(st))
		app_message(a, true, "%s %s", argv[0], ext_how(st, how, sizeof how));
}

/* ---- a paragraph or the checklist to a command -------------------------------- */

static void ext_nodes(struct buf *b, const struct node *n, size_t cnt, int ind)
{
	for (size_t i = 0; i < cnt && ind < 40; i++) {
		char label[32];
		tree_node_label(&n[i], label, sizeof label);
		buf_printf(b, "\n%*s%s%s%s\n", ind, "", label, label[0] ? " " : "",
		           n[i].text ? n[i].text : "");
		ext_nodes(b, n[i].children, n[i].nchildren, ind + 3);
	}
}

/* The paragraph as text: "4. (SBU) HEADING", its prose, its sub-items. */
static void ext_para_text(const struct paragraph *p, struct buf *b)
{
	if (p->number > 0)
		buf_printf(b, "%d. ", p->number);
	if (p->classification)
		buf_printf(b, "(%s) ", p->classification);
	if (p->heading)
		buf_printf(b, "%s: ", p->heading);
	buf_printf(b, "%s\n", p->text ? p->text : "");
	ext_nodes(b, p->children, p->nchildren, 0);
}

/* The cable's checklist as `cabletrack export --format md` writes it. */
static size_t ext_checklist(const struct app *a, const struct doc *d, struct buf *b)
{
	size_t n;
	const struct export_format_info *f = export_formats(&n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(f[i].name, "md") == 0)
			f = &f[i];
	struct export_list l;
	const struct cable *cables[1] = { d->cable };
	const struct review *reviews[1] = { d->review };
	struct export_options opt = { .post = a->post, .open_only = false,
	                              .now = time(NULL), .midnight = local_midnight };
	export_build(&l, cables, reviews, 1, &opt);
	f->write(&l, b);
	size_t items = l.n;
	export_list_free(&l);
	return items;
}

void ext_pipe(struct app *a, struct doc *d)
{
	const struct paragraph *p = tree_current_para(d);
	bool para = a->focus == FOCUS_TREE && p;
	char label[128], cmd[1024], buf[1024], how[64], what[64];
	if (para)
		snprintf(what, sizeof what, "\xc2\xb6%d", p->number);
	else
		snprintf(what, sizeof what, "the checklist");
	snprintf(label, sizeof label, "pipe %s to command (no shell): ", what);
	if (prompt_read(a, label, "", cmd, sizeof cmd) != PROMPT_OK)
		return;
	char *argv[EXT_MAX_ARGS + 1];
	if (ext_split(cmd, buf, sizeof buf, argv, EXT_MAX_ARGS + 1) == 0) {
		app_message(a, false, "pipe: no command");
		return;
	}
	struct buf text;
	buf_init(&text);
	if (para)
		ext_para_text(p, &text);
	else
		ext_checklist(a, d, &text);
	if (text.failed) {
		buf_free(&text);
		app_message(a, true, "pipe: out of memory");
		return;
	}
	app_term_leave();
	int st = ext_spawn(argv, buf_str(&text), text.len);
	int e = errno;
	if (st != -1) {
		char msg[1200];
		snprintf(msg, sizeof msg, "\n[cabletrack: %s %s; a key goes back] ",
		         argv[0], ext_how(st, how, sizeof how));
		app_term_wait_key(msg);
	}
	app_term_return();
	buf_free(&text);
	if (st == -1)
		app_message(a, true, "pipe: cannot run %s: %s", argv[0], strerror(e));
	else
		app_message(a, !ext_ok(st), "piped %s to %s: it %s", what, argv[0],
		            ext_how(st, how, sizeof how));
}

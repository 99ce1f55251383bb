/* test_base.c - core/base: the shared helpers every other folder stands
 * on (error, ascii, utf8, atomic, date, readfile, xdg, buf).  Files are made in a mkdtemp folder. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/ascii.h"
#include "base/atomic.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/error.h"
#include "base/inputs.h"
#include "base/readfile.h"
#include "base/utf8.h"
#include "base/xdg.h"

static char top[256];           /* the mkdtemp folder of this run */

static const char *in_top(const char *name)
{
	static char p[2][512];
	static int k;
	k ^= 1;
	snprintf(p[k], sizeof p[k], "%s/%s", top, name);
	return p[k];
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The file's text (up to 4 KiB), "" when it cannot be read. */
static const char *file_text(const char *path)
{
	static char b[4096];
	b[0] = '\0';
	FILE *f = fopen(path, "r");
	if (f) {
		b[fread(b, 1, sizeof b - 1, f)] = '\0';
		fclose(f);
	}
	return b;
}

/* Entries of top whose name contains part. */
static int count_in_top(const char *part)
{
	int n = 0;
	DIR *d = opendir(top);
	assert_non_null(d);
	const struct dirent *de;
	while ((de = readdir(d)))
		n += strstr(de->d_name, part) != NULL;
	closedir(d);
	return n;
}

/* ---- error.h ------------------------------------------------------------- */

static void test_error_set(void **state)
{
	(void)state;
	struct ct_error err = { "" };
	ct_error_set(&err, "%s:%d: %s", "a.yaml", 3, "bad key");
	assert_string_equal(err.msg, "a.yaml:3: bad key");
	/* cut to fit, always NUL-terminated */
	char big[600];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	ct_error_set(&err, "why: %s", big);
	assert_int_equal(strlen(err.msg), sizeof err.msg - 1);
	assert_memory_equal(err.msg, "why: xxx", 8);
	/* NULL: the caller does not want the words */
	ct_error_set(NULL, "%s", "ignored");
}

/* ---- ascii.h ------------------------------------------------------------- */

/* Every byte, as a char (negative above 0x7F), an unsigned char and an
 * int: the answers of <ctype.h> in the C locale for ASCII, and "no" (case
 * unchanged) for every byte of a UTF-8 sequence. */
static void test_ascii_classes(void **state)
{
	(void)state;
	setlocale(LC_CTYPE, "C");
	for (int v = -128; v < 256; v++) {
		int c = v < 0 ? v + 256 : v;          /* the byte */
		bool in = c < 128;
		char ch = (char)v;
		assert_int_equal(ascii_is_digit(v), in && isdigit(c));
		assert_int_equal(ascii_is_digit(ch), in && isdigit(c));
		assert_int_equal(ascii_is_upper(ch), in && isupper(c));
		assert_int_equal(ascii_is_lower(ch), in && islower(c));
		assert_int_equal(ascii_is_alpha(ch), in && isalpha(c));
		assert_int_equal(ascii_is_alnum(ch), in && isalnum(c));
		assert_int_equal(ascii_is_blank(ch), in && isblank(c));
		assert_int_equal(ascii_is_space(ch), in && isspace(c));
		assert_int_equal(ascii_is_xdigit(ch), in && isxdigit(c));
		assert_int_equal(ascii_is_alpha((unsigned char)ch), in && isalpha(c));
		assert_int_equal(ascii_to_lower(ch), (char)(in ? tolower(c) : c));
		assert_int_equal(ascii_to_upper(ch), (char)(in ? toupper(c) : c));
		int hv = ascii_hex_value(ch);
		if (in && isxdigit(c))
			assert_int_equal(hv, isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
		else
			assert_int_equal(hv, -1);
	}
	/* a Latin-1 "É" (0xC9) and the lead byte of UTF-8 "É" are no letters */
	assert_false(ascii_is_alpha('\xC9'));
	assert_false(ascii_is_upper((unsigned char)0xC3));
	assert_int_equal(ascii_to_lower('\xC9'), '\xC9');
}

/* ---- utf8.h -------------------------------------------------------------- */

static size_t dec(const char *s, size_t len, uint32_t *cp)
{
	*cp = 0xDEAD;
	return utf8_decode((const unsigned char *)s, len, cp);
}

static void test_utf8_decode(void **state)
{
	(void)state;
	uint32_t cp;
	assert_int_equal(dec("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(dec("", 1, &cp), 1);               /* NUL is ASCII */
	assert_int_equal(cp, 0);
	assert_int_equal(dec("\xC2\xB6x", 3, &cp), 2);       /* pilcrow */
	assert_int_equal(cp, 0xB6);
	assert_int_equal(dec("\xE2\x80\x99", 3, &cp), 3);
	assert_int_equal(cp, 0x2019);
	assert_int_equal(dec("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(dec("\xF4\x8F\xBF\xBF", 4, &cp), 4);
	assert_int_equal(cp, 0x10FFFF);
	/* invalid: 0, and *cp untouched */
	static const struct { const char *s; size_t len; } bad[] = {
		{ "\x80", 1 },                     /* a continuation byte alone */
		{ "\xBF", 1 },
		{ "\xC0\x80", 2 },                 /* overlong NUL */
		{ "\xC1\xBF", 2 },                 /* overlong */
		{ "\xE0\x80\x80", 3 },             /* overlong */
		{ "\xE0\x9F\xBF", 3 },             /* overlong U+07FF */
		{ "\xF0\x8F\xBF\xBF", 4 },         /* overlong U+FFFF */
		{ "\xED\xA0\x80", 3 },             /* surrogate U+D800 */
		{ "\xED\xBF\xBF", 3 },             /* surrogate U+DFFF */
		{ "\xF4\x90\x80\x80", 4 },         /* U+110000 */
		{ "\xF5\x80\x80\x80", 4 },
		{ "\xFF", 1 },
		{ "\xE2\x82", 2 },                 /* cut short by len */
		{ "\xE2\x82\xAC", 2 },
		{ "\xE2(\xAC", 3 },                /* not a continuation byte */
		{ "\xC3", 1 },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(dec(bad[i].s, bad[i].len, &cp), 0);
		assert_int_equal(cp, 0xDEAD);
	}
}

/* Every scalar value encodes and decodes back; surrogates and values past
 * U+10FFFF do not encode. */
static void test_utf8_round_trip(void **state)
{
	(void)state;
	for (uint32_t v = 0; v <= 0x10FFFF; v++) {
		char b[4];
		size_t n = utf8_encode(v, b);
		if (v >= 0xD800 && v <= 0xDFFF) {
			assert_int_equal(n, 0);
			continue;
		}
		assert_int_equal(n, v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4);
		uint32_t cp;
		assert_int_equal(dec(b, n, &cp), n);
		assert_int_equal(cp, v);
		if (n > 1)
			assert_int_equal(dec(b, n - 1, &cp), 0);
	}
	char b[4];
	assert_int_equal(utf8_encode(0x110000, b), 0);
	assert_int_equal(utf8_encode(UINT32_MAX, b), 0);
}

/* ---- atomic.h ------------------------------------------------------------ */

static void test_atomic_new_and_replace(void **state)
{
	(void)state;
	const char *p = in_top("review.yaml");
	struct stat st;
	assert_int_equal(atomic_replace(p, "one\n", 4, NULL, &st, NULL), 0);
	assert_string_equal(file_text(p), "one\n");
	assert_int_equal(st.st_mode & 07777, 0600);        /* the default */
	assert_int_equal(st.st_size, 4);
	ino_t first = st.st_ino;
	assert_int_equal(atomic_replace(p, "two\n", 4, NULL, &st, NULL), 0);
	assert_string_equal(file_text(p), "two\n");
	assert_true(st.st_ino != first);                  /* a new file, renamed */
	assert_int_equal(count_in_top(".tmp-"), 0);
	/* a user's file keeps its mode */
	const char *u = in_top("list.md");
	put_file(u, "old");
	assert_int_equal(chmod(u, 0640), 0);
	assert_int_equal(atomic_replace(u, "new", 3, &atomic_user_file, NULL, NULL), 0);
	assert_string_equal(file_text(u), "new");
	assert_int_equal(stat(u, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	/* a new one gets 0666 less the umask */
	mode_t mask = umask(027);
	const char *n = in_top("fresh.md");
	assert_int_equal(atomic_replace(n, "x", 1, &atomic_user_file, &st, NULL), 0);
	umask(mask);
	assert_int_equal(st.st_mode & 07777, 0640);
	/* a relative name: the temp file goes in the current folder */
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(top), 0);
	assert_int_equal(atomic_replace("rel.txt", "r", 1, NULL, NULL, NULL), 0);
	assert_int_equal(chdir(cwd), 0);
	assert_string_equal(file_text(in_top("rel.txt")), "r");
}

/* The TUI's export and `export -o` (atomic_user_file): a symbolic link is
 * neither written through nor replaced, dangling or not. */
static void test_atomic_refuses_symlink(void **state)
{
	(void)state;
	const char *target = in_top("target.txt");
	const char *link = in_top("export.md");
	put_file(target, "keep me\n");
	assert_int_equal(symlink(target, link), 0);
	const struct atomic_opts *opts[] = { &atomic_user_file, NULL };
	for (size_t i = 0; i < 2; i++) {
		const char *why = NULL;
		errno = 0;
		assert_int_equal(atomic_replace(link, "evil", 4, opts[i], NULL, &why), -1);
		assert_int_equal(errno, ELOOP);
		assert_non_null(why);
		assert_non_null(strstr(why, "symbolic link"));
		assert_string_equal(file_text(target), "keep me\n");
		struct stat st;
		assert_int_equal(lstat(link, &st), 0);
		assert_true(S_ISLNK(st.st_mode));
	}
	const char *dangling = in_top("dangling.md");
	assert_int_equal(symlink(in_top("nowhere"), dangling), 0);
	assert_int_equal(atomic_replace(dangling, "x", 1, &atomic_user_file, NULL, NULL), -1);
	assert_int_equal(errno, ELOOP);
	assert_int_equal(access(in_top("nowhere"), F_OK), -1);
	assert_int_equal(count_in_top(".tmp-"), 0);
}

static void test_atomic_dir_and_device(void **state)
{
	(void)state;
	const char *d = in_top("adir");
	assert_int_equal(mkdir(d, 0700), 0);
	assert_int_equal(atomic_replace(d, "x", 1, &atomic_user_file, NULL, NULL), -1);
	assert_int_equal(errno, EISDIR);
	/* a device is written in place for a user's file */
	assert_int_equal(atomic_replace("/dev/null", "x", 1, &atomic_user_file, NULL,
	                                NULL), 0);
	struct stat st;
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	/* no folder to put the temp file in */
	const char *why = NULL;
	assert_int_equal(atomic_replace(in_top("no/such/file"), "x", 1, NULL, NULL, &why), -1);
	assert_int_equal(errno, ENOENT);
	assert_non_null(why);
}

static ssize_t write_fails(int fd, const void *buf, size_t len)
{
	(void)fd;
	(void)buf;
	(void)len;
	errno = ENOSPC;
	return -1;
}

static int fsync_fails(int fd)
{
	(void)fd;
	errno = EIO;
	return -1;
}

static int rename_fails(const char *from, const char *to)
{
	(void)from;
	(void)to;
	errno = EXDEV;
	return -1;
}

/* A failed step leaves the old file as it was and no temp file. */
static void test_atomic_faults(void **state)
{
	(void)state;
	const char *p = in_top("faults.yaml");
	put_file(p, "before\n");
	static const struct atomic_io ios[] = {
		{ write_fails, fsync, rename },
		{ write, fsync_fails, rename },
		{ write, fsync, rename_fails },
	};
	static const int want[] = { ENOSPC, EIO, EXDEV };
	for (size_t i = 0; i < 3; i++) {
		struct atomic_opts o = { 0600, true, false, &ios[i] };
		assert_int_equal(atomic_replace(p, "after\n", 6, &o, NULL, NULL), -1);
		assert_int_equal(errno, want[i]);
		assert_string_equal(file_text(p), "before\n");
		assert_int_equal(count_in_top(".tmp-"), 0);
	}
	/* without sync, fsync is not called */
	struct atomic_opts nosync = { 0600, false, false, &ios[1] };
	assert_int_equal(atomic_replace(p, "after\n", 6, &nosync, NULL, NULL), 0);
	assert_string_equal(file_text(p), "after\n");
}

/* ---- date.h -------------------------------------------------------------- */

static void test_date_parse(void **state)
{
	(void)state;
	int y = 0, m = 0, d = 0;
	assert_true(date_parse("2008-10-15", &y, &m, &d));
	assert_int_equal(y, 2008);
	assert_int_equal(m, 10);
	assert_int_equal(d, 15);
	assert_true(date_parse("2008-02-29", NULL, NULL, NULL));    /* leap */
	assert_true(date_parse("2000-02-29", NULL, NULL, NULL));    /* 400 */
	assert_true(date_parse("0001-01-01", NULL, NULL, NULL));
	assert_true(date_parse("9999-12-31", NULL, NULL, NULL));
	static const char *const bad[] = {
		"2008-02-30",             /* two of the old copies took this */
		"2009-02-29", "1900-02-29", "2008-04-31", "2008-06-31",
		"2008-09-31", "2008-11-31", "2008-01-32", "2008-00-10",
		"2008-13-01", "2008-10-00", "2008-2-1", "2008-02-1", "08-02-01",
		"2008-02-01 ", " 2008-02-01", "2008/02/01", "2008-02-0x",
		"+008-02-01", "2008--2-01", "20080201", "2008-02", "", "soon",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		y = m = d = -7;
		if (date_parse(bad[i], &y, &m, &d))
			fail_msg("'%s' read as a date", bad[i]);
		assert_int_equal(y, -7);                     /* untouched */
	}
	assert_false(date_parse(NULL, &y, &m, &d));
	/* every day of four years, leap day included, round trips */
	for (long z = days_from_civil(2007, 1, 1); z < days_from_civil(2011, 1, 1); z++) {
		char s[16];
		civil_from_days(z, &y, &m, &d);
		snprintf(s, sizeof s, "%04d-%02d-%02d", y, m, d);
		assert_int_equal(date_days(s), z);
	}
}

static void test_date_calendar(void **state)
{
	(void)state;
	assert_int_equal(date_days("1970-01-01"), 0);
	assert_int_equal(date_days("2008-10-15") - date_days("2008-09-30"), 15);
	assert_true(date_days("2008-02-30") == LONG_MAX);
	assert_true(date_days(NULL) == LONG_MAX);
	assert_int_equal(date_month_days(2008, 2), 29);
	assert_int_equal(date_month_days(2100, 2), 28);
	assert_int_equal(date_month_days(2008, 12), 31);
	assert_int_equal(date_month_days(2008, 13), 0);
	assert_int_equal(weekday(2008, 10, 15), 3);          /* a Wednesday */
	assert_int_equal(weekday(1970, 1, 1), 4);            /* a Thursday */
	int y, m, d;
	civil_from_days(-1, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 19691231);
}

/* ---- readfile.h ---------------------------------------------------------- */

static void test_readfile_regular(void **state)
{
	(void)state;
	struct readfile f;
	const char *p = in_top("cable.txt");
	put_file(p, "1. (C) Text.\n");
	assert_int_equal(readfile(p, 0, 0, &f), READFILE_OK);
	assert_int_equal(f.len, 13);
	assert_string_equal(f.data, "1. (C) Text.\n");      /* NUL after the bytes */
	assert_int_equal(f.st.st_size, 13);
	assert_true(S_ISREG(f.st.st_mode));
	free(f.data);
	/* empty */
	const char *e = in_top("empty.txt");
	put_file(e, "");
	assert_int_equal(readfile(e, READFILE_REGULAR, 0, &f), READFILE_OK);
	assert_int_equal(f.len, 0);
	assert_string_equal(f.data, "");
	free(f.data);
	/* the limit: exactly max is read, one byte more is refused */
	assert_int_equal(readfile(p, 0, 13, &f), READFILE_OK);
	free(f.data);
	assert_int_equal(readfile(p, 0, 12, &f), READFILE_TOO_BIG);
	assert_null(f.data);
	assert_int_equal(f.st.st_size, 13);                  /* the key survives */
	assert_string_equal(readfile_why(READFILE_TOO_BIG), "too large");
}

static void test_readfile_refusals(void **state)
{
	(void)state;
	struct readfile f;
	errno = 0;
	assert_int_equal(readfile(in_top("missing"), 0, 0, &f), READFILE_ERRNO);
	assert_int_equal(errno, ENOENT);
	assert_string_equal(readfile_why(READFILE_ERRNO), strerror(ENOENT));
	assert_null(f.data);
	assert_int_equal(readfile(top, 0, 0, &f), READFILE_DIR);
	assert_string_equal(readfile_why(READFILE_DIR), "is a directory");
	/* a FIFO with no writer: refused at once when a regular file is wanted */
	const char *fifo = in_top("fifo");
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(readfile(fifo, READFILE_REGULAR, 0, &f), READFILE_SPECIAL);
	assert_string_equal(readfile_why(READFILE_SPECIAL), "not a regular file");
	assert_int_equal(readfile("/dev/null", READFILE_REGULAR, 0, &f), READFILE_SPECIAL);
	/* a device is read when any file will do */
	assert_int_equal(readfile("/dev/null", 0, 0, &f), READFILE_OK);
	assert_int_equal(f.len, 0);
	free(f.data);
}

/* stdin or a pipe: no size to go by, read to its end, under the limit. */
/* A folder stands for its cables: the files beside them that are none
 * (viewer metadata, exports, backups) are skipped quietly; named on the
 * command line a file is still taken. */
static void test_inputs_sidecars(void **state)
{
	(void)state;
	const char *names[] = {
		"09STATE1.txt", "09STATE1.meta.yaml", "export.json", "list.yml",
		"09STATE2.txt~", "#09STATE3.txt#", "09STATE4.txt.orig", "09STATE5",
		"notes.bak", "09STATE6.html",
	};
	char sub[512];
	snprintf(sub, sizeof sub, "%s/inbox", top);
	assert_int_equal(mkdir(sub, 0700), 0);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char p[600];
		snprintf(p, sizeof p, "%s/%s", sub, names[i]);
		put_file(p, "x");
	}
	struct inputs in = {0};
	char *args[] = { sub, (char *)in_top("inbox/export.json") };
	assert_int_equal(inputs_collect(&in, args, 2), 0);
	assert_int_equal(in.nerrors, 0);
	assert_int_equal(in.n, 4);
	assert_non_null(strstr(in.paths[0], "/09STATE1.txt"));
	assert_non_null(strstr(in.paths[1], "/09STATE5"));
	assert_non_null(strstr(in.paths[2], "/09STATE6.html"));
	assert_non_null(strstr(in.paths[3], "/export.json"));
	inputs_free(&in);
}

static void test_readfile_pipe(void **state)
{
	(void)state;
	char big[200000];
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = (char)('a' + i % 26);
	for (int round = 0; round < 2; round++) {
		int fds[2];
		assert_int_equal(pipe(fds), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(fds[0]);
			size_t off = 0;
			while (off < sizeof big) {
				ssize_t w = write(fds[1], big + off, sizeof big - off);
				if (w <= 0)
					break;
				off += (size_t)w;
			}
			_exit(0);
		}
		close(fds[1]);
		struct readfile f;
		size_t max = round == 0 ? 0 : sizeof big - 1;
		enum readfile_status s = readfile_fd(fds[0], 0, max, &f);
		close(fds[0]);
		waitpid(pid, NULL, 0);
		if (round == 0) {
			assert_int_equal(s, READFILE_OK);
			assert_int_equal(f.len, sizeof big);
			assert_memory_equal(f.data, big, sizeof big);
			assert_int_equal(f.data[f.len], '\0');
			free(f.data);
		} else {
			assert_int_equal(s, READFILE_TOO_BIG);
			assert_null(f.data);
		}
	}
}

/* ---- xdg.h --------------------------------------------------------------- */

static void xdg_is(enum xdg_kind k, const char *want)
{
	char *got = xdg_dir(k);
	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_xdg_dirs(void **state)
{
	(void)state;
	static const char *const vars[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME",
	                                    "XDG_CACHE_HOME", "HOME" };
	char *saved[4];
	for (int i = 0; i < 4; i++) {
		const char *v = getenv(vars[i]);
		saved[i] = v ? strdup(v) : NULL;
	}
	setenv("HOME", "/home/u", 1);
	setenv("XDG_CONFIG_HOME", "/x/config", 1);
	setenv("XDG_DATA_HOME", "/x/data", 1);
	setenv("XDG_CACHE_HOME", "/x/cache", 1);
	xdg_is(XDG_CONFIG, "/x/config");
	xdg_is(XDG_DATA, "/x/data");
	xdg_is(XDG_CACHE, "/x/cache");
	/* empty, relative or unset: the HOME fallbacks */
	setenv("XDG_CONFIG_HOME", "", 1);
	setenv("XDG_DATA_HOME", "rel/data", 1);
	unsetenv("XDG_CACHE_HOME");
	xdg_is(XDG_CONFIG, "/home/u/.config");
	xdg_is(XDG_DATA, "/home/u/.local/share");
	xdg_is(XDG_CACHE, "/home/u/.cache");
	/* no usable HOME: the password database's home, when it has one */
	const struct passwd *pw = getpwuid(getuid());
	char want[512];
	bool has = pw && pw->pw_dir && pw->pw_dir[0] == '/';
	snprintf(want, sizeof want, "%s/.cache", has ? pw->pw_dir : "");
	for (int k = 0; k < 2; k++) {
		if (k == 0)
			unsetenv("HOME");
		else
			setenv("HOME", "relative", 1);
		xdg_is(XDG_CACHE, has ? want : NULL);
	}
	for (int i = 0; i < 4; i++) {
		if (saved[i])
			setenv(vars[i], saved[i], 1);
		else
			unsetenv(vars[i]);
		free(saved[i]);
	}
}

/* ---- buf.h --------------------------------------------------------------- */

static void test_buf_append(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b);
	assert_string_equal(buf_str(&b), "");          /* empty, no storage */
	assert_null(b.data);
	buf_add(&b, "ab", 2);
	buf_putc(&b, 'c');
	buf_puts(&b, "de");
	buf_printf(&b, "%d-%s", 42, "x");
	assert_int_equal(b.len, 9);
	assert_string_equal(b.data, "abcde42-x");
	/* growth past the first allocation, NUL kept after the bytes */
	for (int i = 0; i < 10000; i++)
		buf_putc(&b, (char)('a' + i % 26));
	assert_int_equal(b.len, 10009);
	assert_int_equal(b.data[b.len], '\0');
	assert_int_equal(b.data[10008], 'a' + 9999 % 26);
	buf_truncate(&b, 3);
	assert_string_equal(b.data, "abc");
	buf_truncate(&b, 5);                            /* longer: nothing */
	assert_int_equal(b.len, 3);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	buf_add(&b, "a\0b", 3);                         /* NUL bytes inside */
	assert_int_equal(b.len, 3);
	assert_memory_equal(b.data, "a\0b", 4);
	/* once failed, appends are ignored and the failure stays */
	b.failed = true;
	buf_puts(&b, "more");
	buf_putc(&b, 'x');
	assert_int_equal(b.len, 3);
	buf_free(&b);
	assert_null(b.data);
	assert_false(b.failed);
}

static int group_setup(void **state)
{
	(void)state;
	const char *t = getenv("TMPDIR");
	snprintf(top, sizeof top, "%s/ct-base-XXXXXX",
	         t && *t == '/' && strlen(t) < 100 ? t : "/tmp");
	return mkdtemp(top) ? 0 : -1;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int group_teardown(void **state)
{
	(void)state;
	return nftw(top, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_set),
		cmocka_unit_test(test_ascii_classes),
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_utf8_round_trip),
		cmocka_unit_test(test_atomic_new_and_replace),
		cmocka_unit_test(test_atomic_refuses_symlink),
		cmocka_unit_test(test_atomic_dir_and_device),
		cmocka_unit_test(test_atomic_faults),
		cmocka_unit_test(test_date_parse),
		cmocka_unit_test(test_date_calendar),
		cmocka_unit_test(test_readfile_regular),
		cmocka_unit_test(test_readfile_refusals),
		cmocka_unit_test(test_readfile_pipe),
		cmocka_unit_test(test_inputs_sidecars),
		cmocka_unit_test(test_xdg_dirs),
		cmocka_unit_test(test_buf_append),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

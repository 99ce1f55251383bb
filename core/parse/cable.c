/* cable.c - bytes -> struct cable: text, header, body, taskings. */
#include "parse/cable.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parse/body.h"
#include "parse/header.h"
#include "tasking/tasking.h"
#include "text/text.h"

/* Largest input we read: far above any real cable (the biggest in cablegate
 * is under 200 KB), small enough that a stray disk image is refused. */
#define CABLE_MAX_BYTES ((size_t)256 * 1024 * 1024)

/* A cable shows at least one of: an id, a DTG, a classification, numbered
 * paragraphs, a subject. */
static bool looks_like_cable(const struct cable *c)
{
	if (c->id || c->dtg.valid || c->classification || c->subject)
		return true;
	for (size_t i = 0; i < c->nparas; i++)
		if (c->paras[i].number > 0)
			return true;
	return false;
}

struct cable *cable_parse(const char *bytes, size_t len, const char *source,
                          struct ct_error *err)
{
	struct cable *c = calloc(1, sizeof *c);
	if (!c) {
		ct_error_set(err, "%s", "out of memory");
		return NULL;
	}
	arena_init(&c->arena);
	c->source = arena_strdup(&c->arena, source ? source : "-");

	struct text t;
	if (text_normalize(&c->arena, bytes, len, &t, err) != 0) {
		cable_free(c);
		return NULL;
	}
	c->form = t.form;
	size_t body = header_para1(c, &t, header_parse(c, &t));
	body_parse(c, &t, body);
	if (!looks_like_cable(c)) {
		ct_error_set(err, "%s", "not a cable: no header, classification, "
		             "subject or numbered paragraphs found");
		cable_free(c);
		return NULL;
	}
	tasking_find(c);
	return c;
}

/* Reads all of fd into a malloc'd buffer.  hint: the size fstat gave (0
 * for a pipe or a terminal), so that a regular file takes one allocation
 * and one read, plus the read that sees its end. */
static char *read_all(int fd, size_t hint, size_t *len, struct ct_error *err)
{
	size_t cap = 64 * 1024, n = 0;
	if (hint > 0)
		cap = hint < CABLE_MAX_BYTES ? hint + 1 : CABLE_MAX_BYTES;
	char *buf = malloc(cap);
	if (!buf) {
		ct_error_set(err, "%s", "out of memory");
		return NULL;
	}
	for (;;) {
		if (n == cap) {
			if (cap >= CABLE_MAX_BYTES) {
				ct_error_set(err, "%s", "too large to be a cable (over 256 MiB)");
				free(buf);
				return NULL;
			}
			size_t ncap = cap > CABLE_MAX_BYTES / 2 ? CABLE_MAX_BYTES : cap * 2;
			char *nb = realloc(buf, ncap);
			if (!nb) {
				ct_error_set(err, "%s", "out of memory");
				free(buf);
				return NULL;
			}
			buf = nb;
			cap = ncap;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			ct_error_set(err, "%s", strerror(errno));
			free(buf);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	*len = n;
	return buf;
}

struct cable *cable_parse_file(const char *path, struct ct_error *err)
{
	int fd = 0;
	size_t hint = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	if (!is_stdin) {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			ct_error_set(err, "%s", strerror(errno));
			return NULL;
		}
		struct stat st;
		if (fstat(fd, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				ct_error_set(err, "%s", "is a directory");
				close(fd);
				return NULL;
			}
			if (S_ISREG(st.st_mode) && st.st_size > 0)
				hint = (size_t)st.st_size;
		}
	}
	size_t len = 0;
	char *buf = read_all(fd, hint, &len, err);
	if (!is_stdin)
		close(fd);
	if (!buf)
		return NULL;
	struct cable *c = cable_parse(buf, len, path, err);
	free(buf);
	return c;
}

void cable_free(struct cable *c)
{
	if (!c)
		return;
	arena_free(&c->arena);
	free(c);
}

void dtg_iso(const struct dtg *d, char *buf, size_t size)
{
	if (!d->valid) {
		if (size)
			buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:00Z", d->year, d->month,
	         d->day, d->hour, d->minute);
}

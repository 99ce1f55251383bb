/* cable.c - bytes -> struct cable: text, header, body, taskings. */
#include "parse/cable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/readfile.h"
#include "parse/body.h"
#include "parse/header.h"
#include "tasking/tasking.h"
#include "text/text.h"

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

struct cable *cable_parse_file(const char *path, struct ct_error *err)
{
	struct readfile f;
	enum readfile_status s = strcmp(path, "-") == 0 ? readfile_fd(0, 0, 0, &f)
	                                               : readfile(path, 0, 0, &f);
	if (s != READFILE_OK) {
		ct_error_set(err, "%s", s == READFILE_TOO_BIG ?
		             "too large to be a cable (over 256 MiB)" : readfile_why(s));
		return NULL;
	}
	struct cable *c = cable_parse(f.data, f.len, path, err);
	free(f.data);
	return c;
}

void cable_free(struct cable *c)
{
	if (!c)
		return;
	arena_free(&c->arena);
	free(c);
}

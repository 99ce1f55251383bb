/* config.c - the user's settings file.  See config.h. */
#include "config/config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/date.h"
#include "base/xalloc.h"
#include "base/xdg.h"
#include "base/yamlsafe.h"

void config_init(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->colours = -1;
}

void config_free(struct config *c)
{
	free(c->file);
	free(c->post);
	free(c->keymap);
	free(c->date_format);
	for (size_t i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c->warnings);
	config_init(c);
}

static void config_push(struct config *c, char *owned)
{
	char **w = realloc(c->warnings, (c->nwarnings + 1) * sizeof *w);
	if (!w)
		abort();
	c->warnings = w;
	c->warnings[c->nwarnings++] = owned;
}

static void config_warn(struct config *c, const char *file, size_t line,
                        const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void config_warn(struct config *c, const char *file, size_t line,
                        const char *fmt, ...)
{
	char why[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	/* no file: why names it already ("file:line: why" of the YAML reader) */
	config_push(c, !file ? xprintf("%s (ignored)", why)
	               : line ? xprintf("%s:%zu: %s (ignored)", file, line, why)
	               : xprintf("%s: %s (ignored)", file, why));
}

void config_add_warning(struct config *c, const char *msg)
{
	config_push(c, xstrdup(msg));
}

/* ---- dates -------------------------------------------------------------------- */

const char *config_format_date(const char *fmt, long days, char *buf, size_t size)
{
	int y, m, d;
	civil_from_days(days, &y, &m, &d);
	if (!fmt || strcmp(fmt, "iso") == 0) {
		snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
		return buf;
	}
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_wday = (int)(((days % 7) + 7 + 4) % 7);    /* 1970-01-01: Thursday */
	tm.tm_yday = (int)(days - days_from_civil(y, 1, 1));
	if (size == 0 || strftime(buf, size, fmt, &tm) == 0)
		if (size)
			buf[0] = 0;
	return buf;
}

bool config_date_format_ok(const char *fmt)
{
	if (!fmt || !*fmt)
		return false;
	if (strcmp(fmt, "iso") == 0)
		return true;
	for (const char *p = fmt; *p; p++) {
		if ((unsigned char)*p < 0x20)
			return false;
		if (*p != '%')
			continue;
		if (!p[1] || !strchr("YymdebBaAj%", p[1]))
			return false;
		p++;
	}
	/* the longest names: a Wednesday in September */
	char buf[CONFIG_DATE_MAX + 1];
	long day = days_from_civil(2009, 9, 30);
	return config_format_date(fmt, day, buf, sizeof buf)[0] != 0;
}

/* ---- the file ------------------------------------------------------------------- */

static bool config_scalar(struct config *c, const char *file, const char *key,
                          const struct ys_node *v)
{
	if (v->kind == YS_SCALAR && !ys_is_null(v) && v->len > 0 && v->len < 200 &&
	    strlen(v->str) == v->len)
		return true;
	config_warn(c, file, v->line, "%s: wants a word, not this value", key);
	return false;
}

static int config_bool(const char *s)
{
	static const char *const on[] = { "on", "yes", "true" };
	static const char *const off[] = { "off", "no", "false" };
	for (size_t i = 0; i < 3; i++) {
		if (strcasecmp(s, on[i]) == 0)
			return 1;
		if (strcasecmp(s, off[i]) == 0)
			return 0;
	}
	return -1;
}

/* One key and its value. */
static void config_key(struct config *c, const char *file, const struct ys_node *k,
                       const struct ys_node *v)
{
	const char *key = k->str;
	if (strcmp(key, "post") == 0 || strcmp(key, "keymap") == 0) {
		if (!config_scalar(c, file, key, v))
			return;
		bool post = key[0] == 'p';
		char **slot = post ? &c->post : &c->keymap;
		free(*slot);
		*slot = xstrdup(v->str);
		*(post ? &c->post_line : &c->keymap_line) = v->line;
	} else if (strcmp(key, "colours") == 0 || strcmp(key, "colors") == 0) {
		if (!config_scalar(c, file, key, v))
			return;
		int b = config_bool(v->str);
		if (b < 0)
			config_warn(c, file, v->line, "%s: '%s' is not on or off", key, v->str);
		else
			c->colours = b;
	} else if (strcmp(key, "date-format") == 0) {
		if (!config_scalar(c, file, key, v))
			return;
		if (!config_date_format_ok(v->str)) {
			config_warn(c, file, v->line, "date-format: '%s' is not iso nor a "
			            "pattern of %%Y %%m %%d %%b ... of at most 16 bytes", v->str);
			return;
		}
		free(c->date_format);
		c->date_format = xstrdup(v->str);
	} else {
		config_warn(c, file, k->line, "unknown key '%s' (keys: post, keymap, "
		            "colours, date-format)", key);
	}
}

void config_parse(struct config *c, const char *yaml, size_t len, const char *file)
{
	struct ct_error err = { "" };
	struct ys_doc *doc = ys_load(yaml, len, file, &err);
	if (!doc) {
		config_warn(c, NULL, 0, "%s", err.msg);
		return;
	}
	const struct ys_node *root = doc->root;
	if (root && !(root->kind == YS_SCALAR && ys_is_null(root))) {
		if (root->kind != YS_MAP) {
			config_warn(c, file, root->line, "the file is not a list of "
			            "'key: value' lines");
		} else {
			for (size_t i = 0; i + 1 < root->nkids; i += 2) {
				const struct ys_node *k = root->kids[i];
				bool again = false;
				for (size_t j = 0; j < i && !again; j += 2)
					again = strcmp(root->kids[j]->str, k->str) == 0;
				if (again)
					config_warn(c, file, k->line, "'%s' given again; the first "
					            "stands", k->str);
				else
					config_key(c, file, k, root->kids[i + 1]);
			}
		}
	}
	ys_doc_free(doc);
}

void config_load(struct config *c)
{
	char *base = xdg_dir(XDG_CONFIG);
	if (!base)
		return;
	char *path = xprintf("%s/cabletrack/config.yaml", base);
	free(base);
	char *buf = NULL;
	size_t len = 0;
	struct ct_error err = { "" };
	int rc = ys_read_file(path, &buf, &len, NULL, &err);
	if (rc == 0) {
		c->file = xstrdup(path);
		config_parse(c, buf, len, path);
	} else if (rc < 0) {
		config_warn(c, NULL, 0, "%s", err.msg);
	}
	free(buf);
	free(path);
}

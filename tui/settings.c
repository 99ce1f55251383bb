/* settings.c - the settings file put in force.  See settings.h. */
#include "settings.h"

#include <stdio.h>
#include <string.h>

#include "due.h"
#include "post_arg.h"

/* The keymap: name (the option's or the config's), falling back when it
 * cannot be loaded.  0, or 2 when the option names no keymap at all. */
static int settings_keymap(struct settings *s, struct app *a, const char *name,
                           bool from_cli)
{
	struct ct_error err = { "" };
	if (keymap_load(name, &a->km, &err) == 0 && a->km)
		return 0;
	if (from_cli && strncmp(err.msg, "no keymap '", 11) == 0) {
		fprintf(stderr, "cabletrack: keymap %s: %s\n", name, err.msg);
		return 2;                  /* a name that is no keymap: a typo */
	}
	char w[600];
	struct ct_error e2 = { "" };
	const char *use = name;
	if (strchr(name, '/') || keymap_load_shipped(name, &a->km, &e2) != 0) {
		use = "default";
		if (keymap_load_shipped(use, &a->km, &e2) != 0) {
			fprintf(stderr, "cabletrack: keymap default: %s\n", e2.msg);
			return 2;
		}
	}
	snprintf(w, sizeof w, "keymap %s: %s; the shipped %s keymap is used", name,
	         err.msg, use);
	config_add_warning(&s->cfg, w);
	return 0;
}

int settings_load(struct settings *s, struct app *a, const char *cli_keymap,
                  const char **post)
{
	config_init(&s->cfg);
	config_load(&s->cfg);
	const struct config *c = &s->cfg;
	if (!*post && c->post) {
		const char *p = c->post;
		if (post_arg_check(&p, s->post_buf, sizeof s->post_buf) == 0) {
			*post = p;
		} else {
			char w[400];
			snprintf(w, sizeof w, "%s:%zu: post: '%s' names no one post (ignored)",
			         c->file, c->post_line, c->post);
			config_add_warning(&s->cfg, w);
		}
	}
	const char *km = cli_keymap ? cli_keymap : c->keymap ? c->keymap : "default";
	int rc = settings_keymap(s, a, km, cli_keymap != NULL);
	if (rc != 0)
		return rc;
	a->colour = c->colours < 0 ? 0 : c->colours ? 1 : -1;
	due_set_format(c->date_format);
	return 0;
}

void settings_show(const struct settings *s, struct app *a)
{
	const struct config *c = &s->cfg;
	for (size_t i = 0; i < c->nwarnings; i++)
		fprintf(stderr, "cabletrack: %s\n", c->warnings[i]);
	if (c->nwarnings == 0)
		return;
	char first[1200], more[64] = "";
	if (c->nwarnings > 1)
		snprintf(more, sizeof more, " (and %zu more, listed when cabletrack ends)",
		         c->nwarnings - 1);
	/* after what the first screen has to say already (a read-only review) */
	snprintf(first, sizeof first, "%s%s%s%s", a->msg, a->msg[0] ? "; " : "",
	         c->warnings[0], more);
	app_message(a, true, "%s", first);
}

void settings_free(struct settings *s)
{
	due_set_format(NULL);
	config_free(&s->cfg);
}

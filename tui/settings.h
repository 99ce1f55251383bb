/* settings.h - the settings file (core/config/config.h) put in force for
 * the review program (settings.c): the post and keymap when the options
 * do not name them, colours, the deadlines' date format; every warning on
 * standard error and the first on the first screen's status line. */
#ifndef CABLETRACK_TUI_SETTINGS_H
#define CABLETRACK_TUI_SETTINGS_H

#include "app.h"
#include "config/config.h"

struct settings {
	struct config cfg;
	char post_buf[128];          /* the config's post, as post_arg read it */
};

/* Reads the config and sets a's keymap (cli_keymap, else the config's,
 * else default; a user keymap with an error falls back to the shipped one
 * of that name, else the shipped default, with a warning), *post when it
 * is NULL (the config's, checked: one that names no post is a warning),
 * colours and the date format.  0, or 2 (usage: cli_keymap names no
 * keymap at all), said on stderr. */
int settings_load(struct settings *s, struct app *a, const char *cli_keymap,
                  const char **post);
/* The warnings: each on stderr (seen after the program ends), the first
 * (and how many more) on the status line. */
void settings_show(const struct settings *s, struct app *a);
void settings_free(struct settings *s);

#endif

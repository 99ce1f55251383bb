/* config.h - the user's settings: $XDG_CONFIG_HOME/cabletrack/config.yaml.
 *
 *   post: USOSCE            # the post when --post is not given
 *   keymap: vi              # the keymap when --keymap is not given
 *   colours: off            # on | off (also "colors"; yes/no, true/false)
 *   date-format: "%d %b %Y" # deadlines: iso (2008-10-15), or a pattern of
 *                           # %Y %y %m %d %e %b %B %a %A %j %% and text
 *
 * Every key is optional.  Nothing here is fatal: an unknown key, a value
 * of the wrong kind, a key given twice (the first stands) or a file that
 * is no YAML is a warning "file:line: why (ignored)" and the rest is
 * taken.  The values are checked for their form only; whether the post
 * or keymap exists is the caller's to find out (and to warn about).
 * Pure: no printing, no global state.
 */
#ifndef CABLETRACK_CONFIG_H
#define CABLETRACK_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

struct config {
	char *file;           /* the file read, or NULL (none) */
	char *post;           /* NULL: not set */
	size_t post_line;
	char *keymap;
	size_t keymap_line;
	int colours;          /* -1 not set, 0 off, 1 on */
	char *date_format;    /* NULL: not set (iso) */
	char **warnings;      /* "file:line: why (ignored)" */
	size_t nwarnings;
};

void config_init(struct config *c);
/* The settings in yaml[0..len); file names the warnings. */
void config_parse(struct config *c, const char *yaml, size_t len, const char *file);
/* The user's config.yaml (none: nothing set, no warning). */
void config_load(struct config *c);
void config_free(struct config *c);
/* One warning more (a caller's: the post names none, the keymap failed). */
void config_add_warning(struct config *c, const char *msg);

/* A deadline (days since 1970-01-01) in the date format fmt (NULL or
 * "iso": YYYY-MM-DD) into buf; "" when fmt cannot make one. */
const char *config_format_date(const char *fmt, long days, char *buf, size_t size);
/* Does fmt make a date of 1 to CONFIG_DATE_MAX bytes, with only the
 * conversions above? */
#define CONFIG_DATE_MAX 16
bool config_date_format_ok(const char *fmt);

#endif

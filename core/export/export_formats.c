/* export_formats.c - the one table of export formats.
 *
 * In: a format's name or alias (from --format or the TUI's picker), or its
 * enum.  Out: its row: name, aliases, file extension, writer and one-line
 * description.  `cabletrack export` takes its --format names, its usage
 * text and its "unknown format" message from this table, and the TUI's
 * export picker its choices and default file extension, so a format added
 * here is offered everywhere at once.
 */
#include "export/export.h"

#include <string.h>

static const struct export_format_info export_format_table[EXPORT_NFORMATS] = {
	[EXPORT_MD] = { EXPORT_MD, "md", { "markdown", NULL }, "md",
	                export_md, "GitHub task list" },
	[EXPORT_ORG] = { EXPORT_ORG, "org", { NULL }, "org",
	                 export_org, "Org mode TODO headings" },
	[EXPORT_TODO] = { EXPORT_TODO, "todo", { "todo.txt", NULL }, "txt",
	                  export_todo, "todo.txt, one task a line" },
	[EXPORT_CSV] = { EXPORT_CSV, "csv", { NULL }, "csv",
	                 export_csv, "comma-separated values, RFC 4180" },
	[EXPORT_ICS] = { EXPORT_ICS, "ics", { "ical", NULL }, "ics",
	                 export_ics, "iCalendar VTODO, RFC 5545" },
	[EXPORT_YAML] = { EXPORT_YAML, "yaml", { "yml", NULL }, "yaml",
	                  export_yaml, "YAML, a list of tasks" },
	[EXPORT_JSON] = { EXPORT_JSON, "json", { "taskwarrior", NULL }, "json",
	                  export_json, "Taskwarrior: task import FILE" },
};

const struct export_format_info *export_formats(size_t *n)
{
	*n = EXPORT_NFORMATS;
	return export_format_table;
}

const struct export_format_info *export_format_get(enum export_format f)
{
	if ((int)f < 0 || f >= EXPORT_NFORMATS)
		return NULL;
	return &export_format_table[f];
}

const struct export_format_info *export_format_find(const char *name)
{
	for (size_t i = 0; name && i < EXPORT_NFORMATS; i++) {
		const struct export_format_info *fi = &export_format_table[i];
		if (strcmp(name, fi->name) == 0)
			return fi;
		for (size_t k = 0; k < EXPORT_MAX_ALIASES && fi->aliases[k]; k++)
			if (strcmp(name, fi->aliases[k]) == 0)
				return fi;
	}
	return NULL;
}

int export_format_parse(const char *name, enum export_format *out)
{
	const struct export_format_info *fi = export_format_find(name);
	if (!fi)
		return -1;
	*out = fi->id;
	return 0;
}

const char *export_format_name(enum export_format f)
{
	const struct export_format_info *fi = export_format_get(f);
	return fi ? fi->name : "?";
}

void export_format_names(struct buf *out, const char *sep, const char *last)
{
	for (size_t i = 0; i < EXPORT_NFORMATS; i++) {
		if (i > 0)
			buf_puts(out, i + 1 == EXPORT_NFORMATS ? last : sep);
		buf_puts(out, export_format_table[i].name);
	}
}

void export_write(enum export_format f, const struct export_list *l,
                  struct buf *out)
{
	const struct export_format_info *fi = export_format_get(f);
	if (fi)
		fi->write(l, out);
}

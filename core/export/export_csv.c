/* export_csv.c - RFC 4180 CSV: a header row, then one row per tasking.
 *
 * CRLF after every record (line breaks inside a note become CRLF too); a
 * field is quoted when it holds a comma, a quote, CR or LF, with quotes
 * doubled.  A field that a spreadsheet would run as a formula (it starts
 * with = + - @ TAB or CR) gets a leading apostrophe (OWASP ASVS 1.2.10).
 * The header row must be the first record, so the overall marking rides
 * on every row in the last column instead of a banner line.  origin says
 * whose the line is: auto (the finder's), manual (a tasking the reviewer
 * added), reworded (the finder's tasking in the reviewer's words). */
#include "export/export.h"

#include <stdio.h>
#include <string.h>

static void csv_field(struct buf *out, const char *s, bool last)
{
	if (!s)
		s = "";
	bool guard = *s && strchr("=+-@\t\r", *s);
	bool quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		buf_putc(out, '"');
	if (guard)
		buf_putc(out, '\'');
	for (; *s; s++) {
		if (*s == '"')
			buf_puts(out, "\"\"");
		else if (*s == '\n')
			buf_puts(out, "\r\n");
		else if (*s != '\r')
			buf_putc(out, *s);
	}
	if (quote)
		buf_putc(out, '"');
	buf_puts(out, last ? "\r\n" : ",");
}

void export_csv(const struct export_list *l, struct buf *out)
{
	static const char *const head[] = {
		"uuid", "cable", "paragraph", "classification", "post", "party",
		"summary", "deadline", "status", "note", "origin", "subject", "dtg",
		"banner",
	};
	size_t nh = sizeof head / sizeof *head;
	for (size_t i = 0; i < nh; i++)
		csv_field(out, head[i], i + 1 == nh);
	for (size_t i = 0; i < l->n; i++) {
		const struct export_item *it = &l->items[i];
		char para[16];
		snprintf(para, sizeof para, "%d", it->paragraph);
		csv_field(out, it->uuid, false);
		csv_field(out, it->src->id, false);
		csv_field(out, para, false);
		csv_field(out, it->portion, false);
		csv_field(out, it->post, false);
		csv_field(out, it->party, false);
		csv_field(out, it->summary, false);
		csv_field(out, it->deadline, false);
		csv_field(out, export_status_name(it->status), false);
		csv_field(out, it->note, false);
		csv_field(out, export_origin(it), false);
		csv_field(out, it->src->subject, false);
		csv_field(out, it->src->dtg, false);
		csv_field(out, l->banner, true);
	}
}

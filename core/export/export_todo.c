/* export_todo.c - todo.txt: one task per line.
 *
 *   [x COMPLETED ]CREATED ¶4 (SBU) summary +08STATE104535 @USOSCE
 *       due:2008-10-15 id:<uuid>[ status:doing]
 *
 * The creation date is the cable's DTG date; a done task starts with "x "
 * and the export date.  The text never starts with "(X) " (that would be a
 * priority): it starts with the paragraph sign.  todo.txt has no comments,
 * so the banner and the cable lines are "# " lines first and last. */
#include "export/export.h"

#include <stdio.h>
#include <string.h>

/* A +project or @context word: no spaces. */
static void todo_word(struct buf *out, const char *s)
{
	for (; *s; s++)
		buf_putc(out, *s == ' ' ? '_' : *s);
}

static void todo_item(const struct export_list *l, const struct export_item *it,
                      struct buf *out)
{
	if (it->status == STATUS_DONE || it->status == STATUS_DROPPED) {
		struct tm tm;
		time_t now = l->now;
		if (gmtime_r(&now, &tm))
			buf_printf(out, "x %04d-%02d-%02d ", (tm.tm_year + 1900) % 10000,
			           tm.tm_mon + 1, tm.tm_mday);
		else
			buf_puts(out, "x ");
	}
	const struct dtg *d = &it->src->cable->dtg;
	if (d->valid)
		buf_printf(out, "%04d-%02d-%02d ", d->year % 10000, d->month % 100,
		           d->day % 100);
	buf_printf(out, "¶%d ", it->paragraph);
	export_title(it, out);
	if (it->note) {
		buf_puts(out, " Note: ");
		export_flat(it->note, out);
	}
	buf_puts(out, " +");
	todo_word(out, it->src->id);
	buf_puts(out, " @");
	todo_word(out, it->post);
	if (it->deadline)
		buf_printf(out, " due:%s", it->deadline);
	buf_printf(out, " id:%s", it->uuid);
	if (it->status == STATUS_DOING || it->status == STATUS_DROPPED)
		buf_printf(out, " status:%s", export_status_name(it->status));
	buf_putc(out, '\n');
}

void export_todo(const struct export_list *l, struct buf *out)
{
	buf_printf(out, "# %s\n", l->banner);
	for (size_t i = 0; i < l->ncables; i++) {
		const struct export_cable *c = &l->cables[i];
		buf_printf(out, "# %s", c->id);
		if (c->dtg)
			buf_printf(out, " (%s)", c->dtg);
		if (c->subject)
			buf_printf(out, ": %s", c->subject);
		buf_putc(out, '\n');
	}
	for (size_t i = 0; i < l->n; i++)
		todo_item(l, &l->items[i], out);
	buf_printf(out, "# %s\n", l->banner);
}

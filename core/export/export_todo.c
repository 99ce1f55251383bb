/* export_todo.c - todo.txt: one task per line, and nothing else.
 *
 *   [x COMPLETED ]CREATED ¶4 (SBU) summary[ Note: note] +08STATE104535
 *       @USOSCE due:2008-10-15 class:UNCLASSIFIED//SENSITIVE id:<uuid>
 *       [ status:doing][ origin:manual|reworded]
 *
 * todo.txt has no comments: every line is a task (todo.sh lists any line),
 * so there is no banner line; each task carries its cable's overall
 * marking as class: (spaces as '_').  The creation date is the cable's DTG
 * date; a done task starts with "x " and the date of its status change
 * (else the export date).  The text never starts with "(X) " (that would
 * be a priority): it starts with the paragraph sign.  Free text (summary,
 * note) cannot add metadata: a word that starts with @ or + gets the
 * full-width sign (＠ ＋) and the colon of a key:value word becomes
 * U+A789 (꞉), so a note "call @Smith re +budget due:2001-01-01" adds no
 * context, project or due date.  origin: marks the reviewer's lines: a
 * tasking the reviewer added (manual) or a line reworded. */
#include "export/export.h"

#include <stdio.h>
#include <string.h>

/* A +project, @context or key:value word: no spaces. */
static void todo_word(struct buf *out, const char *s)
{
	for (; *s; s++)
		buf_putc(out, *s == ' ' ? '_' : *s);
}

/* Free text that todo.txt readers take as text only. */
static void todo_text(struct buf *out, const char *s)
{
	bool word_start = true;
	for (const char *p = s; p && *p; p++) {
		char c = *p;
		if (c == ' ') {
			buf_putc(out, c);
			word_start = true;
			continue;
		}
		if (word_start && (c == '@' || c == '+') && p[1] && p[1] != ' ')
			buf_puts(out, c == '@' ? "\xef\xbc\xa0" : "\xef\xbc\x8b");
		else if (c == ':' && !word_start && p[1] && p[1] != ' ')
			buf_puts(out, "\xea\x9e\x89");
		else
			buf_putc(out, c);
		word_start = false;
	}
}

/* "YYYY-MM-DD " of the status change ("YYYY-MM-DDT..."), else of now. */
static void todo_done_date(const struct export_list *l, const struct export_item *it,
                           struct buf *out)
{
	if (it->status_at && strlen(it->status_at) >= 10) {
		buf_printf(out, "x %.10s ", it->status_at);
		return;
	}
	struct tm tm;
	time_t now = l->now;
	if (gmtime_r(&now, &tm))
		buf_printf(out, "x %04d-%02d-%02d ", (tm.tm_year + 1900) % 10000,
		           tm.tm_mon + 1, tm.tm_mday);
	else
		buf_puts(out, "x ");
}

static void todo_item(const struct export_list *l, const struct export_item *it,
                      struct buf *out)
{
	if (it->status == STATUS_DONE || it->status == STATUS_DROPPED)
		todo_done_date(l, it, out);
	const struct dtg *d = &it->src->date;
	if (d->valid)
		buf_printf(out, "%04d-%02d-%02d ", d->year % 10000, d->month % 100,
		           d->day % 100);
	buf_printf(out, "¶%d ", it->paragraph);
	struct buf t;
	buf_init(&t);
	export_title(it, &t);
	if (it->note) {
		buf_puts(&t, " Note: ");
		export_flat(it->note, &t);
	}
	todo_text(out, buf_str(&t));
	buf_free(&t);
	buf_puts(out, " +");
	todo_word(out, it->src->id);
	buf_puts(out, " @");
	todo_word(out, it->post);
	if (it->deadline)
		buf_printf(out, " due:%s", it->deadline);
	buf_puts(out, " class:");
	todo_word(out, it->src->marking);
	buf_printf(out, " id:%s", it->uuid);
	if (it->status == STATUS_DOING || it->status == STATUS_DROPPED)
		buf_printf(out, " status:%s", export_status_name(it->status));
	if (it->manual || it->reworded)
		buf_printf(out, " origin:%s", export_origin(it));
	buf_putc(out, '\n');
}

void export_todo(const struct export_list *l, struct buf *out)
{
	for (size_t i = 0; i < l->n; i++)
		todo_item(l, &l->items[i], out);
}

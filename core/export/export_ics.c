/* export_ics.c - iCalendar (RFC 5545): one VTODO per tasking.
 *
 * CRLF line ends; TEXT values escape \ ; , and newline (3.3.11); content
 * lines longer than 75 octets are folded with CRLF + space, never inside a
 * UTF-8 sequence (3.1).  Each VTODO has UID (<uuid>@cabletrack, stable),
 * DTSTAMP (the export time), SUMMARY, DESCRIPTION, DUE;VALUE=DATE when there
 * is a deadline, STATUS, COMPLETED for a done item (the time of the status
 * change from the review, else the export time), PRIORITY from the cable's
 * precedence (export_priority), CATEGORIES with the post and the cable id,
 * and LAST-MODIFIED (the export time) and SEQUENCE (minutes from the
 * cable's DTG to the export), so that a calendar that imports a newer
 * export takes it as a revision and updates the task.  The banner is the
 * calendar's name, with what the export covers (export_scope), and the
 * first and last line of every description, which also says the party,
 * the deadline, whether the reviewer added the tasking or reworded its
 * line (and the finder's line then), and the item's id (calcurse keeps
 * only the summary, the priority and the description of a VTODO); CLASS
 * is CONFIDENTIAL for a classified export, PRIVATE otherwise. */
#include "export/export.h"

#include <string.h>

#include "base/date.h"

/* Appends one content line (without its end) folded at 75 octets, + CRLF. */
static void ics_line(struct buf *out, const char *s, size_t n)
{
	size_t col = 0;
	size_t i = 0;
	while (i < n) {
		size_t k = 1;           /* length of the UTF-8 sequence at i */
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xf0)
			k = 4;
		else if (c >= 0xe0)
			k = 3;
		else if (c >= 0xc0)
			k = 2;
		if (k > n - i)
			k = n - i;
		if (col + k > 75) {
			buf_puts(out, "\r\n ");
			col = 1;
		}
		buf_add(out, s + i, k);
		col += k;
		i += k;
	}
	buf_puts(out, "\r\n");
}

static void ics_text(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '\\': buf_puts(out, "\\\\"); break;
		case ';': buf_puts(out, "\\;"); break;
		case ',': buf_puts(out, "\\,"); break;
		case '\n': buf_puts(out, "\\n"); break;
		case '\r': break;
		default: buf_putc(out, *s);
		}
	}
}

/* A property line "NAME:" + escaped text value. */
static void ics_prop(struct buf *out, struct buf *line, const char *name,
                     const char *text)
{
	buf_reset(line);
	buf_printf(line, "%s:", name);
	ics_text(line, text);
	ics_line(out, buf_str(line), line->len);
}

static const char *ics_status(enum review_status s)
{
	switch (s) {
	case STATUS_DOING: return "IN-PROCESS";
	case STATUS_DONE: return "COMPLETED";
	case STATUS_DROPPED: return "CANCELLED";
	case STATUS_OPEN: break;
	}
	return "NEEDS-ACTION";
}

/* COMPLETED, PRIORITY, LAST-MODIFIED, SEQUENCE. */
static void ics_revision(const struct export_list *l, const struct export_item *it,
                         const char *stamp, struct buf *out)
{
	if (it->status == STATUS_DONE) {
		const char *at = it->status_at;
		if (at && strlen(at) == 20)     /* YYYY-MM-DDTHH:MM:SSZ */
			buf_printf(out, "COMPLETED:%.4s%.2s%.2sT%.2s%.2s%.2sZ\r\n", at, at + 5,
			           at + 8, at + 11, at + 14, at + 17);
		else
			buf_printf(out, "COMPLETED:%s\r\n", stamp);
	}
	int prio = export_priority(it->src->precedence);
	if (prio)
		buf_printf(out, "PRIORITY:%d\r\n", prio);
	buf_printf(out, "LAST-MODIFIED:%s\r\n", stamp);
	const struct dtg *d = &it->src->date;
	long long from = d->valid ? days_from_civil(d->year, d->month, d->day) * 86400LL +
	                            d->hour * 3600LL + d->minute * 60LL : 0;
	long long seq = ((long long)l->now - from) / 60;
	if (seq < 0)
		seq = 0;
	if (seq > 2147483647LL)
		seq = 2147483647LL;
	buf_printf(out, "SEQUENCE:%lld\r\n", seq);
}

static void ics_item(const struct export_list *l, const struct export_item *it,
                     const char *stamp, const char *klass, struct buf *out)
{
	struct buf line, t;
	buf_init(&line);
	buf_init(&t);
	buf_puts(out, "BEGIN:VTODO\r\n");
	buf_printf(&line, "UID:%s@cabletrack", it->uuid);
	ics_line(out, buf_str(&line), line.len);
	buf_printf(out, "DTSTAMP:%s\r\n", stamp);
	export_title(it, &t);
	ics_prop(out, &line, "SUMMARY", buf_str(&t));

	buf_reset(&t);
	buf_printf(&t, "%s\n%s ¶%d", l->banner, it->src->id, it->paragraph);
	if (it->src->dtg)
		buf_printf(&t, " (%s)", it->src->dtg);
	if (it->src->subject)
		buf_printf(&t, ": %s", it->src->subject);
	buf_printf(&t, "\nFor: %s", it->party);
	if (it->manual)
		buf_puts(&t, "\nAdded by the reviewer");
	else if (it->finder_summary)
		buf_printf(&t, "\nReworded by the reviewer; the finder's line: %s",
		           it->finder_summary);
	else if (it->reworded)
		buf_puts(&t, "\nReworded by the reviewer");
	if (it->deadline)
		buf_printf(&t, "\nDue: %s", it->deadline);
	buf_printf(&t, "\nCable marking: %s", it->src->marking);
	if (it->portion)
		buf_printf(&t, "\nParagraph marking: %s", it->portion);
	if (it->note)
		buf_printf(&t, "\nNote: %s", it->note);
	buf_printf(&t, "\nId: %s\n%s", it->uuid, l->banner);
	ics_prop(out, &line, "DESCRIPTION", buf_str(&t));

	int y, m, d;
	if (date_parse(it->deadline, &y, &m, &d))
		buf_printf(out, "DUE;VALUE=DATE:%04d%02d%02d\r\n", y, m, d);
	buf_printf(out, "STATUS:%s\r\n", ics_status(it->status));
	if (it->status == STATUS_DONE)
		buf_puts(out, "PERCENT-COMPLETE:100\r\n");
	ics_revision(l, it, stamp, out);
	buf_printf(out, "CLASS:%s\r\n", klass);
	buf_reset(&line);
	buf_puts(&line, "CATEGORIES:");
	ics_text(&line, it->post);
	buf_putc(&line, ',');
	ics_text(&line, it->src->id);
	ics_line(out, buf_str(&line), line.len);
	buf_puts(out, "END:VTODO\r\n");
	buf_free(&line);
	buf_free(&t);
}

void export_ics(const struct export_list *l, struct buf *out)
{
	char stamp[17];
	export_stamp(l->now, stamp);
	const char *klass = strncmp(l->banner, "UNCLAS", 6) == 0 ? "PRIVATE"
	                                                          : "CONFIDENTIAL";
	struct buf line;
	buf_init(&line);
	buf_puts(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	         "PRODID:-//cabletrack//cabletrack checklist//EN\r\n"
	         "CALSCALE:GREGORIAN\r\n");
	buf_printf(&line, "%s - taskings: ", l->banner);
	export_scope(l, &line);
	struct buf name;
	buf_init(&name);
	buf_puts(&name, buf_str(&line));
	ics_prop(out, &line, "X-WR-CALNAME", buf_str(&name));
	buf_free(&name);
	buf_free(&line);
	for (size_t i = 0; i < l->n; i++)
		ics_item(l, &l->items[i], stamp, klass, out);
	buf_puts(out, "END:VCALENDAR\r\n");
}

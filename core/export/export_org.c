/* export_org.c - Org mode: one TODO heading per tasking, under its post.
 *
 *   BANNER
 *   #+TITLE: Taskings: 08STATE104535
 *   #+TODO: TODO DOING | DONE DROPPED
 *   - 08STATE104535 (302227Z SEP 08): SUBJECT
 *   * USMISSION USOSCE
 *   ** TODO 08STATE104535 ¶4 (SBU) summary  :USOSCE:
 *   DEADLINE: <2008-10-15 Wed>
 *   :PROPERTIES:
 *   :ID: <uuid>
 *   ...
 *   :ORIGIN: manual | reworded      (the reviewer's tasking or line)
 *   :FINDER_SUMMARY: the finder's line, when reworded
 *   :END:
 *     note lines
 *   # BANNER
 *
 * The planning line comes directly after its heading (org-syntax): CLOSED
 * with the time of the status change (UTC, from the review) for DONE and
 * DROPPED items, and DEADLINE.  The closing banner is a comment line, not
 * a heading, so that what a user appends stays where they put it.  Text
 * (titles, notes) never makes a timestamp: a '<' before a digit or '%'
 * gets a zero-width space after it, the escape the Org manual gives, so a
 * note "<2001-01-01 Mon>" puts nothing in the agenda. */
#include "export/export.h"

#include <string.h>

#include "base/date.h"

/* n bytes of text, an active timestamp's '<' disarmed (U+200B after it). */
static void org_text(struct buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		buf_putc(out, s[i]);
		if (s[i] == '<' && i + 1 < n &&
		    ((s[i + 1] >= '0' && s[i + 1] <= '9') || s[i + 1] == '%'))
			buf_puts(out, "\xe2\x80\x8b");
	}
}

/* Body text: each line indented, so none can start a heading. */
static void org_body(struct buf *out, const char *s)
{
	while (s && *s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (n) {
			buf_puts(out, "  ");
			org_text(out, s, n);
		}
		buf_putc(out, '\n');
		s += n + (e ? 1 : 0);
	}
}

static const char *org_keyword(enum review_status s)
{
	switch (s) {
	case STATUS_DOING: return "DOING";
	case STATUS_DONE: return "DONE";
	case STATUS_DROPPED: return "DROPPED";
	case STATUS_OPEN: break;
	}
	return "TODO";
}

static void org_item(const struct export_item *it, struct buf *out)
{
	static const char *const wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	buf_printf(out, "** %s %s ¶%d ", org_keyword(it->status), it->src->id,
	           it->paragraph);
	struct buf t;
	buf_init(&t);
	export_title(it, &t);
	org_text(out, t.data ? t.data : "", t.len);
	buf_free(&t);
	buf_printf(out, " :%s:\n", it->post);
	int y, m, d;
	bool closed = (it->status == STATUS_DONE || it->status == STATUS_DROPPED) &&
	              it->status_at && strlen(it->status_at) == 20;
	if (closed) {
		char day[11];
		memcpy(day, it->status_at, 10);
		day[10] = '\0';
		closed = date_parse(day, &y, &m, &d);
		if (closed)
			buf_printf(out, "CLOSED: [%s %s %.5s]", day, wd[weekday(y, m, d) % 7],
			           it->status_at + 11);
	}
	bool due = date_parse(it->deadline, &y, &m, &d);
	if (due)
		buf_printf(out, "%sDEADLINE: <%s %s>", closed ? " " : "", it->deadline,
		           wd[weekday(y, m, d) % 7]);
	if (closed || due)
		buf_putc(out, '\n');
	buf_printf(out, ":PROPERTIES:\n:ID: %s\n:CABLE: %s\n:PARAGRAPH: %d\n"
	           ":PARTY: %s\n", it->uuid, it->src->id, it->paragraph, it->party);
	buf_printf(out, ":CLASSIFICATION: %s\n", it->src->marking);
	if (it->portion)
		buf_printf(out, ":PORTION: %s\n", it->portion);
	if (it->manual || it->reworded)
		buf_printf(out, ":ORIGIN: %s\n", export_origin(it));
	if (it->finder_summary) {
		buf_puts(out, ":FINDER_SUMMARY: ");
		org_text(out, it->finder_summary, strlen(it->finder_summary));
		buf_putc(out, '\n');
	}
	buf_puts(out, ":END:\n");
	if (it->note)
		org_body(out, it->note);
}

void export_org(const struct export_list *l, struct buf *out)
{
	buf_printf(out, "%s\n#+TITLE: Taskings: ", l->banner);
	export_scope(l, out);
	buf_puts(out, "\n#+TODO: TODO DOING | DONE DROPPED\n");
	for (size_t i = 0; i < l->ncables; i++) {
		const struct export_cable *c = &l->cables[i];
		if (!c->nitems && l->ncables > 1)
			continue;
		buf_printf(out, "- %s", c->id);
		if (c->dtg)
			buf_printf(out, " (%s)", c->dtg);
		if (c->subject)
			buf_printf(out, ": %s", c->subject);
		buf_putc(out, '\n');
	}
	const char *party = NULL;
	for (size_t i = 0; i < l->n; i++) {
		const struct export_item *it = &l->items[i];
		if (!party || strcmp(party, it->party) != 0) {
			party = it->party;
			buf_printf(out, "* %s\n", party);
		}
		org_item(it, out);
	}
	buf_printf(out, "# %s\n", l->banner);
}

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
 *   :END:
 *     note lines
 *   * BANNER
 *
 * The planning line comes directly after its heading (org-syntax); the
 * closing banner is a heading of its own so that it belongs to no item. */
#include "export/export.h"

#include <string.h>

#include "base/date.h"

/* Body text: each line indented, so none can start a heading. */
static void org_body(struct buf *out, const char *s)
{
	while (s && *s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (n) {
			buf_puts(out, "  ");
			buf_add(out, s, n);
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
	export_title(it, out);
	buf_printf(out, " :%s:\n", it->post);
	int y, m, d;
	if (date_parse(it->deadline, &y, &m, &d))
		buf_printf(out, "DEADLINE: <%s %s>\n", it->deadline, wd[weekday(y, m, d) % 7]);
	buf_printf(out, ":PROPERTIES:\n:ID: %s\n:CABLE: %s\n:PARAGRAPH: %d\n"
	           ":PARTY: %s\n", it->uuid, it->src->id, it->paragraph, it->party);
	if (it->portion)
		buf_printf(out, ":CLASSIFICATION: %s\n", it->portion);
	if (it->manual)
		buf_puts(out, ":ORIGIN: manual\n");
	buf_puts(out, ":END:\n");
	if (it->note)
		org_body(out, it->note);
}

void export_org(const struct export_list *l, struct buf *out)
{
	buf_printf(out, "%s\n#+TITLE: Taskings: ", l->banner);
	export_cable_ids(l, out);
	buf_puts(out, "\n#+TODO: TODO DOING | DONE DROPPED\n");
	for (size_t i = 0; i < l->ncables; i++) {
		const struct export_cable *c = &l->cables[i];
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
	buf_printf(out, "* %s\n", l->banner);
}

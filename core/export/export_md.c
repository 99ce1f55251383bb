/* export_md.c - GitHub-flavoured Markdown task list.
 *
 *   **BANNER**
 *   # Taskings: 08STATE104535
 *   - 08STATE104535 (302227Z SEP 08): SUBJECT
 *   ## USMISSION USOSCE
 *   - [ ] 08STATE104535 ¶4 (SBU) summary **due 2008-10-15** <!-- id:UUID -->
 *   - [ ] ... summary *(reworded by the reviewer)* **due ...** <!-- ... -->
 *     Note: ...
 *   **BANNER**
 *
 * Text is inline content: the characters with inline meaning are
 * backslash-escaped (CommonMark 2.4), so a summary cannot open emphasis,
 * links, HTML, code spans or strike-through.  Each item ends with its id
 * in an HTML comment, which renderers do not show, so that it can be
 * matched with the other formats.  The title names what the export
 * covers (export_scope), and the cable lines are the cables with items. */
#include "export/export.h"

#include <string.h>

static void md_text(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (strchr("\\`*_[]<>!&|~#{}$^", *s))
			buf_putc(out, '\\');
		buf_putc(out, *s);
	}
}

static void md_banner(const struct export_list *l, struct buf *out)
{
	buf_puts(out, "**");
	md_text(out, l->banner);
	buf_puts(out, "**\n");
}

static void md_item(const struct export_item *it, struct buf *out)
{
	bool done = it->status == STATUS_DONE || it->status == STATUS_DROPPED;
	buf_puts(out, done ? "- [x] " : "- [ ] ");
	if (it->status == STATUS_DROPPED)
		buf_puts(out, "~~");
	md_text(out, it->src->id);
	buf_printf(out, " ¶%d ", it->paragraph);
	struct buf t;
	buf_init(&t);
	export_title(it, &t);
	md_text(out, buf_str(&t));
	buf_free(&t);
	if (it->status == STATUS_DROPPED)
		buf_puts(out, "~~ *(dropped)*");
	else if (it->status == STATUS_DOING)
		buf_puts(out, " *(doing)*");
	if (it->manual)
		buf_puts(out, " *(added by the reviewer)*");
	else if (it->reworded)
		buf_puts(out, " *(reworded by the reviewer)*");
	if (it->deadline)
		buf_printf(out, " **due %s**", it->deadline);
	else
		buf_puts(out, " (no deadline)");
	buf_printf(out, " <!-- id:%s -->\n", it->uuid);
	if (it->note) {
		struct buf n;
		buf_init(&n);
		export_flat(it->note, &n);
		buf_puts(out, "  Note: ");
		md_text(out, buf_str(&n));
		buf_putc(out, '\n');
		buf_free(&n);
	}
}

void export_md(const struct export_list *l, struct buf *out)
{
	md_banner(l, out);
	buf_puts(out, "\n# Taskings: ");
	struct buf ids;
	buf_init(&ids);
	export_scope(l, &ids);
	md_text(out, buf_str(&ids));
	buf_free(&ids);
	buf_puts(out, "\n\n");
	for (size_t i = 0; i < l->ncables; i++) {
		const struct export_cable *c = &l->cables[i];
		if (!c->nitems && l->ncables > 1)
			continue;
		buf_puts(out, "- ");
		md_text(out, c->id);
		if (c->dtg) {
			buf_puts(out, " (");
			md_text(out, c->dtg);
			buf_putc(out, ')');
		}
		if (c->subject) {
			buf_puts(out, ": ");
			md_text(out, c->subject);
		}
		buf_putc(out, '\n');
	}
	const char *party = NULL;
	for (size_t i = 0; i < l->n; i++) {
		const struct export_item *it = &l->items[i];
		if (!party || strcmp(party, it->party) != 0) {
			party = it->party;
			buf_puts(out, "\n## ");
			md_text(out, party);
			buf_puts(out, "\n\n");
		}
		md_item(it, out);
	}
	if (l->n == 0)
		buf_puts(out, "\nNo taskings.\n");
	buf_putc(out, '\n');
	md_banner(l, out);
}

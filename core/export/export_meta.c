/* export_meta.c - what a checklist says about itself: each cable's own
 * marking and count of items, the scope line of a title, the item ids,
 * the note digest and the priority of a precedence. */
#include "export/export.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/sha1.h"

/* Namespace of the item UUIDs: RFC 4122's URL namespace, so that an id can
 * be checked with any uuid5 tool: uuid5(URL, "cabletrack:ID:PARA:PARTY"). */
static const unsigned char export_ns[16] = {
	0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
	0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
};

void export_item_uuid(const char *cable_id, int paragraph, const char *party,
                      char out[37])
{
	struct buf b;
	buf_init(&b);
	buf_printf(&b, "cabletrack:%s:%d:%s", cable_id ? cable_id : "", paragraph,
	           party ? party : "");
	uuid_v5(export_ns, buf_str(&b), b.len, out);
	buf_free(&b);
}

void export_note_digest(const char *note, char out[17])
{
	out[0] = '\0';
	if (!note || !*note)
		return;
	struct buf b;
	buf_init(&b);
	export_flat(note, &b);
	uint64_t h = 0xcbf29ce484222325ULL;     /* FNV-1a 64 */
	for (size_t i = 0; i < b.len; i++) {
		h ^= (unsigned char)b.data[i];
		h *= 0x100000001b3ULL;
	}
	buf_free(&b);
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

int export_priority(const char *precedence)
{
	static const struct { const char *word; int prio; } tab[] = {
		{ "FLASH", 1 }, { "IMMEDIATE", 3 }, { "PRIORITY", 5 }, { "ROUTINE", 7 },
	};
	/* "NIACT IMMEDIATE" is immediate; the first word found wins in the
	 * table's order, so "FLASH" outranks what follows it. */
	for (size_t i = 0; precedence && i < sizeof tab / sizeof *tab; i++)
		if (strstr(precedence, tab[i].word))
			return tab[i].prio;
	return 0;
}

void export_scope(const struct export_list *l, struct buf *out)
{
	if (l->ncables == 1) {
		buf_puts(out, l->cables[0].id);
		return;
	}
	bool names = l->nwith > 0 && l->nwith <= EXPORT_SCOPE_IDS;
	if (l->nwith != l->ncables || !names) {
		buf_printf(out, "%zu cables", l->ncables);
		if (l->nwith != l->ncables)
			buf_printf(out, ", %zu with items", l->nwith);
		if (!names)
			return;
		buf_puts(out, ": ");
	}
	const char *sep = "";
	for (size_t i = 0; i < l->ncables; i++) {
		if (!l->cables[i].nitems)
			continue;
		buf_printf(out, "%s%s", sep, l->cables[i].id);
		sep = ", ";
	}
}

/* "CONFIDENTIAL//SIPDIS//NOFORN": the classification and each caveat once. */
const char *export_marking(struct arena *a, const char *classification,
                           const struct cable *cb)
{
	if (!classification)
		return "UNMARKED";
	struct buf b;
	buf_init(&b);
	buf_puts(&b, classification);
	for (size_t k = 0; k < cb->ncaveats; k++) {
		const char *cv = export_clean(a, cb->caveats[k], false);
		if (!cv || !*cv)
			continue;
		bool dup = false;
		for (size_t j = 0; j < k && !dup; j++)
			dup = cb->caveats[j] && strcmp(cb->caveats[j], cb->caveats[k]) == 0;
		if (!dup)
			buf_printf(&b, "//%s", cv);
	}
	const char *r = b.failed ? classification : arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return r;
}

void export_meta_fill(struct export_list *l, const struct export_options *opt)
{
	for (size_t i = 0; i < l->ncables; i++)
		l->cables[i].nitems = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct export_item *it = &l->items[i];
		/* items point at their cable in l->cables */
		l->cables[it->src - l->cables].nitems++;
		int y, m, d;
		it->due_at = 0;
		if (date_parse(it->deadline, &y, &m, &d))
			it->due_at = opt && opt->midnight ? opt->midnight(y, m, d)
			                                  : days_from_civil(y, m, d) * 86400LL;
	}
	l->nwith = 0;
	for (size_t i = 0; i < l->ncables; i++)
		if (l->cables[i].nitems)
			l->nwith++;
}

/* import_apply.c - one imported task applied to its review item: the
 * status by a three-way comparison with the base the export wrote, the
 * annotations appended to the note (import.h says the rules). */
#include "export/import.h"

#include <string.h>

#include "base/buf.h"
#include "export/export.h"

/* Done or dropped. */
static bool import_closed(enum review_status s)
{
	return s == STATUS_DONE || s == STATUS_DROPPED;
}

/* a and b, whitespace runs aside, are the same text. */
static bool flat_same(const char *a, size_t alen, const char *b)
{
	struct buf x, y;
	buf_init(&x);
	buf_init(&y);
	buf_add(&x, a, alen);
	struct buf fx;
	buf_init(&fx);
	export_flat(buf_str(&x), &fx);
	export_flat(b, &y);
	bool same = fx.len == y.len && memcmp(buf_str(&fx), buf_str(&y), y.len) == 0;
	buf_free(&x);
	buf_free(&y);
	buf_free(&fx);
	return same;
}

/* The annotation is in the note: the whole note, the lines up to one of
 * them (what an earlier export flattened into one annotation), or one
 * line (what an earlier import appended). */
static bool note_holds(const char *note, const char *ann)
{
	if (!note)
		return false;
	for (const char *p = note;;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (flat_same(p, n, ann) || flat_same(note, (size_t)(p + n - note), ann))
			return true;
		if (!e)
			return false;
		p = e + 1;
	}
}

static void import_status(struct review *r, struct review_item *it,
                          const struct import_task *t, struct import_result *res)
{
	enum review_status ours = it->status, theirs = t->status;
	if (!t->has_status || theirs == ours)
		return;
	/* Without a base (todo.txt) the status as exported is unknown: only a
	 * task closed there (marked x) closes an item still open here; a
	 * line left open never reopens what the review has closed since. */
	if (!t->has_base && !(import_closed(theirs) && !import_closed(ours)))
		return;
	bool they_changed = !t->has_base || theirs != t->base;
	bool we_changed = t->has_base && ours != t->base;
	if (!they_changed)
		return;
	if (we_changed) {
		res->status_conflict = true;
		res->theirs = theirs;
		return;
	}
	res->status_changed = true;
	res->old_status = ours;
	res->new_status = theirs;
	review_set_status(r, it, theirs);
}

static void import_notes(struct review *r, struct review_item *it,
                         const struct import_task *t, struct import_result *res)
{
	struct buf note;
	buf_init(&note);
	if (it->note)
		buf_puts(&note, it->note);
	char now[17];
	export_note_digest(it->note, now);
	for (size_t i = 0; i < t->nnotes; i++) {
		const char *ann = t->notes[i];
		char d[17];
		export_note_digest(ann, d);
		if (!*ann || (t->has_base && *t->base_note && strcmp(d, t->base_note) == 0) ||
		    note_holds(buf_str(&note), ann))
			continue;
		if (note.len)
			buf_putc(&note, '\n');
		buf_puts(&note, ann);
		res->notes_added++;
	}
	if (res->notes_added) {
		res->note_conflict = t->has_base && strcmp(now, t->base_note) != 0;
		review_set_note(r, it, buf_str(&note));
	}
	buf_free(&note);
}

void import_apply(struct review *r, struct review_item *it,
                  const struct import_task *t, struct import_result *res)
{
	memset(res, 0, sizeof *res);
	import_status(r, it, t, res);
	import_notes(r, it, t, res);
}

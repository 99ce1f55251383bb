/* export_json.c - Taskwarrior import format (jansson).
 *
 * A JSON array, one object per tasking: uuid, status (pending, completed,
 * deleted), entry (the cable's DTG as YYYYMMDDTHHMMSSZ), description (one
 * line), due, end and start (the time of the status change, else the
 * export time), project (the cable id), tags (the short post name),
 * annotations (the note), then our own fields, which Taskwarrior keeps
 * (as UDAs when the user declares them, `export --taskrc`): cable,
 * paragraph, party, classification (the cable's overall marking), portion
 * (the paragraph's mark), dtg, origin (auto; manual: the reviewer added
 * it; reworded: the description is the reviewer's line, and findersummary
 * the finder's), and reviewstatus and reviewnote
 * (the status and a digest of the note as exported, the base that
 * `cabletrack import` compares both sides with).  `task import` matches by
 * uuid, so importing again updates these tasks.
 *
 * What Taskwarrior 2.6 needs:
 *  - every date at or after 1980-01-01T00:00:00Z: an earlier one crashes
 *    `task import` and loses the whole file.  An earlier entry is written
 *    as that instant (the true DTG stays in dtg); an earlier due is left
 *    out and the date written as deadline.
 *  - due is an instant: a date-only deadline is the instant that day
 *    begins where the user is (export_options.midnight), what `task add
 *    due:DATE` stores, so that `task` shows the same date in every zone.
 *  - a number in an unknown field is shown as "7.000000": paragraph is
 *    the string "7" (a numeric UDA reads it as 7).
 */
#include "export/export.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"

static const char *json_status(enum review_status s)
{
	switch (s) {
	case STATUS_DONE: return "completed";
	case STATUS_DROPPED: return "deleted";
	case STATUS_OPEN:
	case STATUS_DOING: break;
	}
	return "pending";
}

/* Sets key to a string; false when jansson refuses it. */
static bool json_put(json_t *o, const char *key, const char *s)
{
	json_t *v = s ? json_string(s) : json_null();
	return v && json_object_set_new(o, key, v) == 0;
}

/* Taskwarrior's first date: 1980-01-01T00:00:00Z. */
#define TW_EPOCH 315532800LL

/* "YYYYMMDDTHHMMSSZ" of an instant, or "" before Taskwarrior's first date. */
static void tw_stamp(long long t, char out[17])
{
	out[0] = '\0';
	if (t >= TW_EPOCH)
		export_stamp((time_t)t, out);
}

/* The review's "YYYY-MM-DDTHH:MM:SSZ" as an instant; fallback when absent
 * or unreadable. */
static long long tw_iso_time(const char *s, long long fallback)
{
	int y, mo, d, h, mi, sec;
	char date[11];
	if (!s || strlen(s) != 20 || sscanf(s + 11, "%2d:%2d:%2d", &h, &mi, &sec) != 3)
		return fallback;
	memcpy(date, s, 10);
	date[10] = '\0';
	if (!date_parse(date, &y, &mo, &d))
		return fallback;
	return days_from_civil(y, mo, d) * 86400LL + h * 3600LL + mi * 60LL + sec;
}

/* Our own fields: where the task comes from and the base of an import. */
static bool json_ours(json_t *o, const struct export_item *it)
{
	char para[16], digest[17];
	snprintf(para, sizeof para, "%d", it->paragraph);
	const struct dtg *d = &it->src->date;
	bool ok = json_put(o, "cable", it->src->id) && json_put(o, "paragraph", para) &&
	          json_put(o, "party", it->party) &&
	          json_put(o, "classification", it->src->marking);
	if (ok && it->portion)
		ok = json_put(o, "portion", it->portion);
	if (ok && d->valid && d->year >= 0 && d->year <= 9999) {
		char iso[32];
		snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:00Z", d->year,
		         d->month % 100, d->day % 100, d->hour % 100, d->minute % 100);
		ok = json_put(o, "dtg", iso);
	}
	ok = ok && json_put(o, "origin", export_origin(it)) &&
	     (!it->finder_summary || json_put(o, "findersummary", it->finder_summary)) &&
	     json_put(o, "reviewstatus", export_status_name(it->status));
	export_note_digest(it->note, digest);
	if (ok && *digest)
		ok = json_put(o, "reviewnote", digest);
	return ok;
}

/* The dates: entry, due (or deadline), end, start. */
static bool json_dates(const struct export_list *l, const struct export_item *it,
                       json_t *o)
{
	char entry[17], st[17];
	export_entry_stamp(l, it, entry);
	if (strcmp(entry, "19800101T000000Z") < 0)
		memcpy(entry, "19800101T000000Z", 17);
	bool ok = json_put(o, "entry", entry);
	if (ok && it->deadline) {
		tw_stamp(it->due_at, st);
		ok = *st ? json_put(o, "due", st) : json_put(o, "deadline", it->deadline);
	}
	long long changed = tw_iso_time(it->status_at, (long long)l->now);
	tw_stamp(changed < TW_EPOCH ? (long long)l->now : changed, st);
	if (ok && *st && (it->status == STATUS_DONE || it->status == STATUS_DROPPED))
		ok = json_put(o, "end", st);
	if (ok && *st && it->status == STATUS_DOING)
		ok = json_put(o, "start", st);
	return ok;
}

static json_t *json_item(const struct export_list *l, const struct export_item *it)
{
	char now[17];
	export_stamp(l->now, now);
	json_t *o = json_object();
	struct buf t;
	buf_init(&t);
	export_title(it, &t);
	bool ok = o && !t.failed;
	ok = ok && json_put(o, "uuid", it->uuid);
	ok = ok && json_put(o, "status", json_status(it->status));
	ok = ok && json_put(o, "description", buf_str(&t));
	ok = ok && json_dates(l, it, o);
	ok = ok && json_put(o, "project", it->src->id);
	json_t *tags = json_array();
	ok = ok && tags && json_object_set_new(o, "tags", tags) == 0;
	ok = ok && json_array_append_new(tags, json_string(it->post)) == 0;
	if (ok && it->note) {
		buf_reset(&t);
		export_flat(it->note, &t);
		json_t *ann = json_array(), *a = json_object();
		ok = ann && a && json_object_set_new(o, "annotations", ann) == 0 &&
		     json_array_append_new(ann, a) == 0;
		if (!ok && a && !ann)
			json_decref(a);
		ok = ok && json_put(a, "entry", now) &&
		     json_put(a, "description", buf_str(&t));
	}
	ok = ok && json_ours(o, it);
	buf_free(&t);
	if (!ok) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* The array is written an item at a time, so that only one item's tree
 * is ever built: each item is dumped as the one element of an array,
 * "[\n  {...}\n]", and the text between the brackets is what jansson
 * writes for that element in the whole array; elements are joined by
 * ",\n".  The bytes are those of dumping the whole array at once. */
void export_json(const struct export_list *l, struct buf *out)
{
	if (l->n == 0) {
		buf_puts(out, "[]\n");
		return;
	}
	buf_puts(out, "[\n");
	for (size_t i = 0; i < l->n; i++) {
		json_t *o = json_item(l, &l->items[i]);
		json_t *arr = o ? json_array() : NULL;
		if (!arr)
			json_decref(o);              /* NULL is fine */
		/* append_new takes o, and releases it when it fails */
		bool ok = arr && json_array_append_new(arr, o) == 0;
		char *s = ok ? json_dumps(arr, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
		size_t n = s ? strlen(s) : 0;
		if (!s || n < 4 || memcmp(s, "[\n", 2) != 0 || memcmp(s + n - 2, "\n]", 2) != 0) {
			out->failed = true;
		} else {
			if (i)
				buf_puts(out, ",\n");
			buf_add(out, s + 2, n - 4);
		}
		free(s);
		json_decref(arr);
		if (out->failed)
			return;
	}
	buf_puts(out, "\n]\n");
}

const char *export_taskrc(void)
{
	return
	"# cabletrack: the fields of `cabletrack export --format json` as UDAs,\n"
	"# so that reports can show them (add these lines to ~/.taskrc)\n"
	"uda.cable.type=string\n"
	"uda.cable.label=Cable\n"
	"uda.paragraph.type=numeric\n"
	"uda.paragraph.label=Para\n"
	"uda.party.type=string\n"
	"uda.party.label=Party\n"
	"uda.classification.type=string\n"
	"uda.classification.label=Class\n"
	"uda.portion.type=string\n"
	"uda.portion.label=Mark\n"
	"uda.dtg.type=string\n"
	"uda.dtg.label=DTG\n"
	"uda.origin.type=string\n"
	"uda.origin.label=Origin\n"
	"uda.findersummary.type=string\n"
	"uda.findersummary.label=Finder's line\n"
	"uda.deadline.type=string\n"
	"uda.deadline.label=Deadline\n"
	"# the base of `cabletrack import` (kept by task, not for reports)\n"
	"uda.reviewstatus.type=string\n"
	"uda.reviewnote.type=string\n"
	"# a report with them: task cables\n"
	"report.cables.description=Taskings of cables\n"
	"report.cables.columns=id,classification,project,paragraph,party,due,description\n"
	"report.cables.labels=ID,Class,Cable,Para,Party,Due,Description\n"
	"report.cables.filter=status:pending\n"
	"report.cables.sort=due+,project+,paragraph+\n";
}

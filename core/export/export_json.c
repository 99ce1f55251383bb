/* export_json.c - Taskwarrior import format (jansson).
 *
 * A JSON array, one object per tasking: uuid, status (pending, completed,
 * deleted), entry (the cable's DTG as YYYYMMDDTHHMMSSZ), description (one
 * line), due, end (the export time, for completed and deleted tasks),
 * project (the cable id), tags (the short post name), annotations (the
 * note), then our own fields: cable, paragraph, party, classification
 * (the paragraph's portion mark, else the cable's), origin.  `task import`
 * matches by uuid, so importing again updates these tasks. */
#include "export/export.h"

#include <jansson.h>
#include <stdlib.h>

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

static json_t *json_item(const struct export_list *l, const struct export_item *it)
{
	char entry[17], now[17];
	export_entry_stamp(l, it, entry);
	export_stamp(l->now, now);
	json_t *o = json_object();
	struct buf t;
	buf_init(&t);
	export_title(it, &t);
	bool ok = o && !t.failed;
	ok = ok && json_put(o, "uuid", it->uuid);
	ok = ok && json_put(o, "status", json_status(it->status));
	ok = ok && json_put(o, "entry", entry);
	ok = ok && json_put(o, "description", buf_str(&t));
	int y, m, d;
	if (ok && date_parse(it->deadline, &y, &m, &d)) {
		char due[17];
		snprintf(due, sizeof due, "%04d%02d%02dT000000Z", y, m, d);
		ok = json_put(o, "due", due);
	}
	if (ok && (it->status == STATUS_DONE || it->status == STATUS_DROPPED))
		ok = json_put(o, "end", now);
	if (ok && it->status == STATUS_DOING)
		ok = json_put(o, "start", now);
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
	ok = ok && json_put(o, "cable", it->src->id);
	ok = ok && json_object_set_new(o, "paragraph", json_integer(it->paragraph)) == 0;
	ok = ok && json_put(o, "party", it->party);
	ok = ok && json_put(o, "classification",
	                    it->portion ? it->portion : it->src->classification);
	ok = ok && json_put(o, "origin", it->manual ? "manual" : "auto");
	buf_free(&t);
	if (!ok) {
		json_decref(o);
		return NULL;
	}
	return o;
}

void export_json(const struct export_list *l, struct buf *out)
{
	json_t *arr = json_array();
	bool ok = arr != NULL;
	for (size_t i = 0; ok && i < l->n; i++) {
		json_t *o = json_item(l, &l->items[i]);
		ok = o && json_array_append_new(arr, o) == 0;
	}
	char *s = ok ? json_dumps(arr, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	if (s) {
		buf_puts(out, s);
		buf_putc(out, '\n');
		free(s);
	} else {
		out->failed = true;
	}
	json_decref(arr);
}

/* effective_json.c - the effective taskings as JSON (effective_json.h).
 *
 * In: effective rows (with the dismissed ones).  Out: two jansson arrays,
 * the corrected taskings and the dismissed ones; texts that are no valid
 * UTF-8 were cleaned when the review was loaded, and the cable's are
 * UTF-8 from the parser, so json_string does not refuse them (a NULL it
 * might give for one is a null field, not a crash). */
#include "review/effective_json.h"

#include <string.h>

static json_t *ej_str(const char *s)
{
	json_t *v = s ? json_string(s) : NULL;
	return v ? v : json_null();
}

static void ej_set(json_t *o, const char *key, json_t *v)
{
	json_object_set_new(o, key, v ? v : json_null());
}

static const char *ej_source(const struct effective_row *r)
{
	return r->by_reviewer ? "reviewer" : "finder";
}

static json_t *ej_row(const struct effective_row *r)
{
	static const char *const due_from[] = { NULL, "cable", "reviewer" };
	json_t *o = json_object();
	const struct tasking *t = r->tasking;
	ej_set(o, "paragraph", json_integer(r->paragraph));
	ej_set(o, "party", ej_str(r->party));
	ej_set(o, "source", json_string(ej_source(r)));
	ej_set(o, "status", json_string(review_status_name(r->status)));
	ej_set(o, "due", ej_str(r->due.date));
	ej_set(o, "due_from", ej_str(due_from[r->due.from]));
	ej_set(o, "deadline_text", ej_str(t ? t->deadline_text : NULL));
	ej_set(o, "quote", ej_str(t ? t->quote : NULL));
	ej_set(o, "summary", ej_str(r->summary));
	ej_set(o, "reworded", json_boolean(r->reworded));
	ej_set(o, "finder_summary", ej_str(r->finder_summary));
	ej_set(o, "note", ej_str(r->item ? r->item->note : NULL));
	return o;
}

json_t *effective_taskings_json(const struct effective *e, effective_keep_fn keep,
                                void *arg)
{
	json_t *a = json_array();
	for (size_t i = 0; i < e->n; i++) {
		const struct effective_row *r = &e->rows[i];
		if (r->dismissed || r->stale || (keep && !keep(r, arg)))
			continue;
		json_array_append_new(a, ej_row(r));
	}
	return a;
}

json_t *effective_dismissed_json(const struct effective *e, effective_keep_fn keep,
                                 void *arg)
{
	json_t *a = json_array();
	for (size_t i = 0; i < e->n; i++) {
		const struct effective_row *r = &e->rows[i];
		if (!r->dismissed || (keep && !keep(r, arg)))
			continue;
		json_t *o = json_object();
		ej_set(o, "paragraph", json_integer(r->paragraph));
		ej_set(o, "party", ej_str(r->party));
		ej_set(o, "source", json_string(ej_source(r)));
		ej_set(o, "dismissed", ej_str(review_dismissal_name(r->item->dismissed)));
		ej_set(o, "reason", ej_str(r->item->reason));
		ej_set(o, "finder_summary", ej_str(r->finder_summary));
		json_array_append_new(a, o);
	}
	return a;
}

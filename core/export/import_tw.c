/* import_tw.c - the tasks of a Taskwarrior export (`task export`) that
 * came from `cabletrack export --format json`. */
#include "export/import.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"

static const char *tw_str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* Taskwarrior's status (with start: doing) as the review's. */
static bool tw_status(json_t *o, enum review_status *out)
{
	const char *s = tw_str(o, "status");
	if (!s)
		return false;
	if (strcmp(s, "completed") == 0)
		*out = STATUS_DONE;
	else if (strcmp(s, "deleted") == 0)
		*out = STATUS_DROPPED;
	else if (strcmp(s, "pending") == 0 || strcmp(s, "waiting") == 0 ||
	         strcmp(s, "recurring") == 0)
		*out = json_object_get(o, "start") ? STATUS_DOING : STATUS_OPEN;
	else
		return false;
	return true;
}

/* "7" (ours) or 7 (a numeric UDA written back as a number). */
static int tw_paragraph(json_t *o)
{
	json_t *v = json_object_get(o, "paragraph");
	if (json_is_number(v)) {
		double d = json_number_value(v);
		return d >= 0 && d < 100000 && (int)d == d ? (int)d : -1;
	}
	const char *s = json_string_value(v);
	if (!s || !*s || strlen(s) > 5 || strspn(s, "0123456789") != strlen(s))
		return -1;
	return atoi(s);
}

/* One task, when it is ours: it names a cable, a paragraph and a party,
 * and its uuid is the id of that item. */
static bool tw_task(struct import_file *f, json_t *o, size_t where)
{
	const char *uuid = tw_str(o, "uuid"), *cable = tw_str(o, "cable"),
	           *party = tw_str(o, "party");
	int para = tw_paragraph(o);
	if (!uuid || !cable || !party || para < 0)
		return false;
	char want[37];
	export_item_uuid(cable, para, party, want);
	if (strcmp(want, uuid) != 0)
		return false;
	struct import_task *t = ARENA_PUSH(&f->arena, f->tasks, f->n, f->cap);
	memset(t, 0, sizeof *t);
	t->uuid = arena_strdup(&f->arena, uuid);
	t->cable = arena_strdup(&f->arena, cable);
	t->paragraph = para;
	t->party = arena_strdup(&f->arena, party);
	t->has_status = tw_status(o, &t->status);
	const char *base = tw_str(o, "reviewstatus");
	t->has_base = base && review_status_parse(base, &t->base) == 0;
	const char *bn = tw_str(o, "reviewnote");
	if (t->has_base && bn && strlen(bn) == 16)
		memcpy(t->base_note, bn, 17);
	t->where = where;
	json_t *anns = json_object_get(o, "annotations"), *a;
	size_t i, ncap = 0;
	json_array_foreach(anns, i, a) {
		const char *d = tw_str(a, "description");
		if (d && *d)
			*ARENA_PUSH(&f->arena, t->notes, t->nnotes, ncap) =
				export_clean(&f->arena, d, false);
	}
	return true;
}

int import_taskwarrior(const char *bytes, size_t len, struct import_file *out,
                       struct ct_error *err)
{
	memset(out, 0, sizeof *out);
	arena_init(&out->arena);
	json_error_t je;
	json_t *a = json_loadb(bytes, len, 0, &je);
	if (!a || !json_is_array(a)) {
		if (a)
			ct_error_set(err, "not a JSON array of tasks (task export writes one)");
		else
			ct_error_set(err, "line %d: %s", je.line, je.text);
		json_decref(a);
		return -1;
	}
	size_t i;
	json_t *o;
	json_array_foreach(a, i, o) {
		if (!json_is_object(o) || !tw_task(out, o, i + 1))
			out->others++;
	}
	json_decref(a);
	return 0;
}

bool import_is_taskwarrior(const char *bytes, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r' && bytes[i] != '\n')
			return bytes[i] == '[';
	return false;
}

void import_file_free(struct import_file *f)
{
	arena_free(&f->arena);
	memset(f, 0, sizeof *f);
}

/* taskjson_check FILE - reads `cabletrack export --format json` with jansson
 * and checks Taskwarrior's import rules (doc/devel/rfcs/task.md): an array
 * of objects, each with uuid (lowercase 8-4-4-4-12), status (pending,
 * completed, deleted), entry and the other dates as YYYYMMDDTHHMMSSZ,
 * description (no newline), end when completed or deleted, tags single
 * words, annotations [{entry, description}]; uuids unique; no date before
 * 19800101T000000Z (Taskwarrior 2.6 crashes on one and imports nothing);
 * paragraph a string of digits (a number shows as "7.000000"); the
 * cable's classification on every task.  Prints
 * "uuid status due" per task and, on stderr, nothing unless a check fails.
 * Exit 0 ok, 1 a check failed, 2 usage. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const char *file;
static int rc;

static void bad(size_t i, const char *why)
{
	fprintf(stderr, "taskjson_check: %s: task %zu: %s\n", file, i, why);
	rc = 1;
}

static bool is_uuid(const char *s)
{
	if (!s || strlen(s) != 36)
		return false;
	for (int i = 0; i < 36; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? s[i] != '-' : !strchr("0123456789abcdef", s[i]))
			return false;
	}
	return true;
}

static bool is_date(const char *s)
{
	if (!s || strlen(s) != 16 || s[8] != 'T' || s[15] != 'Z')
		return false;
	for (int i = 0; i < 15; i++)
		if (i != 8 && (s[i] < '0' || s[i] > '9'))
			return false;
	return true;
}

static const char *str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: taskjson_check FILE\n", stderr);
		return 2;
	}
	file = argv[1];
	json_error_t err;
	json_t *a = json_load_file(file, 0, &err);
	if (!a) {
		fprintf(stderr, "taskjson_check: %s:%d: %s\n", file, err.line, err.text);
		return 1;
	}
	if (!json_is_array(a)) {
		fprintf(stderr, "taskjson_check: %s: not a JSON array\n", file);
		return 1;
	}
	size_t i;
	json_t *o;
	json_array_foreach(a, i, o) {
		if (!json_is_object(o)) {
			bad(i, "not an object");
			continue;
		}
		const char *u = str(o, "uuid"), *st = str(o, "status");
		if (!is_uuid(u))
			bad(i, "uuid missing or not lowercase 8-4-4-4-12");
		for (size_t j = 0; j < i && u; j++)
			if (strcmp(u, str(json_array_get(a, j), "uuid") ?
			           str(json_array_get(a, j), "uuid") : "") == 0)
				bad(i, "uuid twice");
		if (!st || (strcmp(st, "pending") && strcmp(st, "completed") &&
		            strcmp(st, "deleted")))
			bad(i, "status not pending/completed/deleted");
		if (!is_date(str(o, "entry")))
			bad(i, "entry missing or not YYYYMMDDTHHMMSSZ");
		const char *d = str(o, "description");
		if (!d || !*d || strchr(d, '\n'))
			bad(i, "description missing, empty or with a newline");
		bool closed = st && (!strcmp(st, "completed") || !strcmp(st, "deleted"));
		if (closed && !is_date(str(o, "end")))
			bad(i, "completed or deleted without end");
		if (!closed && json_object_get(o, "end"))
			bad(i, "pending with end");
		const char *dates[] = { "due", "end", "start", "wait", "scheduled" };
		for (size_t k = 0; k < sizeof dates / sizeof *dates; k++)
			if (json_object_get(o, dates[k]) && !is_date(str(o, dates[k])))
				bad(i, "a date is not YYYYMMDDTHHMMSSZ");
		json_t *tags = json_object_get(o, "tags"), *t;
		size_t k;
		if (tags && !json_is_array(tags))
			bad(i, "tags not an array");
		json_array_foreach(tags, k, t) {
			const char *w = json_string_value(t);
			if (!w || !*w || strpbrk(w, " \t\n"))
				bad(i, "a tag is not a single word");
		}
		json_t *anns = json_object_get(o, "annotations");
		json_array_foreach(anns, k, t) {
			if (!is_date(str(t, "entry")) || !str(t, "description"))
				bad(i, "an annotation without entry or description");
		}
		const char *para = str(o, "paragraph");
		if (!para || !*para || strspn(para, "0123456789") != strlen(para) ||
		    !str(o, "cable") || !str(o, "party"))
			bad(i, "cable, paragraph (a string of digits) or party missing");
		if (!str(o, "classification"))
			bad(i, "no classification");
		for (size_t di = 0; di < sizeof dates / sizeof *dates; di++)
			if (str(o, dates[di]) && strcmp(str(o, dates[di]), "19800101T000000Z") < 0)
				bad(i, "a date before 1980: Taskwarrior 2.6 crashes on it");
		printf("%s %s %s\n", u ? u : "-", st ? st : "-",
		       str(o, "due") ? str(o, "due") : "-");
	}
	json_decref(a);
	return rc;
}

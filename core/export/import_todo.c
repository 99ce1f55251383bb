/* import_todo.c - the tasks of a todo.txt file that came from `cabletrack
 * export --format todo`: a line is ours when it has id:UUID. */
#include "export/import.h"

#include <string.h>

static bool todo_is_uuid(const char *s, size_t n)
{
	if (n != 36)
		return false;
	for (size_t i = 0; i < 36; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? s[i] != '-' : !strchr("0123456789abcdef", s[i]) || !s[i])
			return false;
	}
	return true;
}

/* One line [s, e): its words looked at one by one. */
static void todo_line(struct import_file *f, const char *s, const char *e,
                      size_t lineno)
{
	bool done = e - s >= 2 && s[0] == 'x' && s[1] == ' ';
	const char *uuid = NULL, *cable = NULL, *status = NULL;
	size_t cable_len = 0, status_len = 0;
	for (const char *w = s; w < e;) {
		while (w < e && (*w == ' ' || *w == '\t'))
			w++;
		const char *we = w;
		while (we < e && *we != ' ' && *we != '\t')
			we++;
		size_t n = (size_t)(we - w);
		if (n > 3 && memcmp(w, "id:", 3) == 0 && todo_is_uuid(w + 3, n - 3))
			uuid = w + 3;
		else if (n > 1 && *w == '+' && !cable)
			cable = w + 1, cable_len = n - 1;
		else if (n > 7 && memcmp(w, "status:", 7) == 0)
			status = w + 7, status_len = n - 7;
		w = we;
	}
	if (!uuid) {
		f->others++;
		return;
	}
	struct import_task *t = ARENA_PUSH(&f->arena, f->tasks, f->n, f->cap);
	memset(t, 0, sizeof *t);
	t->uuid = arena_strndup(&f->arena, uuid, 36);
	t->cable = cable ? arena_strndup(&f->arena, cable, cable_len) : NULL;
	t->paragraph = -1;
	t->has_status = true;
	t->status = done ? STATUS_DONE : STATUS_OPEN;
	if (status && status_len == 7 && memcmp(status, "dropped", 7) == 0 && done)
		t->status = STATUS_DROPPED;
	else if (status && status_len == 5 && memcmp(status, "doing", 5) == 0 && !done)
		t->status = STATUS_DOING;
	t->where = lineno;
}

void import_todo(const char *bytes, size_t len, struct import_file *out)
{
	memset(out, 0, sizeof *out);
	arena_init(&out->arena);
	const char *p = bytes, *end = bytes + len;
	for (size_t lineno = 1; p < end; lineno++) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		const char *le = e;
		if (le > p && le[-1] == '\r')
			le--;
		if (le > p)
			todo_line(out, p, le, lineno);
		p = e + 1;
	}
}

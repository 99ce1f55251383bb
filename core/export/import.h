/* import.h - status and notes back from Taskwarrior or todo.txt.
 *
 * In: the bytes of a Taskwarrior export (`task export`, a JSON array) or
 * of a todo.txt file that came from `cabletrack export`.  Out: one
 * import_task per task that is ours (it carries the id of a checklist
 * item), with the status it has there, its annotations, and the base the
 * export wrote (reviewstatus, reviewnote) so that a change can be told
 * from one made in the review since.  import_apply() then applies one
 * task to its review item:
 *
 *  - status: when Taskwarrior changed it since the export (theirs is not
 *    the base) and the review did not, the review takes it; when both
 *    changed it differently, the review's is kept and the task is a
 *    conflict; when the export has no base (todo.txt), only a task
 *    closed there (done or dropped) closes an item still open or doing
 *    here: a stale line never reopens what the review closed since;
 *  - notes: an annotation that is neither the exported note (its digest
 *    is the base) nor already in the review's note (the whole note or one
 *    of its lines, whitespace aside) is appended to the note as a line of
 *    its own; nothing is ever removed, so a second import of the same
 *    file adds nothing.  When the review's note changed since the export
 *    too, both are kept and the task is reported as a conflict.
 */
#ifndef CABLETRACK_IMPORT_H
#define CABLETRACK_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"
#include "review/review.h"

struct import_task {
	const char *uuid;          /* the item's id */
	const char *cable;         /* cable id (Taskwarrior: "cable"; todo.txt:
	                              the +project), NULL when absent */
	int paragraph;             /* -1 when the file does not say (todo.txt) */
	const char *party;         /* NULL when the file does not say */
	enum review_status status; /* what the task has there */
	bool has_status;           /* false: the file says nothing of it */
	bool has_base;             /* base and base_note come from the export */
	enum review_status base;   /* reviewstatus as exported */
	char base_note[17];        /* reviewnote as exported, "" none */
	const char **notes;        /* annotation texts, one line each */
	size_t nnotes;
	size_t where;              /* task number (1-based) or line */
};

struct import_file {
	struct arena arena;        /* owns every task and string */
	struct import_task *tasks;
	size_t n, cap;
	size_t others;             /* tasks that are not ours (no item id) */
};

/* Taskwarrior JSON (import_tw.c): 0, or -1 + err when it is no JSON array
 * of objects. */
int import_taskwarrior(const char *bytes, size_t len, struct import_file *out,
                       struct ct_error *err);
/* todo.txt (import_todo.c): a line with id:UUID is ours; "x " at its start
 * is done (status:dropped with it: dropped), else open (status:doing:
 * doing).  Never fails. */
void import_todo(const char *bytes, size_t len, struct import_file *out);
/* The file's kind from its bytes: true for a Taskwarrior export (its first
 * non-blank byte is '['). */
bool import_is_taskwarrior(const char *bytes, size_t len);
void import_file_free(struct import_file *f);

/* What import_apply did to one item. */
struct import_result {
	bool status_changed;
	enum review_status old_status, new_status;
	bool status_conflict;      /* both sides changed it: the review's kept */
	enum review_status theirs; /* with status_conflict */
	size_t notes_added;        /* lines appended to the note */
	bool note_conflict;        /* the note changed here too: both kept */
};

/* Applies t to it (the item of t's paragraph and party) through the
 * review's undoable changes; nothing is saved. */
void import_apply(struct review *r, struct review_item *it,
                  const struct import_task *t, struct import_result *res);

#endif

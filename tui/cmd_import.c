/* cmd_import.c - `cabletrack import`: status changes and notes back from
 * a Taskwarrior export or a todo.txt file into the reviews (the rules are
 * in core/export/import.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/inputs.h"
#include "base/readfile.h"
#include "commands.h"
#include "export/export.h"
#include "export/import.h"
#include "parse/cable.h"
#include "review/review_import.h"

static const char usage_text[] =
"usage: cabletrack import [--state DIR] [-n] FILE [CABLE|DIR...]\n"
"\n"
"Reads FILE, a Taskwarrior export (task export > FILE) or a todo.txt file,\n"
"whose tasks came from cabletrack export, and applies to the reviews, by\n"
"each task's id: status changes made there (done, deleted/dropped, started)\n"
"and new annotations (appended to the note, a line each).  A task whose\n"
"status changed both there and in the review since the export is a\n"
"conflict: the review's status is kept and both are reported.  Nothing is\n"
"removed, and importing the same file again changes nothing.\n"
"\n"
"  --state DIR    where reviews are kept (default\n"
"                 $XDG_DATA_HOME/cabletrack/reviews)\n"
"  -n, --dry-run  say what would change, change nothing\n"
"  -h, --help     this help\n"
"\n"
"CABLE|DIR: the cables the tasks came from.  A todo.txt line names no\n"
"party, so a task of a cable whose review does not hold it yet (nobody\n"
"opened the cable) is found only when the cable is given.\n"
"Exit: 0 ok (conflicts are reported), 1 FILE or a review could not be\n"
"read or written, 2 usage.\n";

struct import_run {
	const char *state;
	bool dry;
	struct cable **cables;
	size_t ncables;
	size_t changed, conflicts, missing;
	int status;
};

static const struct cable *run_cable(const struct import_run *ir, const char *id)
{
	for (size_t i = 0; id && i < ir->ncables; i++)
		if (ir->cables[i]->id && strcmp(ir->cables[i]->id, id) == 0)
			return ir->cables[i];
	return NULL;
}

/* The item a task names: by paragraph and party, else by its id. */
static struct review_item *run_item(struct review *r, const struct import_task *t)
{
	if (t->party && t->paragraph >= 0)
		return review_import_item(r, t->paragraph, t->party);
	for (size_t i = 0; i < r->n; i++) {
		char u[37];
		export_item_uuid(r->cable_id, r->items[i].paragraph, r->items[i].party, u);
		if (strcmp(u, t->uuid) == 0)
			return &r->items[i];
	}
	return NULL;
}

static void run_report(struct import_run *ir, const struct review_item *it,
                       const char *cable, const struct import_result *res)
{
	const char *who = it->party;
	if (res->status_changed)
		printf("%s ¶%d %s: status %s -> %s\n", cable, it->paragraph, who,
		       review_status_name(res->old_status), review_status_name(res->new_status));
	if (res->notes_added)
		printf("%s ¶%d %s: note: %zu line%s added\n", cable, it->paragraph, who,
		       res->notes_added, res->notes_added == 1 ? "" : "s");
	if (res->status_conflict)
		printf("%s ¶%d %s: conflict: status changed in both places since the "
		       "export (here %s, there %s); kept %s\n", cable, it->paragraph, who,
		       review_status_name(it->status), review_status_name(res->theirs),
		       review_status_name(it->status));
	if (res->note_conflict)
		printf("%s ¶%d %s: conflict: the note changed in both places since the "
		       "export; both texts kept\n", cable, it->paragraph, who);
	if (res->status_changed || res->notes_added)
		ir->changed++;
	if (res->status_conflict || res->note_conflict)
		ir->conflicts++;
}

/* The tasks of one cable (those of f with that cable id, from index
 * first on) applied to its review, which is saved when it changed. */
static void run_cable_tasks(struct import_run *ir, const struct import_file *f,
                            size_t first, bool *done)
{
	const char *id = f->tasks[first].cable;
	struct ct_error err = {{0}};
	struct review *r = NULL;
	if (!review_id_ok(id) || review_load(ir->state, id, &r, &err) != REVIEW_OK) {
		fprintf(stderr, "cabletrack import: %s: %s\n", id,
		        review_id_ok(id) ? err.msg : "not a cable id");
		ir->status = 1;
		for (size_t i = first; i < f->n; i++)
			if (!done[i] && f->tasks[i].cable && strcmp(f->tasks[i].cable, id) == 0)
				done[i] = true;
		return;
	}
	const struct cable *c = run_cable(ir, id);
	if (c)
		review_merge(r, c);
	size_t before = ir->changed;
	for (size_t i = first; i < f->n; i++) {
		const struct import_task *t = &f->tasks[i];
		if (done[i] || !t->cable || strcmp(t->cable, id) != 0)
			continue;
		done[i] = true;
		struct review_item *it = run_item(r, t);
		/* an open task with no note asks nothing of a review without it */
		if (!it && t->status == STATUS_OPEN && !t->nnotes)
			continue;
		if (!it) {
			printf("%s: task %s (line %zu): not in the review; give the cable file "
			       "too\n", id, t->uuid, t->where);
			ir->missing++;
			continue;
		}
		struct import_result res;
		import_apply(r, it, t, &res);
		run_report(ir, it, id, &res);
	}
	if (ir->changed > before && !ir->dry && review_save(r, false, &err) != REVIEW_OK) {
		fprintf(stderr, "cabletrack import: %s: %s\n", id, err.msg);
		ir->status = 1;
	}
	review_free(r);
}

static int run_file(struct import_run *ir, const char *path)
{
	struct readfile rf;
	enum readfile_status rs = readfile(path, READFILE_REGULAR, 0, &rf);
	if (rs != READFILE_OK) {
		fprintf(stderr, "cabletrack import: %s: %s\n", path, readfile_why(rs));
		return 1;
	}
	struct import_file f;
	struct ct_error err = {{0}};
	bool tw = import_is_taskwarrior(rf.data, rf.len);
	if (tw && import_taskwarrior(rf.data, rf.len, &f, &err) != 0) {
		fprintf(stderr, "cabletrack import: %s: %s\n", path, err.msg);
		free(rf.data);
		import_file_free(&f);
		return 1;
	} else if (!tw) {
		import_todo(rf.data, rf.len, &f);
	}
	free(rf.data);
	bool *done = calloc(f.n ? f.n : 1, sizeof *done);
	if (!done) {
		import_file_free(&f);
		return 1;
	}
	for (size_t i = 0; i < f.n; i++) {
		if (done[i])
			continue;
		if (!f.tasks[i].cable) {
			done[i] = true;
			ir->missing++;
			continue;
		}
		run_cable_tasks(ir, &f, i, done);
	}
	printf("import: %zu task%s from cabletrack (%zu other%s skipped): %zu changed, "
	       "%zu conflict%s, %zu not found%s\n", f.n, f.n == 1 ? "" : "s", f.others,
	       f.others == 1 ? "" : "s", ir->changed, ir->conflicts,
	       ir->conflicts == 1 ? "" : "s", ir->missing, ir->dry ? " (dry run)" : "");
	free(done);
	import_file_free(&f);
	return ir->status;
}

/* The cables named after FILE, parsed (a file that is no cable is
 * reported). */
static void run_load_cables(struct import_run *ir, char **args, size_t n)
{
	struct inputs in = {0};
	if (n == 0 || inputs_collect(&in, args, n) != 0) {
		inputs_free(&in);
		return;
	}
	ir->cables = calloc(in.n ? in.n : 1, sizeof *ir->cables);
	for (size_t i = 0; ir->cables && i < in.n; i++) {
		struct ct_error err = {{0}};
		struct cable *c = cable_parse_file(in.paths[i], &err);
		if (c)
			ir->cables[ir->ncables++] = c;
		else
			fprintf(stderr, "cabletrack import: %s: %s\n", in.paths[i], err.msg);
	}
	inputs_free(&in);
}

int cmd_import(int argc, char **argv)
{
	enum { OPT_STATE = 256 };
	static const struct option opts[] = {
		{"state", required_argument, NULL, OPT_STATE},
		{"dry-run", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{0, 0, 0, 0},
	};
	struct import_run ir = {0};
	int ch;
	while ((ch = getopt_long(argc, argv, "nh", opts, NULL)) != -1) {
		switch (ch) {
		case OPT_STATE: ir.state = optarg; break;
		case 'n': ir.dry = true; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default: fputs(usage_text, stderr); return 2;
		}
	}
	if (optind >= argc) {
		fputs(usage_text, stderr);
		return 2;
	}
	run_load_cables(&ir, argv + optind + 1, (size_t)(argc - optind - 1));
	int rc = run_file(&ir, argv[optind]);
	for (size_t i = 0; i < ir.ncables; i++)
		cable_free(ir.cables[i]);
	free(ir.cables);
	return rc;
}

/* cmd_corrections.c - `cabletrack corrections [--cables FILE|DIR]... [DIR]`:
 * the reviewer's corrections across a review store, as tasking labels in
 * the form of the corpus's LABELS.md, so that a post's corrections can
 * become test data for the finder.
 *
 * DIR is the reviews folder (default $XDG_DATA_HOME/cabletrack/reviews).
 * One YAML document per cable whose review holds a correction (a tasking
 * the reviewer added or dismissed), in the order of the cable ids:
 *
 *   id, and, when the cable is among --cables: dtg, paragraphs,
 *   action_request and taskings: the taskings as corrected (the finder's
 *   that stand and the reviewer's own), one entry per paragraph, deadline
 *   and source, with parties, deadline, optional: false, quote (the
 *   finder's words, or the reviewer's line) and source (finder |
 *   reviewer).  Without the cable: taskings holds the reviewer's own only.
 *   dismissed: the finder's taskings the reviewer said were wrong, with
 *   why ("not a tasking", "not for my post") and reason.
 *
 * A review file that does not load is reported and skipped (exit 1). */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/inputs.h"
#include "base/xalloc.h"
#include "commands.h"
#include "parse/cable.h"
#include "parse/dates.h"
#include "review/effective.h"
#include "review/review.h"

static const char corr_usage[] =
"usage: cabletrack corrections [--cables FILE|DIR]... [DIR]\n"
"\n"
"Prints the reviewer's corrections in the reviews folder DIR (default\n"
"$XDG_DATA_HOME/cabletrack/reviews) as tasking labels (the corpus's\n"
"LABELS.md form): one YAML document per cable with a tasking added or\n"
"dismissed.  --cables gives the cables themselves (files or folders):\n"
"their labels then hold every tasking as corrected, with dtg and the\n"
"paragraph numbers.\n"
"Exit: 0 ok, 1 a review or cable could not be read, 2 usage.\n";

/* s as a YAML double-quoted scalar (JSON escapes are YAML's too). */
static void corr_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20)
			fprintf(f, "\\x%02x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static bool corr_has(const struct review *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].manual || r->items[i].dismissed != DISMISS_NONE)
			return true;
	return false;
}

/* The deadline a row's label gives: the text's for a found one, the
 * reviewer's for an added one. */
static const char *corr_deadline(const struct effective_row *row)
{
	if (row->by_reviewer)
		return row->item && row->item->due ? row->item->due :
		       row->tasking ? row->tasking->deadline : NULL;
	return row->tasking ? row->tasking->deadline : NULL;
}

static bool corr_same_group(const struct effective_row *a, const struct effective_row *b)
{
	const char *da = corr_deadline(a), *db = corr_deadline(b);
	return a->paragraph == b->paragraph && a->by_reviewer == b->by_reviewer &&
	       (da == db || (da && db && strcmp(da, db) == 0));
}

static bool corr_listed(const struct effective_row *row, bool whole)
{
	return !row->dismissed && !row->stale && (whole || row->by_reviewer);
}

/* The taskings: rows grouped by paragraph, source and deadline. */
static void corr_taskings(FILE *f, const struct effective *e, bool whole)
{
	bool *done = calloc(e->n ? e->n : 1, sizeof *done);
	if (!done)
		abort();
	fputs("taskings:\n", f);
	for (size_t i = 0; i < e->n; i++) {
		const struct effective_row *row = &e->rows[i];
		if (done[i] || !corr_listed(row, whole))
			continue;
		fprintf(f, "  - paragraph: %d\n    parties: [", row->paragraph);
		for (size_t j = i, k = 0; j < e->n; j++) {
			if (done[j] || !corr_listed(&e->rows[j], whole) ||
			    !corr_same_group(row, &e->rows[j]))
				continue;
			done[j] = true;
			fputs(k++ ? ", " : "", f);
			corr_str(f, e->rows[j].party);
		}
		const char *dl = corr_deadline(row);
		fprintf(f, "]\n    deadline: %s\n    optional: false\n    quote: ", dl ? dl : "null");
		corr_str(f, row->by_reviewer ? row->summary :
		         row->tasking && row->tasking->quote ? row->tasking->quote : row->summary);
		fprintf(f, "\n    source: %s\n", row->by_reviewer ? "reviewer" : "finder");
	}
	free(done);
}

static void corr_dismissed(FILE *f, const struct review *r)
{
	bool any = false;
	for (size_t i = 0; i < r->n; i++) {
		const struct review_item *it = &r->items[i];
		if (it->dismissed == DISMISS_NONE)
			continue;
		if (!any)
			fputs("dismissed:\n", f);
		any = true;
		fprintf(f, "  - paragraph: %d\n    parties: [", it->paragraph);
		corr_str(f, it->party);
		fputs("]\n    why: ", f);
		corr_str(f, review_dismissal_name(it->dismissed));
		fputs("\n    reason: ", f);
		corr_str(f, it->reason);
		fputc('\n', f);
	}
}

/* One cable's label; c may be NULL (not given). */
static void corr_label(FILE *f, const struct review *r, const struct cable *c, bool first)
{
	fprintf(f, "%s# the reviewer's corrections (cabletrack corrections); rules: "
	        "LABELS.md\nid: %s\n", first ? "" : "---\n", r->cable_id);
	struct cable none;
	memset(&none, 0, sizeof none);
	struct effective e;
	effective_build_all(&e, c ? c : &none, r);
	if (c) {
		char dtg[32];
		dtg_iso(&c->dtg, dtg, sizeof dtg);
		fprintf(f, "dtg: %.10s\nparagraphs: [", *dtg ? dtg : "null");
		for (size_t i = 0, k = 0; i < c->nparas; i++)
			if (c->paras[i].number > 0)
				fprintf(f, "%s%d", k++ ? ", " : "", c->paras[i].number);
		size_t live = 0;
		for (size_t i = 0; i < e.n; i++)
			live += corr_listed(&e.rows[i], true);
		fprintf(f, "]\naction_request: %s\n", live ? "true" : "false");
	}
	corr_taskings(f, &e, c != NULL);
	effective_free(&e);
	corr_dismissed(f, r);
}

static int corr_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The ids of the review files in dir, sorted; *n of them. */
static char **corr_ids(const char *dir, size_t *n)
{
	*n = 0;
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	char **v = NULL;
	size_t cap = 0;
	const struct dirent *de;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 6 || strcmp(de->d_name + len - 5, ".yaml"))
			continue;
		char *id = xprintf("%.*s", (int)(len - 5), de->d_name);
		if (!review_id_ok(id)) {
			free(id);
			continue;
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			v = realloc(v, cap * sizeof *v);
			if (!v)
				abort();
		}
		v[(*n)++] = id;
	}
	closedir(d);
	if (*n > 1)
		qsort(v, *n, sizeof *v, corr_name_cmp);
	return v;
}

/* The cables --cables names, parsed; those that are none are reported. */
static struct cable **corr_cables(char **args, size_t nargs, size_t *n, int *status)
{
	struct inputs in = {0};
	*n = 0;
	if (nargs == 0)
		return NULL;
	if (inputs_collect(&in, args, nargs) != 0) {
		fprintf(stderr, "cabletrack: out of memory\n");
		*status = 1;
		inputs_free(&in);
		return NULL;
	}
	for (size_t i = 0; i < in.nerrors; i++) {
		fprintf(stderr, "cabletrack: %s\n", in.errors[i]);
		*status = 1;
	}
	struct cable **v = calloc(in.n ? in.n : 1, sizeof *v);
	if (!v)
		abort();
	for (size_t i = 0; i < in.n; i++) {
		struct ct_error err = {{0}};
		struct cable *c = cable_parse_file(in.paths[i], &err);
		if (!c) {
			fprintf(stderr, "cabletrack: %s: %s\n", in.paths[i], err.msg);
			*status = 1;
			continue;
		}
		v[(*n)++] = c;
	}
	inputs_free(&in);
	return v;
}

static const struct cable *corr_find(struct cable *const *v, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (v[i]->id && strcmp(v[i]->id, id) == 0)
			return v[i];
	return NULL;
}

int cmd_corrections(int argc, char **argv)
{
	static const struct option opts[] = {
		{"cables", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{0, 0, 0, 0},
	};
	char **cargs = calloc((size_t)argc + 1, sizeof *cargs);
	size_t ncargs = 0;
	int ch;
	if (!cargs)
		abort();
	while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		if (ch == 'c') {
			cargs[ncargs++] = optarg;
			continue;
		}
		free(cargs);
		fputs(corr_usage, ch == 'h' ? stdout : stderr);
		return ch == 'h' ? 0 : 2;
	}
	if (argc - optind > 1) {
		free(cargs);
		fputs(corr_usage, stderr);
		return 2;
	}
	int status = 0;
	struct ct_error err = {{0}};
	char *dir = review_dir(optind < argc ? argv[optind] : NULL, false, &err);
	size_t nc = 0, nids = 0;
	struct cable **cables = corr_cables(cargs, ncargs, &nc, &status);
	char **ids = dir ? corr_ids(dir, &nids) : NULL;
	if (!dir || (!ids && nids == 0 && optind < argc)) {
		fprintf(stderr, "cabletrack: %s: no reviews folder\n", dir ? dir : err.msg);
		status = 1;
	}
	size_t shown = 0;
	for (size_t i = 0; i < nids; i++) {
		struct review *r = NULL;
		if (review_load(dir, ids[i], &r, &err) != REVIEW_OK) {
			fprintf(stderr, "cabletrack: %s\n", err.msg);
			status = 1;
		} else if (r && corr_has(r)) {
			corr_label(stdout, r, corr_find(cables, nc, ids[i]), shown++ == 0);
		}
		review_free(r);
		free(ids[i]);
	}
	for (size_t i = 0; i < nc; i++)
		cable_free(cables[i]);
	free(cables);
	free(ids);
	free(dir);
	free(cargs);
	if (fflush(stdout) != 0) {
		perror("cabletrack: writing output");
		status = 1;
	}
	return status;
}

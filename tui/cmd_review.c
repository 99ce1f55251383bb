/* cmd_review.c - `cabletrack [OPTIONS] FILE|DIR...`: the review TUI.
 *
 * One cable is parsed at once.  Several (a folder) go through the inbox
 * index (core/inbox/inbox.h): rows come from its cache when the files have not
 * changed, and a cable is parsed when it is first needed (inbox_view.c).
 * A bad file is listed with its error, not fatal; a review file that fails
 * to load is kept as it is and that cable opens read-only. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "bench.h"
#include "commands.h"
#include "inbox_view.h"
#include "inbox/inbox.h"
#include "base/inputs.h"
#include "post_arg.h"
#include "settings.h"

static const char review_usage[] =
"usage: cabletrack [--post NAME] [--keymap NAME|PATH] [--state DIR] [--mouse]\n"
"                  FILE|DIR...\n"
"\n"
"Review action-request cables: the paragraph tree beside the tracker of\n"
"what each post is asked to do and by when.  Several files or a folder open\n"
"the inbox first; A shows every open tasking by deadline.  Marks and notes\n"
"are saved at once, one file per cable, in the reviews folder.\n"
"\n"
"  --post NAME      your post (USOSCE, KYIV, \"AMEMBASSY KYIV\"): its taskings\n"
"                   and those of the collectives that hold it come first and\n"
"                   are highlighted; a name that is ambiguous (VIENNA) or\n"
"                   that names no post in the table is an error\n"
"  --keymap NAME    default, vi, emacs, or a path to a keymap file\n"
"  --state DIR      reviews folder (default $XDG_DATA_HOME/cabletrack/reviews)\n"
"  --mouse          let the mouse wheel scroll (nothing else is captured)\n"
"  -h, --help       this help; ? in the program lists every key\n"
"FILE \"-\" reads the cable from standard input (the screen uses /dev/tty).\n"
"Settings (post, keymap, colours, date-format): $XDG_CONFIG_HOME/cabletrack/\n"
"config.yaml; the options win over them.\n"
"NO_COLOR set and not empty: no colours.  CABLETRACK_TODAY=YYYY-MM-DD sets\n"
"the date deadlines are measured against (for tests).\n"
"A folder's inbox rows are cached in $XDG_CACHE_HOME/cabletrack (~/.cache)\n"
"and reused while the files keep their size and modification time.\n"
"For benchmarks: --bench-render draws the first screen on /dev/null and\n"
"prints the time it took; --bench-keys FILE then replays FILE's bytes as\n"
"keys and prints the keystroke-to-redraw latency (median, p95).\n"
"Exit status: 0 ok, 1 some input could not be parsed, 2 usage error.\n";

static int review_add_doc(struct app *a, const char *path)
{
	struct doc *d = &a->docs[a->ndocs];
	memset(d, 0, sizeof *d);
	d->has_review = -1;
	d->path = strdup(path);
	if (!d->path)
		return -1;
	a->ndocs++;
	return 0;
}

/* Progress of a cold index, on stderr when it is a terminal. */
struct review_progress {
	struct timespec t0;
	bool shown;
};

static void review_progress(void *ctx, size_t done, size_t total)
{
	struct review_progress *p = ctx;
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long ms = (t1.tv_sec - p->t0.tv_sec) * 1000L + (t1.tv_nsec - p->t0.tv_nsec) / 1000000L;
	if (ms < 300 && !p->shown)
		return;
	p->shown = true;
	fprintf(stderr, "\rcabletrack: reading %zu new or changed cables: %zu%%%s", total,
	        done * 100 / total, done == total ? "\n" : "");
}

/* The inbox index of every input but "-"; docs[first..] are its rows. */
static int review_index(struct app *a, struct inbox *ix, char *const *args, size_t nargs,
                        const struct inputs *in, size_t first, int *status)
{
	char **paths = malloc((in->n ? in->n : 1) * sizeof *paths);
	if (!paths)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < in->n; i++)
		if (strcmp(in->paths[i], "-") != 0)
			paths[n++] = in->paths[i];
	char cache[4096];
	struct ct_error err = { "" };
	const char *cache_path = inbox_cache_path(args, nargs, cache, sizeof cache, &err) == 0 ?
	                         cache : NULL;
	struct review_progress prog;
	memset(&prog, 0, sizeof prog);
	clock_gettime(CLOCK_MONOTONIC, &prog.t0);
	/* A cache that cannot be written costs every later start a cold read:
	 * the first screen says so, once (the message is one-shot). */
	if (!cache_path)
		app_message(a, true, "inbox cache off (%s): each start reads every cable",
		            err.msg);
	err.msg[0] = 0;
	int rc = inbox_build(ix, paths, n, cache_path,
	                     isatty(STDERR_FILENO) ? review_progress : NULL, &prog, &err);
	free(paths);
	if (rc != 0)
		return -1;
	if (ix->cache_error[0])
		app_message(a, true, "inbox cache not written: %s; the next start reads "
		            "the cables again", ix->cache_error);
	a->index = ix;
	size_t k = 0;
	for (size_t i = 0; i < in->n; i++) {
		struct doc *d = &a->docs[first + i];
		if (strcmp(in->paths[i], "-") == 0)
			continue;
		const struct inbox_row *r = &ix->rows[k++];
		d->ix = r;
		d->lazy = !r->error;
		if (r->error) {
			doc_set_error(d, "%s", r->error);
			*status = 1;
		}
	}
	return 0;
}

/* What the options ask for. */
struct review_args {
	const char *post, *keymap, *state, *bench_keys;
	bool mouse, bench;
	char post_buf[128];     /* --post as read (post_arg.h) */
};

/* Reads the options into ra; -1 when the files follow (from optind), else
 * the exit status (0 for --help, 2 for a usage error). */
static int review_parse_args(int argc, char **argv, struct review_args *ra)
{
	static const struct option opts[] = {
		{ "post", required_argument, NULL, 'p' },
		{ "keymap", required_argument, NULL, 'k' },
		{ "state", required_argument, NULL, 's' },
		{ "mouse", no_argument, NULL, 'm' },
		{ "bench-render", no_argument, NULL, 'B' },
		{ "bench-keys", required_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'p': ra->post = optarg; break;
		case 'k': ra->keymap = optarg; break;
		case 's': ra->state = optarg; break;
		case 'm': ra->mouse = true; break;
		case 'B': ra->bench = true; break;
		case 'K': ra->bench = true; ra->bench_keys = optarg; break;
		case 'h': fputs(review_usage, stdout); return 0;
		default: fputs(review_usage, stderr); return 2;
		}
	}
	if (optind >= argc) {
		fputs(review_usage, stderr);
		return 2;
	}
	if (post_arg_check(&ra->post, ra->post_buf, sizeof ra->post_buf) != 0)
		return 2;
	return -1;
}

/* One doc per input that could not be listed (its error as the path) and
 * one per input; "-" is read now, the others when first needed.  Sets
 * *status to 1 when "-" is no cable.  Returns the index of the first
 * input's doc. */
static size_t review_add_inputs(struct app *a, const struct inputs *in, int *status)
{
	struct ct_error err = { "" };
	a->docs = calloc(in->nerrors + in->n > 0 ? in->nerrors + in->n : 1, sizeof *a->docs);
	if (!a->docs)
		abort();
	for (size_t i = 0; i < in->nerrors; i++)
		if (review_add_doc(a, in->errors[i]) != 0)
			abort();
	size_t first = a->ndocs;
	for (size_t i = 0; i < in->n; i++) {
		if (review_add_doc(a, in->paths[i]) != 0)
			abort();
		struct doc *d = &a->docs[a->ndocs - 1];
		if (strcmp(in->paths[i], "-") == 0) {
			err.msg[0] = 0;
			d->cable = cable_parse_file("-", &err);   /* read it now, once */
			if (!d->cable) {
				doc_set_error(d, "%s", err.msg[0] ? err.msg :
				         "could not be read");
				*status = 1;
			}
		} else {
			d->lazy = true;   /* one cable: parsed below, no index */
		}
	}
	return first;
}

/* The inputs opened in a (set up with the settings), the program run on
 * them; the exit status. */
static int review_open(struct app *a, const struct review_args *ra, int argc,
                       char **argv, const struct timespec *t0,
                       const struct settings *set)
{
	struct ct_error err = { "" };
	struct inputs in;
	memset(&in, 0, sizeof in);
	if (inputs_collect(&in, argv + optind, (size_t)(argc - optind)) != 0) {
		fputs("cabletrack: out of memory\n", stderr);
		inputs_free(&in);
		app_free(a);
		return 1;
	}
	err.msg[0] = 0;
	a->state_dir = review_dir(ra->state, true, &err);
	snprintf(a->state_error, sizeof a->state_error, "%s", err.msg);

	int status = in.nerrors ? 1 : 0;
	size_t first = review_add_inputs(a, &in, &status);
	struct inbox index;
	memset(&index, 0, sizeof index);
	if (a->ndocs > 1 && review_index(a, &index, argv + optind, (size_t)(argc - optind),
	                                &in, first, &status) != 0) {
		fputs("cabletrack: out of memory\n", stderr);
		inputs_free(&in);
		app_free(a);
		inbox_free(&index);
		return 1;
	}
	inputs_free(&in);
	if (a->ndocs == 0) {
		fputs("cabletrack: no cable to review in the arguments\n", stderr);
		app_free(a);
		return 1;
	}
	if (a->ndocs == 1 && !inbox_doc_load(a, 0)) {
		if (a->docs[0].error)
			fprintf(stderr, "cabletrack: %s: %s\n", a->docs[0].path, a->docs[0].error);
		else
			fprintf(stderr, "cabletrack: %s\n", a->docs[0].path);
		app_free(a);
		return 1;
	}

	a->multi = a->ndocs > 1;
	if (a->multi) {
		a->screen = SCR_INBOX;
	} else {
		app_open_doc(a, 0);
	}
	settings_show(set, a);         /* after the first screen's own words */
	if (ra->bench) {
		if (bench_run(a, t0, ra->bench_keys) != 0)
			status = 2;
	} else if (app_run(a) != 0) {
		status = 1;
	}
	app_free(a);
	inbox_free(&index);
	return status;
}

int cmd_review(int argc, char **argv)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct review_args ra = { .keymap = NULL };
	int rc = review_parse_args(argc, argv, &ra);
	if (rc >= 0)
		return rc;

	if (!ra.bench && app_terminal_check() != 0)
		return 1;
	struct app a;
	app_init(&a);
	struct settings set;         /* the config file: post, keymap, ... */
	rc = settings_load(&set, &a, ra.keymap, &ra.post);
	if (rc == 0) {
		a.post = ra.post;
		a.mouse = ra.mouse;
		rc = review_open(&a, &ra, argc, argv, &t0, &set);
	}
	settings_free(&set);
	return rc;
}

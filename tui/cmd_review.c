/* cmd_review.c - `cabletrack [OPTIONS] FILE|DIR...`: the review TUI.
 *
 * Reads every input (a bad file is listed with its error, not fatal),
 * loads each cable's review (a review file that fails to load is kept as
 * it is and that cable opens read-only), then runs the screen. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "commands.h"
#include "inputs.h"

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
"                   come first and are highlighted\n"
"  --keymap NAME    default, vi, emacs, or a path to a keymap file\n"
"  --state DIR      reviews folder (default $XDG_DATA_HOME/cabletrack/reviews)\n"
"  --mouse          let the mouse wheel scroll (nothing else is captured)\n"
"  -h, --help       this help; ? in the program lists every key\n"
"FILE \"-\" reads the cable from standard input (the screen uses /dev/tty).\n"
"NO_COLOR set and not empty: no colours.  CABLETRACK_TODAY=YYYY-MM-DD sets\n"
"the date deadlines are measured against (for tests).\n"
"Exit status: 0 ok, 1 some input could not be parsed, 2 usage error.\n";

static int review_add_doc(struct app *a, size_t *cap, const char *path)
{
	if (a->ndocs == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		struct doc *n = realloc(a->docs, ncap * sizeof *n);
		if (!n)
			return -1;
		a->docs = n;
		*cap = ncap;
	}
	struct doc *d = &a->docs[a->ndocs];
	memset(d, 0, sizeof *d);
	d->path = strdup(path);
	if (!d->path)
		return -1;
	a->ndocs++;
	return 0;
}

static void review_attach(struct doc *d, const char *dir, const char *dir_error)
{
	struct ct_error err = { "" };
	if (!dir) {
		snprintf(d->review_error, sizeof d->review_error,
		         "no reviews folder: %s", dir_error);
		return;
	}
	if (!d->cable->id) {
		snprintf(d->review_error, sizeof d->review_error,
		         "the cable has no id, so its review cannot be kept");
		return;
	}
	struct review *r = NULL;
	if (review_load(dir, d->cable->id, &r, &err) != REVIEW_OK || !r) {
		snprintf(d->review_error, sizeof d->review_error,
		         "review of %s failed to load, kept as it is: %s",
		         d->cable->id, err.msg);
		return;
	}
	review_merge(r, d->cable);
	review_lock(r);
	d->review = r;
}

int cmd_review(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "post", required_argument, NULL, 'p' },
		{ "keymap", required_argument, NULL, 'k' },
		{ "state", required_argument, NULL, 's' },
		{ "mouse", no_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *post = NULL, *keymap = "default", *state = NULL;
	bool mouse = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'p': post = optarg; break;
		case 'k': keymap = optarg; break;
		case 's': state = optarg; break;
		case 'm': mouse = true; break;
		case 'h': fputs(review_usage, stdout); return 0;
		default: fputs(review_usage, stderr); return 2;
		}
	}
	if (optind >= argc) {
		fputs(review_usage, stderr);
		return 2;
	}

	struct app a;
	app_init(&a);
	a.post = post;
	a.mouse = mouse;
	struct ct_error err = { "" };
	if (keymap_load(keymap, &a.km, &err) != 0 || !a.km) {
		fprintf(stderr, "cabletrack: keymap %s: %s\n", keymap, err.msg);
		return 2;
	}

	struct inputs in;
	memset(&in, 0, sizeof in);
	if (inputs_collect(&in, argv + optind, (size_t)(argc - optind)) != 0) {
		fputs("cabletrack: out of memory\n", stderr);
		inputs_free(&in);
		app_free(&a);
		return 1;
	}
	int status = 0;
	size_t cap = 0;
	for (size_t i = 0; i < in.nerrors; i++) {
		if (review_add_doc(&a, &cap, in.errors[i]) != 0)
			abort();
		status = 1;
	}
	for (size_t i = 0; i < in.n; i++) {
		if (review_add_doc(&a, &cap, in.paths[i]) != 0)
			abort();
		struct doc *d = &a.docs[a.ndocs - 1];
		err.msg[0] = 0;
		d->cable = cable_parse_file(in.paths[i], &err);
		if (!d->cable) {
			snprintf(d->error, sizeof d->error, "%s", err.msg[0] ? err.msg :
			         "could not be read");
			status = 1;
		}
	}
	inputs_free(&in);
	if (a.ndocs == 0) {
		fputs("cabletrack: no cable to review in the arguments\n", stderr);
		app_free(&a);
		return 1;
	}
	if (a.ndocs == 1 && !a.docs[0].cable) {
		if (a.docs[0].error[0])
			fprintf(stderr, "cabletrack: %s: %s\n", a.docs[0].path, a.docs[0].error);
		else
			fprintf(stderr, "cabletrack: %s\n", a.docs[0].path);
		app_free(&a);
		return 1;
	}

	err.msg[0] = 0;
	a.state_dir = review_dir(state, true, &err);
	for (size_t i = 0; i < a.ndocs; i++)
		if (a.docs[i].cable)
			review_attach(&a.docs[i], a.state_dir, err.msg);

	a.multi = a.ndocs > 1;
	if (a.multi) {
		a.screen = SCR_INBOX;
	} else {
		app_open_doc(&a, 0);
	}
	if (app_run(&a) != 0)
		status = 1;
	app_free(&a);
	return status;
}

/* cmd_export.c - `cabletrack export`: the checklist of taskings, with the
 * reviewer's status and notes, in one of the formats of the table in
 * core/export/export_formats.c. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "parse/cable.h"
#include "commands.h"
#include "export/export.h"
#include "local_midnight.h"
#include "post_arg.h"
#include "base/inputs.h"
#include "review/review.h"

/* The usage, in two parts around the list of formats, which comes from
 * the table of formats (core/export/export_formats.c). */
static const char usage_head[] =
"usage: cabletrack export [--format FMT] [--post NAME] [--status open|all]\n"
"                         [--state DIR] [-o OUT] FILE|DIR...\n"
"       cabletrack export --taskrc\n"
"\n"
"Writes one checklist of the taskings in the given cables: one item per\n"
"paragraph and party, with the status, note and due date from the review\n"
"kept for each cable (missing review: everything open).  Items are grouped\n"
"by party, then by deadline (none last), cable and paragraph.  The overall\n"
"classification of the cables comes first and last.  Every item has a\n"
"stable id (a UUID of cable, paragraph and party), so importing a newer\n"
"export updates the tasks of an older one.\n"
"\n";
static const char usage_tail[] =
"  -p, --post NAME    only the taskings of that post (USOSCE, KYIV,\n"
"                     \"AMEMBASSY KYIV\") and of the collectives that hold\n"
"                     it; a name that is ambiguous (VIENNA) or that names\n"
"                     no post in the table is an error\n"
"  -s, --status WHICH open: only open and doing items; all (default)\n"
"      --state DIR    where reviews are kept (default\n"
"                     $XDG_DATA_HOME/cabletrack/reviews); never written\n"
"  -o, --output OUT   write to OUT instead of standard output: the file is\n"
"                     replaced whole or not at all, never through a symlink\n"
"      --taskrc       print the ~/.taskrc lines that show the json format's\n"
"                     own fields (paragraph, party, classification ...) in\n"
"                     Taskwarrior's reports, and a report 'cables'\n"
"  -h, --help         this help\n"
"\n"
"FILE \"-\" reads standard input; DIR stands for every file in it.  The export\n"
"time (iCalendar DTSTAMP, completion dates) is now, or SOURCE_DATE_EPOCH\n"
"when set.  A deadline is a date; the json format writes it as the instant\n"
"that day begins in your time zone (TZ), as `task add due:DATE` would.  Errors go to standard error as \"cabletrack: FILE: why\"; the\n"
"other files are still exported.  Exit: 0 ok, 1 some input or its review\n"
"could not be read or the output could not be written, 2 usage.\n";

#define EXPORT_DEFAULT_FORMAT EXPORT_MD

/* The usage to f: the --format option lists every format of the table,
 * one a line, with its description and its aliases. */
static void export_usage(FILE *f)
{
	size_t n;
	const struct export_format_info *fmts = export_formats(&n);
	fputs(usage_head, f);
	fprintf(f, "  -f, --format FMT   the format of the checklist (default %s):\n",
	        export_format_name(EXPORT_DEFAULT_FORMAT));
	for (size_t i = 0; i < n; i++) {
		fprintf(f, "                       %-5s %s", fmts[i].name, fmts[i].what);
		for (size_t k = 0; k < EXPORT_MAX_ALIASES && fmts[i].aliases[k]; k++)
			fprintf(f, "%s%s", k ? ", " : " (also ", fmts[i].aliases[k]);
		fputs(fmts[i].aliases[0] ? ")\n" : "\n", f);
	}
	fputs(usage_tail, f);
}

/* "cabletrack export: unknown format 'X' (md, org, ... or json)" */
static void export_unknown_format(const char *name)
{
	struct buf names;
	buf_init(&names);
	export_format_names(&names, ", ", " or ");
	fprintf(stderr, "cabletrack export: unknown format '%s' (%s)\n", name,
	        buf_str(&names));
	buf_free(&names);
}

/* The export time: SOURCE_DATE_EPOCH (reproducible output) or now. */
static time_t export_now(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	if (s && *s) {
		char *end;
		errno = 0;
		long long v = strtoll(s, &end, 10);
		if (!errno && !*end && v >= 0)
			return (time_t)v;
	}
	return time(NULL);
}

/* What the options ask for. */
struct export_args {
	enum export_format fmt;
	struct export_options eo;
	const char *state, *outpath;     /* outpath NULL: standard output */
	char post[128];                  /* --post as read (post_arg.h) */
};

/* Reads the options into ea; -1 when the files follow (from optind), else
 * the exit status (0 for --help, 2 for a usage error). */
static int export_parse_args(int argc, char **argv, struct export_args *ea)
{
	enum { OPT_STATE = 256, OPT_TASKRC };
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"post", required_argument, NULL, 'p'},
		{"status", required_argument, NULL, 's'},
		{"state", required_argument, NULL, OPT_STATE},
		{"output", required_argument, NULL, 'o'},
		{"taskrc", no_argument, NULL, OPT_TASKRC},
		{"help", no_argument, NULL, 'h'},
		{0, 0, 0, 0},
	};
	int ch;
	while ((ch = getopt_long(argc, argv, "f:p:s:o:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (export_format_parse(optarg, &ea->fmt) != 0) {
				export_unknown_format(optarg);
				return 2;
			}
			break;
		case 'p': ea->eo.post = optarg; break;
		case 's':
			if (strcmp(optarg, "open") == 0) {
				ea->eo.open_only = true;
			} else if (strcmp(optarg, "all") == 0) {
				ea->eo.open_only = false;
			} else {
				fprintf(stderr, "cabletrack export: unknown status '%s' "
				        "(open or all)\n", optarg);
				return 2;
			}
			break;
		case OPT_STATE: ea->state = optarg; break;
		case 'o': ea->outpath = optarg; break;
		case OPT_TASKRC:
			fputs(export_taskrc(), stdout);
			return fflush(stdout) == 0 ? 0 : 1;
		case 'h': export_usage(stdout); return 0;
		default: export_usage(stderr); return 2;
		}
	}
	if (optind >= argc) {
		export_usage(stderr);
		return 2;
	}
	if (post_arg_check(&ea->eo.post, ea->post, sizeof ea->post) != 0)
		return 2;
	if (ea->outpath && strcmp(ea->outpath, "-") == 0)
		ea->outpath = NULL;
	return -1;
}

/* Parses every input, loads its review (from state) and adds both to the
 * list, freeing them before the next input: the list keeps the items, not
 * the cables.  Returns how many parsed.  A file that is no cable or a
 * review that fails to load is reported and sets *status to 1. */
static size_t export_load(const struct inputs *in, const char *state,
                          struct export_list *l, int *status)
{
	size_t nc = 0;
	for (size_t i = 0; i < in->n; i++) {
		struct ct_error err = {{0}};
		struct cable *c = cable_parse_file(in->paths[i], &err);
		if (!c) {
			fprintf(stderr, "cabletrack: %s: %s\n", in->paths[i], err.msg);
			*status = 1;
			continue;
		}
		struct review *r = NULL;
		/* An id that cannot name a review file has no review. */
		if (c->id && review_id_ok(c->id) &&
		    review_load(state, c->id, &r, &err) != REVIEW_OK) {
			/* A review that fails to load is reported and left alone;
			 * the cable is exported as if nobody had reviewed it. */
			fprintf(stderr, "cabletrack: %s: review not loaded (%s); "
			        "exported as all open\n", in->paths[i], err.msg);
			*status = 1;
			r = NULL;
		}
		export_add_cable(l, c, r);
		if (r)
			review_free(r);
		cable_free(c);
		nc++;
	}
	return nc;
}

/* Writes the checklist l where ea says; 0, or 1 when it could not be
 * written. */
static int export_output(const struct export_args *ea, const struct export_list *l)
{
	int status = 0;
	struct buf out;
	buf_init(&out);
	export_write(ea->fmt, l, &out);
	if (out.failed) {
		fputs("cabletrack: export: out of memory\n", stderr);
		status = 1;
	} else if (ea->outpath) {
		const char *why;
		if (atomic_replace(ea->outpath, buf_str(&out), out.len, &atomic_user_file,
		                   NULL, &why) != 0) {
			int e = errno;
			if (e == ELOOP && why)      /* the symlink refusal */
				fprintf(stderr, "cabletrack: %s: %s\n", ea->outpath, why);
			else
				fprintf(stderr, "cabletrack: %s: %s%s%s\n", ea->outpath,
				        why ? why : "", why ? ": " : "", strerror(e));
			status = 1;
		}
	} else if (fwrite(buf_str(&out), 1, out.len, stdout) != out.len ||
	           fflush(stdout) != 0) {
		perror("cabletrack: writing output");
		status = 1;
	}
	buf_free(&out);
	return status;
}

int cmd_export(int argc, char **argv)
{
	struct export_args ea = { .fmt = EXPORT_DEFAULT_FORMAT };
	int rc = export_parse_args(argc, argv, &ea);
	if (rc >= 0)
		return rc;
	ea.eo.now = export_now();
	ea.eo.midnight = local_midnight;

	struct inputs in = {0};
	if (inputs_collect(&in, argv + optind, (size_t)(argc - optind)) != 0) {
		fputs("cabletrack: out of memory\n", stderr);
		inputs_free(&in);
		return 1;
	}
	int status = 0;
	for (size_t i = 0; i < in.nerrors; i++) {
		fprintf(stderr, "cabletrack: %s\n", in.errors[i]);
		status = 1;
	}
	struct export_list l;
	export_begin(&l, &ea.eo);
	size_t nc = export_load(&in, ea.state, &l, &status);
	export_end(&l);
	if ((nc > 0 || status == 0) && export_output(&ea, &l) != 0)
		status = 1;
	export_list_free(&l);
	inputs_free(&in);
	return status;
}

/* cmd_parse.c - `cabletrack parse`: parsed cables as JSON or YAML. */
#include <getopt.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "parse/cable.h"
#include "parse/cable_json.h"
#include "commands.h"
#include "base/inputs.h"
#include "post_arg.h"
#include "review/effective_json.h"
#include "review/review.h"
#include "tasking/tasking.h"

/* What --review needs: it is on, where the reviews are, the post. */
struct parse_review {
	bool on;
	const char *state;
	const char *post;
};

static const char usage[] =
"usage: cabletrack parse [--format json|yaml] [--post NAME] FILE|DIR...\n"
"       cabletrack parse --explain [--post NAME] FILE|DIR...\n"
"       cabletrack parse --review [--state DIR] [--post NAME] FILE|DIR...\n"
"\n"
"Prints each cable as parsed: header fields, the paragraph tree and the\n"
"taskings.  One file gives one object; several give an array.\n"
"\n"
"  -f, --format FMT   json (default) or yaml\n"
"  -e, --explain      for each tasking, in plain text: the rule that found\n"
"                     it, the words it used, where its parties came from\n"
"                     and the words of its deadline\n"
"  -r, --review       (JSON) the taskings as the reviewer corrected them:\n"
"                     one per paragraph and party, with source \"finder\"\n"
"                     or \"reviewer\" (added by the reviewer), the summary\n"
"                     in force (reworded: the reviewer's; finder_summary:\n"
"                     the finder's), status, due and note; the dismissed\n"
"                     ones under \"dismissed\"\n"
"  -s, --state DIR    where --review reads reviews (default\n"
"                     $XDG_DATA_HOME/cabletrack/reviews); never written\n"
"  -p, --post NAME    keep only the taskings of that post (USOSCE, KYIV,\n"
"                     \"AMEMBASSY KYIV\") and of the collectives that hold\n"
"                     it; a name that is ambiguous (VIENNA) or that names\n"
"                     no post in the table is an error\n"
"  -h, --help         this help\n"
"Errors go to standard error as \"cabletrack: FILE: why\"; the other files\n"
"are still printed.  Exit: 0 ok, 1 some file could not be parsed, 2 usage.\n";

/* Narrows c's taskings to those naming post, and their parties to it. */
/* The names of v[0..n) that name post, in a new array (the core may share
 * one array between a tasking and its paragraph, so none is changed). */
static const char **keep_names(struct cable *c, const char **v, size_t n,
                               const char *post, size_t *kept)
{
	const char **out = arena_alloc(&c->arena, (n ? n : 1) * sizeof *out);
	*kept = 0;
	for (size_t j = 0; j < n; j++)
		if (party_matches(post, v[j]))
			out[(*kept)++] = v[j];
	return out;
}

/* Narrows c's taskings to those naming post, and their parties to it. */
static void keep_post(struct cable *c, const char *post)
{
	size_t kept = 0;
	for (size_t i = 0; i < c->ntaskings; i++) {
		struct tasking t = c->taskings[i];
		t.parties = keep_names(c, t.parties, t.nparties, post, &t.nparties);
		if (t.nparties)
			c->taskings[kept++] = t;
	}
	c->ntaskings = kept;
	for (size_t i = 0; i < c->nparas; i++) {
		struct paragraph *p = &c->paras[i];
		p->tasked = keep_names(c, p->tasked, p->ntasked, post, &p->ntasked);
	}
}

/* Parses in->paths[i]; NULL (reported, *status = 1) when it is no cable. */
static struct cable *parse_one(const struct inputs *in, size_t i,
                               const char *post, int *status)
{
	struct ct_error err = {{0}};
	struct cable *c = cable_parse_file(in->paths[i], &err);
	if (!c) {
		fprintf(stderr, "cabletrack: %s: %s\n", in->paths[i], err.msg);
		*status = 1;
		return NULL;
	}
	if (post)
		keep_post(c, post);
	return c;
}

static bool parse_keep_post(const struct effective_row *row, void *arg)
{
	return party_matches((const char *)arg, row->party);
}

/* v's taskings replaced by the corrected ones of c's review, and the
 * dismissed ones added.  A review that fails to load is reported (status
 * 1) and the finder's taskings stay. */
static void parse_correct(json_t *v, const struct cable *c,
                          const struct parse_review *pr, int *status)
{
	struct review *r = NULL;
	struct ct_error err = {{0}};
	if (c->id && review_id_ok(c->id) &&
	    review_load(pr->state, c->id, &r, &err) != REVIEW_OK) {
		fprintf(stderr, "cabletrack: %s: review not loaded (%s); the finder's "
		        "taskings are shown\n", c->source, err.msg);
		*status = 1;
		return;
	}
	struct effective e;
	effective_build_all(&e, c, r);
	effective_keep_fn keep = pr->post ? parse_keep_post : NULL;
	void *arg = (void *)(uintptr_t)pr->post;
	json_object_set_new(v, "taskings", effective_taskings_json(&e, keep, arg));
	json_object_set_new(v, "dismissed", effective_dismissed_json(&e, keep, arg));
	effective_free(&e);
	review_free(r);
}

/* jansson's allocations while one cable's value tree is built and dumped:
 * a bump arena, emptied at once when the cable is written instead of
 * freeing its few hundred nodes one by one.  jansson takes its allocator
 * as two plain functions, hence this one file-scope pointer; it is set
 * only inside parse_json, which puts malloc/free back before returning,
 * and no jansson value outlives that window. */
static struct arena *jpool;

static void *jpool_malloc(size_t n)
{
	return arena_alloc_raw(jpool, n ? n : 1);
}

static void jpool_free(void *p)
{
	(void)p;        /* the arena frees everything in one go */
}

/* JSON, one cable at a time: each is parsed, dumped by jansson into one
 * reused buffer, written and freed, so no tree of the whole run is built.
 * The bytes are those of dumping the array with JSON_INDENT(2).  Returns
 * nonzero on a write or dump failure. */
static int parse_json(const struct inputs *in, const struct parse_review *pr,
                      bool many, int *status)
{
	const char *post = pr->post;
	struct json_text out = {0};
	struct arena pool;
	size_t nc = 0;
	int werr = 0;
	arena_init(&pool);
	jpool = &pool;
	json_set_alloc_funcs(jpool_malloc, jpool_free);
	if (many)
		werr |= fputc('[', stdout) == EOF;
	for (size_t i = 0; i < in->n && !werr; i++) {
		struct cable *c = parse_one(in, i, post, status);
		if (!c)
			continue;
		buf_reset(&out.text);
		if (many)
			werr |= fputs(nc ? ",\n  " : "\n  ", stdout) == EOF;
		json_t *v = cable_to_json(c);
		if (v && pr->on)
			parse_correct(v, c, pr, status);
		werr |= !v || cable_json_dump(v, many, &out) != 0;
		arena_free(&pool);      /* every node of v: no json_decref walk */
		cable_free(c);
		nc++;
		werr |= fwrite(out.text.data, 1, out.text.len, stdout) != out.text.len;
		if (!many)
			break;
	}
	json_set_alloc_funcs(malloc, free);
	jpool = NULL;
	arena_free(&pool);
	if (many && !werr)
		werr |= fputs(nc ? "\n]" : "]", stdout) == EOF;
	if (many || nc)
		werr |= fputc('\n', stdout) == EOF;
	json_text_free(&out);
	return werr;
}

/* One cable's taskings, each with why it was found. */
static int explain_one(const struct cable *c, FILE *out)
{
	char dtg[32];
	dtg_iso(&c->dtg, dtg, sizeof dtg);
	fprintf(out, "%s  from %s, %s: %zu tasking%s\n", c->id ? c->id : c->source,
	        c->from ? c->from : "?", *dtg ? dtg : "no DTG", c->ntaskings,
	        c->ntaskings == 1 ? "" : "s");
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		fprintf(out, "  ¶%d  ", t->paragraph);
		for (size_t j = 0; j < t->nparties; j++)
			fprintf(out, "%s%s", j ? ", " : "", t->parties[j]);
		fprintf(out, "\n    rule:      %s\n", t->rule ? t->rule : "?");
		fprintf(out, "    words:     \"%s\"\n", t->quote ? t->quote : "");
		fprintf(out, "    parties:   %s\n", t->parties_from ? t->parties_from : "?");
		if (t->deadline_text)
			fprintf(out, "    deadline:  %s from \"%s\"\n",
			        t->deadline ? t->deadline : "no date", t->deadline_text);
		else
			fprintf(out, "    deadline:  none stated\n");
		fprintf(out, "    checklist: %s\n", t->summary ? t->summary : "");
	}
	return ferror(out) ? 1 : 0;
}

static int parse_explain(const struct inputs *in, const char *post, int *status)
{
	int werr = 0;
	for (size_t i = 0; i < in->n && !werr; i++) {
		struct cable *c = parse_one(in, i, post, status);
		if (!c)
			continue;
		werr |= (i && fputc('\n', stdout) == EOF) || explain_one(c, stdout);
		cable_free(c);
	}
	return werr;
}

static int parse_yaml_write(void *ctx, const char *p, size_t n)
{
	return fwrite(p, 1, n, (FILE *)ctx) == n ? 0 : -1;
}

/* YAML, one cable at a time: each is parsed, emitted to stdout and freed
 * (cable_yaml_add), so memory stays flat in the number of cables; the
 * bytes are those of one document or sequence of them all. */
static int parse_yaml(const struct inputs *in, const char *post, bool many,
                      int *status)
{
	struct cable_yaml *y = cable_yaml_begin(many, parse_yaml_write, stdout);
	if (!y)
		return 1;
	int werr = 0;
	for (size_t i = 0; i < in->n && !werr; i++) {
		struct cable *c = parse_one(in, i, post, status);
		if (!c)
			continue;
		werr = cable_yaml_add(y, c) != 0;
		cable_free(c);
		if (!many)
			break;
	}
	werr |= cable_yaml_end(y) != 0;
	return werr;
}

int cmd_parse(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"explain", no_argument, NULL, 'e'},
		{"post", required_argument, NULL, 'p'},
		{"review", no_argument, NULL, 'r'},
		{"state", required_argument, NULL, 's'},
		{"help", no_argument, NULL, 'h'},
		{0, 0, 0, 0},
	};
	const char *format = "json", *post = NULL;
	bool explain = false;
	struct parse_review pr = { false, NULL, NULL };
	int ch;
	while ((ch = getopt_long(argc, argv, "f:ep:rs:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'f': format = optarg; break;
		case 'e': explain = true; break;
		case 'p': post = optarg; break;
		case 'r': pr.on = true; break;
		case 's': pr.state = optarg; break;
		case 'h': fputs(usage, stdout); return cli_stdout_done();
		default: fputs(usage, stderr); return 2;
		}
	}
	bool yaml = strcmp(format, "yaml") == 0;
	if (!yaml && strcmp(format, "json") != 0) {
		fprintf(stderr, "cabletrack parse: unknown format '%s' (json or yaml)\n",
		        format);
		return 2;
	}
	if (pr.on && (yaml || explain)) {
		fprintf(stderr, "cabletrack parse: --review prints JSON (not with %s)\n",
		        explain ? "--explain" : "--format yaml");
		return 2;
	}
	if (optind >= argc) {
		fputs(usage, stderr);
		return 2;
	}
	char post_buf[128];
	if (post_arg_check(&post, post_buf, sizeof post_buf) != 0)
		return 2;
	pr.post = post;

	struct inputs in = {0};
	if (inputs_collect(&in, argv + optind, (size_t)(argc - optind)) != 0) {
		fprintf(stderr, "cabletrack: out of memory\n");
		inputs_free(&in);
		return 1;
	}
	int status = 0;
	for (size_t i = 0; i < in.nerrors; i++) {
		fprintf(stderr, "cabletrack: %s\n", in.errors[i]);
		status = 1;
	}
	bool many = in.n + in.nerrors > 1 || (argc - optind) > 1;
	int werr = explain ? parse_explain(&in, post, &status)
	         : yaml ? parse_yaml(&in, post, many, &status)
	                : parse_json(&in, &pr, many, &status);
	if (fflush(stdout) != 0 || werr) {
		perror("cabletrack: writing output");
		status = 1;
	}
	inputs_free(&in);
	return status;
}

/* main.c - cabletrack: picks the subcommand. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "commands.h"
#include "export/export.h"

/* The usage, in two parts around the export formats, which come from the
 * table of formats (core/export/export_formats.c). */
static const char usage_head[] =
"usage: cabletrack [OPTIONS] FILE|DIR...       review cables in the terminal\n"
"       cabletrack parse [--format json|yaml] [--post NAME] FILE...\n"
"       cabletrack parse --explain [--post NAME] FILE...  why each tasking\n"
"       cabletrack export [--format ";
static const char usage_tail[] =
"]\n"
"                         [--post NAME] [--status open|all] [-o OUT] FILE|DIR...\n"
"       cabletrack export --taskrc            the ~/.taskrc lines for the json\n"
"       cabletrack import [--state DIR] [-n] FILE.json|todo.txt [CABLE|DIR...]\n"
"       cabletrack parse --review [--state DIR] FILE...  taskings as corrected\n"
"       cabletrack merge-review BASE OURS THEIRS [PATH]  git merge driver\n"
"       cabletrack corrections [--cables FILE|DIR]... [DIR]  corrections as labels\n"
"\n"
"Reads State Department cables (telegram text, text scrapes, cablegate viewer\n"
"pages), finds the paragraphs that task each post and their deadlines, and\n"
"keeps the reviewer's status and notes for every tasking.\n"
"\n"
"Common options:\n"
"  --post NAME      your post, short or full (USOSCE, KYIV, \"AMEMBASSY KYIV\")\n"
"  --state DIR      where reviews are kept (default\n"
"                   $XDG_DATA_HOME/cabletrack/reviews)\n"
"  --keymap NAME    default, vi, emacs, or a path to a keymap file\n"
"  -h, --help       this help (each subcommand has its own: parse --help)\n"
"  --version        the version\n"
"FILE \"-\" reads standard input; DIR stands for every file in it.\n"
"Exit status: 0 ok, 1 some input could not be parsed (the others were\n"
"processed), 2 usage error.\n";

static void usage(FILE *f)
{
	struct buf fmts;
	buf_init(&fmts);
	export_format_names(&fmts, "|", "|");
	fprintf(f, "%s%s%s", usage_head, buf_str(&fmts), usage_tail);
	buf_free(&fmts);
}

int cli_stdout_done(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	fprintf(stderr, "cabletrack: writing output: %s\n", strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (argc >= 2) {
		if (strcmp(argv[1], "parse") == 0)
			return cmd_parse(argc - 1, argv + 1);
		if (strcmp(argv[1], "export") == 0)
			return cmd_export(argc - 1, argv + 1);
		if (strcmp(argv[1], "import") == 0)
			return cmd_import(argc - 1, argv + 1);
		if (strcmp(argv[1], "merge-review") == 0)
			return cmd_merge_review(argc - 1, argv + 1);
		if (strcmp(argv[1], "corrections") == 0)
			return cmd_corrections(argc - 1, argv + 1);
		if (strcmp(argv[1], "--version") == 0) {
			printf("cabletrack %s\n", CABLETRACK_VERSION);
			return cli_stdout_done();
		}
		if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
			usage(stdout);
			return cli_stdout_done();
		}
	}
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	return cmd_review(argc, argv);
}

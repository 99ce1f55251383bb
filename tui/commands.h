/* commands.h - the subcommands of the cabletrack program.
 *
 * main() picks one by its first argument and hands it argv with argv[0]
 * the subcommand's name ("parse", "export"; "cabletrack" for the TUI).
 * Each parses its own options (getopt_long) and returns the exit status:
 * 0 ok, 1 some input could not be parsed (the others were processed),
 * 2 usage. */
#ifndef CABLETRACK_COMMANDS_H
#define CABLETRACK_COMMANDS_H

int cmd_parse(int argc, char **argv);    /* tui/cmd_parse.c */
int cmd_export(int argc, char **argv);   /* tui/cmd_export.c */
int cmd_import(int argc, char **argv);   /* tui/cmd_import.c */
int cmd_review(int argc, char **argv);   /* tui/cmd_review.c: the TUI */
int cmd_merge_review(int argc, char **argv); /* tui/cmd_merge_review.c */
int cmd_corrections(int argc, char **argv);  /* tui/cmd_corrections.c */

/* tui/main.c: stdout flushed after a help or version text; 0, or 1 with
 * "cabletrack: writing output: why" on stderr when it could not be
 * written (a full device, a closed pipe). */
int cli_stdout_done(void);

#endif

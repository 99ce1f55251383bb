/* command.h - the : command line: an action by its name, with words that
 * answer its first question; Tab completes (command.c). */
#ifndef CABLETRACK_TUI_COMMAND_H
#define CABLETRACK_TUI_COMMAND_H

#include "app.h"

void command_run(struct app *a);

#endif

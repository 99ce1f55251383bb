/* due.h - deadlines as the views show them and the reviewer changes them:
 * the words for a due date against today, a whole deadline cell, and the
 * prompt that sets a tasking's deadline override (the set-due key of the
 * cable screen and of the agenda). */
#ifndef CABLETRACK_TUI_DUE_H
#define CABLETRACK_TUI_DUE_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* The date format of the deadlines (the config's date-format,
 * config/config.h; NULL: YYYY-MM-DD).  fmt is kept, not copied. */
void due_set_format(const char *fmt);
/* The date alone ("2008-10-15", "-" for none): a tasking that is done or
 * dropped is no longer "overdue" or "due in 3 days". */
const char *due_date(long due, char *buf, size_t size);

/* Within DUE_WINDOW days of today: "in 3 days", "today", "overdue 2d";
 * further: "(overdue)" or "" (show the date beside it).  urgency 2
 * overdue or today, 1 within 3 days. */
#define DUE_WINDOW 30
const char *due_words(long today, long due, char *buf, size_t size,
                      int *urgency);
/* A whole deadline cell: with_date "2008-10-15 in 3 days", "2008-10-15
 * (overdue)", "2009-05-01"; without: "in 3 days", "overdue", the date
 * beyond the window; "-" when none. */
const char *due_label(long today, long due, bool with_date, char *buf,
                      size_t size, int *urgency);
/* Prompt for the deadline override of it (a tasking of d), validate, save;
 * undoable.  True when the override changed: the caller rebuilds its
 * rows. */
bool due_edit(struct app *a, struct doc *d, struct review_item *it);
/* What the deadline prompt takes (YYYY-MM-DD, today, tomorrow, +7, +7d;
 * blank: no date) as "YYYY-MM-DD" in out ("" for blank); false, with a
 * message on the status line, when it is no calendar date. */
bool due_from_input(struct app *a, const char *in, char *out, size_t size);

#endif

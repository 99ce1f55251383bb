/* inbox_view.h - the inbox: the list of cables given on the command line,
 * and loading a cable when it is first needed (inbox_view.c). */
#ifndef CABLETRACK_TUI_INBOX_VIEW_H
#define CABLETRACK_TUI_INBOX_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

void inbox_draw(struct app *a, struct box b);
bool inbox_key(struct app *a, enum keymap_action act);
/* Parse docs[i] now if it is lazy, and attach its review.  False when it
 * is not a cable (d->error says why). */
bool inbox_doc_load(struct app *a, size_t i);
/* Before the agenda: parse every lazy doc that has a review file (its
 * marks decide what is open) or no index row, with a progress line; the
 * others give the agenda their index rows. */
void inbox_load_for_agenda(struct app *a);
/* The cable id of docs[i], parsed or from the index; NULL when none. */
const char *inbox_doc_id(const struct doc *d);

/* What one row shows, from the parsed cable or from the index. */
struct inbox_line {
	const char *id;              /* the id, else the serial ("MADRID 2164") */
	const char *precedence, *subject;
	char date[16];
	bool readonly;
	size_t open;                 /* open taskings (mine with --post) */
	long nearest;                /* the nearest of their deadlines */
};
void inbox_line_of(struct app *a, size_t i, struct inbox_line *l);

/* inbox_order.c: the rows shown (a->inbox_rows), their order, limit and
 * search, and the new/read marks. */
enum inbox_sort { INBOX_SORT_DATE, INBOX_SORT_PRECEDENCE, INBOX_SORT_DEADLINE,
                  INBOX_SORT_ID };
void inbox_rows_rebuild(struct app *a);
const char *inbox_sort_name(int sort);
/* Does docs[i] match every word of words (see inbox_order.c)? */
bool inbox_matches(struct app *a, size_t i, const char *words);
void inbox_read_load(struct app *a);
void inbox_set_read(struct app *a, size_t i, bool read);
/* The inbox's title: how many cables, shown, sorted how. */
void inbox_title(struct app *a, char *buf, size_t size);

#endif

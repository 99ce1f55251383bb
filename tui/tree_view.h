/* tree_view.h - the paragraph tree pane and the paragraph text pane.
 *
 * tree_view.c builds the rows and handles the keys, tree_draw.c draws the
 * tree, tree_text.c the selected paragraph's text, tree_search.c the /
 * search.  The rows themselves (struct tree_row) live in the doc
 * (app.h).  The tracker is not known here: the cable screen (actions.c)
 * makes it follow when a key or a search says that the selection moved. */
#ifndef CABLETRACK_TUI_TREE_VIEW_H
#define CABLETRACK_TUI_TREE_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include <curses.h>

#include "app.h"

void tree_rebuild(struct app *a, struct doc *d);
void tree_draw(struct app *a, struct doc *d, struct box b);
/* The selected paragraph's text; tr: the tracker's selected row (what is
 * asked, the deadline and the note are said first when it is of this
 * paragraph), or NULL. */
void tree_text_draw(struct app *a, struct doc *d, struct box b,
                    const struct track_row *tr);
/* A key of the pane: PANE_MOVED when the selection moved (the tracker is
 * to follow it). */
enum pane_key tree_key(struct app *a, struct doc *d, enum keymap_action act);
void tree_select_para(struct doc *d, int number);
const struct paragraph *tree_current_para(const struct doc *d);
/* The next (dir 1) or previous match of a->search; true when it selected
 * one (the tracker is to follow it). */
bool tree_search(struct app *a, struct doc *d, int dir, bool from_next);

/* Shared by the tree's files. */
#define TREE_MAX_DEPTH 6                  /* sub-items deeper are not shown */
/* tree_view.c: after the selection moved: the text pane to its top. */
void tree_moved(struct app *a);
/* tree_draw.c: the label a sub-item is shown with: "--", "a)", "(1)", "»". */
void tree_node_label(const struct node *n, char *buf, size_t size);
/* tree_draw.c: the attribute of a search match drawn over base. */
attr_t tree_match_attr(attr_t base, bool sel);
/* tree_draw.c: redraw the search matches of s[0..len), which was drawn at
 * (y, x) in at most maxw columns.  back: bytes before s of the same text,
 * so that a match that started on the previous (wrapped) line is marked
 * too. */
void tree_draw_matches(const struct app *a, int y, int x, int maxw,
                       const char *s, size_t len, size_t back, attr_t attr);
/* tree_text.c: scroll the text pane by about a pane's height. */
void tree_text_scroll(struct app *a, int dir);

#endif

/* list.h - the list widget every view scrolls with (as htop's Panel): how
 * many items there are, the selected one and the first one shown; the
 * movement keys (next, prev, page down, page up, first, last, and so the
 * mouse wheel, which actions.c turns into next and prev), and the scroll
 * that keeps the selection in view.
 *
 * It holds no items and draws nothing.  The view owns its rows: before it
 * moves or draws it says how many there are (list_clamp, which keeps the
 * selection on an item when the list shrank), moves with list_move, and
 * when it draws asks list_visible for the first row to show.  A pager (the
 * help) has no selection: its keys move the first line shown. */
#ifndef CABLETRACK_TUI_LIST_H
#define CABLETRACK_TUI_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "keymap/keymap.h"

struct list {
	size_t n;          /* items */
	size_t sel;        /* the selected item; 0 when there is none */
	size_t top;        /* the first item shown */
	bool pager;        /* no selection: the keys move top */
};

/* The list now has n items: the selection stays on one (the last when it
 * was past the end).  top is put right by list_visible. */
void list_clamp(struct list *l, size_t n);
/* Move by one of the movement actions, page items for a page; false when
 * act is not one of them.  An empty list does not move. */
bool list_move(struct list *l, enum keymap_action act, size_t page);
/* Before drawing rows items: top such that the selection is shown and,
 * when the list is longer than the rows, no row is left empty below it. */
void list_visible(struct list *l, size_t rows);

/* The page of the views, from the terminal's height: a whole screen (the
 * inbox, the agenda, the help) moves by the screen less its bars, a pane
 * of the cable screen by a third of the screen. */
size_t list_page_screen(void);
size_t list_page_pane(void);

#endif

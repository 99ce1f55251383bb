/* list.c - the list widget: selection, scroll and the movement keys.  See
 * list.h. */
#include "list.h"

#include <curses.h>

void list_clamp(struct list *l, size_t n)
{
	l->n = n;
	if (l->sel >= n)
		l->sel = n ? n - 1 : 0;
}

bool list_move(struct list *l, enum keymap_action act, size_t page)
{
	size_t *at = l->pager ? &l->top : &l->sel;
	size_t last = l->n ? l->n - 1 : 0;
	switch (act) {
	case ACT_NEXT:
		if (*at + 1 < l->n)
			(*at)++;
		return true;
	case ACT_PREV:
		if (*at > 0)
			(*at)--;
		return true;
	case ACT_FIRST:
		*at = 0;
		return true;
	case ACT_LAST:
		*at = last;
		return true;
	case ACT_PAGE_DOWN:
		*at = *at + page < l->n ? *at + page : last;
		return true;
	case ACT_PAGE_UP:
		*at = *at > page ? *at - page : 0;
		return true;
	default:
		return false;
	}
}

void list_visible(struct list *l, size_t rows)
{
	if (rows == 0)
		return;
	if (!l->pager) {
		if (l->sel < l->top)
			l->top = l->sel;
		if (l->sel >= l->top + rows)
			l->top = l->sel - rows + 1;
	}
	if (l->top + rows > l->n)
		l->top = l->n > rows ? l->n - rows : 0;
}

size_t list_page_screen(void)
{
	return LINES > 6 ? (size_t)LINES - 4 : 1;
}

size_t list_page_pane(void)
{
	return LINES / 3 > 1 ? (size_t)(LINES / 3) : 1;
}

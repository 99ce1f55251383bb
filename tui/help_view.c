/* help_view.c - the help screen, generated from the live keymap: every
 * action with the keys bound to it and its one-line help from
 * KEYMAP_ACTIONS, so the help cannot drift from the keys. */
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "draw.h"
#include "theme.h"

static const char *const help_intro[] = {
	"The left pane lists the cable's numbered paragraphs; [POST] badges show",
	"which posts a paragraph asks to act (yours highlighted with --post).",
	"The tracker lists one row per tasking and post: paragraph, what is asked,",
	"deadline, your status and a * when it has a note.  Every change is saved",
	"at once; undo reverts the last change.",
	"",
};
#define HELP_NINTRO (sizeof help_intro / sizeof help_intro[0])

static size_t help_lines(void)
{
	return HELP_NINTRO + 1 + (size_t)ACT_COUNT;
}

void help_draw(struct app *a, struct box b)
{
	char title[128];
	snprintf(title, sizeof title, " keymap: %s", a->km && a->km->name ? a->km->name : "?");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE_FOCUS));
	draw_cell(b.y, b.x, b.w, title, theme(TH_PANE_FOCUS));
	int h = b.h - 1;
	size_t total = help_lines();
	if (h <= 0)
		return;
	if (a->help_top + (size_t)h > total)
		a->help_top = total > (size_t)h ? total - (size_t)h : 0;
	for (int row = 0; row < h; row++) {
		size_t i = a->help_top + (size_t)row;
		int y = b.y + 1 + row;
		if (i >= total)
			break;
		if (i < HELP_NINTRO) {
			draw_cell(y, b.x + 2, b.w - 2, help_intro[i], 0);
			continue;
		}
		if (i == HELP_NINTRO) {
			draw_textf(y, b.x + 2, b.w - 2, theme(TH_HEADING), "%-18s%-15s%s",
			           "KEYS", "ACTION", "WHAT IT DOES");
			continue;
		}
		enum keymap_action act = (enum keymap_action)(i - HELP_NINTRO - 1);
		char keys[128];
		keymap_keys_for(a->km, act, keys, sizeof keys);
		draw_cell(y, b.x + 2, 17, keys[0] ? keys : "(unbound)",
		          theme(keys[0] ? TH_MINE : TH_MARK));
		draw_cell(y, b.x + 20, 14, keymap_action_name(act), 0);
		draw_cell(y, b.x + 35, b.w - 35, keymap_action_help(act), 0);
	}
}

bool help_key(struct app *a, enum keymap_action act)
{
	size_t total = help_lines();
	switch (act) {
	case ACT_NEXT:
	case ACT_PAGE_DOWN:
		if (a->help_top + 1 < total)
			a->help_top += act == ACT_NEXT ? 1 : 10;
		return true;
	case ACT_PREV:
		if (a->help_top > 0)
			a->help_top--;
		return true;
	case ACT_PAGE_UP:
		a->help_top = a->help_top > 10 ? a->help_top - 10 : 0;
		return true;
	case ACT_FIRST:
		a->help_top = 0;
		return true;
	case ACT_LAST:
		a->help_top = total;
		return true;
	case ACT_TOGGLE:
		a->screen = a->back;
		return true;
	default:
		return false;
	}
}

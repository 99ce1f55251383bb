/* theme.h - colours and attributes by role.  NO_COLOR (non-empty) or a
 * terminal without colours gives a monochrome theme made of bold, reverse,
 * underline and dim. */
#ifndef CABLETRACK_TUI_THEME_H
#define CABLETRACK_TUI_THEME_H

#include <stdbool.h>

#include <curses.h>

enum theme_role {
	TH_NORMAL,
	TH_BAR,          /* the top bar */
	TH_PANE,         /* a pane's title line */
	TH_PANE_FOCUS,   /* the title of the pane with the focus */
	TH_SEL,          /* the selected row in the focused pane */
	TH_SEL_DIM,      /* the selected row in the other pane */
	TH_MINE,         /* a row of my post */
	TH_BADGE,        /* [POST] badge */
	TH_BADGE_MINE,
	TH_MARK,         /* portion mark (SBU) */
	TH_HEADING,
	TH_OVERDUE,
	TH_SOON,
	TH_DONE,
	TH_STATUS,       /* the status line */
	TH_KEY,          /* a key name on the status line */
	TH_ERROR,
	TH_INFO,
	TH_MATCH,        /* search match */
	TH_COUNT
};

/* After the screen is set up.  color false forces monochrome. */
void theme_init(bool color);
attr_t theme(enum theme_role r);
bool theme_has_color(void);

#endif

/* theme.c - colours by role, with a monochrome fallback. */
#include "theme.h"

static attr_t theme_attrs[TH_COUNT];
static bool theme_color;

struct theme_def {
	short fg, bg;     /* -1: terminal default */
	attr_t extra;     /* added in colour */
	attr_t mono;      /* used without colour */
};

static const struct theme_def theme_defs[TH_COUNT] = {
	[TH_NORMAL]     = { -1, -1, 0, 0 },
	[TH_BAR]        = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
	[TH_PANE]       = { COLOR_CYAN, -1, 0, A_UNDERLINE },
	[TH_PANE_FOCUS] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[TH_SEL]        = { COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	[TH_SEL_DIM]    = { -1, -1, A_REVERSE | A_DIM, A_UNDERLINE },
	[TH_MINE]       = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[TH_BADGE]      = { COLOR_MAGENTA, -1, 0, 0 },
	[TH_BADGE_MINE] = { COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_BOLD | A_REVERSE },
	[TH_MARK]       = { COLOR_GREEN, -1, 0, A_DIM },
	[TH_HEADING]    = { -1, -1, A_BOLD, A_BOLD },
	[TH_OVERDUE]    = { COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[TH_SOON]       = { COLOR_YELLOW, -1, 0, A_BOLD },
	[TH_DONE]       = { COLOR_GREEN, -1, A_DIM, A_DIM },
	[TH_STATUS]     = { COLOR_WHITE, COLOR_BLUE, 0, A_REVERSE },
	[TH_KEY]        = { COLOR_YELLOW, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[TH_ERROR]      = { COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	[TH_INFO]       = { COLOR_BLACK, COLOR_GREEN, 0, A_REVERSE },
	[TH_MATCH]      = { COLOR_BLACK, COLOR_YELLOW, 0, A_STANDOUT },
};

void theme_init(bool color)
{
	theme_color = color && has_colors() && start_color() == OK;
	if (theme_color)
		use_default_colors();
	for (int r = 0; r < TH_COUNT; r++) {
		const struct theme_def *d = &theme_defs[r];
		if (!theme_color) {
			theme_attrs[r] = d->mono;
			continue;
		}
		if (d->fg == -1 && d->bg == -1) {
			theme_attrs[r] = d->extra;
			continue;
		}
		short pair = (short)(r + 1);
		if (pair >= COLOR_PAIRS || init_pair(pair, d->fg, d->bg) != OK) {
			theme_attrs[r] = d->mono;
			continue;
		}
		theme_attrs[r] = COLOR_PAIR(pair) | d->extra;
	}
}

attr_t theme(enum theme_role r)
{
	return (r >= 0 && r < TH_COUNT) ? theme_attrs[r] : 0;
}

bool theme_has_color(void)
{
	return theme_color;
}

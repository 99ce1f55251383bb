/* help_view.c - the help screen, generated from the live keymap: a short
 * "how to" whose keys are the ones bound, then every action under its
 * group, with its keys and its one-line help, the group and the help both
 * from the action table (KEYMAP_ACTIONS in core/keymap/keymap.h), so the
 * help cannot drift from the keys. */
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "app.h"
#include "base/ascii.h"
#include "draw.h"
#include "help_view.h"
#include "theme.h"
#include "where.h"

enum help_kind { HL_TEXT, HL_INTRO, HL_HEADING, HL_STEP, HL_ACTION, HL_COLUMNS };

struct help_line {
	enum help_kind kind;
	enum keymap_action act;      /* HL_STEP, HL_ACTION */
	const char *text;
};

static const char *const help_screen[] = {
	"Top: the cable (id, classification, date, sender) and its subject.",
	"Paragraphs: the numbered paragraphs; [POST] badges name the posts a",
	"  paragraph asks to act (yours highlighted when started with --post).",
	"Tracker: one row per post and paragraph: what is asked, the deadline,",
	"  your status, * when it has a note.  Bottom: the selected paragraph.",
	"Every change is saved at once, in one file per cable.",
};
#define HELP_NSCREEN (sizeof help_screen / sizeof help_screen[0])

/* "Your taskings in five keys": the keys are looked up, the words fixed. */
static const struct { enum keymap_action act; const char *text; } help_steps[] = {
	{ ACT_NEXT_TASKED, "go to the next paragraph that asks your post to act" },
	{ ACT_SWITCH_PANE, "go to the tracker, and back to the paragraphs" },
	{ ACT_TOGGLE_DONE, "mark the selected tasking done (again: open)" },
	{ ACT_NOTE, "write a note on it" },
	{ ACT_SET_DUE, "change its deadline (empty: back to the cable's)" },
	{ ACT_UNDO, "undo the last change" },
	{ ACT_MINE_ONLY, "only your post's taskings, or every post" },
	{ ACT_AGENDA, "every open tasking of all the cables, by deadline" },
};
#define HELP_NSTEPS (sizeof help_steps / sizeof help_steps[0])

/* The lines of the help for the screen it was opened from (a->back),
 * into out (when not NULL); returns how many.  Only the actions that
 * screen takes are listed (where.h), and the how-to only for a cable. */
static size_t help_build(const struct app *a, struct help_line *out, size_t cap)
{
	size_t n = 0;
#define HELP_PUT(k, x, t) do { \
		if (out && n < cap) out[n] = (struct help_line){ (k), (x), (t) }; \
		n++; \
	} while (0)
	bool cable = a->back == SCR_CABLE;
	if (cable) {
		HELP_PUT(HL_INTRO, ACT_NONE, NULL);
		for (size_t i = 0; i < HELP_NSTEPS; i++)
			HELP_PUT(HL_STEP, help_steps[i].act, help_steps[i].text);
		HELP_PUT(HL_TEXT, ACT_NONE, "");
		HELP_PUT(HL_HEADING, ACT_NONE, "The screen");
		for (size_t i = 0; i < HELP_NSCREEN; i++)
			HELP_PUT(HL_TEXT, ACT_NONE, help_screen[i]);
		HELP_PUT(HL_TEXT, ACT_NONE, "");
	}
	HELP_PUT(HL_COLUMNS, ACT_NONE, NULL);
	/* Each group of the action table, its actions in the table's order. */
	for (int g = 0; g < GRP_COUNT; g++) {
		size_t head = n;
		HELP_PUT(HL_HEADING, ACT_NONE, keymap_group_title((enum keymap_group)g));
		for (int act = 0; act < ACT_COUNT; act++)
			if (keymap_action_group((enum keymap_action)act) == (enum keymap_group)g &&
			    where_works(a->back, (enum keymap_action)act))
				HELP_PUT(HL_ACTION, (enum keymap_action)act, NULL);
		if (n == head + 1)
			n = head;             /* no action of the group here */
	}
	HELP_PUT(HL_TEXT, ACT_NONE, "");
	HELP_PUT(HL_TEXT, ACT_NONE, "/ searches this help, n and N go on; ? q or Esc close it.");
#undef HELP_PUT
	return n;
}

#define HELP_MAX (HELP_NSCREEN + HELP_NSTEPS + ACT_COUNT + GRP_COUNT + 16)

/* The words of line l, as the search reads them. */
static void help_line_text(const struct app *a, const struct help_line *l, char *buf,
                           size_t size)
{
	char keys[128] = "";
	if (l->act != ACT_NONE)
		keymap_keys_for(a->km, l->act, keys, sizeof keys);
	if (l->kind == HL_ACTION)
		snprintf(buf, size, "%s %s %s", keys, keymap_action_name(l->act),
		         keymap_action_help(l->act));
	else if (l->kind == HL_STEP)
		snprintf(buf, size, "%s %s", keys, l->text);
	else
		snprintf(buf, size, "%s", l->text ? l->text : "");
}

static bool help_matches(const struct app *a, const struct help_line *l)
{
	char text[512];
	if (!a->help_search[0])
		return false;
	help_line_text(a, l, text, sizeof text);
	return ascii_find_ci(text, strlen(text), a->help_search,
	                     strlen(a->help_search)) != NULL;
}

/* Put the next (dir 1) or previous (-1) line matching the search at the
 * top, from the line after (before) the top; wraps. */
static void help_find(struct app *a, int dir)
{
	struct help_line lines[HELP_MAX];
	size_t total = help_build(a, lines, HELP_MAX);
	if (total > HELP_MAX)
		total = HELP_MAX;
	size_t at = a->help_list.top;
	for (size_t k = 1; k <= total; k++) {
		size_t i = dir > 0 ? (at + k) % total : (at + total - k % total) % total;
		if (help_matches(a, &lines[i])) {
			a->help_list.top = i;
			app_message(a, false, "/%s", a->help_search);
			return;
		}
	}
	app_message(a, false, "not in the help: %s", a->help_search);
}

static size_t help_lines(const struct app *a)
{
	return help_build(a, NULL, 0);
}

void help_draw(struct app *a, struct box b)
{
	char title[128];
	snprintf(title, sizeof title, " keys of %s, keymap %s%s  (from the keymap "
	         "in force; --keymap vi or emacs, or your own file)", where_name(a->back),
	         a->km && a->km->name ? a->km->name : "?",
	         a->back == SCR_CABLE ? "" : "; a cable has more");
	draw_fill(b.y, b.x, b.w, theme(TH_PANE_FOCUS));
	draw_cell(b.y, b.x, b.w, title, theme(TH_PANE_FOCUS));
	int h = b.h - 1;
	struct help_line lines[HELP_MAX];
	size_t total = help_build(a, lines, HELP_MAX);
	if (total > HELP_MAX)
		total = HELP_MAX;
	if (h <= 0)
		return;
	list_clamp(&a->help_list, total);
	list_visible(&a->help_list, (size_t)h);
	for (int row = 0; row < h; row++) {
		size_t i = a->help_list.top + (size_t)row;
		int y = b.y + 1 + row;
		if (i >= total)
			break;
		const struct help_line *l = &lines[i];
		char keys[128];
		if (help_matches(a, l)) {     /* a line the search found */
			draw_fill(y, b.x, b.w, theme(TH_SEL_DIM));
			draw_text(y, b.x, 1, ">", theme(TH_SEL_DIM));
		}
		switch (l->kind) {
		case HL_TEXT:
			draw_cell(y, b.x + 2, b.w - 2, l->text, 0);
			break;
		case HL_INTRO: {
			char t[160];
			if (a->post && *a->post) {
				char sp[64];
				snprintf(t, sizeof t, "Your taskings in a few keys (your post: %s)",
				         app_short_party(a->post, sp, sizeof sp));
			} else
				snprintf(t, sizeof t, "Your taskings in a few keys (start with "
				         "--post YOURPOST to have yours first)");
			draw_cell(y, b.x + 1, b.w - 1, t, theme(TH_HEADING));
			break;
		}
		case HL_HEADING:
			draw_cell(y, b.x + 1, b.w - 1, l->text, theme(TH_HEADING));
			break;
		case HL_COLUMNS:
			draw_textf(y, b.x + 2, b.w - 2, theme(TH_MARK), "%-18s%-15s%s",
			           "KEYS", "ACTION", "WHAT IT DOES");
			break;
		case HL_STEP:
			keymap_keys_for(a->km, l->act, keys, sizeof keys);
			draw_cell(y, b.x + 3, 10, keys[0] ? keys : "(unbound)",
			          theme(keys[0] ? TH_MINE : TH_MARK));
			draw_cell(y, b.x + 14, b.w - 14, l->text, 0);
			break;
		case HL_ACTION:
			keymap_keys_for(a->km, l->act, keys, sizeof keys);
			draw_cell(y, b.x + 3, 16, keys[0] ? keys : "(unbound)",
			          theme(keys[0] ? TH_MINE : TH_MARK));
			draw_cell(y, b.x + 20, 14, keymap_action_name(l->act), 0);
			draw_cell(y, b.x + 35, b.w - 35, keymap_action_help(l->act), 0);
			break;
		}
	}
}

bool help_key(struct app *a, enum keymap_action act)
{
	struct list *l = &a->help_list;
	list_clamp(l, help_lines(a));
	switch (act) {
	case ACT_SEARCH: {
		char in[128];
		if (prompt_read(a, "search the help: ", a->help_search, in, sizeof in) !=
		    PROMPT_OK || !in[0])
			return true;
		snprintf(a->help_search, sizeof a->help_search, "%s", in);
		help_find(a, 1);
		return true;
	}
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (!a->help_search[0])
			app_message(a, false, "no search yet: / to search the help");
		else
			help_find(a, act == ACT_SEARCH_NEXT ? 1 : -1);
		return true;
	case ACT_TEXT_DOWN:
		act = ACT_NEXT;
		break;
	case ACT_TEXT_UP:
		act = ACT_PREV;
		break;
	case ACT_TOGGLE:
		a->screen = a->back;
		return true;
	default:
		break;
	}
	return list_move(l, act, list_page_screen());
}

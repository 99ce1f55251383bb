/* where.c - which screen takes which action.  See where.h. */
#include "where.h"

#include <stdio.h>
#include <string.h>

/* Every screen: the screens themselves, and quit (back). */
static bool where_everywhere(enum keymap_action act)
{
	return act == ACT_HELP || act == ACT_REDRAW || act == ACT_AGENDA ||
	       act == ACT_INBOX || act == ACT_QUIT || act == ACT_COMMAND;
}

static bool where_moving(enum keymap_action act)
{
	return act == ACT_NEXT || act == ACT_PREV || act == ACT_FIRST ||
	       act == ACT_LAST || act == ACT_PAGE_DOWN || act == ACT_PAGE_UP;
}

const char *where_name(enum app_screen s)
{
	switch (s) {
	case SCR_INBOX: return "the inbox";
	case SCR_AGENDA: return "the agenda";
	case SCR_HELP: return "the help";
	default: return "a cable";
	}
}

bool where_works(enum app_screen s, enum keymap_action act)
{
	if (where_everywhere(act))
		return true;
	switch (s) {
	case SCR_CABLE:
		return act != ACT_SORT && act != ACT_TOGGLE_READ && act != ACT_MARK;
	case SCR_INBOX:
		return where_moving(act) || act == ACT_TOGGLE || act == ACT_UNFOLD ||
		       act == ACT_SEARCH || act == ACT_SEARCH_NEXT ||
		       act == ACT_SEARCH_PREV || act == ACT_FILTER ||
		       act == ACT_MINE_ONLY || act == ACT_SORT || act == ACT_TOGGLE_READ ||
		       act == ACT_VIEW_CABLE || act == ACT_MARK || act == ACT_TOGGLE_DONE ||
		       act == ACT_CYCLE_STATUS || act == ACT_EXPORT;
	case SCR_AGENDA:
		return where_moving(act) || act == ACT_TOGGLE || act == ACT_UNFOLD ||
		       act == ACT_TOGGLE_DONE || act == ACT_CYCLE_STATUS ||
		       act == ACT_SET_DUE || act == ACT_UNDO || act == ACT_MINE_ONLY ||
		       act == ACT_VIEW_CABLE || act == ACT_EXPORT;
	case SCR_HELP:
		return where_moving(act) || act == ACT_TEXT_DOWN || act == ACT_TEXT_UP ||
		       act == ACT_TOGGLE || act == ACT_SEARCH || act == ACT_SEARCH_NEXT ||
		       act == ACT_SEARCH_PREV;
	}
	return false;
}

const char *where_list(enum keymap_action act, char *buf, size_t size)
{
	static const enum app_screen order[] = { SCR_CABLE, SCR_INBOX, SCR_AGENDA,
	                                         SCR_HELP };
	const char *names[4] = { NULL, NULL, NULL, NULL };
	size_t n = 0;
	for (size_t i = 0; i < 4; i++)
		if (where_works(order[i], act))
			names[n++] = where_name(order[i]);
	buf[0] = 0;
	for (size_t i = 0, len = 0; i < n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		                        i == 0 ? "" : i + 1 == n ? " and " : ", ", names[i]);
	return buf;
}

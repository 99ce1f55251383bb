/* party_choice.h - whom add-tasking may name: the cable's addressees with
 * each collective among them expanded to the posts it holds
 * (tasking/post_table.h: post_collective_members), mine first, then the
 * posts the TO and INFO lines name, then the collectives' other posts.
 * The prompt offers the first few by number, Tab completes any of them by
 * its short name, and a name typed is read against the list (short or
 * full, or any name that names exactly one of them: "Japan"), else taken
 * as written. */
#ifndef CABLETRACK_TUI_PARTY_CHOICE_H
#define CABLETRACK_TUI_PARTY_CHOICE_H

#include <stddef.h>

#include "app.h"

struct party_choice {
	char **v;                    /* full names, malloc'd, each once */
	size_t n, cap;
	size_t nmine;                /* v[0..nmine) are my post's */
	size_t nexpanded;            /* how many came from a collective */
};

/* The list for cable c as a's post sees it; free with party_choice_free.
 * Empty only when c names nobody and there is no --post. */
void party_choice_build(struct party_choice *pc, const struct app *a,
                        const struct cable *c);
void party_choice_free(struct party_choice *pc);

/* Asks for the party of a tasking in paragraph: PROMPT_OK with the full
 * name in out (upper case), else what prompt_read returned. */
int party_choice_read(struct app *a, const struct party_choice *pc, int paragraph,
                      char *out, size_t size);

#endif

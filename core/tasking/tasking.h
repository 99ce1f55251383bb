/* tasking.h - which paragraph asks which party to act, and by when.
 *
 * Reads the paragraphs of a parsed cable and fills c->taskings and each
 * paragraph's tasked list.  Parties are resolved to addressee names. */
#ifndef CABLETRACK_TASKING_H
#define CABLETRACK_TASKING_H

#include "parse/cable.h"

void tasking_find(struct cable *c);

/* Does NAME (short "USOSCE", "KYIV" or full "USMISSION USOSCE") name the
 * addressee FULL, or is FULL a collective that holds the post NAME names
 * ("ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE" holds every post; see
 * data/collectives.tsv)?  Used by --post. */
bool party_matches(const char *name, const char *full);

#endif

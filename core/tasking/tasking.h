/* tasking.h - which paragraph asks which party to act, and by when.
 *
 * Reads the paragraphs of a parsed cable and fills c->taskings and each
 * paragraph's tasked list.  Parties are resolved to addressee names. */
#ifndef CABLETRACK_TASKING_H
#define CABLETRACK_TASKING_H

#include "parse/cable.h"
#include "tasking/party.h"     /* party_matches(), the --post test */

void tasking_find(struct cable *c);

#endif

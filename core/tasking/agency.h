/* agency.h - the Washington agencies a post's cable may ask to act
 * (data/agencies.tsv): the words the text says, the words of their
 * addressee names, and whether the words may name a foreign body. */
#ifndef CABLETRACK_AGENCY_H
#define CABLETRACK_AGENCY_H

#include <stdbool.h>
#include <stddef.h>

enum { AGENCY_TEXT = 48 };

struct agency {
	char words[AGENCY_TEXT];    /* as the text says it, upper case */
	char key[AGENCY_TEXT];      /* a word (or words) of the addressee name */
	char key2[AGENCY_TEXT];     /* another spelling, or "" */
	bool us_only;               /* the words name no foreign body: "DOD",
	                               not "Attorney General", "Treasury" */
};

/* The table, read from the embedded data/agencies.tsv on the first call
 * (thread-safe); *n is set to its length.  A malformed line is skipped. */
const struct agency *agency_table(size_t *n);

#endif

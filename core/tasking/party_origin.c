/* party_origin.c - which side a cable speaks from.
 *
 * In: a parsed cable's FM line, or its id when the header is missing.
 * Out: party_from_washington(), whether Washington wrote it (then "Post"
 * and "Posts" are its addressees; else the post asks Washington).
 */
#include "tasking/party.h"

#include <string.h>

#include "base/ascii.h"

bool party_from_washington(const struct cable *c)
{
	if (c->from)
		return strstr(c->from, "SECSTATE") != NULL;
	if (c->id && strlen(c->id) > 7)
		return strncmp(c->id + 2, "STATE", 5) == 0 &&
		       ascii_is_digit((unsigned char)c->id[7]);
	return false;
}

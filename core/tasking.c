/* tasking.c - PLACEHOLDER being replaced. */
#include "tasking.h"

#include <string.h>

void tasking_find(struct cable *c)
{
	(void)c;
}

bool party_matches(const char *name, const char *full)
{
	return strcmp(name, full) == 0;
}

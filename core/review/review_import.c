/* review_import.c - the item a task of an imported export names. */
#include "review/review_import.h"
#include "review/review_internal.h"

#include "base/xalloc.h"

struct review_item *review_import_item(struct review *r, int paragraph,
                                       const char *party)
{
	if (!party || !*party)
		return NULL;
	struct review_item *it = review_find(r, paragraph, party);
	if (it)
		return it;
	it = review_push(r);
	it->paragraph = paragraph;
	it->party = xstrdup(party);
	it->status = STATUS_OPEN;
	it->manual = false;
	return it;
}

/* export_text.h - what the export tests share: a built list written out
 * as one string, and an item found by paragraph and party.  Included by
 * test_export.c, test_export_corrections.c and test_export_readers.c,
 * after cmocka.h and export/export.h. */
#ifndef CABLETRACK_TEST_EXPORT_TEXT_H
#define CABLETRACK_TEST_EXPORT_TEXT_H

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

/* The list l written in format f, as a string the caller frees; l is
 * freed. */
static inline char *export_text(enum export_format f, struct export_list *l)
{
	struct buf b;
	buf_init(&b);
	export_write(f, l, &b);
	assert_false(b.failed);
	export_list_free(l);
	char *s = strdup(buf_str(&b));
	buf_free(&b);
	return s;
}

/* The item of paragraph para for party, or NULL. */
static inline const struct export_item *find_item(const struct export_list *l, int para,
                                                  const char *party)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->items[i].paragraph == para && strcmp(l->items[i].party, party) == 0)
			return &l->items[i];
	return NULL;
}

#endif

/* tags.h - the subject tags of the TAGS line (5 FAH-3 H-100).
 *
 * A four-letter subject tag names a topic ("PREL" political relations,
 * "ETRD" trade); the first letter is its category.  Used to split tags
 * written together ("EINDETRD" is EIND and ETRD).
 */
#ifndef CABLETRACK_TAGS_H
#define CABLETRACK_TAGS_H

#include <stdbool.h>
#include <stddef.h>

/* Is s[0..n) a known four-letter subject tag (upper case)? */
bool tags_known(const char *s, size_t n);

/* Tags written together: when s[0..n) is two or more known four-letter
 * tags one after another, returns how many; else 0. */
size_t tags_glued(const char *s, size_t n);

#endif

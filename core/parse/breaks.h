/* breaks.h - page and section break lines inside a cable's text.
 *
 * Telegrams carry a marker at each section or page boundary:
 * "STATE 00104535 002 OF 005", "BAKU 00001835  002.2 OF 003",
 * "PAGE 02 RUEHFRA0170 S E C R E T".  Some archives glue the marker to the
 * end of a text line ("... for its concurrence. BRASILIA 00001315 002 OF 002").
 * The body parser drops the markers and rejoins the sentence they split.
 */
#ifndef CABLETRACK_BREAKS_H
#define CABLETRACK_BREAKS_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) (already trimmed) is a break line and nothing else. */
bool breaks_is_line(const char *s, size_t len);

/* Length of s[0..len) without a section marker glued to its end (trailing
 * blanks removed too); len when there is none. */
size_t breaks_strip_suffix(const char *s, size_t len);

/* Both at once, with one search for the marker: the length of s[0..len)
 * (already trimmed, not empty) without a glued marker, or 0 when it is a
 * break line and nothing else. */
size_t breaks_text_len(const char *s, size_t len);

#endif

/* portion.h - paragraph portion marks: "(C)", "(S//NF)", "(S/Rel to Ukraine)".
 *
 * A portion mark is a parenthesised token whose first part is a
 * classification or control word (U, C, S, TS, SBU, N, NF, REL, FOUO ...).
 * The mark is returned as written, upper-cased, with its spacing normalised.
 */
#ifndef CABLETRACK_PORTION_H
#define CABLETRACK_PORTION_H

#include <stddef.h>

/* Largest mark we keep, NUL included; longer parentheses are prose. */
#define PORTION_MAX 128

/* Reads a portion mark at s[0..len) (s[0] must be '(').  Returns the bytes
 * consumed, parentheses included, and writes the mark without parentheses to
 * out (PORTION_MAX bytes); returns 0 when s does not start with a mark. */
size_t portion_parse(const char *s, size_t len, char out[PORTION_MAX]);

/* The same after a pilcrow ("¶1. (c) Summary"), where a one-letter mark
 * in small letters ("(c)", "(s)", "(u)") is a mark too: a sub-item does
 * not follow the paragraph sign. */
size_t portion_parse_signed(const char *s, size_t len, char out[PORTION_MAX]);

#endif

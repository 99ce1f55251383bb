/* pararefs.h - the paragraphs a stretch of prose names: "see paras 4 and
 * 7", "paragraphs 4-7", "Para. 13", "para 5 (OSCE UNSCR 1540 Strategy)". */
#ifndef CABLETRACK_PARAREFS_H
#define CABLETRACK_PARAREFS_H

#include <stddef.h>

/* Fills out[0..max) with the numbers named in text, in order of mention,
 * ranges expanded ("4-7", "9 through 11": a span of at most 19; a longer
 * one is no range); returns how many. */
size_t pararefs_find(const char *text, int *out, size_t max);

/* The same for the one list that starts at s[0..len) with a para word
 * ("paras 4 and 7", "Para. 13", "par 5"): the tasking finder reads a
 * pointer with it ("see paras 4 and 7"), the TUI's `r` every list of a
 * paragraph with pararefs_find().  0 when s starts with no para word. */
size_t pararefs_read(const char *s, size_t len, int *out, size_t max);

#endif

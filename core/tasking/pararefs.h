/* pararefs.h - the paragraphs a stretch of prose names: "see paras 4 and
 * 7", "paragraphs 4-7", "Para. 13", "para 5 (OSCE UNSCR 1540 Strategy)". */
#ifndef CABLETRACK_PARAREFS_H
#define CABLETRACK_PARAREFS_H

#include <stddef.h>

/* Fills out[0..max) with the numbers named in text, in order of mention,
 * ranges expanded (at most 50 numbers a range); returns how many. */
size_t pararefs_find(const char *text, int *out, size_t max);

#endif

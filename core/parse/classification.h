/* classification.h - security classification and handling caveats.
 *
 * Reads the classification line that opens the text of a cable
 * ("C O N F I D E N T I A L SECTION 01 OF 02 PRETORIA 001173", its
 * lower-case, unspaced and damaged forms, "UNCLAS EFTO"), banner lines
 * ("SECRET//NOFORN"), the FL4 security warning ("ZNY CCCCC") and the first
 * paragraph's "SECRET - ENTIRE TEXT".  Levels come back spelled out as static
 * strings: "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET".
 */
#ifndef CABLETRACK_CLASSIFICATION_H
#define CABLETRACK_CLASSIFICATION_H

#include <stdbool.h>
#include <stddef.h>

struct class_line {
	const char *level;     /* spelled out; NULL when not a classification line */
	char origin[48];       /* "RIODEJANEIRO" (words joined, upper case), or "" */
	long serial;           /* 1173, or -1 when the line names none */
	size_t rest;           /* offset of what follows the serial (run-on
	                          captions: "SIPDIS  STATE FOR ..."), else len */
};

/* Is s[0..len) a classification line?  Fills out either way. */
bool classification_line(const char *s, size_t len, struct class_line *out);

/* "SECRET//NOFORN", "UNCLASSIFIED//FOR OFFICIAL USE ONLY": the level, or
 * NULL.  The caveats after it are found by caveat_scan(). */
const char *classification_banner(const char *s, size_t len);

/* FL4 "ZNY CCCCC ZZH", "ZNR UUUUU": the level, or NULL. */
const char *classification_fl4(const char *s, size_t len);

/* "SECRET - ENTIRE TEXT" anywhere in s: the level, or NULL. */
const char *classification_entire_text(const char *s, size_t len);

/* Handling caveats named in s, in order ("SIPDIS", "NOFORN", "SENSITIVE",
 * "EXDIS" ...; "FOR OFFICIAL USE ONLY" as one).  Stores up to max static
 * strings in found and returns how many it stored. */
size_t caveat_scan(const char *s, size_t len, const char **found, size_t max);

/* Is the word s[0..len) (any case) a caveat?  Returns its spelling or NULL. */
const char *caveat_word(const char *s, size_t len);

#endif

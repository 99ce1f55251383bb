/* refs.h - the REF list of a cable and canonical cable ids.
 *
 * "REF: A. 99 PRETORIA 12315  B. 99 PRETORIA 12316" -> two references,
 * letters A and B, ids 99PRETORIA12315 and 99PRETORIA12316.  A reference
 * without a year takes the citing cable's ("USOSCE 219" in a 2008 cable ->
 * 08USOSCE219), or the year of a date written after it ("STATE 33221
 * --05/DEC/2008"), or the year before the citing cable's when it is of the
 * same post and its serial is clearly past the cable's own (serials restart
 * each year).  Non-cable references (e-mails, memos, FAM sections) keep their
 * text and get a NULL id, and so does every reference whose year the text
 * does not give (a cable with no date).
 *
 * refs.c reads one citation and makes ids; refs_list.c splits a REF list
 * into its items.
 */
#ifndef CABLETRACK_REFS_H
#define CABLETRACK_REFS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "parse/cable.h"

/* A reference of the same post at most this far above the cable's own serial
 * is a companion of the same days, so of the same year; one further above is
 * from the year before. */
#define REFS_COMPANION_GAP 2

/* What a citing cable tells about the references it lists. */
struct refs_ctx {
	int year;                /* the cable's year (2008), 0 when unknown */
	const char *origin;      /* its origin as in its id ("PARIS"), or NULL */
	long serial;             /* its serial, or 0 */
};

/* One cable citation "[YY ]POST SERIAL" read from text. */
struct refs_cite {
	size_t start, end;       /* its bytes in the text */
	int year;                /* written year (2008), 0 when none */
	char origin[48];         /* joined, upper case, as in ids: "RIODEJANEIRO" */
	long serial;
};

/* Reads a citation at s[i] (after spaces): an optional year ("99 ", "2008 ",
 * "(08) ", "09DHAHRAN"), an optional kind of post ("EMBASSY", "AMCONSUL"),
 * one to three words of the post and the serial, ended by a space,
 * punctuation or the end.  False for anything else ("IIR 6 809", "E-MAIL",
 * "OCTOBER 12"). */
bool refs_cite_at(const char *s, size_t len, size_t i, struct refs_cite *c);

/* The year of a date written just after a citation, from s[i] on
 * ("--05/DEC/2008", "(12/05/2008)", "DTG 051200Z DEC 08"), or 0. */
int refs_date_year(const char *s, size_t len, size_t i);

/* Canonical id of the cable cited at the start of s[0..len), or NULL.
 * year is the citing cable's year (e.g. 2008), or 0 when unknown. */
char *refs_canonical_id(struct arena *a, const char *s, size_t len, int year);

/* Splits the text after "REF:" (lines already joined with spaces) into
 * lettered or single references, appended to *refs (*n used, *cap
 * allocated, as ARENA_PUSH keeps them). */
void refs_parse(struct arena *a, const char *s, size_t len, const struct refs_ctx *ctx,
                struct reference **refs, size_t *n, size_t *cap);

/* The post as cablegate's ids spell it: "SECSTATE" -> "STATE". */
const char *refs_post_name(const char *origin);

/* Id as cablegate spells it: 2-digit year, origin words joined, serial
 * without leading zeros ("RIO DE JANEIRO", 285 -> 09RIODEJANEIRO285). */
char *refs_make_id(struct arena *a, int year, const char *origin, long serial);

/* The year a two-digit year in an id means: 50-99 the 1900s, else the
 * 2000s ("66" 1966, "08" 2008). */
int refs_full_year(int yy);

#endif

/* party.h - who a tasking names, as the cable's addressee lines write it.
 *
 * "Kyiv" -> AMEMBASSY KYIV, "Belize" -> AMEMBASSY BELMOPAN (the post that
 * covers the country, from data/posts.tsv), "USOSCE" -> USMISSION USOSCE,
 * "UNVIE" -> USMISSION UNVIE VIENNA; in a post's cable "the Department" or
 * "Washington" -> SECSTATE WASHDC, "DOD" -> the SECDEF addressee.
 * party_matches() is the --post test; the tables
 * that --post names and collectives are read against are post_table.h's.
 */
#ifndef CABLETRACK_PARTY_H
#define CABLETRACK_PARTY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/cable.h"

/* The name used for Washington when the cable's lines do not spell it. */
#define PARTY_WASHINGTON "SECSTATE WASHDC"

/* The post covering a country or place, from data/posts.tsv: "Belize" ->
 * "BELMOPAN" (upper case, into buf).  False when the table has no entry. */
bool party_post_for(const char *place, size_t len, char *buf, size_t size);

/* party_matches() without collectives: does NAME name the addressee FULL
 * by its full name, its place or one distinctive word of it ("UNVIE"), or,
 * when post is not NULL, as that post (party_post_for() of NAME: "Japan"
 * names AMEMBASSY TOKYO)? */
bool party_names(const char *name, const char *post, const char *full);

/* Do the words at s[0..len) begin with a post or (unless posts_only) a
 * country that data/posts.tsv knows ("Ottawa", "Canada", "Hong Kong",
 * "USNATO")?  Tries the longest run of up to three words first.  Returns
 * the bytes that name it (0 when none). */
size_t party_known_place(const char *s, size_t len, bool posts_only);

/* Which addressee do the words at s[0..len) begin with: "Kyiv, please",
 * "Belize", "USOSCE and UNVIE", "Addis Ababa"?  Tries the longest run of up
 * to four words first; TO addressees before INFO ones.  Returns the
 * addressee's name and sets *used to the bytes that named it, or NULL. */
const char *party_addressee(const struct cable *c, const char *s, size_t len,
                            size_t *used);

/* A bit for the first letter of each word of a name, for each of a
 * cable's TO and INFO names: a word names none whose mask lacks its
 * letter's bit, so party_addressee_in() cuts into words only the names
 * that have it rather than every name at every capitalised word (a cable
 * from Washington may have a hundred).  Zero until the first lookup makes
 * them, in the cable's arena. */
struct party_masks {
	const uint64_t *to, *info;
};
/* party_addressee() of cable c, with its masks m: the same answer. */
const char *party_addressee_in(struct cable *c, struct party_masks *m,
                               const char *s, size_t len, size_t *used);

/* In a post's cable: which Washington party do the words at s begin with?
 * "Washington", "the Department", "Department's", "State" -> SECSTATE
 * WASHDC (the TO line's spelling when there is one); "DOD", "Department of
 * Defense", "CENTCOM", "Joint Staff", "NSC" ... -> the TO addressee that is
 * that agency (the shortest name when several are; an INFO addressee when
 * no TO one is and the words name no foreign body: "DOD", not "Treasury").
 * how: where the words stand (enum agency_use).  Returns NULL (and *used
 * 0) when the words name no such party, or name an agency on no line, or
 * do not begin with a capital. */
enum agency_use {
	AGENCY_PLAIN,       /* no more is known */
	AGENCY_QUALIFIED,   /* a capitalised word other than "the" or "U.S."
	                       stands before s ("the Kenyan Attorney
	                       General"): words that may name a foreign body
	                       name none here */
	AGENCY_BARE,        /* in a post's cable, no article or other word
	                       before s ("Treasury's views", "if Commerce
	                       could"): such words name the U.S. one, asked on
	                       the INFO lines too */
};
const char *party_agency(const struct cable *c, const char *s, size_t len,
                         enum agency_use how, size_t *used);

/* The bytes of the agency the words at s name, on the addressee lines or
 * not ("DOD", "Department of Energy"; not "Washington", "the
 * Department"), or 0. */
size_t party_agency_len(const char *s, size_t len);

/* The i-th phrase that party_agency() reads ("DEPARTMENT OF DEFENSE",
 * "WASHINGTON": upper case, one space between words), or NULL past the
 * last.  A word whose letters and digits are no first word of these begins
 * no party_agency() match (tasking.c skips such words). */
const char *party_agency_phrase(size_t i);

/* The Washington party an office symbol at s names ("INL/LP",
 * "DOJ/OIA", "OSD/APSA", "USAID/DCHA/OFDA"; head: the bytes before its
 * first '/'): the agency its head names (party_agency()), or the
 * Department (SECSTATE as the lines spell it) for a bureau's symbol
 * ("EUR", "INL", "L").  NULL for any other ("POL/ECON", "CI/KR") and for
 * an agency's office abroad ("USAID/Bangladesh"). */
const char *party_office(const struct cable *c, const char *s, size_t len, size_t head);

/* Is the cable from Washington (FM SECSTATE, or an id like 08STATE103511
 * when the header is missing)? */
bool party_from_washington(const struct cable *c);

/* Does NAME (short "USOSCE", "KYIV" or full "USMISSION USOSCE") name the
 * addressee FULL, or is FULL a collective that holds the post NAME names
 * ("ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE" holds every post; see
 * data/collectives.tsv)?  Used by --post. */
bool party_matches(const char *name, const char *full);

#endif

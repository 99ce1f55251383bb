/* deadline_internal.h - what deadline.c (due phrases: "NLT October 15"),
 * deadline_cob.c (the words between a due word and its date: "COB",
 * "1200 EST") and deadline_on.c (an action's own date: "deliver the points on May 9",
 * and an event's date given elsewhere) share: the text read as words, a
 * date expression, and its resolution against the DTG.  Private to
 * core/tasking/deadline*.c. */
#ifndef CABLETRACK_DEADLINE_INTERNAL_H
#define CABLETRACK_DEADLINE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "tasking/deadline.h"

struct word {
	size_t s, e;                /* [s, e) in the text */
};

enum expr_kind { EXPR_NONE, EXPR_DATE, EXPR_WEEKDAY, EXPR_VAGUE, EXPR_RELATIVE };

struct expr {
	enum expr_kind kind;
	int year, month, day;       /* EXPR_DATE; year 0 = not written */
	int wday;                   /* EXPR_WEEKDAY */
	int count;                  /* EXPR_RELATIVE: days */
	bool business;              /* EXPR_RELATIVE: business days */
	size_t end;                 /* end of the expression in the text */
};

/* The word at or after pos; false at the end of the text. */
bool dl_word_next(const char *s, size_t len, size_t pos, struct word *w);
/* Is w the word lit (any case)?  Inline, with lit's length and first
 * letter compared before any call: it runs at every word, against a
 * literal (so strlen() is a constant). */
static inline bool dl_word_is(const char *s, const struct word *w, const char *lit)
{
	size_t n = strlen(lit);
	return w->e - w->s == n && n > 0 && (s[w->s] | 0x20) == (lit[0] | 0x20) &&
	       strncasecmp(s + w->s, lit, n) == 0;
}
/* A date expression starting at the word at or after pos. */
bool dl_parse_expr(const char *s, size_t len, size_t pos, struct expr *x);
/* Days since the epoch of the DTG's date. */
long dl_dtg_days(const struct dtg *dtg);
/* Turns an expression into a date; false when it names none. */
bool dl_resolve(const struct expr *x, const struct dtg *dtg, struct deadline *out);
/* Is the text at pos the letters of lit (any case), e.g. "N.L.T"?
 * Inline as dl_word_is(). */
static inline bool dl_text_at(const char *s, size_t len, size_t pos, const char *lit)
{
	size_t n = strlen(lit);
	return pos + n <= len && n > 0 && (s[pos] | 0x20) == (lit[0] | 0x20) &&
	       strncasecmp(s + pos, lit, n) == 0;
}
/* Skips the words between "before the" and an event's date: an owner
 * and what the event is said to be ("before the Minister's planned
 * November 20 visit", "prior to the vessel's scheduled March 9
 * departure"), from pos (at "the"); the position after them, or pos when
 * there are none (deadline_on.c). */
size_t dl_skip_event_words(const char *s, size_t len, size_t pos);
/* Skips "COB", "close of business on", a clock time and its zone ... at
 * pos (deadline_cob.c); the position after them. */
size_t dl_skip_cob(const char *s, size_t len, size_t pos);

/* "within seven business days", "within two weeks of the date of this
 * cable" from pos (after "within"): a relative expression into x
 * (deadline_within.c); false for a count from an event. */
bool dl_parse_within(const char *s, size_t len, size_t pos, struct expr *x);
/* "two days before", "one week prior to", "three business days ahead
 * of" ending at the trigger word that starts at pos: in *x its count
 * (EXPR_RELATIVE) and in x->end where the count's number starts; false
 * when no count stands before pos. */
bool dl_offset_before(const char *s, size_t pos, struct expr *x);
/* The day count days (or business days, Monday to Friday) after day, or
 * before it when count is negative. */
long dl_count_days(long day, int count, bool business);
/* The date d less x's count of days (or business days). */
void dl_take_offset(struct deadline *d, const struct expr *x);

#endif

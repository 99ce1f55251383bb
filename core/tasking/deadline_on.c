/* deadline_on.c - an action's own date, with no due word: "Embassy should
 * on May 9 deliver the points", "at the December 3 session", "set for June
 * 2"; whether a paragraph waits on an event ("in advance of the Board") and
 * that event's date, given in another sentence or paragraph ("The IAEA
 * Board of Governors meets June 8-12"); and a deadline's ISO form.  Uses
 * what deadline.c reads words and dates with (deadline_internal.h). */
#include "tasking/deadline.h"
#include "tasking/deadline_internal.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "parse/dates.h"

enum { ON_WINDOW_DAYS = 120 };  /* how far ahead an action's own date may be */

/* A date resolved from a phrase with no due word is the action's own only
 * when it lies between the DTG and ON_WINDOW_DAYS after it: a day before
 * the DTG (which dl_resolve() moves to next year) is background. */
static bool in_window(const struct deadline *d, const struct dtg *dtg)
{
	if (!dtg || !dtg->valid)
		return false;
	long day = days_from_civil(d->year, d->month, d->day);
	long from = dl_dtg_days(dtg);
	return day >= from && day <= from + ON_WINDOW_DAYS;
}

/* The date x, whose words start at start, into *out (dated) when it falls
 * in the window after the DTG. */
static bool dated_in_window(const struct expr *x, size_t start, const struct dtg *dtg,
                            struct deadline *out)
{
	struct deadline d = { start, x->end - start, false, 0, 0, 0 };
	if (!dl_resolve(x, dtg, &d) || !in_window(&d, dtg))
		return false;
	d.dated = true;
	*out = d;
	return true;
}

/* The verbs that give an event's own day: "the Conference opens July 2",
 * "the period ends on August 24", "the Board session opening March 5",
 * "press him when they meet October 20", "before the deputy travels" (his
 * arrival's day, given in another sentence). */
static bool event_verb(const char *s, const struct word *w)
{
	static const char *const verbs[] = {
		"opens", "begins", "starts", "ends", "closes", "convenes", "meets",
		"expires", "opening", "beginning", "starting", "convening", "meet",
		"arrives", "travels", "departs", "leaves", "visits", "returns", NULL,
	};
	for (const char *const *v = verbs; *v; v++)
		if (dl_word_is(s, w, *v))
			return true;
	return false;
}

/* "on Thursday, September 17", "at the December 3 session", "during the
 * June 5 visit", "set for June 2", "opens July 2": where a date expression
 * may start after word w, or 0. */
static size_t on_trigger(const char *s, size_t len, const struct word *w)
{
	struct word a;
	if (dl_word_is(s, w, "on") || dl_word_is(s, w, "for") || event_verb(s, w))
		return w->e;
	/* "at the December 3 session", "during the", "use the December 3
	 * discussion to register" */
	if ((dl_word_is(s, w, "at") || dl_word_is(s, w, "during") || dl_word_is(s, w, "use")) &&
	    dl_word_next(s, len, w->e, &a) &&
	    (dl_word_is(s, &a, "the") || dl_word_is(s, &a, "its") || dl_word_is(s, &a, "their")))
		return a.e;
	return 0;
}

/* "brief them after the summit on May 15": the date is when the action may
 * start, not when it is due.  Is "after" or "following" among the three
 * words before w? */
static bool after_event(const char *s, const struct word *prev, size_t nprev)
{
	for (size_t i = 0; i < nprev; i++)
		if (dl_word_is(s, &prev[i], "after") || dl_word_is(s, &prev[i], "following"))
			return true;
	return false;
}

bool deadline_find_on(const char *s, size_t len, const struct dtg *dtg,
                      struct deadline *out)
{
	struct word w, prev[3];
	size_t pos = 0, nprev = 0;
	while (dl_word_next(s, len, pos, &w)) {
		pos = w.e;
		size_t after = after_event(s, prev, nprev) ? 0 : on_trigger(s, len, &w);
		if (nprev == 3) {
			prev[0] = prev[1];
			prev[1] = prev[2];
			nprev = 2;
		}
		prev[nprev++] = w;
		struct expr x;
		if (!after || !dl_parse_expr(s, len, after, &x) ||
		    (x.kind != EXPR_DATE && x.kind != EXPR_WEEKDAY))
			continue;
		if (dated_in_window(&x, w.s, dtg, out))
			return true;
	}
	return false;
}

/* Is w followed by "'s" (or "’s")?  *a is then the "s". */
static bool dl_owner_s(const char *s, size_t len, const struct word *w, struct word *a)
{
	return dl_word_next(s, len, w->e, a) && a->e - a->s == 1 && (s[a->s] | 0x20) == 's' &&
	       ((a->s == w->e + 1 && s[w->e] == '\'') ||
	        (a->s == w->e + 3 && dl_text_at(s, len, w->e, "\xE2\x80\x99")));
}

/* "the start of the MSRP cycle on October 1", "the conference on May
 * 3": an event of a few words that "on" and a date close; the index after
 * "on", or pos. */
static size_t dl_skip_to_on(const char *s, size_t len, size_t pos)
{
	struct word w;
	size_t p = pos;
	for (int k = 0; k < 8 && dl_word_next(s, len, p, &w); k++) {
		/* the event's words, in one clause */
		for (size_t i = p; i < w.s; i++)
			if (s[i] == '.' || s[i] == ';' || s[i] == ',' || s[i] == ':')
				return pos;
		if (k > 1 && dl_word_is(s, &w, "on")) {
			struct expr x;
			return dl_parse_expr(s, len, w.e, &x) && x.kind == EXPR_DATE ? w.e : pos;
		}
		p = w.e;
	}
	return pos;
}

size_t dl_skip_event_words(const char *s, size_t len, size_t pos)
{
	static const char *const said[] = {
		"scheduled", "planned", "expected", "upcoming", "proposed", "next", NULL,
	};
	struct word w, a;
	if (!dl_word_next(s, len, pos, &w))
		return pos;
	/* "the Minister's", or a name's own: "Villamizar's November 13
	 * meetings" (then an owner must come first) */
	bool the = dl_word_is(s, &w, "the");
	if (!the && !ascii_is_upper((unsigned char)s[w.s]))
		return pos;
	size_t p = the ? w.e : pos;
	bool skipped = false;
	for (int k = 0; k < 4 && dl_word_next(s, len, p, &w); k++) {
		/* an owner: "the Minister's", "the vessel’s", "the African
		 * Group's", "the Emergency Relief Coordinator's" */
		bool owner = dl_owner_s(s, len, &w, &a);
		/* a name of up to three more capitalised words before its
		 * "'s": "the Emergency Relief Coordinator's" */
		struct word w2 = w;
		for (int n = 0; !owner && k == 0 && n < 3 && ascii_is_upper((unsigned char)s[w2.s]) &&
		                dl_word_next(s, len, w2.e, &w2) &&
		                ascii_is_upper((unsigned char)s[w2.s]);
		     n++)
			owner = dl_owner_s(s, len, &w2, &a);
		if (owner) {
			p = a.e;
			skipped = true;
			continue;
		}
		if (!the && k == 0)
			break;
		bool is_said = false;
		for (const char *const *q = said; *q && !is_said; q++)
			is_said = dl_word_is(s, &w, *q);
		/* "the aircraft's 0600Z February 9 departure": its hour */
		size_t wl = w.e - w.s;
		if ((wl == 4 || (wl == 5 && (s[w.s + 4] | 0x20) == 'z')) &&
		    ascii_is_digit(s[w.s]) && ascii_is_digit(s[w.s + 1]) &&
		    ascii_is_digit(s[w.s + 2]) && ascii_is_digit(s[w.s + 3]))
			is_said = true;
		if (!is_said)
			break;
		p = w.e;
		skipped = true;
	}
	if (!skipped && the)
		return dl_skip_to_on(s, len, pos);
	return skipped ? p : pos;
}

/* Does w begin "in advance of", "in time for", "ahead of" or "lead up
 * to" (*named false), or "before" or "prior to" (*named true: then only a
 * named event, "before the Board meeting", waits on another paragraph's
 * date; "before the end of the year" does not)?  *last is then its last
 * word. */
static bool lead_phrase(const char *s, size_t len, const struct word *w,
                        struct word *last, bool *named)
{
	struct word a;
	*named = false;
	/* "in advance of the Board", "in time for the Manama session" */
	if (dl_word_is(s, w, "in"))
		return dl_word_next(s, len, w->e, &a) && dl_word_next(s, len, a.e, last) &&
		       ((dl_word_is(s, &a, "advance") && dl_word_is(s, last, "of")) ||
		        (dl_word_is(s, &a, "time") && dl_word_is(s, last, "for")));
	if (dl_word_is(s, w, "ahead"))
		return dl_word_next(s, len, w->e, last) && dl_word_is(s, last, "of");
	if (dl_word_is(s, w, "lead"))
		return dl_word_next(s, len, w->e, &a) && dl_word_is(s, &a, "up") &&
		       dl_word_next(s, len, a.e, last) && dl_word_is(s, last, "to");
	*named = true;
	if (dl_word_is(s, w, "before")) {
		*last = *w;
		return true;
	}
	return dl_word_is(s, w, "prior") && dl_word_next(s, len, w->e, last) &&
	       dl_word_is(s, last, "to");
}

/* Is s[0..len) written without small letters (a cable in capitals, where
 * a capital says nothing of a name)? */
static bool no_small_letters(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (ascii_is_lower(s[i]))
			return false;
	return true;
}

/* "Minister Pineda's Washington visit", "the Secretary's trip" from word
 * a: an owner's event, named by its noun within three words after the
 * possessive (into *ev).  False when there is none. */
static bool owned_event(const char *s, size_t len, const struct word *a, struct word *ev)
{
	static const char *const events[] = {
		"visit", "meeting", "arrival", "departure", "trip", "talks", "summit",
		"conference", "hearing", "vote", "session", "travel", NULL,
	};
	struct word c = *a, n;
	for (int k = 0; k < 3; k++) {
		/* the owner: a word, an apostrophe and "s" */
		if (dl_owner_s(s, len, &c, &n)) {
			struct word e = n;
			for (int j = 0; j < 3 && dl_word_next(s, len, e.e, &e); j++)
				for (const char *const *q = events; *q; q++)
					if (dl_word_is(s, &e, *q)) {
						*ev = e;
						return true;
					}
			return false;
		}
		if (!dl_word_next(s, len, c.e, &c))
			return false;
	}
	return false;
}

/* The event a lead phrase at w waits on: the first capitalised word of the
 * three after "the" (into *ev), else, unless named, the first of them. */
static bool event_after(const char *s, size_t len, const struct word *w,
                        bool caps, struct word *ev)
{
	struct word a, b;
	bool named;
	if (!lead_phrase(s, len, w, &b, &named) || !dl_word_next(s, len, b.e, &a))
		return false;
	if (!dl_word_is(s, &a, "the")) {
		/* "in advance of Minister Pineda's Washington visit": the
		 * visit, whose date another paragraph gives */
		if (owned_event(s, len, &a, ev))
			return true;
		/* "in advance of that meeting": the date is in another sentence */
		if (named || !(dl_word_is(s, &a, "that") || dl_word_is(s, &a, "this") ||
		               dl_word_is(s, &a, "these")))
			return false;
		ev->s = ev->e = 0;
		return true;
	}
	/* "before the no-objection period ends on August 24": the day is
	 * the event's own, in this sentence */
	struct word c = a, prev = a;
	for (int k = 0; k < 5 && dl_word_next(s, len, c.e, &c); k++) {
		if (event_verb(s, &c)) {
			/* "before the registry opens": its subject names the
			 * event, whose day another paragraph may give ("the
			 * registry will open to applicants on April 1") */
			if (k == 1)
				*ev = prev;
			else
				ev->s = ev->e = 0;
			return true;
		}
		prev = c;
	}
	if (named && caps)
		return false;
	struct word first = { 0, 0 };
	c = a;
	for (int k = 0; k < 3 && dl_word_next(s, len, c.e, &c); k++) {
		if (!first.e)
			first = c;
		/* a month names no event: "before the July reinforcement" */
		size_t used = 0;
		if (ascii_is_upper(s[c.s]) &&
		    !(month_parse(s + c.s, c.e - c.s, &used) && used == c.e - c.s)) {
			*ev = c;
			return true;
		}
	}
	if (named || !first.e)
		return false;
	*ev = first;
	return true;
}

bool deadline_wants_event(const char *s, size_t len)
{
	struct word w, ev;
	size_t pos = 0;
	bool caps = no_small_letters(s, len);
	while (dl_word_next(s, len, pos, &w)) {
		pos = w.e;
		if (event_after(s, len, &w, caps, &ev))
			return true;
	}
	return false;
}

const char *deadline_event_word(const char *s, size_t len, size_t *n)
{
	struct word w, ev;
	size_t pos = 0;
	bool caps = no_small_letters(s, len);
	while (dl_word_next(s, len, pos, &w)) {
		pos = w.e;
		if (event_after(s, len, &w, caps, &ev) && ev.e > ev.s) {
			*n = ev.e - ev.s;
			return s + ev.s;
		}
	}
	return NULL;
}

bool deadline_event_date(const char *s, size_t len, const char *ev, size_t n,
                         const struct dtg *dtg, struct deadline *out)
{
	struct word w;
	size_t pos = 0;
	bool named = false;
	while (!named && dl_word_next(s, len, pos, &w)) {
		pos = w.e;
		named = w.e - w.s == n && strncasecmp(s + w.s, ev, n) == 0;
	}
	if (!named)
		return false;
	for (pos = 0; dl_word_next(s, len, pos, &w); pos = w.e) {
		struct expr x;
		if (!dl_parse_expr(s, len, w.s, &x) || x.kind != EXPR_DATE)
			continue;
		if (dated_in_window(&x, w.s, dtg, out))
			return true;
	}
	return false;
}

void deadline_iso(const struct deadline *d, char *buf, size_t size)
{
	if (!d->dated) {
		if (size)
			buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
}

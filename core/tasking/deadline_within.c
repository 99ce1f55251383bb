/* deadline_within.c - counts of days: "within N days" and "within two
 * weeks of the date of this cable", a count (of days or business days)
 * from the cable, not from an event ("within two days of the demarche" is
 * none); and "two days before the November 20 ministerial", a count back
 * from a date.  Used by deadline.c (deadline_internal.h). */
#include "tasking/deadline_internal.h"

#include <string.h>

#include "base/ascii.h"
#include "base/date.h"

/* A number written in digits or as a word ("seven"): value, or -1. */
static int number_word(const char *s, const struct word *w)
{
	static const char *const words[] = {
		"zero", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "twenty-one",
	};
	size_t n = w->e - w->s;
	if (n >= 1 && n <= 3) {
		int v = 0;
		size_t i;
		for (i = 0; i < n && ascii_is_digit((unsigned char)s[w->s + i]); i++)
			v = v * 10 + (s[w->s + i] - '0');
		if (i == n)
			return v;
	}
	for (int v = 0; v < 21; v++)
		if (dl_word_is(s, w, words[v]))
			return v;
	if (dl_word_is(s, w, "thirty"))
		return 30;
	return -1;
}

/* "the date of this cable" (or telegram, message) at pos: the end of its
 * last word, or 0. */
static size_t dl_of_this_cable(const char *s, size_t len, size_t pos)
{
	static const char *const want[] = { "the", "date", "of", "this", NULL };
	struct word w = { pos, pos };
	for (size_t k = 0; want[k]; k++)
		if (!dl_word_next(s, len, k ? w.e : pos, &w) || !dl_word_is(s, &w, want[k]))
			return 0;
	if (!dl_word_next(s, len, w.e, &w) ||
	    !(dl_word_is(s, &w, "cable") || dl_word_is(s, &w, "telegram") ||
	      dl_word_is(s, &w, "message")))
		return 0;
	return w.e;
}

/* "within seven business days", "within 10 days", "within two weeks",
 * "within 48 hours" (deadline_internal.h). */
bool dl_parse_within(const char *s, size_t len, size_t pos, struct expr *x)
{
	struct word w;
	memset(x, 0, sizeof *x);
	if (!dl_word_next(s, len, pos, &w))
		return false;
	if (dl_word_is(s, &w, "the") && !dl_word_next(s, len, w.e, &w))
		return false;
	int n = number_word(s, &w);
	if (n <= 0)
		return false;
	if (!dl_word_next(s, len, w.e, &w))
		return false;
	bool business = false;
	if (dl_word_is(s, &w, "business") || dl_word_is(s, &w, "working")) {
		business = true;
		if (!dl_word_next(s, len, w.e, &w))
			return false;
	} else if (dl_word_is(s, &w, "calendar")) {
		if (!dl_word_next(s, len, w.e, &w))
			return false;
	}
	int mult;
	if (dl_word_is(s, &w, "day") || dl_word_is(s, &w, "days"))
		mult = 1;
	else if (!business && (dl_word_is(s, &w, "hours") || dl_word_is(s, &w, "hour")))
		mult = 0;       /* "within 48 hours": whole days, the earlier */
	else if (!business && (dl_word_is(s, &w, "week") || dl_word_is(s, &w, "weeks")))
		mult = 7;
	else
		return false;
	/* "within two days of the demarche": counted from an event, not
	 * from the cable ("of receipt", "of this cable", "of the date of
	 * this cable" are the cable) */
	struct word o, r;
	size_t end = w.e;
	if (dl_word_next(s, len, w.e, &o) &&
	    (dl_word_is(s, &o, "of") || dl_word_is(s, &o, "after") || dl_word_is(s, &o, "following")) &&
	    dl_word_next(s, len, o.e, &r) && !dl_word_is(s, &r, "receipt") &&
	    !dl_word_is(s, &r, "receiving") && !dl_word_is(s, &r, "this")) {
		end = dl_of_this_cable(s, len, r.s);
		if (!end)
			return false;
	}
	x->kind = EXPR_RELATIVE;
	x->count = mult ? n * mult : n / 24;
	x->business = business;
	x->end = end;
	return true;
}

/* The word that ends before pos (a run of letters, digits and '-'), or
 * false at the text's start. */
static bool dl_word_prev(const char *s, size_t pos, struct word *w)
{
	size_t e = pos;
	while (e > 0 && ascii_is_blank(s[e - 1]))
		e--;
	size_t b = e;
	while (b > 0 && (ascii_is_alnum((unsigned char)s[b - 1]) || s[b - 1] == '-'))
		b--;
	w->s = b;
	w->e = e;
	return b < e;
}

bool dl_offset_before(const char *s, size_t pos, struct expr *x)
{
	struct word w, n;
	memset(x, 0, sizeof *x);
	if (!dl_word_prev(s, pos, &w))
		return false;
	int mult = dl_word_is(s, &w, "day") || dl_word_is(s, &w, "days") ? 1
	         : dl_word_is(s, &w, "week") || dl_word_is(s, &w, "weeks") ? 7 : 0;
	if (!mult || !dl_word_prev(s, w.s, &n))
		return false;
	if (dl_word_is(s, &n, "business") || dl_word_is(s, &n, "working")) {
		if (mult != 1 || !dl_word_prev(s, n.s, &n))
			return false;
		x->business = true;
	} else if (dl_word_is(s, &n, "calendar") && !dl_word_prev(s, n.s, &n)) {
		return false;
	}
	int v = number_word(s, &n);
	if (v <= 0)
		return false;
	x->kind = EXPR_RELATIVE;
	x->count = v * mult;
	x->end = n.s;
	return true;
}

long dl_count_days(long day, int count, bool business)
{
	if (!business)
		return day + count;
	int step = count < 0 ? -1 : 1;
	for (int left = count < 0 ? -count : count; left > 0;) {
		day += step;
		int y, m, d;
		civil_from_days(day, &y, &m, &d);
		int wd = weekday(y, m, d);
		if (wd != 0 && wd != 6)
			left--;
	}
	return day;
}

void dl_take_offset(struct deadline *d, const struct expr *x)
{
	long day = dl_count_days(days_from_civil(d->year, d->month, d->day), -x->count,
	                         x->business);
	civil_from_days(day, &d->year, &d->month, &d->day);
}

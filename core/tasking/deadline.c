/* deadline.c - deadline phrases ("NLT October 15") resolved against the DTG.
 *
 * The text is read as words (runs of letters and digits; "10/15/2008" is one
 * word).  At each trigger word (NLT, no later than, by, before, prior to,
 * due, deadline, COB, within, ASAP ...) a date expression is read from the
 * words that follow.  Nothing is allocated; the work is linear in the text.
 */
#include "tasking/deadline.h"
#include "tasking/deadline_internal.h"

#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "parse/dates.h"

/* The word at or after pos; false at the end of the text. */
bool dl_word_next(const char *s, size_t len, size_t pos, struct word *w)
{
	while (pos < len && !ascii_is_alnum((unsigned char)s[pos]))
		pos++;
	if (pos >= len)
		return false;
	size_t e = pos;
	while (e < len) {
		unsigned char ch = (unsigned char)s[e];
		if (ascii_is_alnum(ch)) {
			e++;
			continue;
		}
		/* 10/15/2008: a slash between digits stays inside the word */
		if (ch == '/' && e + 1 < len && e > pos &&
		    ascii_is_digit((unsigned char)s[e - 1]) &&
		    ascii_is_digit((unsigned char)s[e + 1])) {
			e++;
			continue;
		}
		break;
	}
	w->s = pos;
	w->e = e;
	return true;
}

/* The text between two words holds nothing but spaces and commas (so that
 * "October 15. 2009 will" does not read as one date). */
static bool joined(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		/* "October ¶28.": a day that a line break made a paragraph
		 * sign, which the body kept as prose */
		if ((unsigned char)s[i] == 0xC2 && i + 2 == to && (unsigned char)s[i + 1] == 0xB6)
			return true;
		if (s[i] != ' ' && s[i] != ',' && s[i] != '\t' && s[i] != '\n')
			return false;
	}
	return true;
}

/* Month name or abbreviation as a whole word ("Sep", "SEPTEMBER", "Sept"):
 * 1..12, or 0.  (The caller decides whether "may" is the month.) */
static int month_word(const char *s, const struct word *w)
{
	size_t used = 0;
	int m = month_parse(s + w->s, w->e - w->s, &used);
	return m && used >= w->e - w->s ? m : 0;
}

/* Weekday as a whole word, 0 = Sunday; -1 when not one. */
static int weekday_word(const char *s, const struct word *w)
{
	static const char *const names[] = {
		"sunday", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday",
	};
	for (int d = 0; d < 7; d++)
		if (dl_word_is(s, w, names[d]))
			return d;
	return -1;
}

/* Day of month: "15", "15th", "1st": 1..31, or 0. */
static int day_word(const char *s, const struct word *w)
{
	size_t i = w->s;
	int v = 0;
	while (i < w->e && ascii_is_digit((unsigned char)s[i]) && i - w->s < 2)
		v = v * 10 + (s[i++] - '0');
	if (i == w->s || v < 1 || v > 31)
		return 0;
	if (i == w->e)
		return v;
	struct word suf = { i, w->e };
	if (dl_word_is(s, &suf, "st") || dl_word_is(s, &suf, "nd") ||
	    dl_word_is(s, &suf, "rd") || dl_word_is(s, &suf, "th"))
		return v;
	return 0;
}

/* "the 16th" with no month: the ordinal written out, and no noun after
 * it ("by the 16th.", "by the 16th, when" or "by the 16th so that", not
 * "the 3rd round"). */
static bool day_of_month(const char *s, size_t len, const struct word *w)
{
	static const char *const after[] = { "at", "so", "and", "if", "in", "to", "for", NULL };
	if (!ascii_is_alpha(s[w->e - 1]))
		return false;
	if (w->e < len && s[w->e] != '\0' && strchr(",;:)", s[w->e]))
		return true;
	struct word n;
	if (!dl_word_next(s, len, w->e, &n) || !joined(s, w->e, n.s))
		return true;
	for (const char *const *a = after; *a; a++)
		if (dl_word_is(s, &n, *a))
			return true;
	return false;
}

/* Year: "2009" (1900..2099) or "'09"-less two digits are not years here. */
static int year_word(const char *s, const struct word *w)
{
	if (w->e - w->s != 4)
		return 0;
	int v = 0;
	for (size_t i = w->s; i < w->e; i++) {
		if (!ascii_is_digit((unsigned char)s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v >= 1900 && v <= 2099 ? v : 0;
}

static bool valid_date(int y, int m, int d)
{
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	int yy, mm, dd;
	civil_from_days(days_from_civil(y, m, d), &yy, &mm, &dd);
	return yy == y && mm == m && dd == d;
}

/* m/d or m/d/yyyy (US order, as the cables write it). */
static bool slash_date(const char *s, const struct word *w, struct expr *x)
{
	int part[3] = { 0, 0, 0 }, np = 0, digits = 0;
	for (size_t i = w->s; i < w->e; i++) {
		if (s[i] == '/') {
			if (digits == 0 || ++np > 2)
				return false;
			digits = 0;
		} else if (ascii_is_digit((unsigned char)s[i])) {
			part[np] = part[np] * 10 + (s[i] - '0');
			if (++digits > 4)
				return false;
		} else {
			return false;
		}
	}
	if (np == 0 || digits == 0)
		return false;
	int y = np == 2 ? part[2] : 0;
	if (np == 2 && y < 100)
		y += 2000;
	if (part[0] < 1 || part[0] > 12 || part[1] < 1 || part[1] > 31)
		return false;
	x->kind = EXPR_DATE;
	x->month = part[0];
	x->day = part[1];
	x->year = y;
	x->end = w->e;
	return true;
}

/* After the month at word m (its day already read or not), an optional
 * ", 2009". */
static void maybe_year(const char *s, size_t len, struct expr *x)
{
	struct word w;
	if (dl_word_next(s, len, x->end, &w) && joined(s, x->end, w.s)) {
		int y = year_word(s, &w);
		if (y) {
			x->year = y;
			x->end = w.e;
		}
	}
}


/* After the weekday wd at word w: "Friday", "Monday, February 8". */
static bool parse_weekday(const char *s, size_t len, const struct word *w,
                          int wd, struct expr *x)
{
	struct word n;
	x->kind = EXPR_WEEKDAY;
	x->wday = wd;
	x->end = w->e;
	/* "Monday, February 8": the date, when written, decides */
	struct expr d;
	if (dl_word_next(s, len, w->e, &n) && joined(s, w->e, n.s) &&
	    dl_parse_expr(s, len, w->e, &d) && d.kind == EXPR_DATE)
		*x = d;
	return true;
}

/* After the month m at word w: "March 20, 2009", "December", "December
 * 2009"; not "by may" (the verb). */
static bool parse_month_first(const char *s, size_t len, const struct word *w,
                              int m, struct expr *x)
{
	struct word n;
	bool capital = ascii_is_upper((unsigned char)s[w->s]);
	/* "Sept. 30": the abbreviation's dot */
	size_t after = w->e < len && s[w->e] == '.' && w->e - w->s <= 4 ? w->e + 1 : w->e;
	if (dl_word_next(s, len, after, &n) && joined(s, after, n.s)) {
		int d = day_word(s, &n);
		if (d && n.e - n.s <= 4) {
			x->kind = EXPR_DATE;
			x->month = m;
			x->day = d;
			x->end = n.e;
			maybe_year(s, len, x);
			return true;
		}
	}
	if (m == 5 && !capital)
		return false;      /* "by may" is the verb */
	x->kind = EXPR_VAGUE;      /* a month alone */
	x->end = w->e;
	maybe_year(s, len, x);
	return true;
}

/* A phrase without a day at word w: "mid-May", "early June", "the end of
 * September", "end of the month", "next week", "this month". */
static bool parse_vague(const char *s, size_t len, const struct word *w,
                        struct expr *x)
{
	struct word n;
	if (dl_word_is(s, w, "mid") || dl_word_is(s, w, "early") ||
	    dl_word_is(s, w, "late") || dl_word_is(s, w, "end")) {
		struct word t = *w;
		while (dl_word_next(s, len, t.e, &n) &&
		       (dl_word_is(s, &n, "of") || dl_word_is(s, &n, "the")))
			t = n;
		if (!dl_word_next(s, len, t.e, &n))
			return false;
		if (month_word(s, &n) || dl_word_is(s, &n, "month") ||
		    dl_word_is(s, &n, "week") || dl_word_is(s, &n, "year")) {
			x->kind = EXPR_VAGUE;
			x->end = n.e;
			maybe_year(s, len, x);
			return true;
		}
	}
	if (dl_word_is(s, w, "next") || dl_word_is(s, w, "this")) {
		if (dl_word_next(s, len, w->e, &n) &&
		    (dl_word_is(s, &n, "week") || dl_word_is(s, &n, "month"))) {
			x->kind = EXPR_VAGUE;
			x->end = n.e;
			return true;
		}
	}
	return false;
}

/* A date expression starting at pos: "Monday, February 8", "March 20,
 * 2009", "15 October", "10/15", "Friday", "December", "mid-May", "the end of
 * the month", "tomorrow". */
bool dl_parse_expr(const char *s, size_t len, size_t pos, struct expr *x)
{
	struct word w, n;
	memset(x, 0, sizeof *x);
	if (!dl_word_next(s, len, pos, &w))
		return false;
	bool the = dl_word_is(s, &w, "the");
	if (the && !dl_word_next(s, len, w.e, &w))
		return false;
	/* "this Friday": the weekday ("next Friday" may mean either) */
	if (dl_word_is(s, &w, "this") && dl_word_next(s, len, w.e, &n) &&
	    weekday_word(s, &n) >= 0)
		w = n;
	if (dl_word_is(s, &w, "tomorrow") || dl_word_is(s, &w, "today") ||
	    dl_word_is(s, &w, "tonight")) {
		x->kind = EXPR_RELATIVE;
		x->count = dl_word_is(s, &w, "tomorrow") ? 1 : 0;
		x->end = w.e;
		return true;
	}
	int wd = weekday_word(s, &w);
	if (wd >= 0)
		return parse_weekday(s, len, &w, wd, x);
	int m = month_word(s, &w);
	if (m)
		return parse_month_first(s, len, &w, m, x);
	int d = day_word(s, &w);
	bool next = d && dl_word_next(s, len, w.e, &n) && joined(s, w.e, n.s);
	/* "the 15th of March" */
	if (next && dl_word_is(s, &n, "of")) {
		size_t of_end = n.e;
		next = dl_word_next(s, len, of_end, &n) && joined(s, of_end, n.s);
	}
	if (next && (m = month_word(s, &n)) != 0) {
		x->kind = EXPR_DATE;
		x->day = d;
		x->month = m;
		x->end = n.e;
		maybe_year(s, len, x);
		return true;
	}
	if (slash_date(s, &w, x))
		return true;
	if (the && d && day_of_month(s, len, &w)) {
		x->kind = EXPR_DATE;       /* "by the 16th": month 0, the next one */
		x->day = d;
		x->end = w.e;
		return true;
	}
	/* "mid-May", "early June", "the end of September", "end of the month" */
	return parse_vague(s, len, &w, x);
}

/* The word that ends before pos, in the same sentence; false at the start
 * of the text or at a full stop or semicolon. */
static bool word_before(const char *s, size_t pos, struct word *w)
{
	size_t e = pos;
	while (e > 0 && !ascii_is_alnum((unsigned char)s[e - 1])) {
		if (s[e - 1] == '.' || s[e - 1] == ';')
			return false;   /* another sentence */
		e--;
	}
	size_t b = e;
	while (b > 0 && ascii_is_alnum((unsigned char)s[b - 1]))
		b--;
	w->s = b;
	w->e = e;
	return b < e;
}

/* Words before a trigger that make the date an event's, not a due date:
 * "must occur no later than", "must hold an election no later than". */
static bool event_before(const char *s, size_t trigger)
{
	static const char *const events[] = {
		"occur", "occurs", "place", "held", "happen", "happens",
		"expire", "expires", "election", "elections", "established",
		"elapse", "lapse", "ends", "begins", "starts", "scheduled",
	};
	struct word w = { trigger, trigger };
	for (int k = 0; k < 3 && word_before(s, w.s, &w); k++)
		for (size_t i = 0; i < sizeof events / sizeof events[0]; i++)
			if (dl_word_is(s, &w, events[i]))
				return true;
	return false;
}

/* Words before the trigger w that make the date the first day the action
 * may be taken, not its last: "no earlier than COB September 13", "not
 * before October 1". */
static bool start_before(const char *s, const struct word *w)
{
	struct word a, b;
	if (!word_before(s, w->s, &a))
		return false;
	if (dl_word_is(s, w, "before"))
		return dl_word_is(s, &a, "not") || dl_word_is(s, &a, "no");
	return dl_word_is(s, &a, "than") && word_before(s, a.s, &b) &&
	       (dl_word_is(s, &b, "earlier") || dl_word_is(s, &b, "sooner"));
}

/* Days since the epoch of the DTG's date. */
long dl_dtg_days(const struct dtg *dtg)
{
	return days_from_civil(dtg->year, dtg->month, dtg->day);
}

/* Turns an expression into a date; false when it names none. */
bool dl_resolve(const struct expr *x, const struct dtg *dtg,
                    struct deadline *out)
{
	bool have_dtg = dtg && dtg->valid;
	long day;
	switch (x->kind) {
	case EXPR_DATE: {
		int y = x->year, m = x->month;
		/* "the 16th": this month's, or next month's once it has passed */
		if (!m) {
			if (!have_dtg)
				return false;
			m = dtg->month;
			y = dtg->year;
			if (x->day < dtg->day && ++m > 12) {
				m = 1;
				y++;
			}
		}
		if (!y) {
			if (!have_dtg)
				return false;
			y = dtg->year;
			if (x->month < dtg->month ||
			    (x->month == dtg->month && x->day < dtg->day))
				y++;
		}
		if (!valid_date(y, m, x->day))
			return false;
		out->year = y;
		out->month = m;
		out->day = x->day;
		return true;
	}
	case EXPR_WEEKDAY:
		if (!have_dtg)
			return false;
		day = dl_dtg_days(dtg) +
		      (x->wday - weekday(dtg->year, dtg->month, dtg->day) + 7) % 7;
		civil_from_days(day, &out->year, &out->month, &out->day);
		return true;
	case EXPR_RELATIVE:
		if (!have_dtg)
			return false;
		day = dl_count_days(dl_dtg_days(dtg), x->count, x->business);
		civil_from_days(day, &out->year, &out->month, &out->day);
		return true;
	case EXPR_VAGUE:
	case EXPR_NONE:
		break;
	}
	return false;
}

enum trigger_kind { TRIG_NONE, TRIG_DATE, TRIG_WITHIN, TRIG_SOON };

/* Is word w a trigger?  *after gets where the date expression starts (for
 * TRIG_SOON: where the phrase ends). */
static enum trigger_kind trigger_at(const char *s, size_t len,
                                    const struct word *w, size_t *after)
{
	struct word a, b;
	*after = w->e;
	if (dl_word_is(s, w, "before")) {
		*after = dl_skip_event_words(s, len, dl_skip_cob(s, len, w->e));
		return TRIG_DATE;
	}
	if (dl_word_is(s, w, "nlt") || dl_word_is(s, w, "by") ||
	    dl_word_is(s, w, "due") || dl_word_is(s, w, "cob") || dl_word_is(s, w, "eod")) {
		*after = dl_skip_cob(s, len, w->e);
		return TRIG_DATE;
	}
	/* "in advance of the October 3 plenary", "ahead of the May 9 vote" */
	a = *w;
	bool lead = dl_word_is(s, w, "ahead") ||
	            (dl_word_is(s, w, "in") && dl_word_next(s, len, w->e, &a) &&
	             dl_word_is(s, &a, "advance"));
	if (lead && dl_word_next(s, len, a.e, &b) && dl_word_is(s, &b, "of")) {
		*after = dl_skip_event_words(s, len, b.e);
		return TRIG_DATE;
	}
	/* "in time for the Deputy Secretary's May 11 meetings" */
	if (dl_word_is(s, w, "in") && dl_word_next(s, len, w->e, &a) &&
	    dl_word_is(s, &a, "time") && dl_word_next(s, len, a.e, &b) &&
	    dl_word_is(s, &b, "for")) {
		*after = dl_skip_event_words(s, len, b.e);
		return TRIG_DATE;
	}
	if (dl_text_at(s, len, w->s, "n.l.t")) {
		*after = dl_skip_cob(s, len, w->s + 5);
		return TRIG_DATE;
	}
	if ((dl_word_is(s, w, "no") || dl_word_is(s, w, "not")) &&
	    dl_word_next(s, len, w->e, &a) && dl_word_is(s, &a, "later") &&
	    dl_word_next(s, len, a.e, &b) && dl_word_is(s, &b, "than")) {
		*after = dl_skip_cob(s, len, b.e);
		return TRIG_DATE;
	}
	if (dl_word_is(s, w, "prior") && dl_word_next(s, len, w->e, &a) &&
	    dl_word_is(s, &a, "to")) {
		*after = dl_skip_event_words(s, len, a.e);
		return TRIG_DATE;
	}
	if (dl_word_is(s, w, "deadline") && dl_word_next(s, len, w->e, &a) &&
	    (dl_word_is(s, &a, "is") || dl_word_is(s, &a, "of"))) {
		*after = dl_skip_cob(s, len, a.e);
		return TRIG_DATE;
	}
	if (dl_word_is(s, w, "deadline") && w->e < len && s[w->e] == ':') {
		*after = dl_skip_cob(s, len, w->e + 1);
		return TRIG_DATE;
	}
	if (dl_word_is(s, w, "close") || dl_word_is(s, w, "opening")) {
		size_t p = dl_skip_cob(s, len, w->s);
		if (p != w->s) {
			*after = p;
			return TRIG_DATE;
		}
	}
	if (dl_word_is(s, w, "within"))
		return TRIG_WITHIN;
	if (dl_word_is(s, w, "asap") || dl_word_is(s, w, "soonest") ||
	    dl_word_is(s, w, "immediately"))
		return TRIG_SOON;
	if (dl_word_is(s, w, "as") && dl_word_next(s, len, w->e, &a) &&
	    dl_word_is(s, &a, "soon") && dl_word_next(s, len, a.e, &a) &&
	    dl_word_is(s, &a, "as") && dl_word_next(s, len, a.e, &a) &&
	    (dl_word_is(s, &a, "possible") || dl_word_is(s, &a, "practicable"))) {
		*after = a.e;
		return TRIG_SOON;
	}
	if (dl_word_is(s, w, "earliest") && dl_word_next(s, len, w->e, &a) &&
	    dl_word_is(s, &a, "opportunity")) {
		*after = a.e;
		return TRIG_SOON;
	}
	return TRIG_NONE;
}

bool deadline_find(const char *s, size_t len, const struct dtg *dtg,
                   struct deadline *out)
{
	struct deadline undated = { 0, 0, false, 0, 0, 0 };
	bool have_undated = false;
	struct word w;
	size_t pos = 0;
	while (dl_word_next(s, len, pos, &w)) {
		size_t after;
		enum trigger_kind k = trigger_at(s, len, &w, &after);
		pos = w.e;
		if (k == TRIG_NONE)
			continue;
		struct expr x;
		struct deadline d = { w.s, 0, false, 0, 0, 0 };
		if (k == TRIG_SOON) {
			d.len = after - w.s;
			if (!have_undated) {
				undated = d;
				have_undated = true;
			}
			continue;
		}
		bool ok = k == TRIG_WITHIN ? dl_parse_within(s, len, after, &x)
		                           : dl_parse_expr(s, len, after, &x);
		if (!ok || event_before(s, w.s) || start_before(s, &w))
			continue;
		d.len = x.end - w.s;
		if (dl_resolve(&x, dtg, &d)) {
			d.dated = true;
			/* "two days before the November 20 ministerial": that
			 * date less the count */
			struct expr off;
			if (k == TRIG_DATE && !dl_word_is(s, &w, "by") && !dl_word_is(s, &w, "nlt") &&
			    !dl_word_is(s, &w, "due") && dl_offset_before(s, w.s, &off)) {
				dl_take_offset(&d, &off);
				d.len += w.s - off.end;
				d.start = off.end;
			}
			*out = d;
			return true;
		}
		if (!have_undated) {
			undated = d;
			have_undated = true;
		}
		pos = x.end;
	}
	if (have_undated)
		*out = undated;
	return have_undated;
}

/* deadline_cob.c - the words that may stand between a due word and its
 * date: "COB", "C.O.B.", "close of business on", "end of day", a clock
 * time and its zone ("1200 EST", "1200Z", "1700 hours", "12:00").  Used
 * by deadline.c (deadline_internal.h). */
#include "tasking/deadline_internal.h"

#include <string.h>
#include <strings.h>

#include "base/ascii.h"

/* Is w a word of a clock time or its zone ("hours", "EST", "noon")? */
static bool clock_zone(const char *s, const struct word *w)
{
	static const char *const words[] = {
		"hours", "hrs", "est", "edt", "gmt", "utc", "zulu", "z", "local",
		"noon", "midnight", NULL,
	};
	for (const char *const *p = words; *p; p++)
		if (dl_word_is(s, w, *p))
			return true;
	return false;
}

/* "p.m.", "a.m.", "pm" after a clock time ending at pos: the position
 * after it, or pos. */
static size_t skip_ampm(const char *s, size_t len, size_t pos)
{
	size_t p = pos;
	while (p < len && s[p] == ' ')
		p++;
	if (p == pos)
		return pos;
	if (dl_text_at(s, len, p, "p.m.") || dl_text_at(s, len, p, "a.m."))
		return p + 4;
	if ((dl_text_at(s, len, p, "pm") || dl_text_at(s, len, p, "am")) &&
	    (p + 2 >= len || !ascii_is_alpha((unsigned char)s[p + 2])))
		return p + 2;
	return pos;
}

/* A clock time at w: "1200Z", "1200 EST", "1700 hours", "12:00", "5 p.m.",
 * "10:30 a.m.".  Returns
 * the position after it (its zone words are skipped by the caller), or
 * w->s.  A bare "1200" is a year as likely as a time: it needs a zone
 * word after it. */
static size_t skip_clock(const char *s, size_t len, const struct word *w)
{
	size_t n = w->e - w->s, digits = 0;
	while (digits < n && ascii_is_digit((unsigned char)s[w->s + digits]))
		digits++;
	if (digits < 1 || digits > 4)
		return w->s;
	if (digits == n - 1 && digits >= 3 && (s[w->e - 1] == 'Z' || s[w->e - 1] == 'z'))
		return w->e;                    /* "1200Z" */
	if (digits != n)
		return w->s;
	struct word m;
	if (w->e + 1 < len && s[w->e] == ':' && dl_word_next(s, len, w->e + 1, &m) &&
	    m.s == w->e + 1 && m.e - m.s == 2 && ascii_is_digit((unsigned char)s[m.s]))
		return skip_ampm(s, len, m.e);  /* "12:00", "10:30 a.m." */
	if (digits <= 2 && skip_ampm(s, len, w->e) > w->e)
		return skip_ampm(s, len, w->e); /* "5 p.m." */
	if (digits >= 3 && dl_word_next(s, len, w->e, &m) && clock_zone(s, &m))
		return w->e;                    /* "1200 EST" */
	return w->s;
}

/* Skips "COB", "C.O.B.", "close of business (on)", "the close of business
 * on", "opening of business", "EOD", "end of day", "on", a clock time and
 * its zone ("1200 EST", "1200Z") at pos; returns the position after them. */
size_t dl_skip_cob(const char *s, size_t len, size_t pos)
{
	struct word w, n;
	for (int guard = 0; guard < 6 && dl_word_next(s, len, pos, &w); guard++) {
		size_t c = skip_clock(s, len, &w);
		if (c != w.s || clock_zone(s, &w)) {
			pos = c != w.s ? c : w.e;
			continue;
		}
		if (dl_word_is(s, &w, "cob") || dl_word_is(s, &w, "eod") ||
		    dl_word_is(s, &w, "oob") || dl_word_is(s, &w, "on") ||
		    dl_word_is(s, &w, "washington") || dl_word_is(s, &w, "time")) {
			pos = w.e;
			continue;
		}
		if (dl_text_at(s, len, w.s, "c.o.b.")) {
			pos = w.s + 6;
			continue;
		}
		struct word t = w;
		if (dl_word_is(s, &t, "the") && !dl_word_next(s, len, t.e, &t))
			break;
		if ((dl_word_is(s, &t, "close") || dl_word_is(s, &t, "opening") ||
		     dl_word_is(s, &t, "end")) &&
		    dl_word_next(s, len, t.e, &n) && dl_word_is(s, &n, "of") &&
		    dl_word_next(s, len, n.e, &n) &&
		    (dl_word_is(s, &n, "business") || dl_word_is(s, &n, "day"))) {
			pos = n.e;
			continue;
		}
		break;
	}
	return pos;
}

/* tk_para_deadline.c - a tasked paragraph's deadline from the rest of its
 * text, when its tasking sentences gave none.
 *
 * In: the paragraph (its text, its prose items and the asks its checklist
 * line names) and its struct tk_para.  Out: P->dl: a due phrase said
 * outright ("Responses are due by March 3", "A response by COB November 1
 * would allow us to act", "The team will need the schedule by March 14",
 * "We would need this assessment before the meeting on February 24"),
 * the date of an event the request waits on, in its own sentences ("The
 * first meeting is set for June 2", "before the deputy travels ... He is
 * scheduled to arrive on May 6") or in another paragraph ("in advance of
 * the Board"), or the date a "before that date" refers to.  Called by
 * tk_paragraph.c through tk_internal.h.
 */
#include "tasking/tk_internal.h"

#include <string.h>
#include <strings.h>

/* Does the sentence say when an event is ("is set for", "is scheduled
 * for", "will take place on", "will be held on")?  One pass: only an 's'
 * or a 'w' (either case) may begin one of them. */
static bool tk_scheduled(const char *s, size_t len)
{
	static const char *const says[] = {
		"set for", "scheduled for", "will take place on", "will be held on", NULL,
	};
	for (size_t i = 0; i < len; i++) {
		char c = ascii_to_lower(s[i]);
		if (c != 's' && c != 'w')
			continue;
		for (const char *const *p = says; *p; p++) {
			size_t k = 0;
			while ((*p)[k] && i + k < len && ascii_to_lower(s[i + k]) == (*p)[k])
				k++;
			if (!(*p)[k])
				return true;
		}
	}
	return false;
}

/* dl, found in the sentence at s, becomes P's deadline. */
const char *tk_dl_words(struct cable *c, const char *s, size_t n)
{
	char *t = arena_strndup(&c->arena, s, n), *o = t;
	for (const char *p = t; *p; p++) {
		if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xB6) {
			p++;                /* "October ¶28": the sign goes */
			continue;
		}
		*o++ = *p == '\n' || *p == '\t' ? ' ' : *p;
	}
	*o = '\0';
	return t;
}

static void tk_take_deadline(struct tk_ctx *x, struct tk_para *P, const char *s,
                             const struct deadline *dl)
{
	P->dl = *dl;
	P->have_dl = true;
	P->dl_text = tk_dl_words(x->c, s + dl->start, dl->len);
}

/* Does s[0..n) hold one of words[] as a whole word ("due": "are due to
 * AF/EX", not "during", "undue")? */
static bool tk_says_word(const char *s, size_t n, const char *const *words)
{
	for (; *words; words++) {
		size_t m = strlen(*words);
		for (const char *p = s; (p = ascii_find_ci(p, n - (size_t)(p - s), *words, m)) != NULL; p++)
			if ((p == s || !ascii_is_alpha(p[-1])) &&
			    ((size_t)(p - s) + m == n || !ascii_is_alpha(p[m])))
				return true;
	}
	return false;
}

/* Does the sentence s[0..n) say that the writer's side will need
 * something ("The team will need the confirmed schedule by March 14",
 * "Washington needs these reports by March 20"): "need" after a subject of
 * ours in its first words? */
static bool tk_we_need(const char *s, size_t n)
{
	static const char *const ours[] = {
		"we", "team", "delegation", "post", "embassy", "travelers",
		"visitors", "group", "party", "washington", "department", NULL,
	};
	const char *p = ascii_find_ci(s, n < 60 ? n : 60, "need", 4);
	return p && (p == s || !ascii_is_alpha(p[-1])) &&
	       tk_says_word(s, (size_t)(p - s), ours);
}

/* Does the sentence s[0..n) say that what is asked must reach the writer
 * ("To be of use, the points would need to reach Post by COB Wednesday",
 * "the list must arrive by"): "need", "must" or "should" and then a verb of
 * arriving? */
static bool tk_must_reach(const char *s, size_t n)
{
	static const char *const modal[] = { "need", "must", "should", NULL };
	static const char *const reach[] = {
		"reach", "arrive", "be received", "be in hand", NULL,
	};
	for (const char *const *m = modal; *m; m++) {
		const char *p = ascii_find_ci(s, n, *m, strlen(*m));
		if (p && (p == s || !ascii_is_alpha((unsigned char)p[-1]))) {
			size_t at = (size_t)(p - s);
			if (tk_says_word(p, n - at, reach))
				return true;
		}
	}
	return false;
}

/* "Registration closes June 30, and we would need approval before that
 * date", "we want allies to have heard our position before then", "in
 * time for that deadline", "the meeting on April 28 ... should announce
 * at that meeting": the last date the text gave before the words.
 * True when found. */
static bool tk_that_date(struct tk_ctx *x, struct tk_para *P, const char *t, size_t len)
{
	static const char *const refs[] = {
		"before that date", "by that date", "prior to that date", "before then",
		"by then", "before that time", "by that time", "in time for that",
		"in time for it", "before that meeting", "before the meeting",
		"before that visit", "before he leaves", "before she leaves",
		"before he goes", "before she goes", "before he departs",
		"before she departs", "before they leave", "at that meeting",
		"at that session", "at that conference", NULL,
	};
	/* one pass: each of them opens with "before ", "by ", "prior ", "in
	 * time " or "at that " at a word's start; only there are they
	 * compared */
	static const char *const first[] = {
		"before ", "by ", "prior ", "in time ", "at that ", NULL,
	};
	size_t at = len;
	for (size_t i = 0; i < len && at == len; i++) {
		char c = ascii_to_lower(t[i]);
		if ((c != 'b' && c != 'p' && c != 'i' && c != 'a') ||
		    (i > 0 && ascii_is_alpha((unsigned char)t[i - 1])))
			continue;
		bool opens = false;
		for (const char *const *f = first; *f && !opens; f++)
			opens = i + strlen(*f) <= len && strncasecmp(t + i, *f, strlen(*f)) == 0;
		if (!opens)
			continue;
		for (const char *const *r = refs; *r && at == len; r++) {
			size_t n = strlen(*r);
			if (i + n <= len && strncasecmp(t + i, *r, n) == 0 &&
			    (i + n == len || !ascii_is_alpha((unsigned char)t[i + n])))
				at = i;
		}
	}
	if (at == len)
		return false;
	bool found = false;
	struct deadline last;
	for (size_t b = 0; b < at;) {
		size_t e = tk_sentence_end(t, len, b);
		size_t stop = e < at ? e : at;
		struct deadline dl;
		bool here = false;
		for (size_t from = b; from < stop && deadline_find_on(t + from, stop - from,
		                                                       &x->c->dtg, &dl);) {
			dl.start += from;       /* into t */
			last = dl;
			found = here = true;
			from = dl.start + (dl.len ? dl.len : 1);
		}
		/* "must fix its calendar by September 30 ... in time for that
		 * deadline": a due date the sentence gives another party */
		if (!here && deadline_find(t + b, stop - b, &x->c->dtg, &dl) && dl.dated) {
			dl.start += b;
			last = dl;
			found = true;
		}
		b = e;
	}
	if (found)
		tk_take_deadline(x, P, t, &last);
	return found;
}

/* "A reply before the minister meets his NATO counterparts on April 5
 * would let him announce it": the day of the event the reply must come
 * before, in the sentence s[0..n) ("on", "for" or an event's verb before
 * it, as deadline_find_on() reads them).  True when found (into P). */
static bool tk_reply_before(struct tk_ctx *x, struct tk_para *P, const char *s, size_t n)
{
	static const char *const asks[] = {
		"reply", "response", "answer", "decision", NULL,
	};
	/* a search for " before", then the word before it */
	for (const char *p = s; (p = ascii_find_ci(p, n - (size_t)(p - s), " before", 7)); p += 7) {
		size_t at = (size_t)(p - s), b = at;
		while (b > 0 && ascii_is_alpha((unsigned char)s[b - 1]))
			b--;
		bool asked = false;
		for (const char *const *a = asks; *a && !asked; a++)
			asked = strlen(*a) == at - b && strncasecmp(s + b, *a, at - b) == 0;
		size_t from = at + 7;
		struct deadline dl;
		if (!asked)
			continue;
		if (!deadline_find_on(s + from, n - from, &x->c->dtg, &dl))
			return false;
		dl.start += from;
		tk_take_deadline(x, P, s, &dl);
		return true;
	}
	return false;
}

/* A dated deadline in the prose t of a tasked paragraph: a due phrase
 * said outright ("Responses are due by March 3.", "A response by COB
 * November 1 would allow us to act"), the date of an event the request
 * waits on, in its own sentences ("The first meeting is set for June 2")
 * or in another paragraph ("in advance of the Board", "The IAEA Board of
 * Governors meets June 8-12": its first day).  True when found. */
/* Do the words after a date, s[0..n), say what it would make possible
 * ("Approval by March 14 would let our partner begin", "A decision by
 * Friday will allow us to"), after up to skip words that name the
 * date's event ("A decision before the June 15 review conference would
 * allow us")? */
static bool tk_would_enable(const char *s, size_t n, int skip)
{
	static const char *const modal[] = { "would ", "will ", NULL };
	static const char *const enable[] = {
		"allow", "let", "enable", "permit", "give", "help", NULL,
	};
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == ','))
		i++;
	for (int w = 0; w < skip && i < n && ascii_is_alpha(s[i]) &&
	                strncasecmp(s + i, "would ", 6) != 0 && strncasecmp(s + i, "will ", 5) != 0;
	     w++) {
		while (i < n && ascii_is_alpha(s[i]))
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	for (const char *const *m = modal; *m; m++) {
		size_t ml = strlen(*m);
		if (n - i > ml && strncasecmp(s + i, *m, ml) == 0)
			return tk_says_word(s + i + ml, n - i - ml < 8 ? n - i - ml : 8, enable);
	}
	return false;
}

/* Does the date at s[at] close "before the <event> on", the event in a
 * few words ("before the interagency meeting on February 24")? */
static bool tk_before_event(const char *s, size_t at)
{
	static const char *const before[] = { "before", NULL };
	size_t from = at > 48 ? at - 48 : 0;
	return at >= 3 && strncasecmp(s + at, "on ", 3) == 0 &&
	       tk_says_word(s + from, at - from, before);
}

static const char *const tk_reply_words[] = {
	"response", "responses", "reply", "replies", "answer", "answers", NULL,
};

/* Do the words s[0..n) before a date say what is to be done by then
 * ("Approaches should be completed by COB October 24", "Replies are to
 * be sent by")? */
static bool tk_to_be_done(const char *s, size_t n)
{
	static const char *const passive[] = {
		"should be", "must be", "are to be", "is to be", "need to be", "needs to be",
		NULL,
	};
	for (const char *const *q = passive; *q; q++) {
		const char *p = ascii_find_ci(s, n, *q, strlen(*q));
		if (p && (p == s || !ascii_is_alpha((unsigned char)p[-1])))
			return true;
	}
	return false;
}

/* Does the sentence s[0..n) say a due date outright: "NLT", "no later
 * than", "due", "deadline", or "by"/"before" after a reply ("A response by
 * COB November 1"), after what we need or what must reach us, or before
 * what the date would make possible?  Fills dl. */
static bool tk_outright(struct tk_ctx *x, const char *s, size_t n, struct deadline *dl)
{
	static const char *const due[] = { "due", NULL };
	if (!deadline_find(s, n, &x->c->dtg, dl) || !dl->dated)
		return false;
	const char *w = s + dl->start;
	if (strncasecmp(w, "nlt", 3) == 0 || strncasecmp(w, "no later", 8) == 0 ||
	    strncasecmp(w, "not later", 9) == 0 || strncasecmp(w, "due", 3) == 0 ||
	    strncasecmp(w, "deadline", 8) == 0 || tk_says_word(s, dl->start, due))
		return true;
	return (strncasecmp(w, "by", 2) == 0 || strncasecmp(w, "before", 6) == 0) &&
	       (tk_says_word(s, dl->start, tk_reply_words) || tk_we_need(s, dl->start) ||
	        tk_must_reach(s, dl->start) || tk_to_be_done(s, dl->start) ||
	        (dl->start < 40 && tk_would_enable(w + dl->len, n - dl->start - dl->len,
	                                           strncasecmp(w, "before the", 10) == 0 ? 3 : 0)));
}

static bool tk_text_deadline(struct tk_ctx *x, struct tk_para *P, const char *t)
{
	size_t len = strlen(t);
	if (tk_that_date(x, P, t, len))
		return true;
	/* "engage them in advance of that meeting": the meeting's date,
	 * given in another sentence ("leaders will meet on December 16") */
	bool event = deadline_wants_event(t, len);
	for (size_t b = 0, e; tk_next_sentence(t, len, &b, &e); b = e) {
		struct deadline dl;
		/* a phrase that says a due date outright ("Submissions are
		 * due to AF/EX by COB Friday, April 15.") */
		if (tk_outright(x, t + b, e - b, &dl)) {
			tk_take_deadline(x, P, t + b, &dl);
			return true;
		}
		if (tk_reply_before(x, P, t + b, e - b))
			return true;
		/* "We would need this assessment before the interagency
		 * meeting on February 24" */
		static const char *const before[] = { "before", NULL };
		if (tk_says_word(t + b, e - b, before) &&
		    deadline_find_on(t + b, e - b, &x->c->dtg, &dl) &&
		    tk_before_event(t + b, dl.start) &&
		    (tk_we_need(t + b, dl.start) || tk_says_word(t + b, dl.start, tk_reply_words) ||
		     tk_must_reach(t + b, dl.start))) {
			tk_take_deadline(x, P, t + b, &dl);
			return true;
		}
		/* "The first meeting is set for June 2": the event it waits on */
		if ((event || tk_scheduled(t + b, e - b)) &&
		    deadline_find_on(t + b, e - b, &x->c->dtg, &dl)) {
			tk_take_deadline(x, P, t + b, &dl);
			return true;
		}
	}
	/* "in advance of the Board", whose dates another paragraph gives
	 * ("The IAEA Board of Governors meets June 8-12"): its first day */
	size_t n;
	const char *ev = event ? deadline_event_word(t, len, &n) : NULL;
	for (size_t i = 0; ev && i < x->c->nparas; i++) {
		const char *q = x->c->paras[i].text;
		if (!q || q == t)
			continue;
		size_t ql = strlen(q);
		for (size_t qb = 0, qe; tk_next_sentence(q, ql, &qb, &qe); qb = qe) {
			struct deadline dl;
			if (deadline_event_date(q + qb, qe - qb, ev, n, &x->c->dtg, &dl)) {
				tk_take_deadline(x, P, q + qb, &dl);
				return true;
			}
		}
	}
	return false;
}

/* A dated deadline from the rest of a tasked paragraph ("Responses are due
 * by March 3."), when its tasking sentences gave none. */
/* "Post requests guidance on whether to support the project at the
 * Committee on March 29. ... we would need guidance NLT March 20": a due
 * date said outright in another sentence of the text t, earlier than the
 * action's own date P holds, replaces it.  True when it did. */
static bool tk_earlier_outright(struct tk_ctx *x, struct tk_para *P, const char *t)
{
	size_t len = strlen(t);
	for (size_t b = 0, e; tk_next_sentence(t, len, &b, &e); b = e) {
		struct deadline dl;
		if (tk_outright(x, t + b, e - b, &dl) &&
		    (dl.year < P->dl.year || (dl.year == P->dl.year &&
		     (dl.month < P->dl.month || (dl.month == P->dl.month && dl.day < P->dl.day))))) {
			tk_take_deadline(x, P, t + b, &dl);
			P->dl_own = false;
			return true;
		}
	}
	return false;
}

void tk_para_deadline(struct tk_ctx *x, const struct paragraph *p, struct tk_para *P)
{
	if (P->have_dl && P->dl.dated && P->dl_own && p->text)
		tk_earlier_outright(x, P, p->text);
	if (P->have_dl && P->dl.dated)
		return;
	/* the asks the checklist line names are the paragraph's request:
	 * "B. Report the response by March 18." dates it (not "B. Accra
	 * and Dakar: report by March 18.", which dates its posts alone) */
	for (size_t i = 0; i < P->nasks; i++) {
		struct deadline dl;
		const char *a = P->asks[i];
		struct tk_parties posts;
		if (P->ndue && tk_item_for_posts(x, a, &posts))
			continue;
		if (deadline_find(a, strlen(a), &x->c->dtg, &dl) && dl.dated) {
			P->dl = dl;
			P->have_dl = true;
			P->dl_text = tk_dl_words(x->c, a + dl.start, dl.len);
			return;
		}
	}
	/* the paragraph's text, then its prose after the items ("Request that
	 * posts complete these approaches before the Mons conference.") */
	if (p->text && tk_text_deadline(x, P, p->text))
		return;
	for (size_t i = 0; i < p->nchildren; i++)
		if (p->children[i].kind == NODE_TEXT && p->children[i].text &&
		    tk_text_deadline(x, P, p->children[i].text))
			return;
}

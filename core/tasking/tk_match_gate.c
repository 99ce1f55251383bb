/* tk_match_gate.c - can a sentence of Washington's cable ask at all?
 *
 * In: one sentence of a cable from Washington, cut into words, and where
 * its clause starts.  Out: tk_wash_may_ask() is false when no pattern of
 * tk_match_wash() can match at any of its words, told from a few loads a
 * word: every pattern needs one of the words of tk_wash_needs below, an
 * "is to" ("Embassy Berlin is to deliver") or an imperative where a
 * clause opens.  Most of Washington's prose has none of them, and trying
 * each of its words as the start of a request (the posts' names looked up
 * on the addressee lines at each) was most of the time spent on it.
 * tk_match() reads only the heading of such a sentence, which may name
 * posts with no request word ("Embassy Madrid.", "For Rome:").
 *
 * The imperatives live here too, since tk_match_wash.c reads them at the
 * same places the gate does (tk_imperative()).
 */
#include "tasking/tk_match_internal.h"

#include <string.h>
#include <strings.h>

/* Verbs that open an imperative sentence of a tasking (a table by word
 * id: the gate asks it of most of Washington's sentences). */
static const bool tk_imperatives[W_COUNT] = {
	[W_approach] = true, [W_deliver] = true, [W_convey] = true,
	[W_demarche] = true, [W_raise] = true, [W_report] = true,
	[W_inform] = true, [W_urge] = true, [W_press] = true, [W_share] = true,
	[W_provide] = true, [W_seek] = true, [W_ask] = true, [W_draw] = true,
	[W_brief] = true, [W_query] = true, [W_solicit] = true,
	[W_notify] = true, [W_consult] = true, [W_engage] = true,
	[W_respond] = true, [W_reply] = true, [W_obtain] = true,
	[W_submit] = true, [W_forward] = true, [W_advise] = true,
	[W_confirm] = true, [W_ensure] = true, [W_emphasize] = true,
	[W_stress] = true, [W_express] = true, [W_reiterate] = true,
	[W_encourage] = true, [W_underscore] = true, [W_use] = true,
	[W_pursue] = true, [W_coordinate] = true, [W_invite] = true,
	[W_send] = true, [W_relay] = true,
};

/* More of them, compared by their letters (only a clause's first word is
 * tested): verbs that seldom open a sentence as a noun.  Of them only
 * "begin" is in the vocabulary: a word with another id is none of them. */
static const char *const tk_more_imperatives[] = {
	"begin", "initiate", "continue", "monitor", "tell", "explain", "remind",
	"thank", "identify", "assess", "verify", "arrange", "explore", "discuss",
	"clarify", "inquire", "determine", "gather", "designate", "highlight",
	"reassure", "underline", "make", "take", "keep", "meet", "slug", "caption",
	"transmit", "include", "complete", "indicate", "describe", "update",
	"return", "list", "convene", "prepare", "instruct", "repeat", "follow",
	"avoid", "refrain", "leave", NULL,
};

/* "Press reports indicate", "Press accounts say": the noun */
static const char *const tk_news[] = {
	"reports", "report", "accounts", "coverage", "reporting", "stories",
	"articles", "releases", "release", "statements", "conference",
	"briefing", "freedom", "attention", NULL,
};

/* "Begin points/non-paper:", "Begin text:": a quote's marker */
static const char *const tk_quoted[] = {
	"text", "points", "talking", "nonpaper", "non-paper", "quote",
	"message", "letter", "draft", "template", NULL,
};

/* Does word k, up to a slash ("points/non-paper"), open a quote? */
static bool tk_quote_word(const struct tk_sentence *S, size_t k)
{
	if (k >= S->n)
		return false;
	const char *w = S->s + S->w[k].s;
	size_t n = S->w[k].e - S->w[k].s;
	const char *slash = memchr(w, '/', n);
	if (slash)
		n = (size_t)(slash - w);
	for (const char *const *q = tk_quoted; *q; q++)
		if (strlen(*q) == n && strncasecmp(w, *q, n) == 0)
			return true;
	return false;
}

/* Does a colon follow one of words [k, k + n), before the next word or
 * at the sentence's end? */
static bool tk_colon_within(const struct tk_sentence *S, size_t k, size_t n)
{
	for (size_t j = k + 1; j <= k + n && j <= S->n; j++)
		if (j == S->n ? tk_ends_in_colon(S) : tk_gap_has(S, j, ':'))
			return true;
	return false;
}

bool tk_imperative(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n)
		return false;
	enum tk_wid id = S->w[i].id;
	if (tk_imperatives[id])
		return !(id == W_press && tk_word_among(S, i + 1, tk_news));
	/* "E-mail the report to", not "E-mail traffic has doubled" */
	static const char *const objects[] = {
		"the", "a", "an", "your", "their", "all", "any", "responses", "questions",
		"comments", "copies", NULL,
	};
	if (id == W_email || id == W_e_mail)
		return tk_word_among(S, i + 1, objects);
	/* "Begin text:", "Begin additional point for Oslo:", "Begin
	 * biographic summary:": a quote's marker, not an imperative */
	if (id == W_begin && (tk_quote_word(S, i + 1) || tk_quote_word(S, i + 2) ||
	                      tk_colon_within(S, i + 1, 6)))
		return false;
	/* "Let us know by e-mail", "Let the Department know": not "Let us
	 * be clear" */
	if (tk_word_eq(S, i, "let")) {
		size_t k = tk_is(S, i + 1, W_the) ? i + 2 : i + 1;
		return (tk_word_eq(S, k, "us") || tk_is(S, k, W_department) ||
		        tk_is(S, k, W_washington)) && tk_word_eq(S, k + 1, "know");
	}
	return (id == W_NONE || id == W_begin) &&
	       tk_word_among(S, i, tk_more_imperatives) && !tk_is(S, i + 1, W_you);
}

/* The words without one of which no pattern of tk_match_wash() matches,
 * anywhere in the sentence, by the pattern that needs them.  A pattern
 * that comes to need a word not here must add it (test_tasking_gate.c
 * parses Washington's requests and fails otherwise):
 *  - a party and its modal (tk_modal(), tk_bare_places()): "should",
 *    "shall", "must"; "may wish/want to", "will want/need/wish to", "need
 *    to"; "is/are tasked with" and "is/are requested, asked ... to" (the
 *    list asked[] of tk_modal(); "is/are responsible for"); "is/are to" is
 *    told apart below;
 *  - a named post and "please" ("Embassy Madrid please see");
 *  - Washington as the requester (tk_wash_requester(): its verbs,
 *    wash_verbs[], "would" and "is asking" of tk_request_verb(); "looks
 *    to", "relies on", "counts on"; tk_wants_posts(): "would like to
 *    receive", "look forward to", "needs ... from posts");
 *  - "it is important that posts" (tk_need_words[]);
 *  - ("it would be helpful/useful if Embassy X", tk_wash_helpful(), needs
 *    the "would" before it: tk_would_be_before());
 *  - the weak ones (tk_wash_weak()): "Request Embassy X", "please",
 *    "is requested", "would be appreciated", "Response requested"; and an
 *    imperative, told apart below. */
static const bool tk_wash_needs[W_COUNT] = {
	/* modal */
	[W_should] = true, [W_shall] = true, [W_must] = true, [W_wish] = true,
	[W_want] = true, [W_need] = true, [W_needs] = true, [W_tasked] = true,
	[W_requested] = true, [W_asked] = true, [W_instructed] = true,
	[W_directed] = true, [W_encouraged] = true, [W_invited] = true,
	[W_urged] = true, [W_authorized] = true, [W_expected] = true,
	[W_required] = true, [W_reminded] = true, [W_responsible] = true,
	/* please */
	[W_please] = true,
	/* Washington requests */
	[W_requests] = true, [W_request] = true, [W_asks] = true, [W_ask] = true,
	[W_instructs] = true, [W_instruct] = true, [W_directs] = true,
	[W_direct] = true, [W_urges] = true, [W_urge] = true,
	[W_encourages] = true, [W_encourage] = true, [W_wants] = true,
	[W_wishes] = true, [W_recommends] = true, [W_recommend] = true,
	[W_seeks] = true, [W_seek] = true, [W_invites] = true, [W_invite] = true,
	[W_requires] = true, [W_require] = true, [W_would] = true,
	[W_expects] = true, [W_expect] = true, [W_hopes] = true, [W_hope] = true,
	[W_looks] = true, [W_relies] = true, [W_counts] = true, [W_forward] = true,
	[W_look] = true, [W_rely] = true, [W_count] = true,
	[W_suggests] = true, [W_suggest] = true, [W_proposes] = true, [W_propose] = true,
	[W_asking] = true, [W_requesting] = true, [W_instructing] = true,
	[W_directing] = true,
	/* need words */
	[W_important] = true, [W_essential] = true, [W_imperative] = true,
	[W_critical] = true, [W_vital] = true, [W_necessary] = true,
	/* "Posts' replies are due", "will be needed" (tk_due_request()) */
	[W_due] = true, [W_needed] = true,
	/* "ACTION ADDRESSEES KINDLY REPORT" (tk_telegraph_verb()); "views
	 * are sought" (tk_passive_request()) */
	[W_kindly] = true, [W_sought] = true,
};

/* "Embassy Berlin is to deliver", "Posts are also to report": the one
 * modal of tk_modal() without a word of its own ("is", "are" and "to" are
 * in most sentences; the three together are not); and telegraphese's
 * "Embassies Jakarta and Cairo to convey". */
static bool tk_is_to(const struct tk_sentence *S)
{
	for (size_t k = 0; k + 1 < S->n; k++) {
		if (!tk_is(S, k, W_is) && !tk_is(S, k, W_are))
			continue;
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (tk_is(S, v, W_to))
			return true;
	}
	/* "EMBASSIES JAKARTA AND CAIRO TO CONVEY", "Geneva also to consult"
	 * (tk_telegraph_verb()): "to" and a verb after a name */
	for (size_t k = 1; k + 1 < S->n; k++)
		if (tk_is(S, k, W_to) && tk_imperative(S, k + 1) &&
		    (S->caps || tk_capitalised(S, k - 1) || tk_is(S, k - 1, W_also)))
			return true;
	return false;
}

/* An imperative where tk_wash_weak() reads one: the clause's first word
 * ("Approach host government officials"), or the word after a phrase
 * that opens the clause ("Drawing on the points below, approach"). */
static bool tk_imperative_opens(const struct tk_sentence *S, size_t cs)
{
	if (tk_imperative(S, cs) || (tk_is(S, cs, W_also) && tk_imperative(S, cs + 1)) ||
	    (tk_word_eq(S, cs, "do") && tk_is(S, cs + 1, W_not) && tk_imperative(S, cs + 2)))
		return true;     /* "Do not leave any part of it in writing" */
	/* tk_opening_phrase() wants a comma before word i, at most
	 * TK_OPENING_MAX on, and none before it: only the first such i may
	 * do */
	for (size_t i = cs + 1; i < S->n && i <= cs + TK_OPENING_MAX; i++)
		if (tk_gap_has(S, i, ','))
			return tk_opening_phrase(S, cs, i) && tk_imperative(S, i);
	/* "On May 10 deliver", "By November 20 report" (tk_date_opening()
	 * reads the date): a few words on, and no comma */
	if (tk_date_word(S, cs))
		for (size_t i = cs + 2; i < S->n && i <= cs + 6; i++)
			if (tk_imperative(S, i))
				return true;
	return false;
}

bool tk_wash_may_ask(const struct tk_sentence *S, size_t cs)
{
	for (size_t i = 0; i < S->n; i++)
		if (tk_wash_needs[S->w[i].id])
			return true;
	/* "Action: Embassy Rome approach" (tk_party_verb()) */
	return tk_is_to(S) || tk_imperative_opens(S, cs) ||
	       (cs >= 1 && tk_word_eq(S, cs - 1, "action"));
}

/* Telegraphese after posts, at word k: "EMBASSIES JAKARTA AND CAIRO TO
 * CONVEY", "GENEVA ALSO TO CONSULT", "ACTION ADDRESSEES KINDLY REPORT".
 * The verb's index, or 0. */
static size_t tk_telegraph_verb(const struct tk_sentence *S, size_t k)
{
	bool kindly = false;
	for (; tk_in(S, k, tk_modal_adverbs); k++)
		kindly = kindly || tk_is(S, k, W_kindly);
	if (tk_is(S, k, W_to) && tk_imperative(S, k + 1))
		return k + 1;
	return kindly && tk_imperative(S, k) ? k : 0;
}

/* "BEFORE THE JANUARY 17 CONFERENCE, EMBASSIES HANOI AND JAKARTA TO
 * APPROACH": a phrase of when, from the clause's start cs to the comma
 * before word i (and none before that). */
static bool tk_when_opening(const struct tk_sentence *S, size_t cs, size_t i)
{
	static const char *const when[] = {
		"before", "after", "by", "upon", "on", "during", "following",
		"prior", "ahead", "nlt", NULL,
	};
	if (i <= cs + 1 || i > cs + TK_OPENING_MAX || !tk_gap_has(S, i, ',') ||
	    !tk_word_among(S, cs, when))
		return false;
	for (size_t k = cs + 1; k < i; k++)
		if (tk_gap_breaks(S, k))
			return false;
	return true;
}

size_t tk_party_verb(const struct tk_sentence *S, size_t i, size_t k)
{
	size_t v = tk_modal(S, k);
	size_t cs = tk_clause_start(S);
	if (v || !(i == cs || tk_when_opening(S, cs, i)))
		return v;
	/* "ACTION REQUESTED: EMBASSY BISHKEK OBTAIN", "Action: Embassy Abu
	 * Dhabi and Consulate General Dubai jointly approach": the verb bare */
	bool action = (cs >= 2 && tk_word_eq(S, cs - 2, "action") &&
	               (tk_is(S, cs - 1, W_requested) || tk_is(S, cs - 1, W_request))) ||
	              (cs >= 1 && tk_word_eq(S, cs - 1, "action"));
	size_t a = k + 1 < S->n && S->w[k].e - S->w[k].s > 3 &&
	           strncasecmp(S->s + S->w[k].e - 2, "ly", 2) == 0 ? k + 1 : k;
	if (action && tk_imperative(S, a))
		return a;
	return tk_telegraph_verb(S, k);
}

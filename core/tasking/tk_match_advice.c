/* tk_match_advice.c - a post's advice to its reader, told from what it
 * judges, and its requests put as questions.
 *
 * In: one sentence of a post's cable at the words of a request (tk_match_post.c).
 * Out: whether "that X would be" after a request verb says what is so
 * (tk_opinion(), tk_judged()); who "you" is (tk_reader(): a scenesetter's
 * visitor, the first Washington addressee on the TO line); the reader's
 * asks ("You should stress", "It is important that you raise"); a
 * question to Washington ("Could the Department advise whether ...?"),
 * and in Washington's cable a question under a heading of posts ("FOR
 * BEIJING AND GUANGZHOU: Which ministries drive the policy?");
 * and where a request's parties came from (tk_post_from()).
 */
#include "tasking/tk_match_internal.h"

#include <strings.h>

/* The finite verbs that say what is so ("is", "would"), by word id (the
 * summary's tk_finite is the same idea as strings, for its own words). */
static const enum tk_wid tk_says_so[] = {
	W_is, W_are, W_was, W_were, W_will, W_would, W_could, W_has,
	W_have, W_NONE,
};

/* After "suggests (that)" at word v: does a finite verb come within a few
 * words ("Zapatero's thinking is", "Dezcallar would likely respond",
 * "will help"), so that the clause says what is so, not what to do ("that
 * Washington consider")? */
bool tk_opinion(const struct tk_sentence *S, size_t v)
{
	if (tk_is(S, v, W_that))
		v++;
	for (size_t k = v; k < S->n && k < v + 6; k++)
		if (tk_in(S, k, tk_says_so))
			return true;
	return false;
}

/* "is invited", "are given": a form of "to be" at word k and a past
 * participle after it (a passive, as in "that the minister is invited"). */
static bool tk_passive_be(const struct tk_sentence *S, size_t k)
{
	if (!(tk_is(S, k, W_is) || tk_is(S, k, W_are) || tk_is(S, k, W_was) ||
	      tk_is(S, k, W_were)) || k + 1 >= S->n)
		return false;
	size_t b = S->w[k + 1].s, e = S->w[k + 1].e;
	return e - b > 4 && (strncasecmp(S->s + e - 2, "ed", 2) == 0 ||
	                     strncasecmp(S->s + e - 2, "en", 2) == 0);
}

/* After "recommends that" at word v: a subject of a word or two that is
 * not the US side, then a finite verb ("Post recommends that Rubalcaba
 * would be a logical person"): what is so, not what Washington is to do
 * (a recommendation's verb is a bare one: "that Washington consider"). */
bool tk_judged(const struct tk_sentence *S, size_t v)
{
	if (!tk_is(S, v, W_that) || tk_in(S, v + 1, tk_us_words) || tk_is(S, v + 1, W_you))
		return false;
	for (size_t k = v + 2; k < S->n && k <= v + 3; k++) {
		/* "that Rubalcaba - who is very accessible - remains": an
		 * aside's verb */
		if (tk_gap_has(S, k, ',') || tk_gap_has(S, k, '-') || tk_is(S, k, W_who) ||
		    tk_is(S, k, W_which))
			return false;
		if (tk_in(S, k, tk_says_so))
			return !tk_passive_be(S, k);
	}
	return false;
}

/* Where tk_wash_parties() took a post's request's parties from. */
const char *tk_post_from(const struct tk_para *P, bool named)
{
	return named ? "named in the sentence"
	     : P->scope.n ? "the paragraph's heading or an earlier request"
	                  : "the cable's TO addressees";
}

/* Does a Washington party stand at or after word from? */
static bool tk_wash_after(struct tk_ctx *x, const struct tk_sentence *S, size_t from)
{
	for (size_t k = from; k < S->n; k++) {
		size_t used = 0;
		if (tk_agency(x, S, k, &used) || used)
			return true;
	}
	return false;
}

/* "you" in a post's cable: the posts of the paragraph's heading
 * ("Embassy London and USEU: we would welcome your readout"); else its
 * reader: the visitor a scenesetter is written for, else the first
 * Washington addressee on the TO line (SECDEF in a cable "TO SECDEF
 * WASHDC, SECSTATE WASHDC" for the Secretary of Defense); the agencies the
 * sentence names instead, when it names some. */
void tk_reader(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
               size_t at, struct tk_hit *hit)
{
	/* "Embassy London and USEU: we would welcome your readout" */
	if (P->scope.n) {
		hit->parties = P->scope;
		hit->sets_scope = false;
		hit->from = tk_post_from(P, false);
		return;
	}
	hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
	/* "Washington agencies are reviewing a draft; ..., and we recommend
	 * you not commit": agencies named only before a semicolon that goes
	 * before "you" are not its reader */
	size_t semi = tk_after_semicolon(S, at);
	if (hit->sets_scope && semi && !tk_wash_after(x, S, semi)) {
		hit->sets_scope = false;
		hit->parties.n = 0;
	}
	hit->from = tk_post_from(P, hit->sets_scope);
	if (hit->sets_scope || P->scope.n)
		return;
	for (size_t k = 0; k < x->c->nto; k++) {
		const char *n = x->c->to[k].name;
		if (n && !x->c->to[k].excluded && tk_in_washington(n)) {
			hit->parties.n = 0;
			tk_add(&hit->parties, x->visitor ? x->visitor : n);
			hit->from = x->visitor ? "the visitor the subject or a letter's FOR line names (\"you\")"
			          : "the first Washington addressee on the TO line (\"you\")";
			return;
		}
	}
}

/* "I hope you can", "We hope that you will" with "you" at word i: true,
 * and the index of "I" or "We" into *at. */
static bool tk_hoped_of(const struct tk_sentence *S, size_t i, size_t *at)
{
	if (i < 2)
		return false;
	size_t h = tk_is(S, i - 1, W_that) ? i - 2 : i - 1;
	if (h < 1 || !tk_is(S, h, W_hope) ||
	    !(tk_word_eq(S, h - 1, "i") || tk_word_eq(S, h - 1, "we")))
		return false;
	*at = h - 1;
	return true;
}

/* After "I hope you" (word k): "can", "will", "could" or "would" and the
 * verb's index, or 0. */
static size_t tk_hoped_verb(const struct tk_sentence *S, size_t k)
{
	if (!(tk_is(S, k, W_can) || tk_is(S, k, W_will) || tk_is(S, k, W_could) ||
	      tk_is(S, k, W_would)))
		return 0;
	k++;
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	return k < S->n ? k : 0;
}

/* "You should stress", "In your meetings, you should acknowledge", "you
 * will want to congratulate", "your visit should make clear" in a post's
 * cable: the reader it is written for (a scenesetter for a visitor;
 * tk_reader()).  Only at the clause's start or after an opening phrase,
 * never after a condition ("If asked, you should say"), and not "you may
 * wish to" (a suggestion), "you should be aware" (information) or "your
 * visit should help" (what the visit does). */
bool tk_post_you(struct tk_ctx *x, struct tk_para *P,
                        const struct tk_sentence *S, size_t i, size_t cs,
                        struct tk_hit *hit)
{
	static const char *const conditions[] = {
		"if", "unless", "should", "whether", "although", "though", "while",
		"because", "since", "as", "once", "whatever", "whoever", NULL,
	};
	/* "your visit should make clear to Moratinos": the reader */
	static const char *const occasions[] = {
		"visit", "trip", "meeting", "meetings", "discussions", "talks",
		"remarks", "statements", "statement", "message", "speech", NULL,
	};
	/* (one word may stand between: "your public statements") */
	size_t subj = !tk_is(S, i, W_your) ? i
	            : tk_word_among(S, i + 1, occasions) ? i + 1
	            : tk_word_among(S, i + 2, occasions) ? i + 2 : i;
	if (!(tk_is(S, i, W_you) || subj > i) || tk_is(S, subj + 1, W_may) ||
	    tk_is(S, subj + 1, W_might))
		return false;
	/* "During your visit, I hope you can announce", "We hope that you
	 * will raise": the writer's hope of its reader opens the clause */
	size_t at = i;
	bool hope = tk_hoped_of(S, i, &at);
	/* "This means that you will need to speak frankly": what follows
	 * for the reader, as at the clause's start */
	static const char *const it[] = { "this", "that", "it", NULL };
	bool means = i == cs + 3 && tk_is(S, i - 1, W_that) && tk_word_eq(S, i - 2, "means") &&
	             tk_word_among(S, cs, it);
	if (at != cs && !means) {
		if (at > cs + 8 || !tk_gap_has(S, at, ',') || tk_word_among(S, cs, conditions))
			return false;
		for (size_t k = cs + 1; k < at; k++)
			if (tk_gap_breaks(S, k) || tk_word_among(S, k, conditions))
				return false;
	}
	/* "you will want to be direct with the government": a manner the
	 * reader is to take (not "you should be aware") */
	static const char *const manners[] = {
		"direct", "firm", "clear", "frank", "candid", "forthright", "explicit",
		"blunt", "prepared", "ready", NULL,
	};
	size_t v = hope ? tk_hoped_verb(S, i + 1) : tk_modal(S, subj + 1);
	if (!v || tk_note_only(S, v) || tk_is(S, v, W_have) || tk_mind_verb(S, v) ||
	    (subj > i && tk_is(S, v, W_help)) ||
	    (tk_is(S, v, W_be) && !tk_word_among(S, v + 1, manners)) ||
	    (!S->caps && tk_capitalised(S, v)))
		return false;
	tk_reader(x, P, S, i, hit);
	tk_hit_at(hit, at, v, v);
	hit->rule = "a post's advice to its reader (\"you should stress\")";
	return true;
}

/* "It is important that you raise the issue" (t: the word after "that"):
 * the reader, when a verb of what to do follows (not "that you are
 * aware"). */
bool tk_post_need_you(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t t, struct tk_hit *hit)
{
	if (!tk_is(S, t, W_you) || t + 1 >= S->n || tk_in(S, t + 1, tk_says_so) ||
	    (!S->caps && tk_capitalised(S, t + 1)))
		return false;
	tk_reader(x, P, S, t, hit);
	tk_hit_at(hit, i, t + 1, t + 1);
	hit->rule = "need + that + you (\"it is important that you raise\")";
	return true;
}

/* Does the sentence end with a question mark? */
static bool tk_is_question(const struct tk_sentence *S)
{
	size_t end = S->len;
	while (end > 0 && (S->s[end - 1] == ' ' || S->s[end - 1] == '\n'))
		end--;
	return end > 0 && S->s[end - 1] == '?';
}

/* "How should we respond if he asks?", "Should we raise it with the
 * minister?", "What should we tell him?", "How does Washington want us to
 * respond?": the post asks what to do, at word i (the clause's first).
 * Whom: the Washington party the question names, else the cable's. */
static bool tk_asks_what_to_do(struct tk_ctx *x, struct tk_para *P,
                               const struct tk_sentence *S, size_t i,
                               struct tk_hit *hit)
{
	static const char *const wh[] = { "how", "what", "when", "whether", NULL };
	size_t k = tk_word_among(S, i, wh) ? i + 1 : i;
	bool should_we = tk_is(S, k, W_should) && tk_word_eq(S, k + 1, "we");
	/* "How does Washington want us to respond?" */
	struct tk_parties named;
	size_t e = k > i && tk_word_eq(S, k, "does") ? tk_wash_phrase(x, S, k + 1, &named) : k;
	bool wants_us = e > k + 1 && (tk_word_eq(S, e, "want") || tk_word_eq(S, e, "wish")) &&
	                tk_word_eq(S, e + 1, "us") && tk_is(S, e + 2, W_to);
	if ((!should_we && !wants_us) || !tk_is_question(S))
		return false;
	if (wants_us) {
		tk_named(hit, &named);
	} else {
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
	}
	tk_hit_at(hit, i, i, i);
	hit->ask = W_questions;
	hit->rule = "a post asks what to do (\"How should we respond?\")";
	return true;
}

/* "Could the Department advise whether the waiver applies?", "Can
 * Washington confirm the dates?", "Does the Department concur that ...?":
 * a post's request put as a question, a Washington party (or another
 * post: "Could Embassy Kabul ask ...?") after the word that opens it
 * (word i); or what to do (tk_asks_what_to_do()). */
bool tk_post_question(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t cs, struct tk_hit *hit)
{
	/* "Finally, would the Department ...?": a word and a comma first */
	static const char *const openers[] = {
		"finally", "also", "lastly", "separately", "further", "second", "third", NULL,
	};
	if (i == cs + 1 && tk_word_among(S, cs, openers) && tk_gap_has(S, i, ','))
		cs = i;
	if (i == cs && tk_asks_what_to_do(x, P, S, i, hit))
		return true;
	bool plural = tk_word_eq(S, i, "do");
	bool does = plural || tk_word_eq(S, i, "does");
	if (i != cs || !(tk_is(S, i, W_could) || tk_is(S, i, W_can) || tk_is(S, i, W_would) ||
	                 tk_is(S, i, W_will) || does))
		return false;
	if (!tk_is_question(S))
		return false;
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, i + 1, &named);
	/* "Could Embassy Kabul ask the ministry ...?": another post named */
	bool generic = false, post = false;
	if (e == i + 1 && !does) {
		e = tk_post_phrase(x, S, i + 1, &named, &generic);
		post = e > i + 1;
	}
	if (post && (generic || !named.n || !tk_others_listed(x, &named)))
		return false;
	/* "would the Department be prepared to authorize", "would USAID be
	 * in a position to second": willing to act; not "could the
	 * Department be right" */
	static const char *const willing[] = { "prepared", "willing", "able", NULL };
	if (tk_is(S, e, W_be) && tk_word_among(S, e + 1, willing) && tk_is(S, e + 2, W_to))
		e += 3;
	else if (tk_is(S, e, W_be) && tk_is(S, e + 1, W_in) && tk_word_eq(S, e + 2, "a") &&
	         tk_word_eq(S, e + 3, "position") && tk_is(S, e + 4, W_to))
		e += 5;
	/* "Does Washington have any objection to ...?": its answer asked
	 * ("Answer: Any objection to ...?") */
	static const char *const answers[] = {
		"objection", "objections", "concerns", "concern", "view", NULL,
	};
	size_t a = e + 1 + (tk_word_eq(S, e + 1, "any") || tk_word_eq(S, e + 1, "a"));
	if (does && tk_is(S, e, W_have) &&
	    (tk_word_among(S, a, answers) || tk_in(S, a, tk_request_nouns))) {
		hit->parties = named;
		hit->sets_scope = true;
		hit->from = "named in the sentence";
		tk_hit_at(hit, i, e + 1, e + 1);
		hit->ask = W_questions;
		hit->rule = "a post's question to Washington (\"Could the Department advise\")";
		return true;
	}
	if (e == i + 1 || e >= S->n || (!S->caps && tk_capitalised(S, e)) ||
	    tk_is(S, e, W_be) || tk_is(S, e, W_have) || plural)
		return false;
	hit->parties = named;
	hit->sets_scope = true;
	hit->from = "named in the sentence";
	tk_hit_at(hit, i, e, e);
	hit->rule = "a post's question to Washington (\"Could the Department advise\")";
	return true;
}

/* "Could posts also indicate whether ...?", "Would Embassy Rome please
 * confirm ...?", "Would it be possible for Embassy Moscow to arrange
 * ...?": a question whose subject is posts, the clause at cs. */
static bool tk_party_question(struct tk_ctx *x, struct tk_para *P,
                              const struct tk_sentence *S, size_t cs,
                              struct tk_hit *hit)
{
	static const enum tk_wid modals[] = { W_could, W_would, W_can, W_will, W_NONE };
	if (!tk_in(S, cs, modals))
		return false;
	/* "Would it be possible for Embassy Moscow to arrange ...?" */
	size_t p = cs + 1;
	if (tk_word_eq(S, p, "it") && tk_is(S, p + 1, W_be) &&
	    tk_word_eq(S, p + 2, "possible") && tk_is(S, p + 3, W_for))
		p += 4;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, p, &named, &generic);
	if (p > cs + 1 && e > p && !tk_is(S, e, W_to))
		return false;
	if (p > cs + 1 && e > p)
		e++;
	size_t v = e;
	while (tk_in(S, v, tk_modal_adverbs) || tk_is(S, v, W_please))
		v++;
	/* then a verb: "indicate", "be prepared", "find out" */
	if (e <= p || v >= S->n ||
	    !(S->w[v].id == W_NONE || tk_imperative(S, v) || tk_is(S, v, W_be) ||
	      (tk_is(S, v, W_find) && tk_word_eq(S, v + 1, "out"))))
		return false;
	tk_resolve(x, P, &named, hit);
	tk_hit_at(hit, cs, v, v);
	hit->rule = "a question to posts (\"Could posts also indicate whether ...?\")";
	return true;
}

bool tk_wash_question(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t cs, struct tk_hit *hit)
{
	if (cs >= S->n || !tk_is_question(S))
		return false;
	if (!P->scope.n)
		return tk_party_question(x, P, S, cs, hit);
	/* an item's portion mark: "(S/NF) WHICH ..." */
	if (S->w[cs].s > 0 && S->s[S->w[cs].s - 1] == '(' && cs + 1 < S->n &&
	    tk_gap_has(S, cs + 1, ')'))
		cs++;
	hit->parties = P->scope;
	hit->ask = W_questions;     /* the checklist line: "Answer: ...?" */
	hit->from = "the posts the heading names (\"FOR ROME AND MADRID:\")";
	tk_hit_at(hit, cs, cs, cs);
	hit->rule = "a question under a heading of posts (\"FOR ROME: Which firms ...?\")";
	return true;
}

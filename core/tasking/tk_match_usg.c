/* tk_match_usg.c - a post's own advice to the U.S. Government: "The USG
 * should reach out quickly to engage the new government", "Finally, the
 * U.S. should continue to promote state activities".
 *
 * In: one sentence of a post's cable and the paragraph's text before it.
 * Out: tk_match_usg() says whether the sentence asks the U.S. Government,
 * for which the Department answers, and fills the hit.  A foreign
 * official's advice reads the same ("Most importantly, the U.S. should not
 * allow Syria ..." after "Siniora commented"), so a paragraph that reports
 * what someone said asks nothing this way.  Called by tk_paragraph.c when
 * no other pattern fired.  Also tk_mind_verb(): the verbs of a stance,
 * not an action ("should gird itself for", "should harbor no illusions"),
 * which the reader's advice (tk_match_advice.c) asks for nothing too.
 */
#include "tasking/tk_match_internal.h"

/* The U.S. Government as a subject at word k: "the USG", "the U.S.",
 * "the United States", "the U.S. Government", or its people ("U.S.
 * officials", "senior USG policymakers").  The word after it, or k. */
static size_t tk_usg_subject(const struct tk_sentence *S, size_t k)
{
	size_t e = tk_is(S, k, W_the) ? k + 1 : k;
	if (tk_word_eq(S, e, "senior"))
		e++;
	if (tk_is(S, e, W_usg) || tk_is(S, e, W_u_s))
		e++;
	else if (tk_is(S, e, W_united) && tk_word_eq(S, e + 1, "states"))
		e += 2;
	else
		return k;
	if (tk_word_eq(S, e, "government"))
		e++;
	return tk_is(S, e, W_officials) || tk_is(S, e, W_policymakers) ||
	       tk_is(S, e, W_interlocutors) ? e + 1 : e;
}

/* Words that report what someone said or thought ("Siniora commented",
 * "he advised", "according to Zhai"), and the pronouns of a person being
 * reported. */
static bool tk_reporting_word(const struct tk_sentence *S, size_t i)
{
	static const char *const said[] = {
		"said", "says", "told", "noted", "stated", "added", "argued",
		"commented", "asserted", "remarked", "explained", "stressed",
		"insisted", "advised", "suggested", "reiterated", "cited",
		"agreed", "lamented", "complained", "warned", "emphasized",
		"underscored", "maintained", "claimed", "observed",
		"acknowledged", "urged", "opined", "predicted", "according",
		"asked", "replied", "responded", "countered", "contended",
		"he", "she", NULL,
	};
	return tk_word_among(S, i, said);
}

/* Does the text t[0..n) or the sentence S report what someone said (not
 * the writer's pointer, "As noted above, the U.S. should")? */
static bool tk_reports_speech(const struct tk_sentence *S, const char *t, size_t n)
{
	for (size_t i = 0; i < S->n; i++)
		if (tk_reporting_word(S, i) && !tk_writer_pointer(S, i))
			return true;
	struct tk_sentence L;
	L.V = S->V;
	for (size_t b = 0, e; tk_next_sentence(t, n, &b, &e); b = e) {
		tk_words(&L, t + b, e - b);
		for (size_t i = 0; i < L.n; i++)
			if (tk_reporting_word(&L, i) && !tk_writer_pointer(&L, i))
				return true;
	}
	return false;
}

bool tk_mind_verb(const struct tk_sentence *S, size_t v)
{
	static const char *const minds[] = {
		"gird", "harbor", "harbour", "understand", "remember", "realize",
		"realise", "bear", NULL,
	};
	static const char *const granted[] = { "recognize", "recognise", "accept", NULL };
	static const char *const feelings[] = {
		"satisfaction", "comfort", "heart", "solace", "pride", NULL,
	};
	if (tk_word_among(S, v, minds) ||
	    (tk_word_among(S, v, granted) && tk_is(S, v + 1, W_that)))
		return true;
	if (tk_word_eq(S, v, "take"))
		for (size_t k = v + 1; k < S->n && k <= v + 6; k++)
			if (tk_word_among(S, k, feelings))
				return true;
	return false;
}

/* A stance of the U.S. Government at word v: a verb of mind, "should be
 * mindful" or "should be prepared for a backlash" (not "should be
 * prepared to"). */
static bool tk_stance(const struct tk_sentence *S, size_t v)
{
	static const char *const ready[] = { "prepared", "ready", "firm", "clear", NULL };
	return tk_mind_verb(S, v) ||
	       (tk_is(S, v, W_be) && (!tk_word_among(S, v + 1, ready) || tk_is(S, v + 2, W_for)));
}

/* Where the U.S. Government opens the writer's clause: at cs, after "We
 * believe that", "We think" or "Embassy believes", or after a comma that
 * ends an opening ("Finally,", "We believe that, beginning with the
 * visit,").  Its index, or S->n. */
static size_t tk_usg_at(const struct tk_sentence *S, size_t cs)
{
	/* most sentences hold none of its words */
	if (!(S->flags & TK_F_USG))
		return S->n;
	static const char *const plural[] = { "believe", "think", NULL };
	static const char *const singular[] = { "believes", "thinks", NULL };
	size_t k = cs;
	/* "Embassy believes", "Post thinks" */
	bool sg = tk_is(S, k, W_embassy) || tk_is(S, k, W_post) || tk_is(S, k, W_mission);
	if ((sg && tk_word_among(S, k + 1, singular)) ||
	    (tk_word_eq(S, k, "we") && tk_word_among(S, k + 1, plural)))
		k = tk_is(S, k + 2, W_that) ? k + 3 : k + 2;
	if (tk_usg_subject(S, k) > k)
		return k;
	for (size_t i = k + 1; i < S->n && i <= k + TK_OPENING_MAX; i++)
		if (tk_gap_has(S, i, ',') && tk_usg_subject(S, i) > i)
			return i;
	return S->n;
}

bool tk_match_usg(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                  const char *prior, size_t plen, struct tk_hit *hit)
{
	if (x->washington)
		return false;
	size_t i = tk_usg_at(S, cs);
	if (i >= S->n)
		return false;
	/* "the USG may wish to reinforce": a suggestion */
	size_t e = tk_usg_subject(S, i);
	size_t v = tk_is(S, e, W_may) || tk_is(S, e, W_might) ? 0 : tk_modal(S, e);
	if (!v || tk_is(S, v, W_expect) || tk_note_only(S, v) || tk_stance(S, v) ||
	    tk_reports_speech(S, prior, plen))
		return false;
	struct tk_parties named = { .n = 0 };
	size_t used = 0;
	const char *dept = party_agency(x->c, "DEPARTMENT", 10, AGENCY_PLAIN, &used);
	if (dept)
		tk_add(&named, dept);
	else
		tk_add_all(&named, &x->deflt);
	hit->parties = named;
	hit->sets_scope = false;
	hit->from = "the U.S. Government, for which the Department answers";
	tk_hit_at(hit, i, v, v);
	hit->rule = "the U.S. Government + modal in the post's own words (\"The USG should reach out\")";
	return true;
}

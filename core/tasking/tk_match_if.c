/* tk_match_if.c - a request put as a condition the writer would welcome:
 * "If Embassy Paris could check with the police, we would be most
 * grateful", "If posts could report by May 3, it would be most helpful",
 * "If the Department could advise, we would appreciate it", and the
 * welcome first: "It would help us greatly if your staff could send us".
 * The party is the condition's subject, what is asked its verb.  Used by
 * tk_match.c through tk_match_internal.h.
 */
#include "tasking/tk_match_internal.h"

bool tk_welcomes(const struct tk_sentence *S, size_t k)
{
	static const char *const welcome[] = {
		"grateful", "appreciate", "appreciated", "helpful", "useful", "welcome",
		"welcomed", "help", "valuable", "invaluable", "obliged", NULL,
	};
	size_t w = k;
	while (w < S->n && w <= k + 3 && !tk_is(S, w, W_would))
		w++;
	if (w >= S->n || w > k + 3)
		return false;
	for (size_t j = w + 1; j < S->n && j <= w + 4; j++)
		if (tk_word_among(S, j, welcome))
			return true;
	return false;
}

/* The condition's party at word b, into named: posts ("Embassy Paris",
 * "posts": the default set, or in a post's cable the posts it is sent
 * to) or, in a post's cable, Washington ("the Department", "DHS").  The
 * word after it, or b. */
static size_t tk_if_party(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                          struct tk_parties *named)
{
	bool generic = false;
	size_t e = tk_post_phrase(x, S, b, named, &generic);
	if (e > b && generic && !named->n) {
		*named = x->washington ? x->deflt : x->posts;
		return named->n ? e : b;
	}
	if (e > b && named->n)
		return x->washington || tk_others_listed(x, named) ? e : b;
	if (x->washington)
		return b;
	e = tk_wash_phrase(x, S, b, named);
	return e > b && named->n ? e : b;
}

/* "It would help us greatly if", "It would be most helpful if" at word
 * cs ("It"): the word after "if", or 0. */
static size_t tk_it_would_help(const struct tk_sentence *S, size_t cs)
{
	static const char *const helps[] = { "helpful", "useful", "valuable", NULL };
	static const char *const how[] = {
		"us", "greatly", "enormously", "immensely", "considerably", "a", "lot",
		"great", "deal", NULL,
	};
	size_t k = cs + 1;
	if (!tk_word_eq(S, cs, "it") || !tk_is(S, k, W_would))
		return 0;
	k++;
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	if (tk_is(S, k, W_be)) {
		k++;
		while (tk_in(S, k, tk_modal_adverbs) || tk_word_eq(S, k, "most") ||
		       tk_word_eq(S, k, "very"))
			k++;
		if (!tk_word_among(S, k, helps))
			return 0;
	} else if (!tk_word_eq(S, k, "help")) {
		return 0;
	}
	k++;
	for (int n = 0; n < 4 && tk_word_among(S, k, how); n++)
		k++;
	return tk_word_eq(S, k, "if") ? k + 1 : 0;
}

/* "you", "your staff", "your office" at word b: the word after them, or b. */
static size_t tk_you(const struct tk_sentence *S, size_t b)
{
	static const char *const staff[] = { "staff", "office", "team", "command", NULL };
	if (tk_is(S, b, W_you))
		return b + 1;
	return tk_word_eq(S, b, "your") && tk_word_among(S, b + 1, staff) ? b + 2 : b;
}

bool tk_match_if(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                 size_t cs, struct tk_hit *hit)
{
	static const char *const could[] = { "could", "would", "might", NULL };
	/* "It would help us greatly if your staff could send us" */
	size_t after = tk_it_would_help(S, cs);
	if (after) {
		struct tk_parties named;
		size_t e = tk_you(S, after);
		bool you = e > after;
		if (!you)
			e = tk_if_party(x, S, after, &named);
		if (e == after || !tk_word_among(S, e, could) || e + 1 >= S->n ||
		    tk_is(S, e + 1, W_be) || tk_is(S, e + 1, W_not))
			return false;
		if (you && !x->washington) {
			hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
			hit->from = tk_post_from(P, hit->sets_scope);
		} else {
			if (you)
				named = x->deflt;
			tk_resolve(x, P, &named, hit);
			hit->object_only = hit->sets_scope = false;
		}
		hit->ask = W_NONE;
		tk_hit_at(hit, cs, e + 1, e + 1);
		hit->rule = "polite request (\"it would be helpful if Embassy X could\")";
		return true;
	}
	if (!tk_word_eq(S, cs, "if"))
		return false;
	struct tk_parties named;
	size_t e = tk_if_party(x, S, cs + 1, &named);
	if (e == cs + 1)
		return false;
	e = tk_aside_would(S, e);   /* "If Embassy Paris, as the lead, could" */
	if (!tk_word_among(S, e, could))
		return false;
	size_t v = e + 1;
	while (tk_in(S, v, tk_modal_adverbs))
		v++;
	if (v >= S->n || tk_is(S, v, W_be) || tk_is(S, v, W_not))
		return false;
	bool welcomed = false;
	for (size_t j = v + 1; j < S->n && !welcomed; j++)
		welcomed = tk_gap_has(S, j, ',') && tk_welcomes(S, j);
	if (!welcomed)
		return false;
	tk_resolve(x, P, &named, hit);
	hit->object_only = hit->sets_scope = false;
	hit->ask = W_NONE;
	tk_hit_at(hit, cs, v, v);
	hit->rule = "a condition the writer would welcome (\"If Embassy Paris could "
	            "check, we would be grateful\")";
	return true;
}

/* tk_match_post_verb.c - who asks in a post's request, and with which
 * verb.
 *
 * In: one sentence of a cable from a post, at the words of a request.
 * Out: the requester, the writer of the cable ("Post", "We", "Embassy
 * Caracas", the post's own place: tk_post_requester()), and its verb
 * ("requests", "would appreciate", "would be grateful for", "strongly
 * recommend", "suggest", a second verb "and recommends":
 * tk_post_ask_verb()), for tk_match_post.c; whether a weak verb's words
 * name what is asked (tk_names_ask(): a Washington party, a Department
 * office by its symbol, tk_office(), a request noun or a post on the
 * lines).
 */
#include "tasking/tk_match_internal.h"

#include <string.h>

/* Is word i an office of the writer's post named by its country or place
 * after a slash ("USAID/Senegal" in Dakar's cable, "DEA/Bogota")? */
static bool tk_own_office(const struct tk_ctx *x, const struct tk_sentence *S,
                          size_t i)
{
	if (!x->own || i >= S->n)
		return false;
	const char *w = S->s + S->w[i].s;
	size_t n = S->w[i].e - S->w[i].s, k = 0;
	while (k < n && ascii_is_upper(w[k]))
		k++;
	if (k < 2 || k > 6 || k + 1 >= n || w[k] != '/')
		return false;
	char post[64];
	const char *place = w + k + 1;
	size_t plen = n - k - 1;
	return party_post_for(place, plen, post, sizeof post) &&
	       strcmp(post, x->own) == 0;
}

/* The writer of a post's cable as a requester at word i: "Post", "We",
 * "Mission", "the country team", "Embassy Caracas", the post's own place
 * ("San Jose"), "my staff".  Returns the word index after it and sets *sg
 * for a singular one; 0 when there is none. */
size_t tk_post_requester(const struct tk_ctx *x, const struct tk_sentence *S,
                                size_t i, bool *sg)
{
	/* tables by word id (tk_in_set()): asked at every word */
	static const bool singular[W_COUNT] = {
		[W_post] = true, [W_embassy] = true, [W_mission] = true,
		[W_ambassador] = true, [W_consulate] = true, [W_chancery] = true,
		[W_team] = true, [W_prt] = true, [W_eprt] = true, [W_irpo] = true,
		[W_congen] = true, [W_legat] = true, [W_legatt] = true, [W_rso] = true,
		[W_usdel] = true,
	};
	static const bool plural[W_COUNT] = { [W_we] = true, [W_i] = true };
	/* the words before the post's own name: "Embassy Caracas", "PRT
	 * Panjshir" */
	static const bool heads[W_COUNT] = {
		[W_post] = true, [W_embassy] = true, [W_mission] = true,
		[W_consulate] = true, [W_congen] = true, [W_prt] = true, [W_eprt] = true,
	};
	size_t q = i;
	/* "my staff would be grateful", "our staff requests" */
	if (tk_is(S, i, W_staff) && i > 0 &&
	    (tk_word_eq(S, i - 1, "my") || tk_word_eq(S, i - 1, "our")) && !tk_possessive(S, i)) {
		*sg = true;
		return i + 1;
	}
	size_t own = tk_own_name(x, S, i);   /* "San Jose requests that" */
	if (!own && tk_own_office(x, S, i))
		own = 1;
	if (tk_is(S, q, W_the) || tk_is(S, q, W_country))
		q++;
	if (!((own && !tk_possessive(S, i + own - 1)) ||
	      (q < S->n && (tk_in_set(S, q, singular) || tk_in_set(S, q, plural)) &&
	       !tk_possessive(S, q) && (q == i || !tk_is(S, i, W_country) ||
	                                tk_is(S, q, W_team)))))
		return 0;
	/* "Treasury and Embassy recommend": a subject of two */
	*sg = (own || tk_in_set(S, q, singular)) && !(i > 0 && tk_is(S, i - 1, W_and));
	size_t r = own ? i + own : q + 1;
	/* the post's own name: "Embassy Caracas requests" (in capitals, the
	 * words the vocabulary does not know: "MISSION BRAZIL SUGGESTS") */
	if (!own && tk_in_set(S, q, heads))
		for (int k = 0; k < 3 && r < S->n &&
		     (S->caps ? S->w[r].id == W_NONE : tk_capitalised(S, r)) &&
		     !tk_gap_has(S, r, ':') && !tk_gap_has(S, r, ',') &&
		     !tk_possessive(S, r); k++)
			r++;
	return r;
}

/* "the Department's decision", "Washington's guidance" at word k: a
 * Washington party's possessive and a request noun after it. */
static bool tk_wash_owner(const struct tk_sentence *S, size_t k)
{
	if (tk_is(S, k, W_the))
		k++;
	if (!(tk_is(S, k, W_department) || tk_is(S, k, W_washington) ||
	      tk_is(S, k, W_usg)) || !tk_possessive(S, k))
		return false;
	return tk_in(S, k + 1, tk_request_nouns);
}

/* "a decision from Washington", "further guidance from the Department",
 * "an answer from DEA" at word k: a request noun after a word or two that
 * qualify it, and Washington or one of its agencies on the addressee
 * lines as whom it is to come from. */
static bool tk_from_washington(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t k)
{
	static const char *const qualify[] = {
		"a", "an", "some", "further", "additional", "urgent", "early",
		"quick", "prompt", "clear", "timely", "final", NULL,
	};
	size_t n = k;
	while (n < k + 2 && tk_word_among(S, n, qualify))
		n++;
	if (n == k || !tk_in(S, n, tk_request_nouns))
		return false;
	for (size_t j = n + 1; j < S->n && j <= n + 4; j++)
		if (tk_is(S, j, W_from)) {
			size_t w = tk_is(S, j + 1, W_the) ? j + 2 : j + 1;
			size_t used = 0;
			return tk_is(S, w, W_washington) || tk_is(S, w, W_department) ||
			       tk_is(S, w, W_dept) || tk_is(S, w, W_usg) ||
			       (tk_agency(x, S, w, &used) && used);
		}
	return false;
}

/* "Embassy needs the Department's decision by March 30", "Post needs
 * guidance by March 12", "We need a decision from Washington", "Post
 * needs Department approval", "we need you to make clear to them", "Post
 * needs Washington to", "We need to know by December 14 whether" (not "we
 * need to know better his objectives") at word r, "needs" when sg: the
 * index after the verb, or 0; sets hit->ask. */
static size_t tk_post_need(struct tk_ctx *x, const struct tk_sentence *S, size_t r,
                           bool sg, struct tk_hit *hit)
{
	static const enum tk_wid whom[] = {
		W_you, W_washington, W_department, W_usg, W_interagency, W_NONE,
	};
	static const char *const what[] = {
		"whether", "if", "by", "before", "soon", "soonest", "urgently", "asap", NULL,
	};
	size_t n1 = r + 1 + (tk_is(S, r + 1, W_department) || tk_is(S, r + 1, W_washington));
	bool any = tk_is(S, r, W_need) || tk_is(S, r, W_needs);
	size_t v = tk_is(S, r, sg ? W_needs : W_need) &&
	           (tk_wash_owner(S, r + 1) || tk_in(S, n1, tk_request_nouns) ||
	            tk_from_washington(x, S, r + 1)) ? r + 1
	         : any && tk_in(S, r + 1, whom) && tk_is(S, r + 2, W_to) ? r + 1
	         : any && tk_is(S, r + 1, W_to) && tk_word_eq(S, r + 2, "know") &&
	           tk_word_among(S, r + 3, what) ? r + 3 : 0;
	if (v)
		hit->ask = W_request;
	return v;
}

/* Verbs that ask again for a request made before. */
static const char *const tk_again[] = {
	"reiterate", "reiterates", "renew", "renews", NULL,
};

/* "We reiterate our request that DHS provide", "renews Legatt's request
 * for", at word r (one of tk_again): the word after "that" (or after
 * "for"), or 0. */
static size_t tk_post_again(const struct tk_sentence *S, size_t r, struct tk_hit *hit)
{
	size_t k = r + 1;
	if (tk_word_eq(S, k, "our") || tk_word_eq(S, k, "its") || tk_is(S, k, W_the) ||
	    tk_possessive(S, k))
		k++;
	if (!(tk_is(S, k, W_request) || tk_word_eq(S, k, "requests")) ||
	    !(tk_is(S, k + 1, W_that) || tk_is(S, k + 1, W_for)))
		return 0;
	hit->ask = W_request;
	return tk_is(S, k + 1, W_that) ? k + 1 : k + 2;
}

/* The base forms a post asks with: "request", "recommend", "urge", "ask". */
static const enum tk_wid tk_strong_pl[] = {
	W_request, W_recommend, W_urge, W_ask, W_NONE,
};

/* "would appreciate", "would be grateful for", "would like to request",
 * "would welcome" (weak: then *weak) at word r ("would"): the index after
 * the verb, or 0; sets hit->ask. */
static size_t tk_post_would(const struct tk_sentence *S, size_t r, bool *weak,
                            struct tk_hit *hit)
{
	static const enum tk_wid would_strong[] = {
		W_appreciate, W_urge, W_recommend, W_ask, W_request, W_NONE,
	};
	static const enum tk_wid would_weak[] = {
		W_welcome, W_like, W_suggest, W_encourage, W_propose, W_NONE,
	};
	size_t v = r + 1;
	while (tk_in(S, v, tk_modal_adverbs))
		v++;
	hit->ask = S->w[v < S->n ? v : r].id;
	/* "we would be grateful for the Department's views" */
	if (tk_is(S, v, W_be) && tk_is(S, v + 1, W_grateful)) {
		hit->ask = W_appreciate;
		v += 2;
		return tk_is(S, v, W_for) || tk_is(S, v, W_if) ? v + 1 : v;
	}
	/* "We would be interested in hearing from Embassies Managua and San
	 * Salvador", "would be interested in Washington's views" */
	if (tk_is(S, v, W_be) && tk_word_eq(S, v + 1, "interested") && tk_is(S, v + 2, W_in)) {
		static const char *const hearing[] = { "hearing", "learning", "receiving", NULL };
		hit->ask = W_appreciate;
		v += 3;
		return tk_word_among(S, v, hearing) && tk_is(S, v + 1, W_from) ? v + 2 : v;
	}
	/* "Post would like to request the Department's approval" */
	if (tk_is(S, v, W_like) && tk_is(S, v + 1, W_to) && tk_in(S, v + 2, tk_strong_pl)) {
		hit->ask = S->w[v + 2].id;
		return v + 3;
	}
	if (tk_in(S, v, would_weak))
		*weak = true;
	else if (!tk_in(S, v, would_strong))
		return 0;
	if (tk_is(S, v, W_like) && tk_is(S, v + 1, W_to))
		return 0;
	return v + 1;
}

/* "Mission looks to USEU to obtain", "we look to Washington to" (a party
 * after "to": not "to the future", "look to expand our capabilities"),
 * and telegraphese's "GRATEFUL DEPARTMENT ASSISTANCE",
 * "GRATEFUL FOR", at word r: the index after the verb, or 0; sets
 * hit->ask. */
static size_t tk_post_look_to(struct tk_ctx *x, const struct tk_sentence *S, size_t r,
                              struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t k = r + 2, d = k + tk_is(S, k, W_the);
	if ((tk_is(S, r, W_looks) || tk_is(S, r, W_look)) && tk_is(S, r + 1, W_to) &&
	    (tk_wash_phrase(x, S, k, &named) > k || tk_post_phrase(x, S, d, &named, &generic) > d)) {
		hit->ask = W_urge;
		return r + 2;
	}
	if (tk_is(S, r, W_grateful)) {
		hit->ask = W_appreciate;
		return tk_is(S, r + 1, W_for) ? r + 2 : r + 1;
	}
	return 0;
}

/* "Mission hopes Washington will schedule", "We hope the Department can
 * approve", "hopes the State Department and DOJ will engage", "We hope
 * Embassy Berlin will raise" at word r: Washington, its agencies or a
 * post on the lines among the subject's words and what they will
 * do (not "will be able to", a wish about their means). */
static bool tk_hopes_washington(struct tk_ctx *x, const struct tk_sentence *S, size_t r,
                                bool sg)
{
	static const enum tk_wid washington[] = {
		W_washington, W_department, W_usg, W_interagency, W_NONE,
	};
	if (!tk_is(S, r, sg ? W_hopes : W_hope))
		return false;
	size_t h = tk_is(S, r + 1, W_that) ? r + 2 : r + 1;
	/* a Washington party among the subject's words (tk_wash_parties()
	 * reads them), not "CDU/CSU leadership would ensure" */
	bool wash = false;
	size_t k = h;
	for (; k < S->n && k < h + 20 && !tk_in(S, k, tk_will_words); k++) {
		if (tk_gap_has(S, k, ';') || tk_gap_has(S, k, '.'))
			return false;
		struct tk_parties named;
		size_t se;
		bool generic = false;
		wash |= tk_in(S, k, washington) ||
		        (S->w[k].agency && tk_wash_phrase(x, S, k, &named) > k && named.n) ||
		        tk_secretary_at(x, S, k, &se) ||
		        /* "We hope Embassy Berlin will raise": a post on the lines */
		        (k == h && tk_post_phrase(x, S, k, &named, &generic) > k && named.n &&
		         !generic && tk_others_listed(x, &named));
	}
	return wash && tk_in(S, k, tk_will_words) && !tk_is(S, k + 1, W_be);
}

/* "We eagerly await Washington addressees' response", "Post awaits the
 * Department's guidance", "we will look for the Secretary's help", "We
 * look forward to Washington's guidance" at word r: an answer or help
 * from Washington the writer waits on (a party and a request noun within
 * six words).  The index after the verb, or 0. */
static size_t tk_post_await(const struct tk_sentence *S, size_t r, bool sg,
                            struct tk_hit *hit)
{
	static const char *const keen[] = { "eagerly", "anxiously", "keenly", NULL };
	if (tk_word_among(S, r, keen))
		r++;
	size_t v = r + 1;
	if (tk_is(S, r, W_will) && tk_is(S, r + 1, W_look) && tk_is(S, r + 2, W_for))
		v = r + 3;
	else if (tk_is(S, r, sg ? W_looks : W_look) && tk_is(S, r + 1, W_forward) &&
	         tk_is(S, r + 2, W_to))
		v = r + 3;
	else if (!tk_word_eq(S, r, sg ? "awaits" : "await"))
		return 0;
	bool wash = false, noun = false;
	for (size_t k = v; k < S->n && k <= v + 6 && !(wash && noun); k++) {
		wash |= tk_is(S, k, W_washington) || tk_is(S, k, W_department) ||
		        tk_is(S, k, W_usg) || tk_is(S, k, W_agencies) ||
		        (tk_is(S, k, W_secretary) && (S->caps || tk_capitalised(S, k)));
		noun |= tk_in(S, k, tk_request_nouns);
	}
	if (!wash || !noun)
		return 0;
	hit->ask = W_request;
	return v;
}

/* "Post is requesting guidance", "We are asking Washington to" at word r
 * ("is", "are"): the index after the verb, or 0; sets hit->ask.  What the
 * post is doing is asked of Washington only when the words after the verb
 * (and "that") name it or what it gives: not "is requesting meetings with
 * the ministers", "are asking the Foreign Ministry for the text". */
static size_t tk_post_asking(struct tk_ctx *x, const struct tk_sentence *S,
                             size_t r, struct tk_hit *hit)
{
	static const char *const strong[] = {
		"requesting", "asking", "urging", "recommending", NULL,
	};
	static const enum tk_wid said[] = {
		W_request, W_ask, W_urge, W_recommend,
	};
	if (!tk_is(S, r, W_is) && !tk_is(S, r, W_are))
		return 0;
	size_t v = r + 1;
	while (tk_in(S, v, tk_modal_adverbs))
		v++;
	size_t i = 0;
	while (strong[i] && !tk_word_eq(S, v, strong[i]))
		i++;
	if (!strong[i])
		return 0;
	size_t k = v + 1 + tk_is(S, v + 1, W_that);
	size_t n = k + (tk_is(S, k, W_department) || tk_is(S, k, W_washington));
	struct tk_parties named;
	if (!tk_wash_owner(S, k) && !tk_in(S, n, tk_request_nouns) &&
	    tk_wash_phrase(x, S, k, &named) == k)
		return 0;
	hit->ask = said[i];
	return v + 1;
}

/* The second verb of a post's writer whose first, at word r, asks
 * nothing: "and recommends", "and requests", "and urges", "and proposes",
 * "and asks that", "and would be grateful if" (weak: what Washington is to
 * do must follow).  Not after a modal ("We should encourage Zardari and
 * ask the Saudis"), nor inside a clause the first verb opens ("The
 * Ambassador predicted that she ... and recommends") unless a comma
 * closes it ("Embassy believes that Blackwater should pay, and requests
 * the Department's assistance").  The index after it, or 0. */
static size_t tk_post_second(const struct tk_sentence *S, size_t r, bool sg,
                             bool *weak, struct tk_hit *hit)
{
	static const enum tk_wid modals[] = {
		W_should, W_must, W_will, W_can, W_could, W_may, W_might, W_NONE,
	};
	static const enum tk_wid weak_sg[] = {
		W_suggests, W_proposes, W_seeks, W_NONE,
	};
	static const enum tk_wid weak_pl[] = {
		W_suggest, W_propose, W_seek, W_NONE,
	};
	bool inner = false;
	for (size_t k = r + 1; (S->flags & TK_F_RECOMMEND) && !tk_in(S, r, modals) &&
	     k + 1 < S->n && k <= r + 40; k++) {
		if (tk_gap_has(S, k, ';') || tk_gap_has(S, k, ':'))
			break;
		inner |= tk_is(S, k, W_that);
		if (!tk_is(S, k, W_and) || (inner && !tk_gap_has(S, k, ',')))
			continue;
		size_t w = tk_is(S, k + 1, W_would) ? tk_post_would(S, k + 1, weak, hit) : 0;
		if (w)
			return w;
		if (tk_is(S, k + 1, sg ? W_recommends : W_recommend) ||
		    tk_is(S, k + 1, sg ? W_requests : W_request) ||
		    tk_is(S, k + 1, sg ? W_urges : W_urge) ||
		    tk_in(S, k + 1, sg ? weak_sg : weak_pl) ||
		    (tk_is(S, k + 1, sg ? W_asks : W_ask) && tk_is(S, k + 2, W_that))) {
			hit->ask = S->w[k + 1].id;
			*weak = true;
			return k + 2;
		}
	}
	return 0;
}

/* The request verb after a post's requester, at word r: "would
 * appreciate", "requests", "strongly recommend", "suggest" (weak: then
 * *weak).  Sets hit->ask; returns the word index after the verb, or 0. */
size_t tk_post_ask_verb(struct tk_ctx *x, const struct tk_sentence *S, size_t r,
                        bool sg, bool *weak, struct tk_hit *hit)
{
	static const enum tk_wid strong_sg[] = {
		W_requests, W_recommends, W_urges, W_asks, W_NONE,
	};
	static const enum tk_wid weak_sg[] = {
		W_suggests, W_proposes, W_seeks, W_encourages, W_invites, W_NONE,
	};
	static const enum tk_wid weak_pl[] = {
		W_suggest, W_propose, W_seek, W_encourage, W_invite, W_NONE,
	};
	while (tk_in(S, r, tk_modal_adverbs))
		r++;
	/* "We would need Washington's decision by November 20" */
	bool need = tk_is(S, r, W_would) && tk_is(S, r + 1, W_need);
	if (need)
		r++;
	if (tk_is(S, r, W_would))
		return tk_post_would(S, r, weak, hit);
	size_t o = tk_post_look_to(x, S, r, hit);
	if (o)
		return o;
	if (tk_word_among(S, r, tk_again))
		return tk_post_again(S, r, hit);
	o = tk_post_need(x, S, r, sg && !need, hit);
	if (o)
		return o;
	if (tk_in(S, r, sg ? strong_sg : tk_strong_pl)) {
		hit->ask = S->w[r].id;
		return r + 1;
	}
	o = tk_post_asking(x, S, r, hit);
	if (o)
		return o;
	size_t w = tk_post_await(S, r, sg, hit);
	if (w)
		return w;
	if (tk_hopes_washington(x, S, r, sg)) {
		hit->ask = W_request;
		return r + 1;
	}
	/* "post supports the envoy's efforts ..., and recommends the
	 * following points be addressed in the U.S. statement": a second verb
	 * of the same subject */
	size_t second = tk_in(S, r, sg ? weak_sg : weak_pl)
	                ? 0 : tk_post_second(S, r, sg, weak, hit);
	if (second)
		return second;
	if (tk_in(S, r, sg ? weak_sg : weak_pl)) {
		*weak = true;
		hit->ask = S->w[r].id;
		return r + 1;
	}
	return 0;
}

/* Does S name a Washington party, a request noun or another post after
 * word k? */
bool tk_names_ask(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	for (size_t i = k; i < S->n; i++) {
		size_t used = 0;
		if (tk_in(S, i, tk_request_nouns) || tk_is(S, i, W_you) ||
		    tk_is(S, i, W_usg) || tk_is(S, i, W_interagency) ||
		    tk_is(S, i, W_agencies) || tk_is(S, i, W_u_s))
			return true;
		/* "suggests that the Secretary send a letter" (not "Secretary
		 * General", "Secretary of Foreign Affairs") */
		if (tk_is(S, i, W_secretary) && (S->caps || tk_capitalised(S, i)) &&
		    !tk_word_eq(S, i + 1, "general") && !tk_is(S, i + 1, W_of))
			return true;
		if (tk_agency(x, S, i, &used) || used || tk_office(S, i))
			return true;
		/* "We would welcome any lessons Embassy Madrid can share" */
		struct tk_parties named;
		bool generic = false;
		if ((tk_is(S, i, W_embassy) || tk_is(S, i, W_embassies) ||
		     tk_is(S, i, W_mission) || tk_is(S, i, W_consulate)) &&
		    tk_post_phrase(x, S, i, &named, &generic) > i && !generic && named.n)
			return true;
	}
	return false;
}

/* A Department office by its symbol: "EUR/CE", "ISN/MTR", "INR/TNC" (capitals
 * with a slash, the first part two to five letters; in a sentence all in
 * capitals, not "AND/OR"). */
bool tk_office(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n)
		return false;
	const char *w = S->s + S->w[i].s, *e = S->s + S->w[i].e;
	size_t head = 0;
	while (w + head < e && ascii_is_upper(w[head]))
		head++;
	if (head < 2 || head > 5 || w + head >= e || w[head] != '/')
		return false;
	if (S->caps && ((head == 3 && strncmp(w, "AND", 3) == 0) ||
	                (head == 2 && strncmp(w, "OR", 2) == 0)))
		return false;
	/* (a possessive's "'S" ends it: "EUR/RPM'S comments") */
	if (tk_possessive(S, i) && e - w > 2 && e[-2] == '\'')
		e -= 2;
	for (const char *p = w + head + 1; p < e; p++)
		if (!ascii_is_upper(*p) && *p != '/' && !ascii_is_digit(*p))
			return false;
	return w + head + 1 < e;
}

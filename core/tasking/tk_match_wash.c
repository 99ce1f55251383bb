/* tk_match_wash.c - requests in Washington's cables, to the posts.
 *
 * In: one sentence of a cable from Washington, the paragraph being read and
 * the cable's default parties.  Out: tk_match_wash() says whether the
 * sentence starting at a word asks posts to act ("Post should", "please
 * approach", "Department requests action addressees report", "Reporting
 * officers should", "it is important that posts deliver") and fills the
 * hit: the posts asked, where the quote and the action start.
 */
#include "tasking/tk_match_internal.h"
#include "tasking/party.h"

#include <string.h>
#include <strings.h>

/* Requesters in Washington's cables. */
static const bool tk_wash_requesters[W_COUNT] = {
	/* "I would like you to deliver it personally": the signer's own */
	[W_department] = true, [W_washington] = true, [W_we] = true, [W_i] = true,
	[W_dept] = true, [W_state] = true, [W_analysts] = true,
	[W_policymakers] = true,
};

/* Who wants something besides the requester: "analysts and senior level
 * policymakers would appreciate". */
static const enum tk_wid tk_wash_wanters[] = {
	W_analysts, W_agencies, W_policymakers, W_officials, W_consumers, W_NONE,
};

/* "The EAC decided the U.S. Consulate General should release a Warden
 * Message", "the minister said Embassy staff should": someone else's
 * decision or words, reported.  True when a reporting verb stands between
 * the clause start cs and the party at i and its subject is not
 * Washington ("The Department has decided that posts should" asks). */
static bool tk_reported(const struct tk_sentence *S, size_t cs, size_t i)
{
	static const enum tk_wid reporting[] = {
		W_decided, W_agreed, W_concluded, W_determined, W_reported,
		W_believed, W_suggested, W_recommended, W_indicated, W_insisted,
		W_warned, W_explained, W_thought, W_felt, W_said, W_noted, W_told,
		W_stated, W_argued, W_stressed, W_urged, W_asked, W_NONE,
	};
	static const enum tk_wid ours[] = {
		W_department, W_washington, W_we, W_dept, W_state, W_NONE,
	};
	/* a semicolon ends what was reported: "Info addressees are not asked
	 * to act; action addressees should report" */
	size_t sc = i > 0 ? tk_after_semicolon(S, i) : 0;
	if (sc > cs)
		cs = sc;
	for (size_t k = cs; k < i; k++) {
		/* "USUN requested that the Department instruct posts": a request
		 * reported from another's cable (active: not "it is requested") */
		bool requested = tk_is(S, k, W_requested) && i > 0 && k > cs &&
		                 !tk_is(S, k - 1, W_is) && !tk_is(S, k - 1, W_are) &&
		                 !tk_is(S, k - 1, W_be) && !tk_is(S, k - 1, W_was) &&
		                 !tk_is(S, k - 1, W_were) && !tk_is(S, k - 1, W_has) &&
		                 !tk_is(S, k - 1, W_have);
		if (!tk_in(S, k, reporting) && !requested)
			continue;
		/* "Once the text is agreed, Mission should", "As the Secretary
		 * told the minister, embassies should": an opening clause that
		 * ends before the party (not a condition: "If asked, posts
		 * should say" is a permission at most) */
		bool closed = false;
		for (size_t j = k + 1; j <= i && !closed; j++)
			closed = tk_gap_has(S, j, ',');
		if (closed && !tk_word_eq(S, cs, "if") && !tk_word_eq(S, cs, "unless"))
			continue;
		/* "The Department has told the Colombians that we would
		 * welcome": what it told someone else (not "told posts") */
		static const enum tk_wid told_posts[] = {
			W_posts, W_post, W_embassy, W_embassies, W_mission, W_missions, W_NONE,
		};
		if (tk_is(S, k, W_told) && k + 1 < i && !tk_in(S, k + 1, told_posts) &&
		    !(tk_is(S, k + 1, W_the) && tk_in(S, k + 2, told_posts)))
			return true;
		for (size_t j = cs; j < k; j++)
			if (tk_in(S, j, ours))
				return false;
		return true;
	}
	return false;
}

/* "Q: Do posts need to convert these figures?": a question a post asked,
 * the party at word i after its auxiliary, not a request. */
static bool tk_faq(const struct tk_sentence *S, size_t i)
{
	static const char *const aux[] = {
		"do", "does", "should", "must", "can", "may", "will", "are", "is", NULL,
	};
	size_t e = S->len;
	while (e > 0 && (S->s[e - 1] == ' ' || S->s[e - 1] == '\n'))
		e--;
	return e > 0 && S->s[e - 1] == '?' && i > 0 && tk_word_among(S, i - 1, aux);
}

/* "Missions in Panama City, Monrovia and Valletta are requested": the
 * places between "in" at word pe and the modal at word v, when each is a
 * post of base, into out. */
static bool tk_in_places(struct tk_ctx *x, const struct tk_sentence *S, size_t pe,
                         size_t v, const struct tk_parties *base, struct tk_parties *out)
{
	struct tk_parties at;
	if (!tk_is(S, pe, W_in) || tk_places_at(x, S, pe + 1, &at) != v || !at.n)
		return false;
	out->n = 0;
	for (size_t k = 0; k < at.n; k++)
		for (size_t m = 0; m < base->n; m++)
			if (strcmp(at.name[k], base->name[m]) == 0)
				tk_add(out, base->name[m]);
	return out->n == at.n;
}

/* "Posts in EU member states", "Missions in Panama City and Nassau",
 * "other than Embassy Rome": the posts of base the words [pe + 1, in)
 * after a generic party leave, into kind.  0 when they narrow nothing,
 * 1 for a body, a region or an exception, 2 for places named. */
static int tk_posts_placed(struct tk_ctx *x, const struct tk_sentence *S, size_t pe,
                           size_t in, const struct tk_parties *base, struct tk_parties *kind)
{
	struct tk_parties body;
	int how = tk_by_group(S, pe + 1, in, base, &body) ? 1
	        : tk_in_places(x, S, pe, in, base, &body) ? 2 : 0;
	if (tk_less_excepted(x, S, pe + 1, in, how ? &body : base, kind))
		return how ? how : 1;
	if (how)
		*kind = body;
	return how;
}

/* Post parties stand at words [i, e): "Post should", "Embassy X is
 * requested to", "Embassy Madrid please see", "Embassies Stockholm and
 * Madrid are ..." */
static bool tk_wash_party_asked(struct tk_ctx *x, struct tk_para *P,
                                const struct tk_sentence *S, size_t i, size_t e,
                                const struct tk_parties *named, bool generic,
                                bool strong_only, struct tk_hit *hit)
{
	struct tk_parties more, all;
	size_t pe = tk_paren_posts(x, S, e, &more);
	if (pe == e && !generic)
		pe = tk_aside_posts(x, S, e, &more);
	size_t in = tk_posts_in(S, pe, generic);
	size_t v = tk_party_verb(S, i, tk_aside(S, in));
	/* "Embassies in Council member capitals (Beijing and Moscow)
	 * should": the posts in the parentheses */
	if (v && generic && in > pe && !more.n)
		tk_paren_group(x, S, pe, &more);
	/* "these posts should note that ..., and should seek assurances":
	 * the second verb asks */
	for (size_t j = v + 1; v && tk_note_only(S, v) && j + 1 < S->n; j++)
		if (tk_is(S, j, W_and) && tk_modal(S, j + 1) && !tk_note_only(S, tk_modal(S, j + 1))) {
			v = tk_modal(S, j + 1);
			break;
		}
	/* "Embassies Jakarta and Manila should note that ... Please ask":
	 * told, not asked, but the paragraph speaks to them */
	if (v && tk_note_only(S, v) && named->n)
		tk_set_scope(P, named);
	if (v && (tk_note_only(S, v) || tk_poc_ask(S, v) ||
	          tk_reported(S, tk_clause_start(S), i) || tk_faq(S, i)))
		return false;
	if (v && more.n) {
		/* the generic party is the posts in parentheses; a named one
		 * has them beside it */
		all = generic ? more : *named;
		if (!generic)
			tk_add_all(&all, &more);
		named = &all;
	}
	if (v) {
		struct tk_parties kind;
		const struct tk_parties *base = P->scope.n ? &P->scope : &x->deflt;
		int how = !named->n && in > pe ? tk_posts_placed(x, S, pe, in, base, &kind) : 0;
		bool group = how > 0, excepted = false;
		/* "With the exception of Embassies Colombo and Dhaka, whose
		 * request is at para 8, all action addressees are asked" */
		if (!named->n && !group && tk_excepted_first(x, S, i, base, &kind)) {
			named = &kind;
			excepted = true;
		}
		if (named->n)
			tk_set_scope(P, named);
		else if (group || tk_by_kind(S, i, e, base, &kind))
			named = &kind;
		/* "posts" after it are those; "Embassies should send responses.
		 * Please answer ...": the embassies */
		if (named == &kind && !excepted)
			tk_set_scope(P, &kind);
		tk_resolve(x, P, named, hit);
		if (excepted)
			hit->from = "the TO addressees less those the sentence excepts first";
		else if (named == &kind)
			hit->from = how == 2 ? "the posts of the places named (\"Missions in Panama City and Nassau\")"
			          : group ? "the TO addressees in the body the place names (\"Posts in EU member states\")"
			                  : "the TO addressees of the kind the word names (\"Embassy\")";
		tk_hit_at(hit, i, v, v);
		hit->rule = "party + modal (\"Post should\", \"Embassy X is requested to\")";
		return true;
	}
	e = named->n && !tk_is(S, e, W_please) ? tk_aside_please(S, e) : e;
	if (named->n && tk_is(S, e, W_please)) {
		tk_set_scope(P, named);
		if (!tk_please_verb(S, e + 1))  /* "please see", not "please pass a copy" */
			return false;
		tk_resolve(x, P, named, hit);
		tk_hit_at(hit, i, e + 1, e + 1);
		hit->rule = "named post + please (\"Embassy Madrid please\")";
		return !strong_only;
	}
	return false;
}

/* Are the parties only SECSTATE itself ("the Department")? */
static bool tk_is_washington(const struct tk_parties *p)
{
	for (size_t k = 0; k < p->n; k++)
		if (!strstr(p->name[k], "SECSTATE"))
			return false;
	return true;
}

/* Whom Washington's request verb (ending at word v) asks: posts ("requests
 * action addressees report"), an agency on the lines ("requests that DOD
 * provide"), "you", a post's people in named posts.  Fills named and
 * *generic; the index after them, or v. */
static size_t tk_asked_after(struct tk_ctx *x, const struct tk_sentence *S, size_t v,
                             bool leans, struct tk_parties *named, bool *generic)
{
	size_t e = tk_post_phrase(x, S, v, named, generic);
	/* "Department requests that DOD provide": an agency on the lines */
	if (e == v && !leans) {
		struct tk_parties agencies;
		size_t ae = tk_wash_phrase(x, S, v, &agencies);
		if (ae > v && !tk_is_washington(&agencies) && ae < S->n &&
		    (S->caps || !tk_capitalised(S, ae))) {
			*named = agencies;
			e = ae;
		}
	}
	/* "Department requests Rome and Madrid report": posts by their
	 * cities alone, a verb of the request after them */
	if (e == v && !leans) {
		size_t k = tk_is(S, v, W_that) ? v + 1 : v;
		struct tk_parties cities;
		size_t ce = tk_city_posts(x, S, k, &cities);
		if (ce > k && cities.n && tk_imperative(S, ce)) {
			*named = cities;
			e = ce;
		}
	}
	/* "We need you to make clear", "Department wants you to" */
	if (e == v && tk_is(S, v, W_you) && tk_is(S, v + 1, W_to))
		e = v + 1;
	/* "We ask that the Defense Attaches in Ankara and Warsaw confirm" */
	if (e == v && !leans) {
		size_t k = tk_is(S, v, W_that) ? v + 1 : v;
		size_t se = tk_staff_places(x, S, k, named);
		if (named->n)
			e = se;
		/* "Department asks that reporting officers forward": the
		 * posts' own people, wherever they serve */
		if (e == v && (se = tk_staff_subject(S, k)) > k) {
			e = se;
			*generic = true;
		}
	}
	return e;
}

/* A Department bureau or office that asks, at word i: "INL requests that
 * each post provide", "EUR/CE would appreciate" (three letters or more, or
 * an office symbol: "PM" or "CA" may be someone else). */
static bool tk_bureau_requester(struct tk_ctx *x, const struct tk_sentence *S, size_t i)
{
	/* a table by word id (tk_in_set()): asked at every word */
	static const bool asks[W_COUNT] = {
		[W_requests] = true, [W_asks] = true, [W_would] = true, [W_urges] = true,
		[W_seeks] = true, [W_invites] = true, [W_encourages] = true,
		[W_needs] = true, [W_wants] = true,
	};
	const char *w = S->s + S->w[i].s;
	size_t n = S->w[i].e - S->w[i].s;
	if (n < 2 || !ascii_is_upper(w[0]) || !ascii_is_upper(w[1]) || !tk_in_set(S, i + 1, asks) ||
	    tk_possessive(S, i))
		return false;
	if (tk_office(S, i))
		return true;
	for (size_t k = 2; k < n; k++)
		if (!ascii_is_upper(w[k]))
			return false;
	return n >= 3 && n <= 4 && party_office(x->c, w, n, n) != NULL &&
	       !party_agency_len(w, n);
}

/* Is the United States the subject at word k ("the U.S.", "the United
 * States", "the USG", "Washington")? */
static bool tk_us_subject(const struct tk_sentence *S, size_t k)
{
	if (tk_is(S, k, W_the))
		k++;
	return tk_is(S, k, W_u_s) || tk_is(S, k, W_usg) || tk_is(S, k, W_washington) ||
	       (tk_word_eq(S, k, "united") && tk_word_eq(S, k + 1, "states"));
}

/* One of Washington's principals at word i: "The Secretary", "Secretary
 * Clinton", "the Deputy Secretary", "Assistant Secretary Gordon", "the
 * President" (capitalised, or a cable in capitals).  Returns the index
 * after the words, or i ("the Secretary General", "Secretary of the
 * Treasury" of another government are no principal of ours). */
static size_t tk_principal(const struct tk_sentence *S, size_t i)
{
	static const char *const ranks[] = { "deputy", "under", "assistant", NULL };
	size_t k = tk_is(S, i, W_the) ? i + 1 : i;
	if (tk_word_among(S, k, ranks) && (S->caps || tk_capitalised(S, k)))
		k++;
	if (!(tk_is(S, k, W_secretary) || (k > i && tk_is(S, k, W_president))) ||
	    !(S->caps || tk_capitalised(S, k)) || tk_word_eq(S, k + 1, "general"))
		return i;
	size_t e = k + 1;
	/* "Secretary of State Clinton": no other "of" */
	if (tk_is(S, e, W_of)) {
		if (!tk_is(S, e + 1, W_state))
			return i;
		e += 2;
	}
	/* a name the vocabulary does not know ("Clinton", "Burns") */
	if (e < S->n && S->w[e].id == W_NONE && (S->caps || tk_capitalised(S, e)) &&
	    !tk_gap_has(S, e, ','))
		e++;
	return e;
}

/* Where the requester that begins at word i ends: after a principal,
 * "the Department", "Washington analysts would appreciate Post's
 * insight", "Analysts and senior level policymakers would greatly
 * appreciate". */
static size_t tk_requester_end(const struct tk_sentence *S, size_t i)
{
	size_t r = tk_principal(S, i);
	if (r == i)
		r = tk_is(S, i, W_the) ? i + 2 : i + 1;
	if (tk_in(S, r, tk_wash_wanters))
		return r + 1;
	if (tk_is(S, r, W_and))
		for (size_t j = r + 1; j < S->n && j <= r + 4; j++)
			if (tk_in(S, j, tk_wash_wanters))
				return j + 1;
	return r;
}

/* "Washington looks to posts to report", "relies on Embassy X to", "We
 * count on posts to" at word r? */
static bool tk_leans_on(const struct tk_sentence *S, size_t r)
{
	static const enum tk_wid on[] = { W_relies, W_rely, W_counts, W_count, W_NONE };
	return ((tk_is(S, r, W_looks) || tk_is(S, r, W_look)) && tk_is(S, r + 1, W_to)) ||
	       (tk_in(S, r, on) && tk_is(S, r + 1, W_on));
}

/* After "looks to"/"relies on" (the posts asked at words [v, *e)): does
 * "to" and what they are to do follow?  *e moves to the "to". */
static bool tk_leant_on(struct tk_ctx *x, const struct tk_sentence *S, size_t v,
                        bool generic, size_t *e)
{
	/* "We count on each post's EAC to review": the posts' people */
	for (size_t k = *e; *e > v && tk_possessive(S, *e - 1) && k < S->n && k < *e + 4; k++)
		if (tk_is(S, k, W_to)) {
			*e = k;
			break;
		}
	/* "we look to Embassies in Paris and London to pursue": the places
	 * go before "to" (the posts: as "We request that Embassies in") */
	if (*e > v && generic && tk_is(S, *e, W_in)) {
		struct tk_parties places;
		size_t pe = tk_places_at(x, S, *e + 1, &places);
		if (pe > *e + 1 && tk_is(S, pe, W_to))
			*e = pe;
	}
	return *e > v && tk_is(S, *e, W_to);
}

/* "The Department appreciates posts' efforts and asks that": the second
 * verb, one of verbs, of the requester that opens the sentence at word i
 * (or follows an opening phrase), after "and" a few words on from its
 * first at word r, in the same clause; 0 when none, or when the first is
 * a modal ("We should encourage them and ask ...") or takes a clause
 * ("predicted that she will grow and recommends").  A post's writer's
 * second verb is read by tk_post_ask_verb(). */
static size_t tk_and_verb(const struct tk_sentence *S, size_t i, size_t r,
                          const enum tk_wid *verbs)
{
	static const enum tk_wid modals[] = {
		W_should, W_must, W_would, W_will, W_can, W_could, W_may, W_might, W_NONE,
	};
	if (i > tk_clause_start(S) + 1 && !tk_gap_has(S, i, ','))
		return 0;
	if (tk_in(S, r, modals))
		return 0;
	for (size_t j = r + 1; j + 1 < S->n && j <= r + 20; j++) {
		if (tk_gap_has(S, j, ';') || tk_gap_has(S, j, ':') || tk_is(S, j, W_that))
			return 0;
		if (tk_is(S, j, W_and) && tk_in(S, j + 1, verbs))
			return j + 1;
	}
	return 0;
}

/* "has", "have", "is", "are": the request verb after it is done or going
 * on ("The Department has asked", "We are asking"). */
static bool tk_aux_verb(const struct tk_sentence *S, size_t r)
{
	return tk_is(S, r, W_has) || tk_is(S, r, W_have) || tk_is(S, r, W_is) ||
	       tk_is(S, r, W_are);
}

/* The request verb of the requester at word i whose first verb is at
 * *r: that one ("Department requests"), or its second (tk_and_verb(): "The
 * Department appreciates posts' efforts and asks that posts report"; *r
 * moves there).  0 when neither asks. */
static size_t tk_ask_verb(const struct tk_sentence *S, size_t i, size_t *r,
                          bool *object_only)
{
	static const enum tk_wid asks[] = {
		W_asks, W_ask, W_requests, W_request, W_NONE,
	};
	size_t v = tk_request_verb(S, *r, false, object_only);
	size_t r2 = v ? 0 : tk_and_verb(S, i, *r, asks);
	if (!r2)
		return v;
	*r = r2;
	return tk_request_verb(S, *r, false, object_only);
}

/* "Washington hopes Embassy Astana will express", "We hope posts will
 * raise": with a verb of hoping at word r, the posts asked at words
 * [v, *e) must be named or plural (not "the Ambassador", whom an earlier
 * sentence names), and what they will do follows (not "hopes posts'
 * efforts succeed"); *e moves past "will".  True when r hopes nothing. */
static bool tk_hoped(const struct tk_sentence *S, size_t r, size_t v, size_t *e,
                     bool owner, bool generic)
{
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_addressees,
		W_post, W_embassy, W_mission, W_NONE,
	};
	if (!(tk_is(S, r, W_hopes) || tk_is(S, r, W_hope)))
		return true;
	bool posts = !generic;
	for (size_t k = v; k < *e && !posts; k++)
		posts = tk_in(S, k, plural);
	if (!tk_in(S, *e, tk_will_words) || owner || !posts)
		return false;
	(*e)++;
	return true;
}

/* "would appreciate input from Embassy Tokyo", "would also welcome any
 * insights from Embassies Berlin and Rome": the posts named after "from",
 * within four words of the object at word v (not "from posts", every
 * one); hit->named holds the words, which the checklist line leaves out. */
static bool tk_from_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t v,
                          struct tk_parties *out, struct tk_hit *hit)
{
	for (size_t k = v; k < S->n && k <= v + 4; k++) {
		if (k > v && tk_gap_has(S, k, ','))
			return false;
		if (!tk_is(S, k, W_from))
			continue;
		bool generic = false;
		size_t e = tk_post_phrase(x, S, k + 1, out, &generic);
		if (e <= k + 1 || !out->n || generic)
			return false;
		hit->named = k;
		hit->named_end = e;
		return true;
	}
	return false;
}

/* Resolves the posts asked at words [v, e) into hit: those named; for a
 * plural kind ("requests Embassies in Council member capitals approach")
 * the addressees of that kind (a singular "would welcome Embassy
 * reporting" is the posts' reporting); else every post asked. */
static void tk_resolve_asked(struct tk_ctx *x, struct tk_para *P,
                             const struct tk_sentence *S, size_t v, size_t e,
                             const struct tk_parties *named, bool generic,
                             struct tk_hit *hit)
{
	struct tk_parties kind;
	bool plural = false;
	for (size_t k = v; k < e; k++)
		plural |= tk_is(S, k, W_embassies) || tk_is(S, k, W_consulates);
	bool by_kind = generic && !named->n && plural &&
	               tk_by_kind(S, v, e, P->scope.n ? &P->scope : &x->deflt, &kind);
	tk_resolve(x, P, by_kind ? &kind : named, hit);
	if (by_kind)
		hit->from = "the TO addressees of the kind the word names (\"Embassy\")";
}

/* Washington asks at word i: "Department requests action addressees
 * report", "Washington requests Post pursue", "We would appreciate Post's
 * views", "The Secretary asks that Embassy Madrid deliver". */
static bool tk_wash_requester(struct tk_ctx *x, struct tk_para *P,
                              const struct tk_sentence *S, size_t i,
                              bool strong_only, struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t r = tk_requester_end(S, i);
	bool object_only;
	size_t v = tk_ask_verb(S, i, &r, &object_only);
	bool leans = !v && tk_leans_on(S, r);
	if (leans)
		v = r + 2;
	if (!v || tk_is(S, r, W_needs) || tk_is(S, r, W_need)) {
		size_t w = tk_wants_posts(x, S, r);
		if (w)
			v = w;
	}
	if (!v)
		return false;
	/* "I would like you to deliver it personally", "I ask that posts":
	 * the signer asks "you" or a clause's subject (not "I would like to
	 * thank the minister") */
	if (tk_is(S, i, W_i) && !tk_is(S, v, W_you) && !tk_word_eq(S, v, "your") &&
	    !tk_is(S, v - 1, W_that))
		return false;
	size_t e = tk_asked_after(x, S, v, leans, &named, &generic);
	if (e > v)
		e = tk_aside_would(S, e);
	if (leans && !tk_leant_on(x, S, v, generic, &e))
		return false;
	if (e > v) {
		/* "seeks posts' assistance": the thing asked for */
		bool owner = !tk_is(S, e, W_to) && tk_possessive(S, e - 1);
		if (tk_is(S, e, W_to))
			e++;
		/* "expects posts to deliver", not "to see more applicants" */
		if ((tk_is(S, r, W_expects) || tk_is(S, r, W_expect)) && !tk_imperative(S, e))
			return false;
		/* "has asked posts to report", "is asking that posts", not
		 * "is instructing posts on the new rules by septel" */
		if (tk_aux_verb(S, r) && !tk_is(S, e - 1, W_to) && !owner &&
		    !tk_is(S, v - 1, W_that))
			return false;
		if (!tk_hoped(S, r, v, &e, owner, generic))
			return false;
		/* "needs the following information from posts": what it needs */
		bool from = v > r + 1 && tk_is(S, v - 1, W_from);
		tk_resolve_asked(x, P, S, v, e, &named, generic, hit);
		/* "We would welcome Embassy Gaborone's assessment. Any other
		 * information would also be useful": Gaborone's paragraph */
		hit->sets_scope = named.n && !generic;
		tk_hit_at(hit, i, from ? r + 1 : e, from ? r + 1 : e);
		hit->object_only = owner || from;
		hit->rule = "Washington asks a post (\"Department requests action addressees\")";
		return true;
	}
	if (strong_only || !(tk_is(S, r, W_requests) || tk_is(S, r, W_request) ||
	                     tk_is(S, r, W_would) || tk_is(S, r, W_asks) ||
	                     tk_is(S, r, W_ask)))
		return false;
	/* "we ask that the U.S. not force a vote", a foreign minister's
	 * words: someone asking the United States, not Washington asking */
	if (tk_us_subject(S, v))
		return false;
	/* "Washington would like Malta and Iceland, whose ..., to take
	 * part": what Washington wants of other governments */
	if (tk_foreign_object(x, S, v, 24))
		return false;
	if (tk_wished_outcome(S, v))
		return false;
	struct tk_parties joint;
	tk_hit_at(hit, i, v, v);
	tk_resolve(x, P, tk_joint_posts(x, S, v, &joint) || tk_from_posts(x, S, v, &joint, hit)
	                 ? &joint : NULL, hit);
	hit->object_only = object_only;
	hit->rule = "Washington asks (\"Washington requests\", \"analysts would appreciate\")";
	return true;
}

/* "A negative report is requested", "Embassy Rome's views are
 * requested", "Posts' assistance would be appreciated", a clipped
 * "Response requested by March 3.", at word i. */
static bool tk_wash_passive(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, size_t i, size_t cs,
                            struct tk_hit *hit)
{
	size_t after = tk_passive_request(S, i);
	if (!after)
		after = tk_due_request(x, S, i, cs);
	if (!after && tk_is(S, i, W_requested) && i > cs && i <= cs + 2 &&
	    tk_in(S, i - 1, tk_request_nouns) && !tk_is(S, cs, W_the) &&
	    !tk_is(S, i + 1, W_from) && !tk_is(S, i + 1, W_in))
		after = i + 1;
	/* "No action is requested of these posts", "...; no support is
	 * requested"; "NIACT precedence is requested because": the cable's,
	 * no ask */
	bool none = false;
	for (size_t k = i > cs + 3 ? i - 3 : cs; k < i && !none; k++)
		none = tk_word_eq(S, k, "no") || tk_word_eq(S, k, "precedence");
	none |= tk_word_eq(S, cs, "no");
	/* "would be appreciated by analysts and policymakers": Washington's
	 * own people want it (not "is requested by the ministry") */
	bool by_ours = tk_is(S, after, W_by) && (tk_in(S, after + 1, tk_wash_wanters) ||
	                                         tk_is(S, after + 1, W_washington) ||
	                                         (tk_is(S, after + 1, W_the) &&
	                                          tk_is(S, after + 2, W_department)));
	for (size_t k = after + 1; by_ours; k++)    /* the line leaves them out */
		if (k >= S->n || tk_gap_has(S, k, ',')) {
			after = k;
			break;
		}
	if (after && i > 0 && !tk_is(S, i - 1, W_not) && !none &&
	    (!tk_is(S, after, W_by) || by_ours || tk_by_date(x, S, after))) {
		struct tk_parties named;
		/* "It is requested that Embassy Madrid deliver", "that
		 * posts report": whom the clause names */
		if (i == cs + 1 && tk_word_eq(S, cs, "it") && tk_is(S, after, W_that)) {
			bool generic = false;
			size_t e = tk_asked_after(x, S, after + 1, false, &named, &generic);
			if (e == after + 1)
				return false;
			tk_resolve(x, P, named.n ? &named : NULL, hit);
			tk_hit_at(hit, cs, e, e);
			hit->rule = "passive request (\"a negative report is requested\")";
			return true;
		}
		bool owned = tk_passive_owner(x, S, cs, i, &named);
		/* "would be welcome": only of what posts give ("views",
		 * "assistance", "Posts' responses"), not "a statement by the
		 * minister" */
		bool noun = false;
		for (size_t k = cs; k < i && !noun; k++)
			noun = tk_in(S, k, tk_request_nouns);
		if (tk_is(S, i, W_would) && !owned && !noun)
			return false;
		/* "DOD is requested to provide a briefer": what it is to do
		 * ("Posts are requested to note that": nothing) */
		bool to = tk_is(S, after, W_to) && after + 1 < S->n;
		if (to && tk_note_only(S, after + 1))
			return false;
		tk_resolve(x, P, &named, hit);
		size_t from = tk_asked_thing(S, cs, i);
		tk_hit_at(hit, from, to ? after + 1 : from, to ? after + 1 : after);
		hit->object_only = !to;
		hit->rule = "passive request (\"a negative report is requested\")";
		return true;
	}
	return false;
}

/* The requests from Washington a bullet does not make on its own, at word
 * i: "Request Embassy Madrid approach", "please approach", "Approach host
 * government officials ...", "A negative report is requested". */
static bool tk_wash_weak(struct tk_ctx *x, struct tk_para *P,
                         const struct tk_sentence *S, size_t i, size_t cs,
                         struct tk_hit *hit)
{
	/* "Request Embassy Madrid approach" */
	if (i == cs && tk_is(S, i, W_request)) {
		struct tk_parties named;
		size_t b = tk_is(S, i + 1, W_that) ? i + 2 : i + 1;
		size_t e = tk_request_whom(x, S, b, &named);
		if (e > b && !tk_poc_ask(S, e) && !tk_note_only(S, e)) {
			tk_resolve(x, P, &named, hit);
			tk_hit_at(hit, i, e, e);
			/* "Request posts' comments": the thing, "Provide comments" */
			hit->object_only = tk_in(S, e, tk_request_nouns);
			hit->rule = "request + post (\"Request Embassy Madrid approach\")";
			return true;
		}
		/* "Request reply by June 5", "Request comments soonest": the
		 * thing asked of the posts, the sentence short */
		if (b == i + 1 && tk_in(S, b, tk_request_nouns) && S->n <= 12 &&
		    !tk_is(S, b + 1, W_from) && !tk_is(S, b + 1, W_for)) {
			tk_resolve(x, P, NULL, hit);
			tk_hit_at(hit, i, b, b);
			hit->object_only = true;
			hit->rule = "request + what is asked (\"Request reply by June 5\")";
			return true;
		}
		return false;
	}
	/* "please approach", "KINDLY CONFIRM RECEIPT" */
	if (tk_is(S, i, W_please) || (i == cs && tk_is(S, i, W_kindly))) {
		size_t v = i + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_please_verb(S, v) || tk_poc(S))
			return false;
		tk_resolve(x, P, NULL, hit);
		tk_hit_at(hit, i, v, v);
		hit->rule = "please + verb (\"please approach\")";
		return true;
	}
	/* "In addition, seek the views of", "Drawing on the points below,
	 * approach", "On May 10 deliver": an imperative after a phrase that
	 * opens the clause */
	if (i > cs && (tk_opening_phrase(S, cs, i) || tk_date_opening(x, S, cs, i)) &&
	    tk_imperative(S, i) &&
	    !tk_is(S, i + 1, W_to) && !tk_is(S, i + 1, W_of)) {
		tk_resolve(x, P, NULL, hit);
		tk_hit_at(hit, i, i, i);
		hit->rule = "imperative after an opening phrase (\"Drawing on the points below, approach\")";
		return true;
	}
	/* "Approach host government officials ...", "For Rome: seek the
	 * views" (after the colon that ends a heading), "Also advise
	 * whether" */
	bool also = i == cs + 1 && tk_is(S, cs, W_also) && (tk_capitalised(S, cs) || cs > 0);
	/* "Do not leave any part of this message in writing": a ban */
	size_t v = tk_word_eq(S, i, "do") && tk_is(S, i + 1, W_not) ? i + 2 : i;
	if ((i == cs || also) && tk_imperative(S, v) && (tk_capitalised(S, i) || cs > 0 || also) &&
	    !tk_is(S, i + 1, W_to) && !tk_is(S, i + 1, W_of) &&
	    !tk_is(S, i + 1, W_is) && !tk_is(S, i + 1, W_was)) {
		tk_resolve(x, P, NULL, hit);
		tk_hit_at(hit, i, i, i);
		hit->rule = "imperative opens the sentence (\"Approach host government officials\")";
		return true;
	}
	return tk_wash_passive(x, P, S, i, cs, hit) || tk_wash_by_posts(x, P, S, i, cs, hit);
}


/* "It is important that posts deliver", "it is essential that Embassy
 * Valletta confirm", "that posts not leave": a post party after "<need
 * word> that", at word i. */
static bool tk_wash_need(struct tk_ctx *x, struct tk_para *P,
                         const struct tk_sentence *S, size_t i, struct tk_hit *hit)
{
	if (!(tk_in_set(S, i, tk_need_words) && tk_is(S, i + 1, W_that)))
		return false;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, i + 2, &named, &generic);
	/* (a ban the words name the posts of is asked of them, as "Posts
	 * should not": "that posts not leave the text in writing") */
	if (e == i + 2 || e >= S->n || tk_is(S, e, W_is) || tk_is(S, e, W_are) ||
	    tk_is(S, e, W_was) || tk_is(S, e, W_were) ||
	    (tk_is(S, e, W_not) && (e + 1 >= S->n || tk_is(S, e + 1, W_be) ||
	                            (!S->caps && tk_capitalised(S, e + 1)))))
		return false;
	tk_resolve(x, P, &named, hit);
	tk_hit_at(hit, i, tk_in(S, e, tk_modal_adverbs) ? e + 1 : e, e);
	hit->rule = "need + that + post (\"it is important that posts deliver\")";
	return true;
}

/* A request from Washington in S starting at word i.  Fills hit. */
bool tk_match_wash(struct tk_ctx *x, struct tk_para *P,
		   const struct tk_sentence *S, size_t i, size_t cs,
		   bool strong_only, struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t e;

	/* (it reads a heading only at word 0 or at "for") */
	if ((i == 0 || tk_is(S, i, W_for)) && tk_scope_heading(x, P, S, i, cs))
		return false;
	/* the post's own people: "Reporting officers should include", "Each
	 * post's working group should meet" */
	e = tk_staff_phrase(x, S, i, cs, &named);
	if (e > i) {
		if (!named.n)
			tk_opening_place(x, S, i, &named);
		return tk_wash_party_asked(x, P, S, i, e, &named, false, strong_only, hit);
	}
	/* a party: "Post should", "Embassy X is requested to", "Embassy
	 * Madrid please see", "Embassies Stockholm and Madrid are ..." */
	static const char *const places[] = { "in", "at", "from", "of", "near", NULL };
	static const enum tk_wid heads[] = {
		W_embassy, W_embassies, W_consulate, W_mission, W_missions, W_NONE,
	};
	e = tk_post_phrase(x, S, i, &named, &generic);
	/* "COP-15, which will be held in Copenhagen, Denmark, is to
	 * establish": a place, not who is asked ("officers at each post are
	 * requested" asks the posts); nor is "Mexico" alone in
	 * "with the exception of Embassy Mexico, are requested" (the phrase
	 * starts at "Embassy") */
	if (e > i && !(i > 0 && ((!generic && tk_word_among(S, i - 1, places)) ||
	                         (tk_in(S, i - 1, heads) && !tk_gap_has(S, i, ':')))))
		return tk_wash_party_asked(x, P, S, i, e, &named, generic, strong_only, hit);
	/* "Department requests action addressees report", "Washington
	 * requests Post pursue", "We would appreciate Post's views" */
	if (((tk_in_set(S, i, tk_wash_requesters) && !tk_possessive(S, i)) ||
	     (tk_is(S, i, W_the) && tk_is(S, i + 1, W_department) &&
	      !tk_possessive(S, i + 1)) || tk_bureau_requester(x, S, i) ||
	     (tk_principal(S, i) > i && !tk_possessive(S, tk_principal(S, i) - 1))) &&
	    !(i > 0 && tk_reported(S, tk_clause_start(S), i)))
		return tk_wash_requester(x, P, S, i, strong_only, hit);
	if (strong_only)
		return false;
	if (tk_wash_need(x, P, S, i, hit))
		return true;
	if ((tk_is(S, i, W_useful) || tk_is(S, i, W_helpful)) && tk_wash_helpful(x, P, S, i, hit))
		return true;
	return tk_wash_weak(x, P, S, i, cs, hit);
}

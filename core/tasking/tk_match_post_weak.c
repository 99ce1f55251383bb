/* tk_match_post_weak.c - a post's requests of Washington that a bullet
 * does not make on its own.
 *
 * In: one sentence of a post's cable, a word where a request may start and
 * the paragraph being read.  Out: tk_post_weak() says whether the words
 * there ask Washington (or other posts) in the passive ("The Department's
 * guidance is requested", "Embassy Warsaw's views would be helpful"), by
 * "Action requested:", "Department please advise", "Request Embassy
 * Berlin approach", "Request EUR/CE clear", "Please advise", and fills
 * the hit.  tk_match_post.c asks it last.
 */
#include "tasking/tk_match_internal.h"

/* A passive request at word i: "is requested", "are sought", "would be
 * appreciated", "would be welcome", or a bare "requested" after the noun
 * that opens a clipped sentence ("Guidance requested.", "Department
 * guidance requested on whether to attend"; not "the information
 * requested by the ministry").  The index after it, or 0. */
static size_t tk_post_passive(const struct tk_sentence *S, size_t i, size_t cs)
{
	/* "is also requested" */
	size_t r = tk_in(S, i + 1, tk_modal_adverbs) ? i + 2 : i + 1;
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) &&
	    (tk_is(S, r, W_requested) || tk_is(S, r, W_sought)))
		return r + 1;
	/* "Department guidance is needed before the vote" (Washington's, not
	 * "more guidance from the government is needed") */
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) && tk_word_eq(S, i + 1, "needed") &&
	    i > cs && (tk_is(S, cs, W_department) || tk_is(S, cs, W_washington) ||
	               (tk_is(S, cs, W_the) && tk_is(S, cs + 1, W_department))))
		return i + 2;
	/* "would be appreciated", "would be greatly appreciated"; "would be
	 * useful", "of great value" only of what Washington gives
	 * ("Washington's guidance would be invaluable"; not "more Arab
	 * assistance would be helpful") */
	if (tk_is(S, i, W_would)) {
		size_t a = tk_passive_request(S, i);
		if (!a || tk_is(S, a - 1, W_appreciated) || tk_word_eq(S, a - 1, "welcome") ||
		    tk_word_eq(S, a - 1, "welcomed"))
			return a;
		static const enum tk_wid givers[] = {
			W_washington, W_department, W_usg, W_embassy, W_embassies, W_mission,
			W_consulate, W_post, W_posts, W_NONE,
		};
		for (size_t k = cs; k < i; k++)
			if ((tk_in(S, k, givers) || (k > cs && tk_in(S, k - 1, givers))) &&
			    tk_possessive(S, k))
				return a;
		return 0;
	}
	if (tk_is(S, i, W_requested) && i > cs && i <= cs + 2 &&
	    tk_in(S, i - 1, tk_request_nouns) && !tk_is(S, cs, W_the) &&
	    !tk_is(S, i + 1, W_from) && !tk_is(S, i + 1, W_in))
		return i + 1;
	return 0;
}

/* "Action requested: Department approval of the travel": the heading,
 * then what is asked for, at word i. */
static bool tk_post_action_requested(struct tk_ctx *x, struct tk_para *P,
                                     const struct tk_sentence *S, size_t i,
                                     size_t cs, struct tk_hit *hit)
{
	if (!(i == cs && cs == 2 && tk_is(S, 0, W_action) && tk_is(S, 1, W_requested) &&
	      tk_names_ask(x, S, i)))
		return false;
	hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
	hit->from = tk_post_from(P, hit->sets_scope);
	tk_hit_at(hit, 0, i, i);
	hit->object_only = true;
	hit->rule = "action requested: + what is asked (\"Action requested: Department approval\")";
	return true;
}

/* "Department please advise", "Washington agencies please clear",
 * "Department (CA/OCS/ACS) please advise" at word i, the clause's start. */
static bool tk_post_wash_please(struct tk_ctx *x, struct tk_para *P,
                                const struct tk_sentence *S, size_t i,
                                struct tk_hit *hit)
{
	if (tk_is(S, i, W_please) || tk_is(S, i, W_request))
		return false;
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, i, &named);
	if (e == i && tk_is(S, i, W_washington) && tk_is(S, i + 1, W_agencies))
		e = i + 2;
	/* its office between: "Department (CA/OCS/ACS) please advise" */
	for (size_t j = e + 1; e > i && tk_gap_has(S, e, '(') && j < S->n && j <= e + 3; j++)
		if (tk_gap_has(S, j, ')')) {
			e = tk_is(S, j, W_please) ? j : e;
			break;
		}
	if (e == i || !tk_is(S, e, W_please) || !tk_please_verb(S, e + 1) || tk_poc(S))
		return false;
	hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
	hit->from = tk_post_from(P, hit->sets_scope);
	/* the quote from "please" when an office stands between */
	tk_hit_at(hit, tk_gap_has(S, e, ')') ? e : i, e + 1, e + 1);
	hit->rule = "Washington party + please (\"Department please advise\")";
	return true;
}

/* The other posts whose thing a passive request at word i asks for, in
 * words [cs, i): their possessive ("Embassy Warsaw's views") or "from"
 * and them after a request noun ("Comments from Embassies Algiers and
 * Paris").  Fills owner; true when some, all on the lines. */
static bool tk_passive_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                             size_t i, struct tk_parties *owner)
{
	bool generic = false;
	for (size_t k = cs; k < i && k <= cs + 3; k++) {
		size_t e = tk_post_phrase(x, S, k, owner, &generic);
		if (e > k && owner->n && !generic && tk_possessive(S, e - 1))
			return tk_others_listed(x, owner);
		bool from = k > cs && tk_is(S, k - 1, W_from) && k >= 2 &&
		            tk_in(S, k - 2, tk_request_nouns);
		if (from && e > k && owner->n && !generic)
			return tk_others_listed(x, owner);
	}
	owner->n = 0;
	return false;
}

/* "It is requested that" + a clause from word k: the post or Washington
 * party that opens it is asked (cs: "It"). */
static bool tk_post_dummy_passive(struct tk_ctx *x, struct tk_para *P,
                                  const struct tk_sentence *S, size_t cs, size_t k,
                                  struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, k, &named, &generic);
	if (e > k && named.n) {
		tk_named(hit, &named);
	} else {
		e = tk_wash_phrase(x, S, k, &named);
		if (e == k)
			return false;
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
	}
	if (e >= S->n || (!S->caps && tk_capitalised(S, e)))
		return false;
	tk_hit_at(hit, cs, cs, e);    /* the line: tk_dummy_passive() */
	hit->rule = "passive request of a post (\"guidance is requested\")";
	return true;
}

/* "is requested by Mission", "by the Embassy": the writer, after "by" at
 * word k? */
static bool tk_by_writer(const struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	bool sg = false;
	return tk_is(S, k, W_by) && tk_post_requester(x, S, k + 1, &sg);
}

/* A passive request ending at word after (tk_post_passive()) whose
 * request noun stands before word i: "The Department's guidance ... is
 * requested", "Comments from Embassies Algiers and Paris would be
 * welcome".  In a scenesetter what would be welcome the visitor would do
 * or say ("A further statement of U.S. support would be welcome"),
 * unless the words name a party. */
static bool tk_post_passive_ask(struct tk_ctx *x, struct tk_para *P,
                                const struct tk_sentence *S, size_t i, size_t cs,
                                size_t after, bool writer, struct tk_hit *hit)
{
	bool noun = writer;
	for (size_t k = cs; k < i && !noun; k++)
		noun = tk_in(S, k, tk_request_nouns);
	if (!noun)
		return false;
	if (x->visitor) {
		tk_reader(x, P, S, i, hit);
	} else {
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
	}
	/* "Embassy Warsaw's views would be helpful": those posts */
	struct tk_parties owner;
	if (tk_passive_posts(x, S, cs, i, &owner))
		tk_named(hit, &owner);
	size_t from = tk_asked_thing(S, cs, i);
	tk_hit_at(hit, from, from, after);
	hit->object_only = true;
	hit->rule = "passive request of a post (\"guidance is requested\")";
	return true;
}

/* The requests of a post a bullet does not make on its own, at word i:
 * "The Department's guidance ... is requested", "Please advise", "Request
 * Department guidance". */
bool tk_post_weak(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                  size_t i, size_t cs, struct tk_hit *hit)
{
	/* "The Department's guidance ... is requested", "Washington's views
	 * would be appreciated", "Guidance requested." */
	size_t after = tk_post_passive(S, i, cs);
	/* "It is requested that the Department provide", "that Embassy
	 * Paris confirm": the party the clause names, none when it names no
	 * US one ("that the GOS release the prisoners") */
	if (after && i == cs + 1 && tk_word_eq(S, cs, "it") && tk_is(S, after, W_that))
		return tk_post_dummy_passive(x, P, S, cs, after + 1, hit);
	/* not "No ICASS support is requested beyond that"; "is requested by
	 * Mission": the writer asks */
	bool writer = after && tk_by_writer(x, S, after);
	if (after && i > 0 && !tk_is(S, i - 1, W_not) && !tk_word_eq(S, cs, "no") &&
	    (!tk_is(S, after, W_by) || writer || tk_by_date(x, S, after)))
		return tk_post_passive_ask(x, P, S, i, cs, after, writer, hit);
	if (tk_post_action_requested(x, P, S, i, cs, hit))
		return true;
	/* "Department please advise", "Washington agencies please clear" */
	if (i == cs && tk_post_wash_please(x, P, S, i, hit))
		return true;
	/* "Request Embassy Berlin approach": the post the words name */
	if (i == cs && tk_is(S, i, W_request) && tk_capitalised(S, i)) {
		size_t k = tk_is(S, i + 1, W_that) ? i + 2 : i + 1;
		struct tk_parties named;
		bool generic = false;
		size_t e = tk_post_phrase(x, S, k, &named, &generic);
		if (e > k && named.n && e < S->n && (S->caps || !tk_capitalised(S, e))) {
			tk_named(hit, &named);
			tk_hit_at(hit, i, e, e);
			hit->rule = "request + post (\"Request Embassy Berlin approach\")";
			return true;
		}
	}
	/* "Request EUR/CE clear the text": an office, then its verb */
	if (i == cs && tk_is(S, i, W_request) && tk_capitalised(S, i)) {
		size_t k = tk_is(S, i + 1, W_that) ? i + 2 : i + 1;
		size_t e = tk_office(S, k) ? k + 1 : k;
		if (e > k && e < S->n && (S->caps || !tk_capitalised(S, e)) &&
		    !tk_in(S, e, tk_request_nouns) && !tk_is(S, e, W_the)) {
			hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
			hit->from = tk_post_from(P, hit->sets_scope);
			tk_hit_at(hit, i, e, e);
			hit->rule = "request + office (\"Request EUR/CE clear the text\")";
			return true;
		}
	}
	/* "Please advise", "Request Department guidance", "Embassy Monrovia:
	 * in addition, please ascertain" */
	bool opens = i == cs || (i > cs && tk_is(S, i, W_please) && tk_opening_phrase(S, cs, i));
	if (opens && ((tk_is(S, i, W_please) && tk_please_verb(S, i + 1) && !tk_poc(S)) ||
	                (tk_is(S, i, W_request) && tk_capitalised(S, i) &&
	                 tk_names_ask(x, S, i + 1)))) {
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
		/* a scenesetter's "Please raise with General Saidov": its
		 * reader, the visitor */
		if (x->visitor && !hit->sets_scope && !P->scope.n && tk_is(S, i, W_please))
			tk_reader(x, P, S, i, hit);
		tk_hit_at(hit, i, i + 1, i + 1);
		hit->object_only = tk_is(S, i, W_request);
		hit->rule = "please / request of a post (\"Please advise\")";
		return true;
	}
	return false;
}

/* tk_match_post.c - requests in a post's cables, to Washington.
 *
 * In: one sentence of a cable from a post, the paragraph being read and the
 * cable's TO and INFO lines.  Out: tk_match_post() says whether the
 * sentence starting at a word asks Washington (or other posts) to act
 * ("Post requests Department guidance", "we would be grateful for", "we
 * strongly recommend that Washington", "DOD should undertake", "it would be
 * useful for Washington to") and fills the hit.  Its requests of the
 * other posts it is sent to: tk_match_post_others.c.
 */
#include "tasking/tk_match_internal.h"

#include <string.h>
#include <strings.h>

/* The words of the originating post's own place at word i ("San Jose
 * requests that ..."), or its short name ("USUN recommends"): how many, or
 * 0. */
size_t tk_own_name_read(const struct tk_ctx *x, const struct tk_sentence *S,
			size_t i)
{
	const char *p = x->own;
	size_t k = i;
	if (!p || i >= S->n)
		return 0;
	size_t n1 = S->w[i].e - S->w[i].s;
	if (x->own_short_len == n1 &&
	    strncasecmp(S->s + S->w[i].s, x->own_short, n1) == 0)
		return 1;
	if (n1 != x->own_len1 ||
	    (unsigned char)ascii_to_upper((unsigned char)S->s[S->w[i].s]) != (unsigned char)*p)
		return 0;
	while (*p && k < S->n) {
		const struct tk_word *w = &S->w[k];
		size_t n = w->e - w->s;
		if (strncasecmp(S->s + w->s, p, n) != 0 || (p[n] != ' ' && p[n] != '\0'))
			return 0;
		p += n;
		while (*p == ' ')
			p++;
		k++;
	}
	return *p ? 0 : k - i;
}

/* Does the clause open at word i with the verb of a request whose
 * subject, the post, is left out ("Would appreciate Embassy Tokyo's
 * views", "Recommend Department approve", "Urge Washington to")?  Not
 * "Request ..." (a request of a post: tk_post_weak()). */
static bool tk_telegraphic(const struct tk_sentence *S, size_t i, bool opened)
{
	static const enum tk_wid verbs[] = {
		W_recommend, W_urge, W_suggest, W_propose, W_NONE,
	};
	if (tk_is(S, i, W_would))
		return tk_is(S, i + 1, W_appreciate) || tk_word_eq(S, i + 1, "welcome");
	/* "GRATEFUL DEPT INSTRUCTIONS ASAP" (not "Grateful for the aid,
	 * the minister said") */
	if (tk_is(S, i, W_grateful)) {
		size_t w = tk_is(S, i + 1, W_for) ? i + 2 : i + 1;
		return tk_is(S, w, W_department) || tk_is(S, w, W_dept) ||
		       tk_is(S, w, W_washington) || tk_is(S, w, W_usg);
	}
	/* and whom it asks: "that", Washington, "you", an agency
	 * ("RECOMMEND DOD DEFER"; not "Urge the host government to", an
	 * instruction quoted or given to someone else) */
	size_t k = tk_is(S, i + 1, W_the) ? i + 2 : i + 1;
	return tk_in(S, i, verbs) && (S->caps || opened || tk_capitalised(S, i)) &&
	       (tk_is(S, i + 1, W_that) || tk_is(S, i + 1, W_you) ||
	        tk_is(S, k, W_department) || tk_is(S, k, W_washington) ||
	        tk_is(S, k, W_dept) || tk_is(S, k, W_usg) ||
	        (k < S->n && S->w[k].agency && !tk_possessive(S, k)));
}

/* Does an opening phrase of a few words end in a comma before word i
 * ("IN VIEW OF GOP SENSITIVITY, RECOMMEND", "On the radar exchange,
 * suggest"), the clause starting at word cs? */
static bool tk_after_opener(const struct tk_sentence *S, size_t cs, size_t i)
{
	static const char *const openers[] = {
		"in", "on", "given", "for", "with", "regarding", "concerning", "as",
		"because", "since", "if", "once", "absent", "pending", "meanwhile",
		"accordingly", "therefore", "thus", NULL,
	};
	if (i <= cs || i > cs + 10 || !tk_gap_has(S, i, ',') || !tk_word_among(S, cs, openers))
		return false;
	for (size_t k = cs + 1; k < i; k++)
		if (tk_gap_has(S, k, ',') || tk_gap_has(S, k, ';'))
			return false;
	return true;
}

/* "Relevant USG agencies should review", "Other agencies should" at word
 * i (k after "the"): every Washington addressee (tk_wash_parties()).
 * 1 when they are asked, 0 when the words say no more (a suggestion:
 * "USG agencies may wish to look at"), -1 when they are not these. */
static int tk_agencies_should(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                              size_t k, struct tk_hit *hit)
{
	size_t a = tk_is(S, k + 1, W_usg) || tk_is(S, k + 1, W_u_s) ? k + 2 : k + 1;
	if (!(tk_is(S, a, W_agencies) && (tk_is(S, k, W_other) || tk_is(S, k, W_relevant) ||
	                                  tk_is(S, k, W_interested) || tk_is(S, k, W_concerned) ||
	                                  tk_is(S, k, W_usg)) &&
	      !(i > 0 && tk_is(S, i - 1, W_that))))
		return -1;
	size_t v = tk_is(S, a + 1, W_may) || tk_is(S, a + 1, W_might) ? 0 : tk_modal(S, a + 1);
	struct tk_para none = { 0 };
	if (!v || tk_is(S, v, W_expect) || !tk_wash_parties(x, &none, S, &hit->parties))
		return 0;
	tk_hit_at(hit, i, v, v);
	hit->rule = "Washington party + modal (\"DOD should undertake\")";
	return 1;
}

/* "DOD or CENTCOM should undertake", "Washington should not allow": a
 * Washington party at word i with a modal verb.  (The test of the first
 * word's agency flag is the one tk_wash_phrase() starts with, made here at
 * every word without a call.) */
static bool tk_post_wash_should(struct tk_ctx *x, const struct tk_sentence *S,
                                size_t i, struct tk_hit *hit)
{
	static const char *const places[] = { "in", "at", "to", "from", "of", NULL };
	size_t k = tk_is(S, i, W_the) ? i + 1 : i;
	if (k >= S->n)
		return false;
	/* "we believe Secretary Panetta should thank him" */
	size_t se;
	const char *secretary = tk_secretary_at(x, S, k, &se);
	if (secretary && !(i > 0 && tk_is(S, i - 1, W_that))) {
		size_t v = tk_modal(S, se);
		if (!v || tk_is(S, v, W_expect) || tk_note_only(S, v))
			return false;
		struct tk_parties named = { .n = 0 };
		tk_add(&named, secretary);
		tk_named(hit, &named);
		tk_hit_at(hit, i, v, v);
		hit->rule = "Washington party + modal (\"DOD should undertake\")";
		return true;
	}
	int all = tk_agencies_should(x, S, i, k, hit);
	if (all >= 0)
		return all;
	if (!S->w[k].agency)
		return false;
	/* "the Summit in Washington should address": a place */
	if (i > 0 && tk_word_among(S, i - 1, places))
		return false;
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, i, &named);
	/* "Washington agencies are requested to clear": every agency */
	bool agencies = e > i && tk_is(S, e, W_agencies);
	if (agencies)
		e++;
	/* "Washington officials should press him": the party's people */
	else if (e > i && (tk_is(S, e, W_officials) || tk_is(S, e, W_policymakers)))
		e++;
	/* "Washington and Embassy Brasilia may want to consider": the post
	 * beside it */
	struct tk_parties beside;
	bool generic = false;
	beside.n = 0;
	if (e > i && (tk_is(S, e, W_and) || tk_is(S, e, W_or))) {
		size_t pe = tk_post_phrase(x, S, e + 1, &beside, &generic);
		if (pe > e + 1 && beside.n)
			e = pe;
		else
			beside.n = 0;
	}
	if (e > i && !(i > 0 && tk_is(S, i - 1, W_that))) {
		/* "Washington, to get the most of these visits, should" */
		size_t v = tk_modal(S, tk_aside(S, e));
		if (v && !tk_is(S, v, W_expect)) {
			tk_named(hit, &named);
			tk_add_all(&hit->parties, &beside);
			if (agencies) {
				struct tk_para none = { 0 };
				tk_wash_parties(x, &none, S, &hit->parties);
			}
			/* "Embassy Rome and the Department should" */
			if (i > 1 && (tk_is(S, i - 1, W_and) || tk_is(S, i - 1, W_or)))
				tk_posts_beside(x, S, i - 1, &hit->parties);
			tk_hit_at(hit, i, v, v);
			hit->rule = "Washington party + modal (\"DOD should undertake\")";
			return true;
		}
	}
	return false;
}

/* "We would appreciate Embassy Rome's views" (that post's), "We would
 * appreciate ConGen Munich sharing", "Embassies Yerevan and Baku
 * reporting" (those posts, on the lines): the posts right after the verb,
 * at word v, when they own what is asked or do it. */
static void tk_post_owner(struct tk_ctx *x, const struct tk_para *P,
                          const struct tk_sentence *S, size_t v, bool clause,
                          struct tk_hit *hit)
{
	struct tk_parties owner;
	bool generic = false;
	size_t oe = tk_post_phrase(x, S, v, &owner, &generic);
	/* "FOR BRASILIA: Would appreciate Embassy's advice": the posts the
	 * heading names */
	if (oe > v && generic && !owner.n && tk_possessive(S, oe - 1) && P->scope.n) {
		tk_named(hit, &P->scope);
		return;
	}
	if (oe > v && owner.n && (tk_possessive(S, oe - 1) ||
	                          (!clause && !generic && tk_ing(S, oe) &&
	                           tk_others_listed(x, &owner)))) {
		tk_named(hit, &owner);
		return;
	}
	/* "We would appreciate Commerce's help": that agency's */
	oe = tk_wash_phrase(x, S, v, &owner);
	if (oe > v && owner.n && tk_possessive(S, oe - 1)) {
		tk_named(hit, &owner);
		return;
	}
	/* "any information Embassies Kigali and Kampala may have", "any
	 * lessons Embassy Madrid can share", "any insights Embassy Rome has":
	 * the posts it is to come from */
	static const enum tk_wid can[] = {
		W_may, W_might, W_can, W_could, W_has, W_have, W_NONE,
	};
	for (size_t k = v; k < S->n && k <= v + 3 && !clause; k++) {
		oe = tk_post_phrase(x, S, k + 1, &owner, &generic);
		if (oe > k + 1 && owner.n && !generic && tk_in(S, oe, can) &&
		    tk_others_listed(x, &owner)) {
			tk_named(hit, &owner);
			return;
		}
		if (tk_in(S, k, tk_request_nouns))
			return;
	}
}

/* "We ask posts in the region to help", "we urge Embassy Rome to raise":
 * the posts after a verb that takes its object and "to" (ask, urge,
 * encourage, request), at word v.  Returns the index of "to" after them,
 * or v when the words are no such object. */
static size_t tk_asked_object(struct tk_ctx *x, const struct tk_sentence *S, size_t v,
                              enum tk_wid ask, struct tk_parties *asked, bool *generic)
{
	static const enum tk_wid object_verbs[] = {
		W_ask, W_asks, W_urge, W_urges, W_encourage, W_encourages, W_request,
		W_requests, W_NONE,
	};
	asked->n = 0;
	bool takes = false;
	for (const enum tk_wid *w = object_verbs; *w != W_NONE && !takes; w++)
		takes = *w == ask;
	size_t pe = takes ? tk_post_phrase(x, S, v, asked, generic) : v;
	if (pe == v)
		return v;
	/* "posts in the region to" */
	for (size_t j = pe; *generic && tk_is(S, pe, W_in) && j < S->n && j <= pe + 6; j++) {
		if (tk_gap_has(S, j, ',') || tk_gap_has(S, j, ';'))
			break;
		if (tk_is(S, j, W_to)) {
			pe = j;
			break;
		}
	}
	/* "Embassies Gaborone and Windhoek -- the former because it hosts
	 * the session -- to share", "Embassy Paris, which hosts it, to share" */
	if (!tk_is(S, pe, W_to) && (tk_gap_has(S, pe, ',') || tk_gap_has(S, pe, '-'))) {
		char mark = tk_gap_has(S, pe, '-') ? '-' : ',';
		for (size_t j = pe + 1; j < S->n && j <= pe + 30; j++)
			if (tk_gap_has(S, j, mark)) {
				pe = tk_is(S, j, W_to) ? j : pe;
				break;
			}
	}
	return tk_is(S, pe, W_to) ? pe : v;
}

/* "this recommendation be reconsidered", "the visa be issued" at word k:
 * a subject of up to four words and a bare "be" (the mood of asking). */
static bool tk_bare_be(const struct tk_sentence *S, size_t k)
{
	static const enum tk_wid modals[] = {
		W_will, W_would, W_could, W_can, W_may, W_might, W_should, W_must,
		W_shall, W_to, W_NONE,
	};
	for (size_t j = k + 1; j < S->n && j <= k + 4; j++) {
		if (tk_gap_has(S, j, ',') || tk_gap_has(S, j, '-'))
			return false;
		if (tk_is(S, j, W_be))
			return !tk_in(S, j - 1, modals) && !(tk_is(S, j - 1, W_not) && tk_in(S, j - 2, modals));
	}
	return false;
}

/* After a weak verb's "that" at word v: "post suggests that we register
 * our differences" (the US side to act, as after "recommends that"),
 * "suggests that this decision be reconsidered" (a bare "be", asked for);
 * not a judgement ("suggests that we will see"). */
static bool tk_asks_us(const struct tk_sentence *S, size_t v)
{
	return tk_is(S, v, W_that) && !tk_opinion(S, v) &&
	       ((tk_is(S, v + 1, W_we) && v + 2 < S->n) || tk_bare_be(S, v + 1));
}

/* Whom a post's request asks, from what follows its verb at word v: "We
 * recommend that you press", "we would welcome your readout", "that the
 * delegation's staff provide" in a scenesetter (the reader or visitor,
 * tk_reader()); else the Washington parties the sentence names. */
static void tk_post_whom(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                         size_t v, struct tk_hit *hit)
{
	size_t d = tk_is(S, v, W_the) ? v + 1 : v;
	bool delegation = x->visitor && (tk_is(S, d, W_delegation) || tk_is(S, d, W_codel));
	if (tk_is(S, v, W_you) || tk_is(S, v, W_your) || delegation) {
		tk_reader(x, P, S, v, hit);
	} else {
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
	}
}

/* "CODEL members and staff should coordinate", "The delegation should
 * bring" where a clause opens at word i of a scenesetter: its visitor
 * (tk_reader()). */
static bool tk_post_delegation_should(struct tk_ctx *x, struct tk_para *P,
                                      const struct tk_sentence *S, size_t i, size_t cs,
                                      struct tk_hit *hit)
{
	static const char *const people[] = { "members", "and", "staff", "staffers", NULL };
	size_t d = tk_is(S, i, W_the) ? i + 1 : i;
	if (i != cs || !x->visitor ||
	    !(tk_is(S, d, W_delegation) || tk_is(S, d, W_codel)))
		return false;
	size_t k = d + 1;
	while (k < S->n && k <= d + 3 && tk_word_among(S, k, people))
		k++;
	size_t v = tk_modal(S, k);
	if (!v)
		return false;
	tk_reader(x, P, S, d, hit);
	tk_hit_at(hit, i, v, v);
	hit->rule = "a post's advice to its reader (\"you should stress\")";
	return true;
}

/* "the Secretary", "the Deputy Secretary" at word k (tk_secretary_at()):
 * the party in *named and the word after the name, or k. */
static size_t tk_secretary_phrase(const struct tk_ctx *x, const struct tk_sentence *S,
                                  size_t k, struct tk_parties *named)
{
	size_t se;
	const char *secretary = tk_secretary_at(x, S, k + tk_is(S, k, W_the), &se);
	if (!secretary)
		return k;
	named->n = 0;
	tk_add(named, secretary);
	return se;
}

/* The Washington party that opens a request's clause at word v ("that
 * the Department tell us", "if Justice could confirm", "that the
 * Department, in consultation with DOE, clear"): names it alone as the
 * one asked and returns the index after it (after the aside); v when the
 * words are no such subject ("that the Department and relevant agencies
 * clear": every party the sentence names stays). */
static size_t tk_clause_agency(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t v, struct tk_hit *hit)
{
	static const char *const aside[] = {
		"in", "with", "together", "working", "jointly", NULL,
	};
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, v, &named);
	/* "grateful if the Deputy Secretary could raise" */
	if (e == v)
		e = tk_secretary_phrase(x, S, v, &named);
	if (e == v || !named.n || e >= S->n || tk_is(S, e, W_and) || tk_is(S, e, W_or))
		return v;
	bool after_aside = false;
	if (tk_gap_has(S, e, ',')) {
		size_t a = tk_word_among(S, e, aside) ? tk_aside_verb(S, e) : e;
		if (a == e)
			return v;
		e = a;
		after_aside = true;
	}
	/* its verb next: "Washington agencies clear", "Treasury's Office of
	 * Technical Assistance confirm" name more than the phrase read */
	static const enum tk_wid verbs[] = {
		W_could, W_would, W_can, W_will, W_should, W_may, W_might, W_must,
		W_be, W_also, W_NONE,
	};
	if (!after_aside && !tk_in(S, e, verbs) && !tk_imperative(S, e) &&
	    !(tk_bare_verb(S, e, false) && !tk_possessive(S, e - 1)))
		return v;
	tk_named(hit, &named);
	return e;
}

/* Whom a post's request asks, from the words after its verb at word v
 * (after "that" when clause): the posts or the Washington party that
 * are the clause's subject or the verb's object ("requests that Embassies
 * Managua and Panama ask", "urge Embassy Rome to raise"), into hit.
 * Returns where what is asked starts: the parties' own verb, else v;
 * *object_only false when parties were read there. */
static size_t tk_post_asked(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, size_t v, bool clause,
                            struct tk_hit *hit, bool *object_only)
{
	/* "requests that Embassies Managua and Panama ask ...": what is
	 * asked starts at the parties' own verb */
	struct tk_parties asked;
	bool generic = false;
	size_t pe = clause ? tk_post_phrase(x, S, v, &asked, &generic)
	                   : tk_asked_object(x, S, v, hit->ask, &asked, &generic);
	/* "requests that the Department tell us whether a call on the
	 * Secretary of the Treasury", "grateful if Justice could confirm":
	 * the clause's subject is the one asked, not the agencies after it */
	if (clause && pe == v && !asked.n)
		pe = tk_clause_agency(x, S, v, hit);
	/* "that DEA and the Department share": the Washington party after */
	struct tk_parties more = { .n = 0 };
	if (pe > v && (tk_is(S, pe, W_and) || tk_is(S, pe, W_or))) {
		size_t we = tk_wash_phrase(x, S, pe + 1, &more);
		if (we > pe + 1)
			pe = we;
	}
	if (pe > v && pe < S->n) {
		v = tk_is(S, pe, W_to) ? pe + 1 : pe;
		*object_only = false;
		/* the posts the clause's subject names are the ones asked, with
		 * the agencies beside them ("that Embassy Warsaw sound out the
		 * MOD and share the results with the Department" asks Warsaw);
		 * after "ask" or "urge", beside the agencies the sentence names */
		if (asked.n && !generic && hit->sets_scope && clause) {
			hit->parties = asked;
			tk_add_all(&hit->parties, &more);
		} else if (asked.n && !generic && hit->sets_scope)
			tk_add_all(&hit->parties, &asked);
		else if (asked.n && !generic)
			tk_named(hit, &asked);
		/* "USEU requests that Embassies in EU capitals demarche": the
		 * posts it is sent to (or its heading's) */
		else if (generic && (P->scope.n || x->posts.n)) {
			hit->parties = P->scope.n ? P->scope : x->posts;
			hit->sets_scope = false;
			hit->from = P->scope.n ? "the paragraph's heading or an earlier request"
			                       : "the posts the cable is sent to";
		}
	}
	return v;
}

/* A post's request, the requester at word i, its verb at word r: "Post
 * would appreciate Department guidance", "we strongly recommend that
 * Washington ...", "requests that Embassies Managua and Panama ask ...". */
static bool tk_post_request(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, size_t i, size_t r,
                            bool sg, struct tk_hit *hit)
{
	bool weak = false, object_only = true;
	size_t v = tk_post_ask_verb(x, S, r, sg, &weak, hit);
	/* "If the minister could attend, we would be grateful": nothing
	 * after the words asks (unless items follow a colon) */
	if (!v || (v >= S->n && !tk_ends_in_colon(S)))
		return false;
	/* "request for an update": a noun; not "Embassy asks for help" */
	if ((tk_is(S, v, W_for) && hit->ask != W_ask && hit->ask != W_asks) ||
	    tk_is(S, v, W_to))
		return false;
	/* "urges Turkey to" asks a foreign government; "urge Embassy Rome
	 * to" a post */
	static const enum tk_wid post_heads[] = {
		W_embassy, W_embassies, W_mission, W_missions, W_consulate, W_post,
		W_posts, W_NONE,
	};
	if ((hit->ask == W_urge || hit->ask == W_urges || hit->ask == W_encourage ||
	     hit->ask == W_encourages) && !tk_in(S, v, post_heads) &&
	    tk_foreign_object(x, S, v, 4))
		return false;
	/* "we propose the following:", the asks in the items under it */
	bool following = tk_is(S, v, W_the) && tk_word_eq(S, v + 1, "following") &&
	                 tk_ends_in_colon(S);
	if (weak && !following && !tk_asks_us(S, v) && !tk_names_ask(x, S, v))
		return false;
	/* "the Ambassador suggests that Zapatero's thinking is", "which the
	 * Ambassador suggests will help": an opinion, not a request */
	if ((hit->ask == W_suggest || hit->ask == W_suggests) && tk_opinion(S, v))
		return false;
	if ((hit->ask == W_recommend || hit->ask == W_recommends) && tk_judged(S, v))
		return false;
	bool clause = tk_is(S, v, W_that);
	if (clause)
		v++;
	/* "USUN would be grateful if posts could ask", "We hope Embassy
	 * Berlin will raise": the clause's subject */
	clause = clause || (v > 0 && (tk_is(S, v - 1, W_if) || tk_is(S, v - 1, W_hope) ||
	                              tk_is(S, v - 1, W_hopes)));
	tk_post_whom(x, P, S, v, hit);
	tk_post_owner(x, P, S, v, clause, hit);
	v = tk_post_asked(x, P, S, v, clause, hit, &object_only);
	tk_hit_at(hit, i, v, v);
	hit->object_only = object_only;
	hit->rule = "post asks Washington (\"Post requests\", \"we would appreciate\")";
	return true;
}

/* "It would be useful for Washington to", "it would be helpful if the
 * Department could": a post's polite request at word i ("useful"). */
static bool tk_post_helpful(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                            size_t i, struct tk_hit *hit)
{
	size_t q = tk_would_be_before(S, i);
	if (!(tk_is(S, i, W_useful) || tk_is(S, i, W_helpful)) || !q ||
	    !(tk_is(S, i + 1, W_for) || tk_is(S, i + 1, W_if)))
		return false;
	/* "It would be helpful for you to emphasize": whom "if you could"
	 * asks (tk_match_if.c), the cable's TO addressees */
	size_t y = i + 2, v = y + 2;
	if (tk_is(S, y, W_you) && (tk_is(S, y + 1, W_to) || tk_is(S, y + 1, W_could) ||
	                           tk_is(S, y + 1, W_would))) {
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (v >= S->n || tk_is(S, v, W_be) || tk_note_only(S, v) || tk_mind_verb(S, v))
			return false;
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
		tk_hit_at(hit, q - 1, v, v);
		hit->rule = "polite request (\"it would be useful for Washington to\")";
		return true;
	}
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, i + 2, &named);
	/* "It would be helpful if Embassy Quito could": a post on the lines */
	if (e == i + 2) {
		bool generic = false;
		e = tk_post_phrase(x, S, i + 2, &named, &generic);
		if (generic || !tk_others_listed(x, &named))
			e = i + 2;
	}
	/* "if the Deputy Secretary could repeat to him our concerns" */
	if (e == i + 2)
		e = tk_secretary_phrase(x, S, i + 2, &named);
	/* "for Washington agencies to clarify", "for relevant USG agencies
	 * to": every Washington addressee (tk_wash_parties() reads them) */
	static const enum tk_wid which[] = {
		W_other, W_relevant, W_usg, W_interested, W_concerned, W_all, W_NONE,
	};
	size_t a = e > i + 2 ? e : i + 2 + tk_in(S, i + 2, which);
	if (tk_is(S, a, W_agencies) && tk_is(S, a + 1, W_to) &&
	    tk_wash_parties(x, P, S, &named) && named.n)
		e = a + 1;
	/* "for Attorney General Holder also to call him in" */
	while (e > i + 2 && tk_in(S, e, tk_modal_adverbs))
		e++;
	if (e == i + 2 || !(tk_is(S, e, W_to) || tk_is(S, e, W_could) || tk_is(S, e, W_would)))
		return false;
	tk_named(hit, &named);
	tk_hit_at(hit, q - 1, e + 1, e + 1);
	hit->rule = "polite request (\"it would be useful for Washington to\")";
	return true;
}

/* "Nuevo Laredo, please let us know": a post on the lines, by its place,
 * asked at the sentence's start. */
static bool tk_post_place_please(struct tk_ctx *x, const struct tk_sentence *S,
                                 struct tk_hit *hit)
{
	/* a cheap test first: "please" after a comma among the first words */
	size_t k = 1;
	while (k < S->n && k <= 4 && !(tk_is(S, k, W_please) && tk_gap_has(S, k, ',')))
		k++;
	if (k >= S->n || k > 4 || !tk_capitalised(S, 0))
		return false;
	struct tk_parties named;
	size_t e = tk_places_at(x, S, 0, &named);
	if (e == 0 || !tk_gap_has(S, e, ',') || !tk_is(S, e, W_please) ||
	    !tk_please_verb(S, e + 1) || !tk_others_listed(x, &named))
		return false;
	tk_named(hit, &named);
	tk_hit_at(hit, 0, e + 1, e + 1);
	hit->rule = "a post by its place + please (\"Nuevo Laredo, please let us know\")";
	return true;
}

/* "Energy: Turkey wants to be a transit hub", "Treasury: ..." in a
 * scenesetter: one word before the colon, written as a word is (not an
 * addressee's capitals in a mixed-case text; in a text all in capitals,
 * a word, not an abbreviation), is the paragraph's topic,
 * not the agency on the lines whose name holds it ("Treasury: please
 * provide" asks it). */
static bool tk_topic_heading(const struct tk_sentence *S, size_t cs,
                             const struct tk_parties *scope)
{
	size_t n = S->w[0].e - S->w[0].s;
	/* in capitals, a word as long as "ENERGY" (not "DOE:", "USTR:") */
	if (cs != 1 || tk_is(S, 1, W_please) || n < 2 ||
	    (S->caps ? n < 5 : ascii_is_upper((unsigned char)S->s[S->w[0].s + 1])))
		return false;
	for (size_t k = 0; k < scope->n; k++)
		if (!tk_in_washington(scope->name[k]))
			return false;
	return true;
}

/* A request from a post to Washington in S starting at word i. */
bool tk_match_post(struct tk_ctx *x, struct tk_para *P,
		   const struct tk_sentence *S,
		   size_t i, size_t cs, bool strong_only,
		   struct tk_hit *hit)
{
	/* "QUITO AND LIMA ONLY:", "For Embassy Beijing:" in a cable to those
	 * posts: the paragraph's requests are theirs (only posts on the
	 * lines, not the writer: else the words are no heading) */
	if (i == 0 || tk_is(S, i, W_for)) {
		struct tk_parties before = P->scope;
		bool none = tk_scope_heading(x, P, S, i, cs);
		if (P->scope.n && (!tk_others_listed(x, &P->scope) ||
		                   tk_topic_heading(S, cs, &P->scope)))
			P->scope = before;
		if (none)
			return false;
	}
	if (i == 0 && tk_post_place_please(x, S, hit))
		return true;
	if (tk_post_question(x, P, S, i, cs, hit))
		return true;
	/* "DOD or CENTCOM should undertake", "Washington should not allow" */
	if (tk_post_wash_should(x, S, i, hit) || tk_post_delegation_should(x, P, S, i, cs, hit))
		return true;
	if (tk_post_you(x, P, S, i, cs, hit))
		return true;
	/* "Post would appreciate", "We request", "Embassy Caracas requests",
	 * "Mission requests that", "we strongly recommend that" */
	bool sg = false;
	size_t r = tk_post_requester(x, S, i, &sg);
	/* telegraphic, the post left out: "WOULD APPRECIATE EMBASSY'S
	 * ASSESSMENT", "RECOMMEND DEPARTMENT AND FAA APPROVE" */
	if (r || (i == cs && tk_telegraphic(S, i, false)) ||
	    (tk_after_opener(S, cs, i) && tk_telegraphic(S, i, true)))
		return tk_post_request(x, P, S, i, r ? r : i, sg, hit);
	if (strong_only)
		return false;
	if ((tk_is(S, i, W_useful) || tk_is(S, i, W_helpful)) && tk_post_helpful(x, P, S, i, hit))
		return true;
	/* "It is important that Washington engage the minister", "Our
	 * recommendation is that Washington approve the grant" */
	static const char *const advice[] = { "recommendation", "suggestion", NULL };
	size_t t = tk_in_set(S, i, tk_need_words) && tk_is(S, i + 1, W_that) ? i + 2
	         : tk_is(S, i, W_is) && i > 0 && tk_word_among(S, i - 1, advice) &&
	           tk_is(S, i + 1, W_that) ? i + 2 : 0;
	if (t && tk_post_need_you(x, P, S, i, t, hit))
		return true;
	if (t) {
		struct tk_parties named;
		size_t e = tk_wash_phrase(x, S, t, &named);
		/* "that the Under Secretary raise" */
		if (e == t)
			e = tk_secretary_phrase(x, S, t, &named);
		/* "that Washington readers recognize" */
		if (e > t && (tk_is(S, e, W_readers) || tk_is(S, e, W_analysts) ||
		              tk_is(S, e, W_policymakers) || tk_is(S, e, W_officials)))
			e++;
		if (e > t && e < S->n && !tk_is(S, e, W_is) && !tk_is(S, e, W_are) &&
		    !tk_is(S, e, W_was) && !tk_is(S, e, W_has) && !tk_possessive(S, e - 1)) {
			tk_named(hit, &named);
			tk_hit_at(hit, i, e, e);
			hit->rule = "need + that + Washington (\"it is important that Washington engage\")";
			return true;
		}
	}
	return tk_post_weak(x, P, S, i, cs, hit);
}

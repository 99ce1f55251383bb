/* tk_match.c - the patterns: is a sentence a request, and whose?
 *
 * In: one sentence cut into words, the paragraph being read (its scope:
 * "For Embassy Kyiv, ...") and the cable (from Washington or from a post,
 * its default parties).  Out: tk_match() says whether the sentence asks a
 * party to act and fills a struct tk_hit: the parties asked, where the
 * quote and the asked action start, whether the action is a noun ("would
 * appreciate a reply").  Washington's cables are read for requests to
 * posts ("Post should", "please approach", "Department requests action
 * addressees report"), a post's for requests to Washington ("Post requests
 * Department guidance", "we strongly recommend", "DOD should undertake").
 */
#include "tasking/tk_internal.h"

#include <string.h>
#include <strings.h>

/* ---- what the patterns share ---- */

/* Words that name the US side in a post's cable. */
const enum tk_wid tk_us_words[] = {
	W_you, W_washington, W_department, W_dept, W_usg, W_interagency,
	W_dod, W_secdef, W_state, W_fbi, W_cia, W_nsc, W_treasury, W_pentagon,
	W_usaid, W_ustr, W_secretary, W_president, W_administration, W_we,
	W_u_s, W_NONE,
};

/* "we encourage the GOU to deploy", "we would urge the RTG to issue": the
 * post's own advice to a named party that is not on the US side; "to" must
 * come within reach words of it. */
static bool tk_foreign_object(struct tk_ctx *x, const struct tk_sentence *S,
                              size_t v, size_t reach)
{
	size_t k = v, used;
	if (tk_is(S, k, W_the))
		k++;
	if (k >= S->n || S->caps || !tk_capitalised(S, k) || tk_in(S, k, tk_us_words) ||
	    tk_agency(x, S, k, &used) || used)
		return false;
	for (size_t j = k + 1; j < S->n && j <= k + reach; j++) {
		if (tk_in(S, j, tk_us_words))
			return false;
		if (tk_is(S, j, W_to))
			return true;
	}
	return false;
}

/* Adverbs between a party and its verb: "Post should also", "we strongly
 * recommend". */
const enum tk_wid tk_modal_adverbs[] = {
	W_also, W_therefore, W_further, W_strongly, W_respectfully, W_now,
	W_again, W_urgently, W_hereby, W_thus, W_kindly, W_greatly, W_NONE,
};

/* "please" + these is not a request to act */
static const enum tk_wid tk_please_not[] = {
	W_see, W_refer, W_protect, W_pass, W_find, W_be, W_note, W_visit, W_NONE,
};

/* Verbs that open an imperative sentence of a tasking. */
static const enum tk_wid tk_imperatives[] = {
	W_approach, W_deliver, W_convey, W_demarche, W_raise, W_report,
	W_inform, W_urge, W_press, W_share, W_provide, W_seek, W_ask, W_draw,
	W_brief, W_query, W_solicit, W_notify, W_consult, W_engage, W_respond,
	W_reply, W_obtain, W_submit, W_forward, W_advise, W_confirm, W_ensure,
	W_emphasize, W_stress, W_express, W_reiterate, W_encourage, W_underscore,
	W_use, W_pursue, W_coordinate, W_invite, W_send, W_relay, W_seek, W_NONE,
};

/* Is the sentence a point of contact line ("Please contact X at 202...",
 * "Please direct any questions to ...", "For more information, please
 * contact ...")?  "Please cite C-AL9-01454 ... in response to the above
 * questions" is no such line: questions count only beside a word of
 * reaching someone. */
static bool tk_poc(const struct tk_sentence *S)
{
	static const enum tk_wid reach[] = {
		W_contact, W_call, W_direct, W_directed, W_address, W_addressed,
		W_email, W_e_mail, W_reach, W_phone, W_refer, W_referred, W_NONE,
	};
	bool questions = false, more_info = false, contact = false;
	for (size_t i = 0; i < S->n; i++) {
		if (tk_is(S, i, W_poc) || tk_is(S, i, W_background) ||
		    (tk_is(S, i, W_point) && tk_is(S, i + 1, W_of) &&
		     tk_is(S, i + 2, W_contact)))
			return true;
		questions |= tk_is(S, i, W_questions);
		more_info |= (tk_is(S, i, W_more) || tk_is(S, i, W_further) ||
		              tk_is(S, i, W_additional)) &&
		             (tk_is(S, i + 1, W_information) || tk_is(S, i + 1, W_details));
		contact |= tk_in(S, i, reach);
	}
	if ((questions || more_info) && contact)
		return true;
	for (size_t k = 0; k < S->len; k++)
		if (S->s[k] == '@')
			return true;
	return false;
}

/* Fills hit->parties from a phrase's result: the named parties, else the
 * paragraph's scope, else the cable's default. */
static void tk_resolve(struct tk_ctx *x, struct tk_para *P,
                       const struct tk_parties *named, struct tk_hit *hit)
{
	hit->parties.n = 0;
	if (named && named->n) {
		tk_add_all(&hit->parties, named);
		hit->from = "named in the sentence";
	} else if (P->scope.n) {
		tk_add_all(&hit->parties, &P->scope);
		hit->from = "the paragraph's scope (\"For Embassy X\", \"ACTION REQUEST FOR\")";
	} else {
		tk_add_all(&hit->parties, &x->deflt);
		hit->from = x->narrowed ? "the cable's action addressees (\"action request for X and Y\")"
		                        : "the cable's TO addressees";
	}
}

/* "Embassies should note that bullet #1 is for Beijing only", "Posts
 * should be aware that": information, not an action. */
static bool tk_note_only(const struct tk_sentence *S, size_t v)
{
	return tk_is(S, v, W_note) ||
	       (tk_is(S, v, W_be) && (tk_is(S, v + 1, W_aware) || tk_is(S, v + 1, W_advised)));
}

/* After a party (at word k): "should", "is requested to", "are asked to",
 * "may wish to" ... Returns the word index of the asked verb, or 0. */
static size_t tk_modal(const struct tk_sentence *S, size_t k)
{
	static const enum tk_wid asked[] = {
		W_requested, W_asked, W_instructed, W_directed, W_encouraged,
		W_invited, W_tasked, W_urged, W_authorized, W_expected,
		W_required, W_requested, W_NONE,
	};
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	if (tk_is(S, k, W_should) || tk_is(S, k, W_shall) || tk_is(S, k, W_must)) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		return v < S->n ? v : 0;
	}
	if ((tk_is(S, k, W_may) || tk_is(S, k, W_might)) &&
	    (tk_is(S, k + 1, W_wish) || tk_is(S, k + 1, W_want)) &&
	    tk_is(S, k + 2, W_to))
		return k + 3 < S->n ? k + 3 : 0;
	if ((tk_is(S, k, W_need) || tk_is(S, k, W_needs)) && tk_is(S, k + 1, W_to))
		return k + 2 < S->n ? k + 2 : 0;
	/* "Posts will want to", "Embassy will need to" */
	if (tk_is(S, k, W_will) && (tk_is(S, k + 1, W_want) || tk_is(S, k + 1, W_need) ||
	                           tk_is(S, k + 1, W_wish)) && tk_is(S, k + 2, W_to))
		return k + 3 < S->n ? k + 3 : 0;
	if (tk_is(S, k, W_is) || tk_is(S, k, W_are)) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (tk_in(S, v, asked) && tk_is(S, v + 1, W_to)) {
			v += 2;
			if (tk_is(S, v, W_please))
				v++;
			return v < S->n ? v : 0;
		}
	}
	return 0;
}

/* "requests", "asks", "would appreciate" ... after a requester at word k.
 * Returns the index after the verb (and "that"), or 0. */
static size_t tk_request_verb(const struct tk_sentence *S, size_t k, bool post,
                              bool *object_only)
{
	static const enum tk_wid wash_verbs[] = {
		W_requests, W_request, W_asks, W_ask, W_instructs, W_instruct,
		W_directs, W_direct, W_urges, W_urge, W_encourages, W_encourage,
		W_wants, W_recommends, W_recommend, W_NONE,
	};
	static const enum tk_wid post_verbs[] = {
		W_requests, W_request, W_recommends, W_recommend, W_urges, W_urge,
		W_seeks, W_seek, W_asks, W_ask, W_suggests, W_suggest, W_proposes,
		W_propose, W_NONE,
	};
	static const enum tk_wid would_verbs[] = {
		W_appreciate, W_welcome, W_like, W_urge, W_recommend, W_suggest,
		W_ask, W_request, W_encourage, W_NONE,
	};
	*object_only = false;
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	size_t v;
	if (tk_is(S, k, W_would)) {
		v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_in(S, v, would_verbs))
			return 0;
		/* "would like to begin": the writer's own plan */
		if (tk_is(S, v, W_like) && tk_is(S, v + 1, W_to))
			return 0;
		*object_only = tk_is(S, v, W_appreciate) || tk_is(S, v, W_welcome);
		v++;
	} else if (tk_in(S, k, post ? post_verbs : wash_verbs)) {
		v = k + 1;
		*object_only = true;
	} else {
		return 0;
	}
	if (tk_is(S, v, W_it) && tk_is(S, v + 1, W_if))
		v += 2;
	if (tk_is(S, v, W_that))
		v++;
	return v;
}

/* Nouns that name what a post asks Washington for. */
const enum tk_wid tk_request_nouns[] = {
	W_guidance, W_views, W_view, W_comments, W_instructions, W_approval,
	W_concurrence, W_authorization, W_authority, W_clearance, W_response,
	W_reply, W_assistance, W_support, W_input, W_information, W_advice,
	W_decision, W_funding, W_funds, W_clarification, W_confirmation, W_help,
	W_resources, W_feedback, W_thoughts, W_NONE,
};

/* Does the word after "please" read as the verb of a request (not "please
 * his audience", "please Moscow")? */
static bool tk_please_verb(const struct tk_sentence *S, size_t v)
{
	static const enum tk_wid objects[] = {
		W_his, W_her, W_their, W_its, W_a, W_an, W_the, W_our, W_your, W_them,
		W_him, W_everyone, W_both, W_all, W_voters, W_us, W_me, W_NONE,
	};
	if (v >= S->n || tk_in(S, v, tk_please_not) || tk_in(S, v, objects))
		return false;
	return S->caps || !tk_capitalised(S, v) || v == 0 ||
	       isupper((unsigned char)S->s[S->w[v - 1].s]);
}

/* Does S name a Washington party, or a request noun, after word k? */
static bool tk_names_ask(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	for (size_t i = k; i < S->n; i++) {
		size_t used = 0;
		if (tk_in(S, i, tk_request_nouns) || tk_is(S, i, W_you) ||
		    tk_is(S, i, W_usg) || tk_is(S, i, W_interagency) ||
		    tk_is(S, i, W_agencies) || tk_is(S, i, W_u_s))
			return true;
		if (tk_agency(x, S, i, &used) || used)
			return true;
	}
	return false;
}

/* Sets where hit's quote, asked action and request words start. */
static void tk_hit_at(struct tk_hit *hit, size_t quote_from, size_t verb,
                      size_t verb_end)
{
	hit->quote_from = quote_from;
	hit->verb = verb;
	hit->verb_end = verb_end;
}

/* The parties named become the paragraph's: "For Embassy Kyiv, ...". */
static void tk_set_scope(struct tk_para *P, const struct tk_parties *named)
{
	P->scope.n = 0;
	tk_add_all(&P->scope, named);
}

/* ---- from Washington to posts ---- */

/* Requesters in Washington's cables. */
static const enum tk_wid tk_wash_requesters[] = {
	W_department, W_washington, W_we, W_dept, W_state, W_analysts,
	W_policymakers, W_NONE,
};

/* Who wants something besides the requester: "analysts and senior level
 * policymakers would appreciate". */
static const enum tk_wid tk_wash_wanters[] = {
	W_analysts, W_agencies, W_policymakers, W_officials, W_NONE,
};

/* The post's own people: "reporting officers", "RSOs", "COMs", "USDel". */
static const enum tk_wid tk_staff_nouns[] = {
	W_officers, W_officer, W_coms, W_dcms, W_rsos, W_rso, W_chiefs,
	W_delegation, W_usdel, W_NONE,
};

/* Words that may qualify them: "State reporting officers", "consular
 * officers", "post security officers". */
static const enum tk_wid tk_staff_words[] = {
	W_state, W_reporting, W_consular, W_political, W_economic, W_post,
	W_embassy, W_mission, W_regional, W_security, W_public, W_affairs,
	W_each, W_all, W_the, W_NONE,
};

/* The post's own people as the asked party at word i: "Reporting officers
 * should", "State reporting officers are encouraged to", "COMs should",
 * "USDel should continue", "Each post's Counterintelligence Working Group
 * (CIWG) should meet"; not "host government officers should" (cs: where
 * the sentence's clause starts).  Returns the word index where the modal verb
 * stands, or i when there is no such phrase. */
static size_t tk_staff_phrase(const struct tk_sentence *S, size_t i, size_t cs)
{
	/* someone else's people: "host government officers should", "their
	 * officials", "Ministry officers" */
	static const enum tk_wid others[] = {
		W_host, W_government, W_local, W_police, W_military, W_ministry,
		W_their, W_his, W_her, W_its, W_NONE,
	};
	if (i > cs && (tk_in(S, i - 1, others) ||
	               (!S->caps && tk_capitalised(S, i - 1) &&
	                !tk_in(S, i - 1, tk_staff_words) && !tk_gap_has(S, i, ','))))
		return i;
	size_t k = i;
	if (tk_is(S, k, W_each) || tk_is(S, k, W_the) || tk_is(S, k, W_all))
		k++;
	bool post = tk_is(S, k, W_post) || tk_is(S, k, W_posts) ||
	            tk_is(S, k, W_embassy) || tk_is(S, k, W_mission);
	if (post && tk_possessive(S, k)) {
		for (size_t j = k + 1; j < S->n && j <= k + 7; j++) {
			if (tk_gap_has(S, j, ',') || tk_gap_has(S, j, ':') ||
			    tk_gap_has(S, j, ';'))
				return i;
			if (tk_modal(S, j))
				return j;
		}
		return i;
	}
	for (size_t j = k; j < S->n && j <= k + 2; j++) {
		if (tk_in(S, j, tk_staff_nouns)) {
			size_t e = j + 1;
			if (tk_is(S, j, W_chiefs) && tk_is(S, e, W_of) &&
			    (tk_is(S, e + 1, W_mission) || tk_is(S, e + 1, W_missions)))
				e += 2;
			if (e < S->n && tk_gap_has(S, e, '(') && !tk_modal(S, e))
				e++;    /* "(CIWG)" */
			return tk_modal(S, e) ? e : i;
		}
		if (!tk_in(S, j, tk_staff_words))
			break;
	}
	return i;
}

/* "Embassy should", "Mission is requested to" in a cable to embassies,
 * missions and consulates: only the addressees of that kind (a plural,
 * "Missions should", means every post).  Fills out
 * from base; false when the words name no kind or no addressee is one. */
static bool tk_by_kind(const struct tk_sentence *S, size_t i, size_t e,
                       const struct tk_parties *base, struct tk_parties *out)
{
	const char *prefix = NULL;
	for (size_t k = i; k < e && !prefix; k++) {
		if (tk_possessive(S, k))
			return false;   /* "each mission's POC": the people */
		if (tk_is(S, k, W_embassy))
			prefix = "AMEMBASSY ";
		else if (tk_is(S, k, W_mission))
			prefix = "USMISSION ";
		else if (tk_is(S, k, W_consulate))
			prefix = "AMCONSUL ";
	}
	if (!prefix)
		return false;
	out->n = 0;
	for (size_t k = 0; k < base->n; k++)
		if (strncmp(base->name[k], prefix, strlen(prefix)) == 0)
			tk_add(out, base->name[k]);
	return out->n > 0 && out->n < base->n;
}

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
	for (size_t k = cs; k < i; k++) {
		if (!tk_in(S, k, reporting))
			continue;
		for (size_t j = cs; j < k; j++)
			if (tk_in(S, j, ours))
				return false;
		return true;
	}
	return false;
}

/* Post parties stand at words [i, e): "Post should", "Embassy X is
 * requested to", "Embassy Madrid please see", "Embassies Stockholm and
 * Madrid are ..." */
static bool tk_wash_party_asked(struct tk_ctx *x, struct tk_para *P,
                                const struct tk_sentence *S, size_t i, size_t e,
                                const struct tk_parties *named, bool strong_only,
                                struct tk_hit *hit)
{
	size_t v = tk_modal(S, e);
	if (v && (tk_note_only(S, v) || tk_reported(S, tk_clause_start(S), i)))
		return false;
	if (v) {
		struct tk_parties kind;
		if (named->n)
			tk_set_scope(P, named);
		else if (tk_by_kind(S, i, e, P->scope.n ? &P->scope : &x->deflt, &kind))
			named = &kind;
		tk_resolve(x, P, named, hit);
		if (named == &kind)
			hit->from = "the TO addressees of the kind the word names (\"Embassy\")";
		tk_hit_at(hit, i, v, v);
		hit->rule = "party + modal (\"Post should\", \"Embassy X is requested to\")";
		return true;
	}
	if (named->n && tk_is(S, e, W_please)) {
		tk_set_scope(P, named);
		if (tk_in(S, e + 1, tk_please_not))
			return false;
		tk_resolve(x, P, named, hit);
		tk_hit_at(hit, i, e + 1, e + 1);
		hit->rule = "named post + please (\"Embassy Madrid please\")";
		return !strong_only;
	}
	return false;
}

/* Washington asks at word i: "Department requests action addressees
 * report", "Washington requests Post pursue", "We would appreciate Post's
 * views". */
static bool tk_wash_requester(struct tk_ctx *x, struct tk_para *P,
                              const struct tk_sentence *S, size_t i,
                              bool strong_only, struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t r = tk_is(S, i, W_the) ? i + 2 : i + 1;
	/* "Washington analysts would appreciate Post's insight" */
	if (tk_in(S, r, tk_wash_wanters))
		r++;
	/* "Analysts and senior level policymakers would greatly appreciate" */
	if (tk_is(S, r, W_and))
		for (size_t j = r + 1; j < S->n && j <= r + 4; j++)
			if (tk_in(S, j, tk_wash_wanters)) {
				r = j + 1;
				break;
			}
	bool object_only;
	size_t v = tk_request_verb(S, r, false, &object_only);
	if (!v)
		return false;
	size_t e = tk_post_phrase(x, S, v, &named, &generic);
	if (e > v) {
		if (tk_is(S, e, W_to))
			e++;
		tk_resolve(x, P, &named, hit);
		tk_hit_at(hit, i, e, e);
		hit->rule = "Washington asks a post (\"Department requests action addressees\")";
		return true;
	}
	if (strong_only || !(tk_is(S, r, W_requests) || tk_is(S, r, W_request) ||
	                     tk_is(S, r, W_would) || tk_is(S, r, W_asks) ||
	                     tk_is(S, r, W_ask)))
		return false;
	/* "Washington would like Malta and Iceland, whose ..., to take
	 * part": what Washington wants of other governments */
	if (tk_foreign_object(x, S, v, 24))
		return false;
	tk_resolve(x, P, NULL, hit);
	tk_hit_at(hit, i, v, v);
	hit->object_only = object_only;
	hit->rule = "Washington asks (\"Washington requests\", \"analysts would appreciate\")";
	return true;
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
		bool generic = false;
		size_t b = tk_is(S, i + 1, W_that) ? i + 2 : i + 1;
		size_t e = tk_post_phrase(x, S, b, &named, &generic);
		if (e > b) {
			tk_resolve(x, P, &named, hit);
			tk_hit_at(hit, i, e, e);
			hit->rule = "request + post (\"Request Embassy Madrid approach\")";
			return true;
		}
		return false;
	}
	/* "please approach" */
	if (tk_is(S, i, W_please)) {
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
	/* "Approach host government officials ..." */
	if (i == cs && tk_in(S, i, tk_imperatives) && tk_capitalised(S, i) &&
	    !tk_is(S, i + 1, W_to) && !tk_is(S, i + 1, W_of) &&
	    !tk_is(S, i + 1, W_is) && !tk_is(S, i + 1, W_was)) {
		tk_resolve(x, P, NULL, hit);
		tk_hit_at(hit, i, i, i);
		hit->rule = "imperative opens the sentence (\"Approach host government officials\")";
		return true;
	}
	/* "A negative report is requested" */
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) && tk_is(S, i + 1, W_requested) &&
	    i > 0 && !tk_is(S, i - 1, W_not) && !tk_is(S, i + 2, W_by)) {
		tk_resolve(x, P, NULL, hit);
		tk_hit_at(hit, cs, cs, i + 2);
		hit->object_only = true;
		hit->rule = "passive request (\"a negative report is requested\")";
		return true;
	}
	return false;
}

/* Words of need that make "it is important that posts ..." a request. */
static const enum tk_wid tk_need_words[] = {
	W_important, W_essential, W_imperative, W_critical, W_vital, W_necessary,
	W_NONE,
};

/* "It is important that posts deliver", "it is essential that Embassy
 * Valletta confirm": a post party after "<need word> that", at word i. */
static bool tk_wash_need(struct tk_ctx *x, struct tk_para *P,
                         const struct tk_sentence *S, size_t i, struct tk_hit *hit)
{
	if (!(tk_in(S, i, tk_need_words) && tk_is(S, i + 1, W_that)))
		return false;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, i + 2, &named, &generic);
	if (e == i + 2 || e >= S->n || tk_is(S, e, W_is) || tk_is(S, e, W_are) ||
	    tk_is(S, e, W_was) || tk_is(S, e, W_were) || tk_is(S, e, W_not))
		return false;
	tk_resolve(x, P, &named, hit);
	tk_hit_at(hit, i, tk_in(S, e, tk_modal_adverbs) ? e + 1 : e, e);
	hit->rule = "need + that + post (\"it is important that posts deliver\")";
	return true;
}

/* A request from Washington in S starting at word i.  Fills hit. */
static bool tk_match_wash(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S, size_t i, size_t cs,
                          bool strong_only, struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t e;

	/* "For Embassy Kyiv, please approach", "ACTION REQUEST FOR ROME,
	 * MADRID AND ATHENS:" narrow the paragraph */
	if (tk_is(S, i, W_for) && (i == cs || tk_is(S, i - 1, W_request) ||
	                           tk_is(S, i - 1, W_action))) {
		e = tk_post_phrase(x, S, i + 1, &named, &generic);
		if (e > i + 1 && named.n)
			tk_set_scope(P, &named);
		return false;
	}
	/* the post's own people: "Reporting officers should include", "Each
	 * post's working group should meet" */
	e = tk_staff_phrase(S, i, cs);
	if (e > i) {
		named.n = 0;
		return tk_wash_party_asked(x, P, S, i, e, &named, strong_only, hit);
	}
	/* a party: "Post should", "Embassy X is requested to", "Embassy
	 * Madrid please see", "Embassies Stockholm and Madrid are ..." */
	e = tk_post_phrase(x, S, i, &named, &generic);
	if (e > i)
		return tk_wash_party_asked(x, P, S, i, e, &named, strong_only, hit);
	/* "Department requests action addressees report", "Washington
	 * requests Post pursue", "We would appreciate Post's views" */
	if ((tk_in(S, i, tk_wash_requesters) && !tk_possessive(S, i)) ||
	    (tk_is(S, i, W_the) && tk_is(S, i + 1, W_department) &&
	     !tk_possessive(S, i + 1)))
		return tk_wash_requester(x, P, S, i, strong_only, hit);
	if (strong_only)
		return false;
	if (tk_wash_need(x, P, S, i, hit))
		return true;
	return tk_wash_weak(x, P, S, i, cs, hit);
}

/* ---- from a post to Washington ---- */

/* The words of the originating post's own place at word i ("San Jose
 * requests that ..."): how many, or 0. */
static size_t tk_own_name(const struct tk_ctx *x, const struct tk_sentence *S,
                          size_t i)
{
	const char *p = x->own;
	size_t k = i;
	if (!p || S->w[i].e - S->w[i].s != x->own_len1 ||
	    toupper((unsigned char)S->s[S->w[i].s]) != (unsigned char)*p)
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

/* "DOD or CENTCOM should undertake", "Washington should not allow": a
 * Washington party at word i with a modal verb.  (The test of the first
 * word's agency flag is the one tk_wash_phrase() starts with, made here at
 * every word without a call.) */
static bool tk_post_wash_should(struct tk_ctx *x, const struct tk_sentence *S,
                                size_t i, struct tk_hit *hit)
{
	size_t k = tk_is(S, i, W_the) ? i + 1 : i;
	if (k >= S->n || !S->w[k].agency)
		return false;
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, i, &named);
	if (e > i && !(i > 0 && tk_is(S, i - 1, W_that))) {
		size_t v = tk_modal(S, e);
		if (v && !tk_is(S, v, W_expect)) {
			hit->parties = named;
			hit->sets_scope = true;
			hit->from = "named in the sentence";
			tk_hit_at(hit, i, v, v);
			hit->rule = "Washington party + modal (\"DOD should undertake\")";
			return true;
		}
	}
	return false;
}

/* The writer of a post's cable as a requester at word i: "Post", "We",
 * "Mission", "the country team", "Embassy Caracas", the post's own place
 * ("San Jose").  Returns the word index after it and sets *sg for a
 * singular one; 0 when there is none. */
static size_t tk_post_requester(const struct tk_ctx *x, const struct tk_sentence *S,
                                size_t i, bool *sg)
{
	static const enum tk_wid singular[] = {
		W_post, W_embassy, W_mission, W_ambassador, W_consulate, W_chancery,
		W_team, W_prt, W_eprt, W_irpo, W_NONE,
	};
	static const enum tk_wid plural[] = { W_we, W_i, W_NONE };
	static const enum tk_wid heads[] = {
		W_post, W_embassy, W_mission, W_consulate, W_NONE,
	};
	size_t q = i;
	size_t own = tk_own_name(x, S, i);   /* "San Jose requests that" */
	if (tk_is(S, q, W_the) || tk_is(S, q, W_country))
		q++;
	if (!((own && !tk_possessive(S, i + own - 1)) ||
	      (q < S->n && (tk_in(S, q, singular) || tk_in(S, q, plural)) &&
	       !tk_possessive(S, q) && (q == i || !tk_is(S, i, W_country) ||
	                                tk_is(S, q, W_team)))))
		return 0;
	*sg = own || tk_in(S, q, singular);
	size_t r = own ? i + own : q + 1;
	/* the post's own name: "Embassy Caracas requests" */
	if (!own && tk_in(S, q, heads) && !S->caps)
		for (int k = 0; k < 3 && tk_capitalised(S, r) &&
		     !tk_gap_has(S, r, ':') && !tk_gap_has(S, r, ',') &&
		     !tk_possessive(S, r); k++)
			r++;
	return r;
}

/* The request verb after a post's requester, at word r: "would
 * appreciate", "requests", "strongly recommend", "suggest" (weak: then
 * *weak).  Sets hit->ask; returns the word index after the verb, or 0. */
static size_t tk_post_ask_verb(const struct tk_sentence *S, size_t r, bool sg,
                               bool *weak, struct tk_hit *hit)
{
	static const enum tk_wid strong_sg[] = {
		W_requests, W_recommends, W_urges, W_asks, W_NONE,
	};
	static const enum tk_wid strong_pl[] = {
		W_request, W_recommend, W_urge, W_ask, W_NONE,
	};
	static const enum tk_wid weak_sg[] = {
		W_suggests, W_proposes, W_seeks, W_encourages, W_invites, W_NONE,
	};
	static const enum tk_wid weak_pl[] = {
		W_suggest, W_propose, W_seek, W_encourage, W_invite, W_NONE,
	};
	static const enum tk_wid whom[] = {
		W_you, W_washington, W_department, W_usg, W_interagency, W_NONE,
	};
	static const enum tk_wid would_strong[] = {
		W_appreciate, W_urge, W_recommend, W_ask, W_request, W_NONE,
	};
	static const enum tk_wid would_weak[] = {
		W_welcome, W_like, W_suggest, W_encourage, W_propose, W_NONE,
	};
	while (tk_in(S, r, tk_modal_adverbs))
		r++;
	if (tk_is(S, r, W_would)) {
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
		if (tk_in(S, v, would_weak))
			*weak = true;
		else if (!tk_in(S, v, would_strong))
			return 0;
		if (tk_is(S, v, W_like) && tk_is(S, v + 1, W_to))
			return 0;
		return v + 1;
	}
	/* "we need you to make clear to them", "Post needs Washington to" */
	if ((tk_is(S, r, W_need) || tk_is(S, r, W_needs)) && tk_in(S, r + 1, whom) &&
	    tk_is(S, r + 2, W_to)) {
		hit->ask = W_request;
		return r + 1;
	}
	if (tk_in(S, r, sg ? strong_sg : strong_pl)) {
		hit->ask = S->w[r].id;
		return r + 1;
	}
	/* "post supports the envoy's efforts ..., and recommends the
	 * following points be addressed in the U.S. statement": a second verb
	 * of the same subject */
	for (size_t k = r + 1; k + 1 < S->n && k <= r + 30; k++) {
		/* "The Ambassador predicted that she ... and recommends": the
		 * second verb may belong to the inner clause */
		if (tk_gap_has(S, k, ';') || tk_gap_has(S, k, ':') || tk_is(S, k, W_that))
			break;
		if (tk_is(S, k, W_and) &&
		    (tk_is(S, k + 1, sg ? W_recommends : W_recommend) ||
		     tk_is(S, k + 1, sg ? W_requests : W_request))) {
			hit->ask = S->w[k + 1].id;
			*weak = true;       /* it must name what Washington is to do */
			return k + 2;
		}
	}
	if (tk_in(S, r, sg ? weak_sg : weak_pl)) {
		*weak = true;
		hit->ask = S->w[r].id;
		return r + 1;
	}
	return 0;
}

/* Where tk_wash_parties() took a post's request's parties from. */
static const char *tk_post_from(const struct tk_para *P, bool named)
{
	return named ? "named in the sentence"
	     : P->scope.n ? "an earlier request of the paragraph"
	                  : "the cable's TO addressees";
}

/* A post's request, the requester at word i, its verb at word r: "Post
 * would appreciate Department guidance", "we strongly recommend that
 * Washington ...", "requests that Embassies Managua and Panama ask ...". */
static bool tk_post_request(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, size_t i, size_t r,
                            bool sg, struct tk_hit *hit)
{
	bool weak = false, object_only = true;
	size_t v = tk_post_ask_verb(S, r, sg, &weak, hit);
	if (!v)
		return false;
	if (tk_is(S, v, W_for) || tk_is(S, v, W_to))
		return false;       /* "request for an update": a noun */
	if ((hit->ask == W_urge || hit->ask == W_urges || hit->ask == W_encourage ||
	     hit->ask == W_encourages) && tk_foreign_object(x, S, v, 4))
		return false;
	if (weak && !tk_names_ask(x, S, v))
		return false;
	bool clause = tk_is(S, v, W_that);
	if (clause)
		v++;
	hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
	hit->from = tk_post_from(P, hit->sets_scope);
	/* "requests that Embassies Managua and Panama ask ...": what is
	 * asked starts at the parties' own verb */
	struct tk_parties asked;
	bool generic = false;
	size_t pe = clause ? tk_post_phrase(x, S, v, &asked, &generic) : v;
	if (pe > v && pe < S->n) {
		v = tk_is(S, pe, W_to) ? pe + 1 : pe;
		object_only = false;
	}
	tk_hit_at(hit, i, v, v);
	hit->object_only = object_only;
	hit->rule = "post asks Washington (\"Post requests\", \"we would appreciate\")";
	return true;
}

/* "It would be useful for Washington to", "it would be helpful if the
 * Department could": a post's polite request at word i ("useful"). */
static bool tk_post_helpful(struct tk_ctx *x, const struct tk_sentence *S,
                            size_t i, struct tk_hit *hit)
{
	if (!(tk_is(S, i, W_useful) || tk_is(S, i, W_helpful)) ||
	    !(i >= 2 && tk_is(S, i - 1, W_be) && tk_is(S, i - 2, W_would)) ||
	    !(tk_is(S, i + 1, W_for) || tk_is(S, i + 1, W_if)))
		return false;
	struct tk_parties named;
	size_t e = tk_wash_phrase(x, S, i + 2, &named);
	if (e == i + 2 || !(tk_is(S, e, W_to) || tk_is(S, e, W_could) || tk_is(S, e, W_would)))
		return false;
	hit->parties = named;
	hit->sets_scope = true;
	hit->from = "named in the sentence";
	tk_hit_at(hit, i, e + 1, e + 1);
	hit->rule = "polite request (\"it would be useful for Washington to\")";
	return true;
}

/* The requests of a post a bullet does not make on its own, at word i:
 * "The Department's guidance ... is requested", "Please advise", "Request
 * Department guidance". */
static bool tk_post_weak(struct tk_ctx *x, struct tk_para *P,
                         const struct tk_sentence *S, size_t i, size_t cs,
                         struct tk_hit *hit)
{
	/* "The Department's guidance ... is requested" */
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) &&
	    (tk_is(S, i + 1, W_requested) || tk_is(S, i + 1, W_sought)) &&
	    i > 0 && !tk_is(S, i - 1, W_not) && !tk_is(S, i + 2, W_by)) {
		bool noun = false;
		for (size_t k = cs; k < i && !noun; k++)
			noun = tk_in(S, k, tk_request_nouns);
		if (!noun)
			return false;
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
		tk_hit_at(hit, cs, cs, i + 2);
		hit->object_only = true;
		hit->rule = "passive request of a post (\"guidance is requested\")";
		return true;
	}
	/* "Please advise", "Request Department guidance" */
	if (i == cs && ((tk_is(S, i, W_please) && tk_please_verb(S, i + 1) && !tk_poc(S)) ||
	                (tk_is(S, i, W_request) && tk_capitalised(S, i) &&
	                 tk_names_ask(x, S, i + 1)))) {
		hit->sets_scope = tk_wash_parties(x, P, S, &hit->parties);
		hit->from = tk_post_from(P, hit->sets_scope);
		tk_hit_at(hit, i, i + 1, i + 1);
		hit->object_only = tk_is(S, i, W_request);
		hit->rule = "please / request of a post (\"Please advise\")";
		return true;
	}
	return false;
}

/* A request from a post to Washington in S starting at word i. */
static bool tk_match_post(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S,
                          size_t i, size_t cs, bool strong_only,
                          struct tk_hit *hit)
{
	/* "DOD or CENTCOM should undertake", "Washington should not allow" */
	if (tk_post_wash_should(x, S, i, hit))
		return true;
	/* "Post would appreciate", "We request", "Embassy Caracas requests",
	 * "Mission requests that", "we strongly recommend that" */
	bool sg = false;
	size_t r = tk_post_requester(x, S, i, &sg);
	if (r)
		return tk_post_request(x, P, S, i, r, sg, hit);
	if (strong_only)
		return false;
	if (tk_post_helpful(x, S, i, hit))
		return true;
	return tk_post_weak(x, P, S, i, cs, hit);
}

/* Can a request start at word i?  Every pattern above starts at a word of
 * the vocabulary, a word that may begin a party_agency() phrase or, in
 * Washington's cables, a short name in capitals ("USOSCE should"); other
 * words are skipped without trying them. */
static bool tk_may_start(const struct tk_ctx *x, const struct tk_sentence *S,
                         size_t i)
{
	const struct tk_word *w = &S->w[i];
	if (w->id != W_NONE || w->agency)
		return true;
	if (!x->washington && x->own)
		return tk_own_name(x, S, i) > 0;
	return x->washington && !S->caps && w->e - w->s >= 3;
}

bool tk_match(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
              size_t cs, bool strong_only, struct tk_hit *hit)
{
	hit->parties.n = 0;
	hit->quote_from = hit->verb = hit->verb_end = 0;
	hit->object_only = hit->sets_scope = false;
	hit->ask = W_NONE;
	hit->rule = hit->from = NULL;
	bool got = false;
	for (size_t i = 0; i < S->n && !got; i++)
		if (tk_may_start(x, S, i))
			got = x->washington ? tk_match_wash(x, P, S, i, cs, strong_only, hit)
			                    : tk_match_post(x, P, S, i, cs, strong_only, hit);
	return got;
}

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
#include "tasking/tk_match_internal.h"

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

/* In a text all in capitals, where a capital tells nothing: does word k
 * name a foreign government as its abbreviation does ("GOU", "GOI",
 * "RTG", "HMG") or by its words ("THE MINISTRY", "THE GOVERNMENT")? */
static bool tk_foreign_caps(const struct tk_sentence *S, size_t k)
{
	static const char *const governments[] = {
		"rtg", "hmg", "prc", "rok", "dprk", "frg", "rgob", "sarg", "tfg", "krg",
		"ministry", "government", "authorities", "mfa", "mod", "regime", NULL,
	};
	const char *w = S->s + S->w[k].s;
	size_t n = S->w[k].e - S->w[k].s;
	return (n >= 3 && n <= 4 && w[0] == 'G' && w[1] == 'O') || tk_word_among(S, k, governments);
}

/* "we encourage the GOU to deploy", "we would urge the RTG to issue": the
 * post's own advice to a named party that is not on the US side; "to" must
 * come within reach words of it. */
bool tk_foreign_object(struct tk_ctx *x, const struct tk_sentence *S,
		       size_t v, size_t reach)
{
	size_t k = v, used;
	if (tk_is(S, k, W_the))
		k++;
	/* "the government", "the ministry" in small letters: the host's */
	if (k >= S->n || (S->caps ? !tk_foreign_caps(S, k)
	                          : (!tk_capitalised(S, k) && !tk_foreign_caps(S, k))) ||
	    tk_in(S, k, tk_us_words) || tk_agency(x, S, k, &used) || used)
		return false;
	for (size_t j = k + 1; j < S->n && j <= k + reach; j++) {
		if (tk_in(S, j, tk_us_words))
			return false;
		if (tk_is(S, j, W_to))
			return true;
	}
	return false;
}

/* Words of need that make "it is important that posts ..." a request. */
const bool tk_need_words[W_COUNT] = {
	[W_important] = true, [W_essential] = true, [W_imperative] = true,
	[W_critical] = true, [W_vital] = true, [W_necessary] = true,
};

/* "by March 12" at word k (a due date), not "by the minister" (an
 * agent): "Responses are requested by March 12". */
bool tk_by_date(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	if (!tk_is(S, k, W_by))
		return false;
	struct deadline dl;
	size_t b = S->w[k].s;
	return deadline_find(S->s + b, S->len - b, &x->c->dtg, &dl) && dl.start == 0 &&
	       dl.dated;
}

/* Adverbs between a party and its verb: "Post should also", "we strongly
 * recommend". */
const enum tk_wid tk_modal_adverbs[] = {
	W_also, W_therefore, W_further, W_strongly, W_respectfully, W_now,
	W_again, W_urgently, W_hereby, W_thus, W_kindly, W_greatly, W_likewise,
	W_nevertheless, W_nonetheless, W_still, W_NONE,
};

/* What a hoped-for party will do: "hopes Washington will schedule", "We
 * hope posts can raise". */
const enum tk_wid tk_will_words[] = { W_will, W_can, W_could, W_would, W_NONE };

/* "please" + these is not a request to act */
const enum tk_wid tk_please_not[] = {
	W_see, W_refer, W_protect, W_pass, W_find, W_be, W_note, W_visit, W_NONE,
};

/* Is the sentence a point of contact line ("Please contact X at 202...",
 * "Please direct any questions to ...", "For more information, please
 * contact ...")?  "Please cite C-AL9-01454 ... in response to the above
 * questions" is no such line: questions count only beside a word of
 * reaching someone. */
static const enum tk_wid tk_reach[] = {
	W_contact, W_call, W_direct, W_directed, W_address, W_addressed,
	W_email, W_e_mail, W_reach, W_phone, W_refer, W_referred, W_NONE,
};

bool tk_poc(const struct tk_sentence *S)
{
	const enum tk_wid *reach = tk_reach;
	bool questions = false, more_info = false, contact = false;
	bool with_questions = false, consult = false;
	/* "please designate a point of contact": that is the ask */
	static const char *const name_one[] = {
		"designate", "name", "identify", "nominate", "appoint", "assign", NULL,
	};
	for (size_t i = 0; i < S->n; i++) {
		/* "identify post's avian influenza point of contact" */
		bool named = false;
		for (size_t k = i; k > 0 && k + 4 > i && !named; k--)
			named = tk_word_among(S, k - 1, name_one);
		if ((tk_is(S, i, W_poc) || (tk_is(S, i, W_point) && tk_is(S, i + 1, W_of) &&
		                            tk_is(S, i + 2, W_contact))) && !named)
			return true;
		if (tk_is(S, i, W_background))
			return true;
		/* not "address the following questions in their responses" */
		questions |= tk_is(S, i, W_questions) && !tk_word_eq(S, i - 1, "following");
		more_info |= (tk_is(S, i, W_more) || tk_is(S, i, W_further) ||
		              tk_is(S, i, W_additional)) &&
		             (tk_is(S, i + 1, W_information) || tk_is(S, i + 1, W_details));
		contact |= tk_in(S, i, reach);
		/* "Posts with questions should consult their RSO" */
		with_questions |= tk_is(S, i, W_questions) && i > 0 &&
		                  (tk_word_eq(S, i - 1, "with") ||
		                   (tk_word_eq(S, i - 1, "any") && tk_word_eq(S, i - 2, "with")));
		consult |= tk_is(S, i, W_consult);
	}
	if (((questions || more_info) && contact) || (with_questions && consult))
		return true;
	/* an e-mail address: where to write, unless what is asked is to send
	 * something there ("Please send the completed spreadsheet to
	 * budget@state.gov") */
	static const char *const deliver[] = {
		"send", "submit", "forward", "transmit", "return", "provide", NULL,
	};
	bool sends = false;
	for (size_t i = 0; i < S->n && !sends; i++)
		sends = tk_word_among(S, i, deliver);
	for (size_t k = 0; k < S->len; k++)
		if (S->s[k] == '@')
			return questions || more_info || !sends;
	return false;
}

/* "Posts should contact John Doe with any questions", "Request that
 * posts direct questions to ISN/MTR", "Posts with questions should
 * consult their RSO": the asked verb, at word v, reaches someone, in a
 * point of contact line (tk_poc()). */
bool tk_poc_ask(const struct tk_sentence *S, size_t v)
{
	return (tk_in(S, v, tk_reach) || tk_is(S, v, W_consult)) && tk_poc(S);
}

/* Fills hit->parties from a phrase's result: the named parties, else the
 * paragraph's scope, else the cable's default. */
void tk_resolve(struct tk_ctx *x, struct tk_para *P,
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

/* "find out" at word v: an ask, not "find the priorities helpful" nor
 * "please find attached". */
static bool tk_find_out(const struct tk_sentence *S, size_t v)
{
	return tk_is(S, v, W_find) && tk_word_eq(S, v + 1, "out");
}

/* Does the sentence open, before word v, with the delivery it speaks of
 * ("In delivering the demarche,", "When raising these points,")? */
static bool tk_while_delivering(const struct tk_sentence *S, size_t v)
{
	static const char *const when[] = { "in", "when", "while", NULL };
	static const char *const saying[] = {
		"delivering", "making", "presenting", "conveying", "raising",
		"passing", "discussing", NULL,
	};
	return v > 2 && tk_word_among(S, 0, when) && tk_word_among(S, 1, saying);
}

/* "Embassies should note that bullet #1 is for Beijing only", "Posts
 * should be aware that", "Reykjavik must hear that we take its request
 * seriously": information, not an action. */
bool tk_note_only(const struct tk_sentence *S, size_t v)
{
	static const char *const refs[] = { "reftel", "ref", "septel", NULL };
	static const char *const told[] = { "hear", "know", "understand", "realize", NULL };
	if (tk_word_among(S, v, told) && tk_is(S, v + 1, W_that))
		return true;
	/* "Posts should see paragraph 3" or "the Key Concerns section", "are
	 * requested to refer to reftel": a pointer (tk_pointers.c reads it),
	 * as "please see" is; not "should refer him to the statement" */
	if (tk_is(S, v, W_refer)) {
		size_t k = tk_is(S, v + 1, W_to) ? v + 2 : 0;
		if (k && tk_is(S, k, W_the))
			k++;
		return k && (tk_para_word(S, k) || tk_word_among(S, k, refs));
	}
	/* "you should note continued USG concern": said to someone */
	static const char *const said[] = {
		"concern", "concerns", "appreciation", "gratitude", "support",
		"opposition", "objection", "objections", "regret", NULL,
	};
	if (tk_is(S, v, W_note))
		for (size_t k = v + 1; k < S->n && k <= v + 3; k++)
			if (tk_word_among(S, k, said))
				return false;
	/* "In delivering the demarche, posts should note that": said too */
	if (tk_is(S, v, W_note) && tk_while_delivering(S, v))
		return false;
	/* "The Embassy should also find the priorities helpful" */
	return tk_is(S, v, W_note) || tk_is(S, v, W_see) ||
	       (tk_is(S, v, W_find) && !tk_find_out(S, v)) ||
	       (tk_is(S, v, W_be) && (tk_is(S, v + 1, W_aware) || tk_is(S, v + 1, W_advised)));
}

/* Does the sentence end in a colon (bullets or items follow)? */
bool tk_ends_in_colon(const struct tk_sentence *S)
{
	size_t e = S->len;
	while (e > 0 && (S->s[e - 1] == ' ' || S->s[e - 1] == '\n' || S->s[e - 1] == '\t'))
		e--;
	return e > 0 && S->s[e - 1] == ':';
}

/* Words that open a noun phrase, not a verb, after "should". */
static const char *const tk_not_verbs[] = {
	"the", "a", "an", "this", "that", "these", "those", "it", "they", "there",
	"he", "she", "we", "you", "any", NULL,
};

/* "The LEGATT should be notified", "the RSO must be kept informed",
 * "Embassies Oslo and Singapore should be copied": the people are told,
 * not asked (the verb at v). */
bool tk_acted_on(const struct tk_sentence *S, size_t v)
{
	static const char *const told[] = {
		"notified", "informed", "advised", "consulted", "told", "briefed",
		"included", "copied", "contacted", "alerted", "kept", "given", NULL,
	};
	return tk_is(S, v, W_be) && tk_word_among(S, v + 1, told);
}

/* "is, however, requested to", "are, in addition, asked to": past an
 * aside of a few words between commas at word v to one of the words of
 * list; else v. */
static size_t tk_past_aside(const struct tk_sentence *S, size_t v, const enum tk_wid *list)
{
	if (!tk_gap_has(S, v, ','))
		return v;
	for (size_t j = v + 1; j < S->n && j <= v + 4; j++)
		if (tk_gap_has(S, j, ','))
			return tk_in(S, j, list) ? j : v;
	return v;
}

/* "should in our view explore": the word after "in our view" at v, or v. */
static size_t tk_past_view(const struct tk_sentence *S, size_t v)
{
	static const char *const view[] = { "view", "judgment", "opinion", "estimation", NULL };
	return tk_is(S, v, W_in) && (tk_word_eq(S, v + 1, "our") || tk_word_eq(S, v + 1, "my")) &&
	       tk_word_among(S, v + 2, view) ? v + 3 : v;
}

/* "Posts need to report", "Embassies Paris and London need only inform
 * host governments" (asked to do that much) at word k: the verb's index,
 * or 0. */
static size_t tk_need_verb(const struct tk_sentence *S, size_t k)
{
	if (!(tk_is(S, k, W_need) || tk_is(S, k, W_needs)) || k + 2 >= S->n)
		return 0;
	if (tk_is(S, k + 1, W_to))
		return k + 2;
	return tk_is(S, k, W_need) && tk_word_eq(S, k + 1, "only") &&
	       !tk_word_among(S, k + 2, tk_not_verbs) ? k + 2 : 0;
}

bool tk_bare_verb(const struct tk_sentence *S, size_t k, bool caps_ok)
{
	static const char *const not_bare[] = {
		"is", "are", "was", "were", "has", "have", "had", "will", "would",
		"can", "could", "may", "might", "should", "must", "does", "did", "not",
		"the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "on", "at",
		"by", "from", "that", "this", "its", "their", "his", "her", "as", NULL,
	};
	if (k >= S->n || (S->caps && !caps_ok))
		return false;
	const char *w = S->s + S->w[k].s;
	size_t n = S->w[k].e - S->w[k].s;
	return n > 2 && (S->caps || ascii_is_lower(w[0])) && (w[n - 1] | 0x20) != 's' &&
	       strncasecmp(w + n - 2, "ed", 2) != 0 && !tk_word_among(S, k, not_bare);
}

/* After a party (at word k): "should", "is requested to", "are asked to",
 * "may wish to" ... Returns the word index of the asked verb, or 0. */
size_t tk_modal(const struct tk_sentence *S, size_t k)
{
	static const enum tk_wid asked[] = {
		W_requested, W_asked, W_instructed, W_directed, W_encouraged,
		W_invited, W_tasked, W_urged, W_authorized, W_expected,
		W_required, W_requested, W_reminded, W_NONE,
	};
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	if (tk_is(S, k, W_should) || tk_is(S, k, W_shall) || tk_is(S, k, W_must)) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		v = tk_past_view(S, v);
		/* "should the UAE be chosen": a condition, no verb follows;
		 * "should be copied": told, not asked */
		if (tk_word_among(S, v, tk_not_verbs) || tk_acted_on(S, v))
			return 0;
		/* "Embassies should:", "Posts should also:" and the asks follow
		 * as items */
		if (v == S->n && tk_ends_in_colon(S))
			return v;
		return v < S->n ? v : 0;
	}
	if (tk_is(S, k, W_may) || tk_is(S, k, W_might)) {
		size_t w = k + 1;
		while (tk_in(S, w, tk_modal_adverbs))
			w++;        /* "Posts may also wish to" */
		if ((tk_is(S, w, W_wish) || tk_is(S, w, W_want)) && tk_is(S, w + 1, W_to))
			return w + 2 < S->n ? w + 2 : 0;
	}
	size_t nv = tk_need_verb(S, k);
	if (nv)
		return nv;
	/* "Posts will want to", "Embassy will need to" */
	if (tk_is(S, k, W_will) && (tk_is(S, k + 1, W_want) || tk_is(S, k + 1, W_need) ||
	                           tk_is(S, k + 1, W_wish)) && tk_is(S, k + 2, W_to))
		return k + 3 < S->n ? k + 3 : 0;
	if (tk_is(S, k, W_is) || tk_is(S, k, W_are)) {
		size_t v = tk_past_aside(S, k + 1, asked);
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		/* "Embassy Berlin is to deliver the points", "Posts are to
		 * report": an instruction (not "is to be", a plan) */
		if (tk_is(S, v, W_to) && v + 1 < S->n && !tk_is(S, v + 1, W_be) &&
		    !tk_word_among(S, v + 1, tk_not_verbs) && (S->caps || !tk_capitalised(S, v + 1)))
			return v + 1;
		/* "Posts are tasked with gathering", "Chiefs of Mission are
		 * responsible for ensuring" */
		if ((tk_is(S, v, W_tasked) && tk_is(S, v + 1, W_with) && tk_ing(S, v + 2)) ||
		    (tk_is(S, v, W_responsible) && tk_is(S, v + 1, W_for) &&
		     tk_word_eq(S, v + 2, "ensuring")))
			return v + 2;
		/* "is requested, as appropriate, to brief", "are requested,
		 * if they have not already done so, to designate", "are asked,
		 * drawing on contacts made in the normal course of their work
		 * and without undertaking special efforts, to share" */
		size_t t = v + 1;
		/* "are instructed also to deliver" */
		while (tk_in(S, v, asked) && tk_in(S, t, tk_modal_adverbs) && !tk_gap_has(S, t, ','))
			t++;
		if (tk_in(S, v, asked) && tk_gap_has(S, t, ','))
			for (size_t j = t + 1; j < S->n && j <= t + 24; j++)
				if (tk_gap_has(S, j, ',')) {
					if (tk_is(S, j, W_to))
						t = j;
					break;
				}
		if (tk_in(S, v, asked) && tk_is(S, t, W_to)) {
			v = t + 1;
			if (tk_is(S, v, W_please))
				v++;
			/* "Embassies are requested to:" and bullets follow */
			if (v == S->n && tk_ends_in_colon(S))
				return v;
			return v < S->n ? v : 0;
		}
	}
	return 0;
}

/* "requests", "asks", "would appreciate" ... after a requester at word k.
 * Returns the index after the verb (and "that"), or 0. */
size_t tk_request_verb(const struct tk_sentence *S, size_t k, bool post,
		       bool *object_only)
{
	static const enum tk_wid wash_verbs[] = {
		W_requests, W_request, W_asks, W_ask, W_instructs, W_instruct,
		W_directs, W_direct, W_urges, W_urge, W_encourages, W_encourage,
		W_wants, W_want, W_needs, W_need, W_wishes, W_wish,
		W_recommends, W_recommend, W_seeks, W_seek, W_invites, W_invite,
		W_requires, W_require, W_expects, W_expect, W_hopes, W_hope,
		W_suggests, W_suggest, W_proposes, W_propose, W_NONE,
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
		/* "Washington would be grateful for Embassy Athens' assessment" */
		if (tk_is(S, v, W_be) && tk_is(S, v + 1, W_grateful) &&
		    (tk_is(S, v + 2, W_for) || tk_is(S, v + 2, W_if))) {
			*object_only = true;
			return v + 3;
		}
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
	} else if (!post && (tk_is(S, k, W_has) || tk_is(S, k, W_have) ||
	                     tk_is(S, k, W_is) || tk_is(S, k, W_are))) {
		/* "The Department has asked that posts deliver", "We are
		 * asking posts to raise": Washington's request still standing
		 * (its caller wants the posts asked after it, so "has asked
		 * the GOI to" asks no post) */
		static const enum tk_wid done[] = {
			W_asked, W_requested, W_instructed, W_directed, W_urged,
			W_encouraged, W_NONE,
		};
		static const enum tk_wid doing[] = {
			W_asking, W_requesting, W_instructing, W_directing, W_NONE,
		};
		bool has = tk_is(S, k, W_has) || tk_is(S, k, W_have);
		v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_in(S, v, has ? done : doing))
			return 0;
		v++;
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
	W_resources, W_feedback, W_thoughts, W_permission, W_answer, W_answers,
	W_assessment, W_assessments, W_NONE,
};

/* Is a "please pass" with its words from k on a delivery, not a routing
 * line ("Please pass to USDA", "please pass this message to")?  "to Kenyan
 * officials", "to host government officials", "to the Foreign Ministry",
 * "to Foreign Minister Moratinos" after an optional object of up to six
 * words (the host government), or an object of its own before "to"
 * ("clearance numbers to the J3"). */
static bool tk_to_host(const struct tk_sentence *S, size_t k)
{
	static const char *const host[] = {
		"officials", "authorities", "government", "ministry", "counterparts",
		"interlocutors", "mfa", "minister", "counterpart", "president", NULL,
	};
	/* "please pass clearance numbers to the EUCOM J3": something the post
	 * gets, passed on (not "please pass this message to") */
	static const char *const message[] = {
		"this", "the", "message", "cable", "telegram", "following", "text", NULL,
	};
	if (k < S->n && !tk_is(S, k, W_to) && !tk_word_among(S, k, message) &&
	    (S->caps || !tk_capitalised(S, k)))
		for (size_t j = k + 1; j < S->n && j <= k + 6; j++)
			if (tk_is(S, j, W_to))
				return true;
	for (size_t j = k; j < S->n && j <= k + 6; j++) {
		if (!tk_is(S, j, W_to))
			continue;
		for (size_t h = j + 1; h < S->n && h <= j + 4; h++)
			if (tk_word_among(S, h, host))
				return true;
		return false;
	}
	return false;
}

/* Does the word after "please" read as the verb of a request (not "please
 * his audience", "please Moscow")? */
bool tk_please_verb(const struct tk_sentence *S, size_t v)
{
	static const enum tk_wid objects[] = {
		W_his, W_her, W_their, W_its, W_a, W_an, W_the, W_our, W_your, W_them,
		W_him, W_everyone, W_both, W_all, W_voters, W_us, W_me, W_NONE,
	};
	if (v >= S->n || tk_in(S, v, objects))
		return false;
	/* "please pass to Kenyan officials the non-paper": a delivery to the
	 * host government, not a routing line ("Please pass to USDA") */
	if (tk_is(S, v, W_pass))
		return tk_to_host(S, v + 1);
	/* "Please be sure to stress", "Please be prepared to respond" (not
	 * "Please be advised that") */
	static const char *const ready[] = { "sure", "prepared", "ready", "certain", NULL };
	if (tk_is(S, v, W_be) && tk_word_among(S, v + 1, ready) &&
	    (tk_is(S, v + 2, W_to) || tk_is(S, v + 2, W_that)))
		return true;
	/* "Please protect accordingly", "Please handle accordingly": the
	 * caveat's boilerplate */
	if ((tk_in(S, v, tk_please_not) && !tk_find_out(S, v)) ||
	    (tk_word_eq(S, v, "handle") && tk_word_eq(S, v + 1, "accordingly")))
		return false;
	return S->caps || !tk_capitalised(S, v) || v == 0 ||
	       ascii_is_upper((unsigned char)S->s[S->w[v - 1].s]);
}

/* Sets where hit's quote, asked action and request words start. */
void tk_hit_at(struct tk_hit *hit, size_t quote_from, size_t verb,
	       size_t verb_end)
{
	hit->quote_from = quote_from;
	hit->verb = verb;
	hit->verb_end = verb_end;
	hit->agent = hit->agent_end = 0;
	hit->named = hit->named_end = 0;
}

/* The parties named become the paragraph's: "For Embassy Kyiv, ...". */
void tk_set_scope(struct tk_para *P, const struct tk_parties *named)
{
	P->scope.n = 0;
	tk_add_all(&P->scope, named);
}

/* Words no pattern starts at, other than at the sentence's or clause's
 * start (each pattern's first test, read in tk_match_wash.c,
 * tk_match_post.c, tk_match_around.c and tk_parties.c, asks for another
 * word): "of", "to", "and" ... are about a third of a post's prose. */
static const bool tk_never_starts[W_COUNT] = {
	[W_of] = true, [W_to] = true, [W_and] = true, [W_or] = true, [W_a] = true,
	[W_an] = true, [W_on] = true, [W_at] = true, [W_with] = true, [W_by] = true,
	[W_from] = true, [W_as] = true, [W_that] = true, [W_which] = true,
	[W_who] = true, [W_has] = true, [W_have] = true, [W_was] = true,
	[W_were] = true, [W_be] = true, [W_it] = true, [W_its] = true,
	[W_their] = true, [W_his] = true, [W_her] = true, [W_not] = true,
	[W_this] = true, [W_these] = true, [W_those] = true, [W_if] = true,
	[W_into] = true, [W_about] = true, [W_in] = true, [W_said] = true,
	[W_told] = true, [W_also] = true,
};

/* Inline: it is asked at every word of every sentence cut into words,
 * and mostly says no at once (the call cost as much as the test). */
static inline bool tk_may_start(const struct tk_ctx *x, const struct tk_sentence *S,
                                size_t i, size_t cs)
{
	const struct tk_word *w = &S->w[i];
	if (w->id != W_NONE && !w->agency && i != 0 && i != cs && tk_never_starts[w->id])
		return false;
	if (w->id != W_NONE || w->agency)
		return true;
	/* a post's cable: its own name ("Bogota requests"), or a post named
	 * at the start ("QUITO AND LIMA ONLY:", "Nuevo Laredo, please") */
	if (!x->washington && x->own)
		return i == 0 || tk_own_name(x, S, i) > 0;
	/* (a heading may open with a short name: "EU member states:") */
	return x->washington && (w->e - w->s >= 3 || i == 0 || i == cs);
}

bool tk_match(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
              size_t cs, bool strong_only, struct tk_hit *hit)
{
	return tk_match_from(x, P, S, 0, cs, strong_only, hit);
}

bool tk_match_from(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                   size_t from, size_t cs, bool strong_only, struct tk_hit *hit)
{
	hit->parties.n = 0;
	hit->quote_from = hit->verb = hit->verb_end = 0;
	hit->named = hit->named_end = 0;
	hit->object_only = hit->sets_scope = false;
	hit->ask = W_NONE;
	hit->rule = hit->from = NULL;
	bool got = false;
	/* Washington's sentence that holds no word a request needs: of the
	 * tests at its words only the heading's can do anything, narrow P's
	 * scope ("Embassy Madrid.", "For Rome: ..."); tk_match_wash() reads
	 * one at word 0, at a "for" where the clause starts and at a heading's
	 * "NOTE FOR" */
	if (x->washington && from == 0 && S->n > 0 && !tk_wash_may_ask(S, cs)) {
		if (tk_may_start(x, S, 0, cs))
			tk_scope_heading(x, P, S, 0, cs);
		if (cs > 0 && tk_is(S, cs, W_for))
			tk_scope_heading(x, P, S, cs, cs);
		/* "ADDITIONAL NOTE FOR LONDON AND PARIS:" */
		for (size_t k = 1; k <= 3 && k < S->n; k++)
			if (k != cs && tk_asks_for(S, k) && tk_may_start(x, S, k, cs))
				tk_scope_heading(x, P, S, k, cs);
		return !strong_only && tk_wash_question(x, P, S, cs, hit);
	}
	if (!x->washington && from == 0)
		tk_post_heading(x, P, S, cs);
	if (from == 0 && !strong_only && tk_match_if(x, P, S, cs, hit))
		return true;
	for (size_t i = from; i < S->n && !got; i++)
		if (tk_may_start(x, S, i, cs))
			got = x->washington ? tk_match_wash(x, P, S, i, cs, strong_only, hit)
			                    : tk_match_post(x, P, S, i, cs, strong_only, hit) ||
			                      tk_match_posts_asked(x, P, S, i, cs, hit);
	return got || (x->washington && from == 0 && !strong_only &&
	               tk_wash_question(x, P, S, cs, hit));
}


/* tk_wash_parties.c - the Washington parties a post's cable names.
 *
 * In: a sentence of a post's cable cut into words, its TO and INFO lines
 * and data/agencies.tsv (through party.c).  Out: the agencies at a word
 * ("the Department", "DOD or CENTCOM", "NEA A/S Feltman", "DOD and State
 * officials"), and the parties a post's request asks: those it names,
 * "relevant USG agencies" (every Washington addressee), "senior USG
 * officials" (the Department), "the Secretary" (the one the cable is
 * written to), a post beside Washington ("Washington and Embassy
 * Brasilia").
 */
#include "tasking/tk_match_internal.h"

#include <string.h>

#include "tasking/party.h"

/* A Department bureau by its symbol before a title or beside another
 * agency, in a post's cable: "NEA A/S Feltman", "EUR DAS", "INL Assistant
 * Secretary", "PRM and USAID/DCHA" -> the Department. */
static const char *tk_bureau_head(struct tk_ctx *x, const struct tk_sentence *S,
                                  size_t i, size_t *used)
{
	static const char *const titles[] = {
		"a/s", "das", "pdas", "assistant", "deputy", "acting", "bureau",
		"coordinator", NULL,
	};
	const char *w = S->s + S->w[i].s;
	size_t n = S->w[i].e - S->w[i].s;
	/* "EUR and DOD", "PRM and USAID/DCHA": beside another agency */
	bool listed = (tk_is(S, i + 1, W_and) || tk_is(S, i + 1, W_or)) && i + 2 < S->n &&
	              (S->w[i + 2].agency || tk_office(S, i + 2));
	static const char *const symbols[] = { "a/s", "das", "pdas", NULL };
	if (n < 2 || n > 4 || !ascii_is_upper(w[0]) || !ascii_is_upper(w[1]) ||
	    !(tk_word_among(S, i + 1, titles) || (listed && n >= 3)))
		return NULL;
	/* in capitals "PM DEPUTY" may be the Prime Minister's: a bureau of two
	 * letters only before a title's symbol ("PM A/S") */
	if (S->caps && n == 2 && !tk_word_among(S, i + 1, symbols))
		return NULL;
	for (size_t k = 2; k < n; k++)
		if (!ascii_is_upper(w[k]))
			return NULL;
	const char *name = party_office(x->c, w, n, n);
	*used = name ? n : 0;
	return name;
}

/* party_agency() at word i, skipping the words that begin no agency.  A
 * capitalised word before it other than "the", "U.S." ("the Kenyan
 * Attorney General") makes words that may name a foreign body name none. */
const char *tk_agency(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, size_t *used)
{
	*used = 0;
	if (!S->w[i].agency)
		return x->washington ? NULL : tk_bureau_head(x, S, i, used);
	bool qualified = i > 0 && !S->caps && tk_capitalised(S, i - 1) &&
	                 !tk_is(S, i - 1, W_the) && !tk_is(S, i - 1, W_u_s) &&
	                 !tk_is(S, i - 1, W_us) && !tk_is(S, i - 1, W_usg) &&
	                 !tk_gap_has(S, i, ',') && !tk_gap_has(S, i, '(');
	/* "Treasury's views", "if Commerce could" in a post's cable; not
	 * "the Treasury" */
	/* in a list of agencies: "the State Department, (the) Attorney
	 * General, and USUN", "USTR and the Department of Labor" */
	size_t j = i > 0 && tk_is(S, i - 1, W_the) ? i - 1 : i;
	bool listed = (j > 0 && tk_gap_has(S, j, ',') && S->w[j - 1].agency) ||
	              (j > 1 && (tk_is(S, j - 1, W_and) || tk_is(S, j - 1, W_or)) &&
	               S->w[j - 2].agency);
	bool bare = !x->washington && !qualified &&
	            (i == 0 || listed ||
	             !(tk_is(S, i - 1, W_the) || tk_is(S, i - 1, W_of) || tk_capitalised(S, i - 1)));
	const char *name = party_agency(x->c, S->s + S->w[i].s, S->len - S->w[i].s,
	                                qualified ? AGENCY_QUALIFIED
	                                : bare ? AGENCY_BARE : AGENCY_PLAIN, used);
	/* "China Eximbank", "KOREA EXIM": a country's own bank (looked up
	 * only once the words name an agency) */
	if (name && i > 0 && i < S->n && S->w[i - 1].e + 1 == S->w[i].s &&
	    tk_capitalised(S, i - 1) &&
	    party_known_place(S->s + S->w[i - 1].s, S->w[i - 1].e - S->w[i - 1].s, false) ==
	        S->w[i - 1].e - S->w[i - 1].s) {
		*used = 0;
		return NULL;
	}
	if (!*used && !x->washington && tk_office(S, i)) {
		/* "INL/LP", "DOJ/OIA" in a post's cable: the office's agency */
		const char *w = S->s + S->w[i].s;
		size_t n = S->w[i].e - S->w[i].s;
		name = party_office(x->c, w, n, strcspn(w, "/"));
		*used = name ? n : 0;
	}
	return name;
}

/* "State" at word k, the Department beside another agency: after one
 * ("DOD and State officials") or before "and" and one ("State and DOD"). */
static bool tk_state_beside(struct tk_ctx *x, const struct tk_sentence *S,
                            size_t k, bool after)
{
	size_t used = 0;
	if (!tk_is(S, k, W_state) || !(S->caps || tk_capitalised(S, k)) || tk_possessive(S, k))
		return false;
	if (after)
		return true;
	return (tk_is(S, k + 1, W_and) || tk_is(S, k + 1, W_or)) && k + 2 < S->n &&
	       tk_agency(x, S, k + 2, &used) && used;
}

/* Does an agency start at word k, after a comma in a list of them ("the
 * State Department, Attorney General Holder, and USUN")? */
static bool tk_agency_next(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	size_t used = 0;
	if (tk_is(S, k, W_the))
		k++;
	return k < S->n && tk_agency(x, S, k, &used) && used;
}

/* A Washington party at word i in a post's cable: "Washington", "the
 * Department", "DOD or CENTCOM".  Returns the index after it, or i. */
size_t tk_wash_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, struct tk_parties *named)
{
	size_t k = i, end = i;
	named->n = 0;
	for (;;) {
		if (tk_is(S, k, W_the))
			k++;
		/* "HQ USSOUTHCOM", "Headquarters EUCOM": the command */
		if (tk_word_eq(S, k, "hq") || tk_word_eq(S, k, "headquarters"))
			k++;
		if (k >= S->n)
			break;
		size_t used = 0;
		const char *name = tk_agency(x, S, k, &used);
		if (!used && tk_state_beside(x, S, k, named->n > 0)) {
			/* "DOD and State officials", "State and DOD" */
			name = party_agency(x->c, "DEPARTMENT", 10, AGENCY_PLAIN, &used);
			used = S->w[k].e - S->w[k].s;
		}
		if (!used || !name)
			break;
		tk_add(named, name);
		k = end = tk_word_at(S, S->w[k].s + used);
		/* "Attorney General Holder, and", "Attorney General Holder
		 * should", "for Attorney General Holder (also) to": the office
		 * holder's name */
		size_t t = tk_in(S, k + 1, tk_modal_adverbs) ? k + 2 : k + 1;
		if (!S->caps && k + 1 < S->n && tk_capitalised(S, k) && S->w[k].id == W_NONE &&
		    !S->w[k].agency && (tk_gap_has(S, k + 1, ',') || tk_is(S, k + 1, W_and) ||
		                        tk_modal(S, k + 1) || tk_is(S, t, W_to)))
			k = end = k + 1;
		if (tk_is(S, k, W_or) || tk_is(S, k, W_and))
			k++;
		else if (!(k < S->n && tk_gap_has(S, k, ',') && tk_agency_next(x, S, k)))
			break;
	}
	return named->n ? end : i;
}

/* "other agencies", "relevant USG agencies", "interested agencies" in a
 * post's cable: every Washington addressee on its TO and INFO lines, into
 * out; false when S says no such thing. */
static bool tk_all_agencies(struct tk_ctx *x, const struct tk_sentence *S,
                            struct tk_parties *out)
{
	bool all = false;
	for (size_t i = 1; i < S->n && !all; i++)
		all = tk_is(S, i, W_agencies) &&
		      (tk_is(S, i - 1, W_other) || tk_is(S, i - 1, W_relevant) ||
		       tk_is(S, i - 1, W_usg) || tk_is(S, i - 1, W_interested) ||
		       tk_is(S, i - 1, W_washington) || tk_is(S, i - 1, W_all) ||
		       tk_is(S, i - 1, W_concerned));
	if (!all)
		return false;
	const struct cable *c = x->c;
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && tk_in_washington(c->to[i].name))
			tk_add(out, c->to[i].name);
	for (size_t i = 0; i < c->ninfo; i++)
		if (c->info[i].name && !c->info[i].excluded &&
		    tk_in_washington(c->info[i].name))
			tk_add(out, c->info[i].name);
	return out->n > 0;
}

/* Does a Washington party start at word k ("the Department")? */
static bool tk_agency_after(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	size_t used = 0;
	if (tk_is(S, k, W_the))
		k++;
	return k < S->n && tk_agency(x, S, k, &used) && used;
}

/* In a consulate's cable, "Embassy" is the one embassy on its TO lines
 * (AMCONSUL PESHAWAR's "Department and Embassy assistance" asks AMEMBASSY
 * ISLAMABAD); NULL when the writer is no consulate or the lines hold no
 * embassy or more than one. */
static const char *tk_consulate_embassy(const struct tk_ctx *x)
{
	const struct cable *c = x->c;
	if (!c->from || strncmp(c->from, "AMCONSUL ", 9) != 0)
		return NULL;
	const char *one = NULL;
	for (size_t i = 0; i < c->nto; i++) {
		const char *n = c->to[i].name;
		if (!n || c->to[i].excluded || strncmp(n, "AMEMBASSY ", 10) != 0)
			continue;
		if (one)
			return NULL;
		one = n;
	}
	return one;
}

/* The post named next to the "and" at word i, after it ("Washington and
 * Embassy Brasilia") or before it ("Embassy Rome and the Department"):
 * added to out when it is on the addressee lines and not the writer. */
void tk_posts_beside(struct tk_ctx *x, const struct tk_sentence *S,
                     size_t i, struct tk_parties *out)
{
	struct tk_parties named;
	bool generic = false;
	bool found = tk_post_phrase(x, S, i + 1, &named, &generic) > i + 1;
	size_t at = i + 1;
	/* else a phrase of up to three words that ends at the "and" */
	for (size_t b = i > 3 ? i - 3 : 0; !found && b < i; b++) {
		found = tk_post_phrase(x, S, b, &named, &generic) == i;
		at = found ? b : at;
	}
	/* a consulate's "Department and Embassy assistance": its embassy */
	if (found && generic && !named.n && tk_is(S, at, W_embassy) &&
	    !tk_possessive(S, at)) {
		const char *embassy = tk_consulate_embassy(x);
		if (embassy)
			tk_add(&named, embassy);
	}
	if (found && named.n && tk_others_listed(x, &named))
		tk_add_all(out, &named);
}

/* "assessments from Embassy Khartoum and Embassy Juba", "views from
 * Embassy Rome", "hearing from Embassies Managua and San Salvador": posts on the lines (not the writer) whom what is asked is
 * to come from, at the "from" at word i, added to out.  The word to go on
 * from. */
static size_t tk_posts_from(struct tk_ctx *x, const struct tk_sentence *S,
                            size_t i, struct tk_parties *out)
{
	static const char *const things[] = {
		"assessment", "assessments", "readout", "readouts", "reporting", "hearing", NULL,
	};
	if (!tk_is(S, i, W_from) || i == 0 ||
	    !(tk_in(S, i - 1, tk_request_nouns) || tk_word_among(S, i - 1, things)))
		return i;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, i + 1, &named, &generic);
	if (e == i + 1 || generic || !tk_others_listed(x, &named))
		return i;
	tk_add_all(out, &named);
	return e - 1;
}

/* The Secretary at word i ("the Secretary", "Secretary Panetta", "the
 * Deputy Secretary", "Under Secretary Burns"; not "Secretary General",
 * "Secretary of Energy", "Foreign Secretary Miliband"): the first of
 * SECDEF and SECSTATE on the cable's TO line, and in *end the word after
 * the name; or NULL. */
const char *tk_secretary_at(const struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                            size_t *end)
{
	static const char *const ranks[] = { "deputy", "under", "assistant", NULL };
	size_t s = i;
	if (tk_is(S, i + 1, W_secretary) && tk_word_among(S, i, ranks) &&
	    (S->caps || tk_capitalised(S, i)))
		s = i + 1;
	if (!tk_is(S, s, W_secretary) || !(S->caps || tk_capitalised(S, s)) ||
	    tk_word_eq(S, s + 1, "general") || tk_is(S, s + 1, W_of) ||
	    (i > 0 && !tk_is(S, i - 1, W_the) && (S->caps || tk_capitalised(S, i - 1))))
		return NULL;
	size_t e = s + 1;
	if (e < S->n && !S->caps && tk_capitalised(S, e) && S->w[e].id == W_NONE)
		e++;    /* "Secretary Panetta" */
	*end = e;
	size_t used;
	const char *state = party_agency(x->c, "DEPARTMENT", 10, AGENCY_PLAIN, &used);
	const char *defense = party_agency(x->c, "DOD", 3, AGENCY_PLAIN, &used);
	for (size_t k = 0; k < x->c->nto; k++) {
		const char *n = x->c->to[k].name;
		if (n && !x->c->to[k].excluded && ((state && strcmp(n, state) == 0) ||
		                                    (defense && strcmp(n, defense) == 0)))
			return n;
	}
	return NULL;
}

/* The Secretary a post's sentence names anywhere (tk_secretary_at()). */
static const char *tk_secretary(const struct tk_ctx *x, const struct tk_sentence *S)
{
	size_t end;
	for (size_t i = 0; i < S->n; i++) {
		const char *n = tk_secretary_at(x, S, i, &end);
		if (n)
			return n;
	}
	return NULL;
}

/* Is a Washington party at word i of a post's request where something
 * goes or happens, not who is asked? */
static bool tk_not_asked_here(const struct tk_sentence *S, size_t i)
{
	/* "slugged for CA/OCS/ACS", "info USEU": where a reply goes */
	static const char *const routing[] = {
		"slugged", "slug", "captioned", "caption", "tagged", NULL,
	};
	if (i > 0 && (tk_word_eq(S, i - 1, "info") ||
	              (i > 1 && tk_is(S, i - 1, W_for) && tk_word_among(S, i - 2, routing))))
		return true;
	/* "Koivisto's visit to Washington": a place (not "guidance from
	 * Washington": whom it is to come from; not "we look to Washington
	 * to approve": whom the writer looks to) */
	static const char *const places[] = { "to", "in", "at", "from", NULL };
	if (tk_is(S, i, W_washington) && i > 0 && tk_word_among(S, i - 1, places) &&
	    !(i > 1 && tk_is(S, i - 1, W_from) && tk_in(S, i - 2, tk_request_nouns)) &&
	    !(i > 1 && tk_is(S, i - 1, W_to) && (tk_is(S, i - 2, W_look) || tk_is(S, i - 2, W_looks))))
		return true;
	/* "assistance in obtaining from DSCA a report": whom the one asked
	 * gets it from */
	static const char *const getting[] = {
		"obtain", "obtaining", "get", "getting", "secure", "securing", NULL,
	};
	if (i > 1 && tk_is(S, i - 1, W_from) && tk_word_among(S, i - 2, getting))
		return true;
	/* "the Minister's meetings at Commerce and at DHS": where */
	if (i > 0 && tk_word_eq(S, i - 1, "at"))
		return true;
	/* "Request Department instruct USUN to oppose", "authorize USEU to
	 * sign": whom the one asked is to tell, not whom the writer asks */
	static const char *const tell[] = {
		"instruct", "authorize", "direct", "task", "instructs", "authorizes", NULL,
	};
	if (i > 0 && tk_word_among(S, i - 1, tell) && i + 1 < S->n && tk_is(S, i + 1, W_to))
		return true;
	/* "the Department, in coordination with EPA and USTR, advise",
	 * "guidance, cleared with Treasury": who helps, not who is asked */
	static const char *const together[] = {
		"coordination", "consultation", "cooperation", "conjunction",
		"coordinated", "cleared", NULL,
	};
	for (size_t k = i; k >= 2 && k + 5 > i; k--) {
		if (tk_word_eq(S, k - 1, "with"))
			return tk_word_among(S, k - 2, together);
		if (tk_gap_has(S, k, ','))
			break;
	}
	return false;
}

/* An agency on no addressee line at word i (tk_unlisted_agency()), the
 * word after it in *end; NULL when the words there name none or a line
 * holds it. */
static const char *tk_off_lines(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                                size_t *end)
{
	size_t used = 0;
	if (!S->w[i].agency ||
	    party_agency(x->c, S->s + S->w[i].s, S->len - S->w[i].s, AGENCY_BARE, &used))
		return NULL;
	return tk_unlisted_agency(x, S, i, end);
}

/* "We would ask that MCC confirm", "RECOMMEND DEA DETAIL TWO AGENTS",
 * "We would welcome USTR's view": an agency on no addressee line as the
 * subject of a bare verb after "that" or a clipped "recommend", or as the
 * owner of a thing asked for (LABELS.md: such a party is written as the
 * cable names it), or NULL. */
static const char *tk_unlisted_subject(struct tk_ctx *x, const struct tk_sentence *S)
{
	static const enum tk_wid before[] = {
		W_that, W_recommend, W_suggest, W_urge, W_propose, W_NONE,
	};
	for (size_t i = 1; i < S->n; i++) {
		size_t t = tk_is(S, i - 1, W_the) ? i - 1 : i, e = i;
		const char *name = tk_off_lines(x, S, i, &e);
		if (!name)
			continue;
		/* "We would welcome USTR's view": what it is asked for */
		if (e > i && tk_possessive(S, e - 1) && tk_in(S, e, tk_request_nouns))
			return name;
		/* "that MCC confirm"; a clipped "RECOMMEND DEA DETAIL" opens
		 * the sentence or follows a comma (not "You should urge the
		 * Attorney General") */
		if (t > 0 && tk_in(S, t - 1, before) &&
		    (tk_is(S, t - 1, W_that) || t - 1 == tk_clause_start(S) ||
		     tk_gap_has(S, t - 1, ',')) &&
		    tk_bare_verb(S, e, true))
			return name;
	}
	return NULL;
}

/* "Department and NSC assistance": at word i, after "and" and an agency
 * on the lines, an agency on none, by its name (*used: its bytes), or
 * NULL. */
static const char *tk_unlisted_beside(struct tk_ctx *x, const struct tk_sentence *S,
                                      size_t i, size_t *used)
{
	size_t ue = i;
	const char *name = tk_off_lines(x, S, i, &ue);
	if (name)
		*used = S->w[ue - 1].e - S->w[i].s;
	return name;
}

/* The parties a post's request names anywhere in its sentence (then true:
 * they become the paragraph's scope); else the ones an earlier request of
 * the paragraph named; else the default set. */
bool tk_wash_parties(struct tk_ctx *x, struct tk_para *P,
                     const struct tk_sentence *S, struct tk_parties *out)
{
	out->n = 0;
	/* "USG agencies, including DOD": all of them */
	if (tk_all_agencies(x, S, out))
		return true;
	/* "the new Administration", "senior USG officials", "USG
	 * interlocutors": Washington's people, whom the Department stands for
	 * (not every agency on the lines), unless an agency is named */
	bool people = false;
	for (size_t i = 0; i < S->n && !people; i++)
		people = (tk_is(S, i, W_administration) && (S->caps || tk_capitalised(S, i))) ||
		         ((tk_is(S, i, W_usg) || tk_is(S, i, W_u_s)) &&
		          (tk_is(S, i + 1, W_officials) || tk_is(S, i + 1, W_interlocutors) ||
		           tk_is(S, i + 1, W_leaders) || tk_is(S, i + 1, W_policymakers)));
	size_t after_agency = (size_t)-1;     /* the word after the last one */
	for (size_t i = 0; i < S->n; i++) {
		size_t used = 0;
		if (tk_not_asked_here(S, i))
			continue;
		const char *name = tk_agency(x, S, i, &used);
		/* "EUR/RPM's comments", "CA/FPP's assessment": a Department
		 * office's, the Department's */
		if (!name && !used && tk_office(S, i) &&
		    (tk_possessive(S, i) || tk_in(S, i + 1, tk_request_nouns))) {
			size_t u;
			name = party_agency(x->c, "DEPARTMENT", 10, AGENCY_PLAIN, &u);
		}
		bool joined = after_agency + 1 == i && (tk_is(S, i - 1, W_and) || tk_is(S, i - 1, W_or));
		if (!name && !used && joined)
			name = tk_unlisted_beside(x, S, i, &used);
		if (!used && tk_state_beside(x, S, i, joined)) {
			/* "DOD and State officials", "State and DOD" */
			name = party_agency(x->c, "DEPARTMENT", 10, AGENCY_PLAIN, &used);
			used = S->w[i].e - S->w[i].s;
		}
		tk_add(out, name);
		if (used) {
			i = tk_word_at(S, S->w[i].s + used) - 1;
			after_agency = i + 1;
		}
		/* "Washington and Embassy Brasilia", "Embassy Rome and the
		 * Department": a post beside a Washington party */
		if ((tk_is(S, i, W_and) || tk_is(S, i, W_or)) && name == NULL &&
		    (after_agency == i || tk_agency_after(x, S, i + 1)))
			tk_posts_beside(x, S, i, out);
		if (!used)
			i = tk_posts_from(x, S, i, out);
	}
	if (out->n)
		return true;
	const char *unlisted = P->scope.n ? NULL : tk_unlisted_subject(x, S);
	if (unlisted) {
		tk_add(out, unlisted);
		return true;
	}
	/* "Embassy suggests the Secretary use the meeting", "urges that
	 * Secretary Panetta press": the Secretary the cable is written to
	 * (the first of SECDEF and SECSTATE on its TO line) */
	const char *secretary = P->scope.n ? NULL : tk_secretary(x, S);
	if (secretary) {
		tk_add(out, secretary);
		return false;
	}
	if (people && !P->scope.n) {
		size_t used = 0;
		const char *dept = party_agency(x->c, "DEPARTMENT", 10, AGENCY_PLAIN, &used);
		if (dept) {
			tk_add(out, dept);
			return false;
		}
	}
	tk_add_all(out, P->scope.n ? &P->scope : &x->deflt);
	return false;
}

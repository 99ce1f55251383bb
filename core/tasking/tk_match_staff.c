/* tk_match_staff.c - the posts' own people as the party Washington asks.
 *
 * In: one sentence of a cable from Washington cut into words, and a word
 * where a party may start.  Out: where the phrase that names the posts'
 * people ends ("Reporting officers should", "COMs should", "Each post's
 * Counterintelligence Working Group should", "the Defense Attaches in
 * Ankara and Warsaw", "RSO Baghdad is requested to", "Department asks that
 * reporting officers forward"),
 * and the posts they serve at when the words name some; whom a
 * telegraphese "Request [that]" asks (tk_request_whom()); posts as a
 * passive's agent ("should be reported by Embassies Hanoi and Jakarta",
 * tk_wash_by_posts()); posts joined in one word ("a joint UNVIE-USOSCE
 * assessment", tk_joint_posts()).  Used by
 * tk_match_wash.c through tk_match_internal.h.
 */
#include "tasking/tk_match_internal.h"

/* The post's own people: "reporting officers", "RSOs", "COMs", "USDel",
 * "Consular sections", "PAOs", "Emboffs", "Defense attaches", "Consular
 * managers", "Econ counselors" (a table by
 * word id: tested at every word). */
static const bool tk_staff_nouns[W_COUNT] = {
	[W_officers] = true, [W_officer] = true, [W_coms] = true, [W_dcms] = true,
	[W_dcm] = true, [W_cda] = true, [W_charge] = true, [W_rsos] = true,
	[W_rso] = true, [W_chiefs] = true, [W_delegation] = true, [W_usdel] = true,
	[W_ambassador] = true, [W_ambassadors] = true, [W_section] = true,
	[W_sections] = true, [W_pao] = true, [W_paos] = true, [W_emboff] = true,
	[W_emboffs] = true, [W_econoffs] = true, [W_poloffs] = true,
	[W_conoffs] = true, [W_attache] = true, [W_attaches] = true,
	[W_legat] = true, [W_legatt] = true, [W_legats] = true, [W_eac] = true, [W_eacs] = true,
	[W_manager] = true, [W_managers] = true, [W_counselor] = true, [W_counselors] = true,
	[W_chief] = true, [W_datt] = true,
};

/* Words that may qualify them: "State reporting officers", "consular
 * officers", "post security officers", "management sections", "our
 * Ambassadors". */
static const bool tk_staff_words[W_COUNT] = {
	[W_state] = true, [W_reporting] = true, [W_consular] = true,
	[W_political] = true, [W_economic] = true, [W_post] = true,
	[W_embassy] = true, [W_mission] = true, [W_regional] = true,
	[W_security] = true, [W_public] = true, [W_affairs] = true, [W_each] = true,
	[W_all] = true, [W_the] = true, [W_management] = true, [W_econ] = true,
	[W_pol] = true, [W_defense] = true, [W_commercial] = true,
	[W_cultural] = true, [W_agricultural] = true, [W_legal] = true,
	[W_press] = true, [W_our] = true,
};

static bool tk_staff_noun(const struct tk_sentence *S, size_t j)
{
	return j < S->n && tk_staff_nouns[S->w[j].id];
}

static bool tk_staff_word(const struct tk_sentence *S, size_t j)
{
	return j < S->n && tk_staff_words[S->w[j].id];
}

/* "in Mexico City", "at Embassy Ankara", "in Africa" after a post's
 * people (ending at word e): those posts (a region's or a body's among the
 * addressees: tk_by_group()) into named; the index after them, or e (named
 * empty). */
static size_t tk_staff_at(struct tk_ctx *x, const struct tk_sentence *S, size_t e,
                          struct tk_parties *named)
{
	named->n = 0;
	if (!(tk_is(S, e, W_in) || tk_is(S, e, W_at)) || tk_modal(S, e))
		return e;
	bool generic = false;
	size_t pe = tk_post_phrase(x, S, e + 1, named, &generic);
	if (pe == e + 1 || generic || !named->n)
		pe = tk_places_at(x, S, e + 1, named);
	if (pe > e + 1 && named->n)
		return pe;
	/* "Chiefs of Mission in Africa should", "in EU member states" */
	for (pe = e + 2; pe < S->n && pe <= e + 4 && !tk_gap_has(S, pe, ','); pe++)
		if (tk_modal(S, pe))
			return tk_by_group(S, e + 1, pe, &x->deflt, named) ? pe : e;
	named->n = 0;
	return e;
}

/* "the Defense Attaches in Ankara, Warsaw and Bucharest", "RSO Tripoli"
 * at word k: a post's people in named posts, into named; the index after
 * them, or k (named empty). */
size_t tk_staff_places(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                       struct tk_parties *named)
{
	named->n = 0;
	size_t j = tk_is(S, k, W_the) ? k + 1 : k;
	for (size_t end = j + 3; j < S->n && j < end && !tk_staff_noun(S, j); j++)
		if (!tk_staff_word(S, j))
			return k;
	if (j >= S->n || !tk_staff_noun(S, j))
		return k;
	size_t e = tk_staff_at(x, S, j + 1, named);
	/* "RSO Tripoli", the place right after the people */
	if (!named->n && j + 1 < S->n && (S->caps || tk_capitalised(S, j + 1)))
		e = tk_places_at(x, S, j + 1, named);
	return named->n ? e : k;
}

/* "Embassy Paris's political section should", "Embassy Tokyo's RSO is
 * requested to", "ConGen Barcelona's ACS chief should" at word k: the
 * posts the possessive names (into named) and the index of their people's
 * modal, or 0. */
static size_t tk_named_posts_people(struct tk_ctx *x, const struct tk_sentence *S,
                                    size_t k, struct tk_parties *named)
{
	bool generic = false;
	size_t pe = tk_post_phrase(x, S, k, named, &generic);
	if (pe <= k + 1 || generic || !named->n || !tk_possessive(S, pe - 1))
		return 0;
	size_t j = pe;
	/* "consular", "the ACS" */
	while (j < S->n && j < pe + 3 && !tk_staff_noun(S, j) &&
	       (tk_staff_word(S, j) || (S->caps ? S->w[j].id == W_NONE : tk_capitalised(S, j))))
		j++;
	if (!tk_staff_noun(S, j))
		return 0;
	size_t v = tk_modal(S, j + 1);
	return v && !tk_acted_on(S, v) ? j + 1 : 0;
}

/* "RSO Baghdad is requested to", "Legatt Rome should" at word k: a post's
 * people, then its place (tk_staff_places()); the posts into named and the
 * index of the modal, or 0 (named empty). */
static size_t tk_people_place(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                              struct tk_parties *named)
{
	named->n = 0;
	if (!tk_staff_noun(S, k))
		return 0;
	size_t pe = tk_staff_places(x, S, k, named);
	size_t v = pe > k + 1 && named->n && (!x->own || tk_others_listed(x, named))
	           ? tk_modal(S, pe) : 0;
	if (!v || tk_acted_on(S, v)) {
		named->n = 0;
		return 0;
	}
	return pe;
}

/* "the Athens DATT is asked to", "the Rome RSO should" at word k: a
 * post's place before its people (or after them: tk_people_place()); the
 * posts into named and the index of the people's modal, or 0 (named
 * empty). */
static size_t tk_place_people(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                              struct tk_parties *named)
{
	size_t after = tk_people_place(x, S, k, named);
	if (after)
		return after;
	if (k == 0 || !tk_is(S, k - 1, W_the) || !tk_capitalised(S, k))
		return 0;
	/* a cheap test first: the people's word a place or two after */
	bool people = false;
	for (size_t j = k + 1; j < S->n && j <= k + 3 && !people; j++)
		people = tk_staff_noun(S, j);
	if (!people)
		return 0;
	size_t pe = tk_places_at(x, S, k, named);
	if (pe == k || !named->n || !tk_staff_noun(S, pe) ||
	    (x->own && !tk_others_listed(x, named))) {
		named->n = 0;
		return 0;
	}
	size_t v = tk_modal(S, pe + 1);
	if (!v || tk_acted_on(S, v)) {
		named->n = 0;
		return 0;
	}
	return pe + 1;
}

/* Where the words for people that end at word i start, past their
 * qualifiers ("their economic section": at "economic"), not before cs. */
static size_t tk_people_start(const struct tk_sentence *S, size_t i, size_t cs)
{
	while (i > cs && tk_staff_word(S, i - 1) && !tk_is(S, i - 1, W_the))
		i--;
	return i;
}

/* The post's own people as the asked party at word i: "Reporting officers
 * should", "State reporting officers are encouraged to", "COMs should",
 * "USDel should continue", "EACs should review", "Each post's
 * Counterintelligence Working Group (CIWG) should meet", "The consular
 * section in Mexico City is requested to" (that post, into named; else
 * named is empty); not "host government officers should" (cs: where the
 * sentence's clause starts).  Returns the word index where the modal verb
 * stands, or i when there is no such phrase. */
size_t tk_staff_phrase(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                       size_t cs, struct tk_parties *named)
{
	named->n = 0;
	/* someone else's people: "host government officers should", "their
	 * officials", "Ministry officers"; "the U.S. delegation" is
	 * Washington's (in capitals too, where no capital tells) */
	static const enum tk_wid others[] = {
		W_host, W_government, W_local, W_police, W_military, W_ministry,
		W_their, W_his, W_her, W_its, W_u_s, W_NONE,
	};
	size_t h = tk_people_start(S, i, cs);
	if (i > cs && (tk_in(S, h > cs ? h - 1 : i - 1, others) ||
	               (!S->caps && tk_capitalised(S, i - 1) &&
	                !tk_staff_word(S, i - 1) && !tk_gap_has(S, i, ','))))
		return i;
	size_t k = i;
	if (tk_is(S, k, W_each) || tk_is(S, k, W_the) || tk_is(S, k, W_all))
		k++;
	bool post = tk_is(S, k, W_post) || tk_is(S, k, W_posts) ||
	            tk_is(S, k, W_embassy) || tk_is(S, k, W_mission);
	/* "ConGen Barcelona's ACS chief", "Consulate General Lagos's RSO" */
	bool named_head = post || tk_is(S, k, W_consulate) || tk_is(S, k, W_congen) ||
	                  tk_is(S, k, W_amembassy) || tk_is(S, k, W_amconsul);
	size_t pv = named_head && !tk_possessive(S, k) ? tk_named_posts_people(x, S, k, named) : 0;
	if (pv)
		return pv;
	named->n = 0;
	if (post && tk_possessive(S, k)) {
		for (size_t j = k + 1; j < S->n && j <= k + 7; j++) {
			if (tk_gap_has(S, j, ',') || tk_gap_has(S, j, ':') ||
			    tk_gap_has(S, j, ';'))
				return i;
			size_t v = tk_modal(S, j);
			/* "post's procedures must be clear": how a thing is to be,
			 * not what someone is to do */
			if (v && tk_is(S, v, W_be) && !tk_is(S, v + 1, W_prepared))
				return i;
			if (v)
				return j;
		}
		return i;
	}
	size_t pv2 = tk_place_people(x, S, k, named);
	if (pv2)
		return pv2;
	for (size_t j = k; j < S->n && j <= k + 4; j++) {
		/* "the charge should be dropped" is no charge d'affaires */
		if (tk_is(S, j, W_charge) && !S->caps && !tk_capitalised(S, j))
			break;
		if (tk_staff_noun(S, j)) {
			size_t e = j + 1;
			/* "Ambassador Smith should raise": the post's own (in
			 * capitals, the words the vocabulary does not know) */
			if (tk_is(S, j, W_ambassador))
				while (e < S->n && e <= j + 2 && (S->caps || tk_capitalised(S, e)) &&
				       S->w[e].id == W_NONE && !tk_gap_has(S, e, ','))
					e++;
			if (tk_is(S, j, W_chiefs) && tk_is(S, e, W_of) &&
			    (tk_is(S, e + 1, W_mission) || tk_is(S, e + 1, W_missions)))
				e += 2;
			if (e < S->n && tk_gap_has(S, e, '(') && !tk_modal(S, e))
				e++;    /* "(CIWG)" */
			/* "The consular section in Mexico City is requested to":
			 * that post's */
			size_t pe = tk_staff_at(x, S, e, named);
			if (named->n && tk_modal(S, pe) && !tk_acted_on(S, tk_modal(S, pe)))
				return pe;
			named->n = 0;
			e = tk_aside(S, e);     /* "Reporting officers, when ..., should" */
			return tk_modal(S, e) && !tk_acted_on(S, tk_modal(S, e)) ? e : i;
		}
		/* "The Regional Environmental Hub Officer in Bangkok": a title
		 * in capitals before the noun */
		if (!tk_staff_word(S, j) && !(!S->caps && j > k && tk_capitalised(S, j) &&
		                              S->w[j].id == W_NONE))
			break;
	}
	return i;
}

void tk_opening_place(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                      struct tk_parties *named)
{
	struct tk_parties at;
	if (i < 2 || !tk_is(S, 0, W_in) || !tk_gap_has(S, i, ','))
		return;
	if (tk_places_at(x, S, 1, &at) == i && at.n)
		*named = at;
}

/* Words after a post's people that say where they are, not what they do. */
static const char *const tk_prepositions[] = {
	"in", "at", "of", "from", "with", "on", "for", "to", NULL,
};

/* "reporting officers forward", "the consular sections review" at word k,
 * after Washington's "asks that": the index after the people, when a verb
 * of theirs follows (not a modal: tk_staff_phrase() reads those; not "in
 * the region": where they are), or k. */
size_t tk_staff_end(const struct tk_sentence *S, size_t k)
{
	for (size_t j = k; j < S->n && j <= k + 3; j++) {
		if (tk_staff_noun(S, j))    /* "the Ambassador or DCM" */
			return (tk_is(S, j + 1, W_or) || tk_is(S, j + 1, W_and)) &&
			       tk_staff_noun(S, j + 2) ? j + 3 : j + 1;
		if (!tk_staff_word(S, j))
			return k;
	}
	return k;
}

size_t tk_staff_subject(const struct tk_sentence *S, size_t k)
{
	size_t e = tk_staff_end(S, k);
	return e > k && e < S->n && !tk_modal(S, e) && !tk_possessive(S, e - 1) &&
	       !tk_word_among(S, e, tk_prepositions) ? e : k;
}

/* The party after a telegraphese "Request [that]" at word b: posts
 * ("Request Embassy Madrid approach"), posts by their cities before the
 * verb ("Request that Nairobi and Dakar report"), or the posts' people
 * ("Request Ambassador or DCM deliver").  Fills named (empty for every
 * post or their people); the index after them, or b. */
size_t tk_request_whom(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                       struct tk_parties *named)
{
	bool generic = false;
	size_t e = tk_post_phrase(x, S, b, named, &generic);
	if (e == b && !named->n) {
		e = tk_city_posts(x, S, b, named);
		if (!tk_imperative(S, e)) {
			e = b;
			named->n = 0;
		}
	}
	if (e == b && !named->n)
		e = tk_staff_subject(S, b);
	return e;
}

/* Posts as a passive's agent: see tk_match_internal.h. */
bool tk_wash_by_posts(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t cs, struct tk_hit *hit)
{
	if (!(tk_is(S, i, W_should) || tk_is(S, i, W_must)) || !tk_is(S, i + 1, W_be))
		return false;
	/* the agent after the participle or after what the action is
	 * ("should be left in writing with host governments by posts") */
	struct tk_parties named = { .n = 0 };
	bool generic = false, found = false;
	size_t by = i + 3, e = by;
	for (; by < S->n && by <= i + 12 && !tk_gap_has(S, by, ';'); by++) {
		if (!tk_is(S, by, W_by))
			continue;
		generic = false;
		e = tk_post_phrase(x, S, by + 1, &named, &generic);
		found = e > by + 1 && (generic || named.n);
		if (found)
			break;
	}
	if (!found)
		return false;
	tk_resolve(x, P, &named, hit);
	tk_hit_at(hit, cs, i + 2, i + 2);
	hit->agent = by;
	hit->agent_end = e;
	hit->rule = "passive with posts as the agent (\"should be reported by Embassies "
	            "Hanoi and Jakarta\")";
	return true;
}

/* "We would appreciate a joint UNVIE-USOSCE assessment", "a USUN/USEU
 * readout": the posts joined by a hyphen or slash in a word of the object
 * (from word v, before "of" or a comma), all on the lines, into out. */
bool tk_joint_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t v,
                    struct tk_parties *out)
{
	out->n = 0;
	for (size_t k = v; k < S->n && k <= v + 3; k++) {
		if (k > v && (tk_gap_has(S, k, ',') || tk_is(S, k, W_of)))
			break;
		const char *w = S->s + S->w[k].s;
		size_t n = S->w[k].e - S->w[k].s;
		if (!memchr(w, '-', n) && !memchr(w, '/', n))
			continue;
		for (size_t a = 0; a < n;) {
			size_t b = a;
			while (b < n && w[b] != '-' && w[b] != '/')
				b++;
			size_t used = 0;
			const char *name = b > a + 2 ? party_addressee_in(x->c, &x->masks, w + a, b - a,
			                                                  &used) : NULL;
			if (!name || used != b - a) {
				out->n = 0;
				break;
			}
			tk_add(out, name);
			a = b + 1;
		}
		if (out->n >= 2)
			return true;
		out->n = 0;
	}
	return false;
}

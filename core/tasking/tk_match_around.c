/* tk_match_around.c - what stands around a Washington request's party and
 * verb (tk_match_aside.c: what stands between them): a heading that names
 * posts ("For Rome.", "Rome only:", "Embassy Pretoria only:";
 * tk_scope_heading(), which a post's cable to other posts reads too), a
 * phrase that opens the clause before an imperative ("Drawing on the
 * points below, approach"), a passive request ("would be appreciated"), a
 * polite one ("It would be helpful if Embassy Berlin could"), what
 * Washington wants of posts without a request verb ("would like to receive
 * posts' assessments") or of no one ("would like the meeting to produce")
 * and the post whose thing it asks for.  Used by tk_match_wash.c and
 * tk_match_post.c through tk_match_internal.h.
 */
#include "tasking/tk_match_internal.h"

/* Do the words [cs, i) make a phrase that opens the clause before an
 * imperative: a comma before word i and none before, and the phrase
 * starts with a participle ("Drawing on the points below,", "Using
 * paragraph 5,", "Given their weight in GRULAC,") or with a preposition before one, "your" or "addition"
 * ("In addition,", "In delivering the points,", "In your meetings,",
 * "When meeting officials,"), or says whom or why it is for ("For Embassy
 * Baku,", "For this reason,", "So that we can lock in the schedule,", "To
 * help us plan,")?  Not a condition ("If asked, say"): that is a
 * permission at most. */
bool tk_opening_phrase(const struct tk_sentence *S, size_t cs, size_t i)
{
	static const char *const preps[] = {
		"in", "when", "after", "before", "upon", "on", "during", "while", NULL,
	};
	static const char *const after_prep[] = {
		"your", "addition", "light", "view", "advance", "response", "preparation", NULL,
	};
	if (i > cs + TK_OPENING_MAX || !tk_gap_has(S, i, ','))
		return false;
	for (size_t k = cs + 1; k < i; k++)
		if (tk_gap_breaks(S, k))
			return false;
	static const char *const not_verbs[] = {
		"during", "according", "including", "regarding", "concerning", NULL,
	};
	if ((tk_ing(S, cs) && !tk_word_among(S, cs, not_verbs)) || tk_word_eq(S, cs, "given"))
		return true;
	/* "For Embassy Baku, approach" (the heading's scope reads the posts),
	 * "For this reason, approach" */
	if (tk_word_eq(S, cs, "for") && i <= cs + 6)
		return true;
	/* a purpose: "So that we can", "To help us plan", "In order to" */
	if ((tk_word_eq(S, cs, "so") && tk_is(S, cs + 1, W_that)) || tk_is(S, cs, W_to) ||
	    (tk_is(S, cs, W_in) && tk_word_eq(S, cs + 1, "order") && tk_is(S, cs + 2, W_to)))
		return true;
	return tk_word_among(S, cs, preps) &&
	       (tk_ing(S, cs + 1) || tk_word_among(S, cs + 1, after_prep));
}

bool tk_date_word(const struct tk_sentence *S, size_t cs)
{
	static const char *const when[] = { "on", "by", "before", "nlt", NULL };
	return tk_word_among(S, cs, when);
}

bool tk_date_opening(struct tk_ctx *x, const struct tk_sentence *S, size_t cs, size_t i)
{
	/* cheap tests first: it is asked at each word of the sentence; a
	 * date ends in a number or a capitalised word ("Thursday") */
	if (i < cs + 2 || i >= S->n ||
	    !(ascii_is_digit(S->s[S->w[i - 1].s]) || tk_capitalised(S, i - 1)) ||
	    !tk_date_word(S, cs))
		return false;
	for (size_t k = cs + 1; k <= i; k++)
		if (tk_gap_breaks(S, k) || tk_gap_has(S, k, ','))
			return false;
	size_t b = S->w[cs].s;
	struct deadline dl;
	bool have = (deadline_find(S->s + b, S->len - b, &x->c->dtg, &dl) && dl.start == 0) ||
	            (deadline_find_on(S->s + b, S->len - b, &x->c->dtg, &dl) && dl.start == 0);
	return have && dl.dated && tk_word_at(S, b + dl.len) == i;
}

size_t tk_asked_thing(const struct tk_sentence *S, size_t cs, size_t i)
{
	static const char *const permit[] = {
		"permit", "permits", "permitting", "allow", "allows", "allowing", NULL,
	};
	static const char *const subordinate[] = {
		"as", "while", "although", "though", "since", "because", "given", "if",
		"once", "when", NULL,
	};
	/* "THESE CHANGES COULD REPRESENT AN INDICATOR AND FURTHER INFORMATION
	 * ON THE EFFORT ... WOULD BE VERY VALUABLE": the thing after the "and" */
	static const char *const more[] = { "further", "additional", "any", "more", NULL };
	for (size_t k = i; k-- > cs + 1;)
		if (tk_is(S, k, W_and) && tk_word_among(S, k + 1, more))
			return k + 1;
	/* "To the extent staffing allows, Post's answers" */
	bool sub = tk_word_among(S, cs, subordinate) ||
	           (tk_is(S, cs, W_to) && tk_word_eq(S, cs + 2, "extent"));
	for (size_t k = cs + 1; k + 1 < i && k <= cs + 12; k++)
		if (tk_word_among(S, k, permit) && tk_gap_has(S, k + 1, ',') &&
		    (sub || tk_word_eq(S, k, "permitting") || tk_word_eq(S, k, "allowing")))
			return k + 1;
	if (!sub)
		return cs;
	for (size_t k = cs + 1; k + 1 < i && k <= cs + 16; k++)
		if (tk_gap_has(S, k, ','))
			return k;
	return cs;
}

/* "is requested", "are requested", "would be appreciated", "would be
 * greatly appreciated", "would be most welcome", "would be very helpful",
 * "would be of real value" at word i: the index after it, or 0. */
size_t tk_passive_request(const struct tk_sentence *S, size_t i)
{
	static const char *const glad[] = {
		"appreciated", "welcome", "welcomed", "useful", "helpful", "valuable",
		"invaluable", NULL,
	};
	static const char *const much[] = {
		"greatly", "most", "very", "much", "especially", "particularly",
		"extremely", "truly", "deeply", "sincerely", "highly", "great", "real",
		"considerable", "significant", "enormous", NULL,
	};
	static const char *const worth[] = { "value", "use", "help", "assistance", "benefit", NULL };
	/* "if that would be helpful", "which would be useful": no thing asked */
	static const char *const pronouns[] = { "that", "it", "this", "which", "what", NULL };
	/* "It is the Department's wish that Embassies Oslo and Helsinki
	 * draw on": the "that" (the clause names whom) */
	static const char *const wish[] = { "wish", "desire", "request", "expectation", NULL };
	if (tk_is(S, i, W_is) && tk_is(S, i + 1, W_the) && i + 4 < S->n &&
	    (tk_is(S, i + 2, W_department) || tk_is(S, i + 2, W_washington)) &&
	    tk_possessive(S, i + 2) && tk_word_among(S, i + 3, wish) && tk_is(S, i + 4, W_that))
		return i + 4;
	/* "are also requested"; "Embassy Rangoon's views are particularly
	 * sought", "Addressees' comments on the draft are invited": of a thing
	 * asked for, among the words before */
	bool adverb = tk_in(S, i + 1, tk_modal_adverbs) || tk_word_among(S, i + 1, much);
	size_t r = adverb ? i + 2 : i + 1;
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) && tk_is(S, r, W_requested))
		return r + 1;
	/* "Your help is needed to build", "Your support is essential": the
	 * reader's, asked for */
	static const char *const needed[] = { "needed", "essential", "critical", "vital", NULL };
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) && tk_word_among(S, r, needed) && i >= 2 &&
	    tk_in(S, i - 1, tk_request_nouns) && tk_word_eq(S, i - 2, "your"))
		return r + 1;
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) &&
	    (tk_is(S, r, W_sought) || tk_is(S, r, W_invited)))
		for (size_t k = i; k > 0 && k + 10 > i; k--)
			if (tk_in(S, k - 1, tk_request_nouns))
				return r + 1;
	/* "would also be helpful" */
	size_t b = tk_in(S, i + 1, tk_modal_adverbs) ? i + 2 : i + 1;
	if (!(tk_is(S, i, W_would) && tk_is(S, b, W_be)))
		return 0;
	size_t k = b + 1;
	bool of = tk_is(S, k, W_of);
	if (of)
		k++;
	if (tk_word_among(S, k, much))
		k++;
	if (!tk_word_among(S, k, of ? worth : glad))
		return 0;
	bool thanks = !of && (tk_is(S, k, W_appreciated) || tk_word_eq(S, k, "welcome") ||
	                      tk_word_eq(S, k, "welcomed"));
	return thanks || !(i > 0 && tk_word_among(S, i - 1, pronouns)) ? k + 1 : 0;
}

size_t tk_due_request(struct tk_ctx *x, const struct tk_sentence *S, size_t i, size_t cs)
{
	size_t a = 0;
	if ((tk_is(S, i, W_is) || tk_is(S, i, W_are)) &&
	    (tk_is(S, i + 1, W_due) || tk_is(S, i + 1, W_needed)))
		a = i + 2;
	else if (tk_is(S, i, W_will) && tk_is(S, i + 1, W_be) && tk_is(S, i + 2, W_needed))
		a = i + 3;
	if (!a || a >= S->n || i <= cs)
		return 0;
	/* whose: "Mission Mexico's reply", "Replies from each post", "Post
	 * responses", "needed from Embassy Kyiv" */
	static const enum tk_wid posts[] = {
		W_post, W_posts, W_embassy, W_embassies, W_mission, W_missions,
		W_addressees, W_NONE,
	};
	/* "Post responses to para 5 are due" */
	static const char *const answers[] = {
		"responses", "response", "replies", "reply", "reports", "answers", NULL,
	};
	struct tk_parties named;
	bool owned = tk_owner_before(x, S, cs, i, &named) ||
	             (tk_in(S, cs, posts) && tk_word_among(S, cs + 1, answers)) ||
	             (tk_is(S, a, W_from) && (tk_in(S, a + 1, posts) || tk_in(S, a + 2, posts)));
	for (size_t k = cs; k + 1 < i && !owned; k++)
		owned = tk_is(S, k, W_from) && (tk_in(S, k + 1, posts) || tk_in(S, k + 2, posts));
	struct deadline dl;
	size_t b = S->w[a].s;
	return owned && deadline_find(S->s + b, S->len - b, &x->c->dtg, &dl) && dl.dated ? a : 0;
}

/* The post whose thing is asked for, in words [cs, i): "Embassy Rome's
 * views are requested" asks Rome.  Fills named (empty when none). */
bool tk_owner_before(struct tk_ctx *x, const struct tk_sentence *S,
                     size_t cs, size_t i, struct tk_parties *named)
{
	named->n = 0;
	for (size_t k = cs; k < i && k <= cs + 2; k++) {
		bool generic = false;
		size_t e = tk_post_phrase(x, S, k, named, &generic);
		if (e > k && tk_possessive(S, e - 1))
			return true;
		named->n = 0;
	}
	return false;
}

/* Who a passive request at word i asks, named in words [cs, i): a post
 * that owns what is asked ("Embassy Rome's views are requested"), or an
 * agency, as a line names it or, on no line, as the cable does ("DOD is
 * requested to provide a briefer", "Treasury's views would be
 * appreciated"; not the writer itself), or the posts after "requested
 * of".  Fills named (empty when none). */
bool tk_passive_owner(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t cs, size_t i, struct tk_parties *named)
{
	if (tk_owner_before(x, S, cs, i, named))
		return true;
	size_t ae = tk_wash_phrase(x, S, cs, named);
	bool owned = ae > cs && (ae == i || tk_possessive(S, ae - 1));
	for (size_t k = 0; owned && k < named->n; k++)
		owned = !x->c->from || strcmp(named->name[k], x->c->from) != 0;
	if (owned)
		return true;
	named->n = 0;
	/* "The following actions are requested of Embassy Seoul:", "Input is
	 * needed from Embassy Kyiv by Friday" */
	for (size_t k = i; k < S->n && k <= i + 2; k++)
		if ((tk_is(S, k, W_requested) && tk_is(S, k + 1, W_of)) ||
		    (tk_is(S, k, W_needed) && tk_is(S, k + 1, W_from))) {
			bool generic = false;
			return tk_post_phrase(x, S, k + 2, named, &generic) > k + 2 && named->n;
		}
	size_t ue = cs;
	const char *unlisted = tk_unlisted_agency(x, S, tk_is(S, cs, W_the) ? cs + 1 : cs, &ue);
	if (!unlisted || !(ue == i || tk_possessive(S, ue - 1)))
		return false;
	tk_add(named, unlisted);
	return true;
}

/* Posts named by their places in a heading at word k: "Rome", "Madrid and
 * Athens only" before a colon, a full stop or the sentence's end ("For
 * Rome.", "Action request for Rome:").  Fills named; the index after them
 * (and "only"), or k. */
size_t tk_heading_places(struct tk_ctx *x, const struct tk_sentence *S,
                         size_t k, struct tk_parties *named)
{
	size_t e = tk_places_at(x, S, k, named);
	if (e == k || !named->n)
		return k;
	if (tk_word_eq(S, e, "only"))
		e++;
	if (e == S->n || tk_gap_has(S, e, ':'))
		return e;
	named->n = 0;
	return k;
}

/* "Embassies in Security Council member capitals (Beijing, Moscow and
 * London)": the posts in the first parentheses within a few words after
 * word e, before any colon, into named (empty when none).  Returns the word
 * after the closing parenthesis, or e. */
size_t tk_paren_group(struct tk_ctx *x, const struct tk_sentence *S, size_t e,
                      struct tk_parties *named)
{
	named->n = 0;
	for (size_t k = e; k < S->n && k <= e + 8; k++) {
		if (tk_gap_has(S, k, ':') || tk_gap_has(S, k, ';'))
			break;
		if (tk_gap_has(S, k, '('))
			return tk_paren_posts(x, S, k, named);
	}
	return e;
}

/* "FOR POSTS IN EU MEMBER STATES AND USEU:": after generic posts ending
 * at word e, the posts a body's collective holds and the posts named after
 * "and", or less those after "other than" or "except", into named
 * (tk_by_group()).  The word after them, or e. */
static size_t tk_group_heading(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t e, struct tk_parties *named)
{
	if (!tk_is(S, e, W_in))
		return e;
	size_t k = e + 1;
	while (k < S->n && k <= e + 6 && !tk_gap_has(S, k, ':') && !tk_is(S, k, W_and))
		k++;
	if (!tk_by_group(S, e + 1, k, &x->deflt, named))
		return e;
	/* "FOR POSTS IN EU MEMBER STATES OTHER THAN THE NETHERLANDS AND
	 * BELGIUM:" */
	size_t c = k;
	while (c < S->n && c <= e + 24 && !tk_gap_has(S, c, ':'))
		c++;
	struct tk_parties less;
	if (c < S->n && tk_less_excepted(x, S, e + 1, c, named, &less)) {
		*named = less;
		return c;
	}
	if (tk_is(S, k, W_and) && !tk_gap_has(S, k, ':')) {
		struct tk_parties more;
		bool generic = false;
		size_t m = tk_post_phrase(x, S, k + 1, &more, &generic);
		if (m > k + 1 && more.n && !generic) {
			tk_add_all(named, &more);
			k = m;
		}
	}
	return k;
}

/* "EU MEMBER STATES:", "For NATO allies:", "EU posts only:" at word b: a
 * short heading that names a body whose collective is on the lines (its
 * name and the words for its members, up to a colon), the collective
 * into named (tk_by_group()).  The word after the heading, or b. */
static size_t tk_body_heading(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                              struct tk_parties *named)
{
	static const char *const members[] = {
		"member", "members", "states", "posts", "capitals", "allies", "countries",
		"embassies", "only", NULL,
	};
	size_t k = b + 1;
	while (k < S->n && k <= b + 4 && !tk_gap_has(S, k, ':') && tk_word_among(S, k, members))
		k++;
	if (k >= S->n || !tk_gap_has(S, k, ':') ||
	    !tk_by_group(S, b, b + 1, &x->deflt, named))
		return b;
	return k;
}

/* A heading's "for": see tk_match_internal.h. */
bool tk_asks_for(const struct tk_sentence *S, size_t k)
{
	static const char *const asks[] = {
		"request", "requests", "action", "instructions", "instruction", "guidance",
		"note", "notes", "information", "points", "questions", NULL,
	};
	return k > 0 && k <= 3 && tk_is(S, k, W_for) && tk_word_among(S, k - 1, asks);
}

/* A heading that names posts before its colon: see tk_match_internal.h. */
size_t tk_heading_end(struct tk_ctx *x, const struct tk_sentence *S,
                      struct tk_parties *out)
{
	struct tk_parties named;
	bool generic = false;
	/* a cheap test first: a colon within the first 30 words, that is in
	 * a gap between words 0 and 30 (or the last): words hold no ':' */
	if (S->n < 2)
		return 0;
	size_t last = S->n - 1 < 30 ? S->n - 1 : 30;
	if (!memchr(S->s + S->w[0].e, ':', S->w[last].s - S->w[0].e))
		return 0;
	size_t b = tk_is(S, 0, W_for) ? 1 : 0;
	/* "SPECIAL REQUEST FOR MOSCOW, PARIS AND BERLIN:", "ACTION REQUEST
	 * FOR ROME:", "SPECIAL INSTRUCTIONS FOR PARIS AND LONDON:" */
	for (size_t k = 1; b == 0 && k <= 3 && k + 1 < S->n; k++)
		if (tk_asks_for(S, k))
			b = k + 1;
	/* "Chemical control -- MEXICO, NEW DELHI AND BOGOTA ONLY:": a topic,
	 * a dash, then the posts */
	for (size_t k = 1; b == 0 && k <= 4 && k + 1 < S->n; k++)
		if (tk_gap_has(S, k, '-') && !tk_gap_has(S, k, ':'))
			b = k;
	size_t e = tk_post_phrase(x, S, b, &named, &generic);
	if (e > b && !named.n && generic)
		e = tk_paren_group(x, S, e, &named);     /* "(Abuja, Bamako)" */
	if (e > b && !named.n && generic)
		e = tk_group_heading(x, S, e, &named);   /* "in EU member states" */
	if (!(e > b && named.n))
		e = tk_places_at(x, S, b, &named);
	if (e > b && tk_word_eq(S, e, "only"))
		e++;
	if (!(e > b && named.n && e < S->n && tk_gap_has(S, e, ':')))
		return 0;
	if (out)
		*out = named;
	return e;
}

/* "Action request, all posts except Embassy Mexico (see para 7):", "FOR
 * ALL EMBASSIES IN OSCE PARTICIPATING STATES EXCEPT BELGRADE:": a heading
 * of Washington's before the clause at cs (or before a colon in the first
 * 16 words) that leaves posts out narrows the paragraph to the rest (of
 * the kind it names).  True when it did. */
static bool tk_heading_except(struct tk_ctx *x, struct tk_para *P,
                              const struct tk_sentence *S, size_t cs)
{
	if (!x->washington)
		return false;
	for (size_t k = 1; cs == 0 && k < S->n && k <= 16; k++)
		if (tk_gap_has(S, k, ':'))
			cs = k;
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_consulates, W_NONE,
	};
	size_t b = 0;
	while (b < cs && !tk_in(S, b, plural))
		b++;
	if (b >= cs)
		return false;
	struct tk_parties kind, left;
	const struct tk_parties *base = &x->deflt;
	if (tk_by_kind(S, b, b + 1, &x->deflt, &kind))
		base = &kind;
	if (!tk_less_excepted(x, S, b + 1, cs, base, &left))
		return false;
	tk_set_scope(P, &left);
	return true;
}

/* "WESTERN HEMISPHERE POSTS (BRASILIA, BOGOTA AND LIMA)", "the non-EU
 * addressees (Oslo, Bern and Zagreb)" at word b: posts a description
 * names, listed in parentheses, into named; the word after them, or b. */
static size_t tk_described_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                                 struct tk_parties *named)
{
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_consulates, W_addressees, W_NONE,
	};
	named->n = 0;
	for (size_t k = b + 1; k < S->n && k <= b + 5; k++) {
		if (tk_gap_has(S, k, ':') || tk_gap_has(S, k, ','))
			return b;
		if (tk_gap_has(S, k, '('))
			return tk_in(S, k - 1, plural) ? tk_paren_posts(x, S, k, named) : b;
	}
	return b;
}

/* The posts after a heading's "for", from word b, into named: "For
 * Embassies in OIC member states (Abuja, Bamako and Dakar):", "FOR POSTS IN
 * EU MEMBER STATES AND USEU:", "FOR WESTERN HEMISPHERE POSTS (BRASILIA,
 * BOGOTA AND LIMA):", "For Madrid, approach" (places before a comma),
 * "(For Riyadh and Kuwait) We understand" (in parentheses).  The word
 * after them. */
static size_t tk_for_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                           struct tk_parties *named)
{
	bool generic = false;
	size_t e = tk_post_phrase(x, S, b, named, &generic);
	if (generic && !named->n)
		tk_paren_group(x, S, e, named);
	if (generic && !named->n)
		tk_group_heading(x, S, e, named);
	/* "FOR BILATERAL POSTS (IN AFRICA)": less the missions */
	struct tk_parties bilateral;
	if (generic && e > b && tk_bilateral(S, b, e, named->n ? named : &x->deflt, &bilateral))
		*named = bilateral;
	if (!(e > b && named->n))
		e = tk_heading_places(x, S, b, named);
	if (!(e > b && named->n))
		e = tk_body_heading(x, S, b, named);
	if (!(e > b && named->n))
		e = tk_described_posts(x, S, b, named);
	if (!(e > b && named->n)) {
		e = tk_places_at(x, S, b, named);
		if (!(e > b && e < S->n && (tk_gap_has(S, e, ',') || tk_gap_has(S, e, ')'))))
			named->n = 0;
	}
	return e;
}

/* "For Embassy Kyiv, please approach", "ACTION REQUEST FOR ROME, MADRID
 * AND ATHENS:", "Athens: please deliver", "ROME AND MADRID: seek", "Rome
 * only:", "Embassy Pretoria only:" narrow the paragraph to the posts they
 * name (the posts before the colon that opens the sentence, or after
 * "for" at its start).  True when nothing is asked at word i: "for" there,
 * or a heading alone ("Embassy Madrid."). */
bool tk_scope_heading(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t i, size_t cs)
{
	struct tk_parties named;
	bool generic = false;
	size_t e;
	if (tk_is(S, i, W_for) && (i == cs || i == 0 || tk_asks_for(S, i))) {
		e = tk_for_posts(x, S, i + 1, &named);
		if (e > i + 1 && named.n)
			tk_set_scope(P, &named);
		else if (i == 0)
			tk_heading_except(x, P, S, cs);
		/* "FOR ALL POSTS:" over questions: every one of them */
		bool all = false;
		if (i == 0 && !P->scope.n && tk_ends_in_colon(S) &&
		    tk_post_phrase(x, S, 1, &named, &all) == S->n && all)
			tk_set_scope(P, &x->deflt);
		return true;
	}
	if (i != 0)
		return false;
	/* a long heading: "EMBASSIES BEIJING, CAIRO, MOSCOW AND NEW DELHI:",
	 * "EMBASSIES TOKYO, SEOUL AND ABU DHABI ONLY:", "ADDITIONAL NOTE FOR
	 * LONDON, PARIS AND BERLIN:" (where the clause starts after it) */
	if (S->n > 6 && (cs == 0 || cs > 5)) {
		if (tk_heading_end(x, S, &named) > 5) {
			tk_set_scope(P, &named);
			return false;
		}
		if (cs == 0) {
			tk_heading_except(x, P, S, 0);
			return false;
		}
	}
	e = tk_post_phrase(x, S, 0, &named, &generic);
	if (e == S->n && named.n) {
		tk_set_scope(P, &named);
		return true;
	}
	/* "Embassy Pretoria only: please", "EMBASSIES LONDON AND PARIS
	 * ONLY:" over items */
	if (e > 0 && named.n && tk_word_eq(S, e, "only"))
		e++;
	if (e == S->n && named.n) {
		tk_set_scope(P, &named);
		return true;
	}
	if (cs > 0 && (e != cs || !named.n))
		e = tk_heading_places(x, S, 0, &named);
	if (cs > 0 && (e != cs || !named.n))
		e = tk_body_heading(x, S, 0, &named);
	/* "Chemical control -- Rome only:" */
	if (cs > 0 && (e != cs || !named.n))
		e = tk_heading_end(x, S, &named);
	if (cs > 0 && e == cs && named.n)
		tk_set_scope(P, &named);
	else if (cs > 0)
		tk_heading_except(x, P, S, cs);
	return false;
}

/* "would be" or "would also be" before word i: see tk_match_internal.h. */
size_t tk_would_be_before(const struct tk_sentence *S, size_t i)
{
	/* "would be most helpful", "would be very useful" */
	static const char *const degree[] = {
		"most", "very", "extremely", "particularly", "especially", "really",
		"quite", "highly", NULL,
	};
	while (i >= 2 && tk_word_among(S, i - 1, degree))
		i--;
	/* "We would find it useful": the writer is the one who would */
	if (i >= 3 && tk_is(S, i - 1, W_it) && tk_word_eq(S, i - 2, "find") &&
	    tk_is(S, i - 3, W_would))
		return i > 3 ? i - 3 : 1;
	size_t w = i >= 3 && tk_in(S, i - 2, tk_modal_adverbs) ? i - 1 : i;
	if (!(w >= 2 && tk_is(S, i - 1, W_be) && tk_is(S, w - 2, W_would)))
		return 0;
	w -= 2;
	return w > 0 && tk_is(S, w - 1, W_it) ? w : w + 1;
}

/* "It would be helpful if Embassy Berlin could confirm", "it would be
 * useful for Embassy Paris to brief", "if Embassy Paris were to raise":
 * Washington's polite request of the
 * posts named after "if" or "for", at word i ("helpful"). */
bool tk_wash_helpful(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                     size_t i, struct tk_hit *hit)
{
	size_t q = tk_would_be_before(S, i);
	if (!q || !(tk_is(S, i + 1, W_for) || tk_is(S, i + 1, W_if)))
		return false;
	struct tk_parties named;
	bool generic = false;
	/* "if each of the addressee posts were to make the case" */
	size_t b = tk_is(S, i + 2, W_each) && tk_is(S, i + 3, W_of) ? i + 4 : i + 2;
	size_t e = tk_post_phrase(x, S, b, &named, &generic);
	/* "if Embassy Tokyo's reporting officers could", "if reporting
	 * officers could": the posts' people */
	size_t se = e > b && named.n && tk_possessive(S, e - 1) ? tk_staff_end(S, e)
	          : e == b ? tk_staff_end(S, b) : 0;
	if (se > e) {
		generic = e == b;
		e = se;
	}
	size_t v = tk_word_eq(S, e, "were") && tk_is(S, e + 1, W_to) ? e + 2 : e + 1;
	if (e == b || !(tk_is(S, e, W_to) || tk_is(S, e, W_could) || tk_is(S, e, W_would) ||
	                v == e + 2))
		return false;
	if (named.n)
		tk_set_scope(P, &named);
	tk_resolve(x, P, &named, hit);
	tk_hit_at(hit, q - 1, v, v);
	hit->rule = "polite request (\"it would be helpful if Embassy X could\")";
	return true;
}

/* "Washington would like the meeting to produce a statement" (v: the word
 * after the verb): what Washington wants to happen, asked of no one (not
 * "would like responses to the questions", a preposition's "to"). */
bool tk_wished_outcome(const struct tk_sentence *S, size_t v)
{
	static const enum tk_wid after_to[] = {
		W_the, W_a, W_an, W_this, W_these, W_those, W_that, W_its, W_their,
		W_his, W_her, W_our, W_NONE,
	};
	/* past six words, a long name ("the June 25 U.S.-EU Senior
	 * Officials Meeting in Brussels to adopt"), but not a clause or an
	 * object's own words ("posts' assessment of whether it intends to") */
	static const char *const ends[] = {
		"of", "whether", "that", "which", "who", "if", "on", "about", "for", NULL,
	};
	if (v == 0 || !(tk_is(S, v - 1, W_like) || tk_is(S, v - 1, W_wants)))
		return false;
	bool clause = false;
	for (size_t k = v + 1; k + 1 < S->n && k <= v + 12; k++) {
		clause = clause || tk_word_among(S, k, ends) || tk_gap_breaks(S, k);
		if (k > v + 6 && clause)
			return false;
		if (tk_is(S, k, W_to) && !tk_in(S, k + 1, after_to) &&
		    (S->caps || !tk_capitalised(S, k + 1)) && !ascii_is_digit(S->s[S->w[k + 1].s]))
			return true;
	}
	return false;
}

/* What Washington wants of posts, said without a request verb (r: the
 * word after the requester): "would like to receive posts' assessments",
 * "look forward to receiving posts' reports", "needs the following
 * information from posts".  The word where the posts' part starts, or 0
 * (not "would like to begin": the writer's own plan). */
size_t tk_wants_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t r)
{
	static const char *const receive[] = {
		"receive", "have", "see", "hear", "get", "receiving", "hearing", "seeing", NULL,
	};
	struct tk_parties named;
	bool generic = false;
	size_t k = 0;
	if (tk_is(S, r, W_would) && tk_is(S, r + 1, W_like) && tk_is(S, r + 2, W_to))
		k = r + 3;
	else if ((tk_word_eq(S, r, "look") || tk_word_eq(S, r, "looks")) &&
	         tk_is(S, r + 1, W_forward) && tk_is(S, r + 2, W_to))
		k = r + 3;
	if (k && tk_word_among(S, k, receive)) {
		size_t o = tk_post_phrase(x, S, k + 1, &named, &generic);
		return o > k + 1 && tk_possessive(S, o - 1) ? k + 1 : 0;
	}
	/* "needs the following information from posts" */
	if (!(tk_is(S, r, W_needs) || tk_is(S, r, W_need)))
		return 0;
	for (size_t j = r + 1; j < S->n && j <= r + 6; j++)
		if (tk_is(S, j, W_from)) {
			size_t o = tk_post_phrase(x, S, j + 1, &named, &generic);
			return o > j + 1 ? j + 1 : 0;
		}
	return 0;
}

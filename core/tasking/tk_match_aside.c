/* tk_match_aside.c - what stands between a Washington request's party and
 * its modal: an aside ("Embassy Rome, in coordination with USEU, should",
 * "Consulate General Frankfurt (Regional Support Center) is requested"),
 * a place after posts ("Posts in EU member states"), posts in parentheses
 * ("Embassy Rome (and Embassy Madrid, if time permits) should") and posts
 * an aside adds ("Embassies Madrid and Paris, as well as USUN, should").
 * Used by tk_match_wash.c through tk_match_internal.h.
 */
#include "tasking/tk_match_internal.h"

/* Does the gap before word j end an aside: a semicolon, a colon or a
 * full stop (not the dot of "U.S.": "which issued a message for U.S.
 * citizens,")? */
static bool tk_stops_aside(const struct tk_sentence *S, size_t j)
{
	return tk_gap_has(S, j, ';') || tk_gap_has(S, j, ':') ||
	       (tk_gap_has(S, j, '.') && !tk_is(S, j - 1, W_u_s));
}

/* "Embassy Rome, in coordination with USEU, should deliver": a phrase
 * set off by commas or parentheses between the party, which ends at word
 * e, and the word ok() accepts.  Returns the word after the second comma
 * or the closing parenthesis, or e. */
static size_t tk_aside_until(const struct tk_sentence *S, size_t e,
                             bool (*ok)(const struct tk_sentence *, size_t))
{
	/* "Consulate General Frankfurt (Regional Support Center) is
	 * requested to" */
	if (tk_gap_has(S, e, '(')) {
		for (size_t j = e + 1; j < S->n && j <= e + 8; j++)
			if (tk_gap_has(S, j, ')'))
				return ok(S, j) ? j : e;
		return e;
	}
	/* "Embassies Paris, Berlin and Warsaw -- though not Madrid, whose
	 * ministry has briefed us -- are asked to" (a '-' between words is a
	 * dash: a hyphen joins its words into one) */
	if (tk_gap_has(S, e, '-')) {
		for (size_t j = e + 1; j < S->n && j <= e + 30; j++) {
			if (tk_gap_has(S, j, '-'))
				return ok(S, j) ? j : e;
			if (tk_stops_aside(S, j))
				return e;
		}
		return e;
	}
	if (!tk_gap_has(S, e, ','))
		return e;
	/* ", which employ staff in outlying locations (Bamako in Mopti,
	 * Niamey in Agadez), should", ", whose Defense Attache Office we
	 * understand has been approached by the MOD about hosting, is asked
	 * to": a relative clause reaches further, and a parenthesis inside
	 * the aside is passed over whole */
	static const char *const relative[] = { "which", "who", "whose", NULL };
	/* ", while stressing the need to keep details of the plans
	 * confidential, are asked to": a clause of time or manner, longer */
	static const char *const clause[] = {
		"while", "when", "whenever", "once", "after", "before", "where", NULL,
	};
	bool rel = tk_word_among(S, e, relative);
	bool longer = rel || tk_word_among(S, e, clause) || tk_ing(S, e);
	size_t reach = rel ? 30 : longer ? 16 : 8;
	bool paren = false;
	for (size_t j = e + 1; j < S->n && j <= e + reach; j++) {
		if (!paren && tk_gap_has(S, j, '(') && !tk_gap_has(S, j, ')') && reach > 8) {
			paren = true;
			reach += 30;
		}
		if (paren && !tk_gap_has(S, j, ')'))
			continue;
		bool closed = paren;
		paren = false;
		if (tk_stops_aside(S, j))
			return e;
		/* "(and Embassy Madrid, if time permits) should"; a longer
		 * clause may hold a list ("citing their obligations under
		 * UNSCRs 1718, 1737, and 1747, should") */
		if (tk_gap_has(S, j, ',') || (tk_gap_has(S, j, ')') && !closed)) {
			if (ok(S, j))
				return j;
			if (!longer)
				return e;
		}
	}
	return e;
}

static bool tk_has_modal(const struct tk_sentence *S, size_t j)
{
	return tk_modal(S, j) != 0;
}

size_t tk_aside(const struct tk_sentence *S, size_t e)
{
	return tk_aside_until(S, e, tk_has_modal);
}

/* "would be grateful if the Ambassador in Pretoria, who we understand
 * meets the Minister monthly, would raise": a conditional's modal */
static bool tk_has_would(const struct tk_sentence *S, size_t j)
{
	static const char *const would[] = { "would", "could", "might", NULL };
	return tk_word_among(S, j, would) && j + 1 < S->n;
}

size_t tk_aside_would(const struct tk_sentence *S, size_t e)
{
	return tk_aside_until(S, e, tk_has_would);
}

/* "that the Department, in consultation with DOE, clear": a verb, in
 * small letters (any word, in a text in capitals) */
static bool tk_has_verb(const struct tk_sentence *S, size_t j)
{
	return S->caps || !tk_capitalised(S, j);
}

size_t tk_aside_verb(const struct tk_sentence *S, size_t e)
{
	return tk_aside_until(S, e, tk_has_verb);
}

/* "Embassy Warsaw, given Poland's presidency from July 1, please begin" */
static bool tk_has_please(const struct tk_sentence *S, size_t j)
{
	return tk_is(S, j, W_please) && !tk_gap_has(S, j, ':') && !tk_gap_has(S, j, ';');
}

/* (not a heading's "EXCEPT BELGRADE (SEE PARA 5): Please deliver", nor
 * "FOR ROME AND MADRID;(C) PLEASE REPORT") */
size_t tk_aside_please(const struct tk_sentence *S, size_t e)
{
	if (tk_gap_has(S, e, ':') || tk_gap_has(S, e, ';'))
		return e;
	return tk_aside_until(S, e, tk_has_please);
}

/* "Posts in EU member states should", "Embassies in the region are
 * asked to", "Posts making the demarche should", "Posts with DHS attaches
 * (Mexico City, Ottawa) should", "Posts that have not replied should": a
 * place or a description after posts named by their kind, which ends at
 * word e (the words do not say which addressees they are: all of them are
 * asked).  Returns the word where the modal starts, or e. */
size_t tk_posts_in(const struct tk_sentence *S, size_t e, bool generic)
{
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_consulates, W_NONE,
	};
	static const char *const joins[] = { "with", "that", "which", "whose", "who", NULL };
	if (!generic || e == 0 || e >= S->n || !tk_in(S, e - 1, plural))
		return e;
	/* "in", or "accredited to", "located in", "resident in" */
	static const char *const placed[] = { "accredited", "located", "based", "resident", NULL };
	size_t in = tk_is(S, e, W_in) ? 1 : 0;
	if (tk_word_among(S, e, placed) && (tk_is(S, e + 1, W_to) || tk_is(S, e + 1, W_in)))
		in = 2;
	if (!in && !tk_word_among(S, e, joins) && !(tk_ing(S, e) && (S->caps || !tk_capitalised(S, e))))
		return e;
	bool paren = false, except = false;
	size_t reach = in ? 9 + in : 14;
	for (size_t j = e + 1 + in; j < S->n && j <= e + reach; j++) {
		if (tk_gap_has(S, j, '(')) {
			paren = true;
			reach += 30;    /* "(Beijing, Moscow and London)" */
		}
		/* "other than Nairobi, Djibouti and Sanaa": a list */
		if (!except && (tk_word_eq(S, j, "except") ||
		                (tk_word_eq(S, j, "other") && tk_word_eq(S, j + 1, "than")))) {
			except = true;
			reach += 20;
		}
		/* a comma ends the place, not a list of places ("in Europe,
		 * Africa and Asia", "in Paris, London, and Doha") */
		size_t p = tk_is(S, j, W_and) || tk_is(S, j, W_or) ? j + 1 : j;
		bool list = in && p < S->n &&
		            (S->caps ? S->w[p].id == W_NONE : tk_capitalised(S, p));
		if (!paren && (tk_gap_has(S, j, ';') || tk_gap_has(S, j, ':') ||
		               (!except && !list && tk_gap_has(S, j, ','))))
			return e;
		if (tk_gap_has(S, j, ')'))
			paren = false;
		if (!paren && tk_modal(S, j))
			return j;
	}
	return e;
}

/* "Action addressees (Rome and Madrid) should", "Embassy Rome (and
 * Embassy Madrid, if time permits) should": the posts in parentheses after
 * the party, which ends at word e, into more.  Returns the word after the
 * closing parenthesis, or e when there are none. */
size_t tk_paren_posts(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t e, struct tk_parties *more)
{
	more->n = 0;
	if (e >= S->n || !tk_gap_has(S, e, '('))
		return e;
	size_t k = tk_is(S, e, W_and) ? e + 1 : e;
	for (size_t j = e + 1; j < S->n && j <= e + 30; j++) {
		if (!tk_gap_has(S, j, ')'))
			continue;
		bool generic = false;
		if (tk_post_phrase(x, S, k, more, &generic) == k || !more->n)
			tk_places_at(x, S, k, more);
		return more->n ? j : e;
	}
	return e;
}

size_t tk_aside_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t e,
                      struct tk_parties *more)
{
	if (!tk_gap_has(S, e, ','))
		return e;
	size_t k = e;
	if (tk_is(S, k, W_as) && tk_word_eq(S, k + 1, "well") && tk_is(S, k + 2, W_as))
		k += 3;
	else if ((tk_word_eq(S, k, "along") || tk_word_eq(S, k, "together")) &&
	         tk_is(S, k + 1, W_with))
		k += 2;
	else if (tk_is(S, k, W_and))
		k++;
	else
		return e;
	struct tk_parties add;
	bool generic = false;
	size_t pe = tk_post_phrase(x, S, k, &add, &generic);
	if (pe == k || generic || !add.n || !tk_gap_has(S, pe, ',') || !tk_modal(S, pe))
		return e;
	tk_add_all(more, &add);
	return pe;
}

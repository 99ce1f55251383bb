/* tk_advice.c - how a post's advice reads as an instruction.
 *
 * In: a checklist line (struct tk_line) at the words after a post's
 * request verb, and what tk_match() found (struct tk_hit).  Out: tk_lead(),
 * the words that make it an instruction ("we recommend that Washington
 * consider X" -> "Consider X", "Post requests Department guidance" ->
 * "Provide ...", "it is time Washington turns up the heat" -> "Turn up the
 * heat"), which may move where the line starts; tk_skip_places() (the
 * places named before the verb) and tk_deinflect() ("turns" -> "turn").
 * tk_summary.c calls them through tk_summary_internal.h.
 */
#include "tasking/tk_summary_internal.h"

#include <string.h>

/* ---- how a post's advice reads as an instruction --------------------- */

/* A subject at word k of a post's advice and the word index of its verb,
 * or k when the words at k are no such subject: the US side ("that
 * Washington strongly consider", "you frame our goals", "SecDef also
 * emphasize", "DOD and State officials raise", "Washington to explore") or
 * a post ("Request Embassy Berlin approach"). */
static size_t tk_us_subject(const struct tk_sentence *S, size_t k)
{
	const enum tk_wid *us = tk_us_words;
	static const enum tk_wid roles[] = {
		W_agencies, W_officials, W_interlocutors, W_policymakers,
		W_principals, W_leaders, W_NONE,
	};
	static const enum tk_wid modals[] = {
		W_could, W_would, W_should, W_will, W_can, W_to, W_NONE,
	};
	size_t i = k;
	if (tk_is(S, i, W_the))
		i++;
	/* an agency by its first word ("DIA could provide") */
	bool agency = S->w[i].agency && tk_capitalised(S, i);
	if (!tk_in(S, i, us) && !tk_in(S, i, tk_post_words) && !agency)
		return k;
	i++;
	/* "Secretary Gates", "DOD and State officials", "USG agencies", "the
	 * State Department, Attorney General Holder, and the US Mission to
	 * the UN in New York" */
	static const char *const joints[] = { "and", "the", "to", "in", "of", NULL };
	while (i < S->n) {
		if (tk_in(S, i, us) || tk_in(S, i, roles) || (!S->caps && tk_capitalised(S, i)))
			i++;
		else if (tk_word_among(S, i, joints) &&
		         (tk_in(S, i + 1, us) || tk_is(S, i + 1, W_the) ||
		          (!S->caps && tk_capitalised(S, i + 1))))
			i++;
		else
			break;
	}
	/* "Department guidance", "Washington's view": a noun, not a subject */
	if (tk_possessive(S, i - 1) || tk_in(S, i, tk_request_nouns))
		return k;
	while (tk_in(S, i, tk_modal_adverbs) || tk_in(S, i, modals))
		i++;
	/* "we recommend you not commit to a date": "not" and its verb */
	if (tk_is(S, i, W_not) && i + 1 < S->n && (S->caps || !tk_capitalised(S, i + 1)) &&
	    !tk_in(S, i + 1, tk_request_nouns) && !tk_gap_has(S, i + 1, ','))
		return i;
	/* "the TFTP and data privacy experts": no verb follows */
	if (i >= S->n || S->w[i].id == W_please || tk_gap_has(S, i, ',') ||
	    (!S->caps && tk_capitalised(S, i)) || tk_in(S, i, tk_request_nouns) ||
	    tk_in(S, i, tk_dangling) || tk_word_among(S, i, tk_weak_cuts))
		return k;
	return i;
}

size_t tk_past_owner(const struct tk_sentence *S, size_t f, size_t stop)
{
	size_t k = tk_is(S, f, W_the) ? f + 1 : f;
	if (!tk_in(S, k, tk_post_words))
		return f;
	for (size_t j = k; j < stop && j <= k + 3; j++) {
		/* "Embassy Mexico's and Embassy Oslo's help": both */
		if (tk_possessive(S, j) && tk_is(S, j + 1, W_and) && tk_past_owner(S, j + 2, stop) > j + 2)
			return tk_past_owner(S, j + 2, stop);
		if (tk_possessive(S, j))
			return j + 1 < stop ? j + 1 : f;
		if (j > k && !S->caps && !tk_capitalised(S, j))
			break;
	}
	return f;
}

size_t tk_dummy_passive(const struct tk_sentence *S, size_t f)
{
	static const char *const be[] = { "is", "was", "are", NULL };
	static const char *const asked[] = {
		"requested", "asked", "expected", "directed", "instructed", NULL,
	};
	if (!tk_word_eq(S, f, "it") || !tk_word_among(S, f + 1, be))
		return f;
	size_t t = f + 2;
	while (tk_in(S, t, tk_modal_adverbs))
		t++;
	/* "It is the Department's wish that" */
	if (tk_is(S, t, W_the) && tk_possessive(S, t + 1) && tk_is(S, t + 3, W_that))
		t += 2;
	else if (!tk_word_among(S, t, asked))
		return f;
	if (!tk_is(S, t + 1, W_that))
		return f;
	size_t v = tk_us_subject(S, t + 2);
	return v > t + 2 ? v : f;
}

/* Is w a verb of advice ("we recommend high level approaches")? */
static bool tk_advice(enum tk_wid w)
{
	return w == W_recommend || w == W_recommends || w == W_suggest ||
	       w == W_suggests || w == W_propose || w == W_proposes;
}

/* "it is time Washington turns up the heat", "it is time for the GOK to
 * act": what is asked.  The US side's part reads as an instruction ("Turn
 * up the heat"); another's keeps its name ("The GOK: act").  False when
 * the words at L->from say no such thing. */
static bool tk_time_lead(struct cable *c, struct tk_line *L, const char **lead,
                         bool *deinflect)
{
	const struct tk_sentence *S = L->S;
	size_t f = L->from;
	if (!(tk_is(S, f, W_it) && tk_is(S, f + 1, W_is) && tk_word_eq(S, f + 2, "time")))
		return false;
	size_t j = f + 3;
	if (tk_is(S, j, W_to)) {
		L->from = j + 1;    /* "it is time to act" */
		return true;
	}
	if (tk_is(S, j, W_that))
		j++;
	bool inf = tk_is(S, j, W_for);
	j += inf;
	size_t v = tk_us_subject(S, j);
	if (v > j) {
		L->from = v;
		*deinflect = !inf;
		return true;
	}
	/* the subject: up to its "to"; else a name, or a noun after "the" */
	size_t k = j + (tk_is(S, j, W_the) || tk_is(S, j, W_a));
	while (inf && k < L->stop && k < j + 6 && !tk_is(S, k, W_to))
		k++;
	while (!inf && k < L->stop && !S->caps && tk_capitalised(S, k))
		k++;
	if (!inf && k == j + 1 && k + 1 < L->stop && S->s[S->w[k + 1].e - 1] == 's')
		k++;        /* "it is time the ministry publishes" */
	if (k == j || (inf && !tk_is(S, k, W_to)) || k + inf >= L->stop)
		return false;
	const char *name = tk_print(c, L, j, k);
	if (!name)
		return false;
	L->from = k + inf;
	*deinflect = !inf;
	*lead = arena_printf(&c->arena, "%s:", name);
	return true;
}

/* The words after a post's advice that are a clause of their own ("we
 * recommend that ..."): the lead that makes them an instruction.  After
 * "in addition to ...," the clause's own subject; "that X be ..." or "that
 * X begin ..." or "that X should begin" asks to see to it ("Ensure
 * that", without the "should"); "that X would be ..." is a view to weigh
 * ("Consider that"). */
static const char *tk_clause_lead(struct tk_line *L)
{
	const struct tk_sentence *S = L->S;
	size_t f = L->from;
	if (tk_word_among(S, f, tk_weak_cuts)) {
		size_t j = f + 1;
		while (j < L->stop && j < f + 20 && !tk_gap_comma(S, j))
			j++;
		if (j < L->stop && j < f + 20) {
			size_t v = tk_us_subject(S, j);
			L->from = L->min = v;
			if (v > j)
				return NULL;    /* "..., we also convey" */
			f = j;
		}
	}
	/* "which the Ambassador suggests will help": the subject went before */
	if (tk_word_among(S, f, tk_finite))
		return "Consider that this";
	size_t kept = 0;
	for (size_t i = f + 1; i < L->stop && kept < 16; i++) {
		if (L->cut[i])
			continue;
		kept++;
		if (tk_word_among(S, i, tk_strong_cuts) || tk_gap_comma(S, i))
			break;
		if (tk_is(S, i, W_be) || tk_is(S, i, W_not)) {
			L->min = i + 1;
			return "Ensure that";
		}
		/* "that the international community should observe": what
		 * is to be done, "should" left out */
		if (tk_is(S, i, W_should) && i + 1 < L->stop) {
			L->cut[i] = true;
			L->min = i + 1;
			return "Ensure that";
		}
		/* "visit Valletta in May": the month, not the modal */
		if (tk_word_among(S, i, tk_finite) &&
		    !(tk_word_eq(S, i, "may") && !S->caps && tk_capitalised(S, i))) {
			L->min = i + 1;
			return "Consider that";
		}
	}
	L->min = f + 1;
	return "Ensure that";
}

/* Does the advice's object hold a verb of its own, "be" after a subject
 * ("recommends a letter (to be prepared by Post) from INL be sent")? */
static bool tk_subjunctive(const struct tk_line *L)
{
	static const char *const before[] = {
		"to", "will", "would", "should", "could", "can", "may", "might",
		"must", "not", NULL,
	};
	const struct tk_sentence *S = L->S;
	size_t kept = 0;
	for (size_t i = L->from + 1; i < L->stop && kept < 16; i++) {
		if (L->cut[i])
			continue;
		kept++;
		if (tk_word_among(S, i, tk_strong_cuts) || tk_gap_comma(S, i) || tk_line_stop(L, i))
			return false;
		if (tk_is(S, i, W_be))
			return !tk_word_among(S, i - 1, before);
	}
	return false;
}

/* The lead that makes a post's request for a thing an instruction, for
 * the words from L->from on (which it may move): "we recommend that
 * Washington consider X" -> "Consider X"; "we urge the RTG to issue" ->
 * "Urge ..."; "we recommend initiating" -> "Consider initiating"; "Post
 * requests Department guidance" -> "Provide ..."; NULL when the words are
 * the instruction. */
const char *tk_lead(struct cable *c, struct tk_line *L,
                    const struct tk_hit *hit, bool *deinflect)
{
	static const char *const pronouns[] = { "he", "she", "they", "it", NULL };
	const struct tk_sentence *S = L->S;
	size_t f = L->from;
	*deinflect = false;
	if (!hit->object_only || tk_is(S, f, W_to))
		return NULL;
	/* "Embassy Lisbon's help", "the Embassy's raising the case": not
	 * the post asked (nor, in capitals, a subject before its verb) */
	f = L->from = tk_past_owner(S, f, L->stop);
	/* "Request that the Department confirm": the clause's own verb */
	size_t v = tk_is(S, f, W_that) ? tk_us_subject(S, f + 1) : tk_us_subject(S, f);
	if (v > f + tk_is(S, f, W_that)) {
		L->from = v;            /* the clause's own verb */
		return tk_is(S, v, W_not) ? "Do" : NULL;
	}
	const char *lead = NULL;
	if (tk_time_lead(c, L, &lead, deinflect))
		return lead;
	/* "which the Ambassador suggests will help": the subject went before */
	if (tk_word_among(S, f, tk_finite))
		return "Consider that this";
	/* "Post would welcome and be happy to assist": the second verb asks */
	if ((tk_is(S, f, W_and) || tk_is(S, f, W_or)) && f + 1 < L->stop) {
		L->from = f + 1;
		return NULL;
	}
	if ((f > 0 && tk_is(S, f - 1, W_that)) || tk_word_among(S, f, pronouns))
		return tk_clause_lead(L);
	/* "requests urgent consideration be given to": a clause without
	 * "that", its subject a few words long */
	for (size_t k = f + 1; k < L->stop && k <= f + 4 && !tk_gap_comma(S, k); k++) {
		if (tk_is(S, k, W_be))
			return tk_clause_lead(L);
		if (tk_in(S, k, tk_dangling))
			break;
	}
	if (hit->ask == W_urge || hit->ask == W_urges)
		return "Urge";          /* "we urge the RTG to issue" */
	if (hit->ask == W_encourage || hit->ask == W_encourages)
		return "Encourage";
	if (hit->ask == W_ask || hit->ask == W_asks)
		return "Ask";
	/* "Embassy invites interested agencies to send questions": what they
	 * are invited to do */
	if (hit->ask == W_invite || hit->ask == W_invites)
		for (size_t k = f + 1; k < L->stop && k <= f + 4; k++)
			if (tk_is(S, k, W_to) && k + 1 < L->stop) {
				L->from = k + 1;
				return NULL;
			}
	/* "would appreciate receiving posts' reports": the reports */
	static const char *const receipt[] = { "receiving", "getting", "having", NULL };
	if (tk_word_among(S, f, receipt) && f + 1 < L->stop) {
		L->from = f + 1;
		return "Provide";
	}
	/* "we recommend against approving the request", "against the visit" */
	if (tk_word_eq(S, f, "against") && f + 1 < L->stop)
		return "Decide";
	if (tk_gerund(S, f))
		return "Consider";
	if (tk_advice(hit->ask) && tk_subjunctive(L))
		return tk_clause_lead(L);
	if (tk_is(S, f, W_for) && f + 1 < L->stop)
		L->from = f + 1;        /* "recommend, therefore, for the invitation" */
	/* "the Department's assistance in conveying", "Department guidance
	 * on": what Washington is to give, without its name */
	size_t g = tk_is(S, L->from, W_the) ? L->from + 1 : L->from;
	if ((tk_is(S, g, W_department) || tk_is(S, g, W_washington) || tk_is(S, g, W_usg)) &&
	    g + 2 < L->stop && (tk_possessive(S, g) || tk_in(S, g + 1, tk_request_nouns)) &&
	    !tk_is(S, g + 1, W_view) && !tk_is(S, g + 1, W_decision) &&   /* "a view" */
	    !tk_is(S, g + 1, W_response) && !tk_is(S, g + 1, W_reply))
		L->from = g + 1;
	return tk_advice(hit->ask) ? "Consider" : "Provide";
}

/* "Embassies in Paris, London, and Doha pursue": the places named before
 * the verb are no part of the action. */
size_t tk_skip_places(const struct tk_sentence *S, size_t f)
{
	if (S->caps || !(tk_is(S, f, W_in) || tk_is(S, f, W_at)) || !tk_capitalised(S, f + 1))
		return f;
	size_t k = f + 1;
	while (k < S->n && (tk_capitalised(S, k) || tk_is(S, k, W_and)))
		k++;
	return k < S->n && k < f + 16 ? k : f;
}

/* "turns up the heat" -> "turn up the heat": the first word of s less the
 * -s of the third person. */
void tk_deinflect(char *s)
{
	size_t n = strcspn(s, " "), drop = 1;
	if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i')
		return;
	if (n > 4 && strncmp(s + n - 3, "ies", 3) == 0) {
		s[n - 3] = 'y';
		drop = 2;
	} else if (s[n - 2] == 'e' && (s[n - 3] == 'x' || s[n - 3] == 'z' || s[n - 3] == 'o' ||
	                               (s[n - 3] == 'h' && (s[n - 4] == 'c' || s[n - 4] == 's')) ||
	                               (s[n - 3] == 's' && s[n - 4] == 's'))) {
		drop = 2;           /* "pushes", "passes", "goes" */
	}
	memmove(s + n - drop, s + n, strlen(s + n) + 1);
}

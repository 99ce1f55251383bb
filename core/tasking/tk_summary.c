/* tk_summary.c - the words a tasking is shown by: quote and checklist line.
 *
 * In: a tasking sentence cut into words, what tk_match() found in it
 * (struct tk_hit) and its deadline phrase.  Out: text in the cable's arena:
 * tk_text() copies a run of words with the white space folded (the
 * deadline cut out), tk_summary() makes the checklist line ("Provide
 * Department guidance", "Consider initiating an early dialogue"), and
 * tk_clause_end() and tk_summary_end() say where such a run of words stops.
 */
#include "tasking/tk_internal.h"

#include <strings.h>

/* Copies S's words [from, to) into the arena with the white space folded,
 * leaving out the bytes [cut_b, cut_e) (the deadline). */
const char *tk_text(struct cable *c, const struct tk_sentence *S,
                    size_t from, size_t to, size_t cut_b, size_t cut_e)
{
	if (from >= to || from >= S->n)
		return NULL;
	if (to > S->n)
		to = S->n;
	size_t b = S->w[from].s, e = S->w[to - 1].e;
	/* keep a closing quote or parenthesis that belongs to the words */
	char *out = arena_alloc(&c->arena, e - b + 1);
	size_t o = 0;
	for (size_t i = b; i < e; i++) {
		if (i >= cut_b && i < cut_e)
			continue;
		char ch = S->s[i];
		/* "guidance NLT Monday, February 8, on how": the comma that
		 * closed the cut deadline goes with it */
		if (i >= cut_e && cut_e > cut_b && i > b && ch == ',') {
			size_t k = cut_e;
			while (k < i && S->s[k] == ' ')
				k++;
			if (k == i)
				continue;
		}
		if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
		/* a cut deadline leaves "intentions , so that": no space
		 * before punctuation */
		if ((ch == ',' || ch == ';' || ch == '.' || ch == ')') && o &&
		    out[o - 1] == ' ')
			o--;
		out[o++] = ch;
	}
	while (o && (out[o - 1] == ' ' || out[o - 1] == ',' || out[o - 1] == '-' ||
	             out[o - 1] == ':' || out[o - 1] == ';'))
		o--;
	out[o] = '\0';
	return o ? out : NULL;
}

/* The word index where the clause of word v ends (a full stop, a colon, a
 * semicolon, a parenthesis or a dash). */
size_t tk_clause_end(const struct tk_sentence *S, size_t v, size_t max)
{
	size_t i = v + 1;
	while (i < S->n && i < v + max) {
		bool stop = false;
		for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
			if (S->s[k] == ';' || S->s[k] == ':' || S->s[k] == '(' ||
			    (S->s[k] == '-' && k + 1 < S->w[i].s && S->s[k + 1] == '-'))
				stop = true;
		if (stop)
			break;
		i++;
	}
	return i;
}

/* Words a checklist line should not end on ("... support for"). */
static const enum tk_wid tk_dangling[] = {
	W_to, W_for, W_of, W_the, W_a, W_an, W_and, W_or, W_with, W_on, W_in,
	W_by, W_at, W_from, W_as, W_that, W_is, W_are, W_be, W_was, W_were,
	W_his, W_her, W_their, W_its, W_our, W_your, W_which, W_who, W_whose,
	W_when, W_how, W_into, W_including, W_particularly, W_while, W_about,
	W_between, W_this, W_these, W_those, W_any, W_all, W_will, W_would,
	W_could, W_should, W_can, W_may, W_not, W_also, W_NONE,
};

/* Where a checklist line from word v ends: the clause's end when it comes
 * within a few words of TK_SUMMARY_WORDS; else TK_SUMMARY_WORDS words less
 * the words it should not end on ("to", "the", "for"). */
size_t tk_summary_end(const struct tk_sentence *S, size_t v)
{
	size_t to = tk_clause_end(S, v, TK_SUMMARY_WORDS);
	if (to < v + TK_SUMMARY_WORDS || to >= S->n)
		return to;
	size_t longer = tk_clause_end(S, v, TK_SUMMARY_WORDS + 5);
	if (longer < v + TK_SUMMARY_WORDS + 5)
		return longer;
	while (to > v + 4 && tk_in(S, to - 1, tk_dangling))
		to--;
	return to;
}

/* A US party as the subject of a post's recommendation ("that Washington
 * strongly consider", "you frame our goals", "SecDef also emphasize", "DOD
 * and State officials raise", "Washington to explore"): the word index of
 * its verb, or k when the words at k are no such subject. */
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
	if (!tk_in(S, i, us))
		return k;
	i++;
	/* "Secretary Gates", "DOD and State officials", "USG agencies" */
	while (i < S->n) {
		if (tk_in(S, i, us) || tk_in(S, i, roles) ||
		    (!S->caps && tk_capitalised(S, i) && !tk_gap_has(S, i, ',')))
			i++;
		else if (tk_is(S, i, W_and) && (tk_in(S, i + 1, us) || tk_capitalised(S, i + 1)))
			i++;
		else
			break;
	}
	/* "Department guidance", "Washington's view": a noun, not a subject */
	if (tk_possessive(S, i - 1) || tk_in(S, i, tk_request_nouns))
		return k;
	while (tk_in(S, i, tk_modal_adverbs) || tk_in(S, i, modals))
		i++;
	if (i >= S->n || S->w[i].id == W_please || tk_gap_has(S, i, ',') ||
	    (!S->caps && tk_capitalised(S, i)) || tk_in(S, i, tk_request_nouns))
		return k;
	return i;
}

/* Is w a verb of advice ("we recommend high level approaches")? */
static bool tk_advice(enum tk_wid w)
{
	return w == W_recommend || w == W_recommends || w == W_suggest ||
	       w == W_suggests || w == W_propose || w == W_proposes;
}

/* Does word i read as a gerund ("initiating", "proceeding")? */
static bool tk_gerund(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n || (!S->caps && tk_capitalised(S, i)))
		return false;
	size_t b = S->w[i].s, e = S->w[i].e;
	return e - b > 5 && strncasecmp(S->s + e - 3, "ing", 3) == 0;
}

/* A checklist line: "approach host-country officials to pursue the
 * objectives", "provide guidance on how to respond to Aliyev's concerns".
 * A post's recommendation reads as what Washington is to do: "we recommend
 * that Washington strongly consider the following actions" -> "Consider
 * the following actions"; "we recommend initiating an early dialogue" ->
 * "Consider initiating an early dialogue"; "Post requests Department
 * guidance" -> "Provide Department guidance". */
const char *tk_summary(struct cable *c, const struct tk_sentence *S,
                       const struct tk_hit *hit, const struct deadline *dl,
                       bool have_dl)
{
	size_t from = hit->verb;
	size_t cut_b = (size_t)-1, cut_e = 0;
	if (have_dl) {
		cut_b = dl->start;
		cut_e = dl->start + dl->len;
	}
	/* "please" and adverbs are not the action */
	while (from < S->n && (tk_is(S, from, W_please) || tk_in(S, from, tk_modal_adverbs)))
		from++;
	const char *body;
	if (hit->verb_end > hit->verb && hit->verb == hit->quote_from) {
		/* "The Department's guidance ... is requested": the subject */
		size_t s = from;
		if (tk_is(S, s, W_the) || tk_is(S, s, W_a) || tk_is(S, s, W_an))
			s++;
		size_t e = hit->verb_end >= 2 ? hit->verb_end - 2 : s;
		if (e > s + TK_SUMMARY_WORDS)
			e = s + TK_SUMMARY_WORDS;
		body = tk_text(c, S, s, e, cut_b, cut_e);
		return body ? arena_printf(&c->arena, "Provide %s", body) : NULL;
	}
	const char *lead = NULL;
	if (hit->object_only && !tk_is(S, from, W_to)) {
		size_t v = tk_us_subject(S, from);
		if (v > from)
			from = v;               /* the clause's own verb */
		else if (hit->ask == W_urge || hit->ask == W_urges)
			lead = "Urge";          /* "we urge the RTG to issue" */
		else if (hit->ask == W_encourage || hit->ask == W_encourages)
			lead = "Encourage";
		else if (tk_gerund(S, from))
			lead = "Consider";
		else if (from > 0 && tk_is(S, from - 1, W_that))
			lead = "Consider:";     /* "that he be invited to Washington" */
		else
			lead = tk_advice(hit->ask) ? "Consider" : "Provide";
	}
	size_t to = tk_summary_end(S, from);
	/* "respond NLT October 15 -- to include its views on ...": with the
	 * deadline cut, a line of one or two words runs on to the next clause */
	size_t kept = 0;
	for (size_t k = from; k < to; k++)
		kept += S->w[k].s < cut_b || S->w[k].s >= cut_e;
	if (kept < 3 && to < S->n)
		to = tk_summary_end(S, to);
	body = tk_text(c, S, from, to, cut_b, cut_e);
	if (!body)
		return NULL;
	char *out = lead ? arena_printf(&c->arena, "%s %s", lead, body)
	                 : arena_strdup(&c->arena, body);
	/* a checklist line starts with a capital; proper nouns keep theirs */
	if (islower((unsigned char)out[0]))
		out[0] = (char)toupper((unsigned char)out[0]);
	return out;
}

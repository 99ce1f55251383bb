/* tk_summary.c - the words a tasking is shown by: quote and checklist line.
 *
 * In: a tasking sentence cut into words, what tk_match() found in it
 * (struct tk_hit) and its deadline phrase.  Out: text in the cable's arena:
 * tk_text() copies a run of words with the white space folded (the
 * deadline cut out), tk_summary() makes the checklist line ("Provide
 * Department guidance", "Consider initiating an early dialogue"), and
 * tk_clause_end() and tk_summary_end() say where such a run of words stops.
 *
 * A checklist line is an instruction of whole words: it leaves out the
 * deadline and the hedge before it ("ASAP, and in any case"), the asides
 * ("(PSI)", "- if any -", ", consistent with its obligations under UNSCRs
 * 1718 and 1747,") and the posts asked after "from" ("input from Embassy
 * Tokyo on the motion"), it is cut where a clause or a
 * phrase ends and never on a word that needs the next one ("to", "the",
 * "Seek", "most likely"), it runs on past a sentence end the splitter took
 * inside "Mr." or "e.g.", and a post's advice reads as what is asked
 * ("Ensure that a NATO IPC be scheduled", "Turn up the heat").  When the
 * asks are the paragraph's bullets ("pursue the following objectives:"),
 * the line counts them and names the first ones: "Pursue 5 objectives:
 * Circulate ...; Discuss the paper".
 *
 * This file holds the entry points; the checklist line is made with
 * tk_line.c (which words, where the line ends), tk_lexicon.c (words
 * compared by their letters, a sentence run on past "Mr."), tk_advice.c (a
 * post's advice as an instruction) and tk_bullets.c (a line that names the
 * bullets), which share the private tk_summary_internal.h.
 */
#include "tasking/tk_summary_internal.h"

#include <string.h>

#include "base/ascii.h"

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

/* ---- the checklist line ------------------------------------------------ */

/* Where a checklist line from word v ends (for a paragraph another points
 * to, whose first sentence is its line): the clause's end when it is
 * short, else a cut where a clause or a phrase starts. */
size_t tk_summary_end(const struct tk_sentence *S, size_t v)
{
	struct tk_line L;
	tk_line_init(&L, S, v, TK_SUMMARY_WORDS);
	L.asides = false;           /* the caller copies the words as they are */
	size_t ce;
	return tk_line_end(&L, v, &ce);
}

/* "The Department's guidance ... is requested on how to respond": the
 * line is what is asked for and what follows the passive words (they are
 * cut), up to the word before verb_end's run of them. */
static void tk_cut_passive(struct tk_line *L, size_t verb_end)
{
	static const char *const passive[] = {
		"is", "are", "would", "be", "requested", "sought", "appreciated",
		"welcome", "welcomed", "due", "needed", "will", NULL,
	};
	const struct tk_sentence *S = L->S;
	/* "would be appreciated by analysts and policymakers": who wants it
	 * ends the line (the request read them as verb_end's) */
	bool agent = false;
	for (size_t b = verb_end; b > L->from + 2 && b + 8 > verb_end && !agent; b--)
		if (tk_is(S, b - 1, W_by) && tk_word_among(S, b - 2, passive)) {
			verb_end = b - 1;
			agent = true;
		}
	size_t k = verb_end;
	/* "would be greatly appreciated", "would be of real value": back to
	 * the "would" that opens them, when every word after it is one of
	 * theirs (tk_passive_request() reads them) */
	static const char *const said[] = {
		"be", "of", "appreciated", "welcome", "welcomed", "useful", "helpful",
		"valuable", "invaluable", "value", "use", "help", "assistance",
		"benefit", "greatly", "most", "very", "much", "especially",
		"particularly", "extremely", "truly", "deeply", "sincerely", "highly",
		"great", "real", "considerable", "significant", "enormous", NULL,
	};
	size_t w = verb_end;
	while (w > L->from + 1 && w + 6 > verb_end && tk_word_among(S, w - 1, said))
		w--;
	if (w > L->from + 1 && w < verb_end && tk_is(S, w - 1, W_would))
		while (k >= w)
			L->cut[--k] = true;
	/* (and an adverb among them: "is also sought", "is likewise sought") */
	while (k > L->from + 1 && (tk_word_among(S, k - 1, passive) ||
	                           tk_in(S, k - 1, tk_modal_adverbs)))
		L->cut[--k] = true;
	/* nothing after them: the line ends on what is asked for */
	if (k == verb_end || agent || verb_end >= L->stop)
		L->stop = k > L->from ? k : L->from + 1;
}

/* Is word i capitalised only because it opens the sentence ("Responses
 * are requested"), not a name ("Embassy Rome's views", "Foreign Ministry
 * comments", "NATO's views")? */
static bool tk_initial_capital(const struct tk_sentence *S, size_t i)
{
	static const enum tk_wid names[] = {
		W_embassy, W_post, W_posts, W_mission, W_consulate, W_department,
		W_washington, W_usg, W_NONE,
	};
	if (i != 0 || S->n < 2 || tk_in(S, i, names) || tk_capitalised(S, i + 1))
		return false;
	const char *w = S->s + S->w[i].s;
	return S->w[i].e - S->w[i].s >= 2 && ascii_is_lower((unsigned char)w[1]);
}

/* When the line starts at the asked words themselves: skips what stands
 * before the verb and returns the lead a negation needs ("Do"), or NULL.
 * "Post's first priority must be to determine", "if Embassy Rome could
 * provide", "Post should not make" -> "Do not make", "instructs post not
 * to do so", "should not/not raise". */
static const char *tk_verb_lead(struct tk_line *L)
{
	static const char *const modals[] = { "could", "would", "will", "can", NULL };
	const struct tk_sentence *S = L->S;
	if (tk_is(S, L->from, W_be) && tk_is(S, L->from + 1, W_to) && L->from + 2 < L->stop)
		L->from = L->min = L->from + 2;
	if (tk_word_among(S, L->from, modals) && L->from + 1 < L->stop)
		L->from = L->min = L->from + 1;
	if (tk_word_eq(S, L->from, "not/not") && L->from + 1 < L->stop) {
		L->from = L->min = L->from + 1;
		return "Do not";
	}
	if (tk_is(S, L->from, W_not)) {
		if (tk_is(S, L->from + 1, W_to))
			L->cut[L->from + 1] = true;
		return "Do";
	}
	return NULL;
}

/* The word after what stands before the action at word from: "please",
 * adverbs ("also", "urgently"), a linking word ("should, however,
 * coordinate") and "in addition" ("should in addition seek"). */
static size_t tk_past_lead_words(const struct tk_sentence *S, size_t from)
{
	static const char *const linking[] = {
		"however", "nevertheless", "meanwhile", "accordingly", "additionally",
		"furthermore", "moreover", "instead", NULL,
	};
	while (from < S->n && (tk_is(S, from, W_please) || tk_in(S, from, tk_modal_adverbs)))
		from++;
	if (tk_word_among(S, from, linking) && tk_gap_has(S, from + 1, ','))
		from++;
	if (tk_is(S, from, W_in) && tk_word_eq(S, from + 1, "addition") &&
	    !tk_is(S, from + 2, W_to))
		from += 2;
	return from;
}

/* "A short report on each demarche, and on any pledge announced, should
 * be sent" (the modal at word m): the subject that opens at word from,
 * less the aside between commas that ends at the modal. */
static void tk_cut_subject_aside(struct tk_line *L, size_t from, size_t m)
{
	const struct tk_sentence *S = L->S;
	if (!tk_gap_has(S, m, ','))
		return;
	for (size_t k = m - 1; k > from + 1; k--)
		if (tk_gap_has(S, k, ',')) {
			for (size_t j = k; j < m; j++)
				L->cut[j] = true;
			return;
		}
}

/* The words a line opens with (NULL: its own) and where it starts: "It
 * is requested that posts report" from "posts"; "The Department's
 * guidance ... is requested" is "Provide" the guidance. */
static const char *tk_line_lead(struct cable *c, struct tk_line *L,
                                const struct tk_hit *hit, bool *deinflect)
{
	const struct tk_sentence *S = L->S;
	size_t dv = tk_dummy_passive(S, L->from);
	if (dv > L->from) {
		L->from = dv;           /* "It is requested that posts report" */
		return NULL;
	}
	if (!(hit->verb_end > hit->verb && hit->verb == hit->quote_from))
		return tk_lead(c, L, hit, deinflect);
	/* "The Department's guidance ... is requested": the subject */
	if (tk_is(S, L->from, W_the) || tk_is(S, L->from, W_a) || tk_is(S, L->from, W_an))
		L->from++;
	/* "Post's views are requested", "Embassy Paris's views would be
	 * appreciated": the views */
	size_t o = tk_past_owner(S, L->from, hit->verb_end);
	L->from = o < hit->verb_end ? o : L->from;
	tk_cut_passive(L, hit->verb_end);
	return "Provide";
}

/* "set out the steps we ask posts to take": the words "the steps" of the
 * clause the request at word q qualifies, where the verb's object is, as
 * [*b, q); false when q follows no such noun. */
static bool tk_object_before(const struct tk_sentence *S, size_t q, size_t *b)
{
	static const enum tk_wid dets[] = { W_the, W_these, W_those, W_NONE };
	for (size_t d = q >= 3 ? q - 3 : 0; d + 1 < q; d++) {
		if (!tk_in(S, d, dets))
			continue;
		for (size_t k = d + 1; k <= q; k++)
			if (tk_gap_breaks(S, k) || (k < q && tk_in(S, k, tk_dangling)))
				return false;
		*b = d;
		return true;
	}
	return false;
}

/* "Posts that have not yet responded to reftel should do so by May 5":
 * with the deadline left out the ask is "do so", said of whom the words
 * before it name: "Do so: posts that have not yet responded to reftel".
 * NULL when the words asked are not "do so". */
static char *tk_do_so(struct cable *c, const struct tk_sentence *S, const struct tk_hit *hit)
{
	size_t v = hit->verb;
	if (!tk_word_eq(S, v, "do") || !tk_word_eq(S, v + 1, "so"))
		return NULL;
	static const char *const modal[] = {
		"should", "must", "shall", "will", "to", "is", "are", "requested",
		"asked", "instructed", "please", NULL,
	};
	size_t m = v;
	while (m > hit->quote_from && (tk_word_among(S, m - 1, modal) ||
	                               tk_in(S, m - 1, tk_modal_adverbs)))
		m--;
	const char *who = m > hit->quote_from + 1
	                  ? tk_text(c, S, hit->quote_from, m, (size_t)-1, 0) : NULL;
	if (!who)
		return arena_strdup(&c->arena, S->caps ? "DO SO" : "Do so");
	char *line = arena_printf(&c->arena, "%s: %s", S->caps ? "DO SO" : "Do so", who);
	if (!S->caps && ascii_is_upper((unsigned char)line[7]) && !tk_initial_capital(S, hit->quote_from))
		line[7] = (char)(unsigned char)ascii_to_lower((unsigned char)line[7]);
	return line;
}

/* A line of one word, or none, that says too little: "Take" of "the steps
 * we ask posts to take" takes its object ("Take the steps"), "do so" whom
 * it is said of (tk_do_so()).  body (maybe NULL) otherwise. */
static char *tk_fill_short(struct cable *c, const struct tk_sentence *S,
                           const struct tk_hit *hit, char *body, bool one_word)
{
	if (!body || strcasecmp(body, "do so") == 0) {
		char *so = tk_do_so(c, S, hit);
		return so ? so : body;
	}
	size_t ob;
	if (one_word && hit->quote_from > 0 && tk_object_before(S, hit->quote_from, &ob))
		return arena_printf(&c->arena, "%s %s", body,
		                    tk_text(c, S, ob, hit->quote_from, (size_t)-1, 0));
	return body;
}

/* A checklist line: "approach host-country officials to pursue the
 * objectives", "provide guidance on how to respond to Aliyev's concerns".
 * A post's recommendation reads as what Washington is to do: "we
 * recommend that Washington strongly consider the following actions" ->
 * "Consider the following actions"; "we recommend initiating an early
 * dialogue" -> "Consider initiating an early dialogue"; "Post requests
 * Department guidance" -> "Provide Department guidance"; "Post recommends
 * that he be invited" -> "Ensure that he be invited". */
static const char *tk_summary_line(struct cable *c, const struct tk_sentence *S0,
                                   const struct tk_hit *hit, const struct deadline *dl,
                                   bool have_dl, bool *bulleted)
{
	*bulleted = false;
	struct tk_sentence on;
	const struct tk_sentence *S = tk_run_on(S0, &on) ? &on : S0;
	size_t from = tk_past_lead_words(S, hit->verb);
	/* "Embassies are requested to:" the asks are the bullets */
	if (from >= S->n) {
		const char *line = tk_bullets_only(c, S);
		*bulleted = line != NULL;
		return line;
	}
	/* "No part of this message should be left in writing by posts":
	 * the clause as written, less its agent (a participle is no
	 * imperative) */
	bool agent = hit->agent > hit->quote_from;
	struct tk_line L;
	tk_line_init(&L, S, agent ? hit->quote_from : tk_skip_places(S, from), TK_SUMMARY_WORDS);
	for (size_t k = hit->agent; agent && k < hit->agent_end && k < L.stop; k++)
		L.cut[k] = true;
	for (size_t k = hit->named; k < hit->named_end && k < L.stop; k++)
		L.cut[k] = true;
	if (agent && hit->verb >= hit->quote_from + 4)
		tk_cut_subject_aside(&L, hit->quote_from, hit->verb - 2);
	/* "If posts could report, we would be grateful": not the ask */
	for (size_t j = from + 1; j < L.stop; j++)
		if (tk_gap_has(S, j, ',') && tk_welcomes(S, j)) {
			L.stop = j;
			break;
		}
	if (have_dl)
		tk_cut_deadline(&L, dl->start, dl->start + dl->len);
	tk_cut_asides(&L);
	bool deinflect = false;
	const char *lead = agent ? NULL : tk_line_lead(c, &L, hit, &deinflect);
	if (!lead)
		lead = tk_verb_lead(&L);
	size_t ce, to = tk_line_end(&L, L.from, &ce);
	char *body = tk_bullet_line(c, &L, ce, lead ? strlen(lead) + 1 : 0);
	*bulleted = body != NULL;
	/* "respond NLT October 15 -- to include its views", "seek to:": too
	 * short, or on a word that needs more: the line runs on (not past
	 * "; the Department needs them") */
	if (!body && ce < L.stop && !tk_gap_has(S, ce, ';') &&
	    (tk_kept(&L, L.from, to) < 3 || tk_leans(S, to - 1)))
		to = tk_line_end(&L, ce, &ce);
	if (!body)
		body = tk_print(c, &L, L.from, to);
	if (!lead && !*bulleted)
		body = tk_fill_short(c, S, hit, body, to == L.from + 1);
	if (!body)
		return NULL;
	if (deinflect)
		tk_deinflect(body);
	if (lead) {
		/* "we propose: A more muscular USG presence", "Guidance
		 * requested": no capital inside the line */
		if (!S->caps && (strncmp(body, "A ", 2) == 0 || strncmp(body, "An ", 3) == 0 ||
		                 strncmp(body, "The ", 4) == 0 || strncmp(body, "Any ", 4) == 0 ||
		                 tk_in(S, L.from, tk_request_nouns) || tk_initial_capital(S, L.from) ||
		                 tk_is(S, L.from, W_not)))
			body[0] = (char)(unsigned char)ascii_to_lower((unsigned char)body[0]);
		body = arena_printf(&c->arena, "%s %s", lead, body);
		/* a line in capitals stays in them: "PROVIDE ASSESSMENT OF",
		 * "DO NOT COMMIT", not "Do NOT COMMIT" */
		for (size_t k = 0; S->caps && lead[k]; k++)
			body[k] = (char)(unsigned char)ascii_to_upper((unsigned char)body[k]);
	}
	/* a checklist line starts with a capital; proper nouns keep theirs */
	if (ascii_is_lower((unsigned char)body[0]))
		body[0] = (char)(unsigned char)ascii_to_upper((unsigned char)body[0]);
	return body;
}

const char *tk_pointed_summary(struct cable *c, const struct tk_sentence *S,
                               const char ***asks, size_t *nasks)
{
	size_t cs = tk_clause_start(S), end = tk_summary_end(S, cs);
	/* "Reporting deadline: March 18" keeps its label */
	if (cs > 0 && end < cs + 3)
		cs = 0;
	char *sum = (char *)tk_text(c, S, cs, end, (size_t)-1, 0);
	if (!sum)
		return NULL;
	if (ascii_is_lower((unsigned char)sum[0]))
		sum[0] = (char)(unsigned char)ascii_to_upper((unsigned char)sum[0]);
	const char *items = tk_ends_in_colon(S) ? tk_bullets_only(c, S) : NULL;
	if (!items)
		return sum;
	size_t n = strlen(sum);
	while (n && (sum[n - 1] == ':' || sum[n - 1] == ' '))
		n--;
	*nasks = tk_bullet_asks(c, S, asks);
	return arena_printf(&c->arena, "%.*s: %s", (int)n, sum, items);
}

/* The condition that opens a request, before its party ("If the host
 * government objects, posts should report", "Should the minister raise
 * it, Embassy Rome should", "Unless instructed otherwise, please"): its
 * words, or NULL. */
static const char *tk_condition(struct cable *c, const struct tk_sentence *S,
                                const struct tk_hit *hit)
{
	static const char *const opens[] = {
		"if", "should", "when", "whenever", "unless", "once", NULL,
	};
	size_t q = hit->quote_from;
	if (q < 2 || q > 20 || !tk_gap_has(S, q, ','))
		return NULL;
	if (!tk_word_among(S, 0, opens) &&
	    !(tk_is(S, 0, W_in) && tk_word_eq(S, 1, "the") && tk_word_eq(S, 2, "event")))
		return NULL;
	for (size_t k = 1; k < q; k++)
		if (tk_gap_breaks(S, k))
			return NULL;
	return tk_text(c, S, 0, q, (size_t)-1, 0);
}

const char *tk_summary(struct cable *c, const struct tk_sentence *S,
                       const struct tk_hit *hit, const struct deadline *dl,
                       bool have_dl, bool *bulleted)
{
	const char *line = tk_summary_line(c, S, hit, dl, have_dl, bulleted);
	const char *cond = line && !*bulleted ? tk_condition(c, S, hit) : NULL;
	if (!cond)
		return line;
	/* "If the host government objects, report the objection": the lead
	 * verb loses its capital, a name keeps it */
	static const char *const names[] = {
		"Embassy", "Post", "Posts", "Mission", "Department", "Washington", NULL,
	};
	size_t n = strcspn(line, " ");
	bool name = false;
	for (const char *const *w = names; *w && !name; w++)
		name = strlen(*w) == n && strncmp(line, *w, n) == 0;
	char *out = arena_printf(&c->arena, "%s, %s", cond, line);
	size_t at = strlen(cond) + 2;
	if (!name && ascii_is_lower((unsigned char)line[1]))
		out[at] = (char)(unsigned char)ascii_to_lower((unsigned char)out[at]);
	return out;
}

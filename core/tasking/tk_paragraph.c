/* tk_paragraph.c - one paragraph read sentence by sentence.
 *
 * In: a paragraph of the parsed cable (its own prose, its bullets and
 * sub-items; never quoted blocks or talking points) and the cable's state.
 * Out: the paragraph's struct tk_para: the parties its sentences ask, its
 * scope ("For Embassy Kyiv, ..."), the first tasking's quote and checklist
 * line, the deadline (from the tasking sentences, else a dated "NLT ..."
 * phrase from the rest of the paragraph) and the paragraphs it points to.
 * Bullets add a tasking only when they name the tasked party themselves.
 */
#include "tasking/tk_internal.h"
#include "parse/portion.h"
#include "tasking/tk_match_internal.h"

#include "tasking/party.h"

#include <string.h>
#include <strings.h>

/* Whose words a paragraph's bullets are (tk_introduces_text()). */
enum tk_quoted {
	TK_OWN,                     /* the writer's */
	TK_QUOTED_BULLETS,          /* the bullets are what someone else said */
	TK_QUOTED_ALL,              /* everything under it is a text it names */
	TK_LABEL,                   /* it is only a label, "OBJECTIVES:", in
	                               Washington's cable: its items are read
	                               as prose, so an imperative item asks */
	TK_POINTS,                  /* Washington's "points:": points to
	                               deliver, but an item that names the post
	                               it asks ("Embassy Vienna should also
	                               ask") is an instruction */
};

/* Skips the sentences of a quoted block ("Begin text: ... End text."):
 * true when S is to be skipped.  The words before "Begin text" still
 * count: S is cut to them. */
static bool tk_skip_quoted(struct tk_sentence *S, bool *in_quote)
{
	if (*in_quote) {
		if (tk_ends_quote(S))
			*in_quote = false;
		return true;
	}
	if (tk_begins_quote(S)) {
		size_t i = 0;
		while (i < S->n && !tk_is(S, i, W_begin))
			i++;
		*in_quote = !tk_ends_quote(S);
		if (i == 0)
			return true;
		S->n = i;   /* the words before "Begin text" still count */
	}
	return false;
}

/* A pointer in S ("see paras 4 and 7") is noted in P, with its first
 * words as the quote of the paragraphs it points to. */
static void tk_note_pointer(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, bool prev_action)
{
	struct tk_parties named;
	if (tk_pointer(x, S, prev_action, P, &named)) {
		tk_add_all(&P->pointer_parties, &named);
		if (!P->pointer_quote)
			P->pointer_quote = tk_text(x->c, S, 0, S->n < TK_QUOTE_WORDS ?
			                           S->n : TK_QUOTE_WORDS, (size_t)-1, 0);
	}
}

/* The deadline of a tasking sentence, into *dl (true when it has one); it
 * becomes P's when P has none yet, or only an undated one. */
/* Where a condition that opens the sentence ends: "Even if the crisis is
 * resolved by December 17, we would recommend" (the byte of its comma),
 * or 0 when none opens it or the asked verb, at word verb, is in it ("If
 * posts could report by May 3, it would be most helpful"). */
static size_t tk_condition_end(const struct tk_sentence *S, size_t verb)
{
	static const char *const conditions[] = {
		"if", "unless", "whether", "although", "though", "once", "while", NULL,
	};
	size_t k = tk_word_eq(S, 0, "even") ? 1 : 0;
	if (!tk_word_among(S, k, conditions))
		return 0;
	for (size_t i = k + 1; i < S->n && i <= verb; i++)
		if (tk_gap_has(S, i, ','))
			return S->w[i].s;
	return 0;
}

/* The deadline of the sentence whose asked verb is word verb (S->n: after
 * any condition that opens it). */
static bool tk_sentence_deadline(struct tk_ctx *x, struct tk_para *P,
                                 const struct tk_sentence *S, size_t verb,
                                 struct deadline *dl)
{
	bool have = deadline_find(S->s, S->len, &x->c->dtg, dl);
	/* a date inside the condition says when it may hold, not when the
	 * request is due: the words after it are read instead */
	size_t ce = tk_condition_end(S, verb);
	if (have && ce && dl->start < ce) {
		have = deadline_find(S->s + ce, S->len - ce, &x->c->dtg, dl);
		if (have)
			dl->start += ce;
	}
	struct deadline on;
	bool own = false;
	if ((!have || !dl->dated) && deadline_find_on(S->s, S->len, &x->c->dtg, &on) &&
	    !(on.start < ce)) {
		*dl = on;     /* "deliver the points on Thursday, September 17" */
		have = own = true;
	}
	if (have && (!P->have_dl || (dl->dated && !P->dl.dated))) {
		P->dl = *dl;
		P->have_dl = true;
		P->dl_own = own;
		P->dl_text = tk_dl_words(x->c, S->s + dl->start, dl->len);
	}
	return have;
}

/* The paragraph's first tasking sentence gives its quote (the request
 * words, at most TK_QUOTE_WORDS) and its checklist line. */
static void tk_first_tasking(struct tk_ctx *x, struct tk_para *P,
                             const struct tk_sentence *S, const struct tk_hit *hit,
                             size_t cs, const struct deadline *dl, bool have)
{
	size_t qf = hit->quote_from;
	/* "Embassy Bucharest, whose Defense Attache Office ... is asked to
	 * share": the party's first words, then the request's */
	const char *party = NULL;
	if (hit->verb > qf + TK_QUOTE_WORDS) {
		if (qf >= cs && hit->verb >= qf + 8)
			party = tk_text(x->c, S, qf, qf + 3, (size_t)-1, 0);
		qf = hit->verb > 4 ? hit->verb - (party ? 3 : 4) : 0;
		/* not inside the aside: after its closing mark */
		for (size_t k = qf + 1; party && k <= hit->verb; k++)
			if (tk_gap_has(S, k, '-') || tk_gap_has(S, k, ',') || tk_gap_has(S, k, ')'))
				qf = k;
	}
	/* "FOR ALL POSTS: Please draw on": the words after the heading */
	if (qf < cs && hit->verb >= cs)
		qf = cs;
	if (!party && qf > cs && qf - cs <= 3)
		qf = cs;
	size_t qt = hit->verb_end + 4;
	if (qt > qf + TK_QUOTE_WORDS)
		qt = qf + TK_QUOTE_WORDS;
	qt = tk_clause_end(S, qf, qt - qf);
	P->quote = tk_text(x->c, S, qf, qt, (size_t)-1, 0);
	if (party && P->quote)
		P->quote = arena_printf(&x->c->arena, "%s ... %s", party, P->quote);
	bool bulleted;
	P->summary = tk_summary(x->c, S, hit, dl, have, &bulleted);
	if (P->summary && hit->ask == W_questions)
		P->summary = arena_printf(&x->c->arena, "Answer: %s?", P->summary);
	/* "Pursue 5 objectives: ...": the tracker can unfold them */
	if (bulleted)
		P->nasks = tk_bullet_asks(x->c, S, &P->asks);
	P->rule = hit->rule;
	P->from = hit->from;
	P->found = true;
}

/* "would be grateful if Embassy Abuja could ask the MFA ..., and if
 * Embassy Dakar could confirm": the posts of a second "if" at word j, into
 * P's parties; true when there are some. */
static bool tk_and_if(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t j)
{
	static const char *const would[] = { "could", "would", NULL };
	if (!tk_is(S, j, W_and) || !tk_word_eq(S, j + 1, "if"))
		return false;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, j + 2, &named, &generic);
	if (e == j + 2 || !named.n || !tk_word_among(S, e, would) ||
	    (!x->washington && !tk_others_listed(x, &named)))
		return false;
	tk_add_all(&P->parties, &named);
	return true;
}

/* "Embassy Rome should seek a meeting, and Embassy Madrid should report":
 * a later clause of a Washington sentence (after "; " or ", and") that
 * asks another post outright adds its parties; so does "and Embassy
 * Madrid to confirm", the request's words left out; and, in any cable, a
 * second "if" (tk_and_if()). */
/* The posts a second clause names are asked too, and join the scope the
 * first set ("Department requests Embassy Vienna approach ..., and
 * Embassy Berlin approach ... Both Embassies should report"). */
static void tk_add_second(struct tk_para *P, const struct tk_parties *named)
{
	tk_add_all(&P->parties, named);
	if (P->scope.n)
		tk_add_all(&P->scope, named);
}

static void tk_second_clause(struct tk_ctx *x, struct tk_para *P,
                             const struct tk_sentence *S, size_t after)
{
	for (size_t j = after + 1; j + 1 < S->n; j++) {
		if (tk_and_if(x, P, S, j))
			return;
		if (!x->washington)
			continue;
		/* "Embassy Rome is requested to approach the Vatican and Embassy
		 * Madrid to approach the MFA", "Department requests Embassy
		 * Vienna approach ..., and Embassy Berlin approach ...": the
		 * request's words left out */
		if (tk_is(S, j, W_and)) {
			struct tk_parties named;
			bool generic = false;
			size_t e = tk_post_phrase(x, S, j + 1, &named, &generic);
			if (e > j + 1 && named.n && !generic &&
			    (tk_is(S, e, W_to) || tk_imperative(S, e))) {
				tk_add_second(P, &named);
				return;
			}
		}
		bool semi = tk_gap_has(S, j, ';');
		bool and = tk_gap_has(S, j, ',') && tk_is(S, j, W_and);
		if (!semi && !and)
			continue;
		size_t from = and ? j + 1 : j;
		struct tk_hit hit;
		if (tk_match_from(x, P, S, from, from, true, &hit) && hit.parties.n &&
		    hit.from && strcmp(hit.from, "named in the sentence") == 0)
			tk_add_second(P, &hit.parties);
		return;
	}
}

/* One sentence: when it is a tasking, its parties and deadline go to P,
 * and, the first time, its quote and checklist line. */
static void tk_read_sentence(struct tk_ctx *x, struct tk_para *P,
                             const struct tk_sentence *S, bool strong_only,
                             const char *prior, size_t plen)
{
	size_t cs = tk_clause_start(S);
	if (cs == 0 && S->n > 6)
		cs = tk_heading_end(x, S, NULL);      /* a heading of many posts */
	if (x->washington) {
		struct tk_parties spared;
		bool only = tk_spared(x, S, cs, &spared);
		tk_add_all(&P->spared, &spared);
		if (only)
			return;
	}
	struct tk_hit hit;
	/* "It should seek", "We ask that it seek" (before a post's request
	 * of Washington) */
	bool we = tk_word_eq(S, cs, "we");
	bool got = (!strong_only && we && tk_match_it(x, P, S, cs, prior, plen, &hit)) ||
	           tk_match(x, P, S, cs, strong_only, &hit) ||
	           (!strong_only && !we && tk_match_it(x, P, S, cs, prior, plen, &hit)) ||
	           (!strong_only && tk_match_usg(x, S, cs, prior, plen, &hit));
	/* in a post's cable, quoted or reported speech asks nothing; not
	 * what someone said inside the writer's own request ("Embassy requests
	 * that Treasury send the team the Governor asked for").  In
	 * Washington's, a request inside quote marks asks nothing ("She said:
	 * \"Please tell your colleagues ...\"") */
	if (!got)
		return;
	/* the writer's words up to its verb: "We told the minister that his
	 * support would be appreciated" is said to him (the passive's words
	 * start before the writer's verb: all of the sentence counts) */
	bool sg = false;
	size_t own = tk_post_requester(x, S, cs, &sg);
	if (x->washington ? tk_in_quotes(S, hit.quote_from)
	                  : tk_speech(S, own && hit.verb >= own ? hit.verb : S->n))
		return;
	if (hit.sets_scope)
		P->scope = hit.parties;
	if (hit.parties.n == 0)
		return;
	/* "These posts should", "All other action addressees should", and
	 * after an opening phrase: "In the coming week, post should" */
	size_t subj = hit.quote_from > cs && hit.quote_from <= cs + TK_OPENING_MAX &&
	              tk_gap_has(S, hit.quote_from, ',') ? hit.quote_from : cs;
	if (!(hit.from && strcmp(hit.from, "named in the sentence") == 0) &&
	    tk_pointed_back(x, S, subj, prior, plen, &hit.parties))
		hit.from = "the posts named before (\"These posts\", \"All other posts\", \"Post\")";
	tk_add_all(&P->parties, &hit.parties);
	struct deadline dl;
	bool have = tk_sentence_deadline(x, P, S, hit.verb, &dl);
	if (!P->found)
		tk_first_tasking(x, P, S, &hit, cs, &dl, have);
	tk_second_clause(x, P, S, hit.verb);
}

static enum tk_quoted tk_introduces_text(struct tk_ctx *x, const char *t, size_t len);

/* "Vainio posed three questions: -- Will the United States co-chair the
 * task force? -- Can Washington accept a final report?": dashes run into
 * the prose after words that announce what someone else said.  Returns
 * the index of that colon (the items after it ask nothing), or len. */
static size_t tk_inline_quote(struct tk_ctx *x, const char *text, size_t len)
{
	for (const char *c = memchr(text, ':', len); c;
	     c = memchr(c + 1, ':', len - (size_t)(c + 1 - text))) {
		size_t at = (size_t)(c - text), k = at + 1;
		while (k < len && text[k] == ' ')
			k++;
		if (k + 1 < len && text[k] == '-' && text[k + 1] == '-') {
			enum tk_quoted q = tk_introduces_text(x, text, at + 1);
			return q == TK_QUOTED_BULLETS || q == TK_QUOTED_ALL ? at : len;
		}
	}
	return len;
}

/* "They should do so before December 16", "Please do so by Friday":
 * the request before it again, whose date this may give. */
static bool tk_does_so(const struct tk_sentence *S)
{
	static const char *const asked[] = { "asked", "requested", "instructed", NULL };
	for (size_t k = 1; k + 1 < S->n; k++)
		if (tk_word_eq(S, k, "do") && tk_word_eq(S, k + 1, "so"))
			return tk_is(S, k - 1, W_should) || tk_is(S, k - 1, W_must) ||
			       tk_is(S, k - 1, W_please) ||
			       (k > 1 && tk_is(S, k - 1, W_to) && tk_word_among(S, k - 2, asked));
	return false;
}

/* Reads one stretch of prose (a paragraph's text or a child's). */
static void tk_read_prose(struct tk_ctx *x, struct tk_para *P, const char *text,
                          bool strong_only, bool *in_quote)
{
	if (!text)
		return;
	size_t len = strlen(text), b = 0;
	bool prev_action = false;
	struct tk_sentence *S = &x->sent;
	size_t quote = tk_inline_quote(x, text, len);
	while (b < len) {
		while (b < len && ascii_is_space((unsigned char)text[b]))
			b++;
		if (b >= len)
			break;
		size_t e = tk_sentence_end(text, len, b);
		/* the announcing words are read up to their colon; the items
		 * after it, each opening with dashes, are skipped */
		if (quote < len && b > quote) {
			if (b + 1 < len && text[b] == '-' && text[b + 1] == '-') {
				prev_action = false;
				b = e;
				continue;
			}
			quote = len;
		} else if (quote < len && e > quote + 1) {
			e = quote + 1;
		}
		/* a question may ask without a request word ("Could the
		 * Department advise ...?") */
		if (!x->washington && !*in_quote && !tk_may_ask(S->V, text + b, e - b) &&
		    !(e > b && text[e - 1] == '?')) {
			prev_action = false;
			b = e;
			continue;
		}
		tk_words(S, text + b, e - b);
		size_t start = b;
		b = e;
		if (S->n == 0 || tk_skip_quoted(S, in_quote))
			continue;
		/* "... are asked to engage officials.  They should do so
		 * before December 16." (the sentence is read on: "Embassy
		 * Paris should do so by March 3" also asks Paris) */
		if (P->found && !(P->have_dl && P->dl.dated) && tk_does_so(S)) {
			struct deadline dl;
			tk_sentence_deadline(x, P, S, S->n, &dl);
		}
		if (!strong_only) {
			tk_note_pointer(x, P, S, prev_action);
			prev_action = tk_action_words(S);
		}
		tk_read_sentence(x, P, S, strong_only, text, start);
	}
}

/* Are the words only posts ("EMBASSIES LONDON AND PARIS ONLY", "For
 * Rome and Madrid")? */
static bool tk_names_only_posts(struct tk_ctx *x, const struct tk_sentence *S)
{
	struct tk_parties named;
	bool generic = false;
	size_t b = tk_is(S, 0, W_for) ? 1 : 0;
	size_t e = tk_post_phrase(x, S, b, &named, &generic);
	if (e == b || !named.n)
		e = tk_places_at(x, S, b, &named);
	if (e > b && tk_word_eq(S, e, "only"))
		e++;
	return e > b && named.n && e == S->n;
}

/* Does the text name the posts as such ("Embassy Vienna should", "Posts
 * should ask")?  A talking point speaks to a government ("We urge you
 * to"), an instruction among them to the posts. */
static bool tk_names_posts(struct tk_ctx *x, const char *t)
{
	static const enum tk_wid posts[] = {
		W_post, W_posts, W_embassy, W_embassies, W_mission, W_missions,
		W_consulate, W_consulates, W_usdel, W_NONE,
	};
	if (!t)
		return false;
	struct tk_sentence *S = &x->sent;
	tk_words(S, t, strlen(t));
	for (size_t i = 0; i < S->n; i++)
		if (tk_in(S, i, posts))
			return true;
	return false;
}

bool tk_item_for_posts(struct tk_ctx *x, const char *t, struct tk_parties *named)
{
	/* the heading: the words before a colon among the first 60 bytes */
	const char *colon = t ? memchr(t, ':', strnlen(t, 60)) : NULL;
	if (!colon)
		return false;
	struct tk_sentence *S = &x->sent;
	bool generic = false;
	tk_words(S, t, (size_t)(colon - t));
	/* "For Embassies Tokyo and Seoul:" */
	size_t b = tk_is(S, 0, W_for) ? 1 : 0;
	size_t e = tk_post_phrase(x, S, b, named, &generic);
	if (e == b || generic || !named->n)
		e = tk_heading_places(x, S, b, named);
	return e > b && e == S->n && named->n;
}

/* Bullets and items of a paragraph (not quotes): they add a tasking only
 * when they name the party themselves. */
static void tk_read_children(struct tk_ctx *x, struct tk_para *P,
                             const struct node *kids, size_t n,
                             enum tk_quoted quoted, bool *in_quote)
{
	char mark[PORTION_MAX];
	for (size_t i = 0; i < n; i++) {
		const struct node *k = &kids[i];
		if (k->kind == NODE_QUOTE)
			continue;
		bool prose = k->kind == NODE_TEXT || k->kind == NODE_COMMENT;
		/* a text the paragraph announced, or bullets of what someone
		 * else said (the writer's prose after them still counts) */
		if (quoted == TK_QUOTED_ALL || (quoted == TK_QUOTED_BULLETS && !prose) ||
		    (quoted == TK_POINTS && !tk_names_posts(x, k->text)))
			continue;
		/* "¶A. (S/NF) The community relies on ...": in Washington's
		 * cable an item with its own portion mark is a sub-paragraph,
		 * read as prose is (in a post's, such items are more often
		 * the questions of a tasking it answers) */
		const char *text = k->text;
		size_t m = x->washington && !prose && text && text[0] == '(' ?
		           portion_parse(text, strnlen(text, PORTION_MAX + 2), mark) : 0;
		for (text += m; m && *text == ' '; text++)
			;
		bool strong = (!prose && !m && quoted != TK_LABEL) || quoted == TK_POINTS;
		struct tk_parties posts;
		bool for_posts = !prose && quoted != TK_POINTS &&
		                 tk_item_for_posts(x, k->text, &posts);
		struct tk_due_save save;
		if (for_posts) {
			strong = false;
			tk_item_due_begin(P, &save);
		}
		tk_read_prose(x, P, text, strong, in_quote);
		tk_read_children(x, P, k->children, k->nchildren, quoted, in_quote);
		if (for_posts)
			tk_item_due_end(x, P, &posts, &save);
	}
}

/* Is there a comma between the words before word i ("As stated in
 * reftel, Post has received")? */
static bool tk_comma_before(const struct tk_sentence *S, size_t i)
{
	for (size_t k = 1; k <= i; k++)
		if (tk_gap_has(S, k, ','))
			return true;
	return false;
}

/* "points/non-paper", "nonpaper/talking": a word of parts, one of them
 * naming a text. */
static bool tk_names_text(const struct tk_sentence *S, size_t i)
{
	static const char *const parts[] = {
		"nonpaper", "non-paper", "points", "text", NULL,
	};
	const char *w = S->s + S->w[i].s, *e = S->s + S->w[i].e;
	if (!memchr(w, '/', (size_t)(e - w)))
		return false;
	while (w < e) {
		const char *slash = memchr(w, '/', (size_t)(e - w));
		size_t n = (size_t)((slash ? slash : e) - w);
		for (const char *const *p = parts; *p; p++)
			if (strlen(*p) == n && strncasecmp(w, *p, n) == 0)
				return true;
		w += n + (slash != NULL);
	}
	return false;
}

/* Does the paragraph's text end by announcing a text that its bullets
 * hold ("Text of President X's remarks:", "Suggested talking points for
 * the meeting:", "He provided the following points/non-paper:") or, in a
 * post's cable, what someone else said or handed over ("Van Diepen also
 * provided additional information on this case:")?  Then the bullets are
 * that text, somebody's words delivered or reported, and ask nothing
 * themselves ("We therefore urge you to exercise vigilance" is said to
 * the host government, not asked of Washington). */
static enum tk_quoted tk_introduces_text(struct tk_ctx *x, const char *t, size_t len)
{
	static const enum tk_wid what[] = {
		W_text, W_talking, W_remarks, W_speech, W_letter,
		W_message, W_statement, W_nonpaper, W_non_paper, W_quote, W_NONE,
	};
	static const enum tk_wid reported[] = {
		W_said, W_told, W_noted, W_stated, W_added, W_explained,
		W_provided, W_presented, W_handed, W_delivered, W_posed, W_raised, W_NONE,
	};
	static const enum tk_wid writers[] = {
		W_we, W_post, W_embassy, W_mission, W_i, W_NONE,
	};
	if (!t)
		return TK_OWN;
	while (len > 0 && ascii_is_space((unsigned char)t[len - 1]))
		len--;
	if (len == 0 || t[len - 1] != ':')
		return TK_OWN;
	size_t b = 0, last = 0;
	while (b < len) {
		last = b;
		b = tk_sentence_end(t, len, b);
		while (b < len && ascii_is_space((unsigned char)t[b]))
			b++;
	}
	struct tk_sentence *S = &x->sent;
	tk_words(S, t + last, len - last);
	bool points = false;
	for (size_t i = 0; i < S->n; i++) {
		if (tk_in(S, i, what) || tk_names_text(S, i))
			return TK_QUOTED_ALL;
		points |= tk_is(S, i, W_points);
	}
	if (points && x->washington)
		return TK_POINTS;       /* Washington's "points:" are to deliver */
	/* a post's "He drew on the following points:": said to someone
	 * else, unless the words ask ("We recommend the following points:") */
	if (points && !tk_may_ask(S->V, t + last, len - last))
		return TK_QUOTED_BULLETS;
	/* "OBJECTIVES:", "For all posts:", "EMBASSIES LONDON AND PARIS
	 * ONLY:": a label over the asks */
	if (x->washington && last == 0 && (S->n <= 3 || tk_names_only_posts(x, S)))
		return TK_LABEL;
	/* "Van Diepen provided additional information:", not "We provided"
	 * (the post's own words may still ask): the bullets are his */
	for (size_t i = 1; i < S->n && i <= 4; i++)
		if (!x->washington && tk_in(S, i, reported) && !tk_in(S, 0, writers) &&
		    !tk_comma_before(S, i))
			return TK_QUOTED_BULLETS;
	return TK_OWN;
}

void tk_read_paragraph(struct tk_ctx *x, struct tk_para *P,
                       const struct paragraph *p)
{
	bool in_quote = false;
	/* a heading narrows the paragraphs under it, up to the next heading
	 * or a quoted text ("Begin points:"), which ends its section */
	if (p->heading) {
		tk_heading_scope(x, P, p->heading);
		x->section = P->scope;
		if (P->scope.n < x->deflt.n)
			tk_add_all(&x->headed, &P->scope);
	} else if (p->text && strncasecmp(p->text, "begin", 5) == 0) {
		x->section.n = 0;
	} else if (x->section.n && !P->scope.n) {
		P->scope = x->section;
	}
	/* "(S/REL THAILAND, MALAYSIA)": this paragraph only, not the section
	 * a heading over it opens */
	tk_rel_scope(x, P, p);
	tk_read_prose(x, P, p->text, false, &in_quote);
	tk_read_children(x, P, p->children, p->nchildren,
	                 tk_introduces_text(x, p->text, p->text ? strlen(p->text) : 0),
	                 &in_quote);
	if (P->found && p->nchildren >= 2) {
		tk_item_posts(x, P, p);
		tk_item_agencies(x, P, p);
	}
	if (P->found)
		tk_para_deadline(x, p, P);
}

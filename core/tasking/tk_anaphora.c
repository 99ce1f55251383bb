/* tk_anaphora.c - posts a Washington sentence asks by pointing back at the
 * sentences before it in the same stretch of prose.
 *
 * In: a request whose words name no post ("These posts should
 * nevertheless include", "ALL OTHER ACTION ADDRESSEES SHOULD NOW
 * TRANSMIT") and the text before it.  Out: the posts the sentence before
 * named ("Embassies Ottawa and Bogota, which cover ...": these posts), or
 * the parties asked less every post named before ("The narratives from
 * Embassies Caracas and Kingston have been received": all other
 * addressees).  tk_paragraph.c calls tk_pointed_back() on each tasking.
 */
#include "tasking/tk_match_internal.h"

#include <string.h>

/* The plural words for posts after "these" or "all other". */
static bool tk_posts_word(const struct tk_sentence *S, size_t i)
{
	static const char *const plural[] = {
		"posts", "embassies", "missions", "consulates", "addressees", NULL,
	};
	return tk_word_among(S, i, plural);
}

/* 1: "These posts", "Those embassies"; 2: "All other action addressees",
 * "Other posts"; 3: "Post", "The Embassy", "Mission" (one, by its kind;
 * also "We would appreciate Embassy's"); 4: two of them, "Both embassies",
 * "The two posts", "These two posts"; 5: "The latter"; 6: "The former";
 * 0: none of these, at word cs. */
static int tk_pointer_kind(const struct tk_sentence *S, size_t cs)
{
	static const char *const one[] = { "post", "embassy", "mission", NULL };
	size_t o = tk_is(S, cs, W_the) ? cs + 1 : cs;
	if (tk_word_among(S, o, one) &&
	    (!tk_capitalised(S, o + 1) || (S->caps && S->w[o + 1].id != W_NONE)))
		return 3;
	/* "We would appreciate Embassy's follow-up with Navy contacts" */
	size_t p = cs + 3;
	if (tk_word_eq(S, cs, "we") && tk_is(S, cs + 1, W_would) &&
	    tk_is(S, cs + 2, W_appreciate) && tk_possessive(S, p) &&
	    (tk_is(S, p, W_post) || tk_is(S, p, W_embassy) || tk_is(S, p, W_mission)))
		return 3;
	/* "The latter is asked", "the former need not" */
	if (tk_is(S, cs, W_the) && tk_word_eq(S, cs + 1, "latter"))
		return 5;
	if (tk_is(S, cs, W_the) && tk_word_eq(S, cs + 1, "former"))
		return 6;
	/* "These posts", "these two posts", "Both embassies", "The two
	 * embassies" */
	size_t t = tk_is(S, cs, W_the) && tk_word_eq(S, cs + 1, "two") ? cs + 1 : cs;
	if (tk_word_eq(S, t, "these") || tk_word_eq(S, t, "those") ||
	    tk_word_eq(S, t, "both") || t > cs) {
		size_t k = t + 1;
		bool two = t > cs || tk_word_eq(S, t, "both") || tk_word_eq(S, k, "two");
		if (!tk_posts_word(S, k) && t == cs)
			k++;    /* "these two posts" */
		return !tk_posts_word(S, k) ? 0 : two ? 4 : 1;
	}
	size_t k = tk_is(S, cs, W_all) ? cs + 1 : cs;
	if (!tk_word_eq(S, k, "other"))
		return 0;
	for (size_t j = k + 1; j < S->n && j <= k + 2; j++)
		if (tk_posts_word(S, j))
			return 2;
	return 0;
}

/* Adds to out the posts a sentence names outright ("Embassies Ottawa and
 * Bogota", "USINT Havana"; not "Posts"). */
static void tk_named_in(struct tk_ctx *x, const struct tk_sentence *L,
                        struct tk_parties *out)
{
	for (size_t i = 0; i < L->n; i++) {
		if (!L->caps && !tk_capitalised(L, i))
			continue;
		struct tk_parties named;
		bool generic = false;
		size_t e = tk_post_phrase(x, L, i, &named, &generic);
		if (e > i && named.n && !generic) {
			tk_add_all(out, &named);
			i = e - 1;
		}
	}
}

/* The start of the last sentence in prior[0..plen), into *b and *e;
 * false when there is none. */
static bool tk_last_sentence(const char *prior, size_t plen, size_t *b, size_t *e)
{
	bool any = false;
	for (size_t k = 0, ke; tk_next_sentence(prior, plen, &k, &ke); k = ke) {
		*b = k;
		*e = ke;
		any = true;
	}
	return any;
}

/* The posts a clause of L opens with at word b, in the present
 * (tk_opening_posts()), into named. */
static bool tk_clause_posts(struct tk_ctx *x, const struct tk_sentence *L, size_t b,
                            struct tk_parties *named)
{
	static const enum tk_wid state[] = { W_is, W_are, W_has, W_have, W_will, W_NONE };
	/* "Embassy Djibouti hosts the liaison officer": a verb in the
	 * present, before its object */
	static const char *const object[] = { "the", "a", "an", "its", "no", NULL };
	bool generic = false;
	size_t pe = tk_post_phrase(x, L, b, named, &generic);
	size_t vl = pe < L->n ? L->w[pe].e - L->w[pe].s : 0;
	bool hosts = vl >= 4 && (L->s[L->w[pe].e - 1] | 0x20) == 's' &&
	             L->s[L->w[pe].e - 2] != '\'' && tk_word_among(L, pe + 1, object);
	return pe > b && !generic && named->n && (tk_in(L, pe, state) || hosts) &&
	       (x->washington || tk_others_listed(x, named));
}

/* The posts the sentence before (the last in prior[0..plen)) or a clause
 * of it after ", and" opens with, in the present: "Embassy Budapest is
 * best placed", "Embassies Rome and Madrid have the lead", "Embassy
 * Brasilia is an exception", "Embassy Djibouti hosts the liaison
 * officer", "The Netherlands holds the Presidency, and Embassy The Hague
 * has the lead".  Into named; false when it does not open so. */
static bool tk_opening_posts(struct tk_ctx *x, const struct tk_sentence *S,
                             const char *prior, size_t plen, struct tk_parties *named)
{
	size_t b = 0, e = 0;
	if (plen == 0 || !tk_last_sentence(prior, plen, &b, &e))
		return false;
	struct tk_sentence L;
	L.V = S->V;
	tk_words(&L, prior + b, e - b);
	/* (after a heading: "MISSION ITALY: Embassy Rome has the lead") */
	size_t b0 = 0;
	for (size_t j = 1; j < L.n && j <= 4 && !b0; j++)
		if (tk_gap_has(&L, j, ':'))
			b0 = j;
	if (tk_clause_posts(x, &L, b0, named))
		return true;
	for (size_t j = b0 + 1; j + 1 < L.n; j++)
		if (tk_is(&L, j, W_and) && tk_gap_has(&L, j, ',') &&
		    tk_clause_posts(x, &L, j + 1, named))
			return true;
	/* "The last item is for Embassy Kampala.": posts that end it */
	for (size_t j = b0 + 1; j + 1 < L.n; j++) {
		bool generic = false;
		if (tk_is(&L, j, W_for) && tk_is(&L, j - 1, W_is) &&
		    tk_post_phrase(x, &L, j + 1, named, &generic) == L.n && named->n)
			return true;
	}
	named->n = 0;
	return false;
}

/* The posts of the places sentence L names, into out when they are
 * two ("Norway and Denmark told us ..." before "Both embassies"). */
static void tk_two_places(struct tk_ctx *x, const struct tk_sentence *L,
                          struct tk_parties *out)
{
	struct tk_parties two = { .n = 0 };
	for (size_t k = 0; k < L->n; k++) {
		struct tk_parties at;
		size_t e = (L->caps || tk_capitalised(L, k)) ? tk_places_at(x, L, k, &at) : k;
		if (e > k) {
			tk_add_all(&two, &at);
			k = e - 1;
		}
	}
	if (two.n == 2)
		*out = two;
}

/* "The latter" (latter true) or "the former" of the posts named before
 * (last: those of the last sentence that names some), or of the two
 * places the sentence before names: into parties, true; false when there
 * are not two. */
static bool tk_latter(struct tk_ctx *x, const struct tk_sentence *S, bool latter,
                      const char *prior, size_t plen, struct tk_parties *last,
                      struct tk_parties *parties)
{
	size_t lb = 0, le = 0;
	if (last->n < 2 && tk_last_sentence(prior, plen, &lb, &le)) {
		struct tk_sentence L;
		L.V = S->V;
		tk_words(&L, prior + lb, le - lb);
		tk_two_places(x, &L, last);
	}
	if (last->n < 2)
		return false;
	const char *one = last->name[latter ? last->n - 1 : 0];
	parties->n = 0;
	tk_add(parties, one);
	return true;
}

/* Keeps of parties those in some (true), unless none is. */
static bool tk_keep_among(struct tk_parties *parties, const struct tk_parties *some)
{
	struct tk_parties out = { .n = 0 };
	for (size_t k = 0; k < parties->n; k++)
		for (size_t i = 0; i < some->n; i++)
			if (strcmp(parties->name[k], some->name[i]) == 0)
				tk_add(&out, parties->name[k]);
	if (!out.n)
		return false;
	*parties = out;
	return true;
}

/* "Those posts should also ask", opening a paragraph: the posts of
 * parties the paragraph before asked, when it asked fewer ("FOR NAIROBI
 * AND DJIBOUTI: Please ask ..."). */
static bool tk_posts_before(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                            struct tk_parties *parties)
{
	const struct tk_para *prev = x->prev;
	return prev && prev->found && prev->parties.n && prev->parties.n < parties->n &&
	       tk_pointer_kind(S, cs) == 1 && tk_keep_among(parties, &prev->parties);
}

/* "The following posts are asked to obtain ...: Bamako, Niamey and
 * Ouagadougou.": the posts after the sentence's colon, of parties. */
static bool tk_posts_after(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                           struct tk_parties *parties)
{
	size_t k = tk_is(S, cs, W_the) ? cs + 1 : cs;
	if (!tk_word_eq(S, k, "following") || !tk_posts_word(S, k + 1))
		return false;
	while (k < S->n && !tk_gap_has(S, k, ':'))
		k++;
	struct tk_parties named;
	return k < S->n && tk_places_at(x, S, k, &named) > k && named.n &&
	       tk_keep_among(parties, &named);
}

bool tk_pointed_back(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
                     const char *prior, size_t plen, struct tk_parties *parties)
{
	if (x->washington && tk_posts_after(x, S, cs, parties))
		return true;
	if (x->washington && !plen)
		return tk_posts_before(x, S, cs, parties);
	int kind = x->washington && plen ? tk_pointer_kind(S, cs) : 0;
	/* "Embassy Brasilia is an exception.  Post should respond": the
	 * one post the sentence before opens with, or else names */
	struct tk_parties one = { .n = 0 };
	size_t lb = 0, le = 0;
	/* "Embassy Freetown reported in January that ...  Post is requested
	 * to update that reporting": the one post the sentence before names,
	 * in any tense */
	if (kind == 3 && !tk_opening_posts(x, S, prior, plen, &one) &&
	    tk_last_sentence(prior, plen, &lb, &le)) {
		struct tk_sentence L;
		L.V = S->V;
		tk_words(&L, prior + lb, le - lb);
		one.n = 0;
		tk_named_in(x, &L, &one);
	}
	if (kind == 3 && one.n == 1)
		for (size_t k = 0; k < parties->n; k++)
			if (strcmp(parties->name[k], one.name[0]) == 0 && parties->n > 1) {
				*parties = one;
				return true;
			}
	if (!kind || kind == 3)
		return false;
	/* the sentences before, each read on its own */
	struct tk_sentence L;
	L.V = S->V;
	struct tk_parties last = { .n = 0 }, all = { .n = 0 };
	for (size_t b = 0, e; tk_next_sentence(prior, plen, &b, &e); b = e) {
		tk_words(&L, prior + b, e - b);
		struct tk_parties here = { .n = 0 };
		tk_named_in(x, &L, &here);
		if (here.n) {
			last = here;
			tk_add_all(&all, &here);
		}
	}
	/* "Norway and Denmark told us ... Both embassies should": two
	 * places the sentence before names, their posts */
	if (kind == 4 && last.n == 0 && tk_last_sentence(prior, plen, &lb, &le)) {
		tk_words(&L, prior + lb, le - lb);
		tk_two_places(x, &L, &last);
	}
	struct tk_parties out = { .n = 0 };
	/* "Embassies Djibouti and Addis Ababa ... The latter should": the
	 * last post named before, or the first */
	if (kind == 5 || kind == 6)
		return tk_latter(x, S, kind == 5, prior, plen, &last, parties);
	if (kind == 1 || kind == 4) {
		for (size_t i = 0; i < last.n; i++)
			for (size_t k = 0; k < parties->n; k++)
				if (strcmp(parties->name[k], last.name[i]) == 0)
					tk_add(&out, last.name[i]);
	} else {
		for (size_t k = 0; k < parties->n; k++) {
			bool named = false;
			for (size_t i = 0; i < all.n && !named; i++)
				named = strcmp(parties->name[k], all.name[i]) == 0;
			if (!named)
				tk_add(&out, parties->name[k]);
		}
	}
	if (out.n == 0 || out.n == parties->n)
		return false;
	*parties = out;
	return true;
}

bool tk_match_it(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                 size_t cs, const char *prior, size_t plen, struct tk_hit *hit)
{
	/* "We ask that it seek the Chairmanship's help" */
	size_t w = tk_word_eq(S, cs, "we") && tk_is(S, cs + 1, W_would) ? cs + 1 : cs;
	bool we_ask = w > cs || tk_word_eq(S, cs, "we");
	if (we_ask && (tk_is(S, w + 1, W_ask) || tk_is(S, w + 1, W_request)) &&
	    tk_is(S, w + 2, W_that) && (tk_word_eq(S, w + 3, "it") || tk_word_eq(S, w + 3, "they")))
		cs = w + 3;
	else if (we_ask)
		return false;
	/* "Drawing on the approach in para 9, it should ask" */
	for (size_t i = cs + 1; i < S->n && i <= cs + TK_OPENING_MAX; i++)
		if (tk_gap_has(S, i, ',')) {
			if (tk_word_eq(S, i, "it") && tk_opening_phrase(S, cs, i))
				cs = i;
			break;
		}
	bool it = tk_word_eq(S, cs, "it");
	size_t m = cs + 1;          /* where the modal stands */
	/* "Its economic section should pass the text", "Their RSOs should" */
	if (!it && (tk_word_eq(S, cs, "its") || tk_word_eq(S, cs, "their"))) {
		struct tk_parties people;
		m = tk_staff_phrase(x, S, cs + 1, cs + 1, &people);
		if (m == cs + 1)
			return false;
		it = tk_word_eq(S, cs, "its");
	} else if (!it && !tk_word_eq(S, cs, "they")) {
		return false;
	}
	size_t v = w < cs ? m : tk_modal(S, m);       /* "that it seek": no modal */
	if (!v || v >= S->n || tk_is(S, v, W_that) || tk_note_only(S, v))
		return false;
	struct tk_parties named;
	if (!tk_opening_posts(x, S, prior, plen, &named) || (it ? named.n != 1 : named.n < 2))
		return false;
	tk_resolve(x, P, &named, hit);
	hit->object_only = false;
	hit->ask = W_NONE;
	hit->sets_scope = true;     /* "Please do so by June 17": the same post */
	tk_hit_at(hit, cs, v, v);
	hit->rule = "it/they + modal, of the post the sentence before opens with "
	            "(\"Embassy Rome has the lead. It should\")";
	hit->from = "named in the sentence before";
	return true;
}

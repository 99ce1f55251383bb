/* tk_pointers.c - "This is an action request, see paras 4 and 7".
 *
 * In: the sentences of a paragraph, as they are read.  Out: tk_pointer()
 * notes in the paragraph's struct tk_para which paragraphs its words point
 * to as the action request, and for whom ("for USOSCE and UNVIE");
 * tk_follow_pointers(), once every paragraph is read, marks the paragraphs
 * pointed to as taskings of those parties, with the pointer's words as the
 * quote and their own first sentence as the summary.  A pointer to a
 * paragraph whose own words ask nothing, next to one whose words do, is
 * taken for a slip of the drafter and ignored.
 */
#include "tasking/tk_match_internal.h"

#include <string.h>

#include "tasking/pararefs.h"

/* "This is an action request", "action items", "request for guidance". */
bool tk_action_words(const struct tk_sentence *S)
{
	if (!(S->flags & TK_F_ACTION))
		return false;
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (tk_is(S, i, W_action) &&
		    (tk_is(S, i + 1, W_request) || tk_is(S, i + 1, W_requests) ||
		     tk_is(S, i + 1, W_requested) || tk_is(S, i + 1, W_item) ||
		     tk_is(S, i + 1, W_items)))
			return true;
		if (tk_is(S, i, W_request) && tk_is(S, i + 1, W_for) &&
		    tk_is(S, i + 2, W_guidance))
			return true;
	}
	return false;
}

/* A paragraph word: see tk_match_internal.h. */
bool tk_para_word(const struct tk_sentence *S, size_t i)
{
	return tk_is(S, i, W_para) || tk_is(S, i, W_paras) ||
	       tk_is(S, i, W_paragraph) || tk_is(S, i, W_paragraphs) ||
	       tk_is(S, i, W_par) || tk_is(S, i, W_pars);
}

/* Reads the paragraph numbers after a para word at k into P. */
static void tk_read_refs(const struct tk_sentence *S, size_t k, struct tk_para *P)
{
	size_t cap = sizeof P->pointed / sizeof P->pointed[0];
	P->npointed += pararefs_read(S->s + S->w[k].s, S->len - S->w[k].s,
	                             P->pointed + P->npointed, cap - P->npointed);
}

/* Does S point to other paragraphs as the action request?  prev_action:
 * the sentence before said "This is an action request." */
bool tk_pointer(struct tk_ctx *x, const struct tk_sentence *S,
                bool prev_action, struct tk_para *P,
                struct tk_parties *named)
{
	named->n = 0;
	if (!(S->flags & TK_F_PARA))
		return false;
	bool action = tk_action_words(S);
	size_t before = P->npointed;
	bool saw = false;           /* "See action request for X, para 11" */
	for (size_t k = 1; k < S->n; k++) {
		saw |= tk_is(S, k - 1, W_see);
		if (!tk_para_word(S, k))
			continue;
		bool see = tk_is(S, k - 1, W_see) || (action && saw);
		/* "Action request in para 8", "our request in para 4" (not
		 * "Sarsenbayev's request in para 3" nor "the Kenyan police
		 * requests in para 3", someone else's, described there) */
		static const char *const ours[] = { "action", "our", "the", "this", "these", NULL };
		bool in_request = (tk_is(S, k - 1, W_in) || tk_is(S, k - 1, W_at)) &&
		                  (tk_is(S, k - 2, W_request) || tk_is(S, k - 2, W_requests)) &&
		                  k >= 3 && tk_word_among(S, k - 3, ours);
		if (!see && !in_request)
			continue;
		bool ok = action || prev_action || in_request;
		if (see && k >= 2 && tk_is(S, k - 2, W_please))
			ok = true;
		if (see && !ok) {
			/* "Embassies Madrid and Stockholm see para 6" */
			for (size_t j = 0; j + 1 < k && !ok; j++) {
				struct tk_parties n;
				bool g;
				size_t e = tk_post_phrase(x, S, j, &n, &g);
				if (e > j && n.n && (tk_is(S, e, W_see) ||
				                     (tk_is(S, e, W_please) && tk_is(S, e + 1, W_see))))
					ok = true;
			}
		}
		if (ok)
			tk_read_refs(S, k, P);
	}
	if (P->npointed == before)
		return false;
	/* who it is for: "for USOSCE and UNVIE", "Embassy Madrid please see" */
	for (size_t j = 0; j < S->n; j++) {
		struct tk_parties n;
		bool g;
		size_t e = tk_post_phrase(x, S, j, &n, &g);
		if (e > j) {
			tk_add_all(named, &n);
			j = e - 1;
		}
	}
	return true;
}

/* Does the sentence say, among its first words, that nothing is asked
 * ("INFO ADDRESSEES: NO ACTION IS REQUIRED", "For information only")? */
static bool tk_no_action(const struct tk_sentence *S)
{
	for (size_t k = 0; k + 1 < S->n && k < 8; k++)
		if ((tk_word_eq(S, k, "no") && tk_is(S, k + 1, W_action)) ||
		    (tk_word_eq(S, k, "information") && tk_word_eq(S, k + 1, "only")))
			return true;
	return false;
}

/* Does the sentence open with posts none of which is among asked ("Info
 * addressees may draw on the points": the paragraph speaks to others than
 * those a pointer to it asks)? */
static bool tk_speaks_to_others(struct tk_ctx *x, const struct tk_sentence *S,
                                const struct tk_parties *asked)
{
	struct tk_parties named;
	bool generic = false;
	if (tk_post_phrase(x, S, 0, &named, &generic) == 0 || !named.n || generic)
		return false;
	for (size_t n = 0; n < named.n; n++)
		for (size_t a = 0; a < asked->n; a++)
			if (strcmp(named.name[n], asked->name[a]) == 0)
				return false;
	return true;
}

/* Paragraph j, numbered num, is pointed to by paragraph i: it asks the
 * pointer's parties (else the default ones) what its first sentence says,
 * unless a neighbour of it asks in its own words. */
static void tk_mark_pointed(struct tk_ctx *x, struct tk_para *P, size_t i,
                            size_t j, int num)
{
	struct cable *c = x->c;
	bool prev = j > 0 && P[j - 1].found && !P[j - 1].by_pointer &&
	            c->paras[j - 1].number == num - 1;
	bool next = j + 1 < c->nparas && P[j + 1].found &&
	            !P[j + 1].by_pointer &&
	            c->paras[j + 1].number == num + 1;
	if (prev || next)
		return;     /* a slip: the neighbour asks */
	struct tk_sentence *S = &x->sent;
	const char *t = c->paras[j].text ? c->paras[j].text : "";
	size_t tl = strlen(t);
	tk_words(S, t, tk_sentence_end(t, tl, 0));
	if (tk_no_action(S))
		return;     /* "Info addressees see para 10": "No action is required" */
	if (tk_speaks_to_others(x, S, P[i].pointer_parties.n ? &P[i].pointer_parties : &x->deflt))
		return;
	P[j].parties.n = 0;
	if (P[i].pointer_parties.n)
		tk_add_all(&P[j].parties, &P[i].pointer_parties);
	else
		tk_add_all(&P[j].parties, &x->deflt);
	P[j].quote = P[i].pointer_quote;
	P[j].rule = arena_printf(&c->arena, "pointer: paragraph %d points here (\"see para %d\")",
	                         c->paras[i].number, num);
	P[j].from = P[i].pointer_parties.n ? "named by the pointer" : "the cable's TO addressees";
	/* its first sentence, less an "ACTION REQUEST:" label; "Objectives:"
	 * and its bullets name them, and the tracker unfolds them */
	P[j].nasks = 0;
	const char *sum = tk_pointed_summary(c, S, &P[j].asks, &P[j].nasks);
	P[j].summary = sum;
	P[j].found = true;
	P[j].by_pointer = true;
	/* "Reporting deadline: March 18" */
	tk_para_deadline(x, &c->paras[j], &P[j]);
}

void tk_follow_pointers(struct tk_ctx *x, struct tk_para *P)
{
	struct cable *c = x->c;
	for (size_t i = 0; i < c->nparas; i++) {
		for (size_t k = 0; k < P[i].npointed; k++) {
			int num = P[i].pointed[k];
			for (size_t j = 0; j < c->nparas; j++) {
				if (c->paras[j].number != num || j == i || P[j].found)
					continue;
				tk_mark_pointed(x, P, i, j, num);
			}
		}
	}
}

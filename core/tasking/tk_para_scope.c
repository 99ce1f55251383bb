/* tk_para_scope.c - which of the posts asked a whole paragraph speaks to.
 *
 * In: a paragraph of a cable being read and the cable's default parties.
 * Out: the paragraph's scope, narrowed by its release marking ("(S//REL
 * A, B)": tk_rel_scope()) or by a boxed heading above it that names posts
 * (tk_heading_scope()), and its parties narrowed to the posts its items
 * are headed by when the request leads into them (tk_item_posts()), or
 * to the agencies a post's items open with (tk_item_agencies()), less
 * those a sentence spares ("Embassy Bern need not demarche": tk_spared()).
 * tk_paragraph.c calls them around reading the paragraph.
 */
#include "tasking/tk_match_internal.h"
#include "tasking/party.h"

#include <string.h>

/* "(S//REL AFGHANISTAN, KYRGYZSTAN)": a paragraph released to some
 * countries speaks to the posts in them, so "Posts" there are the TO
 * addressees of those countries (when some are, and not all). */
void tk_rel_scope(struct tk_ctx *x, struct tk_para *P, const struct paragraph *p)
{
	const char *m = p->classification ? strstr(p->classification, "REL ") : NULL;
	if (!m || !x->washington)
		return;
	m += 4;
	if (strncmp(m, "TO ", 3) == 0)
		m += 3;
	struct tk_parties rel = { .n = 0 };
	while (*m) {
		size_t n = strcspn(m, ",");
		if (n > 4 && strncmp(m + n - 4, " AND", 4) == 0)
			n -= 4;
		size_t used = 0;
		const char *name = party_addressee_in(x->c, &x->masks, m, n, &used);
		for (size_t i = 0; name && i < x->deflt.n; i++)
			if (strcmp(x->deflt.name[i], name) == 0)
				tk_add(&rel, name);
		m += strcspn(m, ",");
		while (*m == ',' || *m == ' ')
			m++;
		if (strncmp(m, "AND ", 4) == 0)
			m += 4;
	}
	if (rel.n && rel.n < x->deflt.n)
		P->scope = rel;
}

/* A boxed heading that names no post outright: "FOR ALL OTHER ACTION
 * ADDRESSEES" (the posts no heading before it named), "FOR POSTS WITH
 * NONSTOP AIR SERVICE TO PHNOM PENH: BEIJING, SEOUL AND MANILA" (the
 * places after its colon). */
static void tk_heading_rest(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S)
{
	struct tk_parties named = { .n = 0 };
	size_t k = tk_is(S, 1, W_all) ? 2 : 1;
	if (tk_word_eq(S, k, "other") && x->headed.n) {
		for (size_t i = 0; i < x->deflt.n; i++) {
			bool before = false;
			for (size_t m = 0; m < x->headed.n && !before; m++)
				before = strcmp(x->deflt.name[i], x->headed.name[m]) == 0;
			if (!before)
				tk_add(&named, x->deflt.name[i]);
		}
	} else {
		for (k = 2; k < S->n && !tk_gap_has(S, k, ':'); k++)
			;
		if (k >= S->n || tk_places_at(x, S, k, &named) != S->n)
			named.n = 0;
	}
	if (named.n && named.n < x->deflt.n)
		tk_set_scope(P, &named);
}

/* A boxed heading above the paragraph that names posts ("FOR EMBASSIES
 * PANAMA AND MAJURO ONLY", "EMBASSIES TOKYO AND SEOUL", "ROME AND MADRID
 * ONLY", "LATIN AMERICAN POSTS") narrows it to them, as the same words
 * before a colon would.  A heading that opens with none of a post's words
 * and ends in neither "only" nor "posts" is a topic, and is not looked up
 * (most are). */
void tk_heading_scope(struct tk_ctx *x, struct tk_para *P, const char *h)
{
	struct tk_sentence *S = &x->sent;
	tk_words(S, h, strlen(h));
	if (S->n == 0)
		return;
	if (tk_is(S, 0, W_for)) {
		tk_scope_heading(x, P, S, 0, 0);
		if (!P->scope.n)
			tk_heading_rest(x, P, S);
		return;
	}
	/* "ACTION REQUEST FOR ROME AND MADRID", "INSTRUCTIONS FOR POSTS IN
	 * EU MEMBER STATES" */
	for (size_t k = 1; k <= 3 && k < S->n; k++)
		if (tk_asks_for(S, k)) {
			tk_scope_heading(x, P, S, k, 0);
			return;
		}
	/* most headings name a topic ("Background", "Summary"): only one that
	 * opens with a post's word, or ends in "only", is read further */
	static const enum tk_wid heads[] = {
		W_embassy, W_embassies, W_consulate, W_consulates, W_mission,
		W_missions, W_post, W_posts, W_NONE,
	};
	/* "LATIN AMERICAN POSTS", "GULF EMBASSIES": a region's posts */
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_consulates, W_NONE,
	};
	bool only = tk_word_eq(S, S->n - 1, "only");
	if (!only && !tk_in(S, 0, heads) && !tk_in(S, S->n - 1, plural))
		return;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, 0, &named, &generic);
	if ((e == 0 || !named.n || generic) && only)
		e = tk_places_at(x, S, 0, &named);
	if (e > 0 && tk_word_eq(S, e, "only"))
		e++;
	if (e == S->n && named.n)
		tk_set_scope(P, &named);
}

/* Does the paragraph's own text end in a colon, leading into its items? */
static bool tk_leads_into_items(const struct paragraph *p)
{
	size_t tl = p->text ? strlen(p->text) : 0;
	while (tl > 0 && ascii_is_space((unsigned char)p->text[tl - 1]))
		tl--;
	return tl > 0 && p->text[tl - 1] == ':';
}

/* "Department requests that posts approach officials as follows: A. Kuala
 * Lumpur: urge ... B. Singapore: ask ...": when the paragraph's request
 * leads into its items and every item opens with a heading that names
 * posts among those asked, those posts are the ones asked. */
void tk_item_posts(struct tk_ctx *x, struct tk_para *P, const struct paragraph *p)
{
	/* only when the request leads into its items ("as follows:"), not
	 * when it stands whole and the items add to it for some posts */
	if (!tk_leads_into_items(p))
		return;
	struct tk_parties items = { .n = 0 };
	size_t n = 0;
	for (size_t i = 0; i < p->nchildren; i++) {
		const struct node *k = &p->children[i];
		if (k->kind != NODE_ITEM && k->kind != NODE_BULLET)
			continue;
		n++;
		const char *colon = k->text ? strchr(k->text, ':') : NULL;
		if (!colon || colon - k->text > 60)
			return;
		struct tk_parties named;
		tk_words(&x->sent, k->text, (size_t)(colon - k->text) + 1);
		size_t e = tk_heading_places(x, &x->sent, 0, &named);
		if (e == 0 || !named.n) {
			bool generic = false;
			e = tk_post_phrase(x, &x->sent, 0, &named, &generic);
			if (e == 0 || !named.n || generic)
				return;
		}
		for (size_t j = 0; j < named.n; j++) {
			bool asked = false;
			for (size_t m = 0; m < P->parties.n && !asked; m++)
				asked = strcmp(P->parties.name[m], named.name[j]) == 0;
			if (!asked)
				return;
		}
		tk_add_all(&items, &named);
	}
	if (n >= 2 && items.n && items.n < P->parties.n)
		P->parties = items;
}

/* "Post requests that: -- USDA/APHIS deploy two epidemiologists; -- HHS/CDC
 * provide reagents", "We recommend: A. that DOD fund ...; B. that Treasury
 * extend ...": a post's request that leads into items each opening with a
 * Washington agency asks those agencies (an item "that" opens may name
 * none, "that INL reprogram": it adds none). */
void tk_item_agencies(struct tk_ctx *x, struct tk_para *P, const struct paragraph *p)
{
	if (x->washington || !tk_leads_into_items(p))
		return;
	struct tk_parties items = { .n = 0 };
	for (size_t i = 0; i < p->nchildren; i++) {
		const struct node *k = &p->children[i];
		if ((k->kind != NODE_ITEM && k->kind != NODE_BULLET) || !k->text)
			continue;
		tk_words(&x->sent, k->text, tk_sentence_end(k->text, strlen(k->text), 0));
		size_t a = tk_is(&x->sent, 0, W_that), used = 0;
		if (a && tk_is(&x->sent, a, W_the))
			a++;
		const char *name = a < x->sent.n ? tk_agency(x, &x->sent, a, &used) : NULL;
		if (!name || !used) {
			if (a)
				continue;
			return;
		}
		tk_add(&items, name);
	}
	if (items.n)
		P->parties = items;
}

/* Does the sentence hold a word that every sparing form below needs:
 * "not" ("need not", "are not required"), "take" ("need take no",
 * "take no action") or "exempt(ed)", "excused"?  Most of Washington's
 * sentences do not, and are passed over before their posts are read. */
static bool tk_may_spare(const struct tk_sentence *S)
{
	static const char *const words[] = { "take", "exempted", "exempt", "excused", NULL };
	for (size_t k = 0; k < S->n; k++)
		if (tk_is(S, k, W_not) || (S->w[k].id == W_NONE && tk_word_among(S, k, words)))
			return true;
	return false;
}

/* The posts of spared that the words at word k do not name again
 * ("..., although Embassy Berlin is asked to pass": all but Berlin), into
 * out. */
static void tk_spared_but(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                          const struct tk_parties *spared, struct tk_parties *out)
{
	struct tk_parties again;
	bool generic = false;
	if (tk_post_phrase(x, S, k, &again, &generic) == k)
		again.n = 0;
	for (size_t n = 0; n < spared->n; n++) {
		bool named = false;
		for (size_t a = 0; a < again.n && !named; a++)
			named = strcmp(again.name[a], spared->name[n]) == 0;
		if (!named)
			tk_add(out, spared->name[n]);
	}
}

bool tk_spared(struct tk_ctx *x, const struct tk_sentence *S, size_t cs,
               struct tk_parties *out)
{
	out->n = 0;
	if (!tk_may_spare(S))
		return false;
	bool generic = false;
	struct tk_parties named;
	size_t e = tk_post_phrase(x, S, cs, &named, &generic);
	if (e == cs || generic || !named.n)
		return false;
	/* past a clause about them: ", whose host governments already
	 * support the text," */
	size_t k = e;
	if (k < S->n && tk_gap_has(S, k, ','))
		for (size_t j = k + 1; j < S->n && j <= k + 25; j++)
			if (tk_gap_has(S, j, ',')) {
				k = j;
				break;
			}
	bool need_not = tk_word_eq(S, k, "need") &&
	                (tk_is(S, k + 1, W_not) || tk_word_eq(S, k + 1, "take"));
	bool not_required = (tk_is(S, k, W_are) || tk_is(S, k, W_is)) && tk_is(S, k + 1, W_not) &&
	                    tk_is(S, k + 2, W_required);
	/* "Embassies Moscow and Kyiv are asked to take no action at this
	 * time", "should take no further action" */
	size_t v = tk_modal(S, k);
	bool no_action = v && tk_word_eq(S, v, "take") && tk_word_eq(S, v + 1, "no") &&
	                 (tk_is(S, v + 2, W_action) ||
	                  (tk_word_eq(S, v + 2, "further") && tk_is(S, v + 3, W_action)));
	/* "Embassies Tokyo and Canberra, which have already reported, are
	 * exempted from this reporting requirement" */
	static const char *const exempt[] = { "exempted", "exempt", "excused", NULL };
	bool exempted = (tk_is(S, k, W_are) || tk_is(S, k, W_is)) &&
	                tk_word_among(S, k + 1, exempt) && tk_word_eq(S, k + 2, "from");
	if (!need_not && !not_required && !no_action && !exempted)
		return false;
	/* "need not seek a figure but should encourage", "is exempt from para
	 * 6; USUN should instead coordinate": still asked.  "Info addressees
	 * need take no action, although Embassy Berlin is asked to pass": the
	 * others spared, and the sentence read on for Berlin */
	static const char *const yet[] = { "although", "though", "however", "while", NULL };
	for (size_t j = k + 2; j + 1 < S->n; j++) {
		if (tk_word_eq(S, j, "but") && tk_modal(S, j + 1))
			return false;
		bool other = tk_gap_has(S, j, ',') && tk_word_among(S, j, yet);
		for (size_t m = j; (other || tk_gap_has(S, j, ';')) && m < S->n && m <= j + 4; m++)
			if (tk_modal(S, m)) {
				if (other)
					tk_spared_but(x, S, j + 1, &named, out);
				return false;
			}
	}
	*out = named;
	return true;
}

/* tk_match_kind.c - which addressees a generic word covers in Washington's
 * cables.
 *
 * In: the words of a party ("Embassies", "Mission", "Posts in Allied
 * capitals") and the addressees it could mean (the paragraph's scope or
 * the cable's default).  Out: those of the kind the word names
 * (tk_by_kind(): embassies, missions, consulates), in the body its place
 * names (tk_by_group(): the posts a collective of data/collectives.tsv
 * holds, or a region of data/regions.tsv), or all but those after
 * "except" or "other than" (tk_less_excepted()).
 */
#include "tasking/tk_match_internal.h"
#include "tasking/party.h"
#include "tasking/regions.h"
#include "base/ascii.h"

#include <string.h>

bool tk_collective_name(const char *name)
{
	size_t n = strlen(name);
	return strstr(name, "COLLECTIVE") ||
	       (n > 6 && strcmp(name + n - 6, " POSTS") == 0);
}

/* A mission to an international body ("USMISSION USUN NEW YORK", "USEU
 * BRUSSELS", "USMISSION USNATO"), not a bilateral post. */
static bool tk_multilateral(const char *name)
{
	return strncmp(name, "USMISSION ", 10) == 0 || strncmp(name, "USEU ", 5) == 0 ||
	       strstr(name, "USNATO") || strstr(name, "USOSCE");
}

bool tk_bilateral(const struct tk_sentence *S, size_t i, size_t e,
                  const struct tk_parties *base, struct tk_parties *out)
{
	bool said = false;
	for (size_t k = i; k < e && !said; k++)
		said = tk_word_eq(S, k, "bilateral");
	if (!said)
		return false;
	out->n = 0;
	for (size_t k = 0; k < base->n; k++)
		if (!tk_multilateral(base->name[k]))
			tk_add(out, base->name[k]);
	return out->n > 0 && out->n < base->n;
}

/* "Embassy should", "Mission is requested to", "USDel should", "Embassies
 * should" in a cable to embassies, missions and consulates: only the
 * addressees of that kind ("Bilateral posts": tk_bilateral()); "Embassy"
 * and "Embassies" also hold the collectives (of embassies), and a plural
 * "Missions" means every post.  Fills out from base; false when the words
 * name no kind or no addressee is one. */
bool tk_by_kind(const struct tk_sentence *S, size_t i, size_t e,
                const struct tk_parties *base, struct tk_parties *out)
{
	const char *prefix = NULL;
	bool collectives = false;
	if (tk_bilateral(S, i, e, base, out))
		return true;
	for (size_t k = i; k < e && !prefix; k++) {
		if (tk_possessive(S, k))
			return false;   /* "each mission's POC": the people */
		if (tk_is(S, k, W_embassy) || tk_is(S, k, W_embassies)) {
			prefix = "AMEMBASSY ";
			collectives = true;
		} else if (k > 0 && tk_is(S, k - 1, W_of) && tk_is(S, k, W_mission)) {
			continue;   /* "Chiefs of Mission", "heads of mission": people */
		} else if (tk_is(S, k, W_mission) || tk_is(S, k, W_usdel)) {
			/* "USDel should table the text": the mission whose
			 * delegation it is */
			prefix = "USMISSION ";
		} else if (tk_is(S, k, W_consulate) || tk_is(S, k, W_consulates)) {
			prefix = "AMCONSUL ";
		}
	}
	if (!prefix)
		return false;
	out->n = 0;
	for (size_t k = 0; k < base->n; k++)
		if (strncmp(base->name[k], prefix, strlen(prefix)) == 0 ||
		    (collectives && tk_collective_name(base->name[k])))
			tk_add(out, base->name[k]);
	return out->n > 0 && out->n < base->n;
}

/* "Posts in Allied capitals should", "Embassies in EU member states are
 * requested to": the addressees a collective of data/collectives.tsv
 * holds, among base, and that collective when it is one of them; the
 * place is words [b, e).  False when the place names no such body or no
 * addressee is in it (then every addressee is asked). */
bool tk_by_group(const struct tk_sentence *S, size_t b, size_t e,
                 const struct tk_parties *base, struct tk_parties *out)
{
	static const struct { const char *word, *collective; } groups[] = {
		{ "nato", "ALL NATO POST COLLECTIVE" },
		{ "allied", "ALL NATO POST COLLECTIVE" },
		{ "alliance", "ALL NATO POST COLLECTIVE" },
		{ "eu", "EU MEMBER STATES COLLECTIVE" },
		{ "asean", "ASEAN MEMBER COLLECTIVE" },
		{ "oecd", "OECD POSTS COLLECTIVE" },
		{ "gcc", "GULF COOPERATION COUNCIL COLLECTIVE" },
		{ "gulf", "GULF COOPERATION COUNCIL COLLECTIVE" },
		{ "ecowas", "ECOWAS COLLECTIVE" },
		{ "opec", "OPEC COLLECTIVE" },
		{ "mtcr", "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE" },
		{ "caricom", "CARICOM COLLECTIVE" },
		{ "mercosur", "MERCOSUR COLLECTIVE" },
		{ "igad", "IGAD COLLECTIVE" },
		{ "sadc", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY COLLECTIVE" },
	};
	/* "Allied and partner capitals", "EU and other posts": more than the
	 * body's */
	for (size_t k = b; k < e; k++)
		if (tk_word_eq(S, k, "partner") || tk_word_eq(S, k, "partners") ||
		    (tk_word_eq(S, k, "other") && !tk_word_eq(S, k + 1, "than")) ||
		    tk_word_eq(S, k, "non-member"))
			return false;
	const char *coll = NULL;
	for (size_t k = b; k < e && !coll; k++)
		for (size_t g = 0; g < sizeof groups / sizeof groups[0] && !coll; g++)
			if (tk_word_eq(S, k, groups[g].word) && (S->caps || tk_capitalised(S, k)))
				coll = groups[g].collective;
	if (!coll)
		return tk_by_region(S, b, e, base, out);
	out->n = 0;
	for (size_t k = 0; k < base->n; k++)
		if (strcmp(base->name[k], coll) == 0 || party_matches(base->name[k], coll))
			tk_add(out, base->name[k]);
	return out->n > 0;
}

/* Words [k, k + len) upper case, one space between, into key (size
 * bytes): its length, or 0 when it does not fit. */
static size_t tk_phrase_key(const struct tk_sentence *S, size_t k, size_t len,
                            char *key, size_t size)
{
	size_t n = 0;
	for (size_t j = k; j < k + len; j++) {
		size_t wn = S->w[j].e - S->w[j].s;
		if (n + wn + 2 > size)
			return 0;
		if (j > k)
			key[n++] = ' ';
		for (size_t c = 0; c < wn; c++)
			key[n++] = (char)ascii_to_upper((unsigned char)S->s[S->w[j].s + c]);
	}
	key[n] = '\0';
	return n;
}

/* "AF posts", "Posts in West Africa", "WEST AFRICAN POSTS": the addressees
 * the region of data/regions.tsv the words [b, e) name holds, among base
 * (the longest name at the first word that starts one, at the words' end
 * or before a word for their posts or countries). */
bool tk_by_region(const struct tk_sentence *S, size_t b, size_t e,
                  const struct tk_parties *base, struct tk_parties *out)
{
	/* what may follow the region's name: "West African posts", not
	 * "Nordic officials" or "the Central African Republic" */
	static const char *const places[] = {
		"posts", "embassies", "missions", "capitals", "countries", "states",
		"member", NULL,
	};
	/* "Posts in Europe and Africa", "in Europe, Africa and Asia": each
	 * region of a list */
	static const char *const joins[] = { "and", "or", NULL };
	bool named = false;
	out->n = 0;
	for (size_t k = b; k < e; k++) {
		if (!S->caps && !tk_capitalised(S, k))
			continue;
		for (size_t len = 3; len >= 1; len--) {
			char key[48];
			size_t n = k + len <= e ? tk_phrase_key(S, k, len, key, sizeof key) : 0;
			if (!n || !(k + len == e || tk_word_among(S, k + len, places) ||
			            tk_word_among(S, k + len, joins) || tk_gap_has(S, k + len, ',')) ||
			    !region_known(key, n))
				continue;
			named = true;
			for (size_t m = 0; m < base->n; m++)
				if (region_holds(key, n, base->name[m]))
					tk_add(out, base->name[m]);
			k += len - 1;
			break;
		}
		/* the list ends where a word joins no region to it */
		if (named && k + 1 < e && !tk_word_among(S, k + 1, joins) &&
		    !tk_gap_has(S, k + 1, ',') && !(S->caps || tk_capitalised(S, k + 1)))
			break;
	}
	return named && out->n > 0;
}

/* "other than Nairobi, Djibouti and Sanaa", "(except for Embassies Warsaw
 * and Prague)": base less those posts (tk_match_internal.h). */
bool tk_less_excepted(struct tk_ctx *x, const struct tk_sentence *S, size_t b,
                      size_t e, const struct tk_parties *base, struct tk_parties *out)
{
	size_t k = b;
	while (k < e && !tk_word_eq(S, k, "except") &&
	       !(tk_word_eq(S, k, "other") && tk_word_eq(S, k + 1, "than")) &&
	       !(tk_word_eq(S, k, "exception") && tk_is(S, k + 1, W_of)))
		k++;
	if (k >= e)
		return false;
	k += tk_word_eq(S, k, "except") ? 1 : 2;
	if (tk_word_eq(S, k, "for"))
		k++;
	struct tk_parties left;
	bool generic = false;
	size_t pe = tk_post_phrase(x, S, k, &left, &generic);
	if (pe == k || generic || !left.n) {
		if (tk_is(S, k, W_the))
			k++;        /* "other than the Netherlands and Belgium" */
		pe = tk_places_at(x, S, k, &left);
	}
	if (pe == k || !left.n)
		return false;
	out->n = 0;
	for (size_t i = 0; i < base->n; i++) {
		bool gone = false;
		for (size_t m = 0; m < left.n && !gone; m++)
			gone = strcmp(base->name[i], left.name[m]) == 0;
		if (!gone)
			tk_add(out, base->name[i]);
	}
	return out->n > 0 && out->n < base->n;
}

bool tk_excepted_first(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                       const struct tk_parties *base, struct tk_parties *out)
{
	/* (after a heading: "ACTION POSTS ONLY: With the exception of USNATO
	 * and USEU (see paragraphs 5 and 6), action addressees should") */
	size_t b = 0;
	for (size_t j = 1; j <= 5 && j < i; j++)
		if (tk_gap_has(S, j, ':'))
			b = j;
	return i > b + 2 && tk_gap_has(S, i, ',') &&
	       (tk_word_eq(S, b, "except") ||
	        (tk_is(S, b, W_with) && tk_is(S, b + 1, W_the) &&
	         tk_word_eq(S, b + 2, "exception"))) &&
	       tk_less_excepted(x, S, b, i, base, out);
}

/* Do the word before a and the len words at a name a region ("African"
 * in "Southern African posts")?  The longer name, tried at the word
 * before, holds the request (or no addressee: then all are asked). */
static bool tk_longer_region(const struct tk_sentence *S, size_t a, size_t len)
{
	if (a == 0 || !(S->caps || tk_capitalised(S, a - 1)))
		return false;
	char key[48];
	size_t kn = tk_phrase_key(S, a - 1, len + 1, key, sizeof key);
	return kn && region_known(key, kn);
}

/* "ASEAN posts", "EU embassies", "NATO missions", "EU member-state
 * capitals", "AF posts", "ALL WEST AFRICAN POSTS" at word i of
 * Washington's: the addressees the body's collective or the region holds
 * (tk_by_group()), into named; the word after them, or i. */
size_t tk_group_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                      struct tk_parties *named)
{
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_NONE,
	};
	size_t a = tk_is(S, i, W_all) ? i + 1 : i;
	/* (of the vocabulary's words, only "central" opens a region: "Central
	 * African posts") */
	if (!x->washington || a >= S->n ||
	    (S->w[a].id != W_NONE && S->w[a].id != W_central))
		return i;
	/* the body's or region's words (up to three), then "EU capitals",
	 * "EU member-state capitals", "NATO member embassies" */
	for (size_t len = 1; len <= 3 && a + len < S->n; len++) {
		size_t k = a + len;
		if (tk_word_eq(S, k, "member-state") || tk_word_eq(S, k, "member"))
			k++;
		if ((tk_in(S, k, plural) || tk_word_eq(S, k, "capitals")) &&
		    tk_by_group(S, a, a + len, &x->deflt, named)) {
			if (!tk_longer_region(S, a, len))
				return k + 1;
			named->n = 0;
			break;
		}
	}
	return i;
}

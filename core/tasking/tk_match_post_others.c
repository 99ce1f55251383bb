/* tk_match_post_others.c - a post's requests of the other posts it sends
 * to.
 *
 * In: one sentence of a cable from a post sent to other posts too.  Out:
 * tk_post_heading() reads a heading of posts before the clause ("ALL
 * ACTION ADDRESSEES: please send", "FOR BUDAPEST AND WARSAW:") into the
 * paragraph's scope; tk_match_posts_asked() says whether the sentence asks
 * those posts ("Posts are requested to", "Embassy Rome should", "USOSCE
 * should") and fills the hit.  Used by tk_match.c through
 * tk_match_internal.h.
 */
#include "tasking/tk_match_internal.h"

#include <string.h>
#include <strings.h>

/* A short name must be a post's ("USOSCE", "MOSCOW"), not a body's or a
 * command's ("NATO", "SHAPE"): are all the names posts? */
static bool tk_all_posts(const struct tk_parties *named)
{
	static const char *const posts[] = {
		"AMEMBASSY ", "AMCONSUL ", "USMISSION ", "USEU ", NULL,
	};
	for (size_t n = 0; n < named->n; n++) {
		bool post = false;
		for (const char *const *q = posts; *q && !post; q++)
			post = strncmp(named->name[n], *q, strlen(*q)) == 0;
		if (!post)
			return false;
	}
	return true;
}

void tk_post_heading(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                     size_t cs)
{
	/* (a long heading the clause start did not pass over) */
	for (size_t j = 2; cs == 0 && j < S->n && j <= 12; j++)
		if (tk_gap_has(S, j, ':'))
			cs = j;
	if (cs == 0 || !tk_gap_has(S, cs, ':') || x->posts.n == 0)
		return;
	size_t b = tk_is(S, 0, W_for) ? 1 : 0;
	struct tk_parties named;
	bool generic = false;
	size_t e = tk_post_phrase(x, S, b, &named, &generic);
	/* "ACTION POSTS ASTANA, DUSHANBE, TASHKENT AND ASHGABAT:" */
	if (e > b && e < cs && generic && !named.n) {
		size_t pe = tk_places_at(x, S, e, &named);
		if (pe == cs && named.n) {
			e = pe;
			generic = false;
		} else {
			named.n = 0;
		}
	}
	if (e == b || (e != cs && !(e + 1 == cs && tk_word_eq(S, e, "only"))))
		return;
	if (generic && !named.n)
		named = x->posts;
	else if (!tk_others_listed(x, &named))
		return;
	/* posts, not an agency ("ENERGY: Turkey wants to be a hub") */
	for (size_t n = 0; n < named.n; n++)
		if (tk_in_washington(named.name[n]))
			return;
	tk_set_scope(P, &named);
}

/* A post's cable sent to other posts too (USEU to EU capitals): "Posts are
 * requested to deliver", "Embassy Rome should raise", "We would appreciate
 * posts' reporting" ask those posts, as in Washington's cables.  Only a
 * named post or a plural ("Posts", "Embassies", "addressees"): "Embassy
 * should" alone is the writer speaking of itself.  Firm requests only. */
bool tk_match_posts_asked(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S, size_t i, size_t cs,
                          struct tk_hit *hit)
{
	static const enum tk_wid plural[] = {
		W_posts, W_embassies, W_missions, W_consulates, W_addressees, W_NONE,
	};
	/* the words such a request starts with (a cheap test: the rest reads
	 * the addressee lines and data/posts.tsv) */
	switch (S->w[i].id) {
	case W_we: case W_post: case W_posts: case W_embassy: case W_embassies:
	case W_mission: case W_missions: case W_consulate: case W_consulates:
	case W_action: case W_addressee: case W_addressees: case W_all:
	case W_each: case W_the:
		break;
	case W_NONE:
		/* "USOSCE should raise the offer": a mission by its short name,
		 * in capitals in mixed-case prose (tk_post_phrase() finds it on
		 * the lines) */
		if (S->caps || !ascii_is_upper(S->s[S->w[i].s]) ||
		    !ascii_is_upper(S->s[S->w[i].e - 1]))
			return false;
		break;
	default:
		return false;
	}
	size_t k = i;
	struct tk_parties named;
	bool generic = false;
	named.n = 0;
	if (tk_is(S, k, W_we)) {
		/* "We would appreciate posts' reporting": the posts after */
		if (x->posts.n == 0)
			return false;
		k = i + 1;
		while (k < S->n && k < i + 5 && !tk_in(S, k, plural))
			k++;
		if (!tk_in(S, k, plural))
			return false;
	} else {
		size_t e = tk_post_phrase(x, S, i, &named, &generic);
		/* "the Athens DATT is asked to": a post's people by its place */
		if (e == i && (!tk_is(S, i, W_the) || !tk_capitalised(S, i + 1) ||
		               tk_staff_phrase(x, S, i, cs, &named) == i || !named.n))
			return false;
		if (e == i)
			e = i + 1;
		if (S->w[i].id == W_NONE && !tk_all_posts(&named))
			return false;
		/* "Embassy London should" in London's cable: the writer */
		for (size_t n = 0; n < named.n && x->own; n++)
			if (strstr(named.name[n], x->own))
				return false;
		if (!named.n) {
			if (x->posts.n == 0)
				return false;
			/* "Each post should designate": every one of them */
			bool many = tk_is(S, i, W_each) || tk_word_eq(S, i, "every");
			for (size_t j = i; j < e; j++)
				many |= tk_in(S, j, plural);
			if (!many)
				return false;
		}
	}
	struct tk_parties deflt = x->deflt;
	x->deflt = x->posts;
	x->washington = true;
	/* "Embassy Kabul please confirm": a named post may be asked weakly */
	bool got = tk_match_wash(x, P, S, i, cs, named.n == 0, hit);
	x->washington = false;
	x->deflt = deflt;
	return got && hit->parties.n;
}

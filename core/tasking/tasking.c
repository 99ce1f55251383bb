/* tasking.c - which paragraph asks which party to act, and by when.
 *
 * Each paragraph's own prose (its text, follow-on text and comment blocks;
 * never quoted blocks or talking points) is cut into sentences and each
 * sentence into words.  A sentence is a tasking when its words ask a party
 * to act:
 *
 *   from Washington to posts           from a post to Washington
 *   "please approach ..."               "Post requests Department guidance"
 *   "Post should", "Posts are           "we would appreciate", "we strongly
 *     requested to", "Embassy X is        recommend", "Mission requests that"
 *     requested to"                     "The Department's guidance ... is
 *   "Department requests action           requested"
 *     addressees report",               "DOD or CENTCOM should undertake"
 *     "Washington requests Post pursue"
 *   "For Embassies Moscow and Riga,
 *     please ...", "Request Embassy
 *     Madrid approach", "a negative
 *     report is requested"
 *
 * Bullets and sub-items of a paragraph belong to it: they add a tasking only
 * when they name the tasked party themselves ("-- Post should circulate").
 * Pointers ("This is an action request, see paras 4 and 7") mark the
 * paragraphs they point to, and their "for USOSCE and UNVIE" narrows what
 * "Post" means in the whole cable.  A pointer to a paragraph whose own words
 * ask nothing, next to one whose words do, is taken for a slip of the
 * drafter and ignored.
 *
 * A post on no addressee line is written in capitals as the cable names it
 * ("Embassy Ottawa should" -> EMBASSY OTTAWA, "USNATO should" -> USNATO);
 * data/posts.tsv tells a post from any other capitalised word.
 *
 * The deadline is read from the tasking sentences (deadline.c), else a
 * dated phrase from the rest of the paragraph.  Everything is allocated in
 * the cable's arena; the work is linear in the text: each sentence is cut
 * into words once, and each word looked up once in a hash table of the
 * vocabulary (tk_vocab.c), so the patterns compare integers.
 *
 * This file reads the cable: who "Post" means, each paragraph in turn,
 * the pointers, the taskings out.  The rest is in the tk_*.c files, which
 * share tk_internal.h: tk_vocab (the vocabulary), tk_words (a sentence cut
 * into words), tk_sentence (where sentences end; quoted blocks), tk_parties
 * (the parties a sentence names), tk_match (the patterns), tk_pointers
 * ("see paras 4 and 7"), tk_summary (quote and checklist line) and
 * tk_paragraph (one paragraph read sentence by sentence).
 */
#include "tasking/tasking.h"

#include <string.h>

#include "tasking/party.h"
#include "tasking/tk_internal.h"

/* A tasking of paragraph p for parties[0..n), due as dl says, in the
 * words of P's first tasking or of item due's. */
static void tk_emit_one(struct tk_ctx *x, const struct paragraph *p, const struct tk_para *P,
                        const struct tk_item_due *due, const char **parties, size_t n)
{
	const struct deadline *dl = due ? &due->dl : &P->dl;
	const char *dl_text = due ? due->dl_text : P->dl_text;
	bool have_dl = due || P->have_dl;
	struct cable *c = x->c;
	struct tasking *t = &c->taskings[c->ntaskings++];
	memset(t, 0, sizeof *t);
	t->paragraph = p->number;
	t->parties = parties;
	t->nparties = n;
	if (have_dl) {
		t->deadline_text = dl_text;
		if (dl->dated) {
			char iso[16];
			deadline_iso(dl, iso, sizeof iso);
			t->deadline = arena_strdup(&c->arena, iso);
		}
	}
	t->quote = due && due->quote ? due->quote : P->quote;
	t->summary = due && due->quote ? due->summary : P->summary;
	t->asks = due && due->quote ? due->asks : P->asks;
	t->nasks = due && due->quote ? due->nasks : P->nasks;
	t->rule = due && due->quote ? due->rule : P->rule;
	t->parties_from = due && due->quote ? due->from : P->from;
}

static bool tk_same_day(const struct deadline *a, const struct deadline *b)
{
	return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* The item whose own deadline party name takes, or NULL for the
 * paragraph's (also when the item's day is the paragraph's). */
static const struct tk_item_due *tk_due_for(const struct tk_para *P, const char *name)
{
	const struct tk_item_due *d = tk_item_due_of(P, name);
	if (d && P->have_dl && P->dl.dated && tk_same_day(&d->dl, &P->dl))
		return NULL;
	return d;
}

/* Fills the paragraph's taskings (one per deadline: the paragraph's, and
 * each item's that gave its posts their own) and its tasked list. */
static void tk_emit(struct tk_ctx *x, struct paragraph *p, const struct tk_para *P)
{
	struct cable *c = x->c;
	const char **kept = arena_alloc(&c->arena, sizeof *kept * P->parties.n);
	size_t nkept = 0;
	/* less the posts the paragraph spares, unless that leaves none */
	for (size_t i = 0; i < P->parties.n; i++) {
		bool spared = false;
		for (size_t k = 0; k < P->spared.n && !spared; k++)
			spared = strcmp(P->spared.name[k], P->parties.name[i]) == 0;
		if (!spared)
			kept[nkept++] = P->parties.name[i];
	}
	if (nkept == 0) {
		for (size_t i = 0; i < P->parties.n; i++)
			kept[i] = P->parties.name[i];
		nkept = P->parties.n;
	}
	p->tasked = kept;
	p->ntasked = nkept;
	/* the paragraph's deadline first, then each item's day, in item
	 * order (items of one day make one tasking) */
	for (size_t g = 0; g <= P->ndue; g++) {
		const struct tk_item_due *due = g ? &P->due[g - 1] : NULL;
		bool seen = false;
		for (size_t e = 0; due && e + 1 < g && !seen; e++)
			seen = tk_same_day(&P->due[e].dl, &due->dl);
		if (seen)
			continue;
		const char **group = arena_alloc(&c->arena, sizeof *group * nkept);
		size_t n = 0;
		for (size_t i = 0; i < nkept; i++) {
			const struct tk_item_due *d = tk_due_for(P, kept[i]);
			if (due ? d && tk_same_day(&d->dl, &due->dl) : !d)
				group[n++] = kept[i];
		}
		if (n == 0)
			continue;
		tk_emit_one(x, p, P, due, group, n);
	}
}

/* Is the addressee name an agency in Washington or a military command
 * rather than a post ("FBI WASHINGTON DC", "SECDEF WASHDC", "HQ USEUCOM
 * VAIHINGEN GE", "CDR USCENTCOM MACDILL AFB FL")? */
bool tk_not_post(const char *name)
{
	size_t n = strlen(name);
	static const char *const tails[] = { " WASHINGTON DC", " WASHDC", " WASHINGTON" };
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		size_t tl = strlen(tails[i]);
		if (n > tl && strcmp(name + n - tl, tails[i]) == 0)
			return true;
	}
	return strncmp(name, "CDR ", 4) == 0 || strncmp(name, "HQ ", 3) == 0 ||
	       strncmp(name, "CINC", 4) == 0 || strncmp(name, "COM", 3) == 0;
}

/* Is the addressee an embassy, consulate or mission, or a collective of
 * them (not a command, an attache's office or an agency)? */
static bool tk_diplomatic_post(const char *name)
{
	static const char *const heads[] = {
		"AMEMBASSY ", "AMCONSUL ", "USMISSION ", "USEU ", "USNATO", "USINT ",
		"USOSCE", "US MISSION ", "AIT ", NULL,
	};
	for (const char *const *h = heads; *h; h++)
		if (strncmp(name, *h, strlen(*h)) == 0)
			return true;
	return strstr(name, "COLLECTIVE") != NULL;
}

/* Does name hold place as whole words ("USDAO LONDON UK", "LONDON")? */
static bool tk_names_place(const char *name, const char *place)
{
	size_t n = strlen(place);
	for (const char *p = name; (p = strstr(p, place)) != NULL; p++)
		if ((p == name || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* The default parties: the TO addressees (not excluded), or, in a post's
 * cable, the TO addressees other than the post itself. */
static void tk_default_parties(struct tk_ctx *x)
{
	struct cable *c = x->c;
	x->deflt.n = 0;
	for (size_t i = 0; i < c->nto; i++) {
		if (!c->to[i].name || c->to[i].excluded)
			continue;
		if (c->from && strcmp(c->to[i].name, c->from) == 0)
			continue;
		/* the post's own offices ("USDAO LONDON UK" in London's
		 * cable) are not whom it asks; another post in its city
		 * (AMEMBASSY BRUSSELS in USEU's) is */
		if (x->own && !tk_diplomatic_post(c->to[i].name) &&
		    tk_names_place(c->to[i].name, x->own))
			continue;
		tk_add(&x->deflt, c->to[i].name);
	}
	/* in Washington's cables "Posts" are no agencies in Washington and no
	 * military commands (CIA WASHINGTON DC, CDR USCENTCOM MACDILL AFB FL) */
	if (x->washington) {
		struct tk_parties posts = { .n = 0 };
		for (size_t i = 0; i < x->deflt.n; i++)
			if (!tk_not_post(x->deflt.name[i]))
				tk_add(&posts, x->deflt.name[i]);
		if (posts.n)
			x->deflt = posts;
	}
	/* a post's cable to other posts: "Posts" are those; what the post asks
	 * without naming whom ("Mission recommends support") asks the
	 * Washington side of its TO line */
	x->posts.n = 0;
	if (!x->washington) {
		struct tk_parties wash = { .n = 0 }, posts = { .n = 0 };
		for (size_t i = 0; i < x->deflt.n; i++) {
			const char *n = x->deflt.name[i];
			if (!tk_not_post(n))
				tk_add(&x->posts, n);
			tk_add(tk_diplomatic_post(n) ? &posts : &wash, n);
		}
		if (wash.n && posts.n)
			x->deflt = wash;
		/* none on the TO lines: "USEU requests that Embassies in EU
		 * capitals demarche" asks the posts on its INFO lines */
		for (size_t i = 0; x->posts.n == 0 && i < c->ninfo; i++)
			if (c->info[i].name && !c->info[i].excluded &&
			    (tk_diplomatic_post(c->info[i].name) ||
			     strstr(c->info[i].name, "COLLECTIVE")) &&
			    !tk_not_post(c->info[i].name))
				tk_add(&posts, c->info[i].name);
		if (x->posts.n == 0)
			x->posts = posts;
	}
	if (x->deflt.n == 0) {
		if (!x->washington)
			tk_add(&x->deflt, PARTY_WASHINGTON);
		else
			tk_add(&x->deflt, "ACTION ADDRESSEES");
	}
}

/* "This is an action request for USOSCE and UNVIE": what "Post" means. */
static void tk_narrow_default(struct tk_ctx *x)
{
	struct cable *c = x->c;
	struct tk_parties named = { .n = 0 };
	struct tk_sentence *S = &x->sent;
	for (size_t pi = 0; pi < c->nparas && pi < 3; pi++) {
		const char *t = c->paras[pi].text;
		if (!t)
			continue;
		size_t len = strlen(t), b = 0;
		while (b < len) {
			size_t e = tk_sentence_end(t, len, b);
			tk_words(S, t + b, e - b);
			b = e;
			while (b < len && ascii_is_space((unsigned char)t[b]))
				b++;
			if (!tk_action_words(S))
				continue;
			/* the posts after "request for" ("This is an action
			 * request for USOSCE and UNVIE"), not a place the
			 * sentence mentions ("SUMMARY AND ACTION REQUEST: ...
			 * across Mexico and Central America") */
			for (size_t j = 1; j + 1 < S->n; j++) {
				if (!tk_is(S, j, W_for) ||
				    !(tk_is(S, j - 1, W_request) || tk_is(S, j - 1, W_requests) ||
				      tk_is(S, j - 1, W_action)))
					continue;
				/* "Action requests for Embassy Mexico are in paras 9
				 * and 10": those paragraphs' (the pointer's), not the
				 * whole cable's */
				if (tk_is(S, j - 1, W_requests) && (S->flags & TK_F_PARA))
					continue;
				/* "for ASEAN posts and for Embassies Tokyo and
				 * Seoul" */
				for (size_t k = j + 1; k < S->n;) {
					struct tk_parties n;
					bool g;
					size_t end = tk_post_phrase(x, S, k, &n, &g);
					if (end == k)
						break;
					tk_add_all(&named, &n);
					if (tk_is(S, end, W_posts) || tk_is(S, end, W_embassies))
						end++;  /* "ASEAN posts" */
					if (!(tk_is(S, end, W_and) && tk_is(S, end + 1, W_for)))
						break;
					k = end + 2;
				}
			}
		}
	}
	if (named.n) {
		x->deflt = named;
		x->narrowed = true;
	}
}

/* "USUN recommends", "USEU requests": a mission names itself by its short
 * name, the word after USMISSION ("USMISSION USUN NEW YORK") or its first
 * word when that is a US mission's ("USEU BRUSSELS"). */
static void tk_own_short(struct tk_ctx *x, const char *from)
{
	const char *w = from;
	if (strncmp(w, "USMISSION ", 10) == 0)
		w += 10;
	size_t n = strcspn(w, " ");
	x->own_short[0] = '\0';
	x->own_short_len = 0;
	if ((w == from + 10 || (n > 2 && strncmp(w, "US", 2) == 0)) &&
	    n > 0 && n < sizeof x->own_short) {
		memcpy(x->own_short, w, n);
		x->own_short[n] = '\0';
		x->own_short_len = n;
	}
}

/* Field by field, not a memset of the whole struct: of its lists of
 * parties only the counts are read until names are added (zeroing their
 * arrays for every paragraph cost 3% of a parse).  A new field needs its
 * line here. */
static void tk_para_clear(struct tk_para *P)
{
	P->parties.n = P->scope.n = P->pointer_parties.n = P->spared.n = 0;
	P->quote = P->summary = P->rule = P->from = P->dl_text = NULL;
	P->pointer_quote = NULL;
	P->asks = NULL;
	P->nasks = P->npointed = P->ndue = 0;
	P->found = P->by_pointer = P->have_dl = P->dl_own = false;
	memset(&P->dl, 0, sizeof P->dl);
	P->due = NULL;
}

void tasking_find(struct cable *c)
{
	if (!c || c->nparas == 0)
		return;
	struct tk_ctx *x = arena_alloc(&c->arena, sizeof *x);
	x->c = c;
	x->sent.V = tk_vocab();
	x->washington = party_from_washington(c);
	if (!x->washington && c->from) {
		/* "AMEMBASSY SAN JOSE" -> "SAN JOSE": how the post names itself */
		const char *sp = strchr(c->from, ' ');
		x->own = sp && sp[1] ? sp + 1 : c->from;
		x->own_len1 = strcspn(x->own, " ");
		tk_own_short(x, c->from);
		x->visitor = tk_visitor(x);
	}
	tk_default_parties(x);
	if (x->washington)
		tk_narrow_default(x);

	struct tk_para *P = arena_alloc_raw(&c->arena, sizeof *P * c->nparas);
	for (size_t i = 0; i < c->nparas; i++) {
		tk_para_clear(&P[i]);
		x->prev = i ? &P[i - 1] : NULL;
		x->scope = &P[i].scope;
		tk_read_paragraph(x, &P[i], &c->paras[i]);
	}
	/* pointers mark the paragraphs they point to */
	tk_follow_pointers(x, P);
	size_t n = 0;
	for (size_t i = 0; i < c->nparas; i++)
		if (P[i].found && P[i].parties.n)
			n += 1 + P[i].ndue;
	if (n == 0)
		return;
	c->taskings = arena_alloc(&c->arena, sizeof *c->taskings * n);
	c->ntaskings = 0;
	for (size_t i = 0; i < c->nparas; i++)
		if (P[i].found && P[i].parties.n)
			tk_emit(x, &c->paras[i], &P[i]);
}

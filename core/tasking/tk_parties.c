/* tk_parties.c - the parties a sentence names, as addressee names.
 *
 * In: a sentence cut into words (tk_words.c), the cable's TO and INFO lines
 * and data/posts.tsv (through party.c).  Out: sets of party names: the
 * posts at a word ("Post", "Embassies Moscow and Riga", "USOSCE and UNVIE",
 * "action addressees"; a post on no addressee line in capitals as the cable
 * names it) and, in a post's cable, the Washington parties ("the
 * Department", "DOD or CENTCOM").
 */
#include "tasking/tk_internal.h"

#include <string.h>

#include "tasking/party.h"

void tk_add(struct tk_parties *p, const char *name)
{
	if (!name)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->name[i], name) == 0)
			return;
	if (p->n < TK_MAX_PARTIES)
		p->name[p->n++] = name;
}

void tk_add_all(struct tk_parties *p, const struct tk_parties *from)
{
	for (size_t i = 0; i < from->n; i++)
		tk_add(p, from->name[i]);
}

/* The word lists tk_post_one() tests at every word it is tried at, as
 * tables by word id (tk_flagged()). */
static const bool tk_post_heads[W_COUNT] = {
	[W_post] = true, [W_posts] = true, [W_embassy] = true,
	[W_embassies] = true, [W_mission] = true, [W_missions] = true,
	[W_consulate] = true, [W_consulates] = true, [W_amembassy] = true,
	[W_usmission] = true, [W_amconsul] = true,
	[W_consulates_general] = true, [W_congen] = true,
};

static const bool tk_determiners[W_COUNT] = {
	[W_the] = true, [W_each] = true, [W_all] = true, [W_every] = true,
	[W_other] = true, [W_relevant] = true, [W_concerned] = true,
	[W_both] = true,
};

/* Is word i one that table marks (never W_NONE)? */
static bool tk_flagged(const struct tk_sentence *S, size_t i, const bool *table)
{
	return i < S->n && table[S->w[i].id];
}

/* A post that is on no addressee line, in capitals as the cable names it
 * (LABELS.md): "Embassy Ottawa" -> EMBASSY OTTAWA, "Embassies Ottawa and
 * Rome" -> EMBASSY OTTAWA and EMBASSY ROME, "USNATO" -> USNATO.  head is
 * the word index of "Embassy" (S->n for none); the place is the used bytes
 * from word k. */
static const char *tk_unlisted(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t head, size_t k, size_t used)
{
	const char *pre = "";
	if (head < S->n) {
		switch (S->w[head].id) {
		case W_embassy: case W_embassies: pre = "EMBASSY "; break;
		case W_mission: case W_missions: pre = "MISSION "; break;
		case W_amembassy: pre = "AMEMBASSY "; break;
		case W_usmission: pre = "USMISSION "; break;
		case W_amconsul: pre = "AMCONSUL "; break;
		case W_consulates_general: case W_congen: pre = "CONSULATE GENERAL "; break;
		case W_consulate: case W_consulates:
			pre = tk_is(S, head + 1, W_general) ? "CONSULATE GENERAL " : "CONSULATE ";
			break;
		default: break;
		}
	}
	size_t pl = strlen(pre);
	char *out = arena_alloc(&x->c->arena, pl + used + 1);
	memcpy(out, pre, pl);
	size_t o = pl;
	const char *p = S->s + S->w[k].s;
	for (size_t i = 0; i < used; i++) {
		unsigned char ch = (unsigned char)p[i];
		if (ch == ' ' || ch == '\n' || ch == '\t') {
			if (o > pl && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		out[o++] = (char)(unsigned char)ascii_to_upper(ch);
	}
	while (o > pl && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

/* An agency on no addressee line at word k, in capitals as the cable names
 * it ("DOD is requested to" -> DOD): NULL when the words there name none.
 * Sets *end to the word after it. */
const char *tk_unlisted_agency(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t k, size_t *end)
{
	if (k >= S->n || !S->w[k].agency)
		return NULL;
	size_t used = party_agency_len(S->s + S->w[k].s, S->len - S->w[k].s);
	if (!used)
		return NULL;
	*end = tk_word_at(S, S->w[k].s + used);
	return tk_unlisted(x, S, S->n, k, used);
}

/* Named places after word k: "Kyiv", "Moscow and Riga", "Stockholm and
 * Madrid".  Adds them to out; returns the word index after them.  A list
 * stops at a parenthesis, unless opened: the list starts inside one
 * ("(Rome and Madrid)"). */
static size_t tk_places_in(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                           size_t head, struct tk_parties *out, bool opened)
{
	size_t last = k;            /* after the last place read */
	for (size_t first = k;;) {
		/* a full stop or colon ends a list, not its first place ("USEU
		 * only: USEU should") */
		if (k >= S->n || !tk_capitalised(S, k) ||
		    (k != first && (tk_gap_has(S, k, '.') || tk_gap_has(S, k, ':'))) ||
		    (tk_gap_has(S, k, '(') && !(opened && k == first)))
			return out->n ? last : k;
		size_t used = 0;
		const char *name = party_addressee_in(x->c, &x->masks, S->s + S->w[k].s,
		                                      S->len - S->w[k].s, &used);
		if (!name && S->w[k].id == W_NONE) {
			/* a post on no addressee line: "Embassy Ottawa" */
			used = party_known_place(S->s + S->w[k].s, S->len - S->w[k].s, false);
			if (used)
				name = tk_unlisted(x, S, head, k, used);
		}
		if (!name)
			return out->n ? last : k;
		tk_add(out, name);
		k = last = tk_word_at(S, S->w[k].s + used);
		if (k < S->n && (tk_is(S, k, W_and) || tk_is(S, k, W_or)) &&
		    tk_capitalised(S, k + 1))
			k++;
		else if (!(k < S->n && tk_gap_has(S, k, ',') && tk_capitalised(S, k)))
			return k;
	}
}

static size_t tk_places(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                        size_t head, struct tk_parties *out)
{
	return tk_places_in(x, S, k, head, out, false);
}

size_t tk_places_at(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                    struct tk_parties *named)
{
	named->n = 0;
	return tk_places_in(x, S, k, S->n, named, true);
}

/* Is name one of the cable's TO or INFO addressees (not a place named on
 * no line, "KUWAIT")? */
static bool tk_listed(const struct cable *c, const char *name)
{
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && strcmp(c->to[i].name, name) == 0)
			return true;
	for (size_t i = 0; i < c->ninfo; i++)
		if (c->info[i].name && strcmp(c->info[i].name, name) == 0)
			return true;
	return false;
}

/* Does some TO or INFO name hold the word w[0..n) (upper case)? */
static bool tk_on_lines(const struct cable *c, const char *w, size_t n)
{
	char key[32];
	if (n >= sizeof key)
		return false;
	memcpy(key, w, n);
	key[n] = '\0';
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && strstr(c->to[i].name, key))
			return true;
	for (size_t i = 0; i < c->ninfo; i++)
		if (c->info[i].name && strstr(c->info[i].name, key))
			return true;
	return false;
}

/* "Rome and Madrid should report": posts by their own city, on the lines,
 * opening the sentence, then a firm word ("Malta should" is the country,
 * not Embassy Valletta).  Fills named; the index after them, or 0. */
static size_t tk_bare_places(struct tk_ctx *x, const struct tk_sentence *S,
                             struct tk_parties *named)
{
	size_t k = tk_word_eq(S, 0, "both") ? 1 : 0;    /* "Both Rome and Madrid" */
	named->n = 0;
	if (S->n <= k || !tk_capitalised(S, k) || S->w[k].id != W_NONE)
		return 0;
	size_t e = tk_places(x, S, k, S->n, named);
	bool listed = named->n > 0;
	for (size_t n = 0; n < named->n; n++)
		listed &= tk_listed(x->c, named->name[n]);
	listed = listed && ascii_find_ci(named->name[0], strlen(named->name[0]),
	                                 S->s + S->w[k].s, S->w[k].e - S->w[k].s);
	if (e > k && listed && (tk_is(S, e, W_should) || tk_is(S, e, W_must) ||
	                        tk_is(S, e, W_shall) || tk_is(S, e, W_please)))
		return e;
	named->n = 0;
	return 0;
}

/* Words that may follow a post's name in a request or a list of posts. */
static const bool tk_after_name[W_COUNT] = {
	[W_should] = true, [W_shall] = true, [W_must] = true, [W_may] = true,
	[W_might] = true, [W_is] = true, [W_are] = true, [W_please] = true,
	[W_and] = true, [W_or] = true, [W_need] = true, [W_needs] = true,
	[W_also] = true,
};

/* "Info addressees are requested to", "Information addressees should":
 * the posts on the INFO lines (not the agencies), into named. */
static bool tk_info_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                          struct tk_parties *named)
{
	if (!(tk_is(S, k + 1, W_addressees) || tk_is(S, k + 1, W_posts)) ||
	    !(tk_word_eq(S, k, "info") || tk_word_eq(S, k, "information")))
		return false;
	for (size_t n = 0; n < x->c->ninfo; n++) {
		const struct addressee *a = &x->c->info[n];
		if (a->name && !a->excluded && !tk_not_post(a->name))
			tk_add(named, a->name);
	}
	return named->n > 0;
}

/* A post named by its head word at k: "Embassy Kyiv", "Embassies Moscow
 * and Riga", "Consulate General Jerusalem", or the head alone ("Posts",
 * "Embassies in Rome and Madrid": *generic, every post the words can
 * mean).  The index after it. */
static size_t tk_post_head(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                           struct tk_parties *named, bool *generic)
{
	size_t h = k + 1;
	if (tk_is(S, h, W_general))
		h++;
	size_t e = tk_places(x, S, h, k, named);
	if (named->n == 0)
		*generic = true;
	return e;
}

/* A post party at word i: "Post", "Posts", "action addressees", "each post",
 * "Embassy Kyiv", "Embassies Moscow and Riga", "USOSCE and UNVIE".  Fills
 * named (empty for a generic one) and returns the index after it, or i when
 * there is none. */
static size_t tk_post_one(struct tk_ctx *x, const struct tk_sentence *S,
                          size_t i, struct tk_parties *named, bool *generic)
{
	size_t k = i;
	named->n = 0;
	*generic = false;
	while (k < S->n && tk_flagged(S, k, tk_determiners) && k - i < 2)
		k++;
	if (tk_is(S, k, W_action) && (tk_is(S, k + 1, W_addressees) ||
	                              tk_is(S, k + 1, W_addressee) ||
	                              tk_is(S, k + 1, W_posts) ||
	                              tk_is(S, k + 1, W_embassies) ||
	                              tk_is(S, k + 1, W_missions))) {
		*generic = true;
		return k + 2;
	}
	if (tk_info_posts(x, S, k, named))
		return k + 2;
	if (tk_is(S, k, W_addressee) && tk_is(S, k + 1, W_posts)) {
		*generic = true;
		return k + 2;
	}
	if (tk_is(S, k, W_addressees)) {
		*generic = true;
		return k + 1;
	}
	/* "You should emphasize", "you are requested to" in Washington's
	 * cable: the posts it is sent to */
	if (k == i && x->washington && tk_is(S, k, W_you)) {
		*generic = true;
		return k + 1;
	}
	if (tk_flagged(S, k, tk_post_heads))
		return tk_post_head(x, S, k, named, generic);
	/* "Rome and Madrid should report" */
	if (i == 0 && (k == 0 || (k == 1 && tk_is(S, 0, W_both)))) {
		size_t e = tk_bare_places(x, S, named);
		if (e)
			return e;
	}
	/* a bare short name in capitals: "USOSCE" in mixed-case prose; in a
	 * sentence all in capitals, a word the vocabulary does not hold */
	if (k == i && x->washington && k < S->n && S->caps && S->w[k].id != W_NONE &&
	    S->w[k].agency) {
		/* "SECDEF IS REQUESTED": an agency, as data/agencies.tsv allows */
		size_t used = 0;
		const char *name = tk_agency(x, S, k, &used);
		if (name && tk_listed(x->c, name)) {
			tk_add(named, name);
			return tk_word_at(S, S->w[k].s + used);
		}
		return i;
	}
	if (k == i && k < S->n && S->w[k].e - S->w[k].s >= 3 &&
	    (!S->caps || S->w[k].id == W_NONE)) {
		bool all_caps = true;
		for (size_t b = S->w[k].s; b < S->w[k].e && all_caps; b++)
			all_caps = !ascii_is_lower((unsigned char)S->s[b]);
		/* a post on no line ("USNATO should", "FOR MOSCOW, PARIS ... AND
		 * BERLIN:") only where a list or a request goes on */
		bool goes_on = tk_gap_has(S, k + 1, ',') || tk_gap_has(S, k + 1, ':') ||
		               tk_flagged(S, k + 1, tk_after_name);
		if (all_caps && (tk_on_lines(x->c, S->s + S->w[k].s, S->w[k].e - S->w[k].s) ||
		                 (goes_on && party_known_place(S->s + S->w[k].s,
		                                               S->len - S->w[k].s, true)))) {
			size_t e = tk_places(x, S, k, S->n, named);
			if (named->n)
				return e;
		}
	}
	return i;
}

/* Post parties joined by "and": "USNATO and Action Embassies".  A generic
 * one among named ones adds the default set. */
size_t tk_post_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, struct tk_parties *named, bool *generic)
{
	size_t e = tk_post_one(x, S, i, named, generic);
	while (e > i && (tk_is(S, e, W_and) || tk_is(S, e, W_or))) {
		struct tk_parties more;
		bool g2;
		size_t e2 = tk_post_one(x, S, e + 1, &more, &g2);
		if (e2 == e + 1)
			break;
		if (g2 || *generic) {
			if (named->n || more.n) {
				tk_add_all(named, &more);
				tk_add_all(named, &x->deflt);
			}
			*generic = named->n == 0;
		} else {
			tk_add_all(named, &more);
		}
		e = e2;
	}
	/* "All posts except Athens should", "Posts other than Embassy Athens":
	 * the default set less those */
	size_t ex = !(e > i && *generic && named->n == 0) ? 0
	          : tk_word_eq(S, e, "except") ? e + 1
	          : tk_word_eq(S, e, "other") && tk_word_eq(S, e + 1, "than") ? e + 2 : 0;
	if (ex) {
		struct tk_parties out;
		bool g2 = false;
		/* "except Embassy Minsk", "other than USMission Geneva", "except
		 * Athens and Rome" */
		size_t e2 = tk_post_phrase(x, S, ex, &out, &g2);
		if (e2 == ex || g2 || out.n == 0) {
			out.n = 0;
			e2 = tk_places(x, S, ex, S->n, &out);
		}
		if (out.n == 0)
			return e;
		for (size_t k = 0; k < x->deflt.n; k++) {
			bool left_out = false;
			for (size_t m = 0; m < out.n; m++)
				left_out |= strcmp(x->deflt.name[k], out.name[m]) == 0;
			if (!left_out)
				tk_add(named, x->deflt.name[k]);
		}
		*generic = named->n == 0;
		return e2;
	}
	return e;
}

/* A Department bureau by its symbol before a title or beside another
 * agency, in a post's cable: "NEA A/S Feltman", "EUR DAS", "INL Assistant
 * Secretary", "PRM and USAID/DCHA" -> the Department. */
static const char *tk_bureau_head(struct tk_ctx *x, const struct tk_sentence *S,
                                  size_t i, size_t *used)
{
	static const char *const titles[] = {
		"a/s", "das", "pdas", "assistant", "deputy", "acting", "bureau",
		"coordinator", NULL,
	};
	const char *w = S->s + S->w[i].s;
	size_t n = S->w[i].e - S->w[i].s;
	/* "EUR and DOD", "PRM and USAID/DCHA": beside another agency */
	bool listed = (tk_is(S, i + 1, W_and) || tk_is(S, i + 1, W_or)) && i + 2 < S->n &&
	              (S->w[i + 2].agency || tk_office(S, i + 2));
	static const char *const symbols[] = { "a/s", "das", "pdas", NULL };
	if (n < 2 || n > 4 || !ascii_is_upper(w[0]) || !ascii_is_upper(w[1]) ||
	    !(tk_word_among(S, i + 1, titles) || (listed && n >= 3)))
		return NULL;
	/* in capitals "PM DEPUTY" may be the Prime Minister's: a bureau of two
	 * letters only before a title's symbol ("PM A/S") */
	if (S->caps && n == 2 && !tk_word_among(S, i + 1, symbols))
		return NULL;
	for (size_t k = 2; k < n; k++)
		if (!ascii_is_upper(w[k]))
			return NULL;
	const char *name = party_office(x->c, w, n, n);
	*used = name ? n : 0;
	return name;
}

/* party_agency() at word i, skipping the words that begin no agency.  A
 * capitalised word before it other than "the", "U.S." ("the Kenyan
 * Attorney General") makes words that may name a foreign body name none. */
const char *tk_agency(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, size_t *used)
{
	*used = 0;
	if (!S->w[i].agency)
		return x->washington ? NULL : tk_bureau_head(x, S, i, used);
	bool qualified = i > 0 && !S->caps && tk_capitalised(S, i - 1) &&
	                 !tk_is(S, i - 1, W_the) && !tk_is(S, i - 1, W_u_s) &&
	                 !tk_is(S, i - 1, W_us) && !tk_is(S, i - 1, W_usg) &&
	                 !tk_gap_has(S, i, ',') && !tk_gap_has(S, i, '(');
	const char *name = party_agency(x->c, S->s + S->w[i].s, S->len - S->w[i].s,
	                                qualified, used);
	if (!*used && !x->washington && tk_office(S, i)) {
		/* "INL/LP", "DOJ/OIA" in a post's cable: the office's agency */
		const char *w = S->s + S->w[i].s;
		size_t n = S->w[i].e - S->w[i].s;
		name = party_office(x->c, w, n, strcspn(w, "/"));
		*used = name ? n : 0;
	}
	return name;
}

/* "State" at word k, the Department beside another agency: after one
 * ("DOD and State officials") or before "and" and one ("State and DOD"). */
static bool tk_state_beside(struct tk_ctx *x, const struct tk_sentence *S,
                            size_t k, bool after)
{
	size_t used = 0;
	if (!tk_is(S, k, W_state) || !(S->caps || tk_capitalised(S, k)) || tk_possessive(S, k))
		return false;
	if (after)
		return true;
	return (tk_is(S, k + 1, W_and) || tk_is(S, k + 1, W_or)) && k + 2 < S->n &&
	       tk_agency(x, S, k + 2, &used) && used;
}

/* A Washington party at word i in a post's cable: "Washington", "the
 * Department", "DOD or CENTCOM".  Returns the index after it, or i. */
size_t tk_wash_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, struct tk_parties *named)
{
	size_t k = i, end = i;
	named->n = 0;
	for (;;) {
		if (tk_is(S, k, W_the))
			k++;
		if (k >= S->n)
			break;
		size_t used = 0;
		const char *name = tk_agency(x, S, k, &used);
		if (!used && tk_state_beside(x, S, k, named->n > 0)) {
			/* "DOD and State officials", "State and DOD" */
			name = party_agency(x->c, "DEPARTMENT", 10, false, &used);
			used = S->w[k].e - S->w[k].s;
		}
		if (!used || !name)
			break;
		tk_add(named, name);
		k = end = tk_word_at(S, S->w[k].s + used);
		if (tk_is(S, k, W_or) || tk_is(S, k, W_and))
			k++;
		else
			break;
	}
	return named->n ? end : i;
}

/* "other agencies", "relevant USG agencies", "interested agencies" in a
 * post's cable: every Washington addressee on its TO and INFO lines, into
 * out; false when S says no such thing. */
static bool tk_all_agencies(struct tk_ctx *x, const struct tk_sentence *S,
                            struct tk_parties *out)
{
	bool all = false;
	for (size_t i = 1; i < S->n && !all; i++)
		all = tk_is(S, i, W_agencies) &&
		      (tk_is(S, i - 1, W_other) || tk_is(S, i - 1, W_relevant) ||
		       tk_is(S, i - 1, W_usg) || tk_is(S, i - 1, W_interested) ||
		       tk_is(S, i - 1, W_washington) || tk_is(S, i - 1, W_all) ||
		       tk_is(S, i - 1, W_concerned));
	if (!all)
		return false;
	const struct cable *c = x->c;
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && tk_in_washington(c->to[i].name))
			tk_add(out, c->to[i].name);
	for (size_t i = 0; i < c->ninfo; i++)
		if (c->info[i].name && !c->info[i].excluded &&
		    tk_in_washington(c->info[i].name))
			tk_add(out, c->info[i].name);
	return out->n > 0;
}

/* Does a Washington party start at word k ("the Department")? */
static bool tk_agency_after(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	size_t used = 0;
	if (tk_is(S, k, W_the))
		k++;
	return k < S->n && tk_agency(x, S, k, &used) && used;
}

/* The post named next to the "and" at word i, after it ("Washington and
 * Embassy Brasilia") or before it ("Embassy Rome and the Department"):
 * added to out when it is on the addressee lines and not the writer. */
void tk_posts_beside(struct tk_ctx *x, const struct tk_sentence *S,
                     size_t i, struct tk_parties *out)
{
	struct tk_parties named;
	bool generic = false;
	bool found = tk_post_phrase(x, S, i + 1, &named, &generic) > i + 1;
	/* else a phrase of up to three words that ends at the "and" */
	for (size_t b = i > 3 ? i - 3 : 0; !found && b < i; b++)
		found = tk_post_phrase(x, S, b, &named, &generic) == i;
	if (found && named.n && tk_others_listed(x, &named))
		tk_add_all(out, &named);
}

bool tk_others_listed(const struct tk_ctx *x, const struct tk_parties *p)
{
	for (size_t n = 0; n < p->n; n++)
		if (!tk_listed(x->c, p->name[n]) || (x->own && strstr(p->name[n], x->own)))
			return false;
	return p->n > 0;
}

/* The Secretary a post's sentence names ("the Secretary", "Secretary
 * Panetta"; not "Secretary General", "Secretary of Energy", "Foreign
 * Secretary Miliband"): the first of SECDEF and SECSTATE on the cable's
 * TO line, or NULL. */
static const char *tk_secretary(const struct tk_ctx *x, const struct tk_sentence *S)
{
	bool named = false;
	for (size_t i = 0; i < S->n && !named; i++)
		named = tk_is(S, i, W_secretary) && (S->caps || tk_capitalised(S, i)) &&
		        !tk_word_eq(S, i + 1, "general") && !tk_is(S, i + 1, W_of) &&
		        !(i > 0 && !tk_is(S, i - 1, W_the) && (S->caps || tk_capitalised(S, i - 1)));
	for (size_t k = 0; named && k < x->c->nto; k++) {
		const char *n = x->c->to[k].name;
		if (n && !x->c->to[k].excluded && (strstr(n, "SECDEF") || strstr(n, "SECSTATE")))
			return n;
	}
	return NULL;
}

/* The parties a post's request names anywhere in its sentence (then true:
 * they become the paragraph's scope); else the ones an earlier request of
 * the paragraph named; else the default set. */
bool tk_wash_parties(struct tk_ctx *x, struct tk_para *P,
                     const struct tk_sentence *S, struct tk_parties *out)
{
	out->n = 0;
	/* "USG agencies, including DOD": all of them */
	if (tk_all_agencies(x, S, out))
		return true;
	/* "the new Administration", "senior USG officials", "USG
	 * interlocutors": Washington's people, whom the Department stands for
	 * (not every agency on the lines), unless an agency is named */
	bool people = false;
	for (size_t i = 0; i < S->n && !people; i++)
		people = (tk_is(S, i, W_administration) && (S->caps || tk_capitalised(S, i))) ||
		         ((tk_is(S, i, W_usg) || tk_is(S, i, W_u_s)) &&
		          (tk_is(S, i + 1, W_officials) || tk_is(S, i + 1, W_interlocutors) ||
		           tk_is(S, i + 1, W_leaders) || tk_is(S, i + 1, W_policymakers)));
	size_t after_agency = (size_t)-1;     /* the word after the last one */
	for (size_t i = 0; i < S->n; i++) {
		size_t used = 0;
		const char *name = tk_agency(x, S, i, &used);
		bool joined = after_agency + 1 == i && (tk_is(S, i - 1, W_and) || tk_is(S, i - 1, W_or));
		if (!used && tk_state_beside(x, S, i, joined)) {
			/* "DOD and State officials", "State and DOD" */
			name = party_agency(x->c, "DEPARTMENT", 10, false, &used);
			used = S->w[i].e - S->w[i].s;
		}
		tk_add(out, name);
		if (used) {
			i = tk_word_at(S, S->w[i].s + used) - 1;
			after_agency = i + 1;
		}
		/* "Washington and Embassy Brasilia", "Embassy Rome and the
		 * Department": a post beside a Washington party */
		if ((tk_is(S, i, W_and) || tk_is(S, i, W_or)) && name == NULL &&
		    (after_agency == i || tk_agency_after(x, S, i + 1)))
			tk_posts_beside(x, S, i, out);
	}
	if (out->n)
		return true;
	/* "Embassy suggests the Secretary use the meeting", "urges that
	 * Secretary Panetta press": the Secretary the cable is written to
	 * (the first of SECDEF and SECSTATE on its TO line) */
	const char *secretary = P->scope.n ? NULL : tk_secretary(x, S);
	if (secretary) {
		tk_add(out, secretary);
		return false;
	}
	if (people && !P->scope.n) {
		size_t used = 0;
		const char *dept = party_agency(x->c, "DEPARTMENT", 10, false, &used);
		if (dept) {
			tk_add(out, dept);
			return false;
		}
	}
	tk_add_all(out, P->scope.n ? &P->scope : &x->deflt);
	return false;
}

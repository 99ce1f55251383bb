/* tk_parties.c - the posts a sentence names, as addressee names.
 *
 * In: a sentence cut into words (tk_words.c), the cable's TO and INFO lines
 * and data/posts.tsv (through party.c).  Out: sets of party names: the
 * posts at a word ("Post", "Embassies Moscow and Riga", "USOSCE and UNVIE",
 * "action addressees"; a post on no addressee line in capitals as the cable
 * names it).  The Washington parties a post's cable names are read by
 * tk_wash_parties.c.
 */
#include "tasking/tk_match_internal.h"

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
	[W_both] = true, [W_these] = true, [W_those] = true,
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
/* The addressee of the kind the head word names at the place the bytes
 * p[0..n) name ("Embassy Brussels": AMEMBASSY BRUSSELS, not the USEU
 * BRUSSELS the place alone finds first), or name when the lines hold
 * none such. */
static const char *tk_head_kind(const struct cable *c, const struct tk_sentence *S,
                                size_t head, const char *name, const char *p, size_t n)
{
	const char *kind = tk_is(S, head, W_embassy) || tk_is(S, head, W_embassies) ? "AMEMBASSY"
	                 : tk_is(S, head, W_consulate) || tk_is(S, head, W_consulates) ? "AMCONSUL"
	                 : tk_is(S, head, W_mission) || tk_is(S, head, W_missions) ? "USMISSION"
	                 : NULL;
	if (!kind || strncmp(name, kind, strlen(kind)) == 0)
		return name;
	char want[64];
	size_t o = strlen(kind);
	memcpy(want, kind, o);
	want[o++] = ' ';
	for (size_t i = 0; i < n; i++) {
		bool space = ascii_is_space(p[i]);
		if (o + 1 >= sizeof want)
			return name;
		if (!space || want[o - 1] != ' ')
			want[o++] = space ? ' ' : ascii_to_upper(p[i]);
	}
	want[o] = '\0';
	for (size_t i = 0; i < c->nto + c->ninfo; i++) {
		const struct addressee *a = i < c->nto ? &c->to[i] : &c->info[i - c->nto];
		if (a->name && strcmp(a->name, want) == 0)
			return a->name;
	}
	return name;
}

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
		if (head < S->n)
			name = tk_head_kind(x->c, S, head, name, S->s + S->w[k].s, used);
		tk_add(out, name);
		k = last = tk_word_at(S, S->w[k].s + used);
		/* "Guatemala City, San Salvador": the capital by its full name */
		if (k < S->n && tk_word_eq(S, k, "city") && S->w[k].s == S->w[k - 1].e + 1)
			k = last = k + 1;
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
	for (size_t i = 0; i < c->nto + c->ninfo; i++) {
		const char *name = i < c->nto ? c->to[i].name : c->info[i - c->nto].name;
		/* a whole word ("NATO" is not USMISSION USNATO's) */
		if (!name)
			continue;
		for (const char *p = name; (p = strstr(p, key)) != NULL; p += n)
			if ((p == name || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
				return true;
	}
	return false;
}

/* "Rome and Madrid", "Nairobi and Dakar": posts by their own city, on
 * the lines, from word k (capitalised; not a collective by its body's
 * name, "NATO should plan").  Fills named; the word after them, or k. */
size_t tk_city_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                     struct tk_parties *named)
{
	named->n = 0;
	if (S->n <= k || !tk_capitalised(S, k) || S->w[k].id != W_NONE)
		return k;
	size_t e = tk_places(x, S, k, S->n, named);
	bool listed = named->n > 0;
	for (size_t n = 0; n < named->n; n++)
		listed &= tk_listed(x->c, named->name[n]) && !tk_collective_name(named->name[n]);
	if (e > k && listed && ascii_find_ci(named->name[0], strlen(named->name[0]),
	                                     S->s + S->w[k].s, S->w[k].e - S->w[k].s))
		return e;
	named->n = 0;
	return k;
}

/* "is asked to", "are requested to" at word m after a place: true when
 * the passive asks a post ("Rome is requested to"); with only_post
 * false, also when it may (not "is expected to", "is invited to": the
 * country, "ROME IS EXPECTED TO ANNOUNCE"). */
static bool tk_place_asked(const struct tk_sentence *S, size_t m, bool only_post)
{
	static const enum tk_wid asked[] = {
		W_requested, W_asked, W_instructed, W_directed, W_tasked, W_NONE,
	};
	static const enum tk_wid country[] = {
		W_expected, W_invited, W_authorized, W_urged, W_encouraged, W_NONE,
	};
	if (!(tk_is(S, m, W_is) || tk_is(S, m, W_are)))
		return !only_post;
	size_t v = m + 1;
	while (tk_in(S, v, tk_modal_adverbs))
		v++;
	return only_post ? tk_in(S, v, asked) && tk_is(S, v + 1, W_to) : !tk_in(S, v, country);
}

/* "Rome and Madrid should report", "Rome is asked to": tk_city_posts()
 * opening the sentence, then a firm word ("Malta should" is the country,
 * not Embassy Valletta).
 * Fills named; the index after them, or 0. */
static size_t tk_bare_places(struct tk_ctx *x, const struct tk_sentence *S,
                             struct tk_parties *named)
{
	size_t k = tk_word_eq(S, 0, "both") ? 1 : 0;    /* "Both Rome and Madrid" */
	size_t e = tk_city_posts(x, S, k, named);
	/* "Brasilia and Santiago, whose host governments co-chaired the
	 * caucus, should": an aside before the modal */
	size_t m = e > k && !tk_is(S, e, W_please) ? tk_aside(S, e) : e;
	if (e > k && (tk_is(S, m, W_should) || tk_is(S, m, W_must) ||
	              tk_is(S, m, W_shall) || tk_is(S, m, W_please)))
		return e;
	/* "Rome and Madrid are asked to report", "Rome is requested to"
	 * (not "Rome is expected to announce", "is invited to": the country) */
	if (e > k && tk_place_asked(S, m, true))
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

/* An agency on the lines at word k of Washington's ("SECDEF", "Coast
 * Guard Headquarters"), as data/agencies.tsv allows, into named: the word
 * after it, or k. */
static size_t tk_listed_agency(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                               struct tk_parties *named)
{
	size_t used = 0;
	const char *name = tk_agency(x, S, k, &used);
	if (!name || !used || !tk_listed(x->c, name))
		return k;
	tk_add(named, name);
	size_t e = tk_word_at(S, S->w[k].s + used);
	return tk_word_eq(S, e, "headquarters") ? e + 1 : e;
}

/* An agency as the party at word k (i, or after "the" at i) of
 * Washington's: "SECDEF IS REQUESTED" in capitals (a word the vocabulary
 * holds), "DOJ should confirm", "The Coast Guard should" (in Washington's
 * own cable, its name opening the clause).  True when the words decide:
 * *end is the word after the agency, or i when they name none here. */
static bool tk_agency_party(struct tk_ctx *x, const struct tk_sentence *S, size_t i,
                            size_t k, struct tk_parties *named, size_t *end)
{
	if (!x->washington || k >= S->n || !S->w[k].agency)
		return false;
	if (k == i && S->caps && S->w[k].id != W_NONE) {
		size_t e = tk_listed_agency(x, S, k, named);
		*end = e > k ? e : i;
		return true;
	}
	if (x->own || S->caps || !tk_capitalised(S, k) || !(k == i || tk_is(S, i, W_the)))
		return false;
	size_t e = tk_listed_agency(x, S, k, named);
	if (e > k && (tk_flagged(S, e, tk_after_name) || tk_gap_has(S, e, '(') ||
	              tk_gap_has(S, e, ','))) {
		*end = e;
		return true;
	}
	named->n = 0;
	return false;
}

/* "Info addressees are requested to", "Information addressees should":
 * the posts on the INFO lines (not the agencies), into named. */
static bool tk_info_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                          struct tk_parties *named)
{
	/* (not "Request for information: posts should report") */
	if (!(tk_is(S, k + 1, W_addressees) || tk_is(S, k + 1, W_posts)) ||
	    !(tk_word_eq(S, k, "info") || tk_word_eq(S, k, "information")) ||
	    tk_gap_has(S, k + 1, ':') || tk_gap_has(S, k + 1, '.'))
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
	/* "the Embassy in Japan", "our Consulate in Lagos": the one post
	 * there (not "Embassies in Rome and Madrid": see tk_posts_in()) */
	if (named->n == 0 && tk_is(S, h, W_in) &&
	    (tk_is(S, k, W_embassy) || tk_is(S, k, W_consulate) || tk_is(S, k, W_mission))) {
		size_t pe = tk_places_at(x, S, h + 1, named);
		if (named->n == 1 && tk_listed(x->c, named->name[0]))
			return pe;
		named->n = 0;
	}
	if (named->n == 0)
		*generic = true;
	return e;
}

/* A bare short name at word k: "USOSCE" in mixed-case prose; in a
 * sentence all in capitals, a word the vocabulary does not hold.  Fills
 * named; the index after it, or k. */
static size_t tk_caps_name(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                           struct tk_parties *named)
{
	if (k >= S->n || S->w[k].e - S->w[k].s < 3 || (S->caps && S->w[k].id != W_NONE))
		return k;
	/* (less a possessive's "'s": "USOSCE's assessment") */
	size_t we = S->w[k].e;
	if (we - S->w[k].s > 4 && S->s[we - 2] == '\'' && (S->s[we - 1] | 0x20) == 's')
		we -= 2;
	bool all_caps = true;
	for (size_t b = S->w[k].s; b < we && all_caps; b++)
		all_caps = !ascii_is_lower((unsigned char)S->s[b]);
	/* a post on no line ("USNATO should", "FOR MOSCOW, PARIS ... AND
	 * BERLIN:") only where a list or a request goes on */
	bool goes_on = tk_gap_has(S, k + 1, ',') || tk_gap_has(S, k + 1, ':') ||
	               tk_flagged(S, k + 1, tk_after_name);
	if (all_caps && (tk_on_lines(x->c, S->s + S->w[k].s, we - S->w[k].s) ||
	                 (goes_on && party_known_place(S->s + S->w[k].s,
	                                               S->len - S->w[k].s, true)))) {
		size_t e = tk_places(x, S, k, S->n, named);
		/* a capital's name may be its country: "MOSCOW IS
		 * EXPECTED TO" (not a mission: "USOSCE is invited to") */
		if (named->n && strncmp(named->name[0], "AM", 2) == 0 &&
		    !tk_place_asked(S, e, false))
			named->n = 0;
		/* "EAP posts", not "NATO should plan" (the body) */
		if (named->n == 1 && tk_collective_name(named->name[0]) &&
		    !tk_flagged(S, e, tk_post_heads) && !tk_is(S, e, W_addressees))
			named->n = 0;
		if (named->n)
			return e;
	}
	return k;
}

/* A post party at word i: "Post", "Posts", "action addressees", "each post",
 * "Embassy Kyiv", "Embassies Moscow and Riga", "USOSCE and UNVIE".  Fills
 * named (empty for a generic one) and returns the index after it, or i when
 * there is none. */
static size_t tk_consulates_named(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                                  struct tk_parties *out);

static size_t tk_post_one(struct tk_ctx *x, const struct tk_sentence *S,
                          size_t i, struct tk_parties *named, bool *generic)
{
	size_t k = i;
	named->n = 0;
	*generic = false;
	while (k < S->n && tk_flagged(S, k, tk_determiners) && k - i < 2)
		k++;
	/* "Bilateral posts" (tk_bilateral() reads the word) */
	if (tk_word_eq(S, k, "bilateral") && tk_flagged(S, k + 1, tk_post_heads))
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
	/* "Action and info addressees": the TO posts, then the INFO ones */
	if (tk_is(S, k, W_action) && tk_is(S, k + 1, W_and) && tk_info_posts(x, S, k + 2, named)) {
		struct tk_parties info = *named;
		*named = x->deflt;
		tk_add_all(named, &info);
		return k + 4;
	}
	/* "addressee posts", "each addressee post" */
	if (tk_is(S, k, W_addressee) && (tk_is(S, k + 1, W_posts) || tk_is(S, k + 1, W_post))) {
		*generic = true;
		return k + 2;
	}
	if (tk_is(S, k, W_addressees)) {
		*generic = true;
		return k + 1;
	}
	/* "The latter should brief", "the former need not": the posts
	 * for now, one of those named before once tk_pointed_back() reads it */
	if (k == i + 1 && x->washington && tk_is(S, i, W_the) &&
	    (tk_word_eq(S, k, "latter") || tk_word_eq(S, k, "former"))) {
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
	/* "Each constituent post should": the embassy's consulates */
	if (tk_word_eq(S, k, "constituent")) {
		size_t ce = tk_consulates_named(x, S, k, named);
		if (ce > k)
			return ce;
	}
	/* "Rome and Madrid should report" */
	if (i == 0 && (k == 0 || (k == 1 && tk_is(S, 0, W_both)))) {
		size_t e = tk_bare_places(x, S, named);
		if (e)
			return e;
	}
	size_t ae;
	if (tk_agency_party(x, S, i, k, named, &ae))
		return ae;
	if (k == i)
		return tk_caps_name(x, S, k, named);
	return i;
}

/* "the constituent posts", "consulates" at word k: the consulates on
 * the TO lines into out; the word after the words, or k. */
static size_t tk_consulates_named(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                                  struct tk_parties *out)
{
	size_t e = tk_is(S, k, W_the) ? k + 1 : k;
	if (tk_word_eq(S, e, "constituent") &&
	    (tk_is(S, e + 1, W_posts) || tk_is(S, e + 1, W_post)))
		e += 2;
	else if (tk_is(S, e, W_consulates))
		e += 1;
	else
		return k;
	for (size_t n = 0; n < x->deflt.n; n++)
		if (strncmp(x->deflt.name[n], "AMCONSUL ", 9) == 0)
			tk_add(out, x->deflt.name[n]);
	return out->n ? e : k;
}

/* "in EU member states" at word k after generic posts: the addressees
 * of the body it names into out; the word after the place, or k. */
static size_t tk_in_body(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                         struct tk_parties *out)
{
	if (!tk_is(S, k, W_in))
		return k;
	size_t e = k + 1;
	while (e < S->n && e <= k + 6 && !tk_gap_has(S, e, ':') && !tk_gap_has(S, e, ',') &&
	       !tk_is(S, e, W_and) && !tk_is(S, e, W_should))
		e++;
	return tk_by_group(S, k + 1, e, &x->deflt, out) ? e : k;
}

/* Post parties joined by "and": "USNATO and Action Embassies".  A generic
 * one among named ones adds the default set. */
size_t tk_post_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, struct tk_parties *named, bool *generic)
{
	/* "ASEAN posts should": those in the body */
	size_t g = tk_group_posts(x, S, i, named);
	if (g > i) {
		*generic = false;
		return g;
	}
	size_t e = tk_post_one(x, S, i, named, generic);
	/* "Consulate General Hong Kong, Embassy Manila and Consulate General
	 * Dubai": a list, by commas and a last "and" */
	while (e > i && (tk_is(S, e, W_and) || tk_is(S, e, W_or) ||
	                 (tk_gap_has(S, e, ',') && !*generic && named->n))) {
		struct tk_parties more;
		bool g2;
		size_t at = tk_is(S, e, W_and) || tk_is(S, e, W_or) ? e + 1 : e;
		size_t e2 = tk_post_one(x, S, at, &more, &g2);
		if (e2 == at || (at == e && (g2 || !more.n)))
			break;
		if (g2 || *generic) {
			if (named->n || more.n) {
				tk_add_all(named, &more);
				/* "USEU and Embassies in EU member states" */
				size_t ge = g2 ? tk_in_body(x, S, e2, &more) : e2;
				tk_add_all(named, ge > e2 ? &more : &x->deflt);
				e2 = ge;
			}
			*generic = named->n == 0;
		} else {
			tk_add_all(named, &more);
		}
		e = e2;
	}
	/* "All posts except Athens should", "Posts other than Embassy Athens",
	 * "Posts, with the exception of Rome, should": the default set less
	 * those */
	size_t ex = !(e > i && *generic && named->n == 0) ? 0
	          : tk_word_eq(S, e, "except") ? e + 1
	          : tk_word_eq(S, e, "other") && tk_word_eq(S, e + 1, "than") ? e + 2
	          : tk_word_eq(S, e, "with") && tk_is(S, e + 1, W_the) &&
	            tk_word_eq(S, e + 2, "exception") && tk_is(S, e + 3, W_of) ? e + 4 : 0;
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
		/* "except the constituent posts", "other than consulates" */
		if (out.n == 0)
			e2 = tk_consulates_named(x, S, ex, &out);
		if (out.n == 0)
			return e;
		/* "Embassies, except Ottawa and Canberra": the embassies;
		 * under "LATIN AMERICAN POSTS", "Posts other than Brasilia":
		 * that heading's posts */
		struct tk_parties kind;
		const struct tk_parties *all = x->scope && x->scope->n ? x->scope : &x->deflt;
		const struct tk_parties *base = tk_by_kind(S, i, e, all, &kind) ? &kind : all;
		for (size_t k = 0; k < base->n; k++) {
			bool left_out = false;
			for (size_t m = 0; m < out.n; m++)
				left_out |= strcmp(base->name[k], out.name[m]) == 0;
			if (!left_out)
				tk_add(named, base->name[k]);
		}
		*generic = named->n == 0;
		return e2;
	}
	return e;
}

bool tk_others_listed(const struct tk_ctx *x, const struct tk_parties *p)
{
	for (size_t n = 0; n < p->n; n++)
		if (!tk_listed(x->c, p->name[n]) || (x->own && strstr(p->name[n], x->own)))
			return false;
	return p->n > 0;
}

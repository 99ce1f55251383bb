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
 * The deadline is read from the tasking sentences (deadline.c), else a
 * dated phrase from the rest of the paragraph.  Everything is allocated in
 * the cable's arena; the work is linear in the text.
 */
#include "tasking.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "deadline.h"
#include "party.h"

enum {
	TK_MAX_WORDS = 200,         /* words of one sentence that are read */
	TK_MAX_PARTIES = 48,        /* parties of one paragraph */
	TK_QUOTE_WORDS = 14,        /* longest quote */
	TK_SUMMARY_WORDS = 12,      /* longest summary */
};

struct tk_word {
	size_t s, e;                /* [s, e) in the sentence */
};

struct tk_sentence {
	const char *s;
	size_t len;
	struct tk_word w[TK_MAX_WORDS];
	size_t n;
	bool caps;                  /* the sentence is written in capitals */
};

struct tk_parties {
	const char *name[TK_MAX_PARTIES];
	size_t n;
};

/* What one tasking sentence says. */
struct tk_hit {
	struct tk_parties parties;
	size_t quote_from;          /* word index where the quote starts */
	size_t verb;                /* word index where the asked action starts */
	size_t verb_end;            /* word index after the request words */
	bool object_only;           /* the action is a noun: "appreciate a reply" */
};

struct tk_ctx {
	struct cable *c;
	struct tk_sentence sent;    /* the sentence being read (reused) */
	bool washington;            /* the cable is from Washington */
	struct tk_parties deflt;    /* what "Post", "action addressees" mean */
};

/* One paragraph being read. */
struct tk_para {
	struct tk_parties parties;
	struct tk_parties scope;    /* "For Embassy Kyiv, ..." */
	const char *quote, *summary;
	bool found;
	bool by_pointer;            /* marked only by another's pointer */
	struct deadline dl;
	const char *dl_text;
	bool have_dl;
	int pointed[32];            /* paragraphs this one points to */
	size_t npointed;
	struct tk_parties pointer_parties;
	const char *pointer_quote;
};

/* ---- words ---------------------------------------------------------- */

static bool tk_is_word_char(unsigned char ch)
{
	return isalnum(ch) || ch >= 0x80;
}

static void tk_words(struct tk_sentence *S, const char *s, size_t len)
{
	S->s = s;
	S->len = len;
	S->n = 0;
	size_t upper = 0, lower = 0;
	size_t i = 0;
	while (i < len && S->n < TK_MAX_WORDS) {
		while (i < len && !isalnum((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		size_t b = i;
		while (i < len) {
			unsigned char ch = (unsigned char)s[i];
			if (isalnum(ch)) {
				if (isupper(ch))
					upper++;
				else if (islower(ch))
					lower++;
				i++;
			} else if ((ch == '-' || ch == '/' || ch == '\'' || ch == '.') &&
			           i + 1 < len && isalnum((unsigned char)s[i + 1]) &&
			           (ch != '.' || (i > b && isupper((unsigned char)s[i - 1]) &&
			                          i - b == 1))) {
				i++;        /* host-country, AF/RSA, Post's, U.S */
			} else {
				break;
			}
		}
		/* "Washington,s" and "Washington's" (a smart quote): drop the s */
		if (i - b == 1 && (s[b] == 's' || s[b] == 'S') && b > 0 &&
		    (s[b - 1] == ',' || (unsigned char)s[b - 1] == 0x99) &&
		    (i >= len || !tk_is_word_char((unsigned char)s[i])))
			continue;
		S->w[S->n].s = b;
		S->w[S->n].e = i;
		S->n++;
	}
	S->caps = upper > 8 && lower * 10 < upper;
}

/* Is word i lit (case-insensitive; a trailing "'s" is ignored)? */
static bool tk_is(const struct tk_sentence *S, size_t i, const char *lit)
{
	if (i >= S->n)
		return false;
	size_t b = S->w[i].s, e = S->w[i].e;
	/* most words fail on the first letter (lit is lower case) */
	if (tolower((unsigned char)S->s[b]) != (unsigned char)lit[0])
		return false;
	size_t n = strlen(lit);
	if (e - b > 2 && S->s[e - 2] == '\'' && (S->s[e - 1] == 's' || S->s[e - 1] == 'S'))
		e -= 2;
	return e - b == n && strncasecmp(S->s + b, lit, n) == 0;
}

/* Is word i one of the NULL-terminated list? */
static bool tk_in(const struct tk_sentence *S, size_t i, const char *const *list)
{
	for (; *list; list++)
		if (tk_is(S, i, *list))
			return true;
	return false;
}

/* The text between words i-1 and i holds ch. */
static bool tk_gap_has(const struct tk_sentence *S, size_t i, char ch)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
		if (S->s[k] == ch)
			return true;
	return false;
}

static bool tk_capitalised(const struct tk_sentence *S, size_t i)
{
	return i < S->n && isupper((unsigned char)S->s[S->w[i].s]);
}

/* The word index at or after byte offset off. */
static size_t tk_word_at(const struct tk_sentence *S, size_t off)
{
	size_t i = 0;
	while (i < S->n && S->w[i].s < off)
		i++;
	return i;
}

/* ---- parties -------------------------------------------------------- */

static void tk_add(struct tk_parties *p, const char *name)
{
	if (!name)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->name[i], name) == 0)
			return;
	if (p->n < TK_MAX_PARTIES)
		p->name[p->n++] = name;
}

static void tk_add_all(struct tk_parties *p, const struct tk_parties *from)
{
	for (size_t i = 0; i < from->n; i++)
		tk_add(p, from->name[i]);
}

static const char *const tk_post_heads[] = {
	"post", "posts", "embassy", "embassies", "mission", "missions",
	"consulate", "consulates", "amembassy", "usmission", "amconsul",
	"consulates-general", NULL,
};

static const char *const tk_determiners[] = {
	"the", "each", "all", "every", "other", "relevant", "concerned", "both",
	NULL,
};

/* Named places after word k: "Kyiv", "Moscow and Riga", "Stockholm and
 * Madrid".  Adds them to out; returns the word index after them. */
static size_t tk_places(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                        struct tk_parties *out)
{
	for (;;) {
		if (k >= S->n || !tk_capitalised(S, k) || tk_gap_has(S, k, '.') ||
		    tk_gap_has(S, k, ':') || tk_gap_has(S, k, '('))
			return k;
		size_t used = 0;
		const char *name = party_addressee(x->c, S->s + S->w[k].s,
		                                   S->len - S->w[k].s, &used);
		if (!name)
			return k;
		tk_add(out, name);
		k = tk_word_at(S, S->w[k].s + used);
		if (k < S->n && (tk_is(S, k, "and") || tk_is(S, k, "or")) &&
		    tk_capitalised(S, k + 1))
			k++;
		else if (!(k < S->n && tk_gap_has(S, k, ',') && tk_capitalised(S, k)))
			return k;
	}
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
	while (k < S->n && tk_in(S, k, tk_determiners) && k - i < 2)
		k++;
	if (tk_is(S, k, "action") && (tk_is(S, k + 1, "addressees") ||
	                              tk_is(S, k + 1, "addressee") ||
	                              tk_is(S, k + 1, "posts") ||
	                              tk_is(S, k + 1, "embassies") ||
	                              tk_is(S, k + 1, "missions"))) {
		*generic = true;
		return k + 2;
	}
	if (tk_is(S, k, "addressee") && tk_is(S, k + 1, "posts")) {
		*generic = true;
		return k + 2;
	}
	if (tk_is(S, k, "addressees")) {
		*generic = true;
		return k + 1;
	}
	if (tk_in(S, k, tk_post_heads)) {
		size_t h = k + 1;
		if (tk_is(S, h, "general"))
			h++;
		size_t e = tk_places(x, S, h, named);
		if (named->n == 0)
			*generic = true;
		return e;
	}
	/* a bare short name in capitals in mixed-case prose: "USOSCE" */
	if (k == i && !S->caps && k < S->n && S->w[k].e - S->w[k].s >= 3) {
		bool all_caps = true;
		for (size_t b = S->w[k].s; b < S->w[k].e; b++)
			if (islower((unsigned char)S->s[b]))
				all_caps = false;
		if (all_caps && tk_on_lines(x->c, S->s + S->w[k].s, S->w[k].e - S->w[k].s)) {
			size_t e = tk_places(x, S, k, named);
			if (named->n)
				return e;
		}
	}
	return i;
}

/* Post parties joined by "and": "USNATO and Action Embassies".  A generic
 * one among named ones adds the default set. */
static size_t tk_post_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                             size_t i, struct tk_parties *named, bool *generic)
{
	size_t e = tk_post_one(x, S, i, named, generic);
	while (e > i && (tk_is(S, e, "and") || tk_is(S, e, "or"))) {
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
	return e;
}

/* A Washington party at word i in a post's cable: "Washington", "the
 * Department", "DOD or CENTCOM".  Returns the index after it, or i. */
static size_t tk_wash_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                             size_t i, struct tk_parties *named)
{
	size_t k = i, end = i;
	named->n = 0;
	for (;;) {
		if (tk_is(S, k, "the"))
			k++;
		if (k >= S->n)
			break;
		size_t used = 0;
		const char *name = party_agency(x->c, S->s + S->w[k].s,
		                                S->len - S->w[k].s, &used);
		if (!used)
			break;
		tk_add(named, name);
		k = end = tk_word_at(S, S->w[k].s + used);
		if (tk_is(S, k, "or") || tk_is(S, k, "and"))
			k++;
		else
			break;
	}
	return named->n ? end : i;
}

/* The parties a post's request names anywhere in its sentence; else the
 * ones an earlier request of the paragraph named; else the default set. */
static void tk_wash_parties(struct tk_ctx *x, struct tk_para *P,
                            const struct tk_sentence *S, struct tk_parties *out)
{
	out->n = 0;
	for (size_t i = 0; i < S->n; i++) {
		size_t used = 0;
		const char *name = party_agency(x->c, S->s + S->w[i].s,
		                                S->len - S->w[i].s, &used);
		tk_add(out, name);
		if (used)
			i = tk_word_at(S, S->w[i].s + used) - 1;
	}
	if (out->n) {
		P->scope = *out;
		return;
	}
	tk_add_all(out, P->scope.n ? &P->scope : &x->deflt);
}

/* ---- the patterns --------------------------------------------------- */

static const char *const tk_modal_adverbs[] = {
	"also", "therefore", "further", "strongly", "respectfully", "now",
	"again", "urgently", "hereby", "thus", "kindly", NULL,
};

/* "please" + these is not a request to act */
static const char *const tk_please_not[] = {
	"see", "refer", "protect", "pass", "find", "be", "note", "visit", NULL,
};

/* Verbs that open an imperative sentence of a tasking. */
static const char *const tk_imperatives[] = {
	"approach", "deliver", "convey", "demarche", "raise", "report",
	"inform", "urge", "press", "share", "provide", "seek", "ask", "draw",
	"brief", "query", "solicit", "notify", "consult", "engage", "respond",
	"reply", "obtain", "submit", "forward", "advise", "confirm", "ensure",
	"emphasize", "stress", "express", "reiterate", "encourage", "underscore",
	"use", "pursue", "coordinate", "invite", "send", "relay", "seek", NULL,
};

/* Is the sentence a point of contact line ("Please contact X at 202...")? */
static bool tk_poc(const struct tk_sentence *S)
{
	for (size_t i = 0; i < S->n; i++) {
		if (tk_is(S, i, "questions") || tk_is(S, i, "poc") ||
		    tk_is(S, i, "background") ||
		    (tk_is(S, i, "point") && tk_is(S, i + 1, "of") &&
		     tk_is(S, i + 2, "contact")))
			return true;
	}
	for (size_t k = 0; k < S->len; k++)
		if (S->s[k] == '@')
			return true;
	return false;
}

/* Where the clause of word 0 really starts: after "Action Request:",
 * "RFG:", "Comment and action request." labels. */
static size_t tk_clause_start(const struct tk_sentence *S)
{
	for (size_t i = 1; i < S->n && i <= 5; i++) {
		bool colon = false;
		for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
			if (S->s[k] == ':' || (S->s[k] == '-' && k + 1 < S->w[i].s &&
			                       S->s[k + 1] == ' ' && S->s[k - 1] == ' '))
				colon = true;
		if (colon)
			return i;
	}
	return 0;
}

/* Fills hit->parties from a phrase's result: the named parties, else the
 * paragraph's scope, else the cable's default. */
static void tk_resolve(struct tk_ctx *x, struct tk_para *P,
                       const struct tk_parties *named, struct tk_hit *hit)
{
	hit->parties.n = 0;
	if (named && named->n)
		tk_add_all(&hit->parties, named);
	else if (P->scope.n)
		tk_add_all(&hit->parties, &P->scope);
	else
		tk_add_all(&hit->parties, &x->deflt);
}

/* After a party (at word k): "should", "is requested to", "are asked to",
 * "may wish to" ... Returns the word index of the asked verb, or 0. */
static size_t tk_modal(const struct tk_sentence *S, size_t k)
{
	static const char *const asked[] = {
		"requested", "asked", "instructed", "directed", "encouraged",
		"invited", "tasked", "urged", "authorized", "expected",
		"required", "requested", NULL,
	};
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	if (tk_is(S, k, "should") || tk_is(S, k, "shall") || tk_is(S, k, "must")) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		return v < S->n ? v : 0;
	}
	if ((tk_is(S, k, "may") || tk_is(S, k, "might")) &&
	    (tk_is(S, k + 1, "wish") || tk_is(S, k + 1, "want")) &&
	    tk_is(S, k + 2, "to"))
		return k + 3 < S->n ? k + 3 : 0;
	if ((tk_is(S, k, "need") || tk_is(S, k, "needs")) && tk_is(S, k + 1, "to"))
		return k + 2 < S->n ? k + 2 : 0;
	if (tk_is(S, k, "is") || tk_is(S, k, "are")) {
		size_t v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (tk_in(S, v, asked) && tk_is(S, v + 1, "to")) {
			v += 2;
			if (tk_is(S, v, "please"))
				v++;
			return v < S->n ? v : 0;
		}
	}
	return 0;
}

/* "requests", "asks", "would appreciate" ... after a requester at word k.
 * Returns the index after the verb (and "that"), or 0. */
static size_t tk_request_verb(const struct tk_sentence *S, size_t k, bool post,
                              bool *object_only)
{
	static const char *const wash_verbs[] = {
		"requests", "request", "asks", "ask", "instructs", "instruct",
		"directs", "direct", "urges", "urge", "encourages", "encourage",
		"wants", NULL,
	};
	static const char *const post_verbs[] = {
		"requests", "request", "recommends", "recommend", "urges", "urge",
		"seeks", "seek", "asks", "ask", "suggests", "suggest", "proposes",
		"propose", NULL,
	};
	static const char *const would_verbs[] = {
		"appreciate", "welcome", "like", "urge", "recommend", "suggest",
		"ask", "request", "encourage", NULL,
	};
	*object_only = false;
	while (tk_in(S, k, tk_modal_adverbs))
		k++;
	size_t v;
	if (tk_is(S, k, "would")) {
		v = k + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_in(S, v, would_verbs))
			return 0;
		/* "would like to begin": the writer's own plan */
		if (tk_is(S, v, "like") && tk_is(S, v + 1, "to"))
			return 0;
		*object_only = tk_is(S, v, "appreciate") || tk_is(S, v, "welcome");
		v++;
	} else if (tk_in(S, k, post ? post_verbs : wash_verbs)) {
		v = k + 1;
		*object_only = true;
	} else {
		return 0;
	}
	if (tk_is(S, v, "it") && tk_is(S, v + 1, "if"))
		v += 2;
	if (tk_is(S, v, "that"))
		v++;
	return v;
}

/* Nouns that name what a post asks Washington for. */
static const char *const tk_request_nouns[] = {
	"guidance", "views", "view", "comments", "instructions", "approval",
	"concurrence", "authorization", "authority", "clearance", "response",
	"reply", "assistance", "support", "input", "information", "advice",
	"decision", "funding", "funds", "clarification", "confirmation", "help",
	"resources", "feedback", "thoughts", NULL,
};

/* Is word i a possessive ("Post's", "Ambassador’s", "Embassy,s")? */
static bool tk_possessive(const struct tk_sentence *S, size_t i)
{
	size_t e = S->w[i].e;
	const char *s = S->s;
	if (e >= 2 && s[e - 2] == '\'' && (s[e - 1] == 's' || s[e - 1] == 'S'))
		return true;
	if (e < S->len && (s[e] == ',' || s[e] == '\'') && e + 1 < S->len &&
	    (s[e + 1] == 's' || s[e + 1] == 'S'))
		return true;
	return e + 3 < S->len && (unsigned char)s[e] == 0xE2 &&
	       (unsigned char)s[e + 1] == 0x80 && (unsigned char)s[e + 2] == 0x99 &&
	       (s[e + 3] == 's' || s[e + 3] == 'S');
}

/* Reported speech or a quotation: "Please tell Washington," he said. */
static bool tk_speech(const struct tk_sentence *S)
{
	static const char *const said[] = {
		"said", "says", "told", "asked", "according", "stated", "added",
		"replied", "noted", "stressed", "commented", "argued", NULL,
	};
	for (size_t k = 0; k < S->len; k++) {
		unsigned char ch = (unsigned char)S->s[k];
		if (ch == '"')
			return true;
		if (ch == 0xE2 && k + 2 < S->len && (unsigned char)S->s[k + 1] == 0x80 &&
		    ((unsigned char)S->s[k + 2] == 0x9C || (unsigned char)S->s[k + 2] == 0x9D))
			return true;
	}
	for (size_t i = 0; i < S->n; i++)
		if (tk_in(S, i, said))
			return true;
	return false;
}

/* Does the word after "please" read as the verb of a request (not "please
 * his audience", "please Moscow")? */
static bool tk_please_verb(const struct tk_sentence *S, size_t v)
{
	static const char *const objects[] = {
		"his", "her", "their", "its", "a", "an", "the", "our", "your", "them",
		"him", "everyone", "both", "all", "voters", "us", "me", NULL,
	};
	if (v >= S->n || tk_in(S, v, tk_please_not) || tk_in(S, v, objects))
		return false;
	return S->caps || !tk_capitalised(S, v) || v == 0 ||
	       isupper((unsigned char)S->s[S->w[v - 1].s]);
}

/* Does S name a Washington party, or a request noun, after word k? */
static bool tk_names_ask(struct tk_ctx *x, const struct tk_sentence *S, size_t k)
{
	for (size_t i = k; i < S->n; i++) {
		size_t used = 0;
		if (tk_in(S, i, tk_request_nouns) || tk_is(S, i, "you") ||
		    tk_is(S, i, "usg") || tk_is(S, i, "interagency"))
			return true;
		if (party_agency(x->c, S->s + S->w[i].s, S->len - S->w[i].s, &used) || used)
			return true;
	}
	return false;
}

/* Requesters in Washington's cables. */
static const char *const tk_wash_requesters[] = {
	"department", "washington", "we", "dept", "state", NULL,
};

/* A request from Washington in S starting at word i.  Fills hit. */
static bool tk_match_wash(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S, size_t i, size_t cs,
                          bool strong_only, struct tk_hit *hit)
{
	struct tk_parties named;
	bool generic = false;
	size_t e;

	/* "For Embassy Kyiv, please approach" narrows the paragraph */
	if (i == cs && tk_is(S, i, "for")) {
		e = tk_post_phrase(x, S, i + 1, &named, &generic);
		if (e > i + 1 && named.n) {
			P->scope.n = 0;
			tk_add_all(&P->scope, &named);
		}
		return false;
	}
	/* a party: "Post should", "Embassy X is requested to", "Embassy
	 * Madrid please see", "Embassies Stockholm and Madrid are ..." */
	e = tk_post_phrase(x, S, i, &named, &generic);
	if (e > i) {
		size_t v = tk_modal(S, e);
		if (v) {
			if (named.n) {
				P->scope.n = 0;
				tk_add_all(&P->scope, &named);
			}
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = v;
			hit->verb_end = v;
			return true;
		}
		if (named.n && tk_is(S, e, "please")) {
			P->scope.n = 0;
			tk_add_all(&P->scope, &named);
			if (tk_in(S, e + 1, tk_please_not))
				return false;
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = e + 1;
			hit->verb_end = e + 1;
			return !strong_only;
		}
		return false;
	}
	/* "Department requests action addressees report", "Washington
	 * requests Post pursue", "We would appreciate Post's views" */
	if ((tk_in(S, i, tk_wash_requesters) && !tk_possessive(S, i)) ||
	    (tk_is(S, i, "the") && tk_is(S, i + 1, "department") &&
	     !tk_possessive(S, i + 1))) {
		size_t r = tk_is(S, i, "the") ? i + 2 : i + 1;
		bool object_only;
		size_t v = tk_request_verb(S, r, false, &object_only);
		if (!v)
			return false;
		e = tk_post_phrase(x, S, v, &named, &generic);
		if (e > v) {
			if (tk_is(S, e, "to"))
				e++;
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = e;
			hit->verb_end = e;
			return true;
		}
		if (strong_only || !(tk_is(S, r, "requests") || tk_is(S, r, "request") ||
		                     tk_is(S, r, "would") || tk_is(S, r, "asks") ||
		                     tk_is(S, r, "ask")))
			return false;
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = i;
		hit->verb = v;
		hit->verb_end = v;
		hit->object_only = object_only;
		return true;
	}
	if (strong_only)
		return false;
	/* "Request Embassy Madrid approach" */
	if (i == cs && tk_is(S, i, "request")) {
		e = tk_post_phrase(x, S, i + 1, &named, &generic);
		if (e > i + 1) {
			tk_resolve(x, P, &named, hit);
			hit->quote_from = i;
			hit->verb = e;
			hit->verb_end = e;
			return true;
		}
		return false;
	}
	/* "please approach" */
	if (tk_is(S, i, "please")) {
		size_t v = i + 1;
		while (tk_in(S, v, tk_modal_adverbs))
			v++;
		if (!tk_please_verb(S, v) || tk_poc(S))
			return false;
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = i;
		hit->verb = v;
		hit->verb_end = v;
		return true;
	}
	/* "Approach host government officials ..." */
	if (i == cs && tk_in(S, i, tk_imperatives) && tk_capitalised(S, i) &&
	    !tk_is(S, i + 1, "to") && !tk_is(S, i + 1, "of") &&
	    !tk_is(S, i + 1, "is") && !tk_is(S, i + 1, "was")) {
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = i;
		hit->verb = i;
		hit->verb_end = i;
		return true;
	}
	/* "A negative report is requested" */
	if ((tk_is(S, i, "is") || tk_is(S, i, "are")) && tk_is(S, i + 1, "requested") &&
	    i > 0 && !tk_is(S, i - 1, "not") && !tk_is(S, i + 2, "by")) {
		tk_resolve(x, P, NULL, hit);
		hit->quote_from = cs;
		hit->verb = cs;
		hit->verb_end = i + 2;
		hit->object_only = true;
		return true;
	}
	return false;
}

/* A request from a post to Washington in S starting at word i. */
static bool tk_match_post(struct tk_ctx *x, struct tk_para *P,
                          const struct tk_sentence *S,
                          size_t i, size_t cs, bool strong_only,
                          struct tk_hit *hit)
{
	static const char *const singular[] = {
		"post", "embassy", "mission", "ambassador", "consulate", "chancery",
		"team", NULL,
	};
	static const char *const plural[] = { "we", "i", NULL };
	static const char *const heads[] = {
		"post", "embassy", "mission", "consulate", NULL,
	};
	static const char *const strong_sg[] = {
		"requests", "recommends", "urges", "asks", NULL,
	};
	static const char *const strong_pl[] = {
		"request", "recommend", "urge", "ask", NULL,
	};
	static const char *const weak_sg[] = {
		"suggests", "proposes", "seeks", "encourages", NULL,
	};
	static const char *const weak_pl[] = {
		"suggest", "propose", "seek", "encourage", NULL,
	};
	static const char *const would_strong[] = {
		"appreciate", "urge", "recommend", "ask", "request", NULL,
	};
	static const char *const would_weak[] = {
		"welcome", "like", "suggest", "encourage", "propose", NULL,
	};
	struct tk_parties named;
	/* "DOD or CENTCOM should undertake", "Washington should not allow" */
	size_t e = tk_wash_phrase(x, S, i, &named);
	if (e > i && !(i > 0 && tk_is(S, i - 1, "that"))) {
		size_t v = tk_modal(S, e);
		if (v && !tk_is(S, v, "expect")) {
			hit->parties = named;
			P->scope = named;
			hit->quote_from = i;
			hit->verb = v;
			hit->verb_end = v;
			return true;
		}
	}
	/* "Post would appreciate", "We request", "Embassy Caracas requests",
	 * "Mission requests that", "we strongly recommend that" */
	size_t q = i;
	if (tk_is(S, q, "the") || tk_is(S, q, "country"))
		q++;
	if (q < S->n && (tk_in(S, q, singular) || tk_in(S, q, plural)) &&
	    !tk_possessive(S, q) && (q == i || !tk_is(S, i, "country") ||
	                             tk_is(S, q, "team"))) {
		bool sg = tk_in(S, q, singular);
		size_t r = q + 1;
		/* the post's own name: "Embassy Caracas requests" */
		if (tk_in(S, q, heads) && !S->caps)
			for (int k = 0; k < 3 && tk_capitalised(S, r) &&
			     !tk_gap_has(S, r, ':') && !tk_gap_has(S, r, ',') &&
			     !tk_possessive(S, r); k++)
				r++;
		while (tk_in(S, r, tk_modal_adverbs))
			r++;
		size_t v;
		bool weak = false, object_only = true;
		if (tk_is(S, r, "would")) {
			v = r + 1;
			while (tk_in(S, v, tk_modal_adverbs))
				v++;
			if (tk_in(S, v, would_weak))
				weak = true;
			else if (!tk_in(S, v, would_strong))
				return false;
			if (tk_is(S, v, "like") && tk_is(S, v + 1, "to"))
				return false;
			v++;
		} else if (tk_in(S, r, sg ? strong_sg : strong_pl)) {
			v = r + 1;
		} else if (tk_in(S, r, sg ? weak_sg : weak_pl)) {
			v = r + 1;
			weak = true;
		} else {
			return false;
		}
		if (tk_is(S, v, "for") || tk_is(S, v, "to"))
			return false;       /* "request for an update": a noun */
		if (weak && !tk_names_ask(x, S, v))
			return false;
		if (tk_is(S, v, "that"))
			v++;
		tk_wash_parties(x, P, S, &hit->parties);
		hit->quote_from = i;
		hit->verb = v;
		hit->verb_end = v;
		hit->object_only = object_only;
		return true;
	}
	if (strong_only)
		return false;
	/* "The Department's guidance ... is requested" */
	if ((tk_is(S, i, "is") || tk_is(S, i, "are")) &&
	    (tk_is(S, i + 1, "requested") || tk_is(S, i + 1, "sought")) &&
	    i > 0 && !tk_is(S, i - 1, "not") && !tk_is(S, i + 2, "by")) {
		bool noun = false;
		for (size_t k = cs; k < i && !noun; k++)
			noun = tk_in(S, k, tk_request_nouns);
		if (!noun)
			return false;
		tk_wash_parties(x, P, S, &hit->parties);
		hit->quote_from = cs;
		hit->verb = cs;
		hit->verb_end = i + 2;
		hit->object_only = true;
		return true;
	}
	/* "Please advise", "Request Department guidance" */
	if (i == cs && ((tk_is(S, i, "please") && tk_please_verb(S, i + 1) && !tk_poc(S)) ||
	                (tk_is(S, i, "request") && tk_capitalised(S, i) &&
	                 tk_names_ask(x, S, i + 1)))) {
		tk_wash_parties(x, P, S, &hit->parties);
		hit->quote_from = i;
		hit->verb = i + 1;
		hit->verb_end = i + 1;
		hit->object_only = tk_is(S, i, "request");
		return true;
	}
	return false;
}

/* ---- pointers: "This is an action request, see paras 4 and 7" -------- */

static bool tk_action_words(const struct tk_sentence *S)
{
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (tk_is(S, i, "action") &&
		    (tk_is(S, i + 1, "request") || tk_is(S, i + 1, "requests") ||
		     tk_is(S, i + 1, "requested") || tk_is(S, i + 1, "item") ||
		     tk_is(S, i + 1, "items")))
			return true;
		if (tk_is(S, i, "request") && tk_is(S, i + 1, "for") &&
		    tk_is(S, i + 2, "guidance"))
			return true;
	}
	return false;
}

static bool tk_para_word(const struct tk_sentence *S, size_t i)
{
	return tk_is(S, i, "para") || tk_is(S, i, "paras") ||
	       tk_is(S, i, "paragraph") || tk_is(S, i, "paragraphs") ||
	       tk_is(S, i, "par") || tk_is(S, i, "pars");
}

/* A paragraph number word: "4", "13"; 0 when not one. */
static int tk_number(const struct tk_sentence *S, size_t i, int *hi)
{
	if (i >= S->n)
		return 0;
	const char *p = S->s + S->w[i].s, *end = S->s + S->w[i].e;
	int a = 0;
	while (p < end && isdigit((unsigned char)*p) && a < 1000)
		a = a * 10 + (*p++ - '0');
	if (a == 0)
		return 0;
	*hi = a;
	if (p < end && *p == '-') {
		int b = 0;
		p++;
		while (p < end && isdigit((unsigned char)*p) && b < 1000)
			b = b * 10 + (*p++ - '0');
		if (b > a && b - a < 20)
			*hi = b;
	}
	return p == end || *hi != a ? a : 0;
}

/* Reads the paragraph numbers after a para word at k into P. */
static void tk_read_refs(const struct tk_sentence *S, size_t k, struct tk_para *P)
{
	size_t i = k + 1;
	for (;;) {
		int hi, lo = tk_number(S, i, &hi);
		if (!lo)
			return;
		if ((tk_is(S, i + 1, "through") || tk_is(S, i + 1, "to")) &&
		    tk_number(S, i + 2, &hi) && hi > lo && hi - lo < 20)
			i += 2;
		for (int n = lo; n <= hi; n++)
			if (P->npointed < sizeof P->pointed / sizeof P->pointed[0])
				P->pointed[P->npointed++] = n;
		i++;
		if (tk_is(S, i, "and") || tk_is(S, i, "or"))
			i++;
		else if (!tk_gap_has(S, i, ','))
			return;
		if (tk_para_word(S, i))
			i++;
	}
}

/* Does S point to other paragraphs as the action request?  prev_action:
 * the sentence before said "This is an action request." */
static bool tk_pointer(struct tk_ctx *x, const struct tk_sentence *S,
                       bool prev_action, struct tk_para *P,
                       struct tk_parties *named)
{
	bool action = tk_action_words(S);
	size_t before = P->npointed;
	named->n = 0;
	for (size_t k = 1; k < S->n; k++) {
		if (!tk_para_word(S, k))
			continue;
		bool see = tk_is(S, k - 1, "see");
		bool in_request = (tk_is(S, k - 1, "in") || tk_is(S, k - 1, "at")) &&
		                  (tk_is(S, k - 2, "request") || tk_is(S, k - 2, "requests"));
		if (!see && !in_request)
			continue;
		bool ok = action || prev_action || in_request;
		if (see && k >= 2 && tk_is(S, k - 2, "please"))
			ok = true;
		if (see && !ok) {
			/* "Embassies Madrid and Stockholm see para 6" */
			for (size_t j = 0; j + 1 < k && !ok; j++) {
				struct tk_parties n;
				bool g;
				size_t e = tk_post_phrase(x, S, j, &n, &g);
				if (e > j && n.n && (tk_is(S, e, "see") ||
				                     (tk_is(S, e, "please") && tk_is(S, e + 1, "see"))))
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

/* ---- sentences ------------------------------------------------------ */

static const char *const tk_abbrevs[] = {
	"para", "paras", "no", "mr", "mrs", "ms", "dr", "amb", "gen", "lt", "col",
	"st", "e.g", "i.e", "vs", "u.s", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "ref", "refs", "u.n", "sen",
	"rep", "gov", "adm", "maj", "capt", "cdr", "messrs", "approx", "nos",
	NULL,
};

/* The end of the sentence starting at b in s[0..len). */
static size_t tk_sentence_end(const char *s, size_t len, size_t b)
{
	for (size_t i = b; i < len; i++) {
		char ch = s[i];
		if (ch == '\n')
			return i;
		if (ch != '.' && ch != '?' && ch != '!')
			continue;
		size_t j = i + 1;
		while (j < len && (s[j] == ')' || s[j] == '"'))
			j++;
		if (j < len && s[j] != ' ' && s[j] != '\n' && s[j] != '\t')
			continue;
		while (j < len && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j < len && islower((unsigned char)s[j]))
			continue;
		if (ch == '.') {
			/* the word before the dot: an abbreviation or an initial? */
			size_t w = i;
			while (w > b && (isalpha((unsigned char)s[w - 1]) || s[w - 1] == '.'))
				w--;
			size_t wl = i - w;
			if (wl == 1 && isupper((unsigned char)s[w]))
				continue;
			bool abbrev = false;
			for (const char *const *a = tk_abbrevs; *a && !abbrev; a++)
				if (strlen(*a) == wl && strncasecmp(s + w, *a, wl) == 0)
					abbrev = true;
			if (abbrev && j < len && isdigit((unsigned char)s[j]))
				continue;   /* "Para. 13", "No. 5" */
			if (abbrev && wl <= 4 && !(j < len && isupper((unsigned char)s[j])))
				continue;
		}
		return i + 1;
	}
	return len;
}

/* "Begin text:", "BEGIN TALKING POINTS", "Begin points:" ... */
static bool tk_begins_quote(const struct tk_sentence *S)
{
	static const char *const what[] = {
		"text", "points", "talking", "nonpaper", "non-paper", "quote",
		"demarche", "letter", "statement", "message", NULL,
	};
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (!tk_is(S, i, "begin"))
			continue;
		for (size_t k = i + 1; k < S->n && k <= i + 4; k++)
			if (tk_in(S, k, what))
				return true;
	}
	return false;
}

static bool tk_ends_quote(const struct tk_sentence *S)
{
	for (size_t i = 0; i + 1 < S->n; i++)
		if (tk_is(S, i, "end") && (tk_is(S, i + 1, "text") || tk_is(S, i + 1, "points") ||
		                           tk_is(S, i + 1, "talking") || tk_is(S, i + 1, "quote") ||
		                           tk_is(S, i + 1, "nonpaper") || tk_is(S, i + 1, "non-paper")))
			return true;
	return false;
}

/* Copies S's words [from, to) into the arena with the white space folded,
 * leaving out the bytes [cut_b, cut_e) (the deadline). */
static const char *tk_text(struct cable *c, const struct tk_sentence *S,
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
		if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
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
static size_t tk_clause_end(const struct tk_sentence *S, size_t v, size_t max)
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

/* A checklist line: "approach host-country officials to pursue the
 * objectives", "provide guidance on how to respond to Aliyev's concerns". */
static const char *tk_summary(struct cable *c, const struct tk_sentence *S,
                              const struct tk_hit *hit, const struct deadline *dl,
                              bool have_dl)
{
	size_t from = hit->verb;
	size_t cut_b = (size_t)-1, cut_e = 0;
	if (have_dl) {
		cut_b = dl->start;
		cut_e = dl->start + dl->len;
	}
	/* "please" and adverbs are not the action */
	while (from < S->n && (tk_is(S, from, "please") || tk_in(S, from, tk_modal_adverbs)))
		from++;
	size_t to;
	const char *body;
	if (hit->verb_end > hit->verb && hit->verb == hit->quote_from) {
		/* "The Department's guidance ... is requested": the subject */
		size_t s = from;
		if (tk_is(S, s, "the") || tk_is(S, s, "a") || tk_is(S, s, "an"))
			s++;
		size_t e = hit->verb_end >= 2 ? hit->verb_end - 2 : s;
		if (e > s + TK_SUMMARY_WORDS)
			e = s + TK_SUMMARY_WORDS;
		body = tk_text(c, S, s, e, cut_b, cut_e);
		return body ? arena_printf(&c->arena, "Provide %s", body) : NULL;
	}
	to = tk_clause_end(S, from, TK_SUMMARY_WORDS);
	body = tk_text(c, S, from, to, cut_b, cut_e);
	if (!body)
		return NULL;
	char *out;
	if (hit->object_only && !tk_is(S, from, "to"))
		out = arena_printf(&c->arena, "Provide %s", body);
	else
		out = arena_strdup(&c->arena, body);
	/* a checklist line starts with a capital; proper nouns keep theirs */
	if (islower((unsigned char)out[0]))
		out[0] = (char)toupper((unsigned char)out[0]);
	return out;
}

/* ---- paragraphs ----------------------------------------------------- */

/* Reads one stretch of prose (a paragraph's text or a child's). */
static void tk_read_prose(struct tk_ctx *x, struct tk_para *P, const char *text,
                          bool strong_only, bool *in_quote)
{
	if (!text)
		return;
	size_t len = strlen(text), b = 0;
	bool prev_action = false;
	struct tk_sentence *S = &x->sent;
	while (b < len) {
		while (b < len && isspace((unsigned char)text[b]))
			b++;
		if (b >= len)
			break;
		size_t e = tk_sentence_end(text, len, b);
		tk_words(S, text + b, e - b);
		b = e;
		if (S->n == 0)
			continue;
		if (*in_quote) {
			if (tk_ends_quote(S))
				*in_quote = false;
			continue;
		}
		if (tk_begins_quote(S)) {
			size_t i = 0;
			while (i < S->n && !tk_is(S, i, "begin"))
				i++;
			*in_quote = !tk_ends_quote(S);
			if (i == 0)
				continue;
			S->n = i;   /* the words before "Begin text" still count */
		}
		if (!strong_only) {
			struct tk_parties named;
			if (tk_pointer(x, S, prev_action, P, &named)) {
				tk_add_all(&P->pointer_parties, &named);
				if (!P->pointer_quote)
					P->pointer_quote = tk_text(x->c, S, 0, S->n < TK_QUOTE_WORDS ?
					                           S->n : TK_QUOTE_WORDS, (size_t)-1, 0);
			}
			prev_action = tk_action_words(S);
		}
		size_t cs = tk_clause_start(S);
		struct tk_hit hit;
		memset(&hit, 0, sizeof hit);
		bool got = false;
		/* in a post's cable, quoted or reported speech asks nothing */
		if (!x->washington && tk_speech(S))
			continue;
		for (size_t i = 0; i < S->n && !got; i++)
			got = x->washington ? tk_match_wash(x, P, S, i, cs, strong_only, &hit)
			                    : tk_match_post(x, P, S, i, cs, strong_only, &hit);
		if (!got || hit.parties.n == 0)
			continue;
		tk_add_all(&P->parties, &hit.parties);
		struct deadline dl;
		bool have = deadline_find(S->s, S->len, &x->c->dtg, &dl);
		if (have && (!P->have_dl || (dl.dated && !P->dl.dated))) {
			P->dl = dl;
			P->have_dl = true;
			P->dl_text = arena_strndup(&x->c->arena, S->s + dl.start, dl.len);
			for (char *p = (char *)P->dl_text; *p; p++)
				if (*p == '\n' || *p == '\t')
					*p = ' ';
		}
		if (!P->found) {
			size_t qf = hit.quote_from;
			if (hit.verb > qf + TK_QUOTE_WORDS)
				qf = hit.verb > 4 ? hit.verb - 4 : 0;
			if (qf > cs && qf - cs <= 3)
				qf = cs;
			size_t qt = hit.verb_end + 4;
			if (qt > qf + TK_QUOTE_WORDS)
				qt = qf + TK_QUOTE_WORDS;
			qt = tk_clause_end(S, qf, qt - qf);
			P->quote = tk_text(x->c, S, qf, qt, (size_t)-1, 0);
			P->summary = tk_summary(x->c, S, &hit, &dl, have);
			P->found = true;
		}
	}
}

/* Bullets and items of a paragraph (not quotes): they add a tasking only
 * when they name the party themselves. */
static void tk_read_children(struct tk_ctx *x, struct tk_para *P,
                             const struct node *kids, size_t n, bool *in_quote)
{
	for (size_t i = 0; i < n; i++) {
		const struct node *k = &kids[i];
		if (k->kind == NODE_QUOTE)
			continue;
		bool prose = k->kind == NODE_TEXT || k->kind == NODE_COMMENT;
		tk_read_prose(x, P, k->text, !prose, in_quote);
		tk_read_children(x, P, k->children, k->nchildren, in_quote);
	}
}

/* A dated deadline from the rest of a tasked paragraph ("Responses are due
 * by March 3."), when its tasking sentences gave none. */
static void tk_other_deadline(struct tk_ctx *x, const struct paragraph *p,
                              struct tk_para *P)
{
	if (P->have_dl && P->dl.dated)
		return;
	const char *t = p->text;
	if (!t)
		return;
	size_t len = strlen(t), b = 0;
	while (b < len) {
		size_t e = tk_sentence_end(t, len, b);
		struct deadline dl;
		if (deadline_find(t + b, e - b, &x->c->dtg, &dl) && dl.dated) {
			/* only a phrase that says a due date outright */
			const char *w = t + b + dl.start;
			if (strncasecmp(w, "nlt", 3) == 0 || strncasecmp(w, "no later", 8) == 0 ||
			    strncasecmp(w, "not later", 9) == 0 || strncasecmp(w, "due", 3) == 0 ||
			    strncasecmp(w, "deadline", 8) == 0) {
				P->dl = dl;
				P->have_dl = true;
				P->dl_text = arena_strndup(&x->c->arena, w, dl.len);
				return;
			}
		}
		b = e;
		while (b < len && isspace((unsigned char)t[b]))
			b++;
	}
}

/* Fills c->taskings[c->ntaskings++] and the paragraph's tasked list. */
static void tk_emit(struct tk_ctx *x, struct paragraph *p, const struct tk_para *P)
{
	struct cable *c = x->c;
	struct tasking *t = &c->taskings[c->ntaskings++];
	t->paragraph = p->number;
	t->parties = arena_alloc(&c->arena, sizeof *t->parties * P->parties.n);
	for (size_t i = 0; i < P->parties.n; i++)
		t->parties[i] = P->parties.name[i];
	t->nparties = P->parties.n;
	if (P->have_dl) {
		t->deadline_text = P->dl_text;
		if (P->dl.dated) {
			char iso[16];
			deadline_iso(&P->dl, iso, sizeof iso);
			t->deadline = arena_strdup(&c->arena, iso);
		}
	}
	t->quote = P->quote;
	t->summary = P->summary;
	p->tasked = t->parties;
	p->ntasked = t->nparties;
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
		tk_add(&x->deflt, c->to[i].name);
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
			while (b < len && isspace((unsigned char)t[b]))
				b++;
			if (!tk_action_words(S))
				continue;
			for (size_t j = 0; j < S->n; j++) {
				struct tk_parties n;
				bool g;
				size_t end = tk_post_phrase(x, S, j, &n, &g);
				if (end > j) {
					tk_add_all(&named, &n);
					j = end - 1;
				}
			}
		}
	}
	if (named.n)
		x->deflt = named;
}

void tasking_find(struct cable *c)
{
	if (!c || c->nparas == 0)
		return;
	struct tk_ctx *x = arena_alloc(&c->arena, sizeof *x);
	x->c = c;
	x->washington = party_from_washington(c);
	tk_default_parties(x);
	if (x->washington)
		tk_narrow_default(x);

	struct tk_para *P = arena_alloc(&c->arena, sizeof *P * c->nparas);
	for (size_t i = 0; i < c->nparas; i++) {
		struct paragraph *p = &c->paras[i];
		bool in_quote = false;
		tk_read_prose(x, &P[i], p->text, false, &in_quote);
		tk_read_children(x, &P[i], p->children, p->nchildren, &in_quote);
		if (P[i].found)
			tk_other_deadline(x, p, &P[i]);
	}
	/* pointers mark the paragraphs they point to */
	for (size_t i = 0; i < c->nparas; i++) {
		for (size_t k = 0; k < P[i].npointed; k++) {
			int num = P[i].pointed[k];
			for (size_t j = 0; j < c->nparas; j++) {
				if (c->paras[j].number != num || j == i || P[j].found)
					continue;
				bool prev = j > 0 && P[j - 1].found && !P[j - 1].by_pointer &&
				            c->paras[j - 1].number == num - 1;
				bool next = j + 1 < c->nparas && P[j + 1].found &&
				            !P[j + 1].by_pointer &&
				            c->paras[j + 1].number == num + 1;
				if (prev || next)
					continue;   /* a slip: the neighbour asks */
				P[j].parties.n = 0;
				if (P[i].pointer_parties.n)
					tk_add_all(&P[j].parties, &P[i].pointer_parties);
				else
					tk_add_all(&P[j].parties, &x->deflt);
				P[j].quote = P[i].pointer_quote;
				struct tk_sentence *S = &x->sent;
				const char *t = c->paras[j].text ? c->paras[j].text : "";
				size_t tl = strlen(t);
				tk_words(S, t, tk_sentence_end(t, tl, 0));
				P[j].summary = tk_text(c, S, 0, S->n < TK_SUMMARY_WORDS ? S->n
				                       : TK_SUMMARY_WORDS, (size_t)-1, 0);
				P[j].found = true;
				P[j].by_pointer = true;
			}
		}
	}
	size_t n = 0;
	for (size_t i = 0; i < c->nparas; i++)
		if (P[i].found && P[i].parties.n)
			n++;
	if (n == 0)
		return;
	c->taskings = arena_alloc(&c->arena, sizeof *c->taskings * n);
	c->ntaskings = 0;
	for (size_t i = 0; i < c->nparas; i++)
		if (P[i].found && P[i].parties.n)
			tk_emit(x, &c->paras[i], &P[i]);
}

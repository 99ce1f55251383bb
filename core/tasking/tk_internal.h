/* tk_internal.h - what the tasking files share (private to core/tasking).
 *
 * The vocabulary the patterns test (tk_vocab.h), a sentence cut into
 * words, a set of parties, what one tasking sentence says (struct tk_hit), the state of the
 * cable (struct tk_ctx) and of the paragraph being read (struct tk_para),
 * and the functions one tk_*.c file offers the others.  tasking.c reads a
 * cable through them; nothing outside core/tasking includes this header.
 * What runs at every word (tk_lookup, and the word tests tk_is, tk_in ...
 * every pattern makes) is static inline here, so that it costs what it
 * cost when all of this was one file.
 */
#ifndef CABLETRACK_TK_INTERNAL_H
#define CABLETRACK_TK_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "parse/cable.h"
#include "tasking/deadline.h"
#include "tasking/party.h"

enum {
	TK_MAX_WORDS = 200,         /* words of one sentence that are read */
	TK_MAX_PARTIES = 48,        /* parties of one paragraph */
	TK_QUOTE_WORDS = 14,        /* longest quote */
	TK_SUMMARY_WORDS = 12,      /* longest summary */
};

#include "tasking/tk_vocab.h"

/* ---- words (tk_words.c) ---------------------------------------------- */

struct tk_word {
	size_t s, e;                /* [s, e) in the sentence */
	enum tk_wid id;             /* the word (less a trailing "'s") */
	bool agency;                /* it may begin a party_agency() phrase */
};

struct tk_sentence {
	const struct tk_vocab *V;
	const char *s;
	size_t len;
	struct tk_word w[TK_MAX_WORDS];
	size_t n;
	bool caps;                  /* the sentence is written in capitals */
	unsigned flags;             /* TK_F_* of its words */
};

/* Cuts s[0..len) into S's words: runs of letters and digits, with '-',
 * '/', '\'' inside ("host-country", "AF/RSA", "Post's") and the dot of
 * "U.S". */
void tk_words(struct tk_sentence *S, const char *s, size_t len);
/* Is word i a possessive ("Post's", "Ambassador’s", "Embassy,s")? */
bool tk_possessive(const struct tk_sentence *S, size_t i);

/* Is word i the word w (any case; a trailing "'s" is ignored)? */
static inline bool tk_is(const struct tk_sentence *S, size_t i, enum tk_wid w)
{
	return i < S->n && S->w[i].id == w;
}

/* Is word i one of the W_NONE-terminated list? */
static inline bool tk_in(const struct tk_sentence *S, size_t i, const enum tk_wid *list)
{
	if (i >= S->n || S->w[i].id == W_NONE)
		return false;
	for (; *list; list++)
		if (*list == S->w[i].id)
			return true;
	return false;
}

/* Word i, compared by its letters (the words the vocabulary lacks). */
static inline bool tk_word_eq(const struct tk_sentence *S, size_t i, const char *w)
{
	if (i >= S->n)
		return false;
	const char *s = S->s + S->w[i].s;
	size_t n = S->w[i].e - S->w[i].s;
	/* the first letter, either case, before any call; w[n] is read only
	 * when w's first n letters matched (so w is that long) */
	return (s[0] | 0x20) == (w[0] | 0x20) && strncasecmp(s, w, n) == 0 && w[n] == '\0';
}

static inline bool tk_word_among(const struct tk_sentence *S, size_t i,
                                 const char *const *list)
{
	for (; *list; list++)
		if (tk_word_eq(S, i, *list))
			return true;
	return false;
}

/* Does word i end in "-ing" after three letters or more ("Drawing")? */
static inline bool tk_ing(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n)
		return false;
	size_t b = S->w[i].s, e = S->w[i].e;
	return e - b > 5 && strncasecmp(S->s + e - 3, "ing", 3) == 0;
}

/* The text between words i-1 and i holds ch. */
static inline bool tk_gap_has(const struct tk_sentence *S, size_t i, char ch)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
		if (S->s[k] == ch)
			return true;
	return false;
}

/* Is there a comma, semicolon or colon between word i - 1 and word i (a
 * break in a phrase)? */
static inline bool tk_gap_breaks(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
		if (S->s[k] == ',' || S->s[k] == ';' || S->s[k] == ':')
			return true;
	return false;
}

static inline bool tk_capitalised(const struct tk_sentence *S, size_t i)
{
	return i < S->n && ascii_is_upper((unsigned char)S->s[S->w[i].s]);
}

/* The word index at or after byte offset off. */
static inline size_t tk_word_at(const struct tk_sentence *S, size_t off)
{
	size_t i = 0;
	while (i < S->n && S->w[i].s < off)
		i++;
	return i;
}

/* ---- parties (tk_parties.c) ------------------------------------------ */

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
	bool sets_scope;            /* the parties named become the paragraph's */
	enum tk_wid ask;            /* a post's request verb: "recommend";
	                               W_questions: the request is a question */
	const char *rule;           /* which pattern fired, for --explain */
	const char *from;           /* where the parties came from */
	size_t agent, agent_end;    /* a passive's "by posts": the line is its
	                               clause without them (agent 0: none) */
	size_t named, named_end;    /* posts the line leaves out ("input from
	                               Embassy Tokyo on"); named_end 0: none */
};

struct tk_ctx {
	struct cable *c;
	struct party_masks masks;   /* of its addressees (zero until used) */
	struct tk_sentence sent;    /* the sentence being read (reused) */
	bool washington;            /* the cable is from Washington */
	struct tk_parties deflt;    /* what "Post", "action addressees" mean */
	struct tk_parties posts;    /* a post's cable: the posts on its TO lines
	                               (other than itself), whom "Posts" asks */
	bool narrowed;              /* deflt is what an action request named */
	const char *own;            /* a post's cable: its place, "SAN JOSE" */
	size_t own_len1;            /* length of its first word, to reject fast */
	char own_short[16];         /* a mission's short name ("USUN" of
	                               "USMISSION USUN NEW YORK", "USEU"), or "" */
	size_t own_short_len;       /* its length, 0 when none */
	const char *visitor;        /* a post's scenesetter: whom alone "you"
	                               asks (tk_visitor()), or NULL */
	struct tk_parties section;  /* the posts a boxed heading names, for the
	                               paragraphs under it (empty: none) */
	struct tk_parties headed;   /* what headings so far named (tk_heading_rest) */
	const struct tk_para *prev; /* the paragraph before the one read, or NULL */
	const struct tk_parties *scope; /* the one read's scope (a heading's
	                               posts), whom "Posts other than" leaves */
};

/* "B. Ottawa and Mexico: Embassies should invite ... Please confirm
 * participants by September 10": a deadline an item gives the posts it
 * opens with, apart from the paragraph's (tk_items_due.c). */
struct tk_item_due {
	struct tk_parties posts;
	struct deadline dl;
	const char *dl_text;
	const char *quote, *summary, *rule, *from;  /* the item's first tasking */
	const char **asks;
	size_t nasks;
};
enum { TK_ITEM_DUE_MAX = 8 };

/* One paragraph being read. */
struct tk_para {
	struct tk_parties parties;
	struct tk_parties scope;    /* "For Embassy Kyiv, ..." */
	const char *quote, *summary;
	const char **asks;          /* the bullets the summary names */
	size_t nasks;
	const char *rule, *from;    /* the first tasking's, for --explain */
	bool found;
	bool by_pointer;            /* marked only by another's pointer */
	struct deadline dl;
	const char *dl_text;
	bool have_dl;
	bool dl_own;                /* dl is the action's own date ("deliver
	                               the points on May 9"), no due phrase */
	int pointed[32];            /* paragraphs this one points to */
	size_t npointed;
	struct tk_parties pointer_parties;
	struct tk_parties spared;   /* "Embassy Bern ... need not demarche" */
	const char *pointer_quote;
	struct tk_item_due *due;    /* items' own deadlines (arena), or NULL */
	size_t ndue;
};

/* The words of a deadline phrase s[0..n), in c's arena: line breaks and
 * tabs as spaces, a paragraph sign a line break made of a day ("October
 * ¶28") left out.  (tk_para_deadline.c) */
const char *tk_dl_words(struct cable *c, const char *s, size_t n);

/* ---- tk_items_due.c: an item's own deadline for its posts ---- */

/* The paragraph's deadline and first tasking as they stood before an
 * item was read. */
struct tk_due_save {
	struct deadline dl;
	const char *dl_text;
	bool have_dl, dl_own;
	bool found;
	const char *quote, *summary, *rule, *from;
	const char **asks;
	size_t nasks;
};
/* Before reading an item that opens with posts: the paragraph's deadline
 * and first tasking are put aside, so that what the item dates and asks
 * first is the item's. */
void tk_item_due_begin(struct tk_para *P, struct tk_due_save *save);
/* After it: a dated deadline the item gave its posts is kept for them
 * with its first tasking's words, and the paragraph's are restored. */
void tk_item_due_end(struct tk_ctx *x, struct tk_para *P, const struct tk_parties *posts,
                     const struct tk_due_save *save);
/* The deadline of party name in P: an item's, or NULL for the
 * paragraph's. */
const struct tk_item_due *tk_item_due_of(const struct tk_para *P, const char *name);

/* Is the addressee name an agency in Washington or a military command
 * rather than a post ("FBI WASHINGTON DC", "CDR USCENTCOM MACDILL AFB FL")?
 * (tasking.c) */
bool tk_not_post(const char *name);
void tk_add(struct tk_parties *p, const char *name);
void tk_add_all(struct tk_parties *p, const struct tk_parties *from);
/* Post parties at word i ("Post", "Embassies Moscow and Riga", "USNATO and
 * Action Embassies"): fills named (empty and *generic for a generic one)
 * and returns the index after them, or i when there are none. */
size_t tk_post_phrase(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, struct tk_parties *named, bool *generic);
/* Posts named by their places alone at word k ("Athens", "Rome and
 * Madrid"): fills named, returns the index after them (k when none). */
size_t tk_places_at(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                    struct tk_parties *named);
/* Posts on the lines by their own cities at word k ("Nairobi and Dakar"):
 * fills named, returns the index after them (k when none).  (tk_parties.c) */
size_t tk_city_posts(struct tk_ctx *x, const struct tk_sentence *S, size_t k,
                     struct tk_parties *named);
/* Is the addressee in Washington ("SECSTATE WASHDC", "DEPT OF JUSTICE
 * WASHINGTON DC", "CIA WASHINGTON DC")? */
static inline bool tk_in_washington(const char *name)
{
	return strstr(name, "WASHDC") || strstr(name, "WASHINGTON");
}

/* Are the parties p all on the addressee lines, none of them the writer
 * of a post's cable (tk_parties.c)? */
bool tk_others_listed(const struct tk_ctx *x, const struct tk_parties *p);

/* A Department office by its symbol at word i: "EUR/CE", "ISN/MTR"
 * (tk_match.c). */
bool tk_office(const struct tk_sentence *S, size_t i);

/* party_agency() at word i, skipping the words that begin no agency. */
const char *tk_agency(struct tk_ctx *x, const struct tk_sentence *S,
                      size_t i, size_t *used);
/* Whom a post's scenesetter is written for, from its subject: the
 * addressee that is the visitor's agency, or the visitor as the subject
 * names it ("FBI DIRECTOR MUELLER", "PRESIDENT"), or NULL (tk_visitor.c). */
const char *tk_visitor(struct tk_ctx *x);

/* An agency on no addressee line at word k, in capitals as the cable
 * names it ("DOD is requested to" -> DOD), or NULL; *end: the word after
 * it. */
const char *tk_unlisted_agency(struct tk_ctx *x, const struct tk_sentence *S,
                               size_t k, size_t *end);


/* ---- the patterns (tk_match.c) --------------------------------------- */

/* W_NONE-terminated word lists the checklist line reads too. */
extern const enum tk_wid tk_us_words[];      /* the US side in a post's cable */
extern const enum tk_wid tk_modal_adverbs[]; /* "also", "strongly", "now" */
extern const enum tk_wid tk_will_words[];    /* "will", "can", "could", "would" */
extern const enum tk_wid tk_request_nouns[]; /* "guidance", "views" */
extern const enum tk_wid tk_post_words[];    /* "post", "embassies", "USDEL" */

/* Is S a request?  Tries each word as the start of one (Washington's
 * patterns or a post's, by who sent the cable); cs is where the clause
 * starts, strong_only keeps to the requests a bullet may make.  Fills hit
 * (and may narrow P->scope). */
bool tk_match(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
              size_t cs, bool strong_only, struct tk_hit *hit);
/* The same from word `from` on: a second clause of the sentence. */
bool tk_match_from(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                   size_t from, size_t cs, bool strong_only, struct tk_hit *hit);

/* ---- pointers (tk_pointers.c) ---------------------------------------- */

/* Does S say "action request" (or "request for guidance")? */
bool tk_action_words(const struct tk_sentence *S);
/* Does S point to other paragraphs as the action request ("see paras 4 and
 * 7")?  Adds their numbers to P->pointed and who it is for to named. */
bool tk_pointer(struct tk_ctx *x, const struct tk_sentence *S,
                bool prev_action, struct tk_para *P, struct tk_parties *named);
/* Marks the paragraphs the pointers of P[0..c->nparas) point to. */
void tk_follow_pointers(struct tk_ctx *x, struct tk_para *P);
/* A dated deadline from the rest of a tasked paragraph, when its tasking
 * sentences gave none (tk_para_deadline.c). */
void tk_para_deadline(struct tk_ctx *x, const struct paragraph *p, struct tk_para *P);
/* Does the clause from word k welcome what a condition before it says
 * ("If posts could report, we would be most grateful", "it would be
 * helpful", "that would help")?  (tk_match_if.c; the checklist line ends
 * before it) */
bool tk_welcomes(const struct tk_sentence *S, size_t k);

/* ---- sentences (tk_sentence.c) --------------------------------------- */

/* The end of the sentence starting at b in s[0..len); s is a C string that
 * ends at or after len. */
size_t tk_sentence_end(const char *s, size_t len, size_t b);
/* The next sentence of s[0..len) from *b, its spaces before it passed
 * over: its start into *b and its end into *e; false when none is left.
 * for (size_t b = 0, e; tk_next_sentence(s, len, &b, &e); b = e) */
bool tk_next_sentence(const char *s, size_t len, size_t *b, size_t *e);
/* Can the sentence s[0..len) of a post's cable ask anything, point to a
 * paragraph or open a quoted block?  False when none of its words begins
 * with a stem every such pattern needs ("should", "request", "please",
 * "see", "begin" ...): the sentence is then skipped before it is cut into
 * words.  (Washington's cables are read whole: an imperative there may
 * open a sentence with any verb.) */
bool tk_may_ask(const struct tk_vocab *V, const char *s, size_t len);
/* Its stems, by index (NULL past the last), and whether two letters begin
 * one (any case): for the test that the two agree. */
const char *tk_stem(size_t i);
bool tk_stem_pair(char a, char b);
/* Does s start with a word that opens sentences ("The", "We", "In", any
 * case; s[0..len) is read to its first non-letter)?  After "U.S." or "Mr."
 * any other capitalised word is read as the name going on ("U.S.
 * Embassy"). */
bool tk_sentence_opener(const char *s, size_t len);
/* Where the clause of word 0 starts: after an "Action Request:" label. */
size_t tk_clause_start(const struct tk_sentence *S);
/* Does the sentence end in a colon (bullets or items follow)? */
bool tk_ends_in_colon(const struct tk_sentence *S);
/* "Begin text:", "End points." */
bool tk_begins_quote(const struct tk_sentence *S);
bool tk_ends_quote(const struct tk_sentence *S);
/* The first word after the last semicolon at or before word upto (0
 * when none): where the clause of word upto starts. */
size_t tk_after_semicolon(const struct tk_sentence *S, size_t upto);
/* Does the item open with a heading of posts ("Bangkok: ask the MFA",
 * "Embassy Manila: follow up", "For Embassies Tokyo and Seoul: please
 * approach")?  Then it asks them as a paragraph would; named: those
 * posts. */
bool tk_item_for_posts(struct tk_ctx *x, const char *t, struct tk_parties *named);
/* Reported speech or a quotation: "Please tell Washington," he said; a
 * verb of saying counts only before word upto. */
bool tk_speech(const struct tk_sentence *S, size_t upto);
/* Is the verb of saying at word i the writer's pointer ("As noted in
 * reftel", "as we stated above", "as previously noted")? */
bool tk_writer_pointer(const struct tk_sentence *S, size_t i);
/* Does word i stand inside quote marks ('The message read, "Please
 * verify ...'; a quote that runs on from the sentence before)? */
bool tk_in_quotes(const struct tk_sentence *S, size_t i);

/* ---- quotes and checklist lines (tk_summary.c) ----------------------- */

/* S's words [from, to) in the arena, white space folded, bytes [cut_b,
 * cut_e) (the deadline) left out; NULL when empty. */
const char *tk_text(struct cable *c, const struct tk_sentence *S,
                    size_t from, size_t to, size_t cut_b, size_t cut_e);
/* The word index where the clause of word v ends, at most max words on. */
size_t tk_clause_end(const struct tk_sentence *S, size_t v, size_t max);
/* The word index where a checklist line from word v ends. */
size_t tk_summary_end(const struct tk_sentence *S, size_t v);
/* The checklist line of a tasking sentence ("Provide Department guidance");
 * *bulleted set when it names the bullets under S ("Pursue 5 objectives:"). */
const char *tk_summary(struct cable *c, const struct tk_sentence *S,
                       const struct tk_hit *hit, const struct deadline *dl,
                       bool have_dl, bool *bulleted);
/* The checklist line of a paragraph a pointer marks, from its first
 * sentence S: the sentence less an "ACTION REQUEST:" label; a heading
 * with bullets under it names them ("Objectives: Secure ...; Discourage
 * ...") and puts them in *asks (*nasks of them). */
const char *tk_pointed_summary(struct cable *c, const struct tk_sentence *S,
                               const char ***asks, size_t *nasks);
/* When the asks are the bullets or items under S (the checklist line names
 * them): each one whole, in the arena, into *out; how many (0: none). */
size_t tk_bullet_asks(struct cable *c, const struct tk_sentence *S,
                      const char ***out);

/* ---- paragraphs (tk_paragraph.c) ------------------------------------- */

/* Reads paragraph p (its prose and children) into P. */
void tk_read_paragraph(struct tk_ctx *x, struct tk_para *P,
                       const struct paragraph *p);

#endif

/* tk_summary_internal.h - what the checklist-line files share (private to
 * core/tasking).
 *
 * tk_summary() (tk_summary.c) makes a tasking's checklist line with four
 * files: tk_lexicon.c (the words the vocabulary lacks, compared by their
 * letters, and a sentence the splitter ended at an abbreviation),
 * tk_line.c (struct tk_line: which words a line holds, where it ends, the
 * line as text), tk_advice.c (how a post's advice reads as an instruction)
 * and tk_bullets.c (a line that names the bullets).  This header holds
 * struct tk_line, the word lists they share and the functions one of them
 * offers the others; only these five files include it.  The small tests
 * run at every word (the gap tests, tk_kept) are static inline here
 * (tk_word_eq and tk_word_among, which the patterns use too, are in
 * tk_internal.h), so that they cost what they cost when all of
 * this was one file.
 */
#ifndef CABLETRACK_TK_SUMMARY_INTERNAL_H
#define CABLETRACK_TK_SUMMARY_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "tasking/tk_internal.h"

/* ---- words the vocabulary lacks (tk_lexicon.c) ------------------------ */

/* W_NONE- or NULL-terminated word lists. */
extern const enum tk_wid tk_dangling[];     /* a line should not end on */
extern const char *const tk_weak_cuts[];    /* a phrase starts: "to", "and" */
extern const char *const tk_strong_cuts[];  /* a clause starts: "which" */
extern const char *const tk_finite[];       /* verbs of a statement: "would" */

/* Does a line ending on word i need more words ("to", "Seek", "most
 * likely", "Afghanistan's")? */
bool tk_leans(const struct tk_sentence *S, size_t i);
/* Is word i an abbreviation ("U.S", "Mr", "e.g")? */
bool tk_abbrev(const struct tk_sentence *S, size_t i);
/* Is word i the initial of a name ("John F. Kennedy")? */
bool tk_initial(const struct tk_sentence *S, size_t i);

/* The gap before word i holds a comma and then white space ("X, Y", not
 * "310,000" or "Iran,s attempt"). */
static inline bool tk_gap_comma(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k + 1 < S->w[i].s; k++)
		if (S->s[k] == ',' && (S->s[k + 1] == ' ' || S->s[k + 1] == '\n' ||
		                       S->s[k + 1] == '\t'))
			return true;
	return false;
}

/* Is the gap before word i a dash ("what - if any - formal", "makers --
 * including")? */
static inline bool tk_gap_dash(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k + 1 < S->w[i].s; k++)
		if (S->s[k] == '-' && (S->s[k + 1] == '-' ||
		    (S->s[k + 1] == ' ' && k > S->w[i - 1].e && S->s[k - 1] == ' ')))
			return true;
	return false;
}

/* The last parenthesis in the gap before word i (after the last word when
 * i is S->n), or 0. */
static inline char tk_gap_paren(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i > S->n)
		return 0;
	char last = 0;
	size_t e = i < S->n ? S->w[i].s : S->len;
	for (size_t k = S->w[i - 1].e; k < e; k++)
		if (S->s[k] == '(' || S->s[k] == ')')
			last = S->s[k];
	return last;
}

/* Is the gap before word i white space only? */
static inline bool tk_gap_plain(const struct tk_sentence *S, size_t i)
{
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
		if (S->s[k] != ' ' && S->s[k] != '\n' && S->s[k] != '\t')
			return false;
	return true;
}

/* The sentence S runs on when the splitter ended it at "Mr." or "e.g.":
 * *on is S with the words up to its real end, and true.  S lies in
 * NUL-terminated prose. */
bool tk_run_on(const struct tk_sentence *S, struct tk_sentence *on);

/* ---- a checklist line (tk_line.c) ------------------------------------ */

struct tk_line {
	const struct tk_sentence *S;
	size_t from;                /* its first word */
	size_t stop;                /* no word at or after this one */
	size_t min;                 /* it ends after this word */
	size_t limit;               /* words a long clause is cut to */
	size_t fit;                 /* a clause of up to this many is whole */
	size_t good;                /* a cut that leaves this many is good */
	bool asides;                /* leave out an aside between commas */
	bool cut[TK_MAX_WORDS];     /* words left out (deadline, asides) */
};

/* L from word from, long clauses cut to limit words. */
void tk_line_init(struct tk_line *L, const struct tk_sentence *S,
                  size_t from, size_t limit);

/* The words of [a, b) not left out. */
static inline size_t tk_kept(const struct tk_line *L, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b && i < L->stop; i++)
		n += !L->cut[i];
	return n;
}

/* Does the clause of a line end before word i? */
bool tk_line_stop(const struct tk_line *L, size_t i);
/* Does word i read as a gerund ("initiating")? */
bool tk_gerund(const struct tk_sentence *S, size_t i);
/* May a line be cut before word i?  *strong when a clause starts there. */
bool tk_cut_point(const struct tk_line *L, size_t i, bool *strong);
/* Leaves out the words in bytes [b, e) of the sentence (the deadline). */
void tk_cut_deadline(struct tk_line *L, size_t b, size_t e);
/* Leaves out the asides after the line's first word. */
void tk_cut_asides(struct tk_line *L);
/* The end of a line from word v cut before word p, less the words it
 * should not end on; 0 when that leaves no good line. */
size_t tk_trim(const struct tk_line *L, size_t v, size_t p);
/* Where a line from word v ends, and (*ce) where its clause does. */
size_t tk_line_end(struct tk_line *L, size_t v, size_t *ce);
/* The words [from, to) of L not left out, in the arena; NULL when empty. */
char *tk_print(struct cable *c, const struct tk_line *L, size_t from, size_t to);

/* ---- a post's advice as an instruction (tk_advice.c) ----------------- */

/* The lead that makes a post's request an instruction ("Consider",
 * "Provide", "Ensure that"), for the words from L->from on (which it may
 * move); NULL when the words are the instruction.  *deinflect when the
 * first word has the -s of the third person ("turns up the heat"). */
const char *tk_lead(struct cable *c, struct tk_line *L,
                    const struct tk_hit *hit, bool *deinflect);
/* "Embassy Lisbon's assistance", "Post's views", "the Embassy's help" at
 * word f: the word after the post that owns the thing (before stop), or
 * f. */
size_t tk_past_owner(const struct tk_sentence *S, size_t f, size_t stop);
/* "It is requested that posts report": the verb of the clause after
 * "that" when its subject is the US side or a post (word f is "it"); else
 * f. */
size_t tk_dummy_passive(const struct tk_sentence *S, size_t f);
/* The word after the places named at word f ("in Paris, London and Doha"),
 * or f. */
size_t tk_skip_places(const struct tk_sentence *S, size_t f);
/* "turns up the heat" -> "turn up the heat", in place. */
void tk_deinflect(char *s);

/* ---- a line that names the bullets (tk_bullets.c) -------------------- */

/* When the asks are the bullets under the sentence: the line that counts
 * and names them ("Pursue 5 objectives: Circulate ...; Discuss the
 * paper"), else NULL.  ce: where the line's clause ends; used: the bytes
 * of the lead before it. */
char *tk_bullet_line(struct cable *c, const struct tk_line *L, size_t ce,
                     size_t used);
/* When the request ends at its colon ("Embassies are requested to:",
 * "Department requests that posts:"): the asks of the bullets under S,
 * "; " between them ("Deliver the demarche to the MFA; Report the
 * response"), else NULL. */
char *tk_bullets_only(struct cable *c, const struct tk_sentence *S);

#endif

/* tk_lexicon.c - the words a checklist line reads by their letters.
 *
 * In: a sentence cut into words (struct tk_sentence).  Out: the word lists
 * the vocabulary of tk_vocab.c lacks (where a line may be cut, words it
 * should not end on, titles, verbs of a statement, the posts a bullet
 * tells), compared letter by letter; whether a line ending on a word needs
 * more (tk_leans), whether a word is an abbreviation or an initial; and
 * tk_run_on(), the sentence the splitter ended at "Mr." or "e.g." with its
 * real end.  tk_line.c, tk_advice.c, tk_bullets.c and tk_summary.c read
 * them through tk_summary_internal.h.
 */
#include "tasking/tk_summary_internal.h"

#include <string.h>
#include <strings.h>

#include "base/ascii.h"

/* ---- words the vocabulary lacks, compared by their letters ----------- */

/* Words a checklist line should not end on ("... support for"). */
const enum tk_wid tk_dangling[] = {
	W_to, W_for, W_of, W_the, W_a, W_an, W_and, W_or, W_with, W_on, W_in,
	W_by, W_at, W_from, W_as, W_that, W_is, W_are, W_be, W_was, W_were,
	W_his, W_her, W_their, W_its, W_our, W_your, W_which, W_who, W_whose,
	W_when, W_how, W_into, W_including, W_particularly, W_while, W_about,
	W_between, W_this, W_these, W_those, W_any, W_all, W_will, W_would,
	W_could, W_should, W_can, W_may, W_not, W_also, W_NONE,
};

/* Words a line may be cut before: a preposition or a conjunction (not
 * "of": "the accuracy | of press reports" leaves a noun wanting) ... */
const char *const tk_weak_cuts[] = {
	"to", "for", "in", "on", "at", "by", "with", "from", "into",
	"through", "regarding", "concerning", "during", "after", "before",
	"over", "under", "against", "between", "among", "via", "per", "within",
	"without", "toward", "towards", "about", "across", "upon", "despite",
	"and", "or", "and/or", "but", "as", NULL,
};

/* ... and where a clause starts, which is a better place */
const char *const tk_strong_cuts[] = {
	"which", "who", "whom", "whose", "where", "while", "because", "although",
	"though", "unless", "until", "since", "whereas", "including",
	"particularly", "especially", "that", "when", "if", "we", "they", NULL,
};

/* Words a line does not end on: they need the words after them ("Seek",
 * "most likely", "consistent"); not the verbs that are nouns too
 * ("request", "note", "approach"). */
static const char *const tk_leaning[] = {
	"than", "such", "more", "most", "less", "very", "overall", "likely",
	"able", "unable", "prepared", "ready", "willing", "consistent",
	"according", "due", "prior", "related", "subject", "similar",
	"responsible", "aware", "accessible", "whether", "if", "so", "order", "addition",
	"seek", "continue", "try", "attempt", "begin", "intend", "expect",
	"ensure", "make", "take", "give", "provide", "discuss", "convey",
	"deliver", "urge", "encourage", "ask", "inform", "engage", "allow",
	"enable", "emphasize", "underscore", "explain", "indicate", "tell",
	"express", "reiterate", "confirm", "highlight", "remind", "assure",
	"reassure", "insist", "say", "believe", "agree", "suggest",
	"recommend", "argue", "clarify", "been", "being", "e.g", "i.e", "no",
	"nos", NULL,
};

/* Abbreviations a name follows ("Mr. Blackwood", "Lt. Gen"). */
static const char *const tk_titles[] = {
	"mr", "mrs", "ms", "messrs", "dr", "amb", "gen", "lt", "col", "maj",
	"capt", "cdr", "adm", "sen", "rep", "gov", "prof", "st", NULL,
};

/* Abbreviations a sentence goes on after ("e.g. NGOs", "No. 5"). */
static const char *const tk_inner_abbrevs[] = {
	"e.g", "i.e", "cf", "viz", "no", "nos", "para", "paras", "ref", "refs",
	"vs", "approx", "etc", NULL,
};

/* Verbs of a statement rather than of a request ("that he would be",
 * "that X is"). */
const char *const tk_finite[] = {
	"would", "should", "will", "could", "can", "may", "might", "must",
	"shall", "is", "are", "was", "were", "has", "have", "had", "does", "do",
	"did", NULL,
};

/* A post that a bullet tells what to do ("Post should circulate"). */
const enum tk_wid tk_post_words[] = {
	W_post, W_posts, W_embassy, W_embassies, W_mission, W_missions,
	W_consulate, W_consulates, W_usdel, W_usun, W_usmission, W_NONE,
};

/* Is word i the "g" of "e.g" or the "e" of "i.e" (words of one letter
 * each)? */
static bool tk_eg(const struct tk_sentence *S, size_t i)
{
	return i > 0 && i < S->n && S->w[i].e - S->w[i].s == 1 &&
	       S->w[i - 1].e - S->w[i - 1].s == 1 && S->w[i].s == S->w[i - 1].e + 1 &&
	       S->s[S->w[i - 1].e] == '.' &&
	       ((tk_word_eq(S, i - 1, "e") && tk_word_eq(S, i, "g")) ||
	        (tk_word_eq(S, i - 1, "i") && tk_word_eq(S, i, "e")));
}

/* Does a line ending on word i need more words ("to", "Seek", "most
 * likely", "Afghanistan's")? */
bool tk_leans(const struct tk_sentence *S, size_t i)
{
	return tk_in(S, i, tk_dangling) || tk_word_among(S, i, tk_weak_cuts) ||
	       tk_word_among(S, i, tk_strong_cuts) || tk_word_among(S, i, tk_leaning) ||
	       tk_word_among(S, i, tk_titles) || tk_eg(S, i) ||
	       (i < S->n && tk_possessive(S, i));
}

/* Is word i an abbreviation ("U.S", "Mr", "e.g")? */
bool tk_abbrev(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n)
		return false;
	return memchr(S->s + S->w[i].s, '.', S->w[i].e - S->w[i].s) ||
	       tk_word_among(S, i, tk_titles) || tk_word_among(S, i, tk_inner_abbrevs) ||
	       tk_eg(S, i);
}

/* Is word i the initial of a name ("John F. Kennedy"), not an office at
 * the end of a list ("ISN, SCA, and T.")? */
bool tk_initial(const struct tk_sentence *S, size_t i)
{
	return S->w[i].e - S->w[i].s == 1 && ascii_is_upper((unsigned char)S->s[S->w[i].s]) &&
	       i > 0 && tk_capitalised(S, i - 1) && !tk_is(S, i - 1, W_and) &&
	       !tk_is(S, i - 1, W_or) && !tk_gap_has(S, i, ',');
}

/* ---- a sentence the splitter ended at an abbreviation ----------------- */

/* The sentence S runs on when the splitter ended it at "Mr." or "e.g."
 * (or at "U.S." before a word that opens no sentence): *on is S with the
 * words up to its real end, and true.  S lies in NUL-terminated prose (a
 * paragraph's or a node's text, as tk_paragraph.c and tk_pointers.c cut
 * it), so the bytes after it may be read. */
bool tk_run_on(const struct tk_sentence *S, struct tk_sentence *on)
{
	static const char *const always[] = { "e.g", "i.e", "cf", "viz", NULL };
	const struct tk_sentence *cur = S;
	size_t len = S->len;
	for (int round = 0; round < 4; round++) {
		size_t n = cur->n;
		if (n == 0 || len == 0 || cur->s[len - 1] != '.' || cur->w[n - 1].e != len - 1)
			break;
		size_t j = len;
		while (cur->s[j] == ' ' || cur->s[j] == '\t')
			j++;
		if (!ascii_is_upper((unsigned char)cur->s[j]))
			break;
		const char *w = cur->s + cur->w[n - 1].s;
		bool dotted = memchr(w, '.', cur->w[n - 1].e - cur->w[n - 1].s) != NULL;
		/* "Circular No. A-12" */
		bool number = (tk_word_eq(cur, n - 1, "no") || tk_word_eq(cur, n - 1, "nos")) &&
		              strpbrk(cur->s + j, "0123456789") &&
		              strpbrk(cur->s + j, "0123456789") < cur->s + j + strcspn(cur->s + j, " \n");
		if (!tk_word_among(cur, n - 1, tk_titles) && !tk_word_among(cur, n - 1, always) &&
		    !tk_eg(cur, n - 1) && !number && !(dotted && !tk_sentence_opener(cur->s + j, (size_t)-1)))
			break;
		size_t e = tk_sentence_end(S->s, j + strnlen(S->s + j, 4096), j);
		on->V = S->V;
		tk_words(on, S->s, e);
		cur = on;
		len = e;
	}
	return cur == on && on->n > S->n && on->w[S->n - 1].s == S->w[S->n - 1].s;
}

/* tk_sentence.c - where a sentence ends, and what kind of sentence it is.
 *
 * In: a stretch of prose (tk_sentence_end() reads its bytes) or a sentence
 * cut into words.  Out: the end of each sentence (not at "Para. 13", "U.S."
 * or an initial), where the clause of its first word starts (after an
 * "Action Request:" label), whether it opens or closes a quoted block
 * ("Begin text:", "End points.") and whether it is reported speech.
 */
#include "tasking/tk_internal.h"

#include <string.h>
#include <strings.h>

/* The abbreviations a full stop may follow without ending the sentence,
 * by first letter (a dot ends the sentence after most words, and then
 * only the few with the word's first letter are compared). */
#define TK_AB(...) (const char *const[]){ __VA_ARGS__, NULL }
static const char *const *const tk_abbrevs[26] = {
	['a' - 'a'] = TK_AB("amb", "apr", "aug", "adm", "approx"),
	['c' - 'a'] = TK_AB("col", "capt", "cdr"),
	['d' - 'a'] = TK_AB("dr", "dec"),
	['e' - 'a'] = TK_AB("e.g"),
	['f' - 'a'] = TK_AB("feb"),
	['g' - 'a'] = TK_AB("gen", "gov"),
	['i' - 'a'] = TK_AB("i.e"),
	['j' - 'a'] = TK_AB("jan", "jun", "jul"),
	['l' - 'a'] = TK_AB("lt"),
	['m' - 'a'] = TK_AB("mr", "mrs", "ms", "mar", "maj", "messrs"),
	['n' - 'a'] = TK_AB("no", "nov", "nos"),
	['o' - 'a'] = TK_AB("oct"),
	['p' - 'a'] = TK_AB("para", "paras"),
	['r' - 'a'] = TK_AB("ref", "refs", "rep"),
	['s' - 'a'] = TK_AB("st", "sep", "sept", "sen"),
	['u' - 'a'] = TK_AB("u.s", "u.n"),
	['v' - 'a'] = TK_AB("vs"),
};
#undef TK_AB
enum { TK_ABBREV_MAX = 6 };     /* the longest of them */

/* Is s[0..n) one of tk_abbrevs, in any case? */
static bool tk_abbrev(const char *s, size_t n)
{
	unsigned c = (unsigned char)(s[0] | 0x20);
	if (n == 0 || n > TK_ABBREV_MAX || c < 'a' || c > 'z' || !tk_abbrevs[c - 'a'])
		return false;
	for (const char *const *a = tk_abbrevs[c - 'a']; *a; a++)
		if (strlen(*a) == n && strncasecmp(s, *a, n) == 0)
			return true;
	return false;
}

/* Is the abbreviation s[0..n) a title or a reference, always followed by
 * a name or a letter ("Mr. Schmidt", "Ref. A")? */
static bool tk_title(const char *s, size_t n)
{
	static const char *const titles[] = {
		"mr", "mrs", "ms", "dr", "amb", "gen", "lt", "col", "sen", "rep",
		"gov", "adm", "maj", "capt", "cdr", "messrs", "ref", "refs", NULL,
	};
	for (const char *const *t = titles; *t; t++)
		if (strlen(*t) == n && strncasecmp(s, *t, n) == 0)
			return true;
	return false;
}

bool tk_sentence_opener(const char *s, size_t len)
{
	static const char *const openers[] = {
		"the", "this", "that", "these", "those", "we", "he", "she", "it",
		"they", "i", "you", "in", "on", "at", "but", "and", "however", "a",
		"an", "our", "his", "her", "their", "its", "if", "as", "for", "when",
		"while", "after", "before", "there", "post", "posts", "please",
		"washington", "department", "end", "begin", "comment", "note",
		"action",
	};
	size_t n = 0;
	while (n < len && ascii_is_alpha((unsigned char)s[n]))
		n++;
	for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
		if ((s[0] | 0x20) == openers[i][0] && strncasecmp(s, openers[i], n) == 0 &&
		    openers[i][n] == '\0')
			return true;
	return false;
}

/* The closing parentheses and quote marks (straight or curly) at pos:
 * the position after them. */
static size_t tk_closers(const char *s, size_t len, size_t pos)
{
	for (;;) {
		if (pos < len && (s[pos] == ')' || s[pos] == '"'))
			pos++;
		else if (pos + 2 < len && (unsigned char)s[pos] == 0xE2 &&
		         (unsigned char)s[pos + 1] == 0x80 && (unsigned char)s[pos + 2] == 0x9D)
			pos += 3;
		else
			return pos;
	}
}

bool tk_next_sentence(const char *s, size_t len, size_t *b, size_t *e)
{
	while (*b < len && ascii_is_space((unsigned char)s[*b]))
		(*b)++;
	if (*b >= len)
		return false;
	*e = tk_sentence_end(s, len, *b);
	return true;
}

/* The end of the sentence starting at b in s[0..len).  (s is a C string
 * that ends at or after len: strcspn() finds the bytes that may end a
 * sentence, a vector scan in the C library.) */
size_t tk_sentence_end(const char *s, size_t len, size_t b)
{
	for (size_t i = b; i < len; i++) {
		i += strcspn(s + i, ".?!\n:");
		if (i >= len)
			break;
		char ch = s[i];
		/* "the following actions: -- We recommend that ...": the items
		 * run on in one line, each its own sentence */
		if (ch == ':') {
			size_t j = i + 1;
			while (j < len && s[j] == ' ')
				j++;
			if (j > i + 1 && j + 2 < len && s[j] == '-' && s[j + 1] == '-' && s[j + 2] == ' ')
				return i + 1;
			continue;
		}
		/* a line end ends the sentence; one at b is a sentence of its
		 * own, so that a caller's loop always moves on */
		if (ch == '\n')
			return i > b ? i : i + 1;
		size_t j = tk_closers(s, len, i + 1);
		if (j < len && s[j] != ' ' && s[j] != '\n' && s[j] != '\t')
			continue;
		size_t end = j;     /* the closing marks end the sentence too */
		while (j < len && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j < len && ascii_is_lower((unsigned char)s[j]))
			continue;
		if (ch == '.') {
			/* the word before the dot: an abbreviation or an initial? */
			size_t w = i;
			while (w > b && (ascii_is_alpha((unsigned char)s[w - 1]) || s[w - 1] == '.'))
				w--;
			size_t wl = i - w;
			if (wl == 1 && ascii_is_upper((unsigned char)s[w]))
				continue;
			bool abbrev = tk_abbrev(s + w, wl);
			if (abbrev && j < len && ascii_is_digit((unsigned char)s[j]))
				continue;   /* "Para. 13", "No. 5" */
			/* a title before a name ("Mr. Schmidt", "Amb. Jones"),
			 * "Ref. A" */
			if (abbrev && tk_title(s + w, wl) && j < len &&
			    ascii_is_upper((unsigned char)s[j]))
				continue;
			if (abbrev && wl <= 4 && !(j < len && ascii_is_upper((unsigned char)s[j])))
				continue;
			/* "by c.o.b. June 22": the date goes on */
			if (wl == 5 && strncasecmp(s + w, "c.o.b", 5) == 0 && j < len &&
			    !tk_sentence_opener(s + j, len - j))
				continue;
			/* "no earlier than 9:30 a.m. (Eastern Daylight Time)":
			 * the time zone goes on */
			if (wl == 3 && (strncasecmp(s + w, "a.m", 3) == 0 ||
			                strncasecmp(s + w, "p.m", 3) == 0) && j < len && s[j] == '(')
				continue;
			/* "the U.S. Consulate General should": a name goes on */
			if (wl == 3 && s[w + 1] == '.' && j < len &&
			    ascii_is_upper((unsigned char)s[j]) && !tk_sentence_opener(s + j, len - j))
				continue;
		}
		return end;
	}
	return len;
}

/* "Begin text:", "BEGIN TALKING POINTS", "Begin points:" ... */
bool tk_begins_quote(const struct tk_sentence *S)
{
	static const enum tk_wid what[] = {
		W_text, W_points, W_talking, W_nonpaper, W_non_paper, W_quote,
		W_demarche, W_letter, W_statement, W_message, W_template, W_NONE,
	};
	if (!(S->flags & TK_F_BEGIN))
		return false;
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (!tk_is(S, i, W_begin))
			continue;
		for (size_t k = i + 1; k < S->n && k <= i + 4; k++)
			if (tk_in(S, k, what))
				return true;
	}
	return false;
}

/* "End text", "END TALKING POINTS", "End quote.", "END TEMPLATE." */
bool tk_ends_quote(const struct tk_sentence *S)
{
	if (!(S->flags & TK_F_END))
		return false;
	for (size_t i = 0; i + 1 < S->n; i++)
		if (tk_is(S, i, W_end) && (tk_is(S, i + 1, W_text) || tk_is(S, i + 1, W_points) ||
		                           tk_is(S, i + 1, W_talking) || tk_is(S, i + 1, W_quote) ||
		                           tk_is(S, i + 1, W_nonpaper) || tk_is(S, i + 1, W_non_paper) ||
		                           tk_is(S, i + 1, W_template)))
			return true;
	return false;
}

/* Where the clause of word 0 really starts: after "Action Request:",
 * "RFG:", "Comment and action request." labels. */
size_t tk_clause_start(const struct tk_sentence *S)
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

/* Is the byte at s[k] a quote mark ('"', a curly one)? */
static bool tk_quote_mark(const char *s, size_t len, size_t k)
{
	unsigned char ch = (unsigned char)s[k];
	return ch == '"' ||
	       (ch == 0xE2 && k + 2 < len && (unsigned char)s[k + 1] == 0x80 &&
	        ((unsigned char)s[k + 2] == 0x9C || (unsigned char)s[k + 2] == 0x9D));
}

bool tk_in_quotes(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n)
		return false;
	size_t marks = 0;
	for (size_t k = 0; k < S->w[i].s; k++)
		marks += tk_quote_mark(S->s, S->len, k);
	return marks % 2 == 1;
}

size_t tk_after_semicolon(const struct tk_sentence *S, size_t upto)
{
	size_t from = 0;
	for (size_t i = 1; i < S->n && i <= upto; i++)
		if (tk_gap_has(S, i, ';'))
			from = i;
	return from;
}

bool tk_writer_pointer(const struct tk_sentence *S, size_t i)
{
	size_t b = i > 0 && tk_in(S, i - 1, tk_modal_adverbs) ? i - 1 : i;
	size_t a = b > 0 && (tk_word_eq(S, b - 1, "we") || tk_word_eq(S, b - 1, "previously") ||
	                     tk_word_eq(S, b - 1, "earlier")) ? b - 1 : b;
	return a > 0 && tk_is(S, a - 1, W_as) && !tk_is(S, i, W_according);
}

/* Is word i in a clause of "as" that opens the words from word f, and
 * ends at a comma before word upto ("As Embassy Berlin noted in ref C,")? */
static bool tk_as_clause(const struct tk_sentence *S, size_t f, size_t i, size_t upto)
{
	if (!tk_is(S, f, W_as) || tk_is(S, i, W_according))
		return false;
	for (size_t k = f + 1; k <= i; k++)
		if (tk_gap_has(S, k, ','))
			return false;
	for (size_t k = i + 1; k < upto && k < S->n; k++)
		if (tk_gap_has(S, k, ','))
			return true;
	return false;
}

bool tk_speech(const struct tk_sentence *S, size_t upto)
{
	static const enum tk_wid said[] = {
		W_said, W_says, W_told, W_asked, W_according, W_stated, W_added,
		W_replied, W_noted, W_stressed, W_commented, W_argued, W_NONE,
	};
	/* a quotation: quote marks around four words or more, or a mark
	 * without its pair (the quote runs on from or into another
	 * sentence); not a scare quote ('a Pakistani "czar"') */
	size_t marks = 0, words = 0;
	bool in_word = false;
	for (size_t k = 0; k < S->len; k++) {
		unsigned char ch = (unsigned char)S->s[k];
		if (tk_quote_mark(S->s, S->len, k)) {
			if (marks % 2 == 1 && words >= 4)
				return true;
			marks++;
			words = 0;
			in_word = false;
			continue;
		}
		bool letter = ascii_is_alnum((char)ch);
		if (letter && !in_word && marks % 2 == 1)
			words++;
		in_word = letter;
	}
	if (marks % 2 == 1)
		return true;
	/* a verb of saying, not in a relative clause ("thank Merkel for her
	 * statements, where she stressed ...", "before June 24, the date by
	 * which the Attorney General has asked for an answer", "consistently
	 * with what they are being told") */
	static const char *const relative[] = {
		"where", "which", "when", "who", "whom", "what", NULL,
	};
	/* a semicolon ends what was said: "officials asked whether ...; we
	 * would appreciate Washington's view" */
	size_t from = upto > 0 ? tk_after_semicolon(S, upto - 1) : 0;
	for (size_t i = from; i < S->n && i < upto; i++) {
		if (!tk_in(S, i, said))
			continue;
		/* "Embassy Lisbon is asked to share": a request, not what one
		 * asked */
		size_t b = i > 0 && tk_in(S, i - 1, tk_modal_adverbs) ? i - 1 : i;
		if (tk_is(S, i, W_asked) && b > 0 && (tk_is(S, b - 1, W_is) || tk_is(S, b - 1, W_are)))
			continue;
		if (tk_writer_pointer(S, i))
			continue;
		/* what someone said in a clause of "as" that opens the
		 * sentence, the writer's words after its comma: "As the
		 * minister told the Ambassador on Monday, we request" */
		if (tk_as_clause(S, from, i, upto))
			continue;
		/* a word of what was said, not a verb: "the Minister's stated
		 * intention", "its stated goal" */
		static const char *const owners[] = {
			"the", "its", "his", "her", "their", "our", NULL,
		};
		if ((tk_is(S, i, W_stated) || tk_is(S, i, W_noted)) && i > 0 &&
		    (tk_word_among(S, i - 1, owners) || tk_possessive(S, i - 1)))
			continue;
		/* a relative word up to six words before, in the same clause */
		bool rel = false;
		for (size_t d = 2; d <= 6 && d <= i && !rel; d++) {
			if (tk_gap_has(S, i - d + 2, ','))
				break;
			rel = tk_word_among(S, i - d, relative);
		}
		if (!rel)
			return true;
	}
	return false;
}

/* The words of tk_may_ask(), lower case: the modal and request words of
 * tk_modal(), tk_request_verb() and tk_match_post.c, the need words
 * ("it is important that"), "please", "recommendation", the pointer's
 * "see", "action" and "request", and the quote's "begin".  Each is the
 * whole word ("see$": "see", not "seem"); a word without the '$' would let
 * through every word it begins.  A word these do not hold lets no
 * sentence through on its own: "would" is always with "appreciate",
 * "grateful", "useful" ... when it asks. */
static const char *const tk_stems[] = {     /* in alphabetical order */
	"action$", "appreciate$", "appreciated$", "ask$", "asked$", "asking$", "asks$",
	"authorization$", "authorized$", "await$", "awaits$", "begin$", "counts$", "critical$",
	"direct$", "directed$", "directs$", "encourage$", "encouraged$",
	"encourages$", "essential$", "expect$", "expected$", "grateful$",
	"help$", "helpful$", "hope$", "hopes$", "imperative$", "important$", "instruct$", "instructed$",
	"instructions$", "instructs$", "interested$", "invaluable$", "invite$", "invited$", "invites$",
	"like$", "look$", "looks$", "must$", "necessary$", "need$", "needed$", "needs$", "please$",
	"propose$", "proposes$", "recommend$", "recommendation$", "recommended$", "recommending$",
	"recommends$", "relies$", "reminded$", "request$", "requested$", "requesting$", "requests$",
	"require$", "required$", "requires$", "see$", "seek$", "seeks$",
	"shall$", "should$", "sought$", "suggest$", "suggested$", "suggestion$", "suggests$",
	"tasked$", "urge$", "urged$", "urgently$", "urges$", "urging$", "useful$",
	"valuable$", "value$", "vital$", "want$", "wants$", "welcome$", "welcomed$", "wish$",
	"wishes$", NULL,
};

/* The first two letters of the stems, as a bit per second letter under
 * each first letter: a word whose two letters are not here is passed over
 * without comparing it to any stem (test_tasking checks it against the
 * list above). */
#define TK_L(ch) (1u << ((ch) - 'a'))
static const uint32_t tk_stem_pairs[26] = {
	['a' - 'a'] = TK_L('c') | TK_L('p') | TK_L('s') | TK_L('u') | TK_L('w'),
	['b' - 'a'] = TK_L('e'),
	['c' - 'a'] = TK_L('o') | TK_L('r'),
	['d' - 'a'] = TK_L('i'),
	['e' - 'a'] = TK_L('n') | TK_L('s') | TK_L('x'),
	['g' - 'a'] = TK_L('r'),
	['h' - 'a'] = TK_L('e') | TK_L('o'),
	['i' - 'a'] = TK_L('m') | TK_L('n'),
	['l' - 'a'] = TK_L('i') | TK_L('o'),
	['m' - 'a'] = TK_L('u'),
	['n' - 'a'] = TK_L('e'),
	['p' - 'a'] = TK_L('l') | TK_L('r'),
	['r' - 'a'] = TK_L('e'),
	['s' - 'a'] = TK_L('e') | TK_L('h') | TK_L('o') | TK_L('u'),
	['t' - 'a'] = TK_L('a'),
	['u' - 'a'] = TK_L('r') | TK_L('s'),
	['v' - 'a'] = TK_L('a') | TK_L('i'),
	['w' - 'a'] = TK_L('a') | TK_L('e') | TK_L('i'),
};
#undef TK_L

bool tk_stem_pair(char a, char b)
{
	unsigned x = (unsigned char)(a | 0x20), y = (unsigned char)(b | 0x20);
	return x >= 'a' && x <= 'z' && y >= 'a' && y <= 'z' &&
	       ((tk_stem_pairs[x - 'a'] >> (y - 'a')) & 1u);
}

const char *tk_stem(size_t i)
{
	return i < sizeof tk_stems / sizeof tk_stems[0] ? tk_stems[i] : NULL;
}

/* Do the first three letters at s[b] begin some stem?  A test without a
 * branch on the second and third bytes, inline at every word. */
static inline bool tk_stem3(const struct tk_vocab *V, const char *s, size_t len,
                            size_t b)
{
	const uint8_t *N = V->letter_no;
	return b + 2 < len &&
	       ((V->stem3[N[(unsigned char)s[b]] * 27 + N[(unsigned char)s[b + 1]]] >>
	         N[(unsigned char)s[b + 2]]) & 1u);
}

/* Does a stem begin at s[b] (a letter; the word may run past len), its
 * first three letters one's (tk_stem3())? */
static bool tk_stem_at(const struct tk_vocab *V, const char *s, size_t len, size_t b)
{
	const uint8_t *L = V->letter;
	uint8_t a = L[(unsigned char)s[b]], c = L[(unsigned char)s[b + 1]];
	for (const char *const *t = tk_stems + V->stem_from[a - 'a'];
	     *t && (uint8_t)(*t)[0] == a; t++) {
		const char *m = *t;
		if ((uint8_t)m[1] != c)
			continue;
		/* a byte equal to a stem's letter is a letter: the word goes on */
		size_t k = 2;
		while (m[k] && b + k < len && L[(unsigned char)s[b + k]] == (uint8_t)m[k])
			k++;
		/* "see$": the word ends there ("see", not "seem") */
		if (!m[k] || (m[k] == '$' && (b + k >= len || !L[(unsigned char)s[b + k]])))
			return true;
	}
	return false;
}

/* The ASCII letters of the 8 bytes in x: 0x80 in each byte that is one. */
static uint64_t tk_letters8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	uint64_t t = (x | ones * 0x20) & ~high;     /* lower case, 7 bits */
	uint64_t ge_a = t + ones * (0x80 - 'a');    /* bit 7: t >= 'a' */
	uint64_t gt_z = t + ones * (0x80 - 'z' - 1);/* bit 7: t > 'z' */
	return ge_a & ~gt_z & ~x & high;
}

/* The ASCII letters of the 64 bytes at s, a bit a byte (bit j: s[j]).
 * The multiply gathers the 0x80 bits of tk_letters8() into one byte (no
 * two products meet, so nothing carries). */
static uint64_t tk_letters64(const char *s)
{
	uint64_t mask = 0;
	for (unsigned k = 0; k < 8; k++) {
		uint64_t x;
		memcpy(&x, s + 8 * k, 8);
		mask |= (((tk_letters8(x) >> 7) * 0x0102040810204080u) >> 56) << (8 * k);
	}
	return mask;
}

/* The index of the lowest set bit of m (m not 0): de Bruijn's sequence. */
static inline size_t tk_low_bit(uint64_t m)
{
	static const uint8_t at[64] = {
		0, 1, 48, 2, 57, 49, 28, 3, 61, 58, 50, 42, 38, 29, 17, 4,
		62, 55, 59, 36, 53, 51, 43, 22, 45, 39, 33, 30, 24, 18, 12, 5,
		63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21, 44, 32, 23, 11,
		46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9, 13, 8, 7, 6,
	};
	return at[((m & (~m + 1)) * 0x03f79d71b4cb0a89u) >> 58];
}

/* 64 bytes at a time, then 8, where the byte order allows: the first byte
 * of each word (a letter after a byte that is none) is where a stem may
 * begin; the others are passed over without a branch each, and the loop
 * over a block's word starts ends once a block, not once every 8 bytes. */
bool tk_may_ask(const struct tk_vocab *V, const char *s, size_t len)
{
	const uint8_t *L = V->letter;
	size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t after = 0;         /* 1 when the byte before i is a letter */
	for (; i + 64 <= len; i += 64) {
		uint64_t m = tk_letters64(s + i);
		uint64_t starts = m & ~((m << 1) | after);
		after = m >> 63;
		for (; starts; starts &= starts - 1) {
			size_t b = i + tk_low_bit(starts);
			if (tk_stem3(V, s, len, b) && tk_stem_at(V, s, len, b))
				return true;
		}
	}
	uint64_t prev = after << 7; /* 0x80 when the byte before i is a letter */
	for (; i + 8 <= len; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		uint64_t m = tk_letters8(x);
		uint64_t starts = m & ~((m << 8) | prev);
		prev = m >> 56;
		while (starts) {
			size_t b = i + tk_first_byte(starts);
			if (tk_stem3(V, s, len, b) && tk_stem_at(V, s, len, b))
				return true;
			starts &= starts - 1;
		}
	}
#endif
	for (; i < len; i++)
		if (L[(unsigned char)s[i]] && (i == 0 || !L[(unsigned char)s[i - 1]]) &&
		    tk_stem3(V, s, len, i) && tk_stem_at(V, s, len, i))
			return true;
	return false;
}

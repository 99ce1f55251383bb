/* tk_words.c - a sentence cut into words, each looked up once.
 *
 * In: the bytes of one sentence and the cable's vocabulary (tk_vocab.c).
 * Out: struct tk_sentence, its words as byte ranges with their vocabulary
 * ids, whether each may begin a party_agency() phrase, the TK_F_* flags of
 * the sentence and whether it is written in capitals; and tk_possessive(),
 * which reads the bytes after a word.  The cheap tests of one word (tk_is,
 * tk_in ...) are inline in tk_internal.h.
 */
#include "tasking/tk_internal.h"

/* Character classes of the ASCII bytes the words are made of (bytes of
 * UTF-8 sequences are none of them, whatever the locale). */
enum { TK_UPPER = 1, TK_LOWER = 2, TK_DIGIT = 4, TK_ALNUM = 7 };

static const uint8_t tk_class[256] = {
	['0'] = TK_DIGIT, ['1'] = TK_DIGIT, ['2'] = TK_DIGIT, ['3'] = TK_DIGIT,
	['4'] = TK_DIGIT, ['5'] = TK_DIGIT, ['6'] = TK_DIGIT, ['7'] = TK_DIGIT,
	['8'] = TK_DIGIT, ['9'] = TK_DIGIT,
	['A'] = TK_UPPER, ['B'] = TK_UPPER, ['C'] = TK_UPPER, ['D'] = TK_UPPER,
	['E'] = TK_UPPER, ['F'] = TK_UPPER, ['G'] = TK_UPPER, ['H'] = TK_UPPER,
	['I'] = TK_UPPER, ['J'] = TK_UPPER, ['K'] = TK_UPPER, ['L'] = TK_UPPER,
	['M'] = TK_UPPER, ['N'] = TK_UPPER, ['O'] = TK_UPPER, ['P'] = TK_UPPER,
	['Q'] = TK_UPPER, ['R'] = TK_UPPER, ['S'] = TK_UPPER, ['T'] = TK_UPPER,
	['U'] = TK_UPPER, ['V'] = TK_UPPER, ['W'] = TK_UPPER, ['X'] = TK_UPPER,
	['Y'] = TK_UPPER, ['Z'] = TK_UPPER,
	['a'] = TK_LOWER, ['b'] = TK_LOWER, ['c'] = TK_LOWER, ['d'] = TK_LOWER,
	['e'] = TK_LOWER, ['f'] = TK_LOWER, ['g'] = TK_LOWER, ['h'] = TK_LOWER,
	['i'] = TK_LOWER, ['j'] = TK_LOWER, ['k'] = TK_LOWER, ['l'] = TK_LOWER,
	['m'] = TK_LOWER, ['n'] = TK_LOWER, ['o'] = TK_LOWER, ['p'] = TK_LOWER,
	['q'] = TK_LOWER, ['r'] = TK_LOWER, ['s'] = TK_LOWER, ['t'] = TK_LOWER,
	['u'] = TK_LOWER, ['v'] = TK_LOWER, ['w'] = TK_LOWER, ['x'] = TK_LOWER,
	['y'] = TK_LOWER, ['z'] = TK_LOWER,
};

/* Letters counted two at a time: upper case in the low half, lower case in
 * the high half; 0 for a byte that is no letter or digit. */
static const uint64_t tk_count[256] = {
#define TK_U(c) [c] = 1
#define TK_L(c) [c] = (uint64_t)1 << 32
#define TK_D(c) [c] = (uint64_t)1 << 63
	TK_D('0'), TK_D('1'), TK_D('2'), TK_D('3'), TK_D('4'), TK_D('5'),
	TK_D('6'), TK_D('7'), TK_D('8'), TK_D('9'),
	TK_U('A'), TK_U('B'), TK_U('C'), TK_U('D'), TK_U('E'), TK_U('F'),
	TK_U('G'), TK_U('H'), TK_U('I'), TK_U('J'), TK_U('K'), TK_U('L'),
	TK_U('M'), TK_U('N'), TK_U('O'), TK_U('P'), TK_U('Q'), TK_U('R'),
	TK_U('S'), TK_U('T'), TK_U('U'), TK_U('V'), TK_U('W'), TK_U('X'),
	TK_U('Y'), TK_U('Z'),
	TK_L('a'), TK_L('b'), TK_L('c'), TK_L('d'), TK_L('e'), TK_L('f'),
	TK_L('g'), TK_L('h'), TK_L('i'), TK_L('j'), TK_L('k'), TK_L('l'),
	TK_L('m'), TK_L('n'), TK_L('o'), TK_L('p'), TK_L('q'), TK_L('r'),
	TK_L('s'), TK_L('t'), TK_L('u'), TK_L('v'), TK_L('w'), TK_L('x'),
	TK_L('y'), TK_L('z'),
#undef TK_U
#undef TK_L
#undef TK_D
};

static bool tk_is_word_char(unsigned char ch)
{
	return ascii_is_alnum(ch) || ch >= 0x80;
}

/* Adds the word s[b, i) to S: its id (less a trailing "'s") and whether
 * it may begin a party_agency() phrase (join: where its first '-', '/',
 * '.', '\'' is).  "Washington,s" and
 * "Washington’s" (a smart quote) leave a word "s" of their own: it is
 * dropped. */
static void tk_add_word(struct tk_sentence *S, size_t b, size_t i, size_t join)
{
	const char *s = S->s;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = S->len;
	if (i - b == 1 && (s[b] == 's' || s[b] == 'S') && b > 0 &&
	    (s[b - 1] == ',' || u[b - 1] == 0x99) &&
	    (i >= len || !tk_is_word_char(u[i])))
		return;
	size_t e = i;
	if (e - b > 2 && s[e - 2] == '\'' && (s[e - 1] == 's' || s[e - 1] == 'S'))
		e -= 2;
	struct tk_word *w = &S->w[S->n++];
	w->s = b;
	w->e = i;
	w->id = tk_lookup(S->V, s + b, e - b, len - b);
	S->flags |= S->V->flags[w->id];
	/* the first letters and digits of a word are a party_agency()
	 * first word only when the word is them ("Department's") */
	w->agency = S->V->agency_all || join < e || S->V->agency[w->id];
}

void tk_words(struct tk_sentence *S, const char *s, size_t len)
{
	const uint64_t digit = (uint64_t)1 << 63;
	const unsigned char *u = (const unsigned char *)s;
	S->s = s;
	S->len = len;
	S->n = 0;
	S->flags = 0;
	uint64_t letters = 0;
	size_t i = 0;
	while (i < len && S->n < TK_MAX_WORDS) {
		while (i < len && !tk_count[u[i]])
			i++;
		if (i >= len)
			break;
		size_t b = i;
		size_t join = len;      /* where the first '-', '/', '.', '\'' is */
		for (;;) {
			uint64_t v;
			while (i < len && (v = tk_count[u[i]]) != 0) {
				letters += v & ~digit;
				i++;
			}
			/* host-country, AF/RSA, Post's, U.S */
			unsigned char ch = i < len ? u[i] : 0;
			if (!((ch == '-' || ch == '/' || ch == '\'' || ch == '.') &&
			      i + 1 < len && tk_count[u[i + 1]] &&
			      (ch != '.' || (i - b == 1 && (tk_class[u[b]] & TK_UPPER)))))
				break;
			if (join == len)
				join = i;
			i++;
		}
		tk_add_word(S, b, i, join);
	}
	size_t upper = (size_t)(letters & 0xFFFFFFFFu);
	size_t lower = (size_t)((letters >> 32) & 0x7FFFFFFFu);
	S->caps = upper > 8 && lower * 10 < upper;
}

/* Is word i a possessive ("Post's", "Ambassador’s", "Embassy,s")? */
bool tk_possessive(const struct tk_sentence *S, size_t i)
{
	size_t e = S->w[i].e;
	const char *s = S->s;
	if (e >= 2 && s[e - 2] == '\'' && (s[e - 1] == 's' || s[e - 1] == 'S'))
		return true;
	if (e < S->len && (s[e] == ',' || s[e] == '\'') && e + 1 < S->len &&
	    (s[e + 1] == 's' || s[e + 1] == 'S'))
		return true;
	/* a plural's: "posts' assistance" */
	if (e < S->len && s[e] == '\'' && e >= 1 && (s[e - 1] == 's' || s[e - 1] == 'S') &&
	    (e + 1 >= S->len || !ascii_is_alnum(s[e + 1])))
		return true;
	return e + 3 < S->len && (unsigned char)s[e] == 0xE2 &&
	       (unsigned char)s[e + 1] == 0x80 && (unsigned char)s[e + 2] == 0x99 &&
	       (s[e + 3] == 's' || s[e + 3] == 'S');
}

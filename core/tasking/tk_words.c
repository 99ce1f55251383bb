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

static const uint64_t tk_ones = 0x0101010101010101u;
static const uint64_t tk_high = 0x8080808080808080u;

/* How many bytes of x are in [lo, hi] (hi < 0x80).  Each byte is cut to 7
 * bits first (a byte >= 0x80 is kept out by ~x), so the sums never carry
 * into the next byte: bit 7 of t + (0x80 - lo) says t >= lo, of
 * t + (0x7F - hi) says t > hi; those bits, moved down to bit 0 of their
 * bytes, are summed into the top byte by the multiply. */
static inline size_t tk_count8(uint64_t x, unsigned lo, unsigned hi)
{
	uint64_t t = x & ~tk_high;
	uint64_t ge = t + tk_ones * (0x80 - lo);
	uint64_t gt = t + tk_ones * (0x7F - hi);
	uint64_t in = ge & ~gt & ~x & tk_high;
	return (size_t)(((in >> 7) * tk_ones) >> 56);
}

/* Is s[0..n) written in capitals: more than 8 of them, and 10 times as
 * many as small letters?  8 bytes at a time, small letters first: once 11
 * times them reach n, capitals (n less them at most) cannot be. */
static bool tk_in_caps(const unsigned char *u, size_t n)
{
	size_t lower = 0, upper = 0, i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, u + i, 8);
		lower += tk_count8(x, 'a', 'z');
		if (lower * 11 >= n)
			return false;
		upper += tk_count8(x, 'A', 'Z');
	}
	for (; i < n; i++) {
		lower += ascii_is_lower((char)u[i]);
		upper += ascii_is_upper((char)u[i]);
	}
	return upper > 8 && lower * 10 < upper;
}

/* The ASCII letters and digits (tk_class) among the 8 bytes at u: 0x80 in
 * each byte that is one.  As in tk_count8(), each byte is cut to 7 bits
 * before the sums, which then never carry; ~x keeps bytes >= 0x80 out. */
static inline uint64_t tk_alnum8(const unsigned char *u)
{
	uint64_t x;
	memcpy(&x, u, 8);
	uint64_t t = (x | tk_ones * 0x20) & ~tk_high;       /* lower case */
	uint64_t letter = (t + tk_ones * (0x80 - 'a')) & ~(t + tk_ones * (0x7F - 'z'));
	uint64_t d = x & ~tk_high;
	uint64_t digit = (d + tk_ones * (0x80 - '0')) & ~(d + tk_ones * (0x7F - '9'));
	return (letter | digit) & ~x & tk_high;
}

/* The end of the run of letters and digits at i (at most len): 8 bytes
 * a test where the byte order allows, so that the loop ends once a word
 * (most are shorter than 8) rather than at each of its bytes. */
static inline size_t tk_run_end(const unsigned char *u, size_t i, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; i + 8 <= len; i += 8) {
		uint64_t other = ~tk_alnum8(u + i) & tk_high;
		if (other)
			return i + tk_first_byte(other);
	}
#endif
	while (i < len && tk_class[u[i]])
		i++;
	return i;
}

/* Does the byte at i join the run before it to the letters after it
 * (host-country, AF/RSA, Post's; the dot of "U.S" after one capital, the
 * word starting at b)? */
static inline bool tk_joins(const unsigned char *u, size_t i, size_t len, size_t b)
{
	unsigned char ch = u[i];
	return (ch == '-' || ch == '/' || ch == '\'' || ch == '.') &&
	       i + 1 < len && tk_class[u[i + 1]] &&
	       (ch != '.' || (i - b == 1 && (tk_class[u[b]] & TK_UPPER)));
}

void tk_words(struct tk_sentence *S, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	S->s = s;
	S->len = len;
	S->n = 0;
	S->flags = 0;
	size_t i = 0;
	while (i < len && S->n < TK_MAX_WORDS) {
		while (i < len && !tk_class[u[i]])
			i++;
		if (i >= len)
			break;
		size_t b = i;
		size_t join = len;      /* where the first '-', '/', '.', '\'' is */
		for (;;) {
			i = tk_run_end(u, i, len);
			if (!(i < len && tk_joins(u, i, len, b)))
				break;
			if (join == len)
				join = i;
			i++;
		}
		tk_add_word(S, b, i, join);
	}
	/* every letter before i is in a word read */
	S->caps = tk_in_caps(u, i);
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

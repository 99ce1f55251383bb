/* ask_line.c - the first asking sentence of a paragraph (ask_line.h). */
#include "tasking/ask_line.h"

#include <stdbool.h>
#include <string.h>

#include "base/ascii.h"

static const char *const ask_words[] = {
	"request", "please", "ask", "urge", "instruct", "should", "must", "need",
	"would appreciate", "is to ", "are to ",
};

/* Does s[0..n) hold a request word (any case)? */
static bool ask_asks(const char *s, size_t n)
{
	for (size_t w = 0; w < sizeof ask_words / sizeof *ask_words; w++) {
		size_t k = strlen(ask_words[w]);
		for (size_t i = 0; i + k <= n; i++) {
			if (i > 0 && ascii_is_alpha(s[i - 1]))
				continue;
			size_t j = 0;
			while (j < k && ascii_to_lower(s[i + j]) == ask_words[w][j])
				j++;
			if (j == k)
				return true;
		}
	}
	return false;
}

/* Titles and abbreviations whose period ends no sentence. */
static const char *const ask_abbrevs[] = {
	"Mr", "Mrs", "Ms", "Dr", "Amb", "Gen", "Col", "Lt", "Sen", "Rep", "Gov",
	"St", "No", "Nos", "para", "paras", "Ref", "e.g", "i.e", "cf", "Jr", "Sr",
};

/* Does the word that ends at s[i] (before its period) end no sentence? */
static bool ask_abbrev(const char *s, size_t i)
{
	size_t b = i;
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '(')
		b--;
	for (size_t k = 0; k < sizeof ask_abbrevs / sizeof *ask_abbrevs; k++)
		if (strlen(ask_abbrevs[k]) == i - b && strncmp(s + b, ask_abbrevs[k], i - b) == 0)
			return true;
	return false;
}

/* The end of the sentence that starts at s: after ". " (not "U.S. ",
 * not a one-letter initial, not "Mr."), or the end of the text. */
static size_t ask_sentence(const char *s)
{
	size_t i = 0;
	for (; s[i]; i++) {
		if ((s[i] != '.' && s[i] != '?' && s[i] != '!') ||
		    (s[i + 1] != ' ' && s[i + 1] != '\n' && s[i + 1]))
			continue;
		if (s[i] == '.' && i >= 1 && ascii_is_upper(s[i - 1]) &&
		    (i < 2 || !ascii_is_alpha(s[i - 2]) || s[i - 2] == '.'))
			continue;                     /* "U.S." or an initial */
		if (s[i] == '.' && ask_abbrev(s, i))
			continue;
		return i + 1;
	}
	return i;
}

/* s[0..n) into out, whitespace folded, cut at a word with "..." */
static void ask_copy(const char *s, size_t n, char *out, size_t size)
{
	size_t o = 0;
	bool space = false;
	for (size_t i = 0; i < n && o + 1 < size; i++) {
		if (ascii_is_space(s[i])) {
			space = o > 0;
			continue;
		}
		if (space && o + 2 < size)
			out[o++] = ' ';
		space = false;
		out[o++] = s[i];
	}
	out[o] = '\0';
	if (o + 1 >= size && size > 8) {         /* cut: back to a word */
		size_t cut = size - 5;
		while (cut > 0 && out[cut] != ' ')
			cut--;
		if (cut == 0)
			cut = size - 5;
		while (cut > 0 && ((unsigned char)out[cut] & 0xc0) == 0x80)
			cut--;
		memcpy(out + cut, "...", 4);
	}
}

char *ask_line(const char *text, char *out, size_t size)
{
	if (size == 0)
		return out;
	out[0] = '\0';
	if (!text)
		return out;
	const char *first = NULL;
	size_t nfirst = 0;
	for (const char *s = text; *s;) {
		while (ascii_is_space(*s))
			s++;
		if (!*s)
			break;
		size_t n = ask_sentence(s);
		if (!first) {
			first = s;
			nfirst = n;
		}
		if (ask_asks(s, n)) {
			ask_copy(s, n, out, size);
			return out;
		}
		s += n;
	}
	if (first)
		ask_copy(first, nfirst, out, size);
	return out;
}

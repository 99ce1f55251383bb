/* utf8.h - one UTF-8 character at a time: decode and encode.
 *
 * Valid UTF-8 is RFC 3629's: no overlong forms, no surrogates (U+D800 to
 * U+DFFF), nothing above U+10FFFF, no sequence cut short.  utf8_decode()
 * says "invalid" one way only, by returning 0; what to do with such a byte
 * is the caller's policy, applied to that one byte before it steps on
 * (text/ reads it as CP1252, export/ drops it, yamlsafe and the screen
 * show U+FFFD, keymaps refuse the name).
 *
 * static inline: text/ decodes every non-ASCII byte of every cable.
 */
#ifndef CABLETRACK_UTF8_H
#define CABLETRACK_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu     /* U+FFFD REPLACEMENT CHARACTER */

/* The character at s[0..len) (len > 0): its length in bytes (1 to 4, 1
 * for ASCII, NUL included) with the code point in *cp; 0 when the bytes
 * there are not valid UTF-8 (*cp untouched). */
static inline size_t utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t n;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2, v = c & 0x1Fu, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, v = c & 0x0Fu, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, v = c & 0x07u, min = 0x10000;
	} else {
		return 0;                    /* a continuation byte, C0, C1, F5-FF */
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3Fu);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

/* Writes code point cp as UTF-8 to out (no NUL added): its length, 1 to
 * 4; 0 (nothing written) for a surrogate or a value above U+10FFFF. */
size_t utf8_encode(uint32_t cp, char out[4]);

#endif

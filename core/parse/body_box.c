/* body_box.c - headings set off by rules or dashes.
 *
 * In: lines of a cable body at a rule line, or a line that opens with
 * dashes.  Out: the heading's title and how many more lines it took: a
 * boxed title of up to three lines between rules (body_box()), "-------
 * Summary -------" on one line or wrapped onto a second
 * (body_dashed_title()).  body.c asks them while it reads the lines.
 */
#include "parse/body_internal.h"
#include "parse/breaks.h"


/* A line of a box's title: short, no caption.  A line before the last
 * is no paragraph sign and ends no sentence: "Visit Embassy Rabat's
 * Classified Website;" over a web address is no title. */
static bool body_box_line(const char *s, size_t len, bool last)
{
	if (len > 100 || body_is_caption(s, len))
		return false;
	char end = s[len - 1];
	if (last)
		return end != ',' && end != ';';
	struct body_sign sg;
	return end != '.' && end != ';' && end != ':' && !body_read_sign(s, len, &sg);
}

/* The shape of a box's whole title: a title once a leading portion mark
 * ("(C) KEY POINTS") and a closing ".", ":" or "..." are set aside ("Kenya
 * Claims T-72s...", "Comment:", "NO CRITICISM OF THE U.S."). */
static bool body_box_shape(const char *s, size_t len)
{
	char mark[PORTION_MAX];
	size_t m = len && s[0] == '(' ? portion_parse(s, len, mark) : 0;
	while (m > 0 && m < len && ascii_is_blank(s[m]))
		m++;
	while (len > m && (s[len - 1] == '.' || s[len - 1] == ':'))
		len--;
	return body_title_shape(s + m, len - m, BODY_BOX_MAX, 0);
}

/* The title of a box from its n lines: one line as it stands, several
 * joined by a space into box. */
static bool body_box_title(const char *const *ls, const size_t *ll, size_t n, char *box,
                           const char **title, size_t *tlen)
{
	size_t o = 0;
	for (size_t k = 0; k < n; k++) {
		if (!body_box_line(ls[k], ll[k], k + 1 == n))
			return false;
		if (n == 1)
			break;
		if (k)
			box[o++] = ' ';
		memcpy(box + o, ls[k], ll[k]);
		o += ll[k];
	}
	*title = n == 1 ? ls[0] : box;
	*tlen = n == 1 ? ll[0] : o;
	return body_box_shape(*title, *tlen);
}

/* Boxed: rule line i (rule[0..rlen)), one to three title lines, a rule:
 * "-----" / "Recommendation 2 - Talks with the Ministry on New" / "Rules
 * for Contractors" / "-----".  Page-break lines inside are skipped, and a
 * lone "-" under the top rule (its wrapped end).  A title of several lines
 * needs a closing rule like the opening one: an underlined caption with a
 * list under it is no box.  Returns the lines consumed after line i, or -1;
 * the title in *title (in box when it is joined). */
int body_box(const struct text *t, size_t i, size_t end, const char *rule, size_t rlen,
                    char *box, const char **title, size_t *tlen)
{
	const char *ls[BODY_BOX_LINES];
	size_t ll[BODY_BOX_LINES], n = 0;
	for (size_t j = i + 1; j < end && j <= i + BODY_BOX_LINES + 3; j++) {
		const char *s;
		size_t len;
		body_line(t, j, &s, &len);
		if (len == 1 && s[0] == '-' && j == i + 1)
			continue;
		if (len == 0)
			return -1;
		if (body_is_rule(s, len)) {
			bool like = s[0] == rule[0] && len + 2 >= rlen && rlen + 2 >= len;
			if (n == 0 || (n > 1 && !like))
				return -1;
			return body_box_title(ls, ll, n, box, title, tlen) ? (int)(j - i) : -1;
		}
		if (breaks_is_line(s, len))
			continue;
		if (n == BODY_BOX_LINES || len > 100)
			return -1;
		ls[n] = s;
		ll[n++] = len;
	}
	return -1;
}


int body_dashed_title(const char *s, size_t len, const char *n1, size_t l1, char *box,
                      const char **title, size_t *tlen)
{
	if (len > 6 && s[0] == '-' && s[1] == '-' && s[2] == '-' && s[len - 1] == '-' &&
	    s[len - 2] == '-') {
		size_t a = 0, z = len;
		while (a < z && (s[a] == '-' || ascii_is_blank(s[a])))
			a++;
		while (z > a && (s[z - 1] == '-' || ascii_is_blank(s[z - 1])))
			z--;
		if (z > a) {
			*title = s + a;
			*tlen = z - a;
			return 0;
		}
	}
	/* "----- FOR EMBASSIES BANGKOK, HANOI AND CONSULATE GENERAL" / "HO
	 * CHI MINH CITY -----": the same, wrapped onto a second line */
	if (len > 6 && s[0] == '-' && s[1] == '-' && s[2] == '-' && s[len - 1] != '-' &&
	    n1 && l1 > 3 && l1 <= 100 && n1[l1 - 1] == '-' && n1[l1 - 2] == '-' && n1[0] != '-') {
		size_t a = 0, z = l1;
		while (a < len && (s[a] == '-' || ascii_is_blank(s[a])))
			a++;
		while (z > 0 && (n1[z - 1] == '-' || ascii_is_blank(n1[z - 1])))
			z--;
		if (a < len && z > 0 && len - a + 1 + z <= BODY_BOX_MAX) {
			memcpy(box, s + a, len - a);
			box[len - a] = ' ';
			memcpy(box + len - a + 1, n1, z);
			*title = box;
			*tlen = len - a + 1 + z;
			return 1;
		}
	}
	return -1;
}

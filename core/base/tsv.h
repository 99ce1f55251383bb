/* tsv.h - the rows of a tab-separated data table (data/posts.tsv, ...).
 *
 * In: the bytes of a table (an embedded file).  Out: its data rows, one at
 * a time, as up to TSV_FIELDS fields pointing into the bytes: "#" comment
 * lines and blank lines are skipped, trailing blanks and CR trimmed.
 * Nothing is allocated or copied.
 */
#ifndef CABLETRACK_TSV_H
#define CABLETRACK_TSV_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

enum { TSV_FIELDS = 3 };

struct tsv_row {
	const char *f[TSV_FIELDS];
	size_t n[TSV_FIELDS];
	size_t nf;                  /* fields read (the last holds the rest) */
};

/* The row at *p (advanced past it); false at the end of the table. */
static inline bool tsv_next(const char **p, const char *end, struct tsv_row *r)
{
	while (*p < end) {
		const char *s = *p;
		const char *eol = memchr(s, '\n', (size_t)(end - s));
		if (!eol)
			eol = end;
		*p = eol + 1;
		while (eol > s && (eol[-1] == '\r' || eol[-1] == ' '))
			eol--;
		if (s == eol || *s == '#')
			continue;
		r->nf = 0;
		while (r->nf < TSV_FIELDS) {
			const char *tab = r->nf + 1 < TSV_FIELDS
				? memchr(s, '\t', (size_t)(eol - s)) : NULL;
			const char *fe = tab ? tab : eol;
			r->f[r->nf] = s;
			r->n[r->nf++] = (size_t)(fe - s);
			if (!tab)
				break;
			s = tab + 1;
		}
		return true;
	}
	return false;
}

#endif

/* fuzz_check.h - invariants every parsed cable must keep, whatever the bytes.
 *
 * Included by the parse and tasking harnesses.  Walking every string makes
 * ASan see a dangling or unterminated field; the checks below make a broken
 * promise of cable.h (UTF-8 strings, counts matching arrays, sane DTG and
 * deadline values) a crash that libFuzzer keeps as a reproducer.
 */
#ifndef CABLETRACK_FUZZ_CHECK_H
#define CABLETRACK_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/cable.h"

static inline void fuzz_fail(const char *what, const char *field)
{
	fprintf(stderr, "fuzz invariant broken: %s (%s)\n", what, field);
	abort();
}

/* Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF. */
static inline int fuzz_utf8_valid(const unsigned char *s)
{
	while (*s) {
		unsigned c = *s;
		size_t n;
		unsigned min;
		if (c < 0x80) {
			s++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			min = 0x10000;
		} else {
			return 0;
		}
		unsigned cp = c & (0x3fu >> n);
		for (size_t i = 1; i <= n; i++) {
			if ((s[i] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i] & 0x3fu);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		s += n + 1;
	}
	return 1;
}

/* NULL is allowed (absent); anything else must be valid UTF-8. */
static inline void fuzz_str(const char *s, const char *field)
{
	if (s && !fuzz_utf8_valid((const unsigned char *)s))
		fuzz_fail("string is not valid UTF-8", field);
}

static inline void fuzz_strs(const char *const *v, size_t n, const char *field)
{
	if (n && !v)
		fuzz_fail("count without array", field);
	for (size_t i = 0; i < n; i++) {
		if (!v[i])
			fuzz_fail("NULL entry in a string list", field);
		fuzz_str(v[i], field);
	}
}

static inline void fuzz_addressees(const struct addressee *a, size_t n, const char *field)
{
	if (n && !a)
		fuzz_fail("count without array", field);
	for (size_t i = 0; i < n; i++) {
		if (!a[i].name)
			fuzz_fail("addressee without a name", field);
		fuzz_str(a[i].route, field);
		fuzz_str(a[i].name, field);
		fuzz_str(a[i].precedence, field);
		fuzz_str(a[i].serial, field);
	}
}

static inline void fuzz_nodes(const struct node *nd, size_t n, int depth)
{
	if (n && !nd)
		fuzz_fail("count without array", "node.children");
	/* Far deeper than any cable nests; a runaway recursion in the body
	 * parser would show here before it blows the stack elsewhere. */
	if (depth > 64)
		fuzz_fail("node tree deeper than 64", "node.children");
	for (size_t i = 0; i < n; i++) {
		if ((unsigned)nd[i].kind > NODE_TEXT)
			fuzz_fail("bad node kind", "node.kind");
		fuzz_str(nd[i].label, "node.label");
		fuzz_str(nd[i].text, "node.text");
		fuzz_nodes(nd[i].children, nd[i].nchildren, depth + 1);
	}
}

static inline void fuzz_dtg(const struct dtg *d)
{
	if (!d->valid)
		return;
	if (d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31 ||
	    d->hour < 0 || d->hour > 23 || d->minute < 0 || d->minute > 59 ||
	    d->year < 1900 || d->year > 2100)
		fuzz_fail("DTG out of range", "dtg");
	char iso[32];
	dtg_iso(d, iso, sizeof iso);
	if (strlen(iso) != 20)
		fuzz_fail("dtg_iso is not YYYY-MM-DDTHH:MM:00Z", "dtg");
}

/* "YYYY-MM-DD" with a real month and day. */
static inline void fuzz_date(const char *s, const char *field)
{
	if (!s)
		return;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		fuzz_fail("deadline is not YYYY-MM-DD", field);
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			fuzz_fail("deadline is not YYYY-MM-DD", field);
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31)
		fuzz_fail("deadline month/day out of range", field);
}

static inline void fuzz_check_cable(const struct cable *c)
{
	if ((unsigned)c->form > FORM_HTML)
		fuzz_fail("bad form", "form");
	fuzz_str(c->source, "source");
	fuzz_str(c->id, "id");
	fuzz_str(c->serial, "serial");
	fuzz_dtg(&c->dtg);
	fuzz_str(c->precedence, "precedence");
	fuzz_str(c->from, "from");
	fuzz_addressees(c->to, c->nto, "to");
	fuzz_addressees(c->info, c->ninfo, "info");
	fuzz_str(c->classification, "classification");
	fuzz_strs(c->caveats, c->ncaveats, "caveats");
	fuzz_str(c->eo, "eo");
	fuzz_str(c->decl, "decl");
	fuzz_strs(c->tags, c->ntags, "tags");
	fuzz_str(c->subject, "subject");
	if (c->nrefs && !c->refs)
		fuzz_fail("count without array", "references");
	for (size_t i = 0; i < c->nrefs; i++) {
		fuzz_str(c->refs[i].letter, "references.letter");
		fuzz_str(c->refs[i].text, "references.text");
		fuzz_str(c->refs[i].id, "references.id");
	}
	fuzz_str(c->classified_by, "classified_by");
	fuzz_str(c->signature, "signature");

	if (c->nparas && !c->paras)
		fuzz_fail("count without array", "paragraphs");
	for (size_t i = 0; i < c->nparas; i++) {
		const struct paragraph *p = &c->paras[i];
		if (p->number < 0)
			fuzz_fail("negative paragraph number", "paragraphs.number");
		fuzz_str(p->classification, "paragraphs.classification");
		fuzz_str(p->heading, "paragraphs.heading");
		fuzz_str(p->text, "paragraphs.text");
		fuzz_nodes(p->children, p->nchildren, 0);
		fuzz_strs(p->tasked, p->ntasked, "paragraphs.tasked");
	}

	if (c->ntaskings && !c->taskings)
		fuzz_fail("count without array", "taskings");
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		if (t->paragraph < 0)
			fuzz_fail("negative paragraph number", "taskings.paragraph");
		/* A tasking points at a paragraph the cable has (0: the body). */
		bool found = t->paragraph == 0;
		for (size_t j = 0; j < c->nparas && !found; j++)
			found = c->paras[j].number == t->paragraph;
		if (!found)
			fuzz_fail("tasking names a paragraph the cable lacks",
			          "taskings.paragraph");
		fuzz_strs(t->parties, t->nparties, "taskings.parties");
		fuzz_date(t->deadline, "taskings.deadline");
		fuzz_str(t->deadline_text, "taskings.deadline_text");
		fuzz_str(t->quote, "taskings.quote");
		fuzz_str(t->summary, "taskings.summary");
	}
}

#endif

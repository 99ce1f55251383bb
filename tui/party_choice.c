/* party_choice.c - the party prompt of add-tasking (see party_choice.h).
 *
 * Three passes over the TO and INFO lines build the list: the parties that
 * are mine (an addressee, or a post of a collective on the lines), the
 * other addressees that are no collective, then the other posts of each
 * collective (data/collectives.tsv; a post an XMT line excludes is left
 * out).  A collective the table does not know stays one party, as
 * written. */
#include "party_choice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/xalloc.h"
#include "tasking/party.h"
#include "tasking/post_table.h"

enum { PC_SHOWN = 6, PC_SHORT = 64 };

static bool pc_has(const struct party_choice *pc, const char *name)
{
	for (size_t i = 0; i < pc->n; i++)
		if (strcmp(pc->v[i], name) == 0)
			return true;
	return false;
}

static void pc_push(struct party_choice *pc, const char *name)
{
	if (!name || !*name || pc_has(pc, name))
		return;
	if (pc->n == pc->cap) {
		pc->cap = pc->cap ? 2 * pc->cap : 16;
		pc->v = realloc(pc->v, pc->cap * sizeof *pc->v);
		if (!pc->v)
			abort();
	}
	pc->v[pc->n++] = xstrdup(name);
}

/* One pass over a collective's posts. */
struct pc_walk {
	struct party_choice *pc;
	const struct app *a;
	const struct cable *c;
	bool mine;                   /* this pass takes mine, else the others */
};

/* Is name on an XMT line of c (left out of its collectives)? */
static bool pc_excluded(const struct cable *c, const char *name)
{
	const struct addressee *lists[] = { c->to, c->info };
	const size_t counts[] = { c->nto, c->ninfo };
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < counts[l]; i++)
			if (lists[l][i].excluded && lists[l][i].name &&
			    strcmp(lists[l][i].name, name) == 0)
				return true;
	return false;
}

static bool pc_member(const char *post, void *ctx)
{
	struct pc_walk *w = ctx;
	if (app_is_mine(w->a, post) == w->mine && !pc_excluded(w->c, post)) {
		size_t before = w->pc->n;
		pc_push(w->pc, post);
		w->pc->nexpanded += w->pc->n - before;
	}
	return true;
}

static bool pc_stop(const char *post, void *ctx)
{
	(void)post;
	(void)ctx;
	return false;
}

/* Is name a collective of data/collectives.tsv? */
static bool pc_is_collective(const char *name)
{
	return post_collective_members(name, pc_stop, NULL) > 0;
}

/* pass 0: mine (an addressee, or a post of a collective); 1: the other
 * addressees that are no collective; 2: the collectives' other posts. */
static void pc_pass(struct party_choice *pc, const struct app *a,
                    const struct cable *c, int pass)
{
	const struct addressee *lists[] = { c->to, c->info };
	const size_t counts[] = { c->nto, c->ninfo };
	struct pc_walk w = { pc, a, c, pass == 0 };
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < counts[l]; i++) {
			const char *name = lists[l][i].name;
			if (!name || !*name || lists[l][i].excluded)
				continue;
			if (pc_is_collective(name)) {
				if (pass != 1)
					post_collective_members(name, pc_member, &w);
			} else if (pass != 2 && app_is_mine(a, name) == (pass == 0)) {
				pc_push(pc, name);
			}
		}
}

void party_choice_build(struct party_choice *pc, const struct app *a,
                        const struct cable *c)
{
	memset(pc, 0, sizeof *pc);
	for (int pass = 0; pass < 3; pass++) {
		pc_pass(pc, a, c, pass);
		if (pass == 0)
			pc->nmine = pc->n;
	}
	if (pc->n == 0 && a->post && *a->post) {
		pc_push(pc, a->post);
		pc->nmine = 1;
	}
}

void party_choice_free(struct party_choice *pc)
{
	for (size_t i = 0; i < pc->n; i++)
		free(pc->v[i]);
	free(pc->v);
	memset(pc, 0, sizeof *pc);
}

static bool pc_same(const char *a, const char *b, size_t n)
{
	if (strlen(a) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ascii_to_upper(a[i]) != ascii_to_upper(b[i]))
			return false;
	return true;
}

/* What was typed (in[0..len), trimmed): a number of the list, a name of
 * it (short or full, any case), a name that names exactly one of them,
 * else the text as written (upper case). */
static void pc_pick(const struct party_choice *pc, const char *in, size_t len,
                    char *out, size_t size)
{
	size_t k = strspn(in, "0123456789");
	if (k == len && k > 0 && k < 5) {
		size_t i = (size_t)strtoul(in, NULL, 10);
		if (i >= 1 && i <= pc->n) {
			snprintf(out, size, "%s", pc->v[i - 1]);
			return;
		}
	}
	char sp[PC_SHORT], typed[256];
	for (size_t i = 0; i < pc->n; i++) {
		app_short_party(pc->v[i], sp, sizeof sp);
		if (pc_same(sp, in, len) || pc_same(pc->v[i], in, len)) {
			snprintf(out, size, "%s", pc->v[i]);
			return;
		}
	}
	snprintf(typed, sizeof typed, "%.*s", (int)len, in);
	const char *only = NULL;
	for (size_t i = 0; i < pc->n; i++)
		if (party_matches(typed, pc->v[i])) {
			if (only) {
				only = NULL;
				break;
			}
			only = pc->v[i];
		}
	if (only) {
		snprintf(out, size, "%s", only);
		return;
	}
	size_t o = 0;
	for (size_t i = 0; i < len && o + 1 < size; i++)
		out[o++] = ascii_to_upper(in[i]);
	out[o] = 0;
}

/* The list Tab completes from, while the prompt is up (the completer
 * takes no context). */
static const struct party_choice *pc_tab;

/* Tab: the short names of the list that begin with what was typed (any
 * case); their common part replaces it, and the notice lists them. */
static void pc_complete(const char *in, char *out, size_t size, char *notice,
                        size_t nsize)
{
	while (*in == ' ')
		in++;
	size_t len = strlen(in), count = 0, common = 0, nn = 0;
	char first[PC_SHORT] = "", sp[PC_SHORT];
	notice[0] = 0;
	for (size_t i = 0; pc_tab && i < pc_tab->n; i++) {
		app_short_party(pc_tab->v[i], sp, sizeof sp);
		bool starts = strlen(sp) >= len;
		for (size_t j = 0; starts && j < len; j++)
			starts = ascii_to_upper(sp[j]) == ascii_to_upper(in[j]);
		if (!starts)
			continue;
		if (count++ == 0) {
			snprintf(first, sizeof first, "%s", sp);
			common = strlen(first);
		} else {
			size_t k = 0;
			while (k < common && first[k] == sp[k])
				k++;
			common = k;
		}
		if (nn < nsize)
			nn += (size_t)snprintf(notice + nn, nsize - nn, "%s%s",
			                       count > 1 ? "  " : "", sp);
	}
	if (count == 0) {
		snprintf(notice, nsize, "no post of the list begins with '%s'", in);
		snprintf(out, size, "%s", in);
		return;
	}
	if (count == 1)
		notice[0] = 0;
	snprintf(out, size, "%.*s", (int)common, first);
}

int party_choice_read(struct app *a, const struct party_choice *pc, int paragraph,
                      char *out, size_t size)
{
	char label[512], in[256], sp[PC_SHORT];
	size_t o = (size_t)snprintf(label, sizeof label, "add to \xc2\xb6%d for (",
	                            paragraph);
	size_t shown = pc->n > PC_SHOWN ? PC_SHOWN - 2 : PC_SHOWN;
	for (size_t i = 0; i < pc->n && i < shown && o < sizeof label; i++)
		o += (size_t)snprintf(label + o, sizeof label - o, "%s%zu %s",
		                      i ? ", " : "", i + 1,
		                      app_short_party(pc->v[i], sp, sizeof sp));
	if (pc->n > shown && o < sizeof label)
		o += (size_t)snprintf(label + o, sizeof label - o, " \xe2\x80\xa6 of %zu, "
		                      "Tab lists", pc->n);
	if (o < sizeof label)
		snprintf(label + o, sizeof label - o, "%sor a name): ", pc->n ? "; " : "");
	pc_tab = pc;
	int rc = prompt_read_complete(a, label, pc->n ? "1" : "", in, sizeof in,
	                              pc_complete);
	pc_tab = NULL;
	if (rc != PROMPT_OK)
		return rc;
	const char *s = in + strspn(in, " ");
	size_t len = strlen(s);
	while (len && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return PROMPT_CANCEL;
	pc_pick(pc, s, len, out, size);
	return PROMPT_OK;
}

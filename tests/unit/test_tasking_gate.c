/* test_tasking_gate.c - tk_wash_may_ask(), the gate before Washington's
 * patterns (core/tasking/tk_match_gate.c).  A sentence it turns away is
 * never tried as a request, so it must pass every sentence some pattern of
 * tk_match_wash() matches: the requests written here (one or more of each
 * pattern's forms) must pass, and over every Washington cable of samples/
 * and of the corpus, a sentence it turns away must be one at none of whose
 * words tk_match_wash() matches, and whose heading narrows the paragraph's
 * scope as tk_match() then reads it.  A pattern that comes to need a word
 * the gate lacks fails here. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/cable.h"
#include "tasking/tasking.h"
#include "tasking/tk_match_internal.h"

#include "corpus_dir.h"
#include "tasking_cable.h"

/* A context for Washington's cable c, its TO lines the default parties
 * (as tasking_find() has them when no action request narrows them). */
static struct tk_ctx *wash_ctx(struct cable *c)
{
	struct tk_ctx *x = calloc(1, sizeof *x);
	assert_non_null(x);
	x->c = c;
	x->sent.V = tk_vocab();
	x->washington = true;
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && !c->to[i].excluded)
			tk_add(&x->deflt, c->to[i].name);
	return x;
}

/* Where the clause of S starts, as tk_read_sentence() has it. */
static size_t clause_start(struct tk_ctx *x, const struct tk_sentence *S)
{
	size_t cs = tk_clause_start(S);
	if (cs == 0 && S->n > 6)
		cs = tk_heading_end(x, S, NULL);
	return cs;
}

/* Does some pattern match at a word of S (every word: more than
 * tk_match_from() tries)? */
static bool any_match(struct tk_ctx *x, struct tk_para *P, const struct tk_sentence *S,
                      size_t cs, bool strong_only)
{
	struct tk_hit hit;
	for (size_t i = 0; i < S->n; i++)
		if (tk_match_wash(x, P, S, i, cs, strong_only, &hit))
			return true;
	return false;
}

static struct addressee to_posts[] = {
	{ NULL, "AMEMBASSY MADRID", NULL, "1", false },
	{ NULL, "AMEMBASSY ROME", NULL, "2", false },
	{ NULL, "AMEMBASSY BERLIN", NULL, "3", false },
	{ NULL, "AMEMBASSY ATHENS", NULL, "4", false },
	{ NULL, "USMISSION USNATO", NULL, "5", false },
	{ NULL, "SECDEF WASHINGTON DC", NULL, "6", false },
};

/* Washington's requests, by pattern: each must pass the gate and be
 * matched; and prose that asks nothing, which the gate turns away. */
static void test_gate_passes_requests(void **state)
{
	(void)state;
	static const char *const asks[] = {
		/* a party and its modal */
		"Post should deliver the points to the MFA.",
		"Embassy Madrid is requested to approach the Foreign Ministry.",
		"Embassies Rome and Athens are asked to report any response.",
		"Posts may wish to draw on the points below.",
		"Embassy Berlin will need to confirm the date.",
		"Embassy Berlin is to deliver the points.",
		"Posts are also to report the reactions of their hosts.",
		"Posts are tasked with gathering the data.",
		"Reporting officers should include the figures.",
		"Rome and Madrid should report by Friday.",
		"You should emphasize our support.",
		"Embassy Rome shall deliver the demarche.",
		"Posts may want to draw on the points below.",
		"Embassy Madrid is directed to deliver the letter.",
		"Posts are invited to share their views.",
		"Embassy Athens is urged to raise the case.",
		"Embassy Rome is authorized to sign the agreement.",
		"Posts are expected to report the results.",
		"Posts are required to submit the figures.",
		"Posts are reminded to submit their reports.",
		"Embassy Madrid please deliver the points.",
		/* Washington asks */
		"Department requests action addressees report the response.",
		"Washington would appreciate Post's views on the law.",
		"Washington looks to posts to report the reactions.",
		"Washington relies on Embassy Rome to follow the talks.",
		"Washington counts on Embassy Rome to follow the talks.",
		"We instruct Embassy Berlin to deliver the note.",
		"Department instructs posts to report the vote.",
		"Department directs Embassy Rome to close the office.",
		"We direct all posts to review their plans.",
		"Department urges posts to raise the case.",
		"Department encourages posts to engage the press.",
		"Washington wants posts to report any change.",
		"Department wishes Embassy Rome to convey our thanks.",
		"Department recommends that posts consult the guidance.",
		"Department seeks posts' assistance in the matter.",
		"We seek Embassy Berlin's views on the proposal.",
		"Department invites posts to comment on the draft.",
		"We invite posts to comment on the draft.",
		"Department requires posts to submit the forms.",
		"We require posts to submit the forms.",
		"We would like to receive posts' assessments by June 1.",
		"We look forward to receiving posts' reports on the vote.",
		"Department needs the following information from posts.",
		"We still need Embassy Madrid's assessment of the vote.",
		"We are asking posts to raise the case.",
		"The Department is requesting that Embassy Rome confirm the date.",
		"We are instructing Embassy Berlin to deliver the note.",
		"The Department is directing posts to close the offices.",
		/* need words; helpful (with "would") */
		"It is important that posts deliver the message today.",
		"It is essential that posts deliver the message today.",
		"It is imperative that posts deliver the message today.",
		"It is critical that Embassy Madrid report the answer.",
		"It is vital that posts respond at once.",
		"It is necessary that posts submit the forms.",
		"It would be helpful if Embassy Berlin could confirm the venue.",
		/* the weak ones */
		"Request Embassy Madrid approach the MFA.",
		"Please approach the host government at the highest level.",
		"Drawing on the points below, approach the Foreign Ministry.",
		"In addition, seek the views of the government.",
		"Approach host government officials at an appropriate level.",
		"Continue monitoring the situation closely.",
		"A negative report is requested.",
		"Posts' assistance would be appreciated.",
		"Response requested by March 3.",
		/* telegraphese */
		"EMBASSIES MADRID AND BERLIN TO CONVEY THE POINTS.",
		"ACTION REQUESTED: BEFORE THE MAY 17 MEETING, EMBASSY MADRID TO APPROACH.",
		"After the vote, Embassy Madrid to report the result.",
		"Action addressees kindly report the results.",
		"Embassy Madrid's views are particularly sought on the draft.",
	};
	static const char *const prose[] = {
		"The minister met the ambassador on Tuesday in Madrid.",
		"The talks ended without agreement after three days.",
		"This is a matter of some concern to the government.",
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 6, 2011, 3, 1);
	struct tk_ctx *x = wash_ctx(c);
	struct tk_sentence *S = &x->sent;
	for (size_t k = 0; k < sizeof asks / sizeof asks[0]; k++) {
		struct tk_para P;
		memset(&P, 0, sizeof P);
		tk_words(S, asks[k], strlen(asks[k]));
		size_t cs = clause_start(x, S);
		if (!any_match(x, &P, S, cs, false) || !tk_wash_may_ask(S, cs))
			print_error("not passed or not matched: %s\n", asks[k]);
		assert_true(tk_wash_may_ask(S, cs));
		assert_true(any_match(x, &P, S, cs, false));
	}
	for (size_t k = 0; k < sizeof prose / sizeof prose[0]; k++) {
		tk_words(S, prose[k], strlen(prose[k]));
		assert_false(tk_wash_may_ask(S, clause_start(x, S)));
	}
	free(x);
	cable_free(c);
}

/* Are two scopes the same names? */
static bool same_scope(const struct tk_parties *a, const struct tk_parties *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->name[i], b->name[i]) != 0)
			return false;
	return true;
}

/* Every sentence of text that the gate turns away: no pattern matches at
 * any word, and tk_match() leaves the scope as the words tried one by one
 * would (a heading: "Embassy Madrid.", "For Rome:").  Counts them. */
static void check_text(struct tk_ctx *x, const char *text, size_t *turned)
{
	if (!text)
		return;
	struct tk_sentence *S = &x->sent;
	size_t len = strlen(text), b = 0;
	while (b < len) {
		while (b < len && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t'))
			b++;
		if (b >= len)
			break;
		size_t e = tk_sentence_end(text, len, b);
		tk_words(S, text + b, e - b);
		b = e;
		size_t cs = clause_start(x, S);
		if (S->n == 0 || tk_wash_may_ask(S, cs))
			continue;
		(*turned)++;
		struct tk_para one, gated;
		memset(&one, 0, sizeof one);
		memset(&gated, 0, sizeof gated);
		bool strong = any_match(x, &one, S, cs, true);
		memset(&one, 0, sizeof one);
		/* word 0 as tk_match_from() tries it (the others: all of them) */
		struct tk_hit hit;
		const struct tk_word *w0 = &S->w[0];
		bool got = (w0->id != W_NONE || w0->agency || w0->e - w0->s >= 3) &&
		           tk_match_wash(x, &one, S, 0, cs, false, &hit);
		for (size_t i = 1; i < S->n && !got; i++)
			got = tk_match_wash(x, &one, S, i, cs, false, &hit);
		if (got || strong)
			print_error("turned away but asks: %.*s\n", (int)S->len, S->s);
		assert_false(got || strong);
		assert_false(tk_match(x, &gated, S, cs, false, &hit));
		if (!same_scope(&one.scope, &gated.scope))
			print_error("scope differs: %.*s\n", (int)S->len, S->s);
		assert_true(same_scope(&one.scope, &gated.scope));
	}
}

static void check_node(struct tk_ctx *x, const struct node *k, size_t *turned)
{
	check_text(x, k->text, turned);
	for (size_t i = 0; i < k->nchildren; i++)
		check_node(x, &k->children[i], turned);
}

/* The gate over one file, when it is Washington's cable. */
static void check_file(const char *path, size_t *cables, size_t *turned)
{
	struct ct_error err;
	struct cable *c = cable_parse_file(path, &err);
	if (!c)
		return;
	if (party_from_washington(c)) {
		struct tk_ctx *x = wash_ctx(c);
		for (size_t i = 0; i < c->nparas; i++) {
			check_text(x, c->paras[i].text, turned);
			for (size_t k = 0; k < c->paras[i].nchildren; k++)
				check_node(x, &c->paras[i].children[k], turned);
		}
		free(x);
		(*cables)++;
	}
	cable_free(c);
}

static void check_dir(const char *dir, size_t *cables, size_t *turned)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	for (struct dirent *e; (e = readdir(d)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		check_file(path, cables, turned);
	}
	closedir(d);
}

/* Headings that ask nothing but narrow the scope: the gate turns them
 * away, and tk_match() still reads them, at word 0, at a "for" after a
 * label's colon and at a heading's "NOTE FOR". */
static void test_gate_reads_headings(void **state)
{
	(void)state;
	static const char *const headings[] = {
		"Embassy Madrid.", "For Rome:", "Background: for Embassy Rome.",
		"ROME AND MADRID ONLY: the talks ended.",
		("FOR EMBASSIES ROME, MADRID, BERLIN AND ATHENS: the talks ended without "
		 "agreement after three days."),
		"ADDITIONAL NOTE FOR ROME AND MADRID: the talks ended.",
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 6, 2011, 3, 1);
	struct tk_ctx *x = wash_ctx(c);
	for (size_t k = 0; k < sizeof headings / sizeof headings[0]; k++) {
		size_t turned = 0;
		check_text(x, headings[k], &turned);
		assert_int_equal(turned, 1);
		struct tk_para P;
		struct tk_hit hit;
		memset(&P, 0, sizeof P);
		size_t cs = clause_start(x, &x->sent);
		assert_false(tk_match(x, &P, &x->sent, cs, false, &hit));
		if (P.scope.n == 0)
			print_error("no scope: %s\n", headings[k]);
		assert_true(P.scope.n > 0);
	}
	free(x);
	cable_free(c);
}

static void test_gate_turns_away_no_request(void **state)
{
	(void)state;
	size_t cables = 0, turned = 0;
	check_dir("samples", &cables, &turned);
	assert_true(cables > 0);
	if (corpus_present("gate_turns_away_no_request")) {
		char dir[4096];
		snprintf(dir, sizeof dir, "%s/cablegate", corpus_dir());
		check_dir(dir, &cables, &turned);
		snprintf(dir, sizeof dir, "%s/seed", corpus_dir());
		check_dir(dir, &cables, &turned);
	}
	printf("gate: %zu Washington cables, %zu sentences turned away\n", cables, turned);
	assert_true(turned > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gate_passes_requests),
		cmocka_unit_test(test_gate_reads_headings),
		cmocka_unit_test(test_gate_turns_away_no_request),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

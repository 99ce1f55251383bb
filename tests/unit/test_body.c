/* test_body.c - paragraph tree: signs, marks, headings, breaks, items,
 * quotes, comments and signatures (CABLE-FORMAT.md §3, §4 items 28-42).
 * Every literal below is a real line of the cable named beside it (long
 * lines cut short). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/body.h"
#include "parse/breaks.h"
#include "parse/cable.h"
#include "corpus_dir.h"
#include "parse/portion.h"
#include "parse/signature.h"
#include "text/text.h"

/* ---- helpers -------------------------------------------------------------- */

/* Normalises src and parses it as a body from its first line. */
static struct cable *parse(const char *src)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	struct text t;
	struct ct_error err;
	assert_int_equal(text_normalize(&c->arena, src, strlen(src), &t, &err), 0);
	c->form = t.form;
	body_parse(c, &t, 0);
	return c;
}

static const struct paragraph *para(const struct cable *c, int number)
{
	for (size_t i = 0; i < c->nparas; i++)
		if (c->paras[i].number == number)
			return &c->paras[i];
	return NULL;
}

/* "1 2 3" from the paragraph numbers. */
static void numbers(const struct cable *c, char *buf, size_t size)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < c->nparas && o + 8 < size; i++)
		o += (size_t)snprintf(buf + o, size - o, "%s%d", i ? " " : "", c->paras[i].number);
}

static void assert_numbers(const char *src, const char *want)
{
	struct cable *c = parse(src);
	char got[512];
	numbers(c, got, sizeof got);
	assert_string_equal(got, want);
	cable_free(c);
}

static bool contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

/* The paragraph's own text or one of its children's holds needle. */
static bool para_contains(const struct paragraph *p, const char *needle)
{
	if (contains(p->text, needle))
		return true;
	for (size_t i = 0; i < p->nchildren; i++)
		if (contains(p->children[i].text, needle))
			return true;
	return false;
}

/* ---- 28: paragraph signs ----------------------------------------------------- */

static void test_paragraph_signs(void **state)
{
	(void)state;
	/* 01PRETORIA1173 */
	struct cable *c = parse(
		"¶1. (C) SUMMARY: RECENT ACTIONS AND STATEMENTS BY PRESIDENT MBEKI HAVE RAISED CAUTION FLAGS. END SUMMARY.\n"
		"\n"
		"¶2. (C) THE CONTROVERSIAL INVESTIGATION OF SOUTH AFRICA'S 1999 $4 BILLION ARMS PURCHASE AGREEMENT.\n");
	assert_int_equal(c->nparas, 2);
	assert_int_equal(c->paras[0].number, 1);
	assert_string_equal(c->paras[0].classification, "C");
	assert_true(contains(c->paras[0].text, "SUMMARY: RECENT ACTIONS"));
	assert_false(contains(c->paras[0].text, "(C)"));
	assert_int_equal(c->paras[1].line, 3);
	cable_free(c);

	/* 90CAPETOWN97: unmarked paragraphs under a boxed heading. */
	c = parse(
		"¶1.  CONFIDENTIAL - ENTIRE TEXT. \n"
		" \n"
		"-------- \n"
		"SUMMARY \n"
		"-------- \n"
		"¶2.  ATTORNEY ESSA MOOSA WHO SPOKE WITH HIM LAST WEEK, \n"
		"SAYS MANDELA FULLY EXPECTS THAT ON FEBRUARY 2 DE KLERK \n");
	assert_int_equal(c->nparas, 2);
	assert_null(c->paras[1].classification);
	assert_string_equal(c->paras[1].heading, "SUMMARY");
	assert_string_equal(c->paras[1].text,
	                    "ATTORNEY ESSA MOOSA WHO SPOKE WITH HIM LAST WEEK, "
	                    "SAYS MANDELA FULLY EXPECTS THAT ON FEBRUARY 2 DE KLERK");
	cable_free(c);

	/* 89PANAMA8545 */
	c = parse("¶1. SECRET - ENTIRE TEXT. \n\n¶2. (S) SUMMARY: NORIEGA PLANS FOR A NEW YEAR IN POWER.\n");
	assert_non_null(para(c, 1));
	assert_string_equal(para(c, 1)->text, "SECRET - ENTIRE TEXT.");
	cable_free(c);
}

/* ---- 29: portion marks ------------------------------------------------------------ */

static void test_portion_marks(void **state)
{
	(void)state;
	static const struct { const char *in, *out; } ok[] = {
		{ "(U//FOUO) This is an action request", "U//FOUO" },        /* 09STATE15113 */
		{ "(S/Rel to Ukraine) For Embassy Kyiv", "S/REL TO UKRAINE" }, /* 08STATE103511 */
		{ "(C//REL ISAF) The", "C//REL ISAF" },                     /* 10KABUL571 */
		{ "(S//FGI//NF) The", "S//FGI//NF" },                       /* 08STATE116943 */
		{ "(S-NF) The", "S-NF" },                                   /* 08NAIROBI2290 */
		{ "(N/SF) The", "N/SF" },                                   /* 09KABUL1892 */
		{ "(/Rel UK) The", "/REL UK" },                             /* 10KABUL104 */
		{ "(SBU/N) The", "SBU/N" },
		{ "( S //  NF ) spaced", "S // NF" },
		{ "(TS) The", "TS" },
		{ "(s/nf) but mediation", "S/NF" },                        /* lower case */
	};
	char out[PORTION_MAX];
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		size_t n = portion_parse(ok[i].in, strlen(ok[i].in), out);
		assert_true(n > 0);
		assert_int_equal(ok[i].in[n - 1], ')');
		assert_string_equal(out, ok[i].out);
	}
	static const char *const bad[] = {
		"(c) the third item", "(Comment: We expect", "(ref E)", "(SEPTEL)",
		"(Sources say)", "(b) and (d)", "no paren", "(C",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(portion_parse(bad[i], strlen(bad[i]), out), 0);

	struct cable *c = parse(
		"¶4. (S/Rel to Ukraine) For Embassy Kyiv, please approach host-country officials.\n");
	assert_string_equal(c->paras[0].classification, "S/REL TO UKRAINE");
	assert_string_equal(c->paras[0].text, "For Embassy Kyiv, please approach host-country officials.");
	cable_free(c);

	/* after a pilcrow a one-letter mark in small letters is a mark:
	 * "¶1. (c) Summary:" (07STOCKHOLM506, 08ANKARA691); without one
	 * "(c)" stays a sub-item's label */
	assert_int_equal(portion_parse_signed("(c) Summary", 11, out), 3);
	assert_string_equal(out, "C");
	assert_int_equal(portion_parse_signed("(Comment: We", 12, out), 0);
	c = parse("\n¶1. (u) this is an action request. Please see para 2.\n\n"
	          "¶2. (c) Summary: the minister asked for help.\n\n"
	          "¶3. (S) Embassy requests guidance.\n");
	assert_int_equal(c->nparas, 3);
	assert_int_equal(c->paras[0].number, 1);
	assert_string_equal(c->paras[0].classification, "U");
	assert_int_equal(c->paras[1].number, 2);
	assert_string_equal(c->paras[1].classification, "C");
	cable_free(c);

	/* a mark that goes on to the next line, "(S//REL AFGHANISTAN," after
	 * a plain number as after a pilcrow (08STATE79112's form) */
	static const char *const wrapped[] = {
		"\n¶1. (S) Posts should approach host governments.\n\n"
		"¶2.  (S//REL AFGHANISTAN, KYRGYZSTAN,\nUZBEKISTAN):  Posts should encourage\n"
		"host governments to deny overflight.\n\n¶3. (S) Embassy Beijing should act.\n",
		"\n1. (S) Posts should approach host governments.\n\n"
		"2.  (S//REL AFGHANISTAN, KYRGYZSTAN,\nUZBEKISTAN):  Posts should encourage\n"
		"host governments to deny overflight.\n\n3. (S) Embassy Beijing should act.\n",
	};
	for (size_t i = 0; i < 2; i++) {
		c = parse(wrapped[i]);
		assert_int_equal(c->nparas, 3);
		assert_int_equal(c->paras[1].number, 2);
		assert_non_null(strstr(c->paras[1].text, "Posts should encourage"));
		cable_free(c);
	}

	/* a one-letter mark that lost its parenthesis, after a quote left
	 * open: "¶6. (C XXXXXXXXXXXX, too, asserted" (09BEIJING1970) */
	c = parse("\n¶5. (C) He concluded, \"we can expect more \"protests.\"\n\n"
	          "¶6. (C XXXXXXXXXXXX, too, asserted that \"contradictions\" lay\n"
	          "at the heart of the problem.\n\n¶7. (C) He left.\n");
	assert_int_equal(c->nparas, 3);
	assert_int_equal(c->paras[1].number, 6);
	assert_string_equal(c->paras[1].classification, "C");
	assert_true(strncmp(c->paras[1].text, "XXXXXXXXXXXX, too", 17) == 0);
	cable_free(c);

	/* the drafter's number twice in a cable whose paragraphs carry no
	 * mark (79TEHRAN8980); in a marked paragraph's quoted text a second
	 * "¶2." is the text's own item (07MADRID1952) */
	c = parse("\n¶1. (C - ENTIRE TEXT).\n\n¶2. THE FIRST POINT.\n\n"
	          "¶3. THE SECOND POINT.\n\n¶3. FINALLY, A THIRD.\n\n¶4. LESSONS.\n");
	assert_int_equal(c->nparas, 5);
	assert_int_equal(c->paras[3].number, 3);
	assert_string_equal(c->paras[3].text, "FINALLY, A THIRD.");
	cable_free(c);
	c = parse("\n¶1. (SBU) The minister wrote.\n\n¶2. (SBU) The text is as follows:\n\n"
	          "¶1. Release of the documents is requested.\n\n"
	          "¶2. Additionally, there is reason to believe.\n\n¶3. (SBU) Comment.\n");
	assert_int_equal(c->nparas, 3);
	assert_int_equal(c->paras[2].number, 3);
	cable_free(c);

	/* a paragraph whose text is all redacted: "¶7. [DETAILS REMOVED]" */
	c = parse("\n¶6. (S) The minister spoke.\n\n¶7. [DETAILS REMOVED]\n\n"
	          "¶8. (S) He left.\n");
	assert_int_equal(c->nparas, 3);
	assert_int_equal(c->paras[1].number, 7);
	assert_string_equal(c->paras[1].text, "[DETAILS REMOVED]");
	cable_free(c);
}

/* ---- 30: odd signs ------------------------------------------------------------------ */

static void test_odd_signs(void **state)
{
	(void)state;
	/* 05PARIS4760: a doubled dot under an underlined heading. */
	struct cable *c = parse(
		"¶2. (SBU) Hollande spoke.\n"
		"\n"
		"Future of the EU \n"
		"----------------- \n"
		"3.. (SBU) All elections within Europe have an EU dimension, \n"
		"according to Hollande, who added that domestic and EU policy \n");
	assert_non_null(para(c, 3));
	assert_string_equal(para(c, 3)->classification, "SBU");
	assert_string_equal(para(c, 3)->heading, "Future of the EU");
	assert_true(contains(para(c, 3)->text, "dimension, according to Hollande"));
	cable_free(c);

	/* 05SOFIA1207: a redaction glued to the number. */
	c = parse(
		"¶8. (C) Organized crime has a corrupting influence on all Bulgarian institutions.\n"
		"XXXXXXXXXXXX10. (C) Below the level of the national government and the leadership\n");
	assert_non_null(para(c, 10));
	assert_true(contains(para(c, 10)->text, "Below the level"));
	assert_false(contains(para(c, 8)->text, "Below"));
	cable_free(c);
}

/* ---- 31: false signs stay text -------------------------------------------------- */

/* Damaged signs seen on real cables, written here with fictional text: a
 * comma for the period, the number in parentheses, the next sign run into
 * the end of a line (with or without its paragraph sign, its mark before
 * or after the number), a portion mark that runs on to the next line.  Each
 * counts only as the expected next number with a portion mark. */
static void test_damaged_signs(void **state)
{
	(void)state;
	struct cable *c = parse(
		"¶1. (C) The delegation arrived on Monday.\n"
		"\n"
		"2, (SBU) Post will follow up with the ministry.\n"
		"\n"
		"(3) (C) The minister noted the proposal as agreed. 4. (SBU) The\n"
		"deputy raised the budget.\n"
		"\n"
		"¶5.  (S//REL ATLANTIS, LEMURIA,\n"
		"ELDORADO):  Posts should encourage host governments to act.\n"
		"\n"
		"¶6. (C) The envoy said the islands mattered little. ¶7. (S) The\n"
		"admiral described the landing points.\n"
		"\n"
		"8.(SBU) The request went through the MFA. 9.(SBU) The attache\n"
		"briefed the vetting unit.\n");
	assert_int_equal(c->nparas, 9);
	for (int i = 0; i < 9; i++)
		assert_int_equal(c->paras[i].number, i + 1);
	assert_string_equal(c->paras[1].classification, "SBU");
	assert_true(contains(c->paras[2].text, "proposal as agreed."));
	assert_false(contains(c->paras[2].text, "deputy"));
	assert_true(contains(c->paras[3].text, "The deputy raised the budget."));
	assert_true(contains(c->paras[4].text, "Posts should encourage"));
	assert_false(contains(c->paras[5].text, "admiral"));
	assert_true(contains(c->paras[6].text, "The admiral described"));
	assert_true(contains(c->paras[8].text, "The attache briefed"));
	cable_free(c);

	/* The next sign at the very end of a line, its mark on the next line;
	 * a number ending a line that is no sign ("in 2010.") stays text. */
	c = parse(
		"¶1. (C) The delegation arrived on Monday and asked about the\n"
		"\"finance ministry questions\". ¶2.\n"
		"(C) A Treasury official spoke separately.\n"
		"\n"
		"¶3. (U) The talks began in 2010.\n"
		"(The record is attached.)\n");
	assert_int_equal(c->nparas, 3);
	for (int i = 0; i < 3; i++)
		assert_int_equal(c->paras[i].number, i + 1);
	assert_false(contains(c->paras[0].text, "Treasury"));
	assert_true(contains(c->paras[1].text, "A Treasury official"));
	assert_string_equal(c->paras[1].classification, "C");
	cable_free(c);

	/* A sign run in after a redaction, a "]" or a curly quote; a number
	 * with no dot before its mark. */
	c = parse(
		"¶1. (C) The minister spoke of XXXXXXXXXXXX 2. (S//NF) The second\n"
		"reason was money [DETAILS REMOVED] 3. (S) Then he left,\n"
		"saying \u201cnever again.\u201d 4. (U) The end of it.\n"
		"\n"
		"5 (C) The Assembly meets twice a year.\n"
		"\n"
		"(6. (C) Comment: the count is close.\n");
	assert_int_equal(c->nparas, 6);
	for (int i = 0; i < 6; i++)
		assert_int_equal(c->paras[i].number, i + 1);
	assert_string_equal(c->paras[4].classification, "C");
	assert_true(contains(c->paras[5].text, "the count is close"));
	cable_free(c);

	/* after a question mark: "CONTRACTS?  2. (S/NF)" */
	c = parse(
		"¶1. (S) ARE CHINESE FIRMS MEETING LOCAL-CONTENT RULES IN THEIR\n"
		"CONTRACTS?  2. (S/NF) ANALYSTS NOTE THAT THE BANK IS LARGE.\n");
	assert_int_equal(c->nparas, 2);
	assert_int_equal(c->paras[1].number, 2);
	assert_true(contains(c->paras[1].text, "ANALYSTS NOTE"));
	cable_free(c);

	/* The portion mark before the number, "(C) 1. The Embassy": the
	 * expected numbers only, so "(U) 7. " out of turn and "(C) 3.5 per
	 * cent" stay text. */
	c = parse(
		"(C) 1. The Embassy received the report on Monday.\n"
		"\n"
		"(C) 2. The ministry released its findings.\n"
		"(U) 7. Not the next number.\n"
		"\n"
		"(SBU) 3. The claims office paid the families.\n"
		"\n"
		"(C) 3.5 per cent of claims remain open.\n"
		"\n"
		"(C) 4. The guards are retrained by mid-May. (C) 5. The RSO is\n"
		"forming a review unit. (U) 9. Not the next number.\n");
	assert_int_equal(c->nparas, 5);
	for (int i = 0; i < 5; i++)
		assert_int_equal(c->paras[i].number, i + 1);
	/* run into the line before, the mark first */
	assert_true(para_contains(&c->paras[3], "by mid-May."));
	assert_false(para_contains(&c->paras[3], "RSO"));
	assert_true(para_contains(&c->paras[4], "The RSO is forming"));
	assert_true(para_contains(&c->paras[4], "(U) 9. Not the next"));
	assert_string_equal(c->paras[2].classification, "SBU");
	assert_true(para_contains(&c->paras[1], "Not the next number"));
	assert_true(para_contains(&c->paras[2], "3.5 per cent"));
	assert_int_equal(strncmp(c->paras[0].text, "The Embassy received", 20), 0);
	cable_free(c);

	/* Not signs: "1.4 (b)" in a reasons line, a comma number that is not
	 * the next one, a parenthesised item without a mark, a number run into
	 * a line that is not the next. */
	c = parse(
		"¶1. (C) Classified for reasons 1.4 (b) and (d). See item\n"
		"(2) below and the figure of 7, (rounded) in the table.\n"
		"\n"
		"9, (C) Not the next number.\n"
		"\n"
		"¶2. (U) The count was 3. 5. (U) is not next either.\n");
	assert_int_equal(c->nparas, 2);
	assert_int_equal(c->paras[0].number, 1);
	assert_int_equal(c->paras[1].number, 2);
	cable_free(c);
}

static void test_false_signs(void **state)
{
	(void)state;
	/* 04MADRID4367: a year at the start of a wrapped line. */
	struct cable *c = parse(
		"¶5. (C) Another proposal discussed in 2000 was raised\n"
		"by Foreign Minister Pique and Secretary Albright in January\n"
		"¶2001. Another idea was to celebrate the 10-year anniversary\n"
		"of the Transatlantic Agenda between the U.S, and the EU,\n");
	assert_numbers("¶5. (C) Another proposal.\nby Foreign Minister Pique and Secretary Albright in January\n"
	               "¶2001. Another idea was to celebrate the 10-year anniversary\n", "5");
	assert_int_equal(c->nparas, 1);
	assert_true(contains(c->paras[0].text, "in January ¶2001. Another idea was"));
	cable_free(c);

	/* 05PARIS7835: "¶16." in mid-sentence between paragraphs 10 and 11. */
	c = parse(
		"¶10. (SBU) Kabtane went on to point out that he favored an\n"
		"Muslim, Christian, and Jewish communities in Lyon on November\n"
		"¶16. His aim was to convince those present to issue a joint\n"
		"statement condemning the violence and calling for it to end.\n"
		"\n"
		"¶11. (SBU) Kabtane indicated that he\n");
	char got[64];
	numbers(c, got, sizeof got);
	assert_string_equal(got, "10 11");
	assert_true(contains(para(c, 10)->text, "November ¶16. His aim"));
	cable_free(c);

	/* 05BOGOTA7402: initials that WikiLeaks marked with a sign. */
	c = parse(
		"¶1. (C) Participants:\n"
		"\n"
		"U.S. \n"
		"--- \n"
		"\n"
		"¶R. Nicholas Burns, U/S for Political Affairs \n"
		"Ambassador William B. Wood \n");
	assert_int_equal(c->nparas, 1);
	const struct paragraph *p = para(c, 1);
	for (size_t i = 0; i < p->nchildren; i++)
		assert_int_not_equal(p->children[i].kind, NODE_ITEM);
	assert_null(para(c, 0));
	cable_free(c);
}

/* "(C) text" with no number before it and no item B: the portion mark
 * of an unnumbered paragraph, not item C; after (A) and (B), item C. */
static void test_portion_mark_not_item(void **state)
{
	(void)state;
	struct cable *c = parse("(C) Thai police detained a U.S. citizen. Request "
	                        "Department advise by COB Tuesday.\n");
	const struct paragraph *p = para(c, 0);
	assert_non_null(p);
	assert_non_null(strstr(p->text, "Request Department advise"));
	for (size_t i = 0; i < p->nchildren; i++)
		assert_int_not_equal(p->children[i].kind, NODE_ITEM);
	cable_free(c);

	c = parse("1. (C) The options are:\n"
	          "(A) wait.\n"
	          "(B) protest.\n"
	          "(C) withdraw.\n");
	p = para(c, 1);
	assert_int_equal(p->nchildren, 3);
	assert_int_equal(p->children[2].kind, NODE_ITEM);
	assert_string_equal(p->children[2].label, "C");
	cable_free(c);
}

/* A body that is not hard-wrapped (its paragraphs long lines): a line
 * break ends the line before, so an unmarked sign with the expected number
 * after a line with no sentence end is a paragraph; any other number, or
 * the same lines wrapped, stay prose (fictional, in the shape of
 * 09KYIV1942 ¶56). */
static void test_unwrapped_signs(void **state)
{
	(void)state;
	static const char long1[] =
		"¶1. (S) The Minister asked why Atlantis needed new assurances, recalling that the "
		"1994 assurances given by the three islands had not expired with the old treaty.\n";
	static const char long2[] =
		"¶2. (S) The Deputy answered that the islands had no doubts about the commitment of "
		"the United States; the concern was the third island, which had moved its fleet.\n";
	char src[1024];
	snprintf(src, sizeof src, "%s%s%s", long1, long2,
	         "¶3. (U) Participants:\nAtlantis:\nDeputy Minister Jane Roe XXXXXXXXXXXX\n"
	         "¶4. The Ministry cleared this cable.\n");
	assert_numbers(src, "1 2 3 4");
	snprintf(src, sizeof src, "%s%s%s", long1, long2,
	         "¶3. (U) The talks met in Lyon in\n¶2001. Another idea was raised, and\n"
	         "¶1.4 (b) was cited, and on November\n¶16. His aim was plain.\n");
	assert_numbers(src, "1 2 3");
	assert_numbers("¶4. (C) The talks were held in Lyon on November\n"
	               "¶5. His aim was to agree a statement.\n", "4");
}

/* ---- 32: duplicates and gaps kept as written --------------------------------- */

static void test_duplicates(void **state)
{
	(void)state;
	/* 04MADRID4063 */
	assert_numbers(
		"¶5. (C) Earlier.\n\n"
		"¶6. (C) Reviewing relations since the March 14 elections,\n"
		"Manzanares underscored that the US had been very patient and\n\n"
		"¶6. (C) Cuba: Leon said the GOS did not want a wholesale\n"
		"change in the EU policy toward Cuba, but rather to modify it\n\n"
		"¶7. (C) Next.\n",
		"5 6 6 7");
	/* 08MADRID1366: a gap. */
	assert_numbers(
		"¶3. (SBU) Spain is an important friend and ally of the U.S.\n\n"
		"¶11. (SBU) Possible VP Biden Visit - The Spanish press have\n",
		"3 11");
	/* a second run of numbers, signed and unmarked, at the end of a
	 * sentence */
	assert_numbers(
		"¶18. (C) The minister thanked the delegation for its visit.\n"
		"¶19. (C) Ruiz asked about the port. Vega said it was ready.\n"
		"¶16. Vega said that the spraying would go on. Ruiz agreed.\n"
		"¶17. Ruiz believes that the year will go well.\n",
		"18 19 16 17");
	/* in a scrape a sign reads two ways: no restart is read there */
	assert_numbers(
		"[1](#)1. (U) One.\n\n"
		"[1](#)2. (U) Two.\n\n"
		"[1](#)3. (U) The sides agreed on these steps.\n\n"
		"[1](#)2. On Finland, the U.S. will respond to the request.\n",
		"1 2 3");
	/* a text the cable quotes numbers its own items: not a restart */
	assert_numbers(
		"¶3. (U) The note reads as follows.\n"
		"¶4. (U) The ministry sent this text.\n"
		"¶1. Release of the documents is requested.\n"
		"¶2. Additionally, there is reason to act.\n",
		"3 4");
	/* its next item, the number the next paragraph would have, is the
	 * text's too when the drafter marks every paragraph; not a marked
	 * one, nor an unmarked one after a paragraph without items */
	assert_numbers(
		"¶1. (SBU) On October 9, the ministry presented a note.\n\n"
		"¶2. (SBU) The text of the note is as follows:\n\n"
		"¶1. Release of the documents is requested.\n\n"
		"¶2. Additionally, there is reason to act.\n\n"
		"¶3. The agencies of the government will keep them.\n",
		"1 2");
	assert_numbers(
		"¶1. (SBU) On October 9, the ministry presented a note.\n\n"
		"¶2. (SBU) The text of the note is as follows:\n\n"
		"¶1. Release of the documents is requested.\n\n"
		"¶2. Additionally, there is reason to act.\n\n"
		"¶3. (SBU) The agencies of the government will keep them.\n",
		"1 2 3");
	assert_numbers(
		"¶1. (SBU) One.\n\n"
		"¶2. (SBU) Two.\n\n"
		"¶3. Three, its mark left out.\n",
		"1 2 3");
}

/* ---- 33: the scrape: "14." is paragraph 4; quoted lists stay inside ----------- */

static const char seed_excerpt[] =
	"REF: A. USOSCE 219\n"
	"[1](#)B. UNVIE 158\n"
	"\n"
	"[1](#)1. (U) This is an action request for USOSCE and UNVIE, see paras 4 and 7 below.\n"
	"\n"
	"[1](#)2. (SBU) Summary. In efforts to strengthen UNSCR 1540 implementation capacity.\n"
	"\n"
	"[1](#)3. (SBU) Background for Post only. Per refs B and C, resolution 1810 that extended the\n"
	"\n"
	"work of the Committee established pursuant to resolution 1540.\n"
	"\n"
	"OBJECTIVES\n"
	"\n"
	"14. (SBU) Washington requests Post pursue the following objectives. Once the OSCE UNSCR\n"
	"\n"
	"STATE 00104535 002 OF 005\n"
	"\n"
	"1540 Strategy Paper is circulated in Vienna, Washington will forward a copy. End note.)\n"
	"\n"
	"-- Post should circulate in the PC Security Committee the nonpaper in para 5.\n"
	"\n"
	"15. (U) Text of OSCE UNSCR 1540 Strategy to circulate as a food-for-thought. Begin text:\n"
	"\n"
	"OSCE Strategy Paper\n"
	"\n"
	"For 2009 the OSCE participating States have three immediate areas:\n"
	"\n"
	"1. The Committee agreed in paragraph 4 of resolution 1810, to \"encourage all States\n"
	"\n"
	"2. Consistent with paragraph 5 of resolution 1810, which \"urges States\n"
	"\n"
	"3. Consistent with paragraph 2 of resolution 1810, which calls upon States\n"
	"\n"
	"End text.\n"
	"\n"
	"16. (U) Following are talking points to be used as introductory background.\n"
	"\n"
	"-- The Bottom Line moving forward with UNSCR 1540: There are some tough tasks ahead.\n"
	"\n"
	"17. (U) Reporting deadline. Post is requested to respond NLT October 15.\n"
	"\n"
	"POINT OF CONTACT\n"
	"\n"
	"18. (U) Please contact U.S. 1540 Coordinator Tom Wuchte at (202) 736-4275 for any further background.\n"
	"RICE\n";

static void test_scrape_signs(void **state)
{
	(void)state;
	struct cable *c = parse(seed_excerpt);
	char got[64];
	numbers(c, got, sizeof got);
	assert_string_equal(got, "1 2 3 4 5 6 7 8");
	assert_string_equal(c->signature, "RICE");
	/* ¶3 continues across the blank line: the next line starts lower-case. */
	assert_true(contains(para(c, 3)->text, "extended the work of the Committee"));
	/* ¶4: heading, the break rejoined, one bullet. */
	const struct paragraph *p4 = para(c, 4);
	assert_string_equal(p4->heading, "OBJECTIVES");
	assert_true(contains(p4->text, "Once the OSCE UNSCR 1540 Strategy Paper"));
	assert_false(contains(p4->text, "STATE 00104535"));
	assert_int_equal(p4->nchildren, 1);
	assert_int_equal(p4->children[0].kind, NODE_BULLET);
	assert_string_equal(p4->children[0].label, "--");
	/* ¶5: the quote holds the numbered list. */
	const struct paragraph *p5 = para(c, 5);
	assert_true(contains(p5->text, "Begin text:"));
	assert_int_equal(p5->nchildren, 1);
	const struct node *q = &p5->children[0];
	assert_int_equal(q->kind, NODE_QUOTE);
	assert_true(contains(q->text, "OSCE Strategy Paper\nFor 2009"));
	assert_int_equal(q->nchildren, 3);
	assert_string_equal(q->children[2].label, "3");
	assert_int_equal(q->children[0].kind, NODE_ITEM);
	assert_true(contains(q->children[0].text, "The Committee agreed"));
	/* ¶8: the heading, and the signature kept out of the text. */
	assert_string_equal(para(c, 8)->heading, "POINT OF CONTACT");
	assert_false(contains(para(c, 8)->text, "RICE"));
	assert_false(contains(para(c, 7)->text, "POINT OF CONTACT"));
	cable_free(c);

	/* "110." after 9 is 10; "11." after 10 is 11, not 1. */
	assert_numbers("[1](#)8. (U) Eight.\n\n19. (U) Nine.\n\n110. (U) Ten.\n\n11. (U) Eleven.\n",
	               "8 9 10 11");
	/* A duplicate in such a scrape is read without the "1" once two signs
	 * showed the scrape; in a cable written as it is, "12." after a typo
	 * "13." stays 12. */
	assert_numbers("11. (C) One.\n\n12. (C) Two.\n\n13. (C) Three.\n\n12. (C) Two again.\n\n"
	               "14. (C) Four.\n", "1 2 3 2 4");
	assert_numbers("1. (C) One.\n\n2. (C) Two.\n\n13. (C) Three.\n\n12. (C) Twelve.\n",
	               "1 2 3 12");
	/* A gap in a scrape (its links show it, one "1" sign read so far):
	 * "15." after 3 is 5, the drafter having skipped 4; in a cable
	 * without the links, as written. */
	assert_numbers("[1](#)1. (C) One.\n\n12. (C) Two.\n\n[1](#)3. (C) Three.\n\n"
	               "15. (C) Five.\n\n[1](#)6. (C) Six.\n", "1 2 3 5 6");
	assert_numbers("1. (C) One.\n\n12. (C) Two.\n\n3. (C) Three.\n\n"
	               "15. (C) Five.\n\n6. (C) Six.\n", "1 2 3 15 6");
}

/* ---- 34: bullets and sub-items ----------------------------------------------------- */

static void test_sub_items(void **state)
{
	(void)state;
	/* 05MADRID1178 */
	struct cable *c = parse(
		"¶3. (C) Press stories indicate that Spain made a final decision on March 27\n"
		"on the weapons package it would offer Venezuela, which will\n"
		"include:\n"
		"\n"
		"- 4 coastal patrol boats\n"
		"- 4 ocean going corvettes\n"
		"- 2 oil tankers\n");
	const struct paragraph *p = para(c, 3);
	assert_int_equal(p->nchildren, 3);
	assert_string_equal(p->children[0].label, "-");
	assert_string_equal(p->children[0].text, "4 coastal patrol boats");
	assert_string_equal(p->text, "Press stories indicate that Spain made a final decision on March 27 "
	                    "on the weapons package it would offer Venezuela, which will include:");
	cable_free(c);

	/* 05PARIS2333 and 05PARIS5539: "1)" and "E)" inside a sentence are prose. */
	c = parse(
		"¶3. (S) Two reasons for this breadth of USG representation are \n"
		"1) France's own outsized role internationally and within the \n"
		"EU on counter-terrorism issues; and 2) a long-term \n"
		"before leaving for Iraq. The DST told USG interlocutors (ref \n"
		"E) that the suspected ringleader, 23-year old Farid \n");
	p = para(c, 3);
	assert_int_equal(p->nchildren, 0);
	assert_true(contains(p->text, "are 1) France's own"));
	assert_true(contains(p->text, "(ref E) that the suspected"));
	cable_free(c);

	/* Items that start lines after a colon. */
	c = parse(
		"¶4. (C) The Minister asked for three things:\n"
		"a) a meeting in March;\n"
		"(b) a visit by experts;\n"
		"E) a letter.\n");
	p = para(c, 4);
	assert_int_equal(p->nchildren, 3);
	assert_string_equal(p->children[0].label, "a");
	assert_string_equal(p->children[1].label, "b");
	assert_string_equal(p->children[2].label, "E");
	assert_int_equal(p->children[2].kind, NODE_ITEM);
	cable_free(c);

	/* 09STATE15113: bullets run into one long line. */
	c = parse(
		"¶11. (U//FOUO) The following general information should be addressed when nominating "
		"elements for inclusion, removal, or modification:  -- (U//FOUO) Name and physical location "
		"of the asset, system, or supply chain node.  -- (U//FOUO) Post's rationale for including, "
		"modifying, or removing an asset.\n");
	p = para(c, 11);
	assert_true(contains(p->text, "or modification:"));
	assert_false(contains(p->text, "Name and physical"));
	assert_int_equal(p->nchildren, 2);
	assert_int_equal(p->children[1].kind, NODE_BULLET);
	assert_true(contains(p->children[0].text, "(U//FOUO) Name and physical location"));
	assert_true(contains(p->children[1].text, "Post's rationale"));
	cable_free(c);
}

/* Lettered items that WikiLeaks gave a sign, after a colon (fictional, in
 * the shape of 09STATE119085 ¶5): "¶A. - text" is item A. */
static void test_signed_letters(void **state)
{
	(void)state;
	struct cable *c = parse(
		"¶5. (U) This telegram contains the following sections:\n\n"
		"¶A. - Storage of this telegram\n(paragraph 6)\n"
		"¶B. - Preparing for visitors\n(paragraphs 7-9)\n"
		"¶C. -- Travel help for visitors(paragraphs 10-\n11)\n\n"
		"END SUMMARY.\n\n"
		"¶6. (U) Posts should keep this telegram. Analysts would value answers.\n\n"
		"¶A. (U) WHAT ARE THE PLANS?\n");
	const struct paragraph *p = para(c, 5);
	assert_int_equal(p->nchildren, 4);
	static const char *const labels[] = { "A", "B", "C" };
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(p->children[i].kind, NODE_ITEM);
		assert_string_equal(p->children[i].label, labels[i]);
	}
	assert_string_equal(p->children[0].text, "Storage of this telegram (paragraph 6)");
	assert_string_equal(p->children[2].text, "Travel help for visitors(paragraphs 10- 11)");
	assert_string_equal(p->children[3].text, "END SUMMARY.");
	/* Not after a colon: a sub-paragraph kept in the paragraph's prose. */
	assert_int_equal(para(c, 6)->nchildren, 0);
	assert_true(contains(para(c, 6)->text, "¶A. (U) WHAT ARE THE PLANS?"));
	cable_free(c);
}

/* ---- 35: page and section breaks -------------------------------------------------- */

static void test_breaks(void **state)
{
	(void)state;
	assert_true(breaks_is_line("STATE 00104535 002 OF 005", 25));
	assert_true(breaks_is_line("BAKU 00001835  002.2 OF 003", 27));
	assert_true(breaks_is_line("RIO DE JAN 00000329 002 OF 004", 30));
	assert_true(breaks_is_line("PAGE 02 RUEHFRA0170 S E C R E T", 31));
	assert_true(breaks_is_line("PAGE 03        CAPE T  00097  01 OF 03  182017Z", 47));
	assert_false(breaks_is_line("The OSCE has 56 participating States", 36));
	assert_false(breaks_is_line("PAGE 2 of the report was missing", 32));
	const char *glued = "inform the National Defense Council, for its concurrence. BRASILIA 00001315 002 OF 002 ";
	size_t n = breaks_strip_suffix(glued, strlen(glued));
	assert_int_equal(n, strlen("inform the National Defense Council, for its concurrence."));

	/* 06BAKU1835: the break splits a sentence. */
	struct cable *c = parse(
		"¶9.  (C) The FM said Azerbaijan would be a target if the US or Israel\n"
		" \n"
		"BAKU 00001835  002.2 OF 003 \n"
		" \n"
		"increase the pressure on Iran over the nuclear issue. \n"
		"Mammadyarov feels that Azerbaijan is a \"target\" for Iran if \n");
	assert_true(contains(para(c, 9)->text, "the US or Israel increase the pressure on Iran"));
	assert_false(contains(para(c, 9)->text, "\n"));
	cable_free(c);

	/* A sentence that ended before the break starts an inner paragraph. */
	c = parse(
		"¶9. (C) The first part ends here.\n\nSTATE 00104535 003 OF 005\n\nThe second part begins.\n");
	assert_string_equal(para(c, 9)->text, "The first part ends here.\nThe second part begins.");
	cable_free(c);
}

/* ---- 36: headings --------------------------------------------------------------------- */

static void test_headings(void **state)
{
	(void)state;
	/* 04ANKARA7211: title over a dashed line. */
	struct cable *c = parse(
		"¶13. (C) Before.\n"
		" \n"
		"Questions About AKP Leadership and Governance \n"
		"--------------------------------------------- \n"
		" \n"
		"¶14. (C) Several factors will continue to degrade Erdogan's \n");
	assert_string_equal(para(c, 14)->heading, "Questions About AKP Leadership and Governance");
	assert_false(contains(para(c, 13)->text, "Questions"));
	cable_free(c);

	/* 07SANTIAGO983 */
	c = parse("------- Summary ------- \n\n¶1. (C) Hugo Chavez,s effort to expand his influence.\n");
	assert_string_equal(para(c, 1)->heading, "Summary");
	cable_free(c);

	/* 04PARIS8983: a bare ALL-CAPS heading in a cable without numbers. */
	c = parse("OVERVIEW \n\nIn 2004, France made progress in a number of areas that \nmatter to us.\n");
	assert_int_equal(c->nparas, 1);
	assert_int_equal(c->paras[0].number, 0);
	assert_string_equal(c->paras[0].heading, "OVERVIEW");
	assert_string_equal(c->paras[0].text, "In 2004, France made progress in a number of areas that matter to us.");
	cable_free(c);
}

/* Sub-headings inside a paragraph stand over their own group, not the next
 * one (fictional, in the shape of 09STATE120288 ¶11). */
static void test_sub_headings(void **state)
{
	(void)state;
	struct cable *c = parse(
		"¶11. (U) Posts should draw on the following points.\n\n"
		"Key Messages\n------------\n\n"
		"-- We welcome the talks with Atlantis.\n\n"
		"-- We look forward to close consultations.\n\n"
		"Policy Narrative\n----------------\n\n"
		"-- Since January, the Ministry has met twice.\n\n"
		"¶12. (U) We have also compiled questions.\n");
	const struct paragraph *p = para(c, 11);
	static const char *const want[] = { "Key Messages", "We welcome", "We look forward",
	                                    "Policy Narrative", "Since January" };
	assert_int_equal(p->nchildren, 5);
	for (size_t i = 0; i < 5; i++)
		assert_true(contains(p->children[i].text, want[i]));
	assert_int_equal(p->children[3].kind, NODE_TEXT);
	assert_null(para(c, 12)->heading);
	cable_free(c);

	/* The second underlined line of a title may close its parenthesis or
	 * start with a scraped dash: the title heads the paragraph under it. */
	c = parse("¶4. (C) Before.\n\nTHE PARTY (AND ITS\n------------------\n"
	          "MONEY) BEHIND HER\n-----------------\n¶5. (C) After.\n\n"
	          "Minister of Harbours\n--------------------\n) Jane Roe\n----------\n"
	          "¶6. (C) Jane Roe was named.\n");
	assert_string_equal(para(c, 5)->heading, "THE PARTY (AND ITS MONEY) BEHIND HER");
	assert_string_equal(para(c, 6)->heading, "Minister of Harbours ) Jane Roe");
	assert_int_equal(para(c, 4)->nchildren + para(c, 5)->nchildren, 0);
	cable_free(c);
}

/* Boxed and wrapped headings. */
static void test_boxed_headings(void **state)
{
	(void)state;
	/* Boxed headings (fictional, in the shape of 08BAGHDAD357): a title
	 * wrapped over two lines between two like rules, with a number and a
	 * dash, and one with a scraped dash (" ) "), head the paragraph under
	 * them and leave the one before. */
	struct cable *c = parse(
		"¶3. (C) This cable also updates the harbour talks. End Summary. \n \n"
		"--------------------------------------------- --------- \n"
		"Recommendation 2 - Talks with the Ministry on a New \n"
		"Framework for Harbour Pilots \n"
		"--------------------------------------------- --------- \n \n"
		"¶4. (C) STATUS: ONGOING. The Ministry has named its team. \n \n"
		"------------------------------------------ \n"
		"Recommendation 7 ) Radios for the Pilots \n"
		"------------------------------------------ \n \n"
		"¶5. (C) STATUS: COMPLETED. The radios arrived in May. \n");
	assert_string_equal(para(c, 4)->heading,
	                    "Recommendation 2 - Talks with the Ministry on a New Framework for Harbour Pilots");
	assert_string_equal(para(c, 5)->heading, "Recommendation 7 ) Radios for the Pilots");
	assert_false(contains(para(c, 3)->text, "Recommendation"));
	assert_false(contains(para(c, 4)->text, "Recommendation"));
	cable_free(c);

	/* A box around a page break, a box closed by a colon or an ellipsis
	 * (fictional). */
	c = parse(
		"¶8. (C) The talks went on.\n\n"
		"-------------------------------- \n"
		"Ferries: Help from the Islands \n"
		"ATLANTIS 00000123 002 OF 003 \n"
		"-------------------------------- \n"
		"¶9. (C) The islands offered two ferries.\n\n"
		"------------- \nComment: \n------------- \n"
		"¶10. (C) We expect more.\n\n"
		"--------------------------- \nAtlantis Claims Ferries... \n--------------------------- \n"
		"¶11. (C) The Navy says it owns them.\n");
	assert_string_equal(para(c, 9)->heading, "Ferries: Help from the Islands");
	assert_string_equal(para(c, 10)->heading, "Comment:");
	assert_string_equal(para(c, 11)->heading, "Atlantis Claims Ferries...");
	cable_free(c);

	/* Not boxes (fictional): a caption underlined over a list and a title
	 * over a longer rule; a web address boxed under a line that ends with
	 * a semicolon. */
	c = parse(
		"¶3. (U) Participants:\n"
		"Atlantis\n"
		"--------\n"
		"Minister Jane Roe\n"
		"Deputy Minister John Doe, Chief of Staff\n"
		"Outreach to the Islands: Ferries and Ports\n"
		"--------------------------------------------- ---------\n"
		"¶4. (C) The Minister opened the talks.\n\n"
		"*********************************************\n"
		"Visit Embassy Atlantis's Classified Website;\n"
		"http://www.example.sgov.gov/p/atlantis\n"
		"*********************************************\n");
	assert_false(contains(para(c, 4)->heading, "Minister"));
	assert_true(para_contains(para(c, 3), "Minister Jane Roe"));
	assert_true(contains(para(c, 4)->text, "Classified Website;"));
	cable_free(c);

	/* A title wrapped over two underlined lines (fictional, in the shape of
	 * 07PARIS2027). */
	c = parse(
		"¶18. (SBU) He speaks English.\n\n"
		"Minister of Economy, Harbours and\n"
		"---------------------------------\n"
		"Employment -- Jane Roe\n"
		"----------------------\n"
		"¶19. (SBU) Jane Roe has been named to lead the Ministry.\n");
	assert_string_equal(para(c, 19)->heading, "Minister of Economy, Harbours and Employment -- Jane Roe");
	assert_int_equal(para(c, 18)->nchildren, 0);
	cable_free(c);
}

/* ---- 37, 38: comments and quoted blocks ------------------------------------------ */

static void test_comments(void **state)
{
	(void)state;
	/* 04BRASILIA3154: a paragraph that is a comment stays a paragraph. */
	struct cable *c = parse(
		"¶9. (C) Comment: We expect that Brazil will continue to \n"
		"seek the aquisition of high performance jet fighters. End comment.\n");
	assert_true(contains(para(c, 9)->text, "Comment: We expect"));
	assert_int_equal(para(c, 9)->nchildren, 0);
	cable_free(c);

	/* Seed: an inline comment stays in the text. */
	c = parse("¶3. (SBU) Background. (Comment. Resolution 1810 was co-sponsored by Russia. "
	          "End comment.) Washington concurs.\n");
	assert_true(contains(para(c, 3)->text, "(Comment. Resolution 1810"));
	cable_free(c);

	/* A standalone comment block inside a paragraph. */
	c = parse(
		"¶5. (C) The Minister said no.\n"
		"\n"
		"Comment: This is the third refusal.\n"
		"\n"
		"We should wait. End comment.\n"
		"\n"
		"The meeting ended.\n");
	const struct paragraph *p = para(c, 5);
	assert_int_equal(p->nchildren, 2);
	assert_int_equal(p->children[0].kind, NODE_COMMENT);
	assert_string_equal(p->children[0].text, "Comment: This is the third refusal.\nWe should wait. End comment.");
	assert_int_equal(p->children[1].kind, NODE_TEXT);
	cable_free(c);

	/* 04BOGOTA8900: the signature glued after the end of a comment. */
	c = parse("¶9. (C) We will follow up. End Comment and Action Request. DRUCKER\n");
	assert_string_equal(c->signature, "DRUCKER");
	assert_string_equal(para(c, 9)->text, "We will follow up. End Comment and Action Request.");
	cable_free(c);
}

static void test_quotes(void **state)
{
	(void)state;
	/* 09STATE96550 */
	struct cable *c = parse(
		"¶6. (C/REL RUSSIA)  BEGIN TEXT OF TALKING POINTS FOR RUSSIA: \n"
		" \n"
		"- The President's missile defense in Europe decision will \n"
		"publicly be announced at 10:00 a.m. Washington, D.C. time. \n"
		" \n"
		"1. We do not plan to deploy GBIs in Poland.\n"
		" \n"
		"2. We believe that Iran plans to deploy hundreds of missiles.\n"
		" \n"
		"END TEXT OF TALKING POINTS FOR RUSSIA. \n"
		" \n"
		"¶7. (C/REL JAPAN) BEGIN TEXT OF TALKING POINTS FOR JAPAN: \n");
	char got[32];
	numbers(c, got, sizeof got);
	assert_string_equal(got, "6 7");
	const struct paragraph *p = para(c, 6);
	assert_string_equal(p->classification, "C/REL RUSSIA");
	assert_string_equal(p->text, "BEGIN TEXT OF TALKING POINTS FOR RUSSIA:");
	assert_int_equal(p->nchildren, 1);
	const struct node *q = &p->children[0];
	assert_int_equal(q->kind, NODE_QUOTE);
	assert_int_equal(q->nchildren, 3);
	assert_int_equal(q->children[0].kind, NODE_BULLET);
	assert_true(contains(q->children[0].text, "will publicly be announced"));
	assert_string_equal(q->children[2].label, "2");
	cable_free(c);

	/* A cable that marks no paragraph leaves "Begin talking points:",
	 * left open, at the next number (its points are bullets); a quote
	 * that numbers its own items, or a marked cable, stays in it. */
	static const struct { const char *in, *want; } open_quotes[] = {
		{ "\n1. This is an action request.\n\n2. Begin talking points:\n\n"
		  "-- We urge you to act.\n\n3. Washington POC is John Doe.\n", "1 2 3" },
		{ "\n1. This is an action request.\n\n2. Begin talking points:\n\n"
		  "1. We urge you to act.\n\n2. We thank you.\n\n3. We ask more.\n", "1 2" },
		{ "\n1. (C) This is an action request.\n\n2. (C) Begin talking points:\n\n"
		  "-- We urge you to act.\n\n3. Washington POC is John Doe.\n", "1 2" },
	};
	for (size_t i = 0; i < sizeof open_quotes / sizeof open_quotes[0]; i++)
		assert_numbers(open_quotes[i].in, open_quotes[i].want);

	/* an Embassy's informal translation of a foreign paper is quoted
	 * text (its "we" is the other government's) */
	c = parse("\n¶4. (SBU) Begin informal Embassy translation of the paper:\n\n"
	          "We would welcome information on what those talks revealed.\n\n"
	          "End informal translation.\n\n¶5. (SBU) Post requests guidance.\n");
	p = para(c, 4);
	assert_int_equal(p->nchildren, 1);
	assert_int_equal(p->children[0].kind, NODE_QUOTE);
	assert_non_null(para(c, 5));
	cable_free(c);

	/* 08KIGALI796 and 08BERLIN643 */
	c = parse(
		"¶8. (U) Text of GOR press release follows: \n"
		"\n"
		"Begin Text: \n"
		"\n"
		"Kigali November 9, 2008 \n"
		"\n"
		"1. The Government of Rwanda wishes to inform the public.\n"
		"\n"
		"End text of informal Embassy translation.\n"
		"\n"
		"¶9. (SBU) ACTION REQUEST: Post requests Department guidance\n");
	numbers(c, got, sizeof got);
	assert_string_equal(got, "8 9");
	q = &para(c, 8)->children[0];
	assert_int_equal(q->kind, NODE_QUOTE);
	assert_string_equal(q->text, "Kigali November 9, 2008");
	assert_int_equal(q->nchildren, 1);
	cable_free(c);

	/* An unterminated quote ends at the next marked, expected paragraph. */
	c = parse("¶2. (C) Begin text:\n\n1. First point.\n\n2. Second point.\n\n¶3. (C) After.\n");
	numbers(c, got, sizeof got);
	assert_string_equal(got, "2 3");
	cable_free(c);
}

/* ---- 41: signatures ----------------------------------------------------------------- */

static void test_signatures(void **state)
{
	(void)state;
	static const struct { const char *src, *sig; } cases[] = {
		/* 01PRETORIA1173 */
		{ "¶9. (C) WE RECOMMEND INITIATING AN EARLY AND HIGH-LEVEL DIALOGUE.\nLEWIS\n", "LEWIS" },
		/* 04ANKARA348 */
		{ "¶12. (C) As Erdogan rides the twin desires, he looks into Europe. Edelman\n", "Edelman" },
		/* 05SOFIA1207 */
		{ "¶11. (C) There is reason to hope. \n\nPARDEW PARDEW\n", "PARDEW" },
		/* 04CARACAS2200 */
		{ "¶7. (C) LIKELY CONTRIBUTES TO HIS GOVERNMENT'S FAILURE IN EXECUTING\nMANY OF HIS INITIATIVES.\n"
		  "MCFARLAND\n\nNNNN\n2004CARACA02200 - CONFIDENTIAL\n", "MCFARLAND" },
		/* 09STATE4134 */
		{ "¶7. (U) A word version of this document will be posted\nat www.state.sgov.gov/demarche.\nRice\n\n\nNnnn\n", "Rice" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct cable *c = parse(cases[i].src);
		assert_non_null(c->signature);
		assert_string_equal(c->signature, cases[i].sig);
		const struct paragraph *last = &c->paras[c->nparas - 1];
		assert_false(contains(last->text, cases[i].sig));
		cable_free(c);
	}
	/* A wrapped last word is not a signer; "U.S." ends no sentence. */
	struct cable *c = parse("¶3. (C) The GOAJ is worried about USG policy toward\nIRAN\n");
	assert_null(c->signature);
	cable_free(c);
	c = parse("¶3. (C) The agreement was signed by the U.S. Embassy\n");
	assert_null(c->signature);
	cable_free(c);
}

/* ---- 42: verbatim text; no numbers -------------------------------------------------- */

static void test_verbatim(void **state)
{
	(void)state;
	/* 04PARIS8983, 04ANKARA7211 */
	struct cable *c = parse(
		"¶28. (C) They describe the &Chechen network,8 a loose grouping that is reported to \n"
		"operate in Paris.\n\n"
		"¶29. (U) Baghdad minimize considered. \n"
		"EDELMAN\n");
	/* text.c may repair "&...8" into quotes; the body keeps what it gets. */
	assert_true(contains(para(c, 28)->text, "Chechen network"));
	assert_true(contains(para(c, 28)->text, "a loose grouping that is reported to operate in Paris."));
	assert_string_equal(para(c, 29)->text, "Baghdad minimize considered.");
	assert_string_equal(c->signature, "EDELMAN");
	cable_free(c);
}

/* 90CAPETOWN97: teletype copy with dash-marked blank and continuation lines. */
static void test_teletype(void **state)
{
	(void)state;
	struct cable *c = parse(
		"¶7.  MANDELA MADE IT QUITE CLEAR THAT HE FULLY EXPECTS \n"
		"CONFIDENTIAL \n"
		" \n"
		"PAGE 03        CAPE T  00097  01 OF 03  182017Z \n"
		" \n"
		"PRESIDENT FW DE KLERK TO MAKE SEVERAL MAJOR ANNOUNCEMENTS \n"
		"DE KLERK WILL ANNOUNCE: \n"
		" \n"
		"-- THE UNBANNING OF THE ANC, PAC AND OTHER POLITICAL \n"
		"-  ORGANIZATIONS; \n"
		" \n"
		"-- THE END OF THE STATE OF EMERGENCY; \n"
		"- \n"
		"¶8.  THESE ANNOUNCEMENTS WILL NOT NECESSARILY MEAN THAT ALL \n");
	char got[32];
	numbers(c, got, sizeof got);
	assert_string_equal(got, "7 8");
	const struct paragraph *p = para(c, 7);
	assert_true(contains(p->text, "FULLY EXPECTS PRESIDENT FW DE KLERK"));
	assert_false(contains(p->text, "CONFIDENTIAL"));
	assert_int_equal(p->nchildren, 2);
	assert_string_equal(p->children[0].text, "THE UNBANNING OF THE ANC, PAC AND OTHER POLITICAL ORGANIZATIONS;");
	cable_free(c);
}

/* Hostile input: many inline bullets and quote markers on one line must be
 * handled in a loop (no deep recursion) and in linear time. */
static void test_long_lines(void **state)
{
	(void)state;
	static const char *const pieces[] = { "x.  -- (U) Item ", "Begin text: a. End text. " };
	for (size_t k = 0; k < 2; k++) {
		size_t n = 200000, pl = strlen(pieces[k]);
		char *src = malloc(16 + n * pl + 2);
		assert_non_null(src);
		size_t o = (size_t)sprintf(src, "¶1. (C) Intro: ");
		for (size_t i = 0; i < n; i++, o += pl)
			memcpy(src + o, pieces[k], pl);
		src[o++] = '\n';
		src[o] = '\0';
		struct cable *c = parse(src);
		assert_int_equal(c->nparas, 1);
		assert_true(c->paras[0].nchildren >= n);
		cable_free(c);
		free(src);
	}
}

static void test_unnumbered_body(void **state)
{
	(void)state;
	struct cable *c = parse(
		"Embassy Madrid warmly welcomes your visit to Spain.\n"
		"Your meetings are set.\n"
		"\n"
		"-- Monday: the Foreign Minister.\n");
	assert_int_equal(c->nparas, 1);
	assert_int_equal(c->paras[0].number, 0);
	assert_string_equal(c->paras[0].text, "Embassy Madrid warmly welcomes your visit to Spain. Your meetings are set.");
	assert_int_equal(c->paras[0].nchildren, 1);
	cable_free(c);

	/* No lines at all: still one paragraph 0, no crash. */
	c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	struct text empty = { NULL, 0, FORM_EXTRACT };
	body_parse(c, &empty, 0);
	assert_int_equal(c->nparas, 1);
	assert_int_equal(c->paras[0].number, 0);
	cable_free(c);
}

/* ---- corpus ------------------------------------------------------------------------- */

/* The `paragraphs: [1, 2, 3]` list of a label file into "1 2 3". */
static bool label_numbers(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	char line[4096];
	bool found = false;
	buf[0] = '\0';
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "paragraphs:", 11) != 0)
			continue;
		size_t o = 0;
		for (const char *p = line + 11; *p && o + 2 < size; p++) {
			if (*p >= '0' && *p <= '9')
				buf[o++] = *p;
			else if (*p == ',')
				buf[o++] = ' ';
		}
		buf[o] = '\0';
		found = true;
		break;
	}
	fclose(f);
	return found;
}

static int numbered_only(const struct cable *c, char *buf, size_t size)
{
	size_t o = 0;
	int n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < c->nparas && o + 8 < size; i++) {
		if (c->paras[i].number <= 0)
			continue;
		o += (size_t)snprintf(buf + o, size - o, "%s%d", n ? " " : "", c->paras[i].number);
		n++;
	}
	return n;
}

static void test_corpus_labels(void **state)
{
	(void)state;
	if (!corpus_present("test_corpus_labels"))
		skip();
	char dir[2048];
	snprintf(dir, sizeof dir, "%s/labels", corpus_dir());
	DIR *d = opendir(dir);
	assert_non_null(d);
	int total = 0, equal = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		if (n < 6 || strcmp(e->d_name + n - 5, ".yaml") != 0)
			continue;
		char id[256], path[2400], cpath[2400], want[1024], got[1024];
		snprintf(id, sizeof id, "%.*s", (int)(n - 5), e->d_name);
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (!label_numbers(path, want, sizeof want))
			continue;
		snprintf(cpath, sizeof cpath, "%s/cablegate/%s.txt", corpus_dir(), id);
		FILE *probe = fopen(cpath, "r");
		if (probe)
			fclose(probe);
		else
			snprintf(cpath, sizeof cpath, "%s/seed/%s.txt", corpus_dir(), id);
		struct ct_error err;
		struct cable *c = cable_parse_file(cpath, &err);
		total++;
		if (!c) {
			printf("labels: %s: not parsed: %s\n", id, err.msg);
			continue;
		}
		numbered_only(c, got, sizeof got);
		if (strcmp(got, want) == 0)
			equal++;
		else
			printf("labels: %s differs: want [%s] got [%s]\n", id, want, got);
		cable_free(c);
	}
	closedir(d);
	printf("labels: %d/%d paragraph lists equal\n", equal, total);
	assert_true(total >= 17);
	assert_true(equal >= 16);
}

static void test_corpus_all(void **state)
{
	(void)state;
	if (!corpus_present("test_corpus_all"))
		skip();
	char dir[2048];
	snprintf(dir, sizeof dir, "%s/cablegate", corpus_dir());
	DIR *d = opendir(dir);
	assert_non_null(d);
	int total = 0, numbered = 0, signed_ = 0, parsed = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
			continue;
		char path[2400], buf[4096];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct ct_error err;
		struct cable *c = cable_parse_file(path, &err);
		total++;
		if (!c)
			continue;
		parsed++;
		if (numbered_only(c, buf, sizeof buf) > 0)
			numbered++;
		if (c->signature)
			signed_++;
		assert_true(c->nparas >= 1);
		cable_free(c);
	}
	closedir(d);
	printf("corpus: %d cables, %d parsed, %d with >=1 numbered paragraph, %d with a signature\n",
	       total, parsed, numbered, signed_);
	assert_true(total >= 985);
	/* The survey counts 965 cables with "¶N." lines. */
	assert_true(numbered >= 950);
}

/* A dashed heading on one line, and one wrapped onto a second. */
static void test_dashed_headings(void **state)
{
	(void)state;
	struct cable *c = parse("1. (U) Background text.\n"
	                        "\n"
	                        "----- FOR EMBASSY VALLETTA -----\n"
	                        "\n"
	                        "2. (U) Post should deliver the points.\n"
	                        "\n"
	                        "----- FOR EMBASSIES ROME, MADRID AND CONSULATE GENERAL\n"
	                        "NAPLES -----\n"
	                        "\n"
	                        "3. (U) These posts should report.\n");
	assert_int_equal(c->nparas, 3);
	assert_non_null(para(c, 2)->heading);
	assert_string_equal(para(c, 2)->heading, "FOR EMBASSY VALLETTA");
	assert_non_null(para(c, 3)->heading);
	assert_string_equal(para(c, 3)->heading,
	                    "FOR EMBASSIES ROME, MADRID AND CONSULATE GENERAL NAPLES");
	assert_string_equal(para(c, 2)->text, "Post should deliver the points.");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paragraph_signs),
		cmocka_unit_test(test_portion_marks),
		cmocka_unit_test(test_odd_signs),
		cmocka_unit_test(test_false_signs),
		cmocka_unit_test(test_damaged_signs),
		cmocka_unit_test(test_unwrapped_signs),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_scrape_signs),
		cmocka_unit_test(test_sub_items),
		cmocka_unit_test(test_signed_letters),
		cmocka_unit_test(test_breaks),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_boxed_headings),
		cmocka_unit_test(test_sub_headings),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_signatures),
		cmocka_unit_test(test_verbatim),
		cmocka_unit_test(test_teletype),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_unnumbered_body),
		cmocka_unit_test(test_dashed_headings),
		cmocka_unit_test(test_portion_mark_not_item),
		cmocka_unit_test(test_corpus_labels),
		cmocka_unit_test(test_corpus_all),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

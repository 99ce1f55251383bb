/* test_tasking.c - tasking_find() on hand-built cables whose sentences are
 * copied from the corpus (the seed, 08STATE103511, 07ISLAMABAD5288,
 * 09TRIPOLI941, 06BAKU1835). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "cable.h"
#include "tasking.h"

static struct cable *new_cable(const char *from, struct addressee *to, size_t nto,
                               int y, int m, int d)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	c->from = from;
	c->to = to;
	c->nto = nto;
	c->dtg.valid = true;
	c->dtg.year = y;
	c->dtg.month = m;
	c->dtg.day = d;
	return c;
}

static struct paragraph *add_para(struct cable *c, size_t cap, int number,
                                  const char *text)
{
	if (!c->paras)
		c->paras = arena_alloc(&c->arena, cap * sizeof *c->paras);
	struct paragraph *p = &c->paras[c->nparas++];
	p->number = number;
	p->text = text;
	return p;
}

static void add_child(struct cable *c, struct paragraph *p, size_t cap,
                      enum node_kind kind, const char *text)
{
	if (!p->children)
		p->children = arena_alloc(&c->arena, cap * sizeof *p->children);
	struct node *n = &p->children[p->nchildren++];
	n->kind = kind;
	n->text = text;
}

static const struct tasking *find(const struct cable *c, int para)
{
	for (size_t i = 0; i < c->ntaskings; i++)
		if (c->taskings[i].paragraph == para)
			return &c->taskings[i];
	return NULL;
}

static bool has_party(const struct tasking *t, const char *name)
{
	for (size_t i = 0; i < t->nparties; i++)
		if (strcmp(t->parties[i], name) == 0)
			return true;
	return false;
}

static struct addressee to_seed[] = {
	{ "RUEHVEN", "USMISSION USOSCE", "PRIORITY", "4080", false },
	{ "RUEHUNV", "USMISSION UNVIE VIENNA", "PRIORITY", "3886", false },
	{ "RUCNDT", "USMISSION USUN NEW YORK", "PRIORITY", "3290", false },
};

static void test_seed(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_seed, 3, 2008, 9, 30);
	add_para(c, 8, 1, "This is an action request for USOSCE and UNVIE, see paras 4 "
	         "and 7 below.");
	add_para(c, 8, 2, "Summary. In efforts to strengthen UNSCR 1540 implementation "
	         "capacity, USOSCE and UNVIE have raised understanding among OSCE, IAEA, "
	         "and UNODC about existing U.S. programs. End summary.");
	struct paragraph *p4 = add_para(c, 8, 4, "Washington requests Post pursue the "
	         "following objectives to ensure that REFTEL views from USOSCE and UNVIE "
	         "are integrated into both the Permanent Council (PC) and the Forum for "
	         "Security Cooperation (FSC) decisions for the OSCE Ministerial Council "
	         "meeting in December.");
	add_child(c, p4, 2, NODE_BULLET, "Post should circulate in the PC Security "
	          "Committee the nonpaper in para 5 (OSCE UNSCR 1540 Strategy Paper) as "
	          "the framework for the OSCE.");
	struct paragraph *p5 = add_para(c, 8, 5, "Text of OSCE UNSCR 1540 Strategy to "
	         "circulate as a food-for-thought at the next opportunity in the "
	         "Permanent Council Security Committee. Begin text:");
	add_child(c, p5, 1, NODE_QUOTE, "To promote implementation, the OSCE should "
	          "consider shifting to a broader Vienna-based cross-dimensional strategy.");
	add_para(c, 8, 7, "Reporting deadline. Post is requested to respond NLT October 15 "
	         "-- to include its views on whether the OSCE UNSCR 1540 Strategy paper "
	         "can be used as the basis for a Ministerial Decision.");
	tasking_find(c);

	const struct tasking *t4 = find(c, 4), *t7 = find(c, 7);
	assert_non_null(t4);
	assert_non_null(t7);
	assert_int_equal(t4->nparties, 2);
	assert_true(has_party(t4, "USMISSION USOSCE"));
	assert_true(has_party(t4, "USMISSION UNVIE VIENNA"));
	assert_false(has_party(t7, "USMISSION USUN NEW YORK"));
	assert_int_equal(t7->nparties, 2);
	assert_null(t4->deadline);
	assert_string_equal(t7->deadline, "2008-10-15");
	assert_string_equal(t7->deadline_text, "NLT October 15");
	assert_string_equal(t7->quote, "Post is requested to respond NLT October 15");
	assert_non_null(t7->summary);
	assert_true(strncmp(t7->summary, "Respond", 7) == 0);
	assert_string_equal(t4->quote, "Washington requests Post pursue the following "
	                    "objectives");
	/* the pointer, the summary and the quoted strategy are not taskings */
	assert_null(find(c, 1));
	assert_null(find(c, 2));
	assert_null(find(c, 5));
	/* each paragraph's tasked list */
	assert_int_equal(c->paras[2].ntasked, 2);
	assert_int_equal(c->paras[0].ntasked, 0);
	cable_free(c);
}

static struct addressee to_faina[] = {
	{ "ZEN", "AMEMBASSY BELMOPAN", "NIACT IMMEDIATE", "2276-2279", false },
	{ "RUEHKV", "AMEMBASSY KYIV", "NIACT IMMEDIATE", "7881-7884", false },
	{ "ZEN", "AMEMBASSY MOSCOW", "NIACT IMMEDIATE", "4778-4781", false },
	{ "ZEN", "AMEMBASSY NAIROBI", "NIACT IMMEDIATE", "9314-9317", false },
	{ "ZEN", "AMEMBASSY RIGA", "NIACT IMMEDIATE", "0612-0615", false },
};

static void test_faina(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_faina, 5, 2008, 9, 27);
	add_para(c, 8, 3, "This is an action request. Please see paragraphs 4-7.");
	add_para(c, 8, 4, "For Embassy Kyiv, please approach host-country "
	         "officials to "
	         "pursue the objectives set out below. In discussing these points, "
	         "please emphasize that at this stage we are only gathering information.");
	add_para(c, 8, 5, "For Embassies Moscow and Riga, please approach host-country "
	         "officials to pursue the following objectives:");
	add_para(c, 8, 6, "For Embassy Belize, please approach host-country officials to "
	         "pursue the following objectives:");
	add_para(c, 8, 8, "The Belize-flagged roll on-roll off cargo ship FAINA was "
	         "hijacked on September 25 while en route to Mombasa, Kenya.");
	add_para(c, 8, 10, "The Department is deeply concerned that the armaments may fall "
	         "into al-Shabaab's hands if off-loaded from the vessel in Somalia.");
	add_para(c, 8, 12, "The Department greatly appreciates posts' continued support and "
	         "assistance. Department requests action addressees report results Of "
	         "efforts via front-channel cable by "
	         "September 29 to AF/RSA Jun Bando.");
	tasking_find(c);

	const struct tasking *t;
	assert_non_null(t = find(c, 4));
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "AMEMBASSY KYIV");
	assert_non_null(t = find(c, 5));
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY MOSCOW"));
	assert_true(has_party(t, "AMEMBASSY RIGA"));
	assert_non_null(t = find(c, 6));
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "AMEMBASSY BELMOPAN");
	assert_non_null(t = find(c, 12));
	assert_int_equal(t->nparties, 5);
	assert_string_equal(t->deadline, "2008-09-29");
	/* background is not a tasking; the pointer's range has no paragraph 7 here */
	assert_null(find(c, 8));
	assert_null(find(c, 10));
	assert_null(find(c, 7));
	cable_free(c);
}

static struct addressee to_islamabad[] = {
	{ "RHMFISS", "CDR USCENTCOM MACDILL AFB FL", "PRIORITY", NULL, false },
	{ "RUMICEA", "USCENTCOM INTEL CEN MACDILL AFB FL", "PRIORITY", NULL, false },
	{ "RUEKJCS", "SECDEF WASHINGTON DC", "PRIORITY", NULL, false },
	{ "RUEHC", "SECSTATE WASHDC", "PRIORITY", "3851", false },
};

static void test_post_to_washington(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY ISLAMABAD", to_islamabad, 4, 2007, 12, 15);
	add_para(c, 6, 3, "Post has worked extensively with the GoP to increase GoP "
	         "transparency and accountability. In the meantime, DOD or CENTCOM should "
	         "undertake an audit or program review of CSF. END SUMMARY.");
	add_para(c, 6, 5, "Ambassador, the Office of Defense Representative and DOD "
	         "officials have repeatedly raised CSF disbursement and other problems with "
	         "the Prime Minister, Ministry of Finance and key military officials.");
	add_para(c, 6, 10, "We understand DOD has determined Options 2, 3 and 4 would require "
	         "asking Congress to amend the authorizing legislation.");
	add_para(c, 6, 12, "Action Request: Post would appreciate a front-channel response "
	         "to the options proposed in para 8 and the proposal for an audit/review.");
	tasking_find(c);

	const struct tasking *t;
	assert_non_null(t = find(c, 3));
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "SECDEF WASHINGTON DC"));
	assert_true(has_party(t, "CDR USCENTCOM MACDILL AFB FL"));
	assert_non_null(t = find(c, 12));
	assert_int_equal(t->nparties, 4);
	assert_non_null(t->summary);
	assert_string_equal(t->summary, "Provide a front-channel response to the options "
	                    "proposed in para 8 and the");
	assert_null(find(c, 5));
	assert_null(find(c, 10));
	cable_free(c);
}

static struct addressee to_state[] = {
	{ "RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "5510", false },
};

static void test_pointer_slip_and_speech(void **state)
{
	(void)state;
	/* 09TRIPOLI941: the pointer says 13, the request is in 14 */
	struct cable *c = new_cable("AMEMBASSY TRIPOLI", to_state, 1, 2009, 11, 30);
	add_para(c, 4, 1, "This is an action request; see para 13.");
	add_para(c, 4, 13, "Saif acknowledged that he was disconnected for a long time from "
	         "the bilateral relationship. He urged the Ambassador to contact his office "
	         "directly in times of crisis.");
	add_para(c, 4, 14, "If Saif is to be believed, it appears we might have a way "
	         "forward. If the Department is willing, we would urge a phone call from the "
	         "Secretary to Musa Kusa with a message for Colonel Qadhafi.");
	add_para(c, 4, 15, "\"Please tell Washington that this must change,\" he said.");
	tasking_find(c);
	assert_null(find(c, 13));
	assert_null(find(c, 1));
	assert_null(find(c, 15));
	const struct tasking *t = find(c, 14);
	assert_non_null(t);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "SECSTATE WASHDC");
	assert_null(t->deadline);
	cable_free(c);
}

static void test_passive_guidance(void **state)
{
	(void)state;
	/* 06BAKU1835 para 8, and a reported event date that is no deadline */
	struct cable *c = new_cable("AMEMBASSY BAKU", to_state, 1, 2006, 12, 20);
	add_para(c, 2, 7, "Mammadyarov said the next elections must occur no later than "
	         "May 2010.");
	add_para(c, 2, 8, "This will impact our ability to work with the GOAJ on a range of "
	         "issues; we need to address their concern. The Department's guidance on "
	         "how to respond to Aliyev's concerns is requested.");
	tasking_find(c);
	assert_null(find(c, 7));
	const struct tasking *t = find(c, 8);
	assert_non_null(t);
	assert_string_equal(t->parties[0], "SECSTATE WASHDC");
	assert_null(t->deadline);
	assert_non_null(t->summary);
	assert_true(strncmp(t->summary, "Provide Department's guidance", 29) == 0);
	cable_free(c);
}

static void test_no_paragraphs(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_seed, 3, 2008, 9, 30);
	tasking_find(c);
	assert_int_equal(c->ntaskings, 0);
	/* an unnumbered body is paragraph 0 */
	add_para(c, 1, 0, "Please deliver the points below as soon as possible.");
	tasking_find(c);
	assert_int_equal(c->ntaskings, 1);
	assert_int_equal(c->taskings[0].paragraph, 0);
	assert_null(c->taskings[0].deadline);
	assert_string_equal(c->taskings[0].deadline_text, "as soon as possible");
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_faina),
		cmocka_unit_test(test_post_to_washington),
		cmocka_unit_test(test_pointer_slip_and_speech),
		cmocka_unit_test(test_passive_guidance),
		cmocka_unit_test(test_no_paragraphs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

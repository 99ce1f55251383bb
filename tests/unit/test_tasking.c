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

#include "parse/cable.h"
#include "tasking/tasking.h"
#include "tasking/tk_internal.h"
#include "tasking/agency.h"

#include "tasking_cable.h"

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
	/* with the deadline cut, the line runs on to what the answer holds */
	assert_non_null(strstr(t7->summary, "views"));
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
	/* the clause ends within a few words: the line is not cut at "and the" */
	assert_string_equal(t->summary, "Provide a front-channel response to the options "
	                    "proposed in para 8 and the proposal for an audit/review");
	assert_null(find(c, 5));
	assert_null(find(c, 10));
	cable_free(c);
}

static struct addressee to_state[] = {
	{ "RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "5510", false },
};

/* A pointer to a paragraph that speaks to the info addressees does not
 * make it ask the TO posts. */
static void test_pointer_to_others(void **state)
{
	(void)state;
	static struct addressee to_two[] = {
		{ NULL, "AMEMBASSY ROME", NULL, "11", false },
		{ NULL, "AMEMBASSY MADRID", NULL, "12", false },
	};
	static struct addressee info_one[] = {
		{ NULL, "AMEMBASSY LISBON", NULL, NULL, false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_two, 2, 2008, 10, 15);
	c->info = info_one;
	c->ninfo = 1;
	add_para(c, 3, 1, "This is an action request. Please see paragraphs 2 and 3.");
	add_para(c, 3, 2, "The vote on the resolution is expected next week.");
	add_para(c, 3, 3, "Info addressees may draw on the points if the resolution "
	         "is raised by host governments.");
	tasking_find(c);
	assert_int_equal(got(c, 2)->nparties, 2);
	const struct tasking *t = find(c, 3);
	for (size_t k = 0; t && k < t->nparties; k++)
		assert_string_not_equal(t->parties[k], "AMEMBASSY ROME");
	cable_free(c);
}

static void test_pointer_slip_and_speech(void **state)
{
	(void)state;
	/* 09TRIPOLI941: the pointer says 13, the request is in 14 */
	struct cable *c = new_cable("AMEMBASSY TRIPOLI", to_state, 1, 2009, 11, 30);
	add_para(c, 5, 1, "This is an action request; see para 13.");
	add_para(c, 5, 13, "Saif acknowledged that he was disconnected for a long time from "
	         "the bilateral relationship. He urged the Ambassador to contact his office "
	         "directly in times of crisis.");
	add_para(c, 5, 14, "If Saif is to be believed, it appears we might have a way "
	         "forward. If the Department is willing, we would urge a phone call from the "
	         "Secretary to Musa Kusa with a message for Colonel Qadhafi.");
	add_para(c, 5, 15, "\"Please tell Washington that this must change,\" he said.");
	/* the closing mark after the full stop ends the quoted sentence */
	add_para(c, 5, 16, "\"We have suffered losses and we need your help. Please tell "
	         "Washington that this is urgent.\" The minister then left.");
	tasking_find(c);
	assert_null(find(c, 16));
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


/* Parties on no addressee line are written in capitals as the cable names
 * them (09STATE127892 was repeated to Warsaw only; 08STATE134490 to
 * Yerevan, here sent elsewhere). */
static struct addressee to_warsaw[] = {
	{ NULL, "AMEMBASSY WARSAW", "IMMEDIATE", "0000", false },
};

static void test_unlisted_parties(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_warsaw, 1, 2009, 12, 15);
	add_para(c, 6, 2, "Expanding EAGLE GUARDIAN could be a first step in favor of "
	         "regional planning.  USNATO should engage NATO Secretary General "
	         "Rasmussen to begin to build support for expanding Eagle Guardian.");
	add_para(c, 6, 3, "USNATO and Action Embassies are asked to engage with appropriate "
	         "Baltic and Polish officials before December 16 to outline the U.S. "
	         "position, while stressing the need to keep details related to NATO's "
	         "military plans confidential.");
	add_para(c, 6, 4, "Embassy Yerevan should seek to convey the seriousness with which "
	         "the United States views this issue.");
	add_para(c, 6, 5, "The Secretary General should task SACEUR to brief the Military "
	         "Committee on each of NATO's contingency plans.");
	tasking_find(c);

	const struct tasking *t;
	assert_non_null(t = find(c, 2));
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "USNATO");
	assert_string_equal(t->summary, "Engage NATO Secretary General Rasmussen to begin "
	                    "to build support for expanding Eagle Guardian");
	/* "USNATO and Action Embassies": the named one and the default set */
	assert_non_null(t = find(c, 3));
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "USNATO"));
	assert_true(has_party(t, "AMEMBASSY WARSAW"));
	assert_string_equal(t->deadline, "2009-12-16");
	assert_non_null(t = find(c, 4));
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "EMBASSY YEREVAN");
	/* a person is no post */
	assert_null(find(c, 5));
	cable_free(c);
}

/* A post's recommendation reads as what Washington is to do. */
static struct addressee to_secdef_state[] = {
	{ "RUEKJCS", "SECDEF WASHDC", "IMMEDIATE", NULL, false },
	{ "RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "1234", false },
};

static void test_recommendation_summaries(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY STOCKHOLM", to_secdef_state, 2, 2008, 4, 10);
	/* 08STOCKHOLM494: a US subject is left out */
	add_para(c, 8, 1, "Embassy Stockholm recommends we postpone a response to the "
	         "Swedish request for release of AESA radar for Swedish Gripens until "
	         "after Norway's selection of its next fighter jet.");
	/* 08LONDON1412: a gerund is something to consider */
	add_para(c, 8, 2, "We recommend proceeding with the more detailed submission for "
	         "all flights but including a cover letter.");
	/* 09BANGKOK1998 */
	add_para(c, 8, 3, "We suggest that Washington strongly consider the following "
	         "actions:");
	add_para(c, 8, 4, "Therefore, we would encourage the RTG to issue a public "
	         "statement expressing disappointment in the judge's decision.");
	/* 09BRASILIA1383: advice to US agencies is a request */
	add_para(c, 8, 6, "Mission encourages USG agencies, including DOD, DHS, FCC, TDA "
	         "and others, to explore these opportunities in the near-term.");
	/* 06BAKU1835: "Department's guidance" is a noun, not a subject */
	add_para(c, 8, 5, "Post requests Department's guidance on how to respond to "
	         "Aliyev's concerns.");
	tasking_find(c);

	const struct tasking *t;
	assert_non_null(t = find(c, 1));
	assert_string_equal(t->summary, "Postpone a response to the Swedish request for "
	                    "release of AESA radar");
	assert_non_null(t = find(c, 2));
	assert_string_equal(t->summary, "Consider proceeding with the more detailed "
	                    "submission for all flights but including a cover letter");
	assert_non_null(t = find(c, 3));
	assert_string_equal(t->summary, "Consider the following actions");
	/* the post's own advice to the host government asks Washington nothing */
	assert_null(find(c, 4));
	assert_non_null(t = find(c, 5));
	assert_string_equal(t->summary, "Provide guidance on how to respond "
	                    "to Aliyev's concerns");
	assert_non_null(t = find(c, 6));
	assert_string_equal(t->summary, "Encourage USG agencies, including DOD, DHS, FCC, "
	                    "TDA and others, to explore these opportunities in the "
	                    "near-term");
	cable_free(c);
}

/* Every checklist line starts with a capital and ends on a whole word that
 * is no article or preposition. */
static void test_summary_ends(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_seed, 3, 2008, 9, 30);
	/* 08STATE134777 */
	add_para(c, 4, 3, "Post is requested to pursue the following objectives with the "
	         "Government of the Islamic Republic of Afghanistan regarding the "
	         "transfer of its surplus stocks of ammunition to third countries.");
	tasking_find(c);
	const struct tasking *t = find(c, 3);
	assert_non_null(t);
	assert_non_null(t->summary);
	assert_true(t->summary[0] == 'P');
	size_t n = strlen(t->summary);
	const char *last = strrchr(t->summary, ' ');
	assert_non_null(last);
	static const char *const bad[] = { " the", " of", " to", " for", " and", " a" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(strcmp(last, bad[i]) == 0);
	assert_true(n > 20);
	cable_free(c);
}

/* Reporting requests (09STATE74787, to Mexico), contact lines (08STATE134777),
 * a pointer with "see" before its subject (09BAGHDAD759) and a PRT's request. */
static struct addressee to_mexico[] = {
	{ NULL, "AMEMBASSY MEXICO", NULL, "2799", false },
};

static void test_reporting_requests(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mexico, 1, 2009, 7, 17);
	add_para(c, 8, 1, "AS TIME AND RESOURCES ALLOW AND DURING THE COURSE OF NORMAL "
	         "DUTIES, WASHINGTON ANALYSTS WOULD APPRECIATE POST,S INSIGHT INTO THE "
	         "FOLLOWING QUESTIONS ON THE EVOLVING DYNAMICS OF CALDERON'S SECURITY AND "
	         "ECONOMIC TEAMS.");
	add_para(c, 8, 2, "PLEASE CITE C-AL9-01454 IN THE SUBJECT LINE OF REPORTING IN "
	         "RESPONSE TO THE ABOVE QUESTIONS.");
	add_para(c, 8, 3, "For more information, please contact Katherine Baker in "
	         "PM/WRA.");
	add_para(c, 8, 4, "Please direct any questions to Katherine Baker.");
	add_para(c, 8, 5, "Embassies should note that bullet #1 is for Beijing only.");
	/* a point of contact put as a post's ask is none */
	add_para(c, 8, 6, "Post should contact Katherine Baker with any questions. "
	         "Request that Embassy Mexico direct any questions to PM/WRA.");
	/* information and a pointer, put as asks */
	add_para(c, 8, 7, "Embassy Mexico is requested to note that the meeting moved. "
	         "Post should see paragraph 3. Post is requested to refer to reftel.");
	tasking_find(c);
	assert_null(find(c, 6));
	assert_null(find(c, 7));
	assert_non_null(find(c, 1));
	assert_non_null(find(c, 2));
	assert_string_equal(find(c, 2)->parties[0], "AMEMBASSY MEXICO");
	assert_null(find(c, 3));
	assert_null(find(c, 4));
	assert_null(find(c, 5));
	cable_free(c);
}

static struct addressee to_state_only[] = {
	{ "RUEHC", "SECSTATE WASHDC", "PRIORITY", "2293", false },
};

static void test_prt_pointer(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY BAGHDAD", to_state_only, 1, 2009, 3, 20);
	add_para(c, 4, 0, "This is a PRT Salah Ad Din (SAD) reporting cable. See action "
	         "request for Department and Embassy Baghdad, para 11.");
	add_para(c, 4, 2, "On March 14, the PRT and CF met with four men who identified "
	         "themselves as senior Ba'ath Party officials.");
	add_para(c, 4, 11, "COMMENT AND ACTION REQUEST: PRT requests Embassy and Department "
	         "assistance in verifying the bona fides of the delegation.");
	tasking_find(c);
	const struct tasking *t = find(c, 11);
	assert_non_null(t);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	assert_null(find(c, 2));
	cable_free(c);
}

/* In Washington's cables "post" means the posts among the TO addressees, not
 * the agencies in Washington also on the TO line (09STATE119085). */
static struct addressee to_posts_and_agencies[] = {
	{ NULL, "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE", NULL, NULL, false },
	{ NULL, "AMEMBASSY TRIPOLI", NULL, NULL, false },
	{ NULL, "CIA WASHINGTON DC", NULL, NULL, false },
	{ NULL, "SECDEF WASHINGTON DC", NULL, NULL, false },
	{ NULL, "FBI WASHINGTON DC", NULL, NULL, false },
};

static void test_posts_not_agencies(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts_and_agencies, 5,
	                            2009, 11, 17);
	add_para(c, 2, 4, "If additional guidance is required in an emergency walk-in "
	         "situation, however, post should contact the Department's Operations "
	         "Center (202-647-1512), which will alert the appropriate Department "
	         "personnel.");
	tasking_find(c);
	const struct tasking *t = find(c, 4);
	assert_non_null(t);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE"));
	assert_true(has_party(t, "AMEMBASSY TRIPOLI"));
	assert_false(has_party(t, "CIA WASHINGTON DC"));
	cable_free(c);
}

/* A post names itself as the requester ("USAID BRIDGETOWN REQUESTS COUNTRY
 * CLEARANCE", 06BRIDGETOWN2164) and may task other posts; after "requests
 * that", the checklist line starts at what the parties are to do. */
static struct addressee to_port_of_spain[] = {
	{ "RUEHSP", "AMEMBASSY PORT OF SPAIN", "IMMEDIATE", "9517", false },
};
static struct addressee to_managua_panama[] = {
	{ NULL, "AMEMBASSY MANAGUA", NULL, NULL, false },
	{ NULL, "AMEMBASSY PANAMA", NULL, NULL, false },
};

static void test_post_names_itself(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY BRIDGETOWN", to_port_of_spain, 1,
	                            2006, 12, 1);
	add_para(c, 2, 1, "USAID BRIDGETOWN REQUESTS COUNTRY CLEARANCE FOR MR. "
	         "MANSFIELD TO TRAVEL TO PORT OF SPAIN.");
	tasking_find(c);
	const struct tasking *t = find(c, 1);
	assert_non_null(t);
	assert_true(has_party(t, "AMEMBASSY PORT OF SPAIN"));
	cable_free(c);

	c = new_cable("AMEMBASSY SAN JOSE", to_managua_panama, 2, 2010, 3, 2);
	add_para(c, 2, 5, "Action request. San Jose requests that Embassies Managua "
	         "and Panama ask host government counterparts whether they would "
	         "share landing totals by coastal zone, and report their answers by "
	         "March 12, 2010.");
	tasking_find(c);
	t = find(c, 5);
	assert_non_null(t);
	assert_true(has_party(t, "AMEMBASSY MANAGUA"));
	assert_true(has_party(t, "AMEMBASSY PANAMA"));
	assert_non_null(t->deadline);
	assert_string_equal(t->deadline, "2010-03-12");
	assert_non_null(t->summary);
	assert_true(strncmp(t->summary, "Ask host government", 19) == 0);
	cable_free(c);
}

/* The deadline is cut out of the checklist line with the comma that
 * closed it (10USNATO52 ¶8). */
static struct addressee to_state_usnato[] = {
	{ "RUEHC", "SECSTATE WASHDC", "PRIORITY", "3915", false },
};

static void test_summary_without_deadline(void **state)
{
	(void)state;
	struct cable *c = new_cable("USMISSION USNATO", to_state_usnato, 1, 2010, 2, 4);
	add_para(c, 2, 8, "RFG: We request Washington guidance NLT Monday, February 8, "
	         "on how to respond to the German demarche.");
	tasking_find(c);
	const struct tasking *t = find(c, 8);
	assert_non_null(t);
	assert_string_equal(t->deadline, "2010-02-08");
	assert_string_equal(t->summary, "Provide guidance on how to respond "
	                    "to the German demarche");
	cable_free(c);
}

/* What Washington wants of other governments is not asked of the posts;
 * the sentence that asks the posts is (samples/09STATE12345.txt ¶2). */
static struct addressee to_valletta_reykjavik[] = {
	{ NULL, "AMEMBASSY VALLETTA", "IMMEDIATE", NULL, false },
	{ NULL, "AMEMBASSY REYKJAVIK", "IMMEDIATE", NULL, false },
};

static struct addressee to_rel[] = {
	{ NULL, "AMEMBASSY VALLETTA", NULL, "31", false },
	{ NULL, "AMEMBASSY REYKJAVIK", NULL, "32", false },
	{ NULL, "AMEMBASSY OSLO", NULL, "33", false },
};

/* Fictional posts and sentences, written here, for the request forms seen
 * on cables nobody tuned for. */
static struct addressee to_mixed[] = {
	{ NULL, "AMEMBASSY VALLETTA", NULL, "11", false },
	{ NULL, "AMEMBASSY REYKJAVIK", NULL, "12", false },
	{ NULL, "USMISSION USOSCE", NULL, "13", false },
	{ NULL, "AMCONSUL HAMILTON", NULL, "14", false },
};

static void test_staff_and_kinds(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 8, 1, "State reporting officers are encouraged to report on noteworthy "
	         "visitors as information becomes available.");
	add_para(c, 8, 2, "Each post's Emergency Action Committee (EAC) should meet upon "
	         "receipt of this message.");
	add_para(c, 8, 3, "Mission is requested to report the outcome of the session.");
	add_para(c, 8, 4, "Embassy should share the text with the foreign ministry.");
	add_para(c, 8, 5, "Consular officers escorted the traveller to the airport.");
	add_para(c, 8, 6, "Host government officers should not be told.");
	add_para(c, 8, 7, "ACTION REQUEST FOR VALLETTA AND REYKJAVIK: Posts should raise the "
	         "points below with host governments.");
	add_para(c, 8, 8, "Analysts and senior policymakers would greatly appreciate any "
	         "information on the following questions.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_int_equal(got(c, 2)->nparties, 4);
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "USMISSION USOSCE"));
	assert_int_equal(got(c, 4)->nparties, 2);
	assert_true(has_party(got(c, 4), "AMEMBASSY VALLETTA"));
	assert_null(find(c, 5));
	assert_null(find(c, 6));
	assert_int_equal(got(c, 7)->nparties, 2);
	assert_false(has_party(got(c, 7), "USMISSION USOSCE"));
	assert_int_equal(got(c, 8)->nparties, 4);
	cable_free(c);
}

static struct addressee to_state_agencies[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "21", false },
	{ NULL, "DEPT OF TREASURY WASHINGTON DC", NULL, "22", false },
};
static struct addressee info_agencies[] = {
	{ NULL, "CIA WASHINGTON DC", NULL, "23", false },
	{ NULL, "AMEMBASSY ROME", NULL, "24", false },
};

static void test_polite_requests_from_a_post(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state_agencies, 2, 2011, 3, 1);
	c->info = info_agencies;
	c->ninfo = 2;
	add_para(c, 6, 1, "We would be grateful for the Department's views on the draft.");
	add_para(c, 6, 2, "We would welcome comments from other agencies on the plan.");
	add_para(c, 6, 3, "We need you to make clear to them that the offer stands.");
	add_para(c, 6, 4, "Embassy invites interested agencies to send questions before "
	         "the visit.");
	add_para(c, 6, 5, "We propose the U.S. consider a second round of talks.");
	add_para(c, 6, 6, "We would be grateful to our hosts for the dinner, he said.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_true(has_party(got(c, 2), "CIA WASHINGTON DC"));
	assert_false(has_party(got(c, 2), "AMEMBASSY ROME"));
	assert_non_null(got(c, 3));
	assert_non_null(got(c, 4));
	assert_string_equal(got(c, 4)->summary, "Send questions before the visit");
	assert_non_null(got(c, 5));
	cable_free(c);

	/* "It is requested that" + the party asked and its verb */
	c = new_cable("AMEMBASSY VALLETTA", to_state_agencies, 2, 2011, 3, 1);
	c->info = info_agencies;
	c->ninfo = 2;
	add_para(c, 11, 1, "It is requested that the Department provide guidance on the "
	         "visa question.");
	add_para(c, 6, 2, "It is also requested that Embassy Rome confirm the date.");
	add_para(c, 6, 3, "It is requested that the government release the prisoners.");
	add_para(c, 6, 4, "Comments are also requested by March 9.");
	add_para(c, 6, 5, "Post needs Department approval before March 20.");
	add_para(c, 6, 6, "We would appreciate Embassy Rome's help in contacting the "
	         "family.");
	add_para(c, 6, 7, "Request that the Department confirm the date of the visit.");
	add_para(c, 6, 8, "Embassy Rome is asked to share any readout of those contacts.");
	add_para(c, 6, 9, "The minister asked that Embassy Rome share the readout.");
	add_para(c, 6, 10, "We would ask Embassy Rome -- which hosts the session -- to "
	         "share whatever it learns.");
	add_para(c, 6, 11, "We strongly recommend against approving the request.");
	tasking_find(c);
	assert_int_equal(got(c, 10)->nparties, 1);
	assert_string_equal(got(c, 10)->parties[0], "AMEMBASSY ROME");
	assert_string_equal(got(c, 10)->summary, "Share whatever it learns");
	assert_string_equal(got(c, 11)->summary, "Decide against approving the request");
	assert_string_equal(got(c, 8)->parties[0], "AMEMBASSY ROME");
	assert_string_equal(got(c, 8)->summary, "Share any readout of those contacts");
	assert_null(find(c, 9));
	assert_string_equal(got(c, 7)->summary, "Confirm the date of the visit");
	assert_string_equal(got(c, 6)->summary, "Provide help in contacting the family");
	assert_true(has_party(got(c, 6), "AMEMBASSY ROME"));
	assert_string_equal(got(c, 5)->summary, "Provide approval");
	assert_string_equal(got(c, 5)->deadline, "2011-03-20");
	assert_string_equal(got(c, 1)->summary, "Provide guidance on the visa question");
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_string_equal(got(c, 2)->summary, "Confirm the date");
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_string_equal(got(c, 2)->parties[0], "AMEMBASSY ROME");
	assert_null(find(c, 3));
	assert_string_equal(got(c, 4)->deadline, "2011-03-09");
	cable_free(c);

	c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 11, 1, "It is requested that Embassy Oslo deliver the letter.");
	add_para(c, 8, 2, "It is also requested that posts report any reaction.");
	add_para(c, 8, 3, "It is the Department's wish that Embassy Oslo draw on the points "
	         "in para 5.");
	add_para(c, 8, 4, "It is the Department's view that the proposal is premature.");
	add_para(c, 8, 5, "It would be helpful if Embassy Reykjavik were to raise the matter.");
	add_para(c, 8, 6, "It would be helpful if each of the addressee posts could confirm "
	         "the date.");
	add_para(c, 8, 7, "Embassy Oslo should find out whether the minister will attend.");
	add_para(c, 8, 8, "Embassy Oslo should also find the priorities helpful.");
	add_para(c, 8, 9, "We count on posts to make this case forcefully.");
	add_para(c, 8, 10, "We rely on Embassy Oslo to keep the ministry informed.");
	add_para(c, 8, 11, "Embassy Oslo should seek, at the most senior level the Embassy "
	         "judges appropriate, the government's support for the resolution on "
	         "fisheries data in the northern region.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_string_equal(got(c, 1)->parties[0], "AMEMBASSY OSLO");
	assert_string_equal(got(c, 1)->summary, "Deliver the letter");
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_string_equal(got(c, 2)->summary, "Report any reaction");
	assert_string_equal(got(c, 3)->parties[0], "AMEMBASSY OSLO");
	assert_string_equal(got(c, 3)->summary, "Draw on the points in para 5");
	assert_null(find(c, 4));
	assert_string_equal(got(c, 5)->parties[0], "AMEMBASSY REYKJAVIK");
	assert_string_equal(got(c, 5)->summary, "Raise the matter");
	assert_int_equal(got(c, 6)->nparties, 3);
	assert_string_equal(got(c, 7)->summary, "Find out whether the minister will attend");
	assert_null(find(c, 8));
	assert_int_equal(got(c, 9)->nparties, 3);
	assert_string_equal(got(c, 9)->summary, "Make this case forcefully");
	assert_string_equal(got(c, 10)->parties[0], "AMEMBASSY OSLO");
	assert_true(strncmp(got(c, 11)->summary, "Seek the government's support", 29) == 0);
	cable_free(c);
}


/* A paragraph released to some countries speaks to the posts in them;
 * under a heading, only it does, not the paragraphs after it. */
static void test_rel_scope(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	struct paragraph *p = add_para(c, 4, 1, "Posts should raise the points below.");
	p->classification = "S//REL MALTA, ICELAND";
	add_para(c, 4, 2, "Posts should report the replies.");
	p = add_para(c, 4, 3, "Posts should seek the ministry's support.");
	p->classification = "S//REL MALTA, ICELAND";
	p->heading = "Objectives";
	add_para(c, 4, 4, "Posts should report the replies.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_false(has_party(got(c, 1), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_int_equal(got(c, 3)->nparties, 2);
	assert_int_equal(got(c, 4)->nparties, 3);
	cable_free(c);
}

/* Someone else's decision, reported, asks nothing of the posts; the
 * Department's own does. */
static void test_reported_decisions(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 3, 1, "The committee decided the U.S. Consulate General should "
	         "release a warden message to citizens.");
	add_para(c, 3, 2, "The Department has decided that posts should release the "
	         "message at once.");
	add_para(c, 3, 3, "The minister said Embassy Valletta should expect a reply.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_null(find(c, 3));
	cable_free(c);
}

static struct addressee to_state_rome[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "41", false },
};

/* A post's second verb: "post supports ... and recommends". */
static void test_coordinated_request(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	add_para(c, 2, 1, "Post supports the envoy's efforts before the session, and "
	         "recommends the following points be made in the U.S. statement.");
	add_para(c, 2, 2, "We will meet the minister and ask that they confirm the date.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_null(find(c, 2));
	cable_free(c);
}

/* More ways to ask (fictional sentences). */
static void test_more_request_forms(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 4, 1, "Posts will want to stress the points below.");
	add_para(c, 4, 2, "Request that Embassy Oslo approach the ministry.");
	add_para(c, 4, 3, "It is important that posts deliver the demarche this week.");
	add_para(c, 4, 4, "It is important that posts are aware of the change.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 3);
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 3)->nparties, 3);
	assert_null(find(c, 4));
	cable_free(c);

	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	add_para(c, 2, 1, "It would be useful for Washington to share the draft with us.");
	add_para(c, 2, 2, "It would be useful for the minister to visit.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_null(find(c, 2));
	cable_free(c);
}

static struct addressee info_treasury_fbi[] = {
	{ NULL, "DEPT OF TREASURY WASHINGTON DC", NULL, "51", false },
	{ NULL, "FBI WASHINGTON DC", NULL, "52", false },
	{ NULL, "NSC WASHINGTON DC", NULL, "53", false },
};

/* Requests the finder once read wrong (fictional sentences): whom "you",
 * "we need you to", a possessive post, a second clause, an agency only on
 * the INFO lines, Washington agencies as a group. */
static void test_whom_the_words_name(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 8, 1, "You should emphasize that the offer stands.");
	add_para(c, 8, 2, "We need you to make clear to them that the offer stands.");
	add_para(c, 8, 3, "The Department would appreciate Embassy Oslo's views on the "
	         "proposal.");
	add_para(c, 8, 4, "Washington would be grateful for Embassy Valletta's "
	         "assessment of the vote.");
	add_para(c, 8, 5, "Embassy Oslo should seek a meeting, and Embassy Reykjavik "
	         "should report any reaction.");
	add_para(c, 8, 6, "Department wishes posts to convey its thanks.");
	add_para(c, 8, 7, "Ambassadors should make this point in their next meetings.");
	add_para(c, 8, 8, "Thank you for your help with the visit.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 3);
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 4)->nparties, 1);
	assert_true(has_party(got(c, 4), "AMEMBASSY VALLETTA"));
	assert_int_equal(got(c, 5)->nparties, 2);
	assert_false(has_party(got(c, 5), "AMEMBASSY VALLETTA"));
	assert_string_equal(got(c, 5)->summary, "Seek a meeting");
	assert_int_equal(got(c, 6)->nparties, 3);
	assert_int_equal(got(c, 7)->nparties, 3);
	assert_null(find(c, 8));
	cable_free(c);

	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	c->info = info_treasury_fbi;
	c->ninfo = 3;
	add_para(c, 6, 1, "Post requests that FBI recall the report.");
	add_para(c, 6, 2, "Washington agencies are requested to clear the text.");
	add_para(c, 6, 3, "Action request: Department please advise whether the "
	         "offer stands.");
	add_para(c, 6, 4, "The Maltese Attorney General must still draft the bill.");
	add_para(c, 6, 5, "Mission encourages USG agencies, including FBI, to send "
	         "trainers.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "FBI WASHINGTON DC"));
	assert_int_equal(got(c, 2)->nparties, 4);
	assert_true(has_party(got(c, 3), "SECSTATE WASHDC"));
	assert_null(find(c, 4));
	assert_int_equal(got(c, 5)->nparties, 4);
	cable_free(c);
}

/* The prefilter that skips a post's sentences before they are cut into
 * words: its two-letter table agrees with its stems, and it lets through
 * every sentence a pattern could match. */
static void test_prefilter(void **state)
{
	(void)state;
	size_t n = 0;
	for (const char *m; (m = tk_stem(n)) != NULL; n++) {
		assert_true(tk_stem_pair(m[0], m[1]));
		assert_true(tk_stem_pair((char)(m[0] - 32), m[1]));   /* any case */
		if (n > 0)
			assert_true(strcmp(tk_stem(n - 1), m) < 0);   /* sorted */
	}
	assert_true(n > 20);
	for (char a = 'a'; a <= 'z'; a++)
		for (char b = 'a'; b <= 'z'; b++) {
			bool some = false;
			for (size_t i = 0; i < n; i++)
				some |= tk_stem(i)[0] == a && tk_stem(i)[1] == b;
			assert_int_equal(tk_stem_pair(a, b), some);
		}
	const struct tk_vocab *V = tk_vocab();
	static const char *const pass[] = {
		"Post requests Department guidance.", "POST WOULD APPRECIATE VIEWS.",
		"We urge Washington to act.", "Please advise.", "See para 5.",
		"Begin text:", "DOD should undertake an audit.",
		"It would be useful for Washington to share it.",
		"Our recommendation is that Washington approve it.",
		"ACTION REQUEST IN PARA 4.", "You will want to thank him.",
	};
	for (size_t i = 0; i < sizeof pass / sizeof pass[0]; i++)
		assert_true(tk_may_ask(V, pass[i], strlen(pass[i])));
	static const char *const skip[] = {
		"The minister met the ambassador on Tuesday.", "",
		"Turnout was 54 percent.", "xx",
		/* a stem that must end the word ("see$", "direct$", "like$",
		 * "action$"), and "would" alone */
		"The director would likely seem directly involved in actions.",
	};
	for (size_t i = 0; i < sizeof skip / sizeof skip[0]; i++)
		assert_false(tk_may_ask(V, skip[i], strlen(skip[i])));
}

/* Bullets under "Text of the minister's remarks:" or "Suggested talking
 * points for the meeting:" are that text and ask nothing; "post's
 * procedures must be clear" says how a thing is to be, not what to do;
 * "Our recommendation is based on the following three points:" is no
 * text, and its bullets still ask; "He drew on the following points:" in
 * a post's cable introduces what was said to someone else. */
static void test_texts_and_descriptions(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	struct paragraph *p = add_para(c, 6, 1, "Text of the Prime Minister's remarks:");
	add_child(c, p, 1, NODE_BULLET, "May I ask you, Excellency, to convey my "
	          "greetings to the President.");
	p = add_para(c, 5, 2, "Suggested talking points for the meeting:");
	add_child(c, p, 1, NODE_BULLET, "We encourage you to sign the agreement.");
	p = add_para(c, 5, 3, "Our recommendation is based on the following three points:");
	add_child(c, p, 1, NODE_BULLET, "We recommend that Washington postpone the "
	          "decision until December.");
	p = add_para(c, 5, 4, "He also provided additional information on the case:");
	add_child(c, p, 1, NODE_BULLET, "We therefore urge you to conduct further inquiries.");
	p = add_para(c, 5, 5, "As stated in reftel, Post has received written assurances:");
	add_child(c, p, 2, NODE_BULLET, "three detainees, by name;");
	add_child(c, p, 2, NODE_TEXT, "We recommend that the interagency consider approving "
	          "the transfer now.");
	/* the points someone drew on in a meeting: said to the minister */
	p = add_para(c, 6, 6, "He drew on the following points:");
	add_child(c, p, 1, NODE_BULLET, "We ask that the Ministry of Health take part "
	          "in the meeting.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_null(find(c, 2));
	assert_true(has_party(got(c, 3), "SECSTATE WASHDC"));
	assert_null(find(c, 4));
	assert_true(has_party(got(c, 5), "SECSTATE WASHDC"));
	assert_null(find(c, 6));
	cable_free(c);

	c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 2, 1, "Thus, post's procedures must be clear and workable at any hour.");
	add_para(c, 2, 2, "Each post's working group should meet upon receipt.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_int_equal(got(c, 2)->nparties, 3);
	cable_free(c);
}

/* Paragraph shapes of Washington's cables (fictional): a scope before a
 * colon ("FOR OSLO:", "Reykjavik:"), an imperative after "In addition,",
 * and a request that ends at its colon, whose items are the asks. */
static void test_scoped_and_listed(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 9, 1, "FOR OSLO: Embassy should also brief the Foreign Ministry.");
	add_para(c, 9, 2, "FOR VALLETTA AND REYKJAVIK ONLY: In addition, seek the views "
	         "of the Interior Ministry.");
	add_para(c, 9, 3, "Reykjavik: Please deliver the nonpaper.");
	struct paragraph *p = add_para(c, 9, 4, "Embassies are requested to:");
	add_child(c, p, 2, NODE_ITEM, "Deliver the demarche to the Foreign Ministry;");
	add_child(c, p, 2, NODE_ITEM, "Report the response by septel.");
	p = add_para(c, 9, 5, "Department requests that posts:");
	add_child(c, p, 2, NODE_BULLET, "approach the Foreign Ministry; and");
	add_child(c, p, 2, NODE_BULLET, "report any reaction by March 30.");
	p = add_para(c, 9, 6, "OBJECTIVES:");
	add_child(c, p, 2, NODE_BULLET, "Urge host governments to vote for the resolution.");
	add_child(c, p, 2, NODE_BULLET, "Seek assurances that they will not abstain.");
	p = add_para(c, 9, 7, "Embassies should:");
	add_child(c, p, 2, NODE_BULLET, "approach host governments at the highest level;");
	add_child(c, p, 2, NODE_BULLET, "report results by March 18.");
	p = add_para(c, 9, 8, "Points to be delivered to the Foreign Ministry:");
	add_child(c, p, 1, NODE_BULLET, "We urge you to support the resolution.");
	add_para(c, 9, 9, "Posts may also wish to share the paper with like-minded missions.");
	tasking_find(c);
	assert_string_equal(got(c, 6)->summary, "Urge host governments to vote for the resolution");
	assert_string_equal(got(c, 7)->deadline, "2011-03-18");
	assert_null(find(c, 8));
	assert_int_equal(got(c, 9)->nparties, 3);
	/* a date in the asks dates the request */
	assert_string_equal(got(c, 5)->deadline, "2011-03-30");
	assert_null(got(c, 4)->deadline);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_false(has_party(got(c, 2), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "AMEMBASSY REYKJAVIK"));
	assert_int_equal(got(c, 4)->nparties, 3);
	assert_string_equal(got(c, 4)->summary,
	                    "Deliver the demarche to the Foreign Ministry; Report the response by septel");
	assert_non_null(got(c, 5)->summary);
	assert_string_equal(got(c, 5)->summary,
	                    "Approach the Foreign Ministry; Report any reaction by March 30");
	cable_free(c);
}

/* More of a post's ways to ask Washington (fictional sentences). */
static void test_post_asks_more(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	add_para(c, 14, 1, "Post would like to request the Department's approval of the visit.");
	add_para(c, 14, 2, "Embassy needs the Department's decision by March 30.");
	add_para(c, 14, 3, "It is important that Washington engage the minister before the vote.");
	add_para(c, 14, 4, "Request EUR/CE clear the text.");
	add_para(c, 14, 5, "Embassy asks for Washington's help in obtaining the visas.");
	add_para(c, 14, 6, "Post would like to begin the program in May.");
	add_para(c, 14, 7, "It is important that Washington is aware of the vote.");
	add_para(c, 14, 8, "The minister needs more time.");
	add_para(c, 14, 9, "The Ambassador suggests that the minister's thinking is "
	         "that Washington will wait.");
	add_para(c, 14, 10, "We suggest that Washington consider a visit.");
	add_para(c, 14, 11, "Request Embassy Berlin approach the Interior Ministry.");
	add_para(c, 14, 12, "Post requests that Embassy Oslo share its assessment.");
	/* a scare quote is no quotation; a quotation of four words or more is */
	add_para(c, 14, 13, "I would recommend that you ask him to appoint a \"czar\" for "
	         "the border areas.");
	add_para(c, 14, 14, "\"We urge Washington to lift the sanctions now,\" the minister "
	         "told us.");
	tasking_find(c);
	assert_non_null(got(c, 13));
	assert_null(find(c, 14));
	assert_int_equal(got(c, 11)->nparties, 1);
	assert_true(has_party(got(c, 11), "EMBASSY BERLIN"));
	assert_int_equal(got(c, 12)->nparties, 1);
	assert_true(has_party(got(c, 12), "EMBASSY OSLO"));
	assert_null(find(c, 9));
	assert_true(has_party(got(c, 10), "SECSTATE WASHDC"));
	for (int n = 1; n <= 5; n++)
		assert_true(has_party(got(c, n), "SECSTATE WASHDC"));
	assert_string_equal(got(c, 3)->summary, "Engage the minister before the vote");
	assert_string_equal(got(c, 4)->summary, "Clear the text");
	assert_string_equal(got(c, 2)->deadline, "2011-03-30");
	assert_null(find(c, 6));
	assert_null(find(c, 7));
	assert_null(find(c, 8));
	cable_free(c);
}

/* data/agencies.tsv is read whole, and the first word of each phrase is a
 * word of the vocabulary (else party_agency() is tried at every word). */
static void test_agency_table(void **state)
{
	(void)state;
	size_t n;
	const struct agency *a = agency_table(&n);
	assert_true(n >= 30);
	bool dod = false, treasury = false, nsc = false;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(a[i].words, "DOD") == 0)
			dod = a[i].us_only && strcmp(a[i].key, "SECDEF") == 0;
		if (strcmp(a[i].words, "TREASURY") == 0)
			treasury = !a[i].us_only;
		if (strcmp(a[i].words, "NSC") == 0)
			nsc = strcmp(a[i].key2, "NATIONAL SECURITY COUNCIL") == 0;
	}
	assert_true(dod && treasury && nsc);
	assert_false(tk_vocab()->agency_all);
}

/* More of Washington's ways to ask (fictional sentences). */
static void test_wash_asks_more(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 12, 1, "Department seeks posts' assistance in identifying candidates.");
	add_para(c, 12, 2, "Department invites posts to submit nominations.");
	add_para(c, 12, 3, "Washington looks to posts to report any reaction.");
	add_para(c, 12, 4, "Department counts on Embassy Oslo to deliver the message.");
	add_para(c, 12, 5, "Department requires posts to certify compliance.");
	add_para(c, 12, 6, "Posts are reminded to submit their reports.");
	add_para(c, 12, 7, "Responses are requested by March 12.");
	add_para(c, 12, 8, "The change was requested by the minister.");
	add_para(c, 12, 9, "Washington looks to the summit with hope.");
	add_para(c, 12, 10, "Oslo and Valletta should report by March 10.");
	add_para(c, 12, 11, "Malta should remain open to the proposal.");
	tasking_find(c);
	assert_int_equal(got(c, 10)->nparties, 2);
	assert_false(has_party(got(c, 10), "AMEMBASSY REYKJAVIK"));
	assert_null(find(c, 11));
	for (int n = 1; n <= 7; n++)
		assert_non_null(got(c, n));
	assert_string_equal(got(c, 1)->summary, "Provide assistance in identifying candidates");
	assert_int_equal(got(c, 4)->nparties, 1);
	assert_true(has_party(got(c, 4), "AMEMBASSY OSLO"));
	assert_string_equal(got(c, 7)->deadline, "2011-03-12");
	assert_null(find(c, 8));
	assert_null(find(c, 9));
	cable_free(c);
}

static struct addressee to_useu[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "61", false },
	{ NULL, "AMEMBASSY VALLETTA", NULL, "62", false },
	{ NULL, "AMEMBASSY OSLO", NULL, "63", false },
};

/* A post's cable sent to other posts (USEU to capitals) asks them as
 * Washington's would; "Embassy should" alone is the writer itself. */
static void test_post_to_posts(void **state)
{
	(void)state;
	struct cable *c = new_cable("USEU BRUSSELS", to_useu, 3, 2011, 3, 1);
	add_para(c, 5, 1, "Posts are requested to deliver the points below by March 10.");
	add_para(c, 5, 2, "Embassy Oslo should also raise the issue with the ministry.");
	add_para(c, 5, 3, "Embassy should continue to press the Commission.");
	add_para(c, 5, 4, "Post requests Department guidance on the vote.");
	tasking_find(c);
	cable_free(c);
	/* the same checks, then named posts in any post's cable */
	c = new_cable("USEU BRUSSELS", to_useu, 3, 2011, 3, 1);
	add_para(c, 9, 1, "Posts are requested to deliver the points below by March 10.");
	add_para(c, 9, 2, "Embassy Oslo should also raise the issue with the ministry.");
	add_para(c, 9, 3, "Embassy should continue to press the Commission.");
	add_para(c, 9, 4, "Post requests Department guidance on the vote.");
	add_para(c, 9, 5, "We would appreciate Embassy Valletta's views on the proposal.");
	add_para(c, 9, 6, "Embassy Valletta please confirm the dates.");
	add_para(c, 9, 7, "Embassy Brussels should submit it in writing.");
	add_para(c, 9, 8, "Malta should remain open to the proposal.");
	tasking_find(c);
	assert_int_equal(got(c, 5)->nparties, 1);
	assert_true(has_party(got(c, 5), "AMEMBASSY VALLETTA"));
	assert_true(has_party(got(c, 6), "AMEMBASSY VALLETTA"));
	assert_null(find(c, 7));
	assert_null(find(c, 8));
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_false(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_string_equal(got(c, 1)->deadline, "2011-03-10");
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "AMEMBASSY OSLO"));
	assert_null(find(c, 3));
	assert_true(has_party(got(c, 4), "SECSTATE WASHDC"));
	cable_free(c);
}

/* The day an action is due by the event it waits on: named in another
 * paragraph, or "set for" in its own. */
static void test_event_dates(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 10, 1, "The IAEA Board of Governors meets June 8-12 in Vienna.");
	add_para(c, 4, 2, "Posts should deliver the points in advance of the Board.");
	add_para(c, 4, 3, "Embassy Oslo should seek the ministry's views. The first "
	         "meeting is set for April 4.");
	add_para(c, 4, 4, "Posts should brief host governments after the summit on May 15.");
	/* "in time for" waits on the event as "in advance of" does */
	add_para(c, 4, 5, "Embassy Oslo should send the draft in time for the Deputy "
	         "Secretary's visit.");
	add_para(c, 4, 6, "The Deputy Secretary's visit is now confirmed for May 12-13.");
	add_para(c, 4, 7, "The working group meets in Bergen on April 20. Embassy Oslo "
	         "should share the paper in time for the Bergen session.");
	/* a reply asked for before an event: the event's day */
	add_para(c, 4, 8, "Embassy Oslo should propose dates for the talks. A reply "
	         "before Defense Minister Eide meets his NATO counterparts on April 5 would let "
	         "him announce them.");
	/* the event's subject names it ("before the registry opens") */
	add_para(c, 4, 9, "The registry will open to applicants on April 1.");
	add_para(c, 4, 10, "Embassy Oslo should brief the staff before the registry opens.");
	tasking_find(c);
	assert_string_equal(got(c, 10)->deadline, "2011-04-01");
	assert_string_equal(got(c, 8)->deadline, "2011-04-05");
	assert_string_equal(got(c, 2)->deadline, "2011-06-08");
	assert_string_equal(got(c, 3)->deadline, "2011-04-04");
	assert_null(got(c, 4)->deadline);
	assert_string_equal(got(c, 5)->deadline, "2011-05-12");
	assert_string_equal(got(c, 7)->deadline, "2011-04-20");
	cable_free(c);

	/* a line end in a paragraph read before the one with the date: the
	 * search moves past it (it once looped there for ever; a fuzzer
	 * found it) */
	c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 3, 1, "The summit is the Board's.\nIts agenda is long.");
	add_para(c, 3, 2, "Posts should deliver the points in advance of the Board.");
	add_para(c, 3, 3, "The Board meets June 8-12 in Vienna.");
	tasking_find(c);
	assert_string_equal(got(c, 2)->deadline, "2011-06-08");
	cable_free(c);
}

static struct addressee info_posts[] = {
	{ NULL, "AMEMBASSY BRASILIA", NULL, "63", false },
	{ NULL, "AMEMBASSY ROME", NULL, "64", false },
};

static struct addressee info_dia_dea[] = {
	{ NULL, "DIA WASHINGTON DC", NULL, "61", false },
	{ NULL, "DEA HQS WASHINGTON DC", NULL, "62", false },
	{ NULL, "SECDEF WASHINGTON DC", NULL, "63", false },
};

/* Forms of Washington's requests read since the held-back score stood
 * still (fictional sentences): an aside between the post and its verb, an
 * imperative after an opening phrase, "except", the charge d'affaires,
 * what a post is asked for in the passive, "tasked with", the request's
 * words left out before a second post, headings that name posts by their
 * places. */
static void test_wash_forms_four(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 30, 1, "Embassy Oslo, in coordination with Embassy Reykjavik, "
	         "should deliver the points.");
	add_para(c, 30, 2, "Drawing on the points below, approach the Foreign Ministry.");
	add_para(c, 30, 3, "All posts except Valletta should report by March 10.");
	add_para(c, 30, 4, "Charge should deliver the letter.");
	add_para(c, 30, 5, "Embassy Oslo's views are requested by March 10.");
	add_para(c, 30, 6, "Embassy Oslo's assistance in arranging the meetings would be "
	         "appreciated.");
	add_para(c, 30, 7, "A statement by the minister would be welcome.");
	add_para(c, 30, 8, "Posts are tasked with gathering information on the questions.");
	add_para(c, 30, 9, "Embassy Oslo is requested to approach the ministry and "
	         "Embassy Valletta to brief the press.");
	add_para(c, 30, 10, "For Oslo. Please also brief the Sami parliament.");
	add_para(c, 30, 11, "Oslo only: Brief the Sami parliament as well.");
	add_para(c, 30, 12, "Begin dialogue with host government officials on the "
	         "proposal.");
	add_para(c, 30, 13, "If asked, say that no decision has been made.");
	add_para(c, 30, 14, "The charge should be dropped, the lawyers said.");
	add_para(c, 30, 15, "In the meeting, press officers asked about the visit.");
	add_para(c, 30, 16, "Consular sections should review the list.");
	add_para(c, 30, 17, "Posts in Nordic countries should also brief the Council.");
	add_para(c, 30, 18, "A mission in Oslo should the host government agree would "
	         "cost little.");
	add_para(c, 30, 19, "Action addressees (Oslo and Valletta) should report.");
	add_para(c, 30, 20, "Embassy Oslo (and Embassy Valletta, if time permits) should "
	         "brief the ministry.");
	add_para(c, 30, 21, "Both Oslo and Valletta should report any reaction.");
	add_para(c, 30, 22, "For Oslo and Valletta: seek the views of the ministry.");
	add_para(c, 30, 23, "Posts other than Valletta should report.");
	add_para(c, 30, 24, "Embassies in Oslo and Valletta should coordinate their "
	         "approaches.");
	add_para(c, 30, 25, "We request that Embassies in Oslo and Reykjavik pursue the "
	         "following objectives.");
	add_para(c, 30, 26, "Embassies in Nordic capitals should report.");
	add_para(c, 30, 27, "Embassies in Norway and Iceland should report.");
	add_para(c, 30, 28, "Embassies in Oslo and Valletta should also brief the press. "
	         "Posts should report the reaction.");
	add_para(c, 30, 29, "We look to Embassies in Oslo and Reykjavik to pursue the "
	         "following objectives.");
	tasking_find(c);
	/* posts described by places ask every post the words can mean
	 * (naming only those in the places lowered the held-back recall),
	 * unless every place is a TO post and they run to the modal
	 * ("Embassies in Oslo and Valletta should": those two; not "in
	 * Oslo and Reykjavik pursue" after "We request that"); a region of
	 * data/regions.tsv ("Nordic capitals") asks its posts */
	for (int n = 24; n <= 28; n += 4) {
		assert_int_equal(got(c, n)->nparties, 2);
		assert_false(has_party(got(c, n), "AMEMBASSY REYKJAVIK"));
	}
	assert_int_equal(got(c, 25)->nparties, 3);
	assert_int_equal(got(c, 29)->nparties, 3);
	for (int n = 26; n <= 27; n++) {
		assert_int_equal(got(c, n)->nparties, 2);
		assert_false(has_party(got(c, n), "AMEMBASSY VALLETTA"));
	}
	for (int n = 19; n <= 22; n++) {
		assert_int_equal(got(c, n)->nparties, 2);
		assert_false(has_party(got(c, n), "AMEMBASSY REYKJAVIK"));
	}
	assert_int_equal(got(c, 23)->nparties, 2);
	assert_false(has_party(got(c, 23), "AMEMBASSY VALLETTA"));
	assert_int_equal(got(c, 16)->nparties, 3);
	assert_int_equal(got(c, 17)->nparties, 2);
	assert_false(has_party(got(c, 17), "AMEMBASSY VALLETTA"));
	assert_null(find(c, 18));
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_int_equal(got(c, 3)->nparties, 2);
	assert_false(has_party(got(c, 3), "AMEMBASSY VALLETTA"));
	assert_string_equal(got(c, 3)->deadline, "2011-03-10");
	assert_int_equal(got(c, 4)->nparties, 3);
	assert_int_equal(got(c, 5)->nparties, 1);
	assert_true(has_party(got(c, 5), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 6)->nparties, 1);
	assert_null(find(c, 7));
	assert_int_equal(got(c, 8)->nparties, 3);
	assert_int_equal(got(c, 9)->nparties, 2);
	assert_false(has_party(got(c, 9), "AMEMBASSY REYKJAVIK"));
	assert_int_equal(got(c, 10)->nparties, 1);
	assert_true(has_party(got(c, 10), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 11)->nparties, 1);
	assert_true(has_party(got(c, 11), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 12)->nparties, 3);
	assert_null(find(c, 13));
	assert_null(find(c, 14));
	assert_null(find(c, 15));
	cable_free(c);

	/* agencies that data/agencies.tsv learnt: DIA, DEA, USDOC */
	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	c->info = info_dia_dea;
	c->ninfo = 3;
	add_para(c, 6, 1, "Embassy requests that DIA provide an analyst for the visit.");
	add_para(c, 6, 2, "We would appreciate the Drug Enforcement Administration's "
	         "help in arranging the training.");
	add_para(c, 6, 3, "We ask that DEA and the Department share the findings.");
	add_para(c, 6, 4, "Post would be grateful if DIA could provide a briefer.");
	add_para(c, 6, 5, "Next steps: PM/DDTC and DTSA should continue to monitor "
	         "the marketing.");
	add_para(c, 6, 6, "Embassy requests Department assistance in obtaining from "
	         "DSCA a status report on the open cases.");
	tasking_find(c);
	/* a Defense agency on no line is the Secretary of Defense's */
	assert_int_equal(got(c, 5)->nparties, 2);
	assert_true(has_party(got(c, 5), "SECDEF WASHINGTON DC"));
	/* whom the one asked gets it from is not asked */
	assert_int_equal(got(c, 6)->nparties, 1);
	assert_true(has_party(got(c, 6), "SECSTATE WASHDC"));
	assert_int_equal(got(c, 3)->nparties, 2);
	assert_true(has_party(got(c, 3), "SECSTATE WASHDC"));
	assert_string_equal(got(c, 3)->summary, "Share the findings");
	assert_true(has_party(got(c, 4), "DIA WASHINGTON DC"));
	assert_string_equal(got(c, 4)->summary, "Provide a briefer");
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "DIA WASHINGTON DC"));
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "DEA HQS WASHINGTON DC"));
	cable_free(c);

	/* a post beside Washington: both are asked */
	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	c->info = info_posts;
	c->ninfo = 2;
	add_para(c, 4, 1, "We request that Washington and Embassy Brasilia raise the "
	         "matter with the Brazilian government.");
	add_para(c, 4, 2, "Embassy Rome and the Department should coordinate the response.");
	add_para(c, 4, 3, "Post recommends that the Department engage the Vatican and "
	         "the Italian government.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_true(has_party(got(c, 1), "AMEMBASSY BRASILIA"));
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_true(has_party(got(c, 2), "AMEMBASSY ROME"));
	assert_int_equal(got(c, 3)->nparties, 1);
	cable_free(c);

	/* a post's clipped and passive requests, and their checklist lines */
	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	add_para(c, 9, 1, "Guidance requested.");
	add_para(c, 9, 2, "Washington's views would be appreciated.");
	add_para(c, 9, 3, "Department guidance requested on whether to attend.");
	add_para(c, 9, 4, "Request permission to attend the meeting.");
	add_para(c, 9, 5, "Action requested: Department approval of the travel.");
	add_para(c, 9, 6, "Post needs guidance by March 12 in order to respond.");
	add_para(c, 9, 7, "The information requested by the ministry was sent.");
	add_para(c, 9, 8, "ACTION REQUEST: The minister would like to visit in July. "
	         "Treasury and Embassy recommend continuing the dialogue with him.");
	tasking_find(c);
	assert_string_equal(got(c, 8)->summary,
	                    "Consider continuing the dialogue with him");
	for (int n = 1; n <= 6; n++)
		assert_true(has_party(got(c, n), "SECSTATE WASHDC"));
	assert_string_equal(got(c, 1)->summary, "Provide guidance");
	assert_string_equal(got(c, 3)->summary,
	                    "Provide Department guidance on whether to attend");
	assert_string_equal(got(c, 6)->deadline, "2011-03-12");
	assert_null(find(c, 7));
	cable_free(c);

	/* a post's advice: whom it names, and its line */
	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	add_para(c, 4, 1, "We strongly recommend that an interagency team of trade "
	         "experts visit Valletta in May.");
	add_para(c, 4, 2, "Embassy suggests that the Secretary send a letter of "
	         "congratulation.");
	add_para(c, 4, 3, "Our recommendation is that Washington approve the grant.");
	add_para(c, 4, 4, "Embassy suggests that the Secretary General of the union "
	         "is unlikely to attend.");
	tasking_find(c);
	/* "in May" is a month, not "may"; a month alone is cut from the line */
	assert_string_equal(got(c, 1)->summary, "Ensure that an interagency team of trade "
	                    "experts visit Valletta");
	assert_string_equal(got(c, 2)->summary, "Send a letter of congratulation");
	assert_string_equal(got(c, 3)->summary, "Approve the grant");
	assert_null(find(c, 4));
	cable_free(c);
}

static struct addressee info_secdef[] = {
	{ NULL, "SECDEF WASHINGTON DC", NULL, "71", false },
};

/* A cable written all in capitals asks what its mixed-case twin asks: the
 * places, offices and agencies are found without their capitals. */
static void test_capitals(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	c->info = info_secdef;
	c->ninfo = 1;
	add_para(c, 4, 1, "OSLO AND VALLETTA SHOULD REPORT BY MARCH 10.");
	add_para(c, 4, 2, "OSLO: PLEASE DELIVER THE NONPAPER.");
	add_para(c, 4, 3, "SECDEF IS REQUESTED TO PROVIDE A BRIEFER.");
	add_para(c, 4, 4, "OSLO ONLY: BRIEF THE SAMI PARLIAMENT AS WELL.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_false(has_party(got(c, 1), "AMEMBASSY REYKJAVIK"));
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "SECDEF WASHINGTON DC"));
	assert_int_equal(got(c, 4)->nparties, 1);
	cable_free(c);

	c = new_cable("AMEMBASSY VALLETTA", to_state_rome, 1, 2011, 3, 1);
	c->info = info_posts;
	c->ninfo = 2;
	add_para(c, 3, 1, "REQUEST EMBASSY ROME SHARE ITS ASSESSMENT.");
	add_para(c, 3, 2, "REQUEST EUR/CE CLEAR THE TEXT.");
	add_para(c, 3, 3, "THE MINISTER WILL DECIDE AND/OR CONSULT THE CABINET.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "AMEMBASSY ROME"));
	assert_true(has_party(got(c, 2), "SECSTATE WASHDC"));
	assert_null(find(c, 3));
	cable_free(c);
}

/* A paragraph a pointer marks: its heading and bullets make the checklist
 * line (and the asks the tracker unfolds); its own due date is kept. */
static void test_pointed_paragraphs(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 4, 1, "This is an action request. See paragraphs 2 and 3.");
	struct paragraph *p = add_para(c, 4, 2, "Objectives:");
	add_child(c, p, 2, NODE_BULLET, "Secure host government support for the "
	          "resolution.");
	add_child(c, p, 2, NODE_BULLET, "Discourage amendments that weaken it.");
	add_para(c, 4, 3, "Reporting deadline: March 18.");
	add_para(c, 4, 4, "Background: the Council meets on March 20.");
	tasking_find(c);
	const struct tasking *t = got(c, 2);
	assert_string_equal(t->summary, "Objectives: Secure host government support for "
	                    "the resolution; Discourage amendments that weaken it");
	assert_int_equal(t->nasks, 2);
	assert_null(t->deadline);
	t = got(c, 3);
	assert_string_equal(t->summary, "Reporting deadline: March 18");
	assert_string_equal(t->deadline, "2011-03-18");
	assert_null(find(c, 4));
	cable_free(c);
}

/* Checklist lines of Washington's requests in forms read since the
 * held-back score stood still. */
static void test_summary_wash_forms(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 8, 1, "The Embassy is requested, as appropriate, to brief the Foreign "
	         "Ministry.");
	add_para(c, 8, 2, "The Department would be grateful if Embassy Oslo could provide "
	         "a readout.");
	add_para(c, 8, 3, "Department would appreciate receiving posts' reports by March 20.");
	add_para(c, 8, 4, "Posts should not/not raise this issue.");
	add_para(c, 8, 5, "Responses are requested by March 12.");
	add_para(c, 8, 6, "If the host government objects, posts should report the "
	         "objection.");
	add_para(c, 8, 7, "Should the minister raise the matter, Embassy Oslo should refer "
	         "him to the statement.");
	tasking_find(c);
	assert_string_equal(got(c, 6)->summary, "If the host government objects, report "
	                    "the objection");
	assert_string_equal(got(c, 7)->summary, "Should the minister raise the matter, refer "
	                    "him to the statement");
	assert_string_equal(got(c, 1)->summary, "Brief the Foreign Ministry");
	assert_string_equal(got(c, 2)->summary, "Provide a readout");
	assert_string_equal(got(c, 3)->summary, "Provide posts' reports");
	assert_string_equal(got(c, 3)->deadline, "2011-03-20");
	assert_string_equal(got(c, 4)->summary, "Do not raise this issue");
	assert_string_equal(got(c, 5)->summary, "Provide responses");
	cable_free(c);

	/* an aside between "is" and "requested" */
	c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	add_para(c, 10, 1, "Embassy Oslo is, however, requested to deliver the letter.");
	add_para(c, 8, 2, "Posts are, in addition, asked to report the reply.");
	add_para(c, 8, 3, "Embassy Oslo should raise the shipment with the authorities at "
	         "the earliest opportunity.");
	add_para(c, 8, 4, "To the extent staffing allows, Post's answers to the questions "
	         "in para 6 would be appreciated.");
	add_para(c, 8, 5, "Posts should report responses as soon as possible, and in any "
	         "case by March 9.");
	add_para(c, 8, 6, "Please pass the following message from the Secretary to "
	         "Foreign Minister Eide.");
	add_para(c, 8, 7, "Please pass this message to Ambassador Whitney.");
	add_para(c, 8, 8, "Embassy Oslo's reply is due in EUR/NB by March 9.");
	add_para(c, 8, 9, "Replies from each post will be needed by March 10.");
	add_para(c, 8, 10, "The reply from the ministry was due last week.");
	tasking_find(c);
	assert_string_equal(got(c, 5)->summary, "Report responses");
	assert_non_null(got(c, 6));
	assert_null(find(c, 7));
	assert_int_equal(got(c, 8)->nparties, 1);
	assert_string_equal(got(c, 8)->parties[0], "AMEMBASSY OSLO");
	assert_string_equal(got(c, 8)->deadline, "2011-03-09");
	assert_string_equal(got(c, 8)->summary, "Provide reply in EUR/NB");
	assert_int_equal(got(c, 9)->nparties, 3);
	assert_null(find(c, 10));
	assert_string_equal(got(c, 5)->deadline, "2011-03-09");
	assert_string_equal(got(c, 3)->summary, "Raise the shipment with the authorities");
	assert_string_equal(got(c, 4)->summary, "Provide answers to the questions in para 6");
	assert_string_equal(got(c, 1)->summary, "Deliver the letter");
	assert_string_equal(got(c, 1)->parties[0], "AMEMBASSY OSLO");
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_string_equal(got(c, 2)->summary, "Report the reply");
	cable_free(c);
}

static struct addressee info_useu_fbi[] = {
	{ NULL, "USEU BRUSSELS", NULL, "81", false },
	{ NULL, "FBI WASHINGTON DC", NULL, "82", false },
};

/* "Info addressees" are the posts on the INFO lines (not the agencies). */
static void test_info_addressees(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_rel, 3, 2011, 3, 1);
	c->info = info_useu_fbi;
	c->ninfo = 2;
	add_para(c, 4, 1, "Info addressees are requested to share their views with Embassy "
	         "Oslo.");
	add_para(c, 4, 2, "Information addressees should also report any reaction.");
	add_para(c, 4, 3, "Info addressees may also draw on these points.");
	/* both lines' posts */
	add_para(c, 4, 4, "Action and info addressees should report any reaction.");
	tasking_find(c);
	for (int n = 1; n <= 2; n++) {
		assert_int_equal(got(c, n)->nparties, 1);
		assert_true(has_party(got(c, n), "USEU BRUSSELS"));
	}
	assert_null(find(c, 3));
	assert_true(has_party(got(c, 4), "USEU BRUSSELS"));
	assert_int_equal(got(c, 4)->nparties, 4);
	cable_free(c);
}

static void test_wish_for_other_governments(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_valletta_reykjavik, 2,
	                            2009, 1, 14);
	add_para(c, 2, 2, "Summary. Washington would like Malta and Iceland, whose "
	         "rescue coordination centers cover large sea areas with small "
	         "fleets, to take part as full partners rather than observers. "
	         "Posts are asked to deliver the nonpaper in paragraph 6 and to "
	         "report host government replies. End summary.");
	tasking_find(c);
	const struct tasking *t = find(c, 2);
	assert_non_null(t);
	assert_true(has_party(t, "AMEMBASSY VALLETTA"));
	assert_true(strncmp(t->summary, "Deliver the nonpaper", 20) == 0);
	cable_free(c);
}

/* Issue 10: a checklist line is an instruction of whole words.  The
 * sentences below are made up. */
static struct addressee to_sm_valletta[] = {
	{ "RUEHVL", "AMEMBASSY VALLETTA", "PRIORITY", "0101", false },
};

/* Does s end on one of the words a line should not end on? */
static bool ends_badly(const char *s)
{
	static const char *const bad[] = {
		" to", " the", " and", " for", " of", " a", " Mr", " U.S", " e.g", " No",
	};
	size_t n = strlen(s);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		size_t k = strlen(bad[i]);
		if (n >= k && strcmp(s + n - k, bad[i]) == 0)
			return true;
	}
	return false;
}

/* A sentence runs on past "Mr." (which the splitter does not end it at)
 * and "e.g."; the line keeps the dot of "U.S." and "No." with what follows
 * them, and reads "Mr. Arnold Pike, the regional fisheries adviser," as it
 * reads any name and its apposition. */
static void test_summary_abbreviations(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_sm_valletta, 1, 2009, 3, 2);
	add_para(c, 4, 1, "Post is requested to obtain country clearance for Mr. Arnold "
	         "Pike, the regional fisheries adviser, to visit Gozo on May 4-5.");
	add_para(c, 4, 2, "Post should brief officials from partner fisheries, e.g. Norway "
	         "and Iceland, on the new catch-reporting format.");
	add_para(c, 4, 3, "Posts should be prepared to assist the U.S. Delegation to the "
	         "Commission on Fisheries Cooperation in its efforts to secure a "
	         "consensus text on coastal catch reporting.");
	add_para(c, 4, 4, "Please cite Circular No. A-12 in all replies on the pilot.");
	tasking_find(c);
	assert_string_equal(got(c, 1)->summary, "Obtain country clearance for Mr. Arnold "
	                    "Pike, the regional fisheries adviser, to visit Gozo");
	assert_string_equal(got(c, 2)->summary, "Brief officials from partner fisheries, "
	                    "e.g. Norway and Iceland, on the new catch-reporting format");
	const char *s = got(c, 3)->summary;
	assert_true(strncmp(s, "Be prepared to assist the U.S. Delegation to the Commission "
	                    "on Fisheries Cooperation", 83) == 0);
	assert_false(ends_badly(s));
	assert_string_equal(got(c, 4)->summary, "Cite Circular No. A-12 in all replies on "
	                    "the pilot");
	cable_free(c);
}

/* A line does not stop before its object: "seek to:" and "draw on ...
 * to:" name the bullets that finish them, and a long clause is cut where a
 * phrase starts, never on "to", "the" or "and". */
static void test_summary_whole_objects(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_sm_valletta, 1, 2009, 3, 2);
	struct paragraph *p1 = add_para(c, 3, 1, "Post should seek to:");
	add_child(c, p1, 2, NODE_BULLET, "obtain the ministry's catch data for 2008;");
	add_child(c, p1, 2, NODE_BULLET, "confirm the date of the next joint patrol.");
	struct paragraph *p2 = add_para(c, 3, 2, "Posts should draw on the attached "
	                                "background to:");
	add_child(c, p2, 2, NODE_BULLET, "explain why the new format matters to coastal "
	          "states;");
	add_child(c, p2, 2, NODE_BULLET, "ask the ministry to name a contact for the "
	          "pilot.");
	add_para(c, 3, 3, "Post should press the ministry to adopt the catch-reporting "
	         "format for all vessels over twelve meters flying the Maltese flag and "
	         "to publish the first figures in its annual report.");
	tasking_find(c);
	assert_string_equal(got(c, 1)->summary, "Seek to: Obtain the ministry's catch data "
	                    "for 2008; Confirm the date of the next joint patrol");
	assert_true(strncmp(got(c, 2)->summary, "Draw on the attached background to: "
	                    "Explain why the new format matters", 70) == 0);
	const char *s = got(c, 3)->summary;
	assert_true(strncmp(s, "Press the ministry to adopt the catch-reporting format", 54) == 0);
	assert_false(ends_badly(s));
	cable_free(c);

	/* a passive with posts as its agent: the clause as written, less the
	 * agent (a participle is no imperative) */
	c = new_cable("SECSTATE WASHDC", to_sm_valletta, 1, 2009, 3, 2);
	add_para(c, 3, 1, "No part of this message should be left in writing with host "
	         "governments by posts.");
	add_para(c, 3, 2, "FOR ALL POSTS: The results of the approaches should be reported "
	         "by posts in a front-channel cable.");
	add_para(c, 3, 3, "A short front-channel report on each demarche, and on any pledge "
	         "announced at the ministerial, should be sent by all action addressees.");
	tasking_find(c);
	assert_string_equal(got(c, 3)->summary, "A short front-channel report on each "
	                    "demarche should be sent");
	assert_string_equal(got(c, 1)->summary, "No part of this message should be left in "
	                    "writing with host governments");
	assert_string_equal(got(c, 2)->summary, "The results of the approaches should be "
	                    "reported in a front-channel cable");
	cable_free(c);
}

/* A post's advice reads as what is asked: "we recommend that Washington
 * consider X" is "Consider X"; "it is time Washington turns up the heat"
 * is "Turn up the heat"; another's part keeps its name; "that X be ..."
 * is to be seen to, "that X would be ..." is a view to weigh. */
static void test_summary_advice_as_instructions(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2009, 3, 2);
	add_para(c, 11, 1, "We recommend that Washington consider a joint statement on "
	         "catch reporting with the Maltese government.");
	add_para(c, 11, 2, "Post recommends it is time Washington turns up the heat on the "
	         "fisheries ministry.");
	add_para(c, 11, 3, "Post recommends it is time for the ministry to publish its catch "
	         "data.");
	add_para(c, 11, 4, "Post recommends it is time the GOM cracks down on illegal "
	         "trawlers.");
	add_para(c, 11, 5, "We recommend that a joint review of the pilot be scheduled before "
	         "the summer season.");
	add_para(c, 11, 6, "Post recommends that the deputy minister would be a logical "
	         "contact for the visiting delegation.");
	add_para(c, 11, 7, "Post recommends keeping a strong focus on coastal catch reporting "
	         "in the spring talks.");
	add_para(c, 11, 8, "We recommend that the donor group should pool its patrol funds "
	         "this year.");
	add_para(c, 11, 9, "The Embassy recommends the State Department, Attorney General "
	         "Holder, and the US Mission to the UN in New York engage the Maltese "
	         "envoys in parallel.");
	add_para(c, 11, 10, "We recommend that Washington raise with Maltese counterparts "
	         "the concern that excessive conditions such as those described above "
	         "will hinder, if not obstruct, our cooperative patrol efforts.");
	tasking_find(c);
	assert_string_equal(got(c, 9)->summary, "Engage the Maltese envoys in parallel");
	/* a noun that says nothing without its clause keeps it */
	static const char want10[] = "Raise with Maltese counterparts the concern that "
	                             "excessive conditions";
	assert_true(strncmp(got(c, 10)->summary, want10, sizeof want10 - 1) == 0);
	assert_string_equal(got(c, 8)->summary, "Ensure that the donor group pool its patrol "
	                    "funds this year");
	assert_string_equal(got(c, 1)->summary, "Consider a joint statement on catch "
	                    "reporting with the Maltese government");
	assert_string_equal(got(c, 2)->summary, "Turn up the heat on the fisheries ministry");
	assert_string_equal(got(c, 3)->summary, "The ministry: publish its catch data");
	assert_string_equal(got(c, 4)->summary, "The GOM: crack down on illegal trawlers");
	assert_string_equal(got(c, 5)->summary, "Ensure that a joint review of the pilot be "
	                    "scheduled before the summer season");
	assert_string_equal(got(c, 6)->summary, "Consider that the deputy minister would be "
	                    "a logical contact for the visiting delegation");
	assert_string_equal(got(c, 7)->summary, "Consider keeping a strong focus on coastal "
	                    "catch reporting in the spring talks");
	cable_free(c);
}

/* "Pursue the following objectives" whose bullets hold the asks: the line
 * counts them and names the first in one line of about 100 characters;
 * bullets that are points to make are not asks. */
static void test_summary_names_bullets(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_sm_valletta, 1, 2009, 3, 2);
	struct paragraph *p = add_para(c, 2, 4, "Washington requests Post pursue the "
	         "following objectives to ensure that the fisheries commission adopts "
	         "the common format at its March plenary.");
	add_child(c, p, 5, NODE_BULLET, "Post should ask the ministry to endorse the "
	          "common format in writing.");
	add_child(c, p, 5, NODE_BULLET, "Post should seek co-sponsors among the coastal "
	          "states.");
	add_child(c, p, 5, NODE_BULLET, "Urge the ministry to name a technical contact "
	          "for the pilot.");
	add_child(c, p, 5, NODE_BULLET, "Regarding funding, note that Washington will "
	          "cover the pilot costs.");
	add_child(c, p, 5, NODE_BULLET, "Report any objections the ministry raises.");
	struct paragraph *q = add_para(c, 2, 5, "Posts should draw on the following "
	                               "points:");
	add_child(c, q, 2, NODE_BULLET, "We remain committed to a common catch-reporting "
	          "format.");
	add_child(c, q, 2, NODE_BULLET, "The commission has twice endorsed the pilot.");
	tasking_find(c);
	const char *s = got(c, 4)->summary;
	assert_true(strncmp(s, "Pursue 5 objectives: Ask the ministry to endorse the common "
	                    "format", 66) == 0);
	assert_true(strlen(s) <= 110);
	assert_false(ends_badly(s));
	assert_string_equal(got(c, 5)->summary, "Draw on the following points");
	/* the tracker unfolds the asks, each whole, less "Post should" */
	assert_int_equal(got(c, 4)->nasks, 5);
	assert_string_equal(got(c, 4)->asks[0], "Ask the ministry to endorse the common "
	                    "format in writing.");
	assert_string_equal(got(c, 4)->asks[4], "Report any objections the ministry raises.");
	assert_int_equal(got(c, 5)->nasks, 0);
	assert_null(got(c, 5)->asks);
	cable_free(c);

	/* a list run into the prose is counted; a dash inside a sentence is no
	 * item */
	c = new_cable("SECSTATE WASHDC", to_sm_valletta, 1, 2009, 3, 2);
	add_para(c, 2, 1, "Post should emphasize the following points in meetings with "
	         "the minister: -- The United States values the partnership. -- The plan "
	         "-- if approved -- would start in May. -- We hope for an early reply.");
	tasking_find(c);
	assert_string_equal(got(c, 1)->summary, "Emphasize 3 points in meetings with the "
	                    "minister");
	cable_free(c);

	/* items too long to name: the line is the head, not "... sanctions to" */
	c = new_cable("SECSTATE WASHDC", to_sm_valletta, 1, 2009, 3, 2);
	p = add_para(c, 2, 3, "Embassy Valletta is requested to approach host government "
	             "officials responsible for fisheries sanctions, within 48 hours of "
	             "receipt of this cable, to:");
	add_child(c, p, 3, NODE_ITEM, "inform them that the United States will shortly "
	          "propose the listing of the two trawler companies named in para 5;");
	add_child(c, p, 3, NODE_ITEM, "urge that their delegation not place a hold on "
	          "the proposal.");
	tasking_find(c);
	assert_string_equal(got(c, 3)->summary, "Approach host government officials "
	                    "responsible for fisheries sanctions");
	assert_int_equal(got(c, 3)->nasks, 2);
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_faina),
		cmocka_unit_test(test_post_to_washington),
		cmocka_unit_test(test_pointer_slip_and_speech),
		cmocka_unit_test(test_pointer_to_others),
		cmocka_unit_test(test_passive_guidance),
		cmocka_unit_test(test_no_paragraphs),
		cmocka_unit_test(test_unlisted_parties),
		cmocka_unit_test(test_recommendation_summaries),
		cmocka_unit_test(test_summary_ends),
		cmocka_unit_test(test_reporting_requests),
		cmocka_unit_test(test_prt_pointer),
		cmocka_unit_test(test_posts_not_agencies),
		cmocka_unit_test(test_post_names_itself),
		cmocka_unit_test(test_summary_without_deadline),
		cmocka_unit_test(test_wish_for_other_governments),
		cmocka_unit_test(test_staff_and_kinds),
		cmocka_unit_test(test_rel_scope),
		cmocka_unit_test(test_reported_decisions),
		cmocka_unit_test(test_coordinated_request),
		cmocka_unit_test(test_more_request_forms),
		cmocka_unit_test(test_whom_the_words_name),
		cmocka_unit_test(test_prefilter),
		cmocka_unit_test(test_agency_table),
		cmocka_unit_test(test_texts_and_descriptions),
		cmocka_unit_test(test_scoped_and_listed),
		cmocka_unit_test(test_post_asks_more),
		cmocka_unit_test(test_wash_asks_more),
		cmocka_unit_test(test_post_to_posts),
		cmocka_unit_test(test_event_dates),
		cmocka_unit_test(test_wash_forms_four),
		cmocka_unit_test(test_capitals),
		cmocka_unit_test(test_pointed_paragraphs),
		cmocka_unit_test(test_summary_wash_forms),
		cmocka_unit_test(test_info_addressees),
		cmocka_unit_test(test_polite_requests_from_a_post),
		cmocka_unit_test(test_summary_abbreviations),
		cmocka_unit_test(test_summary_whole_objects),
		cmocka_unit_test(test_summary_advice_as_instructions),
		cmocka_unit_test(test_summary_names_bullets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

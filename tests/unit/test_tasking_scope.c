/* test_tasking_scope.c - tasking_find() on which addressees a Washington
 * cable's words cover: a heading that names a post before a colon
 * ("USEU only:", "Embassy Pretoria only:"), the post named again after it,
 * "Embassies" in a cable to embassies and missions, "all action addressees
 * except Embassy X", and a request after an opening clause whose verb is no
 * report ("Once the text is agreed, USEU should").  The sentences are
 * written here (fictional events, the forms of cables a helper wrote
 * blind). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "parse/cable.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_mixed[] = {
	{ NULL, "USEU BRUSSELS", NULL, "51", false },
	{ NULL, "AMEMBASSY BERLIN", NULL, "52", false },
	{ NULL, "AMEMBASSY PRETORIA", NULL, "53", false },
	{ NULL, "USMISSION USUN NEW YORK", NULL, "54", false },
};

static void test_headings_and_kinds(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 12, 1, "USEU only: USEU should deliver the points to the EEAS.");
	add_para(c, 12, 2, "Note: USEU should deliver the points to the EEAS.");
	add_para(c, 12, 3, "Embassy Pretoria only: please also raise the issue with "
	         "the MFA.");
	add_para(c, 12, 4, "Embassies should approach host governments at a senior "
	         "level.");
	add_para(c, 12, 5, "Posts should report responses.");
	add_para(c, 12, 6, "Please report by COB Friday, March 18.");
	add_para(c, 12, 7, "Once the text is agreed, USEU should table it.");
	add_para(c, 12, 8, "The Council decided USEU should table it.");
	add_para(c, 12, 9, "Action addressees other than Embassy Berlin should report "
	         "by March 11.");
	add_para(c, 12, 10, "Department requests that all action addressees except "
	         "Embassy Pretoria and USUN deliver the nonpaper.");
	/* a heading after "SPECIAL REQUEST FOR" narrows a "Request posts"
	 * after it; "Request posts see paragraph 3" points, asks nothing */
	add_para(c, 12, 11, "SPECIAL REQUEST FOR BERLIN AND PRETORIA: Request posts "
	         "inform host governments of the vote.");
	add_para(c, 12, 12, "Request posts see paragraph 3.");
	tasking_find(c);
	assert_int_equal(got(c, 11)->nparties, 2);
	assert_true(has_party(got(c, 11), "AMEMBASSY BERLIN"));
	assert_null(find(c, 12));
	for (int p = 1; p <= 2; p++) {
		assert_int_equal(got(c, p)->nparties, 1);
		assert_true(has_party(got(c, p), "USEU BRUSSELS"));
	}
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "AMEMBASSY PRETORIA"));
	assert_int_equal(got(c, 4)->nparties, 2);
	assert_false(has_party(got(c, 4), "USEU BRUSSELS"));
	assert_false(has_party(got(c, 4), "USMISSION USUN NEW YORK"));
	assert_int_equal(got(c, 5)->nparties, 4);
	assert_int_equal(got(c, 6)->nparties, 4);
	/* an opening clause's "agreed" reports nothing; a decision does */
	assert_true(has_party(got(c, 7), "USEU BRUSSELS"));
	assert_null(find(c, 8));
	/* "except Embassy X", "other than Embassy X": all the others */
	assert_int_equal(got(c, 9)->nparties, 3);
	assert_false(has_party(got(c, 9), "AMEMBASSY BERLIN"));
	assert_int_equal(got(c, 10)->nparties, 2);
	assert_false(has_party(got(c, 10), "AMEMBASSY PRETORIA"));
	assert_false(has_party(got(c, 10), "USMISSION USUN NEW YORK"));
	cable_free(c);
}

/* "Department asks that reporting officers forward": the posts' own
 * people asked by Washington, in a lettered item too (where only a request
 * that names whom it asks counts); "The Embassy should also find the
 * priorities helpful" asks nothing. */
static void test_posts_people_asked(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	struct paragraph *p = add_para(c, 2, 1, "Biographic reporting:");
	add_child(c, p, 1, NODE_ITEM, "Much of this comes from State officers. Department "
	          "asks that reporting officers forward biographic information as it "
	          "comes to hand.");
	add_para(c, 2, 2, "The Embassy should also find the priorities helpful.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_null(find(c, 2));
	cable_free(c);

	/* "Chiefs of Mission" head every post, not the missions alone; "Embassy
	 * Berlin's political section" is Berlin's; "in Africa" the region's;
	 * "our Ambassadors" every post's */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 5, 1, "Chiefs of Mission should ensure that all staff are briefed.");
	add_para(c, 5, 2, "Embassy Berlin's political section should seek a meeting with "
	         "the ministry.");
	add_para(c, 5, 3, "Embassy Pretoria's RSO is requested to brief the team.");
	add_para(c, 5, 4, "Chiefs of Mission in Africa should brief the ministries.");
	add_para(c, 5, 5, "Our Ambassadors should brief the ministries.");
	tasking_find(c);
	assert_int_equal(got(c, 4)->nparties, 1);
	assert_string_equal(got(c, 4)->parties[0], "AMEMBASSY PRETORIA");
	assert_int_equal(got(c, 5)->nparties, 4);
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_string_equal(got(c, 2)->parties[0], "AMEMBASSY BERLIN");
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_string_equal(got(c, 3)->parties[0], "AMEMBASSY PRETORIA");
	assert_string_equal(got(c, 3)->summary, "Brief the team");
	cable_free(c);

	/* posts an aside adds; one that only says with whom, none */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 2, 1, "Embassy Berlin, as well as USUN, should deliver the points.");
	add_para(c, 2, 2, "Embassy Pretoria, in coordination with USEU, should raise the "
	         "matter.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_true(has_party(got(c, 1), "USMISSION USUN NEW YORK"));
	assert_int_equal(got(c, 2)->nparties, 1);
	cable_free(c);

	/* a long relative clause or a dashed aside between the party and its
	 * verb; the quote keeps the party's first words */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 3, 1, "Embassy Pretoria, whose defense attache we understand has "
	         "already been approached by the ministry about hosting arrangements at "
	         "the base, is asked to share any readout of those contacts.");
	add_para(c, 3, 2, "Embassy Berlin and USUN -- though not USEU, which briefed us "
	         "last week -- are asked to report host government views.");
	add_para(c, 3, 3, "NATO - as a matter of course - should plan for the meeting.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_string_equal(got(c, 1)->parties[0], "AMEMBASSY PRETORIA");
	assert_true(strncmp(got(c, 1)->quote, "Embassy Pretoria, whose ... is asked to "
	                    "share", 41) == 0);
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_false(has_party(got(c, 2), "USEU BRUSSELS"));
	assert_null(find(c, 3));
	cable_free(c);

	/* "NATO should" is the body, not the posts of the NATO collective;
	 * "NATO posts should" are those posts */
	static struct addressee to_nato[] = {
		{ NULL, "ALL NATO POST COLLECTIVE", NULL, NULL, false },
	};
	c = new_cable("SECSTATE WASHDC", to_nato, 1, 2011, 3, 1);
	add_para(c, 2, 1, "NATO should conduct appropriate contingency planning.");
	add_para(c, 2, 2, "NATO posts should deliver the points.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_string_equal(got(c, 2)->parties[0], "ALL NATO POST COLLECTIVE");
	cable_free(c);
}

static struct addressee to_iaea[] = {
	{ NULL, "IAEA MEMBER STATES COLLECTIVE", NULL, NULL, false },
};

/* In a cable to a collective, "SPECIAL INSTRUCTIONS FOR PARIS AND LONDON:"
 * names posts on no line: "Embassies should" after it asks those, as the
 * cable names them. */
static void test_heading_off_the_lines(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_iaea, 1, 2012, 2, 24);
	add_para(c, 4, 1, "Department asks that posts deliver the points below.");
	add_para(c, 4, 2, "SPECIAL INSTRUCTIONS FOR PARIS AND LONDON: Embassies should let "
	         "host governments know that we sent this message.");
	/* the heading's sentence asks nothing; the next one does */
	add_para(c, 4, 3, "ADDITIONAL NOTE FOR PARIS AND LONDON: These governments "
	         "co-sponsor the draft. Posts should let host governments know.");
	/* "these Embassies": the heading's */
	add_para(c, 4, 4, "SPECIAL INSTRUCTIONS FOR CAIRO AND PRETORIA: We would like these "
	         "Embassies to let host governments know that we are making this approach.");
	tasking_find(c);
	assert_int_equal(got(c, 4)->nparties, 2);
	assert_true(has_party(got(c, 4), "CAIRO"));
	assert_int_equal(got(c, 3)->nparties, 2);
	assert_true(has_party(got(c, 3), "LONDON"));
	assert_true(has_party(got(c, 1), "IAEA MEMBER STATES COLLECTIVE"));
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_true(has_party(got(c, 2), "PARIS"));
	assert_true(has_party(got(c, 2), "LONDON"));
	cable_free(c);
}

/* Forms a drafter rewriting the corpus's cables used: "please also pass
 * to Kenyan officials the non-paper" delivers it (not a routing line),
 * "Washington consumers would welcome Embassy reporting" asks, and
 * neither "Begin points/non-paper:" nor "Press reports indicate" is an
 * imperative; "Slug all responses for" is. */
static void test_rewritten_forms(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 8, 1, "Embassy Pretoria only: please also pass to South African "
	         "officials the non-paper at paragraph 7.");
	add_para(c, 8, 2, "Please pass to USDA and DIA.");
	add_para(c, 8, 3, "WASHINGTON CONSUMERS WOULD WELCOME EMBASSY REPORTING THAT "
	         "ADDRESSES THE FOLLOWING QUESTIONS.");
	add_para(c, 8, 4, "Begin points/non-paper:");
	add_para(c, 8, 5, "Press reports indicate the minister will resign.");
	add_para(c, 8, 6, "The report is due soon. Slug all responses for ISN/CPI.");
	add_para(c, 8, 7, "Posts are asked, drawing on contacts made in the normal course "
	         "of their work and without undertaking special efforts, to share what "
	         "they learn.");
	tasking_find(c);
	assert_int_equal(got(c, 7)->nparties, 4);
	assert_int_equal(got(c, 6)->nparties, 4);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "AMEMBASSY PRETORIA"));
	assert_null(find(c, 2));
	assert_int_equal(got(c, 3)->nparties, 4);
	assert_null(find(c, 4));
	assert_null(find(c, 5));
	cable_free(c);
}

/* "We would appreciate a joint UNVIE-USOSCE assessment": the posts the
 * object joins; a plain "assessment" is every action addressee's. */
static void test_joint_posts(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 10, 1);
	add_para(c, 2, 1, "We would appreciate a joint USEU-Berlin assessment of whether "
	         "the paper could anchor a decision.");
	add_para(c, 2, 2, "We would appreciate a short assessment of the paper.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_true(has_party(got(c, 1), "AMEMBASSY BERLIN"));
	assert_int_equal(got(c, 2)->nparties, 4);
	cable_free(c);
}

static struct addressee to_brussels[] = {
	{ NULL, "USEU BRUSSELS", NULL, "61", false },
	{ NULL, "AMEMBASSY BRUSSELS", NULL, "62", false },
	{ NULL, "USMISSION GENEVA", NULL, "63", false },
	{ NULL, "AMCONSUL GENEVA", NULL, "64", false },
};

/* Two posts in one city: the head word says which ("Embassy Brussels" is
 * not the USEU BRUSSELS listed first; "Consulate Geneva" not the
 * mission). */
static void test_kind_in_one_city(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_brussels, 4, 2011, 10, 1);
	add_para(c, 3, 1, "USEU and Embassy Brussels should coordinate their approaches.");
	add_para(c, 3, 2, "Embassy Brussels should deliver the points.");
	add_para(c, 3, 3, "Consulate Geneva should confirm the dates.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_true(has_party(got(c, 1), "USEU BRUSSELS"));
	assert_true(has_party(got(c, 1), "AMEMBASSY BRUSSELS"));
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_string_equal(got(c, 2)->parties[0], "AMEMBASSY BRUSSELS");
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_string_equal(got(c, 3)->parties[0], "AMCONSUL GENEVA");
	cable_free(c);
}

/* "The following posts are asked to ...: Berlin and Pretoria." and a
 * paragraph that opens "Those posts should also", after one whose
 * heading named fewer posts than the cable's. */
static void test_posts_around(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 4, 1, "The following posts are asked to obtain the latest figures "
	         "from host governments: Berlin and Pretoria.");
	add_para(c, 4, 2, "FOR BERLIN AND PRETORIA: Please ask host governments whether "
	         "they would accept the arrangement.");
	add_para(c, 4, 3, "Those posts should also ask what assistance the courts "
	         "would need.");
	add_para(c, 4, 4, "Those posts should report by March 20.");
	tasking_find(c);
	for (int n = 1; n <= 3; n++) {
		assert_int_equal(got(c, n)->nparties, 2);
		assert_true(has_party(got(c, n), "AMEMBASSY PRETORIA"));
	}
	/* the paragraph before asked the same two: still two */
	assert_int_equal(got(c, 4)->nparties, 2);
	cable_free(c);

	/* a boxed heading that names a region's posts */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	struct paragraph *p = add_para(c, 2, 1, "Posts should report by March 20.");
	p->heading = "AFRICAN POSTS";
	add_para(c, 2, 2, "Posts should also deliver the points.");
	tasking_find(c);
	for (int n = 1; n <= 2; n++) {
		assert_int_equal(got(c, n)->nparties, 1);
		assert_string_equal(got(c, n)->parties[0], "AMEMBASSY PRETORIA");
	}
	cable_free(c);

	/* "Posts other than Berlin" under a heading: the heading's others */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	p = add_para(c, 1, 1, "Posts other than Berlin should acknowledge the concern.");
	p->heading = "EMBASSIES BERLIN AND PRETORIA";
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_string_equal(got(c, 1)->parties[0], "AMEMBASSY PRETORIA");
	cable_free(c);
}

static struct addressee to_consular[] = {
	{ NULL, "AMEMBASSY MEXICO", NULL, "55", false },
	{ NULL, "AMCONSUL FRANKFURT", NULL, "56", false },
	{ NULL, "AMCONSUL TIJUANA", NULL, "57", false },
};

/* "Each constituent post" in a cable to an embassy and its consulates:
 * the consulates, not the embassy. */
static void test_constituent_posts(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_consular, 3, 2011, 6, 1);
	add_para(c, 2, 1, "EACH CONSTITUENT POST SHOULD DESIGNATE AN EXERCISE COORDINATOR.");
	add_para(c, 2, 2, "Constituent posts should send their names by June 10.");
	tasking_find(c);
	for (int n = 1; n <= 2; n++) {
		assert_int_equal(got(c, n)->nparties, 2);
		assert_false(has_party(got(c, n), "AMEMBASSY MEXICO"));
	}
	cable_free(c);
}

/* The post's people and an aside in parentheses: "The consular section in
 * Mexico City is requested to", "EACs should review", "Consulate General
 * Frankfurt (Regional Support Center) is requested to"; and an e-mail
 * address that is where to send what is asked, not a point of contact. */
static void test_staff_and_asides(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_consular, 3, 2011, 6, 1);
	add_para(c, 6, 1, "The consular section in Mexico City is requested to "
	         "organize a video conference.");
	add_para(c, 6, 2, "EACs should review the physical security of the chancery.");
	add_para(c, 6, 3, "Consulate General Frankfurt (Regional Support Center) is "
	         "requested to provide a list of obligations.");
	add_para(c, 6, 4, "Please send the completed spreadsheet to budget@state.example.");
	add_para(c, 6, 5, "Please send any questions to budget@state.example.");
	add_para(c, 6, 6, "We ask that the Defense Attaches in Mexico City and "
	         "Tijuana confirm the dates.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "AMEMBASSY MEXICO"));
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "AMCONSUL FRANKFURT"));
	assert_int_equal(got(c, 4)->nparties, 3);
	assert_null(find(c, 5));
	assert_int_equal(got(c, 6)->nparties, 2);
	assert_false(has_party(got(c, 6), "AMCONSUL FRANKFURT"));
	cable_free(c);
}

/* Washington's polite requests and its wishes: "It would be helpful if
 * Embassy Berlin could" asks Berlin, "Washington would like the meeting to
 * produce" asks no one; a summary that mentions a place ("across Mexico")
 * does not narrow "action posts" to it. */
static void test_polite_and_wishes(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 5, 1, "SUMMARY AND ACTION REQUEST: Fraud has risen across "
	         "Brussels and Berlin. Action posts are requested to review the "
	         "indicators in para 4.");
	add_para(c, 5, 2, "It would be helpful if Embassy Berlin could confirm the "
	         "dates.");
	add_para(c, 5, 3, "Washington would like the meeting to produce a joint "
	         "statement.");
	add_para(c, 5, 4, "Washington would like responses to the questions below.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "AMEMBASSY BERLIN"));
	assert_null(find(c, 3));
	assert_int_equal(got(c, 4)->nparties, 4);
	cable_free(c);
}

/* "This is an action request for USEU and for Embassy Pretoria": the
 * action posts are both. */
static void test_action_request_for_two(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 2, 1, "This is an action request for USEU and for Embassy "
	         "Pretoria; see para 2.");
	add_para(c, 2, 2, "Action posts should report host government views.");
	tasking_find(c);
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_true(has_party(got(c, 2), "USEU BRUSSELS"));
	assert_true(has_party(got(c, 2), "AMEMBASSY PRETORIA"));
	cable_free(c);
}

/* Washington's requests without a request verb before the posts: a
 * clipped "Response requested by March 3.", "Posts' responses would be
 * appreciated", "Embassy Berlin is to deliver", "Posts are to report",
 * "The Department would like to receive posts' assessments", "We look
 * forward to receiving posts' reports", "Department needs the following
 * information from posts", "Ambassador Jones should raise"; not "The
 * meeting is to be held" or "would like to begin". */
static void test_requests_without_verbs(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 10, 1, "Response requested by March 3.");
	add_para(c, 10, 2, "Posts' responses would be appreciated by March 3.");
	add_para(c, 10, 3, "Embassy Berlin is to deliver the points.");
	add_para(c, 10, 4, "Posts are to report any reaction.");
	add_para(c, 10, 5, "The Department would like to receive posts' assessments.");
	add_para(c, 10, 6, "The Council is to be held in May.");
	add_para(c, 10, 7, "We would like to begin the talks in May.");
	add_para(c, 10, 8, "We look forward to receiving posts' reports by March 3.");
	add_para(c, 10, 9, "Department needs the following information from posts: "
	         "the dates and the names.");
	add_para(c, 10, 10, "Ambassador Jones should raise the case with the Prime "
	         "Minister.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_string_equal(got(c, 1)->deadline, "2011-03-03");
	assert_int_equal(got(c, 2)->nparties, 4);
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "AMEMBASSY BERLIN"));
	assert_int_equal(got(c, 4)->nparties, 4);
	assert_int_equal(got(c, 5)->nparties, 4);
	assert_null(find(c, 6));
	assert_null(find(c, 7));
	assert_int_equal(got(c, 8)->nparties, 4);
	assert_int_equal(got(c, 9)->nparties, 4);
	assert_int_equal(got(c, 10)->nparties, 4);
	cable_free(c);
}

/* "DOD is requested to provide a briefer": the agency, as a line names it
 * (SECDEF) or, on no line, as the cable names it; the checklist line says
 * what it is to do.  "A negative report is requested" stays the posts'. */
static void test_agency_requested(void **state)
{
	(void)state;
	static struct addressee info[] = {
		{ NULL, "SECDEF WASHDC", NULL, NULL, false },
		{ NULL, "DEPT OF ENERGY WASHINGTON DC", NULL, NULL, false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	c->info = info;
	c->ninfo = 2;
	add_para(c, 8, 1, "DOD is requested to provide a briefer for the delegation.");
	add_para(c, 8, 2, "The Department of Labor is requested to send an expert.");
	add_para(c, 8, 3, "A negative report is requested.");
	add_para(c, 8, 4, "The Department's views are requested.");
	add_para(c, 8, 5, "It would also be helpful if Embassy Berlin could seek "
	         "answers to the following questions.");
	add_para(c, 8, 6, "DOE/NNSA is requested to designate a technical expert.");
	add_para(c, 8, 7, "INL requests that each post, with the NAS in the lead, "
	         "provide the following.");
	add_para(c, 8, 8, "PM asks that the aid be restored.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "SECDEF WASHDC");
	assert_string_equal(t->summary, "Provide a briefer for the delegation");
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "DEPARTMENT OF LABOR");
	assert_int_equal(got(c, 3)->nparties, 4);
	t = find(c, 4);
	assert_true(!t || !has_party(t, "SECSTATE WASHDC"));
	t = got(c, 5);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "AMEMBASSY BERLIN");
	t = got(c, 6);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "DEPT OF ENERGY WASHINGTON DC");
	/* a bureau asks as the Department does; "PM" may be a Prime Minister */
	assert_int_equal(got(c, 7)->nparties, 4);
	assert_null(find(c, 8));
	cable_free(c);
}

/* "Posts in Allied capitals should": the addressees the body's collective
 * holds (data/collectives.tsv) and the collective itself, and "posts"
 * after it in the paragraph are those; a place that names no such body
 * asks every addressee, and so does a description ("Posts making the
 * demarche"), unless places in parentheses follow it. */
static void test_posts_in_a_body(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "ALL NATO POST COLLECTIVE", NULL, NULL, false },
		{ NULL, "AMEMBASSY CANBERRA", NULL, "61", false },
		{ NULL, "AMEMBASSY PARIS", NULL, "62", false },
		{ NULL, "AMEMBASSY OSLO", NULL, "63", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to, 4, 2011, 3, 1);
	add_para(c, 6, 1, "Posts in Allied capitals should explain our support for "
	         "the plan. Where a government has pledged, posts should thank it.");
	add_para(c, 6, 2, "Embassies in EU member states are requested to deliver "
	         "the letter.");
	add_para(c, 6, 3, "Posts in the region should report reactions.");
	add_para(c, 6, 4, "FOR POSTS IN EU MEMBER STATES AND EMBASSY OSLO: THE "
	         "COUNCIL HAS AGREED. POSTS SHOULD ASK HOST GOVERNMENTS FOR SUPPORT.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "ALL NATO POST COLLECTIVE"));
	assert_true(has_party(t, "AMEMBASSY PARIS") && has_party(t, "AMEMBASSY OSLO"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY PARIS"));
	assert_int_equal(got(c, 3)->nparties, 4);
	/* a heading: the body's posts and the post named beside them */
	t = got(c, 4);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY PARIS") && has_party(t, "AMEMBASSY OSLO"));
	cable_free(c);

	/* a description after "Posts" asks all of them; places in
	 * parentheses after it, in a heading or before the modal, ask those */
	c = new_cable("SECSTATE WASHDC", to, 4, 2011, 3, 1);
	add_para(c, 9, 1, "Posts making the demarche should report results by "
	         "March 9.");
	add_para(c, 8, 2, "Posts that have not yet replied should do so by "
	         "Friday.");
	add_para(c, 8, 3, "For Embassies in Council member states (Oslo and "
	         "Canberra): Posts should seek an abstention.");
	add_para(c, 8, 4, "Embassies in Council member capitals (Paris, Oslo) "
	         "should approach host governments.");
	add_para(c, 8, 5, "EMBASSIES PARIS, OSLO AND CANBERRA: THE DEPARTMENT WOULD "
	         "APPRECIATE POSTS' ASSESSMENTS OF THE VOTE.");
	add_para(c, 8, 6, "FOR EMBASSIES PARIS, OSLO AND CANBERRA ONLY: REQUEST POSTS "
	         "URGE HOST GOVERNMENTS TO CONTRIBUTE.");
	add_para(c, 8, 7, "Posts in Council member capitals other than Paris and "
	         "Oslo should report reactions.");
	add_para(c, 8, 8, "Embassies in NATO capitals (except for Embassy Paris) "
	         "should deliver the points.");
	add_para(c, 8, 9, "Posts in countries on the planned flight route (Paris "
	         "and Oslo) should encourage host governments to deny overflight.");
	tasking_find(c);
	t = got(c, 9);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY PARIS") && has_party(t, "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_int_equal(got(c, 2)->nparties, 4);
	t = got(c, 3);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY OSLO") && has_party(t, "AMEMBASSY CANBERRA"));
	t = got(c, 4);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY OSLO") && has_party(t, "AMEMBASSY PARIS"));
	/* a heading of more than five words before its colon */
	t = got(c, 5);
	assert_int_equal(t->nparties, 3);
	assert_false(has_party(t, "ALL NATO POST COLLECTIVE"));
	/* the clause starts after such a heading: "Request posts urge" */
	t = got(c, 6);
	assert_int_equal(t->nparties, 3);
	assert_false(has_party(t, "ALL NATO POST COLLECTIVE"));
	/* less the posts after "other than" or "except (for)" */
	t = got(c, 7);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY PARIS") || has_party(t, "AMEMBASSY OSLO"));
	t = got(c, 8);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "ALL NATO POST COLLECTIVE") && has_party(t, "AMEMBASSY OSLO"));
	cable_free(c);
}

/* "Action requests for Embassy Paris are in paras 3 and 4" says which
 * paragraphs hold Paris's requests; "This is an action request for Embassy
 * Paris" makes the whole cable Paris's. */
static void test_requests_for_a_post(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "AMEMBASSY PARIS", NULL, "62", false },
		{ NULL, "AMEMBASSY OSLO", NULL, "63", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to, 2, 2011, 3, 1);
	add_para(c, 3, 1, "This cable updates standing instructions. Action "
	         "requests for Embassy Paris are in paras 3.");
	add_para(c, 3, 2, "Posts should visit each prisoner every three months.");
	add_para(c, 3, 3, "Embassy Paris should report the figures.");
	tasking_find(c);
	assert_int_equal(got(c, 2)->nparties, 2);
	cable_free(c);
	c = new_cable("SECSTATE WASHDC", to, 2, 2011, 3, 1);
	add_para(c, 2, 1, "This is an action request for Embassy Paris.");
	add_para(c, 2, 2, "Posts should visit each prisoner every three months.");
	tasking_find(c);
	const struct tasking *t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->parties[0], "AMEMBASSY PARIS");
	cable_free(c);
}

/* Items headed by posts: the posts asked when the request leads into them
 * ("as follows:"), not when the request stands whole and the items add
 * to it for some posts. */
static void test_items_by_post(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	struct paragraph *p = add_para(c, 2, 1, "Department requests that posts "
	                               "approach officials as follows:");
	add_child(c, p, 2, NODE_ITEM, "Berlin: urge the customs service to hold the "
	          "shipment.");
	add_child(c, p, 2, NODE_ITEM, "Pretoria: ask the MFA to deny the transit.");
	p = add_para(c, 2, 2, "Posts should demarche host governments before the "
	             "vote.");
	add_child(c, p, 2, NODE_BULLET, "Berlin: please also seek a meeting with the "
	          "legal adviser.");
	add_child(c, p, 2, NODE_BULLET, "Pretoria: please also stress the transit "
	          "angle.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY BERLIN") && has_party(t, "AMEMBASSY PRETORIA"));
	assert_int_equal(got(c, 2)->nparties, 4);
	cable_free(c);
}

/* "Bilateral posts" leave out the missions to international bodies; a
 * region holds a collective most of whose posts are in it; "USEU and
 * Embassies in EU member states" are USEU and the body's; "Embassy"
 * holds a collective of embassies. */
static void test_bilateral_and_bodies(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 3, 1, "Bilateral posts should report any reaction.");
	add_para(c, 3, 2, "For bilateral posts: please report any reaction.");
	/* the kind a sentence names is whom the paragraph's next asks ask */
	add_para(c, 3, 3, "Embassies should send responses by cable. Please answer "
	         "the questions in order.");
	tasking_find(c);
	for (int n = 1; n <= 3; n++) {
		const struct tasking *t = got(c, n);
		assert_int_equal(t->nparties, 2);
		assert_true(has_party(t, "AMEMBASSY BERLIN") && has_party(t, "AMEMBASSY PRETORIA"));
	}
	cable_free(c);

	static struct addressee to_au[] = {
		{ NULL, "AFRICAN UNION COLLECTIVE", NULL, NULL, false },
		{ NULL, "AMEMBASSY PARIS", NULL, "61", false },
		{ NULL, "AMEMBASSY PRETORIA", NULL, "62", false },
	};
	c = new_cable("SECSTATE WASHDC", to_au, 3, 2011, 3, 1);
	add_para(c, 1, 1, "Posts in Africa should deliver the points.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AFRICAN UNION COLLECTIVE"));
	assert_false(has_party(t, "AMEMBASSY PARIS"));
	cable_free(c);

	static struct addressee to_eu[] = {
		{ NULL, "EU MEMBER STATES COLLECTIVE", NULL, NULL, false },
		{ NULL, "USEU BRUSSELS", NULL, "71", false },
		{ NULL, "AMEMBASSY BERLIN", NULL, "72", false },
		{ NULL, "AMEMBASSY OSLO", NULL, "73", false },
	};
	c = new_cable("SECSTATE WASHDC", to_eu, 4, 2011, 3, 1);
	add_para(c, 2, 1, "USEU and Embassies in EU member states should deliver the "
	         "points.");
	add_para(c, 2, 2, "Embassy should deliver the points.");
	tasking_find(c);
	t = got(c, 1);
	assert_int_equal(t->nparties, 3);
	assert_false(has_party(t, "AMEMBASSY OSLO"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "EU MEMBER STATES COLLECTIVE"));
	assert_false(has_party(t, "USEU BRUSSELS"));
	cable_free(c);
}

/* A boxed heading above a paragraph names its posts; a list of posts runs
 * on by commas. */
static void test_boxed_heading_and_lists(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	struct paragraph *p = add_para(c, 7, 1, "Please notify the registry of the "
	                               "designation.");
	p->heading = "FOR EMBASSIES BERLIN AND PRETORIA ONLY";
	p = add_para(c, 7, 2, "Posts should report any reaction.");
	p->heading = "ALL ACTION ADDRESSEES";
	add_para(c, 7, 3, "For USEU, Embassy Berlin and Embassy Pretoria: posts should "
	         "provide the list.");
	/* posts by their cities alone after "requests"; "Embassies" with a
	 * description after it: the embassies; "For the ... addressees (A,
	 * B):" */
	add_para(c, 7, 4, "Department requests Berlin and Pretoria report host "
	         "government responses.");
	add_para(c, 7, 5, "Department requests Embassies in Council member capitals "
	         "approach host governments.");
	add_para(c, 7, 6, "For the African addressees (Pretoria): posts should stress "
	         "our support.");
	/* a boxed heading that opens with "ACTION REQUEST FOR" */
	p = add_para(c, 7, 7, "Posts should report any reaction.");
	p->heading = "ACTION REQUEST FOR BERLIN AND PRETORIA";
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY BERLIN") && has_party(t, "AMEMBASSY PRETORIA"));
	assert_int_equal(got(c, 2)->nparties, 4);
	t = got(c, 3);
	assert_int_equal(t->nparties, 3);
	assert_false(has_party(t, "USMISSION USUN NEW YORK"));
	for (int n = 4; n <= 7; n++) {
		t = got(c, n);
		assert_int_equal(t->nparties, n == 6 ? 1 : 2);
		assert_true(has_party(t, "AMEMBASSY PRETORIA"));
		assert_false(has_party(t, "USEU BRUSSELS"));
	}
	cable_free(c);

	/* the heading's section runs on to the next heading or a quoted
	 * text */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	p = add_para(c, 4, 1, "Please notify the registry of the designation.");
	p->heading = "FOR EMBASSIES BERLIN AND PRETORIA ONLY";
	add_para(c, 4, 2, "Posts are also requested to confirm the date.");
	add_para(c, 4, 3, "Begin points:");
	add_para(c, 4, 4, "Posts should report any reaction.");
	tasking_find(c);
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_true(got(c, 4)->nparties > 2);
	cable_free(c);
}

/* Posts a paragraph spares ("need not demarche", "are asked to take no
 * action") are not asked by it, unless it asks them something else ("but
 * should", "although Embassy Pretoria is asked to"). */
static void test_spared(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 7, 1, "Department requests that posts approach host governments "
	         "before the vote. Embassies Berlin and Pretoria, whose host "
	         "governments already support the text, need not demarche.");
	add_para(c, 7, 2, "Department requests that posts approach host governments. "
	         "Embassy Berlin need not seek a figure but should encourage a pledge.");
	struct paragraph *p = add_para(c, 7, 3, "In delivering the letter, posts should "
	                               "also:");
	add_child(c, p, 1, NODE_ITEM, "request the names of the minister's advisers.");
	add_para(c, 7, 4, "Posts should report any reaction. Embassies Berlin and "
	         "Pretoria are asked to take no action at this time.");
	add_para(c, 7, 5, "Posts should report by May 3. Embassies Berlin and Pretoria, "
	         "which have already reported, are exempted from this requirement.");
	add_para(c, 7, 6, "Posts should report by May 3. Embassy Berlin is exempt from "
	         "para 4; Embassy Berlin should instead brief the press.");
	add_para(c, 7, 7, "Posts should report by May 3. Embassies Berlin and Pretoria "
	         "need take no action, although Embassy Pretoria is asked to pass any "
	         "views it hears.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY BERLIN") || has_party(t, "AMEMBASSY PRETORIA"));
	assert_int_equal(got(c, 2)->nparties, 4);
	/* "Posts should also:" and its items */
	assert_int_equal(got(c, 3)->nparties, 4);
	/* "are asked to take no action" */
	t = got(c, 4);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY BERLIN") || has_party(t, "AMEMBASSY PRETORIA"));
	/* "are exempted from"; not when asked otherwise after a ";" */
	t = got(c, 5);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY BERLIN") || has_party(t, "AMEMBASSY PRETORIA"));
	assert_int_equal(got(c, 6)->nparties, 4);
	/* "need take no action, although Embassy Pretoria is asked to pass" */
	t = got(c, 7);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "AMEMBASSY PRETORIA"));
	assert_false(has_party(t, "AMEMBASSY BERLIN"));
	cable_free(c);

	/* a pointer to a paragraph that asks nothing ("Info addressees see
	 * para 2": "No action is required") */
	c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	add_para(c, 3, 1, "This is an action request. Action addressees see para 3; "
	         "info addressees see para 2.");
	add_para(c, 3, 2, "INFO ADDRESSEES: No action is required. The Department will "
	         "send separate instructions.");
	add_para(c, 3, 3, "The Embassy's contacts at the ministry have changed.");
	tasking_find(c);
	assert_null(find(c, 2));
	assert_non_null(find(c, 3));
	cable_free(c);
}

/* A hyphenated place ("Consulate General Osaka-Kobe") is its line's
 * OSAKA KOBE; a paragraph that is only a heading of posts over items
 * ("EMBASSIES LONDON AND PARIS ONLY:") asks them what its items say. */
static void test_places_and_labels(void **state)
{
	(void)state;
	static struct addressee to_jp[] = {
		{ NULL, "AMEMBASSY TOKYO", NULL, "31", false },
		{ NULL, "AMCONSUL OSAKA KOBE", NULL, "32", false },
		{ NULL, "AMEMBASSY LONDON", NULL, "33", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_jp, 3, 2011, 3, 1);
	add_para(c, 2, 1, "Request that Consulate General Osaka-Kobe seek a welfare "
	         "visit.");
	struct paragraph *p = add_para(c, 2, 2, "EMBASSIES TOKYO AND LONDON ONLY:");
	add_child(c, p, 1, NODE_ITEM, "PLEASE SEEK HOST GOVERNMENT VIEWS ON THE TEXT.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMCONSUL OSAKA KOBE"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMCONSUL OSAKA KOBE"));
	cable_free(c);
}

/* In Washington's cable, questions under a heading of posts ask those
 * posts; a question with no heading asks no one. */
static void test_questions_under_headings(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	struct paragraph *p = add_para(c, 5, 1, "FOR BERLIN AND PRETORIA:");
	add_child(c, p, 2, NODE_ITEM, "(C) Which firms are bidding for the port "
	          "concession?");
	add_child(c, p, 2, NODE_ITEM, "(C) How does the ministry weigh the offers?");
	add_para(c, 4, 2, "FOR USUN: Which delegations oppose the draft? Who leads "
	         "them?");
	add_para(c, 4, 3, "Which firms are bidding for the port concession?");
	add_para(c, 5, 4, "FOR BERLIN: the ministry announced the tender in May.");
	/* a heading of every post */
	p = add_para(c, 5, 5, "FOR ALL POSTS:");
	add_child(c, p, 1, NODE_ITEM, "(C) Have labor protests at Chinese-run sites "
	          "increased since 2008?");
	tasking_find(c);
	assert_int_equal(got(c, 5)->nparties, 4);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY BERLIN"));
	assert_true(has_party(t, "AMEMBASSY PRETORIA"));
	assert_string_equal(t->summary, "Answer: Which firms are bidding for the port "
	                    "concession?");
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "USMISSION USUN NEW YORK"));
	assert_null(find(c, 3));
	assert_null(find(c, 4));
	cable_free(c);
}

static struct addressee to_state_one[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "41", false },
};

/* In Washington's cable a lettered item with its own portion mark is a
 * sub-paragraph and asks as prose does ("Washington would welcome
 * reports"); in a post's cable such items repeat the questions of a
 * tasking it answers ("PLEASE PROVIDE INFORMATION ON") and ask nothing. */
static void test_marked_items(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_mixed, 4, 2011, 3, 1);
	struct paragraph *p = add_para(c, 2, 1, "Biographic reporting, including on Berlin:");
	add_child(c, p, 2, NODE_ITEM, "(S/NF) The community relies on reporting officers. "
	          "Washington would welcome reports from posts on noteworthy officials.");
	p = add_para(c, 2, 2, "Biographic reporting, including on Berlin:");
	add_child(c, p, 1, NODE_ITEM, "Washington would welcome reports from posts on "
	          "noteworthy officials.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 4);
	assert_string_equal(got(c, 1)->quote, "Washington would welcome reports from posts on");
	assert_null(find(c, 2));
	cable_free(c);

	c = new_cable("AMEMBASSY BERLIN", to_state_one, 1, 2011, 3, 1);
	p = add_para(c, 1, 1, "Post's answers to the questions of reftel:");
	add_child(c, p, 1, NODE_ITEM, "(U) PLEASE PROVIDE INFORMATION ON ANY CHARITIES "
	          "RUN BY EXPATRIATES.");
	tasking_find(c);
	assert_null(find(c, 1));
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headings_and_kinds),
		cmocka_unit_test(test_posts_people_asked),
		cmocka_unit_test(test_heading_off_the_lines),
		cmocka_unit_test(test_rewritten_forms),
		cmocka_unit_test(test_joint_posts),
		cmocka_unit_test(test_kind_in_one_city),
		cmocka_unit_test(test_constituent_posts),
		cmocka_unit_test(test_posts_around),
		cmocka_unit_test(test_staff_and_asides),
		cmocka_unit_test(test_polite_and_wishes),
		cmocka_unit_test(test_action_request_for_two),
		cmocka_unit_test(test_requests_without_verbs),
		cmocka_unit_test(test_agency_requested),
		cmocka_unit_test(test_posts_in_a_body),
		cmocka_unit_test(test_requests_for_a_post),
		cmocka_unit_test(test_items_by_post),
		cmocka_unit_test(test_boxed_heading_and_lists),
		cmocka_unit_test(test_bilateral_and_bodies),
		cmocka_unit_test(test_spared),
		cmocka_unit_test(test_places_and_labels),
		cmocka_unit_test(test_questions_under_headings),
		cmocka_unit_test(test_marked_items),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

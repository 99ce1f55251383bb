/* test_tasking_dates.c - tasking_find() on when a request is due, where
 * the date is not beside the request's own words: a sentence that runs on
 * through "c.o.b." to its date, "before the Mons conference" in the
 * prose after a paragraph's items, whose date another paragraph gives,
 * "Submissions are due ... by April 15." before the request, and "before
 * that date" after it.
 * The sentences are written here (fictional events, the forms of cables a
 * helper wrote blind). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "parse/cable.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_posts[] = {
	{ NULL, "AMEMBASSY BERLIN", NULL, "91", false },
	{ NULL, "AMEMBASSY PARIS", NULL, "92", false },
};

static void test_dates_beside_the_request(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2011, 3, 1);
	add_para(c, 20, 1, "SHAPE will hold a force generation conference in Mons "
	         "March 22-23.");
	struct paragraph *p = add_para(c, 7, 2, "Request that posts approach host "
	                               "government officials to:");
	add_child(c, p, 3, NODE_ITEM, "urge pledges at the Mons conference;");
	add_child(c, p, 3, NODE_ITEM, "ask about national caveats.");
	add_child(c, p, 3, NODE_TEXT, "Request that posts complete these approaches "
	          "before the Mons conference.");
	add_para(c, 7, 3, "Please report by c.o.b. Friday, March 18, slugged for "
	         "IO/UNP.");
	add_para(c, 7, 4, "Posts should reply before the end of the year.");
	add_para(c, 7, 5, "Submissions are due to AF/EX by COB Friday, April 15. "
	         "Please send the completed spreadsheet to the budget office.");
	add_para(c, 7, 6, "Embassy Berlin should deliver the points to Mr. Schmidt "
	         "by March 23.");
	add_para(c, 7, 7, "Posts should seek the ministry's views. A response by COB "
	         "March 25 would allow us to brief the Secretary.");
	/* what our side will need by a date, in the next sentence; not what
	 * someone else will need */
	add_para(c, 9, 8, "Embassy Rome should request the appointments. The team will "
	         "need the confirmed schedule by March 14.");
	add_para(c, 10, 9, "Embassy Rome should request the appointments. The ministry "
	         "will need approval by March 14.");
	add_para(c, 10, 10, "Please report host-government responses by septel. "
	         "Washington needs these reports by March 20, so that INL can prepare.");
	/* what is asked must reach us by a date */
	add_para(c, 10, 11, "Embassy Rome should send the ministry's list. To be of use, "
	         "the list would need to reach the Department by COB Wednesday, March 16.");
	/* what our side needs before an event on a date, the next sentence */
	add_para(c, 19, 12, "We would welcome Embassy Berlin's assessment of the vote. "
	         "We would need this assessment before the interagency meeting on "
	         "March 24.");
	add_para(c, 19, 13, "We would welcome Embassy Berlin's assessment of the vote. "
	         "Our team will need more than one view after the meeting on March 24.");
	add_para(c, 19, 14, "We would appreciate Embassy Berlin's assessment of the "
	         "vote. Washington needs this assessment before the April 7 review.");
	/* an outright due date after the action's own, earlier: it */
	add_para(c, 19, 15, "Embassy Berlin should seek support for the project at the "
	         "committee on March 29. To allow time for coordination, we would need "
	         "a reply NLT March 20.");
	/* a date that would make something possible */
	add_para(c, 19, 16, "Embassy Berlin should seek the ministry's approval. Approval "
	         "by March 14 would let our partner begin the course.");
	add_para(c, 20, 20, "Embassy Berlin should seek the ministry's approval. A decision "
	         "before the March 15 review conference would allow us to announce it.");
	/* the day's words leave the line whole: no ", ideally" left over */
	add_para(c, 19, 17, "We would welcome Embassy Berlin's assessment of the vote, "
	         "ideally before the committee convenes in Bonn on March 27.");
	add_para(c, 19, 18, "Embassy Berlin should ask the ministry to support the text, "
	         "and should do so before the working group meets on March 28.");
	/* a passive that says what is to be done by the date */
	add_para(c, 19, 19, "Posts should approach host government officials. "
	         "Approaches should be completed by COB March 24.");
	tasking_find(c);
	assert_string_equal(got(c, 19)->deadline, "2011-03-24");
	assert_string_equal(got(c, 17)->deadline, "2011-03-27");
	assert_null(strstr(got(c, 17)->summary, "ideally"));
	assert_string_equal(got(c, 18)->deadline, "2011-03-28");
	assert_null(strstr(got(c, 18)->summary, "do so"));
	assert_string_equal(got(c, 15)->deadline, "2011-03-20");
	assert_string_equal(got(c, 16)->deadline, "2011-03-14");
	assert_string_equal(got(c, 20)->deadline, "2011-03-15");
	assert_string_equal(got(c, 12)->deadline, "2011-03-24");
	assert_null(got(c, 13)->deadline);
	assert_string_equal(got(c, 14)->deadline, "2011-04-07");
	assert_string_equal(got(c, 11)->deadline, "2011-03-16");
	assert_non_null(got(c, 2)->deadline);
	assert_string_equal(got(c, 2)->deadline, "2011-03-22");
	assert_non_null(got(c, 3)->deadline);
	assert_string_equal(got(c, 3)->deadline, "2011-03-18");
	assert_null(got(c, 4)->deadline);
	/* the due date said before the request, in the same paragraph */
	assert_non_null(got(c, 5)->deadline);
	assert_string_equal(got(c, 5)->deadline, "2011-04-15");
	/* a title does not end the sentence before its date */
	assert_non_null(got(c, 6)->deadline);
	assert_string_equal(got(c, 6)->deadline, "2011-03-23");
	/* a reply's date in the sentence after the request */
	assert_non_null(got(c, 7)->deadline);
	assert_string_equal(got(c, 7)->deadline, "2011-03-25");
	assert_non_null(got(c, 8)->deadline);
	assert_string_equal(got(c, 8)->deadline, "2011-03-14");
	assert_null(got(c, 9)->deadline);
	assert_non_null(got(c, 10)->deadline);
	assert_string_equal(got(c, 10)->deadline, "2011-03-20");
	cable_free(c);
}

/* An event's own day in the request's sentence is its due day ("before
 * the Conference opens July 2", "ASAP and in any case before ..."); a count
 * of days from an event other than the cable's receipt gives none. */
static void test_event_days(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2011, 6, 1);
	add_para(c, 7, 1, "Posts should deliver the points as soon as possible and "
	         "in any case before the Conference opens July 2.");
	add_para(c, 5, 2, "Approaches should be made before the no-objection period "
	         "ends on June 24. Posts should approach host governments.");
	add_para(c, 5, 3, "Posts should report results within two business days of "
	         "the demarche.");
	add_para(c, 5, 4, "Posts should report results within two weeks of receipt "
	         "of this cable.");
	/* the event's day in a participle, in the request's own sentence */
	add_para(c, 5, 5, "The report confirms the findings. Department asks that posts "
	         "use the narrative below, especially ahead of the Board session "
	         "opening June 6.");
	/* before a visitor travels: the day the next sentence gives him;
	 * a day gone by is none */
	add_para(c, 7, 6, "Embassy Rome should confirm the schedule before the "
	         "minister travels to Rome. He is scheduled to arrive on June 9.");
	add_para(c, 7, 7, "Embassy Rome should confirm the schedule before the "
	         "minister travels to Rome. He met the Ambassador on May 3.");
	tasking_find(c);
	assert_string_equal(got(c, 5)->deadline, "2011-06-06");
	assert_string_equal(got(c, 6)->deadline, "2011-06-09");
	assert_null(got(c, 7)->deadline);
	assert_string_equal(got(c, 1)->deadline, "2011-07-02");
	assert_string_equal(got(c, 2)->deadline, "2011-06-24");
	assert_null(got(c, 3)->deadline);
	assert_string_equal(got(c, 4)->deadline, "2011-06-15");
	cable_free(c);
}

/* "before that date", "before then": the date the text gave before the
 * words; none when it gave none. */
static void test_that_date(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2011, 6, 1);
	add_para(c, 8, 1, "Posts should seek the ministry's approval of the course. "
	         "Registration closes June 30, and we would need approval before that "
	         "date.");
	add_para(c, 3, 2, "Ministers meet in Helsinki on June 8, and we want allies to "
	         "have heard our position before then. Posts should use the points.");
	add_para(c, 5, 3, "Posts should use the points. We want allies to have heard "
	         "our position before then.");
	/* "in time for that meeting", "in time for that deadline": the day
	 * given before, on which the meeting is or by which someone else must
	 * act */
	add_para(c, 5, 4, "Embassy Rome has asked for a meeting with the MFA on June 17. "
	         "Embassy Valletta is requested to send any information it holds in "
	         "time for that meeting.");
	add_para(c, 5, 5, "The ministry must fix its calendar by June 30. We would "
	         "appreciate Embassy Rome confirming the dates in time for that deadline.");
	/* "before that meeting": the day the meeting was given */
	add_para(c, 5, 6, "Embassy Rome should seek guidance from the ministry. The "
	         "Ambassador meets the minister on June 24 and will need the answer "
	         "before that meeting.");
	add_para(c, 8, 7, "Embassy Rome should ask whether the funds may be "
	         "reprogrammed. The minister leaves for Washington on June 21, and we "
	         "would like to give him an answer before he goes.");
	/* "at that meeting": the action's own day */
	add_para(c, 8, 8, "Embassy Rome will serve as the delegation to the pledging "
	         "meeting in Geneva on June 28. Embassy Rome should announce at that "
	         "meeting an additional contribution.");
	tasking_find(c);
	assert_non_null(got(c, 8)->deadline);
	assert_string_equal(got(c, 8)->deadline, "2011-06-28");
	assert_string_equal(got(c, 6)->deadline, "2011-06-24");
	assert_string_equal(got(c, 7)->deadline, "2011-06-21");
	assert_non_null(got(c, 1)->deadline);
	assert_non_null(got(c, 2)->deadline);
	assert_string_equal(got(c, 1)->deadline, "2011-06-30");
	assert_string_equal(got(c, 2)->deadline, "2011-06-08");
	assert_null(got(c, 3)->deadline);
	assert_non_null(got(c, 4)->deadline);
	assert_string_equal(got(c, 4)->deadline, "2011-06-17");
	assert_non_null(got(c, 5)->deadline);
	assert_string_equal(got(c, 5)->deadline, "2011-06-30");
	cable_free(c);
}

/* "in advance of Minister Pineda's Washington visit": the visit's first
 * day, which another paragraph gives. */
static void test_owned_event(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2012, 2, 1);
	add_para(c, 2, 1, "Minister Pineda will visit Washington February 21-23.");
	add_para(c, 2, 2, "Embassy Berlin should seek the operation's objectives in "
	         "advance of Minister Pineda's Washington visit.");
	tasking_find(c);
	assert_non_null(got(c, 2)->deadline);
	assert_string_equal(got(c, 2)->deadline, "2012-02-21");
	cable_free(c);

	/* its hour before its day: "the aircraft's 0600Z February 9 departure" */
	c = new_cable("SECSTATE WASHDC", to_posts, 2, 2012, 2, 1);
	add_para(c, 2, 1, "FOR EMBASSY BERLIN: REQUEST EMBASSY OBTAIN OVERFLIGHT CLEARANCE "
	         "PRIOR TO THE AIRCRAFT'S 0600Z FEBRUARY 9 DEPARTURE.");
	tasking_find(c);
	assert_non_null(got(c, 1)->deadline);
	assert_string_equal(got(c, 1)->deadline, "2012-02-09");
	cable_free(c);

	/* a month names no event: "before the July reinforcement" waits on
	 * nothing another paragraph dates in July */
	c = new_cable("SECSTATE WASHDC", to_posts, 2, 2012, 5, 19);
	add_para(c, 2, 1, "The new force will be established at a summit meeting on "
	         "July 13.");
	add_para(c, 2, 2, "More troops may follow, although not before the July "
	         "reinforcement of the garrison. Embassy Berlin should stress the "
	         "value of the mission.");
	tasking_find(c);
	assert_null(got(c, 2)->deadline);
	cable_free(c);

	/* a date inside the condition that opens the sentence */
	c = new_cable("SECSTATE WASHDC", to_posts, 2, 2012, 5, 1);
	add_para(c, 2, 1, "Even if the crisis is resolved by May 17, Embassy Berlin "
	         "should raise the election with the minister.");
	add_para(c, 2, 2, "If the ministry agrees, Embassy Berlin should deliver the "
	         "points by May 21.");
	tasking_find(c);
	assert_null(got(c, 1)->deadline);
	assert_non_null(got(c, 2)->deadline);
	assert_string_equal(got(c, 2)->deadline, "2012-05-21");
	cable_free(c);
}

/* a and b the same string, a not NULL */
#define assert_str(a, b) do { assert_non_null(a); assert_string_equal(a, b); } while (0)

/* The tasking of paragraph para that holds party name. */
static const struct tasking *got_for(const struct cable *c, int para, const char *name)
{
	for (size_t i = 0; i < c->ntaskings; i++)
		if (c->taskings[i].paragraph == para && has_party(&c->taskings[i], name))
			return &c->taskings[i];
	print_error("no tasking of %s in paragraph %d\n", name, para);
	fail();
	return NULL;
}

static size_t count_of(const struct cable *c, int para)
{
	size_t n = 0;
	for (size_t i = 0; i < c->ntaskings; i++)
		n += c->taskings[i].paragraph == para;
	return n;
}

/* Items that open with posts, each with its own day: each post is due on
 * its item's day, in the item's words, and the others on the paragraph's
 * (one tasking a day); an item that does not ask its own posts ("Paris:"
 * over what Berlin should report) leaves its day to the paragraph. */
static void test_item_deadlines(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2011, 3, 1);
	struct paragraph *p = add_para(c, 6, 1, "Tailored requests:");
	add_child(c, p, 2, NODE_ITEM, "Berlin: Embassy should thank the ministry for "
	          "its support.");
	add_child(c, p, 2, NODE_ITEM, "Paris: Embassy should invite the ministry to a "
	          "call. Please confirm the participants by March 10.");
	p = add_para(c, 6, 2, "Posts should report the replies by March 20.");
	add_child(c, p, 2, NODE_ITEM, "Berlin: ask the ministry about the budget.");
	add_child(c, p, 2, NODE_ITEM, "Paris: ask the ministry about the vote by March 12.");
	p = add_para(c, 6, 3, "Please deliver the points.");
	add_child(c, p, 2, NODE_ITEM, "Berlin: raise it with the chancellery by March 15.");
	add_child(c, p, 2, NODE_ITEM, "Paris: raise it with the Elysee by March 15.");
	p = add_para(c, 6, 4, "Embassy Berlin should share our views with the ministry.");
	add_child(c, p, 1, NODE_BULLET, "Paris: the French will host the talks. Embassy "
	          "Berlin should also report the German view by March 17.");
	p = add_para(c, 6, 5, "We ask posts to take the following steps:");
	add_child(c, p, 2, NODE_ITEM, "Berlin: approach the ministry on the budget.");
	add_child(c, p, 2, NODE_ITEM, "Paris: seek the views of the AU desk and report "
	          "them by March 10.");
	p = add_para(c, 6, 6, "Action request:");
	add_child(c, p, 2, NODE_ITEM, "For Embassy Berlin: Please approach the ministry "
	          "and ask for a response by March 10.");
	add_child(c, p, 2, NODE_ITEM, "For Embassy Paris: Embassy should deliver the "
	          "points before March 20.");
	tasking_find(c);
	assert_int_equal(count_of(c, 1), 2);
	assert_null(got_for(c, 1, "AMEMBASSY BERLIN")->deadline);
	assert_str(got_for(c, 1, "AMEMBASSY BERLIN")->summary,
	                    "Thank the ministry for its support");
	assert_false(has_party(got_for(c, 1, "AMEMBASSY BERLIN"), "AMEMBASSY PARIS"));
	assert_str(got_for(c, 1, "AMEMBASSY PARIS")->deadline, "2011-03-10");
	assert_str(got_for(c, 1, "AMEMBASSY PARIS")->summary,
	                    "Invite the ministry to a call");
	assert_int_equal(count_of(c, 2), 2);
	assert_str(got_for(c, 2, "AMEMBASSY BERLIN")->deadline, "2011-03-20");
	assert_str(got_for(c, 2, "AMEMBASSY PARIS")->deadline, "2011-03-12");
	assert_int_equal(count_of(c, 3), 1);
	assert_str(got(c, 3)->deadline, "2011-03-15");
	assert_int_equal(got(c, 3)->nparties, 2);
	assert_int_equal(count_of(c, 4), 1);
	assert_str(got(c, 4)->deadline, "2011-03-17");
	/* the items under a request that leads into them: Paris's day is
	 * its own, and the line names the asks, not the posts */
	assert_int_equal(count_of(c, 5), 2);
	assert_null(got_for(c, 5, "AMEMBASSY BERLIN")->deadline);
	assert_str(got_for(c, 5, "AMEMBASSY PARIS")->deadline, "2011-03-10");
	assert_str(got_for(c, 5, "AMEMBASSY BERLIN")->summary,
	           "Take 2 steps: Approach the ministry on the budget; Seek the views of "
	           "the AU desk and report them");
	/* "For Embassy Paris:" is a heading of posts too */
	assert_int_equal(count_of(c, 6), 2);
	assert_str(got_for(c, 6, "AMEMBASSY BERLIN")->deadline, "2011-03-10");
	assert_str(got_for(c, 6, "AMEMBASSY PARIS")->deadline, "2011-03-20");
	/* the paragraph's tasked list holds every party */
	assert_int_equal(c->paras[0].ntasked, 2);
	cable_free(c);
}

/* Requests restructured as other drafters write them: the date first,
 * a time zone after "a.m." in the same sentence, a long aside of time or
 * manner between the party and its verb (with a list in it), the items
 * of a line run on after its colon ("actions: -- We recommend that"). */
static void test_restructured(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2011, 3, 1);
	add_para(c, 5, 1, "ACTION REQUEST: On Thursday, March 3, but no earlier than "
	         "9:30 a.m. (Eastern Standard Time - Washington, D.C.), posts are "
	         "instructed to deliver the points.");
	add_para(c, 5, 2, "Before March 16, posts, while stressing the need to keep "
	         "the details of the plans confidential, are asked to engage officials.");
	add_para(c, 5, 3, "Posts, citing the obligations of host governments under "
	         "UNSCRs 1718, 1737, and 1747, should encourage them to deny overflight.");
	add_para(c, 5, 4, "Any information you collect on these topics would be "
	         "greatly appreciated by analysts and senior policymakers.");
	add_para(c, 5, 5, "Reporting officers, when it is available, should include "
	         "the following information.");
	tasking_find(c);
	assert_int_equal(got(c, 5)->nparties, 2);
	assert_str(got(c, 1)->deadline, "2011-03-03");
	assert_str(got(c, 2)->deadline, "2011-03-16");
	assert_int_equal(got(c, 3)->nparties, 2);
	assert_str(got(c, 4)->summary, "Provide any information you collect on these topics");
	cable_free(c);

	static struct addressee to_state[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "21", false },
	};
	static struct addressee info[] = {
		{ NULL, "DEPT OF JUSTICE WASHINGTON DC", NULL, NULL, false },
	};
	c = new_cable("AMEMBASSY BANGKOK", to_state, 1, 2009, 8, 12);
	c->info = info;
	c->ninfo = 1;
	add_para(c, 4, 1, "Post would welcome Washington's consideration of the "
	         "following actions: -- We recommend that Attorney General Holder "
	         "also call him in.");
	add_para(c, 4, 2, "Scheduling of a meeting in the near future, to discuss "
	         "this issue, is requested by Mission.");
	add_para(c, 4, 3, "Washington, to obtain the greatest return on these visits, "
	         "should in our view explore multiple-country itineraries.");
	add_para(c, 4, 4, "For U.S. consideration, we propose the following:");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	for (int n = 2; n <= 4; n++)
		assert_int_equal(got(c, n)->nparties, 1);
	cable_free(c);
}

/* "They should do so before December 16" after the request, in a
 * paragraph's prose or in a bullet: the request's date; not what someone
 * else promised ("The minister promised to do so by March 30"). */
static void test_done_so(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_posts, 2, 2011, 3, 1);
	add_para(c, 4, 1, "Posts are asked to engage officials to outline the U.S. "
	         "position. They should do so before March 16.");
	struct paragraph *p = add_para(c, 4, 2, "Action request.");
	add_child(c, p, 1, NODE_BULLET, "Embassy Berlin and Embassy Paris are asked to "
	          "engage officials. They should do so before March 18.");
	add_para(c, 4, 3, "Posts are asked to engage officials. The minister promised "
	         "to do so by March 30.");
	add_para(c, 4, 4, "Embassy Berlin should deliver the points. Embassy Paris should "
	         "do so by March 20.");
	tasking_find(c);
	assert_true(has_party(got(c, 4), "AMEMBASSY PARIS"));
	assert_string_equal(got(c, 4)->deadline, "2011-03-20");
	for (int n = 1; n <= 2; n++)
		assert_non_null(got(c, n)->deadline);
	assert_string_equal(got(c, 1)->deadline, "2011-03-16");
	assert_string_equal(got(c, 2)->deadline, "2011-03-18");
	assert_null(got(c, 3)->deadline);
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates_beside_the_request),
		cmocka_unit_test(test_item_deadlines),
		cmocka_unit_test(test_event_days),
		cmocka_unit_test(test_that_date),
		cmocka_unit_test(test_owned_event),
		cmocka_unit_test(test_restructured),
		cmocka_unit_test(test_done_so),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

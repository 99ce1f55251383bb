/* test_deadline.c - deadline phrases, with real sentences from the corpus
 * (CABLE-FORMAT.md section 4, item 40, and the labelled cables). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "tasking/deadline.h"

static struct dtg mkdtg(int y, int m, int d)
{
	struct dtg g = { true, y, m, d, 12, 0 };
	return g;
}

/* Finds the deadline of text; returns "" when none, "-" when undated, else
 * the ISO date.  The phrase goes to phrase (may be NULL). */
static const char *find(const char *text, struct dtg g, char *phrase, size_t psize)
{
	static char iso[16];
	struct deadline d;
	if (!deadline_find(text, strlen(text), &g, &d))
		return "";
	if (phrase) {
		size_t n = d.len < psize - 1 ? d.len : psize - 1;
		memcpy(phrase, text + d.start, n);
		phrase[n] = '\0';
	}
	if (!d.dated)
		return "-";
	deadline_iso(&d, iso, sizeof iso);
	return iso;
}

static void test_nlt_month_day(void **state)
{
	(void)state;
	char p[64];
	/* seed, DTG 302227Z SEP 08 */
	assert_string_equal(find("Post is requested to respond NLT October 15 -- "
	                         "to include its views", mkdtg(2008, 9, 30), p, sizeof p),
	                    "2008-10-15");
	assert_string_equal(p, "NLT October 15");
	/* counted from the cable, not from an event */
	assert_string_equal(find("Posts should, within two weeks of the date of this cable, "
	                         "report the results.", mkdtg(2011, 9, 8), p, sizeof p),
	                    "2011-09-22");
	assert_string_equal(p, "within two weeks of the date of this cable");
	assert_string_equal(find("Posts should report within two days of the date of the "
	                         "demarche.", mkdtg(2011, 9, 8), NULL, 0), "");
	/* a month's abbreviation with its dot */
	assert_string_equal(find("Post should report by Sept. 30 on the vote.",
	                         mkdtg(2011, 9, 8), NULL, 0), "2011-09-30");
	assert_string_equal(find("Please reply NLT Jan. 5, 2012.", mkdtg(2011, 9, 8), NULL, 0),
	                    "2012-01-05");
}

static void test_by_with_year(void **state)
{
	(void)state;
	char p[64];
	/* 09STATE15113, DTG 182318Z FEB 09 */
	assert_string_equal(find("ACTION REQUEST: Posts are requested to report by "
	                         "March 20, 2009 on CI/KR in their host country",
	                         mkdtg(2009, 2, 18), p, sizeof p), "2009-03-20");
	assert_string_equal(p, "by March 20, 2009");
	/* 08STATE37957 */
	assert_string_equal(find("Please report response if possible by April 17, 2008.",
	                         mkdtg(2008, 4, 10), NULL, 0), "2008-04-17");
}

static void test_by_without_year(void **state)
{
	(void)state;
	/* 08STATE103511, DTG 270333Z SEP 08; the date wraps onto a new line */
	assert_string_equal(find("Department requests action addressees report results "
	                         "Of efforts via front-channel cable by\nSeptember 29 to "
	                         "AF/RSA Jun Bando,", mkdtg(2008, 9, 27), NULL, 0),
	                    "2008-09-29");
}

static void test_dated_wins_over_asap(void **state)
{
	(void)state;
	/* 09STATE83026, DTG in August 2009 */
	assert_string_equal(find("Action addressees should report as soon as possible "
	                         "but no later than August 19 results of their demarche",
	                         mkdtg(2009, 8, 13), NULL, 0), "2009-08-19");
}

static void test_weekday_and_date(void **state)
{
	(void)state;
	char p[64];
	/* 10USNATO52, sent 4 February 2010 */
	assert_string_equal(find("We request Washington guidance NLT Monday, February 8, "
	                         "on how to respond to Brandenburg.",
	                         mkdtg(2010, 2, 4), p, sizeof p), "2010-02-08");
	assert_string_equal(p, "NLT Monday, February 8");
}

static void test_cob_weekday(void **state)
{
	(void)state;
	/* 2010-02-04 is a Thursday: COB Friday is the next day */
	assert_string_equal(find("Please reply COB Friday.", mkdtg(2010, 2, 4), NULL, 0),
	                    "2010-02-05");
	/* "this Friday" is that Friday */
	assert_string_equal(find("Input is needed by this Friday.", mkdtg(2010, 2, 4), NULL, 0),
	                    "2010-02-05");
	assert_string_equal(find("Please reply by close of business Monday.",
	                         mkdtg(2010, 2, 4), NULL, 0), "2010-02-08");
}

static void test_next_year(void **state)
{
	(void)state;
	/* a date before the DTG's day falls in the next year */
	assert_string_equal(find("Please report by January 10.", mkdtg(2009, 12, 24), NULL, 0),
	                    "2010-01-10");
	assert_string_equal(find("Please report by 15 October.", mkdtg(2008, 9, 30), NULL, 0),
	                    "2008-10-15");
}

static void test_before_meeting(void **state)
{
	(void)state;
	char p[64];
	assert_string_equal(find("Please deliver the points before the March 3 meeting.",
	                         mkdtg(2009, 2, 20), p, sizeof p), "2009-03-03");
	assert_string_equal(p, "before the March 3");
}

static void test_business_days(void **state)
{
	(void)state;
	/* 09STATE96222, DTG 161515Z SEP 09 (a Wednesday) */
	assert_string_equal(find("Post is requested to please report the results of its "
	                         "efforts within seven business days following receipt "
	                         "of this cable.", mkdtg(2009, 9, 16), NULL, 0),
	                    "2009-09-25");
	assert_string_equal(find("Please respond within 10 days.", mkdtg(2009, 9, 16), NULL, 0),
	                    "2009-09-26");
}

/* A count before the event's date: that date less the count. */
static void test_days_before(void **state)
{
	(void)state;
	char p[64];
	assert_string_equal(find("Posts should report at least two days before the "
	                         "November 20 ministerial.", mkdtg(2009, 11, 6), p, sizeof p),
	                    "2009-11-18");
	assert_string_equal(p, "two days before the November 20");
	assert_string_equal(find("Please report one week prior to the November 27 vote.",
	                         mkdtg(2009, 11, 6), NULL, 0), "2009-11-20");
	/* Friday November 20 less three business days: Tuesday the 17th */
	assert_string_equal(find("Please report three business days ahead of the "
	                         "November 20 meeting.", mkdtg(2009, 11, 6), NULL, 0),
	                    "2009-11-17");
	/* "by" a date: no count before it reads */
	assert_string_equal(find("Submit the two reports by November 20.",
	                         mkdtg(2009, 11, 6), NULL, 0), "2009-11-20");
}

static void test_undated(void **state)
{
	(void)state;
	char p[64];
	/* 09STATE83014 */
	assert_string_equal(find("Posts are requested to deliver demarche responses as "
	                         "soon as possible.", mkdtg(2009, 8, 10), p, sizeof p), "-");
	assert_string_equal(p, "as soon as possible");
	/* 08CARACAS420: a month alone */
	assert_string_equal(find("The embassy would like resources available by Mid-May 2008.",
	                         mkdtg(2008, 3, 26), p, sizeof p), "-");
	assert_string_equal(p, "by Mid-May 2008");
	assert_string_equal(find("Please respond ASAP.", mkdtg(2008, 3, 26), NULL, 0), "-");
	assert_string_equal(find("Please reply by December.", mkdtg(2008, 3, 26), NULL, 0), "-");
}

static void test_not_deadlines(void **state)
{
	(void)state;
	/* 09LONDON1156, 09LONDON1707, 09LONDON348: event dates */
	assert_string_equal(find("the next general elections, which under British law "
	                         "must occur no later than May 2010.",
	                         mkdtg(2009, 5, 1), NULL, 0), "");
	assert_string_equal(find("no decision would be made on Trident renewal until after "
	                         "the next British general election, which must occur no "
	                         "later than June 3, 2010.", mkdtg(2009, 7, 1), NULL, 0), "");
	assert_string_equal(find("the Brown Government, which trails in the polls and must "
	                         "hold an election no later than May 2010.",
	                         mkdtg(2009, 3, 1), NULL, 0), "");
	/* "by" without a date */
	assert_string_equal(find("Post would welcome an audit or program review of the "
	                         "CSF process by CENTCOM or by DOD.", mkdtg(2007, 12, 15),
	                         NULL, 0), "");
	assert_string_equal(find("It could be used by may or may not.", mkdtg(2007, 12, 15),
	                         NULL, 0), "");
	/* the first day the action may be taken, not its last */
	assert_string_equal(find("USUN is requested to submit the proposal no earlier than "
	                         "COB Tuesday, September 13, to allow time for approaches.",
	                         mkdtg(2011, 9, 8), NULL, 0), "");
	assert_string_equal(find("Please deliver the letter not before October 1.",
	                         mkdtg(2011, 9, 8), NULL, 0), "");
	assert_string_equal(find("Please deliver the letter before October 1.",
	                         mkdtg(2011, 9, 8), NULL, 0), "2011-10-01");
	/* 10KABUL699: no date follows */
	assert_string_equal(find("the ECC must be established no later than three months "
	                         "before the election date.", mkdtg(2010, 3, 1), NULL, 0), "");
}

/* A clock time before the date: "1200 EST March 13", "1200Z March 14",
 * "12:00 on March 16"; a bare "1200" is no time (a year as likely). */
static void test_clock_times(void **state)
{
	(void)state;
	char p[64];
	assert_string_equal(find("Please deliver the points no later than 1200 EST "
	                         "March 13.", mkdtg(2009, 3, 2), p, sizeof p), "2009-03-13");
	assert_string_equal(p, "no later than 1200 EST March 13");
	assert_string_equal(find("Please respond by 1200Z March 14.", mkdtg(2009, 3, 2),
	                         NULL, 0), "2009-03-14");
	assert_string_equal(find("Please respond by 12:00 on March 16.", mkdtg(2009, 3, 2),
	                         NULL, 0), "2009-03-16");
	assert_string_equal(find("Posts should reply NLT 1700 hours March 18.",
	                         mkdtg(2009, 3, 2), NULL, 0), "2009-03-18");
	assert_string_equal(find("The plan will be complete by 1200 March 20.",
	                         mkdtg(2009, 3, 2), NULL, 0), "");
	assert_string_equal(find("Posts should reply by 5 p.m. Friday, March 6.",
	                         mkdtg(2009, 3, 2), NULL, 0), "2009-03-06");
	assert_string_equal(find("Please respond by 10:30 a.m. on March 16.",
	                         mkdtg(2009, 3, 2), NULL, 0), "2009-03-16");
}

/* "the 15th of March", as "15th March" and "March 15th"; "the 15th"
 * alone is this month's, or the next month's once the day has passed. */
static void test_day_of_month(void **state)
{
	(void)state;
	assert_string_equal(find("Respond by the 15th of March.", mkdtg(2009, 3, 2), NULL, 0),
	                    "2009-03-15");
	assert_string_equal(find("Respond by 15th March.", mkdtg(2009, 3, 2), NULL, 0),
	                    "2009-03-15");
	assert_string_equal(find("Respond no later than the 15th.", mkdtg(2009, 3, 2),
	                         NULL, 0), "2009-03-15");
	assert_string_equal(find("Respond by the 1st so that we can brief.",
	                         mkdtg(2009, 12, 20), NULL, 0), "2010-01-01");
	assert_string_equal(find("Respond by the 16th, when the general raises it.",
	                         mkdtg(2007, 10, 9), NULL, 0), "2007-10-16");
	/* April has no 31st: a deadline without a date */
	assert_string_equal(find("Respond by the 31st.", mkdtg(2009, 4, 2), NULL, 0), "-");
	assert_string_equal(find("Respond by the 3rd round of talks.", mkdtg(2009, 3, 2),
	                         NULL, 0), "");
	assert_string_equal(find("Respond by the 15.", mkdtg(2009, 3, 2), NULL, 0), "");
	/* hours: the whole days in them */
	assert_string_equal(find("Please respond within 48 hours.", mkdtg(2009, 3, 2),
	                         NULL, 0), "2009-03-04");
	assert_string_equal(find("Please respond within 48 hours of the attack.",
	                         mkdtg(2009, 3, 2), NULL, 0), "");
}

static void test_no_dtg(void **state)
{
	(void)state;
	struct deadline d;
	const char *t = "Please report by March 20, 2009.";
	assert_true(deadline_find(t, strlen(t), NULL, &d));
	assert_true(d.dated);
	assert_int_equal(d.year, 2009);
	const char *u = "Please report by March 20.";
	assert_true(deadline_find(u, strlen(u), NULL, &d));
	assert_false(d.dated);
}

/* The action's own date, with no due word (fictional sentences). */
static const char *find_on(const char *text, struct dtg g)
{
	static char buf[16];
	struct deadline d;
	if (!deadline_find_on(text, strlen(text), &g, &d))
		return "none";
	deadline_iso(&d, buf, sizeof buf);
	return buf;
}

static void test_action_date(void **state)
{
	(void)state;
	struct dtg g = mkdtg(2011, 5, 3);
	assert_string_equal(find_on("Embassy should on May 9 deliver the points.", g),
	                    "2011-05-09");
	assert_string_equal(find_on("Posts are instructed to deliver the points to host "
	                            "governments on Thursday, May 12.", g), "2011-05-12");
	assert_string_equal(find_on("USDEL should raise these questions at the June 2 "
	                            "session of the working group.", g), "2011-06-02");
	assert_string_equal(find_on("The first meeting is set for June 2.", g), "2011-06-02");
	assert_string_equal(find_on("We recommend that Washington use the June 2 session "
	                            "to register our differences.", g), "2011-06-02");
	assert_string_equal(find_on("Post should raise it during the June 2 visit.", g),
	                    "2011-06-02");
	/* background: a date before the DTG, or far ahead */
	assert_string_equal(find_on("On April 28 the minister told us the plan.", g), "none");
	assert_string_equal(find_on("Post should recall the accord signed on April 2.", g),
	                    "none");
	assert_string_equal(find_on("The treaty enters into force on December 1.", g), "none");
	assert_string_equal(find_on("Post should follow up on the matter.", g), "none");

	assert_true(deadline_wants_event("engage them in advance of that meeting", 38));
	assert_true(deadline_wants_event("in the lead-up to the Board of Governors", 40));
	assert_false(deadline_wants_event("in advance, please send the list", 32));
	/* "after the summit on May 15": when the action may start */
	assert_string_equal(find_on("Posts should brief host governments after the summit "
	                            "on May 15.", g), "none");

	/* the event a paragraph waits on, and its date given elsewhere */
	size_t n;
	const char *t = "Posts should deliver the points in advance of the IAEA Board.";
	const char *w = deadline_event_word(t, strlen(t), &n);
	assert_non_null(w);
	assert_int_equal(n, 4);
	assert_memory_equal(w, "IAEA", 4);
	t = "Deliver them in advance of the summit.";
	w = deadline_event_word(t, strlen(t), &n);
	assert_non_null(w);
	assert_memory_equal(w, "summit", 6);
	struct deadline d;
	const char *b = "The IAEA Board of Governors meets June 8-12 in Vienna.";
	assert_true(deadline_event_date(b, strlen(b), "IAEA", 4, &g, &d));
	assert_int_equal(d.month, 6);
	assert_int_equal(d.day, 8);
	b = "The Council meets June 8-12.";
	assert_false(deadline_event_date(b, strlen(b), "IAEA", 4, &g, &d));

	/* "before" and "prior to" wait only on a named event, and not in a
	 * text in capitals, where every word is capitalised */
	t = "Prior to the Board meeting, Mission should consult the EU.";
	w = deadline_event_word(t, strlen(t), &n);
	assert_non_null(w);
	assert_memory_equal(w, "Board", 5);
	t = "Embassies should approach them before the Third Committee vote.";
	w = deadline_event_word(t, strlen(t), &n);
	assert_non_null(w);
	assert_memory_equal(w, "Third", 5);
	assert_false(deadline_wants_event("Please reply before the end of the year.", 40));
	assert_false(deadline_wants_event("REPLY BEFORE THE END OF THE YEAR.", 33));
	assert_false(deadline_wants_event("Consult them before that meeting.", 33));
}

static void test_invalid_dates(void **state)
{
	(void)state;
	/* an impossible date keeps its words but gives no date */
	assert_string_equal(find("Please report by February 30.", mkdtg(2009, 1, 1), NULL, 0),
	                    "-");
	assert_string_equal(find("Please report by 10/15/2008.", mkdtg(2008, 9, 1), NULL, 0),
	                    "2008-10-15");
}

/* "in advance of", "ahead of", "prior to", "in time for" or "before" an
 * event whose date stands after its owner or what it is said to be
 * (fictional sentences, the forms of real cables) */
static void test_before_an_event(void **state)
{
	(void)state;
	char p[80];
	struct dtg g = mkdtg(2011, 9, 20);
	assert_string_equal(find("Please report in advance of the October 3 plenary.",
	                         g, p, sizeof p), "2011-10-03");
	assert_string_equal(p, "in advance of the October 3");
	assert_string_equal(find("Posts should report ahead of the October 5 vote.",
	                         g, NULL, 0), "2011-10-05");
	assert_string_equal(find("Deliver the points prior to the vessel's scheduled "
	                         "October 9 departure.", g, p, sizeof p), "2011-10-09");
	assert_string_equal(p, "prior to the vessel's scheduled October 9");
	assert_string_equal(find("Deliver the letter before the Minister\xE2\x80\x99s "
	                         "planned November 20 visit.", g, NULL, 0), "2011-11-20");
	/* an owner of two words */
	assert_string_equal(find("Ask the MFA, in both cases before the African Group's "
	                         "October 8 coordination meeting.", g, p, sizeof p),
	                    "2011-10-08");
	assert_string_equal(p, "before the African Group's October 8");
	/* and of four */
	assert_string_equal(find("Deliver it before the Emergency Relief Coordinator's "
	                         "October 26 briefing.", g, NULL, 0), "2011-10-26");
	assert_string_equal(find("Send the assessment in time for the Deputy Secretary's "
	                         "October 11 meetings in Rome.", g, p, sizeof p),
	                    "2011-10-11");
	assert_string_equal(p, "in time for the Deputy Secretary's October 11");
	/* an event of a few words that "on" and a date close, in its clause */
	assert_string_equal(find("Submissions are due before the start of the MSRP cycle "
	                         "on October 1.", g, p, sizeof p), "2011-10-01");
	assert_string_equal(p, "before the start of the MSRP cycle on October 1");
	assert_string_not_equal(find("Report before the start of the cycle. On October 1 "
	                             "the board meets.", g, NULL, 0), "2011-10-01");
	assert_string_not_equal(find("Report before the cycle, which opens on October 1.",
	                             g, NULL, 0), "2011-10-01");
	/* a day a line break turned into a paragraph sign ("October ¶28."),
	 * which the body keeps as prose; not a sign after other words */
	assert_string_equal(find("Report the names by October \xC2\xB6"
	                         "28. Where the minister cannot attend, press.", g, NULL, 0),
	                    "2011-10-28");
	assert_string_equal(find("Report by October. \xC2\xB6" "28. The minister", g, NULL, 0),
	                    "-");
	/* a name's own, without "the", of one or two capitalised words */
	assert_string_equal(find("Send the report in time for Villamizar's November 13 "
	                         "meetings in Washington.", g, p, sizeof p), "2011-11-13");
	assert_string_equal(p, "in time for Villamizar's November 13");
	assert_string_equal(find("Brief them before Minister Serafini's November 4 "
	                         "appearance.", g, NULL, 0), "2011-11-04");
	/* no date: no deadline, or none dated */
	assert_string_equal(find("Please report in time for the ministers to decide.", g,
	                         NULL, 0), "");
	assert_string_equal(find("Please report in advance of the meeting.", g, NULL, 0), "");
	assert_string_equal(find("Please report before the Minister's visit.", g, NULL, 0),
	                    "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nlt_month_day),
		cmocka_unit_test(test_by_with_year),
		cmocka_unit_test(test_by_without_year),
		cmocka_unit_test(test_dated_wins_over_asap),
		cmocka_unit_test(test_weekday_and_date),
		cmocka_unit_test(test_cob_weekday),
		cmocka_unit_test(test_next_year),
		cmocka_unit_test(test_before_meeting),
		cmocka_unit_test(test_business_days),
		cmocka_unit_test(test_days_before),
		cmocka_unit_test(test_undated),
		cmocka_unit_test(test_not_deadlines),
		cmocka_unit_test(test_clock_times),
		cmocka_unit_test(test_day_of_month),
		cmocka_unit_test(test_no_dtg),
		cmocka_unit_test(test_invalid_dates),
		cmocka_unit_test(test_action_date),
		cmocka_unit_test(test_before_an_event),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

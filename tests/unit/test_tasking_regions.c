/* test_tasking_regions.c - tasking_find() on a Washington cable to the
 * posts of a region: a heading that names the region's capitals by their
 * full names ("For posts in Central America (Guatemala City, San Salvador
 * and Panama City):") and one that leaves a post out ("Action request, all
 * posts except Embassy Mexico (see para 7):"); posts pointed back at
 * ("These posts", "All other action addressees"), and so do boxed
 * headings ("FOR ALL OTHER ACTION ADDRESSEES"); the commands and agencies
 * on its INFO lines as cables name them ("HQ USSOUTHCOM", "OSD and the
 * Joint Staff"; not "meetings at DHS").  The sentences are written here
 * (fictional events, the forms of cables a helper wrote blind). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/embedded.h"
#include "parse/cable.h"
#include "tasking/post_table.h"
#include "tasking/regions.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_region[] = {
	{ NULL, "AMEMBASSY GUATEMALA", NULL, "11", false },
	{ NULL, "AMEMBASSY SAN SALVADOR", NULL, "12", false },
	{ NULL, "AMEMBASSY PANAMA", NULL, "13", false },
	{ NULL, "AMEMBASSY MEXICO", NULL, "14", false },
	{ NULL, "AMEMBASSY OTTAWA", NULL, "15", false },
};

static void test_capitals_by_full_name(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_region, 5, 2012, 3, 1);
	add_para(c, 8, 1, "For posts in Central America (Guatemala City, San Salvador "
	         "and Panama City): please obtain the figures from the ministry.");
	add_para(c, 8, 2, "For posts in North America (Mexico City and Ottawa): "
	         "please report the ministry's views.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "AMEMBASSY GUATEMALA"));
	assert_true(has_party(t, "AMEMBASSY SAN SALVADOR"));
	assert_true(has_party(t, "AMEMBASSY PANAMA"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY MEXICO"));
	assert_true(has_party(t, "AMEMBASSY OTTAWA"));
	cable_free(c);
}

static void test_heading_leaves_out(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_region, 5, 2012, 3, 1);
	add_para(c, 8, 1, "Action request, all posts except Embassy Mexico (see para "
	         "2): Department requests that posts deliver the points.");
	add_para(c, 8, 2, "Embassy Mexico should raise the text with the Foreign "
	         "Secretariat.");
	add_para(c, 8, 3, "Action request for all posts: Department requests that "
	         "posts seek co-sponsorship.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 4);
	assert_false(has_party(t, "AMEMBASSY MEXICO"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY MEXICO"));
	assert_int_equal(got(c, 3)->nparties, 5);
	cable_free(c);
}

/* "FOR ALL EMBASSIES IN OSCE PARTICIPATING STATES EXCEPT BELGRADE": the
 * embassies (and the collective of posts) less Belgrade, not the
 * missions. */
static void test_embassies_but_one(void **state)
{
	(void)state;
	static struct addressee to_europe[] = {
		{ NULL, "ALL EUROPEAN POSTS", NULL, NULL, false },
		{ NULL, "USMISSION USOSCE", NULL, "31", false },
		{ NULL, "AMEMBASSY BELGRADE", NULL, "32", false },
		{ NULL, "AMEMBASSY SARAJEVO", NULL, "33", false },
		{ NULL, "AMEMBASSY SKOPJE", NULL, "34", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_europe, 5, 2012, 9, 1);
	add_para(c, 4, 1, "FOR ALL EMBASSIES IN OSCE PARTICIPATING STATES EXCEPT "
	         "BELGRADE (SEE PARA 2): Please deliver the points to the MFA.");
	add_para(c, 4, 2, "Department requests that Embassies, except Belgrade, report "
	         "the responses.");
	tasking_find(c);
	assert_int_equal(got(c, 2)->nparties, 3);
	assert_false(has_party(got(c, 2), "USMISSION USOSCE"));
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "ALL EUROPEAN POSTS"));
	assert_true(has_party(t, "AMEMBASSY SARAJEVO"));
	assert_true(has_party(t, "AMEMBASSY SKOPJE"));
	cable_free(c);
}

/* "These posts should" asks the posts the sentence before named; "All
 * other action addressees should", the rest. */
static void test_pointing_back(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_region, 5, 2011, 2, 1);
	add_para(c, 7, 1, "TIER 1 POSTS: Embassies Ottawa and Mexico, which cover "
	         "countries ranked Tier 1, need only provide an update. These posts "
	         "should nevertheless include complete statistics.");
	add_para(c, 4, 2, "The narratives from Embassies Guatemala and San Salvador "
	         "have been received. All other action addressees should now "
	         "transmit their narratives by March 15.");
	add_para(c, 6, 3, "Posts should report by March 1. These posts should also "
	         "send statistics.");
	/* two posts named, or two places: "Both embassies", "the two" */
	add_para(c, 6, 4, "The narratives from Embassies Guatemala and San Salvador "
	         "are late. Both embassies should send them by March 15.");
	add_para(c, 6, 5, "Canada and Mexico told us that they would join. The two "
	         "embassies should thank their hosts.");
	/* "The latter", "the former": one of the two named before */
	add_para(c, 7, 6, "Embassies Guatemala and San Salvador reported on the talks. "
	         "The latter should brief the ministry.");
	add_para(c, 7, 7, "Embassies Guatemala and San Salvador reported on the talks. "
	         "The former is asked to send an assessment.");
	tasking_find(c);
	assert_int_equal(got(c, 6)->nparties, 1);
	assert_true(has_party(got(c, 6), "AMEMBASSY SAN SALVADOR"));
	assert_int_equal(got(c, 7)->nparties, 1);
	assert_true(has_party(got(c, 7), "AMEMBASSY GUATEMALA"));
	for (int p = 4; p <= 5; p++)
		assert_int_equal(got(c, p)->nparties, 2);
	assert_true(has_party(got(c, 4), "AMEMBASSY SAN SALVADOR"));
	assert_true(has_party(got(c, 5), "AMEMBASSY OTTAWA"));
	assert_true(has_party(got(c, 5), "AMEMBASSY MEXICO"));
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY OTTAWA"));
	assert_true(has_party(t, "AMEMBASSY MEXICO"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 3);
	assert_false(has_party(t, "AMEMBASSY GUATEMALA"));
	assert_false(has_party(t, "AMEMBASSY SAN SALVADOR"));
	assert_int_equal(got(c, 3)->nparties, 5);
	cable_free(c);
}

/* Boxed headings over a cable's sections: all posts, one post, the posts
 * after a heading's colon, then "all other action addressees" (the posts
 * no heading before named). */
static void test_boxed_sections(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_region, 5, 2012, 3, 1);
	struct paragraph *p = add_para(c, 4, 1, "ALL ACTION ADDRESSEES: CONVENE YOUR "
	                               "EMERGENCY ACTION COMMITTEE WITHIN 48 HOURS.");
	p->heading = "FOR ALL ACTION ADDRESSEES";
	p = add_para(c, 4, 2, "EMBASSY PANAMA SHOULD ISSUE A MESSAGE FOR U.S. CITIZENS.");
	p->heading = "FOR EMBASSY PANAMA";
	p = add_para(c, 4, 3, "REQUEST POSTS DETERMINE WHETHER HOST AUTHORITIES SCREEN "
	             "ARRIVING PASSENGERS.");
	p->heading = "FOR POSTS WITH NONSTOP AIR SERVICE TO PANAMA: MEXICO CITY AND "
	             "OTTAWA";
	p = add_para(c, 4, 4, "POSTS SHOULD UPDATE THEIR WEBSITES.");
	p->heading = "FOR ALL OTHER ACTION ADDRESSEES";
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 5);
	const struct tasking *t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY PANAMA"));
	t = got(c, 3);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY MEXICO"));
	assert_true(has_party(t, "AMEMBASSY OTTAWA"));
	t = got(c, 4);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY GUATEMALA"));
	assert_true(has_party(t, "AMEMBASSY SAN SALVADOR"));
	cable_free(c);
}

/* "ASEAN posts" are the TO posts in ASEAN, not a collective on the INFO
 * lines whose name holds the word; so in "an action request for ASEAN
 * posts". */
static void test_group_posts(void **state)
{
	(void)state;
	static struct addressee to_asia[] = {
		{ NULL, "AMEMBASSY JAKARTA", NULL, "41", false },
		{ NULL, "AMEMBASSY MANILA", NULL, "42", false },
		{ NULL, "AMEMBASSY TOKYO", NULL, "43", false },
	};
	static struct addressee info_arf[] = {
		{ NULL, "ASEAN REGIONAL FORUM COLLECTIVE", NULL, NULL, false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_asia, 3, 2012, 6, 1);
	c->info = info_arf;
	c->ninfo = 1;
	add_para(c, 4, 1, "ASEAN posts should approach host government officials.");
	add_para(c, 4, 2, "Embassy Tokyo should share our approach with the MFA.");
	add_para(c, 4, 3, "ASEAN member-state capitals should also encourage host "
	         "governments to support the statement.");
	add_para(c, 4, 4, "ASEAN capitals should report.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY JAKARTA"));
	assert_true(has_party(t, "AMEMBASSY MANILA"));
	for (int p = 3; p <= 4; p++) {
		assert_int_equal(got(c, p)->nparties, 2);
		assert_false(has_party(got(c, p), "AMEMBASSY TOKYO"));
	}
	cable_free(c);

	c = new_cable("SECSTATE WASHDC", to_asia, 3, 2012, 6, 1);
	c->info = info_arf;
	c->ninfo = 1;
	add_para(c, 4, 1, "This is an action request for ASEAN posts; see para 2.");
	add_para(c, 4, 2, "Please report host government views by June 20.");
	tasking_find(c);
	t = got(c, 2);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY TOKYO"));
	cable_free(c);

	/* "Gulf posts": the GCC's */
	static struct addressee to_gulf[] = {
		{ NULL, "AMEMBASSY RIYADH", NULL, "51", false },
		{ NULL, "AMEMBASSY DOHA", NULL, "52", false },
		{ NULL, "AMEMBASSY ISLAMABAD", NULL, "53", false },
	};
	c = new_cable("SECSTATE WASHDC", to_gulf, 3, 2012, 6, 1);
	add_para(c, 4, 1, "GULF POSTS SHOULD ASK HOST GOVERNMENTS TO INSPECT THE CARGO.");
	tasking_find(c);
	t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY ISLAMABAD"));
	cable_free(c);
}

/* A region's words (data/regions.tsv) ask the addressees in it: a
 * bureau's symbol ("AF posts"), "Posts in West Africa", "WHA POSTS ARE
 * INSTRUCTED", a heading "FOR ALL WEST AFRICAN POSTS:" over questions;
 * not a region's officials ("with Nordic officials, posts should"), and
 * a region that holds none of them leaves every post asked. */
static void test_region_posts(void **state)
{
	(void)state;
	static struct addressee to_world[] = {
		{ NULL, "AMEMBASSY ACCRA", NULL, "61", false },
		{ NULL, "AMEMBASSY DAKAR", NULL, "62", false },
		{ NULL, "AMCONSUL LAGOS", NULL, "63", false },
		{ NULL, "AMEMBASSY NAIROBI", NULL, "64", false },
		{ NULL, "AMEMBASSY LIMA", NULL, "65", false },
		{ NULL, "AMEMBASSY OSLO", NULL, "66", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_world, 6, 2012, 6, 1);
	add_para(c, 8, 1, "AF posts should report host government reactions.");
	add_para(c, 8, 2, "Posts in West Africa should deliver the points.");
	add_para(c, 8, 3, "WHA POSTS ARE INSTRUCTED TO RAISE THE CANDIDACY.");
	add_para(c, 8, 4, "FOR ALL WEST AFRICAN POSTS: WHAT DO HOST GOVERNMENTS WANT?");
	add_para(c, 8, 5, "In discussions with Nordic officials, posts should draw on "
	         "the points.");
	add_para(c, 8, 6, "Posts in Central Asia should report.");
	add_para(c, 8, 7, "Posts in the Central African Republic should report.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 4);
	assert_false(has_party(t, "AMEMBASSY LIMA"));
	assert_false(has_party(t, "AMEMBASSY OSLO"));
	for (int p = 2; p <= 4; p += 2) {
		t = got(c, p);
		assert_int_equal(t->nparties, 3);
		assert_true(has_party(t, "AMCONSUL LAGOS"));
		assert_false(has_party(t, "AMEMBASSY NAIROBI"));
	}
	t = got(c, 3);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY LIMA"));
	for (int p = 5; p <= 7; p++)
		assert_int_equal(got(c, p)->nparties, 6);
	cable_free(c);
}

/* The groups a cable names by a short name ("G8 posts"), Asia and its
 * parts, "Posts accredited to EU member states", a list of regions
 * ("in Africa, Asia and the Middle East") or of cities ("Missions in
 * Accra, Nairobi, and Astana"); a region whose name
 * ends in another's ("Southern African posts", "Central African posts")
 * is the longer one, here holding no addressee: every post is asked, not
 * the African ones. */
static void test_groups_and_longer_regions(void **state)
{
	(void)state;
	static struct addressee to_mix[] = {
		{ NULL, "AMEMBASSY PARIS", NULL, "71", false },
		{ NULL, "AMEMBASSY TOKYO", NULL, "72", false },
		{ NULL, "AMEMBASSY ACCRA", NULL, "73", false },
		{ NULL, "AMEMBASSY NAIROBI", NULL, "74", false },
		{ NULL, "AMEMBASSY ASTANA", NULL, "75", false },
		{ NULL, "AMEMBASSY MOSCOW", NULL, "76", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_mix, 6, 2009, 6, 1);
	add_para(c, 8, 1, "G8 posts should deliver the letter.");
	add_para(c, 8, 2, "Posts in Asia should report any reaction.");
	add_para(c, 8, 3, "Posts accredited to EU member states are requested to "
	         "approach host governments.");
	add_para(c, 8, 4, "Southern African posts should report.");
	add_para(c, 8, 5, "Central African posts should report.");
	add_para(c, 8, 6, "Central Asian posts should report.");
	add_para(c, 8, 7, "Posts in Africa, Asia and the Middle East should report.");
	add_para(c, 8, 8, "Missions in Accra, Nairobi, and Astana are requested to report.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "AMEMBASSY PARIS"));
	assert_true(has_party(t, "AMEMBASSY TOKYO"));
	assert_true(has_party(t, "AMEMBASSY MOSCOW"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY TOKYO"));
	assert_true(has_party(t, "AMEMBASSY ASTANA"));
	t = got(c, 3);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY PARIS"));
	assert_int_equal(got(c, 4)->nparties, 6);
	assert_int_equal(got(c, 5)->nparties, 6);
	t = got(c, 6);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY ASTANA"));
	t = got(c, 7);
	assert_int_equal(t->nparties, 4);
	assert_false(has_party(t, "AMEMBASSY PARIS"));
	assert_false(has_party(t, "AMEMBASSY MOSCOW"));
	t = got(c, 8);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "AMEMBASSY ACCRA"));
	assert_true(has_party(t, "AMEMBASSY NAIROBI"));
	assert_true(has_party(t, "AMEMBASSY ASTANA"));
	cable_free(c);
}

/* Items that open with a heading of posts ask them ("A. Jakarta: ask the
 * MFA", "B. Manila: follow up"), as a paragraph would. */
static void test_items_for_posts(void **state)
{
	(void)state;
	static struct addressee to_asia[] = {
		{ NULL, "AMEMBASSY JAKARTA", NULL, "41", false },
		{ NULL, "AMEMBASSY MANILA", NULL, "42", false },
		{ NULL, "AMEMBASSY TOKYO", NULL, "43", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_asia, 3, 2012, 6, 1);
	struct paragraph *p = add_para(c, 2, 1, "Specific requests for East Asian posts:");
	add_child(c, p, 2, NODE_ITEM, "Jakarta: ask the MFA whether the abstention "
	          "reflected instructions from capital.");
	add_child(c, p, 2, NODE_ITEM, "Manila: follow up on the Undersecretary's query.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "AMEMBASSY TOKYO"));
	cable_free(c);
}

/* data/regions.tsv holds together: each member is a post of
 * data/postnames.tsv by its full name or another region, and a region's
 * lines stand together. */
static void test_region_table(void **state)
{
	(void)state;
	const struct embedded_file *f = embedded_find("data/regions.tsv");
	assert_non_null(f);
	char name[64], prev[64] = "", seen[4096] = "|";
	size_t rows = 0;
	for (const char *p = f->data; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : p) {
		if (*p == '#' || *p == '\n')
			continue;
		const char *tab = strchr(p, '\t'), *eol = strchr(p, '\n');
		assert_non_null(tab);
		assert_true(!eol || tab < eol);
		snprintf(name, sizeof name, "%.*s", (int)(tab - p), p);
		char member[64], key[70];
		snprintf(member, sizeof member, "%.*s",
		         (int)((eol ? eol : tab + strlen(tab)) - tab - 1), tab + 1);
		if (strcmp(name, prev) != 0) {
			if (!region_known(name, strlen(name)))
				fail_msg("region %s: not found by its name", name);
			snprintf(key, sizeof key, "|%s|", name);
			if (strstr(seen, key))
				fail_msg("region %s: lines not together", name);
			strncat(seen, name, sizeof seen - strlen(seen) - 2);
			strcat(seen, "|");
			snprintf(prev, sizeof prev, "%s", name);
		}
		struct post_lookup l;
		post_lookup(member, &l);
		bool post = l.result == POST_FOUND && strcmp(l.use, member) == 0;
		if (!post && !region_known(member, strlen(member)))
			fail_msg("%s: member %s is neither a post nor a region", name, member);
		if (post && !region_holds(name, strlen(name), member))
			fail_msg("%s does not hold its member %s", name, member);
		rows++;
	}
	assert_true(rows > 300);
	assert_true(region_holds("AFRICAN", 7, "AMEMBASSY ACCRA"));
	assert_false(region_holds("EUR", 3, "AMEMBASSY ACCRA"));
	assert_false(region_known("NORTH AMERICA", 13));
}

/* "Info addressees" are the posts on the INFO lines; a label that ends
 * in "information:" is no such words ("Request for information: posts
 * should report" asks the TO posts). */
static void test_info_words(void **state)
{
	(void)state;
	static struct addressee info_post[] = {
		{ NULL, "AMEMBASSY LONDON", NULL, "31", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_region, 5, 2012, 3, 1);
	c->info = info_post;
	c->ninfo = 1;
	add_para(c, 2, 1, "Request for information: posts should report.");
	add_para(c, 2, 2, "Info addressees should share the report.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 5);
	assert_false(has_party(t, "AMEMBASSY LONDON"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY LONDON"));
	cable_free(c);
}

/* A body's posts less the countries or posts an exception names, in a
 * heading and in the sentence: "FOR POSTS IN EU MEMBER STATES OTHER THAN
 * THE NETHERLANDS AND BELGIUM:" */
static void test_group_less_excepted(void **state)
{
	(void)state;
	static struct addressee to_eu[] = {
		{ NULL, "EU MEMBER STATES COLLECTIVE", NULL, NULL, false },
		{ NULL, "AMEMBASSY THE HAGUE", NULL, "61", false },
		{ NULL, "AMEMBASSY BRUSSELS", NULL, "62", false },
		{ NULL, "AMEMBASSY OSLO", NULL, "63", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_eu, 4, 2011, 11, 1);
	add_para(c, 3, 1, "FOR POSTS IN EU MEMBER STATES OTHER THAN THE NETHERLANDS AND "
	         "BELGIUM: Posts should deliver the non-paper by December 2.");
	add_para(c, 3, 2, "Posts in EU member states other than the Netherlands should "
	         "deliver the non-paper.");
	add_para(c, 3, 3, "Posts in EU member states should deliver the non-paper.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "EU MEMBER STATES COLLECTIVE"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY BRUSSELS"));
	assert_false(has_party(t, "AMEMBASSY OSLO"));
	assert_int_equal(got(c, 3)->nparties, 3);
	cable_free(c);
}

static struct addressee info_agencies[] = {
	{ NULL, "SECDEF WASHINGTON DC", NULL, NULL, false },
	{ NULL, "JOINT STAFF WASHINGTON DC", NULL, NULL, false },
	{ NULL, "DEPT OF HOMELAND SECURITY WASHINGTON DC", NULL, NULL, false },
	{ NULL, "HQ USSOUTHCOM MIAMI FL", NULL, NULL, false },
};

static void test_agencies_on_info(void **state)
{
	(void)state;
	struct cable *c = new_cable("SECSTATE WASHDC", to_region, 5, 2012, 3, 1);
	c->info = info_agencies;
	c->ninfo = 4;
	add_para(c, 4, 1, "The Department requests that HQ USSOUTHCOM provide the "
	         "final flight schedule.");
	/* an agency on the lines that opens the clause */
	add_para(c, 4, 2, "The Department of Homeland Security should confirm the dates.");
	add_para(c, 4, 3, "Homeland Security Headquarters (DHS/PLCY) is requested to "
	         "confirm the dates.");
	add_para(c, 4, 4, "The Department of Homeland Security will confirm the dates.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "HQ USSOUTHCOM MIAMI FL"));
	for (int n = 2; n <= 3; n++) {
		t = got(c, n);
		assert_int_equal(t->nparties, 1);
		assert_true(has_party(t, "DEPT OF HOMELAND SECURITY WASHINGTON DC"));
	}
	assert_null(find(c, 4));
	cable_free(c);

	static struct addressee to_state[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "21", false },
	};
	c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 5, 3);
	c->info = info_agencies;
	c->ninfo = 4;
	add_para(c, 4, 1, "Mission would also appreciate views from OSD and the Joint "
	         "Staff on the draft.");
	add_para(c, 4, 2, "Embassy would be grateful if EUR/WE could confirm the times "
	         "of the Minister's meetings at DHS.");
	tasking_find(c);
	t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "SECDEF WASHINGTON DC"));
	assert_true(has_party(t, "JOINT STAFF WASHINGTON DC"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	cable_free(c);
}

/* In a post's cable, an agency on its INFO lines that a list of them
 * names after a comma ("the State Department, Attorney General Holder,
 * and"), or whose office holder the sentence opens with ("Attorney
 * General Holder should", "for Attorney General Holder also to"); not a
 * foreign one ("the Kenyan Attorney General"). */
static void test_agencies_listed(void **state)
{
	(void)state;
	static struct addressee to_state[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "21", false },
	};
	static struct addressee info[] = {
		{ NULL, "DEPT OF JUSTICE WASHINGTON DC", NULL, NULL, false },
		{ NULL, "USMISSION USUN NEW YORK", NULL, NULL, false },
	};
	struct cable *c = new_cable("AMEMBASSY NAIROBI", to_state, 1, 2009, 8, 12);
	c->info = info;
	c->ninfo = 2;
	add_para(c, 5, 1, "The Embassy recommends the State Department, Attorney General "
	         "Holder, and the US Mission to the UN in New York engage the ambassador.");
	add_para(c, 5, 2, "Attorney General Holder should also call him in.");
	add_para(c, 5, 3, "We recommend that the Kenyan Attorney General be asked to "
	         "respond.");
	add_para(c, 5, 4, "It would be most helpful for Attorney General Holder also to "
	         "call him in.");
	add_para(c, 5, 5, "The Embassy hopes the State Department and Attorney General "
	         "Holder will engage the ambassador.");
	tasking_find(c);
	for (int n = 4; n <= 5; n++)
		assert_true(has_party(got(c, n), "DEPT OF JUSTICE WASHINGTON DC"));
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 3);
	assert_true(has_party(t, "DEPT OF JUSTICE WASHINGTON DC"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "DEPT OF JUSTICE WASHINGTON DC"));
	t = find(c, 3);
	assert_true(t == NULL || !has_party(t, "DEPT OF JUSTICE WASHINGTON DC"));
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_capitals_by_full_name),
		cmocka_unit_test(test_heading_leaves_out),
		cmocka_unit_test(test_embassies_but_one),
		cmocka_unit_test(test_pointing_back),
		cmocka_unit_test(test_boxed_sections),
		cmocka_unit_test(test_group_posts),
		cmocka_unit_test(test_group_less_excepted),
		cmocka_unit_test(test_region_posts),
		cmocka_unit_test(test_region_table),
		cmocka_unit_test(test_groups_and_longer_regions),
		cmocka_unit_test(test_items_for_posts),
		cmocka_unit_test(test_info_words),
		cmocka_unit_test(test_agencies_on_info),
		cmocka_unit_test(test_agencies_listed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_tasking_readers.c - tasking_find() on what a post's cable asks of
 * its readers in Washington: a scenesetter's "you should stress" to a
 * visiting principal, and a recommendation told from a judgement ("Post
 * recommends that X would be a good partner").  The sentences are written
 * here (fictional posts and visits, the corpus's forms). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "parse/cable.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_state[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "41", false },
};

/* "You should stress" in a scenesetter asks its reader, whom the TO line
 * stands for; a condition, a suggestion, information and reported speech
 * ask nothing. */
static void test_scenesetter_you(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	add_para(c, 25, 1, "Your visit comes at a good moment. You should thank the "
	         "Prime Minister for the port agreement.");
	add_para(c, 25, 2, "In your meetings, you should acknowledge the work of the "
	         "coast guard.");
	add_para(c, 25, 3, "With the Foreign Minister, you should stress the "
	         "importance of the migration talks.");
	add_para(c, 25, 4, "You will want to congratulate the President on the "
	         "election.");
	add_para(c, 25, 5, "If asked about the base, you should say that no decision "
	         "has been made.");
	add_para(c, 25, 6, "You may wish to mention the scholarship program.");
	add_para(c, 25, 7, "You should be aware that the press will attend.");
	add_para(c, 25, 8, "\"You should stop the ships,\" the minister said.");
	add_para(c, 25, 9, "The minister said that you should visit the port.");
	add_para(c, 25, 10, "The more you engage Tripoli, the more you should engage "
	         "Rome.");
	/* a verb of saying in a relative clause reports nothing */
	add_para(c, 25, 11, "You should thank the Mayor for her statements on the "
	         "harbor, where she stressed the value of the ferry link.");
	/* a manner the reader is to take */
	add_para(c, 25, 12, "You will want to be direct with the government about its "
	         "contacts with the militia.");
	/* what the reader's visit is to do, and a concern to note aloud */
	add_para(c, 25, 13, "However, your visit should make clear to the minister "
	         "the harm his trip has done.");
	add_para(c, 25, 14, "On our side, you should note continued USG concern "
	         "about the court case.");
	add_para(c, 25, 15, "Your visit should help the talks along.");
	add_para(c, 25, 16, "You should note that the press will attend.");
	add_para(c, 25, 17, "This means that you will need to speak frankly to the "
	         "government about the port.");
	add_para(c, 25, 18, "The minister means that you should visit the port.");
	/* the writer's hope of its reader */
	add_para(c, 25, 19, "During your visit, I hope you can announce the "
	         "ferry grant.");
	add_para(c, 25, 20, "We hope that you will raise the port fees with the "
	         "minister.");
	add_para(c, 25, 21, "The minister hopes you will visit the port.");
	add_para(c, 25, 22, "Your public statements need to address the doubts "
	         "about the mission.");
	/* a verb of mind is no action; "recognize" with an object is one */
	add_para(c, 25, 23, "You should harbor no illusions about the minister.");
	add_para(c, 25, 24, "You should recognize the coast guard's rescue work.");
	tasking_find(c);
	assert_null(find(c, 23));
	assert_true(has_party(got(c, 24), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 22), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 19), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 20), "SECSTATE WASHDC"));
	assert_null(find(c, 21));
	assert_true(has_party(got(c, 11), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 12), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 13), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 14), "SECSTATE WASHDC"));
	assert_null(find(c, 15));
	assert_null(find(c, 16));
	assert_true(has_party(got(c, 17), "SECSTATE WASHDC"));
	assert_null(find(c, 18));
	for (int p = 1; p <= 4; p++)
		assert_true(has_party(got(c, p), "SECSTATE WASHDC"));
	for (int p = 5; p <= 10; p++) {
		if (find(c, p))
			print_error("paragraph %d asks nothing\n", p);
		assert_null(find(c, p));
	}
	cable_free(c);
}

/* A post's own advice to the U.S. Government asks the Department; the
 * same words in a paragraph that reports a foreign official's advice, or
 * put as "may wish to", do not. */
static void test_usg_should(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	add_para(c, 17, 1, "The USG should launch a campaign to convince the "
	         "government.");
	add_para(c, 17, 2, "We believe that, beginning with the visit, the USG "
	         "should reach out quickly to the new cabinet.");
	add_para(c, 17, 3, "Finally, the U.S. should continue to fund the port "
	         "study.");
	add_para(c, 17, 4, "The minister was frank. Most importantly, the United "
	         "States should not reward Tripoli, he added.");
	add_para(c, 17, 5, "Siniora commented on the talks. The U.S. should not "
	         "allow Syria a platform.");
	add_para(c, 17, 6, "The USG may wish to reinforce the minister's position.");
	add_para(c, 17, 7, "The U.S. Embassy should be consulted.");
	add_para(c, 17, 8, "The minister said the USG should do more.");
	/* a stance, not an action */
	add_para(c, 17, 9, "Given its history, the United States should also gird "
	         "itself for a weaker partner.");
	add_para(c, 17, 10, "In the meantime, the U.S. should take a modicum of quiet "
	         "satisfaction that the talks go on.");
	add_para(c, 17, 11, "The USG should be prepared to fund the second phase.");
	/* its people: "U.S. officials", "Washington officials" */
	add_para(c, 17, 12, "Senior U.S. officials should press the minister on the fees.");
	add_para(c, 17, 13, "Washington officials should press the minister on the fees.");
	add_para(c, 17, 14, "The minister said U.S. officials should do more.");
	/* the writer's pointer is no one's speech */
	add_para(c, 17, 15, "As noted above, the U.S. should continue to press the "
	         "government on the detainees.");
	add_para(c, 17, 16, "As we stated in reftel, the talks stalled. The USG should "
	         "offer technical help.");
	add_para(c, 17, 17, "The U.S. should be prepared for a backlash in the assembly.");
	tasking_find(c);
	for (int p = 1; p <= 3; p++)
		assert_true(has_party(got(c, p), "SECSTATE WASHDC"));
	for (int p = 15; p <= 16; p++)
		assert_true(has_party(got(c, p), "SECSTATE WASHDC"));
	for (int p = 11; p <= 13; p++)
		assert_true(has_party(got(c, p), "SECSTATE WASHDC"));
	assert_null(find(c, 14));
	assert_null(find(c, 17));
	for (int p = 4; p <= 10; p++) {
		if (find(c, p))
			print_error("paragraph %d asks nothing\n", p);
		assert_null(find(c, p));
	}
	cable_free(c);
}

static struct addressee info_commands[] = {
	{ NULL, "CDR USTRANSCOM SCOTT AFB IL", NULL, NULL, false },
	{ NULL, "CDR USSOCOM MACDILL AFB FL", NULL, NULL, false },
};

/* The combatant commands by their short names ("TRANSCOM's confirmation",
 * "USSOCOM should") are the commands on the lines. */
static void test_commands_by_name(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	c->info = info_commands;
	c->ninfo = 2;
	add_para(c, 2, 1, "We would appreciate TRANSCOM's confirmation of the figures.");
	add_para(c, 2, 2, "We recommend that USSOCOM review the training plan.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_string_equal(got(c, 1)->parties[0], "CDR USTRANSCOM SCOTT AFB IL");
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_string_equal(got(c, 2)->parties[0], "CDR USSOCOM MACDILL AFB FL");
	cable_free(c);
}

static struct addressee info_agencies[] = {
	{ NULL, "DEPT OF ENERGY WASHDC", NULL, "91", false },
	{ NULL, "DEPT OF TREASURY WASHINGTON DC", NULL, "92", false },
};

/* A one-word heading in a scenesetter is its topic ("Energy: Turkey
 * wants to be a hub"), not the agency on the lines whose name holds the
 * word; the same word before "please" addresses that agency. */
static void test_topic_heading(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	c->info = info_agencies;
	c->ninfo = 2;
	add_para(c, 12, 1, "Energy: Malta wants to be a hub for gas. You should press the "
	         "minister to sign the agreement.");
	add_para(c, 12, 2, "Treasury: the bank is under review. You should thank the "
	         "governor for the audit.");
	add_para(c, 12, 3, "Treasury: please provide the figures for the audit.");
	tasking_find(c);
	for (int p = 1; p <= 2; p++) {
		assert_int_equal(got(c, p)->nparties, 1);
		assert_true(has_party(got(c, p), "SECSTATE WASHDC"));
	}
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "DEPT OF TREASURY WASHINGTON DC"));
	cable_free(c);
}

/* "Relevant USG agencies should", "Other agencies should" in a post's
 * cable ask every Washington addressee on its lines; "may wish to" is a
 * suggestion, and what a minister said others should do is reported. */
static void test_agencies_as_subject(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	c->info = info_agencies;
	c->ninfo = 2;
	add_para(c, 12, 1, "Relevant USG agencies should review the port agreement.");
	add_para(c, 12, 2, "Other agencies should send their questions to the Embassy.");
	add_para(c, 12, 3, "USG agencies may wish to look at the World Bank program.");
	add_para(c, 12, 4, "The minister said that other agencies should wait.");
	tasking_find(c);
	for (int p = 1; p <= 2; p++) {
		assert_int_equal(got(c, p)->nparties, 3);
		assert_true(has_party(got(c, p), "DEPT OF ENERGY WASHDC"));
	}
	assert_null(find(c, 3));
	assert_null(find(c, 4));
	cable_free(c);
}

/* The subject of a request's clause is the one asked: "requests that the
 * Department tell us whether the Secretary of the Treasury" asks the
 * Department, not Treasury; "if the Justice Department could" asks it on
 * the INFO line; an aside ("in consultation with Treasury") names no
 * party; "the Department and relevant agencies" asks every one. */
static void test_clause_subject_asked(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "DEPT OF TREASURY WASHDC", NULL, NULL, false },
		{ NULL, "AMEMBASSY ROME", NULL, "12", false },
	};
	static struct addressee info[] = {
		{ NULL, "DEPT OF JUSTICE WASHDC", NULL, NULL, false },
	};
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to, 3, 2011, 3, 1);
	c->info = info;
	c->ninfo = 1;
	add_para(c, 10, 1, "Embassy requests that the Department tell us whether a call "
	         "on the Secretary of the Treasury is possible.");
	add_para(c, 10, 2, "We would be grateful if the Justice Department could "
	         "identify a prosecutor to brief the port authority.");
	add_para(c, 10, 3, "Embassy would be grateful if Justice could confirm whether "
	         "an advisor is free in the autumn.");
	add_para(c, 10, 4, "Post requests that the Department, in consultation with "
	         "Treasury, clear a short public line.");
	add_para(c, 10, 5, "Post requests that the Department and relevant Washington "
	         "agencies clear the points.");
	add_para(c, 10, 6, "We request that Embassy Rome discreetly sound out the "
	         "ministry, and share the results with Post and the Department.");
	/* a semicolon ends what others asked: the writer's own request */
	add_para(c, 10, 7, "Separately, port officials asked whether U.S. support already "
	         "planned for coastal radar monitoring could be counted toward a U.S. "
	         "share; we would appreciate Washington's view on this point in time for "
	         "the U.S.-Maltese fisheries consultations in Washington on March 11, "
	         "where the Maltese delegation expects to raise it.");
	tasking_find(c);
	assert_string_equal(got(c, 7)->deadline, "2011-03-11");
	assert_string_equal(got(c, 7)->summary, "Provide Washington's view on this point");
	const struct tasking *t = got(c, 6);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY ROME"));
	t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	for (int p = 2; p <= 3; p++) {
		t = got(c, p);
		assert_int_equal(t->nparties, 1);
		assert_true(has_party(t, "DEPT OF JUSTICE WASHDC"));
	}
	assert_string_equal(got(c, 3)->summary, "Confirm whether an advisor is free in "
	                    "the autumn");
	t = got(c, 4);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	assert_string_equal(t->summary, "Clear a short public line");
	assert_int_equal(got(c, 5)->nparties, 3);
	cable_free(c);
}

/* In a consulate's cable "Embassy" beside the Department is its embassy
 * on the TO line, not the writer. */
static void test_consulate_embassy(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "AMEMBASSY VALLETTA", NULL, "12", false },
	};
	struct cable *c = new_cable("AMCONSUL GOZO", to, 2, 2011, 3, 1);
	add_para(c, 3, 1, "Consulate requests Department and Embassy assistance in "
	         "checking the group's claims.");
	add_para(c, 3, 2, "Consulate requests Embassy and Department assistance in "
	         "verifying the bona fides of the ferry owners.");
	tasking_find(c);
	for (int p = 1; p <= 2; p++) {
		const struct tasking *t = got(c, p);
		assert_int_equal(t->nparties, 2);
		assert_true(has_party(t, "AMEMBASSY VALLETTA"));
		assert_true(has_party(t, "SECSTATE WASHDC"));
	}
	cable_free(c);
}

/* The Washington parties a post's request names: "DOD and State
 * officials" (State beside another agency is the Department), a bureau's
 * symbol before a title ("EUR A/S Lane"), a post beside Washington
 * ("Washington and Embassy Tunis should"), and a request that is the
 * second verb of its subject after a clause a comma closes. */
static void test_post_names_agencies(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "SECDEF WASHDC", NULL, NULL, false },
	};
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to, 2, 2011, 3, 1);
	add_para(c, 10, 1, "We recommend that DOD and State officials raise the "
	         "quota with their Maltese counterparts.");
	add_para(c, 10, 2, "We recommend that EUR A/S Lane raise the quota with the "
	         "Foreign Minister.");
	add_para(c, 10, 3, "The Embassy believes that the shipping firm should also "
	         "pay its share, and requests the Department's assistance in "
	         "conveying this message.");
	add_para(c, 10, 4, "The Ambassador noted that the minister would decide "
	         "soon, and requests from other ministries are pending.");
	add_para(c, 10, 5, "We recommend that the State of Qatar be consulted.");
	add_para(c, 10, 6, "Washington and Embassy Tunis should consider a joint "
	         "briefing for the ministry.");
	add_para(c, 10, 7, "In their view the summit in Washington should "
	         "address the ferry link.");
	add_para(c, 10, 8, "It would also be helpful if the Department could "
	         "clarify the rules.");
	add_para(c, 10, 9, "Department (CA/OCS/ACS) please advise whether the "
	         "traveler has prior cases on file.");
	add_para(c, 10, 10, "Embassy requests that EUR and DOD review the plan.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "SECSTATE WASHDC") && has_party(t, "SECDEF WASHDC"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	t = got(c, 3);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	assert_null(find(c, 4));
	t = find(c, 5);
	assert_true(!t || t->nparties == 2);     /* no agency named: both */
	t = got(c, 6);
	assert_true(has_party(t, "SECSTATE WASHDC") && has_party(t, "EMBASSY TUNIS"));
	assert_null(find(c, 7));         /* a place, not a party */
	t = got(c, 8);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "SECSTATE WASHDC"));
	t = got(c, 9);
	assert_int_equal(t->nparties, 1);
	assert_string_equal(t->summary, "Advise whether the traveler has prior cases on file");
	t = got(c, 10);         /* a bureau beside an agency */
	assert_int_equal(t->nparties, 2);
	cable_free(c);

	/* the post's own office on its TO line is not asked; another post
	 * in its city is */
	static struct addressee to_own[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "SECDEF WASHDC", NULL, NULL, false },
		{ NULL, "USDAO VALLETTA MT", NULL, NULL, false },
	};
	c = new_cable("AMEMBASSY VALLETTA", to_own, 3, 2011, 3, 1);
	add_para(c, 1, 1, "We recommend high-level approaches to the ministry.");
	tasking_find(c);
	t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_false(has_party(t, "USDAO VALLETTA MT"));
	cable_free(c);
	static struct addressee to_city[] = {
		{ NULL, "AMEMBASSY BRUSSELS", NULL, "71", false },
		{ NULL, "AMEMBASSY PARIS", NULL, "72", false },
	};
	c = new_cable("USEU BRUSSELS", to_city, 2, 2011, 3, 1);
	add_para(c, 1, 1, "Posts are requested to deliver the points.");
	tasking_find(c);
	t = got(c, 1);
	assert_true(has_party(t, "AMEMBASSY BRUSSELS") && has_party(t, "AMEMBASSY PARIS"));
	cable_free(c);

	/* "the new Administration", "senior USG officials": the Department
	 * alone; "USG agencies": every agency on the lines */
	static struct addressee to_wash[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "SECDEF WASHDC", NULL, NULL, false },
		{ NULL, "NSC WASHDC", NULL, NULL, false },
	};
	c = new_cable("AMEMBASSY VALLETTA", to_wash, 3, 2011, 3, 1);
	add_para(c, 3, 1, "The Ambassador urges the new Administration to engage "
	         "the Prime Minister early.");
	add_para(c, 3, 2, "We recommend that senior USG officials raise the ferry "
	         "link.");
	add_para(c, 3, 3, "We recommend that USG agencies review the ferry link.");
	tasking_find(c);
	for (int p = 1; p <= 2; p++) {
		t = got(c, p);
		assert_int_equal(t->nparties, 1);
		assert_string_equal(t->parties[0], "SECSTATE WASHDC");
	}
	assert_int_equal(got(c, 3)->nparties, 3);
	cable_free(c);

	/* "We ask posts in the region to help": the posts it is sent to;
	 * "we urge Embassy Rome to raise": that post */
	static struct addressee to_posts[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "AMEMBASSY ROME", NULL, "81", false },
		{ NULL, "AMEMBASSY PARIS", NULL, "82", false },
	};
	c = new_cable("AMEMBASSY VALLETTA", to_posts, 3, 2011, 3, 1);
	add_para(c, 2, 1, "We ask posts in the region to help by raising the "
	         "issue with host governments.");
	add_para(c, 2, 2, "We urge Embassy Rome to raise the ferry link.");
	tasking_find(c);
	t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "AMEMBASSY ROME") && has_party(t, "AMEMBASSY PARIS"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY ROME"));
	cable_free(c);
}

/* "you" in a scenesetter is the visitor its subject names, alone: the
 * addressee that is the visitor's agency, else the visitor as named (the
 * Department is only the channel); a foreign visitor, or a Secretary with
 * no agency, leaves the TO line's reader. */
static void test_scenesetter_visitor(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "SECDEF WASHDC", NULL, NULL, false },
	};
	static const struct {
		const char *subject;
		const char *party;          /* the one party */
	} cases[] = {
		{ "SCENESETTER FOR FBI DIRECTOR FINCH'S MARCH 3 VISIT",
		  "FBI DIRECTOR FINCH" },
		{ "MALTA SCENESETTER FOR CODEL MARSH - CORRECTED COPY", "CODEL MARSH" },
		/* the President alone, the Department only his channel */
		{ "SCENESETTER FOR THE PRESIDENT\u2019S MEETING WITH THE PRIME MINISTER",
		  "THE PRESIDENT" },
		{ "SCENESETTER FOR SECDEF HALE", "SECDEF WASHDC" },
		{ "SCENESETTER FOR THE VISIT OF MALTESE PRESIDENT ABELA",
		  "SECSTATE WASHDC" },
		{ "SCENESETTER FOR PRESIDENT ABELA'S VISIT TO WASHINGTON",
		  "SECSTATE WASHDC" },
		{ "SCENESETTER FOR SECRETARY HALE'S VISIT", "SECSTATE WASHDC" },
		{ "SCENESETTER FOR UNDER SECRETARY DALE'S OCTOBER 17 VISIT",
		  "UNDER SECRETARY DALE" },
		{ "SCENESETTER FOR DEPUTY PRIME MINISTER ABELA", "SECSTATE WASHDC" },
		/* an agency's head by its initials */
		{ "SCENESETTER FOR DEA ADMINISTRATOR'S MARCH 12 VISIT",
		  "DEA ADMINISTRATOR" },
		{ "SCENESETTER FOR USAID ADMINISTRATOR HALE", "USAID ADMINISTRATOR HALE" },
		/* a combatant commander */
		{ "SCENESETTER FOR CENTCOM COMMANDER GENERAL HALE'S VISIT",
		  "CENTCOM COMMANDER GENERAL HALE" },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct cable *c = new_cable("AMEMBASSY VALLETTA", to, 2, 2011, 3, 1);
		c->subject = cases[k].subject;
		add_para(c, 1, 1, "You should thank the Prime Minister for the port "
		         "agreement.");
		tasking_find(c);
		const struct tasking *t = got(c, 1);
		if (t->nparties != 1 || strcmp(t->parties[0], cases[k].party) != 0)
			print_error("%s: %zu parties, first %s\n", cases[k].subject,
			            t->nparties, t->parties[0]);
		assert_int_equal(t->nparties, 1);
		assert_string_equal(t->parties[0], cases[k].party);
		cable_free(c);
	}
	/* a letter for the President: he alone is "you"; one for an Under
	 * Secretary leaves "you" to the TO line */
	static const struct {
		const char *letter_for, *party;
	} letters[] = {
		{ "THE PRESIDENT", "THE PRESIDENT" },
		{ "THE UNDER SECRETARY", "SECSTATE WASHDC" },
		{ "THE SECRETARY", "SECSTATE WASHDC" },
	};
	for (size_t k = 0; k < sizeof letters / sizeof letters[0]; k++) {
		struct cable *c = new_cable("AMEMBASSY VALLETTA", to, 2, 2011, 3, 1);
		c->subject = "YOUR JUNE 14-16 VISIT TO VALLETTA";
		c->letter_for = letters[k].letter_for;
		add_para(c, 1, 1, "Your public statements need to address the doubts "
		         "about the port.");
		tasking_find(c);
		const struct tasking *t = got(c, 1);
		assert_int_equal(t->nparties, 1);
		assert_string_equal(t->parties[0], letters[k].party);
		cable_free(c);
	}
	/* "Please raise" and "CODEL members and staff should" ask the
	 * visitor too */
	struct cable *d = new_cable("AMEMBASSY VALLETTA", to, 2, 2011, 3, 1);
	d->subject = "MALTA SCENESETTER FOR CODEL MARSH";
	add_para(d, 2, 1, "Please raise the port agreement with the minister.");
	add_para(d, 2, 2, "Security: CODEL members and staff should coordinate all "
	         "movement with the Regional Security Office.");
	tasking_find(d);
	for (int n = 1; n <= 2; n++) {
		assert_int_equal(got(d, n)->nparties, 1);
		assert_string_equal(got(d, n)->parties[0], "CODEL MARSH");
	}
	cable_free(d);
	/* what would be welcome in a scenesetter the visitor would do,
	 * unless the words name a party */
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to, 2, 2011, 3, 1);
	c->subject = "SCENESETTER FOR THE PRESIDENT\u2019S MEETING WITH THE PRIME MINISTER";
	add_para(c, 2, 1, "A further statement of U.S. support for the port would "
	         "be welcome.");
	add_para(c, 2, 2, "Washington's guidance on the port would be welcome.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_string_equal(got(c, 1)->parties[0], "THE PRESIDENT");
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_string_equal(got(c, 2)->parties[0], "SECSTATE WASHDC");
	cable_free(c);
}

/* "recommends that" + a bare verb asks Washington; + a finite verb after a
 * short subject judges a person or thing. */
static void test_recommendation_or_judgement(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	add_para(c, 10, 1, "Post recommends that Washington invite the minister to "
	         "the conference.");
	add_para(c, 10, 2, "Post recommends that Borg would be a logical partner for "
	         "the talks.");
	add_para(c, 10, 3, "The Ambassador recommends that Borg - who is very "
	         "accessible - remains a contact that the USG cultivates.");
	add_para(c, 10, 4, "We recommend that the minister is invited to the "
	         "conference.");
	add_para(c, 10, 5, "We recommend that Borg is the best candidate.");
	/* "suggests that we register": the US side to act; "suggests that
	 * we will see": a judgement */
	add_para(c, 10, 6, "Accordingly, post suggests that we register our "
	         "differences with the report at the May 3 discussion.");
	add_para(c, 10, 7, "Post suggests that we will see more of this.");
	/* a bare "be": "that the old road be rebuilt" asks for it */
	add_para(c, 10, 8, "Post suggests that the old road be rebuilt.");
	add_para(c, 10, 9, "Post suggests that the decision will be reconsidered.");
	/* a second verb "and asks that" of the same subject */
	add_para(c, 10, 10, "To lay the groundwork, Embassy supports the envoy's visit "
	         "ahead of the May 16 debate, and asks that the U.S. statement that "
	         "day include the following points.");
	tasking_find(c);
	assert_true(has_party(got(c, 10), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 6), "SECSTATE WASHDC"));
	assert_null(find(c, 7));
	assert_true(has_party(got(c, 8), "SECSTATE WASHDC"));
	assert_null(find(c, 9));
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_null(find(c, 2));
	assert_non_null(got(c, 3));
	assert_non_null(got(c, 4));
	assert_null(find(c, 5));
	cable_free(c);
}

/* A mission names itself by its short name: "USUN recommends that
 * Washington authorize", "USEU requests that the Department clear". */
static void test_mission_short_name(void **state)
{
	(void)state;
	struct cable *c = new_cable("USMISSION USUN NEW YORK", to_state, 1, 2011, 3, 1);
	add_para(c, 4, 1, "USUN recommends that Washington authorize us to drop the "
	         "paragraph.");
	add_para(c, 4, 2, "USUN delegates met the Russian delegation.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_null(find(c, 2));
	cable_free(c);
	c = new_cable("USEU BRUSSELS", to_state, 1, 2011, 3, 1);
	add_para(c, 4, 1, "USEU requests that the Department clear the text.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	cable_free(c);
}

static struct addressee to_posts[] = {
	{ NULL, "AMEMBASSY QUITO", NULL, "61", false },
	{ NULL, "AMEMBASSY LIMA", NULL, "62", false },
	{ NULL, "AMEMBASSY PANAMA", NULL, "63", false },
};
static struct addressee info_state[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "64", false },
	{ NULL, "SECDEF WASHDC", NULL, "65", false },
};

/* A post's cable to other posts: a heading names the posts of its
 * paragraph ("QUITO AND LIMA ONLY:"); an office symbol names its agency
 * ("INL/LP" the Department, "OSD/APSA" Defense), a post's own section
 * none ("POL/ECON"). */
static void test_post_headings_and_offices(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY BOGOTA", to_posts, 3, 2011, 6, 1);
	c->info = info_state;
	c->ninfo = 2;
	add_para(c, 8, 1, "QUITO AND LIMA ONLY: Bogota would appreciate posts' help in "
	         "securing participation of naval officers.");
	add_para(c, 8, 2, "Bogota requests that INL/LP confirm by July 29 that the "
	         "funds can be obligated.");
	add_para(c, 8, 3, "Post requests that OSD/APSA confirm the delegation list.");
	add_para(c, 8, 4, "Posts are requested to submit nominations by July 22.");
	add_para(c, 8, 5, "Madrid: the minister asked us to call. Posts are requested "
	         "to reply.");
	add_para(c, 8, 6, "Bogota requests that Embassies in the region demarche host "
	         "governments once the Department has cleared the points.");
	add_para(c, 8, 7, "PRT Putumayo requests that WHA/AND approve the remaining "
	         "funds.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 2);
	assert_true(has_party(got(c, 1), "AMEMBASSY LIMA"));
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "SECSTATE WASHDC"));
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "SECDEF WASHDC"));
	assert_int_equal(got(c, 4)->nparties, 3);
	/* a place on no line opens no heading */
	assert_int_equal(got(c, 5)->nparties, 3);
	/* the posts the words ask, not the Department they mention */
	assert_int_equal(got(c, 6)->nparties, 3);
	assert_false(has_party(got(c, 6), "SECSTATE WASHDC"));
	/* a team named by its place: "PRT Putumayo requests" */
	assert_int_equal(got(c, 7)->nparties, 1);
	assert_true(has_party(got(c, 7), "SECSTATE WASHDC"));
	cable_free(c);
}

static struct addressee to_defense[] = {
	{ NULL, "SECDEF WASHDC", NULL, "71", false },
	{ NULL, "SECSTATE WASHDC", NULL, "72", false },
};

/* "the Secretary", "Secretary Panetta" asked in a post's cable: the
 * Secretary it is written to, the first of SECDEF and SECSTATE on the TO
 * line; not "Foreign Secretary Miliband" or "the Secretary General". */
static void test_the_secretary(void **state)
{
	(void)state;
	struct addressee to[] = {
		{ NULL, "SECDEF WASHDC", NULL, "71", false },
		{ NULL, "SECSTATE WASHDC", NULL, "72", false },
	};
	struct cable *c = new_cable("AMEMBASSY HELSINKI", to, 2, 2011, 10, 1);
	add_para(c, 7, 1, "Embassy suggests the Secretary use the meeting to press two asks.");
	add_para(c, 7, 2, "Embassy urges that Secretary Panetta press the minister.");
	add_para(c, 7, 3, "We recommend that Foreign Secretary Hale raise the matter.");
	/* "Secretary Panetta should", and the day of "when they meet" */
	add_para(c, 7, 4, "On Libya, we believe Secretary Panetta should thank him for "
	         "the decision.");
	add_para(c, 7, 5, "Embassy urges that Secretary Panetta press the minister on the "
	         "OMLT when they meet October 20.");
	/* "visit to Washington" is a place */
	add_para(c, 7, 6, "Looking ahead to the minister's visit to Washington, Embassy "
	         "suggests the Secretary use the meeting to press two asks.");
	add_para(c, 7, 7, "We recommend that the Secretary of Defense convey the points.");
	tasking_find(c);
	assert_int_equal(got(c, 7)->nparties, 1);
	assert_true(has_party(got(c, 7), "SECDEF WASHDC"));
	assert_int_equal(got(c, 6)->nparties, 1);
	assert_true(has_party(got(c, 6), "SECDEF WASHDC"));
	assert_true(has_party(got(c, 4), "SECDEF WASHDC"));
	assert_int_equal(got(c, 4)->nparties, 1);
	assert_string_equal(got(c, 5)->deadline, "2011-10-20");
	assert_string_equal(got(c, 5)->summary, "Press the minister on the OMLT");
	for (int p = 1; p <= 2; p++) {
		assert_int_equal(got(c, p)->nparties, 1);
		assert_true(has_party(got(c, p), "SECDEF WASHDC"));
	}
	assert_int_equal(got(c, 3)->nparties, 2);
	cable_free(c);
	c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 10, 1);
	add_para(c, 1, 1, "Embassy suggests the Secretary use the meeting to press two asks.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	cable_free(c);
}

/* A scenesetter for the Secretary of Defense, sent to Defense and State:
 * "you" is the first Washington addressee on the TO line. */
static void test_reader_is_first_addressee(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_defense, 2, 2011, 3, 1);
	add_para(c, 5, 1, "You should stress our support for the coast guard.");
	add_para(c, 5, 2, "It is important that you raise the base issue privately.");
	add_para(c, 5, 3, "We recommend that you not comment on the case.");
	add_para(c, 5, 4, "It is important that you are aware of the press.");
	/* agencies named before a semicolon are not "you" */
	add_para(c, 5, 5, "The Department is reviewing a draft treaty; the minister "
	         "will ask when it will be ready, and we recommend you not commit to "
	         "a date.");
	tasking_find(c);
	for (int p = 1; p <= 3; p++) {
		assert_int_equal(got(c, p)->nparties, 1);
		assert_true(has_party(got(c, p), "SECDEF WASHDC"));
	}
	assert_null(find(c, 4));
	assert_int_equal(got(c, 5)->nparties, 1);
	assert_true(has_party(got(c, 5), "SECDEF WASHDC"));
	assert_string_equal(got(c, 5)->summary, "Do not commit to a date");
	assert_string_equal(got(c, 3)->summary, "Do not comment on the case");
	cable_free(c);
}

static struct addressee to_state_and_posts[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "81", false },
	{ NULL, "AMEMBASSY BERLIN", NULL, "82", false },
	{ NULL, "AMEMBASSY PARIS", NULL, "83", false },
};

/* A mission's cable to Washington and to posts: what it asks without
 * naming whom asks the Washington side; "Posts" are the posts. */
static void test_unnamed_ask_of_mixed_lines(void **state)
{
	(void)state;
	struct cable *c = new_cable("USMISSION USNATO", to_state_and_posts, 3, 2011, 9, 1);
	add_para(c, 3, 1, "Mission recommends support for deferral of the decision.");
	add_para(c, 3, 2, "Posts are requested to report host-government views.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "SECSTATE WASHDC"));
	assert_int_equal(got(c, 2)->nparties, 2);
	assert_false(has_party(got(c, 2), "SECSTATE WASHDC"));
	cable_free(c);
}

static struct addressee to_state_dhs[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "84", false },
	{ NULL, "DEPT OF HOMELAND SECURITY WASHINGTON DC", NULL, "85", false },
	{ NULL, "AMEMBASSY MEXICO", NULL, "86", false },
};
static struct addressee info_posts[] = {
	{ NULL, "AMCONSUL NUEVO LAREDO", NULL, "87", false },
	{ NULL, "AMCONSUL MUNICH", NULL, "88", false },
	{ NULL, "AMEMBASSY QUITO", NULL, "89", false },
};

/* How a post names the other posts and offices it asks: "ConGen Munich
 * sharing", "Nuevo Laredo, please", "Embassy Quito could", a heading over
 * "posts could", "ConGen also asks that DHS/CBP". */
static void test_post_names_others(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMCONSUL MONTERREY", to_state_dhs, 3, 2012, 5, 1);
	c->info = info_posts;
	c->ninfo = 3;
	add_para(c, 8, 1, "We would appreciate ConGen Munich sharing any readout of "
	         "the meeting.");
	add_para(c, 8, 2, "Nuevo Laredo, please let us know whether the authorities "
	         "have approached you.");
	add_para(c, 8, 3, "It would be helpful if Embassy Quito could confirm the "
	         "dates.");
	add_para(c, 8, 4, "Munich and Quito: ConGen would be grateful if posts could "
	         "ask the ministries.");
	add_para(c, 8, 5, "ConGen also asks that DHS/CBP let us know whether an "
	         "arrangement is possible.");
	add_para(c, 8, 6, "Embassy Mexico: in addition, please ascertain whether the "
	         "funds remain.");
	add_para(c, 8, 7, "Embassy Quito: we would welcome your readout of the talks, "
	         "so that Washington has a fuller picture.");
	tasking_find(c);
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "AMCONSUL MUNICH"));
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "AMCONSUL NUEVO LAREDO"));
	assert_int_equal(got(c, 3)->nparties, 1);
	assert_true(has_party(got(c, 3), "AMEMBASSY QUITO"));
	assert_int_equal(got(c, 4)->nparties, 2);
	assert_true(has_party(got(c, 4), "AMEMBASSY QUITO"));
	assert_int_equal(got(c, 5)->nparties, 1);
	assert_true(has_party(got(c, 5), "DEPT OF HOMELAND SECURITY WASHINGTON DC"));
	assert_int_equal(got(c, 6)->nparties, 1);
	assert_true(has_party(got(c, 6), "AMEMBASSY MEXICO"));
	/* "your" is the heading's post, not the Washington the purpose
	 * clause names */
	assert_int_equal(got(c, 7)->nparties, 1);
	assert_true(has_party(got(c, 7), "AMEMBASSY QUITO"));
	cable_free(c);
}

/* A post's requests put as a question, as a second verb, as a need:
 * "Could the Department advise whether ...?", "supports the proposal and
 * urges Washington to approve it", "Department guidance is needed",
 * "GRATEFUL DEPARTMENT ASSISTANCE"; not a
 * question about someone else or "more guidance from the government is
 * needed". */
static void test_post_questions_and_needs(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 1, 2011, 3, 1);
	add_para(c, 15, 1, "Could the Department advise whether the waiver applies?");
	add_para(c, 6, 2, "Can Washington confirm the dates of the visit?");
	add_para(c, 6, 3, "Post strongly supports the proposal and urges Washington "
	         "to approve it.");
	add_para(c, 6, 4, "Department guidance is needed before the vote.");
	add_para(c, 6, 5, "Could the minister survive a vote of no confidence?");
	add_para(c, 6, 6, "More guidance from the government is needed in such cases.");
	/* the questions someone else posed, run into the prose after dashes */
	add_para(c, 6, 7, "The minister posed three questions that his side needs "
	         "answered: -- Will the United States co-chair the task force? -- Can "
	         "Washington accept a voluntary report? He must brief the cabinet soon.");
	add_para(c, 6, 8, "We have two questions of our own: -- Will the United States "
	         "co-chair the task force? -- Can Washington accept a voluntary report?");
	/* willing to act, after a word that opens the sentence; the day of
	 * the event "in time for it" means */
	add_para(c, 6, 9, "Finally, would the Department be prepared to authorize a "
	         "short public line? The minister holds his press conference on "
	         "Tuesday, March 8, and a line in hand in time for it would help.");
	add_para(c, 6, 10, "Could the Department be right about the vote?");
	/* telegraphese's "GRATEFUL", not a reported one's */
	add_para(c, 6, 11, "GRATEFUL DEPARTMENT ASSISTANCE IN SCHEDULING A CALL ON THE "
	         "MINISTER.");
	add_para(c, 6, 12, "Grateful for the aid, the minister thanked the Ambassador.");
	/* its answer asked: "Does Washington have any objection ...?" */
	add_para(c, 6, 13, "Does Washington have any objection to the proposed date?");
	add_para(c, 6, 14, "Does the minister have any objection to the date?");
	add_para(c, 6, 15, "Does Washington have a plan for the summit?");
	tasking_find(c);
	assert_string_equal(got(c, 13)->summary,
	                    "Answer: Any objection to the proposed date?");
	assert_null(find(c, 14));
	assert_null(find(c, 15));
	assert_true(has_party(got(c, 11), "SECSTATE WASHDC"));
	assert_null(find(c, 12));
	for (int p = 1; p <= 4; p++)
		assert_true(has_party(got(c, p), "SECSTATE WASHDC"));
	assert_true(has_party(got(c, 8), "SECSTATE WASHDC"));
	assert_string_equal(got(c, 9)->deadline, "2011-03-08");
	assert_string_equal(got(c, 9)->summary, "Authorize a short public line");
	assert_null(find(c, 10));
	assert_null(find(c, 5));
	assert_null(find(c, 6));
	assert_null(find(c, 7));
	cable_free(c);
}

/* A post's questions to other parties on its lines: another post ("Could
 * Embassy Rome ask ...?"), an agency able to act ("Would USAID be in a
 * position to ...?"), the Department's view ("Does the Department concur
 * that ...?"), another post it looks to ("Mission looks to Embassy Rome
 * to obtain"); not a post that is only the subject of a question. */
static void test_post_questions_to_others(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "41", false },
		{ NULL, "USAID WASHDC", NULL, NULL, false },
		{ NULL, "AMEMBASSY ROME", NULL, "12", false },
	};
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to, 3, 2011, 3, 1);
	add_para(c, 6, 1, "Could Embassy Rome ask the ministry for its own dates?");
	add_para(c, 6, 2, "Would USAID be in a position to second a field officer?");
	add_para(c, 6, 3, "Does the Department concur that we should announce the grant?");
	add_para(c, 6, 4, "Does Embassy Rome know the minister?");
	add_para(c, 6, 5, "Mission looks to Embassy Rome to obtain the ministry's timeline.");
	add_para(c, 6, 6, "We look to the future with confidence.");
	tasking_find(c);
	assert_int_equal(got(c, 5)->nparties, 1);
	assert_true(has_party(got(c, 5), "AMEMBASSY ROME"));
	assert_null(find(c, 6));
	assert_int_equal(got(c, 1)->nparties, 1);
	assert_true(has_party(got(c, 1), "AMEMBASSY ROME"));
	assert_int_equal(got(c, 2)->nparties, 1);
	assert_true(has_party(got(c, 2), "USAID WASHDC"));
	assert_true(has_party(got(c, 3), "SECSTATE WASHDC"));
	assert_null(find(c, 4));
	cable_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scenesetter_you),
		cmocka_unit_test(test_usg_should),
		cmocka_unit_test(test_commands_by_name),
		cmocka_unit_test(test_topic_heading),
		cmocka_unit_test(test_agencies_as_subject),
		cmocka_unit_test(test_recommendation_or_judgement),
		cmocka_unit_test(test_mission_short_name),
		cmocka_unit_test(test_post_headings_and_offices),
		cmocka_unit_test(test_reader_is_first_addressee),
		cmocka_unit_test(test_the_secretary),
		cmocka_unit_test(test_unnamed_ask_of_mixed_lines),
		cmocka_unit_test(test_post_names_others),
		cmocka_unit_test(test_post_questions_to_others),
		cmocka_unit_test(test_post_questions_and_needs),
		cmocka_unit_test(test_post_names_agencies),
		cmocka_unit_test(test_clause_subject_asked),
		cmocka_unit_test(test_consulate_embassy),
		cmocka_unit_test(test_scenesetter_visitor),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

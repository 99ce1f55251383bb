/* test_party.c - party resolution, with names and sentences from the corpus. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include <stdio.h>

#include "base/embedded.h"
#include "tasking/party.h"
#include "tasking/post_table.h"
#include "tasking/tasking.h"

static void test_matches_short_and_full(void **state)
{
	(void)state;
	assert_true(party_matches("USOSCE", "USMISSION USOSCE"));
	assert_true(party_matches("usosce", "USMISSION USOSCE"));
	assert_true(party_matches("KYIV", "AMEMBASSY KYIV"));
	assert_true(party_matches("AMEMBASSY KYIV", "AMEMBASSY KYIV"));
	assert_true(party_matches("UNVIE", "USMISSION UNVIE VIENNA"));
	assert_true(party_matches("Addis Ababa", "AMEMBASSY ADDIS ABABA"));
	/* the seed's trap: USUN is another mission */
	assert_false(party_matches("USUN", "USMISSION UNVIE VIENNA"));
	assert_true(party_matches("USUN", "USMISSION USUN NEW YORK"));
	assert_false(party_matches("KYIV", "AMEMBASSY MOSCOW"));
	/* a post-type word alone names nobody */
	assert_false(party_matches("USMISSION", "USMISSION USOSCE"));
	assert_false(party_matches("NEW", "AMEMBASSY NEW DELHI"));
	/* a country names its post */
	assert_true(party_matches("Belize", "AMEMBASSY BELMOPAN"));
	assert_true(party_matches("KYIV", "AMEMBASSY KIEV"));
}

static void test_post_for(void **state)
{
	(void)state;
	char buf[64];
	assert_true(party_post_for("Belize", 6, buf, sizeof buf));
	assert_string_equal(buf, "BELMOPAN");
	assert_true(party_post_for("south  africa", 13, buf, sizeof buf));
	assert_string_equal(buf, "PRETORIA");
	assert_false(party_post_for("Atlantis", 8, buf, sizeof buf));
}

static struct addressee to_faina[] = {
	{ "ZEN", "AMEMBASSY BELMOPAN", "NIACT IMMEDIATE", "2276-2279", false },
	{ "RUEHKV", "AMEMBASSY KYIV", "NIACT IMMEDIATE", "7881-7884", false },
	{ "ZEN", "AMEMBASSY MOSCOW", "NIACT IMMEDIATE", "4778-4781", false },
	{ "ZEN", "AMEMBASSY NAIROBI", "NIACT IMMEDIATE", "9314-9317", false },
	{ "ZEN", "AMEMBASSY RIGA", "NIACT IMMEDIATE", "0612-0615", false },
};

static struct addressee info_faina[] = {
	{ "ZEN", "AMEMBASSY ADDIS ABABA", "IMMEDIATE", "5844-5847", false },
	{ "ZEN", "SECDEF WASHINGTON DC", "IMMEDIATE", NULL, false },
};

static void test_addressee(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	c.to = to_faina;
	c.nto = 5;
	c.info = info_faina;
	c.ninfo = 2;
	size_t used;
	/* 08STATE103511 para 6 */
	const char *s = "Belize, please approach host-country officials";
	assert_string_equal(party_addressee(&c, s, strlen(s), &used), "AMEMBASSY BELMOPAN");
	assert_int_equal(used, 6);
	s = "Moscow and Riga, please";
	assert_string_equal(party_addressee(&c, s, strlen(s), &used), "AMEMBASSY MOSCOW");
	assert_int_equal(used, 6);
	s = "Addis Ababa is informed";
	assert_string_equal(party_addressee(&c, s, strlen(s), &used), "AMEMBASSY ADDIS ABABA");
	assert_int_equal(used, 11);
	s = "Paris, please";
	assert_null(party_addressee(&c, s, strlen(s), &used));
	assert_int_equal(used, 0);
}

/* The masks pass over names, never change an answer: the same names as
 * party_addressee(), with a name longer than the buffer its words are
 * cut into (whose last word comes out cut short: its first letter
 * stays). */
static void test_addressee_masks(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	arena_init(&c.arena);
	char longname[200];
	memset(longname, 'X', sizeof longname);
	memcpy(longname, "AMEMBASSY ", 10);
	memcpy(longname + 155, " ABCDEF", 7);    /* cut to "ABC" */
	longname[162] = '\0';
	struct addressee to[6];
	memcpy(to, to_faina, sizeof to_faina);
	to[5] = (struct addressee){ "ZEN", longname, NULL, NULL, false };
	c.to = to;
	c.nto = 6;
	c.info = info_faina;
	c.ninfo = 2;
	struct party_masks m = { NULL, NULL };
	static const char *const says[] = {
		"Belize, please approach", "Moscow and Riga, please", "Addis Ababa is",
		"Secdef should", "Atlantis should", "Abc should", "Abcdef should", NULL,
	};
	size_t used;
	assert_ptr_equal(party_addressee(&c, "Abc should", 10, &used), to[5].name);
	for (const char *const *p = says; *p; p++) {
		size_t u1 = 0, u2 = 0;
		const char *a = party_addressee(&c, *p, strlen(*p), &u1);
		const char *b = party_addressee_in(&c, &m, *p, strlen(*p), &u2);
		assert_ptr_equal(a, b);
		assert_int_equal(u1, u2);
	}
	arena_free(&c.arena);
}

static struct addressee to_islamabad[] = {
	{ "RHMFISS", "CDR USCENTCOM MACDILL AFB FL", "PRIORITY", NULL, false },
	{ "RUMICEA", "USCENTCOM INTEL CEN MACDILL AFB FL", "PRIORITY", NULL, false },
	{ "RUEKJCS", "SECDEF WASHINGTON DC", "PRIORITY", NULL, false },
	{ "RUEHC", "SECSTATE WASHDC", "PRIORITY", "3851", false },
};

static struct addressee info_islamabad[] = {
	{ "RUEATRS", "DEPT OF TREASURY WASHINGTON DC", NULL, NULL, false },
};

static void test_agency(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	c.from = "AMEMBASSY ISLAMABAD";
	c.to = to_islamabad;
	c.nto = 4;
	c.info = info_islamabad;
	c.ninfo = 1;
	size_t used;
	/* 07ISLAMABAD5288 para 3 */
	const char *s = "DOD or CENTCOM should undertake an audit";
	assert_string_equal(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used), "SECDEF WASHINGTON DC");
	assert_int_equal(used, 3);
	s = "CENTCOM should undertake";
	/* the command, not its intelligence centre: the shorter name */
	assert_string_equal(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used),
	                    "CDR USCENTCOM MACDILL AFB FL");
	/* 08CARACAS420 para 12 */
	s = "Department of Defense in the execution";
	assert_string_equal(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used), "SECDEF WASHINGTON DC");
	assert_int_equal(used, 21);
	/* 06BAKU1835 para 8 */
	s = "Department's guidance on how to respond";
	assert_string_equal(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used), "SECSTATE WASHDC");
	s = "Washington,s strong opposition";
	assert_string_equal(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used), "SECSTATE WASHDC");
	/* an agency on the INFO line only is not asked when its words may
	 * name a foreign body (10BERLIN128) */
	s = "Treasury visitors to Brussels";
	assert_null(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used));
	/* "the Kenyan Attorney General" is no US agency */
	s = "Department of Defense officials";
	assert_null(party_agency(&c, s, strlen(s), AGENCY_QUALIFIED, &used));
	/* another department is not the Department */
	s = "Department of Commerce officials";
	assert_null(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used));
	s = "Pakistan should";
	assert_null(party_agency(&c, s, strlen(s), AGENCY_PLAIN, &used));
	assert_int_equal(used, 0);
}

static void test_from_washington(void **state)
{
	(void)state;
	struct cable c;
	memset(&c, 0, sizeof c);
	c.from = "SECSTATE WASHDC";
	assert_true(party_from_washington(&c));
	c.from = "AMEMBASSY BAKU";
	assert_false(party_from_washington(&c));
	c.from = NULL;
	c.id = "09STATE15113";
	assert_true(party_from_washington(&c));
	c.id = "04ANKARA348";
	assert_false(party_from_washington(&c));
}

/* Posts and countries that data/posts.tsv knows, whatever the lines say. */
static void test_known_place(void **state)
{
	(void)state;
	const char *s = "Embassy Ottawa should";
	assert_int_equal(party_known_place(s + 8, strlen(s + 8), false), 6);
	s = "USNATO should engage NATO Secretary General";
	assert_int_equal(party_known_place(s, strlen(s), true), 6);
	s = "Hong Kong is requested to";
	assert_int_equal(party_known_place(s, strlen(s), true), 9);
	/* a country is a place but no post */
	s = "Canada should";
	assert_int_equal(party_known_place(s, strlen(s), false), 6);
	assert_int_equal(party_known_place(s, strlen(s), true), 0);
	s = "NATO should";
	assert_int_equal(party_known_place(s, strlen(s), false), 0);
	s = "GOI should";
	assert_int_equal(party_known_place(s, strlen(s), false), 0);
}

/* Every phrase party_agency() reads is listed, and each is read. */
static void test_agency_phrases(void **state)
{
	(void)state;
	static struct addressee to[] = {
		{ NULL, "SECSTATE WASHDC", NULL, NULL, false },
		{ NULL, "SECDEF WASHINGTON DC", NULL, NULL, false },
		{ NULL, "CDR USCENTCOM MACDILL AFB FL", NULL, NULL, false },
	};
	struct cable c;
	memset(&c, 0, sizeof c);
	c.to = to;
	c.nto = 3;
	size_t n = 0;
	const char *p;
	bool dod = false, wash = false;
	while ((p = party_agency_phrase(n)) != NULL) {
		assert_true(strlen(p) > 1);
		dod |= strcmp(p, "DOD") == 0;
		wash |= strcmp(p, "WASHINGTON") == 0;
		n++;
	}
	assert_true(n > 20);
	assert_true(dod && wash);
	size_t used;
	assert_string_equal(party_agency(&c, "DOD or CENTCOM should", 21, false, &used),
	                    "SECDEF WASHINGTON DC");
	assert_int_equal(used, 3);
	assert_string_equal(party_agency(&c, "Department's guidance", 21, false, &used),
	                    "SECSTATE WASHDC");
	assert_int_equal(used, 10);     /* the name, without its "'s" */
	assert_null(party_agency(&c, "Departmental guidance", 21, false, &used));
	assert_int_equal(used, 0);
}

/* A party that is a collective (data/collectives.tsv) is the post's when
 * the collective holds it: --post TOKYO sees "ALL DIPLOMATIC AND CONSULAR
 * POSTS COLLECTIVE". */
static void test_matches_collectives(void **state)
{
	(void)state;
	const char *aldac = "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE";
	const char *adp = "ALL DIPLOMATIC POSTS COLLECTIVE";
	const char *iaea = "IAEA MEMBER STATES COLLECTIVE";
	/* every post, short or full, by country too; not Washington */
	assert_true(party_matches("TOKYO", aldac));
	assert_true(party_matches("tokyo", "all diplomatic and  consular posts collective"));
	assert_true(party_matches("USOSCE", aldac));
	assert_true(party_matches("AMCONSUL MUMBAI", aldac));
	assert_true(party_matches("Japan", aldac));
	assert_true(party_matches("AMCONSUL WUHAN", aldac));    /* written as a post */
	assert_false(party_matches("SECSTATE", aldac));
	assert_false(party_matches("SECDEF WASHINGTON DC", aldac));
	assert_false(party_matches("NOWHERE", aldac));
	/* diplomatic posts: embassies and missions, no consulates */
	assert_true(party_matches("TOKYO", adp));
	assert_true(party_matches("USNATO", adp));
	assert_false(party_matches("MUMBAI", adp));
	assert_false(party_matches("AMCONSUL WUHAN", adp));
	/* members */
	assert_true(party_matches("AMEMBASSY TOKYO", iaea));
	assert_true(party_matches("TOKYO", iaea));
	assert_true(party_matches("Japan", iaea));
	assert_true(party_matches("AMEMBASSY VIENNA", iaea));
	assert_false(party_matches("UNVIE", iaea));            /* the mission is not */
	assert_false(party_matches("USOSCE", iaea));
	assert_false(party_matches("AMCONSUL OSAKA KOBE", iaea));
	assert_true(party_matches("KYIV", "CIS COLLECTIVE"));
	assert_true(party_matches("KIEV", "CIS COLLECTIVE"));
	assert_false(party_matches("TBILISI", "CIS COLLECTIVE"));
	assert_true(party_matches("TIJUANA", "ALL US CONSULATES IN MEXICO COLLECTIVE"));
	assert_false(party_matches("MEXICO", "ALL US CONSULATES IN MEXICO COLLECTIVE"));
	/* another spelling of a collective */
	assert_true(party_matches("VALLETTA", "EU MEMBER STATES"));
	assert_true(party_matches("VALLETTA", "EU MEM COLLECTIVE"));
	assert_false(party_matches("OSLO", "EU MEMBER STATES"));
	/* a collective the table does not know holds nobody */
	assert_false(party_matches("TEHRAN", "IRAN COLLECTIVE"));
	assert_false(party_matches("BAKU", "IRAN COLLECTIVE"));
	/* still by words, as before: the collective's own name */
	assert_true(party_matches("IRAN COLLECTIVE", "IRAN COLLECTIVE"));
	assert_true(party_matches(iaea, iaea));
	/* no post is a collective */
	assert_false(party_matches("TOKYO", "AMEMBASSY OSLO"));
	assert_false(party_matches(aldac, "AMEMBASSY TOKYO"));
	assert_false(party_matches("", aldac));
}

/* What post_collective_members gives: the posts, each once, in a list. */
struct given {
	char names[512][POST_NAME_MAX];
	size_t n, stop_after;
	bool dup;
};

static bool give(const char *post, void *ctx)
{
	struct given *g = ctx;
	for (size_t i = 0; i < g->n; i++)
		g->dup |= strcmp(g->names[i], post) == 0;
	if (g->n < sizeof g->names / sizeof g->names[0])
		snprintf(g->names[g->n++], POST_NAME_MAX, "%s", post);
	return !g->stop_after || g->n < g->stop_after;
}

static bool given_has(const struct given *g, const char *name)
{
	for (size_t i = 0; i < g->n; i++)
		if (strcmp(g->names[i], name) == 0)
			return true;
	return false;
}

/* Rows of an embedded table whose first field is key (key NULL: every
 * row), or whose third field is one of kinds (a postnames kind list). */
static size_t table_rows(const char *file, const char *key, const char *const *kinds)
{
	const struct embedded_file *f = embedded_find(file);
	assert_non_null(f);
	size_t n = 0, k = key ? strlen(key) : 0;
	for (const char *p = f->data; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : p) {
		if (*p == '#' || *p == '\n')
			continue;
		if (key && (strncmp(p, key, k) != 0 || p[k] != '\t'))
			continue;
		if (kinds) {
			const char *t = strchr(p, '\t');
			t = t ? strchr(t + 1, '\t') : NULL;
			bool ok = false;
			for (size_t i = 0; t && kinds[i]; i++)
				ok |= strncmp(t + 1, kinds[i], strlen(kinds[i])) == 0 &&
				      (t[1 + strlen(kinds[i])] == '\n' || !t[1 + strlen(kinds[i])]);
			if (!ok)
				continue;
		}
		n++;
	}
	return n;
}

/* A collective's posts as a list (the TUI's add-tasking offers them):
 * each a post the collective holds for party_matches, each once, as many
 * as the table lists; "every post" is every embassy, consulate and
 * mission; another spelling gives the same posts; a post or an unknown
 * collective gives none. */
static void test_collective_members(void **state)
{
	(void)state;
	static struct given g, h;
	const char *iaea = "IAEA MEMBER STATES COLLECTIVE";
	memset(&g, 0, sizeof g);
	size_t n = post_collective_members(iaea, give, &g);
	assert_int_equal(n, g.n);
	assert_int_equal(n, table_rows("data/collectives.tsv", iaea, NULL));
	assert_true(n > 100);
	assert_true(given_has(&g, "AMEMBASSY TOKYO"));
	assert_true(given_has(&g, "AMEMBASSY VIENNA"));
	assert_false(given_has(&g, "USMISSION UNVIE VIENNA"));
	assert_false(g.dup);

	static const char *const posts[] = { "embassy", "consulate", "mission", NULL };
	static const char *const dipl[] = { "embassy", "mission", NULL };
	memset(&g, 0, sizeof g);
	n = post_collective_members("all diplomatic and  consular posts collective", give, &g);
	assert_int_equal(n, table_rows("data/postnames.tsv", NULL, posts));
	assert_true(given_has(&g, "AMCONSUL MUMBAI"));
	assert_true(given_has(&g, "USMISSION USOSCE"));
	assert_false(given_has(&g, "SECSTATE WASHDC"));
	memset(&g, 0, sizeof g);
	n = post_collective_members("ALL DIPLOMATIC POSTS COLLECTIVE", give, &g);
	assert_int_equal(n, table_rows("data/postnames.tsv", NULL, dipl));
	assert_false(given_has(&g, "AMCONSUL MUMBAI"));
	assert_true(given_has(&g, "AMEMBASSY TOKYO"));

	/* another spelling: the same posts in the same order */
	memset(&g, 0, sizeof g);
	memset(&h, 0, sizeof h);
	assert_true(post_collective_members("EU MEMBER STATES", give, &g) > 20);
	post_collective_members("EU MEMBER STATES COLLECTIVE", give, &h);
	assert_int_equal(g.n, h.n);
	for (size_t i = 0; i < g.n; i++)
		assert_string_equal(g.names[i], h.names[i]);
	assert_true(given_has(&g, "AMEMBASSY VALLETTA"));

	/* the walk stops when asked */
	memset(&g, 0, sizeof g);
	g.stop_after = 3;
	assert_int_equal(post_collective_members(iaea, give, &g), 3);

	/* no collective of the table */
	memset(&g, 0, sizeof g);
	assert_int_equal(post_collective_members("AMEMBASSY TOKYO", give, &g), 0);
	assert_int_equal(post_collective_members("IRAN COLLECTIVE", give, &g), 0);
	assert_int_equal(post_collective_members(NULL, give, &g), 0);
	assert_int_equal(post_collective_members("", give, &g), 0);
	assert_int_equal(g.n, 0);

	/* every collective: each post given is one it holds, given once */
	char name[POST_NAME_MAX];
	for (size_t i = 0; post_collective_at(i, name, sizeof name); i++) {
		memset(&g, 0, sizeof g);
		if (post_collective_members(name, give, &g) == 0)
			fail_msg("collective %s gives no post", name);
		if (g.dup)
			fail_msg("collective %s gives a post twice", name);
		for (size_t j = 0; j < g.n; j++)
			if (!party_matches(g.names[j], name))
				fail_msg("%s gives %s, which it does not hold", name, g.names[j]);
	}
}

static void lookup_is(const char *name, enum post_result want, const char *use)
{
	struct post_lookup l;
	post_lookup(name, &l);
	if (l.result != want)
		fail_msg("post_lookup(\"%s\"): result %d, want %d", name, (int)l.result,
		         (int)want);
	if (use)
		assert_string_equal(l.use, use);
}

/* --post NAME: exact and unambiguous short names are found. */
static void test_lookup_found(void **state)
{
	(void)state;
	lookup_is("USOSCE", POST_FOUND, "USOSCE");
	lookup_is("KYIV", POST_FOUND, "KYIV");
	lookup_is("Kiev", POST_FOUND, "Kiev");
	lookup_is("TOKYO", POST_FOUND, "TOKYO");
	lookup_is("UNVIE", POST_FOUND, "UNVIE");
	lookup_is("USUN", POST_FOUND, "USUN");
	lookup_is("Japan", POST_FOUND, "Japan");
	lookup_is("Austria", POST_FOUND, "Austria");    /* the embassy only */
	lookup_is("San Jose", POST_FOUND, "San Jose");
	lookup_is("AMEMBASSY VIENNA", POST_FOUND, "AMEMBASSY VIENNA");
	lookup_is("usmission  unvie vienna", POST_FOUND, "usmission  unvie vienna");
	lookup_is("USMISSION USOSCE", POST_FOUND, "USMISSION USOSCE");
	lookup_is("SECSTATE", POST_FOUND, "SECSTATE");
	/* by its place only: the name to match with is the post's */
	lookup_is("WASHINGTON", POST_FOUND, "SECSTATE WASHDC");
	lookup_is("IAEA MEMBER STATES COLLECTIVE", POST_FOUND,
	          "IAEA MEMBER STATES COLLECTIVE");
	/* full names the table lacks are taken as written */
	lookup_is("AMCONSUL SOMEWHERE", POST_UNLISTED, "AMCONSUL SOMEWHERE");
	lookup_is("DEPT OF LABOR WASHDC", POST_UNLISTED, "DEPT OF LABOR WASHDC");
}

/* --post NAME: ambiguous and unknown names, with the candidates. */
static void test_lookup_refused(void **state)
{
	(void)state;
	struct post_lookup l;
	post_lookup("VIENNA", &l);
	assert_int_equal(l.result, POST_AMBIGUOUS);
	assert_int_equal(l.nnames, 3);
	assert_int_equal(l.more, 0);
	assert_string_equal(l.names[0], "AMEMBASSY VIENNA");
	assert_string_equal(l.names[1], "USMISSION UNVIE VIENNA");
	assert_string_equal(l.names[2], "USMISSION USOSCE");
	post_lookup("brussels", &l);
	assert_int_equal(l.result, POST_AMBIGUOUS);
	assert_int_equal(l.nnames, 3);
	assert_string_equal(l.names[2], "USMISSION USNATO");
	post_lookup("DEPT", &l);        /* more than fit: counted */
	assert_int_equal(l.result, POST_AMBIGUOUS);
	assert_int_equal(l.nnames + l.more, 5);
	lookup_is("GENEVA", POST_AMBIGUOUS, NULL);
	lookup_is("PARIS", POST_AMBIGUOUS, NULL);

	post_lookup("NOWHRE", &l);
	assert_int_equal(l.result, POST_UNKNOWN);
	assert_int_equal(l.nnames, 0);
	post_lookup("TOKIO", &l);
	assert_int_equal(l.result, POST_UNKNOWN);
	assert_int_equal(l.nnames, 1);
	assert_string_equal(l.names[0], "AMEMBASSY TOKYO");
	post_lookup("USOCSE", &l);
	assert_int_equal(l.nnames, 1);
	assert_string_equal(l.names[0], "USMISSION USOSCE");
	post_lookup("NATO", &l);
	assert_int_equal(l.nnames, 1);
	assert_string_equal(l.names[0], "USMISSION USNATO");
	post_lookup("IAEA MEMBER STATE COLLECTIVE", &l);
	assert_int_equal(l.result, POST_UNKNOWN);
	assert_string_equal(l.names[0], "IAEA MEMBER STATES COLLECTIVE");
	post_lookup("AMEMBASSY TOKIO", &l);     /* taken, with the near name */
	assert_int_equal(l.result, POST_UNLISTED);
	assert_int_equal(l.nnames, 1);
	assert_string_equal(l.names[0], "AMEMBASSY TOKYO");
	lookup_is("USMISSION", POST_UNKNOWN, NULL);   /* a post-type word alone */
	lookup_is("IAEA", POST_UNKNOWN, NULL);
	lookup_is("EMBASSY TOKYO", POST_UNKNOWN, NULL);
	lookup_is("", POST_UNKNOWN, NULL);
	lookup_is("   ", POST_UNKNOWN, NULL);
}

/* The data files agree: every member of a collective is a post of
 * data/postnames.tsv, a rule, or another collective; a collective's lines
 * stand together; every row of postnames.tsv is found by its full name;
 * the man page names every collective. */
static void test_tables(void **state)
{
	(void)state;
	const struct embedded_file *f = embedded_find("data/collectives.tsv");
	assert_non_null(f);
	char name[POST_NAME_MAX], prev[POST_NAME_MAX] = "";
	size_t ncoll = 0;
	for (const char *p = f->data; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : p) {
		if (*p == '#' || *p == '\n')
			continue;
		const char *tab = strchr(p, '\t');
		const char *eol = strchr(p, '\n');
		assert_non_null(tab);
		assert_true(!eol || tab < eol);
		snprintf(name, sizeof name, "%.*s", (int)(tab - p), p);
		char member[POST_NAME_MAX];
		snprintf(member, sizeof member, "%.*s",
		         (int)((eol ? eol : tab + strlen(tab)) - tab - 1), tab + 1);
		if (strcmp(name, prev) != 0) {
			char listed[POST_NAME_MAX];
			assert_true(post_collective_at(ncoll++, listed, sizeof listed));
			if (strcmp(listed, name) != 0)
				fail_msg("collective %s: lines not together", name);
			snprintf(prev, sizeof prev, "%s", name);
		}
		struct post_lookup l;
		post_lookup(member, &l);
		if (strcmp(member, "every post") != 0 &&
		    strcmp(member, "every diplomatic post") != 0 &&
		    (l.result != POST_FOUND || strcmp(l.use, member) != 0))
			fail_msg("%s: member %s is in no table", name, member);
	}
	assert_false(post_collective_at(ncoll, name, sizeof name));
	assert_true(ncoll >= 20);

	f = embedded_find("data/postnames.tsv");
	assert_non_null(f);
	for (const char *p = f->data; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : p) {
		if (*p == '#' || *p == '\n')
			continue;
		snprintf(name, sizeof name, "%.*s", (int)strcspn(p, "\t"), p);
		lookup_is(name, POST_FOUND, name);
	}

	FILE *man = fopen("doc/cabletrack.1", "r");
	if (!man) {
		printf("test_tables: doc/cabletrack.1 not found from here: man page not checked\n");
		return;
	}
	static char text[1 << 16];
	size_t n = fread(text, 1, sizeof text - 1, man);
	fclose(man);
	text[n] = '\0';
	for (size_t i = 0; post_collective_at(i, name, sizeof name); i++)
		if (!strstr(text, name))
			fail_msg("doc/cabletrack.1 does not name %s", name);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches_short_and_full),
		cmocka_unit_test(test_post_for),
		cmocka_unit_test(test_addressee),
		cmocka_unit_test(test_addressee_masks),
		cmocka_unit_test(test_agency),
		cmocka_unit_test(test_from_washington),
		cmocka_unit_test(test_known_place),
		cmocka_unit_test(test_agency_phrases),
		cmocka_unit_test(test_matches_collectives),
		cmocka_unit_test(test_collective_members),
		cmocka_unit_test(test_lookup_found),
		cmocka_unit_test(test_lookup_refused),
		cmocka_unit_test(test_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

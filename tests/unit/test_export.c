/* test_export.c - the checklist model and every export writer's rules. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "export/export.h"
#include "export_text.h"
#include "base/sha1.h"

#define OSCE "USMISSION USOSCE"
#define UNVIE "USMISSION UNVIE VIENNA"

/* Sentences from corpus cable 08STATE104535 (¶4, ¶7, ¶8), plus one with
 * markup, control characters and a multibyte character. */
#define SUM4 "Washington requests Post pursue the following objectives"
#define SUM7 "Post is requested to respond NLT October 15 -- to include its " \
             "views on whether the OSCE UNSCR 1540 Strategy paper can be used"
#define SUM8 "Please contact U.S. 1540 Coordinator Tom Wuchte at (202) " \
             "736-4275 for any further background."
/* "SUMMARY:" (8) + "(U) " (4) + 62 bytes = 74 octets, then a 2-byte "é"
 * that does not fit on the first line. */
#define SUM9 "Embassy should seek to deliver the demarche no later than the d" \
             "\xc3\xa9marche [REF](#) *urgently* \x1b[31mto_the\xc2\x9b MFA, then; report\\back"

static const char *const parties2[] = { OSCE, UNVIE };
static const char *const parties1[] = { OSCE };

static struct cable *fixture(const char *id, const char *cls)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	struct arena *a = &c->arena;
	c->source = "samples/x.txt";
	c->id = id;
	c->dtg = (struct dtg){ true, 2008, 9, 30, 22, 27 };
	c->classification = cls;
	c->caveats = arena_alloc(a, sizeof *c->caveats);
	c->caveats[0] = "SENSITIVE";
	c->ncaveats = 1;
	c->subject = "MOVING IMPLEMENTATION FORWARD -- UNSCR 1540 -- VIENNA "
	             "TRILATERAL COOPERATION";
	c->nparas = 4;
	c->paras = arena_alloc(a, c->nparas * sizeof *c->paras);
	c->paras[0] = (struct paragraph){ .number = 4, .classification = "SBU" };
	c->paras[1] = (struct paragraph){ .number = 7, .classification = "U" };
	c->paras[2] = (struct paragraph){ .number = 8, .classification = NULL,
		.text = "Please contact U.S. 1540 Coordinator Tom Wuchte at (202) "
		        "736-4275 for any further background. Thanks." };
	c->paras[3] = (struct paragraph){ .number = 9, .classification = "U" };
	c->ntaskings = 4;
	c->taskings = arena_alloc(a, c->ntaskings * sizeof *c->taskings);
	c->taskings[0] = (struct tasking){ .paragraph = 4,
		.parties = (const char **)parties2, .nparties = 2, .summary = SUM4 };
	c->taskings[1] = (struct tasking){ .paragraph = 7,
		.parties = (const char **)parties2, .nparties = 2,
		.deadline = "2008-10-15", .deadline_text = "NLT October 15",
		.quote = "Post is requested to respond NLT October 15", .summary = SUM7 };
	c->taskings[2] = (struct tasking){ .paragraph = 9,
		.parties = (const char **)parties1, .nparties = 1,
		.deadline = "2008-10-20", .quote = SUM9 };
	/* the same paragraph and party twice: one item */
	c->taskings[3] = (struct tasking){ .paragraph = 4,
		.parties = (const char **)parties1, .nparties = 1, .summary = SUM4 };
	return c;
}

/* A review: ¶7 done for USOSCE with a note, ¶4 doing for UNVIE with a due
 * override, and a manual tasking ¶8 whose note looks like a formula. */
struct fixrev {
	struct review r;
	struct review_item items[3];
};

static void fixture_review(struct fixrev *f, enum review_status s7)
{
	memset(f, 0, sizeof *f);
	f->items[0] = (struct review_item){ .paragraph = 7, .party = OSCE,
		.status = s7, .note = "Delivered to OSCE Secretariat.\n"
		"See 08USOSCE300; follow-up, \"pending\"" };
	f->items[1] = (struct review_item){ .paragraph = 4, .party = UNVIE,
		.status = STATUS_DOING, .due = "2008-11-01" };
	f->items[2] = (struct review_item){ .paragraph = 8, .party = OSCE,
		.status = STATUS_OPEN, .manual = true,
		.note = "=HYPERLINK(\"http://example.com\")" };
	f->r.cable_id = "08STATE104535";
	f->r.items = f->items;
	f->r.n = f->r.cap = 3;
	f->r.lock_fd = -1;
}

#define NOW ((time_t)1224500000)   /* 2008-10-20T10:53:20Z */

static void build(struct export_list *l, struct cable *c, const struct review *r,
                  const char *post, bool open_only)
{
	const struct cable *cs[1] = { c };
	const struct review *rs[1] = { r };
	struct export_options o = { .post = post, .open_only = open_only, .now = NOW };
	export_build(l, cs, rs, 1, &o);
}

static char *render(enum export_format f, struct cable *c, const struct review *r)
{
	struct export_list l;
	build(&l, c, r, NULL, false);
	return export_text(f, &l);
}

/* --- sha1 and uuids --------------------------------------------------- */

static void test_sha1_vectors(void **state)
{
	(void)state;
	struct sha1 s;
	unsigned char d[20];
	char hex[41];
	sha1_init(&s);
	sha1_update(&s, "abc", 3);
	sha1_final(&s, d);
	for (int i = 0; i < 20; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	assert_string_equal(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
	/* two blocks, fed in odd pieces */
	const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha1_init(&s);
	for (size_t i = 0; m[i]; i += 7)
		sha1_update(&s, m + i, strlen(m + i) < 7 ? strlen(m + i) : 7);
	sha1_final(&s, d);
	for (int i = 0; i < 20; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	assert_string_equal(hex, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

static void test_uuid_is_uuid5_of_url_namespace(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct export_list l;
	build(&l, c, NULL, NULL, false);
	/* python3: uuid.uuid5(uuid.NAMESPACE_URL,
	 *          "cabletrack:08STATE104535:4:USMISSION USOSCE") */
	assert_string_equal(find_item(&l, 4, OSCE)->uuid,
	                    "d53a43ad-66b1-53e2-9bef-950d45eb00be");
	assert_string_equal(find_item(&l, 7, OSCE)->uuid,
	                    "927ee6a5-7b7d-5c93-9f94-4c2af63ef529");
	export_list_free(&l);
	cable_free(c);
}

static void test_uuid_stable_across_status_change(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	const enum export_format fmts[] = { EXPORT_ICS, EXPORT_JSON, EXPORT_ORG,
	                                    EXPORT_CSV, EXPORT_TODO, EXPORT_YAML };
	for (size_t k = 0; k < sizeof fmts / sizeof *fmts; k++) {
		fixture_review(&f, STATUS_OPEN);
		char *a = render(fmts[k], c, &f.r);
		fixture_review(&f, STATUS_DONE);
		char *b = render(fmts[k], c, &f.r);
		assert_string_not_equal(a, b);        /* the status did change */
		const char *u = "927ee6a5-7b7d-5c93-9f94-4c2af63ef529";
		assert_non_null(strstr(a, u));
		assert_non_null(strstr(b, u));
		free(a);
		free(b);
	}
	fixture_review(&f, STATUS_OPEN);
	char *ics = render(EXPORT_ICS, c, &f.r);
	assert_non_null(strstr(ics, "UID:927ee6a5-7b7d-5c93-9f94-4c2af63ef529@cabletrack\r\n"));
	free(ics);
	cable_free(c);
}

/* --- the model -------------------------------------------------------- */

static void test_build_items_order_and_review(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	struct export_list l;
	build(&l, c, &f.r, NULL, false);
	/* ¶4 x2, ¶7 x2, ¶9, manual ¶8; the duplicate ¶4 USOSCE is merged */
	assert_int_equal(l.n, 6);
	/* USMISSION UNVIE VIENNA sorts before USMISSION USOSCE; within a
	 * party by deadline, none last */
	assert_string_equal(l.items[0].party, UNVIE);
	assert_int_equal(l.items[0].paragraph, 7);        /* 2008-10-15 */
	assert_int_equal(l.items[1].paragraph, 4);        /* 2008-11-01 */
	assert_string_equal(l.items[1].deadline, "2008-11-01");  /* override */
	assert_int_equal(l.items[1].status, STATUS_DOING);
	assert_string_equal(l.items[2].party, OSCE);
	assert_int_equal(l.items[2].paragraph, 7);
	assert_int_equal(l.items[2].status, STATUS_DONE);
	assert_int_equal(l.items[3].paragraph, 9);
	assert_int_equal(l.items[4].paragraph, 4);
	assert_null(l.items[4].deadline);
	assert_int_equal(l.items[5].paragraph, 8);        /* manual, no deadline */
	assert_true(l.items[5].manual);
	/* a manual tasking's summary: its paragraph's first sentence */
	assert_string_equal(l.items[5].summary, SUM8);
	assert_null(l.items[5].portion);
	assert_string_equal(l.items[4].portion, "SBU");
	assert_string_equal(l.items[4].post, "USOSCE");
	assert_string_equal(l.items[0].post, "UNVIE");
	/* control characters gone from the summary, the rest kept */
	const struct export_item *it9 = find_item(&l, 9, OSCE);
	assert_null(strchr(it9->summary, '\x1b'));
	assert_null(strstr(it9->summary, "\xc2\x9b"));
	assert_non_null(strstr(it9->summary, "[31mto_the MFA"));
	assert_non_null(strstr(it9->summary, "d\xc3\xa9marche"));
	assert_string_equal(l.banner, "UNCLASSIFIED//SENSITIVE");
	export_list_free(&l);
	cable_free(c);
}

static void test_build_filters(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DROPPED);
	struct export_list l;
	build(&l, c, &f.r, OSCE, false);
	assert_int_equal(l.n, 4);
	for (size_t i = 0; i < l.n; i++)
		assert_string_equal(l.items[i].party, OSCE);
	export_list_free(&l);
	build(&l, c, &f.r, NULL, true);                  /* dropped ¶7 left out */
	assert_int_equal(l.n, 5);
	assert_null(find_item(&l, 7, OSCE));
	assert_non_null(find_item(&l, 4, UNVIE));             /* doing is open */
	export_list_free(&l);
	build(&l, c, NULL, NULL, true);                  /* no review: all open */
	assert_int_equal(l.n, 5);
	for (size_t i = 0; i < l.n; i++)
		assert_int_equal(l.items[i].status, STATUS_OPEN);
	export_list_free(&l);
	cable_free(c);
}

static void test_banner_is_highest(void **state)
{
	(void)state;
	struct cable *a = fixture("08STATE104535", "UNCLASSIFIED");
	struct cable *b = fixture("09STATE15113", "CONFIDENTIAL");
	b->caveats[0] = "NOFORN";
	const struct cable *cs[2] = { a, b };
	struct export_options o = { .now = NOW };
	struct export_list l;
	export_build(&l, cs, NULL, 2, &o);
	assert_string_equal(l.banner, "CONFIDENTIAL//SENSITIVE//NOFORN");
	assert_int_equal(l.n, 10);
	struct buf out;
	buf_init(&out);
	export_md(&l, &out);
	assert_true(strncmp(buf_str(&out), "**CONFIDENTIAL//SENSITIVE//NOFORN**\n", 36) == 0);
	assert_true(strcmp(buf_str(&out) + out.len - 36,
	                   "**CONFIDENTIAL//SENSITIVE//NOFORN**\n") == 0);
	assert_non_null(strstr(buf_str(&out), "# Taskings: 08STATE104535, 09STATE15113\n"));
	buf_reset(&out);
	export_ics(&l, &out);
	assert_non_null(strstr(buf_str(&out), "CLASS:CONFIDENTIAL\r\n"));
	buf_free(&out);
	export_list_free(&l);
	cable_free(a);
	cable_free(b);
}

static void test_short_post(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	assert_string_equal(export_short_post(&a, "USMISSION USOSCE"), "USOSCE");
	assert_string_equal(export_short_post(&a, "USMISSION UNVIE VIENNA"), "UNVIE");
	assert_string_equal(export_short_post(&a, "USMISSION USUN NEW YORK"), "USUN");
	assert_string_equal(export_short_post(&a, "AMEMBASSY SAN JOSE"), "SAN_JOSE");
	assert_string_equal(export_short_post(&a, "AMEMBASSY BELMOPAN"), "BELMOPAN");
	assert_string_equal(export_short_post(&a, "USEU BRUSSELS"), "USEU");
	assert_string_equal(export_short_post(&a, "SECSTATE WASHDC"), "SECSTATE");
	assert_string_equal(export_short_post(&a, "JOINT STAFF WASHINGTON DC"), "JOINT_STAFF");
	assert_string_equal(export_short_post(&a, "AMCONSUL HO CHI MINH CITY"),
	                    "HO_CHI_MINH_CITY");
	assert_string_equal(export_short_post(&a, "CDR USEUCOM VAIHINGEN GE"),
	                    "CDR_USEUCOM_VAIHINGEN_GE");
	assert_string_equal(export_short_post(&a, ""), "POST");
	arena_free(&a);
}

static void test_clean(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	assert_string_equal(export_clean(&a, "  a\tb\r\n\x01 c\x7f\xc2\x85 d  ", false),
	                    "a b c d");
	assert_string_equal(export_clean(&a, "a\tb\r\nc\x1b\xe2\x80\xa8" "d", true),
	                    "a\tb\nc\nd");
	assert_string_equal(export_clean(&a, "bad \xff\xc3 ok \xc3\xa9", false),
	                    "bad ok \xc3\xa9");
	assert_null(export_clean(&a, NULL, true));
	arena_free(&a);
}

/* --- one test per format ---------------------------------------------- */

static void test_md(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_MD, c, &f.r);
	assert_true(strncmp(s, "**UNCLASSIFIED//SENSITIVE**\n\n# Taskings: 08STATE104535\n", 54) == 0);
	assert_non_null(strstr(s, "## USMISSION UNVIE VIENNA\n"));
	assert_non_null(strstr(s, "- [x] 08STATE104535 ¶7 (U) " SUM7 " **due 2008-10-15** "
	                          "<!-- id:927ee6a5-7b7d-5c93-9f94-4c2af63ef529 -->\n"
	                          "  Note: Delivered to OSCE Secretariat. See 08USOSCE300; "
	                          "follow-up, \"pending\"\n"));
	assert_non_null(strstr(s, "- [ ] 08STATE104535 ¶4 (SBU) " SUM4 " *(doing)* **due 2008-11-01** <!-- id:"));
	assert_non_null(strstr(s, "- [ ] 08STATE104535 ¶4 (SBU) " SUM4 " (no deadline) <!-- id:"));
	/* markup in the text is escaped, so it stays text */
	assert_non_null(strstr(s, "d\xc3\xa9marche \\[REF\\](\\#) \\*urgently\\* \\[31mto\\_the MFA, then; report\\\\back"));
	const char *end = "\n**UNCLASSIFIED//SENSITIVE**\n";
	assert_string_equal(s + strlen(s) - strlen(end), end);
	free(s);
	fixture_review(&f, STATUS_DROPPED);
	s = render(EXPORT_MD, c, &f.r);
	assert_non_null(strstr(s, "- [x] ~~08STATE104535 ¶7 (U) "));
	assert_non_null(strstr(s, "~~ *(dropped)*"));
	free(s);
	cable_free(c);
}

static void test_org(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_ORG, c, &f.r);
	assert_true(strncmp(s, "UNCLASSIFIED//SENSITIVE\n#+TITLE: Taskings: 08STATE104535\n"
	                       "#+TODO: TODO DOING | DONE DROPPED\n", 91) == 0);
	assert_non_null(strstr(s, "\n* USMISSION USOSCE\n** DONE 08STATE104535 ¶7 (U) " SUM7
	                          " :USOSCE:\nDEADLINE: <2008-10-15 Wed>\n:PROPERTIES:\n"
	                          ":ID: 927ee6a5-7b7d-5c93-9f94-4c2af63ef529\n"));
	assert_non_null(strstr(s, "** DOING 08STATE104535 ¶4 (SBU) " SUM4
	                          " :UNVIE:\nDEADLINE: <2008-11-01 Sat>\n"));
	/* no deadline: the drawer follows the heading directly */
	assert_non_null(strstr(s, "** TODO 08STATE104535 ¶4 (SBU) " SUM4
	                          " :USOSCE:\n:PROPERTIES:\n"));
	/* note lines are indented body text, never a heading */
	assert_non_null(strstr(s, ":END:\n  Delivered to OSCE Secretariat.\n"
	                          "  See 08USOSCE300; follow-up, \"pending\"\n"));
	/* the cable's marking and the paragraph's mark */
	assert_non_null(strstr(s, ":CLASSIFICATION: UNCLASSIFIED//SENSITIVE\n:PORTION: SBU\n"));
	/* the closing banner is a comment, not a heading */
	const char *end = "\n# UNCLASSIFIED//SENSITIVE\n";
	assert_string_equal(s + strlen(s) - strlen(end), end);
	free(s);
	cable_free(c);
}

static void test_todo(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_TODO, c, &f.r);
	/* no banner or comment line: todo.txt has none */
	assert_true(strncmp(s, "2008-09-30 ¶", 13) == 0);
	assert_non_null(strstr(s, "\nx 2008-10-20 2008-09-30 ¶7 (U) " SUM7
	                          " Note: Delivered to OSCE Secretariat. See 08USOSCE300; "
	                          "follow-up, \"pending\" +08STATE104535 @USOSCE due:2008-10-15 "
	                          "class:UNCLASSIFIED//SENSITIVE "
	                          "id:927ee6a5-7b7d-5c93-9f94-4c2af63ef529\n"));
	assert_non_null(strstr(s, "\n2008-09-30 ¶4 (SBU) " SUM4 " +08STATE104535 @UNVIE "
	                          "due:2008-11-01 class:UNCLASSIFIED//SENSITIVE id:"));
	assert_non_null(strstr(s, " status:doing\n"));
	/* one task per line, and nothing else: 6 tasks */
	size_t lines = 0;
	for (const char *p = s; *p; p++) {
		lines += *p == '\n';
		assert_true(*p != '\r' && *p != '\x1b');
	}
	assert_int_equal(lines, 6);
	/* no task line starts like a priority "(A) " */
	for (const char *p = s; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		assert_false(p[0] == '(' && p[2] == ')');
	free(s);
	cable_free(c);
}

static void test_csv(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_CSV, c, &f.r);
	assert_true(strncmp(s, "uuid,cable,paragraph,classification,post,party,summary,"
	                       "deadline,status,note,origin,subject,dtg,banner\r\n", 99) == 0);
	/* quotes doubled, the embedded line break is CRLF, comma => quoted */
	assert_non_null(strstr(s, ",done,\"Delivered to OSCE Secretariat.\r\nSee 08USOSCE300; "
	                          "follow-up, \"\"pending\"\"\",auto,"));
	/* formula guard */
	assert_non_null(strstr(s, ",open,\"'=HYPERLINK(\"\"http://example.com\"\")\",manual,"));
	assert_non_null(strstr(s, ",7,U,USOSCE,USMISSION USOSCE," SUM7 ",2008-10-15,"));
	/* a NULL deadline is an empty field, the paragraph w/o mark too */
	assert_non_null(strstr(s, ",8,,USOSCE,USMISSION USOSCE,"));
	/* every record ends in CRLF: no bare LF anywhere */
	for (const char *p = s; *p; p++)
		if (*p == '\n')
			assert_true(p > s && p[-1] == '\r');
	free(s);
	cable_free(c);
}

/* Unfolds an iCalendar stream: drops every CRLF + space. */
static char *ics_unfold(const char *s)
{
	char *u = strdup(s), *o = u;
	for (const char *p = s; *p; p++) {
		if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ') {
			p += 2;
			continue;
		}
		*o++ = *p;
	}
	*o = '\0';
	return u;
}

static void test_ics(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_ICS, c, &f.r);
	assert_true(strncmp(s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 37) == 0);
	const char *end = "END:VTODO\r\nEND:VCALENDAR\r\n";
	assert_string_equal(s + strlen(s) - strlen(end), end);
	/* physical lines: CRLF, at most 75 octets, never split in a UTF-8
	 * sequence */
	const char *line = s;
	for (const char *p = s; *p; p++) {
		if (*p != '\n')
			continue;
		assert_true(p > s && p[-1] == '\r');
		size_t n = (size_t)(p - 1 - line);
		assert_true(n <= 75);
		if (line[0] == ' ')
			assert_true(((unsigned char)line[1] & 0xc0) != 0x80);
		line = p + 1;
	}
	/* the 2-byte é would end at octet 76: the fold comes before it */
	assert_non_null(strstr(s, "SUMMARY:(U) Embassy should seek to deliver the demarche "
	                          "no later than the d\r\n \xc3\xa9marche"));
	char *u = ics_unfold(s);
	assert_non_null(strstr(u, "\r\nSUMMARY:(U) Embassy should seek to deliver the "
	                          "demarche no later than the d\xc3\xa9marche [REF](#) *urgently* "
	                          "[31mto_the MFA\\, then\\; report\\\\back\r\n"));
	assert_non_null(strstr(u, "DESCRIPTION:UNCLASSIFIED//SENSITIVE\\n08STATE104535 ¶7 "
	                          "(302227Z SEP 08): MOVING IMPLEMENTATION FORWARD -- UNSCR "
	                          "1540 -- VIENNA TRILATERAL COOPERATION\\nFor: USMISSION USOSCE"
	                          "\\nDue: 2008-10-15"
	                          "\\nCable marking: UNCLASSIFIED//SENSITIVE\\nParagraph marking: U\\nNote: Delivered to OSCE Secretariat."
	                          "\\nSee 08USOSCE300\\; follow-up\\, \"pending\"\\n"
	                          "Id: 927ee6a5-7b7d-5c93-9f94-4c2af63ef529\\n"
	                          "UNCLASSIFIED//SENSITIVE\r\n"));
	assert_non_null(strstr(u, "DUE;VALUE=DATE:20081015\r\nSTATUS:COMPLETED\r\n"
	                          "PERCENT-COMPLETE:100\r\nCOMPLETED:20081020T105320Z\r\n"));
	/* a revision a calendar takes: minutes from the DTG to the export */
	assert_non_null(strstr(u, "LAST-MODIFIED:20081020T105320Z\r\nSEQUENCE:28106\r\n"));
	assert_non_null(strstr(u, "CATEGORIES:USOSCE,08STATE104535\r\n"));
	assert_non_null(strstr(u, "DUE;VALUE=DATE:20081101\r\nSTATUS:IN-PROCESS\r\n"));
	assert_non_null(strstr(u, "DTSTAMP:20081020T105320Z\r\n"));
	assert_non_null(strstr(u, "CLASS:PRIVATE\r\n"));
	/* null deadline: no DUE at all */
	const char *v8 = strstr(u, "SUMMARY:" SUM8);
	assert_non_null(v8);
	const char *e8 = strstr(v8, "END:VTODO");
	const char *d8 = strstr(v8, "DUE");
	assert_true(!d8 || d8 > e8);
	size_t ntodo = 0;
	for (const char *p = u; (p = strstr(p, "BEGIN:VTODO")); p++)
		ntodo++;
	assert_int_equal(ntodo, 6);
	free(u);
	free(s);
	cable_free(c);
}

static const char *yaml_get(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);
		yaml_node_t *v = yaml_document_get_node(d, p->value);
		if (k->type == YAML_SCALAR_NODE && strcmp((char *)k->data.scalar.value, key) == 0)
			return v->type == YAML_SCALAR_NODE ? (char *)v->data.scalar.value : "";
	}
	return NULL;
}

static void test_yaml(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_YAML, c, &f.r);
	assert_true(strncmp(s, "# UNCLASSIFIED//SENSITIVE\n", 26) == 0);
	const char *end = "\n# UNCLASSIFIED//SENSITIVE\n";
	assert_string_equal(s + strlen(s) - strlen(end), end);
	yaml_parser_t p;
	yaml_document_t d;
	assert_true(yaml_parser_initialize(&p));
	yaml_parser_set_input_string(&p, (const unsigned char *)s, strlen(s));
	assert_true(yaml_parser_load(&p, &d));
	yaml_node_t *root = yaml_document_get_root_node(&d);
	assert_non_null(root);
	assert_string_equal(yaml_get(&d, root, "classification"), "UNCLASSIFIED//SENSITIVE");
	yaml_node_t *items = NULL;
	for (yaml_node_pair_t *pr = root->data.mapping.pairs.start;
	     pr < root->data.mapping.pairs.top; pr++)
		if (strcmp((char *)yaml_document_get_node(&d, pr->key)->data.scalar.value,
		           "items") == 0)
			items = yaml_document_get_node(&d, pr->value);
	assert_non_null(items);
	assert_int_equal(items->data.sequence.items.top - items->data.sequence.items.start, 6);
	yaml_node_t *it = yaml_document_get_node(&d, items->data.sequence.items.start[2]);
	assert_string_equal(yaml_get(&d, it, "uuid"), "927ee6a5-7b7d-5c93-9f94-4c2af63ef529");
	assert_string_equal(yaml_get(&d, it, "status"), "done");
	assert_string_equal(yaml_get(&d, it, "note"), "Delivered to OSCE Secretariat.\n"
	                    "See 08USOSCE300; follow-up, \"pending\"");
	/* dates and numbers-looking strings are quoted, absent values null */
	assert_non_null(strstr(s, "deadline: \"2008-10-15\"\n"));
	assert_non_null(strstr(s, "paragraph: 7\n"));
	assert_non_null(strstr(s, "deadline: ~\n"));
	yaml_document_delete(&d);
	yaml_parser_delete(&p);
	free(s);
	cable_free(c);
}

static void test_json_taskwarrior(void **state)
{
	(void)state;
	struct cable *c = fixture("08STATE104535", "UNCLASSIFIED");
	struct fixrev f;
	fixture_review(&f, STATUS_DONE);
	char *s = render(EXPORT_JSON, c, &f.r);
	json_error_t err;
	json_t *a = json_loads(s, 0, &err);
	assert_non_null(a);
	assert_true(json_is_array(a));
	assert_int_equal(json_array_size(a), 6);
	size_t i;
	json_t *o;
	json_array_foreach(a, i, o) {
		const char *u = json_string_value(json_object_get(o, "uuid"));
		assert_non_null(u);
		assert_int_equal(strlen(u), 36);
		assert_int_equal(u[14], '5');
		const char *st = json_string_value(json_object_get(o, "status"));
		assert_true(strcmp(st, "pending") == 0 || strcmp(st, "completed") == 0);
		assert_string_equal(json_string_value(json_object_get(o, "entry")),
		                    "20080930T222700Z");
		const char *desc = json_string_value(json_object_get(o, "description"));
		assert_null(strchr(desc, '\n'));
		assert_string_equal(json_string_value(json_object_get(o, "project")),
		                    "08STATE104535");
		json_t *tags = json_object_get(o, "tags");
		assert_int_equal(json_array_size(tags), 1);
		assert_null(strchr(json_string_value(json_array_get(tags, 0)), ' '));
		if (strcmp(st, "completed") == 0)
			assert_string_equal(json_string_value(json_object_get(o, "end")),
			                    "20081020T105320Z");
		else
			assert_null(json_object_get(o, "end"));
	}
	json_t *done = json_array_get(a, 2);
	assert_string_equal(json_string_value(json_object_get(done, "uuid")),
	                    "927ee6a5-7b7d-5c93-9f94-4c2af63ef529");
	assert_string_equal(json_string_value(json_object_get(done, "due")),
	                    "20081015T000000Z");
	json_t *ann = json_array_get(json_object_get(done, "annotations"), 0);
	assert_string_equal(json_string_value(json_object_get(ann, "description")),
	                    "Delivered to OSCE Secretariat. See 08USOSCE300; follow-up, "
	                    "\"pending\"");
	/* a string, so that task shows 7, not 7.000000 */
	assert_string_equal(json_string_value(json_object_get(done, "paragraph")), "7");
	assert_string_equal(json_string_value(json_object_get(done, "party")), OSCE);
	/* the cable's overall marking, beside the paragraph's mark */
	assert_string_equal(json_string_value(json_object_get(done, "classification")),
	                    "UNCLASSIFIED//SENSITIVE");
	assert_string_equal(json_string_value(json_object_get(done, "portion")), "U");
	assert_string_equal(json_string_value(json_object_get(done, "dtg")),
	                    "2008-09-30T22:27:00Z");
	assert_string_equal(json_string_value(json_object_get(done, "reviewstatus")), "done");
	assert_non_null(json_string_value(json_object_get(done, "reviewnote")));
	/* no deadline: no due */
	assert_null(json_object_get(json_array_get(a, 4), "due"));
	json_decref(a);
	free(s);
	fixture_review(&f, STATUS_DROPPED);
	s = render(EXPORT_JSON, c, &f.r);
	assert_non_null(strstr(s, "\"status\": \"deleted\""));
	free(s);
	cable_free(c);
}

static void test_empty_list(void **state)
{
	(void)state;
	struct export_options o = { .now = NOW };
	struct export_list l;
	export_build(&l, NULL, NULL, 0, &o);
	assert_string_equal(l.banner, "UNMARKED");
	for (int f = EXPORT_MD; f <= EXPORT_JSON; f++) {
		struct buf b;
		buf_init(&b);
		export_write((enum export_format)f, &l, &b);
		assert_false(b.failed);
		/* todo.txt: no task, no line (it has no comments) */
		assert_true(f == EXPORT_TODO ? b.len == 0 : b.len > 0);
		buf_free(&b);
	}
	export_list_free(&l);
}

static void test_format_names(void **state)
{
	(void)state;
	enum export_format f;
	assert_int_equal(export_format_parse("ics", &f), 0);
	assert_int_equal(f, EXPORT_ICS);
	assert_int_equal(export_format_parse("todo.txt", &f), 0);
	assert_int_equal(f, EXPORT_TODO);
	assert_int_equal(export_format_parse("pdf", &f), -1);
	assert_string_equal(export_format_name(EXPORT_JSON), "json");
	assert_int_equal(export_format_parse("markdown", &f), 0);
	assert_int_equal(f, EXPORT_MD);
	struct buf b;
	buf_init(&b);
	export_format_names(&b, ", ", " or ");
	assert_string_equal(buf_str(&b), "md, org, todo, csv, ics, yaml or json");
	buf_free(&b);
}

/* The table of formats: rows in enum order, every name and alias finds its
 * row and no other, and no two names share a first letter (the TUI's
 * picker takes a format by its first letter). */
static void test_format_table(void **state)
{
	(void)state;
	size_t n;
	const struct export_format_info *t = export_formats(&n);
	assert_int_equal(n, EXPORT_NFORMATS);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(t[i].id, (int)i);
		assert_ptr_equal(export_format_get(t[i].id), &t[i]);
		assert_ptr_equal(export_format_find(t[i].name), &t[i]);
		assert_non_null(t[i].write);
		assert_true(t[i].ext && *t[i].ext && !strchr(t[i].ext, '.'));
		assert_true(t[i].what && strlen(t[i].what) > 3);
		for (size_t k = 0; k < EXPORT_MAX_ALIASES && t[i].aliases[k]; k++)
			assert_ptr_equal(export_format_find(t[i].aliases[k]), &t[i]);
		for (size_t j = 0; j < i; j++)
			assert_true(t[i].name[0] != t[j].name[0]);
	}
	assert_null(export_format_find("pdf"));
	assert_null(export_format_get(EXPORT_NFORMATS));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha1_vectors),
		cmocka_unit_test(test_uuid_is_uuid5_of_url_namespace),
		cmocka_unit_test(test_uuid_stable_across_status_change),
		cmocka_unit_test(test_build_items_order_and_review),
		cmocka_unit_test(test_build_filters),
		cmocka_unit_test(test_banner_is_highest),
		cmocka_unit_test(test_short_post),
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_org),
		cmocka_unit_test(test_todo),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_ics),
		cmocka_unit_test(test_yaml),
		cmocka_unit_test(test_json_taskwarrior),
		cmocka_unit_test(test_empty_list),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_format_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

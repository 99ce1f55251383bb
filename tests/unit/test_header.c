/* test_header.c - routing header and front matter (core/parse/header.c,
 * core/parse/classification.c, core/parse/refs.c).
 *
 * Each trap of CABLE-FORMAT.md §4 is checked with the real lines of the cable
 * it cites.  The corpus test scores id, DTG date and classification against
 * every cablegate meta file (ID.meta.yaml); CABLETRACK_VERBOSE=1 lists the misses.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/cable.h"
#include "parse/classification.h"
#include "parse/header.h"
#include "parse/refs.h"
#include "text/text.h"

#include "corpus_dir.h"

/* ---- helpers ------------------------------------------------------------ */

/* Parses the header of s (lines joined by "\n").  The cable is allocated the
 * way cable_parse() does; *body gets header_parse's answer. */
static struct cable *parse(const char *s, size_t *body)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	struct text t;
	struct ct_error err;
	assert_int_equal(text_normalize(&c->arena, s, strlen(s), &t, &err), 0);
	size_t b = header_parse(c, &t);
	if (body)
		*body = b;
	return c;
}

static char *line_at(const char *s, size_t body)
{
	/* the body-th line of s, as a static copy, for messages */
	static char buf[256];
	const char *p = s;
	for (size_t k = 0; k < body && p; k++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p)
		return strcpy(buf, "(end)");
	size_t n = strcspn(p, "\n");
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return buf;
}

static void assert_body_line(const char *s, size_t body, const char *want_prefix)
{
	const char *got = line_at(s, body);
	if (strncmp(got, want_prefix, strlen(want_prefix)) != 0)
		fail_msg("body starts at \"%s\", want \"%s\"", got, want_prefix);
}

static char iso[32];
static const char *dtg_str(const struct cable *c)
{
	dtg_iso(&c->dtg, iso, sizeof iso);
	return iso;
}

/* ---- the seed ---------------------------------------------------------- */

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[n] = '\0';
	fclose(f);
	return buf;
}

static void test_seed(void **state)
{
	(void)state;
	char path[4096];
	snprintf(path, sizeof path, "%s/seed/08STATE104535.txt", corpus_dir());
	char *s = read_file(path);
	if (!s) {
		printf("test_seed: skipped: no corpus at %s\n", corpus_dir());
		return;
	}
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "08STATE104535");
	assert_string_equal(dtg_str(c), "2008-09-30T22:27:00Z");
	assert_string_equal(c->precedence, "PRIORITY");
	assert_string_equal(c->from, "SECSTATE WASHDC");
	assert_int_equal(c->nto, 3);
	assert_int_equal(c->ninfo, 18);
	assert_string_equal(c->to[0].route, "RUEHVEN");
	assert_string_equal(c->to[0].name, "USMISSION USOSCE");
	assert_string_equal(c->to[0].precedence, "PRIORITY");
	assert_string_equal(c->to[0].serial, "4080");
	assert_string_equal(c->to[2].name, "USMISSION USUN NEW YORK");
	assert_string_equal(c->info[15].name, "AMEMBASSY TRIPOLI");
	assert_string_equal(c->info[16].name, "USEU BRUSSELS");
	assert_null(c->info[16].serial);
	assert_string_equal(c->classification, "UNCLASSIFIED");
	assert_int_equal(c->ncaveats, 2);
	assert_string_equal(c->caveats[0], "SENSITIVE");
	assert_string_equal(c->caveats[1], "SIPDIS");
	assert_string_equal(c->eo, "12958");
	assert_string_equal(c->decl, "N/A");
	static const char *const tags[] = { "AORC", "IAEA", "KPAO", "OSCE", "PREL",
	                                    "PTER", "UNSC", "EUN" };
	assert_int_equal(c->ntags, 8);
	for (size_t k = 0; k < 8; k++)
		assert_string_equal(c->tags[k], tags[k]);
	assert_string_equal(c->subject, "MOVING IMPLEMENTATION FORWARD -- UNSCR 1540 -- "
	                                "VIENNA TRILATERAL COOPERATION");
	assert_int_equal(c->nrefs, 3);
	assert_string_equal(c->refs[0].letter, "A");
	assert_string_equal(c->refs[0].text, "USOSCE 219");
	assert_string_equal(c->refs[0].id, "08USOSCE219");
	assert_string_equal(c->refs[1].letter, "B");
	assert_string_equal(c->refs[1].id, "08UNVIE158");
	assert_string_equal(c->refs[2].letter, "C");
	assert_string_equal(c->refs[2].id, "08UNVIE434");
	assert_null(c->classified_by);
	/* "SENSITIVE BUT UNCLASSIFIED) PLEASE PROTECT ACCORDINGLY" is front matter */
	const char *b = line_at(s, body);
	assert_true(strstr(b, "1. (U) This is an action request") != NULL);
	cable_free(c);
	free(s);
}

/* ---- traps of CABLE-FORMAT.md §4 ---------------------------------------- */

/* 7, 17, 23, 27: no header, short DTG, lower-case spaced classification,
 * captions run together on one line (04ANKARA348). */
static void test_run_on_captions(void **state)
{
	(void)state;
	const char *s =
		"This record is a partial extract of the original cable. The full text of "
		"the original cable is not available.\n"
		"\n"
		"201247Z Jan 04\n"
		"\n"
		"C o n f i d e n t i a l section 01 of 04 ankara 000348\n"
		"\n"
		"Sipdis\n"
		"\n"
		"E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. "
		"Erdogan goes to washington: how strong a leader in the face of strong "
		"challenges?\n"
		"\n"
		"(U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).\n"
		"\n"
		"\xc2\xb6" "1. (C) Summary: P.M. Erdogan expects Washington to focus on Cyprus.\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "04ANKARA348");
	assert_string_equal(dtg_str(c), "2004-01-20T12:47:00Z");
	assert_null(c->precedence);
	assert_string_equal(c->classification, "CONFIDENTIAL");
	assert_int_equal(c->ncaveats, 1);
	assert_string_equal(c->caveats[0], "SIPDIS");
	assert_string_equal(c->eo, "12958");
	assert_string_equal(c->decl, "01/07/2014");
	assert_int_equal(c->ntags, 4);
	assert_string_equal(c->tags[0], "prel");
	assert_string_equal(c->tags[3], "tu");
	assert_string_equal(c->subject, "turkish p.m. Erdogan goes to washington: how strong a "
	                                "leader in the face of strong challenges?");
	assert_string_equal(c->classified_by, "Ambassador Eric Edelman");
	assert_body_line(s, body, "\xc2\xb6" "1. (C) Summary");
	cable_free(c);
}

/* 1, 18, 25, 26: the classification line as the file's first line, FL2
 * wrapped over lines of routing indicators, a banner line, refs in
 * parentheses with and without years, non-cable refs (09STATE119085). */
static void test_fl2_wrap(void **state)
{
	(void)state;
	const char *s =
		"S E C R E T   STATE   00119085 \n"
		"VZCZCXRO1706\n"
		"PP RUEHAG RUEHAO RUEHBC RUEHBI RUEHBZ RUEHCD RUEHCHI RUEHCI RUEHCN\n"
		"RUEHDBU RUEHDE RUEHDH RUEHDT RUEHDU RUEHFK RUEHFL RUEHGA RUEHGD RUEHGH\n"
		"RUEHROV RUEHRS RUEHSL RUEHTM RUEHTRO RUEHVC\n"
		"DE RUEHC #9085/01 3221739\n"
		"ZNY SSSSS ZZH\n"
		"P 181729Z NOV 09\n"
		"FM SECSTATE WASHDC\n"
		"TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE PRIORITY\n"
		"RUEHTRO/AMEMBASSY TRIPOLI PRIORITY 0913\n"
		"RUEAIIA/CIA WASHINGTON DC// PRIORITY\n"
		"\n"
		"S E C R E T SECTION 01 OF 11 STATE 119085 \n"
		" \n"
		"SECRET//NOFORN \n"
		" \n"
		"E.O. 12958: DECL: 11/17/2034 \n"
		"TAGS: ASEC CVIS PINR PREF\n"
		" \n"
		"SUBJECT: WALK-IN GUIDANCE FOR 2009: HANDLING \n"
		"FOREIGN NATIONAL WALK-INS, DEFECTORS, AND ASYLUM \n"
		"SEEKERS \n"
		" \n"
		"REF: (A) 08 STATE 061194 \n"
		"(B) 7 FAM 180 \n"
		"(C) 09 STATE 030541 \n"
		" \n"
		"(U) Classified by: David Appleton, Director, \n"
		"INR/CCS, Reason: 1.4 (c, d). \n"
		" \n"
		"SUMMARY AND TABLE OF CONTENTS \n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "09STATE119085");
	assert_string_equal(c->precedence, "PRIORITY");
	assert_string_equal(dtg_str(c), "2009-11-18T17:29:00Z");
	assert_int_equal(c->nto, 3);
	assert_int_equal(c->ninfo, 0);
	assert_string_equal(c->to[0].name, "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE");
	assert_null(c->to[0].route);
	assert_string_equal(c->to[2].route, "RUEAIIA");
	assert_string_equal(c->to[2].name, "CIA WASHINGTON DC");
	assert_string_equal(c->classification, "SECRET");
	assert_int_equal(c->ncaveats, 1);
	assert_string_equal(c->caveats[0], "NOFORN");
	assert_string_equal(c->subject, "WALK-IN GUIDANCE FOR 2009: HANDLING FOREIGN NATIONAL "
	                                "WALK-INS, DEFECTORS, AND ASYLUM SEEKERS");
	assert_int_equal(c->nrefs, 3);
	assert_string_equal(c->refs[0].letter, "A");
	assert_string_equal(c->refs[0].text, "08 STATE 061194");
	assert_string_equal(c->refs[0].id, "08STATE61194");
	assert_string_equal(c->refs[1].text, "7 FAM 180");
	assert_null(c->refs[1].id);
	assert_string_equal(c->refs[2].id, "09STATE30541");
	assert_string_equal(c->classified_by, "David Appleton, Director, INR/CCS");
	assert_body_line(s, body, "SUMMARY AND TABLE OF CONTENTS");
	cable_free(c);
}

/* 2, 13: a blank line inside the header; month junk before an MCN
 * (08BOGOTA2024). */
static void test_blank_in_header(void **state)
{
	(void)state;
	const char *s =
		"VZCZCXYZ0003\n"
		"OO RUEHWEB\n"
		"\n"
		"DE RUEHBO #2024/01 1551921\n"
		"ZNY CCCCC ZZH\n"
		"O 031921Z JUN 08 ZDK\n"
		"FM AMEMBASSY BOGOTA\n"
		"TO RUEHC/SECSTATE WASHDC IMMEDIATE 3044\n"
		"INFO RUEHCV/AMEMBASSY CARACAS PRIORITY 0498\n"
		"RUEHLP/AMEMBASSY LA PAZ JUN 9467\n"
		"RUEHPE/AMEMBASSY LIMA PRIORITY 6233\n"
		"\n"
		"C O N F I D E N T I A L BOGOTA 002024\n"
		"\n"
		"SIPDIS\n"
		"\n"
		"FOR WHA/AND\n"
		"\n"
		"E.O. 12958: DECL: 06/03/2018\n"
		"TAGS: CO PTER PGOV PREL SNAR\n"
		"SUBJECT: MARULANDA'S DEATH SPARKS SPECULATION ON FARC'S\n"
		"FUTURE\n"
		"\n"
		"Classified By: Political Counselor John S. Creamer\n"
		"Reasons: 1.4 (b) and (d)\n"
		"\n"
		"-------\n"
		"Summary\n"
		"-------\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "08BOGOTA2024");
	assert_string_equal(c->precedence, "IMMEDIATE");
	assert_string_equal(c->from, "AMEMBASSY BOGOTA");
	assert_int_equal(c->nto, 1);
	assert_int_equal(c->ninfo, 3);
	assert_string_equal(c->info[1].route, "RUEHLP");
	assert_string_equal(c->info[1].name, "AMEMBASSY LA PAZ");
	assert_null(c->info[1].precedence);
	assert_string_equal(c->info[1].serial, "9467");
	assert_string_equal(c->subject, "MARULANDA'S DEATH SPARKS SPECULATION ON FARC'S FUTURE");
	assert_string_equal(c->classified_by, "Political Counselor John S. Creamer");
	assert_int_equal(c->ncaveats, 1);
	assert_body_line(s, body, "-------");
	cable_free(c);
}

/* A letter's front line says whom it is for; a passing line does not. */
static void test_letter_for(void **state)
{
	(void)state;
	const char *s =
		"O 191441Z MAY 08\n"
		"FM AMEMBASSY VALLETTA\n"
		"TO RUEHC/SECSTATE WASHDC IMMEDIATE 3068\n"
		"\n"
		"S E C R E T VALLETTA 000957\n"
		"\n"
		"SIPDIS\n"
		"\n"
		"FOR THE PRESIDENT FROM AMBASSADOR HALE\n"
		"\n"
		"E.O. 12958: DECL: 05/19/2018\n"
		"TAGS: PREL MT\n"
		"SUBJECT: YOUR JUNE 14-16 VISIT TO VALLETTA\n"
		"\n"
		"¶1. (C) Mr. President, you will arrive in Malta as the talks begin.\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_non_null(c->letter_for);
	assert_string_equal(c->letter_for, "THE PRESIDENT");
	assert_string_equal(c->subject, "YOUR JUNE 14-16 VISIT TO VALLETTA");
	cable_free(c);
	s = "O 191441Z MAY 08\n"
	    "FM AMEMBASSY VALLETTA\n"
	    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 3068\n"
	    "\n"
	    "C O N F I D E N T I A L VALLETTA 000958\n"
	    "\n"
	    "FOR WHA/AND\n"
	    "\n"
	    "SUBJECT: THE FERRY LINK\n"
	    "\n"
	    "¶1. (C) The ferry runs.\n";
	c = parse(s, &body);
	assert_null(c->letter_for);
	cable_free(c);
}

/* 3, 16: "DE RUEHFR #3733 2501830" without a section; a COLLECTIVE; the id
 * from FM and FL3 when the classification line is lost (07PARIS3733). */
static void test_fl3_no_section(void **state)
{
	(void)state;
	const char *s =
		"VZCZCXRO2330\n"
		"OO RUEHBC RUEHDE RUEHDIR RUEHKUK\n"
		"DE RUEHFR #3733 2501830\n"
		"ZNY CCCCC ZZH\n"
		"O 071830Z SEP 07 ZDK\n"
		"FM AMEMBASSY PARIS\n"
		"TO RUEHC/SECSTATE WASHDC IMMEDIATE 9971\n"
		"INFO RUCNIRA/IRAN COLLECTIVE\n"
		"\n"
		"SIPDIS \n";
	struct cable *c = parse(s, NULL);
	assert_string_equal(c->id, "07PARIS3733");
	assert_string_equal(c->classification, "CONFIDENTIAL");   /* from ZNY CCCCC */
	assert_int_equal(c->ninfo, 1);
	assert_string_equal(c->info[0].route, "RUCNIRA");
	assert_string_equal(c->info[0].name, "IRAN COLLECTIVE");
	assert_null(c->info[0].precedence);
	assert_null(c->info[0].serial);
	cable_free(c);
}

/* 4, 17: FL4 with trailing codes (10KABUL62) and the classification lines
 * of 01PRETORIA1173, 04ANKARA348 and the damaged 10BAGHDAD290. */
static void test_classification_lines(void **state)
{
	(void)state;
	const char *fl4 = "ZNY SSSSS ZZH (ADX08F306 MSI7676 532A)";
	assert_string_equal(classification_fl4(fl4, strlen(fl4)), "SECRET");
	assert_string_equal(classification_fl4("ZNR UUUUU ZZH", 13), "UNCLASSIFIED");
	assert_null(classification_fl4("ZNY CCCCX ZZH", 13));

	struct class_line cl;
	const char *l1 = "C O N F I D E N T I A L SECTION 01 OF 02 PRETORIA 001173 ";
	assert_true(classification_line(l1, strlen(l1), &cl));
	assert_string_equal(cl.level, "CONFIDENTIAL");
	assert_string_equal(cl.origin, "PRETORIA");
	assert_int_equal(cl.serial, 1173);
	const char *l2 = "C o n f i d e n t i a l section 01 of 04 ankara 000348";
	assert_true(classification_line(l2, strlen(l2), &cl));
	assert_string_equal(cl.level, "CONFIDENTIAL");
	assert_string_equal(cl.origin, "ANKARA");
	assert_int_equal(cl.serial, 348);
	const char *l3 = "O N F I D E N T I A L BAGHDAD 000290 ";
	assert_true(classification_line(l3, strlen(l3), &cl));
	assert_string_equal(cl.level, "CONFIDENTIAL");
	assert_int_equal(cl.serial, 290);
	const char *l4 = "E C R E T SECTION 01 OF 03 BAGHDAD 000146 ";   /* 07BAGHDAD146 */
	assert_true(classification_line(l4, strlen(l4), &cl));
	assert_string_equal(cl.level, "SECRET");
	const char *l5 = "UNCLAS SECTION 01 OF 02 RIO DE JANEIRO 001242 ";
	assert_true(classification_line(l5, strlen(l5), &cl));
	assert_string_equal(cl.level, "UNCLASSIFIED");
	assert_string_equal(cl.origin, "RIODEJANEIRO");
	assert_int_equal(cl.serial, 1242);
	const char *l6 = "S E C R E T SECTION 01 OF 03 RPO DUBAI 000049 ";
	assert_true(classification_line(l6, strlen(l6), &cl));
	assert_string_equal(cl.origin, "RPODUBAI");
	assert_true(classification_line("CONFIDENTIAL", 12, &cl));   /* 90CAPETOWN97 */
	assert_int_equal(cl.serial, -1);
	/* not classification lines */
	const char *p1 = "CONFIDENTIAL - ENTIRE TEXT.";
	assert_false(classification_line(p1, strlen(p1), &cl));
	const char *p2 = "C O R R E C T E D COPY (TEXT)";
	assert_false(classification_line(p2, strlen(p2), &cl));
	const char *p3 = "Confidential sources report";
	assert_false(classification_line(p3, strlen(p3), &cl));
	/* banners and "ENTIRE TEXT" */
	assert_string_equal(classification_banner("SECRET//NOFORN ", 15), "SECRET");
	const char *b2 = "SECRET//FGI//NOFORN//MR";
	assert_string_equal(classification_banner(b2, strlen(b2)), "SECRET");
	assert_null(classification_banner("SECRET - ENTIRE TEXT", 20));
	const char *e1 = "\xc2\xb6" "1. SECRET - ENTIRE TEXT.";    /* 89PANAMA8545 */
	assert_string_equal(classification_entire_text(e1, strlen(e1)), "SECRET");
}

/* 5, 6: "O P 282056Z SEP 09" (09STATE100988), "O 220500Z JUL 08 ZDK CTG
 * #00732" (08RIYADH1134); 25, 27: a wrapped subject, classified-by twice. */
static void test_dual_precedence(void **state)
{
	(void)state;
	const char *s =
		"DE RUEHC #0988/01 2712115\n"
		"ZNY CCCCC ZZH\n"
		"O P 282056Z SEP 09\n"
		"FM SECSTATE WASHDC\n"
		"TO RUEHLP/AMEMBASSY LA PAZ IMMEDIATE 3337\n"
		"INFO WESTERN HEMISPHERIC AFFAIRS DIPL POSTS PRIORITY\n"
		"RUCNDT/USMISSION USUN NEW YORK 7925\n"
		"\n"
		"C O N F I D E N T I A L SECTION 01 OF 02 STATE 100988 \n"
		"\n"
		"SIPDIS \n"
		"\n"
		"E.O. 12958: DECL: 09/28/2019 \n"
		"TAGS: PREL PGOV SNAR BL\n"
		"SUBJECT: U/S OTERO,S SEPTEMBER 23 MEETING WITH BOLIVIA \n"
		"FOREIGN MINISTER CHOQUEHUANCA \n"
		"\n"
		"Classified By: U/S Maria Otero (G). Reason: 1.4 (b) and (d) \n"
		"\n"
		"\n"
		"\xc2\xb6" "1. Classified by U/S Maria Otero (G). Reason: 1.4 (b) and \n"
		"(d) \n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "09STATE100988");
	assert_string_equal(c->precedence, "IMMEDIATE");
	assert_string_equal(dtg_str(c), "2009-09-28T20:56:00Z");
	assert_string_equal(c->subject, "U/S OTERO,S SEPTEMBER 23 MEETING WITH BOLIVIA "
	                                "FOREIGN MINISTER CHOQUEHUANCA");
	assert_string_equal(c->classified_by, "U/S Maria Otero (G)");
	assert_string_equal(c->info[0].name, "WESTERN HEMISPHERIC AFFAIRS DIPL POSTS");
	assert_string_equal(c->info[1].serial, "7925");
	assert_body_line(s, body, "\xc2\xb6" "1. Classified by");
	cable_free(c);

	const char *s2 =
		"ZNY SSSSS ZZH\n"
		"O 220500Z JUL 08 ZDK CTG #00732\n"
		"FM AMEMBASSY RIYADH\n";
	c = parse(s2, NULL);
	assert_string_equal(dtg_str(c), "2008-07-22T05:00:00Z");
	assert_string_equal(c->precedence, "IMMEDIATE");
	cable_free(c);
}

/* 8, 14, 20, 24, 26: the office-distribution block before the DTG, "TO
 * PAGE 02 ...", NOFORN with its explanation, "TAG", and REF + PLEASE PASS +
 * Classified by on one line (09STATE15113). */
static void test_office_block(void **state)
{
	(void)state;
	const char *s =
		"INFO  LOG-00   MFA-00   EEB-00   AF-00    AGRE-00  AIT-00   AMAD-00  \n"
		"      AOP-00   AEX-00   AS-00    A-00     ACQ-00   CIAE-00  CIP-00   \n"
		"      ALM-00   SCA-00   SAS-00   FA-00    PMA-00   SWCI-00    /007R\n"
		"\n"
		"\n"
		"P 182318Z FEB 09\n"
		"FM SECSTATE WASHDC\n"
		"TO PAGE 02        STATE   015113  182333Z \n"
		"ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\n"
		"AMEMBASSY TRIPOLI PRIORITY\n"
		"\n"
		"S E C R E T STATE 015113  \n"
		"\n"
		"NOFORN, NOT FOR INTERNET DISTRIBUTION \n"
		"\n"
		"E.O. 12958: DECL: 1/29/2019 \n"
		"TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP \n"
		"SUBJECT: REQUEST FOR INFORMATION:CRITICAL FOREIGN DEPENDENCIES (CRITICAL "
		"INFRASTRUCTURE AND KEY RESOURCES LOCATED ABROAD)  \n"
		"\n"
		"REF: STATE 6461  PLEASE PASS TO RSO, POLOFF, ECON, and MANAGEMENT (GSO and "
		"IT).  Classified by S/CT DAS, Susan F. Burk, Reason: 1/4 (B), (D), (E), and "
		"(G)    \n"
		"\n"
		"\xc2\xb6" "1. (U//FOUO) This is an action request; see Para. 13.    \n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "09STATE15113");
	assert_string_equal(c->precedence, "PRIORITY");
	assert_int_equal(c->ninfo, 0);
	assert_int_equal(c->nto, 2);
	assert_string_equal(c->to[0].name, "ALL DIPLOMATIC POSTS COLLECTIVE");
	assert_string_equal(c->to[1].name, "AMEMBASSY TRIPOLI");
	assert_int_equal(c->ncaveats, 1);
	assert_string_equal(c->caveats[0], "NOFORN");
	assert_string_equal(c->decl, "1/29/2019");
	assert_int_equal(c->ntags, 6);
	assert_string_equal(c->tags[0], "PTER");
	assert_string_equal(c->tags[5], "KCIP");
	assert_int_equal(c->nrefs, 1);
	assert_null(c->refs[0].letter);
	assert_string_equal(c->refs[0].text, "STATE 6461");
	assert_string_equal(c->refs[0].id, "09STATE6461");
	assert_string_equal(c->classified_by, "S/CT DAS, Susan F. Burk");
	assert_body_line(s, body, "\xc2\xb6" "1. (U//FOUO)");
	cable_free(c);
}

/* 9, 22, 25, 28: old State format with PAGE lines, "E.O. 12356:  DECL:
 * OADR", "SUBJ:" (90CAPETOWN97). */
static void test_page_lines(void **state)
{
	(void)state;
	const char *s =
		"CONFIDENTIAL\n"
		"\n"
		"PAGE 01        CAPE T  00097  01 OF 03  182017Z\n"
		"ACTION AF-00\n"
		"\n"
		"INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00    CIAE-00  DODE-00\n"
		"      P-02     T-01     /037 W\n"
		"                    ------------------352654  200910Z /23\n"
		"R 171512Z JAN 90\n"
		"FM AMCONSUL CAPE TOWN\n"
		"TO SECSTATE WASHDC 5365\n"
		"INFO AMEMBASSY PRETORIA\n"
		"AMCONSUL JOHANNESBURG\n"
		"\n"
		"C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097 \n"
		" \n"
		"LONDON FOR KOLKER, PARIS FOR FENDRICK \n"
		" \n"
		"E.O. 12356:  DECL:  OADR \n"
		"TAGS: PGOV PHUM SF\n"
		"SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS \n"
		" \n"
		"\xc2\xb6" "1.  CONFIDENTIAL - ENTIRE TEXT. \n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "90CAPETOWN97");
	assert_string_equal(dtg_str(c), "1990-01-17T15:12:00Z");
	assert_string_equal(c->precedence, "ROUTINE");
	assert_string_equal(c->from, "AMCONSUL CAPE TOWN");
	assert_int_equal(c->nto, 1);
	assert_string_equal(c->to[0].name, "SECSTATE WASHDC");
	assert_string_equal(c->to[0].serial, "5365");
	assert_int_equal(c->ninfo, 2);
	assert_string_equal(c->eo, "12356");
	assert_string_equal(c->decl, "OADR");
	assert_string_equal(c->subject, "ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS");
	assert_string_equal(c->classification, "CONFIDENTIAL");
	assert_body_line(s, body, "\xc2\xb6" "1.  CONFIDENTIAL - ENTIRE TEXT.");
	cable_free(c);
}

/* 10, 21, 22, 26, 27: no routing indicators, the WikiLeaks date line, a
 * passing line, "EO 12958 DECL:", REF items on one line (01PRETORIA1173). */
static void test_pretoria(void **state)
{
	(void)state;
	const char *s =
		"O 231553Z FEB 01\n"
		"FM AMEMBASSY PRETORIA\n"
		"TO SECSTATE WASHDC IMMEDIATE 7691\n"
		"INFO SOUTHERN AFRICAN DEVELOPMENT COMMUNITY PRIORITY\n"
		"\n"
		"Friday, 23 February 2001, 15:53\n"
		"C O N F I D E N T I A L SECTION 01 OF 02 PRETORIA 001173 \n"
		"FOR AF AND S/S FROM AMBASSADOR \n"
		"EO 12958 DECL: 02/22/2011 \n"
		"TAGS PREL, PGOV, SF\n"
		" \n"
		"SUBJECT: THIN-SKINNED MBEKI WILL REQUIRE DEFT HANDLING \n"
		"REF: A. 99 PRETORIA 12315  B. 99 PRETORIA 12316  C. 00 PRETORIA 9150  D. 00 "
		"CAPE TOWN 2150  E. PRETORIA 425  F. PRETORIA 533  G. CAPE TOWN 179  H. "
		"PRETORIA 619\n"
		"CLASSIFIED BY AMBASSADOR DELANO E. LEWIS. REASONS 1.5 (B) AND (D).\n"
		"\n"
		"\xc2\xb6" "1. (C) SUMMARY: RECENT ACTIONS AND STATEMENTS BY PRESIDENT MBEKI\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "01PRETORIA1173");
	assert_string_equal(c->to[0].name, "SECSTATE WASHDC");
	assert_null(c->to[0].route);
	assert_string_equal(c->to[0].precedence, "IMMEDIATE");
	assert_string_equal(c->to[0].serial, "7691");
	assert_string_equal(c->info[0].name, "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY");
	assert_string_equal(c->decl, "02/22/2011");
	assert_int_equal(c->ntags, 3);
	assert_string_equal(c->subject, "THIN-SKINNED MBEKI WILL REQUIRE DEFT HANDLING");
	assert_int_equal(c->nrefs, 8);
	assert_string_equal(c->refs[0].id, "99PRETORIA12315");
	assert_string_equal(c->refs[3].text, "00 CAPE TOWN 2150");
	assert_string_equal(c->refs[3].id, "00CAPETOWN2150");
	assert_string_equal(c->refs[4].id, "01PRETORIA425");
	assert_string_equal(c->refs[7].letter, "H");
	assert_string_equal(c->refs[7].id, "01PRETORIA619");
	assert_string_equal(c->classified_by, "AMBASSADOR DELANO E. LEWIS");
	assert_int_equal(c->ncaveats, 0);
	assert_body_line(s, body, "\xc2\xb6" "1. (C) SUMMARY");
	cable_free(c);

	/* "TO RUEHC/SECSTATE WASHDC IMMEDIATE" (10BRUSSELS128): no serial */
	c = parse("FM USEU BRUSSELS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE\n", NULL);
	assert_string_equal(c->to[0].route, "RUEHC");
	assert_string_equal(c->to[0].precedence, "IMMEDIATE");
	assert_null(c->to[0].serial);
	cable_free(c);
}

/* 11: "ZEN/" routes, NIACT IMMEDIATE, serial ranges (08STATE103511). */
static void test_niact(void **state)
{
	(void)state;
	const char *s =
		"O 270333Z SEP 08\n"
		"FM SECSTATE WASHDC\n"
		"TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279\n"
		"RUEHKV/AMEMBASSY KYIV NIACT IMMEDIATE 7881-7884\n"
		"INFO ZEN/AMEMBASSY ADDIS ABABA IMMEDIATE 5844-5847\n"
		"ZEN/CNO WASHINGTON DC IMMEDIATE\n"
		"\n"
		"S E C R E T STATE 103511\n";
	struct cable *c = parse(s, NULL);
	assert_string_equal(c->id, "08STATE103511");
	assert_int_equal(c->nto, 2);
	assert_string_equal(c->to[0].route, "ZEN");
	assert_string_equal(c->to[0].name, "AMEMBASSY BELMOPAN");
	assert_string_equal(c->to[0].precedence, "NIACT IMMEDIATE");
	assert_string_equal(c->to[0].serial, "2276-2279");
	assert_string_equal(c->info[0].name, "AMEMBASSY ADDIS ABABA");
	assert_string_equal(c->info[0].precedence, "IMMEDIATE");
	assert_string_equal(c->info[1].name, "CNO WASHINGTON DC");
	assert_null(c->info[1].serial);
	cable_free(c);
}

/* 12, 16, 17, 26: "//CCJ2//" office parts, COLLECTIVEs, the damaged
 * classification line, "¶B." REF continuation lines (10BAGHDAD290). */
static void test_office_parts(void **state)
{
	(void)state;
	const char *s =
		"VZCZCXYZ0004\n"
		"PP RUEHWEB\n"
		"\n"
		"DE RUEHGB #0290/01 0351317\n"
		"ZNY CCCCC ZZH\n"
		"P 041317Z FEB 10\n"
		"FM AMEMBASSY BAGHDAD\n"
		"TO RUEHC/SECSTATE WASHDC PRIORITY 6448\n"
		"INFO RUCNIRA/IRAN COLLECTIVE PRIORITY\n"
		"RUMICEA/USCENTCOM INTEL CEN MACDILL AFB FL//CCJ2// PRIORITY\n"
		"RHEHAAA/WHITE HOUSE WASHINGTON DC//NSC// PRIORITY\n"
		"\n"
		"O N F I D E N T I A L BAGHDAD 000290 \n"
		"\n"
		"SIPDIS \n"
		"\n"
		"E.O. 12958: DECL: 02/04/2020 \n"
		"TAGS: PGOV PREL KDEM LE IR IZ\n"
		"SUBJECT: ALLAWI CRITICIZES PM MALIKI'S AUTHORITARIAN \n"
		"TENDENCIES AND DENOUNCES IRANIAN INTERFERENCE \n"
		"\n"
		"REF: A. BAGHDAD 278 \n"
		"\xc2\xb6" "B. BAGHDAD 285 \n"
		"\xc2\xb6" "C. BAGHDAD 153 \n"
		"\n"
		"Classified By: MINISTER-COUNSELOR FOR POLITICAL AFFAIRS GARY A. GRAPPO \n"
		"FOR REASONS 1.4 (b) and (d). \n"
		"\n"
		"\xc2\xb6" "1. (C) SUMMARY AND COMMENT: Iraqiyya coalition leader Ayad \n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "10BAGHDAD290");
	assert_string_equal(c->classification, "CONFIDENTIAL");
	assert_int_equal(c->ninfo, 3);
	assert_string_equal(c->info[0].name, "IRAN COLLECTIVE");
	assert_string_equal(c->info[1].route, "RUMICEA");
	assert_string_equal(c->info[1].name, "USCENTCOM INTEL CEN MACDILL AFB FL");
	assert_string_equal(c->info[1].precedence, "PRIORITY");
	assert_string_equal(c->info[2].name, "WHITE HOUSE WASHINGTON DC");
	assert_int_equal(c->nrefs, 3);
	assert_string_equal(c->refs[1].letter, "B");
	assert_string_equal(c->refs[1].id, "10BAGHDAD285");
	assert_string_equal(c->refs[2].id, "10BAGHDAD153");
	assert_string_equal(c->classified_by,
	                    "MINISTER-COUNSELOR FOR POLITICAL AFFAIRS GARY A. GRAPPO");
	assert_body_line(s, body, "\xc2\xb6" "1. (C) SUMMARY AND COMMENT");
	cable_free(c);
}

/* 15, 22: XMT, and the same post again; "DECL: MR" (08STATE116943). */
static void test_xmt(void **state)
{
	(void)state;
	const char *s =
		"ORIGIN DS-00    \n"
		"\n"
		"INFO  LOG-00   MFA-00   EEB-00   AF-00    AIT-00   A-00     CIAE-00  \n"
		"      SAS-00   FA-00      /002R\n"
		"\n"
		"P 031812Z NOV 08\n"
		"FM SECSTATE WASHDC\n"
		"TO SECURITY OFFICER COLLECTIVE PRIORITY\n"
		"AMEMBASSY TRIPOLI PRIORITY \n"
		"INFO AMCONSUL CASABLANCA PRIORITY \n"
		"XMT AMCONSUL JOHANNESBURG\n"
		"AMCONSUL JOHANNESBURG\n"
		"\n"
		"S E C R E T STATE 116943\n"
		"\n"
		"NOFORN\n"
		"\n"
		"E.O. 12958: DECL: MR\n"
		"TAGS: ASEC\n"
		"SUBJECT: DIPLOMATIC SECURITY DAILY\n"
		"\n"
		"Classified By: Derived from Multiple Sources\n"
		"\n"
		"SECRET//FGI//NOFORN//MR\n"
		"Declassify on: Source marked 25X1-human, Date of source:\n"
		"October 30, 2008\n"
		"\n"
		"\xc2\xb6" "1. (U) Diplomatic Security Daily, November 1-3, 2008\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "08STATE116943");
	assert_int_equal(c->nto, 2);
	assert_int_equal(c->ninfo, 2);
	assert_false(c->info[0].excluded);
	assert_string_equal(c->info[1].name, "AMCONSUL JOHANNESBURG");
	assert_true(c->info[1].excluded);
	assert_string_equal(c->decl, "MR");
	assert_string_equal(c->classified_by, "Derived from Multiple Sources");
	assert_int_equal(c->ncaveats, 1);
	assert_body_line(s, body, "\xc2\xb6" "1. (U) Diplomatic Security Daily");
	cable_free(c);
}

/* 19: captions run onto the classification line (10MOSCOW228). */
/* Paragraph 1 run into the classified-by line (fictional text): the body
 * starts at its sign, and "1.4 (b)" is not paragraph 4. */
static void test_para1_in_classified_by(void **state)
{
	(void)state;
	struct ct_error err;
	const char *src =
		"C O N F I D E N T I A L VALLETTA 000123\n"
		"\n"
		"SUBJECT: HARBOUR TALKS\n"
		"\n"
		"CLASSIFIED BY: Jane Roe, Ambassador. REASON: 1.4 (b), (d) 1. (C) Summary: "
		"The harbour talks resumed.\n"
		"\n"
		"2. (C) Post will report the outcome.\n";
	struct cable *c = cable_parse(src, strlen(src), "t", &err);
	assert_non_null(c);
	assert_int_equal(c->nparas, 2);
	assert_int_equal(c->paras[0].number, 1);
	assert_string_equal(c->paras[0].classification, "C");
	assert_string_equal(c->paras[0].text, "Summary: The harbour talks resumed.");
	assert_non_null(c->classified_by);
	assert_null(strstr(c->classified_by, "Summary"));
	cable_free(c);

	src = "C O N F I D E N T I A L VALLETTA 000124\n"
	      "\n"
	      "CLASSIFIED BY: Jane Roe, Ambassador. REASON: 1.4 (b) and (d).\n"
	      "\n"
	      "1. (C) The talks resumed.\n";
	c = cable_parse(src, strlen(src), "t", &err);
	assert_non_null(c);
	assert_int_equal(c->nparas, 1);
	assert_int_equal(c->paras[0].number, 1);
	cable_free(c);
}

static void test_run_on_class_line(void **state)
{
	(void)state;
	const char *s =
		"O 010441Z FEB 10\n"
		"FM AMEMBASSY MOSCOW\n"
		"\n"
		"C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 000228  SIPDIS  STATE FOR "
		"EUR/RUS, EEB TREASURY FOR TORGERSON/WRIGHT NSC FOR MCFAUL WHITE HOUSE FOR USTR "
		"EHAFNER  E.O. 12958: DECL: 01/28/2020 \n"
		"\n"
		"TAGS: EINV ETRD RS\n"
		"\n"
		"SUBJECT: RUSSIAN DRAFT BILL WOULD REQUIRE ON-SHORE CREDIT CARD PROCESSING  REF: "
		"MOSCOW 00079  Classified By: ECONMINCOUNS Matthias Mitman for Reasons 1.4(b) "
		"and (d)  \n"
		"\n"
		"1.(C) SUMMARY: The latest version of the Russian draft law\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "10MOSCOW228");
	assert_int_equal(c->ncaveats, 1);
	assert_string_equal(c->caveats[0], "SIPDIS");
	assert_string_equal(c->eo, "12958");
	assert_string_equal(c->decl, "01/28/2020");
	assert_int_equal(c->ntags, 3);
	assert_string_equal(c->subject,
	                    "RUSSIAN DRAFT BILL WOULD REQUIRE ON-SHORE CREDIT CARD PROCESSING");
	assert_int_equal(c->nrefs, 1);
	assert_string_equal(c->refs[0].id, "10MOSCOW79");
	assert_string_equal(c->classified_by, "ECONMINCOUNS Matthias Mitman");
	assert_body_line(s, body, "1.(C) SUMMARY");
	cable_free(c);
}

/* 20, 25: "C O R R E C T E D COPY (TEXT)" is no caveat; a portion-marked
 * subject (09KABUL3714). */
static void test_corrected_copy(void **state)
{
	(void)state;
	const char *s =
		"R 181518Z NOV 09 ZDS\n"
		"FM AMEMBASSY KABUL\n"
		"TO SECSTATE WASHDC 3271\n"
		"\n"
		"C O N F I D E N T I A L KABUL 003714\n"
		"\n"
		"C O R R E C T E D COPY (TEXT)\n"
		"\n"
		"NOFORN\n"
		"SIPDIS\n"
		"\n"
		"DEPT FOR S/SRAP AND SCA/A\n"
		"\n"
		"E.O. 12958: DECL: 11/18/2019\n"
		"TAGS: ECON PGOV PREL EAID AF\n"
		"SUBJECT: (C) AFGHAN COMMERCE MINISTER DISCUSSES REFORM AGENDA\n"
		"\n"
		"Classified by Coordinating Director for Development and Economic\n"
		"Affairs Ambassador E. Anthony Wayne for reasons 1.4 (b) and (d).\n"
		"\n"
		"\xc2\xb6" "1. (C) Summary.\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_string_equal(c->id, "09KABUL3714");
	assert_string_equal(c->precedence, "ROUTINE");
	assert_int_equal(c->ncaveats, 2);
	assert_string_equal(c->caveats[0], "NOFORN");
	assert_string_equal(c->caveats[1], "SIPDIS");
	assert_string_equal(c->subject, "AFGHAN COMMERCE MINISTER DISCUSSES REFORM AGENDA");
	assert_string_equal(c->classified_by, "Coordinating Director for Development and "
	                                      "Economic Affairs Ambassador E. Anthony Wayne");
	assert_body_line(s, body, "\xc2\xb6" "1. (C) Summary.");
	cable_free(c);
}

/* 22: E.O. and DECL forms (09ABUDHABI1151, 08ISLAMABAD3418). */
/* WikiLeaks' weekday date line gives the DTG when there is no other, but
 * only a real date: a year telegrams have (1900-2099, as a DTG's), a day
 * the month has; an impossible time leaves the date alone (fuzz_parse
 * found "Friday, 23 February 0153" read as year 153). */
static void test_weekday_dates(void **state)
{
	(void)state;
	static const struct { const char *line, *iso; } cases[] = {
		{ "Friday, 23 February 2001, 15:53\n", "2001-02-23T15:53:00Z" },
		{ "Friday, 23 February 0153\n", NULL },
		{ "Monday, 30 February 2009\n", NULL },
		{ "Monday, 2 March 2009, 99:75\n", "2009-03-02T00:00:00Z" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char src[256];
		snprintf(src, sizeof src, "%s\nUNCLASSIFIED\n\n1. (U) Post should report.\n",
		         cases[i].line);
		struct cable *c = parse(src, NULL);
		if (!cases[i].iso) {
			assert_false(c->dtg.valid);
		} else {
			assert_true(c->dtg.valid);
			assert_string_equal(dtg_str(c), cases[i].iso);
		}
		cable_free(c);
	}
}

static void test_decl_forms(void **state)
{
	(void)state;
	static const char *const lines[][3] = {
		{ "E.O. 12958: DECL: 2019/12/17 ", "12958", "2019/12/17" },
		{ "E.O. 12958: DECLl: 10/29/2018", "12958", "10/29/2018" },
		{ "E.O. 12356:  DECL:  OADR ", "12356", "OADR" },
		{ "EO 12958 DECL: 02/22/2011 ", "12958", "02/22/2011" },
		{ "E.O. 12958: N/A", "12958", "N/A" },
		{ "E.O. 13526: DECL: 01/15/2020", "13526", "01/15/2020" },
	};
	for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
		char buf[256];
		snprintf(buf, sizeof buf, "S E C R E T STATE 000123\n\n%s\n", lines[k][0]);
		struct cable *c = parse(buf, NULL);
		assert_string_equal(c->eo, lines[k][1]);
		assert_string_equal(c->decl, lines[k][2]);
		cable_free(c);
	}
}

/* 24: wrapped comma lists (08LONDON2651); person tags (09STATE34688). */
static void test_tags(void **state)
{
	(void)state;
	const char *s =
		"C O N F I D E N T I A L LONDON 002651\n"
		"TAGS PGOV, PREL, PINR, UK, ECON, KNNP, MOPS, PTER, AF, FR, \n"
		"GG, PK, RS, UP \n"
		"SUBJECT: X\n";
	struct cable *c = parse(s, NULL);
	assert_int_equal(c->ntags, 14);
	assert_string_equal(c->tags[9], "FR");
	assert_string_equal(c->tags[10], "GG");
	assert_string_equal(c->tags[13], "UP");
	cable_free(c);

	const char *s2 =
		"S E C R E T STATE 034688\n"
		"TAGS OVIP (CLINTON, HILLARY), UAE \n"
		"SUBJECT: (U) Secretary Clinton's April 7, 2009 meeting \n";
	c = parse(s2, NULL);
	assert_int_equal(c->ntags, 2);
	assert_string_equal(c->tags[0], "OVIP (CLINTON, HILLARY)");
	assert_string_equal(c->tags[1], "UAE");
	assert_string_equal(c->subject, "Secretary Clinton's April 7, 2009 meeting");
	cable_free(c);

	/* a comma list keeps a two-word entry: "EUN, USEU BRUSSELS" */
	const char *s3 = "C O N F I D E N T I A L BRUSSELS 001868\n"
	                 "TAGS PREL, PGOV, PINR, PBTS, EUN, USEU BRUSSELS \n";
	c = parse(s3, NULL);
	assert_int_equal(c->ntags, 6);
	assert_string_equal(c->tags[5], "USEU BRUSSELS");
	cable_free(c);
}

/* 26: non-cable references; refs ids on their own. */
static void test_refs(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	const char *e = "EMBASSY MADRID E-MAIL TO EUR/WE OF OCTOBER 14";   /* 04MADRID4063 */
	assert_null(refs_canonical_id(&a, e, strlen(e), 2004));
	assert_string_equal(refs_canonical_id(&a, "USOSCE 219", 10, 2008), "08USOSCE219");
	assert_string_equal(refs_canonical_id(&a, "99 PRETORIA 12315", 17, 2001),
	                    "99PRETORIA12315");
	assert_string_equal(refs_canonical_id(&a, "STATE 6461", 10, 2009), "09STATE6461");
	assert_string_equal(refs_canonical_id(&a, "SECSTATE 52920", 14, 2005), "05STATE52920");
	assert_null(refs_canonical_id(&a, "IIR 6906012405", 14, 2005));
	assert_null(refs_canonical_id(&a, "9 FAM 42.1 N4", 13, 2009));
	assert_null(refs_canonical_id(&a, "TD-314/18176-06", 15, 2006));
	assert_null(refs_canonical_id(&a, "USOSCE 219", 10, 0));

	struct reference *r = NULL;
	size_t n = 0, cap = 0;
	/* the viewer doubled the letters (05MADRID1178) */
	const char *t = "A. A) SECSTATE 52920 B. B) HALL - MANZANARES E-MAIL OF 3/23";
	const struct refs_ctx ctx = { 2005, "MADRID", 1178 };
	refs_parse(&a, t, strlen(t), &ctx, &r, &n, &cap);
	assert_int_equal(n, 2);
	assert_string_equal(r[0].text, "SECSTATE 52920");
	assert_string_equal(r[0].id, "05STATE52920");
	assert_string_equal(r[1].letter, "B");
	assert_string_equal(r[1].text, "HALL - MANZANARES E-MAIL OF 3/23");
	assert_null(r[1].id);
	arena_free(&a);
}

/* a lone REF from a cable of an earlier year: serials restart each year, so
 * "PARIS 8760" cited by PARIS 479 is from the year before (05PARIS479). */
static void test_ref_previous_year(void **state)
{
	(void)state;
	const char *s =
		"R 261200Z JAN 05\n"
		"FM AMEMBASSY PARIS\n"
		"\n"
		"C O N F I D E N T I A L PARIS 000479 \n"
		"SUBJECT: X\n"
		"REF: PARIS 8760 AND PREVIOUS \n";
	struct cable *c = parse(s, NULL);
	assert_string_equal(c->id, "05PARIS479");
	assert_string_equal(c->refs[0].id, "04PARIS8760");
	cable_free(c);
}

/* a partial extract with no date (04BOGOTA8900): no year is guessed from
 * DECL, so no id, only the post and serial; nor an id for a REF without a
 * year of its own. */
static void test_extract_year(void **state)
{
	(void)state;
	const char *s =
		"This record is a partial extract of the original cable. The full text of "
		"the original cable is not available.\n"
		"\n"
		"S E C R E T SECTION 01 OF 02 BOGOTA 008900 \n"
		"\n"
		"SIPDIS \n"
		"\n"
		"NOFORN \n"
		"\n"
		"GENEVA FOR JEFF DELAURENTIS \n"
		"\n"
		"E.O. 12958: DECL: 08/24/2014 \n"
		"TAGS: CASC MOPS PGOV PINR PTER FARC\n"
		"SUBJECT: US HOSTAGE STATUS: 18 MONTHS IN FARC CAPTIVITY \n"
		"\n"
		"REF: BOGOTA 2239 \n"
		"\n"
		"Classified By: Ambassador William B. Wood for reasons 1.4 (b), \n"
		"(c), and (d). \n"
		"\n"
		"THIS IS AN ACTION REQUEST. PLEASE SEE PARAGRAPH 9. \n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_false(c->dtg.valid);
	assert_null(c->id);
	assert_string_equal(c->serial, "BOGOTA 8900");
	assert_string_equal(c->refs[0].text, "BOGOTA 2239");
	assert_null(c->refs[0].id);
	assert_int_equal(c->ncaveats, 2);
	assert_string_equal(c->classified_by, "Ambassador William B. Wood");
	assert_body_line(s, body, "THIS IS AN ACTION REQUEST.");
	cable_free(c);
}

/* The same extract in a file cablegate named by its id: the name's year
 * is taken, since the name is the id the text's post and serial make, and
 * a REF without a year of its own gets it; a name of another cable or
 * another form gives no id. */
static void test_extract_year_from_name(void **state)
{
	(void)state;
	const char *s =
		"This record is a partial extract of the original cable.\n"
		"\n"
		"S E C R E T SECTION 01 OF 02 BOGOTA 008900 \n"
		"\n"
		"E.O. 12958: DECL: 08/24/2014 \n"
		"SUBJECT: US HOSTAGE STATUS \n"
		"\n"
		"REF: BOGOTA 2239 \n"
		"\n"
		"1. (S) THIS IS AN ACTION REQUEST. \n";
	static const struct { const char *name, *id; } cases[] = {
		{ "/tmp/cables/04BOGOTA8900.txt", "04BOGOTA8900" },
		{ "04BOGOTA8900.meta.txt", "04BOGOTA8900" },
		{ "05BOGOTA8900.txt", "05BOGOTA8900" },
		{ "04BOGOTA8901.txt", NULL },
		{ "04BOGOTA89000.txt", NULL },
		{ "04LIMA8900.txt", NULL },
		{ "BOGOTA8900.txt", NULL },
		{ "cable.txt", NULL },
		{ "-", NULL },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct ct_error err;
		struct cable *c = cable_parse(s, strlen(s), cases[k].name, &err);
		assert_non_null(c);
		assert_string_equal(c->serial, "BOGOTA 8900");
		if (cases[k].id) {
			assert_string_equal(c->id, cases[k].id);
			assert_true(c->id_from_name);
			assert_non_null(c->refs[0].id);
			assert_memory_equal(c->refs[0].id, cases[k].id, 2);
		} else {
			assert_null(c->id);
			assert_false(c->id_from_name);
			assert_null(c->refs[0].id);
		}
		assert_false(c->dtg.valid);
		cable_free(c);
	}
}

/* Text with no header at all: the body is the whole of it. */
static void test_no_header(void **state)
{
	(void)state;
	const char *s = "Post should circulate the nonpaper in para 5 as the framework for "
	                "the OSCE in cooperation with IAEA.\nSecond line.\n";
	size_t body;
	struct cable *c = parse(s, &body);
	assert_int_equal(body, 0);
	assert_null(c->id);
	assert_null(c->classification);
	assert_false(c->dtg.valid);
	cable_free(c);
}

/* ---- the corpus ---------------------------------------------------------- */

struct meta {
	char id[64];
	char created[16];       /* "2008-09-30" */
	char level[32];         /* "SECRET" of 'SECRET//NOFORN' */
};

static bool read_meta(const char *path, struct meta *m)
{
	FILE *f = fopen(path, "r");
	char line[512];
	memset(m, 0, sizeof *m);
	if (!f)
		return false;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		const char *v = strchr(line, ':');
		if (!v)
			continue;
		v++;
		while (*v == ' ' || *v == '\'')
			v++;
		char val[256];
		snprintf(val, sizeof val, "%s", v);
		char *q = strchr(val, '\'');
		if (q)
			*q = '\0';
		if (strncmp(line, "id:", 3) == 0)
			snprintf(m->id, sizeof m->id, "%.63s", val);
		else if (strncmp(line, "created:", 8) == 0)
			snprintf(m->created, sizeof m->created, "%.10s", val);
		else if (strncmp(line, "classification:", 15) == 0) {
			val[strcspn(val, "/")] = '\0';
			snprintf(m->level, sizeof m->level, "%.31s", val);
		}
	}
	fclose(f);
	return m->id[0] != '\0';
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void test_corpus(void **state)
{
	(void)state;
	if (!corpus_present("test_corpus"))
		return;
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/cablegate", corpus_dir());
	DIR *d = opendir(dir);
	assert_non_null(d);
	char **names = NULL;
	size_t nn = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		size_t l = strlen(de->d_name);
		if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0)
			continue;
		if (nn == cap) {
			cap = cap ? cap * 2 : 1024;
			names = realloc(names, cap * sizeof *names);
			assert_non_null(names);
		}
		names[nn++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, nn, sizeof *names, cmp_str);

	bool verbose = getenv("CABLETRACK_VERBOSE") != NULL;
	size_t total = 0, id_ok = 0, date_ok = 0, dated = 0, dated_ok = 0, class_ok = 0;
	size_t dated_id_ok = 0, id_wrong = 0, id_none = 0, id_named = 0, serial_ok = 0;
	for (size_t k = 0; k < nn; k++) {
		char path[8192], mpath[8192];
		snprintf(path, sizeof path, "%s/%s", dir, names[k]);
		snprintf(mpath, sizeof mpath, "%s/%.*s.meta.yaml", dir,
		         (int)(strlen(names[k]) - 4), names[k]);
		struct meta m;
		if (!read_meta(mpath, &m))
			continue;
		total++;
		struct ct_error err;
		struct cable *c = cable_parse_file(path, &err);
		if (!c) {
			if (verbose)
				printf("  %s: not parsed: %s\n", m.id, err.msg);
			continue;
		}
		if (c->id && !c->id_from_name && strcmp(c->id, m.id) == 0) {
			id_ok++;
			if (c->dtg.valid)
				dated_id_ok++;
		} else if (c->id && !c->id_from_name) {
			id_wrong++;
			if (verbose)
				printf("  id %s: got %s\n", m.id, c->id);
		} else {
			/* no year in the text: the serial is kept, and must be the
			 * meta id's post and serial; the id, if any, is the file
			 * name (which the corpus names by the meta id, so it is not
			 * counted as right above) */
			id_none++;
			id_named += c->id_from_name;
			char joined[64] = "";
			size_t jn = 0;
			for (const char *p = c->serial; p && *p && jn + 1 < sizeof joined; p++)
				if (*p != ' ')
					joined[jn++] = *p;
			joined[jn] = '\0';
			if (jn && strcmp(joined, m.id + 2) == 0)
				serial_ok++;
			else if (verbose)
				printf("  serial %s: got %s\n", m.id, c->serial ? c->serial : "(null)");
		}
		char date[32] = "";
		if (c->dtg.valid) {
			snprintf(date, sizeof date, "%04d-%02d-%02d", c->dtg.year, c->dtg.month,
			         c->dtg.day);
			dated++;
		}
		if (strcmp(date, m.created) == 0) {
			date_ok++;
			dated_ok++;
		} else if (verbose) {
			printf("  date %s: got %s want %s\n", m.id, date[0] ? date : "(none)",
			       m.created);
		}
		if (c->classification && strcmp(c->classification, m.level) == 0)
			class_ok++;
		else if (verbose)
			printf("  class %s: got %s want %s\n", m.id,
			       c->classification ? c->classification : "(null)", m.level);
		cable_free(c);
	}
	for (size_t k = 0; k < nn; k++)
		free(names[k]);
	free(names);
	assert_true(total > 0);
	/* Some partial extracts carry no date at all (no DTG, no WikiLeaks date
	 * line): their DTG cannot be read and their id is null (a year is
	 * never guessed), with the post and serial kept.  The thresholds apply
	 * to the cables whose text carries a date; the figures over all cables
	 * are printed beside them, with the ids that are wrong (not null). */
	double pid = 100.0 * (double)id_ok / (double)total;
	double pid_dated = dated ? 100.0 * (double)dated_id_ok / (double)dated : 0;
	double pdate = 100.0 * (double)date_ok / (double)total;
	double pdated = dated ? 100.0 * (double)dated_ok / (double)dated : 0;
	double pclass = 100.0 * (double)class_ok / (double)total;
	printf("header corpus: %zu cables, %zu with a date in the text\n", total, dated);
	printf("header corpus: id == meta id: %zu of all (%.1f%%), %.1f%% of dated\n",
	       id_ok, pid, pid_dated);
	printf("header corpus: id wrong: %zu; no year in the text: %zu (id from the "
	       "file name: %zu), serial == meta's: %zu\n", id_wrong, id_none, id_named,
	       serial_ok);
	printf("header corpus: DTG date == created: %zu of all (%.1f%%), %.1f%% of dated\n",
	       date_ok, pdate, pdated);
	printf("header corpus: classification level == meta: %zu (%.1f%%)\n", class_ok, pclass);
	assert_true(pid_dated >= 99.0);
	assert_true(id_wrong <= 3);
	assert_true(serial_ok == id_none);
	assert_true(pdated >= 97.0);
	assert_true(pclass >= 98.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_extract_year_from_name),
		cmocka_unit_test(test_run_on_captions),
		cmocka_unit_test(test_fl2_wrap),
		cmocka_unit_test(test_blank_in_header),
		cmocka_unit_test(test_letter_for),
		cmocka_unit_test(test_fl3_no_section),
		cmocka_unit_test(test_classification_lines),
		cmocka_unit_test(test_dual_precedence),
		cmocka_unit_test(test_office_block),
		cmocka_unit_test(test_page_lines),
		cmocka_unit_test(test_pretoria),
		cmocka_unit_test(test_weekday_dates),
		cmocka_unit_test(test_niact),
		cmocka_unit_test(test_office_parts),
		cmocka_unit_test(test_xmt),
		cmocka_unit_test(test_run_on_class_line),
		cmocka_unit_test(test_para1_in_classified_by),
		cmocka_unit_test(test_corrected_copy),
		cmocka_unit_test(test_decl_forms),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_refs),
		cmocka_unit_test(test_ref_previous_year),
		cmocka_unit_test(test_extract_year),
		cmocka_unit_test(test_no_header),
		cmocka_unit_test(test_corpus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_text.c - core/text/text.c: bytes -> normalized UTF-8 lines and the form.
 *
 * Literals are real lines from the corpus (the seed 08STATE104535 and the
 * cablegate cables) with the damage real files show: CRLF, CP1252 quotes,
 * Latin-1, stray NULs, a viewer page.  The corpus test normalizes every
 * cable in ../shared/corpus and prints the forms and the throughput.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "text/text.h"
#include "corpus_dir.h"
#include "../slurp.h"

#define LIT(s) (s), (sizeof(s) - 1)

/* Normalizes bytes and checks that it succeeds. */
static struct text norm_ok(struct arena *a, const char *bytes, size_t len)
{
	struct text t;
	struct ct_error err = { "" };
	int rc = text_normalize(a, bytes, len, &t, &err);
	if (rc != 0)
		fail_msg("text_normalize refused: %s", err.msg);
	for (size_t i = 0; i < t.n; i++)
		assert_int_equal(strlen(t.lines[i].s), t.lines[i].len);
	return t;
}

/* Normalizes bytes, checks that it is refused, returns the reason. */
static const char *norm_refused(const char *bytes, size_t len, char *why, size_t size)
{
	struct arena a;
	struct text t;
	struct ct_error err = { "" };
	arena_init(&a);
	int rc = text_normalize(&a, bytes, len, &t, &err);
	arena_free(&a);
	assert_int_equal(rc, -1);
	assert_true(err.msg[0] != '\0');
	snprintf(why, size, "%s", err.msg);
	return why;
}

/* Index of the first line equal to s, or -1. */
static long find_line(const struct text *t, const char *s)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->lines[i].s, s) == 0)
			return (long)i;
	return -1;
}

/* Strict UTF-8 check, written apart from text.c's decoder. */
static bool valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t k;
		uint32_t cp;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			k = 2;
			cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			k = 3;
			cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			k = 4;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (i + k > n)
			return false;
		for (size_t j = 1; j < k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + j] & 0x3F);
		}
		if ((k == 2 && cp < 0x80) || (k == 3 && cp < 0x800) ||
		    (k == 4 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += k;
	}
	return true;
}

/* No line may hold a control byte other than... none: tabs are expanded. */
static void assert_clean_lines(const struct text *t)
{
	for (size_t i = 0; i < t->n; i++) {
		const struct line *l = &t->lines[i];
		if (!valid_utf8((const unsigned char *)l->s, l->len))
			fail_msg("line %zu is not valid UTF-8: %s", i + 1, l->s);
		for (size_t j = 0; j < l->len; j++) {
			unsigned char c = (unsigned char)l->s[j];
			if (c < 0x20 || c == 0x7F)
				fail_msg("line %zu has control byte 0x%02x", i + 1, c);
		}
		if (l->len && l->s[l->len - 1] == ' ')
			fail_msg("line %zu has trailing blanks", i + 1);
	}
}

/* ---- line endings, blanks, tabs ---------------------------------------- */

static void test_crlf_and_lone_cr(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("FM SECSTATE WASHDC\r\n"
	                                "TO RUEHVEN/USMISSION USOSCE PRIORITY 4080\r"
	                                "RUEHUNV/USMISSION UNVIE VIENNA PRIORITY 3886\r\n"
	                                "\r\n"
	                                "UNCLAS SECTION 01 OF 05 STATE 104535"));
	assert_int_equal(t.n, 5);
	assert_string_equal(t.lines[0].s, "FM SECSTATE WASHDC");
	assert_string_equal(t.lines[1].s, "TO RUEHVEN/USMISSION USOSCE PRIORITY 4080");
	assert_string_equal(t.lines[2].s, "RUEHUNV/USMISSION UNVIE VIENNA PRIORITY 3886");
	assert_string_equal(t.lines[3].s, "");
	assert_int_equal(t.lines[3].len, 0);
	assert_string_equal(t.lines[4].s, "UNCLAS SECTION 01 OF 05 STATE 104535");
	arena_free(&a);
}

static void test_trailing_blanks_stripped(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* 04ANKARA7211 ends its front-matter lines with blanks. */
	struct text t = norm_ok(&a, LIT("S E C R E T SECTION 01 OF 05 ANKARA 007211 \n"
	                                " \n"
	                                "SIPDIS \t \n"));
	assert_int_equal(t.n, 3);
	assert_string_equal(t.lines[0].s, "S E C R E T SECTION 01 OF 05 ANKARA 007211");
	assert_string_equal(t.lines[1].s, "");
	assert_string_equal(t.lines[2].s, "SIPDIS");
	arena_free(&a);
}

static void test_leading_blanks_kept(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* 09STATE15113: the INFO continuation lines are indented. */
	struct text t = norm_ok(&a, LIT("INFO  LOG-00   MFA-00   EEB-00\n"
	                                "      AOP-00   AEX-00   AS-00\n"));
	assert_int_equal(t.n, 2);
	assert_string_equal(t.lines[1].s, "      AOP-00   AEX-00   AS-00");
	arena_free(&a);
}

static void test_tabs_expanded_to_8(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Stops every 8 columns, a column being a character, not a byte. */
	struct text t = norm_ok(&a, LIT("TAGS:\tPREL\n"
	                                "\tSUBJECT\n"
	                                "\xC2\xB6" "1.\t(C)\n"
	                                "12345678\tX\n"));
	assert_int_equal(t.n, 4);
	assert_string_equal(t.lines[0].s, "TAGS:   PREL");
	assert_string_equal(t.lines[1].s, "        SUBJECT");
	assert_string_equal(t.lines[2].s, "\xC2\xB6" "1.     (C)");
	assert_string_equal(t.lines[3].s, "12345678        X");
	arena_free(&a);
}

static void test_no_final_newline_and_empty_lines(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("\n\nRICE"));
	assert_int_equal(t.n, 3);
	assert_string_equal(t.lines[2].s, "RICE");
	t = norm_ok(&a, LIT("RICE\n"));
	assert_int_equal(t.n, 1);
	arena_free(&a);
}

/* ---- encodings ---------------------------------------------------------- */

static void test_cp1252_quotes_and_dashes(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* 04ANKARA348 ¶3, saved as Windows-1252. */
	struct text t = norm_ok(&a, LIT("including Islamist ones (he rejects the term "
	                                "\x93Islamic terrorism\x94); \x96 whether by "
	                                "blocking legislation \x97 it\x92s \x85 \x80" "5\n"));
	assert_int_equal(t.n, 1);
	assert_string_equal(t.lines[0].s,
	                    "including Islamist ones (he rejects the term "
	                    "\u201CIslamic terrorism\u201D); \u2013 whether by "
	                    "blocking legislation \u2014 it\u2019s \u2026 \u20AC" "5");
	arena_free(&a);
}

static void test_latin1(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("Minister Ingibj\xf6rg S\xf3lr\xfan G\xedsladottir "
	                                "met the caf\xe9 owner\xa0\n"));
	/* the no-break space (0xA0) becomes a space, and goes as a trailing
	 * blank */
	assert_string_equal(t.lines[0].s, "Minister Ingibj\u00f6rg S\u00f3lr\u00fan "
	                    "G\u00edsladottir met the caf\u00e9 owner");
	arena_free(&a);
}

static void test_stray_byte_in_utf8(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Valid UTF-8 ("¶", "–", "“”") with one stray Latin-1 byte and a
	 * truncated sequence: each bad byte is read alone, the rest passes. */
	struct text t = norm_ok(&a, LIT("\xC2\xB6" "6. (C) Every step \xE2\x80\x93 caf\xe9 "
	                                "\xE2\x80\x9C" "cements\xE2\x80\x9D his popularity\n"
	                                "end \xE2\x80\n"));
	assert_int_equal(t.n, 2);
	assert_string_equal(t.lines[0].s, "\u00B6" "6. (C) Every step \u2013 caf\u00e9 "
	                    "\u201C" "cements\u201D his popularity");
	/* E2 80 without its last byte: two CP1252/Latin-1 characters. */
	assert_string_equal(t.lines[1].s, "end \u00e2\u20AC");
	arena_free(&a);
}

static void test_overlong_and_surrogate_are_invalid(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* C0 AF is an overlong '/', ED A0 80 a surrogate: not UTF-8. */
	struct text t = norm_ok(&a, LIT("A\xC0\xAF" "B \xED\xA0\x80 C\n"));
	assert_true(valid_utf8((const unsigned char *)t.lines[0].s, t.lines[0].len));
	/* (the A0 read as Latin-1 is a no-break space: a space) */
	assert_string_equal(t.lines[0].s, "A\u00C0\u00AF" "B \u00ED \u20AC C");
	arena_free(&a);
}

static void test_cp1252_undefined_bytes(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("x\x81y\x8Dz\x9D.\n"));
	assert_string_equal(t.lines[0].s, "x\uFFFDy\uFFFDz\uFFFD.");
	arena_free(&a);
}

static void test_c1_in_utf8_read_as_cp1252(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* A CP1252 file once decoded as Latin-1: U+0093/U+0094 as UTF-8. */
	struct text t = norm_ok(&a, LIT("term \xC2\x93Islamic terrorism\xC2\x94\xC2\x81.\n"));
	assert_string_equal(t.lines[0].s, "term \u201CIslamic terrorism\u201D.");
	arena_free(&a);
}

static void test_bom_removed(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("\xEF\xBB\xBFUNCLASSIFIED\r\nSIPDIS\r\n"));
	assert_int_equal(t.n, 2);
	assert_string_equal(t.lines[0].s, "UNCLASSIFIED");
	arena_free(&a);
}

static void test_utf16_with_bom(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Notepad's "Unicode": UTF-16LE with BOM, CRLF, a pilcrow. */
	static const char le[] = "\xFF\xFE" "\xB6\x00" "1\x00.\x00\r\x00\n\x00" "O\x00K\x00";
	struct text t = norm_ok(&a, le, sizeof le - 1);
	assert_int_equal(t.n, 2);
	assert_string_equal(t.lines[0].s, "\u00B6" "1.");
	assert_string_equal(t.lines[1].s, "OK");
	static const char be[] = "\xFE\xFF" "\x00S\x00U\x00" "B" "\x00";
	t = norm_ok(&a, be, sizeof be - 1);   /* odd trailing byte ignored */
	assert_int_equal(t.n, 1);
	assert_string_equal(t.lines[0].s, "SUB");
	arena_free(&a);
}

static void test_controls_removed(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Two stray NULs, an ESC, a form feed, a DEL in 200-odd bytes of text. */
	struct text t = norm_ok(&a, LIT("1. (U) This is an action\0 request for USOSCE\0 "
	                                "and UNVIE,\x1b see paras 4 and 7 below.\n"
	                                "\fSTATE 00104535  002 OF 005\n"
	                                "-- Post should circulate in the PC Security "
	                                "Committee the nonpaper in para 5.\x7f\n"));
	assert_int_equal(t.n, 3);
	assert_string_equal(t.lines[0].s, "1. (U) This is an action request for USOSCE "
	                    "and UNVIE, see paras 4 and 7 below.");
	assert_string_equal(t.lines[1].s, "STATE 00104535  002 OF 005");
	assert_string_equal(t.lines[2].s, "-- Post should circulate in the PC Security "
	                    "Committee the nonpaper in para 5.");
	assert_clean_lines(&t);
	arena_free(&a);
}

/* ---- refusals ----------------------------------------------------------- */

static void test_refuse_empty(void **state)
{
	(void)state;
	char why[256];
	assert_string_equal(norm_refused("", 0, why, sizeof why), "empty file");
	assert_non_null(strstr(norm_refused(LIT(" \r\n\t\n  \n"), why, sizeof why), "empty"));
	assert_non_null(strstr(norm_refused(LIT("\xEF\xBB\xBF\n"), why, sizeof why), "empty"));
}

static void test_refuse_images_and_documents(void **state)
{
	(void)state;
	char why[256];
	assert_string_equal(norm_refused(LIT("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), why, sizeof why),
	                    "an image (PNG)");
	assert_string_equal(norm_refused(LIT("\xFF\xD8\xFF\xE0\0\x10JFIF"), why, sizeof why),
	                    "an image (JPEG)");
	assert_string_equal(norm_refused(LIT("GIF89a\x01\0\x01\0"), why, sizeof why),
	                    "an image (GIF)");
	assert_non_null(strstr(norm_refused(LIT("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), why, sizeof why),
	                       "PDF"));
	assert_non_null(strstr(norm_refused(LIT("PK\x03\x04\x14\0\x06\0"), why, sizeof why),
	                       "ZIP"));
}

static void test_refuse_binary(void **state)
{
	(void)state;
	char why[256];
	/* An ELF header: NULs dominate. */
	static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0"
	                          "\x01\0\0\0\x60\x10\0\0\0\0\0\0\x40\0\0\0";
	assert_string_equal(norm_refused(elf, sizeof elf - 1, why, sizeof why),
	                    "binary data (NUL bytes)");
	/* Control bytes without NULs. */
	char ctl[400];
	for (size_t i = 0; i < sizeof ctl; i++)
		ctl[i] = (char)(i % 4 == 0 ? 0x01 + i % 7 : 'A' + i % 26);
	assert_string_equal(norm_refused(ctl, sizeof ctl, why, sizeof why),
	                    "binary data (control bytes)");
	/* UTF-16 without a BOM looks like NUL-laced bytes: refused, not mangled. */
	static const char u16[] = "V\0Z\0C\0Z\0C\0X\0R\0O\0\n\0";
	assert_non_null(strstr(norm_refused(u16, sizeof u16 - 1, why, sizeof why), "NUL"));
	/* Bytes that are neither UTF-8 nor plausible text. */
	char hi[300];
	for (size_t i = 0; i < sizeof hi; i++)
		hi[i] = (char)(0x80 + (i * 37) % 0x7F);
	assert_non_null(strstr(norm_refused(hi, sizeof hi, why, sizeof why), "not text"));
}

/* ---- cablegate viewer HTML ---------------------------------------------- */

/* The shape of a cablegate viewer page (cablegate.wikileaks.org/cable/...):
 * navigation, a metadata table, then two <code><pre> blocks whose line
 * breaks are "&#x000A;" entities, paragraph signs as anchors, TAGS as
 * links.  Text from 08REYKJAVIK195. */
static const char viewer_page[] =
	"<?xml version='1.0' encoding='utf-8' ?>\n"
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
	"\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
	"<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>\n"
	"<head>\n<title>Cable Viewer</title>\n"
	"<link href='/static/css/cables.css' rel='stylesheet' type='text/css' />\n"
	"</head>\n<body>\n<div class='main'>\n"
	"<div id='browse'><h3>Browse latest releases</h3>\n"
	"<a class='sort fix' href='#rdate_201011' onclick=\"return swap('rdate_201011');\">2010/11</a>\n"
	"</div>\n"
	"<table class='cable'>\n<tr>\n<th>Reference ID</th>\n<th>Created</th>\n</tr>\n"
	"<tr>\n<td>\n<a href='/cable/2008/09/08REYKJAVIK195.html'>08REYKJAVIK195</a>\n</td>\n"
	"<td>\n<a href='/date/2008-09_0.html'>2008-09-09 17:05</a>\n</td>\n</tr>\n</table>\n"
	"<code><pre>VZCZCXRO8797&#x000A;PP RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR&#x000A;"
	"DE RUEHRK #0195/01 2531700&#x000A;ZNY CCCCC ZZH&#x000A;P 091700Z SEP 08&#x000A;"
	"FM AMEMBASSY REYKJAVIK&#x000A;TO RUEHC/SECSTATE WASHDC PRIORITY 3787</pre></code>\n"
	"<code><pre>C O N F I D E N T I A L SECTION 01 OF 02 REYKJAVIK 000195 &#x000A; &#x000A;"
	"SIPDIS &#x000A; &#x000A;DEPT FOR EUR/NB, EUR/RPM, SCA/A &#x000A;"
	"E.O. 12958: DECL: 09/08/2013 &#x000A;"
	"TAGS: <a href='/tag/MOPS_0.html'>MOPS</a> <a href='/tag/KPKO_0.html'>KPKO</a> "
	"<a href='/tag/PREL_0.html'>PREL</a>&#x000A;"
	"SUBJECT: ICELAND: PEACEKEEPING TAKES ON A MORE CIVILIAN LOOK AFTER &#x000A;"
	"REPORT ON 2004 &quot;CHICKEN STREET INCIDENT&quot; &#x000A; &#x000A;"
	"<a id='par1' href='#par1'>\xC2\xB6</a>1. (U) Summary: On August 26, Minister &#x000A;"
	"Kabul&#39;s Chicken Street &amp; the MFA&#8217;s report &lt;sic&gt;. &#x000A; &#x000A;"
	"<a id='par2' href='#par2'>&para;</a>2. (C) Comment&#58;&nbsp;FM Gisladottir &#x000A;"
	"&#xA7;3 &sect;4 &bogus; AT&T &#x000A;"
	" &#x000A;VAN VOORST</pre></code>\n"
	"</div>\n<script src='/static/js/cables.js' type='text/javascript'></script>\n"
	"</body>\n</html>\n";

static void test_html_viewer_page(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, viewer_page, sizeof viewer_page - 1);
	assert_int_equal(t.form, FORM_HTML);
	assert_clean_lines(&t);
	/* Block one is the routing header, from its first line. */
	assert_string_equal(t.lines[0].s, "VZCZCXRO8797");
	assert_string_equal(t.lines[2].s, "DE RUEHRK #0195/01 2531700");
	assert_string_equal(t.lines[6].s, "TO RUEHC/SECSTATE WASHDC PRIORITY 3787");
	/* One blank line, then block two. */
	assert_string_equal(t.lines[7].s, "");
	assert_string_equal(t.lines[8].s, "C O N F I D E N T I A L SECTION 01 OF 02 "
	                    "REYKJAVIK 000195");
	assert_true(find_line(&t, "TAGS: MOPS KPKO PREL") > 8);
	assert_true(find_line(&t, "REPORT ON 2004 \"CHICKEN STREET INCIDENT\"") > 0);
	assert_true(find_line(&t, "\u00B6" "1. (U) Summary: On August 26, Minister") > 0);
	assert_true(find_line(&t, "Kabul's Chicken Street & the MFA\u2019s report <sic>.") > 0);
	assert_true(find_line(&t, "\u00B6" "2. (C) Comment: FM Gisladottir") > 0);
	assert_true(find_line(&t, "\u00A7" "3 \u00A7" "4 &bogus; AT&T") > 0);
	assert_string_equal(t.lines[t.n - 1].s, "VAN VOORST");
	/* Nothing from outside the <pre> blocks. */
	for (size_t i = 0; i < t.n; i++) {
		assert_null(strstr(t.lines[i].s, "Cable Viewer"));
		assert_null(strstr(t.lines[i].s, "2010/11"));
		assert_null(strstr(t.lines[i].s, "href"));
	}
	arena_free(&a);
}

static void test_html_pre_with_real_newlines(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* A saved page whose <pre> holds real CRLF line breaks. */
	struct text t = norm_ok(&a, LIT("<PRE>\r\nUNCLAS STATE 104535\r\n\r\n"
	                                "<a href='#par1'>\xC2\xB6" "1</a>. (U) This is an "
	                                "action request.&#13;&#10;RICE\r\n</PRE>"));
	assert_int_equal(t.form, FORM_HTML);
	assert_int_equal(t.n, 4);
	assert_string_equal(t.lines[0].s, "UNCLAS STATE 104535");
	assert_string_equal(t.lines[1].s, "");
	assert_string_equal(t.lines[2].s, "\u00B6" "1. (U) This is an action request.");
	assert_string_equal(t.lines[3].s, "RICE");
	arena_free(&a);
}

static void test_html_without_pre(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("<!DOCTYPE html>\n<html><head><title>Cable Viewer"
	                                "</title><style>p { x: 1 }</style></head>\n"
	                                "<body><script>var a = '<p>hidden</p>';</script>"
	                                "<!-- nav -->"
	                                "<p>UNCLAS SECTION 01 OF 05 STATE 104535</p>"
	                                "<p>SUBJECT: MOVING IMPLEMENTATION FORWARD &amp; "
	                                "more<br/>RICE</p></body></html>"));
	assert_int_equal(t.form, FORM_HTML);
	assert_clean_lines(&t);
	assert_true(find_line(&t, "UNCLAS SECTION 01 OF 05 STATE 104535") >= 0);
	assert_true(find_line(&t, "SUBJECT: MOVING IMPLEMENTATION FORWARD & more") >= 0);
	assert_true(find_line(&t, "RICE") >= 0);
	for (size_t i = 0; i < t.n; i++) {
		assert_null(strstr(t.lines[i].s, "Cable Viewer"));
		assert_null(strstr(t.lines[i].s, "hidden"));
		assert_null(strstr(t.lines[i].s, "nav"));
		assert_null(strstr(t.lines[i].s, "x: 1"));
	}
	char why[256];
	assert_non_null(strstr(norm_refused(LIT("<html><body><p> </p></body></html>"),
	                                    why, sizeof why), "HTML"));
	arena_free(&a);
}

static void test_html_malformed_stays_linear(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* 1 MB of "<a" with no '>' and unclosed quotes: quadratic scanning
	 * would not finish. */
	size_t n = 1 << 20;
	char *s = malloc(n + 16);
	assert_non_null(s);
	memcpy(s, "<pre>", 5);
	for (size_t i = 5; i < n; i++)
		s[i] = "<a'&#\n"[i % 6];
	struct text t = norm_ok(&a, s, n);
	assert_int_equal(t.form, FORM_HTML);
	assert_true(t.n > 1000);
	assert_clean_lines(&t);
	free(s);
	arena_free(&a);
}

/* ---- markdown scrape ---------------------------------------------------- */

static void test_scrape_links(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Lines of the seed, 08STATE104535. */
	struct text t = norm_ok(&a, LIT(
		"TAGS: [AORC](#) [IAEA](#) [KPAO](#) [OSCE](#) [PREL](#) [PTER](#) [UNSC](#) [EUN](#)\n"
		"REF: A. USOSCE 219\n"
		"[1](#)B. UNVIE 158\n"
		"[1](#)C. UNVIE 434\n"
		"[1](#)2. (SBU) Summary. In efforts to strengthen UNSCR 1540 implementation\n"
		"  [1](#)3. (SBU) Background for Post only.\n"
		"14. (SBU) Washington requests Post pursue the following objectives\n"
		"portion of its website (<http://www.un.org/sc/1540/>), which contains\n"
		"see [1](#) and [a [b](#) and [c] (d) [e](#\n"));
	assert_int_equal(t.form, FORM_SCRAPE);
	assert_string_equal(t.lines[0].s, "TAGS: AORC IAEA KPAO OSCE PREL PTER UNSC EUN");
	assert_string_equal(t.lines[1].s, "REF: A. USOSCE 219");
	assert_string_equal(t.lines[2].s, "\u00B6" "B. UNVIE 158");
	assert_string_equal(t.lines[3].s, "\u00B6" "C. UNVIE 434");
	assert_string_equal(t.lines[4].s, "\u00B6" "2. (SBU) Summary. In efforts to "
	                    "strengthen UNSCR 1540 implementation");
	assert_string_equal(t.lines[5].s, "  \u00B6" "3. (SBU) Background for Post only.");
	/* The "14." artefact is the body parser's to repair. */
	assert_string_equal(t.lines[6].s, "14. (SBU) Washington requests Post pursue "
	                    "the following objectives");
	assert_string_equal(t.lines[7].s, "portion of its website "
	                    "(http://www.un.org/sc/1540/), which contains");
	/* Mid-line "[1](#)" is just "1"; broken brackets stay as written. */
	assert_string_equal(t.lines[8].s, "see 1 and [a b and [c] (d) [e](#");
	arena_free(&a);
}

static void test_scrape_only_when_links(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Without any "](#)" the brackets and autolinks are text. */
	struct text t = norm_ok(&a, LIT("1. See [ref] at <http://www.un.org/>.\n"));
	assert_int_equal(t.form, FORM_EXTRACT);
	assert_string_equal(t.lines[0].s, "1. See [ref] at <http://www.un.org/>.");
	arena_free(&a);
}

/* ---- form detection ----------------------------------------------------- */

static void test_form_telegram(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	struct text t = norm_ok(&a, LIT("\n\nVZCZCXRO5554\nPP RUEHTRO\n"
	                                "DE RUEHC #4535/01 2742232\n"));
	assert_int_equal(t.form, FORM_TELEGRAM);
	/* 01PRETORIA1173: no VZCZC, precedence/DTG then FM. */
	t = norm_ok(&a, LIT("O 231553Z FEB 01\nFM AMEMBASSY PRETORIA\n"
	                    "TO SECSTATE WASHDC IMMEDIATE 7691\n"));
	assert_int_equal(t.form, FORM_TELEGRAM);
	t = norm_ok(&a, LIT("ZNY CCCCC ZZH\nDE RUEHRK #0195/01 2531700\n"));
	assert_int_equal(t.form, FORM_TELEGRAM);
	arena_free(&a);
}

static void test_form_extract(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* 04ANKARA348 opens so; "FM" in prose after SUBJECT is not routing. */
	struct text t = norm_ok(&a, LIT(
		"This record is a partial extract of the original cable. The full text "
		"of the original cable is not available.\n\n201247Z Jan 04\n\n"
		"C o n f i d e n t i a l section 01 of 04 ankara 000348\n\n"
		"SUBJECT: TURKEY\n"
		"FM SECSTATE WASHDC\n"));
	assert_int_equal(t.form, FORM_EXTRACT);
	t = norm_ok(&a, LIT("FM Gisladottir presented the report at a press conference.\n"));
	assert_int_equal(t.form, FORM_EXTRACT);
	arena_free(&a);
}

/* ---- cablegate's damaged marks ------------------------------------------ */

static void test_cablegate_marks_verbatim(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	/* Lines as the cablegate text export has them (04PARIS8983,
	 * 04MADRID974): the damage is the record, kept as it is. */
	struct text t = norm_ok(&a, LIT(
		"SUBJECT: AMBASSADOR,S MEETING WITH C/T COORDINATOR,S STAFF\n"
		"the &Chechen network,8 in Europe\n"));
	assert_string_equal(t.lines[0].s, "SUBJECT: AMBASSADOR,S MEETING WITH C/T "
	                    "COORDINATOR,S STAFF");
	assert_string_equal(t.lines[1].s, "the &Chechen network,8 in Europe");
	arena_free(&a);
}

/* ---- the corpus --------------------------------------------------------- */

struct blob {
	char *bytes;
	size_t len;
	char name[64];
};

static int blob_cmp(const void *x, const void *y)
{
	return strcmp(((const struct blob *)x)->name, ((const struct blob *)y)->name);
}

/* Every cablegate/ID.txt plus the seed; NULL when the corpus is absent. */
static struct blob *load_corpus(size_t *count)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/cablegate", corpus_dir());
	DIR *d = opendir(path);
	if (!d)
		return NULL;
	size_t n = 0, cap = 0;
	struct blob *v = NULL;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t nl = strlen(e->d_name);
		if (nl < 5 || nl >= sizeof v->name || strcmp(e->d_name + nl - 4, ".txt") != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			struct blob *nv = realloc(v, cap * sizeof *v);
			assert_non_null(nv);
			v = nv;
		}
		snprintf(path, sizeof path, "%s/cablegate/%s", corpus_dir(), e->d_name);
		v[n].bytes = slurp(path, &v[n].len);
		assert_non_null(v[n].bytes);
		snprintf(v[n].name, sizeof v[n].name, "%s", e->d_name);
		n++;
	}
	closedir(d);
	qsort(v, n, sizeof *v, blob_cmp);
	snprintf(path, sizeof path, "%s/seed/08STATE104535.txt", corpus_dir());
	struct blob seed = { NULL, 0, "seed/08STATE104535.txt" };
	seed.bytes = slurp(path, &seed.len);
	if (seed.bytes) {
		struct blob *nv = realloc(v, (n + 1) * sizeof *v);
		assert_non_null(nv);
		v = nv;
		v[n++] = seed;
	}
	*count = n;
	return v;
}

static void free_corpus(struct blob *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].bytes);
	free(v);
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_corpus_normalizes(void **state)
{
	(void)state;
	size_t n = 0;
	struct blob *v = load_corpus(&n);
	if (!v || n == 0) {
		printf("# text corpus: %s/cablegate absent, skipped\n", corpus_dir());
		free(v);
		skip();
	}
	size_t forms[4] = { 0, 0, 0, 0 }, lines = 0, bytes = 0;
	for (size_t i = 0; i < n; i++) {
		struct arena a;
		struct text t;
		struct ct_error err = { "" };
		arena_init(&a);
		if (text_normalize(&a, v[i].bytes, v[i].len, &t, &err) != 0)
			fail_msg("%s: refused: %s", v[i].name, err.msg);
		assert_true(t.n > 0);
		assert_clean_lines(&t);
		forms[t.form]++;
		lines += t.n;
		bytes += v[i].len;
		/* A scrape link never survives; a pilcrow link becomes "¶". */
		for (size_t k = 0; t.form == FORM_SCRAPE && k < t.n; k++)
			if (strstr(t.lines[k].s, "](#)"))
				fail_msg("%s line %zu keeps a link: %s", v[i].name, k + 1,
				         t.lines[k].s);
		if (strcmp(v[i].name, "seed/08STATE104535.txt") == 0) {
			assert_int_equal(t.form, FORM_SCRAPE);
			assert_true(find_line(&t, "\u00B6" "B. UNVIE 158") >= 0);
		}
		arena_free(&a);
	}
	printf("# text corpus: %zu files, %zu bytes, %zu lines: telegram %zu, "
	       "extract %zu, scrape %zu, html %zu\n", n, bytes, lines,
	       forms[FORM_TELEGRAM], forms[FORM_EXTRACT], forms[FORM_SCRAPE],
	       forms[FORM_HTML]);
	/* Every cable in the corpus is either a telegram or an extract. */
	assert_int_equal(forms[FORM_TELEGRAM] + forms[FORM_EXTRACT] +
	                 forms[FORM_SCRAPE], n);
	assert_true(forms[FORM_TELEGRAM] > n / 2);
	assert_true(forms[FORM_EXTRACT] > 0);

	/* Throughput: the whole corpus, several rounds, one arena per cable. */
	int rounds = 0;
	size_t done = 0;
	double t0 = now_seconds(), el;
	do {
		for (size_t i = 0; i < n; i++) {
			struct arena a;
			struct text t;
			struct ct_error err;
			arena_init(&a);
			assert_int_equal(text_normalize(&a, v[i].bytes, v[i].len, &t, &err), 0);
			arena_free(&a);
			done += v[i].len;
		}
		rounds++;
		el = now_seconds() - t0;
	} while (el < 0.5 && rounds < 50);
	printf("# text throughput: %.0f MB/s (%d rounds over %zu bytes)\n",
	       (double)done / el / 1e6, rounds, bytes);
	free_corpus(v, n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_crlf_and_lone_cr),
		cmocka_unit_test(test_trailing_blanks_stripped),
		cmocka_unit_test(test_leading_blanks_kept),
		cmocka_unit_test(test_tabs_expanded_to_8),
		cmocka_unit_test(test_no_final_newline_and_empty_lines),
		cmocka_unit_test(test_cp1252_quotes_and_dashes),
		cmocka_unit_test(test_latin1),
		cmocka_unit_test(test_stray_byte_in_utf8),
		cmocka_unit_test(test_overlong_and_surrogate_are_invalid),
		cmocka_unit_test(test_cp1252_undefined_bytes),
		cmocka_unit_test(test_c1_in_utf8_read_as_cp1252),
		cmocka_unit_test(test_bom_removed),
		cmocka_unit_test(test_utf16_with_bom),
		cmocka_unit_test(test_controls_removed),
		cmocka_unit_test(test_refuse_empty),
		cmocka_unit_test(test_refuse_images_and_documents),
		cmocka_unit_test(test_refuse_binary),
		cmocka_unit_test(test_html_viewer_page),
		cmocka_unit_test(test_html_pre_with_real_newlines),
		cmocka_unit_test(test_html_without_pre),
		cmocka_unit_test(test_html_malformed_stays_linear),
		cmocka_unit_test(test_scrape_links),
		cmocka_unit_test(test_scrape_only_when_links),
		cmocka_unit_test(test_form_telegram),
		cmocka_unit_test(test_form_extract),
		cmocka_unit_test(test_cablegate_marks_verbatim),
		cmocka_unit_test(test_corpus_normalizes),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}

/* test_export_stream.c - a checklist built a cable at a time
 * (export_begin / export_add_cable / export_end) is the one export_build
 * makes, while each cable and its review are gone before the next is
 * read: the list holds copies, never pointers into them.  The json writer
 * too dumps one item at a time. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"

/* Fictional cables: Washington to two posts with a deadline, and a post's
 * cable that gives no year (its id is NULL, its serial "SUVA 0412"). */
static const char cable_a[] =
	"P 041530Z MAR 09\n"
	"FM SECSTATE WASHDC\n"
	"TO AMEMBASSY SUVA PRIORITY 0101\n"
	"AMEMBASSY APIA PRIORITY 0202\n"
	"INFO AMEMBASSY WELLINGTON PRIORITY 0303\n"
	"\n"
	"C O N F I D E N T I A L STATE 022041\n"
	"\n"
	"NOFORN\n"
	"SIPDIS\n"
	"\n"
	"E.O. 12958: DECL: 03/04/2019\n"
	"TAGS: PREL, EFIS\n"
	"SUBJECT: ACTION REQUEST: REEF SURVEY VESSEL PORT CALLS\n"
	"\n"
	"1. (U) This is an action request; see para 3.\n"
	"\n"
	"2. (C) The survey vessel Kestrel Dawn will call at Suva and Apia in\n"
	"April to chart the outer reefs.\n"
	"\n"
	"3. (C) Posts are requested to seek host government clearance for the\n"
	"port calls and report the reply no later than March 20.\n"
	"\n"
	"4. (U) Embassy Suva should also inform the harbour master of the\n"
	"survey dates.\n"
	"CLINTON\n";

static const char cable_b[] =
	"FM AMEMBASSY SUVA\n"
	"TO SECSTATE WASHDC PRIORITY 0412\n"
	"\n"
	"UNCLAS SUVA 0412\n"
	"\n"
	"SENSITIVE\n"
	"\n"
	"TAGS: PREL\n"
	"SUBJECT: HARBOUR MASTER ASKS FOR CHARTS\n"
	"\n"
	"1. (SBU) The harbour master welcomed the survey.\n"
	"\n"
	"2. (SBU) Embassy requests that the Department provide copies of the\n"
	"new charts by June 1.\n"
	"SMITH\n";

static struct cable *parse(const char *text)
{
	struct ct_error err = {{0}};
	struct cable *c = cable_parse(text, strlen(text), "fixture.txt", &err);
	assert_non_null(c);
	return c;
}

/* A review of cable a: para 3 done for Suva with a note. */
static struct review *review_of(const struct cable *c)
{
	struct review *r = calloc(1, sizeof *r);
	struct review_item *it = calloc(1, sizeof *it);
	assert_non_null(r);
	assert_non_null(it);
	it->paragraph = 3;
	it->party = strdup("AMEMBASSY SUVA");
	it->status = STATUS_DONE;
	it->note = strdup("Cleared by the Foreign Ministry\non 12 March.");
	it->status_at = strdup("2009-03-12T08:00:00Z");
	r->cable_id = c->id ? strdup(c->id) : NULL;
	r->items = it;
	r->n = r->cap = 1;
	r->lock_fd = -1;
	return r;
}

static void review_gone(struct review *r)
{
	for (size_t i = 0; i < r->n; i++) {
		/* overwritten first: a list still pointing here would show it */
		memset(r->items[i].note, 'Q', strlen(r->items[i].note));
		free(r->items[i].party);
		free(r->items[i].note);
		free(r->items[i].status_at);
	}
	free(r->items);
	free(r->cable_id);
	free(r);
}

/* The cable's own text overwritten (what the parser copied from the bytes:
 * the subject and the paragraphs; other strings may be the tables'), then
 * freed: a list still reading the cable shows Z's, or ASan and valgrind
 * see a read after free. */
static void cable_gone(struct cable *c)
{
	if (c->subject)
		memset((char *)c->subject, 'Z', strlen(c->subject));
	for (size_t i = 0; i < c->nparas; i++)
		if (c->paras[i].text)
			memset((char *)c->paras[i].text, 'Z', strlen(c->paras[i].text));
	c->dtg.year = 1901;
	cable_free(c);
}

#define NOW ((time_t)1237000000)

static const char *const texts[] = { cable_a, cable_b, cable_a };
enum { NTEXTS = sizeof texts / sizeof *texts };

/* Each format of the list export_build makes of texts[] (a's review on
 * each copy of a), kept whole. */
static void whole(struct buf out[EXPORT_NFORMATS], const struct export_options *o)
{
	struct cable *c[NTEXTS];
	struct review *r[NTEXTS];
	for (size_t i = 0; i < NTEXTS; i++) {
		c[i] = parse(texts[i]);
		r[i] = texts[i] == cable_a ? review_of(c[i]) : NULL;
	}
	struct export_list l;
	export_build(&l, (const struct cable *const *)c,
	             (const struct review *const *)r, NTEXTS, o);
	for (int f = 0; f < EXPORT_NFORMATS; f++) {
		buf_init(&out[f]);
		export_write((enum export_format)f, &l, &out[f]);
		assert_false(out[f].failed);
	}
	export_list_free(&l);
	for (size_t i = 0; i < NTEXTS; i++) {
		if (r[i])
			review_gone(r[i]);
		cable_gone(c[i]);
	}
}

/* The same, each cable and review overwritten and freed once added. */
static void streamed(struct buf out[EXPORT_NFORMATS], const struct export_options *o)
{
	struct export_list l;
	export_begin(&l, o);
	for (size_t i = 0; i < NTEXTS; i++) {
		struct cable *c = parse(texts[i]);
		struct review *r = texts[i] == cable_a ? review_of(c) : NULL;
		export_add_cable(&l, c, r);
		if (r)
			review_gone(r);
		cable_gone(c);
	}
	export_end(&l);
	for (int f = 0; f < EXPORT_NFORMATS; f++) {
		buf_init(&out[f]);
		export_write((enum export_format)f, &l, &out[f]);
		assert_false(out[f].failed);
	}
	export_list_free(&l);
}

static void same_both_ways(const struct export_options *o)
{
	struct buf a[EXPORT_NFORMATS], b[EXPORT_NFORMATS];
	whole(a, o);
	streamed(b, o);
	for (int f = 0; f < EXPORT_NFORMATS; f++) {
		assert_string_equal(buf_str(&a[f]), buf_str(&b[f]));
		buf_free(&a[f]);
		buf_free(&b[f]);
	}
}

static void test_stream_is_build(void **state)
{
	(void)state;
	struct export_options o = { .now = NOW };
	same_both_ways(&o);
	o.post = "AMEMBASSY SUVA";
	same_both_ways(&o);
	o.post = NULL;
	o.open_only = true;
	same_both_ways(&o);
}

/* What the streamed list holds after its cables are gone: their headers,
 * the items of the cable given twice once, the review's status and note,
 * the banner of every cable. */
static void test_stream_keeps_copies(void **state)
{
	(void)state;
	struct export_options o = { .now = NOW };
	struct buf out[EXPORT_NFORMATS];
	streamed(out, &o);
	const char *md = buf_str(&out[EXPORT_MD]);
	assert_non_null(strstr(md, "**CONFIDENTIAL//NOFORN//SIPDIS//SENSITIVE**\n"));
	assert_non_null(strstr(md, "09STATE22041 (041530Z MAR 09): ACTION REQUEST: "
	                           "REEF SURVEY VESSEL PORT CALLS\n"));
	assert_non_null(strstr(md, "HARBOUR MASTER ASKS FOR CHARTS"));
	assert_non_null(strstr(md, "Cleared by the Foreign Ministry"));
	assert_null(strstr(md, "ZZZ"));
	assert_null(strstr(md, "QQQ"));
	/* ¶3 for Suva once, though cable a came twice */
	const char *p = strstr(md, "09STATE22041 ¶3");
	assert_non_null(p);
	const char *suva = strstr(md, "## AMEMBASSY SUVA");
	assert_non_null(suva);
	const char *next = strstr(suva + 1, "## ");
	size_t n = 0;
	for (const char *q = suva; (q = strstr(q, "09STATE22041 ¶3")) && (!next || q < next); q++)
		n++;
	assert_int_equal(n, 1);
	/* the DTG and precedence, read after the cable is gone */
	const char *ics = buf_str(&out[EXPORT_ICS]);
	assert_non_null(strstr(ics, "PRIORITY:5\r\n"));
	assert_non_null(strstr(buf_str(&out[EXPORT_TODO]), "2009-03-04 ¶3"));
	for (int f = 0; f < EXPORT_NFORMATS; f++)
		buf_free(&out[f]);
}

static void test_stream_none(void **state)
{
	(void)state;
	struct export_options o = { .now = NOW };
	struct export_list l;
	export_begin(&l, &o);
	export_end(&l);
	assert_int_equal(l.ncables, 0);
	assert_int_equal(l.n, 0);
	assert_string_equal(l.banner, "UNMARKED");
	struct buf b;
	buf_init(&b);
	export_md(&l, &b);
	assert_non_null(strstr(buf_str(&b), "No taskings."));
	buf_free(&b);
	export_list_free(&l);
	/* freed half built: nothing leaks (ASan, valgrind) */
	export_begin(&l, &o);
	struct cable *c = parse(cable_a);
	export_add_cable(&l, c, NULL);
	cable_free(c);
	export_list_free(&l);
}

/* The json writer dumps an item at a time; its bytes are jansson's dump
 * of the whole array (read back and dumped again: the same text). */
static void test_json_is_one_dump(void **state)
{
	(void)state;
	struct export_options o = { .now = NOW };
	struct buf out[EXPORT_NFORMATS];
	streamed(out, &o);
	const char *js = buf_str(&out[EXPORT_JSON]);
	json_error_t e;
	json_t *v = json_loads(js, 0, &e);
	assert_non_null(v);
	assert_true(json_array_size(v) >= 3);
	char *again = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	assert_non_null(again);
	size_t n = strlen(again);
	assert_int_equal(strlen(js), n + 1);
	assert_memory_equal(js, again, n);
	assert_int_equal(js[n], '\n');
	free(again);
	json_decref(v);
	for (int f = 0; f < EXPORT_NFORMATS; f++)
		buf_free(&out[f]);
	/* no item: "[]" */
	struct export_list l;
	export_begin(&l, &o);
	export_end(&l);
	struct buf b;
	buf_init(&b);
	export_json(&l, &b);
	assert_string_equal(buf_str(&b), "[]\n");
	buf_free(&b);
	export_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stream_is_build),
		cmocka_unit_test(test_stream_keeps_copies),
		cmocka_unit_test(test_stream_none),
		cmocka_unit_test(test_json_is_one_dump),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

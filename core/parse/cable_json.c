/* cable_json.c - struct cable -> jansson value tree.  Field order is the
 * contract in DESIGN.md; absent values are null or [].
 *
 * Speed: keys are our ASCII literals, so they skip jansson's UTF-8 check
 * (json_object_set_new_nocheck); a value that is all ASCII (nearly every
 * one) is checked here a word at a time and handed over with its length;
 * anything else goes through json_string, which validates it exactly as
 * before (an invalid string is still left out). */
#include "parse/cable_json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Sets key (one of our ASCII literals) to v, taking v's reference. */
static void cj_set(json_t *o, const char *key, json_t *v)
{
	json_object_set_new_nocheck(o, key, v);
}

/* True when s[0..len) is all ASCII (then valid UTF-8 for jansson). */
static bool cj_ascii(const char *s, size_t len)
{
	const uint64_t highs = 0x8080808080808080u;
	uint64_t acc = 0;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < len; i++)
		acc |= (unsigned char)s[i];
	return (acc & highs) == 0;
}

static json_t *cj_string(const char *s)
{
	size_t len = strlen(s);
	return cj_ascii(s, len) ? json_stringn_nocheck(s, len) : json_string(s);
}

static json_t *str_or_null(const char *s)
{
	return s ? cj_string(s) : json_null();
}

static json_t *str_array(const char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, cj_string(v[i]));
	return a;
}

static json_t *addressees(const struct addressee *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		cj_set(o, "route", str_or_null(v[i].route));
		cj_set(o, "name", str_or_null(v[i].name));
		cj_set(o, "precedence", str_or_null(v[i].precedence));
		cj_set(o, "serial", str_or_null(v[i].serial));
		if (v[i].excluded)
			cj_set(o, "excluded", json_true());
		json_array_append_new(a, o);
	}
	return a;
}

static const char *node_kind_name(enum node_kind k)
{
	switch (k) {
	case NODE_BULLET: return "bullet";
	case NODE_ITEM: return "item";
	case NODE_QUOTE: return "quote";
	case NODE_COMMENT: return "comment";
	case NODE_NOTE: return "note";
	case NODE_TEXT: return "text";
	}
	return "text";
}

static json_t *nodes(const struct node *v, size_t n, int depth)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		cj_set(o, "kind", json_string_nocheck(node_kind_name(v[i].kind)));
		cj_set(o, "label", str_or_null(v[i].label));
		cj_set(o, "text", str_or_null(v[i].text));
		/* The body parser bounds nesting; this guards the recursion too. */
		cj_set(o, "children", depth < 64
		                    ? nodes(v[i].children, v[i].nchildren, depth + 1)
		                    : json_array());
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *paragraphs(const struct cable *c)
{
	json_t *a = json_array();
	for (size_t i = 0; i < c->nparas; i++) {
		const struct paragraph *p = &c->paras[i];
		json_t *o = json_object();
		cj_set(o, "number", json_integer(p->number));
		cj_set(o, "classification", str_or_null(p->classification));
		cj_set(o, "heading", str_or_null(p->heading));
		cj_set(o, "text", str_or_null(p->text));
		cj_set(o, "children", nodes(p->children, p->nchildren, 0));
		cj_set(o, "tasked", str_array(p->tasked, p->ntasked));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *taskings(const struct cable *c)
{
	json_t *a = json_array();
	for (size_t i = 0; i < c->ntaskings; i++) {
		const struct tasking *t = &c->taskings[i];
		json_t *o = json_object();
		cj_set(o, "paragraph", json_integer(t->paragraph));
		cj_set(o, "parties", str_array(t->parties, t->nparties));
		cj_set(o, "deadline", str_or_null(t->deadline));
		cj_set(o, "deadline_text", str_or_null(t->deadline_text));
		cj_set(o, "quote", str_or_null(t->quote));
		cj_set(o, "summary", str_or_null(t->summary));
		if (t->nasks)
			cj_set(o, "asks", str_array(t->asks, t->nasks));
		json_array_append_new(a, o);
	}
	return a;
}

json_t *cable_to_json(const struct cable *c)
{
	json_t *o = json_object();
	char dtg[32];
	dtg_iso(&c->dtg, dtg, sizeof dtg);
	cj_set(o, "id", str_or_null(c->id));
	if (!c->id && c->serial)      /* "MADRID 2164": no year in the text */
		cj_set(o, "serial", json_string_nocheck(c->serial));
	cj_set(o, "dtg", c->dtg.valid ? json_string_nocheck(dtg) : json_null());
	cj_set(o, "precedence", str_or_null(c->precedence));
	cj_set(o, "from", str_or_null(c->from));
	cj_set(o, "to", addressees(c->to, c->nto));
	cj_set(o, "info", addressees(c->info, c->ninfo));
	cj_set(o, "classification", str_or_null(c->classification));
	cj_set(o, "caveats", str_array(c->caveats, c->ncaveats));
	cj_set(o, "tags", str_array(c->tags, c->ntags));
	cj_set(o, "subject", str_or_null(c->subject));
	json_t *refs = json_array();
	for (size_t i = 0; i < c->nrefs; i++) {
		json_t *r = json_object();
		cj_set(r, "letter", str_or_null(c->refs[i].letter));
		cj_set(r, "text", str_or_null(c->refs[i].text));
		cj_set(r, "id", str_or_null(c->refs[i].id));
		json_array_append_new(refs, r);
	}
	cj_set(o, "references", refs);
	cj_set(o, "signature", str_or_null(c->signature));
	cj_set(o, "paragraphs", paragraphs(c));
	cj_set(o, "taskings", taskings(c));
	return o;
}

/* ---- text ---------------------------------------------------------------- */

/* jansson's dump callback: appends, dropping the first t->skip bytes. */
static int cj_put(const char *s, size_t n, void *data)
{
	struct json_text *t = data;
	if (t->skip) {
		size_t k = n < t->skip ? n : t->skip;
		t->skip -= k;
		s += k;
		n -= k;
	}
	if (n == 0)
		return 0;
	buf_add(&t->text, s, n);
	return t->text.failed ? -1 : 0;
}

int cable_json_dump(json_t *v, bool element, struct json_text *out)
{
	size_t start = out->text.len;
	out->skip = 0;
	if (!element)
		return json_dump_callback(v, cj_put, out, JSON_INDENT(2));
	/* Dumped as the one element of an array, jansson writes "[\n  " X
	 * "\n]" with X indented as a member of the top-level array: keep X. */
	json_t *wrap = json_array();
	if (!wrap || json_array_append(wrap, v) != 0) {
		json_decref(wrap);
		return -1;
	}
	out->skip = 4;
	int rc = json_dump_callback(wrap, cj_put, out, JSON_INDENT(2));
	json_decref(wrap);
	const char *p = out->text.data;
	size_t n = out->text.len;
	if (rc == 0 && n - start >= 2 && p[n - 2] == '\n' && p[n - 1] == ']')
		buf_truncate(&out->text, n - 2);
	else
		rc = -1;
	out->skip = 0;
	return rc;
}

int cable_json_append(const struct cable *c, bool element, struct json_text *out)
{
	json_t *v = cable_to_json(c);
	if (!v)
		return -1;
	int rc = cable_json_dump(v, element, out);
	json_decref(v);
	return rc;
}

void json_text_free(struct json_text *t)
{
	buf_free(&t->text);
	t->skip = 0;
}

/* cable_json.c - struct cable -> jansson value tree.  Field order is the
 * contract in DESIGN.md; absent values are null or []. */
#include "cable_json.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *str_array(const char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

static json_t *addressees(const struct addressee *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "route", str_or_null(v[i].route));
		json_object_set_new(o, "name", str_or_null(v[i].name));
		json_object_set_new(o, "precedence", str_or_null(v[i].precedence));
		json_object_set_new(o, "serial", str_or_null(v[i].serial));
		if (v[i].excluded)
			json_object_set_new(o, "excluded", json_true());
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
		json_object_set_new(o, "kind", json_string(node_kind_name(v[i].kind)));
		json_object_set_new(o, "label", str_or_null(v[i].label));
		json_object_set_new(o, "text", str_or_null(v[i].text));
		/* The body parser bounds nesting; this guards the recursion too. */
		json_object_set_new(o, "children", depth < 64
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
		json_object_set_new(o, "number", json_integer(p->number));
		json_object_set_new(o, "classification", str_or_null(p->classification));
		json_object_set_new(o, "heading", str_or_null(p->heading));
		json_object_set_new(o, "text", str_or_null(p->text));
		json_object_set_new(o, "children", nodes(p->children, p->nchildren, 0));
		json_object_set_new(o, "tasked", str_array(p->tasked, p->ntasked));
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
		json_object_set_new(o, "paragraph", json_integer(t->paragraph));
		json_object_set_new(o, "parties", str_array(t->parties, t->nparties));
		json_object_set_new(o, "deadline", str_or_null(t->deadline));
		json_object_set_new(o, "deadline_text", str_or_null(t->deadline_text));
		json_object_set_new(o, "quote", str_or_null(t->quote));
		json_object_set_new(o, "summary", str_or_null(t->summary));
		json_array_append_new(a, o);
	}
	return a;
}

json_t *cable_to_json(const struct cable *c)
{
	json_t *o = json_object();
	char dtg[32];
	dtg_iso(&c->dtg, dtg, sizeof dtg);
	json_object_set_new(o, "id", str_or_null(c->id));
	json_object_set_new(o, "dtg", c->dtg.valid ? json_string(dtg) : json_null());
	json_object_set_new(o, "precedence", str_or_null(c->precedence));
	json_object_set_new(o, "from", str_or_null(c->from));
	json_object_set_new(o, "to", addressees(c->to, c->nto));
	json_object_set_new(o, "info", addressees(c->info, c->ninfo));
	json_object_set_new(o, "classification", str_or_null(c->classification));
	json_object_set_new(o, "caveats", str_array(c->caveats, c->ncaveats));
	json_object_set_new(o, "tags", str_array(c->tags, c->ntags));
	json_object_set_new(o, "subject", str_or_null(c->subject));
	json_t *refs = json_array();
	for (size_t i = 0; i < c->nrefs; i++) {
		json_t *r = json_object();
		json_object_set_new(r, "letter", str_or_null(c->refs[i].letter));
		json_object_set_new(r, "text", str_or_null(c->refs[i].text));
		json_object_set_new(r, "id", str_or_null(c->refs[i].id));
		json_array_append_new(refs, r);
	}
	json_object_set_new(o, "references", refs);
	json_object_set_new(o, "signature", str_or_null(c->signature));
	json_object_set_new(o, "paragraphs", paragraphs(c));
	json_object_set_new(o, "taskings", taskings(c));
	return o;
}

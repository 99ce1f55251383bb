/* tasking_cable.h - what the tasking tests share: a cable built by hand
 * (sender, TO lines, date, paragraphs and their items) and the tasking of
 * a paragraph with its parties.  Included by the test_tasking*.c files,
 * after cmocka.h, parse/cable.h and tasking/tasking.h. */
#ifndef CABLETRACK_TEST_TASKING_CABLE_H
#define CABLETRACK_TEST_TASKING_CABLE_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static inline struct cable *new_cable(const char *from, struct addressee *to,
                                      size_t nto, int y, int m, int d)
{
	struct cable *c = calloc(1, sizeof *c);
	assert_non_null(c);
	arena_init(&c->arena);
	c->from = from;
	c->to = to;
	c->nto = nto;
	c->dtg.valid = true;
	c->dtg.year = y;
	c->dtg.month = m;
	c->dtg.day = d;
	return c;
}

static inline struct paragraph *add_para(struct cable *c, size_t cap,
                                         int number, const char *text)
{
	if (!c->paras)
		c->paras = arena_alloc(&c->arena, cap * sizeof *c->paras);
	struct paragraph *p = &c->paras[c->nparas++];
	p->number = number;
	p->text = text;
	return p;
}

static inline void add_child(struct cable *c, struct paragraph *p, size_t cap,
                             enum node_kind kind, const char *text)
{
	if (!p->children)
		p->children = arena_alloc(&c->arena, cap * sizeof *p->children);
	struct node *n = &p->children[p->nchildren++];
	n->kind = kind;
	n->text = text;
}

static inline const struct tasking *find(const struct cable *c, int para)
{
	for (size_t i = 0; i < c->ntaskings; i++)
		if (c->taskings[i].paragraph == para)
			return &c->taskings[i];
	return NULL;
}

/* The tasking of paragraph para, which must be there. */
static inline const struct tasking *got(const struct cable *c, int para)
{
	const struct tasking *t = find(c, para);
	if (!t)
		print_error("no tasking in paragraph %d\n", para);
	assert_non_null(t);
	return t;
}

static inline bool has_party(const struct tasking *t, const char *name)
{
	for (size_t i = 0; i < t->nparties; i++)
		if (strcmp(t->parties[i], name) == 0)
			return true;
	return false;
}

#endif

/* review_merge3.c - the three-way merge of a review file (see
 * review_merge3.h for the rules).
 *
 * In: the bytes of the common ancestor and of the two copies.  Out: the
 * merged file's bytes, as review_save writes them, and the count of
 * choices left to a person; or -1 when one of the three does not load as
 * a review file.  The three are parsed by the loader itself
 * (review_parse), so the merge takes exactly what the program takes.
 */
#include "review/review_merge3.h"
#include "review/review.h"
#include "review/review_internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "base/yamlsafe.h"

/* The cable id a review file names, or NULL (err says why). */
static char *m3_cable_id(const char *label, const char *buf, size_t len,
                         struct ct_error *err)
{
	struct ys_doc *doc = ys_load(buf, len, label, err);
	if (!doc)
		return NULL;
	const struct ys_node *root = doc->root;
	const struct ys_node *id = root && root->kind == YS_MAP ? ys_map_get(root, "cable") : NULL;
	char *out = NULL;
	if (id && id->kind == YS_SCALAR && !ys_is_null(id))
		out = xstrdup(id->str);
	else
		ct_error_set(err, "%s: no 'cable: ID' line", label);
	ys_doc_free(doc);
	return out;
}

static bool m3_blank(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (buf[i] != ' ' && buf[i] != '\n' && buf[i] != '\t' && buf[i] != '\r')
			return false;
	return true;
}

/* One side as a review; *id is the cable id (set by the first side that
 * names one, checked against the others).  base may be empty. */
static struct review *m3_load(const char *name, const char *side, const char *buf,
                              size_t len, char **id, struct ct_error *err)
{
	char *label = xprintf("%s (%s)", name, side);
	struct review *r = NULL;
	if (strcmp(side, "base") == 0 && m3_blank(buf, len)) {
		r = review_new(label, *id ? *id : "");
		free(label);
		return r;
	}
	char *mine = m3_cable_id(label, buf, len, err);
	if (mine && *id && strcmp(mine, *id) != 0)
		ct_error_set(err, "%s: a review of cable %.60s, not %.60s", label, mine, *id);
	else if (mine) {
		if (!*id)
			*id = xstrdup(mine);
		r = review_new(label, mine);
		if (review_parse(r, buf, len, err) < 0) {
			review_free(r);
			r = NULL;
		}
	}
	free(mine);
	free(label);
	return r;
}

static bool m3_eq(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0) ||
	       (!a && b && !*b) || (a && !b && !*a);
}

/* Which side a field takes: 0 ours (or both the same), 1 theirs, 2 both
 * changed it. */
static int m3_pick(bool o_is_b, bool t_is_b, bool o_is_t)
{
	if (o_is_t || t_is_b)
		return 0;
	return o_is_b ? 1 : 2;
}

struct m3_item {
	struct review_item *out;
	const struct review_item *b, *o, *t;   /* b may be a zeroed item */
	char *conflict;            /* the choices this merge leaves, or NULL */
	size_t *conflicts;
};

static void m3_conflict(struct m3_item *m, const char *what, const char *o,
                        const char *t)
{
	char *s = xprintf("%s%s%s: ours %s, theirs %s; ours kept",
	                  m->conflict ? m->conflict : "", m->conflict ? "; " : "", what,
	                  o && *o ? o : "none", t && *t ? t : "none");
	free(m->conflict);
	m->conflict = s;
	(*m->conflicts)++;
}

static char *m3_dup(const char *s)
{
	return s && *s ? xstrdup(s) : NULL;
}

/* A text field where both changing it is a conflict (due, summary). */
static char *m3_text(struct m3_item *m, const char *what, const char *b,
                     const char *o, const char *t)
{
	int p = m3_pick(m3_eq(o, b), m3_eq(t, b), m3_eq(o, t));
	if (p == 2)
		m3_conflict(m, what, o, t);
	return m3_dup(p == 1 ? t : o);
}

static void m3_status(struct m3_item *m)
{
	const struct review_item *b = m->b, *o = m->o, *t = m->t;
	const struct review_item *from = o;
	int p = m3_pick(o->status == b->status && m3_eq(o->status_at, b->status_at),
	                t->status == b->status && m3_eq(t->status_at, b->status_at),
	                o->status == t->status && m3_eq(o->status_at, t->status_at));
	if (p == 1) {
		from = t;
	} else if (p == 2 && o->status != t->status) {
		int later = !o->status_at && !t->status_at ? 0
		          : !o->status_at ? 1 : !t->status_at ? -1
		          : strcmp(t->status_at, o->status_at);
		if (later > 0)
			from = t;
		else if (later == 0)
			m3_conflict(m, "status", review_status_name(o->status),
			            review_status_name(t->status));
	} else if (p == 2 && t->status_at && (!o->status_at ||
	                                       strcmp(t->status_at, o->status_at) > 0)) {
		from = t;      /* the same status, set again later there */
	}
	m->out->status = from->status;
	m->out->status_at = m3_dup(from->status_at);
}

#define M3_NOTE_MARK "\n-- merged: the other copy's note follows --\n"

static void m3_note(struct m3_item *m)
{
	const char *b = m->b->note, *o = m->o->note, *t = m->t->note;
	int p = m3_pick(m3_eq(o, b), m3_eq(t, b), m3_eq(o, t));
	if (p == 2 && o && *o && t && *t)
		m->out->note = xprintf("%s" M3_NOTE_MARK "%s", o, t);
	else if (p == 2)
		m->out->note = m3_dup(o && *o ? o : t);
	else
		m->out->note = m3_dup(p == 1 ? t : o);
}

static void m3_dismissal(struct m3_item *m)
{
	const struct review_item *b = m->b, *o = m->o, *t = m->t;
	int p = m3_pick(o->dismissed == b->dismissed && m3_eq(o->reason, b->reason),
	                t->dismissed == b->dismissed && m3_eq(t->reason, b->reason),
	                o->dismissed == t->dismissed && m3_eq(o->reason, t->reason));
	const struct review_item *from = p == 1 ? t : o;
	if (p == 2) {
		const char *on = review_dismissal_name(o->dismissed);
		const char *tn = review_dismissal_name(t->dismissed);
		m3_conflict(m, "dismissed", on ? on : "kept", tn ? tn : "kept");
	}
	m->out->dismissed = from->dismissed;
	m->out->reason = m3_dup(from->reason);
}

/* Both sides hold the item (b: the base's, or a zeroed one). */
static void m3_both(struct m3_item *m)
{
	struct review_item *out = m->out;
	m3_status(m);
	m3_note(m);
	out->due = m3_text(m, "due", m->b->due, m->o->due, m->t->due);
	out->summary = m3_text(m, "summary", m->b->summary, m->o->summary, m->t->summary);
	m3_dismissal(m);
	out->manual = m->o->manual || m->t->manual;
	out->src = m->o->src ? m->o->src : m->t->src;
	/* a conflict a person left in either copy stays until they clear it */
	int p = m3_pick(m3_eq(m->o->conflict, m->b->conflict),
	                m3_eq(m->t->conflict, m->b->conflict),
	                m3_eq(m->o->conflict, m->t->conflict));
	const char *old = p == 1 ? m->t->conflict : m->o->conflict;
	if (p == 2 && m->t->conflict && *m->t->conflict)
		old = m->o->conflict && *m->o->conflict ? NULL : m->t->conflict;
	if (p == 2 && !old)
		out->conflict = xprintf("%s; %s", m->o->conflict, m->t->conflict);
	else
		out->conflict = m3_dup(old);
}

static void m3_copy(struct review_item *out, const struct review_item *in)
{
	out->status = in->status;
	out->status_at = m3_dup(in->status_at);
	out->note = m3_dup(in->note);
	out->due = m3_dup(in->due);
	out->summary = m3_dup(in->summary);
	out->dismissed = in->dismissed;
	out->reason = m3_dup(in->reason);
	out->conflict = m3_dup(in->conflict);
	out->manual = in->manual;
	out->src = in->src;
}

static bool m3_same_item(const struct review_item *a, const struct review_item *b)
{
	return a->status == b->status && m3_eq(a->status_at, b->status_at) &&
	       m3_eq(a->note, b->note) && m3_eq(a->due, b->due) &&
	       m3_eq(a->summary, b->summary) && a->dismissed == b->dismissed &&
	       m3_eq(a->reason, b->reason) && a->manual == b->manual;
}

/* One key: b, o, t each the item or NULL. */
static void m3_key(struct review *out, const struct review_item *b,
                   const struct review_item *o, const struct review_item *t,
                   size_t *conflicts)
{
	const struct review_item *one = o ? o : t;
	if (!o && !t)
		return;                              /* deleted on both sides */
	if (!o || !t) {
		if (b && m3_same_item(one, b))
			return;                          /* deleted on the other side */
		struct review_item *it = review_push(out);
		it->paragraph = one->paragraph;
		it->party = xstrdup(one->party);
		m3_copy(it, one);
		if (b) {                             /* changed here, deleted there */
			char *c = xprintf("%s%sdeleted in %s, changed in %s; the changed "
			                  "item kept", it->conflict ? it->conflict : "",
			                  it->conflict ? "; " : "", o ? "theirs" : "ours",
			                  o ? "ours" : "theirs");
			free(it->conflict);
			it->conflict = c;
			(*conflicts)++;
		}
		return;
	}
	struct review_item zero = { .paragraph = one->paragraph, .party = one->party };
	struct m3_item m = { review_push(out), b ? b : &zero, o, t, NULL, conflicts };
	m.out->paragraph = o->paragraph;
	m.out->party = xstrdup(o->party);
	m3_both(&m);
	if (m.conflict) {
		char *c = m.out->conflict ? xprintf("%s; %s", m.out->conflict, m.conflict)
		                          : xstrdup(m.conflict);
		free(m.out->conflict);
		m.out->conflict = c;
		free(m.conflict);
	}
}

/* The first of a, b, c by (paragraph, party) (NULLs are past the end). */
static const struct review_item *m3_min(const struct review_item *a,
                                        const struct review_item *b,
                                        const struct review_item *c)
{
	const struct review_item *m = a;
	if (b && (!m || review_item_cmp(b, m) < 0))
		m = b;
	if (c && (!m || review_item_cmp(c, m) < 0))
		m = c;
	return m;
}

/* The sorted items of b, o, t walked together, one key at a time. */
static void m3_items(struct review *out, const struct review *b, const struct review *o,
                     const struct review *t, size_t *conflicts)
{
	const struct review_item **vb = review_sorted(b), **vo = review_sorted(o),
	                         **vt = review_sorted(t);
	size_t ib = 0, io = 0, it = 0;
	for (;;) {
		const struct review_item *hb = ib < b->n ? vb[ib] : NULL;
		const struct review_item *ho = io < o->n ? vo[io] : NULL;
		const struct review_item *ht = it < t->n ? vt[it] : NULL;
		const struct review_item *k = m3_min(hb, ho, ht);
		if (!k)
			break;
		const struct review_item *kb = hb && !review_item_cmp(hb, k) ? hb : NULL;
		const struct review_item *ko = ho && !review_item_cmp(ho, k) ? ho : NULL;
		const struct review_item *kt = ht && !review_item_cmp(ht, k) ? ht : NULL;
		m3_key(out, kb, ko, kt, conflicts);
		ib += kb != NULL;
		io += ko != NULL;
		it += kt != NULL;
	}
	free(vb);
	free(vo);
	free(vt);
}

int review_merge3(const struct review_merge3_in *in, struct buf *out,
                  size_t *conflicts, struct ct_error *err)
{
	char *id = NULL;
	*conflicts = 0;
	struct review *o = m3_load(in->name, "ours", in->ours, in->nours, &id, err);
	struct review *t = o ? m3_load(in->name, "theirs", in->theirs, in->ntheirs, &id, err)
	                     : NULL;
	struct review *b = t ? m3_load(in->name, "base", in->base, in->nbase, &id, err)
	                     : NULL;
	int rc = -1;
	if (b) {
		struct review *m = review_new(in->name, id);
		m3_items(m, b, o, t, conflicts);
		m->doc = o->doc;                     /* the top-level keys: ours */
		struct buf bytes;
		buf_init(&bytes);
		rc = review_emit(m, &bytes, err);
		if (rc == 0)
			buf_add(out, bytes.data, bytes.len);
		buf_free(&bytes);
		m->doc = NULL;
		review_free(m);
	}
	review_free(b);
	review_free(t);
	review_free(o);
	free(id);
	return rc;
}

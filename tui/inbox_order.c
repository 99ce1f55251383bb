/* inbox_order.c - which cables the inbox shows and in what order: sorted
 * by date (newest first, the default), precedence (FLASH first), nearest
 * open deadline (soonest first, none last) or id, each reversed by asking
 * for it again; limited to the cables that task my post (m) and to those
 * that match the limit's words (f); / finds the next row that matches.
 *
 * A word matches a cable when it is in the id, the subject or the text of
 * the file (so the FM and TAGS lines too), ASCII case folded; "id:",
 * "subject:", "from:", "tag:" and "text:" before a word look there only
 * (from: and tag: ask the parsed cable, parsed for the look only when it
 * is not open).  Every word must match.  Files that are not cables are
 * listed last, and only when no word is asked for or one is in the path.
 *
 * New and read: a cable is new (N) until it is opened; the ids of those
 * read are kept in the reviews folder (inbox-read.txt, one a line,
 * replaced atomically) so that they stay read next time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/atomic.h"
#include "base/readfile.h"
#include "base/xalloc.h"
#include "inbox_view.h"

/* ---- matching ---------------------------------------------------------------- */

static bool inbox_has(const char *hay, const char *w)
{
	return hay && ascii_find_ci(hay, strlen(hay), w, strlen(w)) != NULL;
}

static bool inbox_text_has(const struct doc *d, const char *w)
{
	struct readfile rf;
	if (readfile(d->path, READFILE_REGULAR, 0, &rf) != READFILE_OK)
		return false;
	bool hit = ascii_find_ci(rf.data, rf.len, w, strlen(w)) != NULL;
	free(rf.data);
	return hit;
}

/* from: and tag: on the cable (parsed for the look when it is not). */
static bool inbox_header_has(const struct doc *d, bool tags, const char *w)
{
	struct ct_error err = { "" };
	struct cable *tmp = d->cable ? NULL : cable_parse_file(d->path, &err);
	const struct cable *c = d->cable ? d->cable : tmp;
	bool hit = false;
	if (c && !tags)
		hit = inbox_has(c->from, w);
	for (size_t i = 0; c && tags && i < c->ntags && !hit; i++)
		hit = inbox_has(c->tags[i], w);
	if (tmp)
		cable_free(tmp);
	return hit;
}

static bool inbox_word(const struct doc *d, const struct inbox_line *l, const char *w)
{
	static const char *const fields[] = { "id:", "subject:", "from:", "tag:",
	                                      "tags:", "text:", NULL };
	for (size_t f = 0; fields[f]; f++) {
		size_t n = strlen(fields[f]);
		if (strncmp(w, fields[f], n) != 0 || !w[n])
			continue;
		const char *v = w + n;
		switch (f) {
		case 0: return inbox_has(l->id, v);
		case 1: return inbox_has(l->subject, v);
		case 2: return inbox_header_has(d, false, v);
		case 3: case 4: return inbox_header_has(d, true, v);
		default: return inbox_text_has(d, v);
		}
	}
	return inbox_has(l->id, w) || inbox_has(l->subject, w) || inbox_text_has(d, w);
}

bool inbox_matches(struct app *a, size_t i, const char *words)
{
	struct doc *d = &a->docs[i];
	char buf[256];
	snprintf(buf, sizeof buf, "%s", words);
	bool cable = d->lazy || d->cable;
	struct inbox_line l;
	if (cable)
		inbox_line_of(a, i, &l);
	char *save = NULL;
	for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		if (!(cable ? inbox_word(d, &l, w) : inbox_has(d->path, w)))
			return false;
	}
	return true;
}

/* ---- order ------------------------------------------------------------------- */

struct inbox_key {
	size_t doc;
	bool cable;
	char date[16];
	int prec;
	long nearest;
	const char *id;
};

static int inbox_prec_rank(const char *p)
{
	static const char *const order[] = { "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE" };
	for (int i = 0; p && i < 4; i++)
		if (strstr(p, order[i]))
			return i;
	return 4;
}

static int inbox_sort_by;
static bool inbox_sort_rev;

static int inbox_key_cmp(const void *pa, const void *pb)
{
	const struct inbox_key *x = pa, *y = pb;
	if (x->cable != y->cable)
		return x->cable ? -1 : 1;       /* files that are no cable: last */
	int c = 0;
	switch (inbox_sort_by) {
	case INBOX_SORT_DATE:
		c = -strcmp(x->date, y->date);  /* newest first */
		break;
	case INBOX_SORT_PRECEDENCE:
		c = x->prec - y->prec;
		break;
	case INBOX_SORT_DEADLINE:
		c = x->nearest < y->nearest ? -1 : x->nearest > y->nearest;
		break;
	default:
		c = strcmp(x->id ? x->id : "", y->id ? y->id : "");
		break;
	}
	if (c == 0 && inbox_sort_by != INBOX_SORT_DATE)
		c = -strcmp(x->date, y->date);
	if (c == 0)
		c = strcmp(x->id ? x->id : "", y->id ? y->id : "");
	if (inbox_sort_rev)
		c = -c;
	if (c == 0)
		c = x->doc < y->doc ? -1 : x->doc > y->doc;
	return c;
}

void inbox_rows_rebuild(struct app *a)
{
	size_t keep = a->inbox_list.sel < a->ninbox_rows ? a->inbox_rows[a->inbox_list.sel] :
	              (size_t)-1;
	struct inbox_key *k = xmalloc((a->ndocs ? a->ndocs : 1) * sizeof *k);
	size_t n = 0;
	bool mine = a->inbox_mine && a->post && *a->post;
	for (size_t i = 0; i < a->ndocs; i++) {
		struct doc *d = &a->docs[i];
		struct inbox_key key = { .doc = i, .cable = d->lazy || d->cable };
		if (key.cable) {
			struct inbox_line l;
			inbox_line_of(a, i, &l);
			key.cable = d->lazy || d->cable;  /* it may have failed now */
			snprintf(key.date, sizeof key.date, "%s", l.date);
			key.prec = inbox_prec_rank(l.precedence);
			key.nearest = l.nearest;
			key.id = l.id;
			if (mine && l.open == 0)
				continue;
		} else if (mine) {
			continue;
		}
		if (a->inbox_limit[0] && !inbox_matches(a, i, a->inbox_limit))
			continue;
		k[n++] = key;
	}
	inbox_sort_by = a->inbox_sort;
	inbox_sort_rev = a->inbox_reverse;
	qsort(k, n, sizeof *k, inbox_key_cmp);
	size_t *rows = realloc(a->inbox_rows, (n ? n : 1) * sizeof *rows);
	if (!rows)
		abort();
	a->inbox_rows = rows;
	a->ninbox_rows = n;
	a->inbox_list.sel = 0;
	for (size_t i = 0; i < n; i++) {
		a->inbox_rows[i] = k[i].doc;
		if (k[i].doc == keep)
			a->inbox_list.sel = i;
	}
	free(k);
	list_clamp(&a->inbox_list, n);
	a->inbox_dirty = false;
}

const char *inbox_sort_name(int sort)
{
	static const char *const names[] = { "date", "precedence", "deadline", "id" };
	return sort >= 0 && sort < 4 ? names[sort] : "?";
}

/* ---- new and read ------------------------------------------------------------ */

static void inbox_read_path(const struct app *a, char *buf, size_t size)
{
	snprintf(buf, size, "%s/inbox-read.txt", a->state_dir);
}

static int inbox_str_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

void inbox_read_load(struct app *a)
{
	if (a->inbox_read_loaded || !a->state_dir)
		return;
	a->inbox_read_loaded = true;
	char path[4096];
	inbox_read_path(a, path, sizeof path);
	struct readfile rf;
	if (readfile(path, READFILE_REGULAR, 16u << 20, &rf) != READFILE_OK)
		return;
	size_t n = 0, cap = 1;
	for (size_t i = 0; i < rf.len; i++)
		cap += rf.data[i] == '\n';
	const char **ids = xmalloc(cap * sizeof *ids);
	for (char *p = rf.data, *nl; *p && n < cap; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = 0;
		if (*p)
			ids[n++] = p;
		if (!nl)
			break;
	}
	qsort(ids, n, sizeof *ids, inbox_str_cmp);
	for (size_t i = 0; i < a->ndocs; i++) {
		const char *id = inbox_doc_id(&a->docs[i]);
		if (id && bsearch(&id, ids, n, sizeof *ids, inbox_str_cmp))
			a->docs[i].read = true;
	}
	free(ids);
	free(rf.data);
}

/* Writes the ids of the read cables, sorted, each once. */
static void inbox_read_save(struct app *a)
{
	if (!a->state_dir)
		return;
	const char **ids = xmalloc((a->ndocs ? a->ndocs : 1) * sizeof *ids);
	size_t n = 0, cap = 1, len = 0;
	for (size_t i = 0; i < a->ndocs; i++) {
		const char *id = inbox_doc_id(&a->docs[i]);
		if (a->docs[i].read && id && review_id_ok(id)) {
			ids[n++] = id;
			cap += strlen(id) + 1;
		}
	}
	qsort(ids, n, sizeof *ids, inbox_str_cmp);
	char *buf = xmalloc(cap);
	buf[0] = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(ids[i], ids[i - 1]) != 0)
			len += (size_t)snprintf(buf + len, cap - len, "%s\n", ids[i]);
	char path[4096];
	inbox_read_path(a, path, sizeof path);
	if (atomic_replace(path, buf, len, NULL, NULL, NULL) != 0)
		app_message(a, true, "could not keep the read marks in %s", path);
	free(buf);
	free(ids);
}

void inbox_set_read(struct app *a, size_t i, bool read)
{
	inbox_read_load(a);
	if (i >= a->ndocs || a->docs[i].read == read)
		return;
	const char *id = inbox_doc_id(&a->docs[i]);
	for (size_t j = 0; j < a->ndocs; j++) {   /* the same cable twice */
		const char *o = inbox_doc_id(&a->docs[j]);
		if (j == i || (id && o && strcmp(id, o) == 0))
			a->docs[j].read = read;
	}
	inbox_read_save(a);
}

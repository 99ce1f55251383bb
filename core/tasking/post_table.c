/* post_table.c - the posts and collectives --post NAME is read against.
 * See post_table.h; the tables are data/postnames.tsv and
 * data/collectives.tsv, compiled in (base/embedded.h).
 *
 * Names are compared upper case with single spaces.  Matching a name to a
 * post is party_names()'s (party.c), so that what --post accepts is what
 * it later finds.  Everything works on stack buffers; nothing is kept.
 */
#include "tasking/post_table.h"

#include <stdio.h>
#include <string.h>

#include "base/ascii.h"
#include "base/embedded.h"
#include "base/tsv.h"
#include "tasking/party.h"

enum { KEY_MAX = 2 * POST_NAME_MAX, CLOSE_MAX = 4, ALIAS_DEPTH = 2 };

static bool table(const char *name, const char **p, const char **end)
{
	const struct embedded_file *f = embedded_find(name);
	if (!f)
		return false;
	*p = f->data;
	*end = f->data + f->len;
	return true;
}

/* s[0..len) upper case, blanks collapsed to one space and trimmed, into
 * out; 0 when empty or too long. */
static size_t key_of(const char *s, size_t len, char *out, size_t size)
{
	size_t k = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ascii_is_space(ch)) {
			if (k && out[k - 1] != ' ')
				out[k++] = ' ';
		} else {
			out[k++] = (char)(unsigned char)ascii_to_upper(ch);
		}
		if (k + 1 >= size)
			return 0;
	}
	while (k && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
	return k;
}

static bool field_is(const struct tsv_row *r, size_t i, const char *key, size_t k)
{
	return i < r->nf && r->n[i] == k && memcmp(r->f[i], key, k) == 0;
}

/* Field i of r as a string in buf (cut to size). */
static const char *field_str(const struct tsv_row *r, size_t i, char *buf, size_t size)
{
	size_t n = i < r->nf ? r->n[i] : 0;
	if (n >= size)
		n = size - 1;
	memcpy(buf, i < r->nf ? r->f[i] : "", n);
	buf[n] = '\0';
	return buf;
}

/* What the first word of an addressee name says it is. */
enum prefix { PFX_NONE, PFX_POST, PFX_CONSULATE, PFX_OTHER };

static enum prefix prefix_of(const char *key)
{
	static const char *const posts[] = {
		"AMEMBASSY", "AMEMB", "USMISSION", "USINT", "USOFFICE", "USLO", "AIT",
	};
	static const char *const others[] = { "USDEL", "USEU" };
	const char *sp = strchr(key, ' ');
	if (!sp || !sp[1])
		return PFX_NONE;        /* a prefix alone names nobody */
	size_t n = (size_t)(sp - key);
	if (n == 8 && memcmp(key, "AMCONSUL", 8) == 0)
		return PFX_CONSULATE;
	for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++)
		if (strlen(posts[i]) == n && memcmp(key, posts[i], n) == 0)
			return PFX_POST;
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		if (strlen(others[i]) == n && memcmp(key, others[i], n) == 0)
			return PFX_OTHER;
	return PFX_NONE;
}

/* Is the kind (third column of postnames.tsv) a post's, or, when
 * diplomatic, an embassy's or mission's? */
static bool kind_is_post(const struct tsv_row *r, bool diplomatic)
{
	if (r->nf < 3)
		return false;
	if ((r->n[2] == 7 && memcmp(r->f[2], "embassy", 7) == 0) ||
	    (r->n[2] == 7 && memcmp(r->f[2], "mission", 7) == 0))
		return true;
	return !diplomatic && r->n[2] == 9 && memcmp(r->f[2], "consulate", 9) == 0;
}

/* A name being read against the tables: as given, as a key, and the post
 * data/posts.tsv gives for it (NULL: none). */
struct query {
	const char *name, *post;
	char key[KEY_MAX];
	size_t k;
};

static bool query_init(struct query *q, const char *name, const char *post)
{
	q->name = name;
	q->post = post;
	q->k = key_of(name, strlen(name), q->key, sizeof q->key);
	return q->k > 0;
}

/* Could q name the addressee full (upper case, single spaces) at all?  A
 * cheap test before party_names(), which it must never refuse: party_names()
 * finds q's words as a run of full's, or full ends with q's post. */
static bool may_name(const struct query *q, const char *full)
{
	if (strstr(full, q->key))
		return true;
	if (!q->post)
		return false;
	size_t fl = strlen(full), pl = strlen(q->post);
	return fl > pl && full[fl - pl - 1] == ' ' && strcmp(full + fl - pl, q->post) == 0;
}

/* Does q name the addressee full of the tables? */
static bool q_names(const struct query *q, const char *full)
{
	return may_name(q, full) && party_names(q->name, q->post, full);
}

/* Does the addressee row r answer to q: by its place, or by name? */
static bool row_answers(const struct tsv_row *r, const struct query *q)
{
	char full[POST_NAME_MAX];
	return field_is(r, 1, q->key, q->k) || q_names(q, field_str(r, 0, full, sizeof full));
}

/* Does q name a post of postnames.tsv (an embassy, consulate or mission;
 * no consulate when diplomatic), or is it written as one? */
static bool names_a_post(const struct query *q, bool diplomatic)
{
	enum prefix pfx = prefix_of(q->key);
	if (pfx == PFX_POST || pfx == PFX_CONSULATE)
		return pfx == PFX_POST || !diplomatic;
	const char *p, *end;
	struct tsv_row r;
	if (!table("data/postnames.tsv", &p, &end))
		return false;
	while (tsv_next(&p, end, &r))
		if (kind_is_post(&r, diplomatic) && row_answers(&r, q))
			return true;
	return false;
}

/* The first line of the table at p..end whose first field is key, or
 * NULL (a cheap scan: the collectives table is read at every
 * party_matches() of an addressee that is no post). */
static const char *line_of(const char *p, const char *end, const char *key, size_t k)
{
	while (p && p < end) {
		if (*p == *key && (size_t)(end - p) > k && p[k] == '\t' &&
		    memcmp(p, key, k) == 0)
			return p;
		p = memchr(p, '\n', (size_t)(end - p));
		if (p)
			p++;
	}
	return NULL;
}

/* The first row of the collective key (k bytes) in data/collectives.tsv
 * into *p, the table's end into *end; false when key names no collective
 * or the aliases run deeper than ALIAS_DEPTH. */
static bool collective_rows(const char *key, size_t k, int depth,
                            const char **p, const char **end)
{
	return k != 0 && depth <= ALIAS_DEPTH && prefix_of(key) == PFX_NONE &&
	       table("data/collectives.tsv", p, end) &&
	       (*p = line_of(*p, *end, key, k)) != NULL;
}

static bool holds(const char *collective, const struct query *q, int depth)
{
	char key[KEY_MAX];
	size_t k = key_of(collective, strlen(collective), key, sizeof key);
	const char *p, *end;
	if (!collective_rows(key, k, depth, &p, &end))
		return false;
	struct tsv_row r;
	/* a collective's lines stand together */
	while (tsv_next(&p, end, &r) && field_is(&r, 0, key, k)) {
		char member[POST_NAME_MAX];
		field_str(&r, 1, member, sizeof member);
		bool every = *member == 'e' && strcmp(member, "every post") == 0;
		bool every_dipl = *member == 'e' &&
		                  strcmp(member, "every diplomatic post") == 0;
		if (every || every_dipl) {
			if (names_a_post(q, every_dipl))
				return true;
		} else if (q_names(q, member) || holds(member, q, depth + 1)) {
			return true;      /* a post, or a collective of posts */
		}
	}
	return false;
}

bool post_collective_by_members(const char *collective, const char *name)
{
	char key[KEY_MAX], nkey[KEY_MAX];
	size_t k = collective ? key_of(collective, strlen(collective), key, sizeof key) : 0;
	const char *p, *end;
	if (!collective_rows(key, k, 0, &p, &end))
		return false;
	return !name || key_of(name, strlen(name), nkey, sizeof nkey) != k ||
	       memcmp(key, nkey, k) != 0;
}

bool post_collective_holds(const char *collective, const char *name,
                           const char *post)
{
	struct query q;
	if (!collective || !name || !query_init(&q, name, post))
		return false;
	return holds(collective, &q, 0);
}

bool post_collective_at(size_t i, char *buf, size_t size)
{
	const char *p, *end;
	if (size == 0 || !table("data/collectives.tsv", &p, &end))
		return false;
	struct tsv_row r;
	const char *prev = NULL;
	size_t nprev = 0, n = 0;
	while (tsv_next(&p, end, &r)) {
		if (prev && r.n[0] == nprev && memcmp(r.f[0], prev, nprev) == 0)
			continue;
		prev = r.f[0];
		nprev = r.n[0];
		if (n++ == i) {
			field_str(&r, 0, buf, size);
			return true;
		}
	}
	return false;
}

/* --- a collective's posts, for a list (post_collective_members) --- */

/* Every member is a row of postnames.tsv (tests/unit/test_party.c checks
 * it): a bitmap of the rows given keeps each post once, on the stack. */
enum { MEMBER_ROWS_MAX = 2048 };

struct members {
	post_member_fn each;
	void *ctx;
	size_t n;
	bool stop;
	unsigned char given[MEMBER_ROWS_MAX / 8];
};

/* The row of postnames.tsv whose full name is key, or -1. */
static long postnames_row(const char *key, size_t k)
{
	const char *p, *end;
	struct tsv_row r;
	long i = 0;
	if (!table("data/postnames.tsv", &p, &end))
		return -1;
	for (; tsv_next(&p, end, &r); i++)
		if (field_is(&r, 0, key, k))
			return i;
	return -1;
}

static void members_give(struct members *m, long row, const char *post)
{
	if (m->stop)
		return;
	if (row >= 0 && row < MEMBER_ROWS_MAX) {
		unsigned char bit = (unsigned char)(1u << (row % 8));
		if (m->given[row / 8] & bit)
			return;
		m->given[row / 8] |= bit;
	}
	m->n++;
	if (!m->each(post, m->ctx))
		m->stop = true;
}

/* "every post" (every diplomatic post): the rows of postnames.tsv. */
static void members_every(struct members *m, bool diplomatic)
{
	const char *p, *end;
	struct tsv_row r;
	if (!table("data/postnames.tsv", &p, &end))
		return;
	for (long i = 0; !m->stop && tsv_next(&p, end, &r); i++) {
		if (kind_is_post(&r, diplomatic)) {
			char full[POST_NAME_MAX];
			members_give(m, i, field_str(&r, 0, full, sizeof full));
		}
	}
}

/* The posts of the collective key (k bytes) to m; false when key is no
 * collective of the table. */
static bool members_walk(struct members *m, const char *key, size_t k, int depth)
{
	const char *p, *end;
	if (!collective_rows(key, k, depth, &p, &end))
		return false;
	struct tsv_row r;
	while (!m->stop && tsv_next(&p, end, &r) && field_is(&r, 0, key, k)) {
		char member[POST_NAME_MAX], mkey[KEY_MAX];
		field_str(&r, 1, member, sizeof member);
		if (strcmp(member, "every post") == 0 ||
		    strcmp(member, "every diplomatic post") == 0) {
			members_every(m, member[6] == 'd');
			continue;
		}
		size_t mk = key_of(member, strlen(member), mkey, sizeof mkey);
		if (mk && !members_walk(m, mkey, mk, depth + 1))
			members_give(m, postnames_row(mkey, mk), member);
	}
	return true;
}

size_t post_collective_members(const char *collective, post_member_fn each,
                               void *ctx)
{
	char key[KEY_MAX];
	size_t k = collective ? key_of(collective, strlen(collective), key, sizeof key) : 0;
	struct members m;
	memset(&m, 0, sizeof m);
	m.each = each;
	m.ctx = ctx;
	if (!each || !members_walk(&m, key, k, 0))
		return 0;
	return m.n;
}

/* Is key the full name of a post or a collective of the tables? */
static bool is_listed(const char *key, size_t k)
{
	static const char *const files[] = {
		"data/postnames.tsv", "data/collectives.tsv",
	};
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		const char *p, *end;
		struct tsv_row r;
		if (!table(files[i], &p, &end))
			continue;
		while (tsv_next(&p, end, &r))
			if (field_is(&r, 0, key, k))
				return true;
	}
	return false;
}

/* Adds name to out->names in alphabetical order (counting what does not
 * fit in out->more). */
static void add_sorted(struct post_lookup *out, const char *name)
{
	size_t i = out->nnames;
	while (i > 0 && strcmp(out->names[i - 1], name) > 0)
		i--;
	if (i == POST_LISTED) {
		out->more++;
		return;
	}
	if (out->nnames == POST_LISTED)
		out->more++;
	else
		out->nnames++;
	memmove(out->names[i + 1], out->names[i],
	        (out->nnames - 1 - i) * sizeof out->names[0]);
	snprintf(out->names[i], sizeof out->names[i], "%s", name);
}

/* The posts name answers to, into out (AMBIGUOUS's list); returns how
 * many, and the first one's full name in first. */
static size_t candidates(const struct query *q, struct post_lookup *out,
                         char *first, size_t fsize)
{
	const char *p, *end;
	struct tsv_row r;
	size_t n = 0;
	if (!table("data/postnames.tsv", &p, &end))
		return 0;
	while (tsv_next(&p, end, &r)) {
		if (!row_answers(&r, q))
			continue;
		char full[POST_NAME_MAX];
		field_str(&r, 0, full, sizeof full);
		if (n++ == 0)
			snprintf(first, fsize, "%s", full);
		add_sorted(out, full);
	}
	return n;
}

/* The optimal string alignment distance of a and b (edits, a swap of two
 * neighbours counting one); both shorter than KEY_MAX. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t rows[3][KEY_MAX + 1];
	size_t *pp = rows[0], *prev = rows[1], *cur = rows[2];
	if (la >= KEY_MAX || lb >= KEY_MAX)
		return KEY_MAX;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t d = prev[j - 1] + cost;
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < d)
				d = pp[j - 2] + 1;
			cur[j] = d;
		}
		size_t *t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb];
}

/* How far key is from the addressee full: from the whole name, its place,
 * or a word of it after the first ("USOCSE" is one swap from USOSCE,
 * "OSCE" one edit from it).  A collective (place NULL) by its whole name
 * only. */
static size_t how_far(const char *key, const char *full, const char *place)
{
	size_t best = distance(key, full);
	if (!place)
		return best;
	if (strcmp(place, "-") != 0) {
		size_t d = distance(key, place);
		best = d < best ? d : best;
	}
	const char *w = strchr(full, ' ');
	while (w) {
		char word[POST_NAME_MAX];
		size_t n = strcspn(++w, " ");
		if (n >= 4 && n < sizeof word) {
			memcpy(word, w, n);
			word[n] = '\0';
			size_t d = distance(key, word);
			if (n > 5 && strncmp(word, "US", 2) == 0 && strcmp(key, word + 2) == 0)
				d = 1;
			best = d < best ? d : best;
		}
		w = strchr(w, ' ');
	}
	return best;
}

/* The closest names so far, closest first, and how far each is. */
struct close_list {
	char name[CLOSE_MAX][POST_NAME_MAX];
	size_t d[CLOSE_MAX];
	size_t n;
};

static void close_add(struct close_list *c, const char *name, size_t d)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->name[i], name) == 0)
			return;
	size_t i = c->n;
	while (i > 0 && (c->d[i - 1] > d ||
	                 (c->d[i - 1] == d && strcmp(c->name[i - 1], name) > 0)))
		i--;
	if (i == CLOSE_MAX)
		return;
	size_t last = c->n < CLOSE_MAX ? c->n : CLOSE_MAX - 1;
	memmove(c->name[i + 1], c->name[i], (last - i) * sizeof c->name[0]);
	memmove(c->d + i + 1, c->d + i, (last - i) * sizeof c->d[0]);
	snprintf(c->name[i], sizeof c->name[i], "%s", name);
	c->d[i] = d;
	if (c->n < CLOSE_MAX)
		c->n++;
}

/* The names of the tables close to a misspelt key, into out->names: as
 * many edits away as its length allows (that of its place, for a full
 * name: "AMEMBASSY TOKIO" is one from AMEMBASSY TOKYO, not three from
 * AMEMBASSY OSLO). */
static void close_names(const char *key, size_t k, struct post_lookup *out)
{
	if (prefix_of(key) != PFX_NONE)
		k = strlen(strchr(key, ' ') + 1);
	size_t most = k <= 3 ? 0 : k <= 5 ? 1 : k <= 8 ? 2 : 3;
	struct close_list c;
	c.n = 0;
	static const char *const files[] = {
		"data/postnames.tsv", "data/collectives.tsv",
	};
	for (size_t i = 0; most && i < sizeof files / sizeof files[0]; i++) {
		const char *p, *end;
		struct tsv_row r;
		if (!table(files[i], &p, &end))
			continue;
		while (tsv_next(&p, end, &r)) {
			char full[POST_NAME_MAX], place[POST_NAME_MAX];
			field_str(&r, 0, full, sizeof full);
			size_t d = how_far(key, full, i == 0 ? field_str(&r, 1, place,
			                                                 sizeof place) : NULL);
			if (d <= most)
				close_add(&c, full, d);
		}
	}
	for (size_t i = 0; i < c.n; i++)
		snprintf(out->names[i], sizeof out->names[i], "%s", c.name[i]);
	out->nnames = c.n;
}

/* Is key written as a full addressee name: a post-type word and a place,
 * or a Washington agency's WASHDC at the end? */
static bool written_full(const char *key, size_t k)
{
	return prefix_of(key) != PFX_NONE ||
	       (k > 7 && strcmp(key + k - 7, " WASHDC") == 0) ||
	       (k > 14 && strcmp(key + k - 14, " WASHINGTON DC") == 0);
}

void post_lookup(const char *name, struct post_lookup *out)
{
	memset(out, 0, sizeof *out);
	out->result = POST_UNKNOWN;
	struct query q;
	char post[KEY_MAX], first[POST_NAME_MAX];
	if (!name || strlen(name) >= sizeof out->use || !query_init(&q, name, NULL))
		return;
	if (is_listed(q.key, q.k)) {
		out->result = POST_FOUND;
		snprintf(out->use, sizeof out->use, "%s", name);
		return;
	}
	if (party_post_for(name, strlen(name), post, sizeof post))
		q.post = post;
	size_t n = candidates(&q, out, first, sizeof first);
	if (n == 1) {
		/* "WASHINGTON" named SECSTATE WASHDC by its place only */
		bool by_name = party_names(name, q.post, first);
		out->result = POST_FOUND;
		snprintf(out->use, sizeof out->use, "%s", by_name ? name : first);
		out->nnames = 0;
		return;
	}
	if (n > 1) {
		out->result = POST_AMBIGUOUS;
		return;
	}
	close_names(q.key, q.k, out);
	if (written_full(q.key, q.k)) {
		out->result = POST_UNLISTED;
		snprintf(out->use, sizeof out->use, "%s", name);
	}
}

/* party.c - resolve the words of a tasking to addressee names.  See party.h.
 *
 * Names are compared as upper-case words.  An addressee name is a post-type
 * prefix (AMEMBASSY, USMISSION ...) and a place ("KYIV", "UNVIE VIENNA");
 * a short name matches the place, or one distinctive word of it ("UNVIE",
 * "USOSCE"), or the post that data/posts.tsv gives for a country.
 * Only party_addressee_in() allocates (its masks, in the cable's arena).
 */
#include "tasking/party.h"

#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "base/tsv.h"
#include "tasking/agency.h"
#include "tasking/posts_index.h"
#include "tasking/post_table.h"
#include "tasking/tasking.h"

enum { PARTY_MAX_WORDS = 12, PARTY_BUF = 160 };

/* Up to PARTY_MAX_WORDS upper-case words of a name or phrase. */
struct words {
	char buf[PARTY_BUF];
	const char *w[PARTY_MAX_WORDS];
	size_t n;
};

/* Splits s[0..len) into upper-case words at spaces (a name's words). */
static void words_of(const char *s, size_t len, struct words *out)
{
	size_t o = 0;
	out->n = 0;
	for (size_t i = 0; i < len && out->n < PARTY_MAX_WORDS;) {
		while (i < len && ascii_is_space((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		if (o + 2 >= sizeof out->buf)
			break;
		out->w[out->n++] = out->buf + o;
		while (i < len && !ascii_is_space((unsigned char)s[i]) &&
		       o + 1 < sizeof out->buf)
			out->buf[o++] = (char)(unsigned char)ascii_to_upper((unsigned char)s[i++]);
		out->buf[o++] = '\0';
	}
}

/* Post-type words that begin an addressee name. */
static bool is_prefix_word(const char *w)
{
	static const char *const prefixes[] = {
		"AMEMBASSY", "AMCONSUL", "USMISSION", "USDEL", "USOFFICE",
		"AMEMB", "USLO", "AMERICAN", "EMBASSY", "CONSULATE", "MISSION",
		"AIT", "USINT",
	};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (strcmp(w, prefixes[i]) == 0)
			return true;
	return false;
}

/* Words that name nothing alone ("NEW" of NEW DELHI, "WASHINGTON" of
 * SECDEF WASHINGTON DC). */
static bool is_generic_word(const char *w)
{
	static const char *const generic[] = {
		"NEW", "SAN", "LA", "LE", "THE", "PORT", "DE", "DES", "OF", "ST",
		"AFB", "FL", "DC", "GE", "BE", "WASHINGTON", "WASHDC", "COLLECTIVE",
		"ALL", "MD", "VA", "NY", "PASS", "TO", "AU", "EL", "AL", "ABU",
		"DAR", "ES", "CITY", "AND", "POSTS", "DIPLOMATIC", "CDR", "HQ",
	};
	if (is_prefix_word(w))
		return true;
	for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
		if (strcmp(w, generic[i]) == 0)
			return true;
	return strlen(w) < 3;
}

/* Does needle[0..nn) occur as a run of words in hay?  Returns the index of
 * the first match, or -1. */
static long words_find(const struct words *hay, const char *const *needle,
                       size_t nn)
{
	if (nn == 0 || nn > hay->n)
		return -1;
	for (size_t i = 0; i + nn <= hay->n; i++) {
		size_t k = 0;
		while (k < nn && strcmp(hay->w[i + k], needle[k]) == 0)
			k++;
		if (k == nn)
			return (long)i;
	}
	return -1;
}

/* The index of the first word after the post-type prefix. */
static size_t place_start(const struct words *name)
{
	size_t i = 0;
	while (i < name->n && is_prefix_word(name->w[i]))
		i++;
	return i;
}

/* Do the words q name the addressee whose words are name: its place exactly
 * ("ADDIS ABABA"), its whole name, or one distinctive word ("UNVIE")? */
static bool words_name(const struct words *name, const char *const *q, size_t nq)
{
	size_t p = place_start(name);
	if (nq == name->n - p) {
		size_t k = 0;
		while (k < nq && strcmp(name->w[p + k], q[k]) == 0)
			k++;
		if (k == nq)
			return true;
	}
	if (nq == name->n && words_find(name, q, nq) == 0)
		return true;
	if (nq == 1 && !is_generic_word(q[0])) {
		for (size_t i = p; i < name->n; i++)
			if (strcmp(name->w[i], q[0]) == 0)
				return true;
	}
	return false;
}

bool party_post_for(const char *place, size_t len, char *buf, size_t size)
{
	if (size == 0)
		return false;
	/* the place with its spaces collapsed, upper case */
	char key[PARTY_BUF];
	size_t k = 0;
	for (size_t i = 0; i < len && k + 1 < sizeof key; i++) {
		unsigned char ch = (unsigned char)place[i];
		if (ascii_is_space(ch)) {
			if (k && key[k - 1] != ' ')
				key[k++] = ' ';
			continue;
		}
		key[k++] = (char)(unsigned char)ascii_to_upper(ch);
	}
	while (k && key[k - 1] == ' ')
		k--;
	if (k == 0)
		return false;
	size_t pl;
	const char *post = posts_post_of(key, k, &pl);
	if (!post || pl + 1 > size)
		return false;
	memcpy(buf, post, pl);
	buf[pl] = '\0';
	return true;
}

bool party_names(const char *name, const char *post, const char *full)
{
	if (!name || !full)
		return false;
	if (strcasecmp(name, full) == 0)
		return true;
	struct words q, f;
	words_of(name, strlen(name), &q);
	words_of(full, strlen(full), &f);
	if (q.n == 0)
		return false;
	bool distinctive = false;
	for (size_t i = 0; i < q.n; i++)
		if (!is_generic_word(q.w[i]))
			distinctive = true;
	if (distinctive && words_find(&f, q.w, q.n) >= 0)
		return true;
	if (!post)
		return false;
	struct words pw;
	words_of(post, strlen(post), &pw);
	return words_find(&f, pw.w, pw.n) >= 0 && place_start(&f) + pw.n == f.n;
}

bool party_matches(const char *name, const char *full)
{
	if (!name || !full)
		return false;
	/* a collective of data/collectives.tsv is a post's when it holds it,
	 * whatever words they share */
	bool by_words = party_names(name, NULL, full);
	if (by_words && !post_collective_by_members(full, name))
		return true;
	char post[PARTY_BUF];
	bool known = party_post_for(name, strlen(name), post, sizeof post);
	if (!by_words && known && party_names(name, post, full))
		return true;
	return post_collective_holds(full, name, known ? post : NULL);
}

/* The words of text s: letters, digits and '\'' inside a word; the run
 * stops at any other character except single spaces between words, and a
 * hyphen between words of letters ("Osaka-Kobe", "Port-au-Prince": the
 * names' OSAKA KOBE, PORT AU PRINCE). */
static size_t text_words(const char *s, size_t len, struct words *out,
                         size_t *ends, size_t max)
{
	size_t i = 0, n = 0, o = 0;
	out->n = 0;
	while (n < max && n < PARTY_MAX_WORDS && i < len) {
		size_t b = i;
		while (i < len && (ascii_is_alnum((unsigned char)s[i]) ||
		                   ((s[i] == '-' || s[i] == '\'') && i > b &&
		                    i + 1 < len && ascii_is_alnum((unsigned char)s[i + 1]) &&
		                    !(s[i] == '-' && ascii_is_alpha((unsigned char)s[i - 1]) &&
		                      ascii_is_alpha((unsigned char)s[i + 1])))))
			i++;
		/* "Madrid's views": the name is "MADRID" and ends there */
		bool possessive = i - b > 2 && s[i - 2] == '\'' &&
		                  (s[i - 1] == 's' || s[i - 1] == 'S');
		if (possessive)
			i -= 2;
		if (i == b || o + (i - b) + 1 >= sizeof out->buf)
			break;
		out->w[n] = out->buf + o;
		for (size_t j = b; j < i; j++)
			out->buf[o++] = (char)(unsigned char)ascii_to_upper((unsigned char)s[j]);
		out->buf[o++] = '\0';
		ends[n++] = i;
		out->n = n;
		if (possessive)
			break;
		/* "Belize, please": a comma or any mark ends the name */
		if (i + 1 < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '-') &&
		    ascii_is_alnum((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	return n;
}

/* The bit of a word that begins with ch in a name's mask: one for each
 * letter and digit, in either case. */
static uint64_t first_bit(char ch)
{
	return (uint64_t)1 << (ascii_to_upper(ch) & 63);
}

/* The masks of list[0..n): a name's has the bits of its words' first
 * letters (every word words_of() cuts from it begins with one of them). */
static const uint64_t *name_masks(struct arena *a, const struct addressee *list, size_t n)
{
	uint64_t *m = arena_alloc(a, sizeof *m * (n ? n : 1));
	for (size_t i = 0; i < n; i++)
		for (const char *p = list[i].name; p && *p; p++)
			if (!ascii_is_space(*p) && (p == list[i].name || ascii_is_space(p[-1])))
				m[i] |= first_bit(*p);
	return m;
}

/* The addressee named by q among list[0..n), or NULL. */
static const char *find_named(const struct addressee *list, size_t n,
                              const char *const *q, size_t nq)
{
	size_t q0 = nq ? strlen(q[0]) : 0;
	for (size_t i = 0; i < n; i++) {
		if (!list[i].name)
			continue;
		/* every way of naming needs q's first word in the name: a cheap
		 * test before the name is cut into words */
		size_t len = strlen(list[i].name);
		if (q0 && !ascii_find_ci(list[i].name, len, q[0], q0))
			continue;
		struct words name;
		words_of(list[i].name, len, &name);
		if (words_name(&name, q, nq))
			return list[i].name;
	}
	return NULL;
}

/* Is the upper-case key[0..n) a place (first column, unless posts_only)
 * or a post (second column) of data/posts.tsv? */
static bool posts_has(const char *key, size_t n, bool posts_only)
{
	size_t pl;
	if (n == 0)
		return false;
	return (!posts_only && posts_post_of(key, n, &pl)) || posts_is_post(key, n);
}

size_t party_known_place(const char *s, size_t len, bool posts_only)
{
	struct words q;
	size_t ends[3];
	size_t n = text_words(s, len, &q, ends, 3);
	for (size_t k = n; k > 0; k--) {
		char joined[PARTY_BUF];
		size_t o = 0;
		for (size_t i = 0; i < k; i++) {
			size_t wl = strlen(q.w[i]);
			if (o + wl + 2 >= sizeof joined)
				return 0;
			if (i)
				joined[o++] = ' ';
			memcpy(joined + o, q.w[i], wl);
			o += wl;
		}
		if (posts_has(joined, o, posts_only))
			return ends[k - 1];
	}
	return 0;
}

/* For each k of 1..nq, the first addressee of list[0..n) that q[0..k)
 * names, into hit[k] (where it is still NULL): find_named() for every k in
 * one pass, each name tested for q's first word and cut into words once. */
static void find_named_upto(const struct addressee *list, const uint64_t *mask, size_t n,
                            const struct words *q, size_t nq, const char **hit)
{
	size_t q0 = strlen(q->w[0]);
	uint64_t bit = first_bit(q->w[0][0]);
	for (size_t i = 0; i < n; i++) {
		if (!list[i].name || (mask && !(mask[i] & bit)))
			continue;
		size_t len = strlen(list[i].name);
		if (!ascii_find_ci(list[i].name, len, q->w[0], q0))
			continue;
		struct words name;
		words_of(list[i].name, len, &name);
		for (size_t k = 1; k <= nq; k++)
			if (!hit[k] && words_name(&name, q->w, k))
				hit[k] = list[i].name;
	}
}

/* party_addressee(), reading only the names the masks m (NULL: none) let through. */
static const char *addressee_of(const struct cable *c, const struct party_masks *m,
                                const char *s, size_t len, size_t *used)
{
	struct words q;
	size_t ends[4];
	size_t n = text_words(s, len, &q, ends, 4);
	*used = 0;
	/* the TO and INFO names that the first k words name */
	const char *to[5] = { NULL }, *info[5] = { NULL };
	if (n) {
		find_named_upto(c->to, m ? m->to : NULL, c->nto, &q, n, to);
		find_named_upto(c->info, m ? m->info : NULL, c->ninfo, &q, n, info);
	}
	for (size_t k = n; k > 0; k--) {
		const char *hit = to[k] ? to[k] : info[k];
		if (!hit) {
			/* a country: "Belize" -> BELMOPAN */
			char joined[PARTY_BUF], post[PARTY_BUF];
			size_t o = 0;
			for (size_t i = 0; i < k && o + strlen(q.w[i]) + 2 < sizeof joined; i++) {
				if (i)
					joined[o++] = ' ';
				memcpy(joined + o, q.w[i], strlen(q.w[i]));
				o += strlen(q.w[i]);
			}
			if (party_post_for(joined, o, post, sizeof post)) {
				struct words pw;
				words_of(post, strlen(post), &pw);
				hit = find_named(c->to, c->nto, pw.w, pw.n);
				if (!hit)
					hit = find_named(c->info, c->ninfo, pw.w, pw.n);
			}
		}
		if (hit) {
			*used = ends[k - 1];
			return hit;
		}
	}
	return NULL;
}

const char *party_addressee(const struct cable *c, const char *s, size_t len,
                            size_t *used)
{
	return addressee_of(c, NULL, s, len, used);
}

const char *party_addressee_in(struct cable *c, struct party_masks *m,
                               const char *s, size_t len, size_t *used)
{
	if (!m->to) {       /* the first lookup of the cable */
		m->to = name_masks(&c->arena, c->to, c->nto);
		m->info = name_masks(&c->arena, c->info, c->ninfo);
	}
	return addressee_of(c, m, s, len, used);
}

/* Washington itself: these words mean SECSTATE. */
static const char *const washington_words[] = {
	"DEPARTMENT OF STATE", "STATE DEPARTMENT", "THE DEPARTMENT", "DEPARTMENT",
	"DEPT", "WASHINGTON", "SECSTATE",
};

/* Do the words q[0..) begin with phrase (upper case words, one space
 * between)?  Returns how many words, or 0.  "DEPARTMENT'S" is DEPARTMENT. */
static size_t words_begin(const struct words *q, const char *phrase)
{
	size_t k = 0;
	const char *p = phrase;
	while (*p) {
		if (k >= q->n)
			return 0;
		const char *w = q->w[k];
		size_t j = 0;
		while (p[j] && p[j] != ' ' && w[j] == p[j])
			j++;
		if (p[j] && p[j] != ' ')
			return 0;
		if (w[j] && !(j > 0 && w[j] == '\'' && w[j + 1] == 'S' && !w[j + 2]))
			return 0;
		k++;
		p += j;
		if (*p == ' ')
			p++;
	}
	return k;
}

/* Does an addressee name hold key as a word, or a word ending in it
 * ("USCENTCOM" holds CENTCOM)? */
static bool name_has_key(const char *name, const char *key)
{
	struct words n, k;
	words_of(name, strlen(name), &n);
	words_of(key, strlen(key), &k);
	if (k.n > 1)
		return words_find(&n, k.w, k.n) >= 0;
	size_t kl = strlen(key);
	for (size_t i = 0; i < n.n; i++) {
		size_t wl = strlen(n.w[i]);
		if (strcmp(n.w[i], key) == 0 ||
		    (kl >= 5 && wl > kl && strcmp(n.w[i] + wl - kl, key) == 0))
			return true;
	}
	return false;
}

/* SECSTATE as the TO/INFO lines spell it. */
static const char *washington_name(const struct cable *c)
{
	for (size_t i = 0; i < c->nto; i++)
		if (c->to[i].name && name_has_key(c->to[i].name, "SECSTATE"))
			return c->to[i].name;
	for (size_t i = 0; i < c->ninfo; i++)
		if (c->info[i].name && name_has_key(c->info[i].name, "SECSTATE"))
			return c->info[i].name;
	return PARTY_WASHINGTON;
}

const char *party_office(const struct cable *c, const char *s, size_t len, size_t head)
{
	/* the Department's bureaus and offices by their symbols' heads */
	static const char *const bureaus[] = {
		"AF", "EAP", "EUR", "NEA", "SCA", "WHA", "IO", "INL", "ISN", "PM",
		"DRL", "CA", "L", "H", "INR", "OES", "EEB", "EB", "PRM", "CT", "DS",
		"ECA", "IIP", "VCI", "AVC", "SCT", "PPT", "OIG", "RM", "HR", "S",
		"P", "E", "T", "D", "M", "G", "R", NULL,
	};
	size_t tail = head + 1;
	/* an agency's office abroad: "USAID/Bangladesh" */
	if (tail < len && party_known_place(s + tail, len - tail, false))
		return NULL;
	size_t used = 0;
	const char *name = party_agency(c, s, head, AGENCY_PLAIN, &used);
	if (name && used == head)
		return name;
	for (const char *const *p = bureaus; *p; p++)
		if (strlen(*p) == head && strncmp(s, *p, head) == 0)
			return washington_name(c);
	return NULL;
}

/* The shortest addressee of list that is agency ag, or NULL. */
static const char *agency_on(const struct addressee *list, size_t n,
                             const struct agency *ag)
{
	const char *best = NULL;
	for (size_t i = 0; i < n; i++) {
		const char *name = list[i].name;
		if (!name || list[i].excluded)
			continue;
		if (name_has_key(name, ag->key) || (ag->key2[0] && name_has_key(name, ag->key2)))
			if (!best || strlen(name) < strlen(best))
				best = name;
	}
	return best;
}

/* Could the words at s begin an agency or Washington phrase?  Their first
 * run of letters and digits must be the first word of one (a cheap test
 * that lets party_agency() skip most words). */
static bool agency_may_begin(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && ascii_is_alnum((unsigned char)s[n]))
		n++;
	if (n == 0)
		return false;
	char first = (char)(unsigned char)ascii_to_upper((unsigned char)s[0]);
	size_t na;
	const struct agency *agencies = agency_table(&na);
	/* the first word's length first (p[n] is in the array: n < AGENCY_TEXT) */
	for (size_t a = 0; n < AGENCY_TEXT && a < na; a++) {
		const char *p = agencies[a].words;
		if (p[0] == first && (p[n] == ' ' || !p[n]) && strncasecmp(s, p, n) == 0)
			return true;
	}
	for (size_t a = 0; a < sizeof washington_words / sizeof washington_words[0]; a++) {
		const char *p = washington_words[a];
		if (p[0] == first && strncasecmp(s, p, n) == 0 && (p[n] == ' ' || !p[n]))
			return true;
	}
	return false;
}

const char *party_agency(const struct cable *c, const char *s, size_t len,
                         enum agency_use how, size_t *used)
{
	struct words q;
	size_t ends[PARTY_MAX_WORDS];
	*used = 0;
	if (len == 0 || !ascii_is_upper((unsigned char)s[0]))
		return NULL;        /* every agency and Washington is capitalised */
	if (!agency_may_begin(s, len))
		return NULL;
	size_t n = text_words(s, len, &q, ends, 6);
	if (n == 0)
		return NULL;
	/* agencies first: "Department of Defense" is not the Department */
	size_t na;
	const struct agency *agencies = agency_table(&na);
	for (size_t a = 0; a < na; a++) {
		size_t k = words_begin(&q, agencies[a].words);
		if (!k)
			continue;
		/* on the TO lines, else on the INFO lines (LABELS.md: the
		 * party is the addressee as any line names it) */
		if (how == AGENCY_QUALIFIED && !agencies[a].us_only)
			return NULL;    /* "the Kenyan Attorney General" */
		const char *best = agency_on(c->to, c->nto, &agencies[a]);
		if (!best && (agencies[a].us_only || how == AGENCY_BARE))
			best = agency_on(c->info, c->ninfo, &agencies[a]);
		if (best)
			*used = ends[k - 1];
		return best;
	}
	for (size_t a = 0; a < sizeof washington_words / sizeof washington_words[0]; a++) {
		size_t k = words_begin(&q, washington_words[a]);
		if (!k)
			continue;
		/* "Department of Commerce" is another department */
		if (k < n && strcmp(q.w[k], "OF") == 0 &&
		    strcmp(washington_words[a], "DEPARTMENT OF STATE") != 0)
			return NULL;
		*used = ends[k - 1];
		return washington_name(c);
	}
	return NULL;
}

size_t party_agency_len(const char *s, size_t len)
{
	struct words q;
	size_t ends[PARTY_MAX_WORDS];
	if (len == 0 || !ascii_is_upper((unsigned char)s[0]) || !agency_may_begin(s, len))
		return 0;
	size_t n = text_words(s, len, &q, ends, 6);
	size_t na;
	const struct agency *agencies = agency_table(&na);
	for (size_t a = 0; n && a < na; a++) {
		size_t k = words_begin(&q, agencies[a].words);
		if (k)
			return ends[k - 1];
	}
	return 0;
}

const char *party_agency_phrase(size_t i)
{
	size_t na;
	const struct agency *agencies = agency_table(&na);
	if (i < na)
		return agencies[i].words;
	i -= na;
	if (i < sizeof washington_words / sizeof washington_words[0])
		return washington_words[i];
	return NULL;
}

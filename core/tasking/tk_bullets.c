/* tk_bullets.c - a checklist line that names the bullets.
 *
 * In: a checklist line (struct tk_line) whose words say the asks follow
 * ("pursue the following objectives:", "the objectives set out below",
 * "draw on ... to:") and the cable, whose paragraph tree holds the bullets
 * under the sentence.  Out: tk_bullet_line(), a line in the cable's arena
 * that counts the bullets and names the first ones ("Pursue 5 objectives:
 * Circulate ...; Discuss the paper"), or NULL when the bullets are no
 * asks.  tk_summary.c calls it through tk_summary_internal.h.
 */
#include "tasking/tk_summary_internal.h"

#include <stdint.h>
#include <string.h>

#include "base/ascii.h"

enum {
	TK_LINE_CHARS = 100,        /* a line that names bullets ... */
	TK_LINE_SLACK = 10,         /* ... which its first may pass by this */
	TK_ITEM_WORDS = 8,          /* longest bullet it names */
};

/* ---- a line that names the bullets ------------------------------------ */

/* The prose that holds a sentence (a paragraph's text or a node's) and the
 * nodes under it. */
struct tk_holder {
	const char *text;
	const struct node *kids;
	size_t nkids;
};

static bool tk_holds(const char *text, const char *s, const struct node *kids,
                     size_t nkids, struct tk_holder *h)
{
	uintptr_t t = (uintptr_t)text, p = (uintptr_t)s;
	if (!text || p < t || p - t >= strlen(text))
		return false;
	h->text = text;
	h->kids = kids;
	h->nkids = nkids;
	return true;
}

static bool tk_holder_in(const struct node *kids, size_t n, const char *s,
                         struct tk_holder *h)
{
	for (size_t i = 0; i < n; i++)
		if (tk_holds(kids[i].text, s, kids[i].children, kids[i].nchildren, h) ||
		    tk_holder_in(kids[i].children, kids[i].nchildren, s, h))
			return true;
	return false;
}

static bool tk_holder(const struct cable *c, const char *s, struct tk_holder *h)
{
	for (size_t i = 0; i < c->nparas; i++) {
		const struct paragraph *p = &c->paras[i];
		if (tk_holds(p->text, s, p->children, p->nchildren, h) ||
		    tk_holder_in(p->children, p->nchildren, s, h))
			return true;
	}
	return false;
}

static bool tk_is_item(const struct node *k)
{
	return (k->kind == NODE_BULLET || k->kind == NODE_ITEM) && k->text && *k->text;
}

/* B: the first sentence of a bullet's text (on past "Dr."). */
static void tk_item_words(struct tk_sentence *B, const char *text)
{
	struct tk_sentence on;
	tk_words(B, text, tk_sentence_end(text, strlen(text), 0));
	if (tk_run_on(B, &on))
		*B = on;
}

/* "Accra, Dakar and Nairobi: seek the views": the word after a heading
 * of names at word i (capitalised words, "and" between them), or i. */
static size_t tk_past_names(const struct tk_sentence *B, size_t i)
{
	for (size_t k = i + 1; k < B->n && k <= i + 6; k++) {
		if (!tk_capitalised(B, k - 1) && !tk_is(B, k - 1, W_and))
			return i;
		if (tk_gap_has(B, k, ':'))
			return k;
	}
	return i;
}

/* Where a bullet's ask starts: after a parenthesis ("(For Turkey)",
 * "(S/NF)"), a heading of names ("Paris and Berlin:") when names, and a
 * post that is told ("Post should"); *told when one is. */
static size_t tk_item_start(const struct tk_sentence *B, bool names, bool *told)
{
	static const char *const modals[] = {
		"should", "must", "shall", "will", "may", "can", NULL,
	};
	size_t i = 0, k;
	*told = false;
	if (B->n && memchr(B->s, '(', B->w[0].s)) {
		for (k = 1; k < B->n && k < 8 && tk_gap_paren(B, k) != ')'; k++)
			;
		i = k < B->n && k < 8 ? k : 0;
	}
	if (names)
		i = tk_past_names(B, i);
	if (!tk_in(B, i, tk_post_words))
		return i;
	for (k = i + 1; k < B->n && k < i + 4 && tk_capitalised(B, k) &&
	     !tk_word_among(B, k, modals); k++)
		;
	if (!tk_word_among(B, k, modals))
		return i;
	for (k++; tk_in(B, k, tk_modal_adverbs); k++)
		;
	*told = true;
	return k;
}

/* Does a bullet read as an ask (a thing to do or to ask, a question)
 * rather than a point to make ("We remain concerned", "Spain should
 * work")? */
static bool tk_item_asks(const struct tk_sentence *B)
{
	static const char *const persons[] = {
		"we", "i", "you", "he", "she", "it", "they", "this", "these", "those",
		"there", "our", "my", NULL,
	};
	/* "Inform French officials we have information": a clause of its own */
	static const char *const relatives[] = {
		"who", "which", "that", "we", "they", "he", "she", "it", "i", "you", NULL,
	};
	bool told;
	size_t i = tk_item_start(B, true, &told);
	if (i >= B->n)
		return false;
	if (told || memchr(B->s, '?', B->len))
		return true;
	if (tk_word_among(B, i, persons))
		return false;
	for (size_t k = i + 1; k < B->n && k < i + 6 && !tk_word_among(B, k, relatives); k++)
		if (tk_word_among(B, k, tk_finite) || tk_word_eq(B, k, "needs") ||
		    tk_word_eq(B, k, "remains"))
			return false;
	return true;
}

/* How many bullets and items are under h when they are the asks (the
 * first one and half of them read as asks), else 0. */
static size_t tk_asks_count(const struct tk_sentence *S, const struct tk_holder *h)
{
	struct tk_sentence B;
	B.V = S->V;
	size_t n = 0, asks = 0;
	bool first = false;
	for (size_t i = 0; i < h->nkids; i++) {
		if (!tk_is_item(&h->kids[i]))
			continue;
		tk_item_words(&B, h->kids[i].text);
		bool a = tk_item_asks(&B);
		first = n ? first : a;
		asks += a;
		n++;
	}
	return first && asks * 2 >= n ? n : 0;
}

/* The ask of bullet B in at most room bytes, capitalised: its first words
 * up to a cut ("Circulate in the PC Security Committee the nonpaper"),
 * fewer when they do not fit; NULL when not even least words do. */
static char *tk_item_text(struct cable *c, const struct tk_sentence *B, size_t room,
                          size_t least)
{
	bool told;
	size_t i = tk_item_start(B, true, &told);
	if (i >= B->n)
		return NULL;
	struct tk_line L;
	tk_line_init(&L, B, i, TK_ITEM_WORDS);
	L.fit = TK_ITEM_WORDS + 6;
	tk_cut_asides(&L);
	size_t ce, e = tk_line_end(&L, i, &ce);
	char *t = tk_print(c, &L, i, e);
	while (t && strlen(t) > room) {
		size_t p = e - 1, ne = 0;
		bool strong;
		for (; p > i + 1 && !ne; p--)
			if (!L.cut[p] && tk_cut_point(&L, p, &strong))
				ne = tk_trim(&L, i, p);
		if (!ne || ne >= e || tk_kept(&L, i, ne) < least)
			return NULL;
		e = ne;
		t = tk_print(c, &L, i, e);
	}
	if (t && ascii_is_lower((unsigned char)t[0]))
		t[0] = (char)(unsigned char)ascii_to_upper((unsigned char)t[0]);
	return t;
}

/* head, then ": " and the asks of the bullets under h that fit in
 * TK_LINE_CHARS less used bytes, "; " between them. */
static char *tk_items_line(struct cable *c, const struct tk_sentence *S,
                           const struct tk_holder *h, const char *head, size_t used)
{
	struct tk_sentence B;
	B.V = S->V;
	char *line = arena_strdup(&c->arena, head);
	size_t len = used + strlen(head);
	bool first = true;
	for (size_t i = 0; i < h->nkids; i++) {
		size_t max = TK_LINE_CHARS + (first ? TK_LINE_SLACK : 0);
		if (len + 2 >= max)
			break;
		if (!tk_is_item(&h->kids[i]))
			continue;
		tk_item_words(&B, h->kids[i].text);
		/* "Will the threat": a later question is named whole or not */
		bool question = B.len && B.s[B.len - 1] == '?';
		char *item = tk_item_text(c, &B, max - len - 2,
		                          first || !question ? 3 : TK_MAX_WORDS);
		if (!item)
			break;
		line = arena_printf(&c->arena, "%s%s%s", line, first ? ": " : "; ", item);
		len += 2 + strlen(item);
		first = false;
	}
	if (first) {
		/* no item fits: the head alone, less the words that led into
		 * them ("approach the officials responsible for sanctions to") */
		tk_words(&B, line, strlen(line));
		size_t e = B.n;
		while (e > 3 && tk_in(&B, e - 1, tk_dangling))
			e--;
		if (e < B.n)
			line[B.w[e - 1].e] = '\0';
	}
	return line;
}

/* "pursue the following objectives to ensure" -> "pursue 5 objectives";
 * "the following as next steps" -> "5 next steps"; "seek to achieve the
 * following" stays. */
static char *tk_head_following(struct cable *c, const struct tk_line *L,
                               size_t f, size_t ce, size_t n)
{
	const struct tk_sentence *S = L->S;
	size_t det = f > L->from && (tk_is(S, f - 1, W_the) || tk_is(S, f - 1, W_these)) ?
	             f - 1 : f;
	size_t a = f + 1 + tk_is(S, f + 1, W_as), b = a;
	while (b < ce && b < a + 3 && !L->cut[b] && !tk_leans(S, b) &&
	       !tk_line_stop(L, b) && !(b > a && tk_gap_comma(S, b)))
		b++;
	if (b == a)
		return tk_print(c, L, L->from, f + 1);
	const char *verb = tk_print(c, L, L->from, det);
	const char *noun = tk_print(c, L, a, b);
	return verb ? arena_printf(&c->arena, "%s %zu %s", verb, n, noun)
	            : arena_printf(&c->arena, "%zu %s", n, noun);
}

/* "pursue the objectives set out below" -> "pursue 8 objectives". */
static char *tk_head_below(struct cable *c, const struct tk_line *L, size_t b, size_t n)
{
	static const char *const placed[] = {
		"set", "out", "listed", "outlined", "described", "shown", "given",
		"contained", "provided", "presented", NULL,
	};
	const struct tk_sentence *S = L->S;
	size_t k = b;
	while (k > L->from + 1 && tk_word_among(S, k - 1, placed))
		k--;
	size_t d = k - 1;
	while (d > L->from && d + 4 > k && !tk_is(S, d, W_the) && !tk_is(S, d, W_these))
		d--;
	if (d + 1 >= k || !(tk_is(S, d, W_the) || tk_is(S, d, W_these)))
		return tk_print(c, L, L->from, b + 1);
	const char *verb = tk_print(c, L, L->from, d);
	const char *noun = tk_print(c, L, d + 1, k);
	return verb ? arena_printf(&c->arena, "%s %zu %s", verb, n, noun)
	            : arena_printf(&c->arena, "%zu %s", n, noun);
}

/* The items of a list run into the prose at s ("-- In addition, we
 * recommend ... -- Discussion of a call ..."): each "--" at s or after a
 * full stop, a parenthesis or a colon, before a capital (not a dash inside
 * a sentence, "the plan -- if approved -- would"). */
static size_t tk_inline_items(const char *s)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, "--")) != NULL; p += 2) {
		const char *b = p;
		while (b > s && (b[-1] == ' ' || b[-1] == '\n' || b[-1] == '\t'))
			b--;
		const char *a = p + 2;
		while (*a == ' ' || *a == '\n' || *a == '\t')
			a++;
		if ((b == s || b[-1] == '.' || b[-1] == ')' || b[-1] == ':') && a > p + 2 &&
		    ascii_is_upper((unsigned char)*a))
			n++;
	}
	return n;
}

/* When the asks are the bullets under the sentence ("pursue the following
 * objectives:", "the objectives set out below", "draw on ... to:"): the
 * line that counts and names them; else NULL.  ce: where the line's clause
 * ends; used: the bytes of the lead before it. */
char *tk_bullet_line(struct cable *c, const struct tk_line *L, size_t ce,
                     size_t used)
{
	static const char *const times[] = {
		"day", "days", "week", "weeks", "month", "months", "year", "years",
		"period", NULL,
	};
	const struct tk_sentence *S = L->S;
	size_t follow = S->n, below = S->n, kept = 0;
	for (size_t k = L->from; k < ce && kept < L->limit; k++) {
		kept += !L->cut[k];
		/* not "over the following months" */
		if (follow == S->n && !L->cut[k] && tk_word_eq(S, k, "following") &&
		    !tk_word_among(S, k + 1, times))
			follow = k;
		if (below == S->n && !L->cut[k] && tk_word_eq(S, k, "below"))
			below = k;
	}
	const char *tail = S->n ? S->s + S->w[S->n - 1].e : S->s;
	bool colon = ce == S->n && memchr(tail, ':', (size_t)(S->s + S->len - tail)) &&
	             tk_kept(L, L->from, ce) <= L->fit;
	struct tk_holder h;
	if ((follow == S->n && below == S->n && !colon) || !tk_holder(c, S->s, &h))
		return NULL;
	/* "the following actions: -- In addition ...": the list is inline,
	 * counted, not named */
	const char *rest = S->s + S->w[ce - 1].e;
	rest += strspn(rest, " \t\n:");
	if (*rest == '-') {
		size_t k = tk_inline_items(rest);
		if (follow == S->n || k < 2)
			return NULL;
		/* "emphasize the following points in conversations with
		 * Minister Jobim" -> "emphasize 5 points in conversations ..." */
		size_t det = follow > L->from && (tk_is(S, follow - 1, W_the) ||
		                                  tk_is(S, follow - 1, W_these)) ? follow - 1 : follow;
		const char *verb = tk_print(c, L, L->from, det);
		const char *noun = tk_print(c, L, follow + 1, ce);
		return verb && noun ? arena_printf(&c->arena, "%s %zu %s", verb, k, noun) : NULL;
	}
	size_t n = tk_asks_count(S, &h);
	if (n < 2)
		return NULL;
	char *head = follow < S->n ? tk_head_following(c, L, follow, ce, n)
	           : below < S->n ? tk_head_below(c, L, below, n)
	           : tk_print(c, L, L->from, ce);
	return head ? tk_items_line(c, S, &h, head, used) : NULL;
}

char *tk_bullets_only(struct cable *c, const struct tk_sentence *S)
{
	struct tk_holder h;
	if (!tk_holder(c, S->s, &h) || tk_asks_count(S, &h) == 0)
		return NULL;
	char *line = tk_items_line(c, S, &h, "", 0);
	if (!line || strncmp(line, ": ", 2) != 0)
		return NULL;
	return line + 2;
}

/* A bullet's text as one line: white space folded, the list's joints
 * ("; and", ",", ";") cut from its end, the first letter a capital. */
static const char *tk_ask_text(struct cable *c, const char *text)
{
	size_t n = strlen(text);
	char *out = arena_alloc(&c->arena, n + 1);
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		char ch = text[i];
		if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
		out[o++] = ch;
	}
	for (;;) {
		while (o && (out[o - 1] == ' ' || out[o - 1] == ';' || out[o - 1] == ','))
			o--;
		if (o >= 4 && strncmp(out + o - 4, " and", 4) == 0)
			o -= 4;
		else if (o >= 3 && strncmp(out + o - 3, " or", 3) == 0)
			o -= 3;
		else
			break;
	}
	out[o] = '\0';
	if (o && ascii_is_lower((unsigned char)out[0]))
		out[0] = (char)(unsigned char)ascii_to_upper((unsigned char)out[0]);
	return o ? out : NULL;
}

size_t tk_bullet_asks(struct cable *c, const struct tk_sentence *S,
                      const char ***out)
{
	struct tk_holder h;
	*out = NULL;
	if (!tk_holder(c, S->s, &h) || tk_asks_count(S, &h) == 0)
		return 0;
	const char **v = arena_alloc(&c->arena, sizeof *v * h.nkids);
	size_t n = 0;
	struct tk_sentence B;
	B.V = S->V;
	for (size_t i = 0; i < h.nkids; i++) {
		if (!tk_is_item(&h.kids[i]))
			continue;
		/* from where its ask starts: not "(For Turkey) Post should"
		 * (a heading of posts stays: "Paris and Berlin: approach") */
		const char *t = h.kids[i].text;
		tk_item_words(&B, t);
		bool told;
		size_t k = tk_item_start(&B, false, &told);
		if (k < B.n)
			t = B.s + B.w[k].s;
		if ((v[n] = tk_ask_text(c, t)) != NULL)
			n++;
	}
	*out = n ? v : NULL;
	return n;
}

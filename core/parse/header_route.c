/* header_route.c - the routing lines of a telegram's header.
 *
 * In: one line before the first caption, and the pass's state.  Out: true
 * when the line belongs to the ACP-127 routing header or the office block,
 * with what it carries stored: VZCZC, FL2's precedence and routing
 * indicators, DE and its FL3 serial, the FL4 classification, the DTG line
 * with the action precedence, FM, TO, INFO and XMT and their continuation
 * lines, and the office-distribution block of old State cables
 * (ACTION/ORIGIN, "INFO LOG-00 ...", "------------------352654  200910Z /23").
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "parse/classification.h"
#include "parse/header_internal.h"
#include "parse/header_lex.h"

/* "TO RUEH...", "INFO  LOG-00": the keyword then spaces (not "INFO:"). */
static bool hdr_routing_kw(const char *s, size_t len, size_t i, const char *kw)
{
	size_t n = strlen(kw);
	return lex_word(s, len, i, kw) && (i + n == len || ascii_is_blank(s[i + n]));
}

/* "DE RUEHC #4535/01 ...": the FL3 serial after the '#'. */
static bool hdr_route_de(struct hdr *h, const char *s, size_t len, size_t i)
{
	if (!lex_word(s, len, i, "DE") || i + 3 >= len)
		return false;
	size_t j = lex_skip_space(s, len, i + 2);
	j = lex_token_end(s, len, j);
	j = lex_skip_space(s, len, j);
	if (j >= len || s[j] != '#')
		return false;
	long v = 0;
	size_t k = j + 1;
	/* a serial has at most 7 digits; more is no serial (and would
	 * overflow) */
	while (k < len && ascii_is_digit(s[k]) && k - j <= 8)
		v = v * 10 + (s[k++] - '0');
	if (k > j + 1 && k - j <= 8 && !(k < len && ascii_is_digit(s[k])) &&
	    h->fl3_serial < 0)
		h->fl3_serial = v;
	h->fl2 = false;
	return true;
}

/* The offset of the first word w of s[i..len) in upper case, or len. */
static size_t hdr_find_word(const char *s, size_t len, size_t i, const char *w)
{
	for (size_t k = i; k < len; k++)
		if ((k == 0 || ascii_is_blank(s[k - 1])) && lex_word(s, len, k, w) &&
		    memcmp(s + k, w, strlen(w)) == 0)
			return k;
	return len;
}

/* Where the addressee at k of a routing header run into one line ends:
 * after its precedence and serial ("AMEMBASSY DHAKA PRIORITY 2207"), or
 * before the next one's routing indicator, TO, INFO or XMT. */
static size_t hdr_flat_end(const char *s, size_t len, size_t k)
{
	static const char *const prec[] = { "IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH" };
	static const char *const keys[] = { "TO", "INFO", "XMT" };
	for (size_t j = k; j < len;) {
		for (size_t q = 0; q < sizeof keys / sizeof keys[0]; q++)
			if (j > k && lex_word(s, len, j, keys[q]) &&
			    memcmp(s + j, keys[q], strlen(keys[q])) == 0)
				return j;
		/* the next one's routing indicator: "... 2218 RUEHYE/AMEMBASSY" */
		size_t r = j;
		while (r < len && ascii_is_upper(s[r]))
			r++;
		if (j > k && r - j >= 5 && r - j <= 8 && r < len && s[r] == '/')
			return j;
		for (size_t q = 0; q < sizeof prec / sizeof prec[0]; q++)
			if (lex_word(s, len, j, prec[q])) {
				size_t e = lex_skip_space(s, len, j + strlen(prec[q]));
				size_t d = e;
				while (d < len && ascii_is_digit(s[d]))
					d++;
				return d > e && (d == len || ascii_is_blank(s[d])) ? d : e;
			}
		while (j < len && !ascii_is_blank(s[j]))
			j++;
		j = lex_skip_space(s, len, j);
	}
	return len;
}

/* A routing header run into one line, as a web page's copy leaves it: "O
 * 031945Z NOV 11 FM SECSTATE WASHDC TO AMEMBASSY BRASILIA IMMEDIATE 5512
 * AMEMBASSY JAKARTA IMMEDIATE 3907 INFO USMISSION GENEVA IMMEDIATE 7038",
 * perhaps after the VZCZC, FL2 and DE lines' words. */
static bool hdr_route_flat(struct hdr *h, const char *s, size_t len, size_t i)
{
	struct cable *c = h->c;
	size_t fm = hdr_find_word(s, len, i, "FM");
	struct dtg d;
	char p;
	if (fm == len || hdr_find_word(s, len, fm, "TO") == len)
		return false;
	/* the DTG just before FM, after the VZCZC, FL2 and DE lines' words
	 * when the page ran those in too */
	size_t dl = lex_rtrim(s, fm), at = i;
	while (at < dl && !hdr_dtg_line(s, dl, at, &d, &p)) {
		while (at < dl && !ascii_is_blank(s[at]))
			at++;
		at = lex_skip_space(s, dl, at);
	}
	if (at >= dl)
		return false;
	c->dtg = d;
	h->prec_fl5 = p;
	static const struct { const char *kw; enum hdr_addr_mode mode; } lists[] = {
		{ "FM", ADDR_NONE }, { "TO", ADDR_TO }, { "INFO", ADDR_INFO }, { "XMT", ADDR_XMT },
	};
	enum hdr_addr_mode mode = ADDR_NONE;    /* ADDR_NONE: the FM name */
	for (size_t k = fm; k < len;) {
		for (size_t q = 0; q < sizeof lists / sizeof lists[0]; q++)
			if (lex_word(s, len, k, lists[q].kw)) {
				mode = lists[q].mode;
				k = lex_skip_space(s, len, k + strlen(lists[q].kw));
				break;
			}
		size_t e = mode == ADDR_NONE ? hdr_find_word(s, len, k, "TO")
		                             : hdr_flat_end(s, len, k);
		if (e <= k)
			break;
		if (mode == ADDR_NONE) {
			struct addressee a;
			hdr_addressee(h, s, lex_rtrim(s, e), k, &a);
			c->from = a.name;
		} else {
			hdr_push_addressee(h, mode, s, lex_rtrim(s, e), k);
		}
		k = lex_skip_space(s, len, e);
	}
	h->addr = ADDR_NONE;
	return c->from != NULL;
}

/* The format lines without a keyword: FL4's classification, FL2's
 * precedence and routing indicators (and their wrapped part), the DTG. */
static bool hdr_route_format(struct hdr *h, const char *s, size_t len, size_t i)
{
	struct cable *c = h->c;
	struct dtg d;
	char p;

	const char *lvl = classification_fl4(s + i, len - i);
	if (lvl) {
		if (!h->level_fl4)
			h->level_fl4 = lvl;
		return true;
	}
	if (hdr_fl2(s, len, i, &p)) {
		if (!h->prec_fl2)
			h->prec_fl2 = p;
		h->fl2 = true;
		return true;
	}
	if (h->fl2 && hdr_ri_line(s, len, i))
		return true;
	if (!c->dtg.valid && hdr_dtg_line(s, len, i, &d, &p)) {
		c->dtg = d;
		h->prec_fl5 = p;
		h->addr = ADDR_NONE;
		return true;
	}
	return false;
}

/* The words after TO or INFO that make a sentence, not an addressee: "TO
 * THE SECRETARY FROM THE AMBASSADOR". */
static bool hdr_not_addressee(const char *s, size_t len, size_t j)
{
	if (lex_word(s, len, j, "THE"))
		return true;
	for (size_t k = j; k + 6 <= len; k++)
		if (ascii_is_blank(s[k]) && lex_word(s, len, k + 1, "FROM"))
			return true;
	return false;
}

/* FM, TO, INFO (or the office block's "INFO LOG-00") and XMT. */
static bool hdr_route_address(struct hdr *h, const char *s, size_t len, size_t i)
{
	struct cable *c = h->c;

	if (hdr_routing_kw(s, len, i, "FM") && !c->from) {
		struct addressee a;
		hdr_addressee(h, s, len, i + 2, &a);
		c->from = a.name;
		h->addr = ADDR_NONE;
		return true;
	}
	if (hdr_routing_kw(s, len, i, "TO")) {
		size_t j = lex_skip_space(s, len, i + 2);
		if (hdr_not_addressee(s, len, j))
			return false;  /* "TO THE SECRETARY FROM THE AMBASSADOR" */
		h->addr = ADDR_TO;
		if (j < len && !lex_word(s, len, j, "PAGE"))
			hdr_push_addressee(h, ADDR_TO, s, len, j);
		return true;
	}
	if (hdr_routing_kw(s, len, i, "INFO")) {
		size_t j = lex_skip_space(s, len, i + 4);
		if (hdr_office_code(s, len, j)) {
			h->office = true;
			return true;
		}
		if (hdr_not_addressee(s, len, j))
			return false;
		h->addr = ADDR_INFO;
		/* "INFO PAGE 02 STATE 012345 101500Z": a page header */
		if (j < len && !lex_word(s, len, j, "PAGE"))
			hdr_push_addressee(h, ADDR_INFO, s, len, j);
		return true;
	}
	if (hdr_routing_kw(s, len, i, "XMT")) {
		h->xmt_info = h->addr == ADDR_INFO;
		h->addr = ADDR_XMT;
		size_t j = lex_skip_space(s, len, i + 3);
		if (j < len)
			hdr_push_addressee(h, ADDR_XMT, s, len, j);
		return true;
	}
	return false;
}

/* Lines of the routing header and office block.  Returns true when the line
 * was one. */
bool hdr_routing(struct hdr *h, const char *s, size_t len, size_t i)
{
	if (!h->c->dtg.valid && !h->c->from && hdr_route_flat(h, s, len, i))
		return true;
	if (lex_prefix(s, len, i, "VZCZC"))
		return true;
	if (lex_word(s, len, i, "BT") && lex_skip_space(s, len, i + 2) == len) {
		/* "BT" closes the address block: never an addressee */
		h->addr = ADDR_NONE;
		h->fl2 = false;
		return true;
	}
	if (hdr_route_de(h, s, len, i) || hdr_route_format(h, s, len, i) ||
	    hdr_route_address(h, s, len, i))
		return true;
	if ((lex_word(s, len, i, "ACTION") || lex_word(s, len, i, "ORIGIN")) &&
	    hdr_office_code(s, len, lex_skip_space(s, len, i + 6)))
		return true;
	if (s[i] == '-' && i + 4 < len && s[i + 1] == '-' && s[i + 2] == '-')
		return true;       /* "------------------352654  200910Z /23" */
	if (h->office && i > 0)
		return true;       /* indented continuation of the office block */
	if (h->addr != ADDR_NONE) {
		hdr_push_addressee(h, h->addr, s, len, i);
		return true;
	}
	return false;
}

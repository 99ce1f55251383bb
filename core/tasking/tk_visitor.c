/* tk_visitor.c - whom a post's scenesetter is written for.
 *
 * In: a post's cable, its SUBJECT line ("SCENESETTER FOR FBI DIRECTOR
 * MUELLER'S FEBRUARY 24 VISIT", "SCENESETTER FOR THE PRESIDENT'S BILATERAL
 * MEETING", "SPAIN SCENESETTER FOR CODEL LIEBERMAN"), else a letter's
 * front line "FOR THE PRESIDENT FROM AMBASSADOR STAPLETON".  Out: the visitor,
 * whom "you" in the cable asks (tk_reader()): the addressee that is the
 * visitor's agency when a line names it ("SCENESETTER FOR SECDEF GATES" ->
 * SECDEF WASHDC), else the visitor in capitals as the subject names it
 * (LABELS.md: a party on no line; "DEA ADMINISTRATOR", "THE PRESIDENT").
 * Either way it alone is "you": the Department the cable goes to is only
 * its channel.
 * No visitor when the subject names none, names a foreign one ("FOR THE
 * VISIT OF KOSOVO PRESIDENT SEJDIU", "FOR PM BERLUSCONI'S MEETING"), or
 * names a Secretary with no agency ("SECRETARY RICE'S", a Department or a
 * Defense one: the TO line tells); an Under, Deputy or Assistant Secretary
 * is named ("UNDER SECRETARY DALBY"), and another department's Secretary
 * by that department ("COMMERCE SECRETARY LOCKE" -> USDOC WASHDC on a
 * line).
 */
#include "tasking/tk_internal.h"
#include "tasking/party.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The words a visitor from Washington's subject phrase opens with. */
static const char *const tk_visitor_heads[] = {
	"FBI", "CJCS", "CODEL", "STAFFDEL", "SENATOR", "SPEAKER", "ADMIRAL",
	"GENERAL", "SECDEF", "DHS", "USTR", "DNI", "ONDCP", "ATTORNEY", "DIRECTOR",
	"NSA", "VICE", "PRESIDENT", "DEA", "USAID", "DOJ", "DOD", "DOE", "ATF",
	"CBP", "FEMA", "NASA", "CENTCOM", "USCENTCOM", "EUCOM", "USEUCOM", "AFRICOM",
	"USAFRICOM", "PACOM", "USPACOM", "SOUTHCOM", "USSOUTHCOM", "NORTHCOM",
	"USNORTHCOM", NULL,
};

/* Words that end the visitor's name. */
static const char *const tk_visitor_stops[] = {
	"VISIT", "VISITS", "MEETING", "MEETINGS", "TRIP", "CALL", "CALLS", "TO",
	"AND", "IN", "WITH", "ON", "AT", "FOR", "TALKS", "CORRECTED", NULL,
};

static bool tk_among(const char *w, size_t n, const char *const *list)
{
	for (const char *const *p = list; *p; p++)
		if (strlen(*p) == n && strncasecmp(w, *p, n) == 0)
			return true;
	return false;
}

/* Departments whose Secretary may visit ("COMMERCE SECRETARY LOCKE"). */
static const char *const tk_departments[] = {
	"COMMERCE", "TREASURY", "ENERGY", "AGRICULTURE", "LABOR", "TRANSPORTATION",
	"HOMELAND", "EDUCATION", "INTERIOR", "DEFENSE", NULL,
};

/* Does the word at p (n bytes) open a visitor's name: a US title or
 * agency, "PRESIDENT" only after "THE", "UNDER", "DEPUTY" or "ASSISTANT"
 * only before "SECRETARY" (not the Secretary: the TO line tells which)? */
static bool tk_visitor_head(const char *p, size_t n, bool the)
{
	/* "UNDER SECRETARY DALBY", "COMMERCE SECRETARY LOCKE" (a Cabinet
	 * member of another department: its line, when there is one) */
	static const char *const seconds[] = { "UNDER", "DEPUTY", "ASSISTANT", NULL };
	if (tk_among(p, n, seconds) || tk_among(p, n, tk_departments))
		return strncasecmp(p + n, " SECRETARY", 10) == 0 ||
		       (strncasecmp(p, "HOMELAND", n) == 0 &&
		        strncasecmp(p + n, " SECURITY SECRETARY", 19) == 0);
	if (!tk_among(p, n, tk_visitor_heads))
		return false;
	return the || strncasecmp(p, "PRESIDENT", n) != 0;
}

/* The visitor's words in the subject after "SCENESETTER FOR ": their bytes
 * at *from, up to a possessive, a stop word, a digit or a mark; 0 when
 * they do not open with a visitor's word. */
static size_t tk_visitor_words(const char *s, const char **from)
{
	bool the = strncasecmp(s, "THE ", 4) == 0;
	if (the)
		s += 4;
	*from = s;
	size_t end = 0, words = 0;
	const char *p = s;
	while (*p && words < 5) {
		size_t n = 0;
		while (p[n] && (ascii_is_alpha((unsigned char)p[n]) || p[n] == '/' || p[n] == '-' ||
		                p[n] == '.'))
			n++;
		while (n > 0 && !ascii_is_alpha(p[n - 1]))
			n--;
		if (n == 0 || !ascii_is_alpha(p[0]) || tk_among(p, n, tk_visitor_stops))
			break;
		if (words == 0 && !tk_visitor_head(p, n, the))
			return 0;
		words++;
		end = (size_t)(p + n - s);
		p += n;
		/* "MUELLER'S", "MUELLER’S", "GATES'": the name ends there */
		if (*p == '\'' || strncmp(p, "\xE2\x80\x99", 3) == 0)
			break;
		if (*p != ' ')
			break;
		while (*p == ' ')
			p++;
	}
	return end;
}

/* "THE PRESIDENT", "THE VICE PRESIDENT", "PRESIDENT OBAMA" at s */
static bool tk_is_president(const char *s)
{
	if (strncasecmp(s, "THE ", 4) == 0)
		s += 4;
	if (strncasecmp(s, "VICE ", 5) == 0)
		s += 5;
	return strncasecmp(s, "PRESIDENT", 9) == 0 &&
	       (s[9] == ' ' || s[9] == '\0' || s[9] == '\'' || (unsigned char)s[9] == 0xE2);
}

const char *tk_visitor(struct tk_ctx *x)
{
	const struct cable *c = x->c;
	if (x->washington)
		return NULL;
	const char *s = c->subject, *k = NULL;
	for (const char *p = s; p && (p = strchr(p, ' ')) != NULL; p++)
		if (p - s >= 11 && strncasecmp(p - 11, "SCENESETTER", 11) == 0 &&
		    strncasecmp(p, " FOR ", 5) == 0) {
			k = p + 5;
			break;
		}
	if (!k && s && strncasecmp(s, "SCENESETTER FOR ", 16) == 0)
		k = s + 16;
	const char *v = NULL;
	size_t len = k ? tk_visitor_words(k, &v) : 0;
	/* a letter "FOR THE PRESIDENT FROM AMBASSADOR STAPLETON" (one for a
	 * Secretary: the TO line tells whose) */
	if (!len && c->letter_for && tk_is_president(c->letter_for)) {
		k = c->letter_for;
		len = tk_visitor_words(k, &v);
	}
	if (!len)
		return NULL;
	/* "COMMERCE SECRETARY LOCKE": his department's line */
	size_t dn = strcspn(v, " ");
	if (dn < len && dn < 24 && tk_among(v, dn, tk_departments)) {
		char dept[48];
		bool treasury = strncasecmp(v, "TREASURY", dn) == 0;
		bool homeland = strncasecmp(v, "HOMELAND", dn) == 0;
		snprintf(dept, sizeof dept, "DEPARTMENT OF %s%.*s%s", treasury ? "THE " : "",
		         (int)dn, v, homeland ? " SECURITY" : "");
		size_t used = 0;
		const char *name = party_agency(c, dept, strlen(dept), AGENCY_PLAIN, &used);
		if (name)
			return name;
	}
	/* the visitor's agency, when a line names it */
	for (size_t i = 0; i < len; i++) {
		if (i > 0 && v[i - 1] != ' ')
			continue;
		size_t used = 0;
		const char *name = party_agency(c, v + i, len - i, AGENCY_PLAIN, &used);
		if (name)
			return name;
	}
	/* as the cable names it: "THE PRESIDENT", "THE DEPUTY SECRETARY" */
	if (v == k + 4) {
		v = k;
		len += 4;
	}
	char *out = arena_alloc(&x->c->arena, len + 1);
	for (size_t i = 0; i < len; i++)
		out[i] = (char)ascii_to_upper((unsigned char)v[i]);
	out[len] = '\0';
	return out;
}

/* ics_check FILE [N] - reads an iCalendar file from `cabletrack export
 * --format ics` back through libical and checks what RFC 5545 asks of it:
 * CRLF line ends, no content line over 75 octets, one VCALENDAR with
 * VERSION:2.0 and PRODID, and every VTODO with UID, DTSTAMP, STATUS (and
 * DUE only as a DATE), no parse errors, no UID twice.  N: the VTODO count
 * that must be found.  Prints "UID STATUS [DUE]" per VTODO, so that two
 * exports can be compared.  Exit 0 ok, 1 a check failed, 2 usage. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../slurp.h"

static int fail(const char *file, const char *why, const char *what)
{
	fprintf(stderr, "ics_check: %s: %s%s%s\n", file, why, what ? ": " : "",
	        what ? what : "");
	return 1;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fputs("usage: ics_check FILE [NTODO]\n", stderr);
		return 2;
	}
	const char *file = argv[1];
	size_t len;
	char *s = slurp(file, &len);
	if (!s)
		return fail(file, "cannot read", NULL);

	/* Line structure, before libical (which forgives both). */
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\n')
			continue;
		if (i == 0 || s[i - 1] != '\r')
			return fail(file, "a line ends in LF without CR", NULL);
		if (i - 1 - start > 75)
			return fail(file, "a content line is longer than 75 octets", NULL);
		if (s[start] == ' ' && ((unsigned char)s[start + 1] & 0xc0) == 0x80)
			return fail(file, "a line was folded inside a UTF-8 sequence", NULL);
		start = i + 1;
	}
	if (start != len)
		return fail(file, "the last line has no CRLF", NULL);

	icalcomponent *cal = icalparser_parse_string(s);
	free(s);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
		return fail(file, "not a VCALENDAR", NULL);
	int rc = 0;
	icalproperty *v = icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY);
	if (!v || strcmp(icalproperty_get_version(v), "2.0") != 0)
		rc = fail(file, "no VERSION:2.0", NULL);
	if (!icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY))
		rc = fail(file, "no PRODID", NULL);
	if (icalcomponent_count_errors(cal) > 0) {
		icalproperty *e = icalcomponent_get_first_property(cal, ICAL_XLICERROR_PROPERTY);
		rc = fail(file, "libical reports an error",
		          e ? icalproperty_get_xlicerror(e) : NULL);
	}
	size_t n = 0, cap = 16;
	char **uids = malloc(cap * sizeof *uids);
	for (icalcomponent *t = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT);
	     t; t = icalcomponent_get_next_component(cal, ICAL_VTODO_COMPONENT)) {
		const char *uid = icalcomponent_get_uid(t);
		if (!uid || !*uid) {
			rc = fail(file, "a VTODO without UID", NULL);
			continue;
		}
		if (!icalcomponent_get_first_property(t, ICAL_DTSTAMP_PROPERTY))
			rc = fail(file, "a VTODO without DTSTAMP", uid);
		icalproperty *st = icalcomponent_get_first_property(t, ICAL_STATUS_PROPERTY);
		if (!st)
			rc = fail(file, "a VTODO without STATUS", uid);
		icalproperty *due = icalcomponent_get_first_property(t, ICAL_DUE_PROPERTY);
		struct icaltimetype dt = icaltime_null_time();
		if (due) {
			dt = icalproperty_get_due(due);
			if (icaltime_is_null_time(dt) || !dt.is_date)
				rc = fail(file, "DUE is not a DATE", uid);
		}
		if (!icalcomponent_get_first_property(t, ICAL_SUMMARY_PROPERTY))
			rc = fail(file, "a VTODO without SUMMARY", uid);
		for (size_t i = 0; i < n; i++)
			if (strcmp(uids[i], uid) == 0)
				rc = fail(file, "a UID twice", uid);
		if (n == cap) {
			cap *= 2;
			uids = realloc(uids, cap * sizeof *uids);
			if (!uids)
				return fail(file, "out of memory", NULL);
		}
		uids[n++] = strdup(uid);
		printf("%s %s", uid, st ? icalproperty_status_to_string(icalproperty_get_status(st)) : "-");
		if (due)
			printf(" %04d-%02d-%02d", dt.year, dt.month, dt.day);
		putchar('\n');
	}
	if (argc == 3 && (size_t)atol(argv[2]) != n) {
		char want[64];
		snprintf(want, sizeof want, "%zu VTODOs, expected %s", n, argv[2]);
		rc = fail(file, "wrong count", want);
	}
	for (size_t i = 0; i < n; i++)
		free(uids[i]);
	free(uids);
	icalcomponent_free(cal);
	return rc;
}

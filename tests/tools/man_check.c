/* man_check MANPAGE KEYMAP - the man page against the program's tables.
 *
 * KEYS: each entry is a .TP whose tag line gives the keys in bold and the
 * action in italics ("\fBj\fR, \fBDown\fR  \fInext\fR"), under a .SS
 * heading.  Fails when the page names an action the action table does not
 * have (or names one twice), puts an action under another heading than its
 * help group, lists a key the keymap does not bind to that action, or
 * leaves out an action or a key the keymap binds.
 * SYNOPSIS: the --format list of "cabletrack export" is the table of
 * export formats ("md|org|...").
 * Prints one line of figures; the faults go to standard error, one a line.
 * Exit 0 ok, 1 some fault, 2 usage or unreadable input. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "export/export.h"
#include "keymap/keymap.h"

#define MAX_LINE 1024
#define MAX_KEYS 16

static int faults;

static void fault(const char *what, const char *name)
{
	fprintf(stderr, "man_check: %s '%s'\n", what, name);
	faults++;
}

/* s with the roff escapes the page uses replaced: \- \e \& \(em. */
static void roff_plain(const char *s, char *out, size_t size)
{
	size_t o = 0;
	while (*s && o + 1 < size) {
		if (s[0] == '\\' && s[1] == '-') {
			out[o++] = '-';
			s += 2;
		} else if (s[0] == '\\' && s[1] == 'e') {
			out[o++] = '\\';
			s += 2;
		} else if (s[0] == '\\' && s[1] == '&') {
			s += 2;
		} else {
			out[o++] = *s++;
		}
	}
	out[o] = '\0';
}

/* The text of every \fX...\fR (or \fP) span of a tag line whose font is
 * font, plain, into spans; returns how many (at most max). */
static size_t roff_spans(const char *line, char font, char spans[][64], size_t max)
{
	size_t n = 0;
	char open[4] = { '\\', 'f', font, '\0' };
	for (const char *p = strstr(line, open); p && n < max; p = strstr(p, open)) {
		p += 3;
		const char *end = strstr(p, "\\f");
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char raw[64];
		if (len >= sizeof raw)
			len = sizeof raw - 1;
		memcpy(raw, p, len);
		raw[len] = '\0';
		roff_plain(raw, spans[n++], 64);
		p += len;
	}
	return n;
}

/* One entry of KEYS: the tag line under heading.  Marks the action seen
 * and each key found in seen_key (one flag per binding of km). */
static void keys_entry(const char *tag, const char *heading, const struct keymap *km,
                       bool *seen_act, bool *seen_key, size_t *nkeys)
{
	char acts[2][64], keys[MAX_KEYS][64];
	if (roff_spans(tag, 'I', acts, 2) != 1) {
		fault("KEYS entry without exactly one action in italics:", tag);
		return;
	}
	enum keymap_action a = keymap_action_parse(acts[0]);
	if (a == ACT_NONE) {
		fault("KEYS names an action that does not exist:", acts[0]);
		return;
	}
	if (seen_act[a])
		fault("KEYS names an action twice:", acts[0]);
	seen_act[a] = true;
	if (strcmp(heading, keymap_group_title(keymap_action_group(a))) != 0)
		fault("KEYS lists an action under another heading than its help group:",
		      acts[0]);
	size_t nk = roff_spans(tag, 'B', keys, MAX_KEYS);
	for (size_t i = 0; i < nk; i++) {
		bool bound = false;
		for (size_t b = 0; b < km->n; b++)
			if (km->b[b].action == a && strcmp(km->b[b].key, keys[i]) == 0) {
				bound = seen_key[b] = true;
				(*nkeys)++;
			}
		if (!bound)
			fault("KEYS gives a key the default keymap does not bind to its action:",
			      keys[i]);
	}
}

/* The .SH KEYS section of the page against the keymap km. */
static void check_keys(FILE *f, const struct keymap *km)
{
	bool seen_act[ACT_COUNT] = { false };
	bool *seen_key = calloc(km->n ? km->n : 1, sizeof *seen_key);
	if (!seen_key) {
		fault("out of memory for the keys of", km->name ? km->name : "?");
		return;
	}
	char line[MAX_LINE], heading[MAX_LINE] = "";
	bool in_keys = false, tag_next = false;
	size_t nacts = 0, nkeys = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, ".SH ", 4) == 0) {
			in_keys = strcmp(line, ".SH KEYS") == 0;
			continue;
		}
		if (!in_keys)
			continue;
		if (strncmp(line, ".SS ", 4) == 0) {
			roff_plain(line + 4, heading, sizeof heading);
		} else if (strncmp(line, ".TP", 3) == 0) {
			tag_next = true;
		} else if (tag_next) {
			tag_next = false;
			keys_entry(line, heading, km, seen_act, seen_key, &nkeys);
		}
	}
	for (size_t b = 0; b < km->n; b++)
		if (!seen_key[b])
			fault("KEYS leaves out a key of the default keymap:", km->b[b].key);
	for (int a = 0; a < ACT_COUNT; a++) {
		nacts += seen_act[a];
		if (!seen_act[a])
			fault("KEYS leaves out an action:",
			      keymap_action_name((enum keymap_action)a));
	}
	free(seen_key);
	printf("man page: KEYS lists %zu of %d actions and %zu of %zu default keys\n",
	       nacts, (int)ACT_COUNT, nkeys, km->n);
}

/* The --format list on the line after ".B cabletrack export". */
static void check_formats(FILE *f)
{
	char line[MAX_LINE], plain[MAX_LINE];
	bool after = false;
	struct buf want;
	buf_init(&want);
	export_format_names(&want, "|", "|");
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		roff_plain(line, plain, sizeof plain);
		if (strcmp(plain, ".B cabletrack export") == 0) {
			after = true;
		} else if (after && strstr(plain, "--format")) {
			const char *q = strchr(plain, '"');
			char got[MAX_LINE] = "";
			if (q && sscanf(q, "\" %1000[^\"]\"", got) == 1 &&
			    strcmp(got, buf_str(&want)) == 0) {
				printf("man page: export --format lists the %s\n", buf_str(&want));
			} else {
				fault("SYNOPSIS: export --format is not", buf_str(&want));
			}
			buf_free(&want);
			return;
		}
	}
	fault("SYNOPSIS: no export --format line; want", buf_str(&want));
	buf_free(&want);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: man_check MANPAGE KEYMAP.yaml\n", stderr);
		return 2;
	}
	struct keymap *km = NULL;
	struct ct_error err = {{0}};
	if (keymap_load(argv[2], &km, &err) != 0) {
		fprintf(stderr, "man_check: %s: %s\n", argv[2], err.msg);
		return 2;
	}
	FILE *f = fopen(argv[1], "r");
	if (!f) {
		perror(argv[1]);
		keymap_free(km);
		return 2;
	}
	check_keys(f, km);
	rewind(f);
	check_formats(f);
	fclose(f);
	keymap_free(km);
	return faults ? 1 : 0;
}

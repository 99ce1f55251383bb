/* cable.h - the one struct that describes a parsed cable.
 *
 * Data flows one way: bytes -> text (normalized lines) -> header + body ->
 * taskings.  The TUI, `cabletrack parse` and every exporter read this struct
 * and nothing else.  Every string and array below lives in the cable's arena:
 * cable_free() releases all of it; no consumer frees a field.
 *
 * Strings are NUL-terminated UTF-8.  An absent value is NULL (or a count of 0).
 */
#ifndef CABLETRACK_CABLE_H
#define CABLETRACK_CABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"      /* struct ct_error */
#include "parse/dates.h"     /* struct dtg */
#include "text/text.h"      /* enum cable_form */

/* One FM/TO/INFO line: "RUEHVEN/USMISSION USOSCE PRIORITY 4080". */
struct addressee {
	const char *route;       /* "RUEHVEN", or NULL when the line has none */
	const char *name;        /* "USMISSION USOSCE" */
	const char *precedence;  /* "PRIORITY", "NIACT IMMEDIATE", or NULL */
	const char *serial;      /* "4080", "2276-2279", or NULL */
	bool excluded;           /* named on an XMT line */
};

/* One REF entry: "A. USOSCE 219" -> letter A, id 08USOSCE219. */
struct reference {
	const char *letter;      /* "A", or NULL for a single unlettered ref */
	const char *text;        /* as written, "USOSCE 219" */
	const char *id;          /* canonical cable id, or NULL (e-mail, memo) */
};

/* What a child of a paragraph is. */
enum node_kind {
	NODE_BULLET,             /* "-- text" or "- text" */
	NODE_ITEM,               /* lettered or numbered sub-item: "a)", "(1)", "B." */
	NODE_QUOTE,              /* Begin text ... End text: quoted material */
	NODE_COMMENT,            /* a Comment ... End comment block of its own */
	NODE_NOTE,               /* a Note ... End note block of its own */
	NODE_TEXT,               /* an unnumbered follow-on paragraph */
};

struct node {
	enum node_kind kind;
	const char *label;       /* "a", "1", "--"; NULL when none */
	const char *text;        /* unwrapped prose */
	struct node *children;   /* e.g. the numbered list inside a quote */
	size_t nchildren;
	size_t line;             /* 1-based line in the normalized text */
};

/* A numbered paragraph, or the whole body (number 0) of a cable with none. */
struct paragraph {
	int number;
	const char *classification; /* portion mark without parens: "SBU", "S/NF" */
	const char *heading;        /* the heading standing over it, or NULL */
	const char *text;           /* its own prose, unwrapped; "\n" between
	                               inner paragraphs */
	struct node *children;
	size_t nchildren;
	const char **tasked;        /* party names, filled by tasking_find() */
	size_t ntasked;
	size_t line;                /* 1-based line where it starts */
};

/* One paragraph asking one or more parties to act. */
struct tasking {
	int paragraph;              /* 0: the body of an unnumbered cable */
	const char **parties;       /* addressee names, e.g. "USMISSION USOSCE" */
	size_t nparties;
	const char *deadline;       /* "2008-10-15", or NULL */
	const char *deadline_text;  /* the words, "NLT October 15", or NULL */
	const char *quote;          /* the words that make it a tasking */
	const char *summary;        /* the checklist line: what is asked */
	const char **asks;          /* when the line names the bullets or items
	                               that hold the asks ("Pursue 5 objectives:
	                               ..."): each one whole, for the tracker to
	                               unfold; else NULL */
	size_t nasks;
	const char *rule;           /* why: the pattern that found it (parse
	                               --explain; not in the JSON contract) */
	const char *parties_from;   /* how its parties were read */
};

struct cable {
	struct arena arena;         /* owns everything below */
	const char *source;         /* file name as given ("-" for stdin) */
	enum cable_form form;

	const char *id;             /* "08STATE104535"; NULL when neither the
	                               text nor the file name gives the year
	                               (never estimated) */
	const char *serial;         /* "MADRID 2164": the post and serial of a
	                               cable whose text gives no year, else NULL */
	bool id_from_name;          /* the id's year is the file name's: the
	                               name is the id the text's post and
	                               serial make ("04BOGOTA8900.txt") */
	struct dtg dtg;
	const char *precedence;     /* "PRIORITY" ... (the action precedence) */
	const char *from;           /* "SECSTATE WASHDC" */
	struct addressee *to;
	size_t nto;
	struct addressee *info;
	size_t ninfo;
	const char *classification; /* spelled out: "CONFIDENTIAL" */
	const char **caveats;       /* "SENSITIVE", "SIPDIS", "NOFORN" ... */
	size_t ncaveats;
	const char *eo;             /* "12958" */
	const char *decl;           /* "09/25/2018", "N/A", "OADR" ... */
	const char **tags;
	size_t ntags;
	const char *subject;
	const char *letter_for;     /* a post's letter: whom its front line
	                               "FOR THE PRESIDENT FROM AMBASSADOR
	                               STAPLETON" writes to ("THE PRESIDENT"),
	                               else NULL (not in the JSON contract) */
	struct reference *refs;
	size_t nrefs;
	const char *classified_by;
	const char *signature;

	struct paragraph *paras;
	size_t nparas;
	struct tasking *taskings;
	size_t ntaskings;
};

/* Parse one cable from bytes.  Returns NULL and fills err when the bytes are
 * not a cable (empty, binary, an image, no cable structure at all). */
struct cable *cable_parse(const char *bytes, size_t len, const char *source,
                          struct ct_error *err);

/* Read and parse a file; "-" reads stdin. */
struct cable *cable_parse_file(const char *path, struct ct_error *err);

void cable_free(struct cable *c);

#endif

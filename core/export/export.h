/* export.h - checklists of taskings, with the reviewer's state, as bytes.
 *
 * export_build() turns (cables, reviews) into one list of checklist items:
 * one item per effective row (review/effective.h: one per (paragraph,
 * party) with the status and due date in force; manual taskings included,
 * stale auto items left out).  export_begin, export_add_cable and
 * export_end build the same list a cable at a time: the list copies what
 * it needs, so each cable and its review can be freed once added, and an
 * export of many cables holds the items, not the cables.
 * Every string in the list is cleaned once here (C0/C1 controls, DEL and
 * invalid UTF-8 removed; single-line fields have their whitespace
 * collapsed), so the writers only apply their own format's escaping.
 *
 * Each writer is a pure function from the list to bytes appended to a buf:
 * no clock, no environment, no I/O.  The export time comes in the options.
 *
 * Every item has a stable id: an RFC 4122 version-5 UUID of
 * "<cable id>:<paragraph>:<party>", so re-importing an export updates the
 * tasks it made before instead of duplicating them; a status change never
 * changes it.
 */
#ifndef CABLETRACK_EXPORT_H
#define CABLETRACK_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "base/arena.h"
#include "base/buf.h"
#include "parse/cable.h"
#include "review/review.h"

enum export_format {
	EXPORT_MD,      /* GitHub task list */
	EXPORT_ORG,     /* Org mode TODO headings */
	EXPORT_TODO,    /* todo.txt */
	EXPORT_CSV,     /* RFC 4180 */
	EXPORT_ICS,     /* iCalendar VTODO (RFC 5545) */
	EXPORT_YAML,
	EXPORT_JSON,    /* Taskwarrior import format */
	EXPORT_NFORMATS
};

/* One cable of the checklist, as its header shows it. */
struct export_cable {
	const char *id;            /* cable id, else its serial ("MADRID 2164"),
	                              else the file name */
	const char *subject;       /* NULL when absent */
	const char *dtg;           /* "302227Z SEP 08", NULL when absent */
	struct dtg date;           /* the same as read (date.valid false: none) */
	const char *precedence;    /* "PRIORITY", as the cable has it; or NULL */
	const char *classification; /* NULL when unmarked */
	const char *marking;       /* this cable's overall marking with its
	                              caveats: "CONFIDENTIAL//SIPDIS";
	                              "UNMARKED" when it has none */
	size_t nitems;             /* its items in the list */
};

struct export_item {
	const struct export_cable *src;
	int paragraph;              /* 0: the body of an unnumbered cable */
	const char *portion;        /* paragraph's mark, "SBU"; NULL when none */
	const char *party;          /* full addressee name */
	const char *post;           /* one word for tags: "USOSCE", "SAN_JOSE" */
	const char *summary;        /* single line */
	const char *deadline;       /* "YYYY-MM-DD" in force, NULL when none */
	enum review_status status;
	const char *note;           /* may hold "\n"; NULL when none */
	bool manual;                /* added by the reviewer */
	bool reworded;              /* a tasking the finder found whose line
	                               (summary) the reviewer rewrote */
	const char *finder_summary; /* reworded: the finder's line; else NULL */
	char uuid[37];              /* lowercase 8-4-4-4-12 */
	long long due_at;           /* with deadline: the instant that day
	                               begins where the user is (UTC seconds,
	                               export_options.midnight) */
	const char *status_at;      /* "YYYY-MM-DDTHH:MM:SSZ" of the last
	                               status change (the review's), or NULL */
};

struct export_building;          /* export_build.c */

struct export_list {
	struct arena arena;         /* owns every string below; the arrays
	                               cables and items are on the heap
	                               (export_list_free frees all) */
	struct export_cable *cables;
	size_t ncables;
	const char *banner;         /* overall marking: "SECRET//NOFORN" */
	struct export_item *items;  /* by party, deadline (none last), cable,
	                               paragraph */
	size_t n;
	size_t nwith;               /* cables that have items */
	time_t now;                 /* the export time */
	struct export_building *building; /* between begin and end only */
};

struct export_options {
	const char *post;           /* only this party (short or full); NULL all */
	bool open_only;             /* only open and doing items */
	time_t now;                 /* export time: DTSTAMP, completion dates */
	/* The instant (UTC seconds) a day begins where the user is, for
	 * Taskwarrior's due (what `task add due:DATE` stores); NULL: midnight
	 * UTC.  The command line passes mktime's local midnight. */
	long long (*midnight)(int year, int month, int day);
};

/* reviews[i] belongs to cables[i] and may be NULL (everything open).  The
 * list points into neither: they may be freed as soon as it is built. */
void export_build(struct export_list *l, const struct cable *const *cables,
                  const struct review *const *reviews, size_t n,
                  const struct export_options *opt);
/* The same a cable at a time: begin (opt must live until end), add each
 * cable with its review (NULL: everything open) in the order export_build
 * would take them, end; the cable and the review may be freed as soon as
 * export_add_cable returns.  Between begin and end the list is not for
 * the writers.  export_list_free frees a list at any point. */
void export_begin(struct export_list *l, const struct export_options *opt);
void export_add_cable(struct export_list *l, const struct cable *c,
                      const struct review *r);
void export_end(struct export_list *l);
void export_list_free(struct export_list *l);

/* --- the formats (export_formats.c) ------------------------------------ */

#define EXPORT_MAX_ALIASES 3

/* One row of the table of formats.  That table is the only list of them:
 * the --format names of `cabletrack export`, its usage text and messages,
 * and the TUI's export picker are all made from it. */
struct export_format_info {
	enum export_format id;
	const char *name;          /* "md": what --format takes and help shows */
	const char *aliases[EXPORT_MAX_ALIASES]; /* other names; NULL ends */
	const char *ext;           /* file name extension, no dot: "txt" */
	void (*write)(const struct export_list *l, struct buf *out);
	const char *what;          /* one line: "GitHub task list" */
};

/* Every format, in enum order (EXPORT_MD first); *n gets how many. */
const struct export_format_info *export_formats(size_t *n);
/* The row of f; NULL when f is no format. */
const struct export_format_info *export_format_get(enum export_format f);
/* The format a name or an alias names ("markdown" is md); NULL if none. */
const struct export_format_info *export_format_find(const char *name);
/* The same as an enum: 0 ok, -1 unknown. */
int export_format_parse(const char *name, enum export_format *out);
/* The format's name, "?" when f is no format. */
const char *export_format_name(enum export_format f);
/* The names (not the aliases) in table order, sep between them and last
 * before the last one: ("|", "|") "md|org|...|json"; (", ", " or ")
 * "md, org, ... or json". */
void export_format_names(struct buf *out, const char *sep, const char *last);

/* Writers: append the checklist to out (check out->failed afterwards).
 * export_write calls the writer of f's row. */
void export_write(enum export_format f, const struct export_list *l,
                  struct buf *out);
void export_md(const struct export_list *l, struct buf *out);
void export_org(const struct export_list *l, struct buf *out);
void export_todo(const struct export_list *l, struct buf *out);
void export_csv(const struct export_list *l, struct buf *out);
void export_ics(const struct export_list *l, struct buf *out);
void export_yaml(const struct export_list *l, struct buf *out);
void export_json(const struct export_list *l, struct buf *out);
/* The ~/.taskrc lines that declare the JSON export's own fields as UDAs
 * and a report that shows them (`cabletrack export --taskrc`). */
const char *export_taskrc(void);

/* --- shared by the writers ------------------------------------------- */

/* Cleaned copy of s in a: C0 controls (but TAB and LF when multiline), DEL,
 * C1 controls and invalid UTF-8 removed; single-line: TAB/LF/CR become
 * spaces, runs of spaces collapse, ends are trimmed.  NULL stays NULL. */
char *export_clean(struct arena *a, const char *s, bool multiline);

/* Short post name for tags and contexts: "USMISSION USOSCE" -> "USOSCE",
 * "USMISSION UNVIE VIENNA" -> "UNVIE", "AMEMBASSY SAN JOSE" -> "SAN_JOSE",
 * "SECSTATE WASHDC" -> "SECSTATE".  Only [A-Za-z0-9_] and UTF-8 letters. */
char *export_short_post(struct arena *a, const char *party);

/* "open", "doing", "done", "dropped" (the review file's words). */
const char *export_status_name(enum review_status s);
/* Whose the item is: "auto" (the finder's), "manual" (the reviewer
 * added it) or "reworded" (the finder's, with the reviewer's line). */
const char *export_origin(const struct export_item *it);
/* The item's title line: "(SBU) Washington requests Post pursue ..." */
void export_title(const struct export_item *it, struct buf *out);
/* Note with every run of whitespace (newlines too) as one space. */
void export_flat(const char *s, struct buf *out);
/* Cable ids joined: "08STATE104535, 08STATE103511". */
void export_cable_ids(const struct export_list *l, struct buf *out);

/* --- export_meta.c: what the list says about itself ---------------------- */

/* What the export covers, for a title or a calendar name: the cable's id
 * when there is one cable; the ids of the cables that have items when all
 * of them do and they are at most EXPORT_SCOPE_IDS; else a count, "985
 * cables, 116 with items", followed by ": ID, ID" when the cables with
 * items are that few. */
#define EXPORT_SCOPE_IDS 3
void export_scope(const struct export_list *l, struct buf *out);
/* The item id of (cable id, paragraph, party): what export_build gives the
 * item; the importers check a task's id with it. */
void export_item_uuid(const char *cable_id, int paragraph, const char *party,
                      char out[37]);
/* A short digest of a note as the exporters flatten it (export_flat), 16
 * lowercase hex digits ("" for none): the JSON export carries it so that
 * an import can tell whether the note changed since. */
void export_note_digest(const char *note, char out[17]);
/* The RFC 5545 PRIORITY of a precedence: FLASH 1, IMMEDIATE 3, PRIORITY 5,
 * ROUTINE 7, none or unknown 0 (undefined). */
int export_priority(const char *precedence);
/* "CONFIDENTIAL//SIPDIS//NOFORN": classification (cleaned, NULL when the
 * cable has none: "UNMARKED") and each caveat of c once, in a. */
const char *export_marking(struct arena *a, const char *classification,
                           const struct cable *c);
/* Fills what export_end leaves to this file: each cable's count of items,
 * l->nwith and each item's due_at. */
void export_meta_fill(struct export_list *l, const struct export_options *opt);
/* UTC time t as "YYYYMMDDTHHMMSSZ" (17 bytes with the NUL). */
void export_stamp(time_t t, char out[17]);
/* Cable DTG as a stamp, or the export time when the cable has none. */
void export_entry_stamp(const struct export_list *l,
                        const struct export_item *it, char out[17]);

#endif

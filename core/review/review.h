/* review.h - the reviewer's state for one cable: status and note per tasking.
 *
 * One YAML file per cable id, <dir>/<ID>.yaml, dir from --state or
 * $XDG_DATA_HOME/cabletrack/reviews (~/.local/share/... when unset/empty).
 * Saves are atomic (temp file in the same dir, fsync, rename, fsync dir),
 * mode 0600 in a 0700 dir, stable key order.  A file that fails to load is
 * reported and never overwritten.  A file changed on disk since it was
 * loaded is never silently overwritten (REVIEW_CONFLICT), not even by a
 * save racing it in another process: saves of one cable take turns under
 * the save lock (flock on .<ID>.yaml.tmp-lock, held from the check for an
 * outside change to the rename), so the second one sees the first one's
 * file.  The edit lock (flock on <ID>.yaml.lock, held while the cable is
 * open for editing, released by the kernel when its holder exits or is
 * killed) warns a second instance.
 *
 * What protects the user's data:
 *  - A save writes a temp file (.<ID>.yaml.tmp-<pid>-XXXXXX, O_EXCL, 0600)
 *    and renames it over the file only after write + fsync succeeded; on any
 *    error (ENOSPC, EFBIG, EIO) the temp file is removed and the old file is
 *    left byte-identical.  A process killed mid-save leaves the old or the
 *    new file, never a mix; the temp file it may leave is removed by the next
 *    review_load (or review_save) of that cable, which sees the save lock
 *    file the killed save left free.  Otherwise a load does not read the
 *    folder (one failed open), and never touches other cables' files.
 *  - A file that exists but fails to load (bad YAML, wrong types, another
 *    cable's id, repeated items, over 8 MiB) gives REVIEW_ERROR "file:line:
 *    why" and no review.  It is never overwritten, not even by a forced save
 *    of a review loaded earlier: review_save re-reads a file that changed
 *    since load and refuses (REVIEW_ERROR) when it does not load.  The user
 *    fixes or removes it; the program never decides that for them.
 *  - Outside changes (size, mtime in ns, inode, and a hash of the bytes,
 *    taken at load and after each save) give REVIEW_CONFLICT unless force;
 *    a file deleted behind our back is a change too.
 *  - Unknown keys (top level or in an item) are kept and written back.
 *  - Loading refuses anchors/aliases, nesting over 64, files over 8 MiB;
 *    saving refuses to write what loading would refuse (REVIEW_TOO_BIG).
 * Pointers into r->items stay valid until the next review_merge().
 */
#ifndef CABLETRACK_REVIEW_H
#define CABLETRACK_REVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "parse/cable.h"

struct ys_node;
struct ys_doc;
struct review_io;

enum review_status { STATUS_OPEN, STATUS_DOING, STATUS_DONE, STATUS_DROPPED };

const char *review_status_name(enum review_status s);      /* "open" ... */
int review_status_parse(const char *s, enum review_status *out); /* 0 ok */

/* Why the reviewer dismissed a tasking the finder found. */
enum review_dismissal {
	DISMISS_NONE,              /* not dismissed */
	DISMISS_NOT_TASKING,       /* "not a tasking": the paragraph asks nothing */
	DISMISS_NOT_MINE,          /* "not for my post": asks, but not this party */
};
/* "not a tasking", "not for my post"; NULL for DISMISS_NONE. */
const char *review_dismissal_name(enum review_dismissal d);
int review_dismissal_parse(const char *s, enum review_dismissal *out); /* 0 ok */

struct review_item {
	int paragraph;
	char *party;               /* addressee name */
	enum review_status status;
	char *note;                /* NULL or UTF-8 (cleaned on set) */
	char *due;                 /* "YYYY-MM-DD" override, or NULL */
	bool manual;               /* origin: manual (true) or auto */
	const struct ys_node *src; /* the item as loaded (unknown keys), or NULL */
	/* the reviewer's corrections (issue 11; absent in older files) */
	char *summary;             /* the reviewer's checklist line: of a manual
	                              item its line, of a found one a reword (the
	                              finder's stays in the cable); NULL: none */
	enum review_dismissal dismissed;
	char *reason;              /* why it was dismissed (free text), or NULL */
	char *status_at;           /* "YYYY-MM-DDTHH:MM:SSZ" (UTC) of the last
	                              status change, or NULL; a merge of two
	                              copies takes the later status */
	char *conflict;            /* what a merge left for a person to choose,
	                              or NULL; kept until the reviewer clears it */
};

struct review {
	char *cable_id;
	char *path;                /* the review file */
	struct review_item *items;
	size_t n, cap;
	/* what was on disk at load/save time, to detect outside changes */
	bool existed;
	off_t disk_size;
	struct timespec disk_mtime;
	ino_t disk_ino;
	int lock_fd;               /* the edit lock's descriptor, -1 if none */
	bool locked_by_other;      /* another instance holds the edit lock */
	/* undo: one entry per user action */
	struct review_undo *undo;
	size_t nundo, capundo;
	/* added after the first draft of this header */
	struct ys_doc *doc;        /* the file as loaded, for its unknown keys */
	unsigned long long disk_hash; /* FNV-1a of the bytes at load/save */
	const struct review_io *io;   /* NULL: the real calls (tests fault it) */
	time_t now;                /* the clock of status_at; 0: time(NULL) */
	char *base;                /* the file's bytes as loaded or last saved
	                              (the ancestor of review_save_merge), or
	                              NULL when there was no file */
	size_t nbase;
};

/* The system calls a save makes, for fault injection in tests. */
struct review_io {
	ssize_t (*write)(int fd, const void *buf, size_t len);
	int (*fsync)(int fd);
	int (*rename)(const char *from, const char *to);
};

enum {
	REVIEW_OK = 0,
	REVIEW_ERROR = -1,         /* err says why; nothing was changed */
	REVIEW_CONFLICT = -2,      /* the file changed on disk since load */
	REVIEW_TOO_BIG = -3,       /* review_save: the file would be over what
	                              review_load takes (8 MiB, the count of
	                              values); err says so, nothing written */
};

/* The reviews directory: dir if non-NULL, else the XDG default.  Creates it
 * (0700) when create is true.  Returns a malloc'd path or NULL + err. */
char *review_dir(const char *dir, bool create, struct ct_error *err);

/* Load the review of cable_id from dir (a missing file is an empty review).
 * On a file that exists but fails to load: REVIEW_ERROR, *out NULL, and the
 * file is left as it is.  A load only reads: the file is opened, read and
 * closed, no lock is taken and no descriptor kept, so the agenda, the inbox
 * counts and export may hold thousands; a caller that opens the cable for
 * editing then takes the edit lock (review_lock). */
int review_load(const char *dir, const char *cable_id, struct review **out,
                struct ct_error *err);

/* Add an item for every tasking of c that the review lacks (status open,
 * origin auto).  Items the review has that c lacks are kept. */
void review_merge(struct review *r, const struct cable *c);

struct review_item *review_find(struct review *r, int paragraph, const char *party);

/* Changes, each one undoable user action; they do not save. */
void review_set_status(struct review *r, struct review_item *it, enum review_status s);
void review_set_note(struct review *r, struct review_item *it, const char *note);
/* due: "YYYY-MM-DD" or NULL (no override); -1 and nothing changed when due
 * is not such a date. */
int review_set_due(struct review *r, struct review_item *it, const char *due);
/* The reviewer's corrections, each one undoable action; they do not save.
 * review_add: the reviewer's own tasking of party in paragraph (origin
 * manual, status open), with its checklist line (NULL: none) and due date
 * (NULL or "YYYY-MM-DD").  When the review holds that (paragraph, party)
 * dismissed, the add restores it instead (and sets the line when one is
 * given); when it holds it live, nothing changes.  Returns the item, or NULL
 * (nothing changed) when party is empty, due is no date or the tasking is
 * there already. */
struct review_item *review_add(struct review *r, int paragraph, const char *party,
                               const char *summary, const char *due);
/* Dismiss (why != DISMISS_NONE, reason optional) or restore (DISMISS_NONE)
 * one item; review_dismiss_paragraph: every item of paragraph not already
 * so, as one action.  Return how many items changed. */
int review_dismiss(struct review *r, struct review_item *it,
                   enum review_dismissal why, const char *reason);
int review_dismiss_paragraph(struct review *r, int paragraph,
                             enum review_dismissal why, const char *reason);
/* The reviewer's checklist line; NULL or "" puts the finder's back. */
void review_set_summary(struct review *r, struct review_item *it, const char *summary);
/* Reverts the last action; false when there is none. */
bool review_undo(struct review *r);

/* Atomic save.  REVIEW_CONFLICT when the file changed on disk since load or
 * the last save (nothing written); force=true overwrites anyway.
 * REVIEW_TOO_BIG (even forced) when the loader would refuse the file it
 * would write: the writer checks the new bytes against the loader's own
 * limits first, so a saved file always loads; the change stays in r (the
 * caller says so and the user undoes it).  Waits
 * for a save of the same cable in another process (REVIEW_SAVE_WAIT_S at
 * most, then REVIEW_ERROR, nothing written). */
int review_save(struct review *r, bool force, struct ct_error *err);

/* A save that met REVIEW_CONFLICT, merged instead of refused (review_merge3.h):
 * the file as this review last read or wrote it is the ancestor, this review
 * is ours, the file on disk now is theirs.  The merge is loaded into r (its
 * items replaced: pointers into r->items and the undo list are gone; the
 * caller rebuilds its rows) and saved; *conflicts counts the choices left
 * in 'conflict' keys.  A file deleted on disk is written anew.  REVIEW_OK;
 * REVIEW_ERROR when the file on disk is no review this program reads (it
 * is kept, r unchanged) or the save fails; REVIEW_CONFLICT when the file
 * kept changing under three tries. */
int review_save_merge(struct review *r, size_t *conflicts, struct ct_error *err);

/* Opens the cable for editing: takes the edit lock, an flock(2) on
 * <ID>.yaml.lock kept on r->lock_fd until review_free (the kernel releases
 * it if the process dies).  Never waits: when another process holds it,
 * locked_by_other is set (the caller warns; saving stays possible but
 * conflict-checked).  A second review of the same cable in this process
 * neither locks nor warns. */
void review_lock(struct review *r);

void review_free(struct review *r);  /* releases the lock too */

/* Checks that id is usable as a file name: 1..64 characters of A-Z a-z 0-9
 * and "-_.", not starting with '.'. */
bool review_id_ok(const char *id);

#endif

/* effective_json.h - the effective taskings as JSON, for `cabletrack parse
 * --review`: the taskings as the reviewer corrected them, each with a field
 * that says whose it is.
 *
 * One object per row not dismissed, in the rows' order:
 *   paragraph, party, source ("finder" | "reviewer": the reviewer added it),
 *   status, due (in force, "YYYY-MM-DD" or null), due_from ("cable" |
 *   "reviewer" | null), deadline_text, quote (the finder's words, null for
 *   the reviewer's own), summary (in force), reworded (the summary is the
 *   reviewer's line for a tasking the finder found), finder_summary (the
 *   finder's line, null when the finder has none), note.
 * The dismissed rows go to a second array: paragraph, party, source,
 * dismissed ("not a tasking" | "not for my post"), reason, finder_summary.
 */
#ifndef CABLETRACK_EFFECTIVE_JSON_H
#define CABLETRACK_EFFECTIVE_JSON_H

#include <jansson.h>

#include "review/effective.h"

/* New references the caller owns.  e from effective_build_all; keep(row,
 * arg) (NULL: every row) leaves rows out. */
typedef bool (*effective_keep_fn)(const struct effective_row *row, void *arg);
json_t *effective_taskings_json(const struct effective *e, effective_keep_fn keep,
                                void *arg);
json_t *effective_dismissed_json(const struct effective *e, effective_keep_fn keep,
                                 void *arg);

#endif

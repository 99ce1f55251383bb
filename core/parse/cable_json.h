/* cable_json.h - a parsed cable as JSON (the `parse --format json` contract
 * of DESIGN.md) and as YAML with the same fields in the same order. */
#ifndef CABLETRACK_CABLE_JSON_H
#define CABLETRACK_CABLE_JSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "parse/cable.h"

/* A new reference the caller owns (json_decref). */
json_t *cable_to_json(const struct cable *c);

/* JSON text that cable_json_append adds to; reuse one across cables.  Start
 * it zeroed; json_text_free releases it. */
struct json_text {
	struct buf text;           /* the JSON (base/buf.h) */
	size_t skip;               /* internal: leading bytes still to drop */
};

/* Appends c as jansson prints it with JSON_INDENT(2) and no final newline:
 * as a document, or (element) as an element of a top-level array, i.e.
 * every line after the first indented by two more spaces, so that
 * "[\n  " E1 ",\n  " E2 ... "\n]" is byte for byte the dump of the array.
 * Returns 0, or -1 (out of memory, or a string jansson refuses); the bytes
 * written so far stay in out. */
int cable_json_append(const struct cable *c, bool element, struct json_text *out);
/* The same for a value v built by cable_to_json, which stays the caller's. */
int cable_json_dump(json_t *v, bool element, struct json_text *out);
void json_text_free(struct json_text *t);

/* YAML text: one document for one cable, a sequence for several (like the
 * JSON array).  Returns malloc'd bytes (*len set) or NULL on failure. */
char *cable_to_yaml(const struct cable *const *cables, size_t n, bool many,
                    size_t *len);

#endif

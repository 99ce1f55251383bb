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

/* YAML text, a cable at a time: one document for one cable (many false;
 * nothing at all when none is added), a sequence for several (like the
 * JSON array; "[]" when none is added).  Each cable_yaml_add emits the
 * cable and flushes it to write (which returns 0, or -1 to fail), so the
 * caller may free the cable at once.  cable_yaml_end finishes the text and
 * frees the writer; each returns 0, or -1 when anything failed. */
typedef int (*cable_yaml_write_fn)(void *ctx, const char *p, size_t n);
struct cable_yaml;
struct cable_yaml *cable_yaml_begin(bool many, cable_yaml_write_fn write, void *ctx);
int cable_yaml_add(struct cable_yaml *y, const struct cable *c);
int cable_yaml_end(struct cable_yaml *y);
/* All of it in memory: malloc'd bytes (*len set) or NULL on failure; for
 * tests and small callers. */
char *cable_to_yaml(const struct cable *const *cables, size_t n, bool many,
                    size_t *len);

#endif

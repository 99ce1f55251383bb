/* cable_json.h - a parsed cable as JSON (the `parse --format json` contract
 * of DESIGN.md) and as YAML with the same fields in the same order. */
#ifndef CABLETRACK_CABLE_JSON_H
#define CABLETRACK_CABLE_JSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "cable.h"

/* A new reference the caller owns (json_decref). */
json_t *cable_to_json(const struct cable *c);

/* YAML text: one document for one cable, a sequence for several (like the
 * JSON array).  Returns malloc'd bytes (*len set) or NULL on failure. */
char *cable_to_yaml(const struct cable *const *cables, size_t n, bool many,
                    size_t *len);

#endif

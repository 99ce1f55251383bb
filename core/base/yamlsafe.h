/* yamlsafe.h - hardened YAML loading and emitting, shared by review and keymap.
 *
 * Loading builds a small tree of scalars, sequences and mappings from
 * libyaml's event stream, refusing at once what a data file never needs and
 * an attacker loves: anchors and aliases (so "billion laughs" stops at its
 * first anchor, before any expansion), nesting deeper than YS_MAX_DEPTH,
 * inputs over YS_MAX_BYTES, more than YS_MAX_NODES values, more than one
 * document, and keys that are not scalars.  Errors read "file:line: why".
 * Typing is ours: a scalar is its text plus whether it was plain (unquoted),
 * so "no" stays the string "no" unless a caller asks for something else.
 *
 * Emitting goes through libyaml's emitter into memory (never printf'd YAML),
 * so a failed emit touches no file.
 */
#ifndef CABLETRACK_YAMLSAFE_H
#define CABLETRACK_YAMLSAFE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include <yaml.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/error.h"

#define YS_MAX_BYTES ((size_t)8 << 20)   /* 8 MiB */
#define YS_MAX_DEPTH 64
#define YS_MAX_NODES ((size_t)1 << 19)

enum ys_kind { YS_SCALAR, YS_SEQ, YS_MAP };

struct ys_node {
	enum ys_kind kind;
	size_t line;                 /* 1-based line where the value starts */
	const char *str;             /* scalar text (NUL-terminated), else NULL */
	size_t len;
	int style;                   /* yaml_scalar_style_t / flow or block */
	const char *tag;             /* explicit tag, or NULL */
	struct ys_node **kids;       /* SEQ: items; MAP: key, value, key, value */
	size_t nkids;
};

struct ys_doc {
	struct arena arena;          /* owns every node and string */
	struct ys_node *root;        /* NULL for an empty stream */
};

/* Parse buf[0..len).  file names the errors.  Returns NULL + err on any
 * error; the caller frees the doc with ys_doc_free(). */
struct ys_doc *ys_load(const char *buf, size_t len, const char *file,
                       struct ct_error *err);
void ys_doc_free(struct ys_doc *d);

/* Read a regular file of at most YS_MAX_BYTES into a malloc'd, NUL-ended
 * buffer (base/readfile.h).  0 ok, 1 the file does not exist, -1 error
 * (err: "path: why").  st (optional) gets the identity of the file read. */
int ys_read_file(const char *path, char **buf, size_t *len, struct stat *st,
                 struct ct_error *err);

/* A plain "", "~", "null", "Null" or "NULL" scalar. */
bool ys_is_null(const struct ys_node *n);
/* The value of key in a mapping, or NULL. */
const struct ys_node *ys_map_get(const struct ys_node *map, const char *key);
/* In a mapping, the first key that appears twice: returns true and sets
 * *first and *again to the kids[] indices of the two keys. */
bool ys_map_dup(const struct ys_node *map, size_t *first, size_t *again);

/* libyaml's output handler appending to a struct buf (base/buf.h): for
 * yaml_emitter_set_output(e, ys_write_buf, buf). */
int ys_write_buf(void *buf, unsigned char *bytes, size_t size);

/* Emitter helpers; each returns 0 or -1 (the emitter's error is in e). */
int ys_emit_begin(yaml_emitter_t *e, struct buf *out);      /* stream+doc */
int ys_emit_end(yaml_emitter_t *e);                         /* doc+stream */
int ys_emit_map_start(yaml_emitter_t *e);
int ys_emit_map_end(yaml_emitter_t *e);
int ys_emit_seq_start(yaml_emitter_t *e);
int ys_emit_seq_end(yaml_emitter_t *e);
/* A string, quoted when a YAML 1.1 reader would take it for something else
 * (null, bool, number, date), literal block when it holds newlines.  s must
 * be valid UTF-8 without control characters other than TAB and LF. */
int ys_emit_str(yaml_emitter_t *e, const char *s);
int ys_emit_plain(yaml_emitter_t *e, const char *s);        /* as is */
int ys_emit_null(yaml_emitter_t *e);                        /* ~ */
/* A loaded subtree, styles and tags kept. */
int ys_emit_node(yaml_emitter_t *e, const struct ys_node *n);

/* Copy of s with invalid UTF-8 replaced by U+FFFD and control characters
 * (C0 but TAB and LF, DEL, C1, U+FFFE/U+FFFF) removed: what libyaml accepts
 * both ways.  malloc'd; aborts on out-of-memory. */
char *ys_clean_utf8(const char *s, size_t len);

#endif

/* yamlsafe.c - see yamlsafe.h */
#include "base/yamlsafe.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/readfile.h"
#include "base/utf8.h"

struct ys_loader {
	yaml_parser_t parser;
	struct ys_doc *doc;
	const char *file;
	const char *buf;
	size_t len;
	struct ct_error *err;
	size_t nodes;
};

static void ys_fail(struct ys_loader *L, size_t line, const char *fmt, const char *arg)
{
	char why[200];
	snprintf(why, sizeof why, fmt, arg);
	ct_error_set(L->err, "%s:%zu: %s", L->file, line, why);
}

/* The 1-based line of a byte offset (reader errors carry only an offset). */
static size_t ys_line_at(const char *buf, size_t len, size_t off)
{
	size_t line = 1;
	if (off > len)
		off = len;
	for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + off - p))); p++)
		line++;
	return line;
}

static void ys_parser_error(struct ys_loader *L)
{
	const yaml_parser_t *p = &L->parser;
	size_t line = p->error == YAML_READER_ERROR
	              ? ys_line_at(L->buf, L->len, p->problem_offset)
	              : p->problem_mark.line + 1;
	const char *problem = p->problem ? p->problem : "invalid YAML";
	if (p->error == YAML_MEMORY_ERROR)
		problem = "out of memory";
	if (p->context)
		ct_error_set(L->err, "%s:%zu: %s %s", L->file, line, p->context,
		             problem);
	else
		ct_error_set(L->err, "%s:%zu: %s", L->file, line, problem);
}

static int ys_next(struct ys_loader *L, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&L->parser, ev)) {
		ys_parser_error(L);
		return -1;
	}
	return 0;
}

static size_t ev_line(const yaml_event_t *ev)
{
	return ev->start_mark.line + 1;
}

static const char *ev_anchor(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return (const char *)ev->data.scalar.anchor;
	case YAML_SEQUENCE_START_EVENT:
		return (const char *)ev->data.sequence_start.anchor;
	case YAML_MAPPING_START_EVENT:
		return (const char *)ev->data.mapping_start.anchor;
	default:
		return NULL;
	}
}

static const char *ev_tag(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return (const char *)ev->data.scalar.tag;
	case YAML_SEQUENCE_START_EVENT:
		return (const char *)ev->data.sequence_start.tag;
	case YAML_MAPPING_START_EVENT:
		return (const char *)ev->data.mapping_start.tag;
	default:
		return NULL;
	}
}

/* Build the node of event ev (consumed) and, for collections, its
 * children.  depth is the nesting of ev's node (the root is 1). */
static int ys_node_build(struct ys_loader *L, yaml_event_t *ev, int depth,
                         struct ys_node **out)
{
	struct arena *a = &L->doc->arena;
	size_t line = ev_line(ev);
	int rc = -1;

	if (ev->type == YAML_ALIAS_EVENT) {
		ys_fail(L, line, "aliases (*%s) are not allowed",
		        (const char *)ev->data.alias.anchor);
		goto done;
	}
	if (ev->type != YAML_SCALAR_EVENT && ev->type != YAML_SEQUENCE_START_EVENT &&
	    ev->type != YAML_MAPPING_START_EVENT) {
		ys_fail(L, line, "%s", "unexpected YAML structure");
		goto done;
	}
	if (ev_anchor(ev)) {
		ys_fail(L, line, "anchors (&%s) are not allowed", ev_anchor(ev));
		goto done;
	}
	if (depth > YS_MAX_DEPTH) {
		ys_fail(L, line, "nested deeper than %s levels", "64");
		goto done;
	}
	if (++L->nodes > YS_MAX_NODES) {
		ys_fail(L, line, "more than %s values", "524288");
		goto done;
	}

	struct ys_node *n = arena_alloc(a, sizeof *n);
	n->line = line;
	if (ev_tag(ev))
		n->tag = arena_strdup(a, ev_tag(ev));
	*out = n;
	if (ev->type == YAML_SCALAR_EVENT) {
		n->kind = YS_SCALAR;
		n->len = ev->data.scalar.length;
		n->str = arena_strndup(a, (const char *)ev->data.scalar.value, n->len);
		n->style = ev->data.scalar.style;
		rc = 0;
		goto done;
	}
	bool map = ev->type == YAML_MAPPING_START_EVENT;
	n->kind = map ? YS_MAP : YS_SEQ;
	n->style = map ? (int)ev->data.mapping_start.style
	               : (int)ev->data.sequence_start.style;
	yaml_event_type_t end = map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
	yaml_event_delete(ev);
	size_t cap = 0;
	for (;;) {
		if (ys_next(L, ev) < 0)
			return -1;
		if (ev->type == end)
			break;
		bool is_key = map && n->nkids % 2 == 0;
		size_t kline = ev_line(ev);
		struct ys_node *kid = NULL;
		if (ys_node_build(L, ev, depth + 1, &kid) < 0)
			return -1;
		if (is_key && kid->kind != YS_SCALAR) {
			ys_fail(L, kline, "%s", "a key must be a plain value, not a list or mapping");
			return -1;
		}
		n->kids = arena_grow(a, n->kids, sizeof *n->kids, &cap, n->nkids + 1);
		n->kids[n->nkids++] = kid;
	}
	rc = 0;
done:
	yaml_event_delete(ev);
	return rc;
}

static int ys_expect(struct ys_loader *L, yaml_event_type_t type, const char *what)
{
	yaml_event_t ev;
	if (ys_next(L, &ev) < 0)
		return -1;
	int ok = ev.type == type;
	if (!ok)
		ys_fail(L, ev_line(&ev), "%s", what);
	yaml_event_delete(&ev);
	return ok ? 0 : -1;
}

struct ys_doc *ys_load(const char *buf, size_t len, const char *file,
                       struct ct_error *err)
{
	if (len > YS_MAX_BYTES) {
		ct_error_set(err, "%s: too big (%zu bytes; the limit is 8 MiB)", file, len);
		return NULL;
	}
	struct ys_loader L = {.file = file, .buf = buf, .len = len, .err = err};
	if (!yaml_parser_initialize(&L.parser)) {
		ct_error_set(err, "%s: out of memory", file);
		return NULL;
	}
	yaml_parser_set_input_string(&L.parser, (const unsigned char *)buf, len);
	L.doc = calloc(1, sizeof *L.doc);
	if (!L.doc) {
		yaml_parser_delete(&L.parser);
		ct_error_set(err, "%s: out of memory", file);
		return NULL;
	}
	arena_init(&L.doc->arena);

	yaml_event_t ev;
	if (ys_expect(&L, YAML_STREAM_START_EVENT, "not a YAML stream") < 0 ||
	    ys_next(&L, &ev) < 0)
		goto fail;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);
		goto ok;                                /* empty: no document */
	}
	yaml_event_delete(&ev);                       /* DOCUMENT-START */
	if (ys_next(&L, &ev) < 0 || ys_node_build(&L, &ev, 1, &L.doc->root) < 0 ||
	    ys_expect(&L, YAML_DOCUMENT_END_EVENT, "expected the end of the document") < 0 ||
	    ys_expect(&L, YAML_STREAM_END_EVENT, "more than one YAML document") < 0)
		goto fail;
ok:
	yaml_parser_delete(&L.parser);
	return L.doc;
fail:
	yaml_parser_delete(&L.parser);
	ys_doc_free(L.doc);
	return NULL;
}

void ys_doc_free(struct ys_doc *d)
{
	if (!d)
		return;
	arena_free(&d->arena);
	free(d);
}

int ys_read_file(const char *path, char **buf, size_t *len, struct stat *st,
                 struct ct_error *err)
{
	struct readfile f;
	enum readfile_status s = readfile(path, READFILE_REGULAR, YS_MAX_BYTES, &f);
	*buf = f.data;
	*len = f.len;
	if (st)
		*st = f.st;
	if (s == READFILE_OK)
		return 0;
	if (s == READFILE_ERRNO && errno == ENOENT)
		return 1;
	ct_error_set(err, "%s: %s", path,
	             s == READFILE_TOO_BIG ? "too big (over 8 MiB)" :
	             s == READFILE_DIR ? "not a regular file" : readfile_why(s));
	return -1;
}

bool ys_is_null(const struct ys_node *n)
{
	if (!n)
		return true;
	if (n->kind != YS_SCALAR || n->style != YAML_PLAIN_SCALAR_STYLE || n->tag)
		return false;
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	for (size_t i = 0; i < sizeof nulls / sizeof *nulls; i++)
		if (strcmp(n->str, nulls[i]) == 0)
			return true;
	return false;
}

const struct ys_node *ys_map_get(const struct ys_node *map, const char *key)
{
	if (!map || map->kind != YS_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->nkids; i += 2)
		if (strcmp(map->kids[i]->str, key) == 0)
			return map->kids[i + 1];
	return NULL;
}

struct ys_keyref {
	const struct ys_node *k;
	size_t i;
};

static int ys_keyref_cmp(const void *a, const void *b)
{
	const struct ys_keyref *x = a, *y = b;
	if (x->k->len != y->k->len)
		return x->k->len < y->k->len ? -1 : 1;
	int c = memcmp(x->k->str, y->k->str, x->k->len);
	if (c)
		return c;
	return x->i < y->i ? -1 : x->i > y->i;
}

bool ys_map_dup(const struct ys_node *map, size_t *first, size_t *again)
{
	if (!map || map->kind != YS_MAP || map->nkids < 4)
		return false;
	size_t n = map->nkids / 2;
	struct ys_keyref *refs = malloc(n * sizeof *refs);
	if (!refs)
		abort();
	for (size_t i = 0; i < n; i++)
		refs[i] = (struct ys_keyref){map->kids[2 * i], 2 * i};
	qsort(refs, n, sizeof *refs, ys_keyref_cmp);
	bool found = false;
	for (size_t i = 1; i < n; i++) {
		if (refs[i].k->len == refs[i - 1].k->len &&
		    memcmp(refs[i].k->str, refs[i - 1].k->str, refs[i].k->len) == 0 &&
		    (!found || refs[i].i < *again)) {
			*first = refs[i - 1].i;
			*again = refs[i].i;
			found = true;
		}
	}
	free(refs);
	return found;
}

/* --- emitting ------------------------------------------------------------ */

int ys_write_buf(void *buf, unsigned char *bytes, size_t size)
{
	struct buf *b = buf;
	buf_add(b, bytes, size);
	return !b->failed;
}

static int ys_emit(yaml_emitter_t *e, yaml_event_t *ev, int made)
{
	if (!made)
		return -1;
	return yaml_emitter_emit(e, ev) ? 0 : -1;   /* emit consumes ev */
}

int ys_emit_begin(yaml_emitter_t *e, struct buf *out)
{
	if (!yaml_emitter_initialize(e))
		return -1;
	yaml_emitter_set_output(e, ys_write_buf, out);
	yaml_emitter_set_unicode(e, 1);
	yaml_emitter_set_width(e, -1);
	yaml_emitter_set_indent(e, 2);
	yaml_emitter_set_break(e, YAML_LN_BREAK);
	yaml_event_t ev;
	if (ys_emit(e, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING)) < 0)
		return -1;
	return ys_emit(e, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
}

int ys_emit_end(yaml_emitter_t *e)
{
	yaml_event_t ev;
	if (ys_emit(e, &ev, yaml_document_end_event_initialize(&ev, 1)) < 0 ||
	    ys_emit(e, &ev, yaml_stream_end_event_initialize(&ev)) < 0)
		return -1;
	return yaml_emitter_flush(e) ? 0 : -1;
}

int ys_emit_map_start(yaml_emitter_t *e)
{
	yaml_event_t ev;
	return ys_emit(e, &ev, yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
	                                              YAML_BLOCK_MAPPING_STYLE));
}

int ys_emit_map_end(yaml_emitter_t *e)
{
	yaml_event_t ev;
	return ys_emit(e, &ev, yaml_mapping_end_event_initialize(&ev));
}

int ys_emit_seq_start(yaml_emitter_t *e)
{
	yaml_event_t ev;
	return ys_emit(e, &ev, yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
	                                               YAML_BLOCK_SEQUENCE_STYLE));
}

int ys_emit_seq_end(yaml_emitter_t *e)
{
	yaml_event_t ev;
	return ys_emit(e, &ev, yaml_sequence_end_event_initialize(&ev));
}

static int ys_emit_scalar(yaml_emitter_t *e, const char *s, size_t len,
                          yaml_scalar_style_t style)
{
	yaml_event_t ev;
	return ys_emit(e, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL,
	               (yaml_char_t *)s, (int)len, 1, 1, style));
}

/* Would a YAML 1.1 reader (PyYAML, Ruby) take plain s for a non-string? */
static bool ys_looks_typed(const char *s)
{
	static const char *const words[] = {
		"", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES",
		"n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
		"False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "=", "<<",
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcmp(s, words[i]) == 0)
			return true;
	/* numbers, dates, times, sexagesimals: a digit up front, then only
	 * the characters such values are made of */
	const char *p = s;
	if (*p == '-' || *p == '+')
		p++;
	if (*p == '.')
		p++;
	if (*p == '.' || !*p)
		return false;
	if (strcmp(p, "inf") == 0 || strcmp(p, "Inf") == 0 || strcmp(p, "INF") == 0 ||
	    strcmp(p, "nan") == 0 || strcmp(p, "NaN") == 0 || strcmp(p, "NAN") == 0)
		return true;
	if (*p < '0' || *p > '9')
		return false;
	return strspn(p, "0123456789abcdefABCDEFxXoO_.:+-") == strlen(p);
}

int ys_emit_str(yaml_emitter_t *e, const char *s)
{
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	if (ys_looks_typed(s))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	else if (strchr(s, '\n'))
		style = YAML_LITERAL_SCALAR_STYLE;
	return ys_emit_scalar(e, s, strlen(s), style);
}

int ys_emit_plain(yaml_emitter_t *e, const char *s)
{
	return ys_emit_scalar(e, s, strlen(s), YAML_PLAIN_SCALAR_STYLE);
}

int ys_emit_null(yaml_emitter_t *e)
{
	return ys_emit_plain(e, "~");
}

int ys_emit_node(yaml_emitter_t *e, const struct ys_node *n)
{
	yaml_event_t ev;
	yaml_char_t *tag = (yaml_char_t *)n->tag;
	int implicit = tag == NULL;
	switch (n->kind) {
	case YS_SCALAR:
		return ys_emit(e, &ev, yaml_scalar_event_initialize(&ev, NULL, tag,
		               (yaml_char_t *)n->str, (int)n->len, implicit, implicit,
		               (yaml_scalar_style_t)n->style));
	case YS_SEQ:
		if (ys_emit(e, &ev, yaml_sequence_start_event_initialize(&ev, NULL, tag,
		            implicit, (yaml_sequence_style_t)n->style)) < 0)
			return -1;
		break;
	case YS_MAP:
		if (ys_emit(e, &ev, yaml_mapping_start_event_initialize(&ev, NULL, tag,
		            implicit, (yaml_mapping_style_t)n->style)) < 0)
			return -1;
		break;
	}
	for (size_t i = 0; i < n->nkids; i++)
		if (ys_emit_node(e, n->kids[i]) < 0)
			return -1;
	return n->kind == YS_SEQ ? ys_emit_seq_end(e) : ys_emit_map_end(e);
}

/* --- cleaning text ------------------------------------------------------- */

char *ys_clean_utf8(const char *s, size_t len)
{
	/* at most 3 output bytes (U+FFFD) per input byte */
	if (len > (SIZE_MAX - 1) / 3)
		abort();
	char *out = malloc(len * 3 + 1);
	if (!out)
		abort();
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	char *o = out;
	while (p < end) {
		uint32_t cp;
		size_t n = utf8_decode(p, (size_t)(end - p), &cp);
		if (n == 0) {
			memcpy(o, "\xEF\xBF\xBD", 3);   /* U+FFFD */
			o += 3;
			p++;
			continue;
		}
		if (cp == '\r') {                     /* CRLF -> LF, lone CR -> LF */
			if (p + 1 >= end || p[1] != '\n')
				*o++ = '\n';
		} else if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F ||
		           (cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) {
			/* dropped */
		} else {
			memcpy(o, p, n);
			o += n;
		}
		p += n;
	}
	*o = '\0';
	return out;
}

/* cable_yaml.c - the JSON value tree of a cable, emitted as YAML through
 * libyaml's emitter, so both formats carry the same fields in one order.
 * Cables are written one at a time (cable_yaml_add): each one's value tree
 * is built, emitted, flushed to the caller's writer and freed, so memory
 * does not grow with the number of cables. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "base/ascii.h"
#include "base/buf.h"
#include "base/yamlsafe.h"
#include "parse/cable_json.h"

/* Would a YAML 1.1 reader take this plain scalar for something other than
 * a string (null, bool, number)?  Then it must be quoted. */
static bool needs_quotes(const char *s)
{
	static const char *const words[] = {
		"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
	};
	if (!*s)
		return true;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasecmp(s, words[i]) == 0)
			return true;
	return ascii_is_digit(s[0]) || s[0] == '+' || s[0] == '-' ||
	       s[0] == '.';
}

static int emit_scalar(yaml_emitter_t *e, const char *s, bool quote_if_needed)
{
	yaml_event_t ev;
	yaml_scalar_style_t style = quote_if_needed && needs_quotes(s)
		? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s,
	                                  (int)strlen(s), 1, 1, style))
		return 0;
	return yaml_emitter_emit(e, &ev);
}

static int emit_value(yaml_emitter_t *e, json_t *v)
{
	yaml_event_t ev;
	char num[32];
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		if (!yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		                                         YAML_BLOCK_MAPPING_STYLE) ||
		    !yaml_emitter_emit(e, &ev))
			return 0;
		const char *key;
		json_t *val;
		json_object_foreach(v, key, val) {
			if (!emit_scalar(e, key, true) || !emit_value(e, val))
				return 0;
		}
		return yaml_mapping_end_event_initialize(&ev) && yaml_emitter_emit(e, &ev);
	}
	case JSON_ARRAY: {
		/* Empty sequences as "[]", short lists of strings inline. */
		yaml_sequence_style_t style = json_array_size(v) == 0
			? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE;
		if (!yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, style) ||
		    !yaml_emitter_emit(e, &ev))
			return 0;
		size_t i;
		json_t *val;
		json_array_foreach(v, i, val) {
			if (!emit_value(e, val))
				return 0;
		}
		return yaml_sequence_end_event_initialize(&ev) && yaml_emitter_emit(e, &ev);
	}
	case JSON_STRING:
		return emit_scalar(e, json_string_value(v), true);
	case JSON_INTEGER:
		snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
		return emit_scalar(e, num, false);
	case JSON_REAL:
		snprintf(num, sizeof num, "%g", json_real_value(v));
		return emit_scalar(e, num, false);
	case JSON_TRUE:
		return emit_scalar(e, "true", false);
	case JSON_FALSE:
		return emit_scalar(e, "false", false);
	case JSON_NULL:
		return emit_scalar(e, "null", false);
	}
	return 0;
}

struct cable_yaml {
	yaml_emitter_t e;
	bool many;
	bool started;      /* stream and document (and sequence) started */
	bool failed;
	size_t n;          /* cables written */
	cable_yaml_write_fn write;
	void *ctx;
};

/* libyaml's output handler: the caller's writer; 1 ok, 0 failed. */
static int cable_yaml_out(void *data, unsigned char *p, size_t n)
{
	struct cable_yaml *y = data;
	return y->write(y->ctx, (const char *)p, n) == 0;
}

struct cable_yaml *cable_yaml_begin(bool many, cable_yaml_write_fn write, void *ctx)
{
	struct cable_yaml *y = calloc(1, sizeof *y);
	if (!y)
		return NULL;
	if (!yaml_emitter_initialize(&y->e)) {
		free(y);
		return NULL;
	}
	y->many = many;
	y->write = write;
	y->ctx = ctx;
	yaml_emitter_set_output(&y->e, cable_yaml_out, y);
	yaml_emitter_set_unicode(&y->e, 1);
	yaml_emitter_set_width(&y->e, -1);
	return y;
}

/* The stream and the document started, and for several cables the
 * sequence: block style when a cable follows, "[]" when none does. */
static bool cable_yaml_start(struct cable_yaml *y, bool empty)
{
	yaml_event_t ev;
	y->started = true;
	return yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) &&
	       yaml_emitter_emit(&y->e, &ev) &&
	       yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0) &&
	       yaml_emitter_emit(&y->e, &ev) &&
	       (!y->many ||
	        (yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, empty
	                ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE) &&
	         yaml_emitter_emit(&y->e, &ev)));
}

int cable_yaml_add(struct cable_yaml *y, const struct cable *c)
{
	if (y->failed || (!y->many && y->n > 0))
		return -1;
	json_t *v = cable_to_json(c);
	bool ok = v && (y->started || cable_yaml_start(y, false)) &&
	          emit_value(&y->e, v) && yaml_emitter_flush(&y->e);
	json_decref(v);
	y->n++;
	y->failed |= !ok;
	return ok ? 0 : -1;
}

int cable_yaml_end(struct cable_yaml *y)
{
	if (!y)
		return -1;
	yaml_event_t ev;
	bool ok = !y->failed;
	if (ok && (y->started || y->many)) {
		ok = (y->started || cable_yaml_start(y, true)) &&
		     (!y->many || (yaml_sequence_end_event_initialize(&ev) &&
		                   yaml_emitter_emit(&y->e, &ev))) &&
		     yaml_document_end_event_initialize(&ev, 1) &&
		     yaml_emitter_emit(&y->e, &ev) &&
		     yaml_stream_end_event_initialize(&ev) &&
		     yaml_emitter_emit(&y->e, &ev) &&
		     yaml_emitter_flush(&y->e);
	}
	yaml_emitter_delete(&y->e);
	free(y);
	return ok ? 0 : -1;
}

/* cable_to_yaml's writer: onto a struct buf. */
static int cable_yaml_to_buf(void *ctx, const char *p, size_t n)
{
	struct buf *b = ctx;
	buf_add(b, p, n);
	return b->failed ? -1 : 0;
}

char *cable_to_yaml(const struct cable *const *cables, size_t n, bool many,
                    size_t *len)
{
	struct buf o;
	buf_init(&o);
	struct cable_yaml *y = cable_yaml_begin(many, cable_yaml_to_buf, &o);
	int rc = y ? 0 : -1;
	for (size_t i = 0; i < n && rc == 0 && (many || i == 0); i++)
		rc = cable_yaml_add(y, cables[i]);
	if (!many && n == 0 && y) {
		/* one document, null */
		yaml_event_t ev;
		rc = yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) &&
		     yaml_emitter_emit(&y->e, &ev) &&
		     yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0) &&
		     yaml_emitter_emit(&y->e, &ev) && emit_scalar(&y->e, "null", false)
			? 0 : -1;
		y->started = true;
	}
	if (cable_yaml_end(y) != 0)
		rc = -1;
	if (rc != 0 || o.failed) {
		buf_free(&o);
		return NULL;
	}
	*len = o.len;
	return o.data;
}

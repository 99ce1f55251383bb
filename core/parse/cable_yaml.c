/* cable_yaml.c - the JSON value tree of a cable, emitted as YAML through
 * libyaml's emitter, so both formats carry the same fields in one order. */
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

char *cable_to_yaml(const struct cable *const *cables, size_t n, bool many,
                    size_t *len)
{
	struct buf o;
	yaml_emitter_t e;
	yaml_event_t ev;
	if (!yaml_emitter_initialize(&e))
		return NULL;
	buf_init(&o);
	yaml_emitter_set_output(&e, ys_write_buf, &o);
	yaml_emitter_set_unicode(&e, 1);
	yaml_emitter_set_width(&e, -1);
	json_t *root = NULL;
	if (many) {
		root = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(root, cable_to_json(cables[i]));
	} else if (n == 1) {
		root = cable_to_json(cables[0]);
	} else {
		root = json_null();
	}
	int ok = yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) &&
	         yaml_emitter_emit(&e, &ev) &&
	         yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0) &&
	         yaml_emitter_emit(&e, &ev) &&
	         emit_value(&e, root) &&
	         yaml_document_end_event_initialize(&ev, 1) &&
	         yaml_emitter_emit(&e, &ev) &&
	         yaml_stream_end_event_initialize(&ev) &&
	         yaml_emitter_emit(&e, &ev) &&
	         yaml_emitter_flush(&e);
	yaml_emitter_delete(&e);
	json_decref(root);
	if (!ok || o.failed) {
		buf_free(&o);
		return NULL;
	}
	*len = o.len;
	return o.data;
}

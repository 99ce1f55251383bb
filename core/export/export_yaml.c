/* export_yaml.c - YAML through the libyaml emitter (core/base/yamlsafe.h).
 *
 *   # BANNER
 *   classification: BANNER
 *   cables: [{id, subject, dtg, classification}]
 *   items: [{uuid, cable, paragraph, classification, post, party, summary,
 *            deadline, status, note, origin[, finder_summary]}]
 *   # BANNER
 *
 * Strings a YAML 1.1 reader would take for something else (null, yes/no, a
 * number, a date) are quoted by ys_emit_str; absent values are ~.  origin
 * is auto, manual (added by the reviewer) or reworded (the summary is the
 * reviewer's line; finder_summary, only then, the finder's). */
#include "export/export.h"

#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

#include "base/yamlsafe.h"

static int yaml_str(yaml_emitter_t *e, const char *s)
{
	return s ? ys_emit_str(e, s) : ys_emit_null(e);
}

static int yaml_kv(yaml_emitter_t *e, const char *k, const char *v)
{
	return ys_emit_plain(e, k) < 0 ? -1 : yaml_str(e, v);
}

static int yaml_cable(yaml_emitter_t *e, const struct export_cable *c)
{
	if (ys_emit_map_start(e) < 0 || yaml_kv(e, "id", c->id) < 0 ||
	    yaml_kv(e, "subject", c->subject) < 0 || yaml_kv(e, "dtg", c->dtg) < 0 ||
	    yaml_kv(e, "classification", c->classification) < 0)
		return -1;
	return ys_emit_map_end(e);
}

static int yaml_item(yaml_emitter_t *e, const struct export_item *it)
{
	char para[16];
	snprintf(para, sizeof para, "%d", it->paragraph);
	if (ys_emit_map_start(e) < 0 || yaml_kv(e, "uuid", it->uuid) < 0 ||
	    yaml_kv(e, "cable", it->src->id) < 0 ||
	    ys_emit_plain(e, "paragraph") < 0 || ys_emit_plain(e, para) < 0 ||
	    yaml_kv(e, "classification", it->portion) < 0 ||
	    yaml_kv(e, "post", it->post) < 0 || yaml_kv(e, "party", it->party) < 0 ||
	    yaml_kv(e, "summary", it->summary) < 0 ||
	    yaml_kv(e, "deadline", it->deadline) < 0 ||
	    yaml_kv(e, "status", export_status_name(it->status)) < 0 ||
	    yaml_kv(e, "note", it->note) < 0 ||
	    yaml_kv(e, "origin", export_origin(it)) < 0)
		return -1;
	if (it->finder_summary && yaml_kv(e, "finder_summary", it->finder_summary) < 0)
		return -1;
	return ys_emit_map_end(e);
}

static int yaml_doc(yaml_emitter_t *e, const struct export_list *l)
{
	if (ys_emit_map_start(e) < 0 || yaml_kv(e, "classification", l->banner) < 0 ||
	    ys_emit_plain(e, "cables") < 0 || ys_emit_seq_start(e) < 0)
		return -1;
	for (size_t i = 0; i < l->ncables; i++)
		if (yaml_cable(e, &l->cables[i]) < 0)
			return -1;
	if (ys_emit_seq_end(e) < 0 || ys_emit_plain(e, "items") < 0 ||
	    ys_emit_seq_start(e) < 0)
		return -1;
	for (size_t i = 0; i < l->n; i++)
		if (yaml_item(e, &l->items[i]) < 0)
			return -1;
	if (ys_emit_seq_end(e) < 0 || ys_emit_map_end(e) < 0)
		return -1;
	return ys_emit_end(e);
}

void export_yaml(const struct export_list *l, struct buf *out)
{
	/* libyaml writes no comments: the banner goes around the document,
	 * which is emitted straight into out (no second copy of it) */
	buf_printf(out, "# %s\n", l->banner);
	yaml_emitter_t e;
	int rc = ys_emit_begin(&e, out);
	if (rc == 0)
		rc = yaml_doc(&e, l);
	yaml_emitter_delete(&e);
	if (rc < 0)
		out->failed = true;           /* what is in out is not to be used */
	else
		buf_printf(out, "# %s\n", l->banner);
}

/* keymap_load.c - loading a keymap from its YAML.
 *
 * In: a keymap's name or path, or YAML text (keymap_parse).  Out: struct
 * keymap, or an error naming the file and line.  The YAML is read with the
 * hardened loader (yamlsafe); the keymap it inherits is built first, then
 * this file's bindings are laid over it: a key bound again replaces the
 * inherited action, "key: none" removes it.  Checks, each reported with
 * the file and line: unknown actions, unknown key names, a key bound twice
 * in one file, a key that is both bound and the start of a longer binding
 * ("g" and "gg"), inheritance loops.
 */
#include "keymap/keymap.h"
#include "keymap/keymap_internal.h"
#include "base/xalloc.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/embedded.h"
#include "base/xdg.h"
#include "base/yamlsafe.h"

enum {
	KEYMAP_MAX_BINDINGS = 1000,   /* per keymap, inherited ones included */
	KEYMAP_MAX_INHERIT = 8,
};

/* --- the builder --------------------------------------------------------- */

struct keymap_builder {
	struct keymap_binding *b;
	const char **file;            /* per binding: the file it came from */
	size_t n, cap;
	char **files;                 /* owned file names, for the messages */
	size_t nfiles;
	char *chain[KEYMAP_MAX_INHERIT + 1]; /* identities being built */
	size_t depth;
	struct ct_error *err;
	bool shipped_only;            /* no user file (keymap_load_shipped) */
};

static const char *keymap_keep_file(struct keymap_builder *B, const char *file)
{
	char **p = realloc(B->files, (B->nfiles + 1) * sizeof *p);
	if (!p)
		abort();
	B->files = p;
	return B->files[B->nfiles++] = xstrdup(file);
}

static bool keymap_seq_eq(const struct keymap_binding *a, const struct keymap_binding *b)
{
	return a->nseq == b->nseq && memcmp(a->seq, b->seq, a->nseq * sizeof *a->seq) == 0;
}

static int keymap_seq_cmp(const struct keymap_binding *a, const struct keymap_binding *b)
{
	for (size_t i = 0; i < a->nseq && i < b->nseq; i++)
		if (a->seq[i] != b->seq[i])
			return a->seq[i] < b->seq[i] ? -1 : 1;
	return a->nseq < b->nseq ? -1 : a->nseq > b->nseq;
}

static int keymap_bptr_cmp(const void *x, const void *y)
{
	const struct keymap_binding *a = *(const struct keymap_binding *const *)x;
	const struct keymap_binding *b = *(const struct keymap_binding *const *)y;
	int c = keymap_seq_cmp(a, b);
	if (c)
		return c;
	return a->line < b->line ? -1 : a->line > b->line;
}

/* --- finding a keymap ---------------------------------------------------- */

/* Where the text of a keymap named by inherit/keymap_load lives. */
struct keymap_text {
	char *id;                     /* identity, for loop detection */
	char *file;                   /* for messages */
	const char *text;
	size_t len;
	char *buf;                    /* text, when read from a file */
};

static void keymap_text_free(struct keymap_text *t)
{
	free(t->id);
	free(t->file);
	free(t->buf);
}

static bool keymap_in_chain(const struct keymap_builder *B, const char *id)
{
	for (size_t i = 0; i < B->depth; i++)
		if (strcmp(B->chain[i], id) == 0)
			return true;
	return false;
}

/* The user's config directory for keymaps, malloc'd, or NULL. */
static char *keymap_config_dir(void)
{
	char *base = xdg_dir(XDG_CONFIG);
	char *dir = base ? xprintf("%s/cabletrack", base) : NULL;
	free(base);
	return dir;
}

static bool keymap_name_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 64 &&
	       strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") == n;
}

/* A keymap named by a path (relative to base when it is not absolute and
 * base is given).  0 ok, -1 err set (prefixed by where, when non-NULL). */
static int keymap_find_path(struct keymap_builder *B, const char *name_or_path,
                            const char *base, const char *where, struct keymap_text *t)
{
	struct ct_error *err = B->err;
	const char *pre = where ? where : "";
	const char *sep = where ? ": " : "";
	char *path = name_or_path[0] != '/' && base
	             ? xprintf("%s/%s", base, name_or_path)
	             : xstrdup(name_or_path);
	char *real = realpath(path, NULL);
	t->id = real ? real : xstrdup(path);
	if (keymap_in_chain(B, t->id)) {
		ct_error_set(err, "%s%sinheritance loop through %s", pre, sep, path);
		free(path);
		keymap_text_free(t);
		return -1;
	}
	int rc = ys_read_file(path, &t->buf, &t->len, NULL, err);
	t->text = t->buf;
	if (rc != 0) {
		if (rc > 0)
			ct_error_set(err, "%s%s%s: no such keymap file", pre, sep, path);
		else if (where) {
			char why[sizeof err->msg];
			snprintf(why, sizeof why, "%s", err->msg);
			ct_error_set(err, "%s: %s", where, why);
		}
		free(path);
		keymap_text_free(t);
		return -1;
	}
	t->file = path;
	return 0;
}

/* The user's NAME.yaml in the config directory.  1 found (t filled), 0
 * none (*looped when it is a file being loaded already), -1 err set. */
static int keymap_find_user(struct keymap_builder *B, const char *name,
                            struct keymap_text *t, bool *looped)
{
	char *dir = keymap_config_dir();
	if (!dir)
		return 0;
	char *path = xprintf("%s/%s.yaml", dir, name);
	free(dir);
	char *real = realpath(path, NULL);
	if (real && keymap_in_chain(B, real)) {
		*looped = true;
	} else if (real) {
		int rc = ys_read_file(path, &t->buf, &t->len, NULL, B->err);
		t->text = t->buf;
		if (rc < 0) {
			free(real);
			free(path);
			return -1;
		}
		if (rc == 0) {
			t->id = real;
			t->file = path;
			return 1;
		}
	}
	free(real);
	free(path);
	return 0;
}

/* The shipped keymaps/NAME.yaml.  1 found (t filled), 0 none (*looped
 * when it is being loaded already). */
static int keymap_find_shipped(const struct keymap_builder *B, const char *name,
                               struct keymap_text *t, bool *looped)
{
	char *file = xprintf("keymaps/%s.yaml", name);
	const struct embedded_file *f = embedded_find(file);
	if (f) {
		char *id = xprintf("shipped:%s", name);
		if (!keymap_in_chain(B, id)) {
			t->id = id;
			t->file = file;
			t->text = f->data;
			t->len = f->len;
			return 1;
		}
		free(id);
		*looped = true;
	}
	free(file);
	return 0;
}

/* Find the keymap called name_or_path: a path, else the user's file of
 * that name, else the shipped one.  base: the directory of the file that
 * asks (for relative inherit paths), or NULL.  0 ok, -1 err set (the
 * message is prefixed by where, when non-NULL). */
static int keymap_find(struct keymap_builder *B, const char *name_or_path,
                       const char *base, const char *where, struct keymap_text *t)
{
	memset(t, 0, sizeof *t);
	struct ct_error *err = B->err;
	const char *pre = where ? where : "";
	const char *sep = where ? ": " : "";
	if (strchr(name_or_path, '/'))
		return keymap_find_path(B, name_or_path, base, where, t);
	if (!keymap_name_ok(name_or_path)) {
		ct_error_set(err, "%s%s'%.60s' is not a keymap name or a path", pre, sep,
		           name_or_path);
		return -1;
	}
	bool looped = false;
	int rc = B->shipped_only ? 0 : keymap_find_user(B, name_or_path, t, &looped);
	if (rc == 0)
		rc = keymap_find_shipped(B, name_or_path, t, &looped);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (looped)
		ct_error_set(err, "%s%sinheritance loop through '%s'", pre, sep, name_or_path);
	else
		ct_error_set(err, "%s%sno keymap '%s' (shipped: default, vi, emacs)", pre, sep,
		           name_or_path);
	return -1;
}

/* --- laying bindings over the builder ------------------------------------ */

/* One binding of the file, key k: action v, into b (its key copied last,
 * so a binding that fails owns nothing).  0, or -1 err set. */
static int keymap_read_binding(const struct ys_node *k, const struct ys_node *v,
                               const char *file, struct keymap_binding *b,
                               struct ct_error *err)
{
	char why[160];
	b->line = k->line;
	if (keymap_parse_seq(k->str, b->seq, &b->nseq, why, sizeof why) < 0) {
		ct_error_set(err, "%s:%zu: %s", file, k->line, why);
		return -1;
	}
	for (size_t j = 0; j < b->nseq; j++)
		b->seq[j] = keymap_canon(b->seq[j]);
	if (v->kind != YS_SCALAR || ys_is_null(v)) {
		ct_error_set(err, "%s:%zu: key '%.40s' needs an action (or none)", file,
		           v->line, k->str);
		return -1;
	}
	if (strcmp(v->str, "none") == 0) {
		b->action = ACT_NONE;
	} else if ((b->action = keymap_action_parse(v->str)) == ACT_NONE) {
		ct_error_set(err, "%s:%zu: unknown action '%.60s'", file, v->line, v->str);
		return -1;
	}
	b->key = xstrdup(k->str);
	return 0;
}

/* A key bound twice in one file (mine[0..n)): -1 err set, else 0. */
static int keymap_check_twice(const struct keymap_binding *mine, size_t n,
                              const char *file, struct ct_error *err)
{
	const struct keymap_binding **order = calloc(n ? n : 1, sizeof *order);
	if (!order)
		abort();
	for (size_t i = 0; i < n; i++)
		order[i] = &mine[i];
	qsort(order, n, sizeof *order, keymap_bptr_cmp);
	int rc = 0;
	for (size_t i = 1; i < n; i++)
		if (keymap_seq_eq(order[i - 1], order[i])) {
			ct_error_set(err, "%s:%zu: key '%.40s' bound twice (also line %zu)", file,
			           order[i]->line, order[i]->key, order[i - 1]->line);
			rc = -1;
			break;
		}
	free(order);
	return rc;
}

static void keymap_grow(struct keymap_builder *B)
{
	if (B->n < B->cap)
		return;
	B->cap = B->cap ? B->cap * 2 : 64;
	struct keymap_binding *nb = realloc(B->b, B->cap * sizeof *nb);
	if (!nb)
		abort();
	B->b = nb;
	const char **nf = realloc(B->file, B->cap * sizeof *nf);
	if (!nf)
		abort();
	B->file = nf;
}

/* Lays b, one of file's own bindings, over B: it replaces an inherited
 * binding of its key ("none" removes it), or is added.  b->key is taken
 * (NULL after).  0, or -1 err set when B is full (b->key kept). */
static int keymap_lay(struct keymap_builder *B, struct keymap_binding *b, const char *file)
{
	size_t j = 0;
	while (j < B->n && !keymap_seq_eq(&B->b[j], b))
		j++;
	if (j < B->n) {                          /* rebinding an inherited key */
		keymap_binding_free(&B->b[j]);
		if (b->action == ACT_NONE) {
			memmove(&B->b[j], &B->b[j + 1], (B->n - j - 1) * sizeof *B->b);
			memmove(&B->file[j], &B->file[j + 1], (B->n - j - 1) * sizeof *B->file);
			B->n--;
			free(b->key);
		} else {
			B->b[j] = *b;
			B->file[j] = file;
		}
		b->key = NULL;
		return 0;
	}
	if (b->action == ACT_NONE) {
		free(b->key);
		b->key = NULL;
		return 0;
	}
	if (B->n == KEYMAP_MAX_BINDINGS) {
		ct_error_set(B->err, "%s:%zu: more than %d bindings", file, b->line,
		           KEYMAP_MAX_BINDINGS);
		return -1;
	}
	keymap_grow(B);
	B->b[B->n] = *b;
	B->file[B->n++] = file;
	b->key = NULL;
	return 0;
}

/* Lay the bindings of one file (map node bind) over B. */
static int keymap_apply(struct keymap_builder *B, const struct ys_node *bind,
                        const char *file)
{
	size_t n = bind->nkids / 2;
	struct keymap_binding *mine = calloc(n ? n : 1, sizeof *mine);
	if (!mine)
		abort();
	int rc = -1;
	for (size_t i = 0; i < n; i++)
		if (keymap_read_binding(bind->kids[2 * i], bind->kids[2 * i + 1], file,
		                        &mine[i], B->err) < 0)
			goto done;
	if (keymap_check_twice(mine, n, file, B->err) < 0)
		goto done;
	for (size_t i = 0; i < n; i++)
		if (keymap_lay(B, &mine[i], file) < 0)
			goto done;
	rc = 0;
done:
	for (size_t i = 0; i < n; i++)   /* those not laid over B; NULL or not made */
		free(mine[i].key);
	free(mine);
	return rc;
}

/* A key that is bound and also starts a longer binding can never be typed
 * (or the longer one never reached).  file: the one being built, which
 * made the clash (its parents were checked before). */
static int keymap_check_prefixes(struct keymap_builder *B, const char *file)
{
	const struct keymap_binding **v = xmalloc((B->n ? B->n : 1) * sizeof *v);
	for (size_t i = 0; i < B->n; i++)
		v[i] = &B->b[i];
	qsort(v, B->n, sizeof *v, keymap_bptr_cmp);
	int rc = 0;
	for (size_t i = 1; i < B->n && rc == 0; i++) {
		const struct keymap_binding *a = v[i - 1], *b = v[i];
		if (a->nseq >= b->nseq || memcmp(a->seq, b->seq, a->nseq * sizeof *a->seq) != 0)
			continue;
		bool amine = B->file[a - B->b] == file, bmine = B->file[b - B->b] == file;
		const struct keymap_binding *at = amine && (!bmine || a->line > b->line) ? a : b;
		ct_error_set(B->err, "%s:%zu: key '%.30s' is also the start of '%.30s'; "
		           "unbind one (\"%.30s\": none)", file, at->line, a->key, b->key,
		           a->key);
		rc = -1;
	}
	free(v);
	return rc;
}

static char *keymap_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return NULL;
	if (slash == path)
		return xstrdup("/");
	return xprintf("%.*s", (int)(slash - path), path);
}

static int keymap_build(struct keymap_builder *B, const char *text, size_t len,
                        const char *file, const char *id, char **name_out)
{
	struct ct_error *err = B->err;
	if (B->depth > KEYMAP_MAX_INHERIT) {
		ct_error_set(err, "%s: inherits more than %d levels deep", file, KEYMAP_MAX_INHERIT);
		return -1;
	}
	file = keymap_keep_file(B, file);
	struct ys_doc *doc = ys_load(text, len, file, err);
	if (!doc)
		return -1;
	int rc = -1;
	B->chain[B->depth++] = xstrdup(id);
	const struct ys_node *root = doc->root;
	if (!root || root->kind != YS_MAP) {
		ct_error_set(err, "%s:%zu: a keymap is a mapping with name, inherit and bind",
		           file, root ? root->line : 1);
		goto done;
	}
	size_t a, b;
	if (ys_map_dup(root, &a, &b)) {
		ct_error_set(err, "%s:%zu: '%s' given twice (also line %zu)", file,
		           root->kids[b]->line, root->kids[b]->str, root->kids[a]->line);
		goto done;
	}
	const struct ys_node *name = NULL, *inherit = NULL, *bind = NULL;
	for (size_t i = 0; i + 1 < root->nkids; i += 2) {
		const struct ys_node *k = root->kids[i], *v = root->kids[i + 1];
		if (strcmp(k->str, "name") == 0) {
			name = v;
		} else if (strcmp(k->str, "inherit") == 0) {
			inherit = v;
		} else if (strcmp(k->str, "bind") == 0) {
			bind = v;
		} else {
			ct_error_set(err, "%s:%zu: unknown key '%.40s' (a keymap has name, inherit, bind)",
			           file, k->line, k->str);
			goto done;
		}
		if (v->kind != (k->str[0] == 'b' ? YS_MAP : YS_SCALAR) && !ys_is_null(v)) {
			ct_error_set(err, "%s:%zu: %s must be %s", file, v->line, k->str,
			           k->str[0] == 'b' ? "a mapping of key: action" : "a name");
			goto done;
		}
	}
	if (name && !ys_is_null(name) && name_out && !*name_out)
		*name_out = xstrdup(name->str);
	if (inherit && !ys_is_null(inherit)) {
		struct keymap_text t;
		char *where = xprintf("%s:%zu", file, inherit->line);
		char *base = keymap_dirname(file);
		int frc = keymap_find(B, inherit->str, base, where, &t);
		free(base);
		free(where);
		if (frc < 0)
			goto done;
		frc = keymap_build(B, t.text, t.len, t.file, t.id, NULL);
		keymap_text_free(&t);
		if (frc < 0)
			goto done;
	}
	if (bind && !ys_is_null(bind) && keymap_apply(B, bind, file) < 0)
		goto done;
	if (keymap_check_prefixes(B, file) < 0)
		goto done;
	rc = 0;
done:
	free(B->chain[--B->depth]);
	ys_doc_free(doc);
	return rc;
}

/* --- the result ---------------------------------------------------------- */

static void keymap_builder_free(struct keymap_builder *B)
{
	for (size_t i = 0; i < B->n; i++)
		keymap_binding_free(&B->b[i]);
	free(B->b);
	free(B->file);
	for (size_t i = 0; i < B->nfiles; i++)
		free(B->files[i]);
	free(B->files);
}

static int keymap_finish(struct keymap_builder *B, int rc, char *name,
                         const char *fallback, struct keymap **out)
{
	if (rc < 0) {
		keymap_builder_free(B);
		free(name);
		return -1;
	}
	struct keymap *k = xmalloc(sizeof *k);
	k->name = name ? name : xstrdup(fallback);
	k->b = B->b;
	k->n = B->n;
	B->b = NULL;
	B->n = 0;
	keymap_builder_free(B);
	*out = k;
	return 0;
}

int keymap_parse(const char *yaml, size_t len, const char *file,
                 struct keymap **out, struct ct_error *err)
{
	*out = NULL;
	struct keymap_builder B = {.err = err};
	char *name = NULL;
	char *id = xprintf("text:%s", file);
	int rc = keymap_build(&B, yaml, len, file, id, &name);
	free(id);
	return keymap_finish(&B, rc, name, file, out);
}

static int keymap_load_from(const char *name_or_path, bool shipped_only,
                            struct keymap **out, struct ct_error *err)
{
	*out = NULL;
	struct keymap_builder B = {.err = err, .shipped_only = shipped_only};
	struct keymap_text t;
	if (keymap_find(&B, name_or_path, NULL, NULL, &t) < 0)
		return -1;
	char *name = NULL;
	int rc = keymap_build(&B, t.text, t.len, t.file, t.id, &name);
	/* a keymap without a name: the name it was asked by, or its file's */
	const char *base = strrchr(name_or_path, '/');
	char *fallback = xstrdup(base ? base + 1 : name_or_path);
	char *dot = strrchr(fallback, '.');
	if (dot && dot != fallback)
		*dot = '\0';
	rc = keymap_finish(&B, rc, name, fallback, out);
	free(fallback);
	keymap_text_free(&t);
	return rc;
}

int keymap_load(const char *name_or_path, struct keymap **out, struct ct_error *err)
{
	return keymap_load_from(name_or_path, false, out, err);
}

int keymap_load_shipped(const char *name, struct keymap **out, struct ct_error *err)
{
	if (strchr(name, '/')) {
		*out = NULL;
		ct_error_set(err, "'%.60s' is a path, not a shipped keymap", name);
		return -1;
	}
	return keymap_load_from(name, true, out, err);
}

/* keymap.c - see keymap.h.
 *
 * Loading a keymap: its YAML is read with the hardened loader (yamlsafe),
 * the keymap it inherits is built first, then this file's bindings are laid
 * over it: a key bound again replaces the inherited action, "key: none"
 * removes it.  Checks, each reported with the file and line: unknown actions,
 * unknown key names, a key bound twice in one file, a key that is both bound
 * and the start of a longer binding ("g" and "gg"), inheritance loops.
 */
#include "keymap/keymap.h"
#include "base/xalloc.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/embedded.h"
#include "base/yamlsafe.h"

/* ncurses key codes (curses.h), copied so the core needs no curses;
 * tests/unit/test_keymap.c checks them against curses.h. */
enum {
	KM_KEY_DOWN = 0402,
	KM_KEY_UP = 0403,
	KM_KEY_LEFT = 0404,
	KM_KEY_RIGHT = 0405,
	KM_KEY_HOME = 0406,
	KM_KEY_BACKSPACE = 0407,
	KM_KEY_F0 = 0410,
	KM_KEY_DC = 0512,
	KM_KEY_NPAGE = 0522,
	KM_KEY_PPAGE = 0523,
	KM_KEY_ENTER = 0527,
	KM_KEY_BTAB = 0541,
	KM_KEY_END = 0550,
};

enum {
	KEYMAP_MAX_BINDINGS = 1000,   /* per keymap, inherited ones included */
	KEYMAP_MAX_INHERIT = 8,
};

static const struct {
	const char *name;
	int code;
} keymap_named[] = {
	{"Up", KM_KEY_UP}, {"Down", KM_KEY_DOWN}, {"Left", KM_KEY_LEFT},
	{"Right", KM_KEY_RIGHT}, {"PgUp", KM_KEY_PPAGE}, {"PgDn", KM_KEY_NPAGE},
	{"Home", KM_KEY_HOME}, {"End", KM_KEY_END}, {"Enter", '\n'}, {"Tab", '\t'},
	{"BTab", KM_KEY_BTAB}, {"Esc", 27}, {"Space", ' '},
	{"Backspace", KM_KEY_BACKSPACE}, {"Delete", KM_KEY_DC},
};

static const struct {
	const char *name, *help;
} keymap_actions[] = {
#define KEYMAP_ROW(id, name, help) {name, help},
	KEYMAP_ACTIONS(KEYMAP_ROW)
#undef KEYMAP_ROW
};

const char *keymap_action_name(enum keymap_action a)
{
	return a >= 0 && a < ACT_COUNT ? keymap_actions[a].name : "none";
}

const char *keymap_action_help(enum keymap_action a)
{
	return a >= 0 && a < ACT_COUNT ? keymap_actions[a].help : "";
}

enum keymap_action keymap_action_parse(const char *name)
{
	for (int i = 0; i < ACT_COUNT; i++)
		if (strcmp(name, keymap_actions[i].name) == 0)
			return (enum keymap_action)i;
	return ACT_NONE;
}

/* --- key names ----------------------------------------------------------- */

/* One UTF-8 character: its length, 0 when invalid. */
static size_t keymap_utf8(const char *s, int *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	if (p[0] < 0x80) {
		*cp = p[0];
		return p[0] ? 1 : 0;
	}
	size_t n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
	if (n == 0 || p[0] > 0xF4)
		return 0;
	int v = p[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (p[i] & 0x3F);
	}
	static const int min[] = {0, 0, 0x80, 0x800, 0x10000};
	if (v < min[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

/* A character that can be a key: not a control, not a space, and not in
 * 0401..0777, where ncurses puts its KEY_* codes (so U+0101..U+01FF cannot
 * be bound: the TUI could not tell them from function keys). */
static bool keymap_printable(int cp)
{
	return cp > 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) &&
	       !(cp >= 0401 && cp <= 0777);
}

int keymap_key_code(const char *name)
{
	if (!name || !*name)
		return -1;
	if (name[0] == 'M' && name[1] == '-' && name[2]) {
		int k = keymap_key_code(name + 2);
		return k < 0 || (k & KEYMAP_META) ? -1 : KEYMAP_META | k;
	}
	if (name[0] == 'C' && name[1] == '-' && name[2]) {
		if (strcmp(name + 2, "Space") == 0)
			return 0;
		char c = name[2];
		if (name[3])
			return -1;
		if (c >= 'a' && c <= 'z')
			return c & 0x1f;
		if ((c >= 'A' && c <= 'Z') || strchr("@[\\]^_", c))
			return c & 0x1f;
		return -1;
	}
	for (size_t i = 0; i < sizeof keymap_named / sizeof *keymap_named; i++)
		if (strcmp(name, keymap_named[i].name) == 0)
			return keymap_named[i].code;
	if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		char *end;
		long n = strtol(name + 1, &end, 10);
		if (!*end && n >= 1 && n <= 12)
			return KM_KEY_F0 + (int)n;
		return -1;
	}
	int cp;
	size_t n = keymap_utf8(name, &cp);
	if (n == 0 || name[n] || !keymap_printable(cp))
		return -1;
	return cp;
}

const char *keymap_key_name(int code, char *buf, size_t size)
{
	if (!buf || size == 0)
		return "";
	if (code >= 0 && (code & KEYMAP_META)) {
		char inner[32];
		snprintf(buf, size, "M-%s", keymap_key_name(code & ~KEYMAP_META, inner,
		                                             sizeof inner));
		return buf;
	}
	for (size_t i = 0; i < sizeof keymap_named / sizeof *keymap_named; i++)
		if (code == keymap_named[i].code) {
			snprintf(buf, size, "%s", keymap_named[i].name);
			return buf;
		}
	if (code == '\r' || code == KM_KEY_ENTER) {
		snprintf(buf, size, "Enter");
	} else if (code == 127) {
		snprintf(buf, size, "Backspace");
	} else if (code == 0) {
		snprintf(buf, size, "C-Space");
	} else if (code > 0 && code < 0x20) {
		snprintf(buf, size, "C-%c", code < 27 ? 'a' + code - 1 : "[\\]^_"[code - 27]);
	} else if (code > KM_KEY_F0 && code <= KM_KEY_F0 + 12) {
		snprintf(buf, size, "F%d", code - KM_KEY_F0);
	} else if (keymap_printable(code) && code <= 0x10FFFF &&
	           !(code >= 0xD800 && code <= 0xDFFF)) {
		char u[5] = {0};
		if (code < 0x80) {
			u[0] = (char)code;
		} else if (code < 0x800) {
			u[0] = (char)(0xC0 | code >> 6);
			u[1] = (char)(0x80 | (code & 0x3F));
		} else if (code < 0x10000) {
			u[0] = (char)(0xE0 | code >> 12);
			u[1] = (char)(0x80 | (code >> 6 & 0x3F));
			u[2] = (char)(0x80 | (code & 0x3F));
		} else {
			u[0] = (char)(0xF0 | code >> 18);
			u[1] = (char)(0x80 | (code >> 12 & 0x3F));
			u[2] = (char)(0x80 | (code >> 6 & 0x3F));
			u[3] = (char)(0x80 | (code & 0x3F));
		}
		snprintf(buf, size, "%s", u);
	} else {
		snprintf(buf, size, "<%d>", code);
	}
	return buf;
}

/* A key as written in a file -> codes.  Space-separated parts; a part is
 * one named key ("PgDn", "C-x", "M-<", a word starting with a capital and
 * holding a lowercase letter or digit is always taken for a name) or a run
 * of characters typed one after the other ("gg", "zc").  0 ok, -1 with why
 * set to a message naming the bad part. */
static int keymap_parse_seq(const char *key, int *seq, size_t *nseq, char *why,
                            size_t whysize)
{
	*nseq = 0;
	const char *p = key;
	for (;;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " ");
		char part[64];
		if (len >= sizeof part) {
			snprintf(why, whysize, "key '%.40s' is too long", key);
			return -1;
		}
		memcpy(part, p, len);
		part[len] = '\0';
		p += len;
		bool named = (len >= 2 && (part[0] == 'C' || part[0] == 'M') && part[1] == '-');
		if (!named && len >= 2 && part[0] >= 'A' && part[0] <= 'Z') {
			bool word = true, lower = false;
			for (size_t i = 1; i < len; i++) {
				char c = part[i];
				if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
				      (c >= '0' && c <= '9')))
					word = false;
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
					lower = true;
			}
			named = word && lower;
		}
		if (named || len == 1) {
			int code = keymap_key_code(part);
			if (code < 0) {
				snprintf(why, whysize, "unknown key name '%s'", part);
				return -1;
			}
			if (*nseq == KEYMAP_MAX_SEQ)
				goto toolong;
			seq[(*nseq)++] = code;
			continue;
		}
		for (const char *q = part; *q;) {
			int cp;
			size_t n = keymap_utf8(q, &cp);
			if (n == 0 || !keymap_printable(cp)) {
				snprintf(why, whysize, "unknown key name '%s'", part);
				return -1;
			}
			if (*nseq == KEYMAP_MAX_SEQ)
				goto toolong;
			seq[(*nseq)++] = cp;
			q += n;
		}
	}
	if (*nseq == 0) {
		snprintf(why, whysize, "empty key");
		return -1;
	}
	return 0;
toolong:
	snprintf(why, whysize, "key '%.40s' is longer than %d keys", key, KEYMAP_MAX_SEQ);
	return -1;
}

/* --- building ------------------------------------------------------------ */

struct keymap_builder {
	struct keymap_binding *b;
	const char **file;            /* per binding: the file it came from */
	size_t n, cap;
	char **files;                 /* owned file names, for the messages */
	size_t nfiles;
	char *chain[KEYMAP_MAX_INHERIT + 1]; /* identities being built */
	size_t depth;
	struct ct_error *err;
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
	const char *xdg = getenv("XDG_CONFIG_HOME");
	if (xdg && xdg[0] == '/')
		return xprintf("%s/cabletrack", xdg);
	const char *home = getenv("HOME");
	if (home && home[0] == '/')
		return xprintf("%s/.config/cabletrack", home);
	return NULL;
}

static bool keymap_name_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 64 &&
	       strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") == n;
}

/* Find the keymap called name_or_path.  base: the directory of the file
 * that asks (for relative inherit paths), or NULL.  0 ok, -1 err set (the
 * message is prefixed by where, when non-NULL). */
static int keymap_find(struct keymap_builder *B, const char *name_or_path,
                       const char *base, const char *where, struct keymap_text *t)
{
	memset(t, 0, sizeof *t);
	struct ct_error *err = B->err;
	const char *pre = where ? where : "";
	const char *sep = where ? ": " : "";
	if (strchr(name_or_path, '/')) {
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
	if (!keymap_name_ok(name_or_path)) {
		ct_error_set(err, "%s%s'%.60s' is not a keymap name or a path", pre, sep,
		           name_or_path);
		return -1;
	}
	bool looped = false;
	char *dir = keymap_config_dir();
	if (dir) {
		char *path = xprintf("%s/%s.yaml", dir, name_or_path);
		free(dir);
		char *real = realpath(path, NULL);
		if (real && keymap_in_chain(B, real)) {
			looped = true;
		} else if (real) {
			int rc = ys_read_file(path, &t->buf, &t->len, NULL, err);
			t->text = t->buf;
			if (rc < 0) {
				free(real);
				free(path);
				return -1;
			}
			if (rc == 0) {
				t->id = real;
				t->file = path;
				return 0;
			}
		}
		free(real);
		free(path);
	}
	char *name = xprintf("keymaps/%s.yaml", name_or_path);
	const struct embedded_file *f = embedded_find(name);
	if (f) {
		char *id = xprintf("shipped:%s", name_or_path);
		if (!keymap_in_chain(B, id)) {
			t->id = id;
			t->file = name;
			t->text = f->data;
			t->len = f->len;
			return 0;
		}
		free(id);
		looped = true;
	}
	free(name);
	if (looped)
		ct_error_set(err, "%s%sinheritance loop through '%s'", pre, sep, name_or_path);
	else
		ct_error_set(err, "%s%sno keymap '%s' (shipped: default, vi, emacs)", pre, sep,
		           name_or_path);
	return -1;
}

static int keymap_canon(int code);

static void keymap_binding_free(struct keymap_binding *b)
{
	free(b->key);
}

static int keymap_build(struct keymap_builder *B, const char *text, size_t len,
                        const char *file, const char *id, char **name_out);

/* Lay the bindings of one file (map node bind) over B. */
static int keymap_apply(struct keymap_builder *B, const struct ys_node *bind,
                        const char *file)
{
	struct ct_error *err = B->err;
	size_t n = bind->nkids / 2;
	struct keymap_binding *mine = calloc(n ? n : 1, sizeof *mine);
	const struct keymap_binding **order = calloc(n ? n : 1, sizeof *order);
	if (!mine || !order)
		abort();
	int rc = -1;
	size_t made = 0;
	for (size_t i = 0; i < n; i++, made++) {
		const struct ys_node *k = bind->kids[2 * i], *v = bind->kids[2 * i + 1];
		struct keymap_binding *b = &mine[i];
		char why[160];
		b->line = k->line;
		if (keymap_parse_seq(k->str, b->seq, &b->nseq, why, sizeof why) < 0) {
			ct_error_set(err, "%s:%zu: %s", file, k->line, why);
			goto done;
		}
		for (size_t j = 0; j < b->nseq; j++)
			b->seq[j] = keymap_canon(b->seq[j]);
		if (v->kind != YS_SCALAR || ys_is_null(v)) {
			ct_error_set(err, "%s:%zu: key '%.40s' needs an action (or none)", file,
			           v->line, k->str);
			goto done;
		}
		if (strcmp(v->str, "none") == 0) {
			b->action = ACT_NONE;
		} else if ((b->action = keymap_action_parse(v->str)) == ACT_NONE) {
			ct_error_set(err, "%s:%zu: unknown action '%.60s'", file, v->line, v->str);
			goto done;
		}
		b->key = xstrdup(k->str);
		order[i] = b;
	}
	qsort(order, n, sizeof *order, keymap_bptr_cmp);
	for (size_t i = 1; i < n; i++)
		if (keymap_seq_eq(order[i - 1], order[i])) {
			ct_error_set(err, "%s:%zu: key '%.40s' bound twice (also line %zu)", file,
			           order[i]->line, order[i]->key, order[i - 1]->line);
			goto done;
		}
	for (size_t i = 0; i < n; i++) {
		struct keymap_binding *b = &mine[i];
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
			continue;
		}
		if (b->action == ACT_NONE) {
			free(b->key);
			b->key = NULL;
			continue;
		}
		if (B->n == KEYMAP_MAX_BINDINGS) {
			ct_error_set(err, "%s:%zu: more than %d bindings", file, b->line,
			           KEYMAP_MAX_BINDINGS);
			goto done;
		}
		if (B->n == B->cap) {
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
		B->b[B->n] = *b;
		B->file[B->n++] = file;
		b->key = NULL;
	}
	rc = 0;
done:
	for (size_t i = 0; i < made && i < n; i++)
		free(mine[i].key);
	free(mine);
	free(order);
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

int keymap_load(const char *name_or_path, struct keymap **out, struct ct_error *err)
{
	*out = NULL;
	struct keymap_builder B = {.err = err};
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

/* --- using --------------------------------------------------------------- */

/* The code a binding uses for what the terminal sent. */
static int keymap_canon(int code)
{
	int meta = code >= 0 ? code & KEYMAP_META : 0;
	int k = code >= 0 ? code & ~KEYMAP_META : code;
	if (k == '\r' || k == KM_KEY_ENTER)
		k = '\n';
	else if (k == 127)
		k = KM_KEY_BACKSPACE;
	return meta | k;
}

enum keymap_action keymap_lookup(const struct keymap *k, const int *seq, size_t n,
                                 bool *prefix)
{
	bool pre = false;
	enum keymap_action found = ACT_NONE;
	if (k && n > 0 && n <= KEYMAP_MAX_SEQ) {
		int want[KEYMAP_MAX_SEQ];
		for (size_t i = 0; i < n; i++)
			want[i] = keymap_canon(seq[i]);
		for (size_t i = 0; i < k->n; i++) {
			const struct keymap_binding *b = &k->b[i];
			if (b->nseq < n || memcmp(b->seq, want, n * sizeof *want) != 0)
				continue;
			if (b->nseq == n) {
				found = b->action;
				pre = false;
				break;
			}
			pre = true;
		}
	}
	if (prefix)
		*prefix = pre;
	return found;
}

const char *keymap_keys_for(const struct keymap *k, enum keymap_action a,
                            char *buf, size_t size)
{
	if (!buf || size == 0)
		return "";
	buf[0] = '\0';
	size_t len = 0;
	for (size_t i = 0; k && i < k->n; i++) {
		if (k->b[i].action != a)
			continue;
		int w = snprintf(buf + len, size - len, "%s%s", len ? ", " : "", k->b[i].key);
		if (w < 0 || (size_t)w >= size - len) {
			buf[len] = '\0';             /* keep whole names only */
			break;
		}
		len += (size_t)w;
	}
	return buf;
}

void keymap_free(struct keymap *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->n; i++)
		keymap_binding_free(&k->b[i]);
	free(k->b);
	free(k->name);
	free(k);
}

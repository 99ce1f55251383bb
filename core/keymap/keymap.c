/* keymap.c - keymaps (see keymap.h): the actions, and looking keys up.
 *
 * In: an action, or a built keymap and the keys the terminal sent.  Out:
 * an action's name, help group and help, the action bound to a key
 * sequence (or that the sequence starts a longer binding), the keys bound
 * to an action for the help screen; keymap_free.  The rest of the module:
 * keymap_keynames.c turns key names into codes and back, keymap_load.c
 * builds a keymap from its YAML.  What they share is in
 * keymap_internal.h.
 */
#include "keymap/keymap.h"
#include "keymap/keymap_internal.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *name;
	enum keymap_group group;
	const char *help;
} keymap_actions[] = {
#define KEYMAP_ROW(id, name, group, help) {name, group, help},
	KEYMAP_ACTIONS(KEYMAP_ROW)
#undef KEYMAP_ROW
};

static const char *const keymap_groups[] = {
#define KEYMAP_GROUP_ROW(id, title) title,
	KEYMAP_GROUPS(KEYMAP_GROUP_ROW)
#undef KEYMAP_GROUP_ROW
};

const char *keymap_action_name(enum keymap_action a)
{
	return a >= 0 && a < ACT_COUNT ? keymap_actions[a].name : "none";
}

const char *keymap_action_help(enum keymap_action a)
{
	return a >= 0 && a < ACT_COUNT ? keymap_actions[a].help : "";
}

enum keymap_group keymap_action_group(enum keymap_action a)
{
	return a >= 0 && a < ACT_COUNT ? keymap_actions[a].group : GRP_COUNT;
}

const char *keymap_group_title(enum keymap_group g)
{
	return (int)g >= 0 && g < GRP_COUNT ? keymap_groups[g] : "";
}

enum keymap_action keymap_action_parse(const char *name)
{
	for (int i = 0; i < ACT_COUNT; i++)
		if (strcmp(name, keymap_actions[i].name) == 0)
			return (enum keymap_action)i;
	return ACT_NONE;
}

/* --- using --------------------------------------------------------------- */

/* The code a binding uses for what the terminal sent. */
int keymap_canon(int code)
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

void keymap_binding_free(struct keymap_binding *b)
{
	free(b->key);
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

/* keymap_internal.h - what the files of core/keymap share, and nothing
 * else may use: the ncurses key codes the core copies, a key as written
 * in a file turned into codes, and the canonical code of a key.  The
 * public interface is keymap.h.
 */
#ifndef CABLETRACK_KEYMAP_INTERNAL_H
#define CABLETRACK_KEYMAP_INTERNAL_H

#include <stddef.h>

#include "keymap/keymap.h"

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

/* keymap_keynames.c: a key as written in a file ("gg", "C-x C-s") ->
 * codes.  0 ok, -1 with why set to a message naming the bad part. */
int keymap_parse_seq(const char *key, int *seq, size_t *nseq, char *why,
                     size_t whysize);

/* keymap.c: the code a binding uses for what the terminal sent */
int keymap_canon(int code);
void keymap_binding_free(struct keymap_binding *b);

#endif

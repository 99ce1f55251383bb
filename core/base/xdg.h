/* xdg.h - the user's config, data and cache folders (XDG base dirs).
 *
 * $XDG_CONFIG_HOME, $XDG_DATA_HOME, $XDG_CACHE_HOME when set to an
 * absolute path; an unset, empty or relative one falls back to
 * $HOME/.config, $HOME/.local/share, $HOME/.cache, where HOME is the
 * environment's when absolute, else the password database's.  Keymaps
 * live under the config folder, reviews under the data folder, the inbox
 * index under the cache folder, each in a "cabletrack" folder of its own.
 */
#ifndef CABLETRACK_XDG_H
#define CABLETRACK_XDG_H

enum xdg_kind { XDG_CONFIG, XDG_DATA, XDG_CACHE };

/* The folder, malloc'd, without a trailing '/' added; NULL when there is
 * no home to fall back to. */
char *xdg_dir(enum xdg_kind kind);

#endif

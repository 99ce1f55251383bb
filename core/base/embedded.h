/* embedded.h - data files compiled into the program (keymaps/, data/).
 * The table is generated at build time by scripts/embed.c. */
#ifndef CABLETRACK_EMBEDDED_H
#define CABLETRACK_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;     /* "keymaps/default.yaml" */
	const char *data;     /* NUL-terminated */
	size_t len;
};

extern const struct embedded_file embedded_files[];

/* The file stored under name, or NULL. */
const struct embedded_file *embedded_find(const char *name);

#endif

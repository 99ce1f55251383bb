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

/* 16 hex digits that change whenever the parser's sources or data do
 * (the FNV-1a 64 of core/ and the embedded files): what a cache written
 * by one build and read by another must agree on. */
extern const char embedded_build_id[];

/* The file stored under name, or NULL. */
const struct embedded_file *embedded_find(const char *name);

#endif

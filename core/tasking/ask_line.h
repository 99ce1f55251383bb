/* ask_line.h - a checklist line for a tasking the reviewer adds by hand:
 * the paragraph's first sentence that asks for something (a request word:
 * request, please, ask, urge, instruct, should, must, need, would
 * appreciate), else its first sentence; at most size-1 bytes, cut at a word
 * with "...", whitespace folded.  For the TUI's add-tasking prompt, which
 * offers it to be edited. */
#ifndef CABLETRACK_ASK_LINE_H
#define CABLETRACK_ASK_LINE_H

#include <stddef.h>

/* text may be NULL (out is then ""); returns out. */
char *ask_line(const char *text, char *out, size_t size);

#endif

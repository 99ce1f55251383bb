/* text.c - PLACEHOLDER being replaced: splits lines only. */
#include "text.h"

#include <string.h>

int text_normalize(struct arena *a, const char *bytes, size_t len,
                   struct text *out, struct ct_error *err)
{
	size_t cap = 0;
	out->lines = NULL;
	out->n = 0;
	out->form = FORM_TELEGRAM;
	if (len == 0) {
		strcpy(err->msg, "empty file");
		return -1;
	}
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || bytes[i] == '\n') {
			if (i == len && i == start)
				break;
			struct line *l = ARENA_PUSH(a, out->lines, out->n, cap);
			l->s = arena_strndup(a, bytes + start, i - start);
			l->len = i - start;
			start = i + 1;
		}
	}
	return 0;
}

/* command.c - the : command line (tig's and neomutt's): any action by its
 * name, the word keymap files bind it with, so every action can be had
 * without its key.  The words after the name answer the action's first
 * question (prompt.c takes them from a->answer instead of asking):
 * ":export org" picks the format and asks for the file name, ":filter
 * post UNVIE" filters, ":sort deadline" sorts the inbox, ":set-due fri"
 * sets a deadline.  Tab completes the name, then the words of an action
 * that takes a fixed set of them; with several candidates it completes
 * what they share and lists them. */
#include "command.h"

#include <stdio.h>
#include <string.h>

#include "export/export.h"

static const char *const command_sort_words[] = { "date", "precedence", "deadline",
                                                  "id", NULL };
static const char *const command_filter_words[] = { "open", "doing", "done",
                                                    "dropped", "overdue", "7d",
                                                    "post", NULL };

/* The words an action takes, NULL-ended, or NULL when they are free. */
static const char *command_export_words[16];

static const char *const *command_words(enum keymap_action act)
{
	switch (act) {
	case ACT_SORT:
		return command_sort_words;
	case ACT_FILTER:
		return command_filter_words;
	case ACT_EXPORT: {
		size_t n;
		const struct export_format_info *f = export_formats(&n);
		size_t i = 0;
		for (; i < n && i + 1 < sizeof command_export_words /
		                 sizeof command_export_words[0]; i++)
			command_export_words[i] = f[i].name;
		command_export_words[i] = NULL;
		return command_export_words;
	}
	default:
		return NULL;
	}
}

/* Complete word (len bytes) among cand[0..n): the candidates that start
 * with it go to notice; the part they share is appended to out. */
static void command_complete_word(const char *word, size_t len, const char *const *cand,
                                  size_t n, char *out, size_t size, char *notice,
                                  size_t nsize)
{
	const char *first = NULL;
	size_t common = 0, count = 0, nn = 0;
	notice[0] = 0;
	for (size_t i = 0; i < n; i++) {
		if (strncmp(cand[i], word, len) != 0)
			continue;
		if (!first) {
			first = cand[i];
			common = strlen(first);
		} else {
			size_t k = 0;
			while (k < common && first[k] == cand[i][k])
				k++;
			common = k;
		}
		count++;
		if (nn < nsize)
			nn += (size_t)snprintf(notice + nn, nsize - nn, "%s%s", count > 1 ? "  " : "",
			                       cand[i]);
	}
	size_t o = strlen(out);
	if (!first) {
		snprintf(notice, nsize, "nothing begins with '%.*s'", (int)len, word);
		snprintf(out + o, size - o, "%.*s", (int)len, word);
		return;
	}
	snprintf(out + o, size - o, "%.*s%s", (int)common, first, count == 1 ? " " : "");
	if (count == 1)
		notice[0] = 0;
}

static void command_complete(const char *in, char *out, size_t size, char *notice,
                             size_t nsize)
{
	while (*in == ' ')
		in++;
	const char *sp = strchr(in, ' ');
	out[0] = 0;
	if (!sp) {
		const char *names[ACT_COUNT];
		for (int i = 0; i < ACT_COUNT; i++)
			names[i] = keymap_action_name((enum keymap_action)i);
		command_complete_word(in, strlen(in), names, ACT_COUNT, out, size, notice, nsize);
		return;
	}
	char name[64];
	snprintf(name, sizeof name, "%.*s", (int)(sp - in), in);
	const char *const *words = command_words(keymap_action_parse(name));
	const char *last = strrchr(in, ' ') + 1;
	snprintf(out, size, "%.*s", (int)(last - in), in);
	if (!words) {
		snprintf(out, size, "%s", in);
		snprintf(notice, nsize, "%s takes any words", name);
		return;
	}
	size_t n = 0;
	while (words[n])
		n++;
	command_complete_word(last, strlen(last), words, n, out, size, notice, nsize);
}

/* The action a name (or the start of exactly one name) names. */
static enum keymap_action command_action(const char *name)
{
	enum keymap_action act = keymap_action_parse(name);
	if (act != ACT_NONE)
		return act;
	size_t len = strlen(name);
	for (int i = 0; i < ACT_COUNT; i++) {
		if (strncmp(keymap_action_name((enum keymap_action)i), name, len) != 0)
			continue;
		if (act != ACT_NONE)
			return ACT_NONE;        /* two: not one action */
		act = (enum keymap_action)i;
	}
	return act;
}

void command_run(struct app *a)
{
	char line[300];
	if (prompt_read_complete(a, ":", "", line, sizeof line, command_complete) !=
	    PROMPT_OK)
		return;
	char *s = line + strspn(line, " ");
	size_t nlen = strcspn(s, " ");
	if (nlen == 0)
		return;
	char name[64];
	snprintf(name, sizeof name, "%.*s", (int)nlen, s);
	char *rest = s + nlen;
	rest += strspn(rest, " ");
	size_t rlen = strlen(rest);
	while (rlen > 0 && rest[rlen - 1] == ' ')
		rest[--rlen] = 0;
	enum keymap_action act = command_action(name);
	if (act == ACT_NONE || act == ACT_COMMAND) {
		app_message(a, true, "no action '%s' (: then Tab lists them)", name);
		return;
	}
	snprintf(a->answer, sizeof a->answer, "%s", rest);
	a->answer_set = rlen > 0;
	app_action(a, act);
	if (a->answer_set) {             /* no question took the words */
		a->answer_set = false;
		if (!a->msg[0])
			app_message(a, false, "%s takes no words: '%s' left out",
			            keymap_action_name(act), rest);
	}
}

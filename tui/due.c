/* due.c - deadlines: their words against today, and the prompt that
 * changes one.  See due.h. */
#include "due.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/date.h"
#include "base/date_words.h"
#include "config/config.h"
#include "review/effective.h"

/* ---- words ------------------------------------------------------------------ */

const char *due_words(long today, long due, char *buf, size_t size,
                      int *urgency)
{
	*urgency = 0;
	if (due == LONG_MAX) {
		snprintf(buf, size, "-");
		return buf;
	}
	long diff = due - today;
	if (diff < -DUE_WINDOW) {
		*urgency = 2;
		snprintf(buf, size, "(overdue)");
	} else if (diff < 0) {
		*urgency = 2;
		snprintf(buf, size, "overdue %ldd", -diff);
	} else if (diff == 0) {
		*urgency = 2;
		snprintf(buf, size, "today");
	} else if (diff == 1) {
		*urgency = 1;
		snprintf(buf, size, "tomorrow");
	} else if (diff <= DUE_WINDOW) {
		*urgency = diff <= 3;
		snprintf(buf, size, "in %ld days", diff);
	} else {
		buf[0] = 0;
	}
	return buf;
}

static const char *due_fmt;     /* NULL: YYYY-MM-DD */

void due_set_format(const char *fmt)
{
	due_fmt = fmt;
}

const char *due_date(long due, char *buf, size_t size)
{
	if (due == LONG_MAX) {
		snprintf(buf, size, "-");
		return buf;
	}
	return config_format_date(due_fmt, due, buf, size);
}

const char *due_label(long today, long due, bool with_date, char *buf,
                      size_t size, int *urgency)
{
	char words[48], date[CONFIG_DATE_MAX + 16];
	due_words(today, due, words, sizeof words, urgency);
	if (due == LONG_MAX) {
		snprintf(buf, size, "-");
		return buf;
	}
	due_date(due, date, sizeof date);
	long diff = due - today;
	if (with_date)
		snprintf(buf, size, "%s%s%s", date, words[0] ? " " : "", words);
	else if (diff < -DUE_WINDOW)
		snprintf(buf, size, "overdue");
	else if (diff > DUE_WINDOW)
		snprintf(buf, size, "%s", date);
	else
		snprintf(buf, size, "%s", words);
	return buf;
}

/* ---- the deadline override -------------------------------------------------- */

/* in: a date in words (base/date_words.h: "2008-10-20", "tomorrow",
 * "fri", "oct 20", "+3d", "eow") against today.  Writes "YYYY-MM-DD" to
 * out, *plain set when it was written so; false when it names no date
 * (a "YYYY-MM-DD" that is no calendar date is written to out all the
 * same, for the caller's message). */
static bool due_parse(const struct app *a, const char *in, char *out,
                      size_t size, bool *plain)
{
	long day = date_words(in, a->today, plain);
	if (day != LONG_MAX) {
		int y, m, dd;
		civil_from_days(day, &y, &m, &dd);
		snprintf(out, size, "%04d-%02d-%02d", y, m, dd);
		return true;
	}
	/* the shape only: base/date.h's date_parse judges the calendar, so
	 * that "2008-02-30" gets its own message */
	in += strspn(in, " ");
	size_t n = strcspn(in, " ");
	if (n != 10 || size < 11 || in[n + strspn(in + n, " ")])
		return false;
	for (size_t i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? in[i] != '-' : !ascii_is_digit(in[i]))
			return false;
	memcpy(out, in, 10);
	out[10] = 0;
	*plain = true;
	return true;
}

/* A date typed in words is shown back before it is saved: "fri is Fri
 * 2008-10-03"; Enter takes it (or what it is edited to).  False when
 * cancelled or the edit is no date. */
static bool due_confirm(struct app *a, const char *words, char *date, size_t size)
{
	static const char *const wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	int y, m, d;
	if (!date_parse(date, &y, &m, &d))
		return false;
	char label[200], in[64];
	snprintf(label, sizeof label, "'%.40s' is %s %s; Enter saves it: ", words,
	         wd[weekday(y, m, d)], date);
	if (prompt_read(a, label, date, in, sizeof in) != PROMPT_OK)
		return false;
	bool plain;
	if (!due_parse(a, in, date, size, &plain) || !date_parse(date, NULL, NULL, NULL)) {
		app_message(a, true, "not a date: '%.40s'; deadline unchanged", in);
		return false;
	}
	return true;
}

bool due_from_input(struct app *a, const char *in, char *out, size_t size)
{
	out[0] = 0;
	if (!in[strspn(in, " ")])
		return true;
	bool plain;
	if (!due_parse(a, in, out, size, &plain)) {
		app_message(a, true, "not a date: '%.40s' (write YYYY-MM-DD, e.g. "
		            "2008-10-15, or +7d)", in);
		return false;
	}
	if (!date_parse(out, NULL, NULL, NULL)) {
		app_message(a, true, "not a calendar date: %s", out);
		return false;
	}
	return true;
}

bool due_edit(struct app *a, struct doc *d, struct review_item *it)
{
	char sp[64], label[256], in[128], date[16], uk[64] = "";
	if (!d->review || !it) {
		app_message(a, true, "read-only: %s", doc_why(d->review_error));
		return false;
	}
	app_short_party(it->party, sp, sizeof sp);
	const struct tasking *t = effective_tasking(d->cable, it->paragraph, it->party);
	/* the finder's deadline, and what is in force now (review/effective.h) */
	const char *cable_due = effective_due(t ? t->deadline : NULL, NULL).date;
	struct effective_due due = effective_due(t ? t->deadline : NULL, it);
	snprintf(label, sizeof label, "%s \xc2\xb6%d due (YYYY-MM-DD, fri, oct 20, +3d; empty: "
	         "%s%s): ", sp, it->paragraph, cable_due ? "cable's " : "none",
	         cable_due ? cable_due : "");
	const char *old = due.date ? due.date : "";
	int pr = prompt_read(a, label, old, in, sizeof in);
	if (pr != PROMPT_OK) {
		app_message(a, false, "deadline unchanged");
		return false;
	}
	const char *want = NULL;           /* the override to store */
	if (in[strspn(in, " ")]) {
		bool plain;
		if (!due_parse(a, in, date, sizeof date, &plain)) {
			app_message(a, true, "not a date: '%.40s' (YYYY-MM-DD, tomorrow, fri, "
			            "oct 20, +3d, eow); deadline unchanged", in);
			return false;
		}
		if (!date_parse(date, NULL, NULL, NULL)) {
			app_message(a, true, "not a calendar date: %s; deadline unchanged", date);
			return false;
		}
		if (!plain && !due_confirm(a, in, date, sizeof date)) {
			if (!a->msg[0])
				app_message(a, false, "deadline unchanged");
			return false;
		}
		/* the cable's own date is no override */
		if (!cable_due || strcmp(date, cable_due) != 0)
			want = date;
	}
	if ((want == NULL && it->due == NULL) ||
	    (want && it->due && strcmp(want, it->due) == 0)) {
		app_message(a, false, "deadline unchanged");
		return false;
	}
	if (review_set_due(d->review, it, want) != 0) {
		app_message(a, true, "not a calendar date: %s; deadline unchanged", date);
		return false;
	}
	keymap_keys_for(a->km, ACT_UNDO, uk, sizeof uk);
	char *comma = strstr(uk, ", ");
	if (comma)
		*comma = 0;
	if (!app_save(a, d))
		return true;
	if (want)
		app_message(a, false, "%s \xc2\xb6%d: due %s (saved; %s undoes)", sp,
		            it->paragraph, want, uk[0] ? uk : "undo");
	else if (cable_due)
		app_message(a, false, "%s \xc2\xb6%d: back to the cable's deadline %s "
		            "(saved)", sp, it->paragraph, cable_due);
	else
		app_message(a, false, "%s \xc2\xb6%d: no deadline (saved)", sp,
		            it->paragraph);
	return true;
}

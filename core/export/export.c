/* export.c - what the writers share: cleaned text, short post names, the
 * item's title and the stamps (the list is built in export_build.c). */
#include "export/export.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/ascii.h"
#include "base/utf8.h"

/* --- text cleaning ---------------------------------------------------- */

char *export_clean(struct arena *a, const char *s, bool multiline)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	char *out = arena_alloc(a, n + 1);
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0, i = 0;
	bool space = !multiline;     /* single-line: drop leading spaces */
	while (i < n) {
		uint32_t cp;
		size_t k = utf8_decode(p + i, n - i, &cp);
		if (k == 0) {            /* invalid byte: drop it */
			i++;
			continue;
		}
		bool sep = cp == '\t' || cp == '\n' || cp == '\r' ||
		           cp == 0x2028 || cp == 0x2029;
		if (multiline && (cp == '\t' || cp == '\n')) {
			out[o++] = (char)cp;
		} else if (multiline && (cp == 0x2028 || cp == 0x2029)) {
			out[o++] = '\n';
		} else if (!multiline && (sep || cp == ' ')) {
			if (!space)
				out[o++] = ' ';
			space = true;
		} else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
			/* a control character: dropped */
		} else {
			memcpy(out + o, p + i, k);
			o += k;
			space = false;
		}
		i += k;
	}
	if (!multiline && o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

/* --- short post names -------------------------------------------------- */

/* Missions named after an organisation ("USMISSION UNVIE VIENNA"): the word
 * after the prefix names the post. */
static const char *const export_org_prefix[] = {
	"USMISSION", "USDEL", "USLO", "USOFFICE", NULL,
};
/* Posts named after their city ("AMEMBASSY SAN JOSE"): the city names it. */
static const char *const export_city_prefix[] = {
	"AMEMBASSY", "AMEMB", "AMCONSUL", "AMCONGEN", "EMBASSY", "CONSULATE",
	NULL,
};

static bool export_in(const char *w, size_t len, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
			return true;
	return false;
}

char *export_short_post(struct arena *a, const char *party)
{
	/* Split into words (at most 16 are looked at). */
	const char *w[16] = { 0 };
	size_t wl[16] = { 0 }, nw = 0;
	for (const char *p = party ? party : ""; *p && nw < 16;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		w[nw] = p;
		wl[nw++] = (size_t)(e - p);
		p = e;
	}
	size_t first = 0, last = nw;   /* words [first, last) make the name */
	if (nw >= 2 && export_in(w[0], wl[0], export_org_prefix)) {
		first = 1, last = 2;
	} else if (nw >= 2 && export_in(w[0], wl[0], export_city_prefix)) {
		first = 1;
	} else if (nw >= 2 && wl[0] > 2 && memcmp(w[0], "US", 2) == 0) {
		last = 1;                /* "USEU BRUSSELS", "USUN NEW YORK" */
	} else if (nw >= 2) {
		/* "SECSTATE WASHDC", "JOINT STAFF WASHINGTON DC" */
		if (wl[last - 1] == 6 && memcmp(w[last - 1], "WASHDC", 6) == 0)
			last--;
		else if (nw >= 3 && wl[last - 1] == 2 && memcmp(w[last - 1], "DC", 2) == 0 &&
		         wl[last - 2] == 10 && memcmp(w[last - 2], "WASHINGTON", 10) == 0)
			last -= 2;
	}
	struct buf b;
	buf_init(&b);
	for (size_t i = first; i < last; i++) {
		if (i > first && b.len && b.data[b.len - 1] != '_')
			buf_putc(&b, '_');
		for (size_t j = 0; j < wl[i]; j++) {
			unsigned char ch = (unsigned char)w[i][j];
			if (ascii_is_alnum(ch) || ch >= 0x80)
				buf_putc(&b, (char)ch);
			else if (b.len && b.data[b.len - 1] != '_')
				buf_putc(&b, '_');
		}
	}
	while (b.len && b.data[b.len - 1] == '_')
		b.len--;
	char *r = b.len && !b.failed ? arena_strndup(a, b.data, b.len)
	                             : arena_strdup(a, "POST");
	buf_free(&b);
	return r;
}

/* --- helpers for the writers ------------------------------------------ */

const char *export_status_name(enum review_status s)
{
	switch (s) {
	case STATUS_OPEN: break;
	case STATUS_DOING: return "doing";
	case STATUS_DONE: return "done";
	case STATUS_DROPPED: return "dropped";
	}
	return "open";
}

const char *export_origin(const struct export_item *it)
{
	return it->manual ? "manual" : it->reworded ? "reworded" : "auto";
}

void export_title(const struct export_item *it, struct buf *out)
{
	if (it->portion)
		buf_printf(out, "(%s) ", it->portion);
	buf_puts(out, it->summary);
}

void export_flat(const char *s, struct buf *out)
{
	bool space = false;
	for (; s && *s; s++) {
		if (*s == '\n' || *s == '\t' || *s == '\r' || *s == ' ') {
			space = true;
			continue;
		}
		if (space && out->len)
			buf_putc(out, ' ');
		space = false;
		buf_putc(out, *s);
	}
}

void export_cable_ids(const struct export_list *l, struct buf *out)
{
	for (size_t i = 0; i < l->ncables; i++) {
		if (i)
			buf_puts(out, ", ");
		buf_puts(out, l->cables[i].id);
	}
}

/* YYYYMMDDTHHMMSSZ from fields already in range. */
static void export_fmt_stamp(int y, int mo, int d, int h, int mi, int sec,
                             char out[17])
{
	char tmp[80];
	snprintf(tmp, sizeof tmp, "%04d%02d%02dT%02d%02d%02dZ", y, mo, d, h, mi, sec);
	memcpy(out, tmp, 16);
	out[16] = '\0';
}

void export_stamp(time_t t, char out[17])
{
	struct tm tm;
	if (!gmtime_r(&t, &tm) || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0) {
		memcpy(out, "19700101T000000Z", 17);
		return;
	}
	export_fmt_stamp(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	                 tm.tm_min, tm.tm_sec, out);
}

void export_entry_stamp(const struct export_list *l,
                        const struct export_item *it, char out[17])
{
	const struct dtg *d = &it->src->date;
	if (!d->valid || d->year < 0 || d->year > 9999) {
		export_stamp(l->now, out);
		return;
	}
	export_fmt_stamp(d->year, d->month, d->day, d->hour, d->minute, 0, out);
}

/* fuzz_review.c - libFuzzer target: any bytes as a review file.
 *
 * review_load() reads <dir>/<ID>.yaml, so the bytes are written to a file in
 * a private directory made once (mkdtemp, removed at exit).  A load that
 * fails must leave the file as it was and say why; a load that succeeds must
 * give items that keep review.h's promises, and merge, edit and undo must
 * work on them.  Inputs starting with '#' (a YAML comment) also go through a
 * save and a second load, which must succeed and give the same items: what
 * we write we must be able to read back.
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parse/cable.h"
#include "fuzz_check.h"
#include "review/review.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ID "09STATE12345"

static char fuzz_dir[64];
static char fuzz_path[128];

static void fuzz_cleanup(void)
{
	char p[160];
	unlink(fuzz_path);
	snprintf(p, sizeof p, "%s.lock", fuzz_path);
	unlink(p);
	rmdir(fuzz_dir);
}

static bool fuzz_setup(void)
{
	if (fuzz_dir[0])
		return true;
	const char *tmp = getenv("TMPDIR");
	snprintf(fuzz_dir, sizeof fuzz_dir, "%s/ct-fuzz-review-XXXXXX",
	         tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	if (!mkdtemp(fuzz_dir)) {
		perror("fuzz_review: mkdtemp");
		abort();
	}
	snprintf(fuzz_path, sizeof fuzz_path, "%s/%s.yaml", fuzz_dir, FUZZ_ID);
	atexit(fuzz_cleanup);
	return true;
}

static void write_file(const uint8_t *data, size_t size)
{
	int fd = open(fuzz_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0) {
		perror("fuzz_review: open");
		abort();
	}
	size_t off = 0;
	while (off < size) {
		ssize_t w = write(fd, data + off, size - off);
		if (w <= 0) {
			perror("fuzz_review: write");
			abort();
		}
		off += (size_t)w;
	}
	close(fd);
}

/* The file still holds exactly data[0..size). */
static bool file_unchanged(const uint8_t *data, size_t size)
{
	FILE *f = fopen(fuzz_path, "rb");
	if (!f)
		return false;
	bool same = true;
	size_t off = 0;
	unsigned char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (off + n > size || memcmp(buf, data + off, n) != 0) {
			same = false;
			break;
		}
		off += n;
	}
	fclose(f);
	return same && off == size;
}

/* A small fixed cable to merge with: one tasked paragraph, two parties. */
static const char fuzz_cable[] =
	"P 141622Z JAN 09\n"
	"FM SECSTATE WASHDC\n"
	"TO RUEHVL/AMEMBASSY VALLETTA PRIORITY 2214\n"
	"RUEHRK/AMEMBASSY REYKJAVIK PRIORITY 6630\n"
	"\n"
	"UNCLAS STATE 012345\n"
	"\n"
	"SUBJECT: REVIEW FUZZING\n"
	"\n"
	"1. (U) Department requests Embassies Valletta and Reykjavik\n"
	"report host government views NLT January 23.\n";

static void check_items(const struct review *r)
{
	if (r->n > r->cap)
		fuzz_fail("n > cap", "review.items");
	for (size_t i = 0; i < r->n; i++) {
		const struct review_item *it = &r->items[i];
		if ((unsigned)it->status > STATUS_DROPPED)
			fuzz_fail("bad status", "review.items.status");
		if (!review_status_name(it->status))
			fuzz_fail("status without a name", "review.items.status");
		fuzz_str(it->party, "review.items.party");
		fuzz_str(it->note, "review.items.note");
		fuzz_date(it->due, "review.items.due");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_setup();
	write_file(data, size);

	struct review *r = NULL;
	struct ct_error err = {{0}};
	int rc = review_load(fuzz_dir, FUZZ_ID, &r, &err);
	if (rc != REVIEW_OK) {
		if (r)
			fuzz_fail("failed load returned a review", "review_load");
		if (err.msg[0] == '\0')
			fuzz_fail("failed load without a message", "review_load");
		if (!file_unchanged(data, size))
			fuzz_fail("a file that failed to load was changed", "review_load");
		return 0;
	}
	if (!r)
		fuzz_fail("REVIEW_OK without a review", "review_load");
	check_items(r);

	struct ct_error cerr = {{0}};
	struct cable *c = cable_parse(fuzz_cable, sizeof fuzz_cable - 1, "fuzz.txt", &cerr);
	if (c) {
		review_merge(r, c);
		check_items(r);
	}
	size_t before = r->n;
	if (r->n) {
		review_set_status(r, &r->items[0], STATUS_DONE);
		review_set_note(r, &r->items[0], "checked\x01 by fuzz \xff");
		check_items(r);
		review_undo(r);
		review_undo(r);
		check_items(r);
	}
	if (r->n != before)
		fuzz_fail("edit + undo changed the item count", "review_undo");

	if (size && data[0] == '#') {
		struct ct_error serr = {{0}};
		if (review_save(r, true, &serr) != REVIEW_OK)
			fuzz_fail("saving a loaded review failed", serr.msg);
		struct review *again = NULL;
		if (review_load(fuzz_dir, FUZZ_ID, &again, &serr) != REVIEW_OK)
			fuzz_fail("a saved review does not load", serr.msg);
		if (again->n != r->n)
			fuzz_fail("save + load changed the item count", "review_save");
		for (size_t i = 0; i < r->n; i++) {
			const struct review_item *a = &r->items[i];
			struct review_item *b = review_find(again, a->paragraph, a->party);
			if (!b || b->status != a->status)
				fuzz_fail("save + load lost an item or its status", "review_save");
		}
		review_free(again);
	}
	cable_free(c);
	review_free(r);
	return 0;
}

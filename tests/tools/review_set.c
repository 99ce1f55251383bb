/* review_set STATEDIR CABLE PARAGRAPH PARTY STATUS - sets one tasking's
 * status in the saved review of a cable, through the review API (what the
 * TUI's "x" does), for tests that export, change a status, and export
 * again.  Exit 0 ok, 1 error, 2 usage. */
#include <stdio.h>
#include <stdlib.h>

#include "parse/cable.h"
#include "review/review.h"

int main(int argc, char **argv)
{
	if (argc != 6) {
		fputs("usage: review_set STATEDIR CABLE PARAGRAPH PARTY STATUS\n", stderr);
		return 2;
	}
	struct ct_error err = {{0}};
	enum review_status st;
	if (review_status_parse(argv[5], &st) != 0) {
		fprintf(stderr, "review_set: unknown status %s\n", argv[5]);
		return 2;
	}
	struct cable *c = cable_parse_file(argv[2], &err);
	if (!c || !c->id) {
		fprintf(stderr, "review_set: %s: %s\n", argv[2], c ? "no cable id" : err.msg);
		cable_free(c);
		return 1;
	}
	struct review *r = NULL;
	if (review_load(argv[1], c->id, &r, &err) != REVIEW_OK) {
		fprintf(stderr, "review_set: %s\n", err.msg);
		cable_free(c);
		return 1;
	}
	review_merge(r, c);
	struct review_item *it = review_find(r, atoi(argv[3]), argv[4]);
	int rc = 0;
	if (!it) {
		fprintf(stderr, "review_set: no tasking of %s in paragraph %s\n", argv[4], argv[3]);
		rc = 1;
	} else {
		review_set_status(r, it, st);
		if (review_save(r, false, &err) != REVIEW_OK) {
			fprintf(stderr, "review_set: %s\n", err.msg);
			rc = 1;
		}
	}
	review_free(r);
	cable_free(c);
	return rc;
}

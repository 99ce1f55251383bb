/* savecrash.c - saves a review in a loop, alternating two states, until it
 * is killed; tests/unit/test_review.c kills it with SIGKILL at random
 * moments and checks the file is always one state or the other.
 *
 * usage: savecrash DIR [READY_FD]
 * DIR must hold a review of 08STATE104535 in one of the two states; one
 * byte is written to READY_FD once it is loaded and locked. */
#include <stdio.h>
#include <stdlib.h>

#include "savecrash.h"

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: savecrash DIR [READY_FD]\n");
		return 2;
	}
	int rc = savecrash_loop(argv[1], argc == 3 ? atoi(argv[2]) : -1);
	fprintf(stderr, "savecrash: stopped with error %d\n", rc);
	return rc;
}

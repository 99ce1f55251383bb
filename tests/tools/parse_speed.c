/* parse_speed.c - core parse throughput, without I/O or output.
 *
 * usage: parse_speed ROUNDS FILE...
 * Reads every file into memory, then times cable_parse (text, header,
 * body, taskings) and cable_free over all of them, ROUNDS times, and prints
 * the best round in MB/s (10^6 bytes) and cables/s.  This is the parser's
 * own speed; `cabletrack parse` adds reading files and writing JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "parse/cable.h"
#include "../slurp.h"

struct blob {
	char *data;
	size_t len;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: parse_speed ROUNDS FILE...\n");
		return 2;
	}
	int rounds = atoi(argv[1]);
	size_t n = (size_t)(argc - 2), bytes = 0;
	struct blob *b = calloc(n, sizeof *b);
	if (!b)
		return 1;
	for (size_t i = 0; i < n; i++) {
		b[i].data = slurp(argv[i + 2], &b[i].len);
		if (!b[i].data) {
			perror(argv[i + 2]);
			return 1;
		}
		bytes += b[i].len;
	}
	double best = 0;
	size_t parsed = 0;
	for (int r = 0; r < (rounds > 0 ? rounds : 1); r++) {
		double t0 = now();
		parsed = 0;
		for (size_t i = 0; i < n; i++) {
			struct ct_error err;
			struct cable *c = cable_parse(b[i].data, b[i].len, argv[i + 2], &err);
			parsed += c != NULL;
			cable_free(c);
		}
		double t = now() - t0;
		if (r == 0 || t < best)
			best = t;
	}
	printf("bench: core parse in memory (text, header, body, taskings; no I/O, "
	       "no output): %.3f s (best of %d): %.1f MB/s, %.0f cables/s, "
	       "%zu of %zu parsed\n", best, rounds, (double)bytes / best / 1e6,
	       (double)n / best, parsed, n);
	for (size_t i = 0; i < n; i++)
		free(b[i].data);
	free(b);
	return 0;
}

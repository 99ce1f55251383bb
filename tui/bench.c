/* bench.c - headless first screen and scripted keys.  See bench.h. */
#include "bench.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "base/readfile.h"
#include "parse/dates.h"
#include "theme.h"

static double bench_ms(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 +
	       (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static int bench_cmp(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return a < b ? -1 : a > b;
}

/* Reads the key file: every byte but newlines is one key. */
static unsigned char *bench_keys(const char *path, size_t *n)
{
	struct readfile f;
	enum readfile_status s = readfile(path, 0, 0, &f);
	if (s != READFILE_OK) {
		fprintf(stderr, "cabletrack: --bench-keys %s: %s\n", path, readfile_why(s));
		return NULL;
	}
	unsigned char *k = (unsigned char *)f.data;
	*n = 0;
	for (size_t i = 0; i < f.len; i++)
		if (k[i] != '\n')
			k[(*n)++] = k[i];
	return k;
}

static void bench_frame(struct app *a)
{
	a->today = app_today();
	app_draw(a);
	refresh();
}

int bench_run(struct app *a, const struct timespec *t0, const char *keys_file)
{
	size_t nkeys = 0;
	unsigned char *keys = NULL;
	if (keys_file && !(keys = bench_keys(keys_file, &nkeys)))
		return -1;
	FILE *io = fopen("/dev/null", "r+");
	const char *term = getenv("TERM");
	SCREEN *scr = io ? newterm(term && *term ? term : "xterm", io, io) : NULL;
	if (!scr) {
		fprintf(stderr, "cabletrack: --bench-render: cannot set up curses "
		        "(TERM=%s)\n", term ? term : "unset");
		if (io)
			fclose(io);
		free(keys);
		return -1;
	}
	set_term(scr);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	const char *nc = getenv("NO_COLOR");
	theme_init(!(nc && *nc));
	bench_frame(a);
	double first = bench_ms(t0);
	int rows = LINES, cols = COLS;

	double *lat = nkeys ? malloc(nkeys * sizeof *lat) : NULL;
	size_t nlat = 0;
	for (size_t i = 0; i < nkeys && lat && !a->quit; i++) {
		struct timespec k0;
		clock_gettime(CLOCK_MONOTONIC, &k0);
		app_handle_key(a, keys[i]);
		bench_frame(a);
		lat[nlat++] = bench_ms(&k0);
	}
	endwin();
	delscreen(scr);
	fclose(io);

	size_t cached = a->index ? a->index->ncached : 0;
	size_t parsed = a->index ? a->index->nparsed : 0;
	printf("bench-render: first screen %.2f ms (%dx%d, %zu cable%s", first, cols, rows,
	       a->ndocs, a->ndocs == 1 ? "" : "s");
	if (a->index)
		printf(": %zu from the cache, %zu parsed", cached, parsed);
	printf(")\n");
	if (lat && nlat) {
		qsort(lat, nlat, sizeof *lat, bench_cmp);
		size_t p95 = (nlat * 95 + 99) / 100;
		printf("bench-keys: %zu keys, keystroke to redraw: median %.3f ms, "
		       "p95 %.3f ms, max %.3f ms\n", nlat, lat[nlat / 2],
		       lat[p95 ? p95 - 1 : 0], lat[nlat - 1]);
	} else if (keys_file) {
		printf("bench-keys: no key replayed\n");
	}
	free(lat);
	free(keys);
	return 0;
}

/* bench.h - headless runs of the review screen, for benchmarks.
 *
 * `cabletrack --bench-render FILE|DIR...` sets up curses on /dev/null
 * (TERM, or xterm when unset; the size from LINES and COLUMNS, else the
 * terminal type's), draws the first complete screen, prints how long that
 * took since the program started, and exits.  With --bench-keys KEYS it
 * then replays the bytes of the file KEYS as keys (newlines skipped), one
 * complete redraw after each, and prints the median, p95 and worst
 * keystroke-to-redraw latency.  Nothing is read from a terminal. */
#ifndef CABLETRACK_TUI_BENCH_H
#define CABLETRACK_TUI_BENCH_H

#include <time.h>

#include "app.h"

/* t0: when the program started (CLOCK_MONOTONIC).  keys_file may be NULL.
 * Returns 0, or -1 when the screen or the key file cannot be set up. */
int bench_run(struct app *a, const struct timespec *t0, const char *keys_file);

#endif

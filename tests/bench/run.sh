#!/bin/sh
# run.sh BIN - the speed figures (make bench).
#
# 1. Parse throughput: `BIN parse --format json` over every cable of
#    ../shared/corpus/cablegate in one process, output to /dev/null; best of
#    5 runs, in MB/s (10^6 bytes) and cables/s.  Beside it `wc -l` over the
#    same files, the physical floor of reading those bytes, and the ratio.
#    hyperfine (warm-up 1, 5 runs) when present, else a shell loop timing
#    each run with date +%s%N.
# 2. Peak memory (max RSS) of parsing the whole corpus: /usr/bin/time -v
#    when present, else getrusage() through tests/bench/peakrss.c.
# 3. Startup, keystroke latency and memory of the TUI: tui_bench.sh, in
#    the marked section at the end.
#
# Without the corpus it says so and exits 0.  BENCH_CORPUS=DIR overrides the
# corpus folder; BENCH_RUNS the number of runs (default 5).  BENCH_NO_HYPERFINE=1
# and BENCH_NO_TIME=1 force the fallbacks (to test them).
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init bench

t_bin "${1:-./cabletrack}"
bin=$T_BIN
top=$T_TOP
corpus=${BENCH_CORPUS:-$T_CORPUS/cablegate}
runs=${BENCH_RUNS:-5}
use_hyperfine=no
[ -z "${BENCH_NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null 2>&1 && use_hyperfine=yes

if [ ! -d "$corpus" ] || [ -z "$(find "$corpus" -maxdepth 1 -name '*.txt' | head -n 1)" ]; then
	t_skip_all "no corpus at $corpus (parse throughput and memory need it)"
fi

t_tmpdir
tmp=$T_TMP

# The cables, as a file list and as two wrapper scripts (so hyperfine and
# the fallback loop time exactly the same command line).
find "$corpus" -maxdepth 1 -type f -name '*.txt' | sort >"$tmp/files"
ncables=$(grep -c . "$tmp/files")
bytes=$(tr '\n' '\0' <"$tmp/files" | xargs -0 cat | wc -c)
{
	echo '#!/bin/sh'
	printf 'exec "%s" parse --format json' "$bin"
	sed 's/^/ "/; s/$/"/' "$tmp/files" | tr '\n' ' '
	echo ' >/dev/null'
} >"$tmp/parse.sh"
{
	echo '#!/bin/sh'
	printf 'exec wc -l'
	sed 's/^/ "/; s/$/"/' "$tmp/files" | tr '\n' ' '
	echo ' >/dev/null'
} >"$tmp/wc.sh"
chmod +x "$tmp/parse.sh" "$tmp/wc.sh"

echo "bench: corpus: $ncables cables, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB ($corpus)"

# The parse must work before it is worth timing; exit 1 (some cable refused)
# is reported, not fatal.
"$tmp/parse.sh" 2>"$tmp/parse.err"
rc=$?
if [ $rc -ge 2 ]; then
	echo "bench: $bin parse failed (exit $rc):" >&2
	head -n 5 "$tmp/parse.err" >&2
	exit 1
fi
[ $rc -eq 1 ] && echo "bench: note: $(grep -c . "$tmp/parse.err") cables were refused (exit 1); timing the run anyway"

# best_of SCRIPT -> seconds (best of $runs), on stdout
best_of() {
	if [ $use_hyperfine = yes ]; then
		hyperfine -N --warmup 1 --runs "$runs" --ignore-failure \
			--export-json "$tmp/h.json" "$1" >/dev/null 2>&1 &&
			sed -n 's/^ *"min": *\([0-9.eE+-]*\),*$/\1/p' "$tmp/h.json" | head -n 1 &&
			return 0
	fi
	best=""
	i=0
	"$1" 2>/dev/null # warm-up
	while [ $i -lt "$runs" ]; do
		t0=$(date +%s%N)
		"$1" 2>/dev/null
		t1=$(date +%s%N)
		ns=$((t1 - t0))
		if [ -z "$best" ] || [ $ns -lt "$best" ]; then best=$ns; fi
		i=$((i + 1))
	done
	awk -v ns="$best" 'BEGIN { printf "%.6f\n", ns / 1e9 }'
}

how="hyperfine, warm-up 1"
[ $use_hyperfine = yes ] || how="shell loop, date +%s%N"
tparse=$(best_of "$tmp/parse.sh")
twc=$(best_of "$tmp/wc.sh")
awk -v t="$tparse" -v w="$twc" -v b="$bytes" -v n="$ncables" -v r="$runs" -v how="$how" 'BEGIN {
	printf "bench: parse --format json: %.3f s (best of %d, %s): %.1f MB/s, %.0f cables/s (target >= 100 MB/s)\n", t, r, how, b / t / 1e6, n / t
	printf "bench: wc -l, same bytes:   %.4f s (best of %d): %.1f MB/s\n", w, r, b / w / 1e6
	printf "bench: parse / wc -l: %.1fx the time of reading the bytes\n", t / w
}'

# The parser alone, in memory: where the end-to-end figure above goes.
tools=${BENCH_TOOLS:-$top/build/tools}
if [ -x "$tools/parse_speed" ]; then
	tr '\n' '\0' <"$tmp/files" | xargs -0 "$tools/parse_speed" "$runs"
else
	echo "bench: core parse: skipped: no $tools/parse_speed (make builds it)"
fi

# --- peak memory ----------------------------------------------------------
if [ -z "${BENCH_NO_TIME:-}" ] && [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
	/usr/bin/time -v "$tmp/parse.sh" 2>"$tmp/time.err" >/dev/null
	kib=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' "$tmp/time.err")
	memhow="/usr/bin/time -v"
else
	if ! cc -O1 -o "$tmp/peakrss" "$top/tests/bench/peakrss.c" 2>"$tmp/cc.err"; then
		echo "bench: cannot build peakrss.c:" >&2
		cat "$tmp/cc.err" >&2
		exit 1
	fi
	"$tmp/peakrss" "$tmp/parse.sh" 2>"$tmp/time.err" >/dev/null
	kib=$(sed -n 's/^peak_rss_kib //p' "$tmp/time.err")
	memhow="getrusage"
fi
awk -v k="${kib:-0}" -v b="$bytes" -v n="$ncables" -v how="$memhow" 'BEGIN {
	printf "bench: peak memory parsing all %d cables: %.1f MiB max RSS (%s; input %.1f MB)\n", n, k / 1024, how, b / 1e6
}'

# --- startup, keystroke latency and memory of the TUI ----------------------
# tests/bench/tui_bench.sh: headless first screens (one cable; 985 and
# 10,000 cables cold and warm; 250,000 warm), keystroke-to-redraw median and
# p95, peak memory against the inbox's bytes.  Its figures start "bench: tui".
sh "$top/tests/bench/tui_bench.sh" "$bin"

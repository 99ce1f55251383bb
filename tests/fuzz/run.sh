#!/bin/sh
# run.sh - run the fuzz targets the Makefile built: replay or fuzz them.
#
#   tests/fuzz/run.sh replay              replay every seed corpus once
#   tests/fuzz/run.sh fuzz SECONDS [T..]  fuzz each target (or the named
#                                         ones) for SECONDS, then again for
#                                         SECONDS with -max_len=1048576
#   tests/fuzz/run.sh merge T DIR         minimize DIR into corpus/T
#                                         (-merge=1; files over 4 KiB dropped)
#
# Targets: parse tasking review keymap inbox (tests/fuzz/fuzz_<target>.c).
# `make fuzz-build` (which make fuzz-replay and make fuzz run first) builds
# them into $FUZZ_BUILD/KIND/bin/ and writes KIND to $FUZZ_BUILD/kind:
# libfuzzer (clang's -fsanitize=fuzzer,address,undefined) or replay (no
# libFuzzer runtime: the harness with replay_main.c, an ASan+UBSan driver
# that feeds every seed file to LLVMFuzzerTestOneInput; fuzzing then is
# skipped, saying so).  This script builds nothing.
#
# Seeds: tests/fuzz/corpus/<target>/ (small, written for this project) and,
# for parse and tasking, samples/.  New inputs found while fuzzing go to a
# temp dir under the build dir, never into the tree; crashes go to
# $FUZZ_BUILD/artifacts/.  Build dir: $FUZZ_BUILD (default build/fuzz).
# FUZZ_KEEP_GOING=1 fuzzes in libFuzzer's fork mode and keeps going after a
# crash or timeout (for long runs while known bugs are open).
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init fuzz

cd "$T_TOP" || exit 2
here=tests/fuzz
out=${FUZZ_BUILD:-build/fuzz}
all_targets="parse tasking review keymap inbox"

usage() {
	echo "usage: $0 replay | fuzz SECONDS [TARGET...] | merge TARGET DIR" >&2
	exit 2
}

mode=${1:-replay}
[ $# -gt 0 ] && shift

# --- the binaries make fuzz-build made ---------------------------------------
kind=$(cat "$out/kind" 2>/dev/null)
case $kind in
libfuzzer) have_libfuzzer=yes; note="libFuzzer" ;;
replay) have_libfuzzer=no; note="replay driver (no libFuzzer runtime)" ;;
*)
	echo "fuzz: no fuzz targets built in $out: run make fuzz-build" \
		"(make fuzz-replay and make fuzz do)" >&2
	exit 2 ;;
esac
bindir=$out/$kind/bin
mkdir -p "$out/artifacts"

# The binary of a target, or a message and 1 when it is missing.
target_bin() {
	if [ ! -x "$bindir/fuzz_$1" ]; then
		echo "fuzz: $1: no $bindir/fuzz_$1 (make fuzz-build)" >&2
		return 1
	fi
	echo "$bindir/fuzz_$1"
}

seeds_for() { # target -> seed dirs
	case $1 in
	parse | tasking) echo "$here/corpus/$1 samples" ;;
	*) echo "$here/corpus/$1" ;;
	esac
}

dict_for() {
	case $1 in
	parse | tasking) echo "$here/cable.dict" ;;
	*) echo "$here/$1.dict" ;;
	esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# --- replay ---------------------------------------------------------------
run_inputs() { # bin log file... ; 0 when all ran clean
	ri_bin=$1
	ri_log=$2
	shift 2
	if [ $have_libfuzzer = yes ]; then
		"$ri_bin" -runs=1 -rss_limit_mb=2048 -timeout=30 "$@" >"$ri_log" 2>&1
	else
		timeout 120 "$ri_bin" "$@" >"$ri_log" 2>&1
	fi
}

replay() {
	total=0
	crashes=0
	for t in $all_targets; do
		bin=$(target_bin "$t") || { crashes=$((crashes + 1)); continue; }
		files=$(for d in $(seeds_for "$t"); do
			[ -d "$d" ] && find "$d" -type f ! -name '.*'
		done | sort)
		n=$(printf '%s\n' "$files" | grep -c .)
		total=$((total + n))
		log="$out/replay-$t.log"
		# shellcheck disable=SC2086
		if run_inputs "$bin" "$log" $files; then
			echo "fuzz-replay: $t: $n inputs ok"
			continue
		fi
		# Something failed: run the inputs one by one to name each culprit.
		for f in $files; do
			if ! run_inputs "$bin" "$log.one" "$f"; then
				crashes=$((crashes + 1))
				echo "fuzz-replay: $t: CRASH on $f" >&2
				grep -E 'ERROR|runtime error|invariant|SUMMARY|#[0-9]+ 0x' "$log.one" |
					head -n 15 >&2
			fi
		done
	done
	echo "fuzz-replay: $total inputs, $crashes crashes ($note)"
	[ $crashes -eq 0 ]
}

# --- fuzz -----------------------------------------------------------------
fuzz() {
	secs=$1
	shift
	targets=${*:-$all_targets}
	if [ $have_libfuzzer = no ]; then
		echo "fuzz: skipped: built without libFuzzer (the compiler has no libFuzzer runtime, Debian: libclang-rt-14-dev, or FUZZ_NO_LIBFUZZER was set)"
		return 0
	fi
	found=0
	for t in $targets; do
		bin=$(target_bin "$t") || return 1
		newdir=$(mktemp -d "$out/new-$t.XXXXXX")
		for pass in short long; do
			maxlen=""
			[ $pass = long ] && maxlen="-max_len=1048576"
			[ -n "${FUZZ_KEEP_GOING:-}" ] &&
				maxlen="$maxlen -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
			log="$out/fuzz-$t-$pass.log"
			before=$(find "$out/artifacts" -name "$t-*" | wc -l)
			echo "fuzz: $t ($pass inputs) for ${secs}s, new corpus in $newdir"
			# shellcheck disable=SC2046,SC2086
			"$bin" -max_total_time="$secs" -timeout=10 \
				-rss_limit_mb=2048 -print_final_stats=1 $maxlen \
				-dict="$(dict_for "$t")" \
				-artifact_prefix="$out/artifacts/$t-" \
				"$newdir" $(seeds_for "$t") >"$log" 2>&1
			rc=$?
			after=$(find "$out/artifacts" -name "$t-*" | wc -l)
			grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$log" |
				sed "s/^/fuzz: $t: /"
			if [ $rc -ne 0 ] || [ "$after" -gt "$before" ]; then
				found=$((found + 1))
				echo "fuzz: $t: FAILED (exit $rc); log $log" >&2
				grep -E 'ERROR|runtime error|invariant|SUMMARY|Test unit written|ParseDictionaryFile' "$log" |
					head -n 10 >&2
			fi
		done
		echo "fuzz: $t: $(find "$newdir" -type f | wc -l) new corpus entries in $newdir" \
			"(to keep some: FUZZ_BUILD=$out $0 merge $t $newdir)"
	done
	echo "fuzz: $found crashing runs; artifacts in $out/artifacts"
	[ $found -eq 0 ]
}

# --- merge ----------------------------------------------------------------
merge() {
	t=$1
	src=$2
	[ -d "$src" ] || usage
	[ $have_libfuzzer = yes ] || { echo "merge needs libFuzzer" >&2; return 1; }
	bin=$(target_bin "$t") || return 1
	small=$(mktemp -d "$out/merge-src.XXXXXX")
	find "$src" -type f -size -4097c -exec cp {} "$small/" \;
	before=$(find "$here/corpus/$t" -type f | wc -l)
	"$bin" -merge=1 -max_len=4096 "$here/corpus/$t" "$small" \
		>"$out/merge-$t.log" 2>&1 || { cat "$out/merge-$t.log" >&2; return 1; }
	rm -rf "$small"
	after=$(find "$here/corpus/$t" -type f | wc -l)
	echo "merge: $t: corpus $before -> $after files (review them before committing)"
}

case $mode in
replay) replay ;;
fuzz)
	[ $# -ge 1 ] || usage
	fuzz "$@" ;;
merge)
	[ $# -eq 2 ] || usage
	merge "$1" "$2" ;;
*) usage ;;
esac

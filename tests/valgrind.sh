#!/bin/sh
# valgrind.sh BIN UNIT... - no leaks or memory errors in the core: the unit
# tests and `cabletrack parse` on the samples and the seed run under valgrind.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
t_init valgrind
bin=$1
shift
vg="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
t_tmpdir
n=0
for t in "$@"; do
	# The corpus-wide cases are covered by the normal and sanitizer runs;
	# under valgrind they would take minutes.
	if ! CABLETRACK_CORPUS=/nonexistent $vg "$t" >/dev/null 2>"$t.vg"; then
		cat "$t.vg" >&2
		t_fail "FAILED: $t"
	fi
	n=$((n + 1))
done
set -- samples/*
t_have_seed && set -- "$@" "$T_SEED"
if ! $vg "$bin" parse "$@" >/dev/null 2>"$T_TMP/parse.vg"; then
	if grep -q '==[0-9]*==' "$T_TMP/parse.vg"; then
		cat "$T_TMP/parse.vg" >&2
		t_fail "FAILED: cabletrack parse"
	fi
fi
t_failed && exit 1
echo "valgrind: $n unit binaries and parse: no leaks, no errors"

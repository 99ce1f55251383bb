#!/bin/sh
# valgrind.sh BIN UNIT... - no leaks or memory errors in the core: the unit
# tests and `cabletrack parse` on the samples and the seed run under valgrind.
set -u
bin=$1
shift
vg="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
status=0
n=0
for t in "$@"; do
	# The corpus-wide cases are covered by the normal and sanitizer runs;
	# under valgrind they would take minutes.
	if ! CABLETRACK_CORPUS=/nonexistent $vg "$t" >/dev/null 2>"$t.vg"; then
		cat "$t.vg" >&2
		echo "valgrind: FAILED: $t" >&2
		status=1
	fi
	n=$((n + 1))
done
seed=../shared/corpus/seed/08STATE104535.txt
set -- samples/*
[ -f "$seed" ] && set -- "$@" "$seed"
if ! $vg "$bin" parse "$@" >/dev/null 2>/tmp/cabletrack-vg.$$; then
	if grep -q '==[0-9]*==' /tmp/cabletrack-vg.$$; then
		cat /tmp/cabletrack-vg.$$ >&2
		echo "valgrind: FAILED: cabletrack parse" >&2
		status=1
	fi
fi
rm -f /tmp/cabletrack-vg.$$
[ $status -eq 0 ] && echo "valgrind: $n unit binaries and parse: no leaks, no errors"
exit $status

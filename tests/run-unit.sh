#!/bin/sh
# run-unit.sh - run each cmocka unit-test binary; fail if any fails.
# Tests that need ../shared/corpus skip themselves (and say so) without it.
status=0
pass=0
fail=0
for t in "$@"; do
	if "$t"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		status=1
		echo "FAILED: $t" >&2
	fi
done
echo "unit: $pass passed, $fail failed"
exit $status

#!/bin/sh
# run-unit.sh - run each cmocka unit-test binary; fail if any fails.
# Tests that need ../shared/corpus skip themselves (and say so) without it.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
t_init unit
for t in "$@"; do
	if "$t"; then
		t_pass
	else
		t_fail "FAILED: $t"
	fi
done
t_summary unit

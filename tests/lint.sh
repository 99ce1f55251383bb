#!/bin/sh
# lint.sh - cppcheck finds nothing; no shell-running calls in the code.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
t_init lint
if grep -rEn '\b(system|popen)[[:space:]]*\(' --include='*.c' --include='*.h' core tui tests; then
	t_fail "FAILED: system()/popen() found above; use exec* with an argv"
fi
out=$(cppcheck --quiet --std=c11 --enable=warning,style,performance,portability \
	--inline-suppr --error-exitcode=1 -Icore \
	--suppress=missingIncludeSystem --suppress=unusedFunction \
	--suppress=constParameterCallback \
	core tui 2>&1)
rc=$?
if [ $rc -ne 0 ] || [ -n "$out" ]; then
	echo "$out" >&2
	t_fail "FAILED: cppcheck warnings above"
fi
t_failed && exit 1
echo "lint: cppcheck clean, no system()/popen()"

#!/bin/sh
# lint.sh - cppcheck finds nothing; no shell-running calls in the code.
set -u
status=0
if grep -rEn '\b(system|popen)[[:space:]]*\(' --include='*.c' --include='*.h' core tui tests; then
	echo "lint: FAILED: system()/popen() found above; use exec* with an argv" >&2
	status=1
fi
out=$(cppcheck --quiet --std=c11 --enable=warning,style,performance,portability \
	--inline-suppr --error-exitcode=1 -Icore \
	--suppress=missingIncludeSystem --suppress=unusedFunction \
	--suppress=constParameterCallback \
	core tui 2>&1)
rc=$?
if [ $rc -ne 0 ] || [ -n "$out" ]; then
	echo "$out" >&2
	echo "lint: FAILED: cppcheck warnings above" >&2
	status=1
fi
[ $status -eq 0 ] && echo "lint: cppcheck clean, no system()/popen()"
exit $status

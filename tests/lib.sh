# lib.sh - what the test scripts under tests/ share.  Sourced, after set -u:
#
#   . "$(dirname "$0")/../lib.sh"       (or ./lib.sh from tests/ itself)
#   t_init NAME                         NAME starts the summary and messages
#
# Counting (the summary line is "NAME: N passed, M failed"):
#   t_ok TEXT      a pass, printed as "ok   TEXT"
#   t_bad TEXT     a failure, printed as "FAIL TEXT"
#   t_pass         a pass, not printed
#   t_fail TEXT    a failure, printed as "NAME: TEXT" on standard error
#   t_summary [LABEL]   prints "LABEL: N passed, M failed" (LABEL defaults
#                  to NAME); returns 1 when something failed
#   t_failed       true when something failed so far
# Skipping:
#   t_skip WHY     prints "NAME: skipped: WHY" (the script goes on)
#   t_skip_all WHY prints the same and exits 0
# Places:
#   T_TOP          the top of the checkout (absolute)
#   T_CORPUS       $CABLETRACK_CORPUS, else ../shared/corpus beside the
#                  checkout; T_SEED its seed cable (08STATE104535.txt)
#   t_have_corpus  true when T_CORPUS holds the cablegate cables
#   t_have_seed    true when T_SEED is there
#   t_bin PATH     PATH made absolute in T_BIN; exits 2 when it is no
#                  executable
#   t_tmpdir       a fresh temp dir in T_TMP, removed (even if chmod 000
#                  inside) when the script exits; a function t_cleanup, when
#                  the script defines one, runs first.  HUP, INT and TERM
#                  exit 2 through the same cleanup.

T_NAME=tests
T_PASS=0
T_FAIL=0
T_TMP=

# The top: the nearest folder upwards from the script that holds tests/lib.sh.
T_TOP=$(cd "$(dirname "$0")" && pwd)
while [ "$T_TOP" != / ] && [ ! -f "$T_TOP/tests/lib.sh" ]; do
	T_TOP=$(dirname "$T_TOP")
done
T_CORPUS=${CABLETRACK_CORPUS:-$T_TOP/../shared/corpus}
T_SEED=$T_CORPUS/seed/08STATE104535.txt

t_init() { T_NAME=$1; }

t_ok() { T_PASS=$((T_PASS + 1)); echo "ok   $1"; }
t_bad() { T_FAIL=$((T_FAIL + 1)); echo "FAIL $1"; }
t_pass() { T_PASS=$((T_PASS + 1)); }
t_fail() { T_FAIL=$((T_FAIL + 1)); echo "$T_NAME: $1" >&2; }
t_failed() { [ "$T_FAIL" -gt 0 ]; }

t_summary() {
	echo "${1:-$T_NAME}: $T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
}

t_skip() { echo "$T_NAME: skipped: $1"; }
t_skip_all() { t_skip "$1"; exit 0; }

t_have_corpus() { [ -d "$T_CORPUS/cablegate" ]; }
t_have_seed() { [ -f "$T_SEED" ]; }

t_bin() {
	case $1 in /*) T_BIN=$1 ;; *) T_BIN=$(pwd)/$1 ;; esac
	if [ ! -x "$T_BIN" ]; then
		echo "$T_NAME: $T_BIN is not an executable; build it first (make)" >&2
		exit 2
	fi
}

t_exit_cleanup() {
	if command -v t_cleanup >/dev/null 2>&1; then
		t_cleanup
	fi
	if [ -n "$T_TMP" ]; then
		chmod -R u+rwx "$T_TMP" 2>/dev/null
		rm -rf "$T_TMP"
	fi
}

t_tmpdir() {
	T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/cabletrack-$T_NAME.XXXXXX") || exit 2
	trap t_exit_cleanup EXIT
	trap 'exit 2' HUP INT TERM
}

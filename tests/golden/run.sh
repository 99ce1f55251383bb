#!/bin/sh
# golden/run.sh BIN TOOLDIR - `cabletrack parse` on every sample must equal
# its golden file tests/golden/<sample>.json; then the man page against the
# program's tables, then the export goldens.
# CABLETRACK_UPDATE_GOLDEN=1 rewrites the goldens (review the diff!).
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init golden
bin=$1
here=$(dirname "$0")
t_tmpdir
got=$T_TMP/got
for s in samples/*; do
	[ -f "$s" ] || continue
	name=$(basename "$s")
	want="$here/$name.json"
	"$bin" parse "$s" >"$got" 2>&1
	rc=$?
	if [ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$got" "$want"
	fi
	if [ $rc -ne 0 ]; then
		cat "$got" >&2
		t_fail "$name: parse exited $rc"
	elif [ ! -f "$want" ]; then
		t_fail "$name: no golden file $want"
	elif ! diff -u "$want" "$got" >&2; then
		t_fail "$name: parse output differs from $want"
	else
		t_pass
	fi
done
# --post narrows taskings and each paragraph's tasked list to one post
# (a post named twice in a list was once the symptom of a shared array).
for s in samples/09STATE12345.txt; do
	[ -f "$s" ] || continue
	name=$(basename "$s").post-REYKJAVIK
	want="$here/$name.json"
	"$bin" parse --post REYKJAVIK "$s" >"$got" 2>&1
	[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$want"
	if diff -u "$want" "$got" >&2; then
		t_pass
	else
		t_fail "parse --post REYKJAVIK $s differs from $want"
	fi
done
# --explain: why each tasking was found, as plain text
for s in samples/*.txt; do
	[ -f "$s" ] || continue
	name=$(basename "$s").explain
	want="$here/$name.txt"
	"$bin" parse --explain "$s" >"$got" 2>&1
	[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$want"
	if diff -u "$want" "$got" >&2; then
		t_pass
	else
		t_fail "parse --explain $s differs from $want"
	fi
done
status=0
t_summary "golden parse" || status=1
# The man page's KEYS section against the action table and the default
# keymap, and its export --format list against the table of formats.
if [ -n "${2:-}" ]; then
	if [ -x "$2/man_check" ]; then
		"$2/man_check" doc/cabletrack.1 keymaps/default.yaml || status=1
	else
		echo "golden: no man page checker $2/man_check" >&2
		status=1
	fi
fi
if [ -f "$here/export.sh" ]; then
	sh "$here/export.sh" "$bin" "${2:-}" || status=1
fi
exit $status

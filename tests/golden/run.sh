#!/bin/sh
# golden/run.sh BIN TOOLDIR - `cabletrack parse` on every sample must equal
# its golden file tests/golden/<sample>.json; then the export goldens.
# CABLETRACK_UPDATE_GOLDEN=1 rewrites the goldens (review the diff!).
set -u
bin=$1
here=$(dirname "$0")
pass=0
fail=0
for s in samples/*; do
	[ -f "$s" ] || continue
	name=$(basename "$s")
	want="$here/$name.json"
	got=$(mktemp)
	"$bin" parse "$s" >"$got" 2>&1
	rc=$?
	if [ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$got" "$want"
	fi
	if [ $rc -ne 0 ]; then
		echo "golden: $name: parse exited $rc" >&2
		cat "$got" >&2
		fail=$((fail + 1))
	elif [ ! -f "$want" ]; then
		echo "golden: $name: no golden file $want" >&2
		fail=$((fail + 1))
	elif ! diff -u "$want" "$got" >&2; then
		echo "golden: $name: parse output differs from $want" >&2
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
	rm -f "$got"
done
# --post narrows taskings and each paragraph's tasked list to one post
# (a post named twice in a list was once the symptom of a shared array).
for s in samples/09STATE12345.txt; do
	[ -f "$s" ] || continue
	name=$(basename "$s").post-REYKJAVIK
	want="$here/$name.json"
	got=$(mktemp)
	"$bin" parse --post REYKJAVIK "$s" >"$got" 2>&1
	[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$want"
	if diff -u "$want" "$got" >&2; then
		pass=$((pass + 1))
	else
		echo "golden: parse --post REYKJAVIK $s differs from $want" >&2
		fail=$((fail + 1))
	fi
	rm -f "$got"
done
# --explain: why each tasking was found, as plain text
for s in samples/*.txt; do
	[ -f "$s" ] || continue
	name=$(basename "$s").explain
	want="$here/$name.txt"
	got=$(mktemp)
	"$bin" parse --explain "$s" >"$got" 2>&1
	[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$want"
	if diff -u "$want" "$got" >&2; then
		pass=$((pass + 1))
	else
		echo "golden: parse --explain $s differs from $want" >&2
		fail=$((fail + 1))
	fi
	rm -f "$got"
done
echo "golden parse: $pass passed, $fail failed"
status=0
[ $fail -eq 0 ] || status=1
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

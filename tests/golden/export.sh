#!/bin/sh
# golden/export.sh BIN [TOOLDIR] - `cabletrack export` checks:
#  1. every format of every sample equals tests/golden/export/<sample>.<fmt>
#     (CABLETRACK_UPDATE_GOLDEN=1 rewrites them: review the diff by eye),
#     and of 09STATE12345 with a corrected review its .corrected.<fmt>;
#  2. round trips: the .ics through libical (ics_check), the CSV through
#     Python's strict csv reader (csv_check.py), the JSON through jansson
#     with Taskwarrior's rules (taskjson_check), the YAML through libyaml
#     (yaml_check); all four must carry the same items (uuid set);
#  3. a status changed in the review changes the status and no uuid/UID;
#  4. the CLI: -o writes what stdout shows, refuses a symlink, a bad input
#     gives exit 1 with the others still exported, bad usage exit 2.
# The export time is fixed (SOURCE_DATE_EPOCH) and reviews come from an
# empty temporary --state directory, so nothing of the user's leaks in.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init export
bin=$1
tools=${2:-}
here=$(dirname "$0")
gold=$here/export
formats="md org todo csv ics yaml json"
t_tmpdir
tmp=$T_TMP
SOURCE_DATE_EPOCH=1234567890
TZ=UTC
XDG_DATA_HOME=$tmp/xdg
export SOURCE_DATE_EPOCH XDG_DATA_HOME TZ
mkdir -p "$tmp/state"

# 1. goldens
[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && mkdir -p "$gold"
# the samples, and the seed cable when the shared corpus is beside us
seed=$T_SEED
t_have_seed || { t_skip "the seed goldens: no $seed"; seed=""; }
for s in samples/* $seed; do
	[ -f "$s" ] || continue
	name=$(basename "$s")
	for f in $formats; do
		want=$gold/$name.$f
		got=$tmp/$name.$f
		"$bin" export --state "$tmp/state" --format "$f" "$s" >"$got" 2>"$tmp/err"
		rc=$?
		[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$want"
		if [ $rc -ne 0 ]; then
			t_fail "$name.$f: exit $rc: $(cat "$tmp/err")"
		elif [ ! -f "$want" ]; then
			t_fail "$name.$f: no golden file $want"
		elif ! cmp -s "$want" "$got"; then
			diff -u "$want" "$got" >&2
			t_fail "$name.$f: differs from $want"
		else
			t_pass
		fi
	done
done

# 1b. the reviewer's corrections (issue 11): a review of the first sample
# that adds a tasking (¶1), dismisses one (¶2 REYKJAVIK) and rewords a line
# (¶5 VALLETTA); every format equals tests/golden/export/<sample>.corrected.<fmt>
corr=samples/09STATE12345.txt
if [ -f "$corr" ] && [ -f "$gold/09STATE12345.corrected.review.yaml" ]; then
	mkdir -p "$tmp/corrected"
	cp "$gold/09STATE12345.corrected.review.yaml" "$tmp/corrected/09STATE12345.yaml"
	for f in $formats; do
		want=$gold/09STATE12345.txt.corrected.$f
		got=$tmp/corrected.$f
		"$bin" export --state "$tmp/corrected" --format "$f" "$corr" >"$got" 2>"$tmp/err"
		rc=$?
		[ "${CABLETRACK_UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$want"
		if [ $rc -ne 0 ]; then
			t_fail "corrected.$f: exit $rc: $(cat "$tmp/err")"
		elif ! cmp -s "$want" "$got"; then
			diff -u "$want" "$got" >&2
			t_fail "corrected.$f: differs from $want"
		else
			t_pass
		fi
	done
else
	t_fail "the corrected golden: no $corr or its review"
fi

# 2. round trips, on each sample and on all of them at once
if [ -n "$tools" ] && [ -x "$tools/ics_check" ] && [ -x "$tools/taskjson_check" ] &&
   [ -x "$tools/yaml_check" ]; then
	for s in samples/* samples; do
		[ -e "$s" ] || continue
		name=$(basename "$s")
		for f in ics csv json yaml; do
			"$bin" export --state "$tmp/state" --format "$f" "$s" >"$tmp/rt.$f" 2>/dev/null
		done
		if ! "$tools/taskjson_check" "$tmp/rt.json" >"$tmp/ids.json"; then
			t_fail "$name: JSON fails the Taskwarrior checks"
			continue
		fi
		n=$(wc -l <"$tmp/ids.json" | tr -d ' ')
		"$tools/ics_check" "$tmp/rt.ics" "$n" >"$tmp/ids.ics" || t_fail "$name: iCalendar fails"
		"$tools/yaml_check" "$tmp/rt.yaml" >"$tmp/ids.yaml" || t_fail "$name: YAML fails"
		if command -v python3 >/dev/null; then
			python3 "$here/../tools/csv_check.py" "$tmp/rt.csv" "$n" >"$tmp/ids.csv" ||
				t_fail "$name: CSV fails"
		else
			cut -d' ' -f1 "$tmp/ids.json" >"$tmp/ids.csv"
			t_skip "the CSV round trip: no python3"
		fi
		for f in json ics yaml csv; do
			sed 's/@cabletrack / /' "$tmp/ids.$f" | cut -d' ' -f1 | sort >"$tmp/u.$f"
		done
		if cmp -s "$tmp/u.json" "$tmp/u.ics" && cmp -s "$tmp/u.json" "$tmp/u.yaml" &&
		   cmp -s "$tmp/u.json" "$tmp/u.csv"; then
			t_pass
		else
			t_fail "$name: the formats do not carry the same items"
		fi
	done
else
	t_skip "the round trips: tools not built in '${tools}'"
fi

# 3. a status change keeps every uuid and UID
first=
if [ -n "$tools" ] && [ -x "$tools/review_set" ] && command -v python3 >/dev/null; then
	for s in samples/*; do
		"$bin" export --state "$tmp/state" --format json "$s" >"$tmp/a.json" 2>/dev/null
		first=$(python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))
print("%s\t%s" % (a[0]["paragraph"], a[0]["party"]) if a else "")' "$tmp/a.json")
		[ -n "$first" ] && break
	done
fi
if [ -n "$first" ]; then
	para=$(printf '%s' "$first" | cut -f1)
	party=$(printf '%s' "$first" | cut -f2)
	st=$tmp/state2
	mkdir -p "$st"
	"$bin" export --state "$st" --format json "$s" >"$tmp/a.json"
	"$bin" export --state "$st" --format ics "$s" >"$tmp/a.ics"
	if "$tools/review_set" "$st" "$s" "$para" "$party" done; then
		"$bin" export --state "$st" --format json "$s" >"$tmp/b.json"
		"$bin" export --state "$st" --format ics "$s" >"$tmp/b.ics"
		"$tools/taskjson_check" "$tmp/a.json" | cut -d' ' -f1 | sort >"$tmp/ua"
		"$tools/taskjson_check" "$tmp/b.json" | cut -d' ' -f1 | sort >"$tmp/ub"
		"$tools/ics_check" "$tmp/a.ics" | cut -d' ' -f1 | sort >"$tmp/ia"
		"$tools/ics_check" "$tmp/b.ics" | cut -d' ' -f1 | sort >"$tmp/ib"
		if ! cmp -s "$tmp/a.json" "$tmp/b.json" && cmp -s "$tmp/ua" "$tmp/ub" &&
		   ! cmp -s "$tmp/a.ics" "$tmp/b.ics" && cmp -s "$tmp/ia" "$tmp/ib" &&
		   grep -q '"completed"' "$tmp/b.json" && grep -q 'STATUS:COMPLETED' "$tmp/b.ics"; then
			t_pass
		else
			t_fail "$(basename "$s"): a status change changed the ids (or nothing)"
		fi
	else
		t_fail "review_set failed on $s"
	fi
else
	t_skip "the status-change check: no sample with taskings, python3 or review_set"
fi

# 4. the command line
s=$(ls samples/* 2>/dev/null | head -n 1)
if [ -n "$s" ]; then
	"$bin" export --state "$tmp/state" "$s" >"$tmp/stdout.md"
	"$bin" export --state "$tmp/state" -o "$tmp/out.md" "$s" &&
		cmp -s "$tmp/stdout.md" "$tmp/out.md" && t_pass || t_fail "-o differs from stdout"
	# replacing an existing file keeps its mode
	chmod 640 "$tmp/out.md"
	"$bin" export --state "$tmp/state" --format csv -o "$tmp/out.md" "$s" &&
		[ "$(stat -c %a "$tmp/out.md")" = 640 ] && t_pass || t_fail "-o lost the file's mode"
	echo keep >"$tmp/target"
	ln -s "$tmp/target" "$tmp/link"
	"$bin" export --state "$tmp/state" -o "$tmp/link" "$s" 2>"$tmp/err"
	rc=$?
	[ $rc -eq 1 ] && [ "$(cat "$tmp/target")" = keep ] && [ -L "$tmp/link" ] &&
		grep -q 'symbolic link' "$tmp/err" && t_pass || t_fail "-o wrote through a symlink (exit $rc)"
	[ -z "$(ls -A "$tmp" | grep '^\.')" ] && t_pass || t_fail "-o left a temporary file"
	"$bin" export --state "$tmp/state" "$tmp/missing" "$s" >"$tmp/partial" 2>"$tmp/err"
	rc=$?
	[ $rc -eq 1 ] && grep -q "^cabletrack: $tmp/missing: " "$tmp/err" &&
		cmp -s "$tmp/partial" "$tmp/stdout.md" && t_pass ||
		t_fail "a bad input: exit $rc, or the good one not exported"
	"$bin" export --format pdf "$s" >/dev/null 2>&1
	[ $? -eq 2 ] && t_pass || t_fail "unknown format: not exit 2"
	"$bin" export --status maybe "$s" >/dev/null 2>&1
	[ $? -eq 2 ] && t_pass || t_fail "unknown status: not exit 2"
	"$bin" export >/dev/null 2>&1
	[ $? -eq 2 ] && t_pass || t_fail "no input: not exit 2"
	"$bin" export --help | grep -q -- '--status' && t_pass || t_fail "--help"
fi

t_summary "golden export"

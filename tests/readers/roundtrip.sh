#!/bin/sh
# readers/roundtrip.sh BIN - the way back from Taskwarrior and todo.txt:
# export, complete one task and annotate another in the real `task`,
# `cabletrack import` the `task export`, and the review has both; export
# and import again: nothing added twice, nothing lost.  A status changed in
# both places is a conflict that keeps the review's; a todo.txt line marked
# done with todo.txt-cli's `do` comes back as done.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init roundtrip
t_bin "$1"
bin=$T_BIN
t_tmpdir
cable=$T_TOP/samples/09STATE12345.txt
st=$T_TMP/state
mkdir -p "$st" "$T_TMP/task" "$T_TMP/home"
HOME=$T_TMP/home TASKDATA=$T_TMP/task TASKRC=$T_TMP/taskrc TZ=America/New_York
export HOME TASKDATA TASKRC TZ
if ! command -v task >/dev/null || ! command -v todo-txt >/dev/null; then
	t_fail "task or todo-txt is not installed (make deps installs them)"
	t_summary
	exit 1
fi
"$bin" export --taskrc >"$TASKRC"
tw() { task rc.confirmation=off rc.verbose=nothing "$@"; }
# the first two tasks of the export, by uuid
"$bin" export --state "$st" --format json "$cable" >"$T_TMP/e1.json"
u1=$(sed -n 's/.*"uuid": "\(.*\)".*/\1/p' "$T_TMP/e1.json" | sed -n 1p)
u2=$(sed -n 's/.*"uuid": "\(.*\)".*/\1/p' "$T_TMP/e1.json" | sed -n 2p)
u3=$(sed -n 's/.*"uuid": "\(.*\)".*/\1/p' "$T_TMP/e1.json" | sed -n 3p)
tw import "$T_TMP/e1.json" >/dev/null 2>&1 || t_fail "task import"
tw "$u1" done >/dev/null 2>&1
tw "$u2" annotate "Called the MFA desk +followup" >/dev/null 2>&1
tw export >"$T_TMP/t1.json"
"$bin" import --state "$st" "$T_TMP/t1.json" >"$T_TMP/r1" 2>&1 || t_fail "import exit $?"
grep -q ": status open -> done" "$T_TMP/r1" && grep -q ": note: 1 line added" "$T_TMP/r1" &&
	grep -q "2 changed, 0 conflicts" "$T_TMP/r1" && t_pass ||
	t_fail "the first import: $(cat "$T_TMP/r1")"
# reopening the cable: the review has both
"$bin" export --state "$st" --format json "$cable" >"$T_TMP/e2.json"
python3 - "$T_TMP/e2.json" "$u1" "$u2" <<'PY' && t_pass || t_fail "the review lacks a change"
import json, sys
t = {x["uuid"]: x for x in json.load(open(sys.argv[1]))}
assert t[sys.argv[2]]["status"] == "completed", t[sys.argv[2]]
assert [a["description"] for a in t[sys.argv[3]]["annotations"]] == \
    ["Called the MFA desk +followup"], t[sys.argv[3]]
PY
# again: the same file, then a new export through task
"$bin" import --state "$st" "$T_TMP/t1.json" >"$T_TMP/r2" 2>&1
grep -q " 0 changed, 0 conflicts" "$T_TMP/r2" && t_pass || t_fail "the same file twice: $(cat "$T_TMP/r2")"
tw import "$T_TMP/e2.json" >/dev/null 2>&1
tw export >"$T_TMP/t2.json"
"$bin" import --state "$st" "$T_TMP/t2.json" >"$T_TMP/r3" 2>&1
grep -q " 0 changed, 0 conflicts" "$T_TMP/r3" && t_pass || t_fail "export, import again: $(cat "$T_TMP/r3")"
n=$(grep -c "Called the MFA desk" "$st/09STATE12345.yaml")
[ "$n" = 1 ] && t_pass || t_fail "the annotation is $n times in the review"
# a conflict: done in task, dropped here (by a todo.txt import) since
tw "$u3" done >/dev/null 2>&1
tw export >"$T_TMP/t3.json"
"$bin" export --state "$st" --format todo "$cable" | grep "id:$u3" |
	sed 's/^/x 2009-02-13 /; s/$/ status:dropped/' >"$T_TMP/drop.txt"
"$bin" import --state "$st" "$T_TMP/drop.txt" >"$T_TMP/r4" 2>&1
grep -q "status open -> dropped" "$T_TMP/r4" && t_pass || t_fail "todo.txt drop: $(cat "$T_TMP/r4")"
"$bin" import --state "$st" "$T_TMP/t3.json" >"$T_TMP/r5" 2>&1
grep -q "conflict: status changed in both places .*kept dropped" "$T_TMP/r5" &&
	grep -q "1 conflict," "$T_TMP/r5" && t_pass || t_fail "no conflict: $(cat "$T_TMP/r5")"
# todo.txt-cli marks a line done: import it (the cable given, as its review
# does not hold that tasking yet)
st2=$T_TMP/state2
mkdir -p "$st2" "$T_TMP/todo"
"$bin" export --state "$st2" --format todo "$cable" >"$T_TMP/todo/todo.txt"
: >"$T_TMP/todo/done.txt"
printf 'export TODO_DIR=%s\nexport TODO_FILE=$TODO_DIR/todo.txt\nexport DONE_FILE=$TODO_DIR/done.txt\nexport REPORT_FILE=$TODO_DIR/report.txt\n' \
	"$T_TMP/todo" >"$T_TMP/todo/cfg"
todo-txt -d "$T_TMP/todo/cfg" -a do 2 >/dev/null 2>&1
grep -q "^x " "$T_TMP/todo/todo.txt" && t_pass || t_fail "todo-txt do marked nothing"
"$bin" import --state "$st2" "$T_TMP/todo/todo.txt" >"$T_TMP/r6" 2>&1
grep -q "1 not found" "$T_TMP/r6" && t_pass || t_fail "todo.txt without the cable: $(cat "$T_TMP/r6")"
"$bin" import --state "$st2" "$T_TMP/todo/todo.txt" "$cable" >"$T_TMP/r7" 2>&1
grep -q "status open -> done" "$T_TMP/r7" && grep -q "1 changed" "$T_TMP/r7" && t_pass ||
	t_fail "todo.txt import: $(cat "$T_TMP/r7")"
"$bin" export --state "$st2" --format csv "$cable" | grep -c ",done," | grep -qx 1 && t_pass ||
	t_fail "the todo.txt done is not in the review"
# a stale todo.txt (exported before that) reopens nothing
"$bin" export --state "$T_TMP/state3" --format todo "$cable" >"$T_TMP/stale.txt" 2>/dev/null
"$bin" import --state "$st2" "$T_TMP/stale.txt" "$cable" >"$T_TMP/r8" 2>&1
grep -q " 0 changed" "$T_TMP/r8" && t_pass || t_fail "a stale todo.txt changed: $(cat "$T_TMP/r8")"
t_summary

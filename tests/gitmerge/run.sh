#!/bin/sh
# run.sh BIN - a team shares its review folder through git (issue 11).
#
# Builds a repository of review files (in the form review_save writes:
# sorted items, one block each) with `*.yaml merge=cabletrack` in its
# .gitattributes, and two clones, A and B, each with
#   git config merge.cabletrack.driver 'BIN merge-review %O %A %B %P'
# Then, round by round, A and B change the same file, A pushes, B pulls:
#  1. different taskings, plain git (no driver configured): git's own
#     merge is clean because the changes are in different blocks;
#  2. different and the same taskings, with the driver: the later status
#     wins, both notes are kept, A's added tasking and B's dismissal and
#     reword are both there; the pull succeeds and the file is the
#     expected one, byte for byte, and loads (parse --review);
#  3. both change one due date: the pull stops (a person must choose),
#     the file loads and its item says what to choose in 'conflict:';
#  4. A's copy is no review file (broken YAML): the driver leaves git's
#     conflict markers and the pull stops, nothing rewritten from it.
# Prints "gitmerge: N passed, M failed"; exits 1 when any failed.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init gitmerge

t_bin "${1:-./cabletrack}"
bin=$T_BIN
command -v git >/dev/null 2>&1 || t_skip_all "no git"
t_tmpdir
cd "$T_TMP" || exit 2
cable=$T_TOP/samples/09STATE12345.txt

export GIT_CONFIG_NOSYSTEM=1 HOME="$T_TMP" GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@x \
	GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@x
git config --global init.defaultBranch main
git config --global pull.rebase false

R=09STATE12345.yaml
# item PARA PARTY STATUS [LINES...]: one block; LINES go between status and origin
item() {
	printf -- '- paragraph: %s\n  party: %s\n  status: %s\n' "$1" "$2" "$3"
	shift 3
	if [ $# -eq 0 ]; then
		printf '  note: ~\n  due: ~\n'
	fi
	for l in "$@"; do printf '  %s\n' "$l"; done
	printf '  origin: auto\n'
}
V="AMEMBASSY VALLETTA"
K="AMEMBASSY REYKJAVIK"
base_file() {
	printf 'cable: 09STATE12345\nitems:\n'
	item 2 "$K" open
	item 2 "$V" open
	item 5 "$K" open
	item 5 "$V" open
	item 7 "$K" open
	item 7 "$V" open
}

git init -q --bare origin.git
git clone -q origin.git seed 2>/dev/null
mkdir seed/reviews seed/plain
base_file > seed/reviews/$R
base_file > seed/plain/$R       # round 1's copy
printf '*.yaml merge=cabletrack\n' > seed/.gitattributes
(cd seed && git add -A && git commit -qm base && git push -q origin main) || exit 2

clone() {   # clone NAME [driver]
	git clone -q origin.git "$1" || exit 2
	if [ "${2:-}" = driver ]; then
		git -C "$1" config merge.cabletrack.driver "$bin merge-review %O %A %B %P"
	fi
}
commit() {  # commit CLONE MESSAGE
	git -C "$1" commit -qam "$2" >/dev/null
}

# --- 1. plain git: different taskings merge cleanly -------------------------
clone p1
clone p2
{ printf 'cable: 09STATE12345\nitems:\n'
  item 2 "$K" done "status_at: 2009-01-15T10:00:00Z" "note: ~" "due: ~"
  item 2 "$V" open; item 5 "$K" open; item 5 "$V" open; item 7 "$K" open; item 7 "$V" open
} > p1/plain/$R
{ printf 'cable: 09STATE12345\nitems:\n'
  item 2 "$K" open
  item 2 "$V" open "note: sent to the MFA" "due: ~"
  item 5 "$K" open; item 5 "$V" open; item 7 "$K" open; item 7 "$V" open
} > p2/plain/$R
commit p1 "p1: done"
git -C p1 push -q origin main
commit p2 "p2: note"
if git -C p2 pull -q origin main >out.txt 2>&1; then
	t_ok "plain git merges changes to adjacent items without a driver"
else
	t_bad "plain git merge of adjacent items: $(cat out.txt)"
fi
if grep -q 'status: done' p2/plain/$R && grep -q 'sent to the MFA' p2/plain/$R; then
	t_ok "both changes are in the file"
else
	t_bad "a change was lost: $(cat p2/plain/$R)"
fi

# --- 2. the driver: different and the same taskings -------------------------
# (B pulls, so B's copy is "ours": its note comes first)
clone a driver
clone b driver
# A: ¶2 REYKJAVIK done; ¶5 VALLETTA done at 10:00 with a note; adds ¶6 VALLETTA
{ printf 'cable: 09STATE12345\nitems:\n'
  item 2 "$K" done "status_at: 2009-01-15T10:00:00Z" "note: ~" "due: ~"
  item 2 "$V" open; item 5 "$K" open
  item 5 "$V" done "status_at: 2009-01-15T10:00:00Z" "note: A called the MFA" "due: ~"
  printf -- '- paragraph: 6\n  party: %s\n  status: open\n  note: ~\n  due: "2009-01-20"\n  summary: Translate the nonpaper\n  origin: manual\n' "$V"
  item 7 "$K" open; item 7 "$V" open
} > a/reviews/$R
git -C a add reviews/$R
commit a "A: status, note, an added tasking"
git -C a push -q origin main
# B: ¶2 VALLETTA dismissed; ¶5 VALLETTA doing at 10:05 with a note; ¶7 K reworded
{ printf 'cable: 09STATE12345\nitems:\n'
  item 2 "$K" open
  item 2 "$V" open "note: ~" "due: ~" "dismissed: not a tasking" "reason: a summary paragraph"
  item 5 "$K" open
  item 5 "$V" doing "status_at: 2009-01-15T10:05:00Z" "note: B has the reply" "due: ~"
  item 7 "$K" open "note: ~" "due: ~" "summary: Slug replies for EUR/RPM"
  item 7 "$V" open
} > b/reviews/$R
commit b "B: dismissal, status, note, reword"
if git -C b pull -q origin main >out.txt 2>&1; then
	t_ok "the pull merges with the driver (exit 0)"
else
	t_bad "the pull with the driver failed: $(cat out.txt)"
fi
{ printf 'cable: 09STATE12345\nitems:\n'
  item 2 "$K" done "status_at: 2009-01-15T10:00:00Z" "note: ~" "due: ~"
  item 2 "$V" open "note: ~" "due: ~" "dismissed: not a tasking" "reason: a summary paragraph"
  item 5 "$K" open
  item 5 "$V" doing "status_at: 2009-01-15T10:05:00Z" "note: |-" \
	"  B has the reply" "  -- merged: the other copy's note follows --" "  A called the MFA" "due: ~"
  printf -- '- paragraph: 6\n  party: %s\n  status: open\n  note: ~\n  due: "2009-01-20"\n  summary: Translate the nonpaper\n  origin: manual\n' "$V"
  item 7 "$K" open "note: ~" "due: ~" "summary: Slug replies for EUR/RPM"
  item 7 "$V" open
} > want.yaml
if cmp -s want.yaml b/reviews/$R; then
	t_ok "the merged file is the expected one: later status, both notes, the add, the dismissal, the reword"
else
	t_bad "merged file differs: $(diff want.yaml b/reviews/$R)"
fi
if grep -q '<<<<<<<' b/reviews/$R; then t_bad "conflict markers left"; else t_ok "no conflict markers"; fi
if git -C b log -1 --format=%s | grep -q Merge; then t_ok "git made the merge commit"; else t_bad "no merge commit"; fi
"$bin" parse --review --state b/reviews "$cable" > review.json 2>err.txt
if [ $? -eq 0 ] && grep -q '"summary": "Translate the nonpaper"' review.json &&
	grep -q '"summary": "Slug replies for EUR/RPM"' review.json &&
	grep -q '"dismissed": "not a tasking"' review.json; then
	t_ok "the merged file loads: parse --review shows every correction"
else
	t_bad "parse --review of the merged file: $(cat err.txt)"
fi
git -C b push -q origin main
git -C a pull -q origin main
if cmp -s a/reviews/$R b/reviews/$R; then t_ok "A pulls B's merge unchanged"; else t_bad "A and B differ"; fi

# --- 3. both change one due date: a person chooses -----------------------------
sed 's/^  due: "2009-01-20"$/  due: "2009-01-21"/' a/reviews/$R > x && mv x a/reviews/$R
sed 's/^  due: "2009-01-20"$/  due: "2009-01-25"/' b/reviews/$R > x && mv x b/reviews/$R
commit a "A: due 21"
git -C a push -q origin main
commit b "B: due 25"
if git -C b pull -q origin main >out.txt 2>&1; then
	t_bad "the pull succeeded though both changed one due date"
else
	t_ok "the pull stops when both changed one due date"
fi
if grep -q "conflict: 'due: ours 2009-01-25, theirs 2009-01-21; ours kept'" b/reviews/$R &&
	grep -q 'choice left to you' out.txt; then
	t_ok "the item says what to choose, and the driver says so"
else
	t_bad "no conflict line: $(cat out.txt; cat b/reviews/$R)"
fi
if "$bin" parse --review --state b/reviews "$cable" >/dev/null 2>err.txt; then
	t_ok "the file with a choice left still loads"
else
	t_bad "the file with a choice left does not load: $(cat err.txt)"
fi
git -C b merge --abort

# --- 4. a copy that is no review file: git's conflict markers --------------------
printf 'cable: 09STATE12345\nitems: [broken\n' > a/reviews/$R
commit a "A: broken"
git -C a push -q origin main
sed 's/^  status: open$/  status: doing/' b/reviews/$R > x && mv x b/reviews/$R
commit b "B: doing"
if git -C b pull -q origin main >out.txt 2>&1; then
	t_bad "the pull succeeded over a broken file"
else
	t_ok "the pull stops when a copy is no review file"
fi
if grep -q '^<<<<<<< ours' b/reviews/$R && grep -q '^>>>>>>> theirs' b/reviews/$R &&
	grep -q 'items: \[broken' b/reviews/$R && grep -q "left to git's conflict markers" out.txt; then
	t_ok "git's conflict markers hold both copies"
else
	t_bad "no conflict markers: $(cat out.txt; cat b/reviews/$R)"
fi

t_summary

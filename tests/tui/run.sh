#!/bin/sh
# run.sh BIN - drive the real cabletrack binary in tmux and check the screen.
#
# A private tmux server (-L cabletrack-test-PID, no config) runs the program
# at 80x24 and 120x40; keys are sent with send-keys and the screen is read
# with capture-pane.  Every check POLLS the screen (every 50 ms, up to 10 s)
# instead of sleeping, and prints the screen when it fails.  HOME, XDG_* and
# --state point into a temp dir; CABLETRACK_TODAY fixes "today" so deadlines
# read the same on every run.  Skips (saying so) without tmux; the cases on
# the seed cable skip without the shared corpus ($CABLETRACK_CORPUS, else
# ../shared/corpus).
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init tui

t_bin "${1:?usage: run.sh BIN}"
BIN=$T_BIN
ROOT=$T_TOP
SEED=$T_SEED

command -v tmux >/dev/null 2>&1 || t_skip_all "tmux is not installed"

SOCK=cabletrack-test-$$
T="tmux -L $SOCK -f /dev/null"
# the temp dir goes at exit, after the tmux server
t_cleanup() { $T kill-server >/dev/null 2>&1; }
t_tmpdir
TMP=$T_TMP

# A session that lives for the whole run, so that killing "ct" never stops
# the server while the next session is being created.
$T new-session -d -s keep -x 80 -y 24 "exec sleep 3600"

mkdir -p "$TMP/home/.config" "$TMP/home/.local/share" "$TMP/state" "$TMP/work"
ENVS="LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$TMP/home XDG_CONFIG_HOME=$TMP/home/.config \
XDG_DATA_HOME=$TMP/home/.local/share CABLETRACK_TODAY=2008-10-02 NO_COLOR="

# start W H [ARGS...]: a fresh session "ct" running the program; when it
# ends the pane shows "[exit N]".
start() {
	w=$1 h=$2
	shift 2
	$T kill-session -t ct >/dev/null 2>&1
	args=""
	for a in "$@"; do args="$args '$a'"; done
	$T new-session -d -s ct -x "$w" -y "$h" -c "$TMP/work" \
		"env $ENVS ${XENV:-} $BIN --state '${STATE:-$TMP/state}' $args; echo \"[exit \$?]\"; exec sleep 600"
}

screen() { $T capture-pane -p -t ct 2>/dev/null; }
keys() { $T send-keys -t ct "$@"; }
typed() { $T send-keys -t ct -l "$1"; }

# wait_for TEXT [TIMEOUT_S]: poll the screen until it contains TEXT.
wait_for() {
	n=0
	limit=$(( ${2:-10} * 20 ))
	while [ $n -lt $limit ]; do
		if screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.05
		n=$((n + 1))
	done
	return 1
}

# wait_gone TEXT: poll until the screen no longer shows TEXT.
wait_gone() {
	n=0
	while [ $n -lt 200 ]; do
		if ! screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.05
		n=$((n + 1))
	done
	return 1
}

# bad TEXT: a failure, with the screen as it is.
bad() {
	t_bad "$1"
	echo "---- screen ----"
	screen
	echo "----------------"
}
# check NAME TEXT: the screen shows TEXT (polling).
check() { if wait_for "$2"; then t_ok "$1"; else bad "$1 (wanted: $2)"; fi; }

# wait_file FILE TEXT: poll until FILE contains TEXT.
wait_file() {
	n=0
	while [ $n -lt 200 ]; do
		if [ -f "$1" ] && grep -qF -- "$2" "$1"; then
			return 0
		fi
		sleep 0.05
		n=$((n + 1))
	done
	return 1
}

# --- command line, no screen ----------------------------------------------
if "$BIN" --help 2>/dev/null | grep -q -- "--post"; then t_ok "--help"; else
	t_bad "--help"; fi
"$BIN" >/dev/null 2>&1
if [ $? -eq 2 ]; then t_ok "no arguments: usage error (2)"; else
	t_bad "no arguments: exit not 2"; fi

# --- the seed cable ---------------------------------------------------------
if [ ! -f "$SEED" ]; then
	t_skip "the seed-cable cases ($SEED not found)"
else
	REVIEW=$TMP/state/08STATE104535.yaml

	start 80 24 --post USOSCE "$SEED"
	check "open at 80x24: top bar" "08STATE104535"
	check "open: tracker pane" "Tracker:"
	check "open: status line from the keymap" "? help"
	check "open: mine in the top bar" "mine: USOSCE"

	keys j
	check "move: j selects paragraph 2" " ¶2 (SBU)"
	keys g
	check "move: g back to paragraph 1" " ¶1 (U)"

	# ¶1: "This is an action request for USOSCE and UNVIE, see paras 4 and 7"
	keys r
	check "jump-ref: r follows 'see paras 4 and 7' to ¶4" "¶1 names ¶4, ¶7"
	check "jump-ref: paragraph 4 selected" " ¶4 (SBU)"
	keys g

	keys ']'
	check "next tasked: a paragraph tasking USOSCE" "tasks: USOSCE"

	keys /
	check "search: prompt" "search:"
	typed "Washington requests Post pursue"
	keys Enter
	check "search: found in paragraph 4" "¶4"
	check "search: text of paragraph 4" "Washington requests Post pursue the following"
	keys n
	check "search-next: wraps or moves" "/Washington requests Post pursue"

	# fold / unfold the bullets of paragraph 4
	if screen | grep -qF "+ 5 bullets"; then
		keys Enter
		check "unfold: bullets of paragraph 4 shown" "-- Post should circulate"
		keys h
		check "fold: back to + 5 bullets" "+ 5 bullets"
	else
		keys Enter
		check "unfold: sub-items of paragraph 4 shown" "-- "
	fi

	keys Tab
	check "tracker focus: hints change" "status"
	keys x
	check "mark done: saved" "(saved)"
	if wait_file "$REVIEW" "status: done"; then t_ok "mark done: in the review file"; else
		bad "mark done: review file lacks status: done"; fi

	keys a
	check "note: prompt" "note for"
	typed "call Ljubljana — ünïcode"
	keys Enter
	check "note: saved" "note saved"
	check "note: shown under the text" "Note ("
	if wait_file "$REVIEW" "Ljubljana"; then t_ok "note: in the review file"; else
		bad "note: review file lacks the note"; fi

	keys s
	check "cycle status: saved" "(saved)"
	keys u
	check "undo" "undone"

	keys f
	check "filter: prompt" "filter ("
	keys C-u
	typed "UNVIE"
	keys Enter
	check "filter by post: message" "filter: post UNVIE"
	if wait_gone "  USOSCE ¶" && ! screen | grep -qE '^[> ] USOSCE +¶'; then
		t_ok "filter by post: USOSCE rows hidden"; else bad "filter by post: USOSCE rows still shown"; fi
	keys f C-u Enter
	check "filter cleared" "filter cleared"

	keys '?'
	check "help from the keymap" "next-tasked"
	check "help: action help text" "next tasked paragraph"
	check "help: how-to names my post" "(your post: USOSCE)"
	check "help: actions grouped" "Your taskings"
	keys G
	check "help: scrolls to the end" "quit (or back)"
	check "help: groups to the end" "Screens"
	keys q
	check "help: q goes back" "Tracker:"

	$T resize-window -t ct -x 20 -y 6
	check "resize 20x6: too small" "too small"
	$T resize-window -t ct -x 120 -y 40
	check "resize back to 120x40: side by side" "│"
	check "resize back: tracker" "Tracker:"
	$T resize-window -t ct -x 80 -y 24
	check "resize back to 80x24" "Tracker:"

	keys e
	check "export: format picker" "[m]d"
	keys m
	check "export: file name prompt" "08STATE104535-USOSCE.md"
	keys Enter
	check "export: written" "exported"
	if [ -s "$TMP/work/08STATE104535-USOSCE.md" ]; then t_ok "export: file exists"; else
		bad "export: no file $TMP/work/08STATE104535-USOSCE.md"; fi
	# the same name as a symlink: refused, as export -o does (base/atomic.h)
	echo keep > "$TMP/target.md"
	rm -f "$TMP/work/08STATE104535-USOSCE.md"
	ln -s "$TMP/target.md" "$TMP/work/08STATE104535-USOSCE.md"
	keys e
	check "export to a symlink: format picker" "[m]d"
	keys m
	check "export to a symlink: file name prompt" "08STATE104535-USOSCE.md"
	keys Enter
	check "export to a symlink: refused" "symbolic link"
	if [ -L "$TMP/work/08STATE104535-USOSCE.md" ] && [ "$(cat "$TMP/target.md")" = keep ]
	then t_ok "export to a symlink: link and target untouched"; else
		bad "export to a symlink: wrote through or replaced the link"; fi

	keys q
	check "quit: exit 0" "[exit 0]"

	start 80 24 --post USOSCE "$SEED"
	check "reopen" "Tracker:"
	if wait_for "done" && screen | grep -E '^[> ] USOSCE' | grep -q 'done'; then
		t_ok "reopen: the done mark is intact"; else bad "reopen: done mark lost"; fi
	if screen | grep -E '^[> ] USOSCE' | grep -q '\*'; then
		t_ok "reopen: the note marker is intact"; else bad "reopen: note marker lost"; fi
	keys q
	check "quit again" "[exit 0]"

	# SIGHUP (terminal closed) while a note is being edited: the draft is kept
	start 120 40 --post USOSCE "$SEED"
	check "120x40: side by side" "│"
	keys Tab j
	keys a
	check "note prompt before hang-up" "note for"
	keys C-u
	typed "draft kept on hangup"
	wait_for "draft kept on hangup" >/dev/null
	$T kill-session -t ct          # closes the pty: SIGHUP
	if wait_file "$REVIEW" "draft kept on hangup"; then t_ok "SIGHUP mid-note: draft saved"; else
		t_bad "SIGHUP mid-note: draft not in $REVIEW"; cat "$REVIEW"; fi

	# a second instance on the same review is warned about the lock
	start 80 24 "$SEED"
	check "first instance" "Tracker:"
	$T new-session -d -s ct2 -x 80 -y 24 -c "$TMP/work" \
		"env $ENVS $BIN --state '$TMP/state' '$SEED'; exec sleep 600"
	if n=0; while [ $n -lt 200 ]; do
		$T capture-pane -p -t ct2 | grep -qF "another cabletrack" && break
		sleep 0.05; n=$((n + 1)); done; [ $n -lt 200 ]; then
		t_ok "second instance: lock warning"
	else
		t_bad "second instance: no lock warning"
		$T capture-pane -p -t ct2
	fi
	$T kill-session -t ct2 >/dev/null 2>&1
	keys q

	# "-" reads the cable from stdin; the screen runs on /dev/tty
	$T kill-session -t ct >/dev/null 2>&1
	$T new-session -d -s ct -x 80 -y 24 -c "$TMP/work" \
		"env $ENVS $BIN --state '$TMP/state' - <'$SEED'; echo \"[exit \$?]\"; exec sleep 600"
	check "stdin (-): the cable opens" "08STATE104535"
	keys q
	check "stdin (-): quit" "[exit 0]"

	# a review file that fails to load: kept, cable read-only
	mkdir -p "$TMP/bad"
	printf 'cable: [unclosed\n\tgarbage: :\n' >"$TMP/bad/08STATE104535.yaml"
	cp "$TMP/bad/08STATE104535.yaml" "$TMP/bad.orig"
	$T kill-session -t ct >/dev/null 2>&1
	$T new-session -d -s ct -x 80 -y 24 -c "$TMP/work" \
		"env $ENVS $BIN --state '$TMP/bad' '$SEED'; echo \"[exit \$?]\"; exec sleep 600"
	check "bad review file: read-only" "READ-ONLY"
	keys Tab x
	check "bad review file: changes refused" "read-only"
	keys q
	check "bad review file: quit" "[exit"
	if cmp -s "$TMP/bad/08STATE104535.yaml" "$TMP/bad.orig"; then
		t_ok "bad review file: kept byte for byte"; else bad "bad review file: changed"; fi
fi

# --- features: text scrolling, search marks, deadlines, colours, mouse ------
ESC=$(printf '\033')
# sgr_has FILE TEXT PARAM: some SGR sequence holding PARAM comes right before TEXT
sgr_before() {
	grep -qE "${ESC}\[([0-9]+;)*$3(;[0-9]+)*m$2" "$1"
}
# colour parameters (30-38, 40-48, 90-107; 39/49 are "default") in FILE
colours_in() {
	grep -o "${ESC}\[[0-9;]*m" "$1" | sed "s/^${ESC}\[//; s/m\$//" | tr ';' '\n' |
		grep -cE '^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$'
}
mouse_flags() {
	$T display -p -t ct '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}' 2>/dev/null
}
if [ ! -f "$SEED" ]; then
	t_skip "the feature cases ($SEED not found)"
else
	STATE=$TMP/state2
	REVIEW2=$STATE/08STATE104535.yaml
	mkdir -p "$STATE"

	# the paragraph text pane scrolls: ¶5 (the quoted strategy paper) is long
	start 80 24 --post USOSCE "$SEED"
	check "text: open" "Tracker:"
	check "tree title: where my post is tasked" "USOSCE in ¶3 ¶4 ¶7: ] goes there"
	keys /
	typed "Strategy to circulate"
	keys Enter
	check "text: a long paragraph is cut with a hint" "more below:"
	check "text: the hint names the key" "J scrolls"
	check "text: second line shown" "next opportunity in the Permanent Council"
	keys J
	check "text: J scrolls, more above shown" "more above (K)"
	if wait_gone "next opportunity in the Permanent Council"; then
		t_ok "text: J scrolled the first lines away"; else bad "text: J did not scroll"; fi
	keys K
	check "text: K scrolls back" "next opportunity in the Permanent Council"
	wait_gone "more above (K)" && t_ok "text: at the top, no 'more above'" ||
		bad "text: 'more above' still shown at the top"
	keys J J J J J J J J J J J J J J J J J J J J
	if wait_gone "more below:"; then t_ok "text: scrolled to the end"; else
		bad "text: 'more below' still shown at the end"; fi
	keys J
	check "text: J at the end says so" "end of the text"
	keys j
	wait_gone "more above (K)" && t_ok "text: moving resets the scroll" ||
		bad "text: scroll kept on another paragraph"

	# search matches are marked (colour: yellow background) and n wraps
	keys g /
	typed "objectives"
	keys Enter
	check "search: 1 of 2" "(1 of 2)"
	$T capture-pane -e -p -t ct >"$TMP/hl.txt"
	if sgr_before "$TMP/hl.txt" "objectives" 43 && sgr_before "$TMP/hl.txt" "OBJECTIVES" 43; then
		t_ok "search: matches marked in the text and the tree row"
	else bad "search: matches not marked"; cat -v "$TMP/hl.txt" | grep -i objectives; fi
	keys n
	check "search: n to 2 of 2" "(2 of 2)"
	keys n
	check "search: n wraps with a message" "search wrapped"
	keys N
	check "search: N wraps back" "search wrapped to the bottom"
	keys / Enter
	check "search: / then Enter searches again" "/objectives ¶4 (1 of 2)"

	# the deadline override: D, validated, saved, undoable
	keys ']'
	check "text: what is asked of my post" "Asked of USOSCE:"
	keys Tab G
	check "due: tracker on the ¶7 row" "¶7"
	keys D
	check "due: prompt" "due (YYYY-MM-DD"
	check "due: prompt offers the cable's date" "2008-10-15"
	keys C-u
	typed "2008-02-30"
	keys Enter
	check "due: an impossible date is refused" "not a calendar date"
	keys D C-u
	typed "soon"
	keys Enter
	check "due: words are refused" "not a date"
	keys D C-u
	typed "2008-10-20"
	keys Enter
	check "due: saved" "due 2008-10-20 (saved"
	check "due: tracker shows it" "2008-10-20 in 18 days"
	check "due: text pane says who set it" "set by you (the cable says 2008-10-15)"
	if wait_file "$REVIEW2" '2008-10-20'; then t_ok "due: in the review file"; else
		bad "due: review file lacks 2008-10-20"; fi
	# the export reads the same effective rows as the tracker: the same date
	# (G went to the last row, UNVIE's ¶7)
	if "$BIN" export --state "$STATE" --format todo --post UNVIE "$SEED" 2>/dev/null |
		grep '¶7 ' | grep -q 'due:2008-10-20'; then
		t_ok "due: the export has the tracker's date"; else
		bad "due: the export's ¶7 date differs from the tracker's"; fi
	keys u
	check "due: undo" "undone"
	check "due: undo shows the cable's date" "2008-10-15 in 13 days"
	n=0; while [ $n -lt 100 ] && grep -q '2008-10-20' "$REVIEW2"; do sleep 0.05; n=$((n+1)); done
	if grep -q '2008-10-20' "$REVIEW2"; then bad "due: undo not saved"; else
		t_ok "due: undo saved"; fi
	keys D C-u
	typed "+3d"
	keys Enter
	check "due: +3d is today + 3" "due 2008-10-05 (saved"
	keys D C-u Enter
	check "due: empty goes back to the cable's" "back to the cable's deadline 2008-10-15"

	# mine only (m) in the cable
	keys m
	check "mine-only: message" "only USOSCE's taskings shown"
	if wait_gone "UNVIE  ¶"; then t_ok "mine-only: other posts hidden"; else
		bad "mine-only: UNVIE rows still shown"; fi
	keys m
	check "mine-only: every post again" "taskings of every post shown"
	check "mine-only: UNVIE back" "UNVIE  ¶"
	keys q
	check "features: quit" "[exit 0]"

	# a post this cable does not task: said where the user looks
	start 80 24 --post VALLETTA "$SEED"
	check "no taskings: tree title says so" "none for VALLETTA"
	check "no taskings: tracker title says so" "Tracker: 6 open of 6, none for VALLETTA"
	keys ']'
	check "no taskings: ] explains" "this cable asks nothing of VALLETTA"
	keys m
	check "no taskings: mine only is empty and says so" "No taskings for VALLETTA in this cable"
	keys q

	# deadline wording: years overdue is the date and "(overdue)", not "16y"
	XENV="CABLETRACK_TODAY=2025-06-01"
	start 120 40 --post USOSCE "$SEED"
	check "old deadline: date with (overdue)" "2008-10-15 (overdue)"
	if screen | grep -qE 'overdue [0-9]+(y|mo)'; then bad "old deadline: 'overdue Ny' shown"; else
		t_ok "old deadline: no 'overdue Ny'"; fi
	keys q
	XENV="CABLETRACK_TODAY=2008-10-17"
	start 120 40 --post USOSCE "$SEED"
	check "recent deadline: overdue 2d" "2008-10-15 overdue 2d"
	keys q
	XENV="CABLETRACK_TODAY=2008-10-15"
	start 120 40 --post USOSCE "$SEED"
	check "deadline today" "2008-10-15 today"
	keys q

	# NO_COLOR: usable, selection in reverse video, no colour at all
	XENV="NO_COLOR=1"
	start 80 24 --post USOSCE "$SEED"
	check "NO_COLOR: screen usable" "Tracker:"
	check "NO_COLOR: status line" "? help"
	$T capture-pane -e -p -t ct >"$TMP/nc.txt"
	if [ "$(colours_in "$TMP/nc.txt")" -eq 0 ]; then t_ok "NO_COLOR: no colour codes"; else
		bad "NO_COLOR: colour codes sent"; fi
	if grep -F ">   1 (U)" "$TMP/nc.txt" | grep -qE "${ESC}\[([0-9]+;)*7(;[0-9]+)*m"; then
		t_ok "NO_COLOR: the selected row is in reverse video"
	else bad "NO_COLOR: selection not reversed"; cat -v "$TMP/nc.txt" | head -8; fi
	keys /
	typed "objectives"
	keys Enter
	check "NO_COLOR: search" "(1 of 2)"
	$T capture-pane -e -p -t ct >"$TMP/nc2.txt"
	if sgr_before "$TMP/nc2.txt" "objectives" 4; then t_ok "NO_COLOR: match underlined"; else
		bad "NO_COLOR: match not marked"; fi
	keys q
	XENV=""
	start 80 24 --post USOSCE "$SEED"
	check "colour: screen" "Tracker:"
	$T capture-pane -e -p -t ct >"$TMP/col.txt"
	if [ "$(colours_in "$TMP/col.txt")" -gt 0 ]; then t_ok "colour: without NO_COLOR colours are sent"; else
		bad "colour: no colour codes (the NO_COLOR check proves nothing)"; fi

	# mouse: not captured without --mouse (the terminal keeps text selection)
	case $(mouse_flags) in
	*1*) bad "no --mouse: the program turned mouse reporting on ($(mouse_flags))" ;;
	*) t_ok "no --mouse: mouse reporting stays off" ;;
	esac
	keys q
	start 80 24 --mouse --post USOSCE "$SEED"
	check "--mouse: open" "Tracker:"
	case $(mouse_flags) in
	*1*) t_ok "--mouse: mouse reporting on" ;;
	*) bad "--mouse: mouse reporting off ($(mouse_flags))" ;;
	esac
	# wheel down (X10 encoding: ESC [ M, button 64+1+32, x+33, y+33), 3 lines
	$T send-keys -t ct -H 1b 5b 4d 61 2a 26
	check "--mouse: the wheel scrolls down" " ¶4 (SBU)"
	$T send-keys -t ct -H 1b 5b 4d 60 2a 26
	check "--mouse: the wheel scrolls up" " ¶1 (U)"
	keys q
	check "--mouse: quit" "[exit 0]"
	STATE=""
fi

# --- inbox, agenda --------------------------------------------------------------
mkdir -p "$TMP/inbox"
printf '\211PNG\r\n\032\n\000\000\000' >"$TMP/inbox/zz-garbage.txt"
set -- "$ROOT/samples" "$TMP/inbox/zz-garbage.txt"
[ -f "$SEED" ] && set -- "$@" "$SEED"
start 120 40 "$@"
check "inbox: opens first" "inbox:"
check "inbox: a bad file is listed with its error" "zz-garbage.txt"
keys Enter
check "inbox -> cable" "Paragraphs:"
keys i
check "cable -> inbox (i)" "inbox:"
keys A
check "agenda" "agenda:"
check "agenda: columns" "WHAT IS ASKED"
check "agenda: without --post, every post" "Showing every post's open taskings"
if screen | grep -qF "Nothing open"; then
	t_ok "agenda: empty (nothing to jump to)"
else
	keys Enter
	check "agenda -> paragraph" "Paragraphs:"
fi
keys q
check "q from a cable goes back to the inbox" "inbox:"
keys q
check "q in the inbox quits" "[exit"

# the agenda with --post: mine only, m shows every post
start 120 40 --post USOSCE "$@"
check "agenda --post: inbox" "inbox:"
keys A
check "agenda --post: only mine" "Showing only USOSCE's open taskings"
if [ -f "$SEED" ]; then
	check "agenda --post: my tasking" "USOSCE"
	if screen | grep -qF "UNVIE"; then bad "agenda --post: another post shown"; else
		t_ok "agenda --post: other posts hidden"; fi
fi
keys m
check "agenda m: every post" "Showing every post's open taskings"
check "agenda m: message" "agenda: every post's open taskings"
if [ -f "$SEED" ]; then check "agenda m: other posts shown" "UNVIE"; fi
keys m
check "agenda m again: only mine" "Showing only USOSCE's open taskings"
keys q q
check "agenda --post: quit" "[exit"

# --- the inbox cache: a reopened inbox shows the same rows from the cache ------
# (no cache, then the cache the first run wrote: same arguments, same rows)
rm -rf "$TMP/home/.cache/cabletrack"
start 120 40 "$@"
check "inbox cache: cold open" "inbox:"
wait_for "zz-garbage.txt" >/dev/null
screen | sed -n '2,20p' >"$TMP/inbox.cold"
keys q
check "inbox cache: quit" "[exit"
if ls "$TMP/home/.cache/cabletrack/"inbox-*.tsv >/dev/null 2>&1; then
	t_ok "inbox cache: written under XDG_CACHE_HOME (~/.cache)"; else
	bad "inbox cache: no $TMP/home/.cache/cabletrack/inbox-*.tsv"; fi
start 120 40 "$@"
check "inbox cache: warm open" "inbox:"
wait_for "zz-garbage.txt" >/dev/null
screen | sed -n '2,20p' >"$TMP/inbox.warm"
if cmp -s "$TMP/inbox.cold" "$TMP/inbox.warm" && grep -q "zz-garbage.txt" "$TMP/inbox.warm"; then
	t_ok "inbox cache: warm rows are the cold rows"
else
	bad "inbox cache: rows differ"; diff "$TMP/inbox.cold" "$TMP/inbox.warm"
fi
keys Enter
check "inbox cache: a row opens its cable" "Paragraphs:"
keys q q
check "inbox cache: quit again" "[exit"
# a corrupt cache is rebuilt, never trusted: the same rows again
for f in "$TMP/home/.cache/cabletrack/"inbox-*.tsv; do
	[ -f "$f" ] && printf 'cabletrack-inbox 1\nC\tgarbage\n' >"$f"
done
start 120 40 "$@"
check "inbox cache: corrupt cache" "inbox:"
wait_for "zz-garbage.txt" >/dev/null
if screen | sed -n '2,20p' | cmp -s "$TMP/inbox.cold" -; then
	t_ok "inbox cache: corrupt cache rebuilt, same rows"; else
	bad "inbox cache: rows differ after a corrupt cache"; fi
keys q
check "inbox cache: quit after rebuild" "[exit"

t_summary tui

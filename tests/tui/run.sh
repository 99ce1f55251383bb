#!/bin/sh
# run.sh BIN - drive the real cabletrack binary in tmux and check the screen.
#
# A private tmux server (-L cabletrack-test-PID, no config) runs the program
# at 80x24 and 120x40; keys are sent with send-keys and the screen is read
# with capture-pane.  Every check POLLS the screen (every 50 ms, up to 10 s)
# instead of sleeping, and prints the screen when it fails.  HOME, XDG_* and
# --state point into a temp dir; CABLETRACK_TODAY fixes "today" so deadlines
# read the same on every run.  Skips (saying so) without tmux.  The screen
# cases run on the seed cable of the shared corpus ($CABLETRACK_CORPUS, else
# ../shared/corpus) when it is there, else on samples/09STATE12345.txt:
# nothing here needs more than one cable of it.  TUI_CABLE=sample runs them
# on the sample even when the corpus is there.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init tui

t_bin "${1:?usage: run.sh BIN}"
BIN=$T_BIN
ROOT=$T_TOP
SEED=$T_SEED

# The cable of the screen cases, and what each case expects of it.
if t_have_seed && [ "${TUI_CABLE:-}" != sample ]; then
	CABLE=$SEED CID=08STATE104535 TODAY=2008-10-02
	MINE=USOSCE OTHER=UNVIE             # posts it tasks; mine with --post
	MINE_ROW="  USOSCE ¶" OTHER_ROW="UNVIE  ¶"  # their tracker rows
	MINE_PARAS="¶3 ¶4 ¶7"               # where MINE is tasked
	P1=" ¶1 (U)" P2=" ¶2 (SBU)"         # the first two paragraphs
	# ¶1: "This is an action request for USOSCE and UNVIE, see paras 4 and 7"
	REF_MSG="¶1 names ¶4, ¶7" REF_PARA=" ¶4 (SBU)"
	# a search that lands on a paragraph with folded bullets
	FIND="Washington requests Post pursue" FIND_PARA="¶4"
	FIND_TEXT="Washington requests Post pursue the following"
	BULLETS="+ 5 bullets" BULLET="-- Post should circulate"
	# a paragraph longer than the text pane, and its second line
	LONG="Strategy to circulate" LONG_LINE="next opportunity in the Permanent Council"
	# a word in two paragraphs, marked in the text and in a tree row
	HL=objectives HL_FIRST=¶4
	HL_TEXT_AT="Washington requests Post pursue the following" HL_TEXT=objectives
	HL_ROW_AT="4 (SBU)" HL_ROW=OBJECTIVES
	# the tracker row whose deadline D changes (keys from the tree's ])
	DUE_KEYS=G DUE_PARA=7 DUE=2008-10-15 DUE_IN="in 13 days"
	NEW_DUE=2008-10-20 NEW_DUE_IN="in 18 days" PLUS3=2008-10-05
	DUE_PLUS2=2008-10-17                # a "today" two days after DUE
	NOT_MINE=VALLETTA                   # a post it does not task
	WHEEL_PARA=" ¶4 (SBU)"              # three rows down from ¶1
else
	CABLE=$ROOT/samples/09STATE12345.txt CID=09STATE12345 TODAY=2009-01-15
	MINE=VALLETTA OTHER=REYKJAVIK
	MINE_ROW="  VALLETTA  ¶" OTHER_ROW="REYKJAVIK ¶"
	MINE_PARAS="¶2 ¶5 ¶7"
	P1=" ¶1 (U)" P2=" ¶2 (C)"
	# ¶1: "This is an action request ... Please see paragraphs 5 and 6."
	REF_MSG="¶1 names ¶5, ¶6" REF_PARA=" ¶5 (C)"
	FIND="Maltese maritime" FIND_PARA="¶3"
	FIND_TEXT="Background. As reported in Ref B, Maltese maritime"
	BULLETS="+ 3 bullets" BULLET="-- Phase one (May 11-13)"
	LONG="Begin text of nonpaper" LONG_LINE="Invitation to Partner Coast Guards"
	HL=officials HL_FIRST=¶3
	HL_TEXT_AT="raised a similar concern" HL_TEXT=officials
	HL_ROW_AT="3 (C) Background" HL_ROW=officials
	DUE_KEYS="G k" DUE_PARA=5 DUE=2009-01-23 DUE_IN="in 8 days"
	NEW_DUE=2009-01-30 NEW_DUE_IN="in 15 days" PLUS3=2009-01-18
	DUE_PLUS2=2009-01-25
	NOT_MINE=KYIV
	WHEEL_PARA=" ¶3 (C)"
fi
echo "tui: the screen cases run on $CABLE"

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
XDG_DATA_HOME=$TMP/home/.local/share CABLETRACK_TODAY=$TODAY NO_COLOR="

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

# wait_file_gone FILE TEXT: poll until FILE no longer contains TEXT.
wait_file_gone() {
	n=0
	while [ $n -lt 200 ] && grep -qF -- "$2" "$1" 2>/dev/null; do
		sleep 0.05
		n=$((n + 1))
	done
}

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

# TUI_CASES="NAME ..." runs only the case files tests/tui/NAME.sh (the cases
# below this line are skipped); unset, everything runs, those files last.
if [ -z "${TUI_CASES:-}" ]; then

# --- command line, no screen ----------------------------------------------
if "$BIN" --help 2>/dev/null | grep -q -- "--post"; then t_ok "--help"; else
	t_bad "--help"; fi
"$BIN" >/dev/null 2>&1
if [ $? -eq 2 ]; then t_ok "no arguments: usage error (2)"; else
	t_bad "no arguments: exit not 2"; fi

# --- one cable ---------------------------------------------------------------
{
	REVIEW=$TMP/state/$CID.yaml

	start 80 24 --post $MINE "$CABLE"
	check "open at 80x24: top bar" "$CID"
	check "open: tracker pane" "Tracker:"
	check "open: status line from the keymap" "? help"
	check "open: mine in the top bar" "mine: $MINE"

	keys j
	check "move: j selects paragraph 2" "$P2"
	keys g
	check "move: g back to paragraph 1" "$P1"

	# ¶1 names paragraphs: r goes to the first
	keys r
	check "jump-ref: r follows the paragraphs ¶1 names" "$REF_MSG"
	check "jump-ref: the first of them selected" "$REF_PARA"
	keys g

	keys ']'
	check "next tasked: a paragraph tasking $MINE" "tasks: $MINE"

	keys /
	check "search: prompt" "search:"
	typed "$FIND"
	keys Enter
	check "search: found in $FIND_PARA" "$FIND_PARA"
	check "search: the text of $FIND_PARA" "$FIND_TEXT"
	keys n
	check "search-next: wraps or moves" "/$FIND"

	# fold / unfold the bullets of that paragraph
	if screen | grep -qF "$BULLETS"; then
		keys Enter
		check "unfold: bullets of $FIND_PARA shown" "$BULLET"
		keys h
		check "fold: back to $BULLETS" "$BULLETS"
	else
		keys Enter
		check "unfold: sub-items of $FIND_PARA shown" "-- "
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
	typed "$OTHER"
	keys Enter
	check "filter by post: message" "filter: post $OTHER"
	if wait_gone "$MINE_ROW" && ! screen | grep -qE "^[> ] $MINE +¶"; then
		t_ok "filter by post: $MINE rows hidden"; else bad "filter by post: $MINE rows still shown"; fi
	keys f C-u Enter
	check "filter cleared" "filter cleared"

	keys '?'
	check "help from the keymap" "next-tasked"
	check "help: action help text" "next tasked paragraph"
	check "help: how-to names my post" "(your post: $MINE)"
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
	check "export: file name prompt" "$CID-$MINE.md"
	keys Enter
	check "export: written" "exported"
	if [ -s "$TMP/work/$CID-$MINE.md" ]; then t_ok "export: file exists"; else
		bad "export: no file $TMP/work/$CID-$MINE.md"; fi
	# the same name as a symlink: refused, as export -o does (base/atomic.h)
	echo keep > "$TMP/target.md"
	rm -f "$TMP/work/$CID-$MINE.md"
	ln -s "$TMP/target.md" "$TMP/work/$CID-$MINE.md"
	keys e
	check "export to a symlink: format picker" "[m]d"
	keys m
	check "export to a symlink: file name prompt" "$CID-$MINE.md"
	keys Enter
	check "export to a symlink: refused" "symbolic link"
	if [ -L "$TMP/work/$CID-$MINE.md" ] && [ "$(cat "$TMP/target.md")" = keep ]
	then t_ok "export to a symlink: link and target untouched"; else
		bad "export to a symlink: wrote through or replaced the link"; fi

	keys q
	check "quit: exit 0" "[exit 0]"

	start 80 24 --post $MINE "$CABLE"
	check "reopen" "Tracker:"
	if wait_for "done" && screen | grep -E "^[> ] $MINE" | grep -q 'done'; then
		t_ok "reopen: the done mark is intact"; else bad "reopen: done mark lost"; fi
	if screen | grep -E "^[> ] $MINE" | grep -q '\*'; then
		t_ok "reopen: the note marker is intact"; else bad "reopen: note marker lost"; fi
	keys q
	check "quit again" "[exit 0]"

	# SIGHUP (terminal closed) while a note is being edited: the draft is
	# kept beside the review (<review>.drafts), the note is not changed
	# (more in the issue 14 section at the end)
	start 120 40 --post $MINE "$CABLE"
	check "120x40: side by side" "│"
	keys Tab j
	keys a
	check "note prompt before hang-up" "note for"
	keys C-u
	typed "draft kept on hangup"
	wait_for "draft kept on hangup" >/dev/null
	$T kill-session -t ct          # closes the pty: SIGHUP
	if wait_file "$REVIEW.drafts" "draft kept on hangup" &&
		! grep -q "draft kept on hangup" "$REVIEW"; then
		t_ok "SIGHUP mid-note: draft saved beside the note"; else
		t_bad "SIGHUP mid-note: draft not in $REVIEW.drafts, or in the review"
		cat "$REVIEW" "$REVIEW.drafts"; fi

	# a second instance on the same review is warned about the lock
	start 80 24 "$CABLE"
	check "first instance" "Tracker:"
	$T new-session -d -s ct2 -x 80 -y 24 -c "$TMP/work" \
		"env $ENVS $BIN --state '$TMP/state' '$CABLE'; exec sleep 600"
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
		"env $ENVS $BIN --state '$TMP/state' - <'$CABLE'; echo \"[exit \$?]\"; exec sleep 600"
	check "stdin (-): the cable opens" "$CID"
	keys q
	check "stdin (-): quit" "[exit 0]"

	# a review file that fails to load: kept, cable read-only
	mkdir -p "$TMP/bad"
	printf 'cable: [unclosed\n\tgarbage: :\n' >"$TMP/bad/$CID.yaml"
	cp "$TMP/bad/$CID.yaml" "$TMP/bad.orig"
	$T kill-session -t ct >/dev/null 2>&1
	$T new-session -d -s ct -x 80 -y 24 -c "$TMP/work" \
		"env $ENVS $BIN --state '$TMP/bad' '$CABLE'; echo \"[exit \$?]\"; exec sleep 600"
	check "bad review file: read-only" "READ-ONLY"
	keys Tab x
	check "bad review file: changes refused" "read-only"
	keys q
	check "bad review file: quit" "[exit"
	if cmp -s "$TMP/bad/$CID.yaml" "$TMP/bad.orig"; then
		t_ok "bad review file: kept byte for byte"; else bad "bad review file: changed"; fi
}

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
{
	STATE=$TMP/state2
	REVIEW2=$STATE/$CID.yaml
	mkdir -p "$STATE"

	# the paragraph text pane scrolls: LONG finds a long paragraph
	start 80 24 --post $MINE "$CABLE"
	check "text: open" "Tracker:"
	check "tree title: where my post is tasked" "$MINE in $MINE_PARAS: ] goes there"
	keys /
	typed "$LONG"
	keys Enter
	check "text: a long paragraph is cut with a hint" "more below:"
	check "text: the hint names the key" "J scrolls"
	check "text: second line shown" "$LONG_LINE"
	keys J
	check "text: J scrolls, more above shown" "more above (K)"
	if wait_gone "$LONG_LINE"; then
		t_ok "text: J scrolled the first lines away"; else bad "text: J did not scroll"; fi
	keys K
	check "text: K scrolls back" "$LONG_LINE"
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
	typed "$HL"
	keys Enter
	check "search: 1 of 2" "(1 of 2)"
	$T capture-pane -e -p -t ct >"$TMP/hl.txt"
	if grep -F "$HL_TEXT_AT" "$TMP/hl.txt" | sgr_before - "$HL_TEXT" 43 &&
		grep -F "$HL_ROW_AT" "$TMP/hl.txt" | sgr_before - "$HL_ROW" 43; then
		t_ok "search: matches marked in the text and the tree row"
	else bad "search: matches not marked"; cat -v "$TMP/hl.txt" | grep -i "$HL"; fi
	keys n
	check "search: n to 2 of 2" "(2 of 2)"
	keys n
	check "search: n wraps with a message" "search wrapped"
	keys N
	check "search: N wraps back" "search wrapped to the bottom"
	keys / Enter
	check "search: / then Enter searches again" "/$HL $HL_FIRST (1 of 2)"

	# the deadline override: D, validated, saved, undoable
	keys ']'
	check "text: what is asked of my post" "Asked of $MINE:"
	# shellcheck disable=SC2086
	keys Tab $DUE_KEYS
	check "due: tracker on $OTHER's ¶$DUE_PARA row" "> $OTHER_ROW$DUE_PARA"
	keys D
	check "due: prompt" "due (YYYY-MM-DD"
	check "due: prompt offers the cable's date" "$DUE"
	keys C-u
	typed "2008-02-30"
	keys Enter
	check "due: an impossible date is refused" "not a calendar date"
	keys D C-u
	typed "soon"
	keys Enter
	check "due: words are refused" "not a date"
	keys D C-u
	typed "$NEW_DUE"
	keys Enter
	check "due: saved" "due $NEW_DUE (saved"
	check "due: tracker shows it" "$NEW_DUE $NEW_DUE_IN"
	check "due: text pane says who set it" "set by you (the cable says $DUE)"
	if wait_file "$REVIEW2" "$NEW_DUE"; then t_ok "due: in the review file"; else
		bad "due: review file lacks $NEW_DUE"; fi
	# the export reads the same effective rows as the tracker: the same date
	if "$BIN" export --state "$STATE" --format todo --post $OTHER "$CABLE" 2>/dev/null |
		grep "¶$DUE_PARA " | grep -q "due:$NEW_DUE"; then
		t_ok "due: the export has the tracker's date"; else
		bad "due: the export's ¶$DUE_PARA date differs from the tracker's"; fi
	keys u
	check "due: undo" "undone"
	check "due: undo shows the cable's date" "$DUE $DUE_IN"
	n=0; while [ $n -lt 100 ] && grep -q "$NEW_DUE" "$REVIEW2"; do sleep 0.05; n=$((n+1)); done
	if grep -q "$NEW_DUE" "$REVIEW2"; then bad "due: undo not saved"; else
		t_ok "due: undo saved"; fi
	keys D C-u
	typed "+3d"
	keys Enter
	check "due: +3d shown back before it is saved" "'+3d' is "
	check "due: +3d is today + 3" "$PLUS3; Enter saves it: $PLUS3"
	keys Enter
	check "due: +3d saved" "due $PLUS3 (saved"
	keys D C-u Enter
	check "due: empty goes back to the cable's" "back to the cable's deadline $DUE"

	# mine only (m) in the cable
	keys m
	check "mine-only: message" "only $MINE's taskings shown"
	if wait_gone "$OTHER_ROW"; then t_ok "mine-only: other posts hidden"; else
		bad "mine-only: $OTHER rows still shown"; fi
	keys m
	check "mine-only: every post again" "taskings of every post shown"
	check "mine-only: $OTHER back" "$OTHER_ROW"
	keys q
	check "features: quit" "[exit 0]"

	# a post this cable does not task: said where the user looks
	start 80 24 --post $NOT_MINE "$CABLE"
	check "no taskings: tree title says so" "none for $NOT_MINE"
	check "no taskings: tracker title says so" "Tracker: 6 open of 6, none for $NOT_MINE"
	keys ']'
	check "no taskings: ] explains" "this cable asks nothing of $NOT_MINE"
	keys m
	check "no taskings: mine only is empty and says so" "No taskings for $NOT_MINE in this cable"
	keys q

	# deadline wording: years overdue is the date and "(overdue)", not "16y"
	XENV="CABLETRACK_TODAY=2025-06-01"
	start 120 40 --post $MINE "$CABLE"
	check "old deadline: date with (overdue)" "$DUE (overdue)"
	if screen | grep -qE 'overdue [0-9]+(y|mo)'; then bad "old deadline: 'overdue Ny' shown"; else
		t_ok "old deadline: no 'overdue Ny'"; fi
	keys q
	XENV="CABLETRACK_TODAY=$DUE_PLUS2"
	start 120 40 --post $MINE "$CABLE"
	check "recent deadline: overdue 2d" "$DUE overdue 2d"
	keys q
	XENV="CABLETRACK_TODAY=$DUE"
	start 120 40 --post $MINE "$CABLE"
	check "deadline today" "$DUE today"
	keys q

	# NO_COLOR: usable, selection in reverse video, no colour at all
	XENV="NO_COLOR=1"
	start 80 24 --post $MINE "$CABLE"
	check "NO_COLOR: screen usable" "Tracker:"
	check "NO_COLOR: status line" "? help"
	$T capture-pane -e -p -t ct >"$TMP/nc.txt"
	if [ "$(colours_in "$TMP/nc.txt")" -eq 0 ]; then t_ok "NO_COLOR: no colour codes"; else
		bad "NO_COLOR: colour codes sent"; fi
	if grep -F ">   1 (U)" "$TMP/nc.txt" | grep -qE "${ESC}\[([0-9]+;)*7(;[0-9]+)*m"; then
		t_ok "NO_COLOR: the selected row is in reverse video"
	else bad "NO_COLOR: selection not reversed"; cat -v "$TMP/nc.txt" | head -8; fi
	keys /
	typed "$HL"
	keys Enter
	check "NO_COLOR: search" "(1 of 2)"
	$T capture-pane -e -p -t ct >"$TMP/nc2.txt"
	if sgr_before "$TMP/nc2.txt" "$HL_TEXT" 4; then t_ok "NO_COLOR: match underlined"; else
		bad "NO_COLOR: match not marked"; fi
	keys q
	XENV=""
	start 80 24 --post $MINE "$CABLE"
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
	start 80 24 --mouse --post $MINE "$CABLE"
	check "--mouse: open" "Tracker:"
	case $(mouse_flags) in
	*1*) t_ok "--mouse: mouse reporting on" ;;
	*) bad "--mouse: mouse reporting off ($(mouse_flags))" ;;
	esac
	# wheel down (X10 encoding: ESC [ M, button 64+1+32, x+33, y+33), 3 lines
	$T send-keys -t ct -H 1b 5b 4d 61 2a 26
	check "--mouse: the wheel scrolls down" "$WHEEL_PARA"
	$T send-keys -t ct -H 1b 5b 4d 60 2a 26
	check "--mouse: the wheel scrolls up" "$P1"
	keys q
	check "--mouse: quit" "[exit 0]"
	STATE=""
}

# --- inbox, agenda --------------------------------------------------------------
mkdir -p "$TMP/inbox"
printf '\211PNG\r\n\032\n\000\000\000' >"$TMP/inbox/zz-garbage.txt"
set -- "$ROOT/samples" "$TMP/inbox/zz-garbage.txt"
t_have_seed && set -- "$@" "$SEED"
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
	keys q
	check "q from a cable opened from the agenda goes back to it" "agenda:"
fi
keys q
check "q from the agenda goes back to the inbox" "inbox:"
keys q
check "q in the inbox quits" "[exit"

# the agenda with --post: mine only, m shows every post
start 120 40 --post $MINE "$@"
check "agenda --post: inbox" "inbox:"
keys A
check "agenda --post: only mine" "Showing only $MINE's open taskings"
check "agenda --post: my tasking" "$MINE"
if screen | grep -qF "$OTHER"; then bad "agenda --post: another post shown"; else
	t_ok "agenda --post: other posts hidden"; fi
keys m
check "agenda m: every post" "Showing every post's open taskings"
check "agenda m: message" "agenda: every post's open taskings"
check "agenda m: other posts shown" "$OTHER"
keys m
check "agenda m again: only mine" "Showing only $MINE's open taskings"
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
# --- issue 14, part 1: nothing typed is lost ---------------------------------
# Each block below is one item of the issue; they share the state folder
# $TMP/state14 and these helpers.
STATE14=$TMP/state14
R14=$STATE14/$CID.yaml
mkdir -p "$STATE14"
# note_is TEXT: the review, read back by the program, holds the note TEXT
# exactly (libyaml writes an emoji in the file as \U0001F44D)
note_is() {
	"$BIN" export --state "$STATE14" --format json "$CABLE" 2>/dev/null |
		grep -qF "\"description\": \"$1\""
}
# running: the program still answers (? shows the help, q comes back)
running() {
	keys '?'
	if wait_for "next-tasked" 3; then keys q; wait_for "Tracker:" 3; else
		return 1; fi
}
UNI="Привет 日本 dash—euro€quote’end 👍"

# 14.1 every character typed is kept (Cyrillic, CJK, dashes, curly quotes,
# emoji, combining marks, and U+0101..U+01FF, whose values are also curses'
# KEY_* codes); Backspace takes one character, Left moves by one
{
	STATE=$STATE14
	ACUTE=$(printf 'e\314\201')          # e + U+0301 COMBINING ACUTE ACCENT
	start 120 40 --post $MINE "$CABLE"
	check "i14 open" "Tracker:"
	keys Tab a
	check "i14 unicode: note prompt" "note for"
	keys C-u
	typed "$UNI"
	check "i14 unicode: the prompt shows every character" "cancels): $UNI"
	keys Enter
	check "i14 unicode: note saved" "note saved"
	check "i14 unicode: the note shows under the text" "): $UNI"
	if wait_file "$R14" "Привет 日本 dash—euro€quote’end" && note_is "$UNI"; then
		t_ok "i14 unicode: the review file holds the note exactly"; else
		bad "i14 unicode: the review lacks '$UNI'"; cat "$R14"; fi

	keys a C-u
	typed "ab日👍"
	check "i14 editing: typed" "cancels): ab日👍"
	keys BSpace
	if wait_gone "ab日👍" && screen | grep -qE "cancels\): ab日 *$"; then
		t_ok "i14 editing: Backspace takes the emoji whole"; else
		bad "i14 editing: Backspace after an emoji"; fi
	typed "${ACUTE}x"
	check "i14 editing: a combining mark typed" "cancels): ab日${ACUTE}x"
	keys BSpace BSpace
	if wait_gone "${ACUTE}" && screen | grep -qE "cancels\): ab日 *$"; then
		t_ok "i14 editing: Backspace takes a letter with its combining mark"; else
		bad "i14 editing: combining mark left behind"; fi
	keys Left
	typed "Z"
	check "i14 editing: Left moves over a wide character" "cancels): abZ日"
	keys Escape
	check "i14 editing: Esc cancels" "note unchanged"
	if note_is "$UNI"; then t_ok "i14 editing: Esc left the note"; else
		bad "i14 editing: Esc changed the note"; fi

	# ă is KEY_UP's code, ƙ KEY_MOUSE's, ƚ KEY_RESIZE's
	keys /
	check "i14 U+0101..U+01FF: search prompt" "search:"
	typed "āăą ƙƚ"
	check "i14 U+0101..U+01FF: text in a prompt, not keys" "search: āăą ƙƚ"
	keys Escape
	wait_gone "search: āăą ƙƚ"
	typed "ă"
	check "i14 U+0101..U+01FF: ă on a screen is not Up" "ă is not bound"
	keys q
	check "i14 unicode: quit" "[exit 0]"
	STATE=""
}

# 14.3 bracketed paste: pasted lines are text (no pasted key runs a command);
# a 5,000-character note round-trips, a paste past 64 KiB is refused aloud
{
	STATE=$STATE14
	start 120 40 --post $MINE "$CABLE"
	check "i14 paste: open" "Tracker:"
	keys Tab
	# three lines, with q and x, which are commands on the screen
	$T set-buffer -b p14 "$(printf 'pasted one\npasted two q\nx pasted three')"
	keys a C-u
	check "i14 paste: note prompt" "note for"
	$T paste-buffer -p -b p14 -t ct
	check "i14 paste: the lines stay in the prompt" \
		"cancels): pasted one↵pasted two q↵x pasted three"
	keys Enter
	check "i14 paste: saved" "note saved"
	if grep -qxF "    pasted one" "$R14" && grep -qxF "    pasted two q" "$R14" &&
		grep -qxF "    x pasted three" "$R14" && ! grep -q "status: done" "$R14" &&
		running; then
		t_ok "i14 paste: all three lines kept, no command run"; else
		bad "i14 paste: lines lost or a command ran"; cat "$R14"; fi
	$T paste-buffer -p -b p14 -t ct
	check "i14 paste: on a screen, pasted text is dropped" "pasted text ignored"
	if running && ! grep -q "status: done" "$R14"; then
		t_ok "i14 paste: on a screen nothing ran"; else
		bad "i14 paste: a pasted key ran on a screen"; fi
	keys /
	check "i14 paste: search prompt" "search:"
	$T paste-buffer -p -b p14 -t ct
	check "i14 paste: a one-line prompt takes the lines as spaces" \
		"search: pasted one pasted two q x pasted three"
	keys Escape
	wait_gone "search: pasted one"

	LONG14=$(awk 'BEGIN { for (i = 0; i < 499; i++) printf "abcd-%04d ", i;
		printf "abcd-0499!" }')
	keys a C-u
	check "i14 long: note prompt" "note for"
	typed "$LONG14"
	check "i14 long: typed to the end" "abcd-0498 abcd-0499!"
	keys Enter
	check "i14 long: saved" "note saved"
	if [ ${#LONG14} -eq 5000 ] && note_is "$LONG14"; then
		t_ok "i14 long: a 5,000-character note round-trips"; else
		bad "i14 long: the 5,000-character note was changed"; fi
	head -c 70000 /dev/zero | tr '\0' y >"$TMP/big14"
	$T load-buffer -b big14 "$TMP/big14"
	keys a
	check "i14 long: note prompt again" "note for"
	$T paste-buffer -p -b big14 -t ct
	check "i14 long: a paste past 64 KiB is refused aloud" "paste refused: 70000 bytes"
	keys Enter
	check "i14 long: nothing cut" "note unchanged"
	if note_is "$LONG14"; then t_ok "i14 long: the note is whole"; else
		bad "i14 long: the note changed"; fi
	keys q
	check "i14 paste: quit" "[exit 0]"
	# bracketed paste is off again after the program: a paste is plain
	$T set-buffer -b after14 "after-exit-paste"
	$T paste-buffer -p -b after14 -t ct
	if wait_for "after-exit-paste" && ! screen | grep -qF "[200~"; then
		t_ok "i14 paste: bracketed paste off after exit"; else
		bad "i14 paste: bracketed paste still on after exit"; fi
	STATE=""
}

# 14.2 C-c, Esc and C-g cancel a prompt and leave the old note, the program
# going on; SIGHUP/SIGTERM keep what was typed as a draft beside the note
# (<review>.drafts), never over it, and the note prompt offers it again
{
	STATE=$STATE14
	start 120 40 --post $MINE "$CABLE"
	check "i14 cancel: open" "Tracker:"
	keys Tab a C-u
	check "i14 cancel: note prompt" "note for"
	typed "$UNI"
	keys Enter
	check "i14 cancel: the old note" "note saved"
	for key in C-c Escape C-g; do
		keys a C-u
		check "i14 $key: note prompt" "note for"
		typed "not to be saved $key"
		check "i14 $key: typed" "not to be saved $key"
		keys $key
		check "i14 $key: cancels the prompt" "note unchanged"
		if running && note_is "$UNI" && ! grep -q "not to be saved" "$R14"; then
			t_ok "i14 $key: old note kept, program running"; else
			bad "i14 $key: note changed or program gone"; fi
	done

	keys a C-u
	typed "draft on hangup ✓"
	check "i14 SIGHUP: typed" "cancels): draft on hangup ✓"
	$T kill-session -t ct          # closes the pty: SIGHUP
	if wait_file "$R14.drafts" "| draft on hangup ✓" && note_is "$UNI" &&
		! grep -q "draft on hangup" "$R14"; then
		t_ok "i14 SIGHUP: old note kept, draft beside it"; else
		bad "i14 SIGHUP: no draft, or the note changed"; cat "$R14" "$R14.drafts"; fi
	if [ "$(stat -c %a "$R14.drafts" 2>/dev/null)" = 600 ]; then
		t_ok "i14 SIGHUP: the drafts file is 0600"; else
		t_bad "i14 SIGHUP: drafts file mode $(stat -c %a "$R14.drafts")"; fi
	start 120 40 --post $MINE "$CABLE"
	check "i14 draft: reopen" "Tracker:"
	keys Tab a
	check "i14 draft: offered in the note prompt" "cancels): draft on hangup ✓"
	check "i14 draft: said so" "the draft typed when the terminal closed"
	keys Escape
	check "i14 draft: Esc throws it away" "the draft is thrown away"
	if [ ! -e "$R14.drafts" ] && note_is "$UNI"; then
		t_ok "i14 draft: gone, the old note kept"; else
		bad "i14 draft: drafts file left, or the note changed"; fi

	# SIGTERM the same; Enter on the offered draft makes it the note
	keys a C-u
	typed "draft on sigterm"
	check "i14 SIGTERM: typed" "cancels): draft on sigterm"
	pane=$($T display -p -t ct '#{pane_pid}')
	child=$(ps -o pid= --ppid "$pane" | tr -d ' ')
	[ -n "$child" ] && kill -TERM "$child" 2>/dev/null
	check "i14 SIGTERM: the program ends" "[exit"
	if wait_file "$R14.drafts" "| draft on sigterm" && note_is "$UNI"; then
		t_ok "i14 SIGTERM: old note kept, draft beside it"; else
		bad "i14 SIGTERM: no draft, or the note changed"; fi
	start 120 40 --post $MINE "$CABLE"
	keys Tab a
	check "i14 draft: offered again" "cancels): draft on sigterm"
	keys Enter
	check "i14 draft: Enter saves it" "note saved"
	if note_is "draft on sigterm" && [ ! -e "$R14.drafts" ]; then
		t_ok "i14 draft: now the note, drafts file gone"; else
		bad "i14 draft: not saved as the note"; fi
	keys q
	check "i14 cancel: quit" "[exit 0]"
	STATE=""
}

# 14.4 e writes like export -o: atomic, a new file 0600, a symlink refused
# (link and target untouched); without a review it says so before writing
{
	STATE=$STATE14
	start 120 40 --post $MINE "$CABLE"
	check "i14 export: open" "Tracker:"
	keys e
	check "i14 export: format picker" "[m]d"
	keys m C-u
	typed "$TMP/work/i14.md"
	keys Enter
	check "i14 export: written" "exported"
	if [ "$(stat -c %a "$TMP/work/i14.md" 2>/dev/null)" = 600 ]; then
		t_ok "i14 export: a new file is 0600"; else
		bad "i14 export: mode $(stat -c %a "$TMP/work/i14.md" 2>/dev/null)"; fi
	echo keep >"$TMP/i14-target"
	ln -s "$TMP/i14-target" "$TMP/work/i14-link.md"
	keys e
	check "i14 export to a symlink: picker" "[m]d"
	keys m C-u
	typed "$TMP/work/i14-link.md"
	keys Enter
	check "i14 export to a symlink: refused" "symbolic link"
	if [ -L "$TMP/work/i14-link.md" ] && [ "$(cat "$TMP/i14-target")" = keep ]; then
		t_ok "i14 export to a symlink: the link and its target untouched"; else
		bad "i14 export to a symlink: wrote through or replaced it"; fi
	keys q
	check "i14 export: quit" "[exit 0]"

	mkdir -p "$TMP/bad14"
	printf 'cable: [unclosed\n' >"$TMP/bad14/$CID.yaml"
	STATE=$TMP/bad14
	start 80 24 "$CABLE"
	check "i14 export, no review: open" "READ-ONLY"
	keys e
	check "i14 export, no review: said first" "no review: review of $CID failed to load"
	check "i14 export, no review: asked" "export anyway"
	keys n
	check "i14 export, no review: cancelled" "export cancelled"
	keys e y m
	check "i14 export, no review: then the usual picker" "export to file:"
	keys C-u
	typed "$TMP/work/i14-noreview.md"
	keys Enter
	check "i14 export, no review: written when asked" "exported"
	if [ -f "$TMP/work/i14-noreview.md" ]; then t_ok "i14 export, no review: the file"
	else bad "i14 export, no review: no file"; fi
	keys q
	STATE=""
}

# 14.5 emacs keymap: C-s searches (flow control off), C-g cancels a prompt
# and never quits
{
	STATE=$STATE14
	start 80 24 --keymap emacs --post $MINE "$CABLE"
	check "i14 emacs: open" "Tracker:"
	keys C-s
	check "i14 emacs: C-s opens the search" "search:"
	typed "$FIND"
	keys Enter
	check "i14 emacs: C-s searches" "/$FIND"
	keys C-s
	typed "zzqq"
	check "i14 emacs: a second search typed" "search: zzqq"
	keys C-g
	if wait_gone "search: zzqq" && running; then
		t_ok "i14 emacs: C-g cancels the prompt"; else
		bad "i14 emacs: C-g in a prompt"; fi
	keys C-g
	check "i14 emacs: C-g on a screen does not quit" "C-g is not bound"
	if running; then t_ok "i14 emacs: still running after C-g"; else
		bad "i14 emacs: C-g quit"; fi
	keys C-x C-c
	check "i14 emacs: C-x C-c quits" "[exit 0]"
	STATE=""
}

# A narrow screen: a prompt label that does not fit is cut with "…" and a
# space, never run into the text typed
{
	STATE=$STATE14
	start 40 12 --post $MINE "$CABLE"
	check "narrow prompt: open" "Tracker:"
	keys Tab a C-u
	typed "узко 日本 👍"
	if wait_for "… узко 日本 👍"; then t_ok "narrow prompt: the label ends in … and a space"; else
		bad "narrow prompt: label runs into the text"; screen; fi
	keys Escape
	keys q
	check "narrow prompt: quits" "[exit 0]"
	STATE=""
}

fi   # TUI_CASES

# Case files: each uses the helpers above (start, keys, typed, check ...).
for f in "$(dirname "$0")"/cases_*.sh; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .sh)
	if [ -n "${TUI_CASES:-}" ]; then
		case " $TUI_CASES " in *" $name "*) ;; *) continue ;; esac
	fi
	echo "tui: $name"
	# shellcheck disable=SC1090
	. "$f"
done

t_summary tui

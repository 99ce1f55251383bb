# cases_external.sh - issue 14, part 4: other programs on the terminal.
# E edits the note in $VISUAL/$EDITOR (a fake editor that appends a line;
# one that exits non-zero; one that leaves the file), V shows the raw
# cable in $PAGER (a fake pager that copies its file), | pipes the tree's
# paragraph or the tracker's checklist to a command split on blanks, never
# a shell (sourced by run.sh).  On samples/.
{
	XD=$TMP/ext
	mkdir -p "$XD/in"
	S98=$ROOT/samples/09STATE98765.txt
	cp "$S98" "$ROOT/samples/09STATE12345.txt" "$XD/in/"
	cat >"$XD/ed.sh" <<'ED'
#!/bin/sh
# a fake editor: one line more at the end of the file
echo "a line from the editor" >>"$1"
ED
	cat >"$XD/pager.sh" <<'PG'
#!/bin/sh
# a fake pager: keeps a copy of what it was to show
cp "$1" "${PAGED:?}"
PG
	chmod +x "$XD/ed.sh" "$XD/pager.sh"
	STATE=$XD/state
	mkdir -p "$STATE"
	REV=$STATE/09STATE98765.yaml
	XENV="CABLETRACK_TODAY=2009-10-01 EDITOR=/bin/false VISUAL='sh $XD/ed.sh' \
PAGER='$XD/pager.sh' PAGED=$XD/paged.txt"

	start 120 40 --post USUN "$S98"
	check "ext: open" "Tracker:"
	keys Tab E
	check "ext editor: the note saved from VISUAL (EDITOR false is not used)" \
		"note saved for USUN ¶2 (1 line, from sh)"
	keys E
	check "ext editor: again, two lines" "note saved for USUN ¶2 (2 lines, from sh)"
	if grep -A2 "note: |" "$REV" | grep -c "a line from the editor" | grep -qx 2; then
		t_ok "ext editor: the review keeps the note's two lines"; else
		bad "ext editor: the review's note is not the two lines"; fi
	check "ext editor: the screen is back" "Tracker: 6 open of 6"
	# the pipe: the checklist from the tracker, to tee (arguments, no shell)
	keys '|'
	check "ext pipe: the prompt says what goes" "pipe the checklist to command"
	typed "tee $XD/checklist.md"
	keys Enter
	check "ext pipe: the command's end is said, a key goes back" \
		"[cabletrack: tee exited 0; a key goes back]"
	keys x
	check "ext pipe: back, said" "piped the checklist to tee: it exited 0"
	if grep -q "^- \[ \] 09STATE98765 ¶4" "$XD/checklist.md" &&
		grep -q "a line from the editor a line from the editor" "$XD/checklist.md"; then
		t_ok "ext pipe: the checklist with the note reached the command"; else
		bad "ext pipe: the checklist did not reach the command"; fi
	if grep -q "status: done" "$REV"; then
		bad "ext pipe: the key that went back also marked done"; else
		t_ok "ext pipe: the key that goes back does nothing else"; fi
	# the tree's paragraph to wc -l: its output stays until a key
	keys Tab g ']' ']'
	check "ext pipe: the tree on ¶4" "¶4 (SBU) OBJECTIVES"
	keys '|'
	check "ext pipe: the paragraph's prompt" "pipe ¶4 to command"
	typed "wc -l"
	keys Enter
	check "ext pipe: wc ran" "[cabletrack: wc exited 0; a key goes back]"
	# ¶4: its prose and 4 bullets, each after a blank line
	screen >"$XD/wc-screen.txt"
	if grep -B2 -F "[cabletrack: wc exited 0" "$XD/wc-screen.txt" | grep -qx " *9"; then
		t_ok "ext pipe: wc counted the paragraph's lines"
	else bad "ext pipe: wc's count not shown"; cat "$XD/wc-screen.txt"; fi
	keys Enter
	check "ext pipe: back on the screen" "piped ¶4 to wc: it exited 0"
	# no shell: '>' is a word given to echo, no file is made
	keys '|'
	typed "echo x > $XD/made-by-shell"
	keys Enter
	check "ext pipe: echo ran" "[cabletrack: echo exited 0"
	keys Enter
	if [ -e "$XD/made-by-shell" ]; then bad "ext pipe: a shell ran the command"
	else t_ok "ext pipe: no shell (no redirection made a file)"; fi
	keys '|'
	typed "no-such-command-x14 -v"
	keys Enter
	check "ext pipe: a command that is not there is said" \
		"pipe: cannot run no-such-command-x14: No such file or directory"
	# the pager: the file as it is on disk
	keys V
	wait_file "$XD/paged.txt" "09STATE98765" || true
	if cmp -s "$XD/paged.txt" "$S98"; then t_ok "ext pager: PAGER got the raw cable"
	else bad "ext pager: PAGER did not get the cable's file"; fi
	check "ext pager: the screen is back" "Tracker: 6 open of 6"
	keys q
	check "ext: quit" "[exit 0]"

	# an editor that fails or leaves the file changes nothing
	cp "$REV" "$XD/before.yaml"
	XENV="CABLETRACK_TODAY=2009-10-01 VISUAL= EDITOR=false"
	start 120 40 --post USUN "$S98"
	check "ext editor false: open" "Tracker:"
	keys Tab E
	check "ext editor false: said" "note unchanged: false exited 1"
	XENV="CABLETRACK_TODAY=2009-10-01 VISUAL=true"
	start 120 40 --post USUN "$S98"
	check "ext editor true: open" "Tracker:"
	keys Tab E
	check "ext editor true: said" "note unchanged: the file was left as it was"
	keys q
	check "ext editor true: quit" "[exit 0]"
	if cmp -s "$REV" "$XD/before.yaml"; then
		t_ok "ext editor: the review file untouched by both"; else
		bad "ext editor: the review file changed"; fi

	# the pager from the inbox: the selected row's file
	rm -f "$XD/paged.txt"
	XENV="CABLETRACK_TODAY=2009-10-01 PAGER='$XD/pager.sh' PAGED=$XD/paged.txt"
	start 120 40 "$XD/in"
	check "ext inbox: open" "inbox: 2 cables"
	keys o i
	check "ext inbox: sorted by id" "by id"
	keys g V
	wait_file "$XD/paged.txt" "09STATE" || true
	if cmp -s "$XD/paged.txt" "$XD/in/09STATE12345.txt"; then
		t_ok "ext inbox: V pages the selected cable"; else
		bad "ext inbox: V did not page the selected cable"; fi
	keys q
	check "ext inbox: quit" "[exit 0]"
	XENV=""
	STATE=""
}

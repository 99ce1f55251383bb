# cases_layout.sh - issue 14, part 3, layout (sourced by run.sh, which holds
# the helpers): the tracker's summary takes the width it has, the header's
# date is never cut at 80 columns, TERM=dumb refuses to start with a
# message.  On the samples (fictional cables), whatever TUI_CABLE says.
{
	S1=$ROOT/samples/09STATE12345.txt S2=$ROOT/samples/09STATE98765.txt
	XENV="CABLETRACK_TODAY=2009-01-15"
	STATE=$TMP/state-layout
	mkdir -p "$STATE"
	# ¶5's checklist line is 64 characters: whole at 200 columns (it was
	# cut near 40, the tree keeping 11/20 of the width)
	start 200 40 --post VALLETTA "$S1"
	check "layout 200x40: open" "Tracker:"
	if wait_for "¶5   Deliver the nonpaper in paragraph 6 to the appropriate officials "
	then t_ok "layout 200x40: the tracker's summary uses the width"; else
		bad "layout 200x40: summary cut"; fi
	keys q
	check "layout 200x40: quit" "[exit 0]"

	# the header line at 80 columns with a long marking and a post on the
	# right: the date stays whole (the sender and the precedence go first)
	for f in "$S1" "$S2"; do
		start 80 24 --post VALLETTA "$f"
		check "layout 80x24 header: open $(basename "$f")" "Tracker:"
		date=$("$BIN" parse "$f" | sed -n 's/.*"dtg": "\([0-9-]*\)T.*/\1/p')
		if [ -n "$date" ] && screen | head -1 | grep -qF " $date" &&
			screen | head -1 | grep -qF "mine: VALLETTA"; then
			t_ok "layout 80x24 header: the date $date whole beside mine:"; else
			bad "layout 80x24 header: the date $date is cut"; fi
		keys q
	done
	start 120 40 --post VALLETTA "$S2"
	if wait_for "PRIORITY  2009-09-23 19:15Z  SECSTATE WASHDC"; then
		t_ok "layout 120x40 header: everything shown when it fits"; else
		bad "layout 120x40 header: parts left out"; fi
	keys q

	# TERM=dumb: a message and exit 1 before anything is drawn
	XENV="CABLETRACK_TODAY=2009-01-15 TERM=dumb"
	start 80 24 "$S1"
	check "TERM=dumb: refused with the reason" "TERM=dumb cannot move the cursor"
	check "TERM=dumb: what to do" "cabletrack export"
	check "TERM=dumb: exit 1" "[exit 1]"
	if TERM=dumb "$BIN" export --format md "$S1" </dev/null | grep -qF "09STATE12345"
	then t_ok "TERM=dumb: export still works"; else
		t_bad "TERM=dumb: export refused"; fi
	XENV="" STATE=""
}

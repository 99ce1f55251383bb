# cases_asks.sh - issue 14 (the tracker unfold of issue 10): a tracker row
# whose checklist line names the bullets that hold the asks ("Pursue 4
# objectives: ...") unfolds them under it with v, one ask a line, wrapped
# to the tracker's width, and folds them again (sourced by run.sh).  On
# samples/09STATE98765.txt (its ¶4 names 4 objectives) and, when the
# corpus is there, the seed cable's ¶4 (5 objectives).
{
	S98=$ROOT/samples/09STATE98765.txt
	STATE=$TMP/state-asks
	mkdir -p "$STATE"
	XENV="CABLETRACK_TODAY=2009-10-01"

	start 120 40 --post USUN "$S98"
	check "asks: open" "Tracker:"
	keys Tab j
	check "asks: the row of ¶4 says it folds" "USUN   ¶4▸"
	if screen | grep -qF "1. Seek the support"; then
		bad "asks: unfolded before v"; else t_ok "asks: folded at first"; fi
	keys v
	check "asks: v unfolds" "USUN ¶4: 4 asks"
	check "asks: the row says unfolded" "USUN   ¶4▾"
	check "asks: the first ask, numbered" "1. Seek the support of the delegations"
	check "asks: the last ask" "4. Avoid trading votes"
	# each ask is on its own line, and a long one goes on, indented, under it
	if screen | grep -q "^ .*│ *2\. Ask delegations that have already" &&
		screen | grep -q "│ *3\. Brief the CTDS Secretariat"; then
		t_ok "asks: one ask a line"; else bad "asks: not one ask a line"; fi
	# no line of the tracker runs past the screen: every ask word is shown
	# whole, the first ask's last words on a line of their own
	check "asks: wrapped, not cut" "Nairobi and Lima."
	# the row after ¶4 is drawn under the asks
	check "asks: the next row below them" "USUN   ¶6"
	keys x
	check "asks: x on the row saves" "(saved)"
	check "asks: still unfolded after a change" "1. Seek the support"
	keys v
	wait_gone "1. Seek the support"
	if screen | grep -qF "1. Seek the support"; then
		bad "asks: v again did not fold"; else t_ok "asks: v again folds"; fi
	keys u
	check "asks: undone" "undone"
	keys k v
	check "asks: a row that names no bullets says so" \
		"USUN ¶2: its line names no bullets to unfold"
	# from the tree: the tracker's row of the tree's paragraph
	keys Tab g ']' ']'
	check "asks: tree on ¶4" "¶4 (SBU) OBJECTIVES"
	keys v
	check "asks: v from the tree unfolds the tracker's row" "1. Seek the support"
	keys q
	check "asks: quit" "[exit 0]"

	# 80x24: the tracker goes under the tree; the asks wrap to its width
	start 80 24 --post USUN "$S98"
	check "asks 80x24: open" "Tracker:"
	keys Tab j v
	check "asks 80x24: unfolded" "1. Seek the support"
	# the first ask goes on over lines of its own, indented under its text
	if ! screen | grep -F "1. Seek the support" | grep -qF "Lima" &&
		screen | grep -qE "^ {10,}Nairobi and Lima\. *$"; then
		t_ok "asks 80x24: a long ask wraps, indented"; else
		bad "asks 80x24: the long ask does not wrap under itself"; fi
	keys q
	check "asks 80x24: quit" "[exit 0]"

	if t_have_seed; then
		XENV="CABLETRACK_TODAY=2008-10-02"
		start 160 50 --post USOSCE "$SEED"
		check "asks seed: open" "Tracker:"
		keys Tab j v
		check "asks seed: ¶4 unfolds 5 asks" "USOSCE ¶4: 5 asks"
		check "asks seed: the first" "1. Circulate in the PC Security Committee"
		check "asks seed: the fifth" "5. In discussion in Washington"
		keys q
		check "asks seed: quit" "[exit 0]"
	else
		t_skip "asks seed: no corpus"
	fi
	XENV=""
	STATE=""
}

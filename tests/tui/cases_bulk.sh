# cases_bulk.sh - issue 14, part 6: Space marks cables in the inbox, then
# x, s and e act on every marked one; e in the agenda exports the cables it
# shows (sourced by run.sh).  On three samples copied to a folder.
{
	BD=$TMP/bulk
	mkdir -p "$BD/in" "$BD/out"
	cp "$ROOT/samples/09STATE98765.txt" "$ROOT/samples/09STATE12345.txt" \
		"$ROOT/samples/09VALLETTA41.txt" "$BD/in/"
	STATE=$BD/state
	mkdir -p "$STATE"
	XENV="CABLETRACK_TODAY=2009-10-01"
	start 120 40 "$BD/in"
	check "bulk: inbox" "inbox: 3 cables"
	keys o i
	check "bulk: by id" "by id"
	# 09STATE12345, 09STATE98765, 09VALLETTA41: mark the first two
	keys g Space Space
	check "bulk: two marked" "2 marked (x, s, e act on them)"
	if screen | grep -q "^ \*09STATE12345" && screen | grep -q "^ \*09STATE98765"; then
		t_ok "bulk: the marked rows show *"; else bad "bulk: the marks not shown"; fi
	keys x
	check "bulk: x on the marked" "12 taskings changed in 2 cables (saved)"
	if grep -c "status: done" "$STATE/09STATE12345.yaml" | grep -qx 6 &&
		grep -c "status: done" "$STATE/09STATE98765.yaml" | grep -qx 6 &&
		[ ! -e "$STATE/09VALLETTA41.yaml" ]; then
		t_ok "bulk: both reviews saved all done, the unmarked cable untouched"; else
		bad "bulk: the reviews are not as x should leave them"; fi
	if screen | grep "09STATE98765" | grep -q " 0 "; then
		t_ok "bulk: the inbox counts follow"; else bad "bulk: the counts did not follow"; fi
	keys x
	check "bulk: x again opens them again" "12 taskings changed in 2 cables (saved)"
	# (the message is the first x's too: wait for the save, not the words)
	wait_file_gone "$STATE/09STATE12345.yaml" "status: done"
	if ! grep -q "status: done" "$STATE/09STATE12345.yaml"; then
		t_ok "bulk: all open again"; else bad "bulk: x again left some done"; fi
	keys s
	check "bulk: s asks the status" "status for their taskings"
	keys o   # open: nothing to change, then doing
	check "bulk: s open changes none" "0 taskings changed in 2 cables"
	keys s
	typed "d"
	check "bulk: s doing" "12 taskings changed in 2 cables (saved)"
	if grep -c "status: doing" "$STATE/09STATE98765.yaml" | grep -qx 6; then
		t_ok "bulk: doing saved"; else bad "bulk: doing not saved"; fi
	# e: one checklist of the two marked cables
	keys e m
	check "bulk: e names a file for the two" "cables-2-all.md"
	keys C-u
	typed "$BD/out/two.md"
	keys Enter
	check "bulk: exported" "exported 12 items to $BD/out/two.md"
	if grep -q "09STATE12345" "$BD/out/two.md" && grep -q "09STATE98765" "$BD/out/two.md" &&
		! grep -q "09VALLETTA41" "$BD/out/two.md"; then
		t_ok "bulk: the checklist holds the marked cables only"; else
		bad "bulk: the checklist is not the marked cables"; fi
	# unmark: x acts on the selected row alone
	keys g Space Space
	check "bulk: none marked" "0 marked"
	keys G x
	check "bulk: x with none marked: the selected cable" "changed in 1 cable (saved)"
	if [ -e "$STATE/09VALLETTA41.yaml" ]; then t_ok "bulk: its review saved"; else
		bad "bulk: the selected cable's review not saved"; fi
	# the agenda's e: the cables of the rows it shows
	keys A
	check "bulk: agenda" "agenda: 12 open taskings"
	keys e m
	check "bulk: agenda e names a file" "export to file:"
	keys C-u
	typed "$BD/out/agenda.md"
	keys Enter
	check "bulk: agenda exported" "to $BD/out/agenda.md"
	if grep -q "09STATE98765" "$BD/out/agenda.md"; then
		t_ok "bulk: the agenda's cables exported"; else
		bad "bulk: the agenda's export lacks its cables"; fi
	keys q q
	check "bulk: quit" "[exit 0]"
	XENV=""
	STATE=""
}

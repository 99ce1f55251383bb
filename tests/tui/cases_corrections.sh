# cases_corrections.sh - sourced by tests/tui/run.sh (its helpers: start, keys,
# typed, check, screen, bad; $BIN, $ROOT, $TMP).

# --- issue 11: the reviewer has the last word --------------------------------
# On the sample cable, with a state folder of its own: add a tasking the
# finder missed (¶1, VALLETTA by number, +5 days, a line of our own),
# dismiss ¶2 for VALLETTA with a reason, reword ¶5's line, show the
# finder's line and the dismissed row, undo a second reword; quit, reopen:
# everything is there; export todo and org show the corrected checklist.
{
	STATE=$TMP/state11
	C11=$ROOT/samples/09STATE12345.txt
	mkdir -p "$STATE"
	XENV="CABLETRACK_TODAY=2009-01-15" start 120 40 --post VALLETTA "$C11"
	check "i11: open" "Tracker:"
	keys +
	check "i11 add: the party prompt lists the addressees, mine first" "for (1 VALLETTA, 2 REYKJAVIK"
	keys Enter
	check "i11 add: the due prompt" "¶1 due (YYYY-MM-DD or +7d"
	typed "+5"
	keys Enter
	check "i11 add: the line offered from the paragraph" "¶1 asks: This is an action request"
	keys C-u
	typed "Confirm receipt to EUR/RPM"
	keys Enter
	check "i11 add: saved, undoable" "your tasking added (saved; u undoes)"
	check "i11 add: the tracker row with the reviewer's badge" "✎ Confirm receipt to EUR/RPM"
	check "i11 add: the tree badge is the reviewer's" "[✎VALLETTA]"
	check "i11 add: its deadline from +5" "2009-01-20 in 5 days"
	keys Tab j d
	check "i11 dismiss: for all or one" "[o]ne: not for VALLETTA"
	keys o
	check "i11 dismiss: the reason prompt" "why (optional"
	typed "Reykjavik leads"
	keys Enter
	check "i11 dismiss: saved" "¶2 dismissed for VALLETTA (saved; H shows"
	if screen | grep -q "VALLETTA  ¶2"; then bad "i11 dismiss: the row still shows"; else
		t_ok "i11 dismiss: the row is hidden"; fi
	keys j R
	check "i11 reword: the line in force offered" "¶5 asks (empty: the finder's): Deliver the nonpaper"
	keys C-u
	typed "Deliver the nonpaper to the MFA Director for Europe"
	keys Enter
	check "i11 reword: saved" "VALLETTA ¶5: your line (saved)"
	check "i11 reword: the tracker shows it with the badge" "✎ Deliver the nonpaper to the MFA Director"
	keys O
	check "i11 show-original: the finder's line" "✎ finder: Deliver the nonpaper in paragraph 6"
	keys O H
	check "i11 show-dismissed: the row with its mark" "✗ Deliver the nonpaper in paragraph 6 and"
	keys H R C-u
	typed "scratch"
	keys Enter
	check "i11 reword again" "✎ scratch"
	keys u
	check "i11 undo: the first reword back" "✎ Deliver the nonpaper to the MFA Director"
	keys q
	check "i11: quits" "[exit 0]"
	XENV="CABLETRACK_TODAY=2009-01-15" start 120 40 --post VALLETTA "$C11"
	check "i11 reopen: the added tasking" "✎ Confirm receipt to EUR/RPM"
	check "i11 reopen: the reword" "✎ Deliver the nonpaper to the MFA Director"
	if screen | grep -q "VALLETTA  ¶2"; then bad "i11 reopen: the dismissed row shows"; else
		t_ok "i11 reopen: still dismissed"; fi
	keys q
	check "i11 reopen: quits" "[exit 0]"
	if grep -q "reason: Reykjavik leads" "$STATE/09STATE12345.yaml" &&
		grep -q "dismissed: not for my post" "$STATE/09STATE12345.yaml" &&
		grep -q "origin: manual" "$STATE/09STATE12345.yaml"; then
		t_ok "i11: the review file holds the corrections"; else
		bad "i11: the review file lacks a correction"; fi
	"$BIN" export --state "$STATE" --format todo --post VALLETTA "$C11" >"$TMP/i11.todo" 2>&1
	if grep -q "¶1 (U) Confirm receipt to EUR/RPM .*due:2009-01-20" "$TMP/i11.todo" &&
		grep -q "¶5 (C) Deliver the nonpaper to the MFA Director for Europe" "$TMP/i11.todo" &&
		! grep -q "¶2 " "$TMP/i11.todo"; then
		t_ok "i11 export todo: the corrected checklist"; else
		bad "i11 export todo: $(cat "$TMP/i11.todo")"; fi
	"$BIN" export --state "$STATE" --format org --post VALLETTA "$C11" >"$TMP/i11.org" 2>&1
	if grep -q "^\*\* TODO 09STATE12345 ¶1 (U) Confirm receipt to EUR/RPM" "$TMP/i11.org" &&
		grep -q "^\*\* TODO 09STATE12345 ¶5 (C) Deliver the nonpaper to the MFA Director" "$TMP/i11.org" &&
		! grep -q "¶2 " "$TMP/i11.org"; then
		t_ok "i11 export org: the corrected checklist"; else
		bad "i11 export org: $(cat "$TMP/i11.org")"; fi
	# the corrections as labels (LABELS.md form), for the finder's tests
	"$BIN" corrections "$STATE" >"$TMP/i11.labels" 2>&1
	if grep -q "^id: 09STATE12345$" "$TMP/i11.labels" &&
		grep -q 'quote: "Confirm receipt to EUR/RPM"' "$TMP/i11.labels" &&
		grep -q 'why: "not for my post"' "$TMP/i11.labels" &&
		! grep -q "source: finder" "$TMP/i11.labels"; then
		t_ok "i11 corrections: the added and the dismissed as labels"; else
		bad "i11 corrections: $(cat "$TMP/i11.labels")"; fi
	"$BIN" corrections --cables "$C11" "$STATE" >"$TMP/i11.full" 2>&1
	if grep -q "^paragraphs: \[1, 2, 3, 4, 5, 6, 7\]$" "$TMP/i11.full" &&
		grep -q "^action_request: true$" "$TMP/i11.full" &&
		grep -A1 "^  - paragraph: 2$" "$TMP/i11.full" | grep -q 'parties: \["AMEMBASSY REYKJAVIK"\]$'; then
		t_ok "i11 corrections --cables: the whole corrected label"; else
		bad "i11 corrections --cables: $(cat "$TMP/i11.full")"; fi
	# the save-conflict path merges: the file changes on disk under the
	# program (another desk's note on ¶7 REYKJAVIK), then x on ¶1 saves
	XENV="CABLETRACK_TODAY=2009-01-15" start 120 40 --post VALLETTA "$C11"
	check "i11 merge on save: open" "✎ Confirm receipt to EUR/RPM"
	awk '/^- paragraph:/ { p = $3 } /^  party:/ { party = $0 }
		p == 7 && party ~ /REYKJAVIK/ && $0 == "  note: ~" { print "  note: from the other desk"; next }
		{ print }' "$STATE/09STATE12345.yaml" >"$TMP/i11.other"
	cat "$TMP/i11.other" >"$STATE/09STATE12345.yaml"
	keys x
	check "i11 merge on save: merged, not refused" "merged with the copy on disk and saved"
	if grep -q "note: from the other desk" "$STATE/09STATE12345.yaml" &&
		grep -A3 "^- paragraph: 1$" "$STATE/09STATE12345.yaml" | grep -q "status: done"; then
		t_ok "i11 merge on save: both changes are in the file"; else
		bad "i11 merge on save: a change was lost: $(cat "$STATE/09STATE12345.yaml")"; fi
	keys q
	check "i11 merge on save: quits" "[exit 0]"
	STATE=""
}

# The tree's title and ] [ follow the corrected taskings (issue 11): on the
# sample with --post VALLETTA (the finder: ¶2 ¶5 ¶7), add a tasking on ¶1
# and dismiss ¶2 for VALLETTA; the title then says ¶1 ¶5 ¶7, ] from ¶1
# goes to ¶5 (not ¶2), [ comes back, and ¶2's pane names REYKJAVIK only.
{
	STATE=$TMP/state11t
	C11=$ROOT/samples/09STATE12345.txt
	mkdir -p "$STATE"
	XENV="CABLETRACK_TODAY=2009-01-15" start 120 40 --post VALLETTA "$C11"
	check "i11 title: the finder's paragraphs" "3 tasking a post; VALLETTA in ¶2 ¶5 ¶7:"
	keys +
	check "i11 title: add prompt" "add to ¶1 for (1 VALLETTA"
	keys Enter Enter Enter
	check "i11 title: added" "your tasking added"
	check "i11 title: the added paragraph counts" "4 tasking a post; VALLETTA in ¶1 ¶2 ¶5 ¶7:"
	keys Tab j d o Enter
	check "i11 title: ¶2 dismissed" "¶2 dismissed for VALLETTA"
	check "i11 title: the dismissed paragraph is not mine" "4 tasking a post; VALLETTA in ¶1 ¶5 ¶7:"
	keys Tab g ']'
	check "i11 ]: from ¶1 to ¶5, past the dismissed ¶2" ">   5 (C)"
	keys '['
	check "i11 [: back to the added ¶1" ">   1 (U)"
	keys j
	if wait_for "¶2 (C)  tasks: REYKJAVIK" && ! screen | grep -q "tasks: .*VALLETTA"; then
		t_ok "i11 text pane: ¶2 tasks REYKJAVIK only"; else
		bad "i11 text pane: ¶2 tasks REYKJAVIK only"; fi
	keys q
	check "i11 title: quits" "[exit 0]"
	STATE=""
}

# A collective addressee (issue 11): add-tasking offers the posts the
# collective holds (data/collectives.tsv), mine first, then the other
# addressees, then the collective's other posts; Tab completes a post of
# the list by its short name, a country names its post.  A fictional cable
# to IAEA MEMBER STATES COLLECTIVE, INFO UNVIE, with --post TOKYO.
{
	STATE=$TMP/state11c
	mkdir -p "$STATE"
	CC=$TMP/09STATE55501.txt
	cat >"$CC" <<'CABLE'
VZCZCXRO5501
PP RUEHZZ RUEHUNV
DE RUEHC #5501 0601410
ZNR UUUUU ZZH
P 011410Z MAR 09
FM SECSTATE WASHDC
TO IAEA MEMBER STATES COLLECTIVE PRIORITY
INFO RUEHUNV/USMISSION UNVIE VIENNA PRIORITY 3301

UNCLAS STATE 055501

SIPDIS

E.O. 12958: N/A
TAGS: AORC KNNP IAEA
SUBJECT: TIDEWATER SAFEGUARDS SEMINAR: INVITATION TO MEMBER STATES

1. (U) This is an action request. See paragraph 3.

2. (U) The United States will host a seminar on safeguards for
small research reactors in Norfolk on April 20-22, 2009.

3. (U) Action request. Posts should deliver the invitation in
paragraph 5 to host government officials responsible for
nuclear safeguards and report replies by March 20, 2009.

4. (U) Mission UNVIE will brief the IAEA Secretariat on the
seminar.

5. (U) Begin text of invitation: The Government of the United
States invites your experts to the Tidewater Safeguards
Seminar. End text.
CLINTON
CABLE
	NIAEA=$(grep -c "^IAEA MEMBER STATES COLLECTIVE	" "$ROOT/data/collectives.tsv")
	XENV="CABLETRACK_TODAY=2009-03-02" start 120 40 --post TOKYO "$CC"
	check "i11 collective: open, mine in ¶3" "TOKYO in ¶3"
	keys +
	check "i11 collective: mine first, then the INFO post, then the members" \
		"for (1 TOKYO, 2 UNVIE, 3 "
	check "i11 collective: every member offered" "of $((NIAEA + 1)), Tab lists"
	keys C-u
	typed "b"
	keys Tab
	check "i11 collective: Tab lists the members beginning with B" "BERLIN"
	keys C-u
	typed "vall"
	keys Tab
	check "i11 collective: Tab completes a member" "Tab lists; or a name): VALLETTA"
	keys Enter
	check "i11 collective: the member chosen" "VALLETTA ¶1 due"
	keys Enter Enter
	check "i11 collective: added for the member" "VALLETTA ¶1: your tasking added"
	check "i11 collective: the tracker row" "VALLETTA ¶1"
	check "i11 collective: the title counts it" "2 tasking a post"
	keys j j +
	check "i11 collective: prompt again on ¶3" "add to ¶3 for (1 TOKYO"
	keys C-u
	typed "Iceland"
	keys Enter
	check "i11 collective: a country names its post" "REYKJAVIK ¶3 due"
	keys Escape
	keys q
	check "i11 collective: quits" "[exit 0]"
	if grep -q "party: AMEMBASSY VALLETTA" "$STATE/09STATE55501.yaml"; then
		t_ok "i11 collective: the review names the post in full"; else
		bad "i11 collective: review: $(cat "$STATE/09STATE55501.yaml")"; fi
	STATE=""
}

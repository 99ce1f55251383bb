# cases_inbox.sh - issue 14, parts 2 and 3 (sourced by run.sh, which holds
# the helpers): the inbox's sort, limit, search, mine-only and new/read
# marks; the help (closed by ? and Esc, searched with /, only the keys of
# its screen); a key its screen does not take says where it works; the
# agenda's undo and q back to it; done taskings never "overdue"; the :
# command line with Tab.  On samples/ (fictional cables): five cables whose
# dates, precedences and deadlines are those of their files.
{
	XENV="CABLETRACK_TODAY=2009-01-15"
	STATE=$TMP/state-inbox
	rm -rf "$STATE"
	mkdir -p "$STATE"
	SAMPLES=$ROOT/samples
	# ids of the inbox rows, top to bottom
	order() { screen | sed -n 's/^[> ][N ]\([0-9][0-9][A-Z]*[0-9][0-9]*\) .*/\1/p' | tr '\n' ' '; }
	# order_is NAME "ID ID ...": polls until the rows are in that order
	order_is() {
		n=0
		while [ $n -lt 100 ]; do
			[ "$(order)" = "$2 " ] && { t_ok "$1"; return; }
			sleep 0.05; n=$((n + 1))
		done
		bad "$1 (wanted: $2; got: $(order))"
	}
	start 120 40 "$SAMPLES"
	check "inbox: opens" "inbox: 5 cables, by date"
	order_is "inbox sort: by date, newest first (the default)" \
		"10SANJOSE150 10STATE14321 09STATE98765 09VALLETTA41 09STATE12345"
	keys o
	check "inbox sort: the choices, deadline on its own key" "d[e]adline"
	keys p
	check "inbox sort: precedence" "by precedence"
	order_is "inbox sort: FLASH..ROUTINE, then none; ties newest first" \
		"09STATE12345 10SANJOSE150 09STATE98765 10STATE14321 09VALLETTA41"
	keys o p
	check "inbox sort: the same key again reverses" "by precedence (reversed)"
	order_is "inbox sort: reversed" \
		"09VALLETTA41 10STATE14321 09STATE98765 10SANJOSE150 09STATE12345"
	keys o i
	order_is "inbox sort: by id" \
		"09STATE12345 09STATE98765 09VALLETTA41 10SANJOSE150 10STATE14321"

	# the : command line: Tab completes the action, then its word
	keys :
	check ": prompt" ":"
	typed "so"
	keys Tab
	check ": Tab completes the action name" ":sort"
	typed "dea"
	keys Tab
	check ": Tab completes the word" ":sort deadline"
	keys Enter
	check ":sort deadline" "by deadline"
	order_is ":sort deadline: nearest deadline first, none last" \
		"09STATE12345 09VALLETTA41 09STATE98765 10STATE14321 10SANJOSE150"
	keys : ; typed "s"; keys Tab
	check ": Tab with several names lists them" "search  search-next  search-prev"
	keys Escape
	keys : ; typed "nosuch"; keys Enter
	check ": an unknown name is said" "no action 'nosuch'"
	keys : ; typed "first now"; keys Enter
	check ": words an action does not take are said" "first takes no words"

	# f limits: every word must match (TAGS, FM line, body text)
	keys f
	check "inbox limit: prompt" "limit to"
	typed "tag:UNGA"
	keys Enter
	check "inbox limit tag:: counted" "1 of 5 cables matching tag:UNGA"
	order_is "inbox limit tag:: the one cable" "09STATE98765"
	keys f C-u
	typed "from:JOSE"
	keys Enter
	order_is "inbox limit from:" "10SANJOSE150"
	keys f C-u
	typed "Okonkwo-Pryce"
	keys Enter
	order_is "inbox limit: a word of the text only" "09STATE98765"
	keys f C-u
	typed "PREL zzzz-nowhere"
	keys Enter
	check "inbox limit: nothing matches, said" "No cable matches the limit"
	keys f C-u Enter
	check "inbox limit: empty shows all" "5 of 5 cables"

	# / finds the next matching row, n goes on and wraps
	keys g /
	check "inbox search: prompt" "find in the inbox:"
	typed "FIRELINE"
	keys Enter
	if wait_for "/FIRELINE" && screen | grep -q "^>N10STATE14321"; then
		t_ok "inbox search: the matching row selected"; else
		bad "inbox search: row not selected"; fi
	keys n
	check "inbox search: n wraps to the same row" "(wrapped)"

	# the help: only the inbox's keys; ? and Esc close it; / searches
	keys '?'
	check "help from the inbox: its keys" "keys of the inbox"
	check "help from the inbox: sort listed" "toggle-read"
	check "help from the inbox: x on the marked cables listed" "toggle-done"
	if screen | grep -qE "next-tasked|set-due"; then
		bad "help from the inbox: a cable's key listed"; else
		t_ok "help from the inbox: no key of a cable"; fi
	keys Escape
	check "help: Esc closes it" "inbox: 5 cables"
	keys '?'
	check "help: again" "keys of the inbox"
	keys '?'
	check "help: ? closes it" "inbox: 5 cables"
	keys '?' /
	check "help search: prompt" "search the help:"
	typed "PRECEDENCE"
	keys Enter
	check "help search: found, case folded" "/PRECEDENCE"
	if screen | grep -q "^>.*sort"; then t_ok "help search: the line marked"; else
		bad "help search: no line marked"; fi
	keys q
	check "help: q closes it" "inbox: 5 cables"

	# new until opened; U marks new again; the marks stay
	if [ "$(screen | grep -c '^[> ]N[0-9]')" = 5 ]; then
		t_ok "new/read: five new cables"; else bad "new/read: not all new"; fi
	keys g Enter
	check "new/read: opened" "Paragraphs:"
	keys q
	check "new/read: back" "inbox:"
	if wait_for "> 09STATE12345" && [ "$(screen | grep -c '^[> ]N[0-9]')" = 4 ]; then
		t_ok "new/read: the opened one is read"; else bad "new/read: still new"; fi
	if grep -qx "09STATE12345" "$STATE/inbox-read.txt"; then
		t_ok "new/read: kept in the reviews folder"; else
		bad "new/read: no inbox-read.txt line"; fi
	keys : ; typed "sort id"; keys Enter
	order_is "new/read: by id" "09STATE12345 09STATE98765 09VALLETTA41 10SANJOSE150 10STATE14321"
	keys g j U
	check "new/read: U marks read" "09STATE98765: read"
	keys U
	check "new/read: U again, new" "09STATE98765: new again"
	keys q
	check "inbox: quit" "[exit 0]"
	start 80 24 "$SAMPLES"
	check "new/read at 80x24: reopened" "inbox:"
	if wait_for "09STATE12345" && screen | grep -q "^[> ] 09STATE12345" &&
		screen | grep -q "^[> ]N09STATE98765"; then
		t_ok "new/read: the marks read back"; else bad "new/read: marks lost"; fi
	keys q

	# m: only the cables that task my post
	start 120 40 --post VALLETTA "$SAMPLES"
	check "mine: inbox" "inbox:"
	keys m
	check "mine: said" "1 of 5 cables tasking VALLETTA"
	order_is "mine: only the cable that tasks VALLETTA" "09STATE12345"
	keys m
	check "mine: again, all" "5 of 5 cables"

	# the agenda: a key it does not take says where it works; x then u;
	# Enter opens the cable and q comes back to the agenda
	keys A
	check "agenda: open" "agenda:"
	keys f
	check "agenda: f says where it works" "f (filter) does nothing in the agenda; it works in a cable and the inbox"
	keys '?'
	check "help from the agenda" "keys of the agenda"
	if screen | grep -q "search-next"; then bad "help from the agenda lists search"; else
		t_ok "help from the agenda: no search"; fi
	keys q
	keys x
	check "agenda: x marks done" "done (saved)"
	R12=$STATE/09STATE12345.yaml
	if wait_file "$R12" "status: done"; then t_ok "agenda: done in the review"; else
		bad "agenda: review lacks done"; fi
	keys u
	check "agenda: u undoes" "undone in 09STATE12345"
	if ! grep -q "status: done" "$R12"; then t_ok "agenda: undone in the review"; else
		bad "agenda: still done"; fi
	keys u
	check "agenda: nothing more to undo" "nothing to undo in the agenda"
	keys Enter
	check "agenda: Enter opens the cable" "Paragraphs:"
	keys q
	check "agenda: q from its cable comes back" "agenda:"
	keys q
	check "agenda: q goes back to the inbox" "inbox:"
	keys q
	check "agenda: quit" "[exit 0]"

	# done never says overdue; f overdue leaves done out (today past ¶5's
	# deadline 2009-01-23)
	XENV="CABLETRACK_TODAY=2009-02-01"
	start 120 40 --post VALLETTA "$SAMPLES/09STATE12345.txt"
	check "overdue: open" "Tracker:"
	keys Tab j
	if wait_for "2009-01-23 overdue 9d"; then t_ok "overdue: an open row says so"; else
		bad "overdue: not said"; fi
	keys x
	check "overdue: marked done" "(saved)"
	n=0
	while [ $n -lt 100 ] && ! screen | grep -qE "VALLETTA +¶5 +2009-01-23 +done"; do
		sleep 0.05; n=$((n + 1)); done
	if screen | grep -qE "VALLETTA +¶5 +2009-01-23 +done"; then
		t_ok "overdue: the done row shows the date alone"; else
		bad "overdue: a done row says overdue"; fi
	if screen | grep -q "Due 2009-01-23: NLT"; then t_ok "overdue: nor the text pane"; else
		bad "overdue: the text pane of a done tasking"; fi
	keys : ; typed "filter overdue"; keys Enter
	check ":filter overdue" "filter: overdue"
	if screen | grep -qE "VALLETTA +¶5" || ! screen | grep -qE "REYKJAVIK +¶5"; then
		bad "f overdue: wrong rows"; else t_ok "f overdue: the done row left out, the open one in"; fi
	keys : ; typed "filter post REYKJAVIK"; keys Enter
	check ":filter post REYKJAVIK" "filter: post REYKJAVIK"
	keys : ; typed "exp"; keys Tab
	check ": Tab: export" ":export"
	typed "or"; keys Tab Enter
	check ":export org: the file prompt next" "export to file:"
	keys C-u
	typed "$TMP/work/cmd14.org"
	keys Enter
	check ":export org: written" "exported"
	if grep -q "^\* " "$TMP/work/cmd14.org" 2>/dev/null; then
		t_ok ":export org: an org file"; else bad ":export org: no org file"; fi
	keys q
	check "overdue: quit" "[exit 0]"
	XENV="" STATE=""
}

# cases_serial.sh - a cable whose text gives no year has no id (issue 12):
# the TUI names it by its post and serial, as parse's "serial" does, in the
# inbox row (from the index, cold and warm), the agenda and the top bar.
# The cable is fictional, written here (sourced by run.sh: its helpers).
{
	STATE=$TMP/state-serial
	XENV="XDG_CACHE_HOME=$TMP/cache-serial"
	mkdir -p "$STATE" "$TMP/serial"
	cat >"$TMP/serial/suva.txt" <<'CABLE'
FM AMEMBASSY SUVA
TO SECSTATE WASHDC PRIORITY 0412

UNCLAS SUVA 0412

SUBJECT: HARBOUR MASTER ASKS FOR CHARTS

1. (U) The harbour master welcomed the reef survey.

2. (U) Embassy requests that the Department provide copies of the
new charts by June 1.
CABLE
	cp "$CABLE" "$TMP/serial/other.txt"
	for pass in cold warm; do
		start 120 40 "$TMP/serial"
		check "no id, $pass: the inbox" "inbox: 2 cables"
		check "no id, $pass: the row named by its serial" "SUVA 412 "
		if screen | grep -qF "(no id)"; then
			bad "no id, $pass: the row says (no id)"; else
			t_ok "no id, $pass: no '(no id)'"; fi
		keys q
		check "no id, $pass: quit" "[exit"
	done
	start 120 40 "$TMP/serial"
	check "no id: inbox again" "inbox: 2 cables"
	keys A
	check "no id: the agenda" "agenda:"
	check "no id: the agenda names it by its serial" "SUVA 412 "
	keys q
	check "no id: back to the inbox" "inbox: 2 cables"
	# open suva.txt's row: the cursor starts on the first row (line 3)
	at=$(screen | grep -n "SUVA 412 " | head -n 1 | cut -d: -f1)
	k=3
	while [ "$k" -lt "${at:-3}" ]; do keys j; k=$((k + 1)); done
	keys Enter
	check "no id: the cable opens" "Paragraphs:"
	if screen | sed -n 1p | grep -q "^ SUVA 412 "; then
		t_ok "no id: the top bar starts with the serial"; else
		bad "no id: the top bar: $(screen | sed -n 1p)"; fi
	keys q q
	check "no id: quit" "[exit"
	STATE="" XENV=""
}

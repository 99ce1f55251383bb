# cases_config.sh - issue 14, part 5: $XDG_CONFIG_HOME/cabletrack/config.yaml
# (post, keymap, colours, date-format) takes effect; an unknown key or a
# bad value is said with file:line and the program runs; a user keymap
# with an error warns and the shipped one is used (sourced by run.sh).
{
	CD=$TMP/config
	CF=$CD/cabletrack/config.yaml
	mkdir -p "$CD/cabletrack"
	S98=$ROOT/samples/09STATE98765.txt
	STATE=$TMP/state-config
	mkdir -p "$STATE"
	cat >"$CF" <<'YAML'
# my settings
post: USUN
date-format: "%d %b %Y"
colours: off
font: large
YAML
	XENV="CABLETRACK_TODAY=2009-10-01 XDG_CONFIG_HOME=$CD NO_COLOR="
	start 120 40 "$S98"
	check "config: the post from the file" "mine: USUN"
	check "config: the tracker puts it first" "Tracker: 6 open of 6, USUN first"
	check "config: the date format in the tracker" "14 Oct 2009 in 13 days"
	check "config: an unknown key said with file and line" \
		"config.yaml:5: unknown key 'font'"
	keys Tab j
	check "config: the date format in the text pane" "Due 14 Oct 2009, in 13 days"
	if $T capture-pane -e -p -t ct | grep -q "$(printf '\033')\[[0-9;]*3[1-7]m"; then
		bad "config: colours off, but a colour drawn"; else
		t_ok "config: colours off: no colour drawn"; fi
	keys q
	check "config: quit" "[exit 0]"
	check "config: the warning listed after the end too" \
		"cabletrack: $CF:5: unknown key 'font'"

	# the option wins over the file; colours on wins over NO_COLOR
	printf 'post: USUN\ncolours: on\n' >"$CF"
	XENV="CABLETRACK_TODAY=2009-10-01 XDG_CONFIG_HOME=$CD NO_COLOR=1"
	start 120 40 --post "USMISSION GENEVA" "$S98"
	check "config: --post over the file's post" "mine: GENEVA"
	check "config: the dates as they were" "2009-10-14 in 13 days"
	if $T capture-pane -e -p -t ct | grep -q "$(printf '\033')\[[0-9;]*3[1-7]m"; then
		t_ok "config: colours on, NO_COLOR set: colours drawn"; else
		bad "config: colours on drew no colour"; fi
	keys q
	check "config: quit 2" "[exit 0]"

	# bad values: each said, the rest taken, the program runs
	printf 'post: NOWHERE-AT-ALL\ncolours: maybe\ndate-format: "%%H:%%M"\nkeymap: vi\n' >"$CF"
	XENV="CABLETRACK_TODAY=2009-10-01 XDG_CONFIG_HOME=$CD NO_COLOR="
	start 120 40 "$S98"
	check "config: a bad value said first, with how many more" \
		"config.yaml:2: colours: 'maybe' is not on or off (ignored) (and 2 more"
	check "config: the program runs" "Tracker: 6 open of 6"
	keys Z Z
	check "config: the keymap from the file (vi's ZZ quits)" "[exit 0]"
	check "config: the post that names none, after the end" \
		"config.yaml:1: post: 'NOWHERE-AT-ALL' names no one post"
	check "config: the bad date format, after the end" \
		"config.yaml:3: date-format: '%H:%M'"

	# a user keymap with an error: warned, the shipped one of that name used
	printf 'keymap: vi\n' >"$CF"
	printf 'name: vi\ninherit: default\nbind:\n  j: next\n  w: no-such-action\n' \
		>"$CD/cabletrack/vi.yaml"
	start 200 40 "$S98"
	check "config: the broken keymap said with file and line" \
		"keymap vi: $CD/cabletrack/vi.yaml:5: unknown action 'no-such-action'"
	check "config: ... and the shipped vi used" "the shipped vi keymap is used"
	keys j
	check "config: the keys work" "¶2 (SBU)"
	keys Z Z
	check "config: the shipped vi's ZZ quits" "[exit 0]"
	rm -f "$CD/cabletrack/vi.yaml"

	# a file that is no YAML: said, never fatal
	printf 'post: [USUN\n' >"$CF"
	start 120 40 "$S98"
	check "config: no YAML said" "config.yaml:"
	check "config: no YAML, the program runs" "Tracker: 6 open of 6"
	keys q
	check "config: quit 3" "[exit 0]"
	XENV=""
	STATE=""
}

# cases_due.sh - issue 14, part 3: due dates in words, resolved against
# today and shown back before they are saved (sourced by run.sh).  On
# samples/09STATE12345.txt; today is Thursday 2009-01-15.
{
	XENV="CABLETRACK_TODAY=2009-01-15"
	STATE=$TMP/state-due
	rm -rf "$STATE"
	mkdir -p "$STATE"
	S1=$ROOT/samples/09STATE12345.txt
	R1=$STATE/09STATE12345.yaml
	start 80 24 --post VALLETTA "$S1"
	check "due words: open at 80x24" "Tracker:"
	keys Tab D
	check "due words: prompt names the forms" "fri, oct 20"
	keys C-u
	typed "fri"
	keys Enter
	check "due words: fri shown back" "is Fri 2009-01-16; Enter saves it: 2009-01-16"
	if grep -q "2009-01-16" "$R1" 2>/dev/null; then bad "due words: saved before Enter"; else
		t_ok "due words: nothing saved yet"; fi
	keys Enter
	check "due words: fri saved" "due 2009-01-16 (saved"
	if wait_file "$R1" "2009-01-16"; then t_ok "due words: in the review file"; else
		bad "due words: review file lacks 2009-01-16"; fi
	keys D C-u
	typed "Oct 20"
	keys Enter
	check "due words: oct 20 is this year's" "is Tue 2009-10-20"
	keys Escape
	check "due words: Esc on the shown date changes nothing" "deadline unchanged"
	keys D C-u
	typed "eow"
	keys Enter
	check "due words: eow is Sunday" "is Sun 2009-01-18"
	keys C-u
	typed "mon"
	keys Enter
	check "due words: the shown date can be edited (to words too)" "due 2009-01-19 (saved"
	keys D C-u
	typed "next blue moon"
	keys Enter
	check "due words: no date, said" "not a date: 'next blue moon'"
	keys q
	check "due words: quit" "[exit 0]"
	XENV="" STATE=""
}

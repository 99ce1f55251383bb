# cases_refs.sh - issue 14, part 3: r from a pointer paragraph visits each
# paragraph it names in turn, and a bullet's own "the nonpaper in para 4"
# goes to ¶4 (sourced by run.sh).  On a fictional cable written here.
{
	mkdir -p "$TMP/refs"
	CR=$TMP/refs/09STATE20001.txt
	cat >"$CR" <<'CABLE'
O 201200Z FEB 09
FM SECSTATE WASHDC
TO RUEHVL/AMEMBASSY VALLETTA IMMEDIATE 1001

UNCLASSIFIED STATE 020001

E.O. 12958: N/A
TAGS: PREL MT
SUBJECT: HARBOR SAFETY TALKS: POINTS FOR VALLETTA

1. (U) This is an action request for Embassy Valletta; see paras 3 and 5.

2. (U) Background. The talks open in March.

3. (U) Embassy should:

-- deliver the nonpaper in para 5 to the Ministry;

-- report the reply by March 2.

4. (U) Washington thanks Post.

5. (U) Begin text of nonpaper: Harbor safety matters to all.

RICE
CABLE
	STATE=$TMP/state-refs
	mkdir -p "$STATE"
	start 120 40 --post VALLETTA "$CR"
	check "r in turn: open" "Tracker:"
	keys r
	check "r in turn: the first named" "¶3 (¶1 names ¶3, ¶5; r: the next)"
	keys r
	check "r in turn: then the second" "¶5 (¶1 names ¶3, ¶5: 2 of 2)"
	if screen | grep -q "^>   5 (U)"; then t_ok "r in turn: ¶5 selected"; else
		bad "r in turn: ¶5 not selected"; fi
	keys g j j l
	check "r from a bullet: unfolded" "-- deliver the nonpaper in para 5"
	keys j
	keys r
	check "r from a bullet: its own paragraph named" "¶5 (¶3 names ¶5)"
	keys q
	check "r: quit" "[exit 0]"
	STATE=""
}

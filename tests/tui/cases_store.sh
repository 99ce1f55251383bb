# cases_store.sh - issue 15, the review store under load (sourced by run.sh,
# which holds the helpers): the agenda of an inbox read from the index, the
# same cable in two files, a cache that cannot be written.
{
	# the agenda of a big inbox reads the index, not the cables: a cable
	# overwritten in place, its size, mtime and inode kept, still gives
	# the agenda its taskings from the cache (reading it would give none)
	STATE=$TMP/state-agidx
	XENV="XDG_CACHE_HOME=$TMP/cache-store"
	mkdir -p "$STATE" "$TMP/agidx"
	cp "$CABLE" "$TMP/agidx/cable.txt"
	printf 'not a cable\n' >"$TMP/agidx/zz-other.txt"
	start 120 40 "$TMP/agidx"
	check "agenda from the index: inbox" "inbox:"
	keys q
	check "agenda from the index: quit" "[exit"
	if ls "$TMP/cache-store/cabletrack/"inbox-*.tsv >/dev/null 2>&1; then
		t_ok "agenda from the index: cache written"; else
		bad "agenda from the index: no cache in $TMP/cache-store/cabletrack"; fi
	cp -p "$TMP/agidx/cable.txt" "$TMP/agidx.ref"
	tr -c '\n' ' ' <"$TMP/agidx.ref" >"$TMP/agidx.blank"
	cat "$TMP/agidx.blank" >"$TMP/agidx/cable.txt"
	touch -r "$TMP/agidx.ref" "$TMP/agidx/cable.txt"
	start 120 40 "$TMP/agidx"
	check "agenda from the index: inbox again" "inbox:"
	keys A
	check "agenda from the index: the cable's taskings, unread" "$MINE"
	keys q q
	check "agenda from the index: quit" "[exit"

	# the same cable in two files: an edit in the second copy is no
	# "change on disk" to the first, and the agenda lists each tasking once
	mkdir -p "$TMP/twice" "$TMP/state-twice"
	cp "$CABLE" "$TMP/twice/a.txt"
	cp "$CABLE" "$TMP/twice/b.txt"
	STATE=$TMP/state-twice
	start 120 40 --post $MINE "$TMP/agidx.ref"
	check "same cable twice: one copy" "Tracker"
	keys A
	check "same cable twice: the agenda of one copy" "Showing only"
	once=$(screen | grep -c "$MINE  *¶")
	keys q q
	check "same cable twice: quit one" "[exit"
	start 120 40 --post $MINE "$TMP/twice"
	check "same cable twice: inbox" "inbox:"
	keys A
	check "same cable twice: agenda" "Showing only"
	n=$(screen | grep -c "$MINE  *¶")
	if [ "$n" -eq "$once" ] && [ "$n" -gt 0 ]; then
		t_ok "same cable twice: each tasking once in the agenda ($n rows)"; else
		bad "same cable twice: $n agenda rows of $MINE, one copy has $once"; fi
	keys q Enter Tab x
	check "same cable twice: first copy saved" "(saved)"
	# the inbox: both rows count the shared review (the second file was
	# not read before this save made the review file)
	keys i
	check "same cable twice: back to the inbox" "inbox: 2 cables"
	counts=$(screen | sed -n "s/^[> ].\{0,2\}$CID  *[0-9-]*  *[A-Z]*  *\([0-9]*\) .*/\1/p" | tr '\n' ' ')
	if [ "$counts" = "$((once - 1)) $((once - 1)) " ]; then
		t_ok "same cable twice: both rows count the done tasking ($counts)"; else
		bad "same cable twice: rows count '$counts', wanted $((once - 1)) twice"; fi
	keys j Enter
	check "same cable twice: second copy open" "Paragraphs:"
	# the tracker keeps the focus it had in the first copy
	if ! screen | grep -q "Tab tree"; then keys Tab; fi
	keys j x
	check "same cable twice: second copy saved too" "(saved)"
	if screen | grep -qF "changed on disk"; then
		bad "same cable twice: the second copy's edit refused"; else
		t_ok "same cable twice: no 'changed on disk'"; fi
	keys q q
	check "same cable twice: quit" "[exit"
	STATE="" XENV=""

	# a cache that cannot be written (its folder is a file: refused to
	# root too) is said once on the status line; the inbox is whole
	printf 'a file\n' >"$TMP/cache-file"
	XENV="XDG_CACHE_HOME=$TMP/cache-file"
	STATE=$TMP/state-agidx
	start 160 40 "$TMP/twice"
	check "cache not written: said" "inbox cache not written: $TMP/cache-file/cabletrack: Not a directory"
	check "cache not written: the inbox is whole" "inbox: 2 cables"
	keys j
	if wait_gone "inbox cache not written"; then
		t_ok "cache not written: the message goes with the next key"; else
		bad "cache not written: the message stays"; fi
	keys Enter
	check "cache not written: a cable opens" "Paragraphs:"
	keys i
	check "cache not written: back to the inbox" "inbox: 2 cables"
	if screen | grep -qF "cache not written"; then
		bad "cache not written: said again"; else
		t_ok "cache not written: said once"; fi
	keys q
	check "cache not written: quit" "[exit"
	STATE="" XENV=""
}

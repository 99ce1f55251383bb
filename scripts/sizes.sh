#!/bin/sh
# sizes.sh [DIR...] - the largest source files, and every function longer
# than 80 lines, longest first (universal-ctags).  Default: core tui.
[ $# -gt 0 ] || set -- core tui
echo "files over 600 lines:"
find "$@" -name '*.[ch]' -exec wc -l {} + | grep -v ' total$' | sort -rn |
	awk '$1 > 600 { printf "  %5d %s\n", $1, $2 }'
echo "functions over 80 lines:"
for f in $(find "$@" -name '*.c' | sort); do
	ctags --c-kinds=f --fields=+ne -o - "$f" 2>/dev/null |
		awk -F'\t' -v f="$f" '{
			ln = ""; en = ""
			for (i = 4; i <= NF; i++) {
				if ($i ~ /^line:/) ln = substr($i, 6)
				if ($i ~ /^end:/) en = substr($i, 5)
			}
			if (ln != "" && en != "") print en - ln + 1, f ":" ln, $1
		}'
done | sort -rn | awk '$1 > 80 { printf "  %5d %s %s\n", $1, $2, $3; n++ }
	END { printf "  (%d functions)\n", n }'

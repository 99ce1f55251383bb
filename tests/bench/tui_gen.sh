#!/bin/sh
# tui_gen.sh SRC DEST N - an inbox of N cables made from the *.txt cables
# of SRC, for the TUI benchmark (never committed: DEST is a temp folder).
#
# Copy c of cable f (round robin over the sorted files) is f with its
# serial rewritten wherever it stands as a number of its own (the
# classification line "STATE 104535", page lines "STATE 00104535 002 OF
# 005", references to it): serial + k * 1000000 for the k-th round, so
# every copy has its own id (YY + origin + serial) while the last four
# digits, which the DE line repeats, stay the same.  One awk process reads
# each cable once and writes all the copies.
set -eu
src=${1:?usage: tui_gen.sh SRC DEST N}
dst=${2:?usage: tui_gen.sh SRC DEST N}
n=${3:?usage: tui_gen.sh SRC DEST N}
mkdir -p "$dst"
find "$src" -maxdepth 1 -type f -name '*.txt' | sort | awk -v dst="$dst" -v want="$n" '
function rewrite(line, serial, news,    out, s, l, before, after) {
	out = ""
	while (match(line, "0*" serial)) {
		s = RSTART; l = RLENGTH
		before = s > 1 ? substr(line, s - 1, 1) : ""
		after = substr(line, s + l, 1)
		if (before !~ /[0-9]/ && after !~ /[0-9]/)
			out = out substr(line, 1, s - 1) news
		else
			out = out substr(line, 1, s + l - 1)
		line = substr(line, s + l)
	}
	return out line
}
{ files[nf++] = $0 }
END {
	if (nf == 0) { print "tui_gen: no *.txt in the source" > "/dev/stderr"; exit 1 }
	for (f = 0; f < nf && f < want; f++) {
		path = files[f]
		base = path; sub(/.*\//, "", base); sub(/\.txt$/, "", base)
		serial = ""
		if (match(base, /[0-9]+$/)) serial = substr(base, RSTART) + 0
		nl = 0
		while ((getline line < path) > 0) text[nl++] = line
		close(path)
		k = 0
		for (c = f; c < want; c += nf) {
			out = sprintf("%s/%06d-%s.txt", dst, c, base)
			news = serial == "" ? "" : serial + k * 1000000
			for (i = 0; i < nl; i++)
				print (k == 0 || serial == "" ? text[i] : rewrite(text[i], serial, news)) > out
			close(out)
			k++
		}
		delete text
	}
}'

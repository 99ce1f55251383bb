#!/bin/sh
# corpus/run.sh BIN TOOLDIR - every real cable in ../shared/corpus parses
# with exit 0, and the tasking labels are scored, on the cables as they are
# and rendered as a text scrape and a viewer page (reform.py).  Skips, saying so, when
# the corpus is absent.  The header and paragraph figures are printed by the
# corpus cases of tests/unit/test_header.c and test_body.c.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init corpus
bin=$1
tools=$2
corpus=$T_CORPUS
t_have_corpus || t_skip_all "no corpus at $corpus"
t_tmpdir
status=0
n=$(ls "$corpus"/cablegate/*.txt | wc -l)
errs=$T_TMP/errs
if "$bin" parse "$corpus"/cablegate/*.txt "$corpus"/seed/*.txt >/dev/null 2>"$errs"; then
	echo "corpus: all $n cablegate cables and the seed parse with exit 0"
else
	echo "corpus: FAILED: some cables did not parse:" >&2
	cat "$errs" >&2
	status=1
fi
# The labels are split in two by a stable hash of the id: rules are written
# on the tune half; the held half is the figure to believe.  The floors sit a
# little under today's figures (held half: pairs F1 0.88, paragraphs F1 0.90,
# deadlines 1.00) to catch a regression.
score="$tools/score_taskings"
if [ -x "$score" ]; then
	"$score" -q --min-f1 0.95 --min-deadline 0.95 \
		"$corpus/cablegate" "$corpus/seed" "$corpus/labels" || status=1
	for half in tune held; do
		"$score" -q --half $half --min-f1 0.85 --min-para-f1 0.87 --min-deadline 0.95 \
			"$corpus/cablegate" "$corpus/seed" "$corpus/labels" "$corpus/labels-2" ||
			status=1
	done
	# The same cables as a text scrape and as a viewer page
	# (tests/corpus/reform.py): the form must not change what is found.
	ids=$(ls "$corpus/labels" "$corpus/labels-2" | sed -n 's/\.yaml$//p')
	for form in scrape html; do
		mkdir -p "$T_TMP/$form"
		# shellcheck disable=SC2086
		python3 "$(dirname "$0")/reform.py" $form "$corpus/cablegate" "$T_TMP/$form" $ids ||
			status=1
		for half in tune held; do
			printf 'as %s: ' "$form"
			"$score" -q --half $half --min-f1 0.85 --min-para-f1 0.87 --min-deadline 0.95 \
				"$T_TMP/$form" "$corpus/seed" "$corpus/labels" "$corpus/labels-2" ||
				status=1
		done
	done
else
	echo "corpus: FAILED: no tasking scorer at $tools/score_taskings" >&2
	status=1
fi
exit $status

#!/bin/sh
# readers/run.sh BIN - every export format read by the program a user
# reads it with (tests/readers/readers.py says which and what is checked),
# over the samples and a fictional 1979 cable whose review holds notes with
# @word +word key:value, <2001-01-01 Mon> and non-ASCII text (Cyrillic,
# CJK, an emoji, an em dash) on two lines; in TZ=America/New_York and
# again in UTC.  The readers are Debian packages that `make check`
# installs (scripts/deps.sh); one that is missing fails the step.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init readers
t_bin "$1"
here=$(cd "$(dirname "$0")" && pwd)
t_tmpdir
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3   # Debian's, with icalendar
SOURCE_DATE_EPOCH=1234567890
export SOURCE_DATE_EPOCH
status=0
for tz in America/New_York UTC; do
	out=$T_TMP/$(echo "$tz" | tr / _)
	mkdir -p "$out/state" "$out/home"
	cp "$here/79STATE4711.review.yaml" "$out/state/79STATE4711.yaml"
	echo "readers: TZ=$tz"
	TZ=$tz "$py" "$here/readers.py" "$T_BIN" "$out/state" "$out" \
		"$T_TOP"/samples/* "$here/79STATE4711.txt" || status=1
done
[ -f "$here/roundtrip.sh" ] && { sh "$here/roundtrip.sh" "$T_BIN" || status=1; }
exit $status

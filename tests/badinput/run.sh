#!/bin/sh
# run.sh BIN - feed `BIN parse` the inputs a real inbox throws at a parser.
#
# Every input is generated into a temp dir at run time (nothing committed):
# empty file, random binary, a PNG image, NUL bytes inside a cable, CRLF,
# CP1252 bytes 0x80-0x9F, invalid UTF-8, CJK + emoji + combining marks, a
# 1 MB line, a 50 MB file, 10,000 nested bullets, a missing file, and a
# folder of 10,000 cables of which some are unreadable (chmod 000).  And
# --post names that are ambiguous or name no post: a usage error (exit 2)
# with one line naming the candidates, in parse, export and the TUI alike.
#
# Each input must give either a correct parse (exit 0, valid UTF-8 JSON on
# stdout) or a clear error: exit 1 and one line per bad file on stderr that
# names the file.  Never a crash (exit >= 128), a hang (`timeout`), a usage
# exit (2) or sanitizer output.  Inputs that are not cables at all (empty,
# binary, PNG, missing) must be refused.  Prints "badinput: N passed, M
# failed" and exits 1 when any failed.
#
# Root note: root reads a chmod 000 file anyway.  When run as root, the
# unreadable-folder case runs the binary as user nobody (setpriv) so the
# permissions bite; without setpriv it says so and checks instead that the
# files were parsed.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
t_init badinput

t_bin "${1:-./cabletrack}"
bin=$T_BIN
samples=$T_TOP/samples
t_tmpdir            # removed at the end, chmod 000 files and all
tmp=$T_TMP

limit=${BADINPUT_TIMEOUT:-60}

have_py=no
command -v python3 >/dev/null 2>&1 && have_py=yes
[ $have_py = no ] && echo "badinput: no python3: JSON output checked for non-emptiness only"

# bad TEXT: a failure, with the first lines of the run's stderr.
bad() {
	t_bad "$1"
	if [ -s "$tmp/err" ]; then
		head -n 5 "$tmp/err" | sed 's/^/     stderr: /'
	fi
}

# json_ok FILE [PYTHON-EXPR]: stdout is valid UTF-8 JSON; the optional
# expression over `d` (the parsed value) must hold.
json_ok() {
	if [ $have_py = no ]; then
		[ -s "$1" ]
		return
	fi
	python3 - "$1" "${2:-True}" <<'EOF'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8", errors="strict") as f:
        d = json.load(f)
except Exception as e:
    print("     stdout is not valid UTF-8 JSON: %s" % e)
    sys.exit(1)
if isinstance(d, dict):
    d1 = d
else:
    d1 = d[0] if d else {}
ok = eval(sys.argv[2], {"d": d, "d1": d1, "json": json})
if not ok:
    print("     output check failed: %s" % sys.argv[2])
    sys.exit(1)
EOF
}

# run_case NAME EXPECT PATH [CHECK]
#   EXPECT: parse   exit 0 and valid JSON (CHECK: python expression)
#           error   exit 1 and one line on stderr naming the file
#           either  parse or error, both judged as above
run_case() {
	name=$1
	expect=$2
	path=$3
	check=${4:-True}
	start=$(date +%s)
	timeout -s KILL "$limit" "$bin" parse --format json "$path" \
		>"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	secs=$(($(date +%s) - start))
	if grep -qE 'Sanitizer|runtime error:|LeakSanitizer' "$tmp/err"; then
		bad "$name: sanitizer report (exit $rc)"
		return
	fi
	if [ $rc -eq 137 ] || [ $rc -eq 124 ]; then
		bad "$name: hung (killed after ${limit}s)"
		return
	fi
	if [ $rc -ge 128 ]; then
		bad "$name: crashed (exit $rc, signal $((rc - 128)))"
		return
	fi
	base=$(basename "$path")
	case $rc in
	0)
		if [ "$expect" = error ]; then
			bad "$name: parsed (exit 0) but this is not a cable"
		elif ! json_ok "$tmp/out" "$check"; then
			bad "$name: exit 0 but the output is wrong"
		else
			t_ok "$name: parsed (${secs}s)"
		fi ;;
	1)
		lines=$(grep -c . "$tmp/err")
		if [ "$expect" = parse ]; then
			bad "$name: refused (exit 1) but it is a cable"
		elif [ "$lines" -ne 1 ]; then
			bad "$name: exit 1 with $lines lines on stderr (want one)"
		elif ! grep -qF "$base" "$tmp/err"; then
			bad "$name: the error does not name the file"
		else
			t_ok "$name: refused: $(cut -c1-90 "$tmp/err")"
		fi ;;
	*)
		bad "$name: exit $rc" ;;
	esac
}

# --- inputs ---------------------------------------------------------------
# A small valid cable that the generated inputs build on.
cable_head() {
	printf '%s\n' \
		'P 141622Z JAN 09' \
		'FM SECSTATE WASHDC' \
		'TO RUEHVL/AMEMBASSY VALLETTA PRIORITY 2214' \
		'' \
		'UNCLAS STATE 012345' \
		'' \
		'E.O. 12958: N/A' \
		'TAGS: PREL MT' \
		"SUBJECT: $1" \
		''
}

: >"$tmp/empty.txt"
run_case "empty file" error "$tmp/empty.txt"

head -c 65536 /dev/urandom >"$tmp/random.bin"
run_case "random binary (64 KiB)" error "$tmp/random.bin"

# A real PNG (1x1 pixel), then the same with 32 KiB of image data behind it.
echo 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' |
	base64 -d >"$tmp/pixel.png"
run_case "PNG image" error "$tmp/pixel.png"
{ cat "$tmp/pixel.png"; head -c 32768 /dev/urandom; } >"$tmp/photo.png"
run_case "PNG with image data" error "$tmp/photo.png"

run_case "missing file" error "$tmp/no-such-cable.txt"

{ cable_head "NUL BYTES"; printf '1. (U) Text with\000 NUL\000 bytes.\n\0002. (U) More.\n'; } >"$tmp/nul.txt"
run_case "NUL bytes inside a cable" either "$tmp/nul.txt"

sed 's/$/\r/' "$samples/09STATE12345.txt" >"$tmp/crlf.txt"
run_case "CRLF line ends" parse "$tmp/crlf.txt" \
	"'\\\\r' not in json.dumps(d) and d1.get('classification') == 'CONFIDENTIAL' and len(d1.get('paragraphs') or []) >= 5"

cp "$samples/10SANJOSE150.txt" "$tmp/cp1252-crlf.txt"
run_case "CRLF + CP1252 smart quotes" parse "$tmp/cp1252-crlf.txt" \
	"'\\u201cGO-FAST\\u201d' in (d1.get('subject') or '') and '\\\\r' not in json.dumps(d)"

{
	cable_head "EVERY CP1252 BYTE"
	printf '1. (U) Bytes 0x80-0x9F: '
	i=128
	while [ $i -le 159 ]; do
		# shellcheck disable=SC2059
		printf "\\$(printf '%03o' $i) "
		i=$((i + 1))
	done
	printf '\n2. (U) Latin-1 too: caf\351 na\357ve \251 \267.\n'
} >"$tmp/cp1252.txt"
run_case "CP1252 bytes 0x80-0x9F" parse "$tmp/cp1252.txt" \
	"'\\u20ac' in json.dumps(d, ensure_ascii=False) or '\\u20ac' in str(d)"

{
	cable_head "INVALID UTF-8"
	printf '1. (U) Overlong \300\257, lone continuation \200, truncated \342\202,\n'
	printf 'surrogate \355\240\200, out of range \364\220\200\200 \365 \377 \376.\n'
	printf '2. (U) Truncated at the end: \360\237\230'
} >"$tmp/bad-utf8.txt"
run_case "invalid UTF-8" parse "$tmp/bad-utf8.txt"

{
	cable_head "東京 AND 北京 -- 😀 CAFÉ"
	printf '1. (U) CJK 日本語の文章、中文句子，한국어 문장.\n'
	printf '2. (U) Emoji 👍🏽 👨‍👩‍👧 🇲🇹 ❤️ and combining e\314\201 a\314\212 n\314\203 Z\315\221\315\222.\n'
} >"$tmp/unicode.txt"
run_case "CJK, emoji, combining marks" parse "$tmp/unicode.txt" \
	"'東京' in (d1.get('subject') or '') and '👍🏽' in json.dumps(d, ensure_ascii=False)"

{
	cable_head "ONE LONG LINE"
	printf '1. (U) '
	head -c 1048576 /dev/zero | tr '\0' 'x' | fold -w 7 | tr '\n' ' '
	printf '\n2. (U) After the long line.\n'
} >"$tmp/long-line.txt"
run_case "1 MB line" parse "$tmp/long-line.txt"

# 50 MB: the sample cable's paragraphs repeated, numbered on.
{
	cable_head "FIFTY MEGABYTES"
	awk 'BEGIN {
		s = "(U) Department requests Embassies Valletta and Reykjavik report host government replies NLT January 23, 2009, and stress that partner status carries no cost beyond crew salaries."
		n = 0
		while (n < 52428800) {
			k++
			line = k ". " s
			print line
			print ""
			n += length(line) + 2
		}
	}'
} >"$tmp/fifty.txt"
run_case "50 MB file" either "$tmp/fifty.txt"

# 10,000 nested bullets: each one indented one column deeper, with the
# bullet kinds cycling (--, -, a), (1)).
{
	cable_head "NESTED BULLETS"
	printf '1. (U) The list:\n'
	awk 'BEGIN {
		split("-- |- |a) |(1) ", m, "|")
		for (i = 0; i < 10000; i++)
			printf "%*s%sitem %d\n", i, "", m[i % 4 + 1], i
	}'
} >"$tmp/nested.txt"
run_case "10,000 nested bullets" parse "$tmp/nested.txt"

# --- --post names --------------------------------------------------------------
# post_case NAME WANT_RC STDERR_LINE ARGS...: exit WANT_RC; for a refusal
# (2), STDERR_LINE is the one line on stderr.
post_case() {
	name=$1
	want=$2
	line=$3
	shift 3
	timeout -s KILL "$limit" "$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	if [ $rc -ne "$want" ]; then
		bad "$name: exit $rc, want $want"
	elif [ "$want" -eq 2 ] && [ "$(cat "$tmp/err")" != "$line" ]; then
		bad "$name: stderr is not \"$line\""
	else
		t_ok "$name"
	fi
}
s=$samples/09STATE12345.txt
vienna="cabletrack: --post VIENNA is ambiguous: AMEMBASSY VIENNA, USMISSION UNVIE VIENNA, USMISSION USOSCE"
nowhere="cabletrack: --post NOWHRE names no post in the table"
for cmd in parse export; do
	post_case "$cmd --post VIENNA: ambiguous" 2 "$vienna" $cmd --post VIENNA "$s"
	post_case "$cmd --post NOWHRE: no such post" 2 "$nowhere" $cmd --post NOWHRE "$s"
done
post_case "TUI --post VIENNA: ambiguous" 2 "$vienna" --post VIENNA "$s"
post_case "TUI --post NOWHRE: no such post" 2 "$nowhere" --post NOWHRE "$s"
post_case "parse -p TOKIO: a close name" 2 \
	"cabletrack: --post TOKIO names no post in the table; did you mean AMEMBASSY TOKYO?" \
	parse -p TOKIO "$s"
post_case "export --post GENEVA: ambiguous" 2 \
	"cabletrack: --post GENEVA is ambiguous: USMISSION GENEVA, USMISSION USTR GENEVA" \
	export --post GENEVA "$s"
for p in VALLETTA reykjavik "AMEMBASSY VALLETTA" USOSCE KYIV Malta; do
	post_case "parse --post $p: a post" 0 "" parse --post "$p" "$s"
done
post_case "export --post UNVIE: a post" 0 "" export --post UNVIE "$s"
# A cable to a collective tasks the posts it holds (data/collectives.tsv).
for c in "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE" "IAEA MEMBER STATES COLLECTIVE"; do
	printf '%s\n' 'P 141622Z JAN 09' 'FM SECSTATE WASHDC' \
		"TO RUEHXX/$c PRIORITY" '' 'UNCLAS STATE 012345' '' \
		'SUBJECT: COLLECTIVE' '' \
		'1. (U) Posts are requested to deliver the points below NLT January 23.' \
		>"$tmp/collective.txt"
	for p in TOKYO UNVIE SECSTATE; do
		want=0
		case "$c/$p" in ALL*/TOKYO | ALL*/UNVIE | IAEA*/TOKYO) want=1 ;; esac
		name="parse --post $p, cable to $c: $want tasking(s)"
		"$bin" parse --post "$p" "$tmp/collective.txt" >"$tmp/out" 2>"$tmp/err"
		rc=$?
		if [ $rc -ne 0 ]; then
			bad "$name: exit $rc"
		elif json_ok "$tmp/out" "len(d['taskings']) == $want and \
			all(t['parties'] == ['$c'] for t in d['taskings'])"; then
			t_ok "$name"
		else
			bad "$name"
		fi
	done
done

# --- a folder of 10,000 cables, 25 of them unreadable -------------------------
dir=$tmp/inbox
mkdir "$dir"
awk -v d="$dir" 'BEGIN {
	for (i = 0; i < 10000; i++) {
		f = sprintf("%s/09STATE%05d.txt", d, i)
		printf "P 141622Z JAN 09\nFM SECSTATE WASHDC\nTO RUEHVL/AMEMBASSY VALLETTA PRIORITY\n\nUNCLAS STATE %06d\n\nSUBJECT: CABLE %d\n\n1. (U) Embassy Valletta is requested to reply NLT January 23.\n", i, i > f
		close(f)
	}
}'
unreadable=0
for i in 00007 00100 00999 01234 02000 02500 03333 04000 04567 05000 \
	05555 06000 06500 07000 07777 08000 08500 09000 09100 09200 \
	09300 09400 09500 09998 09999; do
	chmod 000 "$dir/09STATE$i.txt"
	unreadable=$((unreadable + 1))
done

as_user=""
if [ "$(id -u)" -eq 0 ]; then
	chmod 755 "$tmp" "$dir"
	nobody="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	# shellcheck disable=SC2086
	if command -v setpriv >/dev/null 2>&1 &&
		$nobody "$bin" --version >/dev/null 2>&1; then
		as_user=$nobody
		echo "note: running as root, which reads chmod 000 files anyway; the folder case runs as nobody (setpriv)"
	else
		echo "note: running as root and cannot run $bin as nobody (no setpriv, or the binary is not reachable): chmod 000 files stay readable, so they are expected to parse"
		unreadable=0
	fi
fi
start=$(date +%s)
# shellcheck disable=SC2086
timeout -s KILL 300 $as_user "$bin" parse --format json "$dir" >"$tmp/out" 2>"$tmp/err" </dev/null
rc=$?
secs=$(($(date +%s) - start))
name="folder of 10,000 files, $unreadable unreadable"
errs=$(grep -c . "$tmp/err")
named=$(grep -c '09STATE[0-9]*\.txt' "$tmp/err")
if grep -qE 'Sanitizer|runtime error:' "$tmp/err"; then
	bad "$name: sanitizer report"
elif [ $rc -ge 124 ]; then
	bad "$name: crashed or hung (exit $rc)"
elif [ $unreadable -gt 0 ] && [ $rc -ne 1 ]; then
	bad "$name: exit $rc, want 1"
elif [ $unreadable -eq 0 ] && [ $rc -ne 0 ]; then
	bad "$name: exit $rc, want 0"
elif [ "$errs" -ne $unreadable ] || [ "$named" -ne $unreadable ]; then
	bad "$name: $errs error lines ($named naming a file), want $unreadable"
elif ! json_ok "$tmp/out" "isinstance(d, list) and len(d) == $((10000 - unreadable))"; then
	bad "$name: output is not a JSON array of $((10000 - unreadable)) cables"
else
	t_ok "$name: $((10000 - unreadable)) parsed, $errs refused (${secs}s)"
fi

# A folder of cables with their sidecars (a viewer's ID.meta.yaml, an
# export, an editor backup): the sidecars are skipped quietly, exit 0.
name="folder with sidecar files"
mkdir -p "$tmp/side"
cp samples/09STATE12345.txt "$tmp/side/"
printf 'id: 09STATE12345\n' >"$tmp/side/09STATE12345.meta.yaml"
printf '[]\n' >"$tmp/side/export.json"
cp samples/09STATE12345.txt "$tmp/side/09STATE12345.txt~"
"$bin" parse "$tmp/side" >"$tmp/side.out" 2>"$tmp/side.err"
rc=$?
if [ $rc -ne 0 ] || [ -s "$tmp/side.err" ]; then
	bad "$name: exit $rc, errors: $(head -c 200 "$tmp/side.err")"
elif ! json_ok "$tmp/side.out" "d.get('id') == '09STATE12345'"; then
	bad "$name: want the one cable"
else
	t_ok "$name: sidecars skipped, exit 0"
fi

# Help and version to a full device: a non-zero exit and a message, not a
# silent 0 (issue 15).
if [ -w /dev/full ]; then
	for args in "--help" "--version" "parse --help"; do
		# shellcheck disable=SC2086
		"$bin" $args >/dev/full 2>"$tmp/full.err"
		rc=$?
		if [ $rc -ne 0 ] && grep -q "writing output" "$tmp/full.err"; then
			t_ok "$args > /dev/full: exit $rc, said so"
		else
			bad "$args > /dev/full: exit $rc, stderr: $(head -c 200 "$tmp/full.err")"
		fi
	done
fi

t_summary badinput

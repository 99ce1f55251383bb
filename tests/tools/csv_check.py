#!/usr/bin/env python3
"""csv_check.py FILE [N] - reads `cabletrack export --format csv` output with
Python's csv module in strict mode and checks RFC 4180: CRLF after every
record, a header row, the same field count in every row, no field that a
spreadsheet would run as a formula.  N: the data-row count expected.
Prints "uuid status deadline" per row.  Exit 0 ok, 1 a check failed."""
import csv
import io
import sys


def fail(why):
    print("csv_check: %s: %s" % (sys.argv[1], why), file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: csv_check.py FILE [N]", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    if data and not data.endswith(b"\r\n"):
        fail("the last record has no CRLF")
    # every LF is part of a CRLF
    if data.count(b"\n") != data.count(b"\r\n"):
        fail("a line break is not CRLF")
    text = data.decode("utf-8")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        fail("not strict CSV: %s" % e)
    if not rows:
        fail("no header row")
    head = rows[0]
    for want in ("uuid", "cable", "paragraph", "status", "deadline"):
        if want not in head:
            fail("header lacks %s" % want)
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            fail("record %d has %d fields, the header %d" % (i, len(r), len(head)))
        for v in r:
            if v[:1] in ("=", "+", "-", "@", "\t", "\r"):
                fail("record %d: a field starts like a formula: %r" % (i, v[:20]))
        row = dict(zip(head, r))
        print(row["uuid"], row["status"], row["deadline"] or "-")
    if len(sys.argv) == 3 and int(sys.argv[2]) != len(rows) - 1:
        fail("%d rows, expected %s" % (len(rows) - 1, sys.argv[2]))


main()

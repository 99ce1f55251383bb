#!/usr/bin/python3
"""readers.py BIN STATE OUT CABLE... - feeds `cabletrack export` of the
cables, in every format, to the program that reads that format for a user
(Taskwarrior, todo.txt-cli, calcurse, python3-icalendar, Emacs org,
cmark-gfm, csvkit) and reads back each item's id, status, deadline,
provenance (cable, paragraph, party) and origin (auto; manual: added by
the reviewer; reworded: the reviewer's line), which must be those of the
export's own model (the CSV read by Python's strict csv module).  Each program runs
with its own HOME, TASKDATA and TODO_DIR under OUT, and in the TZ the
caller sets (America/New_York is the one that shows a due date a day
early).  A program that is missing is a failure, not a skip.  Prints
"ok"/"FAIL" lines and "readers: N passed, M failed"; exit 1 on a failure.
"""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

BIN, STATE, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
CABLES = sys.argv[4:]
passed = failed = 0


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
        print("ok   " + what)
    else:
        failed += 1
        print("FAIL " + what)
    return cond


def run(args, **kw):
    env = dict(os.environ, HOME=OUT + "/home", TASKDATA=OUT + "/task",
               TASKRC=OUT + "/taskrc")
    return subprocess.run(args, env=env, capture_output=True, text=True, **kw)


def export(fmt):
    path = "%s/export.%s" % (OUT, fmt)
    r = run([BIN, "export", "--state", STATE, "--format", fmt, "-o", path] + CABLES)
    ok(r.returncode == 0, "export --format %s (%s)" % (fmt, r.stderr.strip()))
    return path


def need(prog):
    return ok(shutil.which(prog) is not None, "%s is installed" % prog)


def compare(name, got, keys):
    """got: uuid -> dict; every item of the model, with the same keys."""
    same = set(got) == set(MODEL)
    if not same:
        print("     missing %s, extra %s" % (sorted(set(MODEL) - set(got))[:2],
                                          sorted(set(got) - set(MODEL))[:2]))
    ok(same, "%s: the same %d items" % (name, len(MODEL)))
    bad = [u for u in MODEL if u in got and
           any(got[u].get(k) != MODEL[u][k] for k in keys)]
    for u in bad[:3]:
        print("     %s: %s, want %s" % (u, {k: got[u].get(k) for k in keys},
                                       {k: MODEL[u][k] for k in keys}))
    ok(same and not bad, "%s: %s of every item" % (name, ", ".join(keys)))


# --- the model: the CSV through Python's strict reader --------------------
with open(export("csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, strict=True))
MODEL = {r["uuid"]: {"status": r["status"], "deadline": r["deadline"] or None,
                     "cable": r["cable"], "paragraph": r["paragraph"],
                     "party": r["party"], "origin": r["origin"]} for r in rows}
ok(len(MODEL) > 0 and any(m["cable"].startswith("79") for m in MODEL.values()),
   "the model has items, the 1979 cable's too")
ok({m["origin"] for m in MODEL.values()} == {"auto", "manual", "reworded"},
   "the model has the reviewer's corrections: an added and a reworded item")
ALL = ("status", "deadline", "cable", "paragraph", "party", "origin")


def said_origin(text):
    """The origin a free text (description, note, list item) says."""
    if "dded by the reviewer" in text:
        return "manual"
    return "reworded" if "eworded by the reviewer" in text else "auto"


# --- Taskwarrior -----------------------------------------------------------
if need("task"):
    os.makedirs(OUT + "/task", exist_ok=True)
    with open(OUT + "/taskrc", "w") as f:
        f.write(run([BIN, "export", "--taskrc"]).stdout)
    j = export("json")
    r = run(["task", "rc.confirmation=off", "import", j])
    ok(r.returncode == 0, "task import (exit %d)" % r.returncode)
    r = run(["task", "rc.verbose=nothing", "export"])
    tasks = json.loads(r.stdout or "[]")
    TW = {"pending": "open", "completed": "done", "deleted": "dropped"}
    got = {}
    for t in tasks:
        st = TW.get(t["status"], t["status"])
        if st == "open" and "start" in t:
            st = "doing"
        dl = t.get("deadline")
        if "due" in t:   # the instant, as a date where the user is
            utc = datetime.datetime.strptime(t["due"], "%Y%m%dT%H%M%SZ")
            dl = utc.replace(tzinfo=datetime.timezone.utc).astimezone().strftime("%Y-%m-%d")
        para = t.get("paragraph")   # a numeric UDA (--taskrc) exports 5
        if isinstance(para, (int, float)) and para == int(para):
            para = str(int(para))
        got[t["uuid"]] = {"status": st, "deadline": dl, "cable": t.get("cable"),
                          "paragraph": para, "party": t.get("party"),
                          "origin": t.get("origin")}
    compare("taskwarrior", got, ALL)
    rw = [t for t in tasks if t.get("origin") == "reworded"]
    ok(rw and all(t.get("findersummary") and t["findersummary"] not in t["description"]
                  for t in rw), "taskwarrior: a reworded task keeps the finder's line")
    r = run(["task", "rc.verbose=nothing", "rc.report.p.columns=paragraph",
             "rc.report.p.labels=P", "rc.report.p.filter=", "p"])
    paras = r.stdout.split()
    ok(paras and all(p.isdigit() for p in paras),
       "task shows paragraphs as whole numbers: %s" % " ".join(sorted(set(paras))))

# --- todo.txt-cli ----------------------------------------------------------
if need("todo-txt"):
    d = OUT + "/todo"
    os.makedirs(d, exist_ok=True)
    shutil.copy(export("todo"), d + "/todo.txt")
    open(d + "/done.txt", "w").close()
    with open(d + "/cfg", "w") as f:
        f.write("export TODO_DIR=%s\nexport TODO_FILE=$TODO_DIR/todo.txt\n"
                "export DONE_FILE=$TODO_DIR/done.txt\n"
                "export REPORT_FILE=$TODO_DIR/report.txt\n" % d)
    tt = ["todo-txt", "-d", d + "/cfg", "-p"]
    lines = [l.split(" ", 1)[1] for l in run(tt + ["ls"]).stdout.splitlines()
             if re.match(r"^\d+ ", l)]
    ok(len(lines) == len(MODEL), "todo.txt: every line is a task (%d)" % len(lines))
    got = {}
    for l in lines:
        words = l.split()
        kv = dict(w.split(":", 1) for w in words if re.match(r"^[^:@+]+:[^:]+$", w))
        st = "done" if l.startswith("x ") else "open"
        st = kv.get("status", st)
        para = re.search(r"¶(\d+) ", l)
        got[kv.get("id")] = {"status": st, "deadline": kv.get("due"),
                             "cable": next((w[1:] for w in words if w[0] == "+"), None),
                             "paragraph": para.group(1) if para else None,
                             "origin": kv.get("origin", "auto"),
                             "keys": sorted(set(kv) - {"origin", "due", "status"})}
    compare("todo.txt", got, ("status", "deadline", "cable", "paragraph", "origin"))
    ok(all(g["keys"] == ["class", "id"] for g in got.values()),
       "todo.txt: no key:value but ours")
    prj = set(run(tt + ["lsprj"]).stdout.split())
    ok(prj == {"+" + m["cable"] for m in MODEL.values()},
       "todo.txt: the projects are the cables: %s" % " ".join(sorted(prj)))
    ctx = run(tt + ["lsc"]).stdout.split()
    ok(all(len(l.split(" @")) == 2 for l in lines) and ctx,
       "todo.txt: one context a task, contexts %s" % " ".join(ctx))

# --- iCalendar: python3-icalendar and calcurse ---------------------------
ics = export("ics")
try:
    import icalendar
    cal = icalendar.Calendar.from_ical(open(ics, "rb").read())
    ICS = {"NEEDS-ACTION": "open", "IN-PROCESS": "doing", "COMPLETED": "done",
           "CANCELLED": "dropped"}
    got = {}
    for v in cal.walk("VTODO"):
        desc = str(v.get("DESCRIPTION"))
        m = re.search(r"\n(\S+) ¶(\d+)", desc)
        cats = v.get("CATEGORIES")
        cats = [str(c) for c in (cats.cats if hasattr(cats, "cats") else [])]
        due = v.get("DUE")
        got[str(v.get("UID")).split("@")[0]] = {
            "status": ICS.get(str(v.get("STATUS"))),
            "deadline": due.dt.strftime("%Y-%m-%d") if due else None,
            "cable": m.group(1) if m and m.group(1) in cats else None,
            "paragraph": m.group(2) if m else None,
            "party": re.search(r"\nFor: (.*)", desc).group(1),
            "origin": said_origin(desc)}
        done = str(v.get("STATUS")) == "COMPLETED"
        if not (v.get("SEQUENCE") is not None and v.get("LAST-MODIFIED") and
                (v.get("COMPLETED") is not None) == done):
            got[str(v.get("UID"))] = {}
    compare("icalendar", got, ALL)
    ok(str(cal.get("X-WR-CALNAME")).count("STATE") <= 3 or len(CABLES) < 2,
       "icalendar: the calendar name is short: %s" % cal.get("X-WR-CALNAME"))
except ImportError:
    ok(False, "python3-icalendar is installed (import icalendar)")
if need("calcurse"):
    d = OUT + "/calcurse"
    os.makedirs(d, exist_ok=True)
    r = run(["calcurse", "-D", d, "-i", ics])
    ok(r.returncode == 0 and ("%d todos" % len(MODEL)) in r.stdout,
       "calcurse imports %d todos: %s" % (len(MODEL), r.stdout.strip().splitlines()[-1:]))
    got = {}
    for l in open(d + "/todo", encoding="utf-8"):
        m = re.match(r"^\[(-?\d+)\]>(\w+) ", l)
        note = open(d + "/notes/" + m.group(2), encoding="utf-8").read() if m else ""
        u = re.search(r"\nId: (\S+)", note)
        c = re.search(r"\n(\S+) ¶(\d+)", note)
        due = re.search(r"\nDue: (\S+)", note)
        st = "done" if m and int(m.group(1)) < 0 else "open"
        got[u.group(1) if u else l] = {
            "deadline": due.group(1) if due else None, "cable": c and c.group(1),
            "paragraph": c and c.group(2), "party": re.search(r"\nFor: (.*)", note).group(1),
            "origin": said_origin(note), "done": st == "done"}
    for u, g in got.items():
        g["status"] = MODEL.get(u, {}).get("status") if g.pop("done") == (
            MODEL.get(u, {}).get("status") == "done") else "?"
    compare("calcurse", got, ALL)

# --- Emacs org ---------------------------------------------------------------
if need("emacs"):
    org = export("org")
    lisp = r"""
(progn
  (require 'org) (require 'org-element) (require 'org-agenda)
  (find-file "%s")
  (org-mode)
  (org-element-map (org-element-parse-buffer) 'headline
    (lambda (h)
      (when (org-element-property :todo-keyword h)
        (let ((dl (org-element-property :deadline h))
              (cl (org-element-property :closed h)))
          (princ (format "H\t%%s\t%%s\t%%s\t%%s\t%%s\t%%s\t%%s\t%%s\n"
                         (org-element-property :ID h)
                         (org-element-property :todo-keyword h)
                         (if dl (format "%%04d-%%02d-%%02d"
                                        (org-element-property :year-start dl)
                                        (org-element-property :month-start dl)
                                        (org-element-property :day-start dl)) "")
                         (org-element-property :CABLE h)
                         (org-element-property :PARAGRAPH h)
                         (org-element-property :PARTY h)
                         (if cl "closed" "")
                         (or (org-element-property :ORIGIN h) "auto")))))))
  (princ (format "A\t%%d\n" (length (org-agenda-get-day-entries "%s" '(1 1 2001)))))
  (princ (format "L\t%%s\n" (save-excursion (goto-char (point-max)) (forward-line -1)
                                             (org-at-heading-p)))))
""" % (org, org)
    r = run(["emacs", "--batch", "-Q", "--eval", lisp])
    ORG = {"TODO": "open", "DOING": "doing", "DONE": "done", "DROPPED": "dropped"}
    got, agenda, last = {}, None, None
    for l in r.stdout.splitlines():
        f = l.split("\t")
        if f[0] == "H":
            got[f[1]] = {"status": ORG.get(f[2]), "deadline": f[3] or None,
                         "cable": f[4], "paragraph": f[5], "party": f[6],
                         "origin": f[8]}
        elif f[0] == "A":
            agenda = int(f[1])
        elif f[0] == "L":
            last = f[1]
    ok(r.returncode == 0, "emacs org batch (exit %d) %s" % (r.returncode, r.stderr[-200:]))
    compare("org-element", got, ALL)
    ok(agenda == 0, "org agenda: nothing on 2001-01-01 (a note's timestamp): %s" % agenda)
    ok(last == "nil", "org: the last line is no heading")

# --- cmark-gfm -------------------------------------------------------------
if need("cmark-gfm"):
    md = export("md")
    r = run(["cmark-gfm", "-e", "tasklist", "-t", "xml", md])
    ns = {"c": "http://commonmark.org/xml/1.0"}
    root = ET.fromstring(r.stdout)
    got, party = {}, None
    for node in root.iter():
        tag = node.tag.split("}")[1]
        if tag == "heading" and node.get("level") == "2":
            party = "".join(t.text or "" for t in node.iter() if t.tag.endswith("}text"))
        if tag != "tasklist":
            continue
        para = node.find("c:paragraph", ns)
        text = "".join(t.text or "" for t in para.iter() if t.tag.endswith("}text"))
        html = "".join(t.text or "" for t in para.iter() if t.tag.endswith("html_inline"))
        u = re.search(r"id:(\S+)", html)
        m = re.match(r"(\S+) ¶(\d+) ", text)
        due = re.search(r"due (\d{4}-\d\d-\d\d)", text)
        st = "open"
        if node.get("completed") == "true":
            st = "dropped" if "(dropped)" in text else "done"
        elif "(doing)" in text:
            st = "doing"
        got[u.group(1) if u else text] = {
            "status": st, "deadline": due.group(1) if due else None,
            "cable": m and m.group(1), "paragraph": m and m.group(2), "party": party,
            "origin": said_origin(text)}
    compare("cmark-gfm", got, ALL)
    html = run(["cmark-gfm", "-e", "tasklist", md]).stdout
    ok("id:" not in re.sub(r"<!--.*?-->", "", html, flags=re.S),
       "cmark-gfm: the ids are not shown")

# --- csvkit ----------------------------------------------------------------
if need("csvjson"):
    r = run(["csvjson", "--no-inference", export("csv")])
    got = {t["uuid"]: {"status": t["status"], "deadline": t["deadline"] or None,
                       "cable": t["cable"], "paragraph": t["paragraph"],
                       "party": t["party"], "origin": t["origin"]}
           for t in json.loads(r.stdout or "[]")}
    compare("csvkit", got, ALL)

print("readers: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)

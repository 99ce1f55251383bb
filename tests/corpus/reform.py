#!/usr/bin/env python3
"""reform.py FORM SRC DST ID... - a cable as another reader of cablegate saw it.

Writes DST/ID.txt for each ID whose SRC/ID.txt exists, in FORM:
  scrape  a web page's text as a scraper saved it (the seed's form): each
          paragraph on one line, its sign "[1](#)" or a leading "1" in
          turn ("[1](#)1.", "12.", "[1](#)3."), bullets and lettered items
          on lines of their own, TAGS as links;
  html    a cablegate viewer page: the routing header and the text in
          <pre> blocks, entities escaped, each sign a link ("<a
          href='#par4'>¶4</a>").
The taskings found in either form must be those found in the telegram, so
tests/corpus/run.sh scores the labels on both.  Only the form changes: no
word of the cable is added or dropped.
"""
import html
import os
import re
import sys

ITEM = re.compile(r'(--|-|\*|\(?[A-Za-z0-9]{1,3}\)|[A-Z]\.)\s')


def scrape(text):
    out, in_para, signs = [], False, 0
    for line in text.split('\n'):
        s = line.strip()
        if re.match(r'¶\d', s):
            signs += 1
            out.append(('[1](#)' if signs % 2 else '1') + s[1:])
            in_para = True
        elif not s:
            out.append('')
            in_para = False
        elif in_para and not ITEM.match(s):
            out[-1] += ' ' + s
        else:
            out.append(s if in_para else line)
    text = '\n'.join(out)
    return re.sub(r'^(TAGS:)(.*)$',
                  lambda m: m.group(1) + ' ' +
                  ' '.join('[%s](#)' % w for w in m.group(2).split()),
                  text, flags=re.M)


def viewer(cable_id, text):
    e = html.escape(text, quote=True)
    e = re.sub(r'¶(\d+)', lambda m: "<a href='#par%s'>¶%s</a>" % (m.group(1), m.group(1)), e)
    head, _, body = e.partition('\n\n')
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv='Content-Type' "
            "content='text/html; charset=utf-8' /><title>Cable Viewer</title></head>\n"
            "<body><div class='main'><h3>Viewing cable %s</h3>\n"
            "<code><pre>\n%s\n</pre></code>\n<code><pre>\n%s\n</pre></code>\n"
            "</div></body></html>\n" % (cable_id, head, body))


def main(argv):
    if len(argv) < 4 or argv[1] not in ('scrape', 'html'):
        sys.stderr.write('usage: reform.py scrape|html SRC DST ID...\n')
        return 2
    form, src, dst = argv[1], argv[2], argv[3]
    for cable_id in argv[4:]:
        path = os.path.join(src, cable_id + '.txt')
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        text = scrape(text) if form == 'scrape' else viewer(cable_id, text)
        with open(os.path.join(dst, cable_id + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""wrong.py - turns score.py --details output into one row per wrong field:
file, offset, text, field, got, want (tab-separated), for classing by hand.

  wrong.py DETAILS.txt > wrong.tsv
"""
import re, sys
txt = open(sys.argv[1]).read()
# a detail entry starts with "    [dev] " and may span lines (texts hold newlines)
for m in re.finditer(r"\[dev\] (\S+):(\d+) '(.*?)' (missed \(.*?\)|(?:\w+: got '.*?', want '.*?'(?:; )?)+)\n", txt, re.S):
    f, off, text, rest = m.groups()
    text = text.replace("\n", " ")
    if rest.startswith("missed"):
        print(f"{f}\t{off}\t{text}\tfigure\t\t{rest}")
        continue
    for g in re.finditer(r"(\w+): got '(.*?)', want '(.*?)'", rest):
        print(f"{f}\t{off}\t{text}\t{g[1]}\t{g[2]}\t{g[3]}")

#!/usr/bin/env python3
"""fresh.py - writes the gold rows a study may read: the DEV rows of the fresh
Reuters stories (draw k = 220..259) and of the fresh styles texts (_06, _07),
and the older dev rows for comparison. Never a test row.

  fresh.py DRAW.txt OUTDIR     DRAW.txt = output of draw.py DIR 260
"""
import csv, sys
draw = [l.split() for l in open(sys.argv[1])]
fresh = {f for f, h in draw[220:260] if h == "dev"}
out = sys.argv[2]
def write(name, rows, hdr):
    with open(f"{out}/{name}", "w", newline="") as f:
        w = csv.DictWriter(f, hdr); w.writeheader(); w.writerows(rows)
    print(name, len(rows))
R = list(csv.DictReader(open("tests/eval/gold/reuters.gold.csv")))
hdr = list(R[0].keys())
write("reuters_fresh_dev.csv", [r for r in R if r["half"] == "dev" and r["file"] in fresh], hdr)
write("reuters_old_dev.csv", [r for r in R if r["half"] == "dev" and r["file"] not in fresh], hdr)
S = list(csv.DictReader(open("tests/eval/gold/styles.gold.csv")))
isfresh = lambda r: r["file"].endswith(("_06.txt", "_07.txt"))
write("styles_fresh_dev.csv", [r for r in S if r["half"] == "dev" and isfresh(r)], hdr)
write("styles_old_dev.csv", [r for r in S if r["half"] == "dev" and not isfresh(r)], hdr)

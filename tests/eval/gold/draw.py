#!/usr/bin/env python3
"""draw.py - the reproducible draw of the Reuters-21578 gold stories (issue 13).

  draw.py [DIR] [N]    prints, one per line, "FILE HALF" for the first N stories
                       (default 140) of the seeded shuffle of the eligible stories.

Invariants:
 1. Eligible = a NORM story (not BRIEF: more than two lines) whose body (line 3 on)
    matches TRADE_RE and FIGURE_RE, and whose file is not in tests/eval/reuters_sample.csv.
 2. The eligible list is sorted by numeric story id, then shuffled with
    random.Random(SEED); the first N are the draw, in that order.
 3. The half of the story drawn k-th (k = 0, 1, ...) is "dev" when k is even and "test"
    when k is odd (so the halves differ by at most one story).
Only the standard library; the same DIR gives the same list on any machine.
"""
import csv
import os
import random
import re
import sys

SEED = 20261130
TRADE_RE = re.compile(r"\b(trade|exports?|exported|imports?|imported|surplus|deficit"
                      r"|tariffs?|shipments?)\b", re.I)
FIGURE_RE = re.compile(
    r"(\d[\d,.]*\s*(pct|percent|per cent|%)"
    r"|\d[\d,.]*[\s-]*(mln|million|billion|bln|trillion|dlrs?|dollars?|dls|yen|stg"
    r"|marks?|francs?|tonnes?|tons?|bushels?|bags?|bales?|barrels?|ounces?)\b"
    r"|\$\s*\d)", re.I)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "eval",
                           "reuters21578")
SAMPLE = os.path.join(HERE, "..", "reuters_sample.csv")


def eligible(d):
    with open(SAMPLE, newline="", encoding="utf-8") as f:
        seen = {r["file"] for r in csv.DictReader(f)}
    out = []
    for name in os.listdir(d):
        if not re.fullmatch(r"\d+\.txt", name) or name in seen:
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        body = "\n".join(lines[2:])
        if len([l for l in lines if l.strip()]) <= 2:   # BRIEF: title only
            continue
        if TRADE_RE.search(body) and FIGURE_RE.search(body):
            out.append(name)
    out.sort(key=lambda n: int(n[:-4]))
    return out


def draw(d, n):
    names = eligible(d)
    random.Random(SEED).shuffle(names)
    return [(name, "dev" if k % 2 == 0 else "test") for k, name in enumerate(names[:n])]


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 140
    for name, half in draw(d, n):
        print(name, half)


if __name__ == "__main__":
    main()

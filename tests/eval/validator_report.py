#!/usr/bin/env python3
"""validator_report.py - counts of `validate --format csv` findings per rule and
severity; the warnings and errors written to a CSV for checking by reading both
stories (doc, both mentions and sentences, the message); and the precision of
the findings already checked (validator_checked.csv: key, verdict, reason).

Usage: validator_report.py FINDINGS.csv OUT.csv CHECKED.csv

Invariants:
 1. A finding's key is doc|start|other_doc|other_start|rule (file names only),
    stable across runs on the same archive and binary-independent.
 2. A verdict whose key is not raised now (a run before, another parser) is
    counted apart, never in the precision.
"""
import collections
import csv
import os
import random
import sys

SAMPLE = 50  # findings to check by reading when there are more (seeded: reproducible)


def key(r):
    return "|".join([os.path.basename(r["doc"]), r["start"],
                     os.path.basename(r["other_doc"] or ""), r["other_start"] or "",
                     r["rule"]])


def main(findings, out, checked):
    rows = list(csv.DictReader(open(findings, newline="", encoding="utf-8")))
    counts = collections.Counter((r["rule"], r["severity"]) for r in rows)
    rules = sorted({r for r, _ in counts})
    print("  %-12s %7s %7s %7s" % ("rule", "error", "warning", "info"))
    for rule in rules:
        print("  %-12s %7d %7d %7d" % (rule, counts[(rule, "error")],
                                       counts[(rule, "warning")], counts[(rule, "info")]))
    tot = collections.Counter(r["severity"] for r in rows)
    print("  %-12s %7d %7d %7d" % ("total", tot["error"], tot["warning"], tot["info"]))
    flagged = [r for r in rows if r["severity"] in ("error", "warning")]
    sample = set(range(len(flagged)))
    if len(flagged) > SAMPLE:
        sample = set(random.Random(16).sample(range(len(flagged)), SAMPLE))
    cols = ["key", "sample", "rule", "severity", "doc", "text", "other_doc", "other_text", "series",
            "period", "expected", "actual", "message", "sentence", "other_sentence"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(flagged):
            w.writerow([key(r), int(i in sample)] + [r.get(c, "") for c in cols[2:]])
    print("  %d warnings and errors with both sentences: %s" % (len(flagged), out))
    if not os.path.exists(checked):
        return
    verdicts = {r["key"]: r for r in csv.DictReader(open(checked, newline="", encoding="utf-8"))}
    now = {key(r) for r in flagged}
    seen = [v for k, v in verdicts.items() if k in now]
    right = sum(1 for v in seen if v["verdict"] == "right")
    gone = len(verdicts) - len(seen)
    print("  checked by reading both stories: %d of %d (%d right, %.0f%%)%s" % (
        len(seen), len(flagged), right, 100.0 * right / len(seen) if seen else 0,
        "; %d more verdicts are for findings not raised now (the run before issue 16, or another parser)" % gone if gone else ""))
    inss = [verdicts[key(r)] for i, r in enumerate(flagged) if i in sample and key(r) in verdicts]
    rs = sum(1 for v in inss if v["verdict"] == "right")
    print("  the random sample of %d: %d read, %d right (%.0f%%)" % (
        len(sample), len(inss), rs, 100.0 * rs / len(inss) if inss else 0))
    bysev = collections.Counter((r["rule"], r["severity"], verdicts[key(r)]["verdict"])
                                for r in flagged if key(r) in verdicts)
    for rule, sev in sorted({(a, b) for a, b, _ in bysev}):
        print("    %-10s %-8s right %3d  wrong %3d" % (rule, sev, bysev[(rule, sev, "right")],
                                                      bysev[(rule, sev, "wrong")]))
    todo = [r for i, r in enumerate(flagged) if i in sample and key(r) not in verdicts]
    if todo:
        print("  %d of the sample not yet checked (column sample = 1 in %s)" % (len(todo), out))
    unread = [key(r) for r in flagged if key(r) not in verdicts]
    if unread:
        print("  %d of all %d without a verdict (read both stories, add a row to %s):" % (
            len(unread), len(flagged), os.path.basename(checked)))
        for k in unread:
            print("    " + k)


if __name__ == "__main__":
    main(*sys.argv[1:4])

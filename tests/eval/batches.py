#!/usr/bin/env python3
"""batches.py - the gold split by batch and half, and the free pool (issue 13).

  batches.py sets OUTDIR [--dev-only]   writes one gold CSV per batch and half
  batches.py pool [N]                   prints the free pool: eligible Reuters stories
                                        no gold batch has drawn (paths, draw order)
  batches.py table BIN [--dev-only]     every field right, per batch and half, for the
                                        binary BIN (make eval prints it)

A batch is a set of stories annotated together, after the parser work it was to
measure had been decided (tests/eval/gold/README.md, "The draw"; STYLES.md):

  Reuters, by draw rank k (tests/eval/gold/draw.py):
    old     k = 0..219     tuned on (dev) for several sessions
    fresh7  k = 220..259   gold7, session 8's blind measure
    fresh9  k = 260..299   gold9, session 9's blind measure
    fresh10 k = 300..319   gold10, session 10's blind measure
    fresh11 k = 320..339   gold11, session 11's blind measure
    fresh12 k = 340..359   gold12, session 12's blind measure
  styles, by file name:
    old     _01 .. _05
    fresh7  _06, _07       sgold7
    fresh9  _08, _09       sgold9
    fresh12 _10, _11       sgold12

Each batch's test half is closed to tuning; its dev half may be read. The
free pool is every eligible story of rank >= POOL_FROM: nobody annotated
them, so parser work counts what a rule changes there and reads the changes.

Invariants:
 1. Only the standard library; the rows are copied unchanged (same columns).
 2. With --dev-only no test row is written, so a tuning run cannot print one.
"""
import csv
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")
REUTERS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval", "reuters21578"))
POOL_FROM = 360
R_BATCHES = (("old", 0, 220), ("fresh7", 220, 260), ("fresh9", 260, 300),
             ("fresh10", 300, 320), ("fresh11", 320, 340),
             ("fresh12", 340, 360))
S_BATCHES = (("old", ("_01", "_02", "_03", "_04", "_05")),
             ("fresh7", ("_06", "_07")), ("fresh9", ("_08", "_09")),
             ("fresh12", ("_10", "_11")))


def draw_order(rdir):
    out = subprocess.run([sys.executable, os.path.join(GOLD, "draw.py"), rdir, "100000"],
                         capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def reuters_batch(rank):
    for name, lo, hi in R_BATCHES:
        if lo <= rank < hi:
            return name
    return None


def styles_batch(fname):
    stem = os.path.splitext(fname)[0]
    for name, suffixes in S_BATCHES:
        if stem.endswith(suffixes):
            return name
    return None


def write(path, rows, header):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, header)
        w.writeheader()
        w.writerows(rows)
    print(f"{os.path.basename(path)}: {len(rows)} figures, "
          f"{len({r['file'] for r in rows})} stories")


def sets(outdir, dev_only, rdir):
    os.makedirs(outdir, exist_ok=True)
    rank = {name: k for k, name in enumerate(draw_order(rdir))}
    for suite, batch_of in (("reuters", lambda r: reuters_batch(rank.get(r["file"], -1))),
                            ("styles", lambda r: styles_batch(r["file"]))):
        with open(os.path.join(GOLD, f"{suite}.gold.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        header = list(rows[0].keys())
        groups = {}
        for r in rows:
            if dev_only and r["half"] != "dev":
                continue
            groups.setdefault((batch_of(r), r["half"]), []).append(r)
        for (batch, half), grp in sorted(groups.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
            write(os.path.join(outdir, f"{suite}_{batch}_{half}.csv"), grp, header)


def last_share(out, label):
    for line in out.splitlines():
        if line.strip().startswith(label):
            return line.split()[-1]
    return "?"


def pair(out, label):
    """The last 'P% / R%' pair of score.py's line starting with label."""
    for line in out.splitlines():
        if line.strip().startswith(label):
            found = re.findall(r"(\d+\.\d%)", line)
            if len(found) >= 2:
                return found[-2], found[-1]
    return "?", "?"


def table(binary, dev_only, rdir):
    """One line per batch and half: figures, every field of gold, mean of stories,
    figure recall, value+unit precision (score.py gold's own lines, 'all' column)."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        import contextlib, io
        with contextlib.redirect_stdout(io.StringIO()):
            sets(tmp, dev_only, rdir)
        print(f"{'batch, half':24} {'figures':>7} {'every field':>11} {'story mean':>10} "
              f"{'recall':>7} {'v+u P':>7}")
        for name in sorted(os.listdir(tmp)):
            suite = name.split("_")[0]
            text_dir = rdir if suite == "reuters" else HERE
            out = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), "gold", suite,
                                  os.path.join(tmp, name), text_dir, "--tradestat", binary],
                                 capture_output=True, text=True).stdout
            with open(os.path.join(tmp, name), newline="", encoding="utf-8") as f:
                n = sum(1 for _ in csv.DictReader(f))
            recall = pair(out, "figures (span)")[1]
            vu_p = pair(out, "value+unit P")[0]
            print(f"{name[:-4]:24} {n:7} {last_share(out, 'every field, of gold'):>11} "
                  f"{last_share(out, 'every field, mean of stories'):>10} {recall:>7} {vu_p:>7}")


def main():
    args = sys.argv[1:]
    rdir = os.environ.get("REUTERS", REUTERS)
    if args[:1] == ["sets"] and len(args) >= 2:
        sets(args[1], "--dev-only" in args[2:], rdir)
    elif args[:1] == ["table"] and len(args) >= 2:
        table(args[1], "--dev-only" in args[2:], rdir)
    elif args[:1] == ["pool"]:
        names = draw_order(rdir)[POOL_FROM:]
        if len(args) > 1:
            names = names[:int(args[1])]
        for name in names:
            print(os.path.join(rdir, name))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()

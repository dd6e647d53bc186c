#!/usr/bin/env python3
"""build_styles.py - writes styles.gold.csv from styles.ann (the annotation,
written by reading tests/eval/styles/*.txt) and the texts themselves.

  python3 tests/eval/gold/build_styles.py     (from the top of the tree)

Invariants:
 1. spans come from the text's bytes, never from tradestat: each mention is
    searched in text order after the previous one, a space in the mention
    matching any white space (a wire line break), not inside a longer number;
    data[start:end] is the text written to the CSV;
 2. every story has the same half for all its figures; halves are drawn per
    style and per batch of texts (STYLES.md), so each style is in both: the
    first eighteen (_01.._03) with random.Random(SEED), exactly as before the
    second batch existed, the second (_04, _05) with random.Random(SEED2),
    the third (_06, _07) with random.Random(SEED3), the fourth (_08, _09)
    with random.Random(SEED4), the fifth (_10, _11) with
    random.Random(SEED5); a later batch never
    changes an earlier one's halves;
 3. a mention not found, a key not known or a bad value stops the build with
    styles.ann:LINE and nothing is written.
"""
import csv
import io
import os
import random
import re
import sys

SEED = 1313   # first batch: _01.._03
SEED2 = 2613  # second batch: _04, _05, one dev and one test per style
SEED3 = 3713  # third batch: _06, _07, one dev and one test per style
SEED4 = 4813  # fourth batch: _08, _09, one dev and one test per style
SEED5 = 5913  # fifth batch: _10, _11, one dev and one test per style
# (seed, story numbers, alternate 2+1/1+2 split) per batch, in the order drawn
BATCHES = ((SEED, range(1, 4), True), (SEED2, range(4, 6), False),
           (SEED3, range(6, 8), False), (SEED4, range(8, 10), False),
           (SEED5, range(10, 12), False))
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
COLS = ["file", "start", "end", "text", "kind", "value", "unit", "per", "approx",
        "direction", "measure", "period", "flow", "reporter", "partner", "commodity",
        "adjustment", "price", "basis", "status", "doc_date", "half", "note"]
KEYS = {"me": "measure", "di": "direction", "pe": "period", "fl": "flow", "re": "reporter",
        "pa": "partner", "co": "commodity", "ad": "adjustment", "pr": "price", "ba": "basis",
        "st": "status", "per": "per", "ap": "approx"}
KINDS = {"m": "money", "q": "quantity", "p": "percent"}
# The closed vocabularies (DESIGN.md's extract columns); a typo stops the build.
ENUMS = {"measure": {"level", "balance", "change", "change_yoy", "change_mom", "change_qoq",
                     "share", "price", "target", "forecast", "investment", "capacity"},
         "direction": {"", "up", "down"}, "flow": {"", "import", "export", "trade"},
         "adjustment": {"", "sa", "nsa"}, "price": {"", "real", "nominal"},
         "basis": {"", "annualized", "avg3m", "bop", "customs"}, "status": {"", "preliminary", "revised", "previous"},
         "approx": {"", "about", "nearly", "over", "some", "around"}}


def halves(files):
    """Story -> dev|test, per batch. First batch (_01.._03): per style (name
    before _NN), shuffled with SEED; the styles in name order take 2 dev + 1
    test and 1 dev + 2 test in turn. Second batch (_04, _05), third
    (_06, _07), fourth (_08, _09) and fifth (_10, _11): per style in name
    order, shuffled with SEED2 (SEED3, SEED4, SEED5); the first is dev,
    the second test. Each batch's draw sees only its own
    stories, so its halves are those it had before a later batch was
    written."""
    out = {}
    for f in files:
        num = int(os.path.basename(f)[:-len(".txt")].rsplit("_", 1)[1])
        if not any(num in nums for _, nums, _ in BATCHES):
            sys.exit(f"{f}: story number {num} is in no batch of BATCHES")
    for seed, nums, alternate in BATCHES:
        styles = {}
        for f in sorted(files):
            style, num = os.path.basename(f)[:-len(".txt")].rsplit("_", 1)
            if int(num) in nums:
                styles.setdefault(style, []).append(f)
        rng = random.Random(seed)
        for i, (_, fs) in enumerate(sorted(styles.items())):
            rng.shuffle(fs)
            ndev = (len(fs) + (1 if alternate and i % 2 == 0 else 0)) // 2
            for j, f in enumerate(fs):
                out[f] = "dev" if j < ndev else "test"
    return out


def fmt_value(x):
    return str(int(x)) if float(x).is_integer() else repr(round(x, 9))


def main():
    ann = os.path.join(HERE, "styles.ann")
    rows, story, data, cursor, ctx = [], None, b"", 0, {}
    for n, line in enumerate(open(ann, encoding="utf-8"), 1):
        where = f"{ann}:{n}"
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("= "):
            story = line[2:].strip()
            data = open(os.path.join(EVAL, story), "rb").read()
            cursor, ctx = 0, {}
            continue
        if line.startswith("ctx"):
            ctx = dict(kv.split("=", 1) for kv in line.split()[1:])
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3 or story is None:
            sys.exit(f"{where}: want MENTION | K VALUE UNIT | k=v ... [| note]")
        mention, (k, v, unit), kvs = parts[0], parts[1].split(), parts[2]
        note = parts[3] if len(parts) > 3 else ""
        pat = r"(?<![\w.,$])" + r"\s+".join(map(re.escape, mention.split(" "))) + r"(?!\d)"
        m = re.compile(pat.encode()).search(data, cursor)
        if not m:
            sys.exit(f"{where}: '{mention}' not found in {story} after byte {cursor}")
        cursor = m.end()
        fields = dict(ctx)
        for kv in kvs.split():
            key, _, val = kv.partition("=")
            if key not in KEYS:
                sys.exit(f"{where}: unknown key '{key}'")
            fields[key] = val
        date = re.match(rb"date: (\d{4}-\d\d-\d\d)\n", data)
        if k not in KINDS or not date:
            sys.exit(f"{where}: kind '{k}' or no 'date:' line in {story}")
        row = {c: "" for c in COLS}
        row.update(file=story, start=m.start(), end=m.end(), text=m.group().decode(),
                   kind=KINDS[k], value=fmt_value(float(v)), unit=unit, note=note,
                   doc_date=date.group(1).decode())
        for key, val in fields.items():
            row[KEYS[key]] = val.replace("_", " ") if key == "co" else val
        for col, ok in ENUMS.items():
            if row[col] not in ok:
                sys.exit(f"{where}: {col} '{row[col]}' is not one of {sorted(ok)}")
        for col in ("reporter", "partner"):
            if row[col] and not re.fullmatch(r"[A-Z]{2}|WORLD", row[col]):
                sys.exit(f"{where}: {col} '{row[col]}' is not ISO2, EU, EA or WORLD")
        rows.append(row)
    half = halves({r["file"] for r in rows})
    for r in rows:
        r["half"] = half[r["file"]]
    out = io.StringIO()
    w = csv.DictWriter(out, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    with open(os.path.join(HERE, "styles.gold.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print(f"{len(rows)} figures in {len(half)} stories")


if __name__ == "__main__":
    main()

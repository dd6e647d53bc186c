#!/usr/bin/env python3
"""build_gold.py - turns the hand annotations (reuters.ann) into reuters.gold.csv.

  build_gold.py [DIR]     DIR = the Reuters-21578 files (default ../../../../../shared/eval/reuters21578)

The annotations are written by a person reading each story; this script only finds
byte offsets (bytes.find), fills doc_date from line 1 and half from draw.py, and
writes the CSV. Invariants:
 1. Every row's text occurs in its file; `text#k` picks the k-th occurrence (1-based),
    counting from the start of the file; data[start:end] == text is asserted.
 2. kind follows the unit: % pp bp -> percent; a 3-letter upper-case ISO 4217 code ->
    money; anything else -> quantity (unless kind= is given).
 3. `@ FILE` starts a story; `= k=v ...` replaces the story's defaults (applied to the
    following rows, which may override any of them, `k=` blanking one).
 4. A row: `TEXT | VALUE UNIT | k=v k=v ... | NOTE` (the last two parts optional);
    `\\n` in TEXT is the wire's line break, `_` in a commodity a space.
 5. No two rows of a story share a span.
"""
import csv
import os
import re
import sys

import draw

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["file", "start", "end", "text", "kind", "value", "unit", "per", "approx",
        "direction", "measure", "period", "flow", "reporter", "partner", "commodity",
        "adjustment", "price", "basis", "status", "doc_date", "half", "note"]
SETTABLE = set(COLS) - {"file", "start", "end", "text", "value", "unit", "doc_date",
                        "half", "note"}


def kind_of(unit):
    if unit in ("%", "pp", "bp"):
        return "percent"
    if re.fullmatch(r"[A-Z]{3}", unit) and unit != "TEU":
        return "money"
    return "quantity"


def fail(lineno, msg):
    sys.exit(f"reuters.ann:{lineno}: {msg}")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else draw.DEFAULT_DIR
    halves = dict(draw.draw(d, 10**6))
    rows, cur, defaults, data, spans = [], None, {}, b"", set()
    with open(os.path.join(HERE, "reuters.ann"), encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@"):
                cur = line[1:].strip()
                with open(os.path.join(d, cur), "rb") as g:
                    data = g.read()
                m = re.match(rb"date: (\d{4}-\d\d-\d\d)\n", data)
                if not m:
                    fail(lineno, f"{cur}: no date line")
                doc_date, defaults, spans = m.group(1).decode(), {}, set()
                if cur not in halves:
                    fail(lineno, f"{cur} is not in the draw")
                continue
            if line.startswith("="):
                defaults = {}
                for kv in line[1:].split():
                    k, _, v = kv.partition("=")
                    if k not in SETTABLE:
                        fail(lineno, f"unknown field {k}")
                    defaults[k] = v.replace("_", " ") if k in ("commodity", "approx") else v
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 2 or cur is None:
                fail(lineno, "expected TEXT | VALUE UNIT [| k=v ...] [| NOTE]")
            text, occ = parts[0].replace("\\n", "\n"), 1
            m = re.fullmatch(r"(.*)#(\d+)", text, re.S)
            if m:
                text, occ = m.group(1), int(m.group(2))
            vu = parts[1].split()
            if len(vu) != 2:
                fail(lineno, "VALUE UNIT expected")
            row = dict.fromkeys(COLS, "")
            row.update(defaults)
            row.update(file=cur, text=text, value=vu[0], unit=vu[1],
                       doc_date=doc_date, half=halves[cur])
            if len(parts) > 2:
                for kv in parts[2].split():
                    k, _, v = kv.partition("=")
                    if k not in SETTABLE:
                        fail(lineno, f"unknown field {k}")
                    row[k] = v.replace("_", " ") if k in ("commodity", "approx") else v
            if len(parts) > 3:
                row["note"] = parts[3]
            if not row["kind"]:
                row["kind"] = kind_of(row["unit"])
            tb, pos = text.encode(), -1
            for _ in range(occ):
                pos = data.find(tb, pos + 1)
                if pos < 0:
                    fail(lineno, f"{text!r} occurrence {occ} not in {cur}")
            row["start"], row["end"] = pos, pos + len(tb)
            if (pos, pos + len(tb)) in spans:
                fail(lineno, f"{text!r}: span annotated twice")
            spans.add((pos, pos + len(tb)))
            rows.append(row)
    with open(os.path.join(HERE, "reuters.gold.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.DictWriter(f, COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} figures, {len({r['file'] for r in rows})} stories")


if __name__ == "__main__":
    main()

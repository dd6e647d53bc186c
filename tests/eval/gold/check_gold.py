#!/usr/bin/env python3
"""check_gold.py - validates reuters.gold.csv or styles.gold.csv (issue 13, tests/eval/gold/GUIDE.md).

  check_gold.py [GOLD.csv] [DIR]     exit 0 when every row is valid, 1 with one line
                                     per fault (file:row: message) otherwise.
Invariants checked:
 1. The header is exactly the column list of GUIDE.md.
 2. data[start:end] == text (byte offsets into the UTF-8 file), spans of a story
    do not overlap, and no span starts or ends inside a longer number (\Z, not $:
    a title's figure follows line 1's date and its newline).
 3. Every field holds an allowed value: kind, unit (ISO 4217 from iso-codes for money),
    per, approx, direction, measure, period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn,
    month ranges A/B, crop years YYYY/YY), flow, reporter/partner (ISO 3166-1 alpha-2
    from iso-codes, EU, EA, WORLD), adjustment, price, basis, status, half.
 4. value is a number; only balances and their changes may be negative; a change
    measure has a direction only if it is a change; doc_date equals the story's line 1.
 5. All figures of a story share one half, and the half is the one draw.py assigns
    (build_styles.halves() for the six-styles gold's stories under styles/, where an
    intra-euro area figure is reporter EA, partner EA: STYLES.md).
"""
import csv
import json
import os
import re
import sys

import build_styles
import draw

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["file", "start", "end", "text", "kind", "value", "unit", "per", "approx",
        "direction", "measure", "period", "flow", "reporter", "partner", "commodity",
        "adjustment", "price", "basis", "status", "doc_date", "half", "note"]
MEASURES = {"level", "balance", "change", "change_yoy", "change_mom", "change_qoq",
            "share", "price", "target", "forecast", "investment", "capacity"}
ALLOWED = {
    "kind": {"money", "quantity", "percent"},
    "per": {"", "year", "month", "day", "t", "week", "oz", "bu", "lb", "bbl", "ha", "kg",
            "acre"},
    "approx": {"", "about", "nearly", "over", "some", "around", "under", "almost",
               "up to", "at least", "roughly", "approximately", "less than"},
    "direction": {"", "up", "down"},
    "measure": MEASURES,
    "flow": {"", "import", "export", "trade"},
    "adjustment": {"", "sa", "nsa"},
    "price": {"", "real", "nominal"},
    "basis": {"", "annualized", "avg3m", "bop", "customs"},
    "status": {"", "preliminary", "revised", "previous"},
    "half": {"dev", "test"},
}
QUANTITY_UNITS = {"t", "m3", "bbl", "bag", "bale", "oz", "TEU", "bu", "lb", "kg",
                  "head", "unit", "vehicle", "cwt", "carat", "gallon", "cubic_ft",
                  "boe", "MW", "kWh", "t_oe", "ship", "sq_m", "ton_long", "ha", "litre",
                  "piece", "cbm", "dozen", "car", "carcase", "acre"}
PERIOD_RE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-\d\d)?|-Q[1-4])?"
                       r"(/\d{4}(-(0[1-9]|1[0-2])(-\d\d)?|-Q[1-4])?)?"
                       r"|\d{4}/\d\d")


def iso():
    base = "/usr/share/iso-codes/json/"
    with open(base + "iso_3166-1.json", encoding="utf-8") as f:
        countries = {c["alpha_2"] for c in json.load(f)["3166-1"]}
    with open(base + "iso_4217.json", encoding="utf-8") as f:
        currencies = {c["alpha_3"] for c in json.load(f)["4217"]}
    # Historical currencies of 1987 news that ISO 4217 has since withdrawn.
    currencies |= {"DEM", "FRF", "ITL", "NLG", "BEF", "ESP", "PTE", "ATS", "FIM",
                   "IEP", "GRD", "XEU", "YUD", "BRZ", "ARA", "PLZ", "ZRZ", "ECS",
                   "SUR", "ZMK", "UGS"}
    # Economies of 1987 that ISO 3166-1 has since withdrawn (3166-3): the Soviet Union,
    # East Germany, Yugoslavia, Czechoslovakia.
    countries |= {"SU", "DD", "YU", "CS"}
    return countries | {"EU", "EA", "WORLD"}, currencies


def styles_halves(gold, d):
    """The six-styles gold's halves are drawn per style and per batch by
    build_styles.halves() (STYLES.md), not by draw.py: its stories under
    DIR/styles/ get those halves."""
    with open(gold, newline="", encoding="utf-8") as f:
        files = {r["file"] for r in csv.DictReader(f) if r["file"].startswith("styles/")}
    return build_styles.halves(files) if files else {}


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reuters.gold.csv")
    d = sys.argv[2] if len(sys.argv) > 2 else draw.DEFAULT_DIR
    countries, currencies = iso()
    halves = dict(draw.draw(d, 10**6))
    halves.update(styles_halves(gold, d))
    errs, story_half, spans, cache = [], {}, {}, {}
    with open(gold, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != COLS:
            errs.append(f"{gold}: header {rd.fieldnames} is not {COLS}")
        for i, r in enumerate(rd, 2):
            def bad(msg):
                errs.append(f"{gold}:{i}: {r.get('file')} {r.get('text')!r}: {msg}")
            fn = r["file"]
            if fn not in cache:
                with open(os.path.join(d, fn), "rb") as g:
                    cache[fn] = g.read()
            data = cache[fn]
            s, e = int(r["start"]), int(r["end"])
            if data[s:e] != r["text"].encode():
                bad(f"data[{s}:{e}] is {data[s:e]!r}")
            if re.match(rb"\d", data[s:s + 1]) and (
                    re.search(rb"\d\Z", data[:s]) or re.search(rb"\d[.,/-]\Z", data[:s])):
                bad("starts inside a longer number")
            if re.match(rb"\d", data[e:e + 1]) and re.search(rb"\d\Z", data[s:e]):
                bad("ends inside a longer number")
            for (a, b) in spans.get(fn, []):
                if s < b and a < e:
                    bad(f"overlaps {a}:{b}")
            spans.setdefault(fn, []).append((s, e))
            for k, allowed in ALLOWED.items():
                if r[k] not in allowed:
                    bad(f"{k}={r[k]!r} not allowed")
            try:
                v = float(r["value"])
            except ValueError:
                bad(f"value {r['value']!r} is not a number")
                v = 0
            if v < 0 and r["measure"] not in ("balance", "change", "change_yoy",
                                              "change_mom", "change_qoq", "forecast",
                                              "target"):
                bad("negative value on a measure that is not a balance or change")
            u, kd = r["unit"], r["kind"]
            if kd == "money" and u not in currencies:
                bad(f"money unit {u!r} not ISO 4217")
            if kd == "percent" and u not in ("%", "pp", "bp"):
                bad(f"percent unit {u!r}")
            if kd == "quantity" and u not in QUANTITY_UNITS:
                bad(f"quantity unit {u!r} not in the list")
            for k in ("reporter", "partner"):
                if r[k] and r[k] not in countries:
                    bad(f"{k} {r[k]!r} not ISO 3166-1 / EU / EA / WORLD")
            if r["reporter"] == "WORLD":
                bad("reporter WORLD")
            if r["reporter"] and r["reporter"] == r["partner"] and not (
                    fn.startswith("styles/") and r["reporter"] in ("EA", "EU")):
                bad("reporter equals partner")
            if r["period"] and not PERIOD_RE.fullmatch(r["period"]):
                bad(f"period {r['period']!r}")
            if r["commodity"] and r["commodity"] != r["commodity"].lower():
                bad("commodity not lowercase")
            if r["direction"] and not r["measure"].startswith("change") \
                    and r["measure"] not in ("forecast", "target"):
                bad(f"direction on measure {r['measure']}")
            m = re.match(rb"date: (\d{4}-\d\d-\d\d)\n", data)
            if not m or m.group(1).decode() != r["doc_date"]:
                bad(f"doc_date {r['doc_date']} is not line 1")
            if story_half.setdefault(fn, r["half"]) != r["half"]:
                bad("story split across halves")
            if halves.get(fn) != r["half"]:
                bad(f"half {r['half']} but draw.py says {halves.get(fn)}")
    for x in errs:
        print(x)
    n = sum(len(v) for v in spans.values())
    print(f"{len(errs)} faults in {n} rows, {len(story_half)} stories")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()

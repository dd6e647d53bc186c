#!/usr/bin/env python3
"""score.py - scores `tradestat extract` against the eval suites (make eval).

  score.py seeds GOLD.csv CLAIMS.csv          the five seed articles, per field too
  score.py rt DIR TRADESTAT                   Recognizers-Text English specs
  score.py reuters DIR TRADESTAT [ASAN] SAMPLE  Reuters-21578: runs, counts, sample
  score.py gold NAME GOLD.csv (--claims CLAIMS.csv | --tradestat BIN --dir DIR
           [--dates FILE]) [--details]      every field, per half (gold/GUIDE.md columns)

Only the standard library: it is an independent reader of what tradestat
writes (CSV through the csv module), so a bug in the C writer cannot hide
a bug in the parser.
"""
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile

FIGURES = ("money", "quantity", "percent")
FIELDS = ("kind", "value", "unit", "per", "approx", "direction", "measure",
          "period", "flow", "reporter", "partner", "commodity")


def prf(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def line(name, tp, npred, ngold, note=""):
    p, r, f = prf(tp, npred, ngold)
    print(f"  {name:<28} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}   "
          f"({tp} right, {npred} found, {ngold} expected){note}")


def num_eq(a, b):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def read_claims(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        # extract neutralises a leading sign for spreadsheets: "'+8%".
        if r["text"].startswith("'"):
            r["text"] = r["text"][1:]
    return [r for r in rows if r["kind"] in FIGURES]


# ---- (a) seeds ---------------------------------------------------------

def seeds(gold_path, claims_path):
    with open(gold_path, newline="", encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    got = {(os.path.basename(r["file"]), int(r["start"]), int(r["end"])): r
           for r in read_claims(claims_path)}
    print("(a) seed articles vs tests/eval/seeds.gold.csv")
    tp = 0
    right = {k: 0 for k in FIELDS}
    wrong = []
    for g in gold:
        key = (g["file"], int(g["start"]), int(g["end"]))
        r = got.get(key)
        if not r:
            wrong.append(f"missed {g['file']}:{g['start']} '{g['text']}'")
            continue
        tp += 1
        for k in FIELDS:
            ok = num_eq(r[k], g[k]) if k == "value" else r[k] == g[k]
            right[k] += ok
            if not ok:
                wrong.append(f"{g['file']}:{g['start']} '{g['text']}' {k}: "
                             f"got '{r[k]}', want '{g[k]}'")
    gold_keys = {(g["file"], int(g["start"]), int(g["end"])) for g in gold}
    for key, r in sorted(got.items()):
        if key not in gold_keys:
            wrong.append(f"extra {key[0]}:{key[1]} '{r['text']}'")
    line("figures (span)", tp, len(got), len(gold))
    for k in FIELDS:
        line(f"  field {k}", right[k], len(got), len(gold))
    allok = sum(all((num_eq(got[(g["file"], int(g["start"]), int(g["end"]))][k], g[k])
                     if k == "value" else
                     got[(g["file"], int(g["start"]), int(g["end"]))][k] == g[k])
                    for k in FIELDS)
                for g in gold if (g["file"], int(g["start"]), int(g["end"])) in got)
    line("figures, every field right", allok, len(got), len(gold))
    for w in wrong:
        print("    " + w)


# ---- (b) Recognizers-Text ------------------------------------------------

# Recognizers' unit names -> (ISO code or our unit, factor to our value).
CURRENCY = {
    "Dollar": ("USD", 1), "United States dollar": ("USD", 1), "Euro": ("EUR", 1),
    "Chinese yuan": ("CNY", 1), "Pound": ("GBP", 1), "British pound": ("GBP", 1),
    "Cent": ("USD", 0.01), "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01),
    "Japanese yen": ("JPY", 1), "Canadian dollar": ("CAD", 1),
    "Australian dollar": ("AUD", 1), "Hong Kong dollar": ("HKD", 1),
    "New Zealand dollar": ("NZD", 1), "Mexican peso": ("MXN", 1),
    "Swiss franc": ("CHF", 1), "Franc": ("FRF", 1), "Turkish lira": ("TRY", 1),
    "Rupee": ("INR", 1), "Sri Lankan rupee": ("LKR", 1), "Peseta": ("ESP", 1),
    "Finnish markka": ("FIM", 1), "Netherlands guilder": ("NLG", 1),
    "Costa Rican colón": ("CRC", 1), "Georgian lari": ("GEL", 1), "Lao kip": ("LAK", 1),
}
# Not trade money: crypto units and the sen (a hundredth of a yen or ringgit).
CURRENCY_OUT = {"Bitcoin": "crypto-currency", "Satoshi": "crypto-currency",
                "Sen": "subunit 'sen' before the number"}
DIMENSION = {
    "Ton": ("t", 1), "Metric ton": ("t", 1), "Kilogram": ("kg", 1),
    "Barrel": ("bbl", 1), "Gallon": ("gal", 1), "Cubic foot": ("ft3", 1),
    "Cubic meter": ("m3", 1),
}


MIXED = re.compile(r"(dollars?|usd|\$|kuai)(\s+[\w-]+){1,3}$")


def rt_expected(model, res, text):
    """(value, unit) our parser should give for one Recognizers result, or a
    string saying why it is out of scope."""
    v = res.get("value")
    if v in (None, "null"):
        return "a unit alone, with no number (no figure to store)"
    if model == "CurrencyModel" and MIXED.search(text.lower()) and float(v) % 1:
        return "a mixed amount ('3 dollars 50 cents', '15 usd 50': retail prices, not trade figures)"
    if model == "PercentModel" and text.lower().startswith("per"):
        return "'percent of 10' (the number after the sign: not how trade news writes)"
    if model == "CurrencyModel":
        u = res.get("unit")
        if u in CURRENCY_OUT:
            return CURRENCY_OUT[u]
        iso = res.get("isoCurrency")
        code, factor = CURRENCY.get(u, (iso, 1))
        if not code:
            return f"currency '{u}'"
        return float(v) * factor, code
    if model == "DimensionModel":
        u = res.get("unit")
        if u not in DIMENSION:
            return f"{res.get('subtype', '').lower()} unit '{u}' (not a trade unit)"
        code, factor = DIMENSION[u]
        return float(v) * factor, code
    if model == "PercentModel":
        return float(v.rstrip("%")), "%"
    return float(v), ""


def rt_kind(model):
    return {"CurrencyModel": ("money",), "DimensionModel": ("quantity",),
            "PercentModel": ("percent",)}[model]


def rt(dirpath, tradestat):
    print("(b) Recognizers-Text English specs (a case's entity is right when value and unit match)")
    models = ("CurrencyModel", "PercentModel", "DimensionModel")
    with tempfile.TemporaryDirectory() as tmp:
        cases = {}
        paths = []
        for m in models:
            with open(os.path.join(dirpath, m + ".json"), encoding="utf-8-sig") as f:
                cases[m] = json.load(f)
            for i, c in enumerate(cases[m]):
                p = os.path.join(tmp, f"{m}_{i:04d}.txt")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(c["Input"])
                paths.append(p)
        out = os.path.join(tmp, "claims.csv")
        with open(out, "w") as f:
            subprocess.run([tradestat, "extract"] + paths, stdout=f, check=True)
        found = {}
        with open(out, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                found.setdefault(os.path.basename(r["file"])[:-4], []).append(r)
    for m in models:
        tp = npred = ngold = 0
        out_scope = {}
        misses, extras = [], []
        for i, c in enumerate(cases[m]):
            got = [r for r in found.get(f"{m}_{i:04d}", []) if r["kind"] in rt_kind(m)]
            want, skip = [], []
            for res in c["Results"]:
                e = rt_expected(m, res["Resolution"], res["Text"])
                if isinstance(e, str):
                    out_scope[e] = out_scope.get(e, 0) + 1
                    skip.append(res["Text"].lower())
                else:
                    want.append((e, res["Text"]))
            # A figure inside an out-of-scope mention is neither right nor wrong.
            got = [r for r in got if not any(r["text"].lower() in s for s in skip)]
            npred += len(got)
            ngold += len(want)
            left = list(got)
            for (v, u), text in want:
                hit = next((r for r in left if num_eq(r["value"], v) and r["unit"] == u), None)
                if hit:
                    tp += 1
                    left.remove(hit)
                else:
                    misses.append(f"missed '{text}' = {v:g} {u} in: {c['Input'][:90]}")
            for r in left:
                extras.append(f"extra '{r['text']}' = {r['value']} {r['unit']} in: {c['Input'][:90]}")
        line(m.replace("Model", "").lower() + " (in scope)", tp, npred, ngold)
        for why, n in sorted(out_scope.items(), key=lambda x: -x[1]):
            print(f"      out of scope: {n:3d} x {why}")
        for w in misses + extras:
            print("      " + w)


# ---- (c) Reuters-21578 --------------------------------------------------

def stories(dirpath):
    """NEWID.txt files only (not the collection's DISTRIBUTION-README.txt)."""
    return sorted(os.path.join(dirpath, f) for f in os.listdir(dirpath)
                  if f.endswith(".txt") and f[:-4].isdigit())


def reuters(dirpath, tradestat, asan, sample_path):
    print("(c) Reuters-21578 (trade, money-fx and grain stories of 1987)")
    files = stories(dirpath)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "claims.csv")
        for binary, label in ((tradestat, "build"), (asan, "ASan+UBSan build")):
            if not binary:
                continue
            with open(out, "w") as f:
                r = subprocess.run([binary, "extract"] + files, stdout=f,
                                   stderr=subprocess.PIPE, text=True)
            print(f"  {label}: exit {r.returncode}, {len(files)} articles"
                  + (f", stderr: {r.stderr.strip()[:200]}" if r.stderr.strip() else ""))
            if r.returncode != 0:
                sys.exit(1)
        claims = read_claims(out)
    per = {}
    for c in claims:
        per.setdefault(os.path.basename(c["file"]), []).append(c)
    seen = {os.path.basename(c["file"]) for c in claims}
    kinds = {k: sum(c["kind"] == k for c in claims) for k in FIGURES}
    counts = sorted(len(per.get(os.path.basename(f), [])) for f in files)
    print(f"  {len(claims)} figures in {len(files)} articles ({len(seen)} with at least one): "
          f"{kinds['money']} money, {kinds['quantity']} quantity, {kinds['percent']} percent; "
          f"per article mean {len(claims) / len(files):.2f}, median {counts[len(counts) // 2]}, "
          f"max {counts[-1]}")
    # The sample: 100 figures drawn with a fixed seed, each checked by hand.
    if not os.path.exists(sample_path):
        return
    with open(sample_path, newline="", encoding="utf-8") as f:
        sample = list(csv.DictReader(f))
    now = {(os.path.basename(c["file"]), c["start"], c["end"]): c for c in claims}
    wrong = sum(s["verdict"] != "ok" for s in sample)
    changed = [s for s in sample
               if (s["file"], s["start"], s["end"]) not in now or
               any(now[(s["file"], s["start"], s["end"])][k] != s[k]
                   for k in ("kind", "unit", "per", "approx", "measure", "direction", "period"))
               or not num_eq(now[(s["file"], s["start"], s["end"])]["value"], s["value"])]
    print(f"  hand-checked sample (tests/eval/reuters_sample.csv): {len(sample)} figures, "
          f"{wrong} wrong: error rate {wrong / max(1, len(sample)):.1%}")
    if changed:
        print(f"  note: {len(changed)} sampled figures now come out differently "
              f"(re-check them): " + ", ".join(f"{s['file']}:{s['start']}" for s in changed[:10]))
    for s in sample:
        if s["verdict"] != "ok":
            print(f"    {s['file']}:{s['start']} '{' '.join(s['text'].split())}': {s['note']}")


def draw(dirpath, tradestat, n, out_path):
    """Writes a fresh sample of n figures (seed 21578) for checking by hand."""
    files = stories(dirpath)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "claims.csv")
        with open(out, "w") as f:
            subprocess.run([tradestat, "extract"] + files, stdout=f, check=True)
        claims = read_claims(out)
    pick = sorted(random.Random(21578).sample(range(len(claims)), n))
    cols = ["file", "start", "end", "text", "kind", "value", "unit", "per", "approx",
            "direction", "measure", "period", "verdict", "note", "sentence"]
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for i in pick:
            c = claims[i]
            body = open(c["file"], "rb").read()
            sent = body[int(c["sent_start"]):int(c["sent_end"])].decode("utf-8", "replace")
            w.writerow([os.path.basename(c["file"])] + [c[k] for k in cols[1:12]] +
                       ["", "", " ".join(sent.split())])



# ---- (d) gold suites: every field, per half (tests/eval/gold/GUIDE.md) --

GOLD_REQUIRED = ("file", "start", "end", "text", "kind", "value", "unit")
GOLD_FIELDS = ("measure", "direction", "period", "flow", "reporter", "partner",
               "commodity", "adjustment", "price", "status", "basis", "per", "approx")
EVERY = ("kind", "value", "unit") + GOLD_FIELDS
HALVES = ("dev", "test", "")


def norm_field(k, v):
    """A field as compared: stripped; commodity lowercased, a plural s dropped."""
    v = (v or "").strip()
    if k == "commodity":
        v = v.lower()
        if len(v) > 3 and v.endswith("s") and not v.endswith("ss"):
            v = v[:-1]
    return v


def field_eq(k, got, want):
    if k == "value":
        return num_eq(got, want)
    return norm_field(k, got) == norm_field(k, want)


def read_gold(path, textdir=None):
    """Gold rows (tests/eval/gold/GUIDE.md), checked: spans are integers, kinds
    known, one half per story and, with textdir, text == the file's bytes
    [start, end)."""
    with open(path, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        missing = [c for c in GOLD_REQUIRED if c not in (rd.fieldnames or [])]
        if missing:
            sys.exit(f"{path}:1: gold header lacks {', '.join(missing)}")
        rows = []
        for r in rd:
            where = f"{path}:{rd.line_num}"
            try:
                r["start"], r["end"] = int(r["start"]), int(r["end"])
            except ValueError:
                sys.exit(f"{where}: start/end not integers")
            if r["kind"] not in FIGURES or not r["end"] > r["start"] >= 0:
                sys.exit(f"{where}: bad kind '{r['kind']}' or span")
            try:
                float(r["value"])
            except ValueError:
                sys.exit(f"{where}: value '{r['value']}' is not a number")
            r["half"] = (r.get("half") or "").strip()
            if r["half"] not in HALVES:
                sys.exit(f"{where}: half '{r['half']}' is not dev, test or blank")
            r["where"] = where
            rows.append(r)
    halves = {}
    for r in rows:
        if halves.setdefault(r["file"], r["half"]) != r["half"]:
            sys.exit(f"{r['where']}: story {r['file']} is split across halves")
    if textdir:
        cache = {}
        for r in rows:
            if r["file"] not in cache:
                with open(os.path.join(textdir, r["file"]), "rb") as f:
                    cache[r["file"]] = f.read()
            span = cache[r["file"]][r["start"]:r["end"]]
            if span != r["text"].encode("utf-8"):
                sys.exit(f"{r['where']}: text '{r['text']}' is not the bytes at "
                         f"{r['start']}-{r['end']} of {r['file']} ('{span.decode('utf-8', 'replace')}')")
    return rows


def gold_file_of(path, names):
    """The gold story name a claims path refers to: equal, or a path suffix."""
    parts = path.replace(os.sep, "/").split("/")
    for i in range(len(parts)):
        cand = "/".join(parts[i:])
        if cand in names:
            return cand
    return None


def match(gold, got):
    """One-to-one pairs (gold index, claim index) of one story by overlapping
    spans; value+unit agreement first, then the larger overlap, then the
    nearer start."""
    pairs = []
    for i, g in enumerate(gold):
        for j, c in enumerate(got):
            ov = min(g["end"], c["end"]) - max(g["start"], c["start"])
            if ov > 0:
                vu = field_eq("value", c.get("value"), g["value"]) and \
                    field_eq("unit", c.get("unit"), g["unit"])
                pairs.append((not vu, -ov, abs(g["start"] - c["start"]), i, j))
    pairs.sort()
    gi, cj, out = set(), set(), []
    for *_, i, j in pairs:
        if i not in gi and j not in cj:
            gi.add(i)
            cj.add(j)
            out.append((i, j))
    return sorted(out)


def score_gold(gold, claims):
    """Scores claims (extract rows, any columns) against gold rows. Returns
    {half: stats} and the per-figure problems [(half, line)]. A column the
    claims lack counts as blank."""
    names = {g["file"] for g in gold}
    half_of = {g["file"]: g["half"] for g in gold}
    by_file = {}
    for g in gold:
        by_file.setdefault(g["file"], ([], []))[0].append(g)
    for c in claims:
        if c.get("kind") not in FIGURES:
            continue
        name = gold_file_of(c.get("file", ""), names)
        if name is None:
            continue
        c = dict(c)
        try:
            c["start"], c["end"] = int(c["start"]), int(c["end"])
        except (KeyError, ValueError):
            sys.exit(f"claims: bad start/end in {c}")
        by_file[name][1].append(c)
    stats, problems = {}, []
    for name in sorted(by_file):
        gs, cs = by_file[name]
        gs.sort(key=lambda g: g["start"])
        cs.sort(key=lambda c: c["start"])
        h = half_of[name]
        st = stats.setdefault(h, {"gold": 0, "got": 0, "matched": 0, "vu": 0, "every": 0,
                                  "stories": 0, "story_every": 0.0,
                                  **{"f_" + k: 0 for k in EVERY}})
        st["gold"] += len(gs)
        st["got"] += len(cs)
        pairs = match(gs, cs)
        every0 = st["every"]
        mg = {i for i, _ in pairs}
        mc = {j for _, j in pairs}
        for i, j in pairs:
            g, c = gs[i], cs[j]
            st["matched"] += 1
            bad = [k for k in EVERY if not field_eq(k, c.get(k), g.get(k))]
            for k in EVERY:
                st["f_" + k] += k not in bad
            st["vu"] += "value" not in bad and "unit" not in bad
            st["every"] += not bad
            if bad:
                problems.append((h, f"{name}:{g['start']} '{g['text']}' " + "; ".join(
                    f"{k}: got '{c.get(k) or ''}', want '{g.get(k) or ''}'" for k in bad)))
        # one story, one vote: a 600-cell table must not stand for a whole half
        st["stories"] += 1
        st["story_every"] += (st["every"] - every0) / len(gs)
        for i, g in enumerate(gs):
            if i not in mg:
                problems.append((h, f"{name}:{g['start']} '{g['text']}' missed "
                                    f"({g['value']} {g['unit']})"))
        for j, c in enumerate(cs):
            if j not in mc:
                problems.append((h, f"{name}:{c['start']} '{c.get('text', '')}' extra "
                                    f"({c.get('value', '')} {c.get('unit', '')})"))
    return stats, problems


def pct(n, d):
    return f"{n / d:6.1%}" if d else "     -"


def gold_table(title, stats):
    cols = [h for h in HALVES if h in stats]
    if len(cols) > 1:
        tot = {}
        for h in cols:
            for k, v in stats[h].items():
                tot[k] = tot.get(k, 0) + v
        stats = dict(stats, all=tot)
        cols.append("all")
    label = {"dev": "dev", "test": "test", "": "all", "all": "all"}
    print(title)
    print(f"  {'':<30}" + "".join(f"{label[h]:>17}" for h in cols))
    rows = [("gold / extracted", lambda s: f"{s['gold']} / {s['got']}"),
            ("figures (span) P / R", lambda s: f"{pct(s['matched'], s['got'])} /{pct(s['matched'], s['gold'])}"),
            ("value+unit P / R", lambda s: f"{pct(s['vu'], s['got'])} /{pct(s['vu'], s['gold'])}")]
    rows += [(f"  {k} (of matched)", (lambda k: lambda s: pct(s["f_" + k], s["matched"]))(k))
             for k in GOLD_FIELDS]
    rows += [("every field, of matched", lambda s: pct(s["every"], s["matched"])),
             ("every field, of gold", lambda s: pct(s["every"], s["gold"])),
             ("every field, mean of stories", lambda s: pct(s["story_every"], s["stories"]))]
    for name, fn in rows:
        print(f"  {name:<30}" + "".join(f"{fn(stats[h]):>17}" for h in cols))


def gold_main(argv):
    import argparse
    ap = argparse.ArgumentParser(prog="score.py gold")
    ap.add_argument("name")
    ap.add_argument("gold")
    ap.add_argument("dir", help="where the gold's story files are")
    ap.add_argument("--claims", help="extract output to score (else run --tradestat)")
    ap.add_argument("--tradestat")
    ap.add_argument("--dates", help="passed to extract --dates")
    ap.add_argument("--details", action="store_true",
                    help="the wrong fields, misses and extras of the dev half (and of stories with no half)")
    ap.add_argument("--details-test", action="store_true",
                    help="the same for the test half: only when the tuning is over")
    a = ap.parse_args(argv)
    gold = read_gold(a.gold, a.dir)
    if a.claims:
        with open(a.claims, newline="", encoding="utf-8") as f:
            claims = list(csv.DictReader(f))
    elif a.tradestat:
        files = sorted({g["file"] for g in gold})
        cmd = [a.tradestat, "extract"] + (["--dates", a.dates] if a.dates else [])
        r = subprocess.run(cmd + [os.path.join(a.dir, f) for f in files],
                           stdout=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit(f"score.py gold: {a.tradestat} extract exited {r.returncode}")
        claims = list(csv.DictReader(r.stdout.splitlines()))
    else:
        ap.error("give --claims or --tradestat")
    stats, problems = score_gold(gold, claims)
    gold_table(f"(d) {a.name}: {a.gold} ({len({g['file'] for g in gold})} stories), "
               "every field per half", stats)
    show = {"dev", ""} if a.details else set()
    if a.details_test:
        show.add("test")
    for h, p in problems:
        if h in show:
            print(f"    [{h or 'all'}] {p}")

if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "seeds":
        seeds(sys.argv[2], sys.argv[3])
    elif cmd == "rt":
        rt(sys.argv[2], sys.argv[3])
    elif cmd == "reuters":
        reuters(sys.argv[2], sys.argv[3], sys.argv[4] or None, sys.argv[5])
    elif cmd == "gold":
        gold_main(sys.argv[2:])
    elif cmd == "draw":
        draw(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        sys.exit(f"score.py: unknown suite '{cmd}'")

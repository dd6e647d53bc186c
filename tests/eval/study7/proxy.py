#!/usr/bin/env python3
"""proxy.py - counts, over the free pools, figures whose sentence shows the cue of
a mechanism class while extract's field says the cue was not used. Proxies only:
a hit is a candidate, not a judged error (STUDY7.md gives how many of a sample
were real).

  proxy.py TRADESTAT DIR LIST...
"""
import csv, io, re, subprocess, sys, collections
bin_, d = sys.argv[1], sys.argv[2]
files = [l.strip() for p in sys.argv[3:] for l in open(p) if l.strip()]
CUES = {
  "HEADDIST balance noun before, measure not balance":
     (re.compile(r"\b(deficit|surplus|shortfall)\b[^.;]{0,80}$", re.I), lambda r: r["measure"] not in ("balance", "forecast", "target", "change", "change_yoy", "change_mom", "share")),
  "MOD plan/agreement/limit cue, measure level":
     (re.compile(r"\b(plan|plans|planned|proposal|proposes|proposed|agreement|accord|pact|promised|aims?|goal|limit|quota|calls? for|authori[sz]ed|would|will)\b", re.I), lambda r: r["measure"] == "level"),
  "PERMISS date cue in the sentence, period blank":
     (re.compile(r"\b(today|yesterday|this (week|morning|month)|last (week|summer|winter|spring|autumn)|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in the (past|last) \w+ (days|weeks|months))\b", re.I), lambda r: r["period"] == ""),
  "REPNS market quote (price) with a reporter":
     (re.compile(r""), lambda r: r["measure"] == "price" and r["reporter"] != "" and r["flow"] == ""),
  "AFTER 'to/from COUNTRY' or 'of COMMODITY' after the figure, partner blank on a flow":
     (None, lambda r: r["flow"] in ("export", "import") and r["partner"] in ("", "WORLD")),
}
hits = collections.Counter(); stories = collections.defaultdict(set); total = 0
for f in files:
    path = f"{d}/{f}"
    data = open(path, "rb").read().decode("utf-8", "replace")
    out = subprocess.run([bin_, "extract", path], capture_output=True, check=True).stdout.decode()
    for r in csv.DictReader(io.StringIO(out)):
        if r["kind"] not in ("money", "quantity", "percent"):
            continue
        total += 1
        a, b = int(r["start"]), int(r["end"])
        ss = int(r["sent_start"] or 0); se = int(r["sent_end"] or b)
        before, sent, after = data[ss:a], data[ss:se], data[b:se]
        for name, (rx, bad) in CUES.items():
            if name.startswith("AFTER"):
                ok = re.match(r"[^,.;]{0,40}\b(to|from|with) (the )?[A-Z][a-z]+", after) is not None
            elif name.startswith("HEADDIST"):
                ok = rx.search(before) is not None
            else:
                ok = rx.search(sent) is not None
            if ok and bad(r):
                hits[name] += 1; stories[name].add(f)
print(f"{len(files)} stories, {total} figures")
for name in CUES:
    print(f"  {name}: {hits[name]} figures in {len(stories[name])} stories")

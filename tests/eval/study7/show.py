#!/usr/bin/env python3
"""show.py - prints stories with tradestat extract's figures marked inline, for
judging by reading: [[text | measure dir period flow reporter>partner commodity]].

  show.py TRADESTAT DIR FILE...
"""
import csv, io, subprocess, sys
bin_, d = sys.argv[1], sys.argv[2]
for name in sys.argv[3:]:
    path = f"{d}/{name}"
    data = open(path, "rb").read()
    out = subprocess.run([bin_, "extract", path], capture_output=True, check=True).stdout.decode()
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["kind"] in ("money", "quantity", "percent")]
    rows.sort(key=lambda r: int(r["start"]))
    s, pos = [], 0
    for r in rows:
        a, b = int(r["start"]), int(r["end"])
        if a < pos:
            continue
        s.append(data[pos:a].decode("utf-8", "replace"))
        tag = " ".join(x for x in (r["measure"], r["direction"], r["period"], r["flow"],
                       f"{r['reporter']}>{r['partner']}", r["commodity"], r["status"]) if x)
        s.append(f"[[{data[a:b].decode('utf-8','replace')} | {tag}]]")
        pos = b
    s.append(data[pos:].decode("utf-8", "replace"))
    text = "".join(s)
    text = "\n".join(l for l in text.split("\n") if l.strip())
    print(f"===== {name} ({len(rows)} figures)\n{text}\n")

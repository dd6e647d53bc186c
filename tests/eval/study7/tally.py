#!/usr/bin/env python3
"""tally.py - counts the mechanism classes of classes.txt over the wrong fields
listed by wrong.py: per class, per field, overall, and how many figures would
become every-field right if that class alone were fixed (every wrong field of
the figure in that class).

  tally.py classes.txt WRONG.tsv [WRONG.tsv ...]
"""
import collections, sys
cls = {}
for line in open(sys.argv[1]):
    if line.startswith("#") or not line.strip():
        continue
    f, off, field, c = line.split()
    cls[(f, off, field)] = c
rows = []
for path in sys.argv[2:]:
    for l in open(path):
        f, off, text, field, got, want = l.rstrip("\n").split("\t")
        c = cls.get((f, off, field)) or cls.get((f, off, "*"))
        if c is None:
            sys.exit(f"unclassed: {f} {off} {field}")
        rows.append((f, off, field, c))
fig = collections.defaultdict(set)
for f, off, field, c in rows:
    fig[(f, off)].add(c)
by = collections.Counter(c for *_, c in rows)
fields = sorted({r[2] for r in rows})
per = collections.defaultdict(collections.Counter)
for f, off, field, c in rows:
    per[c][field] += 1
figs = collections.Counter(c for cs in fig.values() for c in cs)
solo = collections.Counter(next(iter(cs)) for cs in fig.values() if len(cs) == 1)
print(f"wrong fields {len(rows)}, wrong figures {len(fig)}")
print(f"| class | wrong fields | figures touched | figures fixed alone | " + " | ".join(fields) + " |")
print("|---|---|---|---|" + "---|" * len(fields))
for c, n in by.most_common():
    print(f"| {c} | {n} | {figs[c]} | {solo[c]} | " + " | ".join(str(per[c][x] or "") for x in fields) + " |")
FAM = {"KIND": "NT MKT REPNS MOD DEAL SHARE", "LINK": "HEADDIST AFTER PARAPHRASE CHG YOY FROMTO",
       "SCOPE": "CARRY OVERCARRY OWNCLAUSE ELLIPSIS LIST TITLE REPDATELINE ATTRIB",
       "PERIOD": "PERMISS PERANCHOR", "CONV": "FISCAL GOLDQ CNAME", "WORDS": "LEX MISS UNIT"}
fam_of = {c: f for f, cs in FAM.items() for c in cs.split()}
print(f"| all | {len(rows)} | {len(fig)} | | " + " | ".join(str(sum(per[c][x] for c in per)) for x in fields) + " |")

print()
print("| family | classes | wrong fields | figures touched | figures fixed alone |")
print("|---|---|---|---|---|")
ffig = collections.defaultdict(set)
for k, cs in fig.items():
    ffig[k] = {fam_of[c] for c in cs}
for f, cs in FAM.items():
    n = sum(by[c] for c in cs.split())
    t = sum(1 for v in ffig.values() if f in v)
    a = sum(1 for v in ffig.values() if v == {f})
    print(f"| {f} | {cs} | {n} | {t} | {a} |")

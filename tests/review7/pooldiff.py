#!/usr/bin/env python3
"""pooldiff.py OLD_BIN NEW_BIN [--show N]: extract the two free pools (free200, free2)
with both binaries and list the figures whose fields differ (added/removed/changed).
Reviewer's tool for issue 13 (review7); not part of make check.
The two pool lists (/work/wt/free200.txt, /work/wt/free2.txt) lived outside the
repository and were not kept: POOLS below no longer exists."""
import csv, io, subprocess, sys

POOLS = ['/work/wt/free200.txt', '/work/wt/free2.txt']
DIR = '/work/shared/eval/reuters21578/'
FIELDS = ['text', 'kind', 'value', 'unit', 'per', 'approx', 'direction', 'measure', 'period',
          'flow', 'reporter', 'partner', 'commodity', 'adjustment', 'price', 'basis', 'status']

def files():
    out = []
    for p in POOLS:
        out += [DIR + l.strip() for l in open(p) if l.strip()]
    return out

def run(binary, fs):
    r = subprocess.run([binary, 'extract'] + fs, capture_output=True, text=True, check=True)
    rows = {}
    for row in csv.DictReader(io.StringIO(r.stdout)):
        if row['kind'] == 'date':
            continue
        rows[(row['file'].split('/')[-1], int(row['start']), int(row['end']))] = row
    return rows

def main():
    old, new = sys.argv[1], sys.argv[2]
    fs = files()
    a, b = run(old, fs), run(new, fs)
    changed = []
    for k in sorted(set(a) | set(b)):
        if k not in a:
            changed.append((k, 'ADDED', {f: ('', b[k][f]) for f in FIELDS if b[k][f]}))
        elif k not in b:
            changed.append((k, 'REMOVED', {f: (a[k][f], '') for f in FIELDS if a[k][f]}))
        else:
            d = {f: (a[k][f], b[k][f]) for f in FIELDS if a[k][f] != b[k][f]}
            if d:
                changed.append((k, 'CHANGED', d))
    stories = sorted({k[0] for k, _, _ in changed})
    print(f'figures changed: {len(changed)} in {len(stories)} stories')
    for k, what, d in changed:
        txt = (b.get(k) or a.get(k))['text']
        print(f'{k[0]}:{k[1]}-{k[2]} {txt!r} {what} ' +
              ' '.join(f'{f}:{o!r}->{n!r}' for f, (o, n) in d.items() if f != 'text'))

if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""check.py [COMMIT...] (HEADS=1: base dbf1d56 against the branch head instead; MERGED=BIN: against BIN): run review7's sentences (cases.py) through each commit's
binary and its parent's, and count per commit the cases the commit gets right that
the parent did not (gained) and the ones it now gets wrong (lost).

Binaries: BIN_DIR/<short sha> (built by build.sh); the parent of a branch's first
commit is main (src identical to dbf1d56: /work/wt/before/tradestat-dbf1d56).
Reviewer's tool for issue 13 (review7); not part of make check."""
import csv, io, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES

BIN_DIR = os.environ.get('BIN_DIR', '/tmp/r7/bin')
BASE = '/work/wt/before/tradestat-dbf1d56'
START = 'dbf1d56'   # main when the parser branches were made
# the branches' last commits (the branches were merged into main and deleted at ~06:00)
HEADS = {'period7': '8db67ce', 'subject7': '9af07cb', 'flow7': '54e31af',
         'measure7': '6d0f5b1', 'units7': '5761fb5'}
HEAD = 'date: 1987-04-15\nECONOMIC NEWS\n\n'
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def git(*a):
    return subprocess.run(['git', '-C', REPO] + list(a), capture_output=True, text=True,
                          check=True).stdout.strip()

def binary(commit):
    s = git('rev-parse', '--short', commit)
    if subprocess.run(['git', '-C', REPO, 'merge-base', '--is-ancestor', commit,
                       START]).returncode == 0:
        return BASE
    return os.path.join(BIN_DIR, s)

def extract(b, path):
    r = subprocess.run([b, 'extract', path], capture_output=True, text=True)
    return list(csv.DictReader(io.StringIO(r.stdout)))

def ok(want, got):
    if want.startswith('!'):
        return got not in want[1:].split('|')
    if '|' in want:
        return got in want.split('|')
    try:
        return float(want) == float(got)
    except ValueError:
        return want == got

def judge(case, rows, data):
    """(right?, what was got) for every figure the case names."""
    good, seen = True, []
    for fig, want in case['figs']:
        occ = 0
        if '#' in fig:
            fig, occ = fig.rsplit('#', 1)
            occ = int(occ)
        at = -1
        for _ in range(occ + 1):
            at = data.find(fig.encode(), at + 1)
        if at < 0:
            raise SystemExit(f"{case['id']}: {fig!r} not in text")
        hit = [r for r in rows if r['kind'] != 'date' and
               int(r['start']) < at + len(fig.encode()) and int(r['end']) > at]
        if want.get('absent'):
            good &= not hit
            seen.append(f"{fig}: {'absent' if not hit else hit[0]['text'] + ' ' + hit[0]['kind']}")
            continue
        if not hit:
            good = False
            seen.append(f'{fig}: MISSING')
            continue
        r = hit[0]
        bad = {f: r.get(f, '') for f, w in want.items() if not ok(w, r.get(f, ''))}
        good &= not bad
        seen.append(f"{fig}: " + ' '.join(f'{f}={r.get(f, "")!r}' for f in want))
    return good, seen

def main():
    commits = sys.argv[1:] or sorted({c['commit'] for c in CASES}, key=lambda c: [x['commit'] for x in CASES].index(c))
    verbose = os.environ.get('VERBOSE')
    tmp = tempfile.mkdtemp(prefix='review7_')
    print('commit   cases pos_gained/pos neg_kept/neg lost  (parent -> commit)')
    for c in commits:
        full = git('rev-parse', c)
        parent = binary(full + '^')
        new = binary(full)
        if os.environ.get('HEADS'):   # base dbf1d56 against the branch's newest commit
            br = [b for b, h in HEADS.items()
                  if subprocess.run(['git', '-C', REPO, 'merge-base', '--is-ancestor', full,
                                     h]).returncode == 0][0]
            parent, new = BASE, binary(HEADS[br])
        if os.environ.get('MERGED'):  # base dbf1d56 against a build of merged main
            parent, new = BASE, os.environ['MERGED']
        if not (os.access(parent, os.X_OK) and os.access(new, os.X_OK)):
            print(f'{c[:7]}  not built (run build.sh)')
            continue
        cs = [x for x in CASES if full.startswith(x['commit']) or x['commit'] == c]
        gained = lost = pos_right = neg_kept = 0
        npos = sum(1 for x in cs if x['kind'] == 'pos')
        for x in cs:
            path = os.path.join(tmp, x['id'] + '.txt')
            data = (x.get('head', HEAD) + x['text'] + '\n').encode()
            open(path, 'wb').write(data)
            a, sa = judge(x, extract(parent, path), data)
            b, sb = judge(x, extract(new, path), data)
            gained += b and not a
            lost += a and not b
            pos_right += x['kind'] == 'pos' and b and not a
            neg_kept += x['kind'] == 'neg' and b
            mark = '+' if b and not a else '-' if a and not b else '=' if b else 'x'
            if verbose:
                print(f"  {mark} {x['id']} ({x['kind']})\n      parent: {'; '.join(sa)}\n      commit: {'; '.join(sb)}")
        print(f"{c[:7]}  {len(cs)}  {pos_right}/{npos}  {neg_kept}/{len(cs) - npos}  lost {lost}")

if __name__ == '__main__':
    main()

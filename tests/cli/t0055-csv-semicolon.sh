# Issue 11, item 11: CSV opened with ';' (much of Europe) or TAB as separator.
# A spreadsheet then starts a new cell at each ';' or TAB inside a field (a
# quote only counts at the start of a cell), so `;=1+1;` inside a sentence or
# a file name became a formula cell. Every formula start after ';', TAB, CR or
# LF gets an apostrophe too; checked here through export claims and findings
# of hostile articles, read as each separator would split them.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
mkdir art
printf 'BEIJING, Sept 7 (Reuters) - China;=1+1; imports from Russia;@SUM(A1) were $11.2 billion in August;+cmd|x!A0, customs data showed.\n' \
	> 'art/a;=HYPERLINK("x.invalid");b.txt'
printf 'BEIJING, Sept 8 (Reuters) - China\t=1+1\timports from Russia were $12.9 billion in August; -2+3 said one; "=1+1" said another.\n' \
	> "art/b	=1+1.txt"
printf 'MOSCOW, Sept 9 (Reuters) - Russia exports to China;\n=1+1 were $13.5 billion in August.\n' > art/c.txt
ts ingest --date 2023-09-10 art/* 2>/dev/null
ts validate > /dev/null 2>&1 || true
ts export claims -o claims.csv
ts export findings -o findings.csv
[ "$(grep -c . findings.csv)" -gt 1 ] || fail "no findings to check"
python3 - <<'P' || fail "a cell would run as a formula"
import csv
bad = 0
cells = 0
for name in ("claims.csv", "findings.csv"):
    raw = open(name, encoding="utf-8", newline="").read()
    # Each separator as a spreadsheet would use it; for ';' and TAB the lines
    # are split first, as an importer that does not honour quotes mid-cell
    # ends a row at every line break.
    for sep in (",", ";", "\t"):
        if sep == ",":
            rows = csv.reader(open(name, encoding="utf-8", newline=""))
        else:
            rows = csv.reader(raw.splitlines(), delimiter=sep)
        for row in rows:
            for c in row:
                cells += 1
                s = c.lstrip(' "')
                if s[:1] in ("=", "+", "-", "@") and s != "-":
                    try:
                        float(s)
                        continue
                    except ValueError:
                        pass
                    bad += 1
                    print(f"{name} sep {sep!r}: formula cell {c[:40]!r}")
print(f"{cells} cells, {bad} could run as formulas")
assert bad == 0
P
# The text is still all there, each formula start behind an apostrophe.
grep -q ";'=1+1;" claims.csv || fail "the sentence is not as written (neutralised)"
grep -q "a;'=HYPERLINK" claims.csv || fail "the file name is not as written (neutralised)"

"""Reads LibreOffice's flat ODS files of tradestat's CSV exports and checks
each cell's type. Exits 1 with one line per problem. Used by check.sh."""
import os
import sys
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
T = "{%s}" % NS["table"]
O = "{%s}" % NS["office"]

NUMERIC = {"value", "start", "end", "other_start", "other_end", "expected", "actual",
           "tolerance", "rel_error", "precision", "previous_value", "change"}
# Identifiers and words tradestat writes: a spreadsheet must keep them as text.
TEXT = {"series", "unit", "doc", "other_doc", "kind", "measure", "rule", "severity",
        "title", "source", "status", "reporter", "partner", "flow", "direction"}
# Text quoted from an article ("3%", "Wednesday, May 22, 2024") is read by any
# spreadsheet as the number or date it is: not checked for type, only for
# formulas and for surviving as written (README, "CSV output").
QUOTED = {"text", "other_text", "sentence", "other_sentence", "message", "pair_text"}
DATES = {"vintage", "published", "superseded"}
problems = []


def cells(row):
    for c in row.iter(T + "table-cell"):
        n = int(c.get(T + "number-columns-repeated", "1"))
        for _ in range(min(n, 64)):
            yield c


def text_of(c):
    return "\n".join("".join(p.itertext()) for p in c.findall("text:p", NS))


def check(path):
    name = os.path.basename(path)
    doc = ET.parse(path)
    if any(c.get(T + "formula") for c in doc.iter(T + "table-cell")):
        problems.append(f"{name}: a cell holds a formula")
    rows = list(doc.iter(T + "table-row"))
    header = [text_of(c) for c in cells(rows[0])]
    wide = header and header[0] == "period" and "series" not in header
    seen = {"float": 0, "string": 0, "date": 0}
    for r, row in enumerate(rows[1:], start=2):
        for col, c in zip(header, cells(row)):
            kind = c.get(O + "value-type")
            txt = text_of(c)
            if kind is None and txt == "":
                continue
            seen[kind] = seen.get(kind, 0) + 1
            numeric = col in NUMERIC or (wide and col != "period")
            if numeric and kind != "float":
                problems.append(f"{name}:{r}: column {col} holds {kind} '{txt}', not a number")
            if col in TEXT and kind != "string":
                problems.append(f"{name}:{r}: column {col} holds {kind} '{txt}', not text")
            if col == "period":
                # Years, quarters and months stay text ("2023-08"); a day is a date.
                iso = c.get(O + "date-value", "")
                if kind == "date" and len(iso) < 10:
                    problems.append(f"{name}:{r}: period '{txt}' became a date")
                if kind not in ("string", "date"):
                    problems.append(f"{name}:{r}: period '{txt}' became a {kind}")
            if col in DATES and kind != "date":
                problems.append(f"{name}:{r}: column {col} holds {kind} '{txt}', not a date")
            if kind == "string" and txt[:1] in "=+-@\t\r\n" and txt != "-" and not txt.startswith("'"):
                problems.append(f"{name}:{r}: text '{txt[:30]}' could run as a formula")
    return seen


def formulas_only(d):
    """A file opened with another separator: its cells are pieces of ours, so
    only this is checked: no formula, no text that would run as one."""
    files = sorted(f for f in os.listdir(d) if f.endswith(".fods"))
    if len(files) < 2:
        problems.append(f"LibreOffice did not convert: {files}")
    for f in files:
        doc = ET.parse(os.path.join(d, f))
        n = 0
        for c in doc.iter(T + "table-cell"):
            n += 1
            if c.get(T + "formula"):
                problems.append(f"{f}: a cell holds a formula {c.get(T + 'formula')[:40]!r}")
            txt = text_of(c).lstrip(' "')
            if c.get(O + "value-type") == "string" and txt[:1] in "=+-@" and txt != "-":
                problems.append(f"{f}: text '{txt[:30]}' could run as a formula")
        print(f"{d}/{f}: {n} cells")
    for p in problems:
        print("FAIL", p)
    print(f"spreadsheet check ({os.path.basename(d)}): {len(files)} files, {len(problems)} problems")
    sys.exit(1 if problems else 0)


def typed(d):
    """Every file of d checked for cell types (the report's CSVs as a
    locale with a decimal comma opened them)."""
    files = sorted(f for f in os.listdir(d) if f.endswith(".fods"))
    if len(files) < 5:
        problems.append(f"LibreOffice did not convert: {files}")
    for f in files:
        seen = check(os.path.join(d, f))
        print(f"{os.path.basename(d)}/{f}: {seen.get('float', 0)} numbers, "
              f"{seen.get('string', 0)} text, {seen.get('date', 0)} dates")
        if f.startswith("series") and not seen.get("float"):
            problems.append(f"{f}: no cell read as a number")
    for p in problems:
        print("FAIL", p)
    print(f"spreadsheet check ({os.path.basename(d)}): {len(files)} files, {len(problems)} problems")
    sys.exit(1 if problems else 0)


def main():
    if sys.argv[1] == "--formulas-only":
        formulas_only(sys.argv[2])
    if sys.argv[1] == "--typed":
        typed(sys.argv[2])
    d = sys.argv[1]
    files = sorted(f for f in os.listdir(d) if f.endswith(".fods"))
    want = {"claims.fods", "findings.fods", "series.fods", "series_wide.fods",
            "series_bom.fods", "revisions.fods"}
    missing = want - set(files)
    if missing:
        problems.append(f"LibreOffice did not convert: {sorted(missing)}")
    texts = {}
    for f in files:
        seen = check(os.path.join(d, f))
        texts[f] = ET.tostring(ET.parse(os.path.join(d, f)).getroot(), encoding="unicode")
        print(f"{f}: {seen.get('float', 0)} numbers, {seen.get('string', 0)} text, "
              f"{seen.get('date', 0)} dates")
    claims = texts.get("claims.fods", "")
    for s in ("Москва", "€5 billion", "“up”", "nation’s seafood"):
        if s not in claims:
            problems.append(f"claims: non-ASCII text '{s}' did not survive")
    for s in ("'=HYPERLINK", "'@SUM", "'+cmd"):
        if s not in claims:
            problems.append(f"claims: hostile text '{s}' is not shown neutralised")
    bom = texts.get("series_bom.fods", "")
    if bom and ">series<" not in bom.replace("\n", "").replace(" ", ""):
        problems.append("series_bom: the BOM ended up in the first header cell")
    for p in problems:
        print("FAIL", p)
    print(f"spreadsheet check: {len(files)} files opened in LibreOffice Calc, "
          f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


main()

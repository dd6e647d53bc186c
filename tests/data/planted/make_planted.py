#!/usr/bin/env python3
"""make_planted.py - writes the planted contradictions of issue 16: doctored
copies of real stories (Reuters-21578, copied unmodified into orig/) and of the
seed articles (data/articles/), each with one manifest row naming the rule and
the severity `validate` must give it.

Usage (from the repository top): python3 tests/data/planted/make_planted.py
Writes tests/data/planted/cases/*.txt, manifest.csv and dates.csv; the outputs
are committed, so `make test` never runs this and never reads ../shared.

Invariants:
 1. Every edit replaces text that occurs exactly once in its source, else the
    script stops: a doctored copy differs from its source only where stated.
 2. A case is on the same basis as what it contradicts: same subject, period
    and measure, changed only in the figure (or a weekday, or the source
    named), or, for mirror cases, a sentence added giving the other side.
 3. manifest.csv columns: case, file, rule, severity (what the case must get
    once the parser records where a subject came from: issue 15's `meaning`),
    on_main (what it must get from a parser that records no sources: no
    error is allowed then, DESIGN; "-" when the case cannot be seen without
    the parser's new fields), needs (the parser fields the case depends on),
    text (the mention the finding names, in this file, newlines as spaces),
    source, change.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SEEDS = os.path.join(TOP, "data", "articles")
SEED_DATES = {
    "000": ("000_adc059eea9562a75.txt", "2023-09-20"),
    "001": ("001_599f679c58c850b0.txt", "2024-05-22"),
    "002": ("002_ff16850e60723b87.txt", "2023-09-19"),
    "003": ("003_27848471094c3bd4.txt", "2023-11-07"),
    "004": ("004_7a0c0015e76c3599.txt", "2023-09-19"),
}

# (case, source, edits, rule, severity, on_main, needs, text, change)
# source: "reuters_NNNN" (orig/) or a seed number "000".."004".
SRC = "sources"
CASES = [
    # --- agreement: one figure changed; the same story's original disagrees.
    ("a01", "reuters_12457", [("51.5 billion dlr surplus", "53.5 billion dlr surplus")],
     "agreement", "warning", "warning", "", "53.5 billion dlr",
     "Japan's 1986 surplus with the U.S. 51.5 -> 53.5 bn (+3.9%)"),
    ("a02", "reuters_8132", [("Rose to 13.6 billion dlrs", "Rose to 14.1 billion dlrs")],
     "agreement", "warning", "warning", "", "14.1 billion dlrs",
     "Taiwan's 1986 surplus with the U.S. 13.6 -> 14.1 bn (+3.7%)"),
    ("a03", "reuters_6976", [("fell to 6.33\nbillion dlrs", "fell to 6.53\nbillion dlrs")],
     "agreement", "warning", "warning", "", "6.53 billion dlrs",
     "Taiwan's 1986 exports to China via Hong Kong 6.33 -> 6.53 bn (+3.2%)"),
    # a04 was 1986's 7.1 -> 7.4 bn; the U.S. deficit with Korea in 7135 is
    # 7.1 bn too, so the archive itself now explains 7.1 against 7.4 as a
    # mirror gap (check/explain.c): not a contradiction on the same basis.
    ("a04", "reuters_11209", [("from 4.3 billion in 1985", "from 4.6 billion in 1985")],
     "agreement", "warning", "warning", "", "4.6 billion",
     "South Korea's 1985 surplus with the U.S. 4.3 -> 4.6 bn (+7.0%)"),
    ("a05", "reuters_17256", [("record 58.6 billion dlrs", "record 60.6 billion dlrs")],
     "agreement", "warning", "warning", "", "60.6 billion dlrs",
     "Japan's 1986 surplus with the U.S. 58.6 -> 60.6 bn (+3.4%)"),
    ("a06", "reuters_17256", [("record 58.6 billion dlrs", "record 68.6 billion dlrs")],
     "agreement", "error", "warning", SRC, "68.6 billion dlrs",
     "Japan's 1986 surplus with the U.S. 58.6 -> 68.6 bn (+17%)"),
    ("a07", "reuters_19918", [("to 2.3 billion in 1986", "to 2.5 billion in 1986")],
     "agreement", "warning", "warning", "", "2.5 billion",
     "Israel's 1986 exports to the U.S., second mention, 2.3 -> 2.5 bn (+8.7%)"),
    ("a08", "reuters_19918", [("to 2.3 billion in 1986", "to 2.9 billion in 1986")],
     "agreement", "error", "warning", SRC, "2.9 billion",
     "Israel's 1986 exports to the U.S., second mention, 2.3 -> 2.9 bn (+26%)"),
    ("a09", "reuters_354", [("hit 13.6\nbillion dlrs", "hit 13.9\nbillion dlrs")],
     "agreement", "warning", "warning", "", "13.9 billion dlrs",
     "Taiwan's 1986 surplus with the U.S. 13.6 -> 13.9 bn (+2.2%)"),
    ("a10", "reuters_5183", [("record 13.6 billion U.S. Dlrs in 1986",
                              "record 16.1 billion U.S. Dlrs in 1986")],
     "agreement", "error", "warning", SRC, "16.1 billion U.S. Dlrs",
     "Taiwan's 1986 surplus with the U.S. 13.6 -> 16.1 bn (+18%)"),
    # --- official: the seeds' $11.5 billion (CN.IMP.RU 2023-08) changed.
    ("o01", "002", [("to $11.5 billion", "to $11.9 billion")],
     "official", "warning", "warning", "", "$11.9 billion",
     "China's August 2023 imports from Russia 11.5 -> 11.9 bn (+3.5%)"),
    ("o02", "000", [("to $11.5 billion", "to $13.5 billion")],
     "official", "error", "warning", SRC, "$13.5 billion",
     "China's August 2023 imports from Russia 11.5 -> 13.5 bn (+17%)"),
    ("o03", "003", [("reaching $11.5 billion", "reaching $10.9 billion")],
     "official", "warning", "warning", "", "$10.9 billion",
     "China's August 2023 imports from Russia 11.5 -> 10.9 bn (-5.2%)"),
    ("o04", "001", [("reaching $11.5 billion", "reaching $9.9 billion")],
     "official", "error", "warning", SRC, "$9.9 billion",
     "China's August 2023 imports from Russia 11.5 -> 9.9 bn (-14%)"),
    ("o05", "004", [("reaching $11.5 billion", "reaching $12.1 billion")],
     "official", "warning", "warning", "", "$12.1 billion",
     "China's August 2023 imports from Russia 11.5 -> 12.1 bn (+5.2%)"),
    # --- growth: the year-on-year or July change changed (the series says +2.7%, -8.2%).
    # An error needs every compared field stated (the growth rule caps by the
    # claim's sources as official does): g03's sentence ("a reversal from the
    # 18% decline seen in July") takes China and imports from the sentence
    # before, so it is a warning.
    ("g01", "002", [("rose 3% from", "rose 9% from")],
     "growth", "error", "warning", SRC, "9%", "August 2023 +3% y/y -> +9%"),
    ("g02", "000", [("rose 3 percent", "rose 13 percent")],
     "growth", "error", "warning", SRC, "13 percent", "August 2023 +3% y/y -> +13%"),
    ("g03", "001", [("the 8% decline", "the 18% decline")],
     "growth", "warning", "warning", "", "18%",
     "July 2023 -8% y/y -> -18% (reporter and flow inferred from the sentence before)"),
    ("g04", "003", [("increased by 3% compared", "increased by 7% compared")],
     "growth", "error", "warning", SRC, "7%", "August 2023 +3% y/y -> +7%"),
    # --- attribution: the customs figure credited to the statistics bureau.
    ("t01", "002", [("the latest Chinese customs data show",
                     "China's State Bureau of Statistics reported")],
     "attribution", "warning", "warning", "", "$11.5 billion",
     "'Chinese customs data' -> 'China's State Bureau of Statistics'"),
    ("t02", "000", [("according to the latest Chinese customs data",
                     "according to China's State Bureau of Statistics")],
     "attribution", "warning", "warning", "", "$11.5 billion",
     "'Chinese customs data' -> 'China's State Bureau of Statistics'"),
    # --- calendar: a weekday that does not fit the date.
    # An error needs the year written (the calendar rule takes a missing
    # year from the article's date): c01 writes it, c02 does not.
    ("c01", "004", [("On Tuesday, September 19", "On Monday, September 19, 2023")],
     "calendar", "error", "error", "", "Monday, September 19, 2023",
     "2023-09-19 was a Tuesday, not a Monday (the year written)"),
    ("c02", "000", [("on Wednesday (September 20)", "on Thursday (September 20)")],
     "calendar", "warning", "warning", "", "Thursday (September 20)",
     "2023-09-20 was a Wednesday, not a Thursday (the year from the article's date)"),
    # --- mirror: the other side of a bilateral flow, beyond the +/-10% band.
    ("m01", "reuters_7135", [("grew to 7.1 billion from 4.8 billion",
                              "grew to 9.1 billion from 4.8 billion")],
     "mirror", "warning", "warning", "", "9.1 billion",
     "U.S. 1986 deficit with South Korea 7.1 -> 9.1 bn, against Korea's surplus "
     "of 7.1 bn (11209): ratio 1.28"),
    ("m02", "reuters_19918", [("Yaacobi said export growth",
                               "U.S. imports from Israel were 2.7 billion dlrs in 1986, "
                               "U.S. figures show.\n    Yaacobi said export growth")],
     "mirror", "warning", "warning", "", "2.7 billion dlrs",
     "sentence added: U.S. 1986 imports from Israel 2.7 bn, against Israel's exports "
     "to the U.S. of 2.3 bn: ratio 1.17 (not 2.9 bn, a08's doctored Israeli figure: "
     "a match would make a08 the U.S. figure told as Israel's, a mirror gap)"),
    ("m03", "reuters_19918", [("Yaacobi said export growth",
                               "U.S. exports to Israel were 2.4 billion dlrs in 1986, "
                               "U.S. figures show.\n    Yaacobi said export growth")],
     "mirror", "warning", "warning", "", "2.4 billion dlrs",
     "sentence added: U.S. 1986 exports to Israel 2.4 bn, against Israel's imports "
     "from the U.S. of 1.8 bn: ratio 1.33"),
    ("m04", "reuters_17256", [("    Nakasone told reporters",
                               "    The U.S. trade deficit with Japan was 66.5 billion dlrs "
                               "in 1986, U.S. figures show.\n    Nakasone told reporters")],
     "mirror", "warning", "warning", "", "66.5 billion dlrs",
     "sentence added: U.S. 1986 deficit with Japan 66.5 bn, against Japan's surplus "
     "with the U.S. of 58.6 bn: ratio 1.13"),
    ("m05", "reuters_5183", [("    Washington signed",
                              "    The U.S. trade deficit with Taiwan was 16.6 billion dlrs "
                              "in 1986, U.S. figures show.\n    Washington signed")],
     "mirror", "warning", "warning", "", "16.6 billion dlrs",
     "sentence added: U.S. 1986 deficit with Taiwan 16.6 bn, against Taiwan's surplus "
     "with the U.S. of 13.6 bn: ratio 1.22"),
    # --- balance: exports and imports added that do not make the balance.
    ("b01", "reuters_17256", [("    Nakasone told reporters",
                               "    Japan's exports to the United States were 78.5 billion dlrs "
                               "in 1986 and Japan's imports from the United States were 26.9 "
                               "billion dlrs in 1986.\n    Nakasone told reporters")],
     "balance", "error", "warning", SRC, "58.6 billion dlrs",
     "sentence added: Japan's 1986 exports to the U.S. 78.5 bn and imports 26.9 bn, "
     "against its surplus with the U.S. of 58.6 bn: 78.5 - 26.9 = 51.6 (+13.6%)"),
    ("b02", "reuters_11209", [("billion dlrs last year from 4.3 billion in 1985.\n",
                               "billion dlrs last year from 4.3 billion in 1985.\n"
                               "    South Korea's exports to the U.S. Were 6.3 billion dlrs in "
                               "1986 and South Korea's imports from the U.S. Were 13.4 billion "
                               "dlrs in 1986.\n")],
     "balance", "error", "warning", SRC, "7.1 billion dlrs",
     "sentence added, exports and imports swapped: 6.3 - 13.4 = -7.1 bn, a deficit, "
     "against the surplus of 7.1 bn stated: a sign error"),
    # --- revision: a Commerce story made to quote a revision of IMPCH 2016-12
    # (39381.8 M in the vintage of 2017-03-03, 39364.457545 M in that of
    # 2019-05-10; the article is dated 2019-06-04).
    ("r01", "reuters_16871", [("date: 1987-04-17", "date: 2019-06-04"),
                              ("    The 15.1 billion dlr February trade deficit compared with a\n"
                               "revised January deficit of 12.3 billion dlrs.",
                               "    U.S. imports from China in December 2016 were revised to "
                               "39.36 billion dlrs from a previously published 39.58 billion "
                               "dlrs.")],
     "revision", "warning", "-", "status", "39.58 billion dlrs",
     "previously published 39.58 bn; the vintage of 2017-03-03 had 39.38 (+0.5%)"),
    ("r02", "reuters_16871", [("date: 1987-04-17", "date: 2019-06-04"),
                              ("    The 15.1 billion dlr February trade deficit compared with a\n"
                               "revised January deficit of 12.3 billion dlrs.",
                               "    U.S. imports from China in December 2016 were revised to "
                               "39.36 billion dlrs from a previously published 44.38 billion "
                               "dlrs.")],
     "revision", "error", "-", "status " + SRC, "44.38 billion dlrs",
     "previously published 44.38 bn; the vintage of 2017-03-03 had 39.38 (+12.7%)"),
    ("r03", "reuters_16871", [("date: 1987-04-17", "date: 2019-06-04"),
                              ("    The 15.1 billion dlr February trade deficit compared with a\n"
                               "revised January deficit of 12.3 billion dlrs.",
                               "    U.S. imports from China in December 2016 were revised to "
                               "38.36 billion dlrs from a previously published 39.38 billion "
                               "dlrs.")],
     "revision", "warning", "-", "status", "38.36 billion dlrs",
     "revised to 38.36 bn; the vintage of 2019-05-10 has 39.36 (-2.5%)"),
    ("r04", "reuters_16871", [("date: 1987-04-17", "date: 2019-06-04"),
                              ("    The 15.1 billion dlr February trade deficit compared with a\n"
                               "revised January deficit of 12.3 billion dlrs.",
                               "    U.S. imports from China in December 2016 were revised to "
                               "35.36 billion dlrs from a previously published 39.38 billion "
                               "dlrs.")],
     "revision", "error", "-", "status " + SRC, "35.36 billion dlrs",
     "revised to 35.36 bn; the vintage of 2019-05-10 has 39.36 (-10.2%)"),
    # --- source (claim.source): Thailand's first-quarter exports, 60.6 bn baht
    # from the Commerce Ministry's Business Economics Department (14832).
    # The same agency named on both sides stays a warning (s02, s03); a
    # source named on one side only changes nothing (s04); two different
    # agencies of Thailand are two compilations, at most info (s01).
    ("s01", "reuters_14832", [("the Business Economics Department said",
                               "the Bank of Thailand said"),
                              ("expanded to 60.6\nbillion", "expanded to 63.2\nbillion")],
     "agreement", "info", "-", "source", "63.2 billion baht",
     "the lead credited to the Bank of Thailand and 60.6 -> 63.2 bn baht: two "
     "compilations (Bank of Thailand vs Commerce Ministry), info"),
    ("s02", "reuters_14832", [("expanded to 60.6\nbillion", "expanded to 62.4\nbillion")],
     "agreement", "warning", "warning", "", "62.4 billion baht",
     "60.6 -> 62.4 bn baht (+3.0%), the Business Economics Department's on both sides"),
    ("s03", "reuters_14832", [("The department said first quarter exports expanded to 60.6",
                               "The Business Economics Department said first quarter exports "
                               "expanded to 61.8")],
     "agreement", "warning", "warning", "", "61.8 billion baht",
     "60.6 -> 61.8 bn baht (+2.0%), the agency named in the figure's own sentence too"),
    ("s04", "reuters_14832", [("the Business Economics Department said", "officials said"),
                              ("The department said first quarter", "First quarter"),
                              ("expanded to 60.6\nbillion", "expanded to 58.4\nbillion")],
     "agreement", "warning", "warning", "", "58.4 billion baht",
     "60.6 -> 58.4 bn baht (-3.6%), no agency named: one side's source only"),
]

# Copies that state a revision correctly: nothing above info once the parser
# reads the status (agree.csv; the test's "figures that agree" half).
AGREE = [
    ("ok01", "reuters_16871", [("date: 1987-04-17", "date: 2019-06-04"),
                               ("    The 15.1 billion dlr February trade deficit compared with a\n"
                                "revised January deficit of 12.3 billion dlrs.",
                                "    U.S. imports from China in December 2016 were revised to "
                                "39.36 billion dlrs from a previously published 39.38 billion "
                                "dlrs.")],
     "status", "IMPCH 2016-12 revised 39.38 -> 39.36 bn, as the vintages show"),
]


def source_text(src):
    if src.startswith("reuters_"):
        path = os.path.join(HERE, "orig", src + ".txt")
    else:
        path = os.path.join(SEEDS, SEED_DATES[src][0])
    with open(path, encoding="utf-8", newline="") as f:
        return f.read(), os.path.relpath(path, TOP)


def doctor(case, src, edits):
    text, path = source_text(src)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("%s: %r occurs %d times in %s" % (case, old, n, path))
        text = text.replace(old, new)
    name = "%s_%s.txt" % (case, src if src.startswith("reuters_") else "seed" + src)
    with open(os.path.join(HERE, "cases", name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return name, path


def main():
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    dates = []
    with open(os.path.join(HERE, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "file", "rule", "severity", "on_main", "needs", "text",
                    "source", "change"])
        for case, src, edits, rule, sev, on_main, needs, text, change in CASES:
            name, path = doctor(case, src, edits)
            w.writerow([case, name, rule, sev, on_main, needs, text, path, change])
            if not src.startswith("reuters_"):
                dates.append((name, SEED_DATES[src][1]))
    with open(os.path.join(HERE, "agree.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "file", "needs", "source", "change"])
        for case, src, edits, needs, change in AGREE:
            name, path = doctor(case, src, edits)
            w.writerow([case, name, needs, path, change])
    with open(os.path.join(HERE, "dates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "published"])
        w.writerows(dates)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""test_score.py - checks score.py's gold mode on a tiny hand-made gold file
and extract output (run by tests/eval/run.sh, i.e. `make eval`).

Invariants checked:
 1. gold and extracted figures pair one-to-one by overlapping byte spans;
    a pair whose value and unit agree is preferred to a larger overlap;
 2. a missed gold figure lowers recall, an unmatched extracted one precision;
 3. a field is right only when equal (blank gold = blank output); a column
    extract does not print counts as blank; commodity ignores case and a
    plural s; value compares as a number;
 4. every-field counts a figure only when all its fields are right;
 5. halves are scored apart, and bad gold (text not at its span, a story
    split across halves) is refused.
"""
import contextlib
import io
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402
import batches  # noqa: E402

TEXT_A = b"date: 2026-01-10\nExports rose 3 pct to $11.5 billion, potash 9.8 mln tonnes.\n"
TEXT_B = b"date: 2026-01-10\nThe deficit was $2.0 billion.\n"


def g(file, text, kind, value, unit, half, **kw):
    data = TEXT_A if file == "a.txt" else TEXT_B
    start = data.find(text.encode())
    assert start >= 0, text
    row = {k: "" for k in score.EVERY}
    row.update(file=file, start=start, end=start + len(text.encode()), text=text,
               kind=kind, value=value, unit=unit, half=half, where="test")
    row.update(kw)
    return row


def c(file, text, kind, value, unit, **kw):
    row = g(file, text, kind, value, unit, "", **kw)
    row["file"] = "/some/where/" + file
    row["start"], row["end"] = str(row["start"]), str(row["end"])
    for k in ("half", "where"):
        del row[k]
    return row


class GoldScore(unittest.TestCase):
    def setUp(self):
        self.gold = [
            g("a.txt", "3 pct", "percent", "3", "%", "dev", direction="up",
              measure="change", flow="export"),
            g("a.txt", "$11.5 billion", "money", "11500000000", "USD", "dev",
              measure="level", flow="export"),
            g("a.txt", "9.8 mln tonnes", "quantity", "9800000", "t", "dev",
              commodity="potash"),
            g("b.txt", "$2.0 billion", "money", "-2000000000", "USD", "test",
              measure="balance", flow="trade", partner="WORLD"),
        ]

    def test_perfect(self):
        claims = [c(**{k: r[k] for k in ("file", "text", "kind", "value", "unit")},
                    **{k: r[k] for k in score.GOLD_FIELDS}) for r in self.gold]
        st, probs = score.score_gold(self.gold, claims)
        self.assertEqual(st["dev"]["every"], 3)
        self.assertEqual(st["test"]["every"], 1)
        self.assertEqual(probs, [])

    def test_mistakes(self):
        claims = [
            # right but for commodity case/plural (fine) and a missing column
            c("a.txt", "9.8 mln tonnes", "quantity", "9.8e6", "t", commodity="Potashs"),
            # two overlap the gold: "$11.5 billion" read as 11.5 (the larger overlap)
            # and "11.5 billion" read right: the value-right one must be taken
            c("a.txt", "$11.5 billion", "money", "11.5", "USD", measure="level", flow="export"),
            c("a.txt", "11.5 billion", "money", "11500000000", "USD", measure="level"),
            # "3 pct" missed; b: sign wrong and partner blank
            c("b.txt", "$2.0 billion", "money", "2000000000", "USD", measure="balance",
              flow="trade"),
        ]
        for r in claims[:1]:
            del r["measure"]  # a column extract does not print: blank
        st, probs = score.score_gold(self.gold, claims)
        dev, test = st["dev"], st["test"]
        self.assertEqual((dev["gold"], dev["got"], dev["matched"], dev["vu"]), (3, 3, 2, 2))
        self.assertEqual(dev["f_commodity"], 2)
        self.assertEqual(dev["f_flow"], 1)        # $11.5 billion lacks flow export
        self.assertEqual(dev["every"], 1)         # only the potash figure
        self.assertEqual((test["matched"], test["vu"], test["f_partner"], test["every"]),
                         (1, 0, 0, 0))
        # story-weighted: a.txt has 1 of its 3 figures right, b.txt 0 of 1
        self.assertEqual((dev["stories"], test["stories"]), (1, 1))
        self.assertAlmostEqual(dev["story_every"], 1 / 3)
        self.assertAlmostEqual(test["story_every"], 0.0)
        text = "\n".join(p for _, p in probs)
        self.assertIn("'3 pct' missed", text)
        self.assertIn("'$11.5 billion' extra (11.5 USD)", text)
        self.assertIn("flow: got '', want 'export'", text)
        self.assertIn("value: got '2000000000', want '-2000000000'", text)

    def test_bad_gold(self):
        with tempfile.TemporaryDirectory() as d:
            for name, data in (("a.txt", TEXT_A), ("b.txt", TEXT_B)):
                with open(os.path.join(d, name), "wb") as f:
                    f.write(data)
            path = os.path.join(d, "gold.csv")
            head = "file,start,end,text,kind,value,unit,half\n"
            with open(path, "w") as f:
                f.write(head + "a.txt,31,36,3 pct,percent,3,%,dev\n")
            with self.assertRaises(SystemExit) as e:
                score.read_gold(path, d)
            self.assertIn("gold.csv:2", str(e.exception))
            s = TEXT_A.find(b"3 pct")
            with open(path, "w") as f:
                f.write(head + f"a.txt,{s},{s + 5},3 pct,percent,3,%,dev\n"
                        f"a.txt,{s},{s + 5},3 pct,percent,3,%,test\n")
            with self.assertRaises(SystemExit) as e:
                score.read_gold(path, d)
            self.assertIn("split across halves", str(e.exception))
            with open(path, "w") as f:
                f.write(head + f"a.txt,{s},{s + 5},3 pct,percent,3,%,dev\n")
            self.assertEqual(len(score.read_gold(path, d)), 1)

    def test_table_hides_test_details(self):
        claims = []
        st, probs = score.score_gold(self.gold, claims)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            score.gold_table("t", st)
        lines = out.getvalue().splitlines()
        self.assertIn("dev", lines[1])
        self.assertIn("test", lines[1])
        self.assertTrue(any(l.strip().startswith("figures (span)") and "0.0%" in l
                            for l in lines))
        self.assertEqual({h for h, _ in probs}, {"dev", "test"})


class Batches(unittest.TestCase):
    """batches.py: which annotation batch a story or text belongs to."""

    def test_reuters_batch_bounds(self):
        self.assertEqual(batches.reuters_batch(0), "old")
        self.assertEqual(batches.reuters_batch(219), "old")
        self.assertEqual(batches.reuters_batch(220), "fresh7")
        self.assertEqual(batches.reuters_batch(259), "fresh7")
        self.assertEqual(batches.reuters_batch(260), "fresh9")
        self.assertEqual(batches.reuters_batch(299), "fresh9")
        self.assertEqual(batches.reuters_batch(300), "fresh10")
        self.assertEqual(batches.reuters_batch(319), "fresh10")
        self.assertEqual(batches.POOL_FROM, 320)
        self.assertIsNone(batches.reuters_batch(batches.POOL_FROM))
        self.assertIsNone(batches.reuters_batch(-1))

    def test_styles_batch_by_suffix(self):
        self.assertEqual(batches.styles_batch("us_release_01.txt"), "old")
        self.assertEqual(batches.styles_batch("eurostat_07.txt"), "fresh7")
        self.assertEqual(batches.styles_batch("india_commerce_09.txt"), "fresh9")
        self.assertIsNone(batches.styles_batch("us_release_10.txt"))

    def test_pair_takes_the_last_pair(self):
        out = "  value+unit P / R  99.3% / 98.6%    82.6% / 78.5%    89.1% /100.0%\n"
        self.assertEqual(batches.pair(out, "value+unit P"), ("89.1%", "100.0%"))
        self.assertEqual(batches.pair(out, "figures"), ("?", "?"))


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""make_eu28.py - writes tests/data/eu28_synthetic.csv: 28 made-up quarterly
series (China's exports to the EU-27 and the UK, 2015-Q1..2024-Q4), a random
walk from a seeded generator. Illustrative only: the test of a crowded chart
(28 series, a long legend), never a statistic. A rerun writes the same file."""
import os
import random

COUNTRIES = [("AT", "Austria"), ("BE", "Belgium"), ("BG", "Bulgaria"), ("HR", "Croatia"),
             ("CY", "Cyprus"), ("CZ", "Czechia"), ("DK", "Denmark"), ("EE", "Estonia"),
             ("FI", "Finland"), ("FR", "France"), ("DE", "Germany"), ("GR", "Greece"),
             ("HU", "Hungary"), ("IE", "Ireland"), ("IT", "Italy"), ("LV", "Latvia"),
             ("LT", "Lithuania"), ("LU", "Luxembourg"), ("MT", "Malta"), ("NL", "Netherlands"),
             ("PL", "Poland"), ("PT", "Portugal"), ("RO", "Romania"), ("SK", "Slovakia"),
             ("SI", "Slovenia"), ("ES", "Spain"), ("SE", "Sweden"), ("GB", "United Kingdom")]


def main():
    random.seed(20261130)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "eu28_synthetic.csv")
    with open(path, "w") as out:
        out.write("series,period,value,unit,title,reporter,partner,flow\n")
        for iso, name in COUNTRIES:
            v = random.uniform(0.3, 25) * 1e9
            for y in range(2015, 2025):
                for q in range(1, 5):
                    v *= 1 + random.gauss(0.012, 0.04)
                    out.write("CN.EXP.%s,%d-Q%d,%.0f,USD,China's exports to %s (synthetic),CN,%s,export\n"
                              % (iso, y, q, v, name, iso))


main()

#!/usr/bin/env python3
"""lexicon_gen.py - builds the lexicon (lexicon.h) from its data: run by make.

    lexicon_gen.py OUT.gperf OUT_WORDS.h ISO_3166-1.json ISO_4217.json DATA.tsv...

Reads Debian's iso-codes JSON (every ISO 3166-1 country: alpha-2, alpha-3,
numeric code, one-word names, and every name, official and common name as a
country name for import; every ISO 4217 code) and the kept supplement
data/lexicon/*.tsv (word <TAB> class [<TAB> value]; "=word" matches only as
written; a countryname's key is folded as fold_name() folds). Writes the
gperf input (the entry table in its C prologue, one key per folded word) and
the W_ constants of every ASCII word. Fails, naming file:line, on an unknown
class, a bad value, two spellings of one word, or two payloads of one field:
a conflict in the data is a build error, never a silent pick.

Invariants:
 1. The output depends only on the input files: keys are sorted, so the same
    data gives the same table and the same W_ constants.
 2. Every currency value is an ISO 4217 code (iso-codes, or a row of class
    withdrawn), every country value an ISO 3166-1 alpha-2 code (or EU, EA,
    WORLD, rows of class iso2), every commodity value a lower-case name of
    at most 23 bytes (struct claim's commodity field).
 3. Entry 0 is no word; W_X is the index of x's entry; every ASCII key
    without a space has a distinct W_ name (a key with a space is a country
    name of several words, which no token is: lexicon.h invariant 5).
 4. fold_name() folds as lexicon.c's lexicon_fold_name(): the C side looks
    up what this side wrote.
 5. Every one-word ISO 3166-1 name (isocountry) is also class country, what
    the parser takes for a country, unless a row of class notcountry names it
    (news writes it for something else: "Georgia" the U.S. state). Such a row
    only tells the generator; it adds no word and no class bit.
"""
import json
import re
import sys

# class -> the payload field its value sets, and how the value is read.
CLASSES = {
    "month": "num", "weekday": None, "number": "num", "scale": "scale",
    "cursign": "cur", "curcode": "cur", "curname": "cur", "curadj": "adj",
    "dlrprefix": "prefix_cur", "curregion": None, "unit": "unit", "tons": None,
    "meters": None, "feet": None, "country": "country", "isocountry": "country",
    "iso2": "country", "iso3": "country", "iso4217": "cur", "withdrawn": None,
    "agency": "country", "up": None, "down": None, "flowimp": None, "flowexp": None,
    "verbimp": None, "verbexp": None, "hedge": None, "abbrev": None,
    "clausestart": None, "continuer": None, "switch": None, "invest": None,
    "capacity": None, "priorfill": None, "balance": None, "notgoods": None,
    "nottrade": None, "target": None, "elision": None, "goods": None,
    "monthprep": None, "baseprep": None, "yearprep": None, "cropprep": None,
    "cropnoun": None, "yearbase": None, "deadline": None, "prior": None,
    "ordinal": "num", "quarter": "num", "commodity": "commodity", "commodmod": None,
    "commodtail": "commodity", "commodmoney": None, "forecast": None, "word": None,
    "fraction": "num", "verbrole": "num",
    "countryname": "country", "countrycode": "country", "m49": "country",
    "sourcename": None,  # its value is the entry's name (the short name)
    "fiscal": "fiscal",  # on an alpha-2 code: month 1..12 its fiscal year starts, S or E
}
MAX = 40  # LEX_MAX
NAME_MAX = 64  # LEX_NAME_MAX
SPELLINGS = 2  # LEX_SPELLINGS


class Entry:
    def __init__(self, key):
        self.key = key
        self.any = set()
        self.exact = {}  # spelling -> its classes
        self.fields = {}  # field -> (value, where)
        self.name = None  # countryname: the first spelling read


entries = {}
iso2 = set()
iso4217 = set()
withdrawn = set()
notcountry = set()	# one-word ISO names not read as a country (invariant 5)
isonames = []		# (name, alpha-2, where) of every one-word ISO name
checks = []  # (where, kind, value): codes checked once everything is read


def die(where, msg):
    sys.exit(f"{where}: {msg}")


def fold(w):
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in w)


def fold_name(w):
    """A country name as lexicon_fold_name() folds it (invariant 4)."""
    k = " ".join(x for x in fold(w).replace(".", "").replace("\t", " ").split(" ") if x)
    return k[4:] if len(k) > 4 and k.startswith("the ") else k


def setfield(e, field, value, where):
    old = e.fields.get(field)
    if old and old[0] != value:
        die(where, f"'{e.key}': {field} is {value!r} here, {old[0]!r} at {old[1]}")
    e.fields[field] = (value, where)


def add(word, cls, value, where):
    exact = word.startswith("=")
    if exact:
        word = word[1:]
    if cls not in CLASSES:
        die(where, f"unknown class '{cls}'")
    if cls == "sourcename":
        if exact:
            die(where, "an agency's name matches in any case: no '='")
        key = fold_name(word)
        if not key or len(key.encode()) > NAME_MAX or not value or len(value.encode()) > 47:
            die(where, f"a name of 1 to {NAME_MAX} bytes and a short name of 1 to 47 expected")
        e = entries.setdefault(key, Entry(key))
        if e.name is not None and e.name != value:
            die(where, f"'{key}': name is {value!r} here, {e.name!r} before")
        e.name = value
        e.any.add(cls)
        return
    if cls == "countryname":
        if exact:
            die(where, "a country name matches in any case: no '='")
        key = fold_name(word)
        if not key or len(key.encode()) > NAME_MAX:
            die(where, f"a name of 1 to {NAME_MAX} bytes expected: '{word}'")
    elif not word or len(word.encode()) > MAX:
        die(where, f"a word of 1 to {MAX} bytes expected: '{word}'")
    else:
        key = fold(word)
    if cls == "m49" and not re.fullmatch(r"0|[1-9][0-9]{0,2}", word):
        die(where, f"a numeric code without leading zeros expected: '{word}'")
    if cls == "iso2":
        iso2.add(word)
    e = entries.setdefault(key, Entry(key))
    if cls == "countryname" and e.name is None:
        e.name = word
    if exact:
        if word not in e.exact and len(e.exact) == SPELLINGS:
            die(where, f"'{word}': more than {SPELLINGS} spellings of '{key}'")
        e.exact.setdefault(word, set()).add(cls)
    else:
        e.any.add(cls)
    field = CLASSES[cls]
    if field is None:
        if value:
            die(where, f"class {cls} takes no value")
        return
    if not value:
        die(where, f"class {cls} needs a value")
    if field in ("num",):
        if not re.fullmatch(r"[0-9]+", value):
            die(where, f"a whole number expected: '{value}'")
        setfield(e, field, int(value), where)
    elif field == "scale":
        setfield(e, field, float(value), where)
    elif field == "cur" or field == "unit":
        name, _, factor = value.partition("*")
        setfield(e, field, name, where)
        setfield(e, field + "_factor", float(factor or "1"), where)
        if field == "cur":
            checks.append((where, "cur", name))
    elif field == "adj":
        stem, _, cur = value.partition(":")
        if not stem or not cur:
            die(where, f"stem:ISO expected: '{value}'")
        setfield(e, "adj_stem", stem, where)
        setfield(e, "adj_cur", cur, where)
        checks.append((where, "cur", cur))
    elif field == "prefix_cur":
        setfield(e, field, value, where)
        checks.append((where, "cur", value))
    elif field == "commodity":
        if not re.fullmatch(r"[a-z][a-z -]*[a-z]", value) or len(value) > 23:
            die(where, f"a commodity name in lower case, at most 23 bytes, expected: '{value}'")
        setfield(e, field, value, where)
    elif field == "country":
        setfield(e, field, value, where)
        checks.append((where, "country", value))
    elif field == "fiscal":
        # "4S": April to March, "fiscal 1987" the one starting in 1987;
        # "10E": October to September, named by the year it ends in; "4":
        # April to March, named only as "1987/88"
        m = re.fullmatch(r"(1[0-2]|[1-9])([SE]?)", value)
        if not m or not exact or word not in iso2:
            die(where, f"'=XX fiscal M[S|E]' on an alpha-2 code expected: '{word}' '{value}'")
        setfield(e, "fiscal_m0", int(m.group(1)), where)
        setfield(e, "fiscal_named", m.group(2), where)
    if cls == "curcode":  # a code the parser accepts is also one in any case
        e.any.add("curcodeany")


CLASSES["curcodeany"] = "cur"


def one_token(name):
    """A name the lexer makes one word of: letters, inner hyphens or apostrophes."""
    return re.fullmatch(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", name) is not None


def read_iso(p3166, p4217):
    with open(p3166, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        where = f"{p3166}:{c['alpha_2']}"
        add("=" + c["alpha_2"], "iso2", c["alpha_2"], where)
        add("=" + c["alpha_3"], "iso3", c["alpha_2"], where)
        add(str(int(c["numeric"])), "m49", c["alpha_2"], where)
        for k in ("name", "common_name"):
            if k in c and one_token(c[k]):
                add("=" + c[k], "isocountry", c["alpha_2"], where)
                isonames.append((c[k], c["alpha_2"], where))
        for k in ("name", "official_name", "common_name"):
            if k in c:
                add(c[k], "countryname", c["alpha_2"], where)
    with open(p4217, encoding="utf-8") as f:
        for c in json.load(f)["4217"]:
            iso4217.add(c["alpha_3"])
            add("=" + c["alpha_3"], "iso4217", c["alpha_3"], f"{p4217}:{c['alpha_3']}")


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or len(cols) > 3:
                die(f"{path}:{n}", "word <TAB> class [<TAB> value] expected")
            if cols[1] == "notcountry":
                if len(cols) != 2:
                    die(f"{path}:{n}", "notcountry takes no value")
                notcountry.add(cols[0].lstrip("="))
                continue
            if cols[1] == "withdrawn":
                withdrawn.add(cols[0].lstrip("="))
            add(cols[0], cols[1], cols[2] if len(cols) == 3 else "", f"{path}:{n}")


def c_str(s):
    if s is None:
        return "NULL"
    out = '"'
    for b in s.encode():
        if b in (0x22, 0x5C):
            out += "\\" + chr(b)
        elif 0x20 <= b < 0x7F:
            out += chr(b)
        else:
            out += "\\%03o" % b
    return out + '"'


def c_bits(classes):
    return " | ".join("CLS_" + c.upper() for c in sorted(classes) if c != "word") or "0"


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    out_gperf, out_words = sys.argv[1], sys.argv[2]
    read_iso(sys.argv[3], sys.argv[4])
    for p in sys.argv[5:]:
        read_tsv(p)
    # Invariant 5: what the parser reads as a country, of the ISO names.
    for name, alpha2, where in isonames:
        if name not in notcountry:
            add("=" + name, "country", alpha2, where)
    for name in sorted(notcountry - {n for n, _, _ in isonames}):
        die("data/lexicon", f"notcountry '{name}' is no one-word ISO 3166-1 name")
    # "twenty-five": a ten, a hyphen and a unit, as units_number_word() read them.
    tens = {e.fields["num"][0]: k for k, e in entries.items()
            if "number" in e.any and e.fields["num"][0] % 10 == 0 and e.fields["num"][0] >= 20}
    ones = {e.fields["num"][0]: k for k, e in entries.items()
            if "number" in e.any and e.fields["num"][0] <= 9}
    for t, tw in tens.items():
        for u, uw in ones.items():
            add(f"{tw}-{uw}", "number", str(t + u), "generated")
    for where, kind, v in checks:
        if kind == "cur" and v not in iso4217 and v not in withdrawn:
            die(where, f"'{v}' is not an ISO 4217 code (nor listed as withdrawn)")
        if kind == "country" and v not in iso2:
            die(where, f"'{v}' is not an ISO 3166-1 alpha-2 code (nor EU, EA, WORLD)")
    for k, e in entries.items():
        if any("country" in c for c in e.exact.values()) and (k.endswith("'s") or k.endswith("\u2019s")):
            die("data", f"'{k}': a country key may not end in 's (the lexer strips it)")
    keys = sorted(entries)
    names = {}
    for i, k in enumerate(keys):
        if k.isascii() and " " not in k:
            name = "W_" + re.sub(r"[^A-Za-z0-9]", "_", k).upper()
            if name in names:
                die("data", f"'{k}' and '{names[name]}' both make {name}")
            names[name] = k
            entries[k].wname = name
    with open(out_words, "w", encoding="utf-8") as f:
        f.write("/* generated by src/lexicon/lexicon_gen.py from data/lexicon and iso-codes:"
                " do not edit */\n#ifndef TS_LEXICON_WORDS_H\n#define TS_LEXICON_WORDS_H\n"
                "/* lexicon_entries[W_X] is the entry of the word x (lexicon.h). */\n"
                "enum lex_word {\n")
        for i, k in enumerate(keys):
            if hasattr(entries[k], "wname"):
                f.write(f"\t{entries[k].wname} = {i + 1},\n")
        f.write("};\n#endif\n")
    with open(out_gperf, "w", encoding="utf-8") as f:
        f.write("%{\n/* generated by src/lexicon/lexicon_gen.py from data/lexicon and iso-codes:"
                " do not edit */\n#include <string.h>\n#include \"lexicon/lexicon.h\"\n\n"
                "const struct lex_entry lexicon_entries[] = {\n"
                "\t{ \"\", 0, { { NULL, 0 }, { NULL, 0 } }, 0, 0.0, NULL, 1.0, NULL, NULL, NULL,"
                " NULL, 1.0, NULL, NULL, NULL, 0, 0 },\t/* 0: no word */\n")
        for k in keys:
            e = entries[k]
            g = lambda fld, d: e.fields[fld][0] if fld in e.fields else d
            ex = sorted(e.exact.items()) + [(None, set())] * (SPELLINGS - len(e.exact))
            f.write("\t{ %s, %s, { %s }, %d, %r, %s, %r, %s, %s, %s, %s, %r, %s, %s, %s, %d, %s },\n" % (
                c_str(k), c_bits(e.any),
                ", ".join("{ %s, %s }" % (c_str(s), c_bits(c)) for s, c in ex), g("num", 0),
                float(g("scale", 0)), c_str(g("cur", None)), float(g("cur_factor", 1)),
                c_str(g("adj_stem", None)), c_str(g("adj_cur", None)),
                c_str(g("prefix_cur", None)), c_str(g("unit", None)),
                float(g("unit_factor", 1)), c_str(g("country", None)), c_str(e.name),
                c_str(g("commodity", None)), g("fiscal_m0", 0),
                "'%s'" % g("fiscal_named", "") if g("fiscal_named", "") else "0"))
        f.write("};\nconst size_t lexicon_count = %d;\n%%}\n" % (len(keys) + 1))
        f.write("%language=ANSI-C\n%struct-type\n%readonly-tables\n%compare-lengths\n"
                "%define hash-function-name lexicon_hash\n"
                "%define lookup-function-name lexicon_slot\n"
                "%define initializer-suffix ,-1\n"
                "struct lex_slot { const char *name; int idx; };\n%%\n")
        for i, k in enumerate(keys):
            f.write("%s, %d\n" % (c_str(k), i + 1))
        f.write("%%\n"
                "const struct lex_entry *lexicon_find_folded(const char *key, size_t n)\n"
                "{\n\tconst struct lex_slot *s = lexicon_slot(key, n);\n\n"
                "\treturn s && s->idx > 0 ? &lexicon_entries[s->idx] : NULL;\n}\n")


main()

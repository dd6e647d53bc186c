/*
 * parse.h - the parse stage: article bytes -> tokens -> claims.
 *
 * The whole interface of src/parse/ (doc.c: the dateline, lex.c, gram.c with figure.c and
 * date.c, clause.c (sentences and clauses), frame.c with compare.c, subject.c and when.c,
 * context.c (the story's dateline, agency and paragraphs), meaning.c with quote.c,
 * timing.c and qualify.c (what a figure is, issue 13), units.c, period.c; parse_int.h is
 * what they share among themselves).
 * This stage never touches SQLite or the file system: it works on bytes
 * already in memory, so `extract` is a pure filter and the fuzz target is
 * a plain function call.
 *
 * Invariants:
 *  1. A struct doc owns its bytes; tokens and claims are (offset, length)
 *     views into them. Nothing is copied until the store boundary, except
 *     the short normalised fields of struct claim (unit, period, ...).
 *  2. Offsets are byte offsets into doc->buf, end exclusive, and always
 *     satisfy start < end <= doc->len.
 *  3. Any byte sequence parses: hostile or broken text yields fewer claims,
 *     never a crash, an unbounded loop or a read outside doc->buf[0..len).
 */
#ifndef TS_PARSE_H
#define TS_PARSE_H

#include <stddef.h>
#include <stdint.h>
#include "lexicon/lexicon.h"

#include "model/model.h"	/* struct doc, struct claim: the model, not the parser's */

/* ---- documents (struct doc and its lifecycle: model/model.h) ---------- */

/*
 * Looks for the article's own dateline in its first lines ("Wednesday, May 22,
 * 2024", "date 2023-11-07", "September 20, 2023") and writes it as
 * "YYYY-MM-DD" to out. Returns 1 if found, 0 if not (out is then "").
 */
int doc_guess_date(const struct doc *d, char out[static DATE_LEN]);

/* ---- tokens (lex.c) ------------------------------------------------- */

enum tok_kind {
	TOK_EOF = 0,
	TOK_WORD,	/* letters, with inner apostrophes/hyphens: "year-on-year", "Russia's" */
	TOK_NUM,	/* digits with optional thousands commas and decimals: "200,000", "11.5" */
	TOK_SYM,	/* a currency or percent sign: "$", "€", "£", "¥", "₽", "₹", "%" */
	TOK_PUNCT,	/* any other visible character (UTF-8 sequence counted as one) */
	TOK_NEWLINE	/* a paragraph break (two or more line feeds) */
};

struct token {
	enum tok_kind kind;
	int decimals;		/* TOK_NUM: digits written after the point */
	size_t off;		/* byte offset into the document */
	size_t len;		/* bytes */
	double num;		/* TOK_NUM: its value; 0 otherwise */
	/* TOK_WORD and TOK_SYM: the classes the word has as written
	 * (lexicon.h), plus CLS_COUNTRY for a country's possessive ("Russia's",
	 * "China’s"); lex indexes its entry in lexicon_entries (0: none), stem
	 * the possessive's stem entry (0 for any other word). Indexes, not
	 * pointers, so a token stays 48 bytes. */
	uint64_t cls;
	uint32_t lex, stem;
};

/*
 * Scans the token that starts at or after off in buf[0..len) (whitespace
 * skipped) and returns the offset just past it; t->kind is TOK_EOF at the end.
 * A pure function: no allocation, no state between calls.
 */
size_t lex_next(const char *buf, size_t len, size_t off, struct token *t);

/* ---- claims (gram.c; struct claim: model/model.h) -------------------- */

/*
 * Appends to out every claim in d, in order of start offset. Returns the
 * number appended. Never fails on content (invariant 3).
 */
size_t parse_doc(const struct doc *d, struct claims *out);
/*
 * parse_doc one part at a time, for a caller that writes claims as they come
 * (extract) instead of holding a long article's claims whole: appends to out
 * the claims of the part of d that starts at off (0 first, then what the
 * previous call returned) and returns where the next part starts (d->len:
 * none). The parts and claims are parse_doc's. A claim's pair is an index in
 * out among the claims of its own part, never of an earlier one: the caller
 * may write out's claims and set out->n to 0 between calls.
 */
size_t parse_doc_part(const struct doc *d, size_t off, struct claims *out);

/* ---- word tables (units.c) and periods (period.c) -------------------
 * Added for the grammar and its tests; a word is a (pointer, length) view.
 */

enum unit_form {
	UNIT_NONE = 0,
	UNIT_SIGN,	/* written before the number: "$", "€" */
	UNIT_CODE,	/* ISO-like code before or after: "USD", "RMB" */
	UNIT_NAME	/* a currency's name after the number: "yuan", "dollars" */
};

/* Currency of a sign, code or name; *iso gets the ISO 4217 code (static). */
enum unit_form units_currency(const char *s, size_t n, const char **iso);
/* 1e3, 1e6, 1e9, 1e12 for "thousand", "million"/"mln", "billion"/"bn"/"bln",
 * "trillion"/"tn"/"trln", 1e5 and 1e7 for "lakh" and "crore" (any case); 0 for
 * any other word. */
double units_scale(const char *s, size_t n);
/* 1..99 for "one".."ninety-nine" (any case; "twenty-five" hyphenated), else 0. */
int units_number_word(const char *s, size_t n);
/* 2..10 for a fraction's denominator in words ("half", "third", "thirds",
 * "quarters", "fifth"; any case), else 0. */
int units_fraction_word(const char *s, size_t n);
/* A bare currency name's code in country's money ("crowns" SEK in a Norway
 * story NOK, "rupees" INR in Pakistan PKR), or NULL. */
const char *units_local_name(const char *unit, const char *country);
/* unit is one of the dollars issue 13 names besides the U.S. one (HKD,
 * TWD, NZD, AUD, CAD, SGD). */
int units_local_dollar(const char *unit);
/* A currency code as it was on date (YYYY-MM-DD; "" leaves it): "RUB" in
 * 1987 is "SUR", "VES" "VEB", "MMK" "BUK", "TRY" "TRL", "MXN" "MXP"...
 * Rewrites unit (cap bytes) in place. */
void units_dated_currency(char *unit, size_t cap, const char *date);
/* units_currency() with subunits too: "cents" is USD with *factor 0.01
 * (units_currency() itself answers UNIT_NONE for a subunit). */
enum unit_form units_currency_ex(const char *s, size_t n, const char **iso, double *factor);
/* The ISO code of a currency code in any case ("usd", "Rmb"), or NULL. */
const char *units_currency_code_folded(const char *s, size_t n);
/* "Australian" + "dollars", "Swiss" + "francs" (any case): the ISO code, or NULL. */
const char *units_currency_adjective(const char *adj, size_t an, const char *name, size_t nn);
/* The currency of a prefix before "$" ("C", "HK", "US", "Mex"; any case), or NULL. */
const char *units_dollar_prefix(const char *s, size_t n);
/* units_quantity() with a factor to the unit: "bcm" is m3 with 1e9,
 * "kilolitres" m3 with 1, "gallons" gal, "cubic feet" ft3, "kg", "lb", "bu". */
const char *units_quantity_ex(const char *a, size_t an, const char *b, size_t bn, int *words,
			      double *factor);
/*
 * A quantity unit of one word ("tons", "barrels", "TEU") or two ("metric
 * tons", "cubic meters"): returns the unit ("t", "m3", "bbl", "TEU") and sets
 * *words to 1 or 2, or returns NULL. b may be NULL when there is no next word.
 */
const char *units_quantity(const char *a, size_t an, const char *b, size_t bn, int *words);
/* ISO 3166 alpha-2 of a capitalised country, demonym or capital ("China",
 * "Chinese", "Beijing", "Russia's", "China’s"), or NULL. */
const char *units_country(const char *s, size_t n);

/* 1..12 for a capitalised month name or its abbreviation ("August", "Aug"), else 0. */
int period_month(const char *s, size_t n);

enum period_rel {
	PERIOD_LATEST,		/* the latest such month/day not after the doc date */
	PERIOD_THIS_YEAR,	/* "in August this year": the doc date's year */
	PERIOD_LAST_YEAR,	/* "in August last year": the year before */
	PERIOD_NEXT,		/* "by next March": the first after the doc date */
	PERIOD_COMING		/* "for May shipment": the first not over at the doc date
				   (a month: the doc date's own month or a later one) */
};

/*
 * Writes "YYYY-MM" for month (1..12) in year when year > 0, else resolved
 * against doc_date ("YYYY-MM-DD") by rel. Returns 0, or -1 when it cannot
 * be resolved (no doc date, bad month): out is then "".
 */
int period_resolve_month(const char *doc_date, int month, int year, enum period_rel rel,
			 char out[static DATE_LEN]);
/* The same for a day: "YYYY-MM-DD", checked against the calendar; without a
 * year, the occurrence nearest the document date (within half a year). */
int period_resolve_day(const char *doc_date, int month, int day, int year, char out[static DATE_LEN]);
/* The day of weekday wd (0 Monday .. 6 Sunday) as "YYYY-MM-DD": the latest
 * not after the doc date ("Wednesday" in a story of Thursday is yesterday),
 * or with before, the latest before it ("last Thursday"). -1 and "" without
 * a doc date. */
int period_resolve_weekday(const char *doc_date, int wd, int before, char out[static DATE_LEN]);
/* A day "YYYY-MM-DD" moved by delta days ("yesterday"); -1 and "" if date
 * is not a valid day. */
int period_shift_day(const char *date, int delta, char out[static DATE_LEN]);
/* The year and month of a valid date "YYYY-MM-DD" (the story's): 1, or 0
 * when date is not one. Read from the checked digits, no sscanf: the
 * parser asks it at many tokens. */
int period_date_ym(const char *date, int *y, int *m);
/* "2023-08" moved by delta months ("2023-07" for -1); -1 if p is not "YYYY-MM". */
int period_shift_month(const char *p, int delta, char out[static DATE_LEN]);

/* 1..12 for a full month name (capitalised, five letters or more) written
 * with two neighbouring letters swapped ("Jnauary", "Februray"), else 0. */
int period_month_typo(const char *s, size_t n);
/* "YYYY-Qq" for quarter q (1..4) of year, or with year <= 0 resolved by rel:
 * PERIOD_LATEST is the latest such quarter begun by the doc date ("the third
 * quarter" in an article of 2023-11-07 is 2023-Q3, of 2023-02-01 2022-Q3).
 * Returns 0, or -1 (out "") when it cannot be resolved. */
int period_resolve_quarter(const char *doc_date, int q, int year, enum period_rel rel,
			   char out[static PERIOD_MAX]);
/* The month range m0..m1 as "YYYY-MM/YYYY-MM" ("January-August 2023" is
 * "2023-01/2023-08"). year is the year of m1; with year <= 0, rel resolves it
 * as for a month (PERIOD_LATEST: the latest m1 not after the doc date;
 * PERIOD_NEXT: the first whose m0 is not before the doc date's month). A
 * range across the new year (m0 > m1) starts in the year before. */
int period_resolve_range(const char *doc_date, int m0, int m1, int year, enum period_rel rel,
			 char out[static PERIOD_MAX]);
/* Any period this stage writes ("2023", "2023-08", "2023-Q3", "2023-09-19",
 * "2023-01/2023-08", "2023-03-01/2023-03-10", "1986/87") moved by years; -1 and "" for anything else. */
int period_shift_years(const char *p, int years, char out[static PERIOD_MAX]);

#endif

/*
 * importfmt.h - the pure pieces of `import` that know how files are written:
 * period notations, numbers in any locale, the file's encoding and
 * separator, the code lists of statistical agencies (SDMX units, UNIT_MULT,
 * observation flags, Comtrade flows), countries by code or name, and which
 * layout a header is in.
 *
 * None of these reads a file, touches SQLite or prints: each takes bytes
 * (pointer and length, not necessarily NUL-terminated) and returns a result,
 * or -1 with a short reason in a caller's buffer (`why`), which the caller
 * prints after its own "FILE:LINE:COL: ". So every one is unit-tested alone
 * (tests/unit/test_<file>.c) and the layout code in csvin*.c only calls them.
 *
 * How csvin uses them, in order: sniff_encoding() on the first bytes (refuse
 * or convert UTF-16 with sniff_utf16_to_utf8(); skip the BOM), then
 * sniff_delimiter() on the header line unless --delimiter, numfmt_for_delimiter()
 * unless --decimal-comma/--decimal-point (thousands from --thousands);
 * layout_detect() on the header; per record notation_period() and
 * num_parse(), country_resolve()/codelist_*() on the role columns and
 * layout_sdmx_code()/layout_comtrade_code() for the series; per series, at
 * the end of pass 1, notation_freq_of_dates() over its 'D' periods, then
 * notation_restate() in pass 2.
 *
 * Invariants:
 *  1. Nothing here allocates except into a struct buf the caller owns.
 *  2. A refusal never half-fills an output: on -1 the outputs are untouched
 *     or hold an empty string.
 *  3. A `why` text is lowercase, quotes the subject ('112,586.1') and, when
 *     an option would make the input readable, names it (--thousands ,).
 */
#ifndef TS_IMPORTFMT_H
#define TS_IMPORTFMT_H

#include <stddef.h>

#include "base/base.h"

#define FMT_WHY 160	/* bytes of a `why` buffer: one message line */

/* ---- period notations (notation.c) ------------------------------------ */

/* Stored periods: "2023" (A), "2023-Q3" (Q), "2023-09" (M), "2023-09-01" (D). */
#define NOTATION_MAX 11

enum notation_flags {
	/* The whole column is six-digit year-months ("202309"): only then is a
	 * six-digit value a month (Comtrade's monthly refPeriodId, period). */
	NOTATION_YYYYMM = 1
};

/*
 * Reads one period as written: 2023, 2023-Q3, 2023Q3, 2023 Q3, 1985q1,
 * 2023-M09, 2023M09, 2023-09, 2023-09-01, 20230901, 01.09.2023 (day first,
 * as Excel writes dates in German), and 202309 with NOTATION_YYYYMM. Surrounding ASCII spaces are ignored. Writes the stored
 * form into out and returns its frequency: 'A', 'Q', 'M', or 'D' for a
 * calendar date (which notation_freq_of_dates() may later show to be the
 * first day of a month, quarter or year). Returns 0 for anything else
 * (out is then ""): week and half-year notations, a month 13, a year
 * outside YEAR_MIN..YEAR_MAX, 2023-02-30.
 */
char notation_period(const char *s, size_t n, unsigned flags, char out[static NOTATION_MAX]);

/* 1 if s[0..n) is six digits YYYYMM with a real month and year (the
 * caller's test, over a whole column, before it passes NOTATION_YYYYMM). */
int notation_is_yyyymm(const char *s, size_t n);

/*
 * The frequency of a series whose periods are the dates (YYYY-MM-DD, any
 * order, duplicates allowed): 'D' when one is not on the 1st; else 'A' when
 * every date is a 1 January, 'Q' when every month is 1, 4, 7 or 10, 'M'
 * otherwise (FRED dates quarterly and annual data on the period's first
 * day). Returns 0 when fewer than two distinct dates leave it open (a
 * one-row file needs --freq) or a date is malformed.
 */
char notation_freq_of_dates(const char *const *dates, size_t n);

/*
 * The stored period of a date at frequency freq: ("2023-04-01", 'Q') ->
 * "2023-Q2", ('M') -> "2023-04", ('A', "2023-01-01") -> "2023", ('D') the
 * date itself. Returns 0, or -1 with why when the date is not the first day
 * of such a period ("2023-05-01" is not the start of a quarter).
 */
int notation_restate(const char *date, char freq, char out[static NOTATION_MAX],
		     char why[static FMT_WHY]);

/*
 * A release date as files write it: 2026-09-15, 2026-09-15T23:00:00[Z],
 * Eurostat's LAST UPDATE 15/09/26 23:00:00 (day first, two-digit year of
 * the 2000s), 15.09.2026, and ALFRED's 20170303. Writes "YYYY-MM-DD".
 * Returns 0, or -1 with why.
 */
int notation_release(const char *s, size_t n, char out[static NOTATION_MAX],
		     char why[static FMT_WHY]);

/* ---- numbers by locale (numlocale.c) ---------------------------------- */

struct numfmt {
	char decimal;		/* '.' or ',' */
	char thousands;		/* 0 (none: refused with a hint), ',', '.', or ' '
				   (which also matches U+00A0 and U+202F) */
};

/* The decimal mark a separator implies: Excel writes ';' files in the
 * locales whose decimal mark is the comma. */
struct numfmt numfmt_for_delimiter(char delim);

/*
 * Reads one number written in format f: an optional sign, digits grouped
 * by f->thousands when it is set (groups of exactly three after the first),
 * the decimal mark, an optional exponent (1.5e3). Surrounding ASCII spaces
 * are ignored. Returns 0 with *v, or -1 with why: a thousands separator
 * not opted in ("'112,586.1' has a thousands separator: give --thousands ,"),
 * the other decimal mark ("'38166,1' has a decimal comma: give
 * --decimal-comma"), a grouping that is not one, hex, inf, nan, a value
 * beyond the range of a double (with or without an exponent), or an empty
 * string. Never reads the C locale. v may be NULL: the field is only
 * checked (the same verdicts), without converting it when it cannot be
 * out of range.
 */
int num_parse(const char *s, size_t n, const struct numfmt *f, double *v,
	      char why[static FMT_WHY]);

/* ---- encoding and separator (sniff.c) --------------------------------- */

enum text_enc {
	ENC_UTF8,		/* no BOM */
	ENC_UTF8_BOM,		/* EF BB BF: Excel's "CSV UTF-8" */
	ENC_UTF16LE,		/* FF FE, or NULs in every odd byte: Excel's "Unicode text" */
	ENC_UTF16BE,		/* FE FF, or NULs in every even byte */
	ENC_UTF32,		/* a UTF-32 BOM, either order */
	ENC_BINARY		/* a NUL that no UTF-16 explains: not a text file */
};

/*
 * The encoding of a file from its first n bytes (a few KiB are plenty),
 * with *bom the bytes of byte-order mark to skip. Never ENC_UTF8 for
 * bytes with a NUL in them.
 */
enum text_enc sniff_encoding(const unsigned char *p, size_t n, size_t *bom);

/* What enc is, for a message: "UTF-16LE text (Excel's \"Unicode text\")". */
const char *sniff_enc_name(enum text_enc enc);

/*
 * Converts UTF-16 (le: little-endian) p[0..n) to UTF-8 appended to out.
 * Stops before a unit or surrogate pair cut at the end, so a caller can
 * feed a file in chunks: returns the bytes consumed. A lone surrogate sets
 * *bad to its byte offset in p (else *bad is (size_t)-1) and stops there.
 */
size_t sniff_utf16_to_utf8(const unsigned char *p, size_t n, int le, struct buf *out,
			   size_t *bad);

/*
 * The field separator of a header line p[0..n) (up to its first newline):
 * whichever of ',', ';' and TAB occurs most outside double quotes; ',' when
 * none does (a one-column file). A tie prefers TAB, then ';', then ','.
 */
char sniff_delimiter(const char *p, size_t n);

/* ---- agency code lists (codelist.c) ----------------------------------- */

enum unit_change {
	CHANGE_NONE,		/* a level */
	CHANGE_PREV,		/* on the previous period: PCH_PRE */
	CHANGE_YEAR		/* on the same period a year earlier: PCH_SM */
};

struct unitcode {
	char unit[12];		/* stored unit: ISO 4217 ("EUR"), "NAC" (national
				   currency), "%", "index", "t", "kg", "persons", "number" */
	double scale;		/* multiplier into that unit: 1, 1e3, 1e6, 1e9 */
	enum unit_change change; /* a percentage change and of what */
	const char *price;	/* "nominal" (CP_), "real" (CLV), or NULL */
	const char *what;	/* static: how to say it ("million euro") */
};

/*
 * An SDMX unit code as Eurostat, ECB, IMF and OECD write it: MIO_EUR,
 * THS_USD, BN_USD / BIO_EUR, EUR, MIO_NAC, XDC, CP_MEUR, CLV15_MEUR, PC,
 * PC_GDP, PC_TOT, PCH_PRE, PCH_SM, I15 / I21 (index), T, THS_T, KG,
 * THS_PER, NR. Returns 0 with *u, or -1 with why for a code it does not
 * know (the caller may keep the code as written, but must not scale it).
 */
int codelist_unit(const char *s, size_t n, struct unitcode *u, char why[static FMT_WHY]);

/* SDMX UNIT_MULT, a power of ten "0".."12" (or negative down to -12):
 * 0 with *scale (1e6 for "6"), or -1 with why. */
int codelist_unit_mult(const char *s, size_t n, double *scale, char why[static FMT_WHY]);

/*
 * The measure a unit's change implies at frequency freq ('M', 'Q', 'A'):
 * CHANGE_PREV is change_mom, change_qoq or change_yoy, CHANGE_YEAR is
 * change_yoy, CHANGE_NONE is "level". NULL when freq leaves it open.
 */
const char *codelist_change_measure(enum unit_change c, char freq);

/*
 * An observation flag as text to keep with the value: Eurostat's letters,
 * any combination ("bep" -> "break in series, estimated, provisional"), or
 * one SDMX OBS_STATUS code (A normal is ""). Empty input gives "".
 * Returns 0 with out reset and filled, or -1 with why naming the letter.
 */
int codelist_flag(const char *s, size_t n, struct buf *out, char why[static FMT_WHY]);

/*
 * A seasonal adjustment code as a series' adjustment: Eurostat's s_adj
 * (SA, SCA -> "sa"; NSA, CA -> "nsa": calendar adjustment alone removes no
 * season) and the ECB's / OECD's ADJUSTMENT (S, Y -> "sa"; N, C, W ->
 * "nsa"). A trend (TC, T) is neither: refused. 0 with *out (static), or -1.
 */
int codelist_adjustment(const char *s, size_t n, const char **out, char why[static FMT_WHY]);

/* OECD's PRICE_BASE: V (current prices) -> "nominal", LR (chain-linked
 * volumes) and Q (constant prices) -> "real", _Z -> NULL. 0, or -1 with why. */
int codelist_price(const char *s, size_t n, const char **out, char why[static FMT_WHY]);

struct flowcode {
	const char *flow;	/* "import" or "export" (the schema's flows) */
	int re;			/* 1: a re-import or re-export, kept apart in the
				   series code ("RM", "RX") */
};

/* UN Comtrade flowCode: M, X, RM, RX (or the flowDesc words Import,
 * Export, Re-import, Re-export), and Eurostat's stk_flow IMP, EXP.
 * 0 with *f, or -1 with why. */
int codelist_flow(const char *s, size_t n, struct flowcode *f, char why[static FMT_WHY]);

/* ---- countries (country.c) -------------------------------------------- */

/* Bytes of a stored country: "CN", "EU", "EA", "WORLD". */
#define COUNTRY_MAX 8

/*
 * A country given by code: ISO 3166-1 alpha-2 ("CN", any case), alpha-3
 * ("CHN"), numeric or UN M49 as Comtrade writes it ("156", "842" for the
 * USA, "0"), Comtrade's "W00" and "World" for all partners (WORLD), and the
 * aggregates EU, EU27_2020, EA, EA20 (Eurostat). 0 with out, else -1.
 */
int country_from_code(const char *s, size_t n, char out[static COUNTRY_MAX]);

/*
 * A country given by name: ISO names ("Russian Federation"), official and
 * common names ("Viet Nam", "Vietnam"), and the names news and agencies use
 * ("Russia", "U.S.", "UK", "Turkey"), compared without case, dots or extra
 * spaces. 0 with out, else -1.
 */
int country_from_name(const char *s, size_t n, char out[static COUNTRY_MAX]);

/* A code, else a name: what a --reporter value or a file's column holds. */
int country_resolve(const char *s, size_t n, char out[static COUNTRY_MAX]);

/*
 * Up to three known names closest to s[0..n) by edit distance (folded as
 * country_from_name folds; not abbreviations such as "U.S.A."), appended to
 * out as "'Russia', 'Belarus'";
 * returns how many (0: nothing close enough to suggest).
 */
int country_suggest(const char *s, size_t n, struct buf *out);

/*
 * The message for a country nothing resolves, with the closest names:
 * "unknown country 'Rusia' (did you mean 'Russia'?)", else
 * "unknown country 'Xq' (give a name or an ISO 3166 code: CN, CHN, 156)".
 * The caller prefixes "FILE:LINE: " (exit 3) or nothing (an option: exit 2).
 */
void country_unknown(const char *s, size_t n, char why[static FMT_WHY]);

/* A stored country's name for a title: the shortest of its names in the
 * lexicon ("China", "Russia"), "the world" for WORLD, else the code. Walks
 * the lexicon: once per series, not per record. */
const char *country_title_name(const char *code);

/* ---- layouts (layout.c) ----------------------------------------------- */

enum layout {
	LAYOUT_UNKNOWN,
	LAYOUT_LONG,		/* series,period,value[,unit,...] */
	LAYOUT_WIDE,		/* period|date|year|TIME, then one column per series */
	LAYOUT_ALFRED_RT,	/* realtime_start,realtime_end,date,value */
	LAYOUT_ALFRED_ALL,	/* observation_date, SERIES_YYYYMMDD... */
	LAYOUT_SDMX1,		/* DATAFLOW,LAST UPDATE,dims...,TIME_PERIOD,OBS_VALUE */
	LAYOUT_SDMX2,		/* STRUCTURE,STRUCTURE_ID,ACTION,dims...,TIME_PERIOD,OBS_VALUE */
	LAYOUT_COMTRADE		/* typeCode,freqCode,refPeriodId,...,primaryValue */
};

/* What a column of the header is for; -1 in struct layout_map: absent. */
enum role {
	ROLE_SERIES, ROLE_PERIOD, ROLE_VALUE, ROLE_UNIT, ROLE_UNIT_MULT, ROLE_FLAG,
	ROLE_REPORTER, ROLE_PARTNER, ROLE_FLOW, ROLE_COMMODITY, ROLE_FREQ,
	ROLE_RELEASE,		/* LAST UPDATE, realtime_start */
	ROLE_RELEASE_END,	/* realtime_end */
	ROLE_DATAFLOW,		/* DATAFLOW or STRUCTURE_ID */
	ROLE_ADJUSTMENT,	/* s_adj, ADJUSTMENT */
	ROLE_PRICE,		/* PRICE_BASE */
	ROLE_TITLE,
	ROLE_COUNT
};

struct layout_map {
	enum layout layout;
	int col[ROLE_COUNT];	/* column index of each role, -1 when absent */
	/* SDMX: the key dimensions, which name the series, are the columns
	 * dim_first..dim_end-1 except col[ROLE_PERIOD] (TIME_PERIOD). */
	int dim_first, dim_end;
	int ncols;
};

/*
 * Which layout the header names[0..ncols) is in and which column plays
 * which role. SDMX-CSV 2.0 headers written with labels ("REF_AREA:Reference
 * area") are read by the part before the colon. Returns 0, or -1 with why:
 * a header in no known layout (the message lists what each needs).
 */
int layout_detect(const char *const *names, int ncols, struct layout_map *m,
		  char why[static FMT_WHY]);

/*
 * An ALFRED all-vintages column "IMPCH_20170303": the series code (up to
 * cap-1 bytes) and the release date "2017-03-03". 0, or -1 when the name
 * is not SERIES_YYYYMMDD with a real date.
 */
int layout_alfred_column(const char *name, char *series, size_t cap,
			 char date[static NOTATION_MAX]);

/*
 * The code of an SDMX field written with its label ("CN: China", as files
 * downloaded "with labels" carry): the bytes before ": ", else the whole
 * field. Returns its length; s[0..len) is the code.
 */
size_t layout_sdmx_value(const char *s, size_t n);

/*
 * The series code of one SDMX record: the dataflow's id without agency and
 * version ("ESTAT:EXT_ST_EU27_2020SITC(1.0)" -> "EXT_ST_EU27_2020SITC"),
 * then each key dimension's code, joined by dots:
 * "EXT_ST_EU27_2020SITC.M.TRD_VAL.IMP.TOTAL.CN.EU27_2020". fields are the
 * record's fields (nf of them). Resets and fills out; -1 with why when a
 * dimension or the dataflow is empty or missing.
 */
int layout_sdmx_code(const struct layout_map *m, const char *const *fields, int nf,
		     struct buf *out, char why[static FMT_WHY]);

/*
 * The series code of a Comtrade record, readable and in the project's
 * style (CN.IMP.RU): reporter, flow (IMP, EXP, REIMP, REEXP), partner,
 * commodity: "CN.IMP.RU.TOTAL". Takes stored countries and the flow.
 */
void layout_comtrade_code(const char *reporter, const struct flowcode *f,
			  const char *partner, const char *cmd, struct buf *out);

/*
 * The title of a Comtrade series, naming reporter, flow, partner and
 * commodity: "China imports from Russia, all commodities" (cmdCode TOTAL),
 * "China re-exports to Russia, mineral fuels, ..." (cmdDesc, its first
 * letter lowered when the second is lowercase), "..., commodity 27" when
 * the file has no description. Resets and fills out.
 */
void layout_comtrade_title(const char *reporter, const struct flowcode *f, const char *partner,
			   const char *cmd, const char *desc, struct buf *out);

/* "long", "wide", "ALFRED real-time", ...: for messages and --help. */
const char *layout_name(enum layout l);

#endif

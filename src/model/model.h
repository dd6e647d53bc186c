/*
 * model.h - the data model every stage shares: a document, the claims read
 * from it, and the closed vocabularies of a claim (measure, adjustment,
 * price, basis, status, where a field came from) as enums with name tables;
 * a recorded series and one observation of it.
 *
 * Below parse, store, check and report: it includes base only, so the store
 * describes a claim without including the parser (model.c holds the tables
 * and the lifecycles of struct doc and struct claims).
 *
 * Invariants:
 *  1. A struct doc owns its bytes; claims are (offset, length) views into
 *     them, plus short normalised fields copied into the claim.
 *  2. Every enum here has 0 for "unknown / not said", whose name is "": a
 *     zeroed claim prints empty fields, as the CSV contract wants.
 *  3. The names are DESIGN.md's spellings, the ones stored and printed; a
 *     new value is added to DESIGN's list, then to the enum and its table.
 *  4. struct series has a field per column of the schema's series table;
 *     struct observation carries its series (o->of, and each field by name:
 *     o->unit), so a rule holding one observation knows what it measures.
 */
#ifndef TS_MODEL_H
#define TS_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "base/base.h"	/* DATE_LEN, SHA256_HEX_LEN */

/* ---- documents ------------------------------------------------------ */

struct doc {
	const char *path;	/* borrowed: as given on the command line, "-" for stdin */
	char *buf;		/* owned: the article bytes, NUL-terminated after len */
	size_t len;		/* bytes in buf, excluding the terminating NUL */
	char date[DATE_LEN];		/* publication date "YYYY-MM-DD", or "" when unknown */
	char sha256[SHA256_HEX_LEN];	/* hex SHA-256 of buf[0..len), or "" until doc_hash()
				   when made by doc_init_unhashed() */
	const char *outlet, *title;	/* borrowed: from a manifest (ingest --dates), or
					   NULL: the article's own first line names it */
};

/*
 * Takes ownership of buf (malloc'd, len bytes plus a NUL at buf[len]) and
 * computes the hash. date may be NULL or "" (unknown); doc_release() frees buf.
 */
void doc_init(struct doc *d, const char *path, char *buf, size_t len, const char *date);
/*
 * doc_init() without the hash: d->sha256 stays "" until doc_hash(). For
 * callers that may never need it (`extract`: SHA-256 was ~5% of its time).
 */
void doc_init_unhashed(struct doc *d, const char *path, char *buf, size_t len,
		       const char *date);
/* d->sha256, computed first if it is still "". */
const char *doc_hash(struct doc *d);
void doc_release(struct doc *d);

/* ---- the vocabularies of a claim ------------------------------------- */

/* What a figure is (DESIGN.md, `measure`). */
enum measure {
	MEASURE_NONE = 0,	/* "": not said (a date) */
	MEASURE_LEVEL,
	MEASURE_BALANCE,
	MEASURE_CHANGE,		/* basis unstated */
	MEASURE_CHANGE_YOY,
	MEASURE_CHANGE_MOM,
	MEASURE_CHANGE_QOQ,
	MEASURE_SHARE,
	MEASURE_PRICE,
	MEASURE_TARGET,
	MEASURE_FORECAST,
	MEASURE_INVESTMENT,
	MEASURE_CAPACITY,
	MEASURE_COUNT
};

enum adjustment { ADJ_NONE = 0, ADJ_SA, ADJ_NSA, ADJ_COUNT };
enum price_basis { PRICE_NONE = 0, PRICE_REAL, PRICE_NOMINAL, PRICE_COUNT };
/* BASIS_BOP, BASIS_CUSTOMS: the compilation basis, balance of payments or
 * customs/Census; economists never compare the two (check/basis.c). */
enum rate_basis { BASIS_NONE = 0, BASIS_ANNUALIZED, BASIS_AVG3M, BASIS_BOP, BASIS_CUSTOMS,
		  BASIS_COUNT };
enum claim_status { STATUS_NONE = 0, STATUS_PRELIMINARY, STATUS_REVISED, STATUS_PREVIOUS,
		    STATUS_COUNT };
/* Where a subject or period field came from: the figure's own words, or
 * its context (dateline, paragraph subject, document date). */
enum field_source { SOURCE_NONE = 0, SOURCE_STATED, SOURCE_INFERRED, SOURCE_COUNT };

/* The name of each value ("" for 0, the DESIGN spelling otherwise); a value
 * out of range is a BUG(). */
const char *measure_name(enum measure m);
const char *adjustment_name(enum adjustment a);
const char *price_basis_name(enum price_basis p);
const char *rate_basis_name(enum rate_basis b);
const char *claim_status_name(enum claim_status s);
const char *field_source_name(enum field_source s);
/* The measure named s ("change_yoy"), or MEASURE_NONE for "" or an unknown name. */
enum measure measure_parse(const char *s);
/* change, change_yoy, change_mom, change_qoq: a change of a level. */
int measure_is_change(enum measure m);

/* ---- claims --------------------------------------------------------- */

/* Bytes of the longest period plus its NUL: "2023-01/2023-08". */
#define PERIOD_MAX 24	/* "2026-01-01/2026-03-10" and its NUL, with room */

enum claim_kind {
	CLAIM_MONEY,
	CLAIM_QUANTITY,
	CLAIM_PERCENT,
	CLAIM_DATE,	/* optional extra kinds: never money/quantity/percent */
	CLAIM_COUNT
};

/* Bytes of a claim's source and its NUL ("Bank of Thailand"; longer names cut). */
#define SOURCE_MAX 48

struct claim {
	size_t start, end;	/* the mention, end exclusive ("$11.5 billion") */
	size_t sent_start, sent_end; /* the sentence that holds it */
	enum claim_kind kind;
	double value;		/* in base units as written: $11.5 billion -> 11500000000 */
	double precision;	/* half a unit of the last written digit, base units: 0.05e9 */
	char unit[12];		/* ISO 4217, "%", "pp", "t", "m3", "bbl", "TEU", ... */
	char per[8];		/* "year", "month", "day" or "" */
	char approx[16];	/* hedge word, lowercase ("about", "nearly"), or "" */
	char direction[8];	/* "up", "down" or "" */
	enum measure measure;	/* MEASURE_NONE for a date */
	char period[PERIOD_MAX]; /* "2023-08", "2023", "2023-Q3", "2023-09-19", a month
				   range "2023-01/2023-08", a crop year "1986/87", or "" */
	char flow[8];		/* "import", "export", "trade" or "" */
	char reporter[4];	/* ISO 3166 alpha-2 ("CN") or "" */
	char partner[8];	/* ISO 3166 alpha-2 ("RU"), "WORLD" (all partners) or "" */
	char commodity[24];	/* "goods", "oil", ... or "" */
	long pair;		/* index in the same claims array of the linked figure
				   ("5 billion yuan ($685 million)"), or -1 */
	/* DESIGN's qualifiers; the parser does not fill them yet (all 0). */
	enum adjustment adjustment;	/* sa / nsa */
	enum price_basis price;		/* real / nominal */
	enum rate_basis basis;		/* annualized / avg3m / bop / customs */
	enum claim_status status;	/* preliminary / revised / previous */
	enum field_source reporter_src, partner_src, flow_src, period_src;
	char source[SOURCE_MAX];	/* whose figure: "Bank of Thailand", "customs",
					   an organisation as written, or "" (parse/source.c) */
};

struct claims {
	struct claim *v;	/* owned */
	size_t n, alloc;
};

void claims_init(struct claims *c);
void claims_release(struct claims *c);

/* "money", "quantity", "percent", "date", "count". */
const char *claim_kind_name(enum claim_kind k);

/* ---- series and observations ---------------------------------------- */

/*
 * A recorded series: one row of the schema's series table, what it measures
 * and how its periods add up. Strings are borrowed. Those a query read are
 * never NULL ("" when not recorded; one it did not read stays NULL); one
 * given to the store may be NULL (not said: an earlier release's value
 * stays).
 */
struct series {
	int64_t id;		/* series.id; 0: not stored yet */
	const char *code;	/* the key: "IMPCH", "CN.IMP.RU", Comtrade's "CN.M.RU.TOTAL" */
	const char *title;	/* for a person: "U.S. imports of goods from China" */
	const char *unit;	/* ISO 4217, "CNY/USD", "%", "index", "t", ... */
	const char *reporter;	/* ISO 3166-1 alpha-2, EU, EA */
	const char *partner;	/* the same, or WORLD (all partners) */
	const char *flow;	/* "import", "export" or "trade" */
	const char *commodity;	/* "goods", "oil", an HS code, ... */
	const char *measure;	/* "level", or "ytd": each value covers January to its period */
	const char *freq;	/* "A", "Q", "M" or "D" */
	const char *adjustment;	/* "sa" or "nsa" */
	const char *price;	/* "real" or "nominal" */
	const char *aggregation; /* "sum" or "mean": how its periods add up into a
				   quarter or a year */
};

/*
 * One value of a series for a period as one release (vintage) published
 * it. Strings are borrowed, NULL or not as struct series says.
 *
 * Its series is o->of; the same fields are members of the observation by
 * name (o->series is the code, o->unit the unit...): the anonymous struct
 * is laid out as struct series, and C11 6.5.2.3 lets either be read.
 */
struct observation {
	int64_t id;		/* observation.id; 0: not stored yet */
	int64_t vintage;	/* vintage.id: the release that published it */
	union {
		struct series of;	/* its series */
		struct {		/* the same fields as struct series, by name */
			int64_t series_id;
			const char *series;	/* its code */
			const char *title, *unit, *reporter, *partner, *flow, *commodity;
			const char *measure, *freq, *adjustment, *price, *aggregation;
		};
	};
	const char *period;	/* "2023-08", "2023", "2023-Q3", "2023-09-19" */
	double value;		/* base units; NAN when this vintage withdrew the period */
	const char *value_text;	/* the digits as the release wrote them, or NULL */
	double precision;	/* half a unit of the last digit as published, base units */
	const char *flag;	/* the release's flag (Eurostat p, e, b...), or NULL */
	const char *released;	/* the vintage's release date "YYYY-MM-DD" */
	const char *source;	/* the vintage's source */
	/* Provenance: the file it was read from and its line there; NULL and 0
	 * when not known (the store keeps the vintage's path, not the line). */
	const char *path;
	long line;
};

#endif

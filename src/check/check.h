/*
 * check.h - the check stage: consistency rules over stored claims.
 *
 * The whole interface of src/check/ (valid.c and one rule_*.c per rule).
 * Rules are pure functions over plain structs: they never touch SQLite.
 * cmd/validate.c streams the facts from the store one group at a time (the
 * rule's check_order), gives the rules a series index that fetches
 * observations through a callback, and stores the findings they emit.
 *
 * Invariants:
 *  1. A rule reads its input and emits findings; it never changes a fact.
 *  2. Every finding names the claim it is about, with its provenance
 *     (document, offsets, sentence), and the other side when there is one.
 *  3. Rules are listed in one table in valid.c, in a fixed order, so output
 *     is deterministic for the same input.
 *  4. A rule given the facts of its check_order's groups one group at a
 *     time emits the same findings as given all facts at once.
 */
#ifndef TS_CHECK_H
#define TS_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "base/base.h"
#include "model/model.h"

enum severity { SEV_INFO, SEV_WARNING, SEV_ERROR };

/* One stored claim as the rules see it. Strings are borrowed from the loader
 * and never NULL (empty when unknown). */
struct fact {
	int64_t id;		/* claim.id */
	int64_t doc_id;		/* document.id */
	const char *doc;	/* document path as ingested */
	const char *published;	/* document date "YYYY-MM-DD" or "" */
	int64_t start, end;	/* byte offsets of the mention in the document */
	const char *text;	/* the mention as written */
	const char *sentence;	/* the sentence that holds it */
	const char *kind;	/* "money", "quantity", "percent", ... */
	double value;		/* base units */
	double precision;	/* half a unit of the last written digit, base units */
	const char *unit, *per, *approx, *direction, *measure, *period;
	const char *flow, *reporter, *partner, *commodity;
	int64_t pair;		/* claim.id of the linked figure, or 0 */
	/* DESIGN's basis of the figure: "sa"/"nsa", "real"/"nominal",
	 * "annualized"/"avg3m", "preliminary"/"revised"/"previous", "" not said. */
	const char *adjustment, *price, *basis, *status;
	/* Where reporter, partner, flow and period came from: "stated" (the
	 * figure's own words), "inferred" (context), "" (not recorded). */
	const char *reporter_src, *partner_src, *flow_src, *period_src;
	/* The agency the figure is attributed to ("Bank of Thailand"), "" (or
	 * NULL in a struct a test builds) when none is named. */
	const char *source;
};

struct finding {
	const char *rule;	/* the rule's name; static */
	enum severity severity;
	/* borrowed: the claim the finding is about; NULL only for a finding
	 * about two series (obs and other_obs both set: the mirror rule's
	 * official pairs) */
	const struct fact *claim;
	const struct fact *other;	/* borrowed: the other claim, or NULL */
	const struct observation *obs;		/* borrowed: the observation compared, or NULL */
	const struct observation *other_obs;	/* borrowed: a second series' observation, or NULL */
	const char *series;	/* series code when the other side is a series, or NULL */
	const char *other_series;	/* other_obs's series code, or NULL */
	const char *period;	/* period compared, or NULL */
	int has_values;		/* expected/actual/tolerance below are meaningful */
	double expected;	/* what the other side implies */
	double actual;		/* what the claim says */
	double tolerance;	/* the absolute tolerance used */
	double rel_error;	/* (actual - expected) / expected, or 0 */
	char message[512];	/* one sentence for a person */
};

/* Called once per finding; the finding and what it points to are borrowed.
 * Return 0 to go on, non-zero to stop the run with that value. */
typedef int (*finding_fn)(void *ctx, const struct finding *f);

struct check_input {
	const struct fact *facts;	/* borrowed */
	size_t nfacts;
	/* Every vintage of every observation, sorted by series, period, then
	 * release date and vintage id: a (series, period) is one contiguous run
	 * whose last element is the latest value. */
	const struct observation *obs;		/* borrowed */
	size_t nobs;
	/* The series index the rules look observations up in; NULL: each rule
	 * builds one over obs. validate gives one that fetches from the store
	 * (obs then NULL), so that memory stays flat. */
	struct series_ix *ix;
};

/*
 * Which facts a rule must see together, so that validate can stream the
 * claims in that order and run the rule on one group at a time (memory
 * flat in the number of claims) with the same findings as over all facts.
 */
enum check_order {
	CHECK_BY_DOCUMENT,	/* one document's facts (per-fact rules too) */
	CHECK_BY_FIGURE,	/* check_figure_cmp() equal: attribution */
	CHECK_BY_SUBJECT,	/* kind, unit, per, the unordered pair (reporter, partner):
				 * every period, measure and flow of a country pair and its
				 * other side: agreement, mirror */
};

struct rule {
	const char *name;	/* "agreement" */
	const char *summary;	/* one line for --help */
	enum check_order order;	/* the groups run() may be given one at a time */
	/* Emits the rule's findings in a deterministic order; returns 0, or
	 * the first non-zero value emit returned. */
	int (*run)(const struct check_input *in, finding_fn emit, void *ctx);
	/* NULL, or the rule's findings about the series alone (no claim: in
	 * has no facts, only the series index), run once per validate after
	 * every group of claims; returns as run does. */
	int (*series)(const struct check_input *in, finding_fn emit, void *ctx);
};

/*
 * The rule table, one row a rule, in the order they run: rules over the
 * claims alone first, then those that compare claims with the recorded
 * series. Each row declares `rule_NAME` here and puts it in valid.c's table.
 * To add a rule: write src/check/rule_NAME.c ending with
 * `const struct rule rule_NAME = { ... };`, its test, and add one row here.
 */
#define CHECK_RULES(X) \
	X(agreement) \
	X(calendar) \
	X(attribution) \
	X(mirror) \
	X(official) \
	X(revision) \
	X(growth) \
	X(fx) \
	X(balance)

#define CHECK_RULE_DECLARE(name) extern const struct rule rule_##name;
CHECK_RULES(CHECK_RULE_DECLARE)
#undef CHECK_RULE_DECLARE

/* The rules in the order they run; *n gets the count. */
const struct rule *const *check_rules(size_t *n);
/* The i-th rule's name, NULL past the last: `validate --rule` reads its
 * choices (and --help its list) from here. */
const char *check_rule_name(size_t i);
/* Runs every rule (its series pass too), or only the one named only (NULL:
 * all). Returns 0, emit's non-zero value, or -1 (after error()) if only
 * names no rule. */
int check_run(const struct check_input *in, const char *only, finding_fn emit, void *ctx);

/* ---- tolerances (tol.c): the conventions every rule shares --------- */

/* A hedged figure ("about", "nearly", "over") spans 5% of its value either
 * way, or its rounding interval when that is wider. */
#define TOL_HEDGE_REL 0.05
/* A one-sided hedge - "almost", "nearly", "close to", "under", "up to" (the
 * value is at most the figure) or "over", "at least" (at least the figure) -
 * spans this much of its value on its open side (tol_hedge_dir): "almost 90
 * billion" allows 81 to 94.5 billion, "over 3 billion" 2.85 to 3.3 billion.
 * The closed side keeps TOL_HEDGE_REL: a writer's "almost" is loose too. */
#define TOL_HEDGE_OPEN_REL 0.10
/* A disagreement is a warning under 10% relative error, an error from 10% on. */
#define TOL_ERROR_REL 0.10
/* Bounds that meet count as overlapping: a billionth of the numbers compared
 * absorbs binary noise (1.1 - 1.0 is not 0.1). */
#define TOL_SLACK_REL 1e-9

/* Two articles' amounts said to be one figure (or the two sides of one
 * flow) whose magnitudes differ by more than this factor are more likely
 * two figures - another period, subject, measure or product read as this
 * one - than one figure told two ways: read on Reuters-21578, 26 of 27
 * such agreement warnings and errors were (tests/eval, validator). Such a
 * pair is at most info, and the message says why. */
#define TOL_SAME_FIGURE_RATIO 1.5

/* A figure as the rules compare it: value +/- half. */
struct tol_side {
	double value;	/* base units; a change stated as "down" is negative */
	double half;	/* half-width of its interval, base units, >= 0 */
	/* more width below and above value - half and value + half, >= 0: the
	 * open side of a one-sided hedge (tol_overlaps reads them; a rule that
	 * reads half alone is only stricter on that side, never looser) */
	double below, above;
};

/* The side a hedge leaves open, in magnitude: -1 for "almost", "nearly",
 * "close to", "under", "up to" (the value is at most the figure), +1 for
 * "over", "at least", "above", "more than" (at least the figure), 0 for
 * "about", "some", "around" and the rest (either side), or no hedge. */
int tol_hedge_dir(const char *approx);
/* " ('almost': -10% to +5%)" or " ('about': +/-5%)" appended to b: what f's
 * hedge allows; nothing when f has none. */
void tol_hedge_note(struct buf *b, const struct fact *f);

/* 1 if f's measure is a change ("change", "change_yoy", "change_mom"). */
int tol_is_change(const struct fact *f);
/* f's signed value and interval: precision as written, widened by a hedge. */
struct tol_side tol_side(const struct fact *f);
/* An observation's value and the half unit of its last published digit. */
struct tol_side tol_obs_side(const struct observation *o);
/* 1 when the intervals of a and b overlap, touching bounds included. */
int tol_overlaps(struct tol_side a, struct tol_side b);
/* 1 when the written amount w (money or quantity) is x cut toward zero to
 * w's last written digit ("169 billion" for 169.8 billion): x finer, the same
 * sign, |w| <= |x| < |w| + one unit of w's last digit. A hedged w never is
 * (its interval is wide already). Agreement with rounding, not a difference. */
int tol_truncated(const struct fact *w, struct tol_side x);
/* 1 when a and b (nonzero, the same sign) differ in magnitude by more
 * than TOL_SAME_FIGURE_RATIO; *ratio gets the larger over the smaller. */
int tol_far_apart(double a, double b, double *ratio);
/* (actual - expected) / expected, or 0 when expected is 0. */
double tol_rel_error(double actual, double expected);
/* info when agree; else warning under TOL_ERROR_REL, error from it on or
 * against an expected 0. */
enum severity tol_severity(int agree, double expected, double rel_error);
/*
 * Fills out (cleared first) for a figure actual of claim f against a figure
 * expected: period f's, tolerance both half-widths, severity from agree and
 * the relative error. The two below and rules with a derived side use it.
 */
void tol_finding_sides(struct finding *out, const char *rule, const struct fact *f,
		       struct tol_side actual, struct tol_side expected, int agree);
/*
 * Fills out (cleared first) for a figure actual, derived from claim f (and
 * other, may be NULL), checked against observation o: expected o's value,
 * tolerance both half-widths, severity from agree and the relative error.
 * The rule writes the message.
 */
void tol_finding_vs_obs(struct finding *out, const char *rule, const struct fact *f,
			const struct fact *other, const struct observation *o, struct tol_side actual,
			int agree);
/*
 * The same for claim f checked against another article's claim other:
 * expected other's signed value, actual f's, tolerance both half-widths,
 * period f's, severity from agree and the relative error.
 */
void tol_finding_vs_claim(struct finding *out, const char *rule, const struct fact *f,
			  const struct fact *other, int agree);
/* A percentage for a message: one decimal, or two significant digits below
 * 0.1 so that a real difference never prints as "0". */
double tol_pct_rounded(double p);
/* "+2.7" or "-8.2": a signed percentage (already times 100) for a message. */
char *tol_fmt_pct(double p, char out[static FMT_NUM_MAX]);
/* v rounded to digits significant digits, formatted by fmt_num. */
char *tol_fmt_sig(double v, int digits, char out[static FMT_NUM_MAX]);

/* s, or "" for NULL: a fact's strings are never NULL from the loader, but a
 * struct a test builds may leave them so. Borrowed, like s. */
static inline const char *check_text(const char *s)
{
	return s ? s : "";
}

/* Orders facts by the figure they are about: kind, unit, per, measure,
 * period and subject, all compared exactly ("" only equals ""). Equal means
 * "the same figure", as agreement and attribution group them. */
int check_figure_cmp(const struct fact *a, const struct fact *b);
/* a and b carry the same qualifiers: adjustment, price and basis, compared
 * exactly (NULL and "" alike). */
int check_same_qualifiers(const struct fact *a, const struct fact *b);

/* ---- comparability (basis.c): compare like with like ---------------- */

/*
 * Whether two figures are on the same basis, and how sure a finding about
 * them may be. Fields (DESIGN, "Claims are compared only on the same
 * basis"): reporter, partner, flow, measure, sign of a balance, period,
 * commodity, adjustment, price, basis. A field set on both sides and
 * different makes them not comparable (a bilateral partner against WORLD
 * included); a field unknown on one side caps the finding at info; a
 * subject or period inferred from context (or whose source was not
 * recorded) caps it at warning; only all fields stated allows an error.
 */
struct basis_cmp {
	int comparable;		/* 0: not the same figure; why names the field */
	enum severity cap;	/* the most severe a disagreement may be */
	char why[256];		/* the first reason for !comparable or for a cap, or "" */
};

/* The sign of a balance (-1 deficit, +1 surplus, 0 zero or not a balance). */
int basis_sign(const struct fact *f);
/* 1 when f's period was not over on its article's date (1987 in a story of
 * 1987-04-07, a range to this month, a crop year not yet ended): a figure to
 * date, a commitment or an estimate. 0 when over, or either is unknown. */
int basis_period_open(const struct fact *f);
/* 1 when f's period is open (basis_period_open) and its sentence says the
 * figure is a running total: "already", "so far", "to date", "thus far",
 * "until now", "up to now", "year-to-date", "cumulative" - a part of the
 * period, never its whole value nor an estimate of it. */
int basis_to_date(const struct fact *f);
/* The first and the last day of a period ("1987" 1987-01-01 and 1987-12-31;
 * "1987-Q1", "1987-02", "1987-02-01/20", a crop year "1986/87" from its first
 * year to the end of its second), "YYYY-MM-DD" in out; 0 when period is none
 * of these. */
int basis_period_first(const char *period, char out[static 11]);
int basis_period_last(const char *period, char out[static 11]);
/* Two claims a and b, assumed equal in kind, unit, per and period (the
 * caller's grouping): fills out. */
void basis_claims(const struct fact *a, const struct fact *b, struct basis_cmp *out);
/* The qualifiers only (commodity, adjustment, price, basis), a period not
 * over on one side's date (comparable only between articles of the same
 * date) and the sources of a's and b's subject and period: for the mirror
 * rule, whose two sides differ in subject by design. */
void basis_qualifiers(const struct fact *a, const struct fact *b, struct basis_cmp *out);
/* Claim f against the series of observation o (its metadata): reporter,
 * partner and flow equal (as series_ix_find matched them), adjustment and
 * price; a product group against a series of all goods (or the reverse)
 * caps at info; a period not over on the article's date is not compared;
 * the claim's sources cap as for two claims. */
void basis_claim_series(const struct fact *f, const struct observation *o, struct basis_cmp *out);
struct series_ent;
/* Claim f against the series of entry e, as official and revision compare
 * them: basis_claim_series, then e holds f's commodity (series_commodity_fits),
 * then capped for f's twin among facts[0..n). 1 when they can be compared. */
int basis_claim_entry(const struct fact *f, const struct series_ent *e, const struct fact *facts,
		      size_t n, struct basis_cmp *out);
/* 1 when commodity (NULL as "") is the whole of merchandise trade: none
 * named, "goods", or an all-commodities code ("TOTAL": Comtrade's cmdCode
 * for All Commodities, any case). A claim of a country's total imports
 * from a partner is the total over commodities. */
int basis_whole_trade(const char *commodity);
/* Two series a and b (their heads) of one flow seen from each side: the
 * commodity (named on one side only caps at info; two names must be the
 * same), adjustment and price. Series state their own subject: no source
 * caps. */
void basis_series_pair(const struct observation *a, const struct observation *b,
		       struct basis_cmp *out);
/* Another fact of v[0..n) (or facts[0..n)) in f's sentence of f's
 * document, read as the same figure (check_figure_cmp equal, the same
 * adjustment, price and basis, neither with a status) with a value that
 * does not overlap f's: a twin. NULL when there is none. */
const struct fact *basis_twin(const struct fact *f, const struct fact *const *v, size_t n);
const struct fact *basis_twin_in(const struct fact *f, const struct fact *facts, size_t n);
/* Caps out at info when twin (f's twin, or NULL: nothing) is set: one
 * sentence gives two values for what the fields call one figure. */
void basis_cap_twin(struct basis_cmp *out, const struct fact *f, const struct fact *twin);
/* 1 when sentence names an official source of figures (a ministry, a
 * bureau, a department, customs, a central bank, statistics, officials...). */
int basis_official_sentence(const char *sentence);
/* The later figure in f's sentence of which f is the base, and which makes
 * f not the period's official whole: a figure of the same trade for a later
 * period not over on its date (base.c, invariant 2; f is the same part of
 * its period), else a forecast of f's reporter for a period after f's, in
 * a sentence naming no official source (base.c, invariant 1). NULL when none. */
const struct fact *basis_forecast_base(const struct fact *f, const struct fact *facts, size_t n);
/* Caps out at info when forecast (from basis_forecast_base, or NULL) is
 * set, saying which of the two it is. */
void basis_cap_forecast_base(struct basis_cmp *out, const struct fact *f,
			     const struct fact *forecast);
/* The severity s lowered to the cap. */
enum severity basis_apply(const struct basis_cmp *b, enum severity s);
/* " (at most info: partner unknown in b.txt)" appended to msg when the cap
 * lowered s0 to s1; nothing otherwise. */
void basis_explain(struct buf *msg, const struct basis_cmp *b, enum severity s0,
		   enum severity s1);
/* The last step of a finding on a basis: out's severity lowered to the cap,
 * the reason appended to msg, and msg copied into out's message. */
void basis_finish(struct finding *out, const struct basis_cmp *b, struct buf *msg);

/* ---- differences the archive explains (explain.c) ------------------- */

/* 1 when a and b agree within rounding, or one is the other cut to its
 * written digits (tol_truncated). */
int explain_agree(const struct fact *a, const struct fact *b);
/*
 * Restated by a later release: later's article (dated after earlier's)
 * also states the same trade (kind, unit, per, measure, flow, reporter,
 * partner, commodity, qualifiers) for a period after later's, over on its
 * date, in later's own sentence (the release that gives it restates later's
 * period). Returns that claim of facts[0..n) (the evidence), or NULL.
 */
const struct fact *explain_restated(const struct fact *earlier, const struct fact *later,
				    const struct fact *facts, size_t n);
/* An epoch of one figure's claims that a later one replaced. */
struct explain_shift {
	const char *from, *to;		/* borrowed: its first and last article dates */
	const char *next;		/* borrowed: the first date of the next epoch */
	size_t claims;			/* how many claims told it */
	const struct fact *value;	/* borrowed: its first claim */
};
/*
 * A shift over time: v[0..n) are one figure's claims (check_figure_cmp
 * equal); those dated, with no status, a period over and a and b's
 * qualifiers and sign fall into epochs by date (explain.c, invariant 2).
 * 1 when a and b are in different epochs and the earlier of the two was
 * told on at least two dates, replaced a release cycle (28 days) or more
 * after it was first told: *out gets it. 0 otherwise.
 */
int explain_shift(const struct fact *const *v, size_t n, const struct fact *a,
		  const struct fact *b, struct explain_shift *out);
/* 1 when f can have a mirror: money or quantity with a period, reporter and
 * partner named, different, neither WORLD, a level of exports or imports or
 * a balance. */
int explain_bilateral(const struct fact *f);
/*
 * Mirror evidence: a and b (different articles, the same bilateral trade
 * and period, disagreeing) where exactly one matches, within rounding, the
 * other side's claim for the same trade in facts[0..n) (flows swapped, a
 * balance with its sign turned). Returns that claim and sets *told to the
 * one of a and b it matches (the other side's statistics told as this
 * side's); NULL when none or both match.
 */
const struct fact *explain_mirror(const struct fact *a, const struct fact *b,
				  const struct fact *facts, size_t n, const struct fact **told);
/* The same, and *via gets the claim through which *told is shown to be the
 * other side's figure (explain.c, invariant 7: *told matches it within
 * rounding, and it matches the other side), or NULL when *told matches the
 * other side's claim itself. */
const struct fact *explain_mirror_via(const struct fact *a, const struct fact *b,
				      const struct fact *facts, size_t n, const struct fact **told,
				      const struct fact **via);
/* 0 when a and b are both bare figures (no flow, no commodity, not a
 * balance) whose sentences name them by no common word (statistic.c): two
 * statistics; 1 otherwise. */
int statistic_same(const struct fact *a, const struct fact *b);

/* The gap the two compilation bases of one trade balance may make, as a
 * fraction: of the reporter's imports for the period when the archive gives
 * them (the customs balance values imports CIF, the balance of payments
 * FOB: freight and insurance, MIRROR_BAND's margin), else of the larger of
 * the two balances (explain.c, invariant 6). */
#define EXPLAIN_BASIS_IMPORTS_REL 0.10
#define EXPLAIN_BASIS_BALANCE_REL 0.15

/* Why two figures may be on two compilation bases. */
struct explain_basis {
	const struct fact *customs, *bop;	/* borrowed: the reporter's figures stated so */
	const struct fact *imports;	/* borrowed: its imports for the period, or NULL */
	double bound;			/* the gap allowed, base units (rounding included) */
};
/*
 * A compilation basis may explain a and b (explain.c, invariant 6): both
 * amounts of a trade balance (or of imports or exports) with no basis
 * stated, the same reporter, partner, flow and period; facts[0..n) hold the
 * same reporter's same trade stated on a customs basis and on a balance of
 * payments basis (any period: it publishes both), and a and b are no
 * further apart than the gap the two bases make (EXPLAIN_BASIS_*). 1 and
 * *out filled, or 0.
 */
int explain_basis(const struct fact *a, const struct fact *b, const struct fact *facts, size_t n,
		  struct explain_basis *out);

/* ---- series lookup (series.c): by subject, then by period ------------ */

/* One series: its metadata (head) and, when its observations are in
 * check_input.obs, the run obs[start..end) of them. */
struct series_ent {
	const struct observation *head;	/* borrowed: its first observation, for the metadata */
	size_t start, end;	/* indexes into check_input.obs (in-memory index only) */
	int64_t id;		/* series.id (index fed by a fetch function), or 0 */
};

/* The vintages of one (series, period), oldest first: v[0..n). Borrowed
 * from the index: valid until series_ix_forget() or series_ix_release(). */
struct obs_span {
	const struct observation *v;
	size_t n;
};

struct series_ix;

/*
 * Fetches the vintages of (e, period) into ix, oldest first, by calling
 * series_ix_add() for each: the flat-memory path of `validate`, which looks
 * them up in the store per claim instead of holding every observation.
 * period NULL: every period's vintages, by period then oldest first
 * (series_all). Returns 0 or -1 (after error()).
 */
typedef int (*series_fetch_fn)(void *ctx, struct series_ix *ix, const struct series_ent *e,
			       const char *period);

/* A run of fetched vintages, kept until series_ix_forget(). */
struct series_run;

/* The series sorted by reporter, partner, flow, measure, unit, then code,
 * so that a claim's subject finds its series by binary search. Their
 * observations are either all in memory (series_ix_init over check_input.obs)
 * or fetched per (series, period) on demand (series_ix_init_fetch). */
struct series_ix {
	const struct observation *obs;	/* borrowed: check_input.obs, or NULL when fetched */
	struct series_ent *v;	/* owned */
	size_t n;
	/* Fetch mode only: */
	series_fetch_fn fetch;
	void *fetch_ctx;
	struct series_run **runs;	/* owned: what was fetched since the last forget */
	size_t nruns, runs_alloc;
	struct observation *pend;		/* owned: the run being fetched */
	size_t npend, pend_alloc;
	struct buf pend_text;		/* its period, released and source strings */
	size_t *pend_off;		/* 3 offsets into pend_text per pending obs */
	int failed;			/* a fetch failed: the run must stop */
};

/* Builds ix over in->obs in O(n + s log s) for n observations, s series. */
void series_ix_init(struct series_ix *ix, const struct check_input *in);
/*
 * Builds ix over the series heads[0..n) (metadata only, each one's id the
 * series' id, not an observation's; borrowed, kept), whose vintages fetch
 * supplies per (series, period). Memory is the series plus what was fetched
 * since the last series_ix_forget(), never every observation.
 */
void series_ix_init_fetch(struct series_ix *ix, const struct observation *heads, size_t n,
			  series_fetch_fn fetch, void *ctx);
/* For a fetch function: one vintage of the run being fetched. Its strings
 * period, released and source are copied; the series metadata is the
 * entry's head's, whatever o says. */
void series_ix_add(struct series_ix *ix, const struct observation *o);
/* Drops what was fetched (spans handed out become invalid). No-op in memory. */
void series_ix_forget(struct series_ix *ix);
/* Frees what ix owns; a released ix is empty and may be initialised again. */
void series_ix_release(struct series_ix *ix);
/* The index a rule uses: in->ix when the caller gave one, else *local
 * built over in->obs (released by series_ix_done). */
struct series_ix *series_ix_of(const struct check_input *in, struct series_ix *local);
/* Releases ix when it is *local; returns rc, or -1 when a fetch failed. */
int series_ix_done(struct series_ix *ix, struct series_ix *local, int rc);
/*
 * The series whose reporter, partner, flow, measure and unit equal the
 * arguments (exactly: "" matches only ""; unit NULL matches any unit, for a
 * percentage change of the subject): returns how many, the first at
 * ix->v[*first], the others right after it.
 */
size_t series_ix_find(const struct series_ix *ix, const char *reporter, const char *partner,
		      const char *flow, const char *measure, const char *unit, size_t *first);
/* 1 when a claim's commodity fits e: equal, the claim's empty, or e's the
 * whole of merchandise trade (basis_whole_trade: none, "goods", Comtrade's
 * "TOTAL"). */
int series_commodity_fits(const struct series_ent *e, const char *commodity);
/* The vintages of e for period, oldest first, in *out; 0 when none (or
 * when a fetch failed: ix->failed is then set). */
int series_period(struct series_ix *ix, const struct series_ent *e, const char *period,
		  struct obs_span *out);
/* Every vintage of every period of e, by period then oldest first, in
 * *out (fetched: kept until series_ix_forget()); 0 when none (or when a
 * fetch failed: ix->failed is then set). */
int series_all(struct series_ix *ix, const struct series_ent *e, struct obs_span *out);
/* The latest value in s (withdrawals skipped), or NULL. */
const struct observation *series_latest(const struct obs_span *s);
/* The value current on date: the last in s released on or before date
 * (withdrawals skipped), or NULL when none was, or date is "". */
const struct observation *series_asof(const struct obs_span *s, const char *date);

const char *severity_name(enum severity s);
/* "info", "warning", "error" -> 0 and *out; -1 otherwise. */
int severity_parse(const char *s, enum severity *out);

#endif

/*
 * check.h - the check stage: consistency rules over stored claims.
 *
 * The whole interface of src/check/ (valid.c and one rule_*.c per rule).
 * Rules are pure functions over plain structs: they never touch SQLite.
 * cmd/validate.c loads the facts from the store, runs the rules and stores
 * the findings they emit.
 *
 * Invariants:
 *  1. A rule reads its input and emits findings; it never changes a fact.
 *  2. Every finding names the claim it is about, with its provenance
 *     (document, offsets, sentence), and the other side when there is one.
 *  3. Rules are listed in one table in valid.c, in a fixed order, so output
 *     is deterministic for the same input.
 */
#ifndef TS_CHECK_H
#define TS_CHECK_H

#include <stddef.h>
#include <stdint.h>

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
};

/*
 * One recorded observation as the rules see it: the value of a series for a
 * period as one vintage published it. Strings are borrowed and never NULL.
 */
struct obs {
	int64_t id;		/* observation.id */
	int64_t vintage;	/* vintage.id */
	const char *series;	/* series code */
	const char *unit, *reporter, *partner, *flow, *commodity; /* series metadata, "" unknown */
	const char *measure;	/* "level", or "ytd": each value covers January to its period */
	const char *period;	/* "2023-08", "2023", "2023-Q3", "2023-09-19" */
	double value;		/* base units; NAN when this vintage withdrew the period */
	double precision;	/* half a unit of the last digit as published, base units */
	const char *released;	/* the vintage's release date "YYYY-MM-DD" */
	const char *source;	/* the vintage's source */
};

struct finding {
	const char *rule;	/* the rule's name; static */
	enum severity severity;
	const struct fact *claim;	/* borrowed: the claim the finding is about */
	const struct fact *other;	/* borrowed: the other claim, or NULL */
	const struct obs *obs;		/* borrowed: the observation compared, or NULL */
	const char *series;	/* series code when the other side is a series, or NULL */
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
	const struct obs *obs;		/* borrowed */
	size_t nobs;
};

struct rule {
	const char *name;	/* "agreement" */
	const char *summary;	/* one line for --help */
	/* Emits the rule's findings in a deterministic order; returns 0, or
	 * the first non-zero value emit returned. */
	int (*run)(const struct check_input *in, finding_fn emit, void *ctx);
};

extern const struct rule rule_agreement;

/* The rules in the order they run; *n gets the count. */
const struct rule *const *check_rules(size_t *n);
/* Runs every rule, or only the one named only (NULL: all). Returns 0, emit's
 * non-zero value, or -1 (after error()) if only names no rule. */
int check_run(const struct check_input *in, const char *only, finding_fn emit, void *ctx);

const char *severity_name(enum severity s);
/* "info", "warning", "error" -> 0 and *out; -1 otherwise. */
int severity_parse(const char *s, enum severity *out);

#endif

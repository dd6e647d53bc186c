/*
 * validate.c - `tradestat validate`: run the consistency rules over the
 * stored claims, store the findings, print them.
 *
 * Input: the claims in the store, streamed in the order each rule groups
 * them (sql/check_facts*.sql), and the series (sql/check_series.sql) whose
 * vintages are looked up per claim (sql/check_period.sql).
 * Output: the finding table replaced in one transaction, then the findings
 * printed from it (sql/export_findings.sql), so what is printed is exactly
 * what `export findings` gives.
 *
 * Invariants:
 *  1. A run replaces the previous run's findings atomically: a failed run
 *     leaves the previous findings in place.
 *  2. Memory is flat in the number of claims and observations: one group of
 *     claims (a document, a figure, a country pair; check.h, enum
 *     check_order) is held at a time, the series' metadata once, and only
 *     the vintages the group looked up; findings are written as they come
 *     into a TEMP table (its pages spill to a temporary file), then, once
 *     the series' metadata is freed, the previous run's are deleted a range
 *     of ids at a time and the new ones copied into finding in one
 *     statement: the WAL index of the run's transaction, which grows with
 *     the findings' pages, and the series' metadata, which grows with the
 *     series, are not held at once.
 *  3. A rule sees each group whole, so its findings are those it gives over
 *     all claims at once (the unit tests run it that way); only their order
 *     differs (group by group). A rule's series pass (the mirror rule's
 *     official pairs) runs once, after the claims, one pair of series held
 *     at a time. The rules get borrowed views and never query
 *     the database themselves: the fetch function below does it for them.
 *  4. The claims' subject index, which a bulk ingest drops (cmd/ingest.c,
 *     invariant 6), is built first when missing, in its own transaction:
 *     the readers that use it (plot, report) come after validate.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "check/check.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

/* The columns of sql/check_facts.sql and where each goes in struct fact. */
static const struct rowmap_col fact_cols[] = {
	ROWMAP_INT(struct fact, id, "id"), ROWMAP_INT(struct fact, doc_id, "doc_id"),
	ROWMAP_TEXT(struct fact, doc, "doc"), ROWMAP_TEXT(struct fact, published, "published"),
	ROWMAP_INT(struct fact, start, "start"), ROWMAP_INT(struct fact, end, "end"),
	ROWMAP_TEXT(struct fact, text, "text"), ROWMAP_TEXT(struct fact, sentence, "sentence"),
	ROWMAP_TEXT(struct fact, kind, "kind"), ROWMAP_REAL(struct fact, value, "value"),
	ROWMAP_REAL(struct fact, precision, "precision"), ROWMAP_TEXT(struct fact, unit, "unit"),
	ROWMAP_TEXT(struct fact, per, "per"), ROWMAP_TEXT(struct fact, approx, "approx"),
	ROWMAP_TEXT(struct fact, direction, "direction"),
	ROWMAP_TEXT(struct fact, measure, "measure"), ROWMAP_TEXT(struct fact, period, "period"),
	ROWMAP_TEXT(struct fact, flow, "flow"), ROWMAP_TEXT(struct fact, reporter, "reporter"),
	ROWMAP_TEXT(struct fact, partner, "partner"),
	ROWMAP_TEXT(struct fact, commodity, "commodity"), ROWMAP_INT(struct fact, pair, "pair"),
	ROWMAP_TEXT(struct fact, adjustment, "adjustment"), ROWMAP_TEXT(struct fact, price, "price"),
	ROWMAP_TEXT(struct fact, basis, "basis"), ROWMAP_TEXT(struct fact, status, "status"),
	ROWMAP_TEXT(struct fact, reporter_src, "reporter_src"),
	ROWMAP_TEXT(struct fact, partner_src, "partner_src"),
	ROWMAP_TEXT(struct fact, flow_src, "flow_src"),
	ROWMAP_TEXT(struct fact, period_src, "period_src"),
	ROWMAP_TEXT(struct fact, source, "source"),
};

/* The columns of sql/check_series.sql: a series' metadata in a struct
 * observation (its head), id holding the series' id rather than an
 * observation's, and period its first period (what its periods look like:
 * rule_official). */
#define OBS struct observation
static const struct rowmap_col series_cols[] = {
	ROWMAP_INT(OBS, id, "id"), ROWMAP_TEXT(OBS, series, "series"),
	ROWMAP_TEXT(OBS, unit, "unit"), ROWMAP_TEXT(OBS, reporter, "reporter"),
	ROWMAP_TEXT(OBS, partner, "partner"), ROWMAP_TEXT(OBS, flow, "flow"),
	ROWMAP_TEXT(OBS, commodity, "commodity"), ROWMAP_TEXT(OBS, measure, "measure"),
	ROWMAP_TEXT(OBS, adjustment, "adjustment"), ROWMAP_TEXT(OBS, price, "price"),
	ROWMAP_TEXT(OBS, aggregation, "aggregation"), ROWMAP_TEXT(OBS, period, "period"),
};
#undef OBS

/* The statement that streams the claims for each order, and the column
 * whose value changes exactly where a group ends. */
static const struct {
	enum sql_id stmt;
	const char *key;
} streams[] = {
	[CHECK_BY_DOCUMENT] = { SQL_CHECK_FACTS, "doc_id" },
	[CHECK_BY_FIGURE] = { SQL_CHECK_FACTS_FIGURE, "grp" },
	[CHECK_BY_SUBJECT] = { SQL_CHECK_FACTS_SUBJECT, "grp" },
};

struct run {
	struct store *st;
	long count[3];		/* by severity */
};

static int store_finding(void *ctx, const struct finding *f);

/* One stream of claims cut into groups, and the rules run on each group. */
struct stream {
	struct run *run;
	struct series_ix *ix;
	const struct rule *rules[16];	/* those of this order, in table order */
	size_t nrules;
	const char *key;	/* the group column */
	struct buf cur, next;	/* the current group's key, the incoming row's */
	struct rowmap facts;	/* the current group */
	struct rowmap spare;	/* empty: takes the first row of the next group */
};

/* One row of sql/check_period.sql into the index's run being fetched. */
static int period_row(void *ctx, const struct row *r)
{
	struct observation o = { 0 };

	o.id = row_int(r, "id");
	o.vintage = row_int(r, "vintage");
	o.period = row_text(r, "period");
	o.value = row_double(r, "value");
	o.precision = row_double(r, "precision");
	o.released = row_text(r, "released");
	o.source = row_text(r, "source");
	series_ix_add(ctx, &o);
	return 0;
}

/* series_fetch_fn: the vintages of (e, period), by the observation index;
 * period NULL: of every period (check_series_all.sql). */
static int fetch_period(void *ctx, struct series_ix *ix, const struct series_ent *e,
			const char *period)
{
	const struct param p[] = { P_INT(":series", e->id), P_TEXT(":period", period) };

	if (!period)
		return store_select(ctx, SQL_CHECK_SERIES_ALL, p, 1, period_row, ix) ? -1 : 0;
	return store_select(ctx, SQL_CHECK_PERIOD, p, ARRAY_SIZE(p), period_row, ix) ? -1 : 0;
}

/* Empties m, keeping its allocations (memory follows the largest group). */
static void group_reset(struct rowmap *m)
{
	m->n = 0;
	buf_reset(&m->arena);
	buf_addc(&m->arena, '\0');	/* offset 0: the empty string */
}

/* Runs the stream's rules on the group held, then empties it. */
static int flush(struct stream *s)
{
	struct check_input in = { NULL, 0, NULL, 0, s->ix };
	int rc = 0;

	if (!s->facts.n)
		return 0;
	in.facts = rowmap_done(&s->facts);
	in.nfacts = s->facts.n;
	for (size_t k = 0; k < s->nrules && !rc; k++)
		rc = s->rules[k]->run(&in, store_finding, s->run);
	series_ix_forget(s->ix);
	group_reset(&s->facts);
	return rc;
}

/* The group key of a row: its key column's type and bytes. */
static void row_key(const struct stream *s, const struct row *r, struct buf *out)
{
	const struct cell *c = row_cell(r, s->key);

	buf_reset(out);
	buf_addc(out, (char)('0' + c->type));
	if (c->type == CELL_TEXT)
		buf_add(out, c->s, c->n);
	else if (c->type == CELL_INT)
		buf_add(out, &c->i, sizeof(c->i));
}

/*
 * A row of a new group is copied first (into spare): the rules' own queries
 * and inserts reuse the store's row cells, so r is gone once flush() has run.
 */
static int stream_row(void *ctx, const struct row *r)
{
	struct stream *s = ctx;
	struct rowmap m;
	struct buf t;
	int rc;

	row_key(s, r, &s->next);
	t = s->cur, s->cur = s->next, s->next = t;
	if (!s->facts.n || (s->next.len == s->cur.len && !memcmp(s->next.s, s->cur.s, s->cur.len)))
		return rowmap_row(&s->facts, r);
	rowmap_row(&s->spare, r);
	rc = flush(s);
	m = s->facts, s->facts = s->spare, s->spare = m;
	return rc;
}

/* Streams the claims in order o and runs on them the rules of that order
 * (only the one named only, when not NULL). Returns 0, a rule's non-zero
 * value, or -1 after error(). */
static int run_order(struct run *run, struct series_ix *ix, enum check_order o,
		     const char *only)
{
	struct stream s = { .run = run, .ix = ix, .key = streams[o].key,
			    .cur = BUF_INIT, .next = BUF_INIT };
	const struct rule *const *rules;
	size_t n;
	int rc;

	rules = check_rules(&n);
	for (size_t k = 0; k < n; k++)
		if (rules[k]->order == o && (!only || !strcmp(only, rules[k]->name)) &&
		    s.nrules < ARRAY_SIZE(s.rules))
			s.rules[s.nrules++] = rules[k];
	if (!s.nrules)
		return 0;
	rowmap_init(&s.facts, fact_cols, ARRAY_SIZE(fact_cols), sizeof(struct fact));
	rowmap_init(&s.spare, fact_cols, ARRAY_SIZE(fact_cols), sizeof(struct fact));
	rc = store_select(run->st, streams[o].stmt, NULL, 0, stream_row, &s);
	if (!rc)
		rc = flush(&s);
	rowmap_release(&s.facts);
	rowmap_release(&s.spare);
	buf_release(&s.cur);
	buf_release(&s.next);
	return rc;
}

/* The series passes (struct rule's series) of the rules run, in table
 * order, once: they read the series alone, no claim. */
static int run_series(struct run *run, struct series_ix *ix, const char *only)
{
	struct check_input in = { NULL, 0, NULL, 0, ix };
	const struct rule *const *rules;
	size_t n;
	int rc = 0;

	rules = check_rules(&n);
	for (size_t k = 0; k < n && !rc; k++)
		if (rules[k]->series && (!only || !strcmp(only, rules[k]->name))) {
			rc = rules[k]->series(&in, store_finding, run);
			series_ix_forget(ix);
		}
	return rc;
}

static int last_id(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "last");
	return 0;
}

/* Deletes the previous run's findings (only's, when not NULL) a range of
 * ids at a time, so that memory does not follow their number. */
#define CLEAR_SPAN 4096
static int clear_findings(struct store *st, const char *only)
{
	int64_t last = 0;

	if (store_select(st, SQL_FINDING_LAST, NULL, 0, last_id, &last) < 0)
		return -1;
	for (int64_t after = 0; after < last; after += CLEAR_SPAN) {
		const struct param p[] = {
			P_INT(":after", after), P_INT(":span", CLEAR_SPAN),
			only ? (struct param)P_TEXT(":rule", only) : (struct param)P_NULL(":rule"),
		};

		if (store_exec(st, SQL_FINDING_CLEAR, p, ARRAY_SIZE(p), NULL) < 0)
			return -1;
	}
	return 0;
}

static int count_claims(void *ctx, const struct row *r)
{
	*(long *)ctx = (long)row_int(r, "claims");
	return 0;
}

static int store_finding(void *ctx, const struct finding *f)
{
	struct run *r = ctx;
	const struct param p[] = {
		P_TEXT(":rule", f->rule),
		P_TEXT(":severity", severity_name(f->severity)),
		f->claim ? (struct param)P_INT(":claim", f->claim->id)
			 : (struct param)P_NULL(":claim"),
		f->other ? (struct param)P_INT(":other_claim", f->other->id)
			 : (struct param)P_NULL(":other_claim"),
		f->obs ? (struct param)P_INT(":observation", f->obs->id)
		       : (struct param)P_NULL(":observation"),
		P_TEXT(":series", f->series),
		P_TEXT(":period", f->period),
		f->has_values ? (struct param)P_REAL(":expected", f->expected)
			      : (struct param)P_NULL(":expected"),
		f->has_values ? (struct param)P_REAL(":actual", f->actual)
			      : (struct param)P_NULL(":actual"),
		f->has_values ? (struct param)P_REAL(":tolerance", f->tolerance)
			      : (struct param)P_NULL(":tolerance"),
		f->has_values ? (struct param)P_REAL(":rel_error", f->rel_error)
			      : (struct param)P_NULL(":rel_error"),
		P_TEXT(":message", f->message),
		f->other_obs ? (struct param)P_INT(":other_observation", f->other_obs->id)
			     : (struct param)P_NULL(":other_observation"),
		P_TEXT(":other_series", f->other_series),
	};

	r->count[f->severity]++;
	return store_exec(r->st, SQL_FINDING_INSERT, p, ARRAY_SIZE(p), NULL) < 0 ? -1 : 0;
}

/* Text for a person: severity, rule, both sides with offsets, the message. */
static int print_text(void *ctx, const struct row *r)
{
#define TEXT(name) (int)row_len(r, name), row_text(r, name)	/* for "%.*s" */
	(void)ctx;
	/* Columns of sql/export_findings.sql, by name. */
	if (row_len(r, "doc"))
		printf("%-7s %-11s %.*s [%lld,%lld) '%.*s'\n", row_text(r, "severity"),
		       row_text(r, "rule"), TEXT("doc"), (long long)row_int(r, "start"),
		       (long long)row_int(r, "end"), TEXT("text"));
	else	/* two series (the mirror rule's official pairs) */
		printf("%-7s %-11s series %.*s %.*s (vintage of %.*s)\n", row_text(r, "severity"),
		       row_text(r, "rule"), TEXT("series"), TEXT("period"), TEXT("vintage"));
	/* A finding may have both sides: growth checks a level with its change
	   (the other claim) against the series' base period. */
	if (row_len(r, "other_doc"))
		printf("        %-11s vs %.*s [%lld,%lld) '%.*s'\n", "", TEXT("other_doc"),
		       (long long)row_int(r, "other_start"), (long long)row_int(r, "other_end"),
		       TEXT("other_text"));
	if (row_len(r, "other_series"))
		printf("        %-11s vs series %.*s %.*s (vintage of %.*s)\n", "",
		       TEXT("other_series"), TEXT("period"), TEXT("other_vintage"));
	else if (!row_len(r, "doc"))
		;	/* the series is on the first line */
	else if (row_len(r, "series") && row_len(r, "vintage"))
		printf("        %-11s vs series %.*s %.*s (vintage of %.*s)\n", "", TEXT("series"),
		       TEXT("period"), TEXT("vintage"));
	else if (row_len(r, "series"))
		printf("        %-11s vs series %.*s %.*s\n", "", TEXT("series"), TEXT("period"));
	printf("        %-11s %.*s\n", "", TEXT("message"));
#undef TEXT
	return 0;
}

/* What `validate` reads from its command line. */
struct validate_opts {
	const char *format;	/* "text" or "csv"; NULL: text */
	const char *fail_on;	/* "warning" or "error"; NULL: exit 0 whatever is found */
	const char *rule;	/* a name of check_rule_name(), or NULL: every rule */
	const char *severity;	/* "warning" or "error": print only findings this severe */
	int quiet;		/* -q: print the summary line only */
};

static int validate_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	static const enum check_order orders[] = { CHECK_BY_SUBJECT, CHECK_BY_FIGURE,
						   CHECK_BY_DOCUMENT };
	const struct validate_opts *o = ctx->opts;
	struct rowmap heads;
	struct series_ix ix;
	struct run run = { NULL, { 0, 0, 0 } };
	enum severity fail_on = SEV_ERROR;
	const char *only = o->rule;
	long nclaims = 0;
	int csv = o->format && strcmp(o->format, "csv") == 0, have_fail_on = !!o->fail_on, rc = 0;

	(void)argv;
	if (o->fail_on && severity_parse(o->fail_on, &fail_on) < 0)
		BUG("--fail-on '%s' passed its choice table", o->fail_on);
	if (argc > 0)
		return cmd_usage_error(&cmd_validate, "takes no arguments");
	if (cmd_open_store(ctx) < 0 || store_claim_index(ctx->store, 1) < 0 ||
	    store_scratch(ctx->store) < 0)
		return EXIT_DB;
	run.st = ctx->store;
	rowmap_init(&heads, series_cols, ARRAY_SIZE(series_cols), sizeof(struct observation));
	if (store_begin(ctx->store) < 0) {
		rowmap_release(&heads);
		return EXIT_DB;
	}
	if (store_exec(ctx->store, SQL_FINDING_RUN_CLEAR, NULL, 0, NULL) < 0 ||
	    store_select(ctx->store, SQL_CHECK_SERIES, NULL, 0, rowmap_row, &heads) < 0 ||
	    store_select(ctx->store, SQL_DB_COUNTS, NULL, 0, count_claims, &nclaims) < 0) {
		store_rollback(ctx->store);
		rowmap_release(&heads);
		return EXIT_DB;
	}
	series_ix_init_fetch(&ix, rowmap_done_fit(&heads), heads.n, fetch_period, ctx->store);
	/* Agreement and mirror (by subject), attribution (by figure), then
	 * the rules that read one document at a time: the rule table's order
	 * within each. */
	for (size_t k = 0; k < ARRAY_SIZE(orders) && !rc; k++)
		rc = run_order(&run, &ix, orders[k], only);
	if (!rc)
		rc = run_series(&run, &ix, only);
	series_ix_release(&ix);
	rowmap_release(&heads);
	/* --rule: only that rule's findings are replaced; the others stay. */
	if (rc == 0 && (clear_findings(ctx->store, only) < 0 ||
			store_exec(ctx->store, SQL_FINDING_RUN_COPY, NULL, 0, NULL) < 0))
		rc = -1;
	if (rc != 0 || store_commit(ctx->store) < 0) {
		store_rollback(ctx->store);
		return EXIT_DB;
	}
	if (!o->quiet) {
		/* What is printed: this run's rule(s), at least --severity, errors
		 * first (export_findings.sql's order), one severity at a time. */
		static const char *const sevs[] = { "error", "warning", "info" };
		size_t nsev = !o->severity ? 3 : strcmp(o->severity, "error") ? 2 : 1;
		struct csvout w;
		int bad = 0;

		if (csv)
			csvout_init(&w, stdout, 0);
		for (size_t k = 0; k < nsev && !bad; k++) {
			const struct param p[] = {
				P_TEXT(":severity", sevs[k]),
				only ? (struct param)P_TEXT(":rule", only) : (struct param)P_NULL(":rule"),
			};

			if (!csv)
				bad = store_select(ctx->store, SQL_FINDING_PRINT, p, 2, print_text, NULL) < 0;
			else if (k == 0)
				bad = cmd_query_csv(ctx->store, SQL_FINDING_PRINT, p, 2, &w) < 0;
			else
				bad = cmd_query_csv_rows(ctx->store, SQL_FINDING_PRINT, p, 2, &w) < 0;
		}
		if (!csv && bad)
			return EXIT_DB;
		if (csv && ((bad && !w.err) || (csvout_finish(&w) < 0 && !stdout_pipe_closed())))
			return w.err ? error("cannot write standard output"), EXIT_DB : EXIT_DB;
	}
	fprintf(stderr, "validate: %ld claims checked%s%s: %ld error%s, %ld warning%s, %ld info\n",
		nclaims, only ? " by rule " : "", only ? only : "",
		run.count[SEV_ERROR], run.count[SEV_ERROR] == 1 ? "" : "s",
		run.count[SEV_WARNING], run.count[SEV_WARNING] == 1 ? "" : "s", run.count[SEV_INFO]);
	if (have_fail_on && (run.count[SEV_ERROR] || (fail_on == SEV_WARNING && run.count[SEV_WARNING])))
		return EXIT_FINDINGS;
	return EXIT_OK;
}

static const char *const formats[] = { "text", "csv", NULL };
static const char *const severities[] = { "warning", "error", NULL };

static const struct opt validate_options[] = {
	{ .name = "format", .kind = OPT_CHOICE, .off = offsetof(struct validate_opts, format),
	  .choices = formats, .help = "text for a person (default) or CSV (as export findings)" },
	{ .name = "fail-on", .kind = OPT_CHOICE, .off = offsetof(struct validate_opts, fail_on),
	  .choices = severities, .help = "exit 1 when a finding is at least this severe\n"
	  "(default: exit 0 whatever is found)" },
	{ .name = "rule", .kind = OPT_CHOICE, .off = offsetof(struct validate_opts, rule),
	  .argname = "NAME", .choice_at = check_rule_name,
	  .help = "run only this rule: its findings are replaced, the other\nrules' stay" },
	{ .name = "quiet", .short_name = 'q', .kind = OPT_FLAG,
	  .off = offsetof(struct validate_opts, quiet),
	  .help = "print the summary line only (the findings are stored all the same)" },
	{ .name = "severity", .kind = OPT_CHOICE, .off = offsetof(struct validate_opts, severity),
	  .choices = severities, .help = "print only findings at least this severe" },
	OPT_END
};

const struct cmd cmd_validate = {
	.name = "validate",
	.usage = "[-q] [--severity warning|error] [--format text|csv] [--fail-on warning|error]\n"
	"       [--rule NAME]",
	.summary = "run the consistency rules, store and print the findings",
	.opts = validate_options,
	.opts_size = sizeof(struct validate_opts),
	.notes = "a run replaces the previous run's findings (with --rule, that rule's only)\n",
	.flags = CMD_DB,
	.run = validate_run,
};

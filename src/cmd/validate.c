/*
 * validate.c - `tradestat validate`: run the consistency rules over the
 * stored claims, store the findings, print them.
 *
 * Input: the claims in the store (sql/check_facts.sql).
 * Output: the finding table replaced in one transaction, then the findings
 * printed from it (sql/export_findings.sql), so what is printed is exactly
 * what `export findings` gives.
 *
 * Invariants:
 *  1. A run replaces the previous run's findings atomically: a failed run
 *     leaves the previous findings in place.
 *  2. Claims and observations are loaded once (cmd/rowmap.c); the rules get
 *     borrowed views and never query the database themselves.
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
};

/* The columns of sql/check_observations.sql and where each goes in struct obs. */
static const struct rowmap_col obs_cols[] = {
	ROWMAP_INT(struct obs, id, "id"), ROWMAP_INT(struct obs, vintage, "vintage"),
	ROWMAP_TEXT(struct obs, series, "series"), ROWMAP_TEXT(struct obs, unit, "unit"),
	ROWMAP_TEXT(struct obs, reporter, "reporter"), ROWMAP_TEXT(struct obs, partner, "partner"),
	ROWMAP_TEXT(struct obs, flow, "flow"), ROWMAP_TEXT(struct obs, commodity, "commodity"),
	ROWMAP_TEXT(struct obs, measure, "measure"),
	ROWMAP_TEXT(struct obs, adjustment, "adjustment"), ROWMAP_TEXT(struct obs, price, "price"),
	ROWMAP_TEXT(struct obs, period, "period"), ROWMAP_REAL(struct obs, value, "value"),
	ROWMAP_REAL(struct obs, precision, "precision"),
	ROWMAP_TEXT(struct obs, released, "released"), ROWMAP_TEXT(struct obs, source, "source"),
};

struct run {
	struct store *st;
	long count[3];		/* by severity */
};

static int store_finding(void *ctx, const struct finding *f)
{
	struct run *r = ctx;
	const struct param p[] = {
		P_TEXT(":rule", f->rule),
		P_TEXT(":severity", severity_name(f->severity)),
		P_INT(":claim", f->claim->id),
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
	printf("%-7s %-11s %.*s [%lld,%lld) '%.*s'\n", row_text(r, "severity"), row_text(r, "rule"),
	       TEXT("doc"), (long long)row_int(r, "start"), (long long)row_int(r, "end"),
	       TEXT("text"));
	/* A finding may have both sides: growth checks a level with its change
	   (the other claim) against the series' base period. */
	if (row_len(r, "other_doc"))
		printf("        %-11s vs %.*s [%lld,%lld) '%.*s'\n", "", TEXT("other_doc"),
		       (long long)row_int(r, "other_start"), (long long)row_int(r, "other_end"),
		       TEXT("other_text"));
	if (row_len(r, "series") && row_len(r, "vintage"))
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
	const struct validate_opts *o = ctx->opts;
	struct rowmap facts, obs;
	struct run run = { NULL, { 0, 0, 0 } };
	struct check_input in;
	enum severity fail_on = SEV_ERROR;
	const char *only = o->rule;
	int csv = o->format && strcmp(o->format, "csv") == 0, have_fail_on = !!o->fail_on, rc;

	(void)argv;
	if (o->fail_on && severity_parse(o->fail_on, &fail_on) < 0)
		BUG("--fail-on '%s' passed its choice table", o->fail_on);
	if (argc > 0)
		return cmd_usage_error(&cmd_validate, "takes no arguments");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	run.st = ctx->store;
	rowmap_init(&facts, fact_cols, ARRAY_SIZE(fact_cols), sizeof(struct fact));
	rowmap_init(&obs, obs_cols, ARRAY_SIZE(obs_cols), sizeof(struct obs));
	if (store_begin(ctx->store) < 0) {
		rowmap_release(&facts), rowmap_release(&obs);
		return EXIT_DB;
	}
	if (store_select(ctx->store, SQL_CHECK_FACTS, NULL, 0, rowmap_row, &facts) < 0 ||
	    store_select(ctx->store, SQL_CHECK_OBSERVATIONS, NULL, 0, rowmap_row, &obs) < 0)
		goto db_fail;
	in.facts = rowmap_done(&facts);
	in.nfacts = facts.n;
	in.obs = rowmap_done(&obs);
	in.nobs = obs.n;
	/* --rule: only that rule's findings are replaced; the others stay. */
	if (store_exec(ctx->store, SQL_FINDING_CLEAR, (const struct param[]){ only ?
		       (struct param)P_TEXT(":rule", only) : (struct param)P_NULL(":rule") },
		       1, NULL) < 0)
		goto db_fail;
	rc = check_run(&in, only, store_finding, &run);
	if (rc != 0) {
		store_rollback(ctx->store);
		rowmap_release(&facts), rowmap_release(&obs);
		return EXIT_DB;
	}
	if (store_commit(ctx->store) < 0)
		goto db_fail;
	rowmap_release(&facts), rowmap_release(&obs);
	{
		/* What is printed: this run's rule(s), at least --severity. */
		const struct param p[] = {
			o->severity ? (struct param)P_TEXT(":min_severity", o->severity)
				    : (struct param)P_NULL(":min_severity"),
			only ? (struct param)P_TEXT(":rule", only) : (struct param)P_NULL(":rule"),
		};

		if (o->quiet) {
			/* -q: the summary line only. */
		} else if (csv) {
			struct csvout w;

			csvout_init(&w, stdout, 0);
			if ((cmd_query_csv(ctx->store, SQL_EXPORT_FINDINGS, p, 2, &w) < 0 && !w.err) ||
			    (csvout_finish(&w) < 0 && !stdout_pipe_closed()))
				return w.err ? error("cannot write standard output"), EXIT_DB : EXIT_DB;
		} else if (store_select(ctx->store, SQL_EXPORT_FINDINGS, p, 2, print_text, NULL) < 0) {
			return EXIT_DB;
		}
	}
	fprintf(stderr, "validate: %zu claims checked%s%s: %ld error%s, %ld warning%s, %ld info\n",
		in.nfacts, only ? " by rule " : "", only ? only : "",
		run.count[SEV_ERROR], run.count[SEV_ERROR] == 1 ? "" : "s",
		run.count[SEV_WARNING], run.count[SEV_WARNING] == 1 ? "" : "s", run.count[SEV_INFO]);
	if (have_fail_on && (run.count[SEV_ERROR] || (fail_on == SEV_WARNING && run.count[SEV_WARNING])))
		return EXIT_FINDINGS;
	return EXIT_OK;
db_fail:
	store_rollback(ctx->store);
	rowmap_release(&facts), rowmap_release(&obs);
	return EXIT_DB;
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

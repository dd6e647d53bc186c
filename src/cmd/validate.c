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
 *  2. Facts are loaded once into one string arena; rules get borrowed views.
 */
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "check/check.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

/* Text columns of sql/check_facts.sql and where each goes in struct fact. */
static const struct { const char *col; size_t off; } text_cols[] = {
	{ "doc", offsetof(struct fact, doc) },
	{ "published", offsetof(struct fact, published) },
	{ "text", offsetof(struct fact, text) },
	{ "sentence", offsetof(struct fact, sentence) },
	{ "kind", offsetof(struct fact, kind) },
	{ "unit", offsetof(struct fact, unit) },
	{ "per", offsetof(struct fact, per) },
	{ "approx", offsetof(struct fact, approx) },
	{ "direction", offsetof(struct fact, direction) },
	{ "measure", offsetof(struct fact, measure) },
	{ "period", offsetof(struct fact, period) },
	{ "flow", offsetof(struct fact, flow) },
	{ "reporter", offsetof(struct fact, reporter) },
	{ "partner", offsetof(struct fact, partner) },
	{ "commodity", offsetof(struct fact, commodity) },
};

struct loader {
	struct fact *v;		/* owned */
	size_t n, alloc;
	size_t (*offs)[ARRAY_SIZE(text_cols)];	/* owned: arena offset of each text column */
	struct buf arena;	/* all text, NUL-separated */
};

static int load_fact(void *ctx, const struct row *r)
{
	struct loader *l = ctx;
	size_t alloc = l->alloc;
	struct fact *f;

	XGROW(l->v, l->alloc, l->n + 1);
	if (l->alloc != alloc)
		l->offs = xrealloc(l->offs, l->alloc * sizeof(*l->offs));
	f = &l->v[l->n];
	memset(f, 0, sizeof(*f));
	for (size_t k = 0; k < ARRAY_SIZE(text_cols); k++)
		l->offs[l->n][k] = 0;	/* offset 0 holds "" */
	for (int i = 0; i < r->ncols; i++) {
		const char *name = r->names[i];
		const struct cell *c = &r->cells[i];

		if (strcmp(name, "id") == 0)
			f->id = cell_int(c);
		else if (strcmp(name, "doc_id") == 0)
			f->doc_id = cell_int(c);
		else if (strcmp(name, "start") == 0)
			f->start = cell_int(c);
		else if (strcmp(name, "end") == 0)
			f->end = cell_int(c);
		else if (strcmp(name, "value") == 0)
			f->value = cell_real(c);
		else if (strcmp(name, "precision") == 0)
			f->precision = cell_real(c);
		else if (strcmp(name, "pair") == 0)
			f->pair = cell_int(c);
		else if (c->type == CELL_TEXT) {
			for (size_t k = 0; k < ARRAY_SIZE(text_cols); k++) {
				if (strcmp(name, text_cols[k].col) != 0)
					continue;
				l->offs[l->n][k] = l->arena.len;
				buf_add(&l->arena, c->s, c->n);
				buf_addc(&l->arena, '\0');
			}
		}
	}
	l->n++;
	return 0;
}

/* Turns arena offsets into pointers, once the arena no longer moves. */
static void fix_pointers(struct loader *l)
{
	for (size_t i = 0; i < l->n; i++)
		for (size_t k = 0; k < ARRAY_SIZE(text_cols); k++)
			*(const char **)((char *)&l->v[i] + text_cols[k].off) =
				l->arena.s + l->offs[i][k];
}

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
	return store_exec(r->st, "finding_insert", p, ARRAY_SIZE(p), NULL) < 0 ? -1 : 0;
}

/* Text for a person: severity, rule, both sides with offsets, the message. */
static int print_text(void *ctx, const struct row *r)
{
	const char *v[32] = { 0 };
	size_t n[32] = { 0 };
	int64_t off[32] = { 0 };

	(void)ctx;
	for (int i = 0; i < r->ncols && i < 32; i++) {
		v[i] = r->cells[i].type == CELL_TEXT ? r->cells[i].s : "";
		n[i] = r->cells[i].type == CELL_TEXT ? r->cells[i].n : 0;
		off[i] = r->cells[i].i;
	}
	/* columns of sql/export_findings.sql: rule, severity, doc, start, end, text,
	   other_doc, other_start, other_end, other_text, series, period, ..., message */
	printf("%-7s %-10s %.*s [%lld,%lld) '%.*s'\n", v[1], v[0], (int)n[2], v[2],
	       (long long)off[3], (long long)off[4], (int)n[5], v[5]);
	if (n[6])
		printf("        %-10s vs %.*s [%lld,%lld) '%.*s'\n", "", (int)n[6], v[6],
		       (long long)off[7], (long long)off[8], (int)n[9], v[9]);
	else if (n[10])
		printf("        %-10s vs series %.*s %.*s\n", "", (int)n[10], v[10], (int)n[11], v[11]);
	printf("        %-10s %.*s\n", "", (int)n[16], v[16]);
	return 0;
}

static int rule_known(const char *name)
{
	size_t n;
	const struct rule *const *rules = check_rules(&n);

	for (size_t i = 0; i < n; i++)
		if (strcmp(rules[i]->name, name) == 0)
			return 1;
	return 0;
}

static int validate_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "fail-on", required_argument, NULL, 'x' },
		{ "rule", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	struct loader l = { NULL, 0, 0, NULL, BUF_INIT };
	struct run run = { NULL, { 0, 0, 0 } };
	struct check_input in;
	enum severity fail_on = SEV_ERROR;
	const char *only = NULL;
	int opt, csv = 0, have_fail_on = 0, rc;

	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'f':
			if (strcmp(optarg, "csv") == 0)
				csv = 1;
			else if (strcmp(optarg, "text") != 0)
				return cmd_usage_error(&cmd_validate, "unknown --format '%s' (text or csv)", optarg);
			break;
		case 'x':
			if (severity_parse(optarg, &fail_on) < 0 || fail_on == SEV_INFO)
				return cmd_usage_error(&cmd_validate, "bad --fail-on '%s' (warning or error)", optarg);
			have_fail_on = 1;
			break;
		case 'r':
			only = optarg;
			break;
		default:
			return cmd_usage_error(&cmd_validate, "unknown option");
		}
	}
	if (optind < argc)
		return cmd_usage_error(&cmd_validate, "takes no arguments");
	if (only && !rule_known(only))
		return cmd_usage_error(&cmd_validate, "no rule '%s'", only);
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	run.st = ctx->store;
	buf_addc(&l.arena, '\0');	/* offset 0: the empty string */
	if (store_begin(ctx->store) < 0)
		return EXIT_DB;
	if (store_select(ctx->store, "check_facts", NULL, 0, load_fact, &l) < 0)
		goto db_fail;
	fix_pointers(&l);
	in.facts = l.v;
	in.nfacts = l.n;
	if (store_exec(ctx->store, "finding_clear", NULL, 0, NULL) < 0)
		goto db_fail;
	rc = check_run(&in, only, store_finding, &run);
	if (rc != 0) {
		store_rollback(ctx->store);
		free(l.v), free(l.offs), buf_release(&l.arena);
		return EXIT_DB;
	}
	if (store_commit(ctx->store) < 0)
		goto db_fail;
	free(l.v), free(l.offs), buf_release(&l.arena);
	if (csv) {
		struct csvout w;

		csvout_init(&w, stdout, 0);
		if (cmd_query_csv(ctx->store, "export_findings", NULL, 0, &w) < 0 ||
		    csvout_finish(&w) < 0)
			return EXIT_DB;
	} else if (store_select(ctx->store, "export_findings", NULL, 0, print_text, NULL) < 0) {
		return EXIT_DB;
	}
	fprintf(stderr, "validate: %zu claims checked: %ld errors, %ld warnings, %ld info\n",
		in.nfacts, run.count[SEV_ERROR], run.count[SEV_WARNING], run.count[SEV_INFO]);
	if (have_fail_on && (run.count[SEV_ERROR] || (fail_on == SEV_WARNING && run.count[SEV_WARNING])))
		return EXIT_FINDINGS;
	return EXIT_OK;
db_fail:
	store_rollback(ctx->store);
	free(l.v), free(l.offs), buf_release(&l.arena);
	return EXIT_DB;
}

const struct cmd cmd_validate = {
	.name = "validate",
	.usage = "[--format text|csv] [--fail-on warning|error] [--rule NAME]",
	.summary = "run the consistency rules, store and print the findings",
	.help =
	"  --format text|csv        text for a person (default) or CSV (as export findings)\n"
	"  --fail-on warning|error  exit 1 when a finding is at least this severe\n"
	"                           (default: exit 0 whatever is found)\n"
	"  --rule NAME              run only this rule (agreement)\n"
	"a run replaces the previous run's findings\n",
	.flags = CMD_DB,
	.run = validate_run,
};

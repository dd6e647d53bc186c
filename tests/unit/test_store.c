/*
 * test_store.c - the database: schema and migration, documents and claims,
 * binding by name, and the views the reports read.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/base.h"
#include "parse/parse.h"
#include "store/store.h"

static int setup(void **state)
{
	struct store *st;

	if (store_open(&st, ":memory:", STORE_CREATE) < 0)
		return -1;
	*state = st;
	return 0;
}

static int teardown(void **state)
{
	store_close(*state);
	return 0;
}

static int documents_of(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "documents");
	return 0;
}

static int vintages_of(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "vintages");
	return 0;
}

/* A document of text with one claim per (needle, kind, value, unit). */
static void make_doc(struct doc *d, const char *text)
{
	char *buf = xstrdup(text);

	doc_init(d, "t.txt", buf, strlen(text), "2023-09-19");
}

static struct claim claim_at(const struct doc *d, const char *needle, enum claim_kind k,
			     double v, const char *unit)
{
	struct claim c;
	const char *p = strstr(d->buf, needle);

	memset(&c, 0, sizeof(c));
	assert_non_null(p);
	c.start = (size_t)(p - d->buf);
	c.end = c.start + strlen(needle);
	c.sent_start = 0;
	c.sent_end = d->len;
	c.kind = k;
	c.value = v;
	c.precision = 0.5;
	str_copy(c.unit, sizeof(c.unit), unit, strlen(unit));
	c.measure = MEASURE_LEVEL;
	str_copy(c.period, sizeof(c.period), "2023-08", 7);
	c.pair = -1;
	return c;
}

static void test_store_creates_schema_version_1(void **state)
{
	assert_int_equal(store_version(*state), STORE_SCHEMA_VERSION);
}

static void test_store_reopen_does_not_migrate_twice(void **state)
{
	char path[] = "/tmp/tradestat-store-XXXXXX";
	int fd = mkstemp(path);
	struct store *a, *b;
	int64_t n = -1;

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(store_open(&a, path, STORE_CREATE), 0);
	assert_int_equal(store_exec(a, SQL_VINTAGE_INSERT, (const struct param[]){
		P_TEXT(":source", "s"), P_TEXT(":released", "2024-01-01"),
		P_TEXT(":path", "p"), P_TEXT(":sha256",
		"0000000000000000000000000000000000000000000000000000000000000000"),
		P_INT(":complete", 0), P_TEXT(":options", ""), P_NULL(":import") }, 7, NULL), 0);
	store_close(a);
	/* Opening again finds the current version and keeps the data (no second CREATE). */
	assert_int_equal(store_open(&b, path, STORE_CREATE), 0);
	assert_int_equal(store_select(b, SQL_DB_COUNTS, NULL, 0, vintages_of, &n), 0);
	assert_int_equal(n, 1);
	store_close(b);
	assert_int_equal(store_open(&b, path, STORE_READONLY), 0);
	assert_int_equal(store_version(b), STORE_SCHEMA_VERSION);
	store_close(b);
	unlink(path);
}

static void test_store_readonly_refuses_missing_file(void **state)
{
	struct store *st = (struct store *)1;

	(void)state;
	assert_int_equal(store_open(&st, "/tmp/tradestat-no-such-db.db", STORE_READONLY), -1);
	assert_null(st);
	assert_int_equal(access("/tmp/tradestat-no-such-db.db", F_OK), -1);
}

static void test_store_keeps_document_once_by_content(void **state)
{
	struct store *st = *state;
	struct doc d;
	int64_t id, again;

	make_doc(&d, "Imports rose 3% to $11.5 billion.");
	assert_int_equal(store_document_find(st, d.sha256, &id), 0);
	assert_int_equal(store_document_add(st, &d, &id), 0);
	assert_int_equal(store_document_find(st, d.sha256, &again), 1);
	assert_int_equal(again, id);
	/* The same bytes again violate the UNIQUE sha256. */
	assert_int_equal(store_document_add(st, &d, &again), -1);
	doc_release(&d);
}

static int text_of(void *ctx, const struct row *r)
{
	/* export_claims: doc, published, start, end, text, kind, value, unit, ... pair_text */
	struct buf *b = ctx;

	static const char *const cols[] = { "published", "text", "pair_text", "sentence" };

	for (size_t i = 0; i < ARRAY_SIZE(cols); i++) {
		buf_add(b, row_text(r, cols[i]), row_len(r, cols[i]));
		buf_addc(b, '|');
	}
	buf_addc(b, '\n');
	return 0;
}

static void test_store_claims_keep_text_sentence_and_pair(void **state)
{
	struct store *st = *state;
	struct doc d;
	struct claims c;
	struct buf out = BUF_INIT;
	int64_t id;

	make_doc(&d, "An investment of 5 billion yuan ($685 million).");
	claims_init(&c);
	XGROW(c.v, c.alloc, 2);
	c.v[0] = claim_at(&d, "5 billion yuan", CLAIM_MONEY, 5e9, "CNY");
	c.v[1] = claim_at(&d, "$685 million", CLAIM_MONEY, 685e6, "USD");
	c.v[0].pair = 1;
	c.v[1].pair = 0;
	c.n = 2;
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_document_add(st, &d, &id), 0);
	assert_int_equal(store_claims_add(st, id, &d, &c), 0);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(store_select(st, SQL_EXPORT_CLAIMS, NULL, 0, text_of, &out), 0);
	/* columns in query order: published, text, pair_text, sentence */
	assert_string_equal(out.s,
		"2023-09-19|5 billion yuan|$685 million|An investment of 5 billion yuan ($685 million).|\n"
		"2023-09-19|$685 million|5 billion yuan|An investment of 5 billion yuan ($685 million).|\n");
	buf_release(&out);
	claims_release(&c);
	doc_release(&d);
}

/* name=value for every named column of a check_facts row, "|"-separated. */
static int basis_of(void *ctx, const struct row *r)
{
	static const char *const want[] = { "adjustment", "price", "basis", "status",
					    "reporter_src", "partner_src", "flow_src",
					    "period_src" };
	struct buf *b = ctx;

	for (size_t k = 0; k < ARRAY_SIZE(want); k++)
		buf_addf(b, "%s=%.*s|", want[k], row_null(r, want[k]) ? 4 : (int)row_len(r, want[k]),
			 row_null(r, want[k]) ? "NULL" : row_text(r, want[k]));
	buf_addc(b, '\n');
	return 0;
}

/* Schema version 2's claim columns: the basis and the sources the parser
 * gives are stored and read back by the validator's query; "not said" is
 * NULL, never "". */
static void test_store_claims_keep_basis_and_sources(void **state)
{
	struct store *st = *state;
	struct doc d;
	struct claims c;
	struct buf out = BUF_INIT;
	int64_t id;

	make_doc(&d, "The previously published April deficit was $61.2 billion; $60.9 billion.");
	claims_init(&c);
	XGROW(c.v, c.alloc, 2);
	c.v[0] = claim_at(&d, "$61.2 billion", CLAIM_MONEY, -61.2e9, "USD");
	c.v[0].adjustment = ADJ_SA;
	c.v[0].price = PRICE_NOMINAL;
	c.v[0].basis = BASIS_AVG3M;
	c.v[0].status = STATUS_PREVIOUS;
	c.v[0].reporter_src = SOURCE_STATED;
	c.v[0].partner_src = SOURCE_INFERRED;
	c.v[0].flow_src = SOURCE_STATED;
	c.v[0].period_src = SOURCE_INFERRED;
	c.v[1] = claim_at(&d, "$60.9 billion", CLAIM_MONEY, -60.9e9, "USD");
	c.n = 2;
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_document_add(st, &d, &id), 0);
	assert_int_equal(store_claims_add(st, id, &d, &c), 0);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(store_select(st, SQL_CHECK_FACTS, NULL, 0, basis_of, &out), 0);
	assert_string_equal(out.s,
		"adjustment=sa|price=nominal|basis=avg3m|status=previous|reporter_src=stated|"
		"partner_src=inferred|flow_src=stated|period_src=inferred|\n"
		"adjustment=NULL|price=NULL|basis=NULL|status=NULL|reporter_src=NULL|"
		"partner_src=NULL|flow_src=NULL|period_src=NULL|\n");
	buf_release(&out);
	claims_release(&c);
	doc_release(&d);
}

static void test_store_rollback_leaves_nothing(void **state)
{
	struct store *st = *state;
	struct doc d;
	int64_t id, n = -1;

	make_doc(&d, "Exports fell 8%.");
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_document_add(st, &d, &id), 0);
	assert_int_equal(store_rollback(st), 0);
	assert_int_equal(store_select(st, SQL_DB_COUNTS, NULL, 0, documents_of, &n), 0);
	assert_int_equal(n, 0);
	doc_release(&d);
}

static void test_store_refuses_unknown_parameter_name(void **state)
{
	const struct param p[] = { P_TEXT(":no_such_parameter", "x") };

	assert_int_equal(store_exec(*state, SQL_FINDING_CLEAR, p, 1, NULL), -1);
}

static void test_store_checks_refuse_bad_shapes(void **state)
{
	struct store *st = *state;
	/* A vintage's release date must look like a date: the CHECK refuses it. */
	const struct param p[] = {
		P_TEXT(":source", "s"), P_TEXT(":released", "yesterday"), P_TEXT(":path", "p"),
		P_TEXT(":sha256", "0000000000000000000000000000000000000000000000000000000000000000"),
		P_INT(":complete", 0),
	};

	assert_int_equal(store_exec(st, SQL_VINTAGE_INSERT, p, ARRAY_SIZE(p), NULL), -1);
}

static void test_store_columns_known_before_rows(void **state)
{
	int n = 0;
	const char *const *names = store_columns(*state, SQL_EXPORT_SERIES_LONG, &n);

	assert_true(n >= 5);
	assert_string_equal(names[0], "series");
	assert_string_equal(names[1], "period");
	assert_string_equal(names[2], "value");
	assert_string_equal(names[3], "unit");
	assert_string_equal(names[4], "vintage");
}

struct vintage_seen {
	int64_t id;
	char source[16], released[16], path[16];
	double source_as_number;
	int rows;
};

/* Reads vintage_get.sql's columns by name, out of their SELECT order. */
static int vintage_seen_row(void *ctx, const struct row *r)
{
	struct vintage_seen *v = ctx;

	str_copy(v->path, sizeof(v->path), row_text(r, "path"), row_len(r, "path"));
	str_copy(v->released, sizeof(v->released), row_text(r, "released"), row_len(r, "released"));
	v->id = row_int(r, "id");
	str_copy(v->source, sizeof(v->source), row_text(r, "source"), row_len(r, "source"));
	v->source_as_number = row_double(r, "source");
	v->rows++;
	return 0;
}

static void test_store_row_reads_columns_by_name_in_any_order(void **state)
{
	struct store *st = *state;
	const struct param p[] = {
		P_TEXT(":source", "GACC"), P_TEXT(":released", "2024-02-15"), P_TEXT(":path", "rel.csv"),
		P_TEXT(":sha256", "0000000000000000000000000000000000000000000000000000000000000000"),
		P_INT(":complete", 0),
	};
	struct vintage_seen v = { 0 };
	int64_t id = 0;

	assert_int_equal(store_exec(st, SQL_VINTAGE_INSERT, p, ARRAY_SIZE(p), &id), 0);
	const struct param q[] = { P_INT(":vintage", id) };
	/* Twice: the second run starts from the guess the first one left. */
	for (int run = 0; run < 2; run++)
		assert_int_equal(store_select(st, SQL_VINTAGE_GET, q, 1, vintage_seen_row, &v), 0);
	assert_int_equal(v.rows, 2);
	assert_int_equal(v.id, id);
	assert_string_equal(v.source, "GACC");
	assert_string_equal(v.released, "2024-02-15");
	assert_string_equal(v.path, "rel.csv");
	assert_true(isnan(v.source_as_number));	/* text is not a number */
}

static int misspelt_row(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "vintage");	/* db_counts.sql says "vintages" */
	return 0;
}

static void test_store_row_unknown_column_is_a_bug_naming_file_and_column(void **state)
{
	int fd[2], status = 0;
	char msg[512] = "";
	size_t got = 0;
	ssize_t n;
	pid_t pid;

	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int64_t v;

		dup2(fd[1], 2);
		close(fd[0]);
		store_select(*state, SQL_DB_COUNTS, NULL, 0, misspelt_row, &v);
		_exit(0);	/* not reached: BUG() aborts */
	}
	close(fd[1]);
	while (got < sizeof(msg) - 1 && (n = read(fd[0], msg + got, sizeof(msg) - 1 - got)) > 0)
		got += (size_t)n;
	msg[got] = '\0';
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	assert_non_null(strstr(msg, "sql/db_counts.sql has no result column 'vintage'"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_store_creates_schema_version_1, setup, teardown),
		cmocka_unit_test(test_store_reopen_does_not_migrate_twice),
		cmocka_unit_test(test_store_readonly_refuses_missing_file),
		cmocka_unit_test_setup_teardown(test_store_keeps_document_once_by_content, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_claims_keep_text_sentence_and_pair, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_claims_keep_basis_and_sources, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_rollback_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_refuses_unknown_parameter_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_checks_refuse_bad_shapes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_columns_known_before_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_row_reads_columns_by_name_in_any_order,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_row_unknown_column_is_a_bug_naming_file_and_column,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

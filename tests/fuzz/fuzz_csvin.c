/*
 * fuzz_csvin.c - fuzz target: any bytes as a release -> csvin_import into
 * an in-memory store, and as a small table -> csvin_table.
 *
 * The bytes go to a temporary file first, since the importer reads paths
 * (and a file's SHA-256). Checks, beyond "no crash, no leak, no UB":
 *  1. csvin_import returns 0 (stored) or 3 (bad input); never -1: no byte
 *     sequence may reach the database as a failed constraint.
 *  2. Bad input stores nothing (the file's one transaction rolled back);
 *     a good file stores exactly the observations it counted.
 *  3. csvin_table returns 0, 3 or the callback's value.
 * After each input the tables are emptied, so every input meets the same
 * empty store (fuzz.h invariant 2). That one DELETE is why this file, a
 * white-box test of the store, includes store_int.h.
 */
#include <string.h>
#include <unistd.h>

#include "store/store_int.h"
#include "fuzz.h"

static struct store *st;
static char path[4096];

static void cleanup(void)
{
	if (path[0])
		unlink(path);
	store_close(st);
}

static void setup(void)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	if (st)
		return;
	if (store_open(&st, ":memory:", STORE_CREATE) < 0)
		abort();
	snprintf(path, sizeof(path), "%s/tradestat-fuzz-XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		abort();
	close(fd);
	atexit(cleanup);
}

static int has(const uint8_t *data, size_t size, const char *word)
{
	size_t n = strlen(word);

	for (size_t i = 0; i + n <= size; i++)
		if (memcmp(data + i, word, n) == 0)
			return 1;
	return 0;
}

static int counts_row(void *ctx, const struct row *r)
{
	int64_t *out = ctx;

	static const char *const cols[6] = {
		"documents", "claims", "series", "vintages", "observations", "findings",
	};

	for (int i = 0; i < 6; i++)
		out[i] = row_int(r, cols[i]);
	return 0;
}

/* A small-table callback that reads every field and stops on "stop". */
static int table_row(void *ctx, long line, size_t n, const char *const *names,
		     const char *const *fields)
{
	size_t *bytes = ctx;

	FUZZ_CHECK(line >= 2);
	for (size_t i = 0; i < n; i++) {
		*bytes += strlen(names[i]) + strlen(fields[i]);
		if (strcmp(fields[i], "stop") == 0)
			return 7;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_opts o = { .vintage = "2024-01-15", .source = "fuzz" };
	struct import_stats stats;
	int64_t n[6] = { 0 };
	size_t bytes = 0;
	FILE *f;
	int rc;

	setup();
	f = fopen(path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	/* Options chosen by the input, so each path is reachable. */
	if (has(data, size, "reported_on"))
		o.vintage_column = "reported_on";
	if (size % 3 == 0)
		o.scale = 1e6;
	if (size % 5 == 0)
		o.unit = "USD", o.flow = "import", o.measure = "ytd";
	rc = csvin_import(st, path, &o, &stats);
	FUZZ_CHECK(rc == 0 || rc == 3);
	FUZZ_CHECK(store_select(st, SQL_DB_COUNTS, NULL, 0, counts_row, n) == 0);
	if (rc == 3)
		FUZZ_CHECK(n[2] == 0 && n[3] == 0 && n[4] == 0);
	else
		FUZZ_CHECK(n[4] == stats.observations && n[3] == stats.vintages);
	if (sqlite3_exec(st->db, "DELETE FROM observation; DELETE FROM vintage; "
			 "DELETE FROM series;", NULL, NULL, NULL) != SQLITE_OK)
		abort();
	rc = csvin_table(path, table_row, &bytes);
	FUZZ_CHECK(rc == 0 || rc == 3 || rc == 7);
	return 0;
}

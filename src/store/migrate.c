/*
 * migrate.c - the schema's versions: sql/schema.sql makes version 1, and
 * sql/migrate_NNNN.sql each next one, applied in order by PRAGMA
 * user_version, then what a version needs derived in C.
 *
 * Input: an open store whose user_version is below STORE_SCHEMA_VERSION.
 * Output: the same database at STORE_SCHEMA_VERSION, its data kept.
 *
 * Invariants:
 *  1. Everything happens in one BEGIN IMMEDIATE transaction, after reading
 *     user_version again: two first runs at once migrate only once, and a
 *     failed migration leaves the database as it was.
 *  2. Foreign keys are off while tables are rebuilt (store_open turns them
 *     on after); PRAGMA foreign_key_check must find nothing before COMMIT.
 *  3. A version-0 file that holds tables belongs to another application: it
 *     is refused, never added to.
 *  4. tests/data/v1.db (a database of the version-1 release) is migrated by
 *     tests/cli/t0030-migrate-v1.sh: every version ships such a test.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "embed.h"

/* Counts the rows of a schema question asked inline (sqlite_master, a
 * pragma): asked before the statements of sql/ can be prepared. */
int store_count_rows(struct store *st, const char *sql, long *n)
{
	sqlite3_stmt *s;
	int rc;

	*n = 0;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, "cannot read the schema");
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		(*n)++;
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the schema");
}

static int say_out_of_order(void *ctx, const struct row *r)
{
	struct store *st = ctx;

	warning("%s: the release of %s (vintage %lld, '%s') was imported before the older "
		"release of %s (vintage %lld): schema version 1 did not store the values it "
		"repeated, so where the older one revised them it now wins; to restore them, "
		"'tradestat vintage drop %lld' and import its file again", st->path,
		row_text(r, "released"), (long long)row_int(r, "id"), row_text(r, "source"),
		row_text(r, "older"), (long long)row_int(r, "older_id"), (long long)row_int(r, "id"));
	return 0;
}

/* What version 2 derives in C after migrate_0002.sql: every series'
 * statuses from release-date order, and a warning for what an import out
 * of release order under version 1 lost for good. */
static int after_v2(struct store *st, int from)
{
	struct recompute rc;

	if (store_exec(st, SQL_TOUCHED_ALL, NULL, 0, NULL) < 0 ||
	    store_exec(st, SQL_WALK_ALL, NULL, 0, NULL) < 0 || vintage_recompute(st, &rc) < 0 ||
	    vintage_touch_clear(st) < 0)
		return -1;
	if (from == 1 && store_select(st, SQL_VINTAGE_OUT_OF_ORDER, NULL, 0, say_out_of_order, st) < 0)
		return -1;
	return 0;
}

/* The embedded text of sql/migrate_NNNN.sql, or NULL. */
static const char *migration(int version)
{
	char name[32];

	snprintf(name, sizeof(name), "migrate_%04d", version);
	for (size_t i = 0; i < embedded_sql_count; i++)
		if (strcmp(embedded_sql[i].name, name) == 0)
			return embedded_sql[i].text;
	return NULL;
}

/*
 * Creates the schema (version 0 -> 1, sql/schema.sql) and applies
 * sql/migrate_NNNN.sql for each version above the database's, in order, then
 * what each needs derived in C; all in one transaction, foreign keys checked
 * before COMMIT. A version-0 file that already holds tables belongs to
 * another application and is refused.
 */
int store_migrate(struct store *st)
{
	int v, from;
	long n;
	char pragma[64], what[64];

	if (store_begin(st) < 0)
		return -1;
	if (store_read_version(st, &v) < 0)
		goto fail;
	from = v;
	if (v == 0) {
		if (store_count_rows(st, "SELECT 1 FROM sqlite_master", &n) < 0)
			goto fail;
		if (n) {
			error("%s: not a tradestat database (it holds %ld tables or indexes of "
			      "another application): give another --db", st->path, n);
			goto fail;
		}
		if (store_exec_sql(st, sql_schema, "sql/schema.sql") < 0)
			goto fail;
		v = 1;
	}
	for (; v < STORE_SCHEMA_VERSION; v++) {
		const char *text = migration(v + 1);

		if (!text)
			BUG("no sql/migrate_%04d.sql for schema version %d", v + 1, v + 1);
		snprintf(what, sizeof(what), "sql/migrate_%04d.sql", v + 1);
		if (store_exec_sql(st, text, what) < 0)
			goto fail;
	}
	if (store_prepare_all(st) < 0)
		goto fail;
	if (from < 2 && after_v2(st, from) < 0)
		goto fail;
	if (store_count_rows(st, "PRAGMA foreign_key_check", &n) < 0)
		goto fail;
	if (n) {
		error("%s: migration from schema version %d left %ld broken references", st->path,
		      from, n);
		goto fail;
	}
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
	if (store_exec_sql(st, pragma, "cannot set the schema version") < 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

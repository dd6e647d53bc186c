/*
 * store_int.h - what the files of src/store/ share among themselves
 * (SQLite's sqliteInt.h idea): the struct behind `struct store` and the
 * statement helpers. No file outside src/store/ includes it.
 */
#ifndef TS_STORE_INT_H
#define TS_STORE_INT_H

#include <sqlite3.h>

#include "base/base.h"
#include "store/store.h"

struct stmt {
	const char *name;	/* borrowed from the embedded table: "claim_insert_batch" */
	sqlite3_stmt *st;	/* owned; prepared once at open */
	char **cols;		/* owned: result column names, read at prepare */
	int ncols;		/* of cols: the columns before the first '_' key */
	int nsql;		/* result columns as SQLite counts them, keys included */
	int hint;		/* row_col's next guess: columns are mostly read in order */
};

/* A parameter index found by name (store_bind), kept for the next bind of
 * the same name pointer on the same statement. */
struct bind_memo {
	const sqlite3_stmt *s;	/* borrowed, or NULL: empty */
	const char *name;	/* borrowed: the caller's name pointer */
	char known[32];		/* a copy of the name idx was found for ("": none) */
	int idx;
};
#define STORE_BIND_MEMO 1024

struct store {
	struct bind_memo memo[STORE_BIND_MEMO];	/* sqlite3_bind_parameter_index compares
						   every name of the statement: ~8% of
						   an ingest, this hashes two pointers */
	sqlite3 *db;		/* owned */
	char *path;		/* owned: for messages */
	struct stmt *stmts;	/* owned: SQL_ID_COUNT, indexed by enum sql_id; .st NULL
				   for schema, session and migrations (run, not prepared) */
	struct cell *cells;	/* owned: current row's cells */
	size_t ncells;
	sqlite3_stmt *savepoint[2];	/* owned: SAVEPOINT and RELEASE input_file,
					   prepared at first use (ingest runs them per
					   file: parsed each time, 3% of an ingest) */
};

/* The prepared statement of id (SQL_CLAIM_INSERT_BATCH: sql/claim_insert_batch.sql);
 * one that is not prepared (schema, session, a migration) is a BUG. */
sqlite3_stmt *store_stmt(struct store *st, enum sql_id id);
/* The result column of statement id called name (its names from prepare),
 * for a statement stepped by hand; a missing one is a BUG naming the file. */
int store_col(struct store *st, enum sql_id id, const char *name);
/* Binds v to :name in s; an unknown name is an error. Empty text binds NULL. */
int store_bind(struct store *st, sqlite3_stmt *s, const char *name, const struct cell *v);
/* Binds v to parameter idx (1-based) of s, for a statement whose
 * parameters are positional (sql/observation_insert_batch.sql). */
int store_bind_at(struct store *st, sqlite3_stmt *s, int idx, const struct cell *v);
/* Binds each of p[0..n) by name; returns 0 or -1. */
int store_bind_all(struct store *st, sqlite3_stmt *s, const struct param *p, size_t n);
/* Reset and clear bindings (invariant 1 of stmt.c). */
void store_reset(sqlite3_stmt *s);
/* error() with the database path and SQLite's message; returns -1. */
int store_fail(struct store *st, const char *what);
/* Runs SQL text (a script: schema, migrations, session); -1 after error(). */
int store_exec_sql(struct store *st, const char *sql, const char *what);
/* PRAGMA user_version into *version; 0 or -1. */
int store_read_version(struct store *st, int *version);
/* Counts the rows of a schema question asked inline (sqlite_master, a
 * pragma), before the statements of sql/ can be prepared; 0 or -1. */
int store_count_rows(struct store *st, const char *sql, long *n);
/* Prepares every query file of sql/ once (a no-op when done); 0 or -1. */
int store_prepare_all(struct store *st);
/* migrate.c: creates or migrates the schema to STORE_SCHEMA_VERSION. */
int store_migrate(struct store *st);

/* ---- vintage.c: statuses from release-date order ----------------------- */

enum obs_status { ST_NEW, ST_REVISED, ST_RESTATED, ST_UNCHANGED, ST_WITHDRAWN, ST_COUNT };

/*
 * What a value printed v (half a unit of its last digit: prec) is against
 * the value in force cur (cur_prec): ST_REVISED, ST_RESTATED (the same
 * figure with more digits) or ST_UNCHANGED. The one rule for both paths.
 */
enum obs_status vintage_classify(double v, double prec, double cur, double cur_prec);
/* "new", "revised", ... as the schema spells them. */
const char *vintage_status_name(enum obs_status s);

/* Neighbouring values for the scale guard: every pair (at least 3) about
 * 10^k apart, the same k != 0, is a slip (within 10^0.1, so that the
 * revisions a release also carries do not hide one). */
struct scale_pairs {
	long n;			/* pairs compared (both zero: not counted) */
	int k;			/* the power of ten of the pairs */
	int same;		/* every pair so far is 10^k apart, k != 0 */
	char period[16];	/* an example, for the message */
	double from, to;
};
/* Adds the pair (value in force a, new value b) of period. */
void scale_pair_add(struct scale_pairs *p, const char *period, double a, double b);
/* 1 when p says every shared value changed by the same power of ten. */
int scale_slip(const struct scale_pairs *p);

struct recompute {
	long fresh[ST_COUNT];	/* rows of the running import's vintages, by status */
	long reclassified;	/* rows of other vintages whose status changed */
	/* Scale guard: the first series whose every value shared with its
	 * neighbouring release (at least 3) is 10^scale_k times that one's. */
	int64_t scale_series;	/* series.id, 0: none */
	int scale_k;
	long scale_n;
	char scale_period[16];	/* an example period, with its value before and after */
	double scale_from, scale_to;
};

/*
 * Derives the withdrawn rows of the series in temp.touched and the statuses
 * of the periods in temp.walk (plus those whose withdrawals change) from
 * release-date order (vintage.c's invariants), counting what the vintages
 * in temp.fresh hold. Inside the caller's transaction; 0 or -1.
 */
int vintage_recompute(struct store *st, struct recompute *out);
/* Empties temp.touched, temp.fresh and temp.walk; 0 or -1. */
int vintage_touch_clear(struct store *st);

/* 1 if the file sha256 was imported with these identity options (or before
 * schema version 2), 0 if not, -1 on error. */
int vintage_imported(struct store *st, const char *sha256, const char *options);
/*
 * Another vintage of source dated released, other than vintage, holding
 * series: 0 none; 1 with *old its id (with replace, its rows of series are
 * deleted, with the findings resting on them, and it goes when empty);
 * -1 on error.
 */
int vintage_same_day(struct store *st, const char *source, const char *released,
		     int64_t vintage, int64_t series, int replace, int64_t *old);

#endif

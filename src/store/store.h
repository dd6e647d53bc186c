/*
 * store.h - the store stage: the SQLite database and the CSV importer.
 *
 * The whole interface of src/store/. Only the files of store/ include <sqlite3.h>, and
 * only store/csvread.c includes <csv.h>. Every SQL statement lives in sql/ and
 * is embedded at build time and prepared once, at open. A statement is named
 * by the generated enum sql_id: SQL_CLAIM_INSERT_BATCH is sql/claim_insert_batch.sql.
 *
 * Invariants:
 *  1. Each input file is atomic: its writes happen inside one transaction
 *     opened by store_begin(), or inside one savepoint of a transaction that
 *     holds several files (store_savepoint): a failure or a crash leaves
 *     nothing of a file that was not committed whole.
 *  2. Parameters are always bound (:name), never pasted into SQL text.
 *  3. Returned text (struct cell .s) is borrowed: valid only inside the
 *     row callback that received it.
 */
#ifndef TS_STORE_H
#define TS_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <string.h>

#include "model/model.h"
#include "sql_ids.h"	/* generated: enum sql_id, SQL_<FILE> per sql/<file>.sql */

#define STORE_SCHEMA_VERSION 6	/* sql/schema.sql is 1; sql/migrate_NNNN.sql each next */

struct store;

enum store_flags {
	STORE_CREATE = 1,	/* `init`: create the file and the schema if missing, check
				   an existing one (quick_check, another application's) */
	STORE_READONLY = 2	/* open for reading only (reports, exports) */
};

/*
 * Opens the database at path (with STORE_CREATE, creates it when missing),
 * migrates it when writable and older, sets WAL, foreign keys and a busy
 * timeout, and prepares every statement. A missing database without
 * STORE_CREATE is "no database at PATH (tradestat init creates one)".
 * On failure prints why (naming path) and returns -1 with *out NULL.
 */
int store_open(struct store **out, const char *path, unsigned flags);
/* 0 if what a read-only user read without the database's -wal and -shm
 * (read as immutable) is still the database; -1 after error() if a writer
 * came meanwhile: the outputs made from it must not be kept. Always 0 for an
 * ordinary open. */
int store_read_unchanged(void);
/* Finalises statements and closes. store_close(NULL) is a no-op. */
void store_close(struct store *st);
/* Schema version of an open store (PRAGMA user_version). */
int store_version(struct store *st);

/* BEGIN IMMEDIATE (waits on the busy timeout), COMMIT, ROLLBACK. */
int store_begin(struct store *st);
/* A read transaction (deferred BEGIN): every read from now on sees the
 * database as the first one found it, whatever commits meanwhile, until
 * store_close() ends it. For commands that read with several statements. */
int store_snapshot(struct store *st);
int store_commit(struct store *st);
int store_rollback(struct store *st);
/*
 * Inside store_begin()'s transaction, one input file of several: SAVEPOINT,
 * RELEASE it (kept until COMMIT), or ROLLBACK TO it and release it (nothing
 * of the file is left; the files before it stay). store_rollback_to()
 * returns -1 when the whole transaction is already gone (SQLite rolls back
 * on disk full or an I/O error): the caller then lost the batch.
 */
int store_savepoint(struct store *st);
int store_release(struct store *st);
int store_rollback_to(struct store *st);
/* 1 inside a transaction (store_begin's, not yet ended by COMMIT, ROLLBACK
 * or SQLite itself), else 0. */
int store_in_transaction(struct store *st);
/*
 * For a long run of write transactions (ingest): a fixed page cache of
 * STORE_BULK_CACHE_KIB instead of SQLite's 2 MiB, and a checkpoint every
 * STORE_BULK_CHECKPOINT pages of WAL instead of 1000. Memory stays bounded;
 * the index pages every batch touches stay cached between batches instead
 * of being read back from the WAL, and a page changed by many batches is
 * copied into the database once per checkpoint.
 */
#define STORE_BULK_CACHE_KIB 16384
#define STORE_BULK_CHECKPOINT 4096
int store_bulk(struct store *st);
/*
 * For a run that writes a long TEMP table once and reads it back once, in
 * rowid order (validate's findings, session.sql's finding_run): a page
 * cache of STORE_SCRATCH_CACHE_KIB for the temp database instead of
 * SQLite's 2 MiB; its pages spill to the temporary file.
 */
#define STORE_SCRATCH_CACHE_KIB 256
int store_scratch(struct store *st);
/*
 * The claims' subject index (claim_subject), which only reads use: on = 0
 * drops it before a bulk load (ingest), on = 1 builds it when missing (one
 * sort over the claims; a no-op when it exists; validate). Each in its own transaction: call
 * outside store_begin. Returns 0 or -1 after error().
 */
int store_claim_index(struct store *st, int on);

/* ---- generic statements --------------------------------------------- */

enum cell_type { CELL_NULL, CELL_INT, CELL_REAL, CELL_TEXT };

/* A value going in (parameter) or coming out (column). */
struct cell {
	enum cell_type type;
	int64_t i;		/* CELL_INT */
	double r;		/* CELL_REAL */
	const char *s;		/* CELL_TEXT; borrowed */
	size_t n;		/* CELL_TEXT: bytes in s */
};

struct param {
	const char *name;	/* ":series" */
	struct cell v;
};

/* A text cell for a NUL-terminated string; NULL and "" both mean unknown. */
static inline struct cell cell_text(const char *s)
{
	struct cell c = { CELL_TEXT, 0, 0, s, s ? strlen(s) : 0 };

	return c;
}

#define P_TEXT(nm, str) { (nm), cell_text(str) }
#define P_TEXTN(nm, str, len) { (nm), { CELL_TEXT, 0, 0, (str), (len) } }
#define P_INT(nm, val) { (nm), { CELL_INT, (val), 0, NULL, 0 } }
#define P_REAL(nm, val) { (nm), { CELL_REAL, 0, (val), NULL, 0 } }
#define P_NULL(nm) { (nm), { CELL_NULL, 0, 0, NULL, 0 } }

/* A numeric cell as a double (NAN for NULL or text), or as an integer (0). */
static inline double cell_real(const struct cell *c)
{
	return c->type == CELL_REAL ? c->r : c->type == CELL_INT ? (double)c->i : NAN;
}

static inline int64_t cell_int(const struct cell *c)
{
	return c->type == CELL_INT ? c->i : c->type == CELL_REAL ? (int64_t)c->r : 0;
}

/* One result row: column names and cells, both borrowed for the callback.
 * Read its columns by name (row_text(r, "message")), never by position. */
struct row {
	int ncols;
	const char *const *names;	/* borrowed: the statement's, from prepare */
	const struct cell *cells;	/* borrowed: this row's */
	const char *stmt;		/* borrowed: "export_findings", for messages */
	int *hint;			/* borrowed: row_col's next guess (the statement's) */
};

/* The index of result column name (as the SQL names it: "message"); a name
 * the statement does not have is a BUG naming sql/FILE.sql and the column. */
int row_col(const struct row *r, const char *name);
/* The cell of column name (row_col); borrowed for the callback. */
const struct cell *row_cell(const struct row *r, const char *name);
/* Column name as text (borrowed for the callback): "" for NULL or a number. */
const char *row_text(const struct row *r, const char *name);
/* Its length in bytes (0 for NULL or a number): text may hold NUL bytes. */
size_t row_len(const struct row *r, const char *name);
/* Column name as a double (NAN for NULL or text) or an integer (0). */
double row_double(const struct row *r, const char *name);
int64_t row_int(const struct row *r, const char *name);
/* 1 if column name is NULL in this row. */
int row_null(const struct row *r, const char *name);

/* Return 0 to go on, non-zero to stop (store_select then returns that value). */
typedef int (*row_fn)(void *ctx, const struct row *r);

/*
 * Runs statement stmt (SQL_NAME: sql/name.sql) with params bound by name (an empty
 * text parameter is bound as NULL; an unknown name is an error) and calls fn
 * for each row. Returns 0, fn's non-zero value, or -1 after error().
 */
int store_select(struct store *st, enum sql_id stmt, const struct param *params,
		 size_t nparams, row_fn fn, void *ctx);
/* "claim_insert_batch" for SQL_CLAIM_INSERT_BATCH: the file's base name, for messages. */
const char *store_stmt_name(enum sql_id stmt);
/* Rows changed by the last store_exec (sqlite3_changes). */
long store_changes(struct store *st);
/* The result column names of the named statement (borrowed, valid until
 * store_close); *n gets the count. Known before any row is read, so a CSV
 * export of an empty table still has its header. */
const char *const *store_columns(struct store *st, enum sql_id stmt, int *n);
/* As store_select for a statement with no result rows; *rowid (may be NULL)
 * gets sqlite3_last_insert_rowid(). Returns 0 or -1. */
int store_exec(struct store *st, enum sql_id stmt, const struct param *params,
	       size_t nparams, int64_t *rowid);

/* ---- documents and claims ------------------------------------------- */

/* 1 and *id set if a document with this SHA-256 is stored, 0 if not, -1 on error. */
int store_document_find(struct store *st, const char *sha256, int64_t *id);
/* Inserts d (path, date, bytes and the bytes themselves). */
int store_document_add(struct store *st, const struct doc *d, int64_t *id);
/*
 * Inserts the claims of document doc_id, in order, linking paired figures.
 * c->v[i].pair indexes c; the stored pair refers to the stored claim id.
 */
int store_claims_add(struct store *st, int64_t doc_id, const struct doc *d,
		     const struct claims *c);

/*
 * Re-dates the stored document id when d (parsed as c with its date given
 * again) carries another date than the stored one: sets it and replaces
 * the document's claims by c (the findings on the old ones go; the next
 * validate recomputes). Inside the caller's transaction. Returns 1 when
 * re-dated (*old gets the old date, "" for unknown), 0 when the date is the
 * same, -1 on error.
 */
int store_document_redate(struct store *st, int64_t id, const struct doc *d,
			  const struct claims *c, char old[static 11]);

/* ---- undo (vintage drop, document drop) ------------------------------ */

/* What a drop removed. */
struct drop_stats {
	long observations;	/* observation rows (values, repeats, withdrawals) */
	long claims;		/* claims of a dropped document */
	long findings;		/* findings that rested on what was dropped */
	long series;		/* series left without any value, removed */
	long reclassified;	/* values of other releases whose status changed */
};

/*
 * Removes vintage id and everything it stored (its rows, the findings that
 * rest on them, series left empty) in one transaction, and recomputes the
 * statuses of its series from the releases that stay. Returns 0, or -1
 * after error() (nothing removed; "no vintage N" when there is none).
 */
int store_vintage_drop(struct store *st, int64_t id, struct drop_stats *out);
/* Removes document id, its claims and the findings on them, in one
 * transaction. Returns 0, or -1 after error() (nothing removed). */
int store_document_drop(struct store *st, int64_t id, struct drop_stats *out);

/* ---- official releases and small tables (csvin.c) -------------------- */

/* One record of a small CSV table: the header's names and this record's
 * fields (n of each, borrowed for the call). Return 0 to go on. */
typedef int (*csv_record_fn)(void *ctx, long line, size_t n, const char *const *names,
			     const char *const *fields);

/*
 * Reads a small CSV table with a header row (a manifest such as --dates),
 * calling fn for each record. Returns 0, fn's non-zero value, or 3 after a
 * message naming file:line for a malformed file.
 */
int csvin_table(const char *path, csv_record_fn fn, void *ctx);


struct import_opts {
	const char *vintage;	/* release date "YYYY-MM-DD"; NULL: today */
	const char *source;	/* who published it; NULL: the file's base name */
	const char *vintage_column; /* a column dating each row's release ("reported_on"),
				       one vintage per distinct date; NULL: none */
	double scale;		/* values are multiplied by this into base units
				   (1e6 for "US$ million"); 0 means 1 */
	/* Series metadata for what the file itself leaves empty; NULL: none. */
	const char *unit, *title, *reporter, *partner, *flow, *commodity;
	const char *measure;	/* "level" (default) or "ytd" (January to date) */
	const char *freq;	/* "A", "Q", "M" or "D"; NULL: inferred from the periods */
	int complete;		/* the file is the whole series: periods of its series
				   that it lacks are recorded as withdrawn */
	/* A column map for files in neither layout: the series is named (series)
	 * or read from a column (series_column); period and value come from the
	 * named columns. NULL: not mapped. */
	const char *series, *series_column, *period_column, *value_column;
	/* A file of one row per date and country (Date,Country,Value: told
	 * from its first record): its series are PREFIX.ISO2; NULL: the
	 * file's name (header.c). */
	const char *series_prefix;
	const char *identity;	/* the options that shaped what is stored, as `name=value`
				   lines (import's OPT_SHAPES_STORE rows, opts_identity):
				   with the SHA-256, the import's identity; NULL: none */
	/* How the file is written; NULL/0: sniffed (importfmt.h). */
	const char *delimiter;	/* ",", ";" or "tab" */
	int decimal_comma, decimal_point;	/* override the separator's decimal mark */
	const char *thousands;	/* ",", "." or "space": grouping accepted; NULL: refused */
	/* What the series are; NULL: from the file, else unknown (aggregation:
	 * sum for a flow, mean for a rate). */
	const char *adjustment;	/* "sa" or "nsa" */
	const char *price;	/* "real" or "nominal" */
	const char *aggregation; /* "sum" or "mean" */
	int replace;		/* supersede a release of the same source and date */
	int allow_rescale;	/* accept every shared value changed by one power of ten */
};

struct import_stats {
	int skipped;		/* 1: this exact file (SHA-256) was already imported */
	long rows;		/* data rows read */
	long series;		/* distinct series in the file */
	long missing;		/* rows with an empty value or FRED's "." (not stored) */
	long observations;	/* rows stored: new + revised + restated + unchanged + withdrawn */
	long added;		/* values for periods with none in force before */
	long revised;		/* values that differ from the one in force by more than
				   the rounding of both prints */
	long restated;		/* the value in force printed with more digits */
	long unchanged;		/* values equal to the one in force (stored, status unchanged) */
	long withdrawn;		/* periods a --complete file left out */
	long vintages;		/* vintages created */
	long reclassified;	/* values of other releases whose status changed (backfill) */
	long replaced;		/* series whose same-day release --replace superseded */
	char bycountry[64];	/* read as one row per date and country: the series'
				   prefix (PREFIX.AU, ...); "": not */
	char bycountry_col[64];	/* and the country column's name */
};

/*
 * Imports one CSV release as one vintage (or one per date of
 * o->vintage_column), atomically: in its own transaction, or in a savepoint
 * of the caller's (import's batch of files) when one is open; a bad file
 * is then rolled back to it, and the caller's earlier files stay. Layouts, told apart by the header:
 * long (series,period,value[,unit,title,reporter,partner,flow,commodity,measure,freq])
 * and wide (period|date|DATE|observation_date, then one column per series).
 * Every bad record is reported as FILE:LINE:COL; then nothing is stored.
 * Returns 0, 3 for bad input (after messages), or -1 for I/O/database errors.
 */
int csvin_import(struct store *st, const char *path, const struct import_opts *o,
		 struct import_stats *stats);

#endif

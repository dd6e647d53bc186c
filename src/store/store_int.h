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
	const char *name;	/* borrowed from the embedded table: "claim_insert" */
	sqlite3_stmt *st;	/* owned; prepared once at open */
};

/* A parameter index found by name (store_bind), kept for the next bind of
 * the same name pointer on the same statement. */
struct bind_memo {
	const sqlite3_stmt *s;	/* borrowed, or NULL: empty */
	const char *name;	/* borrowed: the caller's name pointer */
	int idx;
};
#define STORE_BIND_MEMO 256

struct store {
	struct bind_memo memo[STORE_BIND_MEMO];	/* sqlite3_bind_parameter_index compares
						   every name of the statement: ~8% of
						   an ingest, this hashes two pointers */
	sqlite3 *db;		/* owned */
	char *path;		/* owned: for messages */
	struct stmt *stmts;	/* owned: one per query file in sql/ */
	size_t nstmts;
	const char **names;	/* owned array, borrowed strings: current row's column names */
	struct cell *cells;	/* owned: current row's cells */
	size_t ncells;
};

/* The prepared statement for sql/NAME.sql; a missing one is a BUG. */
sqlite3_stmt *store_stmt(struct store *st, const char *name);
/* Binds v to :name in s; an unknown name is an error. Empty text binds NULL. */
int store_bind(struct store *st, sqlite3_stmt *s, const char *name, const struct cell *v);
/* Binds each of p[0..n) by name; returns 0 or -1. */
int store_bind_all(struct store *st, sqlite3_stmt *s, const struct param *p, size_t n);
/* Reset and clear bindings (invariant 3 of store.c). */
void store_reset(sqlite3_stmt *s);
/* error() with the database path and SQLite's message; returns -1. */
int store_fail(struct store *st, const char *what);

#endif

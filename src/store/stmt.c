/*
 * stmt.c - the statements of sql/: each prepared once at open, bound by
 * :name, stepped, its rows handed over by column name (row.c reads them).
 *
 * Input: an open store (store.c) and the embedded files of sql/ (build/embed.h).
 * Output: store_select/store_exec and the binding and column helpers.
 *
 * Invariants:
 *  1. A statement is reset and its bindings cleared after every use: no
 *     value from one call leaks into the next. So bound text is not copied
 *     (SQLITE_STATIC): every caller binds, steps and resets in one call,
 *     while the text it bound is still its own.
 *  2. An unknown parameter name is an error, never silently ignored.
 *  3. A result column is read by its name in the SQL (row_text(&r, "message"),
 *     store_col), resolved against the names SQLite gives at prepare; an
 *     unknown name is a BUG naming the file, never a silent wrong column.
 *  4. A result column whose name starts with '_' ("_id" of the view
 *     finding_row) is a key for ORDER BY only: such columns stand last, and
 *     no row, column list or CSV sees them, so SELECT * of a view may carry
 *     its key without writing it.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

#include "embed.h"

/* Query files are prepared at open; schema, migrations and session are run. */
static int is_query_file(const char *name)
{
	return strcmp(name, "schema") != 0 && strcmp(name, "session") != 0 &&
	       strncmp(name, "migrate_", 8) != 0;
}

int store_prepare_all(struct store *st)
{
	if (st->stmts)
		return 0;	/* prepared by migrate() */
	/* Indexed by enum sql_id; schema, session and migrations stay NULL. */
	st->stmts = xcalloc(SQL_ID_COUNT, sizeof(*st->stmts));
	for (size_t i = 0; i < SQL_ID_COUNT; i++) {
		const struct embedded *e = &embedded_sql[i];
		struct stmt *s = &st->stmts[i];

		s->name = e->name;
		if (!is_query_file(e->name))
			continue;
		if (sqlite3_prepare_v3(st->db, e->text, -1, SQLITE_PREPARE_PERSISTENT,
				       &s->st, NULL) != SQLITE_OK)
			return error("sql/%s.sql: %s", e->name, sqlite3_errmsg(st->db));
		/* Invariant 3: the names rows are read by, once, from SQLite;
		 * invariant 4: the keys after them are not kept. */
		s->nsql = sqlite3_column_count(s->st);
		for (s->ncols = 0; s->ncols < s->nsql; s->ncols++)
			if (sqlite3_column_name(s->st, s->ncols)[0] == '_')
				break;
		for (int k = s->ncols; k < s->nsql; k++)
			if (sqlite3_column_name(s->st, k)[0] != '_')
				BUG("sql/%s.sql: column '%s' after a key column", e->name,
				    sqlite3_column_name(s->st, k));
		s->cols = xcalloc((size_t)s->ncols + 1, sizeof(*s->cols));
		for (int k = 0; k < s->ncols; k++)
			s->cols[k] = xstrdup(sqlite3_column_name(s->st, k));
	}
	return 0;
}

sqlite3_stmt *store_stmt(struct store *st, enum sql_id id)
{
	if ((unsigned)id >= SQL_ID_COUNT || !st->stmts || !st->stmts[id].st)
		BUG("no prepared statement %d (sql/%s.sql)", (int)id,
		    (unsigned)id < SQL_ID_COUNT ? embedded_sql[id].name : "?");
	return st->stmts[id].st;
}

const char *store_stmt_name(enum sql_id id)
{
	return (unsigned)id < SQL_ID_COUNT ? embedded_sql[id].name : "?";
}

/* The file a prepared statement came from, for messages. */
static const char *stmt_name(struct store *st, sqlite3_stmt *s)
{
	for (size_t i = 0; st->stmts && i < SQL_ID_COUNT; i++)
		if (st->stmts[i].st == s)
			return st->stmts[i].name;
	return "?";
}

/* sqlite3_bind_parameter_index(s, name), remembered by (s, name pointer)
 * and checked against a copy of the name it was found for, so a reused
 * pointer to other text is looked up again (asking SQLite for the
 * statement's name of idx scanned all its names: ~5% of an ingest). */
static int param_index(struct store *st, sqlite3_stmt *s, const char *name)
{
	uint64_t h = ((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15u) ^
		     ((uint64_t)(uintptr_t)name * 0xC2B2AE3D27D4EB4Fu);
	struct bind_memo *m = &st->memo[(h >> 32) % STORE_BIND_MEMO];
	size_t n;

	if (m->s == s && m->name == name && strcmp(m->known, name) == 0)
		return m->idx;
	m->idx = sqlite3_bind_parameter_index(s, name);
	n = strlen(name);
	if (!m->idx || n >= sizeof(m->known)) {	/* not kept */
		m->s = NULL;
		return m->idx;
	}
	m->s = s;
	m->name = name;
	memcpy(m->known, name, n + 1);
	return m->idx;
}

int store_bind(struct store *st, sqlite3_stmt *s, const char *name, const struct cell *v)
{
	int idx = param_index(st, s, name);

	if (idx == 0)
		return error("sql/%s.sql has no parameter '%s'", stmt_name(st, s), name);
	return store_bind_at(st, s, idx, v);
}

int store_bind_at(struct store *st, sqlite3_stmt *s, int idx, const struct cell *v)
{
	int rc;

	switch (v->type) {
	case CELL_INT:
		rc = sqlite3_bind_int64(s, idx, v->i);
		break;
	case CELL_REAL:
		rc = sqlite3_bind_double(s, idx, v->r);
		break;
	case CELL_TEXT:
		/* Empty means unknown: stored as NULL so CHECKs and IS NULL work. */
		rc = v->s && v->n ? sqlite3_bind_text64(s, idx, v->s, v->n, SQLITE_STATIC,
							SQLITE_UTF8)
				  : sqlite3_bind_null(s, idx);
		break;
	default:
		rc = sqlite3_bind_null(s, idx);
		break;
	}
	return rc == SQLITE_OK ? 0 : store_fail(st, "cannot bind a parameter");
}

void store_reset(sqlite3_stmt *s)
{
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
}

int store_bind_all(struct store *st, sqlite3_stmt *s, const struct param *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (store_bind(st, s, p[i].name, &p[i].v) < 0)
			return -1;
	return 0;
}

int store_col(struct store *st, enum sql_id id, const char *name)
{
	const struct stmt *t;

	store_stmt(st, id);	/* a BUG when not prepared */
	t = &st->stmts[id];
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i], name) == 0)
			return i;
	BUG("sql/%s.sql has no result column '%s'", t->name, name);
}

/* Fills st->cells for the current row of statement id; text is borrowed from SQLite. */
static void fill_row(struct store *st, enum sql_id id, struct row *r)
{
	struct stmt *t = &st->stmts[id];
	sqlite3_stmt *s = t->st;
	int n = t->ncols;	/* the keys after them are not read (invariant 4) */

	if (sqlite3_column_count(s) != t->nsql)
		BUG("sql/%s.sql: %d result columns, %d at prepare", t->name,
		    sqlite3_column_count(s), t->nsql);
	if ((size_t)n > st->ncells) {
		st->cells = xrealloc(st->cells, (size_t)n * sizeof(*st->cells));
		st->ncells = (size_t)n;
	}
	for (int i = 0; i < n; i++) {
		struct cell *c = &st->cells[i];

		memset(c, 0, sizeof(*c));
		switch (sqlite3_column_type(s, i)) {
		case SQLITE_INTEGER:
			c->type = CELL_INT;
			c->i = sqlite3_column_int64(s, i);
			break;
		case SQLITE_FLOAT:
			c->type = CELL_REAL;
			c->r = sqlite3_column_double(s, i);
			break;
		case SQLITE_NULL:
			c->type = CELL_NULL;
			break;
		default:
			c->type = CELL_TEXT;
			c->s = (const char *)sqlite3_column_text(s, i);
			c->n = (size_t)sqlite3_column_bytes(s, i);
			if (!c->s)
				c->s = "";
			break;
		}
	}
	r->ncols = n;
	r->names = (const char *const *)t->cols;
	r->cells = st->cells;
	r->stmt = t->name;
	r->hint = &t->hint;
}

const char *const *store_columns(struct store *st, enum sql_id stmt, int *n)
{
	store_stmt(st, stmt);	/* a BUG when not prepared */
	/* Column names are known from the prepared statement, before any step. */
	*n = st->stmts[stmt].ncols;
	return (const char *const *)st->stmts[stmt].cols;
}

int store_select(struct store *st, enum sql_id stmt, const struct param *params,
		 size_t nparams, row_fn fn, void *ctx)
{
	sqlite3_stmt *s = store_stmt(st, stmt);
	struct row r;
	int rc, ret = 0;

	if (store_bind_all(st, s, params, nparams) < 0) {
		store_reset(s);
		return -1;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		fill_row(st, stmt, &r);
		ret = fn(ctx, &r);
		if (ret)
			break;
	}
	if (!ret && rc != SQLITE_DONE)
		ret = error("%s: sql/%s.sql: %s", st->path, store_stmt_name(stmt), sqlite3_errmsg(st->db));
	store_reset(s);
	return ret;
}

int store_exec(struct store *st, enum sql_id stmt, const struct param *params,
	       size_t nparams, int64_t *rowid)
{
	sqlite3_stmt *s = store_stmt(st, stmt);
	int rc;

	if (store_bind_all(st, s, params, nparams) < 0) {
		store_reset(s);
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		error("%s: sql/%s.sql: %s", st->path, store_stmt_name(stmt), sqlite3_errmsg(st->db));
		store_reset(s);
		return -1;
	}
	if (rowid)
		*rowid = sqlite3_last_insert_rowid(st->db);
	store_reset(s);
	return 0;
}

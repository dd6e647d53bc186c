/*
 * store.c - opening (migrate.c migrates) and talking to the SQLite database.
 *
 * Input: a path; statements embedded from the files of sql/ (build/embed.h).
 * Output: a struct store with every statement prepared once, and a small
 * generic interface (store_select/store_exec) that binds by :name.
 *
 * Invariants:
 *  1. Every connection has foreign keys on, WAL (when writable) and a busy
 *     timeout, so overlapping cron runs wait for each other instead of failing.
 *  2. The schema is created or migrated (migrate.c) inside BEGIN IMMEDIATE, after
 *     re-reading user_version, so two first runs at once migrate only once.
 *  3. A statement is reset and its bindings cleared after every use: no
 *     value from one call leaks into the next. So bound text is not copied
 *     (SQLITE_STATIC): every caller binds, steps and resets in one call,
 *     while the text it bound is still its own.
 *  4. An unknown parameter name is an error, never silently ignored.
 *  5. A result column is read by its name in the SQL (row_text(&r, "message"),
 *     store_col), resolved against the names SQLite gives at prepare; an
 *     unknown name is a BUG naming the file, never a silent wrong column.
 *  6. A result column whose name starts with '_' ("_id" of the view
 *     finding_row) is a key for ORDER BY only: such columns stand last, and
 *     no row, column list or CSV sees them, so SELECT * of a view may carry
 *     its key without writing it.
 */
#include "store/store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embed.h"

/* Busy timeout: a monthly import of a large release may hold the write
 * lock for a while; a concurrent cron run should wait, not fail. */
#define STORE_BUSY_MS 60000

/* Query files are prepared at open; schema, migrations and session are run. */
static int is_query_file(const char *name)
{
	return strcmp(name, "schema") != 0 && strcmp(name, "session") != 0 &&
	       strncmp(name, "migrate_", 8) != 0;
}

/* SQLite's message, and the system's when an I/O call failed under it
 * ("disk I/O error (File too large)" past `ulimit -f`). */
int store_fail(struct store *st, const char *what)
{
	int e = sqlite3_system_errno(st->db);

	if ((sqlite3_extended_errcode(st->db) & 0xff) == SQLITE_IOERR && e)
		return error("%s: %s: %s (%s)", st->path, what, sqlite3_errmsg(st->db), strerror(e));
	return error("%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
}

int store_exec_sql(struct store *st, const char *sql, const char *what)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		error("%s: %s: %s", st->path, what, msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/*
 * WAL mode. Switching needs an exclusive lock, and two first runs that have
 * both read the file would deadlock waiting for it, so SQLite answers BUSY
 * at once instead of calling the busy handler: try again, as the handler
 * would, until the busy timeout (invariant 1).
 */
static int set_wal(struct store *st)
{
	for (int waited = 0;; waited += 20) {
		int rc = sqlite3_exec(st->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);

		if (rc == SQLITE_OK)
			return 0;
		if (((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) ||
		    waited >= STORE_BUSY_MS)
			return store_fail(st, "cannot switch to WAL");
		sqlite3_sleep(20);
	}
}

int store_read_version(struct store *st, int *version)
{
	sqlite3_stmt *s;
	int rc, col = -1;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, "cannot read the schema version");
	for (int i = 0; i < sqlite3_column_count(s); i++)
		if (strcmp(sqlite3_column_name(s, i), "user_version") == 0)
			col = i;
	if (col < 0)
		BUG("PRAGMA user_version has no column 'user_version'");
	rc = sqlite3_step(s);
	*version = rc == SQLITE_ROW ? sqlite3_column_int(s, col) : -1;
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, "cannot read the schema version");
	return 0;
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
		/* Invariant 5: the names rows are read by, once, from SQLite;
		 * invariant 6: the keys after them are not kept. */
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

/*
 * Issue 11, item 10: reading without write access. A reader of a WAL
 * database needs its -shm and -wal beside it, and SQLite creates them when
 * they are missing. A user who may read but not write the database either
 * cannot (a read-only folder: SQLite says only "attempt to write a readonly
 * database"), or would leave them behind owned by themselves, and the
 * owner's next import would fail on them. When they exist (a connection of
 * the owner's is open), SQLite uses them and creates nothing.
 *
 * When neither exists, no connection is open and the whole database is in
 * the file: it is read as immutable (nothing created, nothing locked by
 * SQLite), under a read lock on SQLite's SHARED byte range, which keeps a
 * writer that comes and goes meanwhile from deleting its -wal at close. So
 * a -wal that exists at the end (store_read_unchanged) means a writer came
 * during the read, and the read is refused rather than trusted.
 */
static char *ro_wal;		/* owned: the -wal that must stay absent, or NULL */
static int ro_lock = -1;	/* the locked descriptor of the database file */

/* SQLite's lock bytes (os_unix.c): PENDING_BYTE + 2, SHARED_SIZE. */
#define SQLITE_SHARED_FIRST 0x40000002
#define SQLITE_SHARED_SIZE 510

int store_read_unchanged(void)
{
	if (ro_wal && access(ro_wal, F_OK) == 0)
		return error("the database changed while it was read (a write began): "
			     "nothing written; run again");
	return 0;
}

/* 1: open immutable (ro_lock held); 0: open as usual; -1 after error(). */
static int readonly_plan(const char *path)
{
	unsigned char hdr[20];
	struct buf shm = BUF_INIT, wal = BUF_INIT, dir = BUF_INIT;
	struct flock fl = { .l_type = F_RDLCK, .l_whence = SEEK_SET,
			    .l_start = SQLITE_SHARED_FIRST, .l_len = SQLITE_SHARED_SIZE };
	const char *base = path_base(path);
	int fd, rc = 0, locked = 0;

	if (access(path, W_OK) == 0 || (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;	/* a writer, or SQLite will say why not */
	/* The file format's read version: 2 is WAL (sqlite.org/fileformat2.html). */
	if (pread(fd, hdr, sizeof(hdr), 0) != (ssize_t)sizeof(hdr) || hdr[18] != 2) {
		close(fd);
		return 0;
	}
	buf_addf(&shm, "%s-shm", path);
	buf_addf(&wal, "%s-wal", path);
	for (int waited = 0; !locked && waited < 5000; waited += 20) {
		locked = fcntl(fd, F_SETLK, &fl) == 0;
		if (!locked)
			sqlite3_sleep(20);	/* a last connection is closing */
	}
	if (locked && access(shm.s, F_OK) != 0 && access(wal.s, F_OK) != 0) {
		ro_lock = fd;
		ro_wal = buf_detach(&wal, NULL);
		outfile_before_install(store_read_unchanged);
		rc = 1;
	} else {
		close(fd);
		if (locked && access(shm.s, F_OK) != 0) {
			/* A -wal without its -shm: a crash left it; only a writer recovers it. */
			if (base == path)
				buf_adds(&dir, ".");
			else
				buf_add(&dir, path, (size_t)(base - path));
			rc = error("cannot read '%s' without write access to it: a crash left "
				   "'%s' to recover, and reading needs '%s', which %s; ask its "
				   "owner to run 'tradestat init' on it, or read a copy (cp '%s' "
				   "'%s' DIR/ and give --db DIR/%s)", path, wal.s, shm.s,
				   access(dir.s, W_OK) == 0 ? "you could create, but then its owner "
				   "could no longer write the database" : "you cannot create (the "
				   "folder is read-only for you)", path, wal.s, base);
		}
	}
	buf_release(&shm);
	buf_release(&wal);
	buf_release(&dir);
	return rc;
}

/* "file:" URI of path with ?immutable=1; every byte outside [A-Za-z0-9/._-]
 * percent-encoded, so '?', '#' and '%' in a file name stay its own. */
static char *immutable_uri(const char *path)
{
	struct buf b = BUF_INIT;

	buf_adds(&b, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-", *p))
			buf_addc(&b, (char)*p);
		else
			buf_addf(&b, "%%%02X", *p);
	}
	buf_adds(&b, "?immutable=1");
	return buf_detach(&b, NULL);
}

int store_open(struct store **out, const char *path, unsigned flags)
{
	struct store *st;
	char *uri = NULL;	/* an immutable read (readonly_plan) */
	int oflags, v;
	long n;
	struct stat sb;
	int exists = strcmp(path, ":memory:") == 0 || stat(path, &sb) == 0;

	*out = NULL;
	/* Only `init` creates a database: a mistyped --db must not pass as an
	 * empty one (validate --fail-on error would then say all is well). */
	if (!exists && !(flags & STORE_CREATE))
		return error("no database at %s (tradestat init creates one)", path);
	if (exists && strcmp(path, ":memory:") != 0 && S_ISDIR(sb.st_mode))
		return error("database '%s' is a directory", path);
	if (flags & STORE_READONLY) {
		oflags = SQLITE_OPEN_READONLY;
	} else {
		oflags = SQLITE_OPEN_READWRITE | (flags & STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
		/* Said plainly here: SQLite would only say "unable to open database
		 * file" at the first read. WAL also writes files next to it. */
		if (exists && strcmp(path, ":memory:") != 0 && access(path, W_OK) != 0)
			return error("cannot write the database '%s': %s", path, strerror(errno));
	}
	/* Savepoint (sub-)journals stay in memory: ingest opens one per file,
	 * and spilled to a temporary file they wrote ~70 MB per 3 MB of
	 * articles; they hold one file's changed pages and are emptied at its
	 * RELEASE. Only possible before SQLite initialises: later calls (a
	 * second store in one process) leave the first setting. */
	sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
	/* No count of SQLite's memory (nothing here asks for it): each of its
	 * mallocs took a global mutex for it, ~27 per imported row. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(path);
	switch ((flags & STORE_READONLY) ? readonly_plan(path) : 0) {
	case -1:
		goto fail;
	case 1:
		uri = immutable_uri(path);
		oflags |= SQLITE_OPEN_URI;
		break;
	}
	v = sqlite3_open_v2(uri ? uri : path, &st->db, oflags | SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (v != SQLITE_OK) {
		store_fail(st, "cannot open the database");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
	if (store_read_version(st, &v) < 0)
		goto fail;
	if (v > STORE_SCHEMA_VERSION) {
		error("%s: schema version %d is newer than this tradestat knows (%d): upgrade tradestat",
		      path, v, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if (v == 0 && !(flags & STORE_CREATE)) {
		error("%s: not a tradestat database (schema version 0): tradestat init creates one",
		      path);
		goto fail;
	}
	/* init vouches for the file: a damaged one is said so, not used. */
	if ((flags & STORE_CREATE) && v > 0 &&
	    store_count_rows(st, "SELECT 1 FROM pragma_quick_check(1) WHERE quick_check <> 'ok'", &n) == 0 && n) {
		error("%s: the database is damaged (PRAGMA quick_check): restore it from a backup",
		      path);
		goto fail;
	}
	if (store_exec_sql(st, sql_session, "sql/session.sql") < 0)
		goto fail;
	if (!(flags & STORE_READONLY)) {
		if (set_wal(st) < 0)
			goto fail;
		/* In WAL, NORMAL syncs at checkpoints, not at every COMMIT: a power
		 * cut may lose the last transactions but never corrupts the file,
		 * and each file's transaction stays all or nothing. FULL made
		 * ingest wait for one fsync per article (bench/: ~1 500 claims/s). */
		if (store_exec_sql(st, "PRAGMA synchronous = NORMAL", "cannot set synchronous") < 0)
			goto fail;
		/* Before foreign keys go on: a migration rebuilds tables. */
		if (v < STORE_SCHEMA_VERSION && store_migrate(st) < 0)
			goto fail;
	} else if (v < STORE_SCHEMA_VERSION) {
		error("%s: schema version %d is older than this tradestat's (%d): run 'tradestat "
		      "init' to migrate it", path, v, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if (store_exec_sql(st, "PRAGMA foreign_keys = ON", "cannot enable foreign keys") < 0 ||
	    store_prepare_all(st) < 0)
		goto fail;
	*out = st;
	return 0;
fail:
	store_close(st);
	return -1;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	for (size_t i = 0; st->stmts && i < SQL_ID_COUNT; i++) {
		sqlite3_finalize(st->stmts[i].st);
		for (int k = 0; k < st->stmts[i].ncols; k++)
			free(st->stmts[i].cols[k]);
		free(st->stmts[i].cols);
	}
	for (size_t i = 0; i < ARRAY_SIZE(st->savepoint); i++)
		sqlite3_finalize(st->savepoint[i]);
	if (st->db && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);	/* a snapshot's end */
	free(st->stmts);
	free(st->cells);
	if (st->db)
		sqlite3_close(st->db);
	free(st->path);
	free(st);
	if (ro_lock >= 0)
		close(ro_lock);	/* the read lock of an immutable read goes with it */
	ro_lock = -1;
	free(ro_wal);
	ro_wal = NULL;
}

long store_changes(struct store *st)
{
	return (long)sqlite3_changes(st->db);
}

int store_version(struct store *st)
{
	int v;

	return store_read_version(st, &v) < 0 ? -1 : v;
}

int store_begin(struct store *st)
{
	return store_exec_sql(st, "BEGIN IMMEDIATE", "cannot begin a transaction");
}

int store_snapshot(struct store *st)
{
	return store_exec_sql(st, "BEGIN", "cannot begin a read transaction");
}

int store_commit(struct store *st)
{
	return store_exec_sql(st, "COMMIT", "cannot commit");
}

int store_rollback(struct store *st)
{
	if (sqlite3_get_autocommit(st->db))
		return 0;
	return store_exec_sql(st, "ROLLBACK", "cannot roll back");
}

/* Runs statement *s (sql, prepared at its first use and kept). */
static int step_kept(struct store *st, sqlite3_stmt **s, const char *sql, const char *what)
{
	int rc;

	if (!*s && sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK)
		return store_fail(st, what);
	rc = sqlite3_step(*s) == SQLITE_DONE ? 0 : store_fail(st, what);
	sqlite3_reset(*s);
	return rc;
}

int store_savepoint(struct store *st)
{
	return step_kept(st, &st->savepoint[0], "SAVEPOINT input_file", "cannot open a savepoint");
}

int store_release(struct store *st)
{
	return step_kept(st, &st->savepoint[1], "RELEASE input_file", "cannot release a savepoint");
}

int store_in_transaction(struct store *st)
{
	return !sqlite3_get_autocommit(st->db);
}

int store_bulk(struct store *st)
{
	char sql[96];

	snprintf(sql, sizeof(sql), "PRAGMA cache_size = -%d; PRAGMA wal_autocheckpoint = %d",
		 STORE_BULK_CACHE_KIB, STORE_BULK_CHECKPOINT);
	return store_exec_sql(st, sql, "cannot size the page cache");
}

int store_scratch(struct store *st)
{
	char sql[64];

	snprintf(sql, sizeof(sql), "PRAGMA temp.cache_size = -%d", STORE_SCRATCH_CACHE_KIB);
	return store_exec_sql(st, sql, "cannot size the temporary page cache");
}

int store_claim_index(struct store *st, int on)
{
	return store_exec(st, on ? SQL_CLAIM_INDEX_CREATE : SQL_CLAIM_INDEX_DROP, NULL, 0, NULL);
}

int store_rollback_to(struct store *st)
{
	if (sqlite3_get_autocommit(st->db))
		return -1;	/* SQLite rolled the whole transaction back already */
	if (store_exec_sql(st, "ROLLBACK TO input_file", "cannot roll back a savepoint") < 0)
		return -1;
	return store_release(st);
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
	int n = t->ncols;	/* the keys after them are not read (invariant 6) */

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

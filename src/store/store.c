/*
 * store.c - opening (migrate.c migrates) and talking to the SQLite database.
 *
 * Input: a path; statements embedded from the files of sql/ (build/embed.h).
 * Output: a struct store, its transactions and savepoints; stmt.c prepares
 * every statement once and runs them (store_select/store_exec) by :name.
 *
 * Invariants:
 *  1. Every connection has foreign keys on, WAL (when writable) and a busy
 *     timeout, so overlapping cron runs wait for each other instead of failing.
 *  2. The schema is created or migrated (migrate.c) inside BEGIN IMMEDIATE, after
 *     re-reading user_version, so two first runs at once migrate only once.
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

/* SQLite's message, and the system's when an I/O call failed under it
 * ("disk I/O error (File too large)" past `ulimit -f`); a damaged file is
 * named as such, with what could not be read. */
int store_fail(struct store *st, const char *what)
{
	int e = sqlite3_system_errno(st->db);

	if ((sqlite3_extended_errcode(st->db) & 0xff) == SQLITE_CORRUPT)
		return error("%s: the database is damaged (%s: %s): restore it from a backup",
			     st->path, what, sqlite3_errmsg(st->db));
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
	/* init vouches for the file: a damaged one is said so, not used (a
	 * damaged schema page fails the check itself: store_fail says so). */
	if ((flags & STORE_CREATE) && v > 0) {
		if (store_count_rows(st, "SELECT 1 FROM pragma_quick_check(1) WHERE quick_check <> 'ok'",
				     &n) < 0)
			goto fail;
		if (n) {
			error("%s: the database is damaged (PRAGMA quick_check): restore it from a backup",
			      path);
			goto fail;
		}
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

/*
 * docs.c - storing articles and the claims parsed from them.
 *
 * Input: a struct doc and its struct claims (parse stage).
 * Output: one document row and one claim row per claim.
 *
 * Invariants:
 *  1. The caller holds the transaction (store_begin): a document is stored
 *     with all its claims or not at all.
 *  2. Claim text is copied from the document bytes here, at the store
 *     boundary, and nowhere earlier.
 *  3. A paired figure's `pair` is set after both halves exist, so the
 *     foreign key always points at a stored claim.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

int store_document_find(struct store *st, const char *sha256, int64_t *id)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DOCUMENT_FIND);
	struct cell v = { CELL_TEXT, 0, 0, sha256, strlen(sha256) };
	int rc;

	if (store_bind(st, s, ":sha256", &v) < 0)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, store_col(st, SQL_DOCUMENT_FIND, "id"));
	store_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "sql/document_find.sql");
}

int store_document_add(struct store *st, const struct doc *d, int64_t *id)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DOCUMENT_INSERT);
	const struct param p[] = {
		P_TEXT(":sha256", d->sha256),
		P_TEXT(":path", d->path),
		P_TEXT(":published", d->date),
		P_INT(":bytes", (int64_t)d->len),
		d->outlet ? (struct param)P_TEXT(":outlet", d->outlet) : (struct param)P_NULL(":outlet"),
		d->title ? (struct param)P_TEXT(":title", d->title) : (struct param)P_NULL(":title"),
	};
	int rc;

	if (store_bind_all(st, s, p, ARRAY_SIZE(p)) < 0)
		goto fail;
	if (sqlite3_bind_blob64(s, sqlite3_bind_parameter_index(s, ":body"), d->buf,
				d->len, SQLITE_STATIC) != SQLITE_OK)
		goto fail;
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE)
		goto fail;
	*id = sqlite3_last_insert_rowid(st->db);
	store_reset(s);
	return 0;
fail:
	store_fail(st, "cannot store document");
	store_reset(s);
	return -1;
}

/* The schema's per is a rate's time unit; a price's unit ("t" in "$232 a
 * tonne", extract's per) has no column yet and is not stored. */
static const char *time_per(const char *p)
{
	static const char *const units[] = { "year", "quarter", "month", "week", "day" };

	for (size_t k = 0; k < ARRAY_SIZE(units); k++)
		if (!strcmp(p, units[k]))
			return p;
	return "";
}

/* Rows and columns of sql/claim_insert_batch.sql. */
#define CLAIM_BATCH 8
#define CLAIM_COLS 29
#define C_INT(x) { CELL_INT, (x), 0, NULL, 0 }
#define C_REAL(x) { CELL_REAL, 0, (x), NULL, 0 }
#define C_TEXTN(s, n) { CELL_TEXT, 0, 0, (s), (n) }

/* Binds claim c (seq) of document doc_id as row k of the batch statement s,
 * in the column order of sql/claim_insert_batch.sql. */
static int claim_bind(struct store *st, sqlite3_stmt *s, int k, int64_t doc_id,
		      const struct doc *d, const struct claim *c, size_t seq)
{
	const struct cell v[CLAIM_COLS] = {
		C_INT(doc_id),
		C_INT((int64_t)seq),
		C_INT((int64_t)c->start),
		C_INT((int64_t)c->end),
		C_INT((int64_t)c->sent_start),
		C_INT((int64_t)c->sent_end),
		C_TEXTN(d->buf + c->start, c->end - c->start),
		cell_text(claim_kind_name(c->kind)),
		C_REAL(c->value),
		C_REAL(c->precision),
		cell_text(c->unit),
		cell_text(time_per(c->per)),
		cell_text(c->approx),
		cell_text(c->direction),
		cell_text(measure_name(c->measure)),
		cell_text(c->period),
		cell_text(c->flow),
		cell_text(c->reporter),
		cell_text(c->partner),
		cell_text(c->commodity),
		/* "" (0, not said) is stored as NULL, as every empty text. */
		cell_text(adjustment_name(c->adjustment)),
		cell_text(price_basis_name(c->price)),
		cell_text(rate_basis_name(c->basis)),
		cell_text(claim_status_name(c->status)),
		cell_text(field_source_name(c->reporter_src)),
		cell_text(field_source_name(c->partner_src)),
		cell_text(field_source_name(c->flow_src)),
		cell_text(field_source_name(c->period_src)),
		cell_text(c->source),	/* "": none named, NULL */
	};

	if (c->end <= c->start || c->end > d->len)
		BUG("claim %zu of '%s' has offsets %zu..%zu outside %zu bytes",
		    seq, d->path, c->start, c->end, d->len);
	for (int i = 0; i < CLAIM_COLS; i++)
		if (store_bind_at(st, s, k * CLAIM_COLS + i + 1, &v[i]) < 0)
			return -1;
	return 0;
}

/* Claims [first, first + n) of d, n <= CLAIM_BATCH, in one statement. */
static int claim_batch(struct store *st, int64_t doc_id, const struct doc *d,
		       const struct claims *c, size_t first, size_t n)
{
	sqlite3_stmt *s = store_stmt(st, SQL_CLAIM_INSERT_BATCH);
	int ret = 0;

	if (sqlite3_bind_parameter_count(s) != CLAIM_BATCH * CLAIM_COLS)
		BUG("sql/claim_insert_batch.sql has %d parameters, not %d",
		    sqlite3_bind_parameter_count(s), CLAIM_BATCH * CLAIM_COLS);
	for (size_t k = 0; k < n && !ret; k++)
		ret = claim_bind(st, s, (int)k, doc_id, d, &c->v[first + k], first + k);
	if (!ret && sqlite3_step(s) != SQLITE_DONE)
		ret = error("%s: sql/%s.sql: %s", st->path,
			    store_stmt_name(SQL_CLAIM_INSERT_BATCH), sqlite3_errmsg(st->db));
	store_reset(s);	/* every row NULL again: unused rows are not inserted */
	return ret;
}

int store_claims_add(struct store *st, int64_t doc_id, const struct doc *d,
		     const struct claims *c)
{
	int ret = 0;

	for (size_t i = 0; i < c->n && !ret; i += CLAIM_BATCH)
		ret = claim_batch(st, doc_id, d, c, i,
				  c->n - i < CLAIM_BATCH ? c->n - i : CLAIM_BATCH);
	/* Pairs by seq, once both halves are stored (invariant 3). */
	for (size_t i = 0; i < c->n && !ret; i++) {
		long j = c->v[i].pair;

		if (j < 0)
			continue;
		if ((size_t)j >= c->n)
			BUG("claim %zu of '%s' pairs with %ld of %zu", i, d->path, j, c->n);
		{
			const struct param p[] = { P_INT(":document", doc_id),
						   P_INT(":pair_seq", (int64_t)j),
						   P_INT(":seq", (int64_t)i) };

			ret = store_exec(st, SQL_CLAIM_SET_PAIR, p, ARRAY_SIZE(p), NULL);
		}
	}
	return ret;
}

static int get_date(void *ctx, const struct row *r)
{
	str_copy(ctx, 11, row_text(r, "published"), row_len(r, "published"));
	return 0;
}

int store_document_redate(struct store *st, int64_t id, const struct doc *d,
			  const struct claims *c, char old[static 11])
{
	const struct param p[] = { P_INT(":document", id) };
	const struct param q[] = { P_INT(":document", id), P_TEXT(":published", d->date) };

	old[0] = '\0';
	if (store_select(st, SQL_DOCUMENT_GET, p, 1, get_date, old) < 0)
		return -1;
	if (strcmp(old, d->date) == 0)
		return 0;
	if (store_exec(st, SQL_DOCUMENT_REDATE, q, 2, NULL) < 0 ||
	    store_exec(st, SQL_FINDING_DROP_DOCUMENT, p, 1, NULL) < 0 ||
	    store_exec(st, SQL_CLAIM_DROP_DOCUMENT, p, 1, NULL) < 0 ||
	    store_claims_add(st, id, d, c) < 0)
		return -1;
	return 1;
}

int store_document_drop(struct store *st, int64_t id, struct drop_stats *out)
{
	const struct param p[] = { P_INT(":document", id) };

	memset(out, 0, sizeof(*out));
	if (store_begin(st) < 0)
		return -1;
	if (store_exec(st, SQL_FINDING_DROP_DOCUMENT, p, 1, NULL) < 0)
		goto fail;
	out->findings = store_changes(st);
	if (store_exec(st, SQL_CLAIM_DROP_DOCUMENT, p, 1, NULL) < 0)
		goto fail;
	out->claims = store_changes(st);
	if (store_exec(st, SQL_DOCUMENT_DELETE, p, 1, NULL) < 0)
		goto fail;
	if (store_changes(st) != 1) {
		error("%s: no document %lld", st->path, (long long)id);
		goto fail;
	}
	if (store_commit(st) < 0)
		goto fail;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

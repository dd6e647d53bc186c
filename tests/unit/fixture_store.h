/*
 * fixture_store.h - what the store's test binaries share: an in-memory
 * database, a scratch file to import, and small queries on the result.
 * Included by one test file per binary (all functions are static).
 */
#ifndef TS_FIXTURE_STORE_H
#define TS_FIXTURE_STORE_H

struct fixture {
	struct store *st;
	char path[64];
};

static int setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	if (store_open(&fx->st, ":memory:", STORE_CREATE) < 0)
		return -1;
	strcpy(fx->path, "/tmp/tradestat-store-XXXXXX");
	{
		int fd = mkstemp(fx->path);

		if (fd < 0)
			return -1;
		close(fd);
	}
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;

	store_close(fx->st);
	unlink(fx->path);
	free(fx);
	return 0;
}

static void write_file(struct fixture *fx, const char *text)
{
	FILE *f = fopen(fx->path, "wb");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* Imports text as `tradestat import` would with options o (default: a
 * release of 2024-01-15): its identity from import's option table. */
static int import_text(struct fixture *fx, const char *text, const struct import_opts *o,
		       struct import_stats *stats)
{
	struct import_opts def = { .vintage = "2024-01-15", .source = "test" };
	struct import_opts with = o ? *o : def;
	char *id = NULL;
	int rc;

	if (!with.identity)
		with.identity = id = opts_identity(&cmd_import, &with);
	write_file(fx, text);
	rc = csvin_import(fx->st, fx->path, &with, stats);
	free(id);
	return rc;
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

/* documents, claims, series, vintages, observations, findings */
static void counts(struct fixture *fx, int64_t out[6])
{
	assert_int_equal(store_select(fx->st, SQL_DB_COUNTS, NULL, 0, counts_row, out), 0);
}

struct obs {
	char period[16];
	double value;
	char vintage[16];
	int n;
};

static int latest_row(void *ctx, const struct row *r)
{
	struct obs *o = ctx;

	if (o->n == 0 || strcmp(o->period, "") == 0) {
		str_copy(o->period, sizeof(o->period), row_text(r, "period"), row_len(r, "period"));
		o->value = row_double(r, "value");
		str_copy(o->vintage, sizeof(o->vintage), row_text(r, "vintage"), row_len(r, "vintage"));
	}
	o->n++;
	return 0;
}

static struct obs latest(struct fixture *fx, const char *series)
{
	struct obs o = { "", 0, "", 0 };
	const struct param p[] = { P_TEXT(":series", series) };

	assert_int_equal(store_select(fx->st, SQL_EXPORT_SERIES_LONG, p, 1, latest_row, &o), 0);
	return o;
}

#endif

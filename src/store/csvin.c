/*
 * csvin.c - importing an official release (CSV) as one vintage, or one per
 * release date of a --vintage-column.
 *
 * Input: a CSV file read by csvread.c, its header mapped by header.c.
 * Output: series rows, the vintage rows, and one observation per value the
 * release holds, all in one transaction (or one savepoint of the caller's:
 * import's batches); vintage.c then derives statuses and withdrawals from
 * release-date order.
 *
 * One pass over the file when it can (csvrows.c), checking and storing in
 * the file's transaction, undone at the first thing it cannot decide; else
 * two passes, streamed (never held whole in memory): the first checks every
 * record and learns each series' frequency, the second stores. Either way a
 * bad record anywhere means nothing is stored, and every bad record is
 * reported, not just the first (by the two passes).
 *
 * Invariants:
 *  1. A value is a decimal number in the file's notation (textin.c: the
 *     separator's locale and the options); a thousands separator nobody
 *     opted in, hex (0x10), NaN and overflow are refused, never guessed.
 *  2. Empty and "." (FRED's missing) values are counted as missing, not stored.
 *  3. Dates on the first of a period are stored at the series' frequency
 *     (freq.c: "2023-08-01" of a monthly series is "2023-08", of a quarterly
 *     one "2023-Q3"); a series with any other day is daily.
 *  4. Every value is stored with its precision as written (half a unit of its
 *     last digit, an exponent moving that digit): what a repeat, a
 *     restatement and a revision are is judged against it (vintage.c).
 *  5. An import is identified by the file's SHA-256 and its identity options
 *     (o->identity: import's OPT_SHAPES_STORE options), asked again under the
 *     write lock, so two runs of one file at once store it once.
 */
#include "store/csvin_int.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static size_t hash_str(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static void hash_rebuild(struct csvin *c)
{
	free(c->hash);
	c->hcap = c->hcap ? c->hcap * 2 : 64;
	c->hash = xcalloc(c->hcap, sizeof(*c->hash));
	for (size_t i = 0; i < c->ns; i++) {
		size_t h = hash_str(c->s[i].code) & (c->hcap - 1);

		while (c->hash[h])
			h = (h + 1) & (c->hcap - 1);
		c->hash[h] = i + 1;
	}
}

/* The series with this code, added on first sight when add is set. */
static struct smeta *series_get(struct csvin *c, const char *code, int add)
{
	size_t h;

	if (!c->hcap)
		hash_rebuild(c);
	h = hash_str(code) & (c->hcap - 1);
	for (; c->hash[h]; h = (h + 1) & (c->hcap - 1))
		if (strcmp(c->s[c->hash[h] - 1].code, code) == 0)
			return &c->s[c->hash[h] - 1];
	if (!add)
		return NULL;
	XGROW(c->s, c->as, c->ns + 1);
	memset(&c->s[c->ns], 0, sizeof(c->s[c->ns]));
	c->s[c->ns].code = xstrdup(code);
	c->ns++;
	if (c->ns * 2 > c->hcap)
		hash_rebuild(c);
	else
		c->hash[h] = c->ns;
	return &c->s[c->ns - 1];
}

static struct rel *rel_get(struct csvin *c, const char *date)
{
	for (size_t i = 0; i < c->nr; i++)
		if (strcmp(c->r[i].date, date) == 0)
			return &c->r[i];
	XGROW(c->r, c->ar, c->nr + 1);
	memset(&c->r[c->nr], 0, sizeof(c->r[c->nr]));
	str_copy(c->r[c->nr].date, sizeof(c->r[c->nr].date), date, strlen(date));
	return &c->r[c->nr++];
}

/* 1 when an ALFRED/FRED missing value: empty or ".". */
static int missing(const char *s)
{
	return !*s || strcmp(s, ".") == 0;
}

/*
 * Half a unit of the last digit written ("6.9191" -> 0.00005), times scale:
 * what a value means as published, so that a later file printing more
 * digits is not taken for a revision, and a claim is compared fairly.
 */
static double written_precision(const char *text, double scale)
{
	const char *dot = strchr(text, '.'), *e = strpbrk(text, "eE");
	long dec = 0;

	if (dot)
		while (dot[1 + dec] >= '0' && dot[1 + dec] <= '9')
			dec++;
	/* "2e-3" is written to the thousandth, "1.5e3" to the hundred: the
	 * exponent moves the last digit (a revision 0.0015 -> 2e-3 is one). */
	if (e)
		dec -= strtol(e + 1, NULL, 10);
	return 0.5 * pow(10, -(double)dec) * scale;
}

/* An APPEND series' value against the one in force (the release is newer
 * than every other of its series): its status, and a pair for the scale
 * guard. 0, or -1 on a database error. */
static int in_force(struct csvin *c, struct smeta *s, const char *period, const struct rel *r,
		    double v, double prec, enum obs_status *status)
{
	const struct param p[] = {
		P_INT(":series", s->id), P_TEXT(":period", period), P_TEXT(":released", r->date),
	};
	sqlite3_stmt *st = store_stmt(c->st, SQL_OBSERVATION_CURRENT);
	int value = store_col(c->st, SQL_OBSERVATION_CURRENT, "value");
	int rc;

	*status = ST_NEW;
	if (store_bind_all(c->st, st, p, ARRAY_SIZE(p)) < 0)
		return c->failed = -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, value) != SQLITE_NULL) {
		double cur = sqlite3_column_double(st, value);
		double cur_prec = sqlite3_column_double(st, store_col(c->st, SQL_OBSERVATION_CURRENT,
									"precision"));

		*status = vintage_classify(v, prec, cur, cur_prec);
		scale_pair_add(&s->pairs, period, cur, v);
	} else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_fail(c->st, "sql/observation_current.sql");
		c->failed = -1;
	}
	store_reset(st);
	return c->failed;
}

/* Stores one value as its release printed it; its status comes later, from
 * release-date order (vintage_recompute), except for an APPEND series. */
static int store_value(struct csvin *c, struct smeta *s, const char *period,
		       const char *text, double v, double scale, const char *flag,
		       const char *released)
{
	const struct rel *r = rel_get(c, released);
	struct observation o = {
		.vintage = r->id, .of = { .id = s->id, .code = s->code }, .period = period,
		.value = v, .value_text = text, .precision = written_precision(text, scale),
		.flag = flag, .released = r->date, .path = c->path, .line = c->rd.rec_line,
	};
	enum obs_status status = ST_NEW;	/* PLACE: provisional, recomputed */

	if (s->mode == S_APPEND && in_force(c, s, period, r, v, o.precision, &status) < 0)
		return -1;
	/* Stored in batches (obsrows.c); a duplicate period is reported there. */
	return obsrows_put(c, s, o.period, status, o.value, o.value_text, o.precision,
			   o.vintage, o.flag);
}

/* One value of one series in one data record, in either pass: the period
 * in field pcol, the value in field vcol (0-based, for messages). */
static void take_value(struct csvin *c, const struct recmeta *m, const char *code, int pcol,
		       int vcol, const char *released)
{
	struct smeta *s = series_get(c, code, c->pass == 1);
	const char *period = c->rd.f[pcol].s, *text = c->rd.f[vcol].s;
	char norm[DATE_LEN], why[FMT_WHY];
	double v = 0, scale = 1;

	if (!s) {	/* only when the file changed between the passes */
		bad(c, "series '%s' was not there on the first reading: the file changed "
		       "while it was imported", code);
		return;
	}
	c->rd.col = pcol + 1;
	if (check_period(c, s, period, norm) < 0)
		return;
	c->rd.col = vcol + 1;
	if (missing(text)) {
		c->rd.col = 0;
		if (c->pass == 2 || c->one)
			c->stats->missing++;
		if (c->one && !s->id)
			csvrows_first_sight(c, s, released);
		return;
	}
	if (num_parse(text, strlen(text), &c->num, c->pass == 1 && !c->one ? NULL : &v,
		      why) < 0) {
		bad_in_column(c, why, c->hdr[vcol]);
		return;
	}
	c->rd.col = 0;
	if (record_scale(c, m, &scale) < 0)
		return;
	if (c->pass == 1) {
		if (!s->line)
			s->line = c->rd.rec_line;
		for (int k = C_UNIT; k < C_VINTAGE; k++)
			if (!s->meta[k] && m->meta[k]) {
				s->meta[k] = xstrdup(m->meta[k]);
				if (s->id)
					s->redo = 1;	/* csvrows.c invariant 3 */
			}
		if (!c->one)
			rel_get(c, released);
		else if (!s->id ? csvrows_first_sight(c, s, released) < 0
				: strcmp(c->r[0].date, released) != 0 && csvrows_bail(c) < 0)
			return;
	}
	if (c->pass == 2 || c->one) {
		c->values++;
		/* Base units (schema invariant 4); value_text keeps the digits as
		 * written, in one notation. */
		text = canon_number(text, &c->num, &c->tmp[3]);
		store_value(c, s, norm, text, v * scale, scale, m->flag, released);
	}
}

static void data_record(struct csvin *c)
{
	struct recmeta m;
	const char *released, *code;

	if (c->rd.nf != c->ncols) {
		bad(c, "expected %zu field%s as in the header, found %zu", c->ncols,
		    c->ncols == 1 ? "" : "s", c->rd.nf);
		return;
	}
	if (c->wide && c->pass == 1 && !c->shape_seen && header_shape(c) < 0)
		return;
	if (c->pass == 2 || c->one)
		c->stats->rows++;
	if (record_read(c, &m) < 0)
		return;
	released = m.released ? m.released : c->default_date;
	if (c->wide) {
		for (size_t i = 1; i < c->ncols; i++)
			if ((int)i != c->col[C_VINTAGE])
				take_value(c, &m, c->code[i], c->col[C_PERIOD], (int)i,
					   *c->coldate[i] ? c->coldate[i] : released);
		return;
	}
	code = m.code ? m.code : c->o->series ? c->o->series
			       : c->rd.f[c->col[C_SERIES]].s;
	if (!*code) {
		c->rd.col = c->col[C_SERIES] + 1;
		bad(c, "empty series code");
		return;
	}
	take_value(c, &m, code, c->col[C_PERIOD], c->col[C_VALUE], released);
}

static void csvin_record(struct csvrd *r)
{
	struct csvin *c = (struct csvin *)r;

	if (c->failed) {
		r->stop = 1;
		return;
	}
	if (!c->have_header) {
		c->have_header = 1;
		if (c->pass == 1 && header_read(c) < 0)
			c->header_bad = 1;
	} else if (!c->header_bad) {
		data_record(c);
	}
	if (c->one && (c->rd.errors || c->failed))
		r->stop = 1;	/* two passes will say what is wrong */
}

/* One pass over the release from its start: pass 1 checks and learns, pass 2 stores. */
static void run_pass(struct csvin *c, FILE *f)
{
	c->have_header = 0;
	c->rd.stop = 0;
	if (fseek(f, 0, SEEK_SET) != 0) {
		c->rd.rec_line = 1;
		bad(c, "cannot read the file again: %s", strerror(errno));
		return;
	}
	csvrd_run(&c->rd, f);
	if (!c->have_header) {
		c->rd.rec_line = 1;
		bad(c, "empty file: no header row");
	}
}

/* After the rows: statuses from release-date order, the import's counts,
 * and the scale guard (refused unless --allow-rescale). */
static int settle(struct csvin *c)
{
	struct recompute rc;
	struct import_stats *t = c->stats;

	if (store_exec(c->st, SQL_WALK_ADD_FRESH, NULL, 0, NULL) < 0 ||
	    vintage_recompute(c->st, &rc) < 0)
		return c->failed = -1;
	t->added = rc.fresh[ST_NEW] + c->counts[ST_NEW];
	t->revised = rc.fresh[ST_REVISED] + c->counts[ST_REVISED];
	t->restated = rc.fresh[ST_RESTATED] + c->counts[ST_RESTATED];
	t->unchanged = rc.fresh[ST_UNCHANGED] + c->counts[ST_UNCHANGED];
	t->withdrawn = rc.fresh[ST_WITHDRAWN];
	t->observations = t->added + t->revised + t->restated + t->unchanged + t->withdrawn;
	t->reclassified = rc.reclassified;
	for (size_t i = 0; i < c->ns && !rc.scale_series; i++) {
		const struct scale_pairs *p = &c->s[i].pairs;

		if (c->s[i].mode == S_APPEND && scale_slip(p)) {
			rc.scale_series = c->s[i].id;
			rc.scale_k = p->k;
			rc.scale_n = p->n;
			memcpy(rc.scale_period, p->period, sizeof(rc.scale_period));
			rc.scale_from = p->from;
			rc.scale_to = p->to;
		}
	}
	if (rc.scale_series && !c->o->allow_rescale) {
		char a[FMT_NUM_MAX], b[FMT_NUM_MAX];
		const char *code = "?";

		for (size_t i = 0; i < c->ns; i++)
			if (c->s[i].id == rc.scale_series)
				code = c->s[i].code;
		c->rd.rec_line = 1;
		return bad(c, "series '%s': all %ld values it shares with the neighbouring "
			   "release are 10^%d times those (%s: %s -> %s): a scale slip? give "
			   "--scale, or --allow-rescale if the change is real", code, rc.scale_n,
			   rc.scale_k, rc.scale_period, fmt_num(rc.scale_from, a),
			   fmt_num(rc.scale_to, b));
	}
	return 0;
}

static void csvin_release(struct csvin *c)
{
	csvrd_release(&c->rd);
	for (size_t i = 0; i < c->ncols; i++) {
		free(c->hdr[i]);
		if (c->code)
			free(c->code[i]);
	}
	free(c->hdr);
	free(c->code);
	free(c->coldate);
	for (size_t i = 0; i < ARRAY_SIZE(c->tmp); i++)
		buf_release(&c->tmp[i]);
	for (size_t i = 0; i < ARRAY_SIZE(c->title); i++)
		buf_release(&c->title[i]);
	for (size_t i = 0; i < ARRAY_SIZE(c->country); i++)
		buf_release(&c->country[i].in);
	for (size_t i = 0; i < c->ns; i++) {
		free(c->s[i].code);
		for (int k = 0; k < C_COUNT; k++)
			free(c->s[i].meta[k]);
	}
	free(c->s);
	free(c->hash);
	free(c->r);
	obsrows_release(c);
}

/* Size and modification time: the file must not change between the passes. */
static int same_file(FILE *f, const struct stat *before)
{
	struct stat now;

	return fstat(fileno(f), &now) == 0 && now.st_size == before->st_size &&
	       now.st_mtim.tv_sec == before->st_mtim.tv_sec &&
	       now.st_mtim.tv_nsec == before->st_mtim.tv_nsec;
}

/* The file's own transaction, or its savepoint in the caller's (nested). */
static int file_begin(struct store *st, int nested)
{
	return nested ? store_savepoint(st) : store_begin(st);
}

static int file_end(struct store *st, int nested)
{
	return nested ? store_release(st) : store_commit(st);
}

/* Nothing of the file is left. -1 when nested and SQLite ended the whole
 * transaction itself: the caller's batch is lost too. */
static int file_undo(struct store *st, int nested)
{
	return nested ? store_rollback_to(st) : store_rollback(st);
}

/* Back to the state before the first reading (text_of's settings kept). */
static void csvin_restart(struct csvin *c)
{
	struct csvin keep = *c;

	csvin_release(c);
	memset(c, 0, sizeof(*c));
	memset(keep.stats, 0, sizeof(*keep.stats));
	c->rd.path = keep.rd.path;
	c->rd.on_record = keep.rd.on_record;
	c->rd.delim = keep.rd.delim;
	c->st = keep.st;
	c->path = keep.path;
	c->o = keep.o;
	c->sha256 = keep.sha256;
	c->num = keep.num;
	memcpy(c->default_date, keep.default_date, sizeof(c->default_date));
	c->options = keep.options;
	c->stats = keep.stats;
}

/*
 * The one pass (csvrows.c): checks and stores at once in the file's
 * transaction or savepoint. 0: stored; 2: it could not, nothing is left and
 * c is as before the reading (two passes next); 1: the file changed while
 * it was read (reported); -1: a database error (reported, undone).
 */
static int one_pass(struct csvin *c, FILE *in, FILE *f, const struct stat *sb, int nested)
{
	struct store *st = c->st;
	int seen;

	if (file_begin(st, nested) < 0)
		return -1;
	if ((seen = vintage_imported(st, c->sha256, c->options)) != 0) {
		c->stats->skipped = seen > 0;
		return file_undo(st, nested) < 0 || seen < 0 ? -1 : 0;
	}
	c->pass = 1;
	c->one = 1;
	c->yyyymm = 1;
	c->rd.quiet = 1;
	if (vintage_touch_clear(st) < 0) {
		c->failed = -1;
	} else {
		run_pass(c, in);
		obsrows_flush(c);
		if (!c->failed && csvrows_end(c) == 0)
			settle(c);
	}
	if (c->failed) {
		file_undo(st, nested);
		return -1;
	}
	if (c->bail || c->rd.errors) {
		if (file_undo(st, nested) < 0)
			return -1;
		csvin_restart(c);
		return 2;
	}
	if (!same_file(f, sb)) {
		c->rd.quiet = 0;
		c->rd.rec_line = 1;
		bad(c, "the file changed while it was imported");
		return file_undo(st, nested) < 0 ? -1 : 1;
	}
	if (file_end(st, nested) < 0) {
		file_undo(st, nested);
		return -1;
	}
	return 0;
}

int csvin_import(struct store *st, const char *path, const struct import_opts *o,
		 struct import_stats *stats)
{
	const int nested = store_in_transaction(st);
	struct csvin c;
	struct stat sb;
	FILE *f, *in = NULL, *conv = NULL;
	char sha[SHA256_HEX_LEN];
	int seen = 0, ret = 0;

	memset(stats, 0, sizeof(*stats));
	memset(&c, 0, sizeof(c));
	c.rd.path = path;
	c.rd.on_record = csvin_record;
	c.st = st;
	c.path = path;
	c.o = o;
	c.stats = stats;
	c.sha256 = sha;
	if (o->vintage) {
		if (!date_valid(o->vintage))
			return error("bad --vintage '%s': use YYYY-MM-DD", o->vintage), 3;
		str_copy(c.default_date, sizeof(c.default_date), o->vintage, strlen(o->vintage));
	} else {
		date_today(c.default_date);
	}
	/* Three streaming reads (hash, check, store), never the whole file in
	 * memory: a release of any size costs the same few pages. */
	f = file_open(path, MAX_FILE);
	if (!f)
		return 3;
	if (fstat(fileno(f), &sb) != 0 || sha256_file(f, path, sha) < 0) {
		fclose(f);
		return 3;
	}
	c.options = xstrdup(o->identity ? o->identity : "");
	/* Asked before the checking pass (a rerun costs one read), and again
	 * under the write lock: of two runs of one file at once, the second
	 * finds the first's import there and skips, instead of failing. */
	if ((seen = vintage_imported(st, sha, c.options)) != 0) {
		stats->skipped = seen > 0;
		ret = seen < 0 ? -1 : 0;
		goto out;
	}
	if (!(in = text_of(&c, f, &conv))) {
		ret = 3;
		goto out;
	}
	switch (one_pass(&c, in, f, &sb, nested)) {
	case 0:
		goto out;	/* stored */
	case -1:
		ret = -1;	/* a database error, reported */
		goto out;
	case 1:
		goto bad_input;	/* the file changed while it was imported */
	}
	/* Two passes (csvrows.c says when): check everything, then store. */
	c.pass = 1;
	c.yyyymm = 1;
	run_pass(&c, in);
	if (!c.rd.errors && decide_freq(&c) < 0 && c.failed) {
		ret = -1;
		goto out;
	}
	if (c.rd.errors)
		goto bad_input;
	if (file_begin(st, nested) < 0) {
		ret = -1;
		goto out;
	}
	if ((seen = vintage_imported(st, sha, c.options)) != 0) {
		stats->skipped = seen > 0;
		ret = file_undo(st, nested) < 0 || seen < 0 ? -1 : 0;
		goto out;
	}
	c.pass = 2;
	if (vintage_touch_clear(st) < 0 || create_rows(&c) < 0)
		c.failed = -1;
	else if (same_day(&c) == 0 && !c.rd.errors) {
		run_pass(&c, in);
		obsrows_flush(&c);
	}
	if (!c.failed && !c.rd.errors)
		settle(&c);
	if (!c.failed && !c.rd.errors && !same_file(f, &sb)) {
		c.rd.rec_line = 1;
		bad(&c, "the file changed while it was imported");
	}
	if (c.failed || c.rd.errors) {
		if (file_undo(st, nested) < 0 || c.failed) {
			ret = -1;
			goto out;
		}
		goto bad_input;
	}
	if (file_end(st, nested) < 0) {
		file_undo(st, nested);
		ret = -1;
	}
	goto out;
bad_input:
	if (c.rd.errors > MAX_REPORTED)
		error("%s: %ld more bad records not shown", path, c.rd.errors - MAX_REPORTED);
	error("%s: nothing imported (%ld bad record%s)", path, c.rd.errors,
	      c.rd.errors == 1 ? "" : "s");
	ret = 3;
out:
	csvin_release(&c);
	free(c.options);
	if (conv)
		fclose(conv);
	fclose(f);
	return ret;
}

/*
 * jsonl.c - the bulk format: `extract --format jsonl` writes it, `ingest
 * --claims` reads it back, so an archive is extracted anywhere and loaded once.
 *
 * One JSON object per line. Per article, a document record
 *   {"type":"document","path":..,"sha256":..,"bytes":N,"date":..,"body":..}
 * then one claim record per claim ({"type":"claim","file":..,"start":..}: the
 * columns of extract's CSV). The body is the article itself, because the
 * store keeps it (claims index into it) and the load must equal `ingest`.
 *
 * Invariants:
 *  1. Strings are escaped for every control byte, quote and backslash and
 *     never neutralised for spreadsheets: the text is what the article says.
 *     Bytes that are not UTF-8 become U+FFFD (articles are checked UTF-8, so
 *     only derived fields could ever hit this).
 *  2. Numbers are written with the fewest digits that read back to the same
 *     double (not fmt_num's 15): a load stores what `ingest` would.
 *  3. A document is read whole (its record and all its claim records) and
 *     checked before anything of it is returned: SHA-256 and length of the
 *     body, offsets inside it, claim text equal to the body's bytes there,
 *     every name in its vocabulary. A bad one is reported as FILE:LINE and
 *     skipped; the next document is read on.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"

/* ---- writing ------------------------------------------------------------- */

static void json_str(FILE *f, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0;		/* bytes before i written as they are, not yet output */

	fputc('"', f);
	for (size_t i = 0; i < n;) {
		size_t l = p[i] < 0x80 ? 1 : utf8_decode(p + i, n - i, NULL);

		if (l && p[i] != '"' && p[i] != '\\' && p[i] >= 0x20 && p[i] != 0x7F) {
			i += l;
			run += l;
			continue;
		}
		fwrite(p + i - run, 1, run, f);
		run = 0;
		if (l == 0)
			fputs("\xEF\xBF\xBD", f);	/* invariant 1 */
		else if (p[i] == '"' || p[i] == '\\')
			fprintf(f, "\\%c", p[i]);
		else if (p[i] == '\n')
			fputs("\\n", f);
		else
			fprintf(f, "\\u%04x", p[i]);
		i++;
	}
	fwrite(p + n - run, 1, run, f);
	fputc('"', f);
}

static void json_cstr(FILE *f, const char *s)
{
	json_str(f, s, strlen(s));
}

/* Invariant 2: %.15g reads back for almost every figure; 17 digits always.
 * A number fmt_short() is sure of is what %.15g prints, in fewer
 * instructions, when %g would not use an exponent (from 1e-4 to 1e15). */
static void json_num(FILE *f, double v)
{
	char s[40];
	int e;

	if (!isfinite(v)) {
		fputs("null", f);
		return;
	}
	if (v == 0) {
		fputs(signbit(v) ? "-0" : "0", f);
		return;
	}
	if (fmt_short(v, s, &e) && e >= -4) {
		fputs(s, f);
		return;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(s, sizeof(s), "%.*g", prec, v);
		if (strtod(s, NULL) == v)
			break;
	}
	fputs(s, f);
}

/* The claim record's string fields after "value", in extract's column order. */
#define CLAIM_TEXT_FIELDS(c) { \
	{ "unit", (c)->unit, sizeof((c)->unit) }, { "per", (c)->per, sizeof((c)->per) }, \
	{ "approx", (c)->approx, sizeof((c)->approx) }, \
	{ "direction", (c)->direction, sizeof((c)->direction) }, \
	{ "measure", NULL, 0 }, \
	{ "period", (c)->period, sizeof((c)->period) }, { "flow", (c)->flow, sizeof((c)->flow) }, \
	{ "reporter", (c)->reporter, sizeof((c)->reporter) }, \
	{ "partner", (c)->partner, sizeof((c)->partner) }, \
	{ "commodity", (c)->commodity, sizeof((c)->commodity) } }

struct text_field {
	const char *name;
	char *s;		/* the claim's array, NULL: the measure (an enum) */
	size_t cap;
};

/* The qualifiers, each an enum with a name table in the model. */
static const char *const qual_names[] = {
	"adjustment", "price", "basis", "status",
	"reporter_src", "partner_src", "flow_src", "period_src"
};

static const char *qual_name(size_t i, int v)
{
	switch (i) {
	case 0: return adjustment_name(v);
	case 1: return price_basis_name(v);
	case 2: return rate_basis_name(v);
	case 3: return claim_status_name(v);
	default: return field_source_name(v);
	}
}

static int *qual_field(struct claim *c, size_t i)
{
	int *f[] = {
		(int *)&c->adjustment, (int *)&c->price, (int *)&c->basis, (int *)&c->status,
		(int *)&c->reporter_src, (int *)&c->partner_src, (int *)&c->flow_src,
		(int *)&c->period_src,
	};

	return f[i];
}

static int qual_count(size_t i)
{
	const int n[] = { ADJ_COUNT, PRICE_COUNT, BASIS_COUNT, STATUS_COUNT,
			  SOURCE_COUNT, SOURCE_COUNT, SOURCE_COUNT, SOURCE_COUNT };

	return n[i];
}

static void jsonl_claim(FILE *f, const struct doc *d, const struct claims *cs, size_t k)
{
	struct claim *c = &cs->v[k];
	struct text_field t[] = CLAIM_TEXT_FIELDS(c);

	fputs("{\"type\":\"claim\",\"file\":", f);
	json_cstr(f, d->path);
	fprintf(f, ",\"start\":%zu,\"end\":%zu,\"text\":", c->start, c->end);
	json_str(f, d->buf + c->start, c->end - c->start);
	fprintf(f, ",\"kind\":\"%s\",\"value\":", claim_kind_name(c->kind));
	json_num(f, c->value);
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		fprintf(f, ",\"%s\":", t[i].name);
		json_cstr(f, t[i].s ? t[i].s : measure_name(c->measure));
	}
	fputs(",\"doc_date\":", f);
	json_cstr(f, d->date);
	fputs(",\"precision\":", f);
	json_num(f, c->precision);
	if (c->pair >= 0)
		fprintf(f, ",\"pair_start\":%zu", cs->v[c->pair].start);
	else
		fputs(",\"pair_start\":null", f);
	fprintf(f, ",\"sent_start\":%zu,\"sent_end\":%zu", c->sent_start, c->sent_end);
	for (size_t i = 0; i < ARRAY_SIZE(qual_names); i++) {
		fprintf(f, ",\"%s\":", qual_names[i]);
		json_cstr(f, qual_name(i, *qual_field(c, i)));
	}
	fputs(",\"source\":", f);
	json_cstr(f, c->source);
	fputs("}\n", f);
}

void jsonl_write(FILE *f, struct doc *d, const struct claims *c)
{
	fputs("{\"type\":\"document\",\"path\":", f);
	json_cstr(f, d->path);
	fprintf(f, ",\"sha256\":\"%s\",\"bytes\":%zu,\"date\":", doc_hash(d), d->len);
	json_cstr(f, d->date);
	fputs(",\"body\":", f);
	json_str(f, d->buf, d->len);
	fputs("}\n", f);
	jsonl_write_claims(f, d, c);
}

void jsonl_write_claims(FILE *f, const struct doc *d, const struct claims *c)
{
	for (size_t k = 0; k < c->n; k++)
		jsonl_claim(f, d, c, k);
}

/* ---- reading ------------------------------------------------------------- */

struct jsonl_reader {
	const char *path;	/* borrowed: for messages */
	FILE *f;		/* owned unless stdin */
	char *line;		/* owned: getline's buffer */
	size_t cap;
	long lineno;		/* of the line in `line` */
	json_t *pending;	/* owned: a document record read ahead, or NULL */
	long pending_line;
	int eof;
};

struct jsonl_reader *jsonl_open(const char *path)
{
	struct jsonl_reader *r;
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");

	if (!f)
		return error("cannot open '%s': %s", path, strerror(errno)), NULL;
	r = xcalloc(1, sizeof(*r));
	r->path = path;
	r->f = f;
	return r;
}

void jsonl_close(struct jsonl_reader *r)
{
	if (!r)
		return;
	if (r->f != stdin)
		fclose(r->f);
	json_decref(r->pending);
	free(r->line);
	free(r);
}

/* The next record, or NULL at the end (*bad set after a message when a line
 * is not a JSON object with a "type"); blank lines are skipped. */
static json_t *next_record(struct jsonl_reader *r, int *bad)
{
	ssize_t n;

	*bad = 0;
	while ((n = getline(&r->line, &r->cap, r->f)) >= 0) {
		json_error_t e;
		json_t *o;

		r->lineno++;
		if (n == 0 || (n == 1 && r->line[0] == '\n'))
			continue;
		o = json_loadb(r->line, (size_t)n, JSON_REJECT_DUPLICATES | JSON_DISABLE_EOF_CHECK, &e);
		if (!o || !json_is_object(o) || !json_is_string(json_object_get(o, "type"))) {
			error_at_line(r->path, r->lineno, o ? 0 : e.column,
				      "not a record of extract --format jsonl%s%s", o ? "" : ": ",
				      o ? "" : e.text);
			json_decref(o);
			*bad = 1;
			return NULL;
		}
		return o;
	}
	if (ferror(r->f))
		error("cannot read '%s': %s", r->path, strerror(errno)), *bad = 1;
	r->eof = 1;
	return NULL;
}

static int is_type(json_t *o, const char *t)
{
	return strcmp(json_string_value(json_object_get(o, "type")), t) == 0;
}

/* The string member key of o into *s, *n; 0, or -1 after a message. */
static int get_str(struct jsonl_reader *r, long line, json_t *o, const char *key,
		   const char **s, size_t *n)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_string(v))
		return error_at_line(r->path, line, 0, "'%s' is missing or not a string", key);
	*s = json_string_value(v);
	*n = json_string_length(v);
	return 0;
}

/* A non-negative integer member; 0, or -1 after a message. */
static int get_off(struct jsonl_reader *r, long line, json_t *o, const char *key, size_t *out)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return error_at_line(r->path, line, 0, "'%s' is missing or not a byte offset", key);
	*out = (size_t)json_integer_value(v);
	return 0;
}

/* A short text field into a fixed array; 0, or -1 after a message. */
static int get_text(struct jsonl_reader *r, long line, json_t *o, const char *key,
		    char *out, size_t cap)
{
	const char *s;
	size_t n;

	if (get_str(r, line, o, key, &s, &n) < 0)
		return -1;
	if (n >= cap || memchr(s, '\0', n))
		return error_at_line(r->path, line, 0, "'%s' is too long: '%s'", key, s);
	memcpy(out, s, n + 1);
	return 0;
}

/* The document record o into p->d (the body copied, owned); 0 or -1. */
static int read_document(struct jsonl_reader *r, long line, json_t *o, struct parsed_file *p)
{
	const char *path, *sha, *date, *body;
	size_t npath, nsha, ndate, nbody, bytes;
	char digest[SHA256_HEX_LEN];
	char *buf;

	if (get_str(r, line, o, "path", &path, &npath) < 0 ||
	    get_str(r, line, o, "sha256", &sha, &nsha) < 0 ||
	    get_str(r, line, o, "date", &date, &ndate) < 0 ||
	    get_str(r, line, o, "body", &body, &nbody) < 0 ||
	    get_off(r, line, o, "bytes", &bytes) < 0)
		return -1;
	if (npath == 0)
		return error_at_line(r->path, line, 0, "empty 'path'");
	if (ndate && !date_valid(date))
		return error_at_line(r->path, line, 0, "bad date '%s' (use YYYY-MM-DD)", date);
	if (nbody == 0 || nbody > ARTICLE_MAX)
		return error_at_line(r->path, line, 0, "a body of %zu bytes (1 to %u)", nbody,
				     ARTICLE_MAX);
	if (bytes != nbody)
		return error_at_line(r->path, line, 0, "'bytes' says %zu, the body has %zu",
				     bytes, nbody);
	sha256_hex(body, nbody, digest);
	if (nsha != SHA256_HEX_LEN - 1 || strcmp(sha, digest) != 0)
		return error_at_line(r->path, line, 0, "'sha256' %s is not the body's (%s)",
				     sha, digest);
	p->path_owned = xstrdup(path);
	p->path = p->path_owned;
	buf = xmalloc(nbody + 1);
	memcpy(buf, body, nbody);
	doc_init_unhashed(&p->d, p->path, buf, nbody, ndate ? date : NULL);
	memcpy(p->d.sha256, digest, sizeof(digest));
	p->loaded = 1;
	claims_init(&p->c);
	return 0;
}

/* A name of a model table (name_of(i) for i < count) into *v; 0 or -1. */
static int get_enum(struct jsonl_reader *r, long line, json_t *o, const char *key,
		    int count, const char *(*name_of)(size_t, void *), void *ctx, int *v)
{
	const char *s;
	size_t n;

	if (get_str(r, line, o, key, &s, &n) < 0)
		return -1;
	for (int i = 0; i < count; i++)
		if (strcmp(name_of((size_t)i, ctx), s) == 0)
			return *v = i, 0;
	return error_at_line(r->path, line, 0, "unknown %s '%s'", key, s);
}

static const char *kind_at(size_t i, void *ctx)
{
	return (void)ctx, claim_kind_name(i);
}

static const char *measure_at(size_t i, void *ctx)
{
	return (void)ctx, measure_name(i);
}

static const char *qual_at(size_t i, void *ctx)
{
	return qual_name(*(size_t *)ctx, (int)i);
}

/* A claim record o of document p (its pair_start into *pair_start, -1:
 * none); 0 or -1 after a message (invariant 3). */
static int read_claim(struct jsonl_reader *r, long line, json_t *o, struct parsed_file *p,
		      long long *pair_start)
{
	struct claim c = { 0 };
	struct text_field t[] = CLAIM_TEXT_FIELDS(&c);
	const struct doc *d = &p->d;
	const char *file, *text;
	size_t nfile, ntext;
	json_t *v, *pair;
	int kind = 0, measure = 0;

	if (get_str(r, line, o, "file", &file, &nfile) < 0 ||
	    get_off(r, line, o, "start", &c.start) < 0 || get_off(r, line, o, "end", &c.end) < 0 ||
	    get_off(r, line, o, "sent_start", &c.sent_start) < 0 ||
	    get_off(r, line, o, "sent_end", &c.sent_end) < 0 ||
	    get_str(r, line, o, "text", &text, &ntext) < 0 ||
	    get_enum(r, line, o, "kind", CLAIM_COUNT, kind_at, NULL, &kind) < 0 ||
	    get_enum(r, line, o, "measure", MEASURE_COUNT, measure_at, NULL, &measure) < 0)
		return -1;
	if (strcmp(file, d->path) != 0)
		return error_at_line(r->path, line, 0, "a claim of '%s' after the document '%s'",
				     file, d->path);
	if (!(c.start < c.end && c.end <= d->len && c.sent_start <= c.sent_end &&
	      c.sent_end <= d->len))
		return error_at_line(r->path, line, 0, "offsets %zu..%zu (sentence %zu..%zu) "
				     "outside the body's %zu bytes", c.start, c.end,
				     c.sent_start, c.sent_end, d->len);
	if (ntext != c.end - c.start || memcmp(text, d->buf + c.start, ntext) != 0)
		return error_at_line(r->path, line, 0, "'text' is not the body's bytes %zu..%zu",
				     c.start, c.end);
	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		if (t[i].s && get_text(r, line, o, t[i].name, t[i].s, t[i].cap) < 0)
			return -1;
	for (size_t i = 0; i < ARRAY_SIZE(qual_names); i++)
		if (get_enum(r, line, o, qual_names[i], qual_count(i), qual_at, &i,
			     qual_field(&c, i)) < 0)
			return -1;
	/* "source" came later (issue 16): a file without it has none named */
	if (json_object_get(o, "source") &&
	    get_text(r, line, o, "source", c.source, sizeof(c.source)) < 0)
		return -1;
	c.kind = kind;
	c.measure = measure;
	v = json_object_get(o, "value");
	if (!json_is_number(v))
		return error_at_line(r->path, line, 0, "'value' is missing or not a number");
	c.value = json_number_value(v);
	v = json_object_get(o, "precision");
	if (!json_is_number(v) || json_number_value(v) < 0)
		return error_at_line(r->path, line, 0, "'precision' is missing or negative");
	c.precision = json_number_value(v);
	pair = json_object_get(o, "pair_start");
	if (pair && !json_is_null(pair) && !json_is_integer(pair))
		return error_at_line(r->path, line, 0, "'pair_start' is not a byte offset");
	*pair_start = json_is_integer(pair) ? json_integer_value(pair) : -1;
	c.pair = -1;
	XGROW(p->c.v, p->c.alloc, p->c.n + 1);
	p->c.v[p->c.n++] = c;
	return 0;
}

/* Links each claim to the claim of the same document starting at its
 * pair_start (extract writes the pair by its start offset). */
static int link_pairs(struct jsonl_reader *r, struct parsed_file *p, const long long *pairs,
		      const long *lines)
{
	for (size_t i = 0; i < p->c.n; i++) {
		if (pairs[i] < 0)
			continue;
		for (size_t k = 0; k < p->c.n && p->c.v[i].pair < 0; k++)
			if (k != i && (long long)p->c.v[k].start == pairs[i])
				p->c.v[i].pair = (long)k;
		if (p->c.v[i].pair < 0)
			return error_at_line(r->path, lines[i], 0, "'pair_start' %lld is no "
					     "other claim of this document", pairs[i]);
	}
	return 0;
}

int jsonl_next(struct jsonl_reader *r, struct parsed_file *p)
{
	json_t *o = NULL;
	long long *pairs = NULL;
	long *lines = NULL, doc_line;
	size_t alloc = 0;
	int bad = 0, failed = 0;

	memset(p, 0, sizeof(*p));
	/* The document record: read ahead by the previous call, or the next
	 * line (claim records without their document are reported and skipped). */
	while (!r->pending && !r->eof) {
		o = next_record(r, &bad);
		if (!o)
			return bad ? -1 : 0;
		if (is_type(o, "document")) {
			r->pending = o;
			r->pending_line = r->lineno;
			break;
		}
		error_at_line(r->path, r->lineno, 0, "a '%s' record before any document "
			      "record", json_string_value(json_object_get(o, "type")));
		json_decref(o);
		return -1;
	}
	if (!r->pending)
		return 0;
	o = r->pending;
	doc_line = r->pending_line;
	r->pending = NULL;
	failed = read_document(r, doc_line, o, p) < 0;
	json_decref(o);
	/* Its claim records, up to the next document record or the end. */
	for (;;) {
		if (!(o = next_record(r, &bad))) {
			if (bad && !r->eof) {
				failed = 1;	/* a broken line: this document is skipped */
				continue;
			}
			break;
		}
		if (is_type(o, "document")) {
			r->pending = o;
			r->pending_line = r->lineno;
			break;
		}
		if (!failed && !is_type(o, "claim")) {
			error_at_line(r->path, r->lineno, 0, "unknown record type '%s'",
				      json_string_value(json_object_get(o, "type")));
			failed = 1;
		}
		if (!failed) {
			XGROW(pairs, alloc, p->c.n + 1);
			lines = xrealloc(lines, alloc * sizeof(*lines));
			lines[p->c.n] = r->lineno;
			failed = read_claim(r, r->lineno, o, p, &pairs[p->c.n]) < 0;
		}
		json_decref(o);
	}
	if (bad)
		failed = 1;
	if (!failed)
		failed = link_pairs(r, p, pairs, lines) < 0;
	free(pairs);
	free(lines);
	if (failed) {
		parsed_release(p);
		p->rc = EXIT_INPUT;
		return -1;
	}
	return 1;
}

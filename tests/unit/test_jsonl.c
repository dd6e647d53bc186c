/*
 * test_jsonl.c - the bulk format (cmd/jsonl.c) and the file engine
 * (cmd/jobs.c): what extract writes reads back to the same document and
 * claims, bit for bit; a damaged record is refused with its line; N threads
 * hand files back in input order.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "parse/parse.h"

static const char article[] =
	"Beijing, Sept 19 (Reuters) - China's imports from Russia rose 3% from a year\n"
	"earlier to $11.5 billion in August, while exports fell 8.2%. \"Quotes\" and \\ stay.\n"
	"Trade with Russia hit 5 billion yuan ($685 million) in the month.\n";

/* A doc of article (dated), parsed, with odd values put in to round-trip. */
static void make_doc(struct doc *d, struct claims *c)
{
	char *buf = xmalloc(sizeof(article));

	memcpy(buf, article, sizeof(article));
	doc_init_unhashed(d, "dir/a \"b\".txt", buf, sizeof(article) - 1, "2023-09-19");
	claims_init(c);
	parse_doc(d, c);
	assert_true(c->n >= 3);
	assert_true(c->v[c->n - 1].pair >= 0);	/* "5 billion yuan ($685 million)" */
	c->v[0].value = 0.1 + 0.2;	/* 17 significant digits to read back */
	c->v[1].precision = 1.0 / 3;
	c->v[1].status = STATUS_REVISED;
	c->v[1].period_src = SOURCE_INFERRED;
}

/* Every field a claim has, equal: doubles bit for bit. */
static void claim_equal(const struct claim *a, const struct claim *b)
{
	assert_int_equal(b->start, a->start);
	assert_int_equal(b->end, a->end);
	assert_int_equal(b->sent_start, a->sent_start);
	assert_int_equal(b->sent_end, a->sent_end);
	assert_int_equal(b->kind, a->kind);
	assert_memory_equal(&b->value, &a->value, sizeof(double));
	assert_memory_equal(&b->precision, &a->precision, sizeof(double));
	assert_string_equal(b->unit, a->unit);
	assert_string_equal(b->per, a->per);
	assert_string_equal(b->approx, a->approx);
	assert_string_equal(b->direction, a->direction);
	assert_int_equal(b->measure, a->measure);
	assert_string_equal(b->period, a->period);
	assert_string_equal(b->flow, a->flow);
	assert_string_equal(b->reporter, a->reporter);
	assert_string_equal(b->partner, a->partner);
	assert_string_equal(b->commodity, a->commodity);
	assert_int_equal(b->pair, a->pair);
	assert_int_equal(b->adjustment, a->adjustment);
	assert_int_equal(b->price, a->price);
	assert_int_equal(b->basis, a->basis);
	assert_int_equal(b->status, a->status);
	assert_int_equal(b->reporter_src, a->reporter_src);
	assert_int_equal(b->partner_src, a->partner_src);
	assert_int_equal(b->flow_src, a->flow_src);
	assert_int_equal(b->period_src, a->period_src);
}

/* Writes d and c as JSONL to a temporary file; returns its path (static). */
static const char *write_tmp(struct doc *d, const struct claims *c, const char *extra)
{
	static char path[] = "/tmp/test_jsonl.XXXXXX";
	int fd;
	FILE *f;

	strcpy(path, "/tmp/test_jsonl.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	jsonl_write(f, d, c);
	if (extra)
		fputs(extra, f);
	fclose(f);
	return path;
}

static void test_jsonl_reads_back_what_extract_wrote(void **state)
{
	struct doc d;
	struct claims c;
	struct parsed_file p;
	struct jsonl_reader *r;
	const char *path;

	(void)state;
	make_doc(&d, &c);
	path = write_tmp(&d, &c, NULL);
	r = jsonl_open(path);
	assert_non_null(r);
	assert_int_equal(jsonl_next(r, &p), 1);
	assert_string_equal(p.path, d.path);
	assert_int_equal(p.d.len, d.len);
	assert_memory_equal(p.d.buf, d.buf, d.len);
	assert_string_equal(p.d.sha256, doc_hash(&d));
	assert_string_equal(p.d.date, "2023-09-19");
	assert_int_equal(p.c.n, c.n);
	for (size_t i = 0; i < c.n; i++)
		claim_equal(&c.v[i], &p.c.v[i]);
	parsed_release(&p);
	assert_int_equal(jsonl_next(r, &p), 0);	/* the end */
	jsonl_close(r);
	unlink(path);
	claims_release(&c);
	doc_release(&d);
}

/* A damaged body, and a claim record with no document before it: each
 * refused (-1) with nothing returned; the good document after them reads. */
static void test_jsonl_refuses_damaged_records_and_reads_on(void **state)
{
	struct doc d;
	struct claims c;
	struct parsed_file p;
	struct jsonl_reader *r;
	FILE *f;
	char *text = NULL;
	size_t len = 0;
	const char *path;
	char *at;

	(void)state;
	make_doc(&d, &c);
	/* The same article twice; the first copy's body changed by one byte. */
	f = open_memstream(&text, &len);
	jsonl_write(f, &d, &c);
	fclose(f);
	at = strstr(text, "\"body\":\"Beijing");
	assert_non_null(at);
	at[8] = 'b';
	path = write_tmp(&d, &c, NULL);
	f = fopen(path, "w");
	fputs("{\"type\":\"claim\",\"file\":\"x\"}\n", f);
	fputs(text, f);
	jsonl_write(f, &d, &c);
	fclose(f);
	r = jsonl_open(path);
	assert_int_equal(jsonl_next(r, &p), -1);	/* the orphan claim */
	assert_false(p.loaded);
	assert_int_equal(jsonl_next(r, &p), -1);	/* the changed body */
	assert_false(p.loaded);
	assert_int_equal(jsonl_next(r, &p), 1);		/* the good copy */
	assert_int_equal(p.c.n, c.n);
	parsed_release(&p);
	assert_int_equal(jsonl_next(r, &p), 0);
	jsonl_close(r);
	unlink(path);
	free(text);
	claims_release(&c);
	doc_release(&d);
}

/* A jobs_opts.fmt: the path, the part and its claims' offsets. */
static void count_fmt(const struct parsed_file *p, size_t part, FILE *f, void *ctx)
{
	(void)ctx;
	fprintf(f, "%s/%zu:", p->path, part);
	for (size_t i = 0; i < p->c.n; i++)
		fprintf(f, " %zu-%zu", p->c.v[i].start, p->c.v[i].end);
}

/* Files with distinct contents, parsed on 3 threads, come back in input
 * order with the claims one thread gives; with a fmt, their output is
 * formatted on the threads into the bytes one thread writes as it parses
 * (and the doc and claims are freed). */
static void test_jobs_hand_files_back_in_input_order(void **state)
{
	enum { N = 23 };
	char *paths[N];
	char *want = NULL, *got = NULL;
	size_t nwant = 0, ngot = 0;
	FILE *wf = open_memstream(&want, &nwant), *gf = open_memstream(&got, &ngot);
	struct jobs_opts one = { .jobs = 1, .date = "2023-09-19", .hash = 1 },
			 three = { .jobs = 3, .date = "2023-09-19", .hash = 1 },
			 one_fmt = { .jobs = 1, .date = "2023-09-19", .fmt = count_fmt, .out = wf },
			 three_fmt = { .jobs = 3, .date = "2023-09-19", .fmt = count_fmt };
	struct jobs *a, *b;
	struct parsed_file pa, pb;
	size_t k = 0;

	(void)state;
	for (int i = 0; i < N; i++) {
		char name[64];
		FILE *f;

		snprintf(name, sizeof(name), "/tmp/test_jobs.%d.%d.txt", (int)getpid(), i);
		paths[i] = xstrdup(name);
		f = fopen(name, "w");
		/* Longer files first, so later ones finish first on other threads. */
		for (int l = 0; l < (N - i) * 20; l++)
			fprintf(f, "Exports rose %d%% to $%d.%d billion in August. ", i + 1, l, i);
		fputs("\n", f);
		fclose(f);
	}
	a = jobs_start(paths, N, &one);
	b = jobs_start(paths, N, &three);
	while (jobs_next(a, &pa)) {
		assert_int_equal(jobs_next(b, &pb), 1);
		assert_string_equal(pb.path, paths[k]);
		assert_string_equal(pa.path, paths[k]);
		assert_int_equal(pb.rc, 0);
		assert_string_equal(pb.d.sha256, pa.d.sha256);
		assert_int_equal(pb.c.n, pa.c.n);
		assert_true(pa.c.n > 0);
		for (size_t i = 0; i < pa.c.n; i++)
			claim_equal(&pa.c.v[i], &pb.c.v[i]);
		assert_null(pa.out);
		assert_null(pb.out);
		parsed_release(&pa);
		parsed_release(&pb);
		k++;
	}
	assert_int_equal(k, N);
	assert_int_equal(jobs_next(b, &pb), 0);
	jobs_finish(a);
	jobs_finish(b);
	/* Formatted: one thread writes to its FILE as it parses, three write
	 * the same bytes from the workers; a missing file is counted, not
	 * written, and the others are. */
	a = jobs_start(paths, N, &one_fmt);
	for (k = 0; jobs_next(a, &pa); k++) {
		assert_int_equal(pa.rc, 0);
		assert_null(pa.out);
		assert_false(pa.loaded || pa.c.n);
		parsed_release(&pa);
	}
	assert_int_equal(k, N);
	jobs_finish(a);
	three_fmt.out = gf;
	b = jobs_start(paths, N, &three_fmt);
	assert_int_equal(jobs_write_all(b), 0);
	jobs_finish(b);
	fclose(wf);
	fclose(gf);
	assert_true(nwant > 1000);
	assert_int_equal(ngot, nwant);
	assert_memory_equal(got, want, nwant);
	free(want);
	free(got);
	/* Stopped early: files parsed ahead are freed (ASan checks the leak). */
	b = jobs_start(paths, N, &three);
	assert_int_equal(jobs_next(b, &pb), 1);
	parsed_release(&pb);
	jobs_finish(b);
	{
		char *gone = NULL, *m = NULL;
		size_t ngone = 0, nm = 0;
		FILE *f = open_memstream(&gone, &ngone), *mf = open_memstream(&m, &nm);
		char *mixed[N + 1];

		one_fmt.out = mf;
		a = jobs_start(paths, N - 1, &one_fmt);
		assert_int_equal(jobs_write_all(a), 0);
		jobs_finish(a);
		memcpy(mixed, paths, 7 * sizeof(*mixed));
		mixed[7] = "/nonexistent/test_jobs.txt";
		memcpy(mixed + 8, paths + 7, (N - 8) * sizeof(*mixed));
		three_fmt.out = f;
		b = jobs_start(mixed, N, &three_fmt);
		assert_int_equal(jobs_write_all(b), 1);
		jobs_finish(b);
		fclose(f);
		fclose(mf);
		assert_int_equal(ngone, nm);
		assert_memory_equal(gone, m, nm);
		free(gone);
		free(m);
	}
	{	/* Finished before the files are written: nothing leaks (ASan). */
		char *out = NULL;
		size_t nout = 0;

		three_fmt.out = open_memstream(&out, &nout);
		b = jobs_start(paths, N, &three_fmt);
		jobs_finish(b);
		fclose(three_fmt.out);
		free(out);
	}
	for (int i = 0; i < N; i++) {
		unlink(paths[i]);
		free(paths[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonl_reads_back_what_extract_wrote),
		cmocka_unit_test(test_jsonl_refuses_damaged_records_and_reads_on),
		cmocka_unit_test(test_jobs_hand_files_back_in_input_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

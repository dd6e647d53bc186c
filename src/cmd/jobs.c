/*
 * jobs.c - articles read and parsed on N threads, handed back in input order.
 *
 * Input: the paths of a command line and how to date them (cmd_doc_load).
 * Output: one struct parsed_file per path, in the order given, to one consumer
 * thread (ingest's store), which owns what it takes; or, with a formatter
 * (extract), each file's output written to one stream in the order given.
 *
 * Invariants:
 *  1. The consumer sees exactly the sequence --jobs 1 gives: same files,
 *     same order, same bytes (the parser is a pure function of the doc: no
 *     static or global state in parse/, model/ or base/, see parse.h).
 *  2. At most `window` files are read or held by the engine at once (a
 *     worker waits before taking file i until the consumer has taken file
 *     i - window): memory is bounded by the window, not by the input. With
 *     a formatter the window is wider and bounded in bytes too: a worker
 *     takes no new file while formatted output over JOBS_HELD_MAX waits to
 *     be written (unless none is in flight ahead of it).
 *  3. With one job no thread is started: each jobs_next() reads and parses
 *     the next file in the caller's thread, as before this engine existed.
 *  4. A slot belongs to one worker from the moment it takes the index until
 *     it marks the slot done; after that only the consumer (with a
 *     formatter, the writing worker: invariant 8) touches it.
 *  5. With threads, a file's output is formatted on its worker (jobs_opts.fmt)
 *     by the same function that writes it without threads, so the bytes are
 *     the same and writing them is the one serial step; the worker then
 *     frees the doc and its claims (only `out` and rc are kept).
 *  6. Hand-over is in batches: a consumer with nothing ready sleeps until
 *     `batch` files in a row are ready (or the last file is), and is woken
 *     once for them, by the worker that completes the batch, after it has
 *     let go of the mutex. Waking it for every file cost two context switches
 *     per file (it woke, then blocked on the mutex its waker still held),
 *     each preempting a worker: +25% CPU on small files (README, Performance).
 *     No wait can last forever: while fewer than `batch` are ready and the
 *     end is not, some file past them is being parsed or can be taken.
 *  7. With jobs_opts.fmt, a file's claims are formatted and dropped one part
 *     at a time (parse_doc_part), so a long article never holds all its
 *     claims at once: what it costs beyond its text is one part's parse
 *     (README, Performance) and, on a thread, its formatted output.
 *  8. With jobs_opts.fmt and threads there is no consumer thread: the worker
 *     that finds the next files in input order done, while no other is
 *     writing, writes them (mu let go) and frees their slots, and looks
 *     again before it stops writing, so a file done meanwhile is never left
 *     behind. A worker never waits for a writer (only for a free slot), and
 *     the caller's thread sleeps until the last file is written: no thread
 *     beyond the workers needs a CPU, however loaded the machine.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "parse/parse.h"

/* Files in flight per thread: enough that a long file does not stall the
 * others for long and that the consumer is woken for half a window at a time
 * (invariant 6), few enough that memory stays a small multiple of the
 * largest files. */
#define JOBS_WINDOW_PER_THREAD 8
/* With a formatter (invariant 8) a slot waiting to be written holds only its
 * output, so the window is wide: a worker preempted for a time slice of a
 * loaded machine (~20 ms, ~200 small files) should not leave the other
 * waiting for it. Memory is bounded by JOBS_HELD_MAX bytes of output. */
#define JOBS_WINDOW_FMT_PER_THREAD 128
#define JOBS_HELD_MAX ((size_t)32 << 20)
/* --jobs past this is refused: threads beyond the cores only cost memory. */
#define JOBS_MAX 256

struct slot {
	struct parsed_file p;
	int done;		/* guarded by mu: the worker has finished p */
	size_t held;		/* guarded by mu: p.outlen once done (invariant 2) */
};


struct jobs {
	char *const *paths;	/* borrowed */
	size_t n;
	struct jobs_opts o;	/* borrowed pointers inside */
	size_t next_sync;	/* one job: the next file to read (invariant 3) */

	pthread_t *threads;	/* owned: nthreads of them */
	size_t nthreads;
	struct slot *slots;	/* owned: window of them; file i uses slots[i % window] */
	size_t window;
	pthread_mutex_t mu;
	pthread_cond_t cv_taken;	/* the consumer took a file: a slot is free */
	pthread_cond_t cv_done;		/* a batch is ready for the consumer (invariant 6) */
	size_t batch;		/* files the consumer waits for at once: window / 2 */
	size_t next_claim;	/* guarded by mu: the next index a worker takes */
	size_t next_out;	/* guarded by mu: the next index the consumer takes */
	size_t ready_end;	/* guarded by mu: files [next_out, ready_end) are done */
	int consumer_waiting;	/* guarded by mu: the consumer sleeps on cv_done */
	size_t workers_waiting;	/* guarded by mu: workers asleep on cv_taken */
	int writing;		/* guarded by mu: a worker is writing (invariant 8) */
	size_t held;		/* guarded by mu: bytes of output done, not written */
	size_t failed;		/* guarded by writing: files written with rc != 0 */
	int stop;		/* guarded by mu: jobs_finish() was called */
};

void parsed_release(struct parsed_file *p)
{
	if (p->loaded) {
		claims_release(&p->c);
		doc_release(&p->d);
	}
	free(p->path_owned);
	free(p->out);
	memset(p, 0, sizeof(*p));
}

/* Reads and parses one file into p (the work of one job). With jobs_opts.fmt
 * it is formatted part by part as it is parsed (invariant 7): on a thread
 * into p->out, else straight into jobs_opts.out. */
static void parse_one(const struct jobs *j, size_t i, struct parsed_file *p, int threaded)
{
	FILE *f;

	memset(p, 0, sizeof(*p));
	p->path = j->paths[i];
	p->rc = cmd_doc_load(p->path, j->o.date, j->o.dates, &p->d);
	if (p->rc)
		return;
	p->loaded = 1;
	if (j->o.hash)
		doc_hash(&p->d);
	claims_init(&p->c);
	if (!j->o.fmt) {
		parse_doc(&p->d, &p->c);
		return;
	}
	f = j->o.out;
	if (threaded && !(f = open_memstream(&p->out, &p->outlen)))
		die("out of memory formatting '%s'", p->path);
	for (size_t off = 0, part = 0; off < p->d.len; part++) {
		off = parse_doc_part(&p->d, off, &p->c);
		j->o.fmt(p, part, f, j->o.fmt_ctx);
		p->c.n = 0;	/* invariant 7: written, dropped */
	}
	if (threaded && fclose(f) != 0)
		die("out of memory formatting '%s'", p->path);
	claims_release(&p->c);	/* invariants 5 and 7: only rc and out are handed over */
	doc_release(&p->d);
	p->loaded = 0;
}

/* Whether the consumer, with nothing ready, should be woken (invariant 6).
 * Called with mu held. */
static int batch_ready(const struct jobs *j)
{
	return j->ready_end - j->next_out >= j->batch || j->ready_end == j->n;
}

/* Whether a worker must wait before taking the next file (invariant 2).
 * Called with mu held. */
static int window_full(const struct jobs *j)
{
	return j->next_claim >= j->next_out + j->window ||
	       (j->held > JOBS_HELD_MAX && j->next_claim > j->next_out);
}

/* With fmt (invariant 8): writes the files done in input order, if no
 * other worker is writing. Called and returns with mu held. */
static void write_ready(struct jobs *j)
{
	if (j->writing)
		return;	/* the writer looks again before it stops */
	j->writing = 1;
	while (j->next_out < j->ready_end) {
		size_t a = j->next_out, b = j->ready_end;

		pthread_mutex_unlock(&j->mu);
		for (size_t k = a; k < b; k++) {	/* done: only the writer touches them */
			struct parsed_file *p = &j->slots[k % j->window].p;

			if (p->rc)
				j->failed++;
			else if (p->out)	/* an error is ferror(out)'s, seen by the caller */
				fwrite(p->out, 1, p->outlen, j->o.out);
			parsed_release(p);
		}
		pthread_mutex_lock(&j->mu);
		for (size_t k = a; k < b; k++) {
			j->held -= j->slots[k % j->window].held;
			j->slots[k % j->window].done = 0;
			j->slots[k % j->window].held = 0;
		}
		j->next_out = b;
		if (j->workers_waiting)
			pthread_cond_broadcast(&j->cv_taken);
	}
	j->writing = 0;
	if (j->next_out == j->n)
		pthread_cond_signal(&j->cv_done);	/* jobs_write_all() waits for it */
}

static void *worker(void *arg)
{
	struct jobs *j = arg;

	for (;;) {
		size_t i;
		int wake;

		pthread_mutex_lock(&j->mu);
		while (!j->stop && j->next_claim < j->n && window_full(j)) {	/* invariant 2 */
			j->workers_waiting++;
			pthread_cond_wait(&j->cv_taken, &j->mu);
			j->workers_waiting--;
		}
		if (j->stop || j->next_claim >= j->n) {
			pthread_mutex_unlock(&j->mu);
			return NULL;
		}
		i = j->next_claim++;
		pthread_mutex_unlock(&j->mu);

		parse_one(j, i, &j->slots[i % j->window].p, 1);	/* invariant 4 */

		pthread_mutex_lock(&j->mu);
		j->slots[i % j->window].done = 1;
		j->slots[i % j->window].held = j->slots[i % j->window].p.outlen;
		j->held += j->slots[i % j->window].p.outlen;
		/* [next_out, next_claim) spans at most a window: slots of distinct files */
		while (j->ready_end < j->next_claim && j->slots[j->ready_end % j->window].done)
			j->ready_end++;
		if (j->o.fmt) {
			write_ready(j);
			pthread_mutex_unlock(&j->mu);
			continue;
		}
		wake = j->consumer_waiting && batch_ready(j);
		if (wake)
			j->consumer_waiting = 0;
		pthread_mutex_unlock(&j->mu);
		if (wake)
			pthread_cond_signal(&j->cv_done);	/* invariant 6: after the unlock */
	}
}

unsigned jobs_online(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > JOBS_MAX ? JOBS_MAX : (unsigned)n;
}

int jobs_parse_count(const char *arg, void *field)
{
	char *end;
	long v = strtol(arg, &end, 10);

	if (!*arg || *end || v < 0 || v > JOBS_MAX)
		return -1;
	*(unsigned *)field = v == 0 ? jobs_online() : (unsigned)v;
	return 0;
}

struct jobs *jobs_start(char *const *paths, size_t n, const struct jobs_opts *o)
{
	struct jobs *j = xcalloc(1, sizeof(*j));
	size_t want = o->jobs > n ? n : o->jobs;

	j->paths = paths;
	j->n = n;
	j->o = *o;
	if (want <= 1)
		return j;	/* invariant 3 */
	j->window = want * (o->fmt ? JOBS_WINDOW_FMT_PER_THREAD : JOBS_WINDOW_PER_THREAD);
	j->batch = j->window / 2;
	j->slots = xcalloc(j->window, sizeof(*j->slots));
	j->threads = xcalloc(want, sizeof(*j->threads));
	pthread_mutex_init(&j->mu, NULL);
	pthread_cond_init(&j->cv_taken, NULL);
	pthread_cond_init(&j->cv_done, NULL);
	for (size_t t = 0; t < want; t++) {
		if (pthread_create(&j->threads[t], NULL, worker, j) != 0)
			break;	/* fewer threads than asked still work */
		j->nthreads++;
	}
	if (j->nthreads == 0) {
		/* Not one thread: read in the caller's thread after all. */
		pthread_cond_destroy(&j->cv_done);
		pthread_cond_destroy(&j->cv_taken);
		pthread_mutex_destroy(&j->mu);
		free(j->threads);
		free(j->slots);
		j->threads = NULL;
		j->slots = NULL;
		j->window = 0;
	}
	return j;
}

int jobs_next(struct jobs *j, struct parsed_file *out)
{
	struct slot *s;
	int wake;

	if (!j->nthreads) {
		if (j->next_sync >= j->n)
			return 0;
		parse_one(j, j->next_sync++, out, 0);
		return 1;
	}
	if (j->o.fmt)
		BUG("jobs_next() with a formatter: jobs_write_all() writes the files");
	pthread_mutex_lock(&j->mu);
	if (j->next_out >= j->n) {
		pthread_mutex_unlock(&j->mu);
		return 0;
	}
	if (j->next_out == j->ready_end)
		while (!batch_ready(j)) {	/* invariant 6 */
			j->consumer_waiting = 1;
			pthread_cond_wait(&j->cv_done, &j->mu);
		}
	j->consumer_waiting = 0;
	s = &j->slots[j->next_out % j->window];
	*out = s->p;	/* moved: the caller owns the doc and the claims now */
	memset(s, 0, sizeof(*s));
	j->next_out++;
	wake = j->workers_waiting > 0;
	pthread_mutex_unlock(&j->mu);
	if (wake)
		pthread_cond_signal(&j->cv_taken);	/* one slot freed: one worker */
	return 1;
}

size_t jobs_write_all(struct jobs *j)
{
	struct parsed_file p;
	size_t failed = 0;

	if (!j->nthreads) {
		while (jobs_next(j, &p)) {	/* each written as it was parsed */
			failed += p.rc != 0;
			parsed_release(&p);
		}
		return failed;
	}
	pthread_mutex_lock(&j->mu);
	while (j->next_out < j->n)	/* invariant 8: the workers write */
		pthread_cond_wait(&j->cv_done, &j->mu);
	failed = j->failed;
	pthread_mutex_unlock(&j->mu);
	return failed;
}

void jobs_finish(struct jobs *j)
{
	if (!j)
		return;
	if (j->nthreads) {
		pthread_mutex_lock(&j->mu);
		j->stop = 1;
		pthread_mutex_unlock(&j->mu);
		pthread_cond_broadcast(&j->cv_taken);
		for (size_t t = 0; t < j->nthreads; t++)
			pthread_join(j->threads[t], NULL);
		/* Files parsed but never taken (the consumer stopped early). */
		for (size_t w = 0; w < j->window; w++)
			parsed_release(&j->slots[w].p);
		pthread_cond_destroy(&j->cv_done);
		pthread_cond_destroy(&j->cv_taken);
		pthread_mutex_destroy(&j->mu);
	}
	free(j->threads);
	free(j->slots);
	free(j);
}

/*
 * gen.c - input generators for `make bench` (bench/run.sh); not part of tradestat.
 *
 *   gen corpus MB OUTDIR TEMPLATE...   articles, MB MiB in all, one file each
 *   gen series NSERIES NMONTHS long|wide OUT.csv
 *
 * corpus: writes OUTDIR/DDDD/NNNNNNN.txt, cycling through the template
 * articles, and OUTDIR/list.txt with one path per line (for xargs). Copy k of
 * a template has the last digit of every digit run changed by a hash of
 * (k, run), so "rose 3% to $11.5 billion" reads "rose 7% to $14.2 billion":
 * the same grammar, other numbers, and no two copies alike, so neither a
 * cache nor ingest's SHA-256 dedup sees the same content twice. The first
 * line is kept when it is a "date:" line, so each copy keeps a valid date.
 *
 * series: NSERIES monthly series of NMONTHS months from 2000-01, values a
 * random walk printed with one decimal; long layout (series,period,value,
 * unit,reporter,partner,flow) or wide (period, then one column per series).
 *
 * Invariants:
 *  1. Output depends only on the arguments (a fixed-seed PRNG): two runs
 *     write identical bytes.
 *  2. Memory is bounded by the largest template and one row: the generators
 *     stream, whatever the sizes asked for.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void fail(const char *what, const char *arg)
{
	fprintf(stderr, "gen: %s '%s': %s\n", what, arg, errno ? strerror(errno) : "bad value");
	exit(1);
}

static uint64_t mix(uint64_t x)
{
	/* splitmix64's finaliser: a cheap, well-spread hash of (copy, run). */
	x += 0x9E3779B97F4A7C15u;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9u;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBu;
	return x ^ (x >> 31);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		fail("cannot read", path);
	s = malloc((size_t)n + 1);
	if (!s || fread(s, 1, (size_t)n, f) != (size_t)n)
		fail("cannot read", path);
	fclose(f);
	*len = (size_t)n;
	return s;
}

/* Copy k of template t into f, digits varied (see the file comment). */
static void write_copy(FILE *f, const char *t, size_t n, uint64_t k)
{
	size_t i = 0, run = 0;

	if (n >= 5 && memcmp(t, "date:", 5) == 0)
		while (i < n && t[i] != '\n')
			fputc(t[i++], f);
	while (i < n) {
		if (t[i] >= '0' && t[i] <= '9') {
			size_t j = i;

			while (j < n && t[j] >= '0' && t[j] <= '9')
				j++;
			fwrite(t + i, 1, j - 1 - i, f);
			/* Copy 0 is the template as written. */
			fputc(k ? '0' + (char)((t[j - 1] - '0' + mix(k << 20 ^ run) % 9 + 1) % 10)
				: t[j - 1], f);
			run++;
			i = j;
		} else {
			fputc(t[i++], f);
		}
	}
}

static int gen_corpus(int argc, char **argv)
{
	double mb = strtod(argv[2], NULL);
	const char *dir = argv[3];
	int nt = argc - 4;
	char **text, path[4096];
	size_t *len, total = 0, want;
	FILE *list;

	if (!(mb > 0) || nt < 1)
		fail("bad size or no template", argv[2]);
	want = (size_t)(mb * 1048576.0);
	text = calloc((size_t)nt, sizeof(*text));
	len = calloc((size_t)nt, sizeof(*len));
	for (int i = 0; i < nt; i++)
		text[i] = slurp(argv[4 + i], &len[i]);
	if (mkdir(dir, 0777) != 0 && errno != EEXIST)
		fail("cannot create", dir);
	snprintf(path, sizeof(path), "%s/list.txt", dir);
	if (!(list = fopen(path, "w")))
		fail("cannot write", path);
	for (uint64_t n = 0; total < want; n++) {
		int t = (int)(n % (uint64_t)nt);
		FILE *f;

		if (n % 1000 == 0) {
			snprintf(path, sizeof(path), "%s/%04llu", dir, (unsigned long long)(n / 1000));
			errno = 0;
			if (mkdir(path, 0777) != 0 && errno != EEXIST)
				fail("cannot create", path);
		}
		snprintf(path, sizeof(path), "%s/%04llu/%07llu.txt", dir,
			 (unsigned long long)(n / 1000), (unsigned long long)n);
		if (!(f = fopen(path, "w")))
			fail("cannot write", path);
		write_copy(f, text[t], len[t], n / (uint64_t)nt);
		if (fclose(f) != 0)
			fail("cannot write", path);
		fprintf(list, "%s\n", path);
		total += len[t];
	}
	if (fclose(list) != 0)
		fail("cannot write", "list.txt");
	for (int i = 0; i < nt; i++)
		free(text[i]);
	free(text), free(len);
	return 0;
}

static const char *const countries[] = {
	"CN", "RU", "US", "DE", "JP", "KR", "IN", "BR", "FR", "GB", "IT", "CA", "MX", "AU",
	"ES", "NL", "TR", "ID", "SA", "CH", "PL", "SE", "BE", "AR", "NO", "AT", "TH", "AE",
	"IL", "ZA", "MY", "SG", "PH", "DK", "CO", "CL", "FI", "EG", "VN", "PK",
};
#define NC (sizeof(countries) / sizeof(countries[0]))

static int gen_series(char **argv)
{
	long ns = strtol(argv[2], NULL, 10), nm = strtol(argv[3], NULL, 10);
	int wide = strcmp(argv[4], "wide") == 0;
	FILE *f = fopen(argv[5], "w");
	double *level;

	if (ns < 1 || nm < 1 || (!wide && strcmp(argv[4], "long") != 0))
		fail("bad arguments", argv[4]);
	if (!f)
		fail("cannot write", argv[5]);
	level = malloc((size_t)ns * sizeof(*level));
	for (long s = 0; s < ns; s++)
		level[s] = 1e8 + (double)(mix((uint64_t)s) % 100000) * 1e5;
	if (wide) {
		fputs("period", f);
		for (long s = 0; s < ns; s++)
			fprintf(f, ",B%06ld", s);
		fputc('\n', f);
	} else {
		fputs("series,period,value,unit,reporter,partner,flow\n", f);
	}
	/* Long: series-major, as a release lists them; wide: one row per month. */
	for (long a = 0; a < (wide ? nm : ns); a++) {
		if (wide)
			fprintf(f, "%04ld-%02ld", 2000 + a / 12, a % 12 + 1);
		for (long b = 0; b < (wide ? ns : nm); b++) {
			long s = wide ? b : a, m = wide ? a : b;
			double step = (double)(mix((uint64_t)(s * 1000 + m)) % 2001) / 1e4 - 0.1;

			level[s] *= 1 + step / 10;
			if (wide)
				fprintf(f, ",%.1f", level[s]);
			else
				fprintf(f, "B%06ld,%04ld-%02ld,%.1f,USD,%s,%s,%s\n", s, 2000 + m / 12,
					m % 12 + 1, level[s], countries[s % NC],
					countries[(s / NC + 1 + s % NC) % NC], s / (NC * NC) % 2 ? "export" : "import");
		}
		if (wide)
			fputc('\n', f);
	}
	free(level);
	if (fclose(f) != 0)
		fail("cannot write", argv[5]);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 5 && strcmp(argv[1], "corpus") == 0)
		return gen_corpus(argc, argv);
	if (argc == 6 && strcmp(argv[1], "series") == 0)
		return gen_series(argv);
	fputs("usage: gen corpus MB OUTDIR TEMPLATE... | gen series NSERIES NMONTHS long|wide OUT.csv\n",
	      stderr);
	return 2;
}

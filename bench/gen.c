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
 * Every series of the long layout has a subject (reporter, partner, flow) of
 * its own and exactly one mirror series (partner's flow the other way), so
 * 2N series are N more of the same shape: each claim of bench/claims.sql
 * meets one series and one mirror, whatever N. (Until session 6 the subjects
 * cycled through 40 x 40 x 2 = 3,200, so past 3,200 series a claim met two
 * or more series and mirrors, and validate's findings grew 3.7x from N to
 * 2N: the yardstick measured the generator, not validate.)
 *
 * Invariants:
 *  1. Output depends only on the arguments (a fixed-seed PRNG): two runs
 *     write identical bytes.
 *  2. Memory is bounded by the largest template and one row: the generators
 *     stream, whatever the sizes asked for.
 *  3. No two series of the long layout share a subject, and each has one
 *     mirror: series 4u..4u+3 use the u-th pair of countries (subject());
 *     more series than MAX_SERIES (50,880) is refused, not wrapped.
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

/* Reporters and partners: the 40 of the first bench, then more ISO 3166-1
 * codes (none that a CSV reader might take for a missing value, as NA). */
static const char *const countries[] = {
	"CN", "RU", "US", "DE", "JP", "KR", "IN", "BR", "FR", "GB", "IT", "CA", "MX", "AU", "ES",
	"NL", "TR", "ID", "SA", "CH", "PL", "SE", "BE", "AR", "NO", "AT", "TH", "AE", "IL", "ZA",
	"MY", "SG", "PH", "DK", "CO", "CL", "FI", "EG", "VN", "PK", "AW", "AF", "AO", "AI", "AX",
	"AL", "AD", "AM", "AS", "AG", "AZ", "BI", "BJ", "BQ", "BF", "BD", "BG", "BH", "BS", "BA",
	"BL", "BY", "BZ", "BM", "BO", "BB", "BN", "BT", "BW", "CF", "CC", "CI", "CM", "CD", "CG",
	"CK", "KM", "CV", "CR", "CU", "CW", "CX", "KY", "CY", "CZ", "DJ", "DM", "DO", "DZ", "EC",
	"ER", "EH", "EE", "ET", "FJ", "FK", "FO", "FM", "GA", "GE", "GG", "GH", "GI", "GN", "GP",
	"GM", "GW", "GQ", "GR", "GD", "GL", "GT", "GF", "GU", "GY", "HK", "HN", "HR", "HT", "HU",
	"IM", "IE", "IR", "IQ", "IS", "JM", "JE", "JO", "KZ", "KE", "KG", "KH", "KI", "KN", "KW",
	"LA", "LB", "LR", "LY", "LC", "LI", "LK", "LS", "LT", "LU", "LV", "MO", "MF", "MA", "MC",
	"MD", "MG", "MV", "MH", "MK", "ML", "MT", "MM", "ME", "MN",
};
#define NC (sizeof(countries) / sizeof(countries[0]))
#define MAX_SERIES ((long)(NC * (NC - 1) / 2 * 4))

/*
 * The subject of series s (invariant 3): series 4u..4u+3 share the u-th
 * unordered pair of countries {a, b}, a < b, taken in the order (0,1),
 * (0,2), (1,2), (0,3)...: a imports from b, b exports to a (its mirror),
 * b imports from a, a exports to b (its mirror).
 */
static void subject(long s, const char **reporter, const char **partner, const char **flow)
{
	long u = s / 4, b = 1, a;

	while ((b + 1) * b / 2 <= u)
		b++;
	a = u - b * (b - 1) / 2;
	*reporter = countries[s % 4 == 0 || s % 4 == 3 ? a : b];
	*partner = countries[s % 4 == 0 || s % 4 == 3 ? b : a];
	*flow = s % 2 ? "export" : "import";
}

static int gen_series(char **argv)
{
	long ns = strtol(argv[2], NULL, 10), nm = strtol(argv[3], NULL, 10);
	int wide = strcmp(argv[4], "wide") == 0;
	FILE *f = fopen(argv[5], "w");
	double *level;

	if (ns < 1 || nm < 1 || (!wide && strcmp(argv[4], "long") != 0))
		fail("bad arguments", argv[4]);
	if (ns > MAX_SERIES)
		fail("more series than distinct subjects (4 per pair of countries)", argv[2]);
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
			const char *rep, *par, *flow;

			level[s] *= 1 + step / 10;
			if (wide) {
				fprintf(f, ",%.1f", level[s]);
				continue;
			}
			subject(s, &rep, &par, &flow);
			fprintf(f, "B%06ld,%04ld-%02ld,%.1f,USD,%s,%s,%s\n", s, 2000 + m / 12,
				m % 12 + 1, level[s], rep, par, flow);
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

/*
 * import.c - `tradestat import FILE.csv...`: official releases as vintages.
 *
 * Files are written in batches, one transaction each, every file in its own
 * savepoint (csvin_import), as ingest writes articles: a bad record anywhere
 * means nothing of that file is stored; the other files still are. A file
 * already imported (same SHA-256 and the same options marked
 * OPT_SHAPES_STORE: its identity, opts_identity) is skipped and said so.
 *
 * Invariants:
 *  1. Each file is atomic (its savepoint); a batch commits when it holds
 *     BATCH_FILES files or has been open BATCH_SECONDS, so a crash loses at
 *     most the open batch (a re-run skips what landed) and a second run
 *     waiting on the lock gets in.
 *  2. What was stored or skipped is said of a file only once its batch is
 *     committed; when a database error ends the batch, the files before it
 *     in the batch are committed if SQLite kept the transaction, and named
 *     as lost if not.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/importfmt.h"
#include "store/store.h"

/* A batch: at most this many files, open at most this long (invariant 1),
 * as ingest's. Measured on 200 files of one two-row series each (strace):
 * one transaction per file wrote 7.1 MB (pwrite64) for a 172 KiB database;
 * one batch 0.27 MB. */
#define BATCH_FILES 256
#define BATCH_SECONDS 0.5

/* A file of the open batch, said once the batch is committed (invariant 2). */
struct done {
	const char *path;	/* borrowed: argv */
	struct import_stats s;
};

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* What became of each file of a committed batch. */
static void say(const struct done *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *path = d[i].path;
		const struct import_stats *s = &d[i].s;

		if (s->skipped) {
			fprintf(stderr, "%s: already imported (same SHA-256 and options), skipped\n",
				path);
			continue;
		}
		fprintf(stderr, "%s: %ld series, %ld vintage%s, %ld rows: %ld new, %ld revised, "
			"%ld restated, %ld unchanged, %ld withdrawn, %ld missing", path,
			s->series, s->vintages, s->vintages == 1 ? "" : "s", s->rows, s->added,
			s->revised, s->restated, s->unchanged, s->withdrawn, s->missing);
		if (s->reclassified)
			fprintf(stderr, "; %ld value%s of later releases re-classified",
				s->reclassified, s->reclassified == 1 ? "" : "s");
		if (s->replaced)
			fprintf(stderr, "; replaced the same-day release of %ld series", s->replaced);
		if (*s->bycountry)
			fprintf(stderr, "; one row per date and country ('%s'): a series %s.<ISO "
				"code> each (--series-prefix names them)", s->bycountry_col,
				s->bycountry);
		fputc('\n', stderr);
	}
}

/* Ends the open batch of n files: committed and said, or rolled back and
 * named as lost. Returns 0 or -1. */
static int batch_end(struct store *st, const struct done *d, size_t n)
{
	if (store_in_transaction(st) && store_commit(st) == 0) {
		say(d, n);
		return 0;
	}
	store_rollback(st);
	if (n)
		error("the %zu file%s before it in the batch were not stored either (from '%s')",
		      n, n == 1 ? "" : "s", d[0].path);
	return -1;
}

/* --scale: a number, or a word for a power of ten. */
static int scale_parse(const char *arg, void *field)
{
	static const struct { const char *word; double scale; } scales[] = {
		{ "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
	};
	double *scale = field;
	char *end;

	*scale = strtod(arg, &end);
	for (size_t i = 0; i < ARRAY_SIZE(scales); i++)
		if (strcmp(arg, scales[i].word) == 0)
			*scale = scales[i].scale, end = (char *)arg + strlen(arg);
	return *end || !(*scale > 0) || *scale > 1e15 ? -1 : 0;
}

/* --reporter/--partner by name or code (China, Russian Federation, U.S.,
 * CHN, 156) as the ISO code stored; -1 after a message with the closest
 * names. */
static int country_option(const char *name, const char **v, char out[static COUNTRY_MAX])
{
	char why[FMT_WHY];

	if (!*v)
		return 0;
	if (country_resolve(*v, strlen(*v), out) < 0) {
		country_unknown(*v, strlen(*v), why);
		return cmd_usage_error(&cmd_import, "--%s: %s", name, why), -1;
	}
	*v = out;
	return 0;
}

static int import_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	struct import_opts o_id = *(const struct import_opts *)ctx->opts;
	const struct import_opts *o = &o_id;
	char *identity;
	char reporter[COUNTRY_MAX], partner[COUNTRY_MAX];
	struct done *done;
	size_t nd = 0;
	double t0 = 0;
	int ret = EXIT_OK, open = 0;

	if (argc < 1)
		return cmd_usage_error(&cmd_import, "no file to import");
	/* --series alone names the series of an ALFRED real-time file. */
	if ((o->series_column || o->period_column) && !o->value_column)
		return cmd_usage_error(&cmd_import, "a column map needs --value-column");
	if (o->value_column && !o->series == !o->series_column)
		return cmd_usage_error(&cmd_import, "a column map needs one of --series or --series-column");
	if (o->series_prefix && o->value_column)
		return cmd_usage_error(&cmd_import, "--series-prefix names the series of a file of one "
				       "row per date and country, not of a column map");
	if (o->series_prefix && (!*o->series_prefix ||
				 strspn(o->series_prefix, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm"
					"nopqrstuvwxyz0123456789_.-") != strlen(o->series_prefix) ||
				 strlen(o->series_prefix) > 48))
		return cmd_usage_error(&cmd_import, "--series-prefix '%s': letters, digits, '_', '.' "
				       "and '-', at most 48", o->series_prefix);
	if (o->decimal_comma && o->decimal_point)
		return cmd_usage_error(&cmd_import, "give one of --decimal-comma and --decimal-point");
	if (o->thousands && ((o->thousands[0] == ',' && !o->decimal_point &&
			      (o->decimal_comma || (o->delimiter && !strcmp(o->delimiter, ";")))) ||
			     (o->thousands[0] == '.' && o->decimal_point)))
		return cmd_usage_error(&cmd_import, "--thousands %s is the decimal mark", o->thousands);
	/* Countries by name or code, stored as ISO 3166-1 alpha-2. */
	if (country_option("reporter", &o_id.reporter, reporter) < 0 ||
	    country_option("partner", &o_id.partner, partner) < 0)
		return EXIT_USAGE;
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	/* The import's identity, with the file's SHA-256: the options whose
	 * rows say OPT_SHAPES_STORE (a defaulted --vintage is unset: not in it). */
	identity = opts_identity(&cmd_import, &o_id);
	o_id.identity = identity;
	done = xcalloc((size_t)argc, sizeof(*done));
	for (int i = 0; i < argc; i++) {
		int rc;

		if (!open) {
			if (store_begin(ctx->store) < 0) {
				ret = EXIT_DB;
				break;
			}
			open = 1, t0 = now(), nd = 0;
		}
		done[nd].path = argv[i];
		rc = csvin_import(ctx->store, argv[i], o, &done[nd].s);
		if (rc < 0) {	/* its savepoint is rolled back, or the whole batch */
			ret = EXIT_DB;
			batch_end(ctx->store, done, nd);
			open = 0;
			break;
		}
		if (rc > 0)
			ret = EXIT_INPUT;	/* rolled back to its savepoint */
		else
			nd++;
		if (nd >= BATCH_FILES || now() - t0 >= BATCH_SECONDS || i == argc - 1) {
			if (batch_end(ctx->store, done, nd) < 0) {
				ret = EXIT_DB;
				open = 0;
				break;
			}
			open = 0;
		}
	}
	free(done);
	free(identity);
	return ret;
}

static const char *const flows[] = { "import", "export", "trade", NULL };
static const char *const measures[] = { "level", "ytd", NULL };
static const char *const freqs[] = { "A", "Q", "M", "D", NULL };
static const char *const delimiters[] = { ",", ";", "tab", NULL };
static const char *const groupings[] = { ",", ".", "space", NULL };
static const char *const adjustments[] = { "sa", "nsa", NULL };
static const char *const prices[] = { "real", "nominal", NULL };
static const char *const aggregations[] = { "sum", "mean", NULL };

#define F(f) offsetof(struct import_opts, f)
#define SHAPES OPT_SHAPES_STORE

static const struct opt import_options[] = {
	{ .name = "vintage", .kind = OPT_DATE, .flags = SHAPES, .off = F(vintage),
	  .argname = "DATE", .help = "release date of the file (YYYY-MM-DD; default today)" },
	{ .name = "source", .kind = OPT_STRING, .off = F(source), .argname = "NAME",
	  .help = "who published it (default: the file's name)" },
	{ .name = "vintage-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(vintage_column),
	  .argname = "NAME", .help = "a column dating each row's release (e.g. reported_on):\n"
	  "one vintage per distinct date" },
	{ .name = "complete", .kind = OPT_FLAG, .flags = SHAPES, .off = F(complete),
	  .help = "the file is the whole series: the periods of its series\n"
	  "that it lacks are recorded as withdrawn in this vintage" },
	{ .name = "replace", .kind = OPT_FLAG, .off = F(replace),
	  .help = "supersede a release of the same source and date\n"
	  "(otherwise refused) for the series in this file" },
	{ .name = "allow-rescale", .kind = OPT_FLAG, .off = F(allow_rescale),
	  .help = "accept a release whose every value shared with the\n"
	  "release before it changed by one power of ten" },
	{ .name = "scale", .kind = OPT_NUMBER, .flags = SHAPES, .off = F(scale), .argname = "N",
	  .parse = scale_parse, .hint = "e.g. 1e6 or million",
	  .help = "multiply values into base units: 1e6 or million for\n"
	  "a release in millions (the digits as written are kept)" },
	{ .name = "unit", .kind = OPT_STRING, .flags = SHAPES, .off = F(unit), .argname = "U",
	  .help = "unit of series whose file gives none (USD, CNY/USD, t)" },
	{ .name = "freq", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(freq), .choices = freqs,
	  .help = "frequency, when the periods should not decide it" },
	{ .name = "title", .kind = OPT_STRING, .off = F(title), .argname = "TEXT",
	  .help = "the series' title, when the file gives none" },
	{ .name = "reporter", .kind = OPT_STRING, .flags = SHAPES, .off = F(reporter),
	  .argname = "TEXT", .help = "the series' reporter, when the file gives none" },
	{ .name = "partner", .kind = OPT_STRING, .flags = SHAPES, .off = F(partner),
	  .argname = "TEXT", .help = "the series' partner, when the file gives none" },
	{ .name = "flow", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(flow), .choices = flows,
	  .help = "the series' flow, when the file gives none" },
	{ .name = "commodity", .kind = OPT_STRING, .flags = SHAPES, .off = F(commodity),
	  .argname = "TEXT", .help = "the series' commodity, when the file gives none" },
	{ .name = "measure", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(measure),
	  .choices = measures, .help = "what the values are: the period's own (level, the\n"
	  "default) or January to the period (ytd)" },
	{ .name = "adjustment", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(adjustment),
	  .choices = adjustments, .help = "the series are seasonally adjusted (sa) or not (nsa)" },
	{ .name = "price", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(price),
	  .choices = prices, .help = "the series are at constant (real) or current prices" },
	{ .name = "aggregation", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(aggregation),
	  .choices = aggregations, .help = "how periods add up: sum (flows, the default when\n"
	  "a flow is known) or mean (rates, prices)" },
	{ .name = "delimiter", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(delimiter),
	  .choices = delimiters, .help = "field separator (default: the header's, sniffed)" },
	{ .name = "decimal-comma", .kind = OPT_FLAG, .flags = SHAPES, .off = F(decimal_comma),
	  .help = "numbers are written 1234,5 (the default with ';')" },
	{ .name = "decimal-point", .kind = OPT_FLAG, .flags = SHAPES, .off = F(decimal_point),
	  .help = "numbers are written 1234.5 (the default but with ';')" },
	{ .name = "thousands", .kind = OPT_CHOICE, .flags = SHAPES, .off = F(thousands),
	  .choices = groupings, .help = "accept this thousands separator (1,234.5);\n"
	  "otherwise a grouped number is refused" },
	{ .name = "value-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(value_column),
	  .argname = "NAME", .help = "column map: the column holding the values" },
	{ .name = "period-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(period_column),
	  .argname = "NAME", .help = "column map: the column holding the periods\n"
	  "(default period or date)" },
	{ .name = "series", .kind = OPT_STRING, .flags = SHAPES, .off = F(series),
	  .argname = "CODE", .help = "column map: the series the values belong to, or" },
	{ .name = "series-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(series_column),
	  .argname = "NAME", .help = "column map: the column naming each row's series" },
	{ .name = "series-prefix", .kind = OPT_STRING, .flags = SHAPES, .off = F(series_prefix),
	  .argname = "P", .help = "a file of one row per date and country (Date,Country,\n"
	  "Value): its series are P.AU, P.CN... (default: the\n"
	  "file's name, a date at its end dropped)" },
	OPT_END
};

#undef F
#undef SHAPES

const struct cmd cmd_import = {
	.name = "import",
	.usage = "[--vintage DATE] [--source NAME] [--complete] [column map] [metadata] FILE.csv...",
	.summary = "store official observations as a new vintage; revisions are kept",
	.opts = import_options,
	.opts_size = sizeof(struct import_opts),
	.notes =
	"a column map (--value-column with --series or --series-column) reads files\n"
	"in neither layout\n"
	"layouts (told apart by the header, no flag needed):\n"
	"  long      series,period,value[,unit,title,reporter,partner,flow,commodity,\n"
	"            measure,freq,adjustment,price]\n"
	"  wide      period|date|observation_date|year|TIME, then one column per series\n"
	"  ALFRED    observation_date,SERIES_YYYYMMDD...: a vintage per column;\n"
	"            realtime_start,realtime_end,date,value: a vintage per start\n"
	"  SDMX-CSV  DATAFLOW (1.0) or STRUCTURE,STRUCTURE_ID (2.0), TIME_PERIOD,\n"
	"            OBS_VALUE: series from the dataflow and dimensions, unit codes\n"
	"            (MIO_EUR) as unit and scale, OBS_FLAG kept, LAST UPDATE the vintage\n"
	"  Comtrade  reporterISO,partnerISO,flowCode,cmdCode,period,primaryValue:\n"
	"            a series per reporter, flow, partner, commodity (CN.IMP.RU.TOTAL)\n"
	"  country   a date, a country and a value column (Date,Country,Exchange\n"
	"            rate): a series per country, PREFIX.AU (--series-prefix)\n"
	"';' and TAB are detected; with ';' the decimal comma is read; UTF-16 is read\n"
	"periods: 2023, 2023-Q3, 2023Q3, 2023-M09, 2023-09, 202309, 20230901,\n"
	"2023-09-01, 01.09.2023; dates on the 1st take the frequency of their spacing\n"
	"countries: names or codes (China, U.S., CHN, 156), stored as ISO alpha-2\n"
	"releases are ordered by release date, not import order: the latest value is\n"
	"the newest release's; a value equal to the one in force (within the rounding\n"
	"of both prints) is unchanged, a different one a revision\n"
	"an import is identified by the file's SHA-256 and the options that shape what\n"
	"is stored (a defaulted --vintage does not count): the same again is skipped\n",
	.flags = CMD_DB,
	.run = import_run,
};

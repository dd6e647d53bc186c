/*
 * import.c - `tradestat import FILE.csv...`: official releases as vintages.
 *
 * Each file is one transaction (csvin_import): a bad record anywhere means
 * nothing of that file is stored; the other files still are. A file already
 * imported (same SHA-256 and the same options marked OPT_SHAPES_STORE: its
 * identity, opts_identity) is skipped and said so.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

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

static int import_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	struct import_opts o_id = *(const struct import_opts *)ctx->opts;
	const struct import_opts *o = &o_id;
	char *identity;
	int ret = EXIT_OK;

	if (argc < 1)
		return cmd_usage_error(&cmd_import, "no file to import");
	if ((o->series || o->series_column || o->period_column) && !o->value_column)
		return cmd_usage_error(&cmd_import, "a column map needs --value-column");
	if (o->value_column && !o->series == !o->series_column)
		return cmd_usage_error(&cmd_import, "a column map needs one of --series or --series-column");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	/* The import's identity, with the file's SHA-256: the options whose
	 * rows say OPT_SHAPES_STORE (a defaulted --vintage is unset: not in it). */
	identity = opts_identity(&cmd_import, ctx->opts);
	o_id.identity = identity;
	for (int i = 0; i < argc; i++) {
		struct import_stats s;
		int rc = csvin_import(ctx->store, argv[i], o, &s);

		if (rc < 0) {
			ret = EXIT_DB;
			break;
		}
		if (rc > 0) {
			ret = EXIT_INPUT;
			continue;
		}
		if (s.skipped) {
			fprintf(stderr, "%s: already imported (same SHA-256 and options), skipped\n",
				argv[i]);
			continue;
		}
		fprintf(stderr, "%s: %ld series, %ld vintage%s, %ld rows: %ld new, %ld revised, "
			"%ld restated, %ld unchanged, %ld withdrawn, %ld missing", argv[i],
			s.series, s.vintages, s.vintages == 1 ? "" : "s", s.rows, s.added,
			s.revised, s.restated, s.unchanged, s.withdrawn, s.missing);
		if (s.reclassified)
			fprintf(stderr, "; %ld value%s of later releases re-classified", s.reclassified,
				s.reclassified == 1 ? "" : "s");
		if (s.replaced)
			fprintf(stderr, "; replaced the same-day release of %ld series", s.replaced);
		fputc('\n', stderr);
	}
	free(identity);
	return ret;
}

static const char *const flows[] = { "import", "export", "trade", NULL };
static const char *const measures[] = { "level", "ytd", NULL };
static const char *const freqs[] = { "A", "Q", "M", "D", NULL };

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
	{ .name = "value-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(value_column),
	  .argname = "NAME", .help = "column map: the column holding the values" },
	{ .name = "period-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(period_column),
	  .argname = "NAME", .help = "column map: the column holding the periods\n"
	  "(default period or date)" },
	{ .name = "series", .kind = OPT_STRING, .flags = SHAPES, .off = F(series),
	  .argname = "CODE", .help = "column map: the series the values belong to, or" },
	{ .name = "series-column", .kind = OPT_STRING, .flags = SHAPES, .off = F(series_column),
	  .argname = "NAME", .help = "column map: the column naming each row's series" },
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
	"layouts (told apart by the header):\n"
	"  long  series,period,value[,unit,title,reporter,partner,flow,commodity,measure,freq]\n"
	"  wide  period|date|DATE|observation_date, then one column per series code\n"
	"periods: 2023, 2023-Q3, 2023-08, 2023-08-01 (monthly data dated on the 1st)\n"
	"releases are ordered by release date, not import order: the latest value is\n"
	"the newest release's; a value equal to the one in force (within the rounding\n"
	"of both prints) is unchanged, a different one a revision\n"
	"an import is identified by the file's SHA-256 and the options that shape what\n"
	"is stored (a defaulted --vintage does not count): the same again is skipped\n",
	.flags = CMD_DB,
	.run = import_run,
};

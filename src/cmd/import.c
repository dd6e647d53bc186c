/*
 * import.c - `tradestat import FILE.csv...`: official releases as vintages.
 *
 * Each file is one transaction (csvin_import): a bad record anywhere means
 * nothing of that file is stored; the other files still are. A file already
 * imported (same SHA-256 and identity options) is skipped and said so.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

static int import_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	static const struct option longopts[] = {
		{ "vintage", required_argument, NULL, 'v' },
		{ "source", required_argument, NULL, 's' },
		{ "vintage-column", required_argument, NULL, 'c' },
		{ "scale", required_argument, NULL, 'x' },
		{ "unit", required_argument, NULL, 'u' },
		{ "title", required_argument, NULL, 't' },
		{ "reporter", required_argument, NULL, 'r' },
		{ "partner", required_argument, NULL, 'p' },
		{ "flow", required_argument, NULL, 'f' },
		{ "commodity", required_argument, NULL, 'k' },
		{ "measure", required_argument, NULL, 'M' },
		{ "complete", no_argument, NULL, 'C' },
		{ "freq", required_argument, NULL, 'F' },
		{ "series", required_argument, NULL, 'S' },
		{ "series-column", required_argument, NULL, 'K' },
		{ "period-column", required_argument, NULL, 'P' },
		{ "value-column", required_argument, NULL, 'V' },
		{ "replace", no_argument, NULL, 'R' },
		{ "allow-rescale", no_argument, NULL, 'A' },
		{ NULL, 0, NULL, 0 }
	};
	static const struct { const char *word; double scale; } scales[] = {
		{ "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
	};

	struct import_opts o;
	int opt, ret = EXIT_OK;
	char *end;

	memset(&o, 0, sizeof(o));
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'v':
			if (!date_valid(optarg))
				return cmd_usage_error(&cmd_import, "bad --vintage '%s': use YYYY-MM-DD", optarg);
			o.vintage = optarg;
			break;
		case 's':
			o.source = optarg;
			break;
		case 'c':
			o.vintage_column = optarg;
			break;
		case 'x':
			o.scale = strtod(optarg, &end);
			for (size_t i = 0; i < ARRAY_SIZE(scales); i++)
				if (strcmp(optarg, scales[i].word) == 0)
					o.scale = scales[i].scale, end = optarg + strlen(optarg);
			if (*end || !(o.scale > 0) || o.scale > 1e15)
				return cmd_usage_error(&cmd_import, "bad --scale '%s' (e.g. 1e6 or million)", optarg);
			break;
		case 'u': o.unit = optarg; break;
		case 't': o.title = optarg; break;
		case 'r': o.reporter = optarg; break;
		case 'p': o.partner = optarg; break;
		case 'f':
			if (strcmp(optarg, "import") && strcmp(optarg, "export") && strcmp(optarg, "trade"))
				return cmd_usage_error(&cmd_import, "bad --flow '%s' (import, export or trade)", optarg);
			o.flow = optarg;
			break;
		case 'k': o.commodity = optarg; break;
		case 'C': o.complete = 1; break;
		case 'F':
			if (strlen(optarg) != 1 || !strchr("AQMD", optarg[0]))
				return cmd_usage_error(&cmd_import, "bad --freq '%s' (A, Q, M or D)", optarg);
			o.freq = optarg;
			break;
		case 'S': o.series = optarg; break;
		case 'K': o.series_column = optarg; break;
		case 'P': o.period_column = optarg; break;
		case 'V': o.value_column = optarg; break;
		case 'R': o.replace = 1; break;
		case 'A': o.allow_rescale = 1; break;
		case 'M':
			if (strcmp(optarg, "level") && strcmp(optarg, "ytd"))
				return cmd_usage_error(&cmd_import, "bad --measure '%s' (level or ytd)", optarg);
			o.measure = optarg;
			break;
		default:
			return cmd_usage_error(&cmd_import, "unknown option");
		}
	}
	if (optind >= argc)
		return cmd_usage_error(&cmd_import, "no file to import");
	if ((o.series || o.series_column || o.period_column) && !o.value_column)
		return cmd_usage_error(&cmd_import, "a column map needs --value-column");
	if (o.value_column && !o.series == !o.series_column)
		return cmd_usage_error(&cmd_import, "a column map needs one of --series or --series-column");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	for (int i = optind; i < argc; i++) {
		struct import_stats s;
		int rc = csvin_import(ctx->store, argv[i], &o, &s);

		if (rc < 0)
			return EXIT_DB;
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
	return ret;
}

const struct cmd cmd_import = {
	.name = "import",
	.usage = "[--vintage DATE] [--source NAME] [--complete] [column map] [metadata] FILE.csv...",
	.summary = "store official observations as a new vintage; revisions are kept",
	.help =
	"  --vintage DATE         release date of the file (YYYY-MM-DD; default today)\n"
	"  --source NAME          who published it (default: the file's name)\n"
	"  --vintage-column NAME  a column dating each row's release (e.g. reported_on):\n"
	"                         one vintage per distinct date\n"
	"  --complete             the file is the whole series: the periods of its series\n"
	"                         that it lacks are recorded as withdrawn in this vintage\n"
	"  --replace              supersede a release of the same source and date\n"
	"                         (otherwise refused) for the series in this file\n"
	"  --allow-rescale        accept a release whose every value shared with the\n"
	"                         release before it changed by one power of ten\n"
	"  --scale N              multiply values into base units: 1e6 or million for\n"
	"                         a release in millions (the digits as written are kept)\n"
	"  --unit U               unit of series whose file gives none (USD, CNY/USD, t)\n"
	"  --freq A|Q|M|D         frequency, when the periods should not decide it\n"
	"  --title, --reporter, --partner, --flow, --commodity TEXT\n"
	"                         the same for the series' other metadata\n"
	"  --measure level|ytd    what the values are: the period's own (level, the\n"
	"                         default) or January to the period (ytd)\n"
	"column map, for files in neither layout:\n"
	"  --value-column NAME    the column holding the values\n"
	"  --period-column NAME   the column holding the periods (default period or date)\n"
	"  --series CODE          the series the values belong to, or\n"
	"  --series-column NAME   the column naming each row's series\n"
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

/*
 * main.c - the command table and the one place that turns results into
 * exit codes.
 *
 * `tradestat [--db PATH] COMMAND [OPTIONS] [ARGS]`: global options first,
 * then one command from cmds[], whose run() gets argv from the command name on.
 *
 * Invariants:
 *  1. Dispatch is by table, never by a switch on argv[1].
 *  2. A command opens the database once its options parse (cmd_open_store);
 *     it is closed here, after run() returns.
 *  3. A failed write to stdout (full disk, closed pipe) is an error (exit 4),
 *     not a silent truncation: fflush and ferror are checked before exit.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

/*
 * To add a command: write src/cmd/NAME.c ending in `const struct cmd cmd_NAME`,
 * declare it in cmd/cmd.h, add a row here. Keep the rows sorted by name.
 */
static const struct cmd *const cmds[] = {
	&cmd_document,
	&cmd_export,
	&cmd_extract,
	&cmd_import,
	&cmd_ingest,
	&cmd_init,
	&cmd_plot,
	&cmd_report,
	&cmd_validate,
	&cmd_vintage,
};

static void print_main_help(FILE *f)
{
	fprintf(f,
		"usage: tradestat [--db PATH] COMMAND [OPTIONS] [ARGS]\n"
		"\n"
		"Records trade statistics from news articles and official releases,\n"
		"checks them against each other, and writes CSV and charts.\n"
		"\n"
		"commands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(cmds); i++)
		fprintf(f, "  %-10s %s\n", cmds[i]->name, cmds[i]->summary);
	fprintf(f,
		"\n"
		"global options:\n"
		"  --db PATH   database file (default: $TRADESTAT_DB, else ./tradestat.db)\n"
		"  --version   print the version\n"
		"  --help      this text; `tradestat COMMAND --help` for a command\n"
		"\n"
		"exit status: 0 ok, 1 findings at or above --fail-on, 2 usage error,\n"
		"3 bad input (file:line named), 4 database or I/O error\n");
}

static void print_cmd_help(const struct cmd *c)
{
	printf("usage: tradestat [--db PATH] %s %s\n\n%s\n", c->name, c->usage, c->summary);
	if (c->help && *c->help)
		printf("\noptions:\n%s", c->help);
}

int cmd_usage_error(const struct cmd *c, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "tradestat %s: %s\nusage: tradestat %s %s\n"
		"try 'tradestat %s --help'\n", c->name, msg, c->name, c->usage, c->name);
	return EXIT_USAGE;
}

static const struct cmd *find_cmd(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(cmds); i++)
		if (strcmp(cmds[i]->name, name) == 0)
			return cmds[i];
	return NULL;
}

/* --help anywhere before "--" asks for the command's help. */
static int wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct cmd_ctx ctx = { NULL, 0, NULL };
	const struct cmd *c;
	int i = 1, ret;

	/* A closed pipe (tradestat export | head) is an EPIPE write error, not a signal death. */
	signal(SIGPIPE, SIG_IGN);
	/* Past `ulimit -f` a write fails with EFBIG and is reported (the
	 * transaction rolls back), instead of the signal killing us silently. */
	signal(SIGXFSZ, SIG_IGN);
	ctx.db_path = getenv("TRADESTAT_DB");
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--version") == 0) {
			printf("tradestat %s\n", TS_VERSION);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			print_main_help(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			ctx.db_path = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			ctx.db_path = argv[i] + 5;
		} else {
			fprintf(stderr, "tradestat: unknown option '%s'\n", argv[i]);
			print_main_help(stderr);
			return EXIT_USAGE;
		}
	}
	if (!ctx.db_path || !*ctx.db_path)
		ctx.db_path = "tradestat.db";
	if (i >= argc) {
		print_main_help(stderr);
		return EXIT_USAGE;
	}
	c = find_cmd(argv[i]);
	if (!c) {
		fprintf(stderr, "tradestat: '%s' is not a command; see 'tradestat --help'\n", argv[i]);
		return EXIT_USAGE;
	}
	argc -= i;
	argv += i;
	if (wants_help(argc, argv)) {
		print_cmd_help(c);
		return fflush(stdout) || ferror(stdout) ? EXIT_DB : EXIT_OK;
	}
	ctx.flags = c->flags;
	optind = 1;
	ret = c->run(argc, argv, &ctx);
	store_close(ctx.store);
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		/* EXIT_DB: the command has said so already (cmd_close_out). */
		if (ret != EXIT_DB)
			error("cannot write standard output%s%s", errno ? ": " : "",
			      errno ? strerror(errno) : "");
		return ret ? ret : EXIT_DB;
	}
	return ret;
}

/*
 * main.c - the command table and the one place that turns results into
 * exit codes.
 *
 * `tradestat [--db PATH] COMMAND [OPTIONS] [ARGS]`: global options first,
 * then one command from cmds[], whose run() gets argv from the command name on.
 *
 * Invariants:
 *  1. Dispatch is by table, never by a switch on argv[1].
 *  2. A command's options are parsed here from its rows (opts_parse) before
 *     run(); it opens the database once its operands check (cmd_open_store),
 *     and it is closed here, after run() returns.
 *  3. A failed write to stdout (full disk) is an error (exit 4), not a
 *     silent truncation: fflush and ferror are checked before exit. A closed
 *     pipe (`tradestat export | head -1`) is not: the reader has what it
 *     wanted, and the command ends quietly with its own status (0).
 *  4. Messages quote input through buf_add_printable(): no control
 *     character from a file name or an argument reaches the terminal.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

/*
 * To add a command: write src/cmd/NAME.c ending in its option rows and
 * `const struct cmd cmd_NAME`, declare it in cmd/cmd.h, add a row here. Keep
 * the rows sorted by name.
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

static const struct cmd *find_cmd(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(cmds); i++)
		if (strcmp(cmds[i]->name, name) == 0)
			return cmds[i];
	return NULL;
}

/* "'imprt' is not a command", with the nearest command's name. */
static int unknown_cmd(const char *name)
{
	const struct cmd *best = NULL;
	unsigned bestd = 99;

	for (size_t i = 0; i < ARRAY_SIZE(cmds); i++) {
		unsigned d = opts_distance(name, cmds[i]->name);

		if (opts_near(name, cmds[i]->name) && d < bestd)
			best = cmds[i], bestd = d;
	}
	if (best)
		error("'%s' is not a command (did you mean '%s'?); see 'tradestat --help'",
		      name, best->name);
	else
		error("'%s' is not a command; see 'tradestat --help'", name);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	struct cmd_ctx ctx = { NULL, 0, NULL, NULL };
	const struct cmd *c;
	int i = 1, nargs, ret;

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
			error("unknown option '%s'", argv[i]);
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
	if (!c)
		return unknown_cmd(argv[i]);
	argc -= i;
	argv += i;
	ctx.opts = xcalloc(1, c->opts_size ? c->opts_size : 1);
	ret = opts_parse(c, argc, argv, ctx.opts, &nargs);
	if (ret == OPTS_HELP) {
		free(ctx.opts);
		opts_help(stdout, c);
		return fflush(stdout) || ferror(stdout) ? EXIT_DB : EXIT_OK;
	}
	if (ret != 0) {
		opts_release(c, ctx.opts);
		free(ctx.opts);
		return ret;
	}
	ctx.flags = c->flags;
	ret = c->run(nargs, argv, &ctx);
	/* What went to stdout cannot be taken back, but the status can say so. */
	if (store_read_unchanged() < 0 && ret < EXIT_DB)
		ret = EXIT_DB;
	store_close(ctx.store);
	opts_release(c, ctx.opts);
	free(ctx.opts);
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (stdout_pipe_closed())
			return ret;	/* invariant 3: `| head` */
		/* EXIT_DB: the command has said so already (cmd_close_out). */
		if (ret != EXIT_DB)
			error("cannot write standard output%s%s", errno ? ": " : "",
			      errno ? strerror(errno) : "");
		return ret ? ret : EXIT_DB;
	}
	return ret;
}

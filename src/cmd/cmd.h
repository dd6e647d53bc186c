/*
 * cmd.h - the command table's entries: one source file per command.
 *
 * To add a command: write src/cmd/NAME.c ending with its `const struct cmd
 * cmd_NAME`, declare it here, and add one row to cmds[] in main.c.
 *
 * Invariants:
 *  1. Only main.c and the files of cmd/ choose exit codes (enum exit_code).
 *  2. main.c handles --help and --db for every command; run() sees argv
 *     starting at the command name, with getopt's optind reset.
 *  3. A command that writes stdout leaves error detection to main, which
 *     checks fflush/ferror(stdout) after run() returns.
 */
#ifndef TS_CMD_H
#define TS_CMD_H

struct store;

enum exit_code {
	EXIT_OK = 0,		/* success */
	EXIT_FINDINGS = 1,	/* validation found problems at or above --fail-on */
	EXIT_USAGE = 2,		/* bad command line */
	EXIT_INPUT = 3,		/* bad input: the message names file:line or file:byte */
	EXIT_DB = 4		/* database or I/O error */
};

enum cmd_flags {
	CMD_DB = 1,		/* main opens the store (creating it if missing) */
	CMD_DB_READ = 2		/* main opens an existing store read-only */
};

struct cmd_ctx {
	const char *db_path;	/* --db, $TRADESTAT_DB or ./tradestat.db */
	struct store *store;	/* opened by main for CMD_DB / CMD_DB_READ, else NULL */
};

struct cmd {
	const char *name;
	const char *usage;	/* arguments after the name: "[OPTIONS] FILE..." */
	const char *summary;	/* one line for `tradestat --help` */
	const char *help;	/* the options, one per line, for `tradestat NAME --help` */
	unsigned flags;
	int (*run)(int argc, char **argv, struct cmd_ctx *ctx);
};

extern const struct cmd cmd_export;
extern const struct cmd cmd_extract;
extern const struct cmd cmd_import;
extern const struct cmd cmd_ingest;
extern const struct cmd cmd_init;
extern const struct cmd cmd_plot;
extern const struct cmd cmd_report;
extern const struct cmd cmd_validate;

/* Prints "usage: tradestat NAME USAGE" and a hint to stderr; returns EXIT_USAGE. */
int cmd_usage_error(const struct cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif

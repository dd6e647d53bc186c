/*
 * test_opts.c - the option parser (cmd/opts.c): values land at their rows'
 * offsets, bad command lines are usage errors that say why, and --help lists
 * every row of every command.
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
#include "check/check.h"
#include "cmd/cmd.h"

struct t_opts {
	const char *out, *date, *mode;
	double n;
	int verbose;
	struct opt_list tags;
};

static const char *const modes[] = { "fast", "slow", NULL };

static const struct opt t_rows[] = {
	{ .name = "output", .short_name = 'o', .kind = OPT_STRING, .off = offsetof(struct t_opts, out),
	  .argname = "FILE", .help = "where it goes" },
	{ .name = "vintage", .kind = OPT_DATE, .flags = OPT_SHAPES_STORE,
	  .off = offsetof(struct t_opts, date), .argname = "DATE", .help = "a date" },
	{ .name = "mode", .kind = OPT_CHOICE, .off = offsetof(struct t_opts, mode), .choices = modes,
	  .help = "how" },
	{ .name = "number", .kind = OPT_NUMBER, .off = offsetof(struct t_opts, n), .argname = "N",
	  .help = "a number" },
	{ .name = "verbose", .short_name = 'v', .kind = OPT_FLAG,
	  .off = offsetof(struct t_opts, verbose), .help = "say more" },
	{ .name = "tag", .kind = OPT_STRING, .flags = OPT_REPEAT, .off = offsetof(struct t_opts, tags),
	  .argname = "T", .help = "a tag; again for more" },
	OPT_END
};

static int t_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	(void)argc, (void)argv, (void)ctx;
	return 0;
}

static const struct cmd t_cmd = {
	.name = "t", .usage = "[OPTIONS] FILE...", .summary = "a test command", .opts = t_rows,
	.opts_size = sizeof(struct t_opts), .notes = "notes after the options\n", .run = t_run,
};

/* Runs the parser on a NULL-terminated list, capturing stderr into err. */
struct parsed {
	struct t_opts o;
	char *argv[16];
	int argc, nargs, rc;
	char err[2048];
};

static void parse(struct parsed *p, ...)
{
	va_list ap;
	const char *s;
	FILE *tmp = tmpfile();
	int saved = dup(2);
	size_t n;

	memset(p, 0, sizeof(*p));
	p->argv[p->argc++] = (char *)"t";
	va_start(ap, p);
	while ((s = va_arg(ap, const char *)) && p->argc < 15)
		p->argv[p->argc++] = (char *)s;
	va_end(ap);
	assert_non_null(tmp);
	fflush(stderr);
	dup2(fileno(tmp), 2);
	p->rc = opts_parse(&t_cmd, p->argc, p->argv, &p->o, &p->nargs);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	n = fread(p->err, 1, sizeof(p->err) - 1, tmp);
	p->err[n] = '\0';
	fclose(tmp);
}

static void release(struct parsed *p)
{
	opts_release(&t_cmd, &p->o);
}

static void test_opts_take_both_value_spellings_and_keep_operands_in_order(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "a.txt", "--output=x.csv", "--vintage", "2024-02-29", "b.txt", "-v",
	      "--number", "-1.5e3", "--mode", "slow", NULL);
	assert_int_equal(p.rc, 0);
	assert_string_equal(p.o.out, "x.csv");
	assert_string_equal(p.o.date, "2024-02-29");
	assert_string_equal(p.o.mode, "slow");
	assert_true(p.o.mode == modes[1]);	/* the table's own string */
	assert_true(p.o.n == -1500.0);
	assert_int_equal(p.o.verbose, 1);
	assert_int_equal(p.nargs, 2);
	assert_string_equal(p.argv[0], "a.txt");
	assert_string_equal(p.argv[1], "b.txt");
	assert_string_equal(p.err, "");
	release(&p);
}

static void test_opts_short_value_attached_or_next_and_prefix_of_long(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "-oout.svg", "--verb", NULL);
	assert_int_equal(p.rc, 0);
	assert_string_equal(p.o.out, "out.svg");
	assert_int_equal(p.o.verbose, 1);
	release(&p);
	parse(&p, "-o", "-", "-", NULL);	/* a value may start with '-'; "-" is an operand */
	assert_int_equal(p.rc, 0);
	assert_string_equal(p.o.out, "-");
	assert_int_equal(p.nargs, 1);
	assert_string_equal(p.argv[0], "-");
	release(&p);
}

static void test_opts_double_dash_ends_options(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "--verbose", "--", "--output", "-v", NULL);
	assert_int_equal(p.rc, 0);
	assert_null(p.o.out);
	assert_int_equal(p.nargs, 2);
	assert_string_equal(p.argv[0], "--output");
	assert_string_equal(p.argv[1], "-v");
	release(&p);
}

static void test_opts_repeated_option_collects_every_value(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "--tag", "a", "--tag=b", "x", "--tag", "c", NULL);
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.o.tags.n, 3);
	assert_string_equal(p.o.tags.v[0], "a");
	assert_string_equal(p.o.tags.v[1], "b");
	assert_string_equal(p.o.tags.v[2], "c");
	assert_int_equal(p.nargs, 1);
	release(&p);
	assert_null(p.o.tags.v);
	/* A single-valued option given twice: the last wins (as getopt did). */
	parse(&p, "-o", "first", "--output", "second", NULL);
	assert_string_equal(p.o.out, "second");
	release(&p);
}

static void test_opts_unknown_option_is_usage_error_with_suggestion(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "--vintgae", "2024-01-01", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "unknown option '--vintgae'"));
	assert_non_null(strstr(p.err, "did you mean '--vintage'?"));
	assert_non_null(strstr(p.err, "usage: tradestat t [OPTIONS] FILE..."));
	release(&p);
	parse(&p, "--zzzzzzzz", NULL);	/* nothing near: no suggestion */
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "unknown option '--zzzzzzzz'"));
	assert_null(strstr(p.err, "did you mean"));
	release(&p);
	parse(&p, "-x", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "unknown option '-x'"));
	release(&p);
}

static void test_opts_missing_argument_is_usage_error(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "a.txt", "--output", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "--output needs a value"));
	release(&p);
	parse(&p, "-o", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "-o needs a value"));
	release(&p);
	parse(&p, "--verbose=yes", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "--verbose takes no value"));
	release(&p);
}

static void test_opts_bad_values_are_usage_errors_naming_the_option(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "--vintage", "2023-02-29", NULL);	/* not a leap year */
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "bad --vintage '2023-02-29': use YYYY-MM-DD"));
	release(&p);
	parse(&p, "--vintage=2023-2-1", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	release(&p);
	parse(&p, "--mode", "medium", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	assert_non_null(strstr(p.err, "'medium' (fast or slow)"));
	release(&p);
	parse(&p, "--number", "12x", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	release(&p);
	parse(&p, "--number", "inf", NULL);
	assert_int_equal(p.rc, EXIT_USAGE);
	release(&p);
}

static void test_opts_ambiguous_prefix_lists_the_candidates(void **state)
{
	static const struct opt rows[] = {
		{ .name = "series", .kind = OPT_STRING, .off = 0 },
		{ .name = "series-column", .kind = OPT_STRING, .off = sizeof(char *) },
		{ .name = "scale", .kind = OPT_STRING, .off = 2 * sizeof(char *) },
		OPT_END
	};
	const struct cmd c = { .name = "t", .usage = "", .summary = "", .opts = rows,
			       .opts_size = 3 * sizeof(char *) };
	const char *o[3] = { 0 };
	char *argv[] = { "t", "--s", "x", "--series", "y", NULL };
	int n;

	(void)state;
	assert_int_equal(opts_parse(&c, 3, argv, o, &n), EXIT_USAGE);
	/* "--series" is a name of its own, not a prefix of --series-column. */
	char *argv2[] = { "t", "--series", "y", "--series-c", "z", NULL };
	assert_int_equal(opts_parse(&c, 5, argv2, o, &n), 0);
	assert_string_equal(o[0], "y");
	assert_string_equal(o[1], "z");
}

static void test_opts_help_wins_and_lists_every_option(void **state)
{
	struct parsed p;
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	parse(&p, "--bogus", "--help", NULL);
	assert_int_equal(p.rc, OPTS_HELP);
	release(&p);
	f = open_memstream(&text, &len);
	assert_non_null(f);
	opts_help(f, &t_cmd);
	fclose(f);
	assert_non_null(strstr(text, "usage: tradestat [--db PATH] t [OPTIONS] FILE..."));
	for (const struct opt *o = t_rows; o->name; o++) {
		char want[64];

		snprintf(want, sizeof(want), "--%s", o->name);
		assert_non_null(strstr(text, want));
		assert_non_null(strstr(text, o->help));
	}
	assert_non_null(strstr(text, "-o, --output FILE"));
	assert_non_null(strstr(text, "--mode fast|slow"));
	assert_non_null(strstr(text, "notes after the options"));
	free(text);
}

/* Real commands (import: the longest table; export: a short option): each
 * row shows in --help and lies inside the options struct. */
static void test_opts_real_command_help_lists_its_rows(void **state)
{
	const struct cmd *const cmds[] = { &cmd_export, &cmd_import };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cmds); i++) {
		char *text = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&text, &len);

		opts_help(f, cmds[i]);
		fclose(f);
		for (const struct opt *o = cmds[i]->opts; o && o->name; o++) {
			char want[64];

			snprintf(want, sizeof(want), "--%s ", o->name);
			if (o->kind == OPT_FLAG)
				snprintf(want, sizeof(want), "--%s", o->name);
			assert_non_null(strstr(text, want));
			assert_true(o->off + sizeof(void *) <= cmds[i]->opts_size ||
				    o->off + sizeof(int) <= cmds[i]->opts_size);
			assert_non_null(o->help);
		}
		free(text);
	}
}

static void test_opts_validate_rule_list_comes_from_the_rule_table(void **state)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	(void)state;
	opts_help(f, &cmd_validate);
	fclose(f);
	for (size_t i = 0; check_rule_name(i); i++)
		assert_non_null(strstr(text, check_rule_name(i)));
	free(text);
}

static void test_opts_import_marks_what_shapes_the_store(void **state)
{
	static const char *const shaping[] = {
		"vintage", "scale", "unit", "freq", "reporter", "partner", "flow",
		"series", "series-column", "period-column", "value-column",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(shaping); i++) {
		const struct opt *o = cmd_import.opts;

		while (o->name && strcmp(o->name, shaping[i]) != 0)
			o++;
		assert_non_null(o->name);
		assert_true(o->flags & OPT_SHAPES_STORE);
	}
	for (const struct opt *o = cmd_import.opts; o->name; o++)
		if (strcmp(o->name, "source") == 0 || strcmp(o->name, "title") == 0)
			assert_false(o->flags & OPT_SHAPES_STORE);
}

static void test_opts_distance_counts_edits_and_swaps(void **state)
{
	(void)state;
	assert_int_equal(opts_distance("import", "import"), 0);
	assert_int_equal(opts_distance("imprt", "import"), 1);
	assert_int_equal(opts_distance("fromat", "format"), 1);
	assert_int_equal(opts_distance("", "abc"), 3);
	assert_int_equal(opts_distance("kitten", "sitting"), 3);
	assert_true(opts_near("exprot", "export"));
	assert_false(opts_near("plot", "init"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_opts_take_both_value_spellings_and_keep_operands_in_order),
		cmocka_unit_test(test_opts_short_value_attached_or_next_and_prefix_of_long),
		cmocka_unit_test(test_opts_double_dash_ends_options),
		cmocka_unit_test(test_opts_repeated_option_collects_every_value),
		cmocka_unit_test(test_opts_unknown_option_is_usage_error_with_suggestion),
		cmocka_unit_test(test_opts_missing_argument_is_usage_error),
		cmocka_unit_test(test_opts_bad_values_are_usage_errors_naming_the_option),
		cmocka_unit_test(test_opts_ambiguous_prefix_lists_the_candidates),
		cmocka_unit_test(test_opts_help_wins_and_lists_every_option),
		cmocka_unit_test(test_opts_real_command_help_lists_its_rows),
		cmocka_unit_test(test_opts_validate_rule_list_comes_from_the_rule_table),
		cmocka_unit_test(test_opts_import_marks_what_shapes_the_store),
		cmocka_unit_test(test_opts_distance_counts_edits_and_swaps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * opts.c - the one option parser: a command's rows (struct opt, cmd.h) fill
 * its options struct before run(), and write its --help and usage errors.
 *
 * Input: argv after the command name, and the command's table. Output: the
 * struct filled at each row's offset, the operands moved to the front of argv.
 *
 * Invariants:
 *  1. Nothing but this file reads an option: no command has a getopt loop,
 *     so an option's spelling, check and help line exist once, in its row.
 *  2. A value is checked as its row's kind says (a date is YYYY-MM-DD, a
 *     choice one of its table) before run() sees it; a bad one is a usage
 *     error (EXIT_USAGE) naming the option, and nothing has been opened yet.
 *  3. Strings are borrowed from argv or from a choice table: the struct owns
 *     only the arrays of OPT_REPEAT lists (opts_release).
 *  4. The GNU getopt_long conventions the commands had hold still: operands
 *     anywhere, unambiguous prefixes of long names, "--" ends the options.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"

int cmd_usage_error(const struct cmd *c, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* msg may quote an argument: through notice(), never raw (main.c inv. 4). */
	notice("tradestat %s: %s", c->name, msg);
	fprintf(stderr, "usage: tradestat %s %s\ntry 'tradestat %s --help'\n", c->name,
		c->usage, c->name);
	return EXIT_USAGE;
}

unsigned opts_distance(const char *a, const char *b)
{
	unsigned d[3][64], *prev2 = d[0], *prev = d[1], *cur = d[2];
	size_t na = strlen(a), nb = strlen(b);

	if (na >= 64 || nb >= 64)
		return 99;
	for (size_t j = 0; j <= nb; j++)
		prev[j] = (unsigned)j;
	for (size_t i = 1; i <= na; i++) {
		cur[0] = (unsigned)i;
		for (size_t j = 1; j <= nb; j++) {
			unsigned cost = a[i - 1] != b[j - 1], v = prev[j - 1] + cost;

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;	/* "fromat": one swap */
			cur[j] = v;
		}
		unsigned *t = prev2;

		prev2 = prev, prev = cur, cur = t;
	}
	return prev[nb];
}

int opts_near(const char *typed, const char *name)
{
	size_t n = strlen(name);

	return opts_distance(typed, name) <= (n < 5 ? 1u : n < 9 ? 2u : 3u);
}

/* The i-th name of a choice option, NULL past the end. */
static const char *choice(const struct opt *o, size_t i)
{
	return o->choice_at ? o->choice_at(i) : o->choices[i];
}

/* "csv, jsonl" or "csv or jsonl" into b: the names of a choice option. */
static void choice_list(struct buf *b, const struct opt *o, const char *last_sep)
{
	const char *s;

	for (size_t i = 0; (s = choice(o, i)); i++) {
		if (i)
			buf_adds(b, choice(o, i + 1) ? ", " : last_sep);
		buf_adds(b, s);
	}
}

/* A usage error for a value its row refuses, saying what the row accepts. */
static int bad_value(const struct cmd *c, const struct opt *o, const char *arg)
{
	struct buf b = BUF_INIT;
	int rc;

	switch (o->kind) {
	case OPT_DATE:
		buf_adds(&b, "use YYYY-MM-DD");
		break;
	case OPT_CHOICE:
		choice_list(&b, o, " or ");
		break;
	default:
		buf_adds(&b, o->hint ? o->hint : "a number");
		break;
	}
	if (o->kind == OPT_DATE)
		rc = cmd_usage_error(c, "bad --%s '%s': %s", o->name, arg, b.s);
	else if (o->kind == OPT_CHOICE)
		rc = cmd_usage_error(c, "unknown --%s '%s' (%s)", o->name, arg, b.s);
	else
		rc = cmd_usage_error(c, "bad --%s '%s' (%s)", o->name, arg, b.s);
	buf_release(&b);
	return rc;
}

/* Converts and stores one value; returns 0 or EXIT_USAGE. */
static int store_value(const struct cmd *c, const struct opt *o, const char *arg, void *opts)
{
	void *field = (char *)opts + o->off;
	const char *value = arg;

	if (o->parse) {
		if (o->parse(arg, field) < 0)
			return bad_value(c, o, arg);
		return 0;
	}
	switch (o->kind) {
	case OPT_FLAG:
		*(int *)field = 1;
		return 0;
	case OPT_DATE:
		if (!date_valid(arg))
			return bad_value(c, o, arg);
		break;
	case OPT_NUMBER: {
		char *end;
		double v = strtod(arg, &end);

		if (!*arg || *end || !isfinite(v))
			return bad_value(c, o, arg);
		*(double *)field = v;
		return 0;
	}
	case OPT_CHOICE:
		value = NULL;
		for (size_t i = 0; choice(o, i) && !value; i++)
			if (strcmp(choice(o, i), arg) == 0)
				value = choice(o, i);
		if (!value)
			return bad_value(c, o, arg);
		break;
	case OPT_STRING:
		break;
	}
	if (o->flags & OPT_REPEAT) {
		struct opt_list *l = field;

		XGROW(l->v, l->alloc, l->n + 1);
		l->v[l->n++] = value;
	} else {
		*(const char **)field = value;
	}
	return 0;
}

/* "--vintge": unknown, with the nearest names as a hint. */
static int unknown_long(const struct cmd *c, const char *name, size_t len)
{
	char typed[64];
	const struct opt *best = NULL;
	unsigned bestd = 99;

	str_copy(typed, sizeof(typed), name, len);
	for (const struct opt *o = c->opts; o && o->name; o++) {
		unsigned d = opts_distance(typed, o->name);

		if (opts_near(typed, o->name) && d < bestd)
			best = o, bestd = d;
	}
	if (best)
		return cmd_usage_error(c, "unknown option '--%s' (did you mean '--%s'?)", typed,
				       best->name);
	return cmd_usage_error(c, "unknown option '--%s'", typed);
}

/* The row of "--name" (an exact name, else the one it begins), or NULL
 * after a usage error in *rc. */
static const struct opt *find_long(const struct cmd *c, const char *name, size_t len, int *rc)
{
	const struct opt *hit = NULL;
	int n = 0;

	for (const struct opt *o = c->opts; o && o->name; o++) {
		if (strlen(o->name) == len && memcmp(o->name, name, len) == 0)
			return o;
		if (strncmp(o->name, name, len) == 0)
			hit = o, n++;
	}
	if (n == 1)
		return hit;
	if (n > 1) {
		struct buf b = BUF_INIT;

		for (const struct opt *o = c->opts; o->name; o++)
			if (strncmp(o->name, name, len) == 0)
				buf_addf(&b, "%s--%s", b.len ? ", " : "", o->name);
		*rc = cmd_usage_error(c, "ambiguous option '--%.*s' (%s)", (int)len, name, b.s);
		buf_release(&b);
		return NULL;
	}
	*rc = unknown_long(c, name, len);
	return NULL;
}

static const struct opt *find_short(const struct cmd *c, char ch)
{
	for (const struct opt *o = c->opts; o && o->name; o++)
		if (o->short_name && o->short_name == ch)
			return o;
	return NULL;
}

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

int opts_parse(const struct cmd *c, int argc, char **argv, void *opts, int *nargs)
{
	int i = 1, n = 0, rc = 0;

	*nargs = 0;
	if (wants_help(argc, argv))
		return OPTS_HELP;
	for (; i < argc; i++) {
		char *a = argv[i];
		const struct opt *o;

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[0] != '-' || a[1] == '\0') {
			argv[n++] = a;	/* an operand: n < i, so nothing unread is overwritten */
			continue;
		}
		if (a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);

			if (!(o = find_long(c, name, len, &rc)))
				return rc;
			if (o->kind == OPT_FLAG && eq)
				return cmd_usage_error(c, "--%s takes no value", o->name);
			if (o->kind != OPT_FLAG && !eq && i + 1 >= argc)
				return cmd_usage_error(c, "--%s needs a value", o->name);
			rc = store_value(c, o, o->kind == OPT_FLAG ? "" : eq ? eq + 1 : argv[++i], opts);
			if (rc)
				return rc;
			continue;
		}
		/* -o FILE, -oFILE, or flags bundled: -ab */
		for (const char *p = a + 1; *p; p++) {
			if (!(o = find_short(c, *p)))
				return cmd_usage_error(c, "unknown option '-%c'", *p);
			if (o->kind == OPT_FLAG) {
				if ((rc = store_value(c, o, "", opts)))
					return rc;
				continue;
			}
			if (p[1])
				rc = store_value(c, o, p + 1, opts);
			else if (i + 1 < argc)
				rc = store_value(c, o, argv[++i], opts);
			else
				return cmd_usage_error(c, "-%c needs a value", *p);
			if (rc)
				return rc;
			break;
		}
	}
	while (i < argc)
		argv[n++] = argv[i++];
	*nargs = n;
	return 0;
}

void opts_release(const struct cmd *c, void *opts)
{
	for (const struct opt *o = c->opts; opts && o && o->name; o++) {
		if (o->flags & OPT_REPEAT) {
			struct opt_list *l = (void *)((char *)opts + o->off);

			free(l->v);
			memset(l, 0, sizeof(*l));
		}
	}
}

/* "  -o, --output FILE" or "  --layout long|wide": the left column of help. */
static void help_left(struct buf *b, const struct opt *o)
{
	buf_adds(b, "  ");
	if (o->short_name)
		buf_addf(b, "-%c, ", o->short_name);
	buf_addf(b, "--%s", o->name);
	if (o->kind == OPT_FLAG)
		return;
	buf_addc(b, ' ');
	if (o->argname)
		buf_adds(b, o->argname);
	else if (o->kind == OPT_CHOICE)
		for (size_t i = 0; choice(o, i); i++)
			buf_addf(b, "%s%s", i ? "|" : "", choice(o, i));
	else
		buf_adds(b, "VALUE");
	if (o->flags & OPT_REPEAT)
		buf_adds(b, "...");
}

/* Writes s with every line after the first indented to column col. */
static void help_text(FILE *f, const char *s, int col)
{
	for (const char *nl; (nl = strchr(s, '\n')); s = nl + 1)
		fprintf(f, "%.*s\n%*s", (int)(nl - s), s, col, "");
	fprintf(f, "%s\n", s);
}

#define HELP_COL_MAX 26

void opts_help(FILE *f, const struct cmd *c)
{
	struct buf b = BUF_INIT;
	int col = 0;

	fprintf(f, "usage: tradestat [--db PATH] %s %s\n\n%s\n", c->name, c->usage, c->summary);
	for (const struct opt *o = c->opts; o && o->name; o++) {
		buf_reset(&b);
		help_left(&b, o);
		if ((int)b.len + 2 > col && b.len + 2 <= HELP_COL_MAX)
			col = (int)b.len + 2;
	}
	if (c->opts && c->opts->name)
		fprintf(f, "\noptions:\n");
	for (const struct opt *o = c->opts; o && o->name; o++) {
		buf_reset(&b);
		help_left(&b, o);
		if ((int)b.len + 1 > col)
			fprintf(f, "%s\n%*s", b.s, col, "");
		else
			fprintf(f, "%-*s", col, b.s);
		help_text(f, o->help ? o->help : "", col);
		if (o->kind == OPT_CHOICE && o->argname) {
			/* A list from its own table (the rules): shown, never typed here. */
			buf_reset(&b);
			buf_adds(&b, "one of: ");
			choice_list(&b, o, ", ");
			fprintf(f, "%*s%s\n", col, "", b.s);
		}
	}
	if (c->notes && *c->notes)
		fputs(c->notes, f);
	buf_release(&b);
}

char *opts_identity(const struct cmd *c, const void *opts)
{
	struct buf b = BUF_INIT;
	char num[FMT_NUM_MAX];

	for (const struct opt *o = c->opts; o && o->name; o++) {
		const char *at = (const char *)opts + o->off;
		const char *s = NULL;

		if (!(o->flags & OPT_SHAPES_STORE) || (o->flags & OPT_REPEAT))
			continue;
		if (o->kind == OPT_FLAG)
			s = *(const int *)(const void *)at ? "1" : NULL;
		else if (o->kind == OPT_NUMBER)
			s = *(const double *)(const void *)at != 0 ?
			    fmt_num(*(const double *)(const void *)at, num) : NULL;
		else
			s = *(const char *const *)(const void *)at;
		if (!s)
			continue;
		/* name=value lines, a value's own newlines escaped: one line each. */
		buf_adds(&b, o->name);
		buf_addc(&b, '=');
		for (; *s; s++) {
			if (*s == '\\' || *s == '\n')
				buf_addc(&b, '\\');
			buf_addc(&b, *s == '\n' ? 'n' : *s);
		}
		buf_addc(&b, '\n');
	}
	return buf_detach(&b, NULL);
}

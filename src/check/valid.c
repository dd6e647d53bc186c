/*
 * valid.c - the table of validation rules, running them, and severity names.
 *
 * Input: the facts cmd/validate.c loaded, and optionally one rule's name.
 * Output: every finding of every rule (or of the named one), through emit.
 *
 * Invariants:
 *  1. rules[] is the one list of rules; its order is the order they run in,
 *     so the same input gives the same findings in the same order.
 *  2. check_run() stops at the first non-zero value emit returns and hands
 *     it back unchanged; -1 from check_run itself means "no such rule".
 *  3. severity_name() and severity_parse() are inverse to each other.
 */
#include "check/check.h"

#include "base/base.h"

#include <string.h>

/* The rules in the order they run: check.h's CHECK_RULES, one row a rule. */
#define RULE_ROW(name) &rule_##name,
static const struct rule *const rules[] = { CHECK_RULES(RULE_ROW) };
#undef RULE_ROW

const struct rule *const *check_rules(size_t *n)
{
	*n = ARRAY_SIZE(rules);
	return rules;
}

const char *check_rule_name(size_t i)
{
	return i < ARRAY_SIZE(rules) ? rules[i]->name : NULL;
}

/* The names of all rules, for the message about an unknown one. */
static void rule_names(struct buf *out)
{
	for (size_t i = 0; i < ARRAY_SIZE(rules); i++) {
		if (i)
			buf_adds(out, ", ");
		buf_adds(out, rules[i]->name);
	}
}

int check_run(const struct check_input *in, const char *only, finding_fn emit, void *ctx)
{
	int found = 0;

	for (size_t i = 0; i < ARRAY_SIZE(rules); i++) {
		int rc;

		if (only && strcmp(only, rules[i]->name))
			continue;
		found = 1;
		rc = rules[i]->run(in, emit, ctx);
		if (!rc && rules[i]->series)
			rc = rules[i]->series(in, emit, ctx);
		if (rc)
			return rc;
	}
	if (!found) {
		struct buf names = BUF_INIT;

		rule_names(&names);
		error("unknown rule '%s' (rules: %s)", only, names.s ? names.s : "");
		buf_release(&names);
		return -1;
	}
	return 0;
}

static const char *const severity_names[] = {
	[SEV_INFO] = "info",
	[SEV_WARNING] = "warning",
	[SEV_ERROR] = "error",
};

const char *severity_name(enum severity s)
{
	/* Only our own code makes a severity, so a value out of range is ours. */
	if ((size_t)s >= ARRAY_SIZE(severity_names))
		BUG("bad severity %d", (int)s);
	return severity_names[s];
}

int severity_parse(const char *s, enum severity *out)
{
	if (!s)
		return -1;
	for (size_t i = 0; i < ARRAY_SIZE(severity_names); i++) {
		if (!strcmp(s, severity_names[i])) {
			*out = (enum severity)i;
			return 0;
		}
	}
	return -1;
}

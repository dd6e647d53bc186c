/*
 * base.c - figures that are not their period's whole official value though
 * read with its period: a running total ("already", "so far"), the base of a
 * figure to date, the base of a private forecast (basis.c's invariants 6 and
 * 12, 13; moved here to keep basis.c short).
 *
 * Input: a fact and the facts of its document. Output: whether it is a
 * running total, the later figure it is the base of, and the cap on a
 * finding about it (struct basis_cmp, as basis.c).
 *
 * Invariants:
 *  1. The base of a forecast (basis_forecast_base): a figure for a period
 *     over, in a sentence that also forecasts the same reporter's trade for
 *     a later period ("Morgan expects Taiwan's overall trade surplus to grow
 *     to 18.5 billion dlrs in 1987 from 15.2 billion last year"), where the
 *     sentence names no official source (a ministry, bureau, department,
 *     customs, a central bank, statistics, a government or its officials),
 *     is the forecaster's own figure for the base: a study's estimate, made
 *     when and on the basis it was, not known to be the official figure.
 *     Any finding about it is at most info, and says so. A forecast a
 *     ministry or a statistics office gives keeps its base comparable.
 *  2. The base of a figure to date: a figure for a period over, in a
 *     sentence that gives the same trade for a later period not over on
 *     the article's date ("First quarter exports rose to 11.25 billion...
 *     Imports rose to 7.08 billion from 5.33 billion last year", the 7.08
 *     read as 1987 in April 1987), is the same part of its period - the
 *     base a change to date is measured from - not the whole period's
 *     value, whatever period it was read as. At most info, and says so
 *     (basis_forecast_base returns that figure, official source or not).
 *  3. A running total (basis_to_date): basis.c, invariant 6.
 */
#include "check/check.h"

#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* 1 when s holds w (lower case) at the start of a word, whatever its case. */
static int has_word(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = s; *p; p++) {
		size_t i = 0;

		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		while (i < n && p[i] && tolower((unsigned char)p[i]) == w[i])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* Words that make a figure of a period not yet over a running total: what
 * was done by the article's date, not the period's value or estimate. */
static const char *const to_date_words[] = {
	"already", "so far", "to date", "thus far", "until now", "up to now",
	"year-to-date", "cumulative",
};

int basis_to_date(const struct fact *f)
{
	if (!basis_period_open(f))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(to_date_words); i++)
		if (has_word(check_text(f->sentence), to_date_words[i]))
			return 1;
	return 0;
}

/* Words that name an official source of trade figures, lower case: a
 * sentence holding one credits its figures to an official body (or may). */
static const char *const official_words[] = {
	"ministry", "minister", "bureau", "department", "government", "customs",
	"central bank", "bank of ", "bundesbank", "reserve bank", "statistic", "official",
	"office", "agency", "authorities", "treasury", "commission", "secretary",
	"council", "cabinet",
};

int basis_official_sentence(const char *sentence)
{
	for (size_t i = 0; i < ARRAY_SIZE(official_words); i++)
		if (has_word(check_text(sentence), official_words[i]))
			return 1;
	return 0;
}

/* Invariant 13: the figure to date in f's sentence, of the same trade as f
 * for a later period not over on its date, of which f is the base. */
static const struct fact *to_date_base(const struct fact *f, const struct fact *facts, size_t n)
{
	char last[11], first[11];

	if (!check_text(f->sentence)[0] || !basis_period_last(f->period, last) ||
	    basis_period_open(f))
		return NULL;
	for (size_t i = 0; i < n; i++) {
		const struct fact *g = &facts[i];

		if (g != f && g->doc_id == f->doc_id &&
		    !strcmp(check_text(g->sentence), check_text(f->sentence)) &&
		    !strcmp(check_text(g->kind), check_text(f->kind)) &&
		    !strcmp(check_text(g->unit), check_text(f->unit)) &&
		    !strcmp(check_text(g->measure), check_text(f->measure)) &&
		    !strcmp(check_text(g->flow), check_text(f->flow)) &&
		    !strcmp(check_text(g->reporter), check_text(f->reporter)) &&
		    !strcmp(check_text(g->partner), check_text(f->partner)) &&
		    !strcmp(check_text(g->commodity), check_text(f->commodity)) &&
		    basis_period_open(g) && basis_period_first(g->period, first) &&
		    strcmp(first, last) > 0)
			return g;
	}
	return NULL;
}

const struct fact *basis_forecast_base(const struct fact *f, const struct fact *facts, size_t n)
{
	char last[11], first[11];
	const struct fact *g = to_date_base(f, facts, n);

	if (g)
		return g;
	if (!strcmp(check_text(f->measure), "forecast") ||
	    !strcmp(check_text(f->measure), "target") ||
	    !check_text(f->sentence)[0] || !basis_period_last(f->period, last) ||
	    basis_official_sentence(f->sentence))
		return NULL;
	for (size_t i = 0; i < n; i++) {
		const struct fact *g = &facts[i];

		if (g != f && g->doc_id == f->doc_id &&
		    !strcmp(check_text(g->measure), "forecast") &&
		    !strcmp(check_text(g->sentence), check_text(f->sentence)) &&
		    !strcmp(check_text(g->kind), check_text(f->kind)) &&
		    !strcmp(check_text(g->reporter), check_text(f->reporter)) &&
		    basis_period_first(g->period, first) && strcmp(first, last) > 0)
			return g;
	}
	return NULL;
}

void basis_cap_forecast_base(struct basis_cmp *out, const struct fact *f,
			     const struct fact *forecast)
{
	char why[sizeof(out->why)];
	const char *path = check_text(f->doc);
	const char *doc = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

	if (!forecast)
		return;
	if (strcmp(check_text(forecast->measure), "forecast"))
		snprintf(why, sizeof(why), "%s is the base of %s for %s, a period not over on %s "
			 "(%s): the same part of %s, not its whole", f->text, forecast->text,
			 check_text(forecast->period), check_text(forecast->published), doc,
			 check_text(f->period));
	else
		snprintf(why, sizeof(why), "%s is the base of a forecast (%s for %s) in a sentence "
			 "of %s naming no official source: the forecaster's own figure", f->text,
			 forecast->text, check_text(forecast->period), doc);
	for (char *p = why; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (SEV_INFO < out->cap) {	/* basis.c's cap(): the first reason only */
		out->cap = SEV_INFO;
		if (out->comparable)
			snprintf(out->why, sizeof(out->why), "%s", why);
	}
}

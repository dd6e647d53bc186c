/*
 * rule_attribution.c - the same figure credited to different statistical
 * sources by different articles ("Chinese customs data" in four, "China's
 * State Bureau of Statistics" in the fifth).
 *
 * Input: the facts; each one's sentence is scanned for a source phrase.
 * Output: a warning per fact whose source differs from the one most
 * articles give for the same figure, naming both phrases and documents.
 *
 * Invariants:
 *  1. "The same figure" is check_figure_cmp() equality plus agreeing values
 *     (tol_overlaps): figures that disagree are the agreement rule's
 *     business, and two different numbers may well have two sources.
 *  2. A phrase maps to a kind of source (customs, statistics bureau,
 *     commerce ministry, ...); a sentence naming two kinds credits neither,
 *     since we cannot tell which of them the figure is from.
 *  3. The source most facts of the group give is the reference (ties go to
 *     the source of the earliest fact); only facts that differ from it are
 *     reported, each once, against the earliest agreeing fact of another
 *     document that gives it. Output follows the facts' input order.
 *  4. O(n log n) for the sort; O(g) per reported fact within its group. *  5. A credit that differs is a warning (never an error: two sources may
 *     well publish one number), and at most info when the figure's
 *     reporter, partner or flow is unknown: without a subject, "the same
 *     figure" is a guess (issue 16, point 1).
 */
#include "check/check.h"

#include "base/base.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Phrases naming a source, lower case, and the kind of source each is.
 * Longer phrases come first so that the message quotes the fullest one. */
static const struct source {
	const char *phrase;
	const char *kind;
} sources[] = {
	{ "general administration of customs", "customs" },
	{ "federal customs service", "customs" },
	{ "customs administration", "customs" },
	{ "customs statistics", "customs" },
	{ "customs figures", "customs" },
	{ "customs data", "customs" },
	{ "chinese customs", "customs" },
	{ "china's customs", "customs" },
	{ "china\xe2\x80\x99s customs", "customs" },
	{ "china customs", "customs" },
	{ "gacc", "customs" },
	{ "national bureau of statistics", "statistics bureau" },
	{ "state bureau of statistics", "statistics bureau" },
	{ "state statistics bureau", "statistics bureau" },
	{ "state statistical bureau", "statistics bureau" },
	{ "federal state statistics service", "statistics bureau" },
	{ "statistics bureau", "statistics bureau" },
	{ "bureau of statistics", "statistics bureau" },
	{ "rosstat", "statistics bureau" },
	{ "ministry of commerce", "commerce ministry" },
	{ "commerce ministry", "commerce ministry" },
	{ "mofcom", "commerce ministry" },
	{ "central bank", "central bank" },
	{ "people's bank of china", "central bank" },
};

/* Where a fact's source phrase is in its sentence. */
struct credit {
	const char *kind;	/* static: sources[].kind, or NULL for none */
	const char *at;		/* borrowed: the phrase as written in the sentence */
	size_t len;
};

static int word_edge(const char *s, size_t i)
{
	return !isalnum((unsigned char)s[i]);
}

/* 1 for each byte a phrase starts with (both cases): most words start
 * with none of them and are passed over at one table lookup. */
static void first_bytes(unsigned char first[256])
{
	memset(first, 0, 256);
	for (size_t k = 0; k < ARRAY_SIZE(sources); k++) {
		first[(unsigned char)sources[k].phrase[0]] = 1;
		first[(unsigned char)toupper((unsigned char)sources[k].phrase[0])] = 1;
	}
}

/* The one kind of source the sentence names, or kind NULL. */
static struct credit credit_of(const struct fact *f, const unsigned char first[256])
{
	struct credit c = { NULL, NULL, 0 };
	const char *s = f->sentence;
	size_t n = strlen(s);

	for (size_t i = 0; i < n; i++) {
		if ((i && !word_edge(s, i - 1)) || !first[(unsigned char)s[i]])
			continue;
		for (size_t k = 0; k < ARRAY_SIZE(sources); k++) {
			size_t len = strlen(sources[k].phrase);

			/* The first letter rules out nearly every phrase cheaply. */
			if (tolower((unsigned char)s[i]) != sources[k].phrase[0] ||
			    len > n - i || strncasecmp(s + i, sources[k].phrase, len) ||
			    !word_edge(s, i + len))
				continue;
			if (c.kind && strcmp(c.kind, sources[k].kind))
				return (struct credit){ NULL, NULL, 0 };
			if (!c.kind)
				c = (struct credit){ sources[k].kind, s + i, len };
			break;
		}
	}
	return c;
}

static int ptr_cmp(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;
	int c = check_figure_cmp(a, b);

	return c ? c : (a > b) - (a < b);
}

static int compared(const struct fact *f)
{
	return (!strcmp(f->kind, "money") || !strcmp(f->kind, "quantity") ||
		!strcmp(f->kind, "percent")) && f->period[0] && f->measure[0] &&
	       isfinite(f->value);
}

/* The reference kind of a group: most facts, ties to the earliest fact. */
static const char *reference_kind(const struct credit *cr, size_t len)
{
	const char *best = NULL;
	size_t best_n = 0;

	for (size_t i = 0; i < len; i++) {
		size_t n = 0;

		if (!cr[i].kind)
			continue;
		for (size_t j = 0; j < len; j++)
			n += cr[j].kind && !strcmp(cr[j].kind, cr[i].kind);
		/* Members are in input order: the first of a tie wins. */
		if (n > best_n)
			best = cr[i].kind, best_n = n;
	}
	return best;
}

static void report(const struct fact *f, const struct credit *fc, const struct fact *o,
		   const struct credit *oc, size_t others, struct finding *out)
{
	/* The figures agree (the group holds only agreeing ones); the credit
	   does not, which is a warning whatever the values say. */
	const char *field[] = { "reporter", "partner", "flow" };
	const char *val[] = { f->reporter, f->partner, f->flow };
	const char *unknown = NULL;
	int n;

	tol_finding_vs_claim(out, rule_attribution.name, f, o, 1);
	out->severity = SEV_WARNING;
	/* Invariant 5: a subject field unknown (on both sides: the group's key
	 * holds it) makes "the same figure" a guess. */
	for (size_t i = 0; i < ARRAY_SIZE(field) && !unknown; i++)
		if (!val[i][0])
			unknown = field[i];
	if (unknown)
		out->severity = SEV_INFO;
	n = snprintf(out->message, sizeof(out->message),
		     "%s is credited to '%.*s' here, but to '%.*s' in %s (%zu agreeing "
		     "figure%s in other articles credit%s it to %s, not to the %s)",
		     f->text, (int)fc->len, fc->at, (int)oc->len, oc->at, o->doc, others,
		     others == 1 ? "" : "s", others == 1 ? "s" : "", oc->kind, fc->kind);
	if (unknown && n >= 0 && (size_t)n < sizeof(out->message))
		snprintf(out->message + n, sizeof(out->message) - (size_t)n,
			 " (at most info: %s unknown on both sides)", unknown);
}

static int attribution_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	const struct fact **sorted;
	struct credit *cr;
	const char **ref;
	unsigned char first[256];
	size_t n = 0, *pos;
	int rc = 0;

	if (in->nfacts < 2)
		return 0;
	first_bytes(first);
	sorted = xcalloc(in->nfacts, sizeof(*sorted));
	for (size_t i = 0; i < in->nfacts; i++)
		if (compared(&in->facts[i]))
			sorted[n++] = &in->facts[i];
	qsort(sorted, n, sizeof(*sorted), ptr_cmp);
	cr = xcalloc(n + 1, sizeof(*cr));
	ref = xcalloc(n + 1, sizeof(*ref));
	pos = xcalloc(in->nfacts, sizeof(*pos));
	for (size_t k = 0; k < n; k++)
		pos[sorted[k] - in->facts] = k + 1;	/* 0: not compared */
	/* Each group's reference kind, stored at every member. A figure only
	 * one fact states has nothing to disagree with: its sentence is not read. */
	for (size_t s = 0, e; s < n; s = e) {
		const char *r;

		for (e = s + 1; e < n && !check_figure_cmp(sorted[s], sorted[e]); e++)
			;
		if (e - s < 2)
			continue;
		for (size_t k = s; k < e; k++)
			cr[k] = credit_of(sorted[k], first);
		r = reference_kind(cr + s, e - s);
		for (size_t k = s; k < e; k++)
			ref[k] = r;
	}

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		size_t k = pos[i], s, e, others = 0;
		const struct fact *f = &in->facts[i], *o = NULL;
		const struct credit *oc = NULL;
		struct finding out;

		if (!k-- || !cr[k].kind || !ref[k] || !strcmp(cr[k].kind, ref[k]))
			continue;
		for (s = k; s > 0 && !check_figure_cmp(sorted[s - 1], f); s--)
			;
		for (e = k + 1; e < n && !check_figure_cmp(sorted[e], f); e++)
			;
		for (size_t j = s; j < e; j++) {
			if (sorted[j]->doc_id == f->doc_id || !cr[j].kind ||
			    strcmp(cr[j].kind, ref[k]) ||
			    !tol_overlaps(tol_side(f), tol_side(sorted[j])))
				continue;
			if (!o)
				o = sorted[j], oc = &cr[j];
			others++;
		}
		if (!o)
			continue;
		report(f, &cr[k], o, oc, others, &out);
		rc = emit(ctx, &out);
	}
	free(pos);
	free(ref);
	free(cr);
	free(sorted);
	return rc;
}

const struct rule rule_attribution = {
	.name = "attribution",
	.summary = "the same figure credited to different statistical sources",
	.order = CHECK_BY_FIGURE,
	.run = attribution_run,
};

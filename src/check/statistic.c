/*
 * statistic.c - which statistic a bare figure is (no flow, no commodity, not
 * a balance: nothing says it is a trade figure), as its sentence names it:
 * rule_agreement's invariant 15 ("195 mln stg of help" is not "a 1.10
 * billion stg shortage" of the same day).
 *
 * Input: two facts with their sentences. Output: whether they may be one
 * statistic.
 *
 * Invariants:
 *  1. A figure is named by up to WHAT_MAX words: those after its mention up
 *     to a function word or a stop, else the first content word before it.
 *  2. Two bare figures are one statistic only when they share such a word;
 *     a figure that is not bare is any statistic its fields say.
 */
#include "check/check.h"

#include <string.h>

/*
 * Invariant 1. What a figure is, as its sentence names it: the words
 * that follow the mention ("of help", "shortage", "late help") up to a
 * function word or a stop, else the first content word before it,
 * skipping hedges and prepositions ("shortage of around 800 mln stg",
 * "today's shortfall to 1.25 billion"). Words are lowercased, with a
 * possessive or plural "s" dropped, so "shortfalls" is "shortfall".
 */
enum { WHAT_MAX = 3, WHAT_LEN = 24 };

struct what {
	char w[WHAT_MAX][WHAT_LEN];
	int n;
};

static int function_word(const char *w)
{
	static const char *const fw[] = {
		"a", "about", "above", "after", "against", "almost", "an", "and", "around",
		"as", "at", "be", "been", "below", "but", "by", "compared", "down", "each",
		"from", "in", "into", "is", "it", "its", "last", "nearly", "of", "on", "or",
		"over", "per", "some", "than", "that", "the", "their", "this", "to", "today",
		"under", "up", "was", "were", "which", "while", "with", "would", "year",
		"yesterday", "will", "has", "had", "have", "further", "total", "net",
		"estimated", "only", "just", "another", "roughly", "approximately", "mln",
		"billion", "million", "stg", "dlrs", "pct", "percent", "pounds", "dollars",
		"for", "if", "not", "no", "are", "said", "say", "also", "then", "these",
		"those", "they", "he", "she", "we", "there", "his", "her", "our", "all",
		"more", "less", "between", "through", "during", "before", "since", "until",
		"because", "when", "where", "who", "what", "so", "both", "via", "within",
		"without", "off", "out", "plus", "respectively", "earlier", "ago", "now",
		"bln", "trillion", "dlr",
	};

	for (size_t k = 0; k < sizeof(fw) / sizeof(fw[0]); k++)
		if (!strcmp(w, fw[k]))
			return 1;
	return 0;
}

/* Reads the word ending before end (backwards) or starting at p (forwards)
 * into out, lowercased; returns its length in the text, 0 when the next
 * thing is not a letter (a digit, punctuation: a stop). */
static size_t word_at(const char *p, const char *lim, char out[static WHAT_LEN])
{
	size_t n = 0, k = 0;

	while (p + n < lim && (((unsigned char)p[n] >= 'A' && (unsigned char)p[n] <= 'Z') ||
			       ((unsigned char)p[n] >= 'a' && (unsigned char)p[n] <= 'z') ||
			       (p[n] == '\'' && n > 0))) {
		if (k + 1 < WHAT_LEN)
			out[k++] = (char)(p[n] | 0x20);
		n++;
	}
	out[k] = 0;
	if (k >= 2 && out[k - 2] == '\'' && out[k - 1] == 's')
		out[k -= 2] = 0;
	else if (k > 3 && out[k - 1] == 's' && out[k - 2] != 's')
		out[--k] = 0;
	if (k && out[k - 1] == '\'')
		out[--k] = 0;
	return n;
}

static int is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static void what_of(const struct fact *f, struct what *w)
{
	const char *s = check_text(f->sentence), *m = strstr(s, check_text(f->text));
	const char *lim = s + strlen(s), *p;
	char word[WHAT_LEN];
	size_t n;

	w->n = 0;
	if (!m || !f->text || !f->text[0])
		return;
	/* After: "of X" is X; else the content words up to a stop. */
	p = m + strlen(f->text);
	while (w->n < WHAT_MAX) {
		while (p < lim && is_space(*p))
			p++;
		if (!(n = word_at(p, lim, word)))
			break;
		p += n;
		if (!strcmp(word, "of") && !w->n)
			continue;
		if (function_word(word))
			break;
		strcpy(w->w[w->n++], word);
	}
	if (w->n)
		return;
	/* Before: the first content word, skipping function words. */
	p = m;
	while (p > s) {
		const char *e;

		while (p > s && is_space(p[-1]))
			p--;
		e = p;
		while (p > s && ((((unsigned char)p[-1] | 0x20) >= 'a' &&
				  ((unsigned char)p[-1] | 0x20) <= 'z') || p[-1] == '\''))
			p--;
		if (p == e || !word_at(p, e, word))
			return;
		if (!function_word(word)) {
			strcpy(w->w[w->n++], word);
			return;
		}
	}
}

static int bare(const struct fact *f)
{
	return !(f->flow && f->flow[0]) && !(f->commodity && f->commodity[0]) &&
	       strcmp(check_text(f->measure), "balance");
}

int statistic_same(const struct fact *a, const struct fact *b)
{
	struct what wa, wb;

	if (!bare(a) || !bare(b))
		return 1;
	what_of(a, &wa);
	what_of(b, &wb);
	for (int i = 0; i < wa.n; i++)
		for (int j = 0; j < wb.n; j++)
			if (!strcmp(wa.w[i], wb.w[j]))
				return 1;
	return 0;
}

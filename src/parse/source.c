/*
 * source.c - whose figure it is: the statistics agency or organisation a
 * figure is attributed to ("..., the Bank of Thailand said", "according to
 * the Commerce Ministry", "customs figures show", "MITI reported", "the
 * Census Bureau's statistics"), for claim.source (issue 16: two agencies of
 * one country publish different compilations of the same trade).
 *
 * Input: the token array (only its sentences' byte ranges and paragraphs are
 * read) and a sentence. Output: struct claim's source, a short name.
 *
 * Invariants:
 *  1. Scope, in this order: the figure's sentence; else the other sentences
 *     of its paragraph; else the story lead (the dateline's paragraph, else
 *     the first paragraph). The first attribution found in a scope wins.
 *  2. An attribution counts only when the words name an organisation: a
 *     head word (department, ministry, bank, bureau, office, customs,
 *     agency, ...) or a name of data/lexicon/sources.tsv. A person or a
 *     pronoun ("Siri said", "He said", "It said") is no source: the next
 *     scope is read.
 *  3. A known agency is its short name from the lexicon (class sourcename:
 *     "Business Economics Department" -> "Commerce Ministry"), looked up on
 *     the longest tail of the phrase ("U.S. Commerce Department" ->
 *     "Commerce Department"). "the department" alone is the organisation
 *     a sentence before it named with that head word, else no source.
 *  4. Any other organisation is its words as written, single-spaced, a
 *     leading "the" dropped, control bytes and DEL removed, cut at a word
 *     (and never inside a UTF-8 sequence) to fit SOURCE_MAX - 1 bytes.
 *  5. The answer depends on the sentence only: it is worked out once per
 *     sentence (g->src, the last sentence asked) for all its figures.
 *  6. No source named: "" (blank). Any byte sequence reads in bounded time:
 *     at most SRC_WORDS words of a sentence and SRC_SENTS sentences of the
 *     story are looked at.
 */
#include <string.h>

#include "parse/parse_int.h"
#include "base/base.h"

#define SRC_WORDS 96	/* words of one sentence read */
#define SRC_SENTS 64	/* sentences read to resolve "the department" */

struct sw {
	const char *p;	/* the word without leading punctuation */
	size_t n;	/* its bytes, trailing punctuation and "'s" removed */
	int stop;	/* 1: a comma, semicolon, colon, bracket or quote follows it */
	int poss;	/* 1: it was written with "'s" */
	int paren;	/* 1: it opens a bracket ("(HGCA)") */
	uint32_t lex;	/* its lexicon entry (a W_ constant), 0 when none */
};

static int is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');	/* \t \n \v \f \r */
}

/* ( " ' [ before a word. */
static int opener(char c)
{
	return c == '(' || c == '"' || c == '\'' || c == '[';
}

/* , ; : ) " ] ' after a word. */
static int closer(char c)
{
	return c == ',' || c == ';' || c == ':' || c == ')' || c == '"' || c == ']' || c == '\'';
}

/* Splits sentence s's bytes into at most max words. A word that is a whole
 * word token takes that token's lexicon entry (the same lookup, made once by
 * the lexer); any other is looked up. */
static size_t split(const struct gram *g, size_t s_, struct sw *w, size_t max)
{
	const char *buf = g->d->buf;
	size_t t = g->s[s_].t0, t1 = g->s[s_].t1;
	size_t b0 = g->t[t].off, b1 = g->t[t1 - 1].off + g->t[t1 - 1].len;
	size_t n = 0, i = b0;

	while (i < b1 && n < max) {
		while (i < b1 && is_space((unsigned char)buf[i]))
			i++;
		size_t s = i;
		while (i < b1 && !is_space((unsigned char)buf[i]))
			i++;
		size_t e = i;
		int paren = s < e && (buf[s] == '(' || buf[s] == '[');
		while (s < e && opener(buf[s]))
			s++;
		int stop = 0;
		while (e > s && closer(buf[e - 1])) {
			stop = 1;
			e--;
		}
		/* "U.S." keeps its dots, a sentence's last word not */
		if (e > s && buf[e - 1] == '.' && !memchr(buf + s, '.', e - 1 - s))
			e--;
		if (e == s)
			continue;
		w[n].poss = 0;
		if (e - s > 2 && buf[e - 2] == '\'' && (buf[e - 1] == 's' || buf[e - 1] == 'S')) {
			e -= 2;
			w[n].poss = 1;
		} else if (e - s > 4 && !memcmp(buf + e - 4, "\xe2\x80\x99s", 4)) {
			e -= 4;
			w[n].poss = 1;
		}
		w[n].p = buf + s;
		w[n].n = e - s;
		while (t < t1 && g->t[t].off < s)
			t++;
		if (t < t1 && g->t[t].off == s && g->t[t].len == e - s && g->t[t].kind == TOK_WORD) {
			w[n].lex = g->t[t].lex;
		} else {
			const struct lex_entry *le = lexicon_word(buf + s, e - s, NULL);
			w[n].lex = le ? (uint32_t)(le - lexicon_entries) : 0;
		}
		w[n].stop = stop;
		w[n].paren = paren;
		n++;
	}
	return n;
}

/* w is the word x (a lexicon constant), in any case: one lookup per word,
 * made by split(). */
static int word_is(const struct sw *w, enum lex_word x)
{
	return w->lex == (uint32_t)x;
}

/* An organisation's head word. */
static int head(const struct sw *w)
{
	switch (w->lex) {
	case W_DEPARTMENT: case W_MINISTRY: case W_BANK: case W_BUREAU: case W_OFFICE:
	case W_CUSTOMS: case W_AGENCY: case W_INSTITUTE: case W_COMMISSION:
	case W_ADMINISTRATION: case W_BOARD: case W_COUNCIL: case W_CORPORATION:
	case W_CORP: case W_ASSOCIATION: case W_FEDERATION: case W_FUND:
	case W_ORGANISATION: case W_ORGANIZATION: case W_AUTHORITY: case W_SERVICE:
	case W_SECRETARIAT: case W_CENTRE: case W_CENTER: case W_COMMITTEE:
	case W_STATISTICS: case W_DIRECTORATE: case W_EXCHANGE: case W_COOPERATIVE:
		return 1;
	default:
		return 0;
	}
}

/* A person's title: the organisation ends before it ("Bank of England
 * Governor Robin Leigh-Pemberton said"). */
static int title(const struct sw *w)
{
	switch (w->lex) {
	case W_GOVERNOR: case W_CHAIRMAN: case W_CHAIRWOMAN: case W_MINISTER:
	case W_PRESIDENT: case W_SECRETARY: case W_DIRECTOR: case W_CHIEF:
	case W_SPOKESMAN: case W_SPOKESWOMAN: case W_HEAD: case W_ECONOMIST:
		return 1;
	default:
		return 0;
	}
}

/* Words between the organisation and its verb: "a Bank of Thailand
 * spokesman said", "Commerce Ministry figures show". */
static int role_word(const struct sw *w)
{
	switch (w->lex) {
	case W_SPOKESMAN: case W_SPOKESWOMAN: case W_OFFICIAL: case W_OFFICIALS:
	case W_SOURCES: case W_SOURCE: case W_STATEMENT: case W_FIGURES:
	case W_STATISTICS: case W_DATA: case W_REPORT: case W_PRELIMINARY:
	case W_PROVISIONAL: case W_LATEST: case W_TRADE: case W_MONTHLY: case W_ANNUAL:
		return 1;
	default:
		return 0;
	}
}

static int connector(const struct sw *w)
{
	if (w->n == 1 && w->p[0] == '&')
		return 1;
	return w->lex == W_OF || w->lex == W_FOR || w->lex == W_AND || w->lex == W_ON;
}

static int article(const struct sw *w)
{
	return w->lex == W_THE || w->lex == W_A || w->lex == W_AN;
}

/* Starts with a capital, or with a letter beyond ASCII ("\xc3\x89conomie"). */
static int capital(const struct sw *w)
{
	return w->n && ((w->p[0] >= 'A' && w->p[0] <= 'Z') || (unsigned char)w->p[0] >= 0xC0);
}

/* A role word written in lower case ("spokesman", "figures"): "Trade" in
 * "Ministry of Trade" is part of a name. */
static int role(const struct sw *w)
{
	return role_word(w) && !capital(w);
}

static int has_head(const struct sw *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (head(&w[i]))
			return 1;
	return 0;
}

/* The short name of w[0..n) or of its longest tail in the lexicon, or NULL. */
static const char *known(const struct sw *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char raw[LEX_NAME_MAX * 2], key[LEX_NAME_MAX + 1];
		size_t r = 0;

		for (size_t k = i; k < n; k++) {
			if (r + w[k].n + 1 >= sizeof(raw))
				break;
			if (r)
				raw[r++] = ' ';
			memcpy(raw + r, w[k].p, w[k].n);
			r += w[k].n;
		}
		size_t kn = lexicon_fold_name(raw, r, key, sizeof(key));
		const struct lex_entry *e = kn ? lexicon_find_folded(key, kn) : NULL;

		if (e && (lexicon_classes(e) & CLS_SOURCENAME) && e->name)
			return e->name;
	}
	return NULL;
}

/* Writes w[0..n) into out as invariant 4 says. */
static void as_written(const struct sw *w, size_t n, char out[SOURCE_MAX])
{
	size_t o = 0;

	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		char tmp[SOURCE_MAX];
		size_t t = 0;

		for (size_t k = 0; k < w[i].n && t < sizeof(tmp) - 1; k++) {
			unsigned char c = (unsigned char)w[i].p[k];
			if (c >= 0x20 && c != 0x7f)
				tmp[t++] = (char)c;
		}
		/* never end inside a UTF-8 sequence */
		size_t cut = t;
		while (cut > 0 && ((unsigned char)tmp[cut - 1] & 0xC0) == 0x80)
			cut--;
		if (cut > 0 && (unsigned char)tmp[cut - 1] >= 0xC0) {
			unsigned char lead = (unsigned char)tmp[cut - 1];
			size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
			t = t - (cut - 1) >= need ? cut - 1 + need : cut - 1;
		}
		if (!t)
			continue;
		if (o + (o > 0) + t > SOURCE_MAX - 1)
			break;
		if (o)
			out[o++] = ' ';
		memcpy(out + o, tmp, t);
		o += t;
	}
	out[o] = '\0';
}

/* The organisation before word k (exclusive): [*from, k - roles). Returns
 * the number of words, 0 when none. */
static size_t back(const struct sw *w, size_t k, size_t *from)
{
	size_t j = k, end;

	while (j > 0 && k - j < 3 && role(&w[j - 1]) && !w[j - 1].stop)
		j--;
	if (j > 0 && w[j - 1].paren)	/* "the Authority (HGCA) said" */
		j--;
	end = j;
	while (j > 0) {
		const struct sw *x = &w[j - 1];
		if (x->stop && j != end)
			break;
		if (article(x)) {
			j--;
			break;
		}
		if (x->paren)
			break;
		if (capital(x) || head(x) ||
		    (connector(x) && j < end && capital(&w[j]))) {
			j--;
			if (x->poss && j != end - 1)	/* "Japan's Finance Ministry" */
				break;
			continue;
		}
		break;
	}
	for (size_t t = j; t < end; t++)
		if (title(&w[t])) {
			end = t;
			break;
		}
	/* a phrase starts with no article or connector */
	while (j < end && (connector(&w[j]) || article(&w[j])))
		j++;
	*from = j;
	return end - j;
}

/* The organisation from word k on ("according to the Commerce Ministry"). */
static size_t fwd(const struct sw *w, size_t n, size_t k, size_t *from)
{
	size_t j = k;

	if (j < n && (word_is(&w[j], W_THE) || word_is(&w[j], W_A)))
		j++;
	*from = j;
	while (j < n) {
		const struct sw *x = &w[j];
		if ((role(x) || title(x) || x->paren) && j > *from)
			break;
		if (!(capital(x) || head(x) ||
		      (connector(x) && j > *from && j + 1 < n && capital(&w[j + 1]))))
			break;
		j++;
		if (x->stop || x->poss)
			break;
	}
	return j - *from;
}

static int verb(const struct sw *w)
{
	switch (w->lex) {
	case W_SAID: case W_SAYS: case W_REPORTED: case W_REPORTS: case W_ANNOUNCED:
	case W_STATED:
		return 1;
	default:
		return 0;
	}
}

static int shows(const struct sw *w)
{
	switch (w->lex) {
	case W_SHOW: case W_SHOWS: case W_SHOWED: case W_SHOWN:
		return 1;
	default:
		return 0;
	}
}

/*
 * The first attribution in w[0..n): its words [*from, *from + return).
 * "X said", "X reported", "said X", "according to X", "X figures show",
 * "X's statistics".
 */
static size_t attribution(const struct sw *w, size_t n, size_t *from)
{
	for (size_t k = 0; k < n; k++) {
		size_t len = 0;

		if (verb(&w[k])) {
			len = back(w, k, from);
			if (!(len && (has_head(w + *from, len) || known(w + *from, len))) &&
			    (!k || w[k - 1].stop))
				len = fwd(w, n, k + 1, from);	/* ", said the ministry" */
		} else if (word_is(&w[k], W_ACCORDING) && k + 1 < n && word_is(&w[k + 1], W_TO)) {
			len = fwd(w, n, k + 2, from);
		} else if (shows(&w[k]) && k > 0 && role(&w[k - 1])) {
			len = back(w, k, from);
		} else if (w[k].poss && k + 1 < n &&
			   (word_is(&w[k + 1], W_STATISTICS) || word_is(&w[k + 1], W_FIGURES) ||
			    word_is(&w[k + 1], W_DATA))) {
			len = back(w, k + 1, from);
		}
		if (len && (has_head(w + *from, len) || known(w + *from, len)))
			return len;
	}
	return 0;
}

/* "the department", "the Ministry": a phrase of head words only (and no
 * lexicon name). */
static int bare(const struct sw *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!head(&w[i]))
			return 0;
	return !known(w, n);
}

/* Sentence s has a word an attribution needs: most have none, and are
 * passed over without being split. "statistics", "figures" and "data" need
 * a possessive before them ("X's statistics"; "X figures show" has its
 * verb), so an apostrophe in the sentence. */
static int has_cue(const struct gram *g, size_t s)
{
	int noun = 0;

	for (size_t t = g->s[s].t0; t < g->s[s].t1; t++)
		switch (g->t[t].lex) {
		case W_SAID: case W_SAYS: case W_REPORTED: case W_REPORTS: case W_ANNOUNCED:
		case W_STATED: case W_ACCORDING: case W_SHOW: case W_SHOWS: case W_SHOWED:
		case W_SHOWN:
			return 1;
		case W_STATISTICS: case W_FIGURES: case W_DATA:
			noun = 1;
			break;
		default:
			break;
		}
	if (!noun)
		return 0;
	const struct token *a = &g->t[g->s[s].t0], *z = &g->t[g->s[s].t1 - 1];
	const char *b = g->d->buf + a->off;
	size_t n = z->off + z->len - a->off;

	return memchr(b, '\'', n) || memchr(b, 0x99, n);	/* ' or a right quote's last byte */
}

static size_t sent_words(const struct gram *g, size_t s, struct sw *w)
{
	if (s >= g->ns || g->s[s].t1 <= g->s[s].t0 || !has_cue(g, s))
		return 0;
	return split(g, s, w, SRC_WORDS);
}

/* Sets out from the attribution of sentence s; 1 when one was found. */
static int from_sentence(const struct gram *g, size_t s, char out[SOURCE_MAX])
{
	struct sw w[SRC_WORDS];
	size_t n = sent_words(g, s, w), from, len = attribution(w, n, &from);
	const char *k;

	if (!len)
		return 0;
	if (bare(w + from, len)) {
		/* "The department said": the story's earlier "Business
		 * Economics Department" (invariant 3) */
		const struct sw *hw = &w[from + len - 1];
		uint32_t h = hw->lex;	/* a head word: never 0 */

		/* only a head written in lower case is looked for ("the
		 * department", "the bank's data"): "Bank statistics show" is
		 * not resolved, as before this file read lexicon words */
		for (size_t i = 0; i < hw->n; i++)
			if (hw->p[i] >= 'A' && hw->p[i] <= 'Z')
				return 0;
		for (size_t s2 = 0; s2 < s && s2 < SRC_SENTS; s2++) {
			struct sw v[SRC_WORDS];
			size_t m = sent_words(g, s2, v), f2, l2 = attribution(v, m, &f2);

			if (l2 && !bare(v + f2, l2) && v[f2 + l2 - 1].lex == h) {
				k = known(v + f2, l2);
				if (k)
					snprintf(out, SOURCE_MAX, "%s", k);
				else
					as_written(v + f2, l2, out);
				return out[0] != '\0';
			}
		}
		return 0;
	}
	k = known(w + from, len);
	if (k)
		snprintf(out, SOURCE_MAX, "%s", k);
	else
		as_written(w + from, len, out);
	return out[0] != '\0';
}

/* The first attribution of the paragraph whose first sentence is p into
 * out ("" when none), read once per paragraph (key, cache: g's). The
 * sentence asking (skip) has none of its own: it is not read again. */
static const char *from_paragraph(const struct gram *g, size_t p, size_t skip, size_t *key,
				  char cache[SOURCE_MAX])
{
	if (*key != p + 1) {
		cache[0] = '\0';
		for (size_t x = p; x < g->ns && g->par[x] == p && x - p < SRC_SENTS; x++)
			if (x != skip && from_sentence(g, x, cache))
				break;
		*key = p + 1;
	}
	return cache;
}

/* The source of sentence s into out (invariant 1). */
static void sentence_source(struct gram *g, size_t s, char out[SOURCE_MAX])
{
	size_t lead;
	const char *v;

	out[0] = '\0';
	if (from_sentence(g, s, out) || !g->par)
		return;
	v = from_paragraph(g, g->par[s], s, &g->srcp_key, g->srcp);
	if (!v[0]) {
		lead = g->lead_par != NO_SENT ? g->lead_par : g->par[0];
		if (g->par[s] != lead)
			v = from_paragraph(g, lead, s, &g->srcl_key, g->srcl);
	}
	memcpy(out, v, SOURCE_MAX);
}

void source_fill(struct gram *g, size_t s, struct claim *cl)
{
	cl->source[0] = '\0';
	if (s >= g->ns)
		return;
	/* a sentence's figures come one after another: read it once */
	if (g->src_key != s + 1) {
		sentence_source(g, s, g->src);
		g->src_key = s + 1;
	}
	memcpy(cl->source, g->src, SOURCE_MAX);
}

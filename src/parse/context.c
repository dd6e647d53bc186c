/*
 * context.c - what a story says about all of its figures: the country of
 * its dateline (and of a sub-dateline: "ZURICH - Swiss watch exports"), of
 * the statistics agency it names, the subject its paragraph has stated, and
 * where a wire line break is only a wrap.
 *
 * Input: the token array of gram.c, split into sentences. Output: per
 * sentence, its paragraph and the country its place gives; per figure, the
 * reporter, partner, flow and period it inherits when its sentence is silent.
 *
 * Invariants:
 *  1. The word tables of this file are small, static and read only at a
 *     line start (cities) or at a capitalised token whose first byte
 *     matches (agencies, place names): no per-token scan of a long list
 *     (they move into the lexicon as they are).
 *  2. A field a sentence states is never replaced; context only fills a
 *     blank, and a partner is never made the reporter.
 *  3. Every index is checked against g->nt (and the sentence with
 *     gram_in() where a sentence is meant); fields stay NUL-terminated.
 *  4. Linear time: context_prepare() is one pass over the tokens; each
 *     figure then costs a bounded number of token reads.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- word tables ----------------------------------------------------- */

#define END (-1)
struct place {
	int w[5];		/* lexicon words (enum lex_word), END-terminated */
	const char *code;	/* ISO 3166 alpha-2, EU, EA */
};

/* Dateline cities: the country whose figures a story from there is about,
 * unless it says otherwise. */
static const struct place cities[] = {
	{ { W_WASHINGTON, END }, "US" }, { { W_NEW, W_YORK, END }, "US" }, { { W_CHICAGO, END }, "US" },
	{ { W_BEIJING, END }, "CN" }, { { W_SHANGHAI, END }, "CN" }, { { W_PEKING, END }, "CN" },
	{ { W_HONG, W_KONG, END }, "HK" }, { { W_TAIPEI, END }, "TW" }, { { W_TOKYO, END }, "JP" },
	{ { W_SEOUL, END }, "KR" }, { { W_NEW, W_DELHI, END }, "IN" }, { { W_BOMBAY, END }, "IN" },
	{ { W_MUMBAI, END }, "IN" }, { { W_MOSCOW, END }, "RU" }, { { W_BRUSSELS, END }, "EU" },
	{ { W_LONDON, END }, "GB" }, { { W_PARIS, END }, "FR" }, { { W_BONN, END }, "DE" },
	{ { W_BERLIN, END }, "DE" }, { { W_FRANKFURT, END }, "DE" }, { { W_ROME, END }, "IT" },
	{ { W_MILAN, END }, "IT" }, { { W_MADRID, END }, "ES" }, { { W_LISBON, END }, "PT" },
	{ { W_AMSTERDAM, END }, "NL" }, { { W_THE, W_HAGUE, END }, "NL" }, { { W_ZURICH, END }, "CH" },
	{ { W_GENEVA, END }, "CH" }, { { W_BERNE, END }, "CH" }, { { W_BERN, END }, "CH" },
	{ { W_VIENNA, END }, "AT" }, { { W_STOCKHOLM, END }, "SE" }, { { W_OSLO, END }, "NO" },
	{ { W_COPENHAGEN, END }, "DK" }, { { W_HELSINKI, END }, "FI" }, { { W_ATHENS, END }, "GR" },
	{ { W_DUBLIN, END }, "IE" }, { { W_OTTAWA, END }, "CA" }, { { W_TORONTO, END }, "CA" },
	{ { W_MONTREAL, END }, "CA" }, { { W_WELLINGTON, END }, "NZ" }, { { W_CANBERRA, END }, "AU" },
	{ { W_SYDNEY, END }, "AU" }, { { W_MELBOURNE, END }, "AU" }, { { W_SINGAPORE, END }, "SG" },
	{ { W_KUALA, W_LUMPUR, END }, "MY" }, { { W_JAKARTA, END }, "ID" }, { { W_MANILA, END }, "PH" },
	{ { W_BANGKOK, END }, "TH" }, { { W_HANOI, END }, "VN" }, { { W_KARACHI, END }, "PK" },
	{ { W_ISLAMABAD, END }, "PK" }, { { W_DHAKA, END }, "BD" }, { { W_COLOMBO, END }, "LK" },
	{ { W_MEXICO, W_CITY, END }, "MX" }, { { W_BRASILIA, END }, "BR" }, { { W_SAO, W_PAULO, END }, "BR" },
	{ { W_RIO, W_DE, W_JANEIRO, END }, "BR" }, { { W_BUENOS, W_AIRES, END }, "AR" },
	{ { W_SANTIAGO, END }, "CL" }, { { W_LIMA, END }, "PE" }, { { W_BOGOTA, END }, "CO" },
	{ { W_CARACAS, END }, "VE" }, { { W_QUITO, END }, "EC" }, { { W_CAIRO, END }, "EG" },
	{ { W_NAIROBI, END }, "KE" }, { { W_LAGOS, END }, "NG" }, { { W_JOHANNESBURG, END }, "ZA" },
	{ { W_PRETORIA, END }, "ZA" }, { { W_ANKARA, END }, "TR" }, { { W_ISTANBUL, END }, "TR" },
	{ { W_TEHRAN, END }, "IR" }, { { W_BAGHDAD, END }, "IQ" }, { { W_RIYADH, END }, "SA" },
	{ { W_KUWAIT, END }, "KW" }, { { W_DUBAI, END }, "AE" }, { { W_ABU, W_DHABI, END }, "AE" },
	{ { W_TEL, W_AVIV, END }, "IL" }, { { W_JERUSALEM, END }, "IL" }, { { W_WARSAW, END }, "PL" },
	{ { W_BUDAPEST, END }, "HU" }, { { W_PRAGUE, END }, "CZ" }, { { W_BUCHAREST, END }, "RO" },
	{ { W_SOFIA, END }, "BG" }, { { W_KIEV, END }, "UA" }, { { W_KYIV, END }, "UA" },
	{ { W_ALMATY, END }, "KZ" }, { { W_ASTANA, END }, "KZ" }, { { W_LUXEMBOURG, END }, "LU" },
	{ { W_REYKJAVIK, END }, "IS" }, { { W_ABIDJAN, END }, "CI" }, { { W_ACCRA, END }, "GH" },
	{ { W_WIESBADEN, END }, "DE" }, { { W_AUCKLAND, END }, "NZ" }, { { W_WINNIPEG, END }, "CA" },
	{ { W_OSAKA, END }, "JP" }, { { W_BELGRADE, END }, "YU" },
};

/* Statistics agencies and ministries that speak for one economy. */
static const struct place agencies[] = {
	{ { W_CENSUS, W_BUREAU, END }, "US" }, { { W_BUREAU, W_OF, W_ECONOMIC, W_ANALYSIS, END }, "US" },
	{ { W_COMMERCE, W_DEPARTMENT, END }, "US" }, { { W_BEA, END }, "US" },
	{ { W_GENERAL, W_ADMINISTRATION, W_OF, W_CUSTOMS, END }, "CN" },
	{ { W_EUROSTAT, END }, "EU" }, { { W_OFFICE, W_FOR, W_NATIONAL, W_STATISTICS, END }, "GB" },
	{ { W_STATISTICS, W_CANADA, END }, "CA" }, { { W_STATISTICS, W_NEW, W_ZEALAND, END }, "NZ" },
	{ { W_ENTERPRISE, W_SINGAPORE, END }, "SG" }, { { W_ROSSTAT, END }, "RU" },
	{ { W_MINISTRY, W_OF, W_COMMERCE, W_AND, END }, "IN" },
	{ { W_AUSTRALIAN, W_BUREAU, W_OF, W_STATISTICS, END }, "AU" },
	{ { W_STATISTICS, W_SWEDEN, END }, "SE" }, { { W_STATISTICS, W_NORWAY, END }, "NO" },
	{ { W_STATISTICS, W_DENMARK, END }, "DK" }, { { W_STATISTICS, W_FINLAND, END }, "FI" },
	{ { W_STATISTICS, W_NETHERLANDS, END }, "NL" }, { { W_BUNDESBANK, END }, "DE" },
	{ { W_ISTAT, END }, "IT" }, { { W_INSEE, END }, "FR" }, { { W_MITI, END }, "JP" },
	{ { W_FEDERAL, W_STATISTICS, W_OFFICE, END }, "DE" },
};

/* Place names of more than one word, or not in units.c's table, as the
 * token they end with and the words before it. */
static const struct place names[] = {
	{ { W_EURO, W_AREA, END }, "EA" }, { { W_EURO, W_ZONE, END }, "EA" },
	{ { W_EUROPEAN, W_UNION, END }, "EU" }, { { W_EUROPEAN, W_COMMUNITY, END }, "EU" },
	{ { W_THE, W_COMMUNITY, END }, "EU" },	/* "the Community", capitalised */
	{ { W_EC, END }, "EU" }, { { W_EU, END }, "EU" }, { { W_UNITED, W_ARAB, W_EMIRATES, END }, "AE" },
	{ { W_EMIRATES, END }, "AE" }, { { W_HONG, W_KONG, END }, "HK" },
	{ { W_SOUTH, W_KOREA, END }, "KR" }, { { W_SOUTH, W_AFRICAN, END }, "ZA" },
	{ { W_SAUDI, W_ARABIA, END }, "SA" }, { { W_SRI, W_LANKA, END }, "LK" },
	{ { W_IVORY, W_COAST, END }, "CI" }, { { W_ZEALAND, END }, "NZ" },
	{ { W_YUGOSLAVIA, END }, "YU" }, { { W_YUGOSLAV, END }, "YU" },
	{ { W_SOVIET, W_UNION, END }, "SU" },
};

/* The words of p start at token i (each a word token). */
static size_t place_at(const struct gram *g, size_t i, const struct place *p)
{
	size_t n = 0;

	while (n < ARRAY_SIZE(p->w) && p->w[n] != END) {
		if (!tok_is(g, i + n, (enum lex_word)p->w[n]))
			return 0;
		n++;
	}
	return n;
}

/* The first m words of p start at token i. */
static int place_words(const struct gram *g, size_t i, const struct place *p, size_t m)
{
	for (size_t n = 0; n < m; n++)
		if (!tok_is(g, i + n, (enum lex_word)p->w[n]))
			return 0;
	return 1;
}

/* ---- lines and paragraphs ------------------------------------------- */

/* Offset of the line start at or before off. */
static size_t line_start(const struct gram *g, size_t off)
{
	while (off > 0 && g->d->buf[off - 1] != '\n')
		off--;
	return off;
}

/* Token i is the first of its line, and the line is indented (a wire
 * paragraph: "    The country's trade surplus") or follows a blank line. */
static int para_start(const struct gram *g, size_t i)
{
	size_t e, q;

	if (i == 0 || g->t[i - 1].kind == TOK_NEWLINE)
		return 1;
	/* Only the blank between the two tokens is read (linear time). */
	e = g->t[i - 1].off + g->t[i - 1].len;
	for (q = g->t[i].off; q > e && g->d->buf[q - 1] != '\n'; q--)
		;
	return q > e && g->t[i].off - q >= 2;
}

int context_wrap(const struct gram *g, size_t i)
{
	size_t nl, ls, len, next;

	if (i + 1 >= g->nt || g->t[i + 1].kind == TOK_NEWLINE || g->t[i].kind == TOK_NEWLINE)
		return 0;
	nl = g->t[i].off + g->t[i].len;
	while (nl < g->t[i + 1].off && g->d->buf[nl] != '\n')
		nl++;
	if (nl >= g->t[i + 1].off || nl + 1 != g->t[i + 1].off)
		return 0;	/* no line feed, or the next line is indented */
	ls = line_start(g, g->t[i].off);
	len = nl - ls;
	/* The width of wire copy: a full line that the next word did not fit. */
	next = g->t[i + 1].len;
	return len >= 45 && len <= 80 && len + 1 + next >= 58 && !gram_punct(g, i, ":");
}

/* A dateline at token i, the first of its line: "BEIJING, Sept 8 -",
 * "ZURICH -". The words must be capitals as a dateline writes them. */
static const char *dateline_at(const struct gram *g, size_t i)
{
	unsigned char c;

	if (i >= g->nt || g->t[i].kind != TOK_WORD)
		return NULL;
	c = (unsigned char)g->d->buf[g->t[i].off];
	if (c < 'A' || c > 'Z' || g->t[i].len < 2 ||
	    !isupper((unsigned char)g->d->buf[g->t[i].off + 1]))
		return NULL;
	for (size_t k = 0; k < ARRAY_SIZE(cities); k++) {
		size_t n;

		if ((uint32_t)cities[k].w[0] != g->t[i].lex || !(n = place_at(g, i, &cities[k])))
			continue;
		if (!isupper((unsigned char)g->d->buf[g->t[i + n - 1].off + 1]))
			continue;
		if (gram_punct(g, i + n, "-") || gram_punct(g, i + n, "\xe2\x80\x94") ||
		    (gram_punct(g, i + n, ",") && i + n + 1 < g->nt &&
		     period_month(tok_text(g, i + n + 1), g->t[i + n + 1].len)))
			return cities[k].code;
	}
	return NULL;
}

/* An agency named at token i. */
static const char *agency_at(const struct gram *g, size_t i)
{
	char c;

	if (i >= g->nt || g->t[i].kind != TOK_WORD)
		return NULL;
	c = g->d->buf[g->t[i].off];
	if (c < 'A' || c > 'Z')
		return NULL;
	switch (g->t[i].lex) {	/* runs for every capitalised token: first words */
	case W_AUSTRALIAN: case W_BEA: case W_BUNDESBANK: case W_BUREAU: case W_CENSUS:
	case W_COMMERCE: case W_ENTERPRISE: case W_EUROSTAT: case W_GENERAL: case W_INSEE:
	case W_ISTAT: case W_MINISTRY: case W_MITI: case W_OFFICE: case W_ROSSTAT:
	case W_STATISTICS: case W_FEDERAL:
		break;
	default:
		return NULL;
	}
	for (size_t k = 0; k < ARRAY_SIZE(agencies); k++)
		if ((uint32_t)agencies[k].w[0] == g->t[i].lex && place_at(g, i, &agencies[k]))
			return agencies[k].code;
	return NULL;
}

uint32_t context_word(const struct gram *g, size_t i)
{
	const struct token *t = &g->t[i];
	const char *w = tok_text(g, i);
	const struct lex_entry *e;
	size_t n = t->len;
	uint64_t c;

	if (t->lex || t->kind != TOK_WORD || n < 4)
		return t->lex;
	if (w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;
	else if (n > 5 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0)
		n -= 4;
	else
		return 0;
	e = lexicon_word(w, n, &c);
	return e ? (uint32_t)(e - lexicon_entries) : 0;
}

const char *context_country_ending(const struct gram *g, size_t i, size_t s)
{
	uint32_t w;

	if (!gram_in(g, i, s) || g->t[i].kind != TOK_WORD)
		return NULL;
	/* Runs for the tokens of every subject scan: the last words first;
	 * "South Africa's", "Hong Kong's": the possessive of a name's last
	 * word (branch subject4) */
	w = context_word(g, i);
	switch (w) {
	case W_AREA: case W_ZONE: case W_UNION: case W_COMMUNITY: case W_EC: case W_EU: case W_EMIRATES:
	case W_KONG: case W_KOREA: case W_AFRICAN: case W_ARABIA: case W_LANKA: case W_COAST:
	case W_ZEALAND: case W_YUGOSLAVIA: case W_YUGOSLAV:
		break;
	default:
		goto caps;
	}
	for (size_t k = 0; k < ARRAY_SIZE(names); k++) {
		size_t n = 0;

		while (n < ARRAY_SIZE(names[k].w) && names[k].w[n] != END)
			n++;
		if ((uint32_t)names[k].w[n - 1] != w || i + 1 < n)
			continue;
		if (names[k].w[0] == W_THE && !isupper((unsigned char)tok_text(g, i)[0]))
			continue;	/* "the community" of a town */
		if (place_words(g, i + 1 - n, &names[k], n - 1) && gram_in(g, i + 1 - n, s))
			return names[k].code;
	}
caps:
	/* A title's capitals: "RUSSIA", "CHINA'S" (countries match as written) */
	if (g->t[i].len >= 4 && g->t[i].len < 24 && isupper((unsigned char)tok_text(g, i)[0]) &&
	    isupper((unsigned char)tok_text(g, i)[1]) && isupper((unsigned char)tok_text(g, i)[2])) {
		char w[24];
		size_t n = g->t[i].len;

		for (size_t k = 0; k < n; k++)
			w[k] = (char)(k ? tolower((unsigned char)tok_text(g, i)[k]) : tok_text(g, i)[k]);
		return units_country(w, n);
	}
	return NULL;
}

/* ---- per sentence ----------------------------------------------------- */

/* Words between a country and the noun of its statistics: "Taiwan's
 * official figures", "Chinese customs statistics", "U.S. preliminary
 * trade data". */
static int stats_modifier(const struct gram *g, size_t i)
{
	return tok_is(g, i, W_OFFICIAL) || tok_is(g, i, W_GOVERNMENT) || tok_is(g, i, W_CUSTOMS) ||
	       tok_is(g, i, W_TRADE) || tok_is(g, i, W_PRELIMINARY) || tok_is(g, i, W_PROVISIONAL);
}

/* Sentence s says whose statistics it gives: "<country>'s [official]
 * figures show(ed)", "<Nationality> [customs] data show", "according to
 * <country>('s) [official] figures/statistics/data", "according to
 * <Nationality> customs", "according to data from <country>'s ...". The country, or NULL. */
static const char *stats_owner(const struct gram *g, size_t s)
{
	size_t cue = g->s[s].t1;

	/* run at every sentence: the country is looked for only in one that
	 * has the noun of statistics at all */
	for (size_t i = g->s[s].t0; i < g->s[s].t1 && cue == g->s[s].t1; i++)
		if (tok_is(g, i, W_FIGURES) || tok_is(g, i, W_STATISTICS) || tok_is(g, i, W_DATA) ||
		    tok_is(g, i, W_CUSTOMS))
			cue = i;
	if (cue == g->s[s].t1)
		return NULL;
	for (size_t i = g->s[s].t0; i + 2 < g->s[s].t1; i++) {
		size_t j = i, n = 0;
		const char *c;
		int accord = 0;

		if (tok_is(g, i, W_ACCORDING) && tok_is(g, i + 1, W_TO)) {
			accord = 1 + (tok_is(g, i + 2, W_DATA) && word_s(g, i + 3, s, W_FROM));
			j = i + 2 * accord;
		}
		if (g->t[j].kind != TOK_WORD || !isupper((unsigned char)tok_text(g, j)[0]))
			continue;
		/* the country's words: at most three ("the United States") */
		for (c = NULL; n < 3 && gram_in(g, j + n, s) && !c; n++)
			c = subject_country_ending(g, j + n, s);
		if (!c)
			continue;
		j += n;
		while (j < g->s[s].t1 && n++ < 6 && stats_modifier(g, j))
			j++;
		if (!gram_in(g, j, s))
			continue;
		if (accord && (accord == 2 || tok_is(g, j, W_FIGURES) || tok_is(g, j, W_STATISTICS) ||
			       tok_is(g, j, W_DATA) || tok_is(g, j - 1, W_CUSTOMS)))
			return c;
		if ((tok_is(g, j, W_FIGURES) || tok_is(g, j, W_STATISTICS) || tok_is(g, j, W_DATA)) &&
		    (tok_is(g, j + 1, W_SHOW) || tok_is(g, j + 1, W_SHOWED) || tok_is(g, j + 1, W_SHOWS)))
			return c;
	}
	return NULL;
}

/* The story names the European Community anywhere: EC, EEC, EU, or a
 * capitalised Community, Commission or European. One pass. */
static int names_community(const struct gram *g)
{
	for (size_t i = 0; i < g->nt; i++) {
		const char *c;

		if (g->t[i].kind != TOK_WORD)
			continue;
		if ((c = tok_country(g, i)) != NULL && !strcmp(c, "EU"))
			return 1;
		if ((tok_is(g, i, W_COMMUNITY) || tok_is(g, i, W_COMMISSION) ||
		     tok_is(g, i, W_EUROPEAN)) && tok_text(g, i)[0] >= 'A' && tok_text(g, i)[0] <= 'Z')
			return 1;
	}
	return 0;
}

void context_prepare(struct gram *g)
{
	const char *dateline = NULL, *agency = NULL, *place = NULL;
	size_t par = 0;

	g->lead_par = g->title_end = NO_SENT, g->lead_rep[0] = '\0';
	g->par = xcalloc(g->ns ? g->ns : 1, sizeof(*g->par));
	g->body = xcalloc(g->ns ? g->ns : 1, sizeof(*g->body));
	g->place = xcalloc(g->ns ? g->ns : 1, sizeof(*g->place));
	g->owner = xcalloc(g->ns ? g->ns : 1, sizeof(*g->owner));
	for (size_t s = 0; s < g->ns; s++) {
		size_t t0 = g->s[s].t0;

		if (para_start(g, t0) || s == 0) {
			const char *d = dateline_at(g, t0);
			/* an unknown city's dateline still opens the lead */
			int unk = !d && s && g->title_end == NO_SENT && dateline_unknown(g, t0);

			par = s;
			/* A sub-dateline holds for its paragraph ("ZURICH - Swiss
			 * watch exports"), the story's own for the rest. */
			place = d && dateline ? d : NULL;
			if (d && !dateline)
				dateline = d, g->lead_par = s;
			g->title_end = (d || unk) && g->title_end == NO_SENT ? s : g->title_end;
			/* the sentence's words start after "BEIJING, Sept 8 -" */
			for (size_t k = t0; d && k < t0 + 10 && k < g->s[s].t1; k++)
				if (gram_punct(g, k, "-") || gram_punct(g, k, "\xe2\x80\x94")) {
					g->body[s] = k + 1;
					break;
				}
		}
		if (!g->body[s])
			g->body[s] = t0;
		g->par[s] = par;
		g->place[s] = place;
		for (size_t i = t0; !agency && i < g->s[s].t1; i++)
			agency = agency_at(g, i);
	}
	/* "Taiwan's official figures show" holds for its paragraph, a lead's */
	for (size_t s = 0; s < g->ns; s++) {
		const char *c = stats_owner(g, s);

		if (c && !g->owner[g->par[s]])
			g->owner[g->par[s]] = c;	/* the paragraph's first says */
	}
	for (size_t s = 0; s < g->ns; s++)	/* the lead's, up to a sub-dateline */
		g->owner[s] = g->owner[g->par[s]] || g->lead_par == NO_SENT ||
			      g->place[s] != g->place[g->lead_par] ? g->owner[g->par[s]] : g->owner[g->lead_par];
	qualify_adjustment_leads(g);
	/* A release on trade in goods (Eurostat's): its totals are of goods. */
	for (size_t s = 0; s < g->ns && s < 4 && !g->story_goods; s++)
		for (size_t i = g->s[s].t0; i + 2 < g->s[s].t1; i++)
			if (tok_is(g, i, W_TRADE) && tok_is(g, i + 1, W_IN) &&
			    tok_is(g, i + 2, W_GOODS))
				g->story_goods = 1;
	/* BRUSSELS is the EC's dateline when the story names the Community
	 * (EC, EEC, the Commission, European ...); a story that names none is
	 * Belgium's own ("BRUSSELS - The Belgo-Luxembourg Economic Union
	 * recorded a trade deficit of 9.45 billion francs"). */
	if (dateline && !strcmp(dateline, "EU") && !names_community(g)) {
		for (size_t s = 0; s < g->ns; s++)
			if (g->place[s] == dateline)
				g->place[s] = "BE";
		dateline = "BE";
	}
	/* Before the dateline (the title) the dateline's country holds too;
	 * with none, the first agency named. */
	for (size_t s = 0; s < g->ns; s++)
		if (!g->place[s])
			g->place[s] = dateline ? dateline : agency;
	g->ctx_par = NO_SENT;
	g->ctx_rep[0] = '\0';
	g->ctx_period[0] = g->story_q[0] = g->story_m[0] = '\0';
	g->per_par = NO_SENT;
	g->chg_s = g->basis_sent = g->basis_par = g->resp_s = g->adj_s = NO_SENT;
	g->bal_s = NO_SENT;
	g->deal_s = NO_SENT;
	g->deal_next = 0;
}

void context_release(struct gram *g)
{
	free(g->par);
	free(g->place);
	free(g->owner);
	g->owner = NULL;
	free(g->adj_def);
	free(g->body);
	g->body = NULL;
	g->adj_def = NULL;
	g->par = NULL;
	g->place = NULL;
}

const char *context_owner(const struct gram *g, size_t s)
{
	return g->owner ? g->owner[s] : NULL;
}

/* Countries by the story's date, as currencies are (units.c): before the
 * Soviet Union ended, Moscow's and Kiev's figures are the USSR's (SU);
 * before 1993 Prague's are Czechoslovakia's (CS). ISO 3166-1 keeps both
 * withdrawn codes for such dates. */
const char *context_country_on(const char *code, const char *date)
{
	static const struct {
		const char *now, *from, *before;
	} dated[] = {
		{ "RU", "1991-12-26", "SU" }, { "UA", "1991-12-26", "SU" },
		{ "BY", "1991-12-26", "SU" }, { "KZ", "1991-12-26", "SU" },
		{ "CZ", "1993-01-01", "CS" }, { "SK", "1993-01-01", "CS" },
	};

	if (!date || strlen(date) < 10 || !code)
		return code;
	for (size_t k = 0; k < ARRAY_SIZE(dated); k++)
		if (!strcmp(code, dated[k].now) && strncmp(date, dated[k].from, 10) < 0)
			return dated[k].before;
	return code;
}

static void dated_country(char *code, size_t cap, const char *date)
{
	const char *c = context_country_on(code, date);

	if (c != code)
		str_copy(code, cap, c, strlen(c));
}

static void owner_fill(const struct gram *g, size_t s, struct claim *cl, int *rep_inferred);

/* A price of goods per unit ("two rupees per kilo", "27 marks per 100
 * kilos", "a maximum rebate of 138.75 Ecus per tonne") in an economy's own
 * currency, whose sentence names no economy, is that economy's market:
 * the currency's country (ISO 4217's first two letters; the ECU the EC's).
 * Not a dollar price (the world's), nor a euro price (the euro is many
 * economies' and markets quote in it), nor a futures quote, nor a rate per
 * period. */
static void price_currency_owner(const struct gram *g, size_t s, struct claim *cl,
				 int *rep_inferred)
{
	if (cl->reporter[0] || cl->kind != CLAIM_MONEY || cl->measure != MEASURE_PRICE ||
	    !cl->per[0] || !strcmp(cl->per, "year") || !strcmp(cl->per, "month") ||
	    !strcmp(cl->per, "day") || strlen(cl->unit) != 3 || !strcmp(cl->unit, "USD"))
		return;
	/* a futures market's quote is no economy's (STYLES.md: "Prices: no
	 * reporter (futures, a gold price, Indonesian CPO)") */
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (quote_futures_word(g, k))	/* "futures", "the August contract" */
			return;
	if (!strcmp(cl->unit, "XEU"))
		str_copy(cl->reporter, sizeof(cl->reporter), "EU", 2);
	else if (cl->unit[0] != 'X' && strcmp(cl->unit, "EUR"))
		str_copy(cl->reporter, sizeof(cl->reporter), cl->unit, 2);
	else
		return;
	*rep_inferred = 1;
}

void context_owner_fill(const struct gram *g, size_t s, struct claim *cl, int *rep_inferred)
{
	/* a market's price of no trade flow ("Spot gold ... after hitting a
	 * record of $3,468.20") is no economy's statistic: the story's
	 * country is not its reporter (one the sentence names stays) */
	if (!cl->flow[0] && cl->measure == MEASURE_PRICE && *rep_inferred) {
		cl->reporter[0] = '\0';
		*rep_inferred = 0;
	}
	owner_fill(g, s, cl, rep_inferred);
	price_currency_owner(g, s, cl, rep_inferred);
	dated_country(cl->reporter, sizeof(cl->reporter), g->d->date);
	dated_country(cl->partner, sizeof(cl->partner), g->d->date);
}

static void owner_fill(const struct gram *g, size_t s, struct claim *cl, int *rep_inferred)
{
	const char *c = context_owner(g, s);
	char tmp[8];

	if (!c || !cl->flow[0] || !strcmp(cl->reporter, c))
		return;
	if (!strcmp(cl->partner, c) && cl->reporter[0]) {
		/* "Washington's deficit with Taipei ..., Taiwan's official
		 * figures show": Taiwan's surplus with the U.S. */
		memcpy(tmp, cl->reporter, sizeof(cl->reporter));
		str_copy(cl->reporter, sizeof(cl->reporter), c, strlen(c));
		str_copy(cl->partner, sizeof(cl->partner), tmp, strlen(tmp));
		if (!strcmp(cl->flow, "import") || !strcmp(cl->flow, "export"))
			str_copy(cl->flow, sizeof(cl->flow), cl->flow[0] == 'i' ? "export" : "import", 6);
		else if (cl->measure == MEASURE_BALANCE)
			cl->value = -cl->value;
		else if (measure_is_change(cl->measure) && cl->direction[0] && !subject_turnover(g, s))
			str_copy(cl->direction, sizeof(cl->direction),
				 cl->direction[0] == 'u' ? "down" : "up", cl->direction[0] == 'u' ? 4 : 2);
		*rep_inferred = 0;
	} else if (!cl->reporter[0] || *rep_inferred) {
		str_copy(cl->reporter, sizeof(cl->reporter), c, strlen(c));
		*rep_inferred = 0;
	}
}

size_t context_body(const struct gram *g, size_t s)
{
	return g->body ? g->body[s] : g->s[s].t0;
}

/* A story's lead that states whose figures it reports ("WASHINGTON -
 * ... China's wheat crop ...") gives that reporter to the paragraphs after
 * it, over the dateline's (not over a sub-dateline's). Only a national
 * statistic's country counts, or a flow's the lead names by its noun
 * ("LUXEMBOURG - Exports of goods from the euro area fell"): a lead's
 * buyer ("OTTAWA - Egypt bought") is not the story's reporter. */
const char *context_reporter(const struct gram *g, size_t s)
{
	if (g->ctx_par != NO_SENT && g->par && g->par[s] == g->ctx_par && g->ctx_rep[0])
		return g->ctx_rep;
	if (g->lead_rep[0] && g->par && g->lead_par != NO_SENT && g->par[s] > g->lead_par &&
	    g->place && g->place[s] == g->place[g->lead_par])
		return g->lead_rep;
	if (g->place && g->place[s])
		return g->place[s];
	return g->doc_freq;
}

void context_stated(struct gram *g, size_t s, const char *rep, int lead)
{
	g->ctx_par = g->par[s];
	str_copy(g->ctx_rep, sizeof(g->ctx_rep), rep, strlen(rep));
	/* a later paragraph's own subject replaces the lead's ("ZURICH -
	 * Swiss watch exports fell"): the dateline's holds after it */
	if (g->lead_rep[0] && g->par[s] != g->lead_par && strcmp(rep, g->lead_rep))
		g->lead_rep[0] = '\0';
	if (lead && g->par[s] == g->lead_par && !g->lead_rep[0])
		str_copy(g->lead_rep, sizeof(g->lead_rep), rep, strlen(rep));
}

#define LEAD_ROWS 40	/* rows a lead reaches */
#define ROW_TOKENS 16	/* a longer sentence is prose, not a row */

/* Sentence s ends as a list's lead does: "--" or ":". */
static int lead_end(const struct gram *g, size_t s)
{
	size_t e = g->s[s].t1;

	return e > g->s[s].t0 && (gram_punct(g, e - 1, ":") ||
				  (gram_punct(g, e - 1, "-") && e - 1 > g->s[s].t0 &&
				   gram_punct(g, e - 2, "-")) || gram_punct(g, e - 1, "--") ||
				  gram_punct(g, e - 1, "\xe2\x80\x94"));
}

void context_lead_subject(const struct gram *g, size_t s, struct subj *out)
{
	if (g->s[s].t1 - g->s[s].t0 > ROW_TOKENS)
		return;	/* prose, not a row */
	for (size_t k = 1; k <= LEAD_ROWS && k <= s; k++) {
		size_t l = s - k;

		if (lead_end(g, l)) {
			struct subj lead;

			subject_scan(g, l, &lead);
			if (!lead.flow[0])
				return;
			*out = lead;
			out->commodity[0] = '\0';	/* the rows name theirs */
			out->flow_inferred = out->rep_inferred = 1;
			return;
		}
		if (g->s[l].t1 - g->s[l].t0 > ROW_TOKENS)
			return;	/* prose between: no table */
	}
}

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

struct place {
	const char *w[4];	/* words as written in a dateline (upper case), NULL-padded */
	const char *code;	/* ISO 3166 alpha-2, EU */
};

/* Dateline cities: the country whose figures a story from there is about,
 * unless it says otherwise. */
static const struct place cities[] = {
	{ { "WASHINGTON" }, "US" }, { { "NEW", "YORK" }, "US" }, { { "CHICAGO" }, "US" },
	{ { "BEIJING" }, "CN" }, { { "SHANGHAI" }, "CN" }, { { "PEKING" }, "CN" },
	{ { "HONG", "KONG" }, "HK" }, { { "TAIPEI" }, "TW" }, { { "TOKYO" }, "JP" },
	{ { "SEOUL" }, "KR" }, { { "NEW", "DELHI" }, "IN" }, { { "BOMBAY" }, "IN" },
	{ { "MUMBAI" }, "IN" }, { { "MOSCOW" }, "RU" }, { { "BRUSSELS" }, "EU" },
	{ { "LONDON" }, "GB" }, { { "PARIS" }, "FR" }, { { "BONN" }, "DE" },
	{ { "BERLIN" }, "DE" }, { { "FRANKFURT" }, "DE" }, { { "ROME" }, "IT" },
	{ { "MILAN" }, "IT" }, { { "MADRID" }, "ES" }, { { "LISBON" }, "PT" },
	{ { "AMSTERDAM" }, "NL" }, { { "THE", "HAGUE" }, "NL" }, { { "ZURICH" }, "CH" },
	{ { "GENEVA" }, "CH" }, { { "BERNE" }, "CH" }, { { "BERN" }, "CH" },
	{ { "VIENNA" }, "AT" }, { { "STOCKHOLM" }, "SE" }, { { "OSLO" }, "NO" },
	{ { "COPENHAGEN" }, "DK" }, { { "HELSINKI" }, "FI" }, { { "ATHENS" }, "GR" },
	{ { "DUBLIN" }, "IE" }, { { "OTTAWA" }, "CA" }, { { "TORONTO" }, "CA" },
	{ { "MONTREAL" }, "CA" }, { { "WELLINGTON" }, "NZ" }, { { "CANBERRA" }, "AU" },
	{ { "SYDNEY" }, "AU" }, { { "MELBOURNE" }, "AU" }, { { "SINGAPORE" }, "SG" },
	{ { "KUALA", "LUMPUR" }, "MY" }, { { "JAKARTA" }, "ID" }, { { "MANILA" }, "PH" },
	{ { "BANGKOK" }, "TH" }, { { "HANOI" }, "VN" }, { { "KARACHI" }, "PK" },
	{ { "ISLAMABAD" }, "PK" }, { { "DHAKA" }, "BD" }, { { "COLOMBO" }, "LK" },
	{ { "MEXICO", "CITY" }, "MX" }, { { "BRASILIA" }, "BR" }, { { "SAO", "PAULO" }, "BR" },
	{ { "RIO", "DE", "JANEIRO" }, "BR" }, { { "BUENOS", "AIRES" }, "AR" },
	{ { "SANTIAGO" }, "CL" }, { { "LIMA" }, "PE" }, { { "BOGOTA" }, "CO" },
	{ { "CARACAS" }, "VE" }, { { "QUITO" }, "EC" }, { { "CAIRO" }, "EG" },
	{ { "NAIROBI" }, "KE" }, { { "LAGOS" }, "NG" }, { { "JOHANNESBURG" }, "ZA" },
	{ { "PRETORIA" }, "ZA" }, { { "ANKARA" }, "TR" }, { { "ISTANBUL" }, "TR" },
	{ { "TEHRAN" }, "IR" }, { { "BAGHDAD" }, "IQ" }, { { "RIYADH" }, "SA" },
	{ { "KUWAIT" }, "KW" }, { { "DUBAI" }, "AE" }, { { "ABU", "DHABI" }, "AE" },
	{ { "TEL", "AVIV" }, "IL" }, { { "JERUSALEM" }, "IL" }, { { "WARSAW" }, "PL" },
	{ { "BUDAPEST" }, "HU" }, { { "PRAGUE" }, "CZ" }, { { "BUCHAREST" }, "RO" },
	{ { "SOFIA" }, "BG" }, { { "KIEV" }, "UA" }, { { "KYIV" }, "UA" },
	{ { "ALMATY" }, "KZ" }, { { "ASTANA" }, "KZ" }, { { "LUXEMBOURG" }, "LU" },
	{ { "REYKJAVIK" }, "IS" }, { { "ABIDJAN" }, "CI" }, { { "ACCRA" }, "GH" },
};

/* Statistics agencies and ministries that speak for one economy. */
static const struct place agencies[] = {
	{ { "Census", "Bureau" }, "US" }, { { "Bureau", "of", "Economic", "Analysis" }, "US" },
	{ { "Commerce", "Department" }, "US" }, { { "BEA" }, "US" },
	{ { "General", "Administration", "of", "Customs" }, "CN" },
	{ { "Eurostat" }, "EU" }, { { "Office", "for", "National", "Statistics" }, "GB" },
	{ { "Statistics", "Canada" }, "CA" }, { { "Statistics", "New", "Zealand" }, "NZ" },
	{ { "Enterprise", "Singapore" }, "SG" }, { { "Rosstat" }, "RU" },
	{ { "Ministry", "of", "Commerce", "and", } , "IN" },
	{ { "Australian", "Bureau", "of", "Statistics" }, "AU" },
	{ { "Statistics", "Sweden" }, "SE" }, { { "Statistics", "Norway" }, "NO" },
	{ { "Statistics", "Denmark" }, "DK" }, { { "Statistics", "Finland" }, "FI" },
	{ { "Statistics", "Netherlands" }, "NL" }, { { "Bundesbank" }, "DE" },
	{ { "Istat" }, "IT" }, { { "INSEE" }, "FR" }, { { "MITI" }, "JP" },
};

/* Place names of more than one word, or not in units.c's table, as the
 * token they end with and the words before it. */
static const struct place names[] = {
	{ { "euro", "area" }, "EA" }, { { "euro", "zone" }, "EA" }, { { "eurozone" }, "EA" },
	{ { "Eurozone" }, "EA" }, { { "EU" }, "EU" }, { { "European", "Union" }, "EU" },
	{ { "European", "Community" }, "EU" }, { { "EC" }, "EU" }, { { "EEC" }, "EU" },
	{ { "United", "Arab", "Emirates" }, "AE" }, { { "UAE" }, "AE" },
	{ { "Emirates" }, "AE" }, { { "Hong", "Kong" }, "HK" }, { { "South", "Korea" }, "KR" },
	{ { "South", "African" }, "ZA" }, { { "Saudi", "Arabia" }, "SA" },
	{ { "Kazakh" }, "KZ" }, { { "Hungary" }, "HU" }, { { "Hungarian" }, "HU" },
	{ { "Czech" }, "CZ" }, { { "Romania" }, "RO" }, { { "Romanian" }, "RO" },
	{ { "Bulgaria" }, "BG" }, { { "Yugoslavia" }, "YU" }, { { "Yugoslav" }, "YU" },
	{ { "Zealand" }, "NZ" }, { { "Sri", "Lanka" }, "LK" }, { { "Kenya" }, "KE" },
	{ { "Ghana" }, "GH" }, { { "Ivory", "Coast" }, "CI" }, { { "Uzbekistan" }, "UZ" },
	{ { "Belarus" }, "BY" }, { { "Luxembourg" }, "LU" }, { { "Iceland" }, "IS" },
	{ { "Qatar" }, "QA" }, { { "Oman" }, "OM" }, { { "Bahrain" }, "BH" },
	{ { "Libya" }, "LY" }, { { "Tunisia" }, "TN" }, { { "Jordan" }, "JO" },
	{ { "Syria" }, "SY" }, { { "Lebanon" }, "LB" }, { { "Uruguay" }, "UY" },
	{ { "Paraguay" }, "PY" }, { { "Bolivia" }, "BO" }, { { "Panama" }, "PA" },
	{ { "Turkiye" }, "TR" }, { { "Brazilian" }, "BR" }, { { "Kiwi" }, "NZ" },
};

/* Currency names units.c does not know, as news writes them after a
 * number (ISO 4217; the dollars of a place are context_fill()'s). */
static const struct {
	const char *word, *code;
} currency_words[] = {
	{ "dls", "USD" }, { "dirham", "AED" }, { "dirhams", "AED" }, { "riyal", "SAR" },
	{ "zloty", "PLN" }, { "zlotys", "PLN" }, { "zloties", "PLN" },
	{ "forint", "HUF" }, { "forints", "HUF" }, { "shekel", "ILS" }, { "shekels", "ILS" },
	{ "naira", "NGN" }, { "krona", "SEK" }, { "kronur", "ISK" }, { "krone", "DKK" },
	{ "koruna", "CZK" }, { "korunas", "CZK" }, { "lei", "RON" }, { "leu", "RON" },
	{ "leva", "BGN" }, { "lev", "BGN" }, { "dinars", "KWD" }, { "dinar", "KWD" },
	{ "cruzados", "BRL" }, { "cruzado", "BRL" }, { "reais", "BRL" }, { "real", "BRL" },
	{ "austral", "ARS" }, { "australs", "ARS" }, { "schillings", "ATS" },
	{ "schilling", "ATS" }, { "escudos", "PTE" }, { "escudo", "PTE" },
	{ "drachmas", "GRD" }, { "drachma", "GRD" }, { "punts", "IEP" }, { "punt", "IEP" },
	{ "kwacha", "ZMW" }, { "cedis", "GHS" }, { "cedi", "GHS" }, { "taka", "BDT" },
	{ "dong", "VND" }, { "kyat", "MMK" }, { "soles", "PEN" }, { "bolivars", "VES" },
	{ "hryvnias", "UAH" }, { "rands", "ZAR" }, { "ringgits", "MYR" },
};

const char *context_currency_name(const char *s, size_t n)
{
	for (size_t k = 0; k < ARRAY_SIZE(currency_words); k++)
		if (tolower((unsigned char)*s) == currency_words[k].word[0] &&
		    strlen(currency_words[k].word) == n && !strncasecmp(s, currency_words[k].word, n))
			return currency_words[k].code;
	return NULL;
}

/* A token equal to w: exactly for a dateline's capitals, else folded. */
static int tok_is(const struct gram *g, size_t i, const char *w)
{
	return i < g->nt && gram_word(g, i, w);
}

/* The words of p start at token i (each a word token). */
static size_t place_at(const struct gram *g, size_t i, const struct place *p)
{
	size_t n = 0;

	while (n < ARRAY_SIZE(p->w) && p->w[n]) {
		if (!tok_is(g, i + n, p->w[n]))
			return 0;
		n++;
	}
	return n;
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
	size_t ls;

	if (i == 0 || g->t[i - 1].kind == TOK_NEWLINE)
		return 1;
	ls = line_start(g, g->t[i].off);
	if (ls <= g->t[i - 1].off + g->t[i - 1].len)
		return 0;	/* the token before is on the same line */
	return g->t[i].off - ls >= 2;
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

		if (cities[k].w[0][0] != (char)c || !(n = place_at(g, i, &cities[k])))
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
	for (size_t k = 0; k < ARRAY_SIZE(agencies); k++)
		if (agencies[k].w[0][0] == c && place_at(g, i, &agencies[k]))
			return agencies[k].code;
	return NULL;
}

const char *context_country_ending(const struct gram *g, size_t i, size_t s)
{
	unsigned char c;

	if (!gram_in(g, i, s) || g->t[i].kind != TOK_WORD)
		return NULL;
	c = (unsigned char)g->d->buf[g->t[i].off];
	/* A title's capitals: "RUSSIA", "CHINA'S" */
	if (g->t[i].len >= 4 && g->t[i].len < 24 && isupper(c) &&
	    isupper((unsigned char)tok_text(g, i)[1]) && isupper((unsigned char)tok_text(g, i)[2])) {
		char w[24];
		const char *code;
		size_t n = g->t[i].len;

		for (size_t k = 0; k < n; k++)
			w[k] = (char)(k ? tolower((unsigned char)tok_text(g, i)[k]) : tok_text(g, i)[k]);
		if ((code = units_country(w, n)) != NULL)
			return code;
	}
	if (!isupper(c) && !gram_word(g, i, "area") && !gram_word(g, i, "zone") &&
	    !gram_word(g, i, "eurozone"))
		return NULL;	/* "euro area" is the one lower-case name */
	for (size_t k = 0; k < ARRAY_SIZE(names); k++) {
		size_t n = 0, len;
		const char *w;

		while (n < ARRAY_SIZE(names[k].w) && names[k].w[n])
			n++;
		w = names[k].w[n - 1];
		len = strlen(w);
		if (tolower((unsigned char)w[0]) != tolower(c) || g->t[i].len < len)
			continue;
		/* The last word, with a possessive after it ("EU's", "Emirates'"). */
		if (!(g->t[i].len == len || (g->t[i].len == len + 2 && tok_text(g, i)[len] == '\'') ||
		      (g->t[i].len == len + 1 && tok_text(g, i)[len] == '\'') ||
		      (g->t[i].len == len + 4 && !memcmp(tok_text(g, i) + len, "\xe2\x80\x99s", 4))))
			continue;
		if (strncasecmp(tok_text(g, i), w, len))
			continue;
		for (size_t m = 1; m < n; m++)
			if (i < m || !gram_in(g, i - m, s) || !gram_word(g, i - m, names[k].w[n - 1 - m]))
				goto next;
		return names[k].code;
next:;
	}
	return NULL;
}

/* ---- per sentence ----------------------------------------------------- */


void context_prepare(struct gram *g)
{
	const char *dateline = NULL, *agency = NULL, *place = NULL;
	size_t par = 0;

	g->par = xcalloc(g->ns ? g->ns : 1, sizeof(*g->par));
	g->place = xcalloc(g->ns ? g->ns : 1, sizeof(*g->place));
	for (size_t s = 0; s < g->ns; s++) {
		size_t t0 = g->s[s].t0;

		if (para_start(g, t0) || s == 0) {
			const char *d = dateline_at(g, t0);

			par = s;
			/* A sub-dateline holds for its paragraph ("ZURICH - Swiss
			 * watch exports"), the story's own for the rest. */
			place = d && dateline ? d : NULL;
			if (d && !dateline)
				dateline = d;
		}
		g->par[s] = par;
		g->place[s] = place;
		for (size_t i = t0; !agency && i < g->s[s].t1; i++)
			agency = agency_at(g, i);
	}
	/* "Goods by geographic area, not seasonally adjusted:": a lead that
	 * holds for its paragraph and the next. */
	g->adj_def = xcalloc(g->ns ? g->ns : 1, 1);
	signed char cur = 0;

	for (size_t s = 0, lead_par = NO_SENT, next = NO_SENT; s < g->ns; s++) {
		int lead, v = qualify_adjustment_said(g, s, &lead);

		if (v && lead) {
			cur = (signed char)v;
			lead_par = g->par[s];
			next = NO_SENT;
			continue;
		}
		if (lead_par == NO_SENT)
			continue;
		if (g->par[s] != lead_par && next == NO_SENT)
			next = g->par[s];
		if (g->par[s] == lead_par || g->par[s] == next)
			g->adj_def[s] = cur;
		else
			lead_par = NO_SENT;
	}
	/* A release on trade in goods (Eurostat's): its totals are of goods. */
	for (size_t s = 0; s < g->ns && s < 4 && !g->story_goods; s++)
		for (size_t i = g->s[s].t0; i + 2 < g->s[s].t1; i++)
			if (gram_word(g, i, "trade") && gram_word(g, i + 1, "in") &&
			    gram_word(g, i + 2, "goods"))
				g->story_goods = 1;
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
}

void context_release(struct gram *g)
{
	free(g->par);
	free(g->place);
	free(g->adj_def);
	g->adj_def = NULL;
	g->par = NULL;
	g->place = NULL;
}

const char *context_reporter(const struct gram *g, size_t s)
{
	if (g->ctx_par != NO_SENT && g->par && g->par[s] == g->ctx_par && g->ctx_rep[0])
		return g->ctx_rep;
	if (g->place && g->place[s])
		return g->place[s];
	return g->doc_freq;
}

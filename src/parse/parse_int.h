/*
 * parse_int.h - private to src/parse (like SQLite's sqliteInt.h): the token
 * array the grammar works on, shared by gram.c (figures), frame.c (the
 * sentence around a figure) and subject.c (who trades what with whom).
 * Nothing outside src/parse includes it.
 *
 * Invariants:
 *  1. g->t holds every token of the document except TOK_EOF, in order.
 *  2. g->sent[i] is the sentence of token i, or NO_SENT for a paragraph break;
 *     sentences are contiguous token ranges [t0, t1) in order.
 *  3. g->clause[i] is the clause of token i: clauses are contiguous token
 *     ranges inside one sentence, cut at commas, brackets, quotes and dashes
 *     (each such break token is a clause of its own).
 *  4. Everything frame_fill() reads is precomputed per token, per clause or
 *     per sentence, or cached for the current sentence: the work per figure
 *     is bounded by a constant, so a document parses in linear time.
 */
#ifndef TS_PARSE_INT_H
#define TS_PARSE_INT_H

#include "parse/parse.h"
#include "lexicon_words.h"

#define NO_SENT ((size_t)-1)
#define MAX_CANDS 16
#define MAX_SWITCH 8

struct sent {
	size_t t0, t1;		/* token range, t1 exclusive */
};

struct clause {
	size_t t0, t1;		/* token range, t1 exclusive */
	unsigned yoy, mom;	/* year-on-year / month-on-month cues that start in it */
	unsigned qoq;		/* quarter-on-quarter cues that start in it */
};

/* A period phrase of a sentence (when.c): "in August", "the third quarter". */
struct cand {
	size_t tok, end;	/* the phrase's tokens, end exclusive */
	int base;		/* 1: "compared to July": the base of a change */
	int prior;		/* 1: "from 723 mln in January": an earlier value's */
	int rel_year;		/* 1: "last year", relative to the figure it follows */
	int local;		/* 1: "for the 1986/87 season": only its own clause's */
	int deadline;		/* 1: "until ... in 1990": only a figure right before it */
	int same;		/* 1: "the same period of 1986": the main period moved to a year */
	int same_year;		/* that year, or 0: "last year", "a year ago" (a year before) */
	int near;		/* 1: "on March 1": only the figure right before it;
				   2: "yesterday's": only the one right after it */
	int weak;		/* 1: "on Monday": only when the sentence names no other period */
	size_t lead;		/* "(revised from 1.7 mln) in January": where "right after" starts */
	int open;		/* 1: "this year and next", "over the next four years": no one period */
	int after_only;		/* 1: "against a 1985 deficit of 900 mln", "against 1986/87's
				   2.87 mln": the earlier value's after it, never a figure's before */
	int before_only;	/* 1: "over the past six months" inside its sentence: only a
				   figure before it in its clause (when_span.c) */
	size_t and_tok;		/* "6.72 billion and imports of 6.64 billion in January": the
				   "and" after a figure that shares it (when.c), or NO_SENT */
	int and_noun;		/* 1: a flow noun follows that "and" ("and imports of"): a
				   parallel the figure before shares even after a period of its own */
	size_t num_before;	/* the last number token before the phrase in its sentence, or tok */
	size_t conj;		/* the last "and", "but", "while" after num_before and before
				   the phrase (another conjunct's subject), or NO_SENT */
	char period[PERIOD_MAX];
};

/* Who trades what with whom, as a sentence names it (subject.c). */
struct subj {
	char flow[8];		/* "import", "export", "trade" or "" */
	char reporter[4];	/* ISO 3166 alpha-2 or "" */
	char partner[8];	/* ISO 3166 alpha-2, "WORLD" or "" */
	char commodity[24];	/* lower case: "goods", "oil", "lng", ... or "" */
	size_t tok;		/* the flow word's token */
	unsigned char rep_inferred; /* 1: reporter from context, not the sentence */
	unsigned char flow_inferred; /* 1: carried from the sentence before */
	unsigned char par_open;	/* 1: "to Asia", "outside the EU": a partner named
				   that is no one country (so never WORLD) */
	unsigned char par_inferred; /* 1: partner from the sentence before, not this one */
	unsigned char par_unsaid; /* 1: par_open only because no origin is named
				     ("its tender for 225,000 tonnes of wheat") */
};

/* A list of earlier values after a figure that is none (period_list.c). */
#define PLIST_MAX 4
struct plist {
	size_t s;		/* its sentence, or NO_SENT */
	int n;			/* members read, at most PLIST_MAX */
	int lent;		/* members that took a pattern's period */
	char main[PERIOD_MAX];	/* the period of the figure it compares with */
	char per[PLIST_MAX][PERIOD_MAX]; /* each member's period, in order */
};

struct gram {
	const struct doc *d;	/* borrowed */
	struct token *t;	/* owned: tokens, TOK_EOF excluded */
	size_t nt, talloc;
	size_t *sent;		/* owned: nt sentence indexes */
	struct sent *s;		/* owned: the sentences */
	size_t ns, salloc;
	size_t *clause;		/* owned: nt clause indexes (frame_prepare) */
	struct clause *c;	/* owned: the clauses */
	size_t nc, calloc_;
	signed char *dir_before; /* owned: +1/-1 for the nearest direction word
				    before token i in its clause, 0 if none */
	signed char *dir_from;	/* owned: the same at or after token i */
	const char *doc_country; /* static: the country the article is most about, or NULL */
	/* Caches for the sentence of the last figure (frame.c). */
	size_t cand_s;		/* sentence of cands[], or NO_SENT */
	struct cand cands[MAX_CANDS];
	size_t ncands;
	size_t subj_s;		/* sentence of subj, or NO_SENT */
	struct subj subj;
	/* Carried from sentence to sentence: what a continuing sentence inherits. */
	size_t carry_s;		/* last sentence whose subject named a flow, or NO_SENT */
	struct subj carry;
	size_t basis_s;		/* last sentence with a yoy/mom change, or NO_SENT */
	size_t last_s;		/* sentence of the last figure that is not an earlier value */
	char last_period[PERIOD_MAX]; /* that figure's period */
	struct plist pl_cur;	/* the list of earlier values being read (period_list.c) */
	struct plist pl_pat;	/* the last list that named its periods */
	size_t first_s;		/* sentence of the first such figure of last_s, or NO_SENT */
	char first_period[PERIOD_MAX]; /* its period: "a year earlier"'s (when_prior()) */
	int last_balance;	/* 1: that figure is a balance, of subject last_bal */
	struct subj last_bal;
	size_t nsw;		/* subject switches of sentence subj_s ("while oil imports") */
	size_t sw_tok[MAX_SWITCH];	/* the token each starts at */
	struct subj sw[MAX_SWITCH];
	enum measure basis;	/* MEASURE_CHANGE_YOY or MEASURE_CHANGE_MOM */
	/* The story's context (context.c). */
	const char *doc_freq;	/* static: the country named most, or NULL */
	size_t *par;		/* owned: per sentence, its paragraph's first sentence */
	size_t *body;		/* owned: per sentence, its first token after a dateline */
	const char **place;	/* owned: per sentence, the country of its dateline,
				   sub-dateline or agency (static), or NULL */
	const char **owner;	/* owned: per sentence, the country whose figures its
				   paragraph says it gives ("Taiwan's official
				   figures show"; static), or NULL */
	size_t ctx_par;		/* paragraph of ctx_rep and ctx_period, or NO_SENT */
	char ctx_rep[4];	/* the reporter a sentence of it stated last */
	size_t lead_par;	/* the dateline's paragraph (the lead), or NO_SENT */
	size_t title_end;	/* the first paragraph after the title: the lead, or
				 * one an unknown city's dateline opens; or NO_SENT */
	char lead_rep[4];	/* the first reporter a sentence of it stated, or "" */
	size_t per_par;		/* paragraph of ctx_period, or NO_SENT */
	char ctx_period[PERIOD_MAX]; /* the period a figure of it stated last */
	char story_q[PERIOD_MAX], story_m[PERIOD_MAX]; /* the story's last quarter, month */
	int story_seen;		/* 1: story_par is set (timing.c) */
	size_t story_par;	/* the lead's paragraph: the dateline's, else the first figure's */
	char story_per[PERIOD_MAX]; /* the period the lead's first figure stated, or "" */
	size_t bal_s;		/* sentence of the last balance, or NO_SENT */
	struct subj bal;	/* its subject */
	int bal_deficit;	/* 1: it is a deficit */
	size_t fig_end;		/* the token after the last figure (gram.c) */
	int story_goods;	/* 1: the story's lead is about trade in goods */
	int bop_story;		/* qualify_bop_story(): 0 unread, 1 no, 2 yes */
	int customs_story;	/* qualify_customs_context(): 0 unread, 1 no customs
				   figures named, 2 named first at customs_s, 3 in
				   the headline or lead */
	size_t customs_s;
	int prev_basis;		/* the basis (enum rate_basis) of the figure before */
	char prev_dir[8];	/* its direction */
	size_t estchg_s;	/* qualify.c estimate_changed(): sentence + 1 read, or 0 */
	size_t estchg_k;	/* its first "raised its estimate", or SIZE_MAX */
	size_t adj_s;		/* sentence of adj_v, or NO_SENT */
	int adj_v;		/* its adjustment: 1 sa, -1 nsa, 0 unsaid */
	signed char *adj_def;	/* owned: per sentence, a lead's adjustment it takes */
	size_t resp_s;		/* sentence of resp[], or NO_SENT */
	size_t nresp, resp_i;	/* "from A, B and C ... respectively": the list, and
				   the figures of the sentence so far */
	const char *resp[8];
	size_t chg_s, chg_t1;	/* sentence and end token of the last change */
	enum measure chg_measure; /* its measure */
	char chg_dir[8];	/* and direction */
	struct subj chg;	/* its flow, reporter, partner and commodity */
	size_t basis_par, basis_sent; /* where a change last named its basis */
	enum measure basis_name; /* MEASURE_CHANGE_YOY or MEASURE_CHANGE_MOM */
	/* The commodities named so far (commodity.c; all 0 after gram_load). */
	int com_ready;		/* bit 1: com_title is set; bit 2: the lead says goods */
	char com_title[24];	/* the title's commodity, or "" */
	size_t com_next;	/* the first token not yet read for com_last */
	int com_seen;		/* 1: com_last holds one */
	char com_last[24];	/* the commodity named last before com_next */
	size_t com_par;		/* its paragraph (as g->par) */
	size_t com_qty_s;	/* 1 + the sentence of the last quantity with goods, 0 none */
	char com_qty[24];	/* that quantity's commodity */
	/* The figure before, of any kind (frame.c): what a figure joined to it
	 * ("from 2.5 pct this year and 2.7 pct last year", "from 3.11 rupees
	 * per kilo to 2.85 rupees") takes from it. */
	size_t prev_s, prev_t1;	/* its sentence (NO_SENT: none) and end token */
	enum measure prev_m;	/* its measure */
	int prev_prior;		/* 1: it is an earlier value */
	int prev_reached;	/* 1: a level reached or left ("to 12 pct") */
	char prev_per[8], prev_unit[12];
	int prev_balance;	/* 1: it is a balance, of subject prev_bal */
	struct subj prev_bal;
	/* The last deal a sentence stated with both sides (subject_deal.c):
	 * "Brazil bought 75,000 tonnes of French wheat". */
	size_t deal_s;		/* its sentence, or NO_SENT */
	struct subj deal;	/* par_open: a buyer's tender of no origin named */
	size_t deal_next;	/* the first sentence not yet read for a deal (a
				   title or lead with no figure states one too) */
	char pre_period[PERIOD_MAX]; /* the period of the lead's figures a preliminary
					release gave ("Preliminary figures for February
					show"), or "" */
	/* A money market's operations (period_carry.c; all 0 after gram_load). */
	int mm_story;		/* 0 unread, 1 no, 2 the title or lead is about one */
	size_t mm_par;		/* 1 + the paragraph a sentence named one in, or 0 */
	size_t mm_s;		/* 1 + the sentence mm_named caches, or 0 */
	int mm_named;		/* 1: sentence mm_s - 1 names one */
	char mm_day[PERIOD_MAX]; /* the day a figure of the story took, or "" */
	/* source.c: what it read last, each key an index + 1 (0: none yet):
	 * the source of sentence src_key - 1, the attribution of paragraph
	 * srcp_key - 1 (its first sentence's index), and the lead's. */
	size_t src_key, srcp_key, srcl_key;
	char src[SOURCE_MAX], srcp[SOURCE_MAX], srcl[SOURCE_MAX];
};

/* A figure as the grammar found it, before its sentence is looked at. */
struct fig {
	size_t h0;		/* first token of the hedge ("more than"), == t0 if none */
	size_t t0, t1;		/* the mention's tokens, t1 exclusive */
	int sign;		/* +1 or -1 when written ("+8%"), else 0 */
	double scale;		/* the scale word's multiplier ("million": 1e6), else 1 */
	double factor;		/* the unit's ("cents": 0.01, "bcm": 1e9), else 1 */
};

/* Token i is the word w (a lexicon constant, lexicon_words.h), in any case;
 * 0 when i is out of range. */
static inline int tok_is(const struct gram *g, size_t i, enum lex_word w)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && g->t[i].lex == (uint32_t)w;
}
/* The lexicon entry of token i (entry 0, no class, when it has none). */
static inline const struct lex_entry *tok_lex(const struct gram *g, size_t i)
{
	return &lexicon_entries[g->t[i].lex];
}
/* The alpha-2 code of the country token i names ("China", "Russia's"), or NULL. */
static inline const char *tok_country(const struct gram *g, size_t i)
{
	const struct token *t = &g->t[i];

	return t->cls & CLS_COUNTRY ? lexicon_entries[t->stem ? t->stem : t->lex].country : NULL;
}
/* Token i has one of the lexicon classes cls (CLS_MONTH | ...), as written;
 * 0 when i is out of range. */
static inline int tok_has(const struct gram *g, size_t i, uint64_t cls)
{
	return i < g->nt && (g->t[i].cls & cls) != 0;
}
/* Token i is one of the words set[0..n) (lexicon constants); WORD_AMONG for
 * a static table. */
static inline int tok_among(const struct gram *g, size_t i, const enum lex_word *set, size_t n)
{
	if (i >= g->nt || g->t[i].kind != TOK_WORD || !g->t[i].lex)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (g->t[i].lex == (uint32_t)set[k])
			return 1;
	return 0;
}
#define WORD_AMONG(g, i, set) tok_among((g), (i), (set), sizeof(set) / sizeof((set)[0]))
/* The tokens of sentence s within WINDOW of token t: what a rule reads
 * around one figure, so that a run-on sentence costs each figure a
 * constant (invariant 4). */
#define WINDOW 80
static inline size_t win_lo(const struct gram *g, size_t s, size_t t)
{
	return t > g->s[s].t0 + WINDOW ? t - WINDOW : g->s[s].t0;
}
static inline size_t win_hi(const struct gram *g, size_t s, size_t t)
{
	return t + WINDOW < g->s[s].t1 ? t + WINDOW : g->s[s].t1;
}
/* The bytes of token i (borrowed from the document). */
static inline const char *tok_text(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}
/* Token i is punctuation or a symbol spelt exactly p. Inline up to the
 * first byte (it runs several times per token); gram_punct_spelt() the rest. */
int gram_punct_spelt(const struct gram *g, size_t i, const char *p);
static inline int gram_punct(const struct gram *g, size_t i, const char *p)
{
	return i < g->nt && (g->t[i].kind == TOK_PUNCT || g->t[i].kind == TOK_SYM) &&
	       g->d->buf[g->t[i].off] == *p && gram_punct_spelt(g, i, p);
}
/* Token i starts where token i-1 ends (no space between). Inline: it and
 * gram_in() run several times per token. */
static inline int gram_glued(const struct gram *g, size_t i)
{
	return i > 0 && i < g->nt && g->t[i - 1].off + g->t[i - 1].len == g->t[i].off;
}
/* Token i exists and lies in sentence s (i may be "before 0", i.e. huge). */
static inline int gram_in(const struct gram *g, size_t i, size_t s)
{
	return i < g->nt && g->sent[i] == s;
}
/* Token i is a word of sentence s (figure.c, numwords.c). */
static inline int word_in(const struct gram *g, size_t i, size_t s)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && g->sent[i] == s;
}
/* The scale of token i ("million": 1e6), 0 for any other word. */
static inline double tok_scale(const struct gram *g, size_t i)
{
	return tok_has(g, i, CLS_SCALE) ? tok_lex(g, i)->scale : 0;
}
/* Token i lies in sentence s and is the word w. */
static inline int word_s(const struct gram *g, size_t i, size_t s, enum lex_word w)
{
	return gram_in(g, i, s) && tok_is(g, i, w);
}
/* Token i of sentence s is a word of one of the classes cls (as
 * written). */
static inline int class_s(const struct gram *g, size_t i, size_t s, uint64_t cls)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_WORD && tok_has(g, i, cls);
}

/* figure.c: the parts of a figure, each taking tokens of sentence s from
 * i or j and returning how many (0: none). */
/* "$", "US$", "C $", "U.S. $", "USD", "rmb", "MUSD" before the number: sets
 * *iso, and *scale (1e6 for an "M" prefix, else 1). */
size_t gram_currency_before(const struct gram *g, size_t i, size_t s, const char **iso,
			    double *scale);
/* Percent, currency or quantity unit after the number: sets cl's kind and
 * unit (or *iso for money) and multiplies *factor ("cents": 0.01). */
size_t gram_unit_after(const struct gram *g, size_t j, size_t s, const char **iso,
		       struct claim *cl, double *factor);
/* "per year", "a day", "annually": copies the time unit to per. */
size_t gram_rate_after(const struct gram *g, size_t j, size_t s, char per[static 8]);
/* A rate per year in the words after figure f that gram_rate_after() did
 * not read ("0.5 pct each year", "a 10 pct annual cut", "two mln tonnes of
 * grain annually"): sets cl->per to "year" when blank. */
void gram_rate_words_after(const struct gram *g, const struct fig *f, size_t s, struct claim *cl);
/* "twenty-five", "a hundred", "half" ("half a million"), "three quarters". */
size_t gram_number_words(const struct gram *g, size_t i, size_t s, double *num);
/* A count at token i: a whole number in digits ("10", 1 token) or in words
 * ("ten", "twenty-five"); the tokens taken (0 if none), the count in *num. */
size_t gram_count_at(const struct gram *g, size_t i, size_t s, double *num);
/* Token i is punctuation a number may be glued to on its left ("(", "-"). */
int gram_opens_number(const struct gram *g, size_t i);
/* sign.c: money figure f of sentence s is a deficit named before it that
 * is no trade balance (a budget's, the money market's); the percent figure
 * at i (unit ending before j) is a gap between rates, in points (recall4). */
int gram_deficit_named(const struct gram *g, const struct fig *f, size_t s);
int gram_rate_gap(const struct gram *g, size_t i, size_t j, size_t s);
/* After frame_fill(): a figure written with a sign that is no balance
 * ("(-$1.4 billion)", "-0.5%"; not "minus five percent") is a change,
 * unsigned, with its direction. */
void gram_signed_change(const struct gram *g, const struct fig *f, struct claim *cl);

/* date.c: the date starting at token i ("Tuesday, September 19"): fills f and
 * cl (kind CLAIM_DATE) and returns 1, or returns 0. */
int gram_date_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl);
/* fraction.c: fractions as rates and prices are quoted (recall2, issue 13).
 * A fraction's denominator (2 to 64); the fraction ending at token m ("1/4",
 * "5-1/2": its first token and *v, else SIZE_MAX); token i follows a number
 * ("7 3/4", "6-3/4, 5/8"); sentence s speaks of a rate or percent; a
 * dealer's two-way quote
 * at i ("6-1/4, 1/8 pct": its midpoint, like gram_date_at(); pct_before: a
 * percent figure came before it in its sentence, whose unit it may share). */
int gram_fraction_den(double d);
size_t gram_fraction_before(const struct gram *g, size_t m, size_t s, double *v);
int gram_after_number(const struct gram *g, size_t i, size_t s);
int gram_rate_sentence(const struct gram *g, size_t s);
/* points.c: a change of a rate in points after the number at i..j-1 ("1/4
 * point", "half a point", "a 25-basis-point cut"): kind and unit "pp"/"bp"
 * set and the tokens of the unit returned, else 0 (units7). */
size_t gram_point_after(const struct gram *g, size_t i, size_t j, size_t s, double num, size_t nw,
			int fraction, struct claim *cl);
int gram_quote_at(const struct gram *g, size_t i, int pct_before, struct fig *f, struct claim *cl);
/* fraction.c: a share written as a fraction in words at token i ("about
 * one-third of total exports", "nearly a third below", "more than half
 * from", "four-fifths"): a percent figure (33.33), like gram_date_at(). */
int gram_word_fraction_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl);
/* fraction.c: "billion-a-month" (scale and per, 1 or 0); the prices of a
 * list share the rate one states (claims base.. of out, figs theirs). */
int gram_scale_rate_word(const struct gram *g, size_t i, double *scale, char per[static 8]);
void gram_share_rates(const struct gram *g, struct claims *out, size_t base, const struct fig *figs);
/* quote_move.c: a price's move ("down 0.4% at $3,412.60 an ounce") takes
 * the price's flow, reporter and partner; a price sharing a market quote's
 * rate keeps no inferred reporter (claims base.. of out, figs theirs). */
void gram_quote_moves(const struct gram *g, struct claims *out, size_t base, const struct fig *figs);
/* quote_move.c: token k is "futures" or a futures contract ("the benchmark
 * August palm oil contract", "the contract on Bursa Malaysia Derivatives"). */
int quote_futures_word(const struct gram *g, size_t k);
/* quote_move.c: a takes b's flow, reporter and partner, with their sources
 * (a move its price's, a conversion in brackets its amount's). */
void gram_take_subject(struct claim *a, const struct claim *b);
/* subject_trade.c: sentence s states trade with two sides and no balance
 * ("Trade between Russia and China fell 3.8%"): its change is the same
 * seen from either side. */
int subject_turnover(const struct gram *g, size_t s);
/* hedge.c: the hedge before token t0 (sets approx, returns its first token,
 * t0 if none) and after a figure ending before t1 (only when approx is ""). */
size_t gram_hedge_before(const struct gram *g, size_t t0, char approx[static 16]);
void gram_hedge_after(const struct gram *g, size_t t1, char approx[static 16]);
/* range.c: figure f (claim cl) widened to a range whose lower end is before
 * it; the earlier value ("from 7.1 to ...") or list item ("36,552 and
 * 38,608 tonnes") before it as a figure of its own (fa, ca). 1 or 0. */
#define GRAM_MAX_VALUE 1e18	/* |value| above this is not a trade figure */
int gram_range_before(const struct gram *g, size_t floor, struct fig *f, struct claim *cl);
/* range.c: two figures that are a range's ends ("between $3 billion and $4
 * billion") become one, the first (units7). */
void gram_join_ranges(const struct gram *g, struct claims *out, size_t base, struct fig *figs);
/* range.c: "$228-232/t": the upper end after a number the currency before
 * it opens; *num the midpoint, *half half the range; tokens taken (units7). */
size_t gram_range_after(const struct gram *g, size_t j, size_t s, const char *iso, double *num,
			double *half);
int gram_from_before(const struct gram *g, size_t floor, const struct fig *f, const struct claim *cl,
		     struct fig *fa, struct claim *ca);
int gram_list_before(const struct gram *g, size_t floor, const struct fig *f, const struct claim *cl,
		     struct fig *fa, struct claim *ca);
int gram_joined_before(const struct gram *g, size_t floor, const struct fig *f, const struct claim *cl,
		       struct fig *fa, struct claim *ca);
/* The item before list item fa (claim ca) and a comma ("1.2, 0.8 and 0.3
 * mln tonnes": 1.2 before 0.8) as a figure of its own (fb, cb). 1 or 0. */
int gram_list_comma_before(const struct gram *g, size_t floor, const struct fig *fa,
			   const struct claim *ca, struct fig *fb, struct claim *cb);

/* when.c: the period phrases of sentence s, at most MAX_CANDS. */
size_t when_cands(const struct gram *g, size_t s, struct cand *c);
/* when_pick.c: which candidate a figure takes. */
/* The period of figure f: a phrase right after it ("971 mln in December"),
 * else one later in its clause (tokens [c0, c1)), else the nearest before
 * it, else the first after; never a base's or another earlier value's, and
 * a crop year only in its clause. "" if none. */
const char *when_pick(const struct cand *c, size_t n, const struct fig *f, size_t c0,
		      size_t c1);
/* The base of a change named in tokens [c0, c1) ("compared to July"), or NULL. */
const char *when_base(const struct cand *c, size_t n, size_t c0, size_t c1);
/* The period of f, an earlier value ("from 723 mln in January"): the phrase
 * right after it, else main moved a year back when "a year earlier" follows,
 * else "". main is the period of the figure it is compared with. */
void when_prior(const struct gram *g, const struct cand *c, size_t n, const struct fig *f,
		const char *main, char out[static PERIOD_MAX]);
/* "a year earlier" (ago, before; the previous year) right after f. */
int when_year_earlier(const struct gram *g, const struct fig *f);
/* Figure f right after "last year's" ("last harvest's record 4.1 mln") in
 * a sentence or paragraph about a crop year: the crop year before, in
 * period; else period is left as it is. */
void when_last_crop(const struct gram *g, const struct fig *f, size_t s,
		    char period[static PERIOD_MAX]);
/* period_list.c: figure f of sentence s (prior: an earlier value, see
 * compare_earlier_value()) in a list of earlier values that names no
 * period, after one of the story that did for a figure of the same
 * period ("against 230,764 and 241,567"): that list's period by position,
 * in period; else period is left as it is. Updates g->pl_cur, g->pl_pat. */
void period_list(struct gram *g, const struct fig *f, size_t s, int prior,
		 char period[static PERIOD_MAX]);
/* when_earlier.c: "the previous quarter", "a quarter earlier", "the prior
 * (statement) period" at token j of sentence s: the period before main,
 * of main's length, in out (1), else 0. */
int when_earlier_span(const struct gram *g, size_t j, size_t s, const char *main,
		      char out[static PERIOD_MAX]);
/* Candidate c, "last year" after an earlier value of sentence s, in a
 * paragraph whose period is part of the year after it (a quarter, a month,
 * months): that period, for the figure compared with it, in out (1), else
 * 0 (when_earlier.c). */
int when_relative_base(const struct gram *g, size_t s, const struct cand *c,
		       char out[static PERIOD_MAX]);
/* f comes right after a month's possessive ("from January's 129 mln",
 * "April's 2,040 billion surplus"): news names the month it compares with so */
int when_month_poss(const struct gram *g, const struct fig *f);

/* clause.c: splits g's tokens into sentences (fills g->sent and g->s). */
void frame_sentences(struct gram *g);
/* Fills the clause, direction and cue tables and the article's country, in
 * one pass over the tokens; frame_release() frees them. */
void frame_prepare(struct gram *g);
void frame_release(struct gram *g);
/* Fills clause c's direction tables and yoy/mom cue counts, once. */
void clause_ready(struct gram *g, size_t c);
/* The yoy (mom 0), mom (mom 1) or qoq (mom 2) cues of clauses c0..c1 (ready). */
unsigned clause_cues(const struct gram *g, size_t c0, size_t c1, int mom);
/* +1 for a word of rise ("rose"), -1 of fall ("fell"), else 0. */
int clause_direction_word(const struct gram *g, size_t i);

/* compare.c: what a figure is compared with (see the file's comment). */
/* f is the earlier value of a comparison: 1, 2 (a list of earlier values
 * goes on: its period as any figure's), 3 (the bracketed value of a
 * change's base: compare_base_value() gives the base); 0 if not. */
int compare_earlier_value(const struct gram *g, const struct fig *f, size_t s);
const struct cand *compare_base_value(const struct gram *g, const struct fig *f, size_t s);
/* A percent a change reaches or leaves ("fell to 12 pct from 17 pct"). */
int compare_level_reached(const struct gram *g, const struct fig *f, size_t s);
/* "above"/"below" what follows f: 2 last year's, 1 another, 0 none. */
int compare_above(const struct gram *g, const struct fig *f, size_t s);
/* The dated base a change of period p names right after it ("15.6 pct
 * below their level in February 1986", "0.3 pct against December") into
 * out: 1, or 0 if none. */
int compare_own_base(const struct gram *g, const struct fig *f, size_t s, const char *p,
		     char out[static PERIOD_MAX]);

/* frame.c */
/*
 * Fills what cl's sentence says about figure f: sentence bounds, direction,
 * measure, period and subject. cl's kind, value and unit are already set.
 * Figures must come in order of position (the caches and the carried
 * subject assume it).
 */
void frame_fill(struct gram *g, const struct fig *f, struct claim *cl);
/* frame_cues.c: what frame_fill() asks of f's sentence, each documented
 * there (pure but for frame_balance_subject_before()'s out). */
int frame_reserves_figure(const struct gram *g, const struct fig *f, size_t s);
int frame_limit_before(const struct gram *g, const struct fig *f, size_t s);
int frame_balance_phrase_ends(const struct gram *g, size_t k, size_t s);
int frame_required_before(const struct gram *g, const struct fig *f, size_t s, int prior);
int frame_sizes_named(const struct gram *g, const struct fig *f, size_t s);
/* govern.c: the measure the word governing f's clause gives it (m, *dir
 * as frame.c made them otherwise) */
enum measure govern_measure(const struct gram *g, const struct fig *f, size_t s, int prior,
			    enum measure m, const char **dir);
int govern_asked(const struct gram *g, const struct fig *f, size_t s);
/* frame_deal.c: a figure an agreement sizes, or a limit moved to */
int frame_deal_target(const struct gram *g, const struct fig *f, size_t s);
int frame_share_named(const struct gram *g, const struct fig *f, size_t s);
/* frame_cues.c: a crop's condition or progress in percent ("eight pct
 * planted", "rated 15 pct fair"): a share. */
int frame_state_share(const struct gram *g, const struct fig *f, size_t s);
/* frame_cues.c: a money level's subject before its verb, a net item of the
 * balance of payments (MEASURE_BALANCE) or an investment
 * (MEASURE_INVESTMENT); else MEASURE_NONE. */
enum measure frame_subject_measure(const struct gram *g, const struct fig *f, size_t s);
int frame_list_goes_on(const struct gram *g, const struct fig *f, size_t s, const char *unit,
		       enum measure m);
int frame_balance_subject_before(const struct gram *g, const struct fig *f, size_t s,
				 const struct subj *su, struct subj *out);
/* The balance noun of the sentence before that "it" opening s names again
 * as f's ("Last year it was one billion dlrs"), or NO_SENT. */
size_t frame_pronoun_balance(const struct gram *g, const struct fig *f, size_t s);
/* Percent f is a change of import or export prices, no trade flow. */
int frame_flow_prices(const struct gram *g, const struct fig *f, size_t s);
int frame_accounts_for(const struct gram *g, const struct fig *f, size_t s);
const struct subj *frame_subject_at(const struct gram *g, const struct fig *f);
int frame_per_area(const char *per);
int frame_capacity_sentence(const struct gram *g, size_t s);
int frame_gapped_change(const struct gram *g, const struct fig *f, size_t s);
int frame_listed_change(const struct gram *g, const struct fig *f, size_t s);
int frame_added_to(const struct gram *g, const struct fig *f, size_t s);
int frame_left_like(const struct gram *g, const struct fig *f, size_t s);
int frame_balance_list_goes_on(const struct gram *g, const struct fig *f, size_t s,
			       const struct claim *cl);
size_t frame_rate_at(const struct gram *g, const struct fig *f, size_t s);

/* subject.c: the subject named by sentence s (all fields "" if none). */
void subject_scan(const struct gram *g, size_t s, struct subj *out);
/* The subject switches of sentence s: after a figure, "while", "whereas",
 * "but" or "and" followed within three words by a flow noun ("while oil
 * imports rose to 425 mln") starts a part with its own subject. Writes at
 * most max (token of the switch word, subject), partner and commodity
 * taken from whole when the part names none; returns how many. */
size_t subject_switches(const struct gram *g, size_t s, const struct subj *whole,
			size_t *tok, struct subj *sw, size_t max);
/* subject_deal.c: sentence s names a country that is neither reporter nor
 * partner ("Colombia has been made eligible for sale of U.S. barley"): another
 * deal; the dateline's place is not read (context_body()). */
int subject_other_country(const struct gram *g, size_t s, const char *reporter,
			  const char *partner);
/* The words before figure f in its sentence, back to the figure before
 * it, name what it is of: a noun of output, stocks, debt ... (a figure of
 * no trade flow), or a currency as the subject ("the Korean won rose"). */
int subject_other_kind(const struct gram *g, const struct fig *f);
int subject_currency_before(const struct gram *g, const struct fig *f);
/* Sentence s states a flow (a flow noun or verb of trade) from its body up to token end. */
int subject_flow_said(const struct gram *g, size_t s, size_t end);
/* subject_balance.c: a trade balance around the figure of tokens [h0,
 * t1): "trade surplus of", "deficit narrowed to", "a 600 mln surplus".
 * Returns 0 if none (or a budget's); 1 with out's flow "trade", reporter
 * (the country before the word, else su's, else the sentence's or
 * article's) and partner ("with Japan"), or with out all "" for a balance
 * of no trade flow (current account, invisibles). */
int subject_balance(const struct gram *g, size_t h0, size_t t1, const struct subj *su,
		    struct subj *out);
/* The figure of tokens [h0, t1) is a target: "aims to", "target of", "a
 * 5 pct growth target". */
int subject_target(const struct gram *g, size_t h0, size_t t1);
/* The country named by the tokens ending at i ("Chinese", "United States",
 * "U.S."), or NULL. */
const char *subject_country_ending(const struct gram *g, size_t i, size_t s);
/* The country named by the tokens starting at i (*n of them), or NULL. */
const char *subject_country_starting(const struct gram *g, size_t i, size_t s, size_t *n);
/* Sentence s names a world total before token t ("world wheat
 * production", "World cereal stocks", "the world economy"; not the World
 * Bank, "World Trade Forecast", "the world price", "the world's largest"):
 * no economy's figure. */
int subject_world(const struct gram *g, size_t s, size_t t);
/* The share ending at token t1 is one "of (the) (total) world" something,
 * or its sentence names a trade flow: no economy's known. */
int subject_share_world(const struct gram *g, size_t s, size_t t1);
/* subject_list.c: the figure at h0 is a row of a list of partners after
 * a lead that names the trade ("destinations were: China (419,196
 * tonnes), Egypt (301,909)", "deficits with ... -- South Korea 7.1 billion
 * dlrs, Hong Kong 6.4 billion"): out's flow, reporter and the row's
 * partner, *bal 1 for a balance's lead; 1 if found. */
int subject_list_row(const struct gram *g, size_t h0, size_t s, struct subj *out, int *bal);
/* subject_trade.c: the other side of a pair of countries in sentence s,
 * within the window of token t, with rep as one side ("the U.S.-USSR
 * grains agreement", "U.S.-Japan trade", "RUSSIA-CHINA"), or NULL. */
const char *subject_pair_partner(const struct gram *g, size_t s, size_t t, const char *rep);
/* Sentence s opens with "The purchase", "The sale", "This tender": it
 * goes on about the purchase or sale the sentence before named. */
int subject_anaphor(const struct gram *g, size_t s);
/* A sentence about a deal (bought, sold, sales, a tender, a shipment) whose
 * import or export names no partner: the partner of the deal a sentence
 * at most DEAL_REACH before stated with both sides, when its reporter is
 * the same side (same flow) or the other (the opposite flow: "Greece
 * bought French maize ... 25,000 tonnes were sold at"), and it names no
 * country but its reporter; a deal stated with both sides is remembered. Sets su->partner, par_inferred.
 * deal11: a title or lead with no figure states the deal too; a sentence
 * of no flow that speaks of the deal's goods takes it whole (flow,
 * reporter, partner, all inferred); a tender of no origin named takes the
 * partner of the same buyer's deal before it. */
void subject_deal_carry(struct gram *g, size_t s, struct subj *su);
/* subject_deal.c: a figure's own phrase states a deal with both sides
 * ("China has added 30,000 tonnes of U.S. corn to its previous
 * commitments"): the story's deal from sentence s on. */
void subject_deal_note(struct gram *g, size_t s, const struct subj *su);
/* The words from token t grade goods ("12 pct moisture", "14 pct
 * protein"): the percent before them is no trade figure. */
int subject_grade(const struct gram *g, size_t t, size_t s);
/* The first country sentence s names before token t that is no partner
 * ("to China") and no currency ("U.S. dlrs"), or NULL. */
const char *subject_country_before(const struct gram *g, size_t s, size_t t);
/* Sentence s is about a market (a currency's rate, futures, a share index)
 * in the clause of the figure at t0 (unit: its ISO code or "%") or in its
 * first clause: such figures are no economy's statistic. */
int subject_market(const struct gram *g, size_t s, size_t t0, const char *unit);
/* The money figure at tokens t0..t1 (unit: its ISO code) is a currency's
 * price, no economy's statistic: a currency is the subject of its clause or
 * of its sentence's first ("the dollar fell to 145 yen"), or "It"/"its"
 * there stands for the currency the sentence before opened with, or "to
 * the dollar" follows; never an amount with a scale word ("400 mln dlrs"). */
int subject_fx_quote(const struct gram *g, size_t s, size_t t0, size_t t1, const char *unit);
/* The figure at tokens t0..t1 of measure m, of a trade flow with no
 * partner named, has one not known rather than all (WORLD): a price; "to
 * unknown destinations", "optional origin", "to third countries" near it; a
 * "tender for the export of" before it. */
int subject_no_world(const struct gram *g, size_t s, size_t t0, size_t t1, enum measure m);
/* The money figure of tokens h0..t1 sizes what is owed or lent, no trade
 * flow: "its 44.5 billion dlr foreign debt", "24 billion dlrs in debt
 * servicing", "an export credit of 250 mln dlrs", "Trade credits were 210
 * mln dlrs", "debt servicing will cost 204 mln dlrs". */
int subject_owed(const struct gram *g, size_t s, size_t h0, size_t t1);
/* Sentence s names its counterpart only vaguely: "optional origin", "to
 * unknown destinations", "to third countries". */
int subject_vague_partner(const struct gram *g, size_t s);
/* The sentence right before s has no figure and names a balance with one
 * partner: '"We hope to reduce our trade surplus with the U.S.," he said.
 * Taiwan's trade surplus rose to a record 13.6 billion' is the surplus with
 * the U.S.: that partner, other than rep, unless the balance at token b
 * says it is the total ("overall", "total"); else NULL. */
const char *subject_balance_partner_before(const struct gram *g, size_t b, size_t s,
					   const char *rep);
/* The country the document names most often (first named on a tie), or NULL. */
const char *subject_doc_country(const struct gram *g);

/* The lexicon word token i is, or for a possessive that is no word of its
 * own ("Africa's", "Kong's") its stem's: 0 for none. */
uint32_t context_word(const struct gram *g, size_t i);

/* commodity.c: the commodity named at token i ("oil", "petroleum products",
 * "durum wheat", "wheat and barley", "liquefied natural gas" -> "lng"; from
 * the lexicon's commodity classes): copies it to out and returns the tokens
 * it takes from i on (a compound's words before i name it too: "oil" in
 * "crude oil" is "crude oil", 1 token), or 0. Only tokens of sentence s are
 * read. */
size_t subject_commodity(const struct gram *g, size_t i, size_t s, char out[static 24]);
/* Fills a blank commodity of cl, figure f: a quantity's, from the commodity
 * its paragraph named last before it, else the title's, else the story's
 * last; money and percentages the same in a story whose title names goods.
 * Figures must come in order of position. */
void commodity_carry(struct gram *g, const struct fig *f, struct claim *cl);
/* context.c: the story's context. */
/* Fills g->par and g->place (dateline, sub-datelines, agency) in one pass
 * over the sentences; context_release() frees them. */
void context_prepare(struct gram *g);
void context_release(struct gram *g);
/* dateline.c: a dateline of the wire's shape at paragraph start i whose
 * city gives no country ("KANSAS CITY, April 9 -"): 1, else 0. */
int dateline_unknown(const struct gram *g, size_t i);
/* fiscal.c: the words between a year and its end ("year, which ends",
 * "year -- which ended"): ", which" at i, their count (0: none). */
size_t fiscal_which(const struct gram *g, size_t i, size_t s);
/* "ending", "ends" at i: 2 (the next such end); "ended": 1; else 0. */
int fiscal_end_word(const struct gram *g, size_t i, size_t s);
/* "on", "in", "this", "last" before the month that ends a year: 1. */
int fiscal_month_lead(const struct gram *g, size_t i, size_t s);
/* The line feed after token i is a wrap of wire copy (a full line, the next
 * one not indented): no sentence break. */
int context_wrap(const struct gram *g, size_t i);
/* A place of several words or one units.c does not know, ending at token
 * i ("euro area", "United Arab Emirates", "EU's"): its code, or NULL. */
const char *context_country_ending(const struct gram *g, size_t i, size_t s);
/* The country whose statistics sentence s's paragraph says it gives
 * ("Taiwan's official figures show", "according to Chinese customs"), or
 * NULL. */
const char *context_owner(const struct gram *g, size_t s);
/* A figure of trade in such a paragraph is that country's: its reporter
 * where none was stated; stated from the other side ("Washington's deficit
 * with Taipei", Taiwan's figures), turned round: reporter and partner
 * swapped, a balance's sign, a flow or a balance change's direction
 * turned. *rep_inferred is cleared when the reporter is set. */
void context_owner_fill(const struct gram *g, size_t s, struct claim *cl, int *rep_inferred);
/* A country's code as of the story's date (YYYY-MM-DD): "RU" before 1992
 * is "SU", "CZ" before 1993 "CS"; else code itself (a static string or
 * code). */
const char *context_country_on(const char *code, const char *date);
/* The first token of sentence s after its dateline ("BEIJING, Sept 8 -"):
 * a dateline's city is context, never a country the sentence states. */
size_t context_body(const struct gram *g, size_t s);
/* The reporter sentence s inherits: its paragraph's stated one, else its
 * (sub-)dateline's or agency's country, else the country named most. */
const char *context_reporter(const struct gram *g, size_t s);
/* Sentence s stated rep as a figure's reporter: its paragraph's subject
 * from now on, and with lead set the story's if s is in the lead. */
void context_stated(struct gram *g, size_t s, const char *rep, int lead);
/* Sentence s is a row of a table or list whose lead states a flow
 * ("Exports of the following commodities ..., in thousand tonnes --"):
 * out becomes the lead's subject, inferred, without its goods. */
void context_lead_subject(const struct gram *g, size_t s, struct subj *out);
/* timing.c: periods and bases from a figure's words (each writes out only
 * when it finds its phrase and returns 1, or leaves out as it was). */
/* "August exports rose", "the December deficit" near token t. */
int timing_month_modifier(const struct gram *g, size_t s, size_t t, char out[static PERIOD_MAX]);
/* A title in capitals: the year, month, quarter or month range of tokens [k0, k1). */
int timing_title_period(const struct gram *g, size_t s, size_t k0, size_t k1,
			char out[static PERIOD_MAX]);
/* The period a change is measured against, named after it or by "compared
 * to ... in <period>" before it; out "" if none. */
void timing_change_base(const struct gram *g, const struct fig *f, size_t s,
			char out[static PERIOD_MAX]);
/* "Year-over-year, ...": the basis a sentence opens with, or MEASURE_NONE. */
enum measure timing_lead_basis(const struct gram *g, size_t s);
/* "the three months ending in June": period, the last month, becomes the range. */
void timing_months_ending(const struct gram *g, size_t s, size_t t, char period[static PERIOD_MAX]);
void timing_year_to(const struct gram *g, size_t s, size_t t, int change,
		    char period[static PERIOD_MAX]);
/* "Feb 1-20", "Jan 1-Mar 10", "the first 10 days of May" near f. */
void timing_days_range(const struct gram *g, const struct fig *f, size_t s,
		       char period[static PERIOD_MAX]);
/* change_yoy / change_mom when base is a year / a month before p, else MEASURE_NONE. */
enum measure timing_basis_of(const char *p, const char *base);
/* Period p starts after the date ("1987/88" before July 1987 counts). */
int timing_future(const char *date, const char *p);
/* when.c's readers, shared with spans.c: a year token (1900..2100, no
 * word glued on), a month word (misspelt or lower case after "in"), and a
 * year after a phrase ("of 2023", "this year"; *rel as period_resolve_*). */
int when_year_tok(const struct gram *g, size_t i, size_t s);
int when_month_at(const struct gram *g, size_t i, size_t s);
size_t when_year_after(const struct gram *g, size_t j, size_t s, int *year, enum period_rel *rel);

/* spans.c: period phrases beyond months, quarters and ranges. Each *_at
 * style reader takes token k of sentence s and returns the tokens it
 * takes (0: none), filling c where it gives one. */
int span_crop_year(const struct gram *g, size_t k, size_t s);	/* "1986/87" */
int span_modifies_noun(const struct gram *g, size_t k, size_t s); /* "1985 deficit" */
/* when_year.c: the words before year k make it a period ("in 1986", "for all 1986") */
int when_year_led(const struct gram *g, size_t k, size_t s);
/* when_year.c: candidate n, a quarter with no year written, after a quarter
 * of a written year earlier in the year in sentence s: that year (1 when set). */
int when_quarter_year(const struct gram *g, size_t s, struct cand *c, size_t n);
/* when_year.c: figure f's whole year from "last year" and a month before a
 * flow noun in its sentence ("The January surplus last year"): that month. */
void when_month_last_year(const struct gram *g, const struct fig *f, size_t s,
			  char period[static PERIOD_MAX]);
int span_weekday(const struct gram *g, size_t i);	/* 0 Monday..6, or -1 */
size_t span_prefixed(const struct gram *g, size_t k, size_t s, struct cand *c); /* "end-1988" */
size_t span_same(const struct gram *g, size_t k, size_t s, struct cand *c); /* "same period of 1986" */
void span_same_resolve(const struct cand *c, const char *p, char out[static PERIOD_MAX]);
void span_year_to_date(const struct gram *g, struct cand *c);
size_t span_month_quarter(const struct gram *g, size_t k, size_t s, struct cand *c); /* "June quarter" */
size_t span_story_months(const struct gram *g, size_t k, size_t s, struct cand *c); /* "the two months" */
size_t span_open(const struct gram *g, size_t k, size_t s);	/* "this year and next" */
size_t span_lead(const struct gram *g, size_t k, size_t s);	/* see cand.lead */
int span_month_earlier(const struct gram *g, size_t j, size_t s); /* "the month before" */
size_t span_year_ending(const struct gram *g, size_t k, size_t s, struct cand *c); /* "the year ended March 31" */
size_t span_week_ended(const struct gram *g, size_t k, size_t s, struct cand *c); /* "the week ended March 26" */
/* span_week.c: "the two weeks to Wednesday", "the week to yesterday": the
 * 7N days to that day, in c->period; tokens taken, or 0. */
size_t span_weeks_to_day(const struct gram *g, size_t k, size_t s, struct cand *c);
/* span_week.c: "the past two weeks" (the 14 days to the story's day),
 * "earlier this week" (Monday to it; weak); tokens taken, or 0. */
size_t span_weeks_back(const struct gram *g, size_t k, size_t s, struct cand *c);
int span_week_earlier(const struct gram *g, size_t j, size_t s, const char *main,
		      char out[static PERIOD_MAX]);	/* "the previous week" */
int span_prior_word(const struct gram *g, size_t k, size_t s);	/* "against (a)" before k */
int span_since(const struct gram *g, size_t k, size_t s);	/* "since (early)" before k */
/* period_carry.c: periods from beyond a figure's own words. */
/* The period phrase at k is the base of a comparison in percent ("42 pct
 * above the 16.98 billion dlrs recorded in February 1986"); *number: a
 * number lies between (an earlier value's period, not a base). */
int pc_comparison_base(const struct gram *g, size_t k, size_t s, int *number);
/* The period phrase at tokens [k, end) of sentence s dates an event, not a
 * figure: "last month's G-6 meeting", "the accord last month", "agreed in
 * Paris last month", "agreed upon last month". */
int pc_event_time(const struct gram *g, size_t k, size_t end, size_t s);
/* Figure f is the value a percentage compares with ("54 pct above February
 * 1986's 6.88 billion"). */
int pc_compared_value(const struct gram *g, const struct fig *f, size_t s);
/* A figure of a money market's operation ("provided the money market with
 * 451 mln stg assistance", "bought 108 mln stg of bills ... at 10-7/16 pct")
 * with no period of its own: the day of the operation, the story's unless
 * it said another ("will sell tomorrow"); *inferred when its sentence does
 * not name the market. cl is left as it is for an earlier value (prior). */
void pc_market_day(struct gram *g, const struct fig *f, struct claim *cl, int prior,
		   int *inferred);
/* A target whose period is over by the story's date and neither written
 * next to it nor in its clause ("plans to expand the area by 50 pct" after
 * "damage to its crop last year") has none. */
void pc_target_past(const struct gram *g, const struct fig *f, struct claim *cl);
/* An amount or its change with no period and no trade flow, after a figure
 * of the same sentence that has one ("futures trade declined to 892,700
 * tonnes from 1.19 mln in January, and the value fell to 97 mln stg from
 * 129 mln"): that period (1 when set). */
int pc_sentence_period(const struct gram *g, const struct fig *f, size_t s, struct claim *cl);
/* A stock of money at the end of a seven-day range ("rose to 10.7 billion
 * in the week ended April 6"): the range's last day, in cl->period. */
void pc_week_stock_day(struct claim *cl);
/* A quantity of a sentence that names stocks, dated December of a year
 * the sentence says the end of ("wheat stocks at the end of 1986 were
 * 390,000 tonnes", "end-1987 stocks"): that year's last day. */
void pc_year_end_stock(const struct gram *g, const struct fig *f, struct claim *cl);
/* The paragraph's period p is not cl's: cl is a forecast or target and p
 * is over by the story's date ("The surplus was 1.2 billion dlrs in 1986.
 * Officials forecast a surplus of 900 mln"), or cl's sentence (g->cands)
 * names a span no one period names ("in recent years"); not when sentence s
 * is a poll's expectation of the figure just released ("Analysts had
 * expected a surplus of $95.0 billion"). */
int pc_carry_refused(const struct gram *g, const struct claim *cl, const char *p, size_t s);
/* "between May 21 and June 25", "between June 5 and 20", "April 15/May
 * 15" at token k (the first month) of sentence s: the days m0/d0 to m1/d1
 * and the last token in *e; 0 when none. */
int pc_days_between(const struct gram *g, size_t k, size_t s, int *m0, int *d0, int *m1, int *d1,
		    size_t *e);
/* relative.c: periods relative to another figure's or to the story. */
/* Years "last year" after an earlier value moves the period main of the
 * figure it follows: -1, or to the story's last year when main is still
 * to come ("to two pct in 1988 from 2.7 pct last year": 1986). */
int rel_last_year_shift(const struct gram *g, const char *main);
/* p is a plain year or crop year ("1986", "1986/87"). */
int rel_year_only(const char *p);
/* Earlier value f says nothing after its number (a balance or flow noun
 * aside): punctuation, the sentence's end or a conjunction follows ("from
 * 11.34 billion.", "against 160 and 167 mln"); not "1.65 mln forecast in
 * March", "from 888 mln dlrs to 1.8 billion", "a 14 billion dlr surplus in
 * services", "3.54 billion five years previously". */
int rel_stands_alone(const struct gram *g, const struct fig *f, size_t s);
/* An earlier value that names no period in a sentence that revises an
 * estimate ("revised its estimate of the shortage to 1.3 billion stg from
 * 1.1 billion"): the earlier estimate of main, the same period (1 when set);
 * not a revised earlier value ("rose to 5 billion from a revised 4 billion"). */
int rel_revised_same(const struct gram *g, const struct fig *f, size_t s, const char *main,
		     char out[static PERIOD_MAX]);
/* Earlier value f that stands alone after a figure of a year or crop year
 * main ("to 7.45 billion dlrs in 1986 from 7.95 billion"): the year before
 * in out, 1; not in a sentence about estimates, forecasts or revisions
 * ("raised its estimate ... to 26 mln from 23 mln": the same year's);
 * else 0, out untouched. */
int rel_year_before(const struct gram *g, const struct fig *f, size_t s, const char *main,
		    char out[static PERIOD_MAX]);
/* "exports in the eight-month period rose to 3.58 billion from 3.18
 * billion in 1986": the earlier value's year is the year before a part of
 * a year main (a month, quarter, range or day of it): the same part of
 * that year in out ("1986-01/1986-08"), 1; else 0. */
int rel_same_part(const char *main, const char *year, char out[static PERIOD_MAX]);
/* "has risen 22 pct since September 1985": the months from the start
 * named to the story's month in period ("1985-09/1987-06"), 1, when the
 * figure has no period or only the start's own; else 0. Reads the
 * sentence's candidates (g->cands of sentence s). */
int rel_since_span(const struct gram *g, const struct fig *f, size_t s,
		   char period[static PERIOD_MAX]);
/* "the current fiscal year", "next fiscal year", "fiscal 1987" at token k:
 * the fiscal year of the economy the sentence names first (else the
 * story's), as a crop year ("1986/87"), in c->period; the tokens taken,
 * or 0 (an economy whose fiscal year is not known: no period). */
size_t rel_fiscal_at(const struct gram *g, size_t k, size_t s, struct cand *c);
/* The month, quarter or month range period of the phrase [k, end) of
 * sentence s, resolved as the latest begun, moved a year on when the
 * sentence speaks of the future ("expected", "will", "forecast") and that
 * latest one ended FORWARD_BACK months or more ago while the next begins
 * within FORWARD_AHEAD months; not when a year is written or named. */
void rel_forward(const struct gram *g, size_t s, size_t k, size_t end,
		 char period[static PERIOD_MAX]);
/* "The Bank of Japan will sell 600 billion yen in bills tomorrow", "its
 * forecast of today's shortage": a day word in figure f's clause, not the
 * day something was said ("said today"), gives the story's day or the
 * next in out (1); else 0. Any measure: a forecast of tomorrow too. */
int rel_day_word(const struct gram *g, const struct fig *f, size_t s, char out[static PERIOD_MAX]);
int span_stamp(const struct gram *g, size_t k, size_t s);	/* "forecast in" before k */
size_t span_and_before(const struct gram *g, struct cand *c, size_t s); /* see cand.and_tok */
size_t span_season(const struct gram *g, size_t k, size_t s, struct cand *c); /* "last season" */
/* The story writes a crop or fiscal year ("1986/87") somewhere. */
int span_story_crop_years(const struct gram *g);
size_t span_half_month(const struct gram *g, size_t k, size_t s, struct cand *c); /* "second half of May" */
size_t span_year_pair(const struct gram *g, size_t k, size_t s, struct cand *c); /* "1985-86", "1985's" */
int span_forward(const struct gram *g, size_t k, size_t end, size_t s); /* "for June-July delivery" */
/* span_forward.c: token j of sentence s is "early", "late" or "mid" before
 * a month ("late June", "early July"): 1, else 0. */
int span_month_part(const struct gram *g, size_t j, size_t s);
int span_month_poss(const struct gram *g, size_t k);	/* "January's": 1..12, or 0 */
/* Token k ("today", "Tuesday") is the day of a statement: "said on Tuesday",
 * "said today", "data out today" (spans.c). */
int when_reported(const struct gram *g, size_t k, size_t s);
/* anchor.c: the date at tokens [k, end) of sentence s is the day of a
 * statement or act ("said today", "announced last month", "sent a proposal
 * today", "is now introduced", "Yesterday, USDA issued"): 1, else 0.
 * anchor_act_before() reads only the verb before the date (a period phrase
 * before "said" is its figure's). */
int anchor_act_date(const struct gram *g, size_t k, size_t end, size_t s);
int anchor_act_before(const struct gram *g, size_t k, size_t s);
/* Token k of s is an act or statement verb (verbrole 4, periods.tsv). */
#define VERBROLE_ACT 4
int anchor_act_verb(const struct gram *g, size_t k, size_t s);
/* The period phrase [k, end) right after an act verb, as an adverb ("the
 * figure announced last month", not "said 1987 corn production"). */
int anchor_act_when(const struct gram *g, size_t k, size_t end, size_t s);
/* A clause opener ("that", "if", "because", "said the ...") stands between
 * token k and figure f: they belong to different verbs. */
int anchor_other_clause(const struct gram *g, size_t k, const struct fig *f, size_t s);
/* Day word k ("today", "now", "yesterday") is not figure f's: another
 * verb's (either test above). */
int anchor_day_elsewhere(const struct gram *g, size_t k, const struct fig *f, size_t s);
/* Candidate c of sentence s is a day before the story's that no statement
 * or act verb takes ("down from six on Monday", not "Yesterday, USDA
 * issued a report"): timing_spot()'s earlier quote. */
int anchor_earlier_day(const struct gram *g, const struct cand *c, size_t s);
/* when_stock.c: a stock counted at a day written next to its noun ("March
 * 1 stocks of", "stocks on March 1"): the day in cl->period of a figure of
 * the stock after the noun that has no period. */
void when_stock_day(const struct gram *g, const struct fig *f, struct claim *cl);
/* A quote of the story's own day (a price, a rate, a money-market figure):
 * "today", "now", "currently", "this morning", "at the fix", a comparison
 * with "yesterday" or an earlier weekday; or the day the paragraph's last
 * figure took (the story's, when that is an earlier day and the sentence
 * before is a session's). out is "" on entry; writes it (the story's date)
 * and returns 1, else 0. */
int timing_spot(const struct gram *g, const struct fig *f, size_t s, char out[static PERIOD_MAX]);
/* A market session's words at token k of sentence s: a clock time, "in
 * early afternoon trading", "closed at", "opened here at", "at the close". */
int timing_session_at(const struct gram *g, size_t k, size_t s);
/* when_quote.c: a price per unit ("436.50 dlrs a troy ounce", "94.00 dlrs
 * per tonne") quoted in a market session or on a day word of its clause
 * ("closed at", "today", "tonight"): the story's day (or the day word's)
 * in out (1), else 0. Never "now" or "currently": a programme's rate is
 * current too. */
int when_per_quote_day(const struct gram *g, const struct fig *f, size_t s,
		       char out[static PERIOD_MAX]);
/* The lead of a period phrase (span_lead()) moved back over a price's
 * unit: "3.11 rupees per kilo on March 1" (when_quote.c). */
size_t when_per_lead(const struct gram *g, size_t lead, size_t s);
/* The sentence before s, in its paragraph, is a market session's ("by
 * 1105 GMT", "closed at", "today"): out is the story's day (when_quote.c). */
int when_session_before(const struct gram *g, size_t s, char out[static PERIOD_MAX]);
/* when_span.c: "the last three months", "the next three months" at token
 * k: the whole months counted from the story's date in c->period; tokens
 * taken, or 0. */
size_t when_count_span(const struct gram *g, size_t k, size_t s, struct cand *c);
/* "Through September, ..." opening a sentence or clause: the year to that
 * month (when_span.c); 1 and c->period if so. */
int span_through_month(const struct gram *g, size_t k, size_t s, int m, int year,
		       enum period_rel rel, struct cand *c);
/* Sentence s sells or buys for a later shipment ("for May shipment"): a
 * month to come there is a contract's, not a forecast. */
int timing_forward_sale(const struct gram *g, size_t s);
/* The lead's period (g->story_per): noted from a figure of sentence s whose
 * period was stated; taken by a figure (at token t) of a later paragraph of
 * measure m whose sentence names no period, into out (1), else 0. */
void timing_story_note(struct gram *g, size_t s, const char *period, int inferred);
int timing_story_period(const struct gram *g, size_t s, size_t t, enum measure m,
			char out[static PERIOD_MAX]);
/* fiscal.c: a whole fiscal year "1986/87" of the claims [base, out->n) as
 * its months ("1986-07/1987-06"), by the text's months or the reporter's
 * fiscal calendar; crop and season years stay as written. */
void fiscal_months(const struct gram *g, struct claims *out, size_t base, const struct fig *figs);
/* fiscal_budget.c: a budget figure's year "1987" under a budget headline or
 * sentence as the fiscal year it names ("1986-10/1987-09" for the U.S.). */
void fiscal_budget_years(const struct gram *g, struct claims *out, size_t base,
			 const struct fig *figs);
/* harvest.c: an earlier estimate ("versus 7.8 mln tonnes estimated a week
 * ago") takes the period of the estimate before it; a harvest's progress
 * ("the maize harvest advanced to 20 pct of the area planted") the crop
 * year in progress, in a story of crop years. */
void harvest_periods(const struct gram *g, struct claims *out, size_t base, const struct fig *figs);
/* table_period.c: a table cell's period from its column's header
 * ("1986/87", "4/2/87  Prev Wk"), stated; with table_lead.c, what the
 * table's lead and section titles say of its cells. */
enum { TABLE_UP = 40, TABLE_LINE = 200 };	/* lines read up from a cell, bytes a line */
void table_periods(const struct gram *g, struct claims *out, size_t base, const struct fig *figs);
/* scope.c: the discourse frame: a deal's or release's flow, sides and
 * period to the silent quantities of it, a flow's goods to its later
 * figures, up to explicit stops (STUDY11 item 1). */
void scope_frames(const struct gram *g, struct claims *out, size_t base, const struct fig *figs);
/* The start of the line that ends at le (its '\n' at le, or the line
 * holding offset le), or le when it is longer than TABLE_LINE bytes. */
size_t table_line_start(const char *buf, size_t le);
/* The line buf[ls..le), trailing blanks aside, ends with ":" or "--". */
int table_lead_end(const char *buf, size_t ls, size_t le);
/* The line buf[ls..le) has a gap of two spaces after its first word. */
int table_gap(const char *buf, size_t ls, size_t le);
/* The line buf[ls..le) is prose: five words or more, no gap, and not a
 * title of rows ending in "--" or ":" (eight words at most, no "in"). */
int table_prose(const char *buf, size_t ls, size_t le);
/* The first token of the lead of the table whose cell f is (g->nt: none in
 * this window); *end where the lead's last line ends. */
size_t table_lead_token(const struct gram *g, const struct fig *f, size_t *end);
/* A cell under no header of periods: the lead's one period; a signed cell
 * of a lead on balances, a balance as signed. */
void table_lead_cell(const struct gram *g, const struct fig *f, struct claim *cl);
/* A section title right above the topmost header (at top) naming one
 * economy ("USSR COARSE GRAIN"): the cell's reporter. */
void table_section(const struct gram *g, const struct fig *f, size_t top, struct claim *cl);
/* A row labelled by one country alone, of an export or import of another
 * reporter: that partner. */
void table_row_partner(const struct gram *g, const struct fig *f, struct claim *cl);
/* A cell of season y0/y0+1 under a lead of projections: a forecast when
 * the season is to come, or runs and the row is not already known. */
void table_projection(const struct gram *g, const struct fig *f, int y0, struct claim *cl);
/* shipment.c: an amount sold or bought, or a price per tonne, with no
 * period takes the time of shipment its sentence or one of the next two
 * writes ("The barley is for delivery April 15/May 15"). */
void shipment_periods(const struct gram *g, struct claims *out, size_t base,
		      const struct fig *figs);
/* The fiscal calendar of alpha-2 code cc (data/lexicon/fiscal.tsv): the
 * month it starts in, how "fiscal 1987" names it ('S', 'E' or 0; named may
 * be NULL); 0 when not known. */
int fiscal_calendar(const char *cc, int *m0, char *named);
/* The twelve months of the fiscal year that starts in month m0 (1..12) of
 * year y0, "YYYY-MM/YYYY-MM" ("1986-10/1987-09"; m0 1: "1987-01/1987-12"),
 * into out[cap]. */
void fiscal_year_months(int y0, int m0, char *out, size_t cap);
/* A title's figure with no period takes the body's same figure's (timing.c). */
void timing_title_periods(const struct gram *g, struct claims *out, size_t base,
			  const struct fig *figs);
/* Period p moves the story's latest month or quarter forward (g->story_m, story_q). */
void timing_story_latest(struct gram *g, const char *p);
/* The month of a figure reached "from Y in January" (month prior): the
 * story's latest when later (2), else a year on, else the month after (1);
 * 0 when prior is no month. */
int timing_story_month(const struct gram *g, const char *prior, char out[static PERIOD_MAX]);

/* meaning.c: after frame_fill() decided cl, the sign of a balance and of a
 * change of one, what the words around it make it, and the reporter,
 * partner, flow and period the context gives. su is the subject the figure
 * took (NULL if none), bal 1 when it is a balance's, prior 1 for an
 * earlier value of its sentence. */
void meaning_fill(struct gram *g, const struct fig *f, struct claim *cl,
		  const struct subj *su, int bal, int prior);
/* meaning_cues.c: what fill() asks of f's sentence, each documented
 * there (pure: they write nothing). */
int meaning_deficit_of(const struct gram *g, const struct fig *f, size_t s);
int meaning_table_row(const struct gram *g, size_t s);
int meaning_company_sentence(const struct gram *g, size_t s, size_t t);
int meaning_sentence_says(const struct gram *g, size_t s, size_t t, enum lex_word w);
int meaning_flow_before(const struct gram *g, const struct fig *f, size_t s);
int meaning_same_year_before(const struct gram *g, const struct fig *f, const char *period);
int meaning_national_accounts(const struct gram *g, const struct fig *f, size_t s);
enum measure meaning_national_basis(const struct gram *g, const struct fig *f, size_t s,
				    const char *period);
enum measure meaning_amount_cue(const struct gram *g, const struct fig *f);
int meaning_year_running(const char *date, const char *p);
int meaning_split_year_running(const char *date, const char *p, int crop);
/* f sizes a levy, a tariff, duty, tax, penalty or fine, named right after
 * it ("a 40 pct tariff") or before "of" ("a penalty of 200 mln taka", "pay
 * penalty at a rate of two dlrs per tonne"). */
int meaning_levy_sized(const struct gram *g, const struct fig *f, size_t s);
int meaning_split_year_under_way(const struct gram *g, const struct fig *f,
				 const struct claim *cl);
int meaning_whole_year(const char *p);
int meaning_compared_within_year(const struct gram *g, const struct fig *f, size_t s);
int meaning_other_base_year(const struct gram *g, const struct fig *f, size_t s, const char *p);
int meaning_estimate_after(const struct gram *g, const struct fig *f, size_t s);
int meaning_hedged_estimate(const struct gram *g, const struct fig *f, size_t s);
int meaning_estimate_before_t(const struct gram *g, size_t s, size_t t);
int meaning_headline(const struct gram *g, size_t s);
int meaning_past_possessive_before(const struct gram *g, const struct fig *f, size_t s);
int meaning_present_before(const struct gram *g, const struct fig *f, size_t s);
int meaning_growth_named(const struct gram *g, const struct fig *f, size_t s);
int meaning_base_after(const struct gram *g, const struct fig *f, size_t s);
int meaning_goods_hit(const struct gram *g, const struct fig *f, size_t s,
		      const struct claim *cl);
int meaning_estimate_before(const struct gram *g, const struct fig *f, size_t s);
int meaning_revised_from(const struct gram *g, const struct fig *f, size_t s);
/* The base of change f of period p: its own dated base
 * (compare_own_base()), else for a plain change the sentence's
 * (timing_change_base()), else "". */
void meaning_change_base(const struct gram *g, const struct fig *f, size_t s, enum measure m,
			 const char *p, char base[static PERIOD_MAX]);

/* quote.c: prices, exchange rates, forecasts and ventures (meaning.c). */
/* The commodity named last before f in its sentence ("Gold prices were at"). */
void quote_near_commodity(const struct gram *g, const struct fig *f, size_t s,
			  char out[static 24]);
/* "2.53 billion dlrs" in a Wellington story about New Zealand's figures:
 * NZD; "francs" from Zurich: CHF (cl's unit rewritten). */
void quote_local_currency(struct gram *g, const struct fig *f, size_t s, struct claim *cl);
/* What else the words around f make it: a price per unit, the other end of
 * a price, an exchange rate, a forecast, a venture's money. Returns 1 when
 * the figure then has no subject to fill (*su cleared). */
int quote_kind(struct gram *g, const struct fig *f, size_t s, struct claim *cl,
	       const struct subj **su, int prior);
/* What "will" says of a named day ("will sell tomorrow 800 billion yen of
 * bills") is a decided operation, a level, not a forecast. */
/* Period p ("1986", "1986/87" to June 1987, "1987-Q1", a range by its
 * end) was over before the story's date's month (quote.c). */
int quote_period_over(const char *date, const char *p);
int quote_scheduled(const struct gram *g, const struct fig *f, size_t s, const struct claim *cl);
/* forecast.c: the word of class forecast that governs f in its clause
 * (SIZE_MAX if none); f is a forecast by its words, its period not over
 * (prior: f is an earlier value of its sentence). quote_scheduled() is
 * forecast.c's too. */
size_t quote_forecast_word(const struct gram *g, const struct fig *f, size_t s);
int quote_forecast_of(const struct gram *g, const struct fig *f, size_t s, const struct claim *cl,
		      int prior);
/* rate_target.c: exchange rate f is one aimed at or undertaken ("agreed to
 * stabilize the dollar above 150 yen", "sterling target rates, around 2.90
 * marks"). */
int quote_rate_target(const struct gram *g, const struct fig *f, size_t s);
/* rate_target.c: a currency's possessive names it as a thing ("the dollar's") */
const char *rate_possessive(const struct gram *g, size_t k, size_t s);

/* qualify.c: what else a figure is: 1 sa / -1 nsa / 0 for sentence s (cached; "On
 * that basis" and a paragraph's lead carry); price 1 real / 2 nominal;
 * basis 1 annualized / 2 avg3m; status 1 preliminary / 2 revised / 3
 * previous (prior: f is an earlier value of its sentence). */
int qualify_adjustment(struct gram *g, size_t s);
/* The adjustment of figure f: its own clause's, before it ("the unadjusted
 * surplus rose to 14.1 billion ..., but the adjusted surplus fell to 7.4
 * billion"), else its sentence's (qualify_adjustment()). */
int qualify_adjustment_at(struct gram *g, const struct fig *f);
/* Fills g->adj_def: the adjustment a paragraph's lead ("not seasonally
 * adjusted:") gives the sentences after it. */
void qualify_adjustment_leads(struct gram *g);
int qualify_price(const struct gram *g, const struct fig *f);
int qualify_basis(const struct gram *g, const struct fig *f);
/* An earlier sentence of s's paragraph, or of the story's headline or lead,
 * says "on a balance of payments basis": s's trade figures are on it. */
int qualify_bop_context(const struct gram *g, size_t s);
/* The story is a balance-of-payments report (its headline or lead names it,
 * a sentence gives the invisibles): its trade figures are on that basis. */
int qualify_bop_story(struct gram *g);
/* The story reports the balance of payments alone: its headline or lead
 * names the current account (not only "the balance of payments surplus",
 * the overall balance), and no sentence
 * names trade, merchandise, goods, exports or imports ("FRENCH 1986 CURRENT
 * ACCOUNT SURPLUS REVISED"): a bare "surplus" in it is the current
 * account's. Reads the story's tokens (called for bare balances only). */
int qualify_payments_only(const struct gram *g);
/* The story's headline or lead, or an earlier sentence of s's paragraph,
 * names customs figures ("customs-cleared", "quoting customs figures",
 * "Customs and Excise figures show"): s's trade figures are on that basis. */
int qualify_customs_context(struct gram *g, size_t s);
/* Sentence s says what is expected or estimated: a word of class forecast
 * ("will", "expected", "likely"), "estimate(d)", "put at", "hoping",
 * "see"/"saw" (meaning.c). Asked only of figures of a period not over. */
int meaning_expectation_said(const struct gram *g, size_t s);
/* qualify_status.c: the status code above, and its preliminary source. */
int qualify_status(struct gram *g, const struct fig *f, int prior);
/* Sentence s names a preliminary release as its figures' source
 * ("according to preliminary estimates", "provisional figures show"). */
int qualify_preliminary_source(const struct gram *g, size_t s);
/* Sentence s says sa (1), nsa (-1) or neither; *lead: it ends in a colon. */
int qualify_adjustment_said(const struct gram *g, size_t s, int *lead);

/* elide.c: figures whose unit is written elsewhere. */
/* A figure a later one with no unit may take its unit from (gram.c). */
struct slot {
	char unit[12];		/* its unit, or "" for none */
	enum claim_kind kind;	/* money, quantity or percent */
	size_t s, t;		/* its sentence and first token */
	double scale, factor, mant; /* its scale word's and unit's multipliers, its number */
};

/* The figures an elided one may take its unit from: the last money or
 * quantity figure, the one before it ("984,960 tonnes ... 157 mln stg,
 * versus 992,760 and 164 mln stg"), and the last percent. */
struct carry {
	struct slot last, prev, pct;
	char money[12];		/* the story's one currency so far, "" for none */
	int mixed;		/* a second currency was seen */
	char dollar[4];		/* a dollar not the U.S. one ("H.K. Dlrs") named in an
				 * amount, no U.S. one since; "" for none (gram.c) */
	size_t dollar_t;	/* the first token of that amount */
};

/* The unit a statistical story's table is in, declared in its lead: "in
 * thousand tonnes, unless noted --", "(in mln bushels)", "Corn (Mln
 * Tonnes)". */
struct table {
	char unit[12];		/* "" until one is declared */
	enum claim_kind kind;
	double scale, factor;
	size_t t;		/* the declaration's last token */
};

/* The tokens from j say the number before them (its figure starting at
 * token i, v without its unit) is a figure whose unit was elided, no count
 * of a noun: a preposition, conjunction, balance or period word, a sign. */
int elide_before(const struct gram *g, size_t i, size_t j, size_t s, double v);
/* A whole number that could be a year ("from 1986"). */
int elide_year_like(const struct token *t);
/* The figure of cr whose unit, scale and factor the bare number at token n
 * (next token j, sentence s) takes ("from 889.5) in January"), or NULL. */
const struct slot *elide_bare(const struct gram *g, size_t n, size_t j, size_t s,
			      const struct carry *cr);
/* lists.c: the unit the bare number at token i (its unit would be at j;
 * num, dec decimals, nw number words, plain: digits alone) takes from its
 * list or story: 1 with *iso (money) or cl's kind and unit, *scale and
 * *factor set; 0 with nothing set. */
int gram_list_unit(const struct gram *g, size_t i, size_t j, size_t s, const struct carry *cr,
		   const struct table *tb, double num, int dec, int nw, int plain, double *scale,
		   double *factor, const char **iso, struct claim *cl);
/* lists.c: the currency of a bare rate quote at token i (its unit would be
 * at j, dec its decimals): "the dinar ... fixed at 0.27095/129 to the
 * dollar", "the yen ... at around 154 to the dollar", "fixed the won at a
 * high of 846.90." (the currency quoted before it, in its sentence or the
 * one before), or NULL. */
const char *gram_rate_quote(const struct gram *g, size_t i, size_t j, size_t s, int dec);
/* lists.c: the currency of a move in cents against the dollar ("It rose
 * four cents against the U.S. Dollar" after "the Taiwan dollar"), or NULL
 * (recall4). */
const char *gram_move_currency(const struct gram *g, size_t i, size_t j, size_t s,
			       const struct carry *cr);
/* Remembers figure f (claim cl) in cr for a later elided figure. */
void elide_carry_set(const struct gram *g, const struct fig *f, const struct claim *cl,
		     struct carry *cr);
/* Token i starts a table's unit ("in thousand tonnes,", "(mln bags)"): sets
 * tb and returns 1, or returns 0 with tb as it was. */
int elide_table_unit(const struct gram *g, size_t i, struct table *tb);
/* The number at token i (its sign; n its number token) is a cell of a
 * table (a labelled row). */
int elide_table_cell(const struct gram *g, size_t i, size_t n);
/* The dollar's names ("dlrs", "dollar"; gram.c). */
extern const enum lex_word gram_dollar_words[5];
/* gram_story.c: after frame_fill(), a bare "dlrs" in the story's own dollar
 * (cr carries it); "monthly shipments" per month; an amount and its
 * conversion in brackets paired (claims base.. of out, figs theirs). */
void gram_story_dollar(const struct gram *g, const struct fig *f, struct claim *cl,
		       struct carry *cr);
void gram_rate_adjective(const struct gram *g, const struct fig *f, struct claim *cl);
void gram_link_pairs(const struct gram *g, struct claims *out, size_t base,
		     const struct fig *figs);

/* flow.c: the flow figure f (sentence s, measure m) is part of, when no
 * subject of its own names it: a share of a flow ("25 pct of Chilean copper
 * exports"; only when su, the figure's subject or NULL, has no flow), a
 * tariff or duty ("a 40 pct tariff on EC pasta": the imposer's imports), a
 * buyer's commitments, an export bonus per tonne of a sale named before. Fills out like a sentence's subject (par_open when
 * no partner is named) and returns 1, else 0. */
int flow_part_of(const struct gram *g, const struct fig *f, size_t s, enum measure m,
		 enum claim_kind kind, const struct subj *su, struct subj *out);
/* flow.c: the flow a plural flow noun at k names ("exports": "export",
 * "purchases": "import"; "trade" heading its phrase: "trade"), or NULL. */
const char *flow_noun(const struct gram *g, size_t k, size_t s);
/* flow_own.c: the flow the figure's own noun names right after it ("17
 * billion dlrs in exports", "rose 23 pct for exports"), over su's (the
 * figure's subject or NULL), whose reporter and partner it keeps unless the
 * phrase names its own; or, when su has no flow, the flow a price per unit
 * is of ("a maximum export rebate of 130.50 Ecus per tonne"); filled in
 * out like a subject, 1 if so. */
int flow_own_noun(const struct gram *g, const struct fig *f, size_t s, enum measure m,
		  enum claim_kind kind, const struct subj *su, struct subj *out);
/* flow_own.c: the flow a price the figure is of names in its clause before
 * it ("a maximum export rebate of", "oil import price rising to"):
 * "export", "import" or NULL. */
const char *flow_priced(const struct gram *g, const struct fig *f, size_t s);
/* deal_clause.c: token k, met walking back from a price "at" so much a
 * unit, is another price's ("futures", "stood at"; far: "while", ";"). */
int deal_price_other(const struct gram *g, size_t k, int far);
/* deal_clause.c: token k starts a coordinate clause with its own subject
 * (", and farmers will get", "while", ";"): a refund's flow stops there. */
int deal_clause_starts(const struct gram *g, size_t k);
/* flow_own.c: the "in" of a change noun right after the figure ("a 23 pct
 * gain in", "a 10.7 pct annual growth in"), or 0. */
size_t flow_change_in(const struct gram *g, const struct fig *f, size_t s);
/* flow_deal.c: a figure that is the object of a verb of sale or purchase
 * ("agreed to ship 100,000 tonnes of wheat", "to buy 1.8 billion dlrs worth
 * of U.S. goods"): the seller's exports or the buyer's imports, filled in
 * out like a subject; 1 if so. */
/* flow_deal.c: the token of the noun "commitments" that figure f is of
 * ("total corn commitments of", "added ... to its previous commitments"),
 * or 0. */
size_t flow_commitments_noun(const struct gram *g, const struct fig *f, size_t s);
int flow_deal_object(const struct gram *g, const struct fig *f, size_t s, enum claim_kind kind,
		     struct subj *out);
/* flow_supplier.c: a percent that is a supplier's share of its market ("The
 * United States was the main supplier of liquefied natural gas to the EU
 * ..., with a share of 55.2%"): the market's imports from the supplier,
 * filled in out like a subject; 1 if so. */
int flow_supplier(const struct gram *g, const struct fig *f, size_t s, struct subj *out);
/* subject.c (also in subject_int.h): a plain word a commodity can be; its
 * lower-case singular name from tokens [i0, i1). */
int subject_goods_word(const struct gram *g, size_t i, size_t s);
void subject_goods_name(const struct gram *g, size_t i0, size_t i1, char out[static 24]);
/* subject.c (also in subject_int.h): the origin of goods in sentence s ("of
 * U.S. wheat"), not rep. */
const char *subject_goods_origin(const struct gram *g, size_t s, const char *rep);
/* source.c: cl->source, whose figure it is ("the Bank of Thailand said"), from
 * sentence s, else its paragraph, else the story lead; "" when none is named. */
void source_fill(struct gram *g, size_t s, struct claim *cl);

/* clause_local.c: fields the figure's own clause states around it. The goods
 * after "tonnes of". */
void clause_goods_after(const struct gram *g, const struct fig *f, size_t s, struct claim *cl);
/* The goods the sentence's head opens with ("Spending on food accounts for
 * about one quarter"), for a figure that names none. */
void clause_head_goods(const struct gram *g, const struct fig *f, size_t s, struct claim *cl);
/* A rate adverb ending the figure's clause ("... each year"). */
void clause_local_fill(const struct gram *g, const struct fig *f, size_t s, struct claim *cl);

#endif

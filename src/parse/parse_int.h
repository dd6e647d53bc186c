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
#define MAX_SWITCH 4

struct sent {
	size_t t0, t1;		/* token range, t1 exclusive */
};

struct clause {
	size_t t0, t1;		/* token range, t1 exclusive */
	unsigned yoy, mom;	/* year-on-year / month-on-month cues that start in it */
};

/* A period phrase of a sentence (when.c): "in August", "the third quarter". */
struct cand {
	size_t tok, end;	/* the phrase's tokens, end exclusive */
	int base;		/* 1: "compared to July": the base of a change */
	int prior;		/* 1: "from 723 mln in January": an earlier value's */
	int rel_year;		/* 1: "last year", relative to the figure it follows */
	int local;		/* 1: "for the 1986/87 season": only its own clause's */
	int deadline;		/* 1: "until ... in 1990": only a figure right before it */
	char period[PERIOD_MAX];
};

/* Who trades what with whom, as a sentence names it (subject.c). */
struct subj {
	char flow[8];		/* "import", "export", "trade" or "" */
	char reporter[4];	/* ISO 3166 alpha-2 or "" */
	char partner[4];
	char commodity[24];	/* lower case: "goods", "oil", "lng", ... or "" */
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
	int last_balance;	/* 1: that figure is a balance, of subject last_bal */
	struct subj last_bal;
	size_t nsw;		/* subject switches of sentence subj_s ("while oil imports") */
	size_t sw_tok[MAX_SWITCH];	/* the token each starts at */
	struct subj sw[MAX_SWITCH];
	enum measure basis;	/* MEASURE_CHANGE_YOY or MEASURE_CHANGE_MOM */
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
/* The bytes of token i (borrowed from the document). */
static inline const char *tok_text(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}
/* Token i is punctuation or a symbol spelt exactly p. */
int gram_punct(const struct gram *g, size_t i, const char *p);
/* Token i starts where token i-1 ends (no space between). */
int gram_glued(const struct gram *g, size_t i);
/* Token i exists and lies in sentence s (i may be "before 0", i.e. huge). */
int gram_in(const struct gram *g, size_t i, size_t s);
/* Token i lies in sentence s and is the word w. */
static inline int word_s(const struct gram *g, size_t i, size_t s, enum lex_word w)
{
	return gram_in(g, i, s) && tok_is(g, i, w);
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
/* "twenty-five", "a hundred", "half" ("half a million"), "three quarters". */
size_t gram_number_words(const struct gram *g, size_t i, size_t s, double *num);
/* Token i is punctuation a number may be glued to on its left ("(", "-"). */
int gram_opens_number(const struct gram *g, size_t i);

/* date.c: the date starting at token i ("Tuesday, September 19"): fills f and
 * cl (kind CLAIM_DATE) and returns 1, or returns 0. */
int gram_date_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl);

/* when.c: the period phrases of sentence s, at most MAX_CANDS. */
size_t when_cands(const struct gram *g, size_t s, struct cand *c);
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

/* Splits g's tokens into sentences (fills g->sent and g->s). */
void frame_sentences(struct gram *g);
/* Fills the clause, direction and cue tables and the article's country, in
 * one pass over the tokens; frame_release() frees them. */
void frame_prepare(struct gram *g);
void frame_release(struct gram *g);
/*
 * Fills what cl's sentence says about figure f: sentence bounds, direction,
 * measure, period and subject. cl's kind, value and unit are already set.
 * Figures must come in order of position (the caches and the carried
 * subject assume it).
 */
void frame_fill(struct gram *g, const struct fig *f, struct claim *cl);

/* subject.c: the subject named by sentence s (all fields "" if none). */
void subject_scan(const struct gram *g, size_t s, struct subj *out);
/* The subject switches of sentence s: after a figure, "while", "whereas",
 * "but" or "and" followed within three words by a flow noun ("while oil
 * imports rose to 425 mln") starts a part with its own subject. Writes at
 * most max (token of the switch word, subject), partner and commodity
 * taken from whole when the part names none; returns how many. */
size_t subject_switches(const struct gram *g, size_t s, const struct subj *whole,
			size_t *tok, struct subj *sw, size_t max);
/* A trade balance around the figure of tokens [h0, t1): "trade surplus of",
 * "deficit narrowed to", "a 600 mln surplus". Returns 0 if none (or a
 * budget's); 1 with out's flow "trade", reporter (the country before the
 * word, else su's, else the sentence's or article's) and partner ("with
 * Japan"), or with out all "" for a balance of no trade flow (current
 * account, invisibles). */
int subject_balance(const struct gram *g, size_t h0, size_t t1, const struct subj *su,
		    struct subj *out);
/* The figure of tokens [h0, t1) is a target: "aims to", "target of", "a
 * 5 pct growth target". */
int subject_target(const struct gram *g, size_t h0, size_t t1);
/* The commodity named at token i ("oil", "petroleum products", "liquefied
 * natural gas" -> "lng"): copies it to out and returns the tokens it takes,
 * or 0. Only tokens of sentence s are read. */
size_t subject_commodity(const struct gram *g, size_t i, size_t s, char out[static 24]);
/* The country named by the tokens ending at i ("Chinese", "United States",
 * "U.S."), or NULL. */
const char *subject_country_ending(const struct gram *g, size_t i, size_t s);
/* The country the document names most often (first named on a tie), or NULL. */
const char *subject_doc_country(const struct gram *g);

#endif

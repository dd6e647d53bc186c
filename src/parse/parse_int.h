/*
 * parse_int.h - private to src/parse (like SQLite's sqliteInt.h): the token
 * array the grammar works on, shared by gram.c (figures) and frame.c (the
 * sentence around a figure). Nothing outside src/parse includes it.
 *
 * Invariants:
 *  1. g->t holds every token of the document except TOK_EOF, in order.
 *  2. g->sent[i] is the sentence of token i, or NO_SENT for a paragraph break;
 *     sentences are contiguous token ranges [t0, t1) in order.
 */
#ifndef TS_PARSE_INT_H
#define TS_PARSE_INT_H

#include "parse/parse.h"

#define NO_SENT ((size_t)-1)

struct sent {
	size_t t0, t1;		/* token range, t1 exclusive */
};

struct gram {
	const struct doc *d;	/* borrowed */
	struct token *t;	/* owned: tokens, TOK_EOF excluded */
	size_t nt, talloc;
	size_t *sent;		/* owned: nt sentence indexes */
	struct sent *s;		/* owned: the sentences */
	size_t ns, salloc;
};

/* A figure as the grammar found it, before its sentence is looked at. */
struct fig {
	size_t h0;		/* first token of the hedge ("more than"), == t0 if none */
	size_t t0, t1;		/* the mention's tokens, t1 exclusive */
	int sign;		/* +1 or -1 when written ("+8%"), else 0 */
};

/* Token i is a word equal to w, ignoring case; 0 when i is out of range. */
int gram_word(const struct gram *g, size_t i, const char *w);
/* Token i is punctuation or a symbol spelt exactly p. */
int gram_punct(const struct gram *g, size_t i, const char *p);
/* Token i starts where token i-1 ends (no space between). */
int gram_glued(const struct gram *g, size_t i);

/* Splits g's tokens into sentences (fills g->sent and g->s). */
void frame_sentences(struct gram *g);
/*
 * Fills what cl's sentence says about figure f: sentence bounds, direction,
 * measure, period and subject. cl's kind, value and unit are already set.
 */
void frame_fill(const struct gram *g, const struct fig *f, struct claim *cl);

#endif

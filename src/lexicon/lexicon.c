/*
 * lexicon.c - one lookup of one word in the generated lexicon (lexicon.h).
 *
 * Input: a word as a (pointer, length) view, as written. Output: its entry
 * and the classes it has as written.
 *
 * Invariants:
 *  1. Pure: no allocation, no state; the key is folded on the stack.
 *  2. Case is folded for ASCII letters only, as strncasecmp() does in the C
 *     locale: "USD" and "usd" share an entry, "É" and "é" do not.
 */
#include "lexicon/lexicon.h"

#include <string.h>

const struct lex_entry *lexicon_word(const char *s, size_t n, uint64_t *cls)
{
	char key[LEX_MAX];
	const struct lex_entry *e;
	uint64_t c;

	if (cls)
		*cls = 0;
	if (!s || !n || n > LEX_MAX)
		return NULL;
	for (size_t k = 0; k < n; k++) {
		unsigned char b = (unsigned char)s[k];

		key[k] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
	}
	if (!(e = lexicon_find_folded(key, n)))
		return NULL;
	if (cls) {
		c = e->any;
		for (size_t k = 0; k < LEX_SPELLINGS && e->exact[k].spell; k++)
			if (!memcmp(s, e->exact[k].spell, n))	/* same length: the key's */
				c |= e->exact[k].cls;
		*cls = c;
	}
	return e;
}

/*
 * lexicon.c - one lookup of one word in the generated lexicon (lexicon.h).
 *
 * Input: a word as a (pointer, length) view, as written. Output: its entry
 * and the classes it has as written. And the folding of a country name into
 * its key (lexicon.h invariant 5), which lexicon_gen.py's fold_name() does
 * the same way for the keys it writes.
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

uint64_t lexicon_classes(const struct lex_entry *e)
{
	uint64_t c = e->any;

	for (size_t k = 0; k < LEX_SPELLINGS && e->exact[k].spell; k++)
		c |= e->exact[k].cls;
	return c;
}

size_t lexicon_fold_name(const char *s, size_t n, char *out, size_t size)
{
	size_t k = 0;
	int space = 0;

	if (!size)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];

		if (b == '.')
			continue;
		if (b == ' ' || b == '\t') {
			space = k > 0;
			continue;
		}
		if (k + space + 1 >= size) {
			out[0] = 0;
			return 0;
		}
		if (space)
			out[k++] = ' ', space = 0;
		out[k++] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
	}
	out[k] = 0;
	if (k > 4 && memcmp(out, "the ", 4) == 0) {
		memmove(out, out + 4, k - 3);	/* the NUL too */
		k -= 4;
	}
	return k;
}

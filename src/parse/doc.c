/*
 * doc.c - an article's publication date, guessed from its dateline (the
 * struct doc itself and its lifecycle are the model's: model/model.c).
 *
 * Input: a struct doc. Output: a date "YYYY-MM-DD" or "".
 *
 * Invariants:
 *  1. doc_guess_date() looks only at the first DATELINE_BYTES bytes.
 */
#include "parse/parse.h"
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DATELINE_BYTES 300

/* "2023-11-07" at p, not glued to more digits. */
static int iso_date_at(const char *s, size_t n, size_t p, char out[static DATE_LEN])
{
	char tmp[DATE_LEN];

	if (p + 10 > n || (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9'))
		return 0;
	if (p + 10 < n && s[p + 10] >= '0' && s[p + 10] <= '9')
		return 0;
	memcpy(tmp, s + p, 10);
	tmp[10] = '\0';
	if (!date_valid(tmp))
		return 0;
	memcpy(out, tmp, DATE_LEN);
	return 1;
}

int doc_guess_date(const struct doc *d, char out[static DATE_LEN])
{
	size_t n = d->len < DATELINE_BYTES ? d->len : DATELINE_BYTES;
	struct token t[4];
	size_t off = 0;
	int k = 0;

	out[0] = '\0';
	if (!d->buf)
		return 0;
	for (size_t p = 0; p < n; p++)
		if (iso_date_at(d->buf, n, p, out))
			return 1;
	/* "May 22, 2024" (a weekday before it changes nothing): a sliding
	 * window of the last four tokens. */
	while (off < n) {
		struct token cur;

		off = lex_next(d->buf, n, off, &cur);
		if (cur.kind == TOK_EOF)
			break;
		if (k == 4) {
			memmove(t, t + 1, 3 * sizeof(t[0]));
			k = 3;
		}
		t[k++] = cur;
		if (k == 4 && t[0].kind == TOK_WORD && t[1].kind == TOK_NUM &&
		    t[1].decimals == 0 && t[1].len <= 2 && t[2].kind == TOK_PUNCT &&
		    d->buf[t[2].off] == ',' && t[3].kind == TOK_NUM && t[3].len == 4 &&
		    t[3].decimals == 0) {
			int m = period_month(d->buf + t[0].off, t[0].len);

			if (m && period_resolve_day(NULL, m, (int)t[1].num, (int)t[3].num, out) == 0)
				return 1;
		}
	}
	out[0] = '\0';
	return 0;
}

/*
 * fuzz_parse.c - fuzz target: any bytes as an article -> doc_init,
 * doc_guess_date, parse_doc.
 *
 * Checks the parse stage's invariants (parse.h) on every claim, and the
 * CHECKs of the claim table (sql/schema.sql), so that no article, however
 * hostile, can make `ingest` fail with a database error:
 *  1. start < end <= len, and the sentence [sent_start, sent_end) holds the
 *     mention inside the buffer; claims come in order of start.
 *  2. pair is -1 or another claim's index in range.
 *  3. value and precision are finite (REAL NOT NULL; NAN would be NULL) and
 *     precision >= 0; every text field is NUL-terminated in its array.
 *  4. kind, per, direction, flow and period hold what the schema allows.
 *  5. a guessed date is "" or a valid calendar date.
 */
#include <math.h>
#include <string.h>

#include "base/base.h"
#include "parse/parse.h"
#include "fuzz.h"

/* A fixed-size text field is NUL-terminated inside its array. */
#define TERMINATED(f) (memchr((f), '\0', sizeof(f)) != NULL)

static int one_of(const char *s, const char *const *set, size_t n)
{
	if (!*s)
		return 1;	/* empty is stored as NULL */
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, set[i]) == 0)
			return 1;
	return 0;
}

static void check_claim(const struct doc *d, const struct claims *c, size_t i)
{
	/* time units of a rate, the unit a price is quoted per ("$232 a tonne"),
	 * or the area a yield is per ("5.8 million tons per acre", "per ha") */
	static const char *const pers[] = { "year", "quarter", "month", "week", "day", "t", "oz",
					    "lb", "bbl", "bu", "kg", "gal", "ha", "acre" };
	static const char *const dirs[] = { "up", "down" };
	static const char *const flows[] = { "import", "export", "trade" };
	const struct claim *cl = &c->v[i];

	FUZZ_CHECK(cl->start < cl->end && cl->end <= d->len);
	FUZZ_CHECK(cl->sent_start <= cl->start && cl->end <= cl->sent_end);
	FUZZ_CHECK(cl->sent_end <= d->len);
	FUZZ_CHECK(i == 0 || c->v[i - 1].start <= cl->start);
	FUZZ_CHECK(cl->pair == -1 || (cl->pair >= 0 && (size_t)cl->pair < c->n &&
				       (size_t)cl->pair != i));
	FUZZ_CHECK(isfinite(cl->value));
	FUZZ_CHECK(isfinite(cl->precision) && cl->precision >= 0);
	FUZZ_CHECK((unsigned)cl->kind < CLAIM_COUNT);
	FUZZ_CHECK(TERMINATED(cl->unit) && TERMINATED(cl->per) && TERMINATED(cl->approx));
	FUZZ_CHECK(TERMINATED(cl->direction) && (unsigned)cl->measure < MEASURE_COUNT);
	FUZZ_CHECK((unsigned)cl->adjustment < ADJ_COUNT && (unsigned)cl->price < PRICE_COUNT &&
		   (unsigned)cl->basis < BASIS_COUNT && (unsigned)cl->status < STATUS_COUNT);
	FUZZ_CHECK((unsigned)cl->reporter_src < SOURCE_COUNT &&
		   (unsigned)cl->partner_src < SOURCE_COUNT &&
		   (unsigned)cl->flow_src < SOURCE_COUNT && (unsigned)cl->period_src < SOURCE_COUNT);
	FUZZ_CHECK(cl->kind == CLAIM_DATE ||
		   (!cl->reporter[0] == !cl->reporter_src && !cl->partner[0] == !cl->partner_src &&
		    !cl->flow[0] == !cl->flow_src && !cl->period[0] == !cl->period_src));
	FUZZ_CHECK(TERMINATED(cl->period) && TERMINATED(cl->flow));
	FUZZ_CHECK(TERMINATED(cl->reporter) && TERMINATED(cl->partner));
	FUZZ_CHECK(TERMINATED(cl->commodity));
	FUZZ_CHECK(one_of(cl->per, pers, ARRAY_SIZE(pers)));
	FUZZ_CHECK(one_of(cl->direction, dirs, ARRAY_SIZE(dirs)));
	FUZZ_CHECK(one_of(cl->flow, flows, ARRAY_SIZE(flows)));
	FUZZ_CHECK(!cl->period[0] || ((cl->period[0] == '1' || cl->period[0] == '2') &&
				      cl->period[1] >= '0' && cl->period[1] <= '9' &&
				      cl->period[2] >= '0' && cl->period[2] <= '9' &&
				      cl->period[3] >= '0' && cl->period[3] <= '9'));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = xmalloc(size + 1);
	char guessed[11];
	struct claims c;
	struct doc d;

	memcpy(buf, data, size);
	doc_init(&d, "fuzz", buf, size, NULL);
	if (doc_guess_date(&d, guessed)) {
		FUZZ_CHECK(date_valid(guessed));
		memcpy(d.date, guessed, sizeof(d.date));
	} else {
		FUZZ_CHECK(guessed[0] == '\0');
		/* Half the inputs without a dateline get a date, so relative
		 * periods are resolved; the other half go without, as unknown. */
		if (size % 2 == 0)
			memcpy(d.date, "2023-09-19", 11);
	}
	claims_init(&c);
	parse_doc(&d, &c);
	for (size_t i = 0; i < c.n; i++)
		check_claim(&d, &c, i);
	claims_release(&c);
	doc_release(&d);
	return 0;
}

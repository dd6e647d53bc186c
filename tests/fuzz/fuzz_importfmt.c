/*
 * fuzz_importfmt.c - fuzz target: any bytes through the pure pieces of
 * import (src/store/importfmt.h), as one field and as a header line.
 *
 * Properties checked, on every input:
 *  1. notation_period() writes a period of the shape of the frequency it
 *     returns, and reading that period again gives it back unchanged.
 *  2. num_parse() gives a finite number or a reason; a number read with no
 *     thousands separator reads the same with one opted in.
 *  3. notation_release() writes a valid date or nothing.
 *  4. sniff_utf16_to_utf8() consumes whole units, no more than given, and
 *     writes valid UTF-8.
 *  5. country_resolve() gives an upper-case code of 2 letters, EU, EA or
 *     WORLD; codelist_unit() a positive scale.
 *  6. layout_detect() on the input split at its separator gives roles
 *     inside the header, and dim_first <= dim_end <= ncols.
 */
#include <math.h>
#include <string.h>

#include "base/base.h"
#include "store/importfmt.h"
#include "fuzz.h"

#define MAXF 200	/* bytes of the input used as one field */

static void one_period(const char *s, size_t n, unsigned flags)
{
	char out[NOTATION_MAX], again[NOTATION_MAX];
	char f = notation_period(s, n, flags, out);
	size_t len = strlen(out);

	if (!f) {
		FUZZ_CHECK(out[0] == 0);
		return;
	}
	FUZZ_CHECK((f == 'A' && len == 4) || (f == 'Q' && len == 7 && out[5] == 'Q') ||
		   (f == 'M' && len == 7) || (f == 'D' && date_valid(out)));
	FUZZ_CHECK(notation_period(out, len, 0, again) == f && strcmp(out, again) == 0);
}

static void one_number(const char *s, size_t n)
{
	static const struct numfmt fmts[] = {
		{ '.', 0 }, { ',', 0 }, { '.', ',' }, { ',', '.' }, { ',', ' ' }, { '.', ' ' },
	};
	char why[FMT_WHY];
	double v[6];
	int ok[6];

	for (int i = 0; i < 6; i++) {
		ok[i] = num_parse(s, n, &fmts[i], &v[i], why) == 0;
		FUZZ_CHECK(!ok[i] || isfinite(v[i]));
		FUZZ_CHECK(ok[i] || why[0]);
	}
	/* opting in a thousands separator never loses a plain number */
	FUZZ_CHECK(!ok[0] || (ok[2] && v[2] == v[0] && ok[5] && v[5] == v[0]));
	FUZZ_CHECK(!ok[1] || (ok[3] && v[3] == v[1] && ok[4] && v[4] == v[1]));
}

static void one_field(const char *s, size_t n)
{
	char out[NOTATION_MAX], why[FMT_WHY], cc[COUNTRY_MAX];
	struct unitcode u;
	struct flowcode fl;
	struct buf b = BUF_INIT;
	const char *a;
	double scale;

	one_period(s, n, 0);
	one_period(s, n, NOTATION_YYYYMM);
	one_number(s, n);
	if (notation_release(s, n, out, why) == 0)
		FUZZ_CHECK(date_valid(out));
	else
		FUZZ_CHECK(out[0] == 0);
	if (country_resolve(s, n, cc) == 0)
		FUZZ_CHECK((strlen(cc) == 2 && cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' &&
			    cc[1] <= 'Z') || strcmp(cc, "WORLD") == 0);
	FUZZ_CHECK(country_suggest(s, n, &b) <= 3);
	if (codelist_unit(s, n, &u, why) == 0)
		FUZZ_CHECK(u.scale > 0 && u.unit[0] && u.what);
	if (codelist_unit_mult(s, n, &scale, why) == 0)
		FUZZ_CHECK(scale > 0 && isfinite(scale));
	if (codelist_flag(s, n, &b, why) == 0)
		FUZZ_CHECK(b.s && strlen(b.s) == b.len);
	if (codelist_flow(s, n, &fl, why) == 0)
		FUZZ_CHECK(strcmp(fl.flow, "import") == 0 || strcmp(fl.flow, "export") == 0);
	if (codelist_adjustment(s, n, &a, why) == 0)
		FUZZ_CHECK(strcmp(a, "sa") == 0 || strcmp(a, "nsa") == 0);
	FUZZ_CHECK(layout_sdmx_value(s, n) <= n);
	buf_release(&b);
}

static void one_header(const char *s, size_t n)
{
	char delim = sniff_delimiter(s, n), why[FMT_WHY];
	char *copy = xstrndup(s, n), *names[64];
	struct layout_map m;
	int nf = 0;

	FUZZ_CHECK(delim == ',' || delim == ';' || delim == '\t');
	copy[strcspn(copy, "\r\n")] = 0;
	names[nf++] = copy;
	for (char *p = copy; *p && nf < 64; p++)
		if (*p == delim)
			*p = 0, names[nf++] = p + 1;
	if (layout_detect((const char *const *)names, nf, &m, why) == 0) {
		FUZZ_CHECK(m.layout != LAYOUT_UNKNOWN && m.ncols == nf);
		for (int r = 0; r < ROLE_COUNT; r++)
			FUZZ_CHECK(m.col[r] >= -1 && m.col[r] < nf);
		FUZZ_CHECK(0 <= m.dim_first && m.dim_first <= m.dim_end && m.dim_end <= nf);
	} else {
		FUZZ_CHECK(m.layout == LAYOUT_UNKNOWN);
	}
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = BUF_INIT;
	size_t bom, bad, used;
	enum text_enc enc = sniff_encoding(data, size, &bom);

	FUZZ_CHECK(bom <= size && bom <= 4);
	FUZZ_CHECK(sniff_enc_name(enc) != NULL);
	for (int le = 0; le < 2; le++) {
		buf_reset(&out);
		used = sniff_utf16_to_utf8(data, size, le, &out, &bad);
		FUZZ_CHECK(used <= size && used % 2 == 0);
		FUZZ_CHECK(bad == (size_t)-1 || bad == used);
		for (size_t i = 0, k; i < out.len; i += k)
			FUZZ_CHECK((k = utf8_decode((const unsigned char *)out.s + i, out.len - i,
						    NULL)) > 0);
	}
	buf_release(&out);
	one_field((const char *)data, size < MAXF ? size : MAXF);
	one_header((const char *)data, size);
	return 0;
}

/*
 * text.c - numbers printed for spreadsheets, dates, bounded copies, SHA-256.
 *
 * Invariants:
 *  1. fmt_num() never prints an exponent and never more than 15 significant
 *     digits: what a spreadsheet reads back is what we printed.
 *  2. date_valid() accepts only real calendar days in ISO form.
 *  3. fmt_short() writes a number only when it is sure of it (see there),
 *     so fmt_num() prints the same bytes with it as printf's rounding did.
 */
#include "base/base.h"

#include <errno.h>
#include <math.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Powers of ten that are doubles exactly (to 10^22). */
static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
	1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
};

/* The decimal digits of m > 0 into out; returns how many. */
static int digits_of(uint64_t m, char out[static 20])
{
	char tmp[20];
	int n = 0;

	do
		tmp[n++] = (char)('0' + m % 10);
	while (m /= 10);
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

size_t fmt_short(double v, char out[static FMT_SHORT_MAX], int *exp10)
{
	double a = fabs(v), x, m = 0;
	char d[20];
	int k, nd, pos = 0;

	if (!(a >= 1e-20 && a < 1e15))	/* NaN too */
		return 0;
	/* The fewest decimals k for which an integer m < 10^15 has m / 10^k
	 * rounding to v: m and 10^k are exact, so the division is the double
	 * nearest the decimal m/10^k. Two decimals of 15 significant digits are
	 * farther apart than two doubles, so that decimal is the only one, and
	 * v rounded to 15 digits is it: what "%.14e" prints. */
	for (k = 0; k <= 20; k++) {
		x = a * pow10_exact[k];
		if (x >= 1e15)
			return 0;
		m = (double)(uint64_t)(x + 0.5);
		if (m / pow10_exact[k] == a)
			break;
	}
	if (k > 20)
		return 0;
	nd = digits_of((uint64_t)m, d);
	while (k > 0 && d[nd - 1] == '0')	/* cannot happen (k - 1 would do) */
		nd--, k--;
	if (v < 0)
		out[pos++] = '-';
	if (nd > k) {
		memcpy(out + pos, d, (size_t)(nd - k));
		pos += nd - k;
		if (k) {
			out[pos++] = '.';
			memcpy(out + pos, d + nd - k, (size_t)k);
			pos += k;
		}
	} else {
		out[pos++] = '0';
		out[pos++] = '.';
		memset(out + pos, '0', (size_t)(k - nd));
		pos += k - nd;
		memcpy(out + pos, d, (size_t)nd);
		pos += nd;
	}
	out[pos] = '\0';
	if (exp10)
		*exp10 = nd - 1 - k;
	return (size_t)pos;
}

/* fmt_num's layout; with plain, positional digits at any magnitude (out
 * then holds NUM_PLAIN_MAX bytes). */
static char *fmt_layout(double v, char *out, int plain)
{
	char tmp[FMT_NUM_MAX], digits[20];
	int exp10, nd = 0, pos = 0;
	const char *p;

	if (isnan(v) || isinf(v)) {
		strcpy(out, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
		return out;
	}
	if (v == 0) {
		strcpy(out, "0");
		return out;
	}
	/* Most figures: exactly, without printf (invariant 3). Their exponent
	 * is within +-20, so positional in both layouts. */
	if (fmt_short(v, out, NULL))
		return out;
	/* Round to 15 significant digits once, then lay the digits out by hand. */
	snprintf(tmp, sizeof(tmp), "%.14e", v);
	if (isinf(strtod(tmp, NULL)))	/* near DBL_MAX: 15 digits round past it */
		snprintf(tmp, sizeof(tmp), "%.16e", v);
	exp10 = atoi(strchr(tmp, 'e') + 1);
	if (!plain && (exp10 > 20 || exp10 < -20)) {
		/* Beyond any trade figure: positional digits would not fit in out
		 * (1e300 has 301), so an exponent it is; spreadsheets read it. */
		snprintf(out, FMT_NUM_MAX, "%.15g", v);
		return out;
	}
	p = tmp;
	if (*p == '-')
		out[pos++] = *p++;
	for (; *p && *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			digits[nd++] = *p;
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (exp10 >= 0) {
		for (int i = 0; i <= exp10 || i < nd; i++) {
			if (i == exp10 + 1)
				out[pos++] = '.';
			out[pos++] = i < nd ? digits[i] : '0';
		}
	} else {
		out[pos++] = '0';
		out[pos++] = '.';
		for (int i = -1; i > exp10; i--)
			out[pos++] = '0';
		for (int i = 0; i < nd; i++)
			out[pos++] = digits[i];
	}
	out[pos] = '\0';
	return out;
}

char *fmt_num(double v, char out[static FMT_NUM_MAX])
{
	return fmt_layout(v, out, 0);
}

char *fmt_num_plain(double v, char out[static NUM_PLAIN_MAX])
{
	return fmt_layout(v, out, 1);
}

void buf_add_printable(struct buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(p + i, n - i, &cp);
		if (k && cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp <= 0x9f)) {
			buf_add(b, p + i, k);
			i += k;
			continue;
		}
		/* A control character, C1 included, or a byte that is not UTF-8. */
		if (!k)
			k = 1;
		for (size_t j = 0; j < k; j++)
			buf_addf(b, "\\x%02x", p[i + j]);
		i += k;
	}
	if (!b->s)
		buf_add(b, "", 0);
}

/*
 * Decodes one UTF-8 character at s[0..n). Returns its length (1-4) and
 * stores the code point (when cp is not NULL), or 0 for an invalid, overlong or truncated sequence.
 */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t need;
	uint32_t c;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		if (cp)
			*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		need = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		need = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		need = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < need)
		return 0;
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((need == 3 && c < 0x800) || (need == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	if (cp)
		*cp = c;
	return need;
}

void str_copy(char *out, size_t cap, const char *s, size_t n)
{
	if (!cap)
		return;
	if (n > cap - 1)
		n = cap - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

int date_valid(const char *s)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d, dim;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < YEAR_MIN || y > YEAR_MAX || m < 1 || m > 12 || d < 1)
		return 0;
	dim = mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
	return d <= dim;
}

void date_today(char out[static DATE_LEN])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, DATE_LEN, "%Y-%m-%d", &tm);
}

static void sha256_out(struct sha256_ctx *ctx, char out[static SHA256_HEX_LEN])
{
	static const char hex[] = "0123456789abcdef";
	uint8_t d[SHA256_DIGEST_SIZE];

	sha256_digest(ctx, sizeof(d), d);
	for (size_t i = 0; i < sizeof(d); i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[SHA256_HEX_LEN - 1] = '\0';
}

void sha256_hex(const void *p, size_t n, char out[static SHA256_HEX_LEN])
{
	struct sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, n, p);
	sha256_out(&ctx, out);
}

int sha256_file(FILE *f, const char *path, char out[static SHA256_HEX_LEN])
{
	struct sha256_ctx ctx;
	uint8_t chunk[65536];
	size_t n;

	sha256_init(&ctx);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		sha256_update(&ctx, n, chunk);
	if (ferror(f))
		return error("cannot read '%s': %s", path, strerror(errno));
	sha256_out(&ctx, out);
	return 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
long days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void civil_from_days(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

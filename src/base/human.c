/*
 * human.c - numbers in messages for a person: "$11.5 bn", "9.2 bn", "+25%".
 *
 * Input: a value in base units and its unit (ISO 4217 code, "%", "t",
 * "CNY/USD", or none). Output: a short string. Spreadsheets never see these:
 * CSV keeps full precision (text.c, fmt_num).
 *
 * Invariants:
 *  1. At most the significant digits asked for, and never an exponent.
 *  2. A value that rounds to a scale's boundary is shown in the next scale
 *     (999.96 mn at 3 digits is "1 bn", never "1,000 mn").
 */
#include "base/base.h"

#include <math.h>
#include <string.h>

static const struct {
	const char *code, *symbol;
} symbols[] = {
	{ "USD", "$" }, { "EUR", "\xE2\x82\xAC" }, { "GBP", "\xC2\xA3" }, { "JPY", "\xC2\xA5" },
};

/* v rounded to sig significant digits. */
static double round_sig(double v, int sig)
{
	double scale;

	if (v == 0 || !isfinite(v))
		return v;
	scale = pow(10, sig - 1 - floor(log10(fabs(v))));
	return round(v * scale) / scale;
}

/* |v| (already rounded) with thousands separators and no trailing zeros. */
static void put_digits(double v, int sig, char *out, size_t cap)
{
	char tmp[64], *dot;
	int dec = v == 0 ? 0 : sig - 1 - (int)floor(log10(v));

	snprintf(tmp, sizeof(tmp), "%.*f", dec > 0 ? dec : 0, v);
	if ((dot = strchr(tmp, '.'))) {
		char *end = tmp + strlen(tmp);

		while (end > dot + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == dot + 1)
			*dot = '\0';
	}
	fmt_group_thousands(tmp, out, cap);
}

void fmt_group_thousands(const char *digits, char *out, size_t cap)
{
	const char *dot = strchr(digits, '.');
	size_t k = 0, intlen = dot ? (size_t)(dot - digits) : strlen(digits);

	for (size_t i = 0; i < intlen && k + 2 < cap; i++) {
		out[k++] = digits[i];
		if ((intlen - i - 1) % 3 == 0 && i + 1 < intlen)
			out[k++] = ',';
	}
	for (const char *p = digits + intlen; *p && k + 1 < cap; p++)
		out[k++] = *p;
	out[k] = '\0';
}

char *fmt_human(double v, const char *unit, int sig, char out[static FMT_NUM_MAX])
{
	const char *sym = NULL, *word = "";
	char num[40];
	double a;
	int money;

	if (!isfinite(v))
		return fmt_num(v, out);
	unit = unit ? unit : "";
	sig = sig < 1 ? 1 : sig > 15 ? 15 : sig;
	a = round_sig(fabs(v), sig);
	/* Invariant 2: scale after rounding. */
	if (a >= 1e12)
		a = round_sig(a / 1e12, sig), word = " trn";
	else if (a >= 1e9)
		a = round_sig(a / 1e9, sig), word = " bn";
	else if (a >= 1e6)
		a = round_sig(a / 1e6, sig), word = " mn";
	if (a >= 1000 && *word) {
		a /= 1000;
		word = !strcmp(word, " mn") ? " bn" : " trn";
	}
	put_digits(a, sig, num, sizeof(num));
	for (size_t i = 0; i < ARRAY_SIZE(symbols); i++)
		if (!strcmp(unit, symbols[i].code))
			sym = symbols[i].symbol;
	money = !sym && strlen(unit) == 3 && unit[0] >= 'A' && unit[0] <= 'Z' &&
		unit[1] >= 'A' && unit[1] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z';
	{
		struct buf b = BUF_INIT;

		buf_addf(&b, "%s%s%s%s%s%s", v < 0 && a != 0 ? "-" : "", sym ? sym : "",
			 money ? unit : "", money ? " " : "", num, word);
		if (!strcmp(unit, "%"))
			buf_addc(&b, '%');
		else if (!sym && !money && *unit)
			buf_addf(&b, " %s", unit);
		str_copy(out, FMT_NUM_MAX, b.s, b.len);
		buf_release(&b);
	}
	return out;
}

int fmt_human_sig(double a, double b, double resolve)
{
	for (int sig = 3; sig < 6; sig++) {
		double ra = round_sig(a, sig), rb = round_sig(b, sig);

		if (a != b && ra == rb)
			continue;
		if (resolve > 0 && (fabs(ra - a) > resolve || fabs(rb - b) > resolve))
			continue;
		return sig;
	}
	return 6;
}

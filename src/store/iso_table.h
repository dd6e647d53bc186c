/*
 * iso_table.h - ISO 3166-1 countries and ISO 4217 currency codes, generated
 * at build time (build/iso_table.c, by src/store/iso_table.py) from Debian's
 * iso-codes JSON. Private to store/: country.c and codelist.c search them;
 * everything else asks importfmt.h. When the lexicon module lands, country.c
 * asks it instead and this table goes.
 *
 * Invariants: every field is a string ("" when the JSON has none); rows are
 * in the JSON's order (by alpha-3); iso_currencies are three capitals.
 */
#ifndef TS_ISO_TABLE_H
#define TS_ISO_TABLE_H

#include <stddef.h>

struct iso_country {
	const char *a2, *a3;	/* "CN", "CHN" */
	const char *num;	/* "156": three digits */
	const char *name;	/* "Russian Federation" */
	const char *official;	/* "People's Republic of China", or "" */
	const char *common;	/* "Vietnam", or "" */
};

extern const struct iso_country iso_countries[];
extern const size_t iso_country_count;
extern const char *const iso_currencies[];
extern const size_t iso_currency_count;

#endif

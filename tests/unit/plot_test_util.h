/*
 * plot_test_util.h - helpers shared by the report stage's chart tests
 * (test_plot.c, test_chart.c): a chart's gnuplot script as a string, and a
 * datablock cut out of it. Included after <cmocka.h>; everything is static
 * inline.
 */
#ifndef TS_PLOT_TEST_UTIL_H
#define TS_PLOT_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

/* The script for spec as a NUL-terminated string (the caller frees it), or
 * NULL. Not inlined: gcc 12 then takes the string open_memstream() returns
 * for a pointer to the local that received it (-Wdangling-pointer). */
static __attribute__((noinline, unused)) char *script_of(const struct plot_spec *spec, int *rc)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);

	assert_non_null(f);
	*rc = plot_write_script(f, spec);
	assert_int_equal(fclose(f), 0);
	return s;
}

/* The text of datablock name ("$s1") up to its EOD, copied (caller frees). */
static inline char *datablock(const char *script, const char *name)
{
	char head[32];
	const char *p, *end;

	snprintf(head, sizeof(head), "\n%s << EOD\n", name);
	p = strstr(script, head);
	assert_non_null(p);
	p += strlen(head);
	end = strstr(p, "\nEOD\n");
	assert_non_null(end);
	return strndup(p, (size_t)(end - p + 1));
}

#endif

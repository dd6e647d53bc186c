/*
 * fuzz.h - what the fuzz targets share with their two drivers: libFuzzer
 * (make fuzz) and replay.c (make check replays the saved corpus).
 *
 * Invariants:
 *  1. A target takes any bytes and returns 0; a broken property is abort()
 *     with a message (FUZZ_CHECK), which both drivers report as a crash.
 *  2. A target's result depends only on its input: no state survives from
 *     one call to the next that could change what the next call does, so
 *     any crash replays from its one saved file.
 */
#ifndef TS_FUZZ_H
#define TS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with the failed condition: a property of the target is broken. */
#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "%s:%d: fuzz property failed: %s\n", __FILE__, \
				__LINE__, #cond); \
			abort(); \
		} \
	} while (0)

#endif

# tradestat - build, tests and demo.
#
#   make            build ./tradestat
#   make demo       install what is missing, run the whole pipeline on data/ into demo-out/
#   make test       install what is missing, run unit + end-to-end tests, then again under ASan+UBSan
#   make deps       install the Debian packages the build and tests need (as root), or print the command
#   make check      unit + end-to-end tests of the normal build only
#   make check-asan the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   make check-spreadsheet  open the exported CSVs in LibreOffice Calc (headless) and
#                   check cell types (installs libreoffice-calc-nogui, ~300 MB, when missing)
#   make check-report  open the demo's report in headless Chromium: every chart and CSV
#                   must load, every series have a chart (installs chromium when missing)
#   make eval       parser accuracy on the seeds, Recognizers-Text and Reuters-21578 (tests/eval/)
#   make fuzz       run the libFuzzer targets of tests/fuzz/ (clang; FUZZ_TIME seconds each)
#   make check-valgrind  the demo under valgrind --leak-check=full
#   make bench      throughput and peak memory at N and 2N, one table (not part of test;
#                   BENCH_MB=100 BENCH_SERIES=10000 BENCH_CLAIMS=1000000 BENCH_CHARTS=100
#                   BENCH_POINTS=10000;
#                   needs /usr/bin/time, package 'time'; see bench/run.sh)
#   make clean
#
# SQL in sql/*.sql and gnuplot styles in plots/*.gp are embedded in the binary
# as C strings (build/sql_<name>.c, build/gp_<name>.c), so ./tradestat runs from anywhere.

CC      ?= cc
CFLAGS  ?= -O2
B       ?= build
SAN     ?=
PKGS    := sqlite3 nettle jansson

# Debian packages: build (dev headers, pkg-config; jansson reads ingest --claims' JSONL), tests (cmocka, the sqlite3 CLI, python3
# as an independent CSV and JSON reader), charts (gnuplot).
# The lexicon (src/lexicon/) is generated with gperf from iso-codes and data/lexicon/.
DEB_PKGS := gcc make libsqlite3-dev libcsv-dev libcmocka-dev nettle-dev libjansson-dev gnuplot-nox \
	    pkg-config sqlite3 python3 gperf iso-codes

# `make V=1` shows the full compiler command lines.
V       ?= 0
ifeq ($(V),0)
Q       := @
SAY      = @echo "  $(1)	$(2)"
else
SAY      =
endif

ifeq ($(SAN),1)
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g
CFLAGS   := -O1
endif
# `make fuzz` builds the library for libFuzzer (clang): coverage, ASan and UBSan.
# Comparison tracing (trace-cmp) is off by default: it halves the speed, and
# the seed corpus already holds the words the parsers compare against.
FUZZ_COV ?= -fno-sanitize-coverage=trace-cmp
ifeq ($(SAN),fuzz)
SANFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
	    -fno-omit-frame-pointer -g $(FUZZ_COV)
CFLAGS   := -O2
endif

# Recursively expanded on purpose: pkg-config runs when a recipe needs it,
# after `make deps` has had the chance to install it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lcsv -lm
ALL_CFLAGS = -std=c11 -pthread -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
	-Isrc -I$(B) $(SANFLAGS) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP
ALL_LDFLAGS = -pthread $(SANFLAGS) $(LDFLAGS)

SRC      := $(sort $(wildcard src/*/*.c))
SQL      := $(sort $(wildcard sql/*.sql))
GP       := $(sort $(wildcard plots/*.gp))
OBJ      := $(SRC:src/%.c=$(B)/obj/%.o) \
	    $(SQL:sql/%.sql=$(B)/obj/sql_%.o) $(GP:plots/%.gp=$(B)/obj/gp_%.o) \
	    $(B)/obj/embed_table.o $(B)/obj/lexicon_gen.o
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/%)

.PHONY: all deps test check check-asan check-spreadsheet check-report unit cli demo bench clean eval fuzz fuzz-deps fuzz-replay check-valgrind
# Keep generated C files (build/sql_*.c): they are cheap to keep and useful to read.
.SECONDARY:

all: tradestat

ifeq ($(B),build)
tradestat: $(B)/tradestat
	$(Q)cp $< $@
endif

$(B)/tradestat: $(B)/obj/main.o $(B)/libtradestat.a
	$(call SAY,LD,$@)
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(B)/libtradestat.a: $(OBJ)
	$(call SAY,AR,$@)
	$(Q)rm -f $@
	$(Q)ar rcs $@ $^

$(B)/obj/%.o: src/%.c $(B)/embed.h $(B)/sql_ids.h $(B)/lexicon_words.h
	@mkdir -p $(dir $@)
	$(call SAY,CC,$<)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/obj/%.o: $(B)/%.c
	@mkdir -p $(dir $@)
	$(call SAY,CC,$<)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# sql/claim_insert.sql -> const char sql_claim_insert[] (a rule tested in STYLE.md).
$(B)/sql_%.c: sql/%.sql
	@mkdir -p $(B)
	$(Q){ echo 'const char sql_$*[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@.tmp && mv $@.tmp $@

$(B)/gp_%.c: plots/%.gp
	@mkdir -p $(B)
	$(Q){ echo 'const char gp_$*[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@.tmp && mv $@.tmp $@

# The lexicon (src/lexicon/lexicon.h): lexicon_gen.py turns iso-codes' JSON and
# data/lexicon/*.tsv into gperf input and the W_ word constants; gperf makes the
# perfect hash. ISO_CODES=DIR to read the JSON from elsewhere.
ISO_CODES    ?= /usr/share/iso-codes/json
LEXICON_DATA := $(sort $(wildcard data/lexicon/*.tsv))
$(B)/lexicon_gen.gperf $(B)/lexicon_words.h &: src/lexicon/lexicon_gen.py $(LEXICON_DATA) \
		$(ISO_CODES)/iso_3166-1.json $(ISO_CODES)/iso_4217.json
	@mkdir -p $(B)
	$(call SAY,GEN,$(B)/lexicon_gen.gperf)
	$(Q)python3 src/lexicon/lexicon_gen.py $(B)/lexicon_gen.gperf.tmp $(B)/lexicon_words.h.tmp \
		$(ISO_CODES)/iso_3166-1.json $(ISO_CODES)/iso_4217.json $(LEXICON_DATA) && \
		mv $(B)/lexicon_words.h.tmp $(B)/lexicon_words.h && \
		mv $(B)/lexicon_gen.gperf.tmp $(B)/lexicon_gen.gperf

$(B)/lexicon_gen.c: $(B)/lexicon_gen.gperf
	$(call SAY,GPERF,$@)
	$(Q)gperf --output-file=$@.tmp $< && mv $@.tmp $@

# Statements are named by an enum, one value per file of sql/ in sorted order
# (sql/export_findings.sql is SQL_EXPORT_FINDINGS), so a misspelt name fails to compile.
$(B)/sql_ids.h: $(SQL) Makefile
	@mkdir -p $(B)
	$(Q){ echo '/* generated by make from sql/: do not edit */'; \
	  echo '#ifndef TS_SQL_IDS_H'; echo '#define TS_SQL_IDS_H'; \
	  echo 'enum sql_id {'; \
	  for f in $(SQL:sql/%.sql=%); do echo "	SQL_$$f,"; done | sed 's/SQL_.*/\U&/'; \
	  echo '	SQL_ID_COUNT'; echo '};'; echo '#endif'; } > $@.tmp && mv $@.tmp $@

# The list of embedded files, indexed by enum sql_id for the statements.
$(B)/embed.h: $(SQL) $(GP) $(B)/sql_ids.h Makefile
	@mkdir -p $(B)
	$(Q){ echo '/* generated by make from sql/ and plots/: do not edit */'; \
	  echo '#ifndef TS_EMBED_H'; echo '#define TS_EMBED_H'; echo '#include <stddef.h>'; \
	  echo '#include "sql_ids.h"'; \
	  echo 'struct embedded { const char *name; const char *text; };'; \
	  for f in $(SQL:sql/%.sql=%); do echo "extern const char sql_$$f[];"; done; \
	  for f in $(GP:plots/%.gp=%); do echo "extern const char gp_$$f[];"; done; \
	  echo 'extern const struct embedded embedded_sql[], embedded_gp[];'; \
	  echo 'extern const size_t embedded_sql_count, embedded_gp_count;'; \
	  echo '#endif'; } > $@.tmp && mv $@.tmp $@

$(B)/embed_table.c: $(B)/embed.h
	$(Q){ echo '#include "embed.h"'; \
	  echo 'const struct embedded embedded_sql[] = {'; \
	  for f in $(SQL:sql/%.sql=%); do echo "	[SQL_$$f] = { \"$$f\", sql_$$f },"; done | \
	    sed 's/\[SQL_[a-z0-9_]*\]/\U&/'; \
	  echo '	[SQL_ID_COUNT] = { NULL, NULL } };'; \
	  echo 'const size_t embedded_sql_count = sizeof(embedded_sql) / sizeof(embedded_sql[0]) - 1;'; \
	  echo 'const struct embedded embedded_gp[] = {'; \
	  for f in $(GP:plots/%.gp=%); do echo "	{ \"$$f\", gp_$$f },"; done; \
	  echo '	{ NULL, NULL } };'; \
	  echo 'const size_t embedded_gp_count = sizeof(embedded_gp) / sizeof(embedded_gp[0]) - 1;'; \
	} > $@.tmp && mv $@.tmp $@

# One cmocka binary per module: tests/unit/test_lex.c -> build/test_lex.
$(B)/test_%: tests/unit/test_%.c $(B)/libtradestat.a
	$(call SAY,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libtradestat.a $(ALL_LDFLAGS) $(PKG_LIBS) \
		$(shell pkg-config --libs cmocka)

-include $(OBJ:.o=.d) $(B)/obj/main.d

# ---- tests -----------------------------------------------------------

deps:
	@missing=""; \
	for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "tradestat: missing Debian packages:$$missing" >&2; \
		echo "run: sudo apt-get install -y --no-install-recommends$$missing" >&2; exit 1; \
	fi; \
	echo "installing:$$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get install -y --no-install-recommends $$missing >/dev/null 2>&1 || \
	{ apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $$missing; }

unit: $(UNIT_BIN)
	@LABEL="$(if $(SAN),AddressSanitizer + UBSan,$(B))" tests/run-unit.sh $(UNIT_BIN)

cli: $(B)/tradestat
	@LABEL="$(if $(SAN),AddressSanitizer + UBSan,$(B))" TRADESTAT=$(abspath $(B)/tradestat) tests/cli/run.sh

check: unit cli fuzz-replay

check-asan:
	$(MAKE) B=build/asan SAN=1 check

test: deps
	$(MAKE) check
	$(MAKE) check-asan

check-spreadsheet: deps
	@command -v soffice >/dev/null 2>&1 || { \
		if [ "$$(id -u)" != 0 ]; then \
			echo "run: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2; exit 1; fi; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
			libreoffice-calc-nogui >/dev/null 2>&1 || { apt-get update -q >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc-nogui; }; }
	$(MAKE) tradestat
	TRADESTAT=$(abspath tradestat) tests/spreadsheet/check.sh

# The report in a real browser (tests/report/check.sh): headless Chromium loads
# every chart and linked CSV of the demo's report/index.html and saves a
# screenshot. Installs Debian's chromium when missing: its own package, not
# one of DEB_PKGS (make test does not need a browser).
REPORT_DEB := chromium
check-report: deps
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" != 0 ]; then \
			echo "run: sudo apt-get install -y --no-install-recommends $(REPORT_DEB)" >&2; exit 1; fi; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
			$(REPORT_DEB) >/dev/null 2>&1 || { apt-get update -q >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(REPORT_DEB); }; }
	$(MAKE) tradestat
	TRADESTAT=$(abspath tradestat) tests/report/check.sh

# Parser accuracy (tests/eval/README.md): the only target that reads ../shared/eval
# (../../shared/eval from a worktree under wt/; EVAL=DIR to say where).
EVAL    ?= $(firstword $(wildcard ../shared/eval ../../shared/eval) ../shared/eval)
eval: $(B)/tradestat
	@TRADESTAT=$(abspath $(B)/tradestat) EVAL=$(abspath $(EVAL)) tests/eval/run.sh

# ---- fuzzing (tests/fuzz/) and valgrind ------------------------------
# Each target tests/fuzz/fuzz_NAME.c is built twice: $(B)/replay_NAME, a plain
# program (replay.c's main) that `check` runs over the saved corpus and every
# crash ever found; and build/fuzz/fuzz_NAME, the libFuzzer binary of `make fuzz`.
FUZZ_TARGETS := parse csvin importfmt
FUZZ_REPLAY  := $(FUZZ_TARGETS:%=$(B)/replay_%)
FUZZ_TIME    ?= 600
FUZZ_FLAGS   ?= -max_len=512
FUZZ_DEB     := clang libclang-rt-14-dev
FUZZ_RT      := $(wildcard /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a)

$(B)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(B)/libtradestat.a
	$(call SAY,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -MF $@.d -Itests/fuzz -o $@ tests/fuzz/fuzz_$*.c tests/fuzz/replay.c \
		$(B)/libtradestat.a $(ALL_LDFLAGS) $(PKG_LIBS)

$(B)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(B)/libtradestat.a
	$(call SAY,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -MF $@.d -fsanitize=fuzzer -Itests/fuzz -o $@ $< \
		$(B)/libtradestat.a $(ALL_LDFLAGS) $(PKG_LIBS)

fuzz-replay: $(FUZZ_REPLAY)
	@for t in $(FUZZ_TARGETS); do \
		$(B)/replay_$$t tests/fuzz/corpus/$$t tests/fuzz/crashes/$$t 2> $(B)/replay_$$t.log \
		|| { tail -30 $(B)/replay_$$t.log; echo "fuzz replay FAILED: $$t" >&2; exit 1; }; \
	done

fuzz-deps:
	@if command -v clang >/dev/null && [ -n "$(FUZZ_RT)" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "run: sudo apt-get install -y --no-install-recommends $(FUZZ_DEB)" >&2; exit 1; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get install -y -q --no-install-recommends $(FUZZ_DEB) || \
	{ apt-get update -q && apt-get install -y -q --no-install-recommends $(FUZZ_DEB); }

# New inputs go to $(FUZZ_B)/corpus-NAME (the saved corpus is only read);
# crashes, leaks and timeouts to tests/fuzz/crashes/NAME/, to be kept.
# The csvin target writes each input to a file: in /dev/shm when there is one.
FUZZ_B ?= build/fuzz
fuzz: deps fuzz-deps
	$(MAKE) B=$(FUZZ_B) SAN=fuzz CC=clang $(FUZZ_TARGETS:%=$(FUZZ_B)/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_B)/corpus-$$t; \
		echo "fuzzing $$t for $(FUZZ_TIME) s"; \
		TMPDIR=$${TMPDIR:-$$(test -d /dev/shm && echo /dev/shm || echo /tmp)} \
		$(FUZZ_B)/fuzz_$$t -max_total_time=$(FUZZ_TIME) -close_fd_mask=2 \
			-print_final_stats=1 -artifact_prefix=tests/fuzz/crashes/$$t/ $(FUZZ_FLAGS) \
			$(FUZZ_B)/corpus-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# The demo with every tradestat run under valgrind (gnuplot, a child, is not
# traced): any memory error or leak fails it (--error-exitcode), and the logs
# in build/valgrind/ say where.
VALGRIND := valgrind -q --leak-check=full --error-exitcode=1
check-valgrind: deps tradestat
	@command -v valgrind >/dev/null || { [ "$$(id -u)" = 0 ] && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends valgrind; } || \
		{ echo "run: sudo apt-get install -y valgrind" >&2; exit 1; }
	@rm -rf build/valgrind && mkdir -p build/valgrind
	@printf '#!/bin/sh\nexec $(VALGRIND) --log-file=%s/vg.%%p.log %s "$$@"\n' \
		$(abspath build/valgrind) $(abspath tradestat) > build/valgrind/tradestat
	@chmod +x build/valgrind/tradestat
	@TRADESTAT=$(abspath build/valgrind/tradestat) data/demo.sh build/valgrind/demo-out 2> build/valgrind/demo.log \
		|| { tail -20 build/valgrind/demo.log; cat build/valgrind/vg.*.log; exit 1; }
	@n=$$(ls build/valgrind/vg.*.log | wc -l); \
	if cat build/valgrind/vg.*.log | grep -q .; then cat build/valgrind/vg.*.log; exit 1; fi; \
	echo "valgrind: $$n tradestat runs of the demo, no memory error, no leak"

demo: deps
	$(MAKE) tradestat
	TRADESTAT=$(abspath tradestat) data/demo.sh demo-out

# Input generators for the benchmark (bench/gen.c): standalone, not linked with tradestat.
$(B)/bench-gen: bench/gen.c
	@mkdir -p $(B)
	$(call SAY,CC,$@)
	$(Q)$(CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

bench: deps $(B)/bench-gen
	@command -v /usr/bin/time >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends time >/dev/null
	$(MAKE) tradestat
	TRADESTAT=tradestat BENCH_GEN=$(B)/bench-gen bench/run.sh

clean:
	rm -rf build tradestat demo-out bench/out

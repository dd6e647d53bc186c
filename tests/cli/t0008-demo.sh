# The demo pipeline end to end in a temporary folder: what `make demo` runs.
. "$TOP/tests/cli/lib.sh"
TRADESTAT="$TRADESTAT" "$DATA/demo.sh" out 2> log || { cat log; fail "demo failed"; }
for f in claims.csv claims_extracted.csv series.csv series_wide.csv findings.csv findings.txt \
	 cn_imports_from_ru.svg cn_imports_from_ru.png report/index.html report/CN.IMP.RU.svg \
	 report/claims.csv report/findings.csv; do
	[ -s "out/$f" ] || fail "demo did not write $f"
done
db=out/tradestat.db
[ "$(sqlite3 $db 'SELECT count(*) FROM document')" = 5 ] || fail "documents"
[ "$(sqlite3 $db 'SELECT count(*) FROM series')" = 6 ] || fail "series"
# SDMX-CSV and Comtrade among the inputs (issue 15).
[ "$(sqlite3 $db "SELECT group_concat(code, ' ') FROM (SELECT code FROM series WHERE code IN ('DOT.M.CN.TMG_CIF_USD.RU', 'CN.IMP.RU.TOTAL') ORDER BY code)")" = "CN.IMP.RU.TOTAL DOT.M.CN.TMG_CIF_USD.RU" ] || fail "SDMX and Comtrade series"
# IMPCH: three vintages, and 2016-02 revised twice.
[ "$(sqlite3 $db "SELECT count(*) FROM observation o JOIN series s ON s.id = o.series WHERE s.code = 'IMPCH' AND o.period = '2016-02'")" = 3 ] \
	|| fail "IMPCH 2016-02 vintages"
[ "$(sqlite3 $db 'PRAGMA integrity_check')" = ok ] || fail "integrity"
grep -q 'agrees with' out/findings.txt || fail "findings"
# Running the demo again gives the same tables (idempotent pipeline).
TRADESTAT="$TRADESTAT" "$DATA/demo.sh" out2 2>/dev/null
for t in claims series findings; do
	cmp "out/$t.csv" "out2/$t.csv" || fail "$t.csv differs between runs"
done

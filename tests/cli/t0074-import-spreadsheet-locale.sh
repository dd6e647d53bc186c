# Issue 15: CSV as spreadsheets save it. Excel in a German locale (BOM, ';',
# CRLF, decimal comma, day-first dates) with no flag; Excel's "Unicode text"
# (UTF-16LE, TAB) read with --decimal-comma; thousands separators only by
# opt-in (--thousands), refused with the hint otherwise; UTF-32 refused
# saying what it is.
. "$TOP/tests/cli/lib.sh"
D="$TOP/tests/data"
ts init > /dev/null
ts import --vintage 2026-03-01 "$D/excel_de_impch_2023.csv" 2> err || fail "excel de: $(cat err)"
ts export series > s.csv
grep -qx 'Importe aus China (Mio. USD),2023-01,38166.1,,2026-03-01,excel_de_impch_2023.csv,,,,,M' s.csv ||
	fail "38166,1: $(head -3 s.csv)"
[ "$(grep -c '^Importe' s.csv)" = 12 ] || fail "12 months: $(cat s.csv)"
# value_text in one notation (the digits as written, a decimal point).
[ "$(count "SELECT value_text FROM observation WHERE period = '2023-01'")" = 38166.1 ] || fail "value_text"
# UTF-16: read (converted), the same figures.
rm -f t.db; ts init > /dev/null
ts import --vintage 2026-03-01 --decimal-comma "$D/excel_unicode_text_impch_2023.txt" 2> err ||
	fail "utf-16: $(cat err)"
ts export series | grep -q '^Importe aus China (Mio. USD),2023-12,.*,2026-03-01,' || fail "utf-16 rows"
[ "$(count "SELECT value FROM observation WHERE period = '2023-01'")" = 38166.1 ] || fail "utf-16 value"
# Without --decimal-comma a TAB file's comma is refused with the option named.
rm -f t.db; ts init > /dev/null
expect_exit 3 ts import "$D/excel_unicode_text_impch_2023.txt" 2> err
grep -q "excel_unicode_text_impch_2023.txt:2:2: '38166,1' has a decimal comma in column 'Importe aus China (Mio. USD)': give --decimal-comma" err ||
	fail "hint: $(cat err)"
# Thousands: refused with the hint, read with --thousands ,.
expect_exit 3 ts import "$D/thousands_comma_impch_2023.csv" 2> err
grep -q "thousands_comma_impch_2023.csv:2:2: '38,166.1' has a thousands separator in column 'IMPCH': give --thousands ," err ||
	fail "thousands hint: $(cat err)"
ts import --vintage 2026-03-01 --thousands , "$D/thousands_comma_impch_2023.csv" 2> err || fail "$(cat err)"
ts export series | grep -qx 'IMPCH,2023-01,38166.1,,2026-03-01,thousands_comma_impch_2023.csv,,,,,M' || fail "--thousands ,"
# --delimiter overrides the sniffing: a ';' file read as ',' has no such header.
expect_exit 3 ts import --delimiter , "$D/excel_de_impch_2023.csv" 2> err
grep -q 'header is in no known layout' err || fail "--delimiter: $(cat err)"
printf 'period;A\r\n2023-01;1.5\r\n' > point.csv
ts import --vintage 2026-03-01 --decimal-point point.csv 2> err || fail "--decimal-point: $(cat err)"
[ "$(count "SELECT value FROM observation o JOIN series s ON s.id = o.series WHERE s.code = 'A'")" = 1.5 ] || fail "1.5"
expect_exit 2 ts import --decimal-point --decimal-comma point.csv 2> /dev/null
# UTF-32 is refused naming what it is.
printf 'period,A\n2023-01,1\n' | iconv -f UTF-8 -t UTF-32 > u32.csv
expect_exit 3 ts import u32.csv 2> err
grep -q '^u32.csv:1: UTF-32' err || fail "utf-32: $(cat err)"

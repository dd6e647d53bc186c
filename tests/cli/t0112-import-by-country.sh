# A file of one row per date and country (branch import5): FRED's H.10
# exchange rates as DataHub republishes them, `Date,Country,Exchange rate`
# (tests/data/fred_h10_monthly_by_country.csv, rows of
# /work/shared/data/fx/fred_h10_monthly_all_countries.csv). It was read as a
# wide file: 50 x "bad number 'Australia' in column 'Country'", exit 3. Now
# it is a series per country, PREFIX.ISO2, titled from the names.
. "$TOP/tests/cli/lib.sh"
FX="$TOP/tests/data/fred_h10_monthly_by_country.csv"
ts init > /dev/null

ts import --vintage 2026-07-21 "$FX" 2> err || fail "by country: $(head -3 err)"
grep -q "one row per date and country ('Country'): a series FRED_H10_MONTHLY_BY_COUNTRY.<ISO code> each" err \
	|| fail "summary does not say how it was read: $(cat err)"
[ "$(count "select group_concat(code, ' ') from (select code from series order by code)")" = \
  "FRED_H10_MONTHLY_BY_COUNTRY.AU FRED_H10_MONTHLY_BY_COUNTRY.CN FRED_H10_MONTHLY_BY_COUNTRY.EA FRED_H10_MONTHLY_BY_COUNTRY.GB" ] \
	|| fail "series: $(count "select group_concat(code, ' ') from series")"
# The country is the reporter; "Euro" (the euro area's row) is EA; the title
# names the value column and the country as written.
[ "$(count "select reporter || '|' || title from series where code like '%.CN'")" = "CN|Exchange rate, China" ] \
	|| fail "China: $(count "select reporter, title from series where code like '%.CN'")"
[ "$(count "select reporter || '|' || title from series where code like '%.EA'")" = "EA|Exchange rate, Euro" ] \
	|| fail "Euro: $(count "select reporter, title from series where code like '%.EA'")"
[ "$(count "select o.value_text from observation o join series s on s.id = o.series where s.code like '%.CN' and o.period = '2026-03'")" = 6.8921 ] \
	|| fail "China 2026-03: $(count "select period, value from observation limit 3")"
[ "$(count "select count(*) from observation")" = 24 ] || fail "24 values"
[ "$(count "select distinct freq from series")" = M ] || fail "monthly"

# --series-prefix names them; a date at the end of the file's name is dropped
# (each month's download names the same series).
ts import --vintage 2026-07-21 --series-prefix FX "$FX" 2> err || fail "--series-prefix: $(cat err)"
[ "$(count "select count(*) from series where code like 'FX.%'")" = 4 ] || fail "FX.*"
cp "$FX" h10_2026-07-21.csv
ts import --vintage 2026-07-22 h10_2026-07-21.csv 2> err || fail "dated name: $(cat err)"
[ "$(count "select count(*) from series where code in ('H10.AU', 'H10.CN', 'H10.EA', 'H10.GB')")" = 4 ] \
	|| fail "dated name: $(count "select group_concat(code, ' ') from series")"

# The column map is unchanged: the column's values as written.
ts import --vintage 2026-07-21 --series-column Country --value-column 'Exchange rate' "$FX" 2> err \
	|| fail "column map: $(cat err)"
[ "$(count "select count(*) from series where code in ('China', 'Euro')")" = 2 ] || fail "column map codes"

# A text column that is not countries: one message naming the column map,
# exit 3, nothing stored.
printf 'Date,Series,Value\n2023-01-01,IMPCH,1.5\n2023-02-01,IMPCH,1.6\n2023-03-01,IMPCH,1.7\n' > s.csv
expect_exit 3 ts import s.csv 2> err
[ "$(grep -c '^s.csv:' err)" = 1 ] || fail "one message: $(cat err)"
grep -q "^s.csv:2:2: 'IMPCH' in column 'Series' is text, not a number: for a file of one row per date and series give --series-column 'Series' --value-column 'Value'$" err \
	|| fail "message: $(cat err)"
ts import --series-column Series --value-column Value s.csv 2> err || fail "the options it names: $(cat err)"
[ "$(count "select count(*) from observation o join series s on s.id = o.series where s.code = 'IMPCH'")" = 3 ] \
	|| fail "IMPCH by the named options"

# A wide file whose first value is a spreadsheet's "n/a" is still wide.
printf 'date,A,B\n2023-01-01,n/a,1.5\n2023-02-01,2,1.6\n' > w.csv
expect_exit 3 ts import w.csv 2> err
grep -q "^w.csv:2:2: bad number 'n/a' in column 'A'" err || fail "n/a: $(cat err)"

# An unknown country is refused with its line; --series-prefix on a file of
# another layout is refused.
printf 'Date,Country,Rate\n2023-01-01,China,6.8\n2023-01-01,Chna,6.8\n' > bad.csv
expect_exit 3 ts import bad.csv 2> err
grep -q "^bad.csv:3:2: unknown country 'Chna' in column 'Country' (did you mean 'China'" err \
	|| fail "unknown country: $(cat err)"
expect_exit 3 ts import --series-prefix FX "$TOP/tests/data/year_column_impch.csv" 2> err
grep -q "year_column_impch.csv:2: --series-prefix names the series of a file of one row per date and country" err \
	|| fail "prefix on a wide file: $(cat err)"
expect_exit 2 ts import --series-prefix 'a b' "$FX" 2> /dev/null
exit 0

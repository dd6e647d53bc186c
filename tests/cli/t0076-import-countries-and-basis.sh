# Issue 15: countries by name or code wherever a country is given (options
# and columns), stored as ISO2; unknown: exit 2 on the command line, exit 3
# with file:line in a file, each with the closest names. What a series is
# (adjustment, price, aggregation) from options, stored on the series.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'period,A\n2023-01,1\n2023-02,2\n' > a.csv
ts import --vintage 2024-01-01 --reporter China --partner 'Russian Federation' --flow import a.csv 2> /dev/null
ts export series | grep -q '^A,2023-01,1,,2024-01-01,a.csv,,CN,RU,import,M$' || fail "names: $(ts export series)"
for spec in "U.S.:US" "United States:US" "CHN:CN" "156:CN" "cn:CN" "842:US"; do
	rm -f t.db; ts init > /dev/null
	ts import --vintage 2024-01-01 --reporter "${spec%%:*}" a.csv 2> /dev/null || fail "--reporter ${spec%%:*}"
	[ "$(count 'SELECT reporter FROM series')" = "${spec##*:}" ] || fail "${spec%%:*}: $(count 'SELECT reporter FROM series')"
done
expect_exit 2 ts import --partner Rusia a.csv 2> err
grep -q "\-\-partner: unknown country 'Rusia' (did you mean 'Russia'" err || fail "option: $(cat err)"
printf 'series,period,value,reporter,partner\nB,2023-01,1,United States,China\nB,2023-02,2,U.S.,Chnia\n' > b.csv
expect_exit 3 ts import b.csv 2> err
grep -q "^b.csv:3:5: unknown country 'Chnia' in column 'partner' (did you mean 'China'" err || fail "column: $(cat err)"
[ "$(count "SELECT count(*) FROM series WHERE code = 'B'")" = 0 ] || fail "half-written"
sed -i 's/Chnia/CHN/' b.csv
ts import --vintage 2024-01-01 b.csv 2> /dev/null || fail "b.csv"
[ "$(count "SELECT reporter || partner FROM series WHERE code = 'B'")" = USCN ] || fail "B"
# adjustment / price / aggregation: options, or defaults by kind.
printf 'period,SA1\n2023-01,1\n2023-02,2\n' > sa.csv
ts import --vintage 2024-01-01 --adjustment sa --price real --aggregation mean sa.csv 2> /dev/null
[ "$(count "SELECT adjustment || ' ' || price || ' ' || aggregation FROM series WHERE code = 'SA1'")" = "sa real mean" ] ||
	fail "basis: $(count "SELECT * FROM series WHERE code = 'SA1'")"
expect_exit 2 ts import --adjustment seasonal sa.csv 2> /dev/null
[ "$(count "SELECT aggregation FROM series WHERE code = 'B'")" = "" ] || fail "no flow, no unit: unknown"
printf 'period,FX\n2023-01,7.1\n2023-02,7.2\n' > fx.csv
ts import --vintage 2024-01-01 --unit CNY/USD fx.csv 2> /dev/null
[ "$(count "SELECT aggregation FROM series WHERE code = 'FX'")" = mean ] || fail "a rate averages"

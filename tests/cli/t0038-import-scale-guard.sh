# Issue 11, the scale guard: a release whose every value shared with the
# release before it (at least 3 periods) changed by one power of ten is
# refused with a message naming --scale; --allow-rescale overrides; real
# revisions mixed in do not hide the slip; the same for a backfilled release.
. "$TOP/tests/cli/lib.sh"
S="$DATA/series"
ts init > /dev/null
ts import --vintage 2017-03-03 --scale million "$S/impch_us_imports_from_china_snapshot_2017-03-03.csv" 2> /dev/null
expect_exit 3 ts import --vintage 2019-05-10 "$S/impch_us_imports_from_china_snapshot_2019-05-10.csv" 2> err
grep -q "series 'IMPCH': all 121 values it shares with the neighbouring release are 10^-6 times those .*give --scale, or --allow-rescale" err \
	|| fail "$(cat err)"
[ "$(count 'SELECT count(*) FROM vintage')" = 1 ] || fail "the refused release was stored"
ts import --vintage 2019-05-10 --scale million "$S/impch_us_imports_from_china_snapshot_2019-05-10.csv" 2> /dev/null \
	|| fail "with --scale"
# Backfilled before the others, in thousands: refused too.
expect_exit 3 ts import --vintage 2016-01-01 --scale 1000 --source old \
	"$S/impch_us_imports_from_china_snapshot_2017-03-03.csv" 2> err
grep -q "10^-3 times" err || fail "backfill: $(cat err)"
ts import --vintage 2016-01-01 --scale 1000 --source old --allow-rescale \
	"$S/impch_us_imports_from_china_snapshot_2017-03-03.csv" 2> /dev/null || fail "--allow-rescale"
# Two periods changed by 10^6 are not enough to call it a slip.
printf 'period,Q\n2024-01,5\n2024-02,6\n' > q1.csv
printf 'period,Q\n2024-01,5000000\n2024-02,6000000\n' > q2.csv
ts import --vintage 2024-03-01 q1.csv 2> /dev/null
ts import --vintage 2024-04-01 q2.csv 2> /dev/null || fail "two periods refused"

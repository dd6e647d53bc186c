# Issue 11, item 4: an import is the file's SHA-256 plus the options that
# shape what is stored. The same file for a second column is a new import; a
# corrected --scale supersedes the slip with --replace; a cron rerun with the
# defaulted date is skipped; a stated other date is a new release.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'Date,Exports,Imports\n2024-01,492,300\n2024-02,500,310\n2024-03,510,320\n' > t.csv
ts import --vintage 2024-04-01 --series EX --value-column Exports t.csv 2> /dev/null
ts import --vintage 2024-04-01 --series IM --value-column Imports t.csv 2> err
grep -q "already imported" err && fail "second column skipped: $(cat err)"
[ "$(ts export series --series IM | tail -n +2 | wc -l)" = 3 ] || fail "Imports not stored"
ts import --vintage 2024-04-01 --series IM --value-column Imports t.csv 2> err
grep -q "already imported (same SHA-256 and options), skipped" err || fail "same options: $(cat err)"
# The scale slip: the same release again with --scale million is refused
# without --replace (two releases of one source on one date)...
expect_exit 3 ts import --vintage 2024-04-01 --scale million --series EX --value-column Exports t.csv 2> err
grep -q "already has a release of 't.csv' dated 2024-04-01 (vintage 1): give --replace" err || fail "$(cat err)"
# ... and corrected with it.
ts import --vintage 2024-04-01 --scale million --replace --series EX --value-column Exports t.csv 2> err \
	|| fail "--replace: $(cat err)"
[ "$(ts export series --series EX | awk -F, 'NR == 2 { print $3 }')" = 492000000 ] || fail "scale not corrected"
[ "$(count "SELECT count(*) FROM observation o JOIN series s ON s.id = o.series WHERE s.code = 'EX'")" = 3 ] \
	|| fail "the slip's rows stayed"
# Default date (today) is not part of the identity: a rerun is skipped.
printf 'period,D\n2024-01,1\n' > d.csv
ts import d.csv 2> /dev/null
ts import d.csv 2> err
grep -q "already imported" err || fail "cron rerun imported again: $(cat err)"
ts import --vintage 2020-01-01 d.csv 2> err
grep -q "already imported" err && fail "a stated other date was skipped"
# EX and IM, the corrected EX (the slip's vintage went with its rows), D twice.
[ "$(count 'SELECT count(*) FROM vintage')" = 4 ] || fail "vintages: $(count 'SELECT count(*) FROM vintage')"

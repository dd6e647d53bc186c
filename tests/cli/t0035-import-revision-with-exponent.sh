# Issue 11, item 5: a revision written with an exponent (0.0015 -> 2e-3) is a
# revision, not dropped as unchanged; an exponent moves the last digit
# (1.5e3 is written to the hundred: 1500.4 is the same figure restated).
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'period,R\n2024-01,0.0015\n2024-02,1.5e3\n' > a.csv
printf 'period,R\n2024-01,2e-3\n2024-02,1500.4\n' > b.csv
ts import --vintage 2024-03-01 a.csv 2> /dev/null
ts import --vintage 2024-04-01 b.csv 2> err
grep -q "1 revised, 1 restated" err || fail "$(cat err)"
[ "$(ts export series | awk -F, 'NR == 2 { print $3 }')" = 0.002 ] || fail "latest: $(ts export series)"

# Issue 11, item 1, as reported: jan.csv (X 2023-12 = 10), then mar.csv (10,
# "unchanged"), then feb.csv (12) backfilled. The March release says 10: the
# latest value and the value as of 2024-03-20 are 10, as of 2024-02-20 12;
# the same inside one file with --vintage-column in either row order.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'period,X\n2023-12,10\n' > jan.csv
printf 'period,X\n2023-12,10\n' > mar.csv
printf 'period,X\n2023-12,12\n' > feb.csv
ts import --vintage 2024-01-15 jan.csv 2> /dev/null
ts import --vintage 2024-03-15 mar.csv 2> /dev/null
ts import --vintage 2024-02-15 feb.csv 2> err
grep -q "1 revised.*1 value of later releases re-classified" err || fail "backfill report: $(cat err)"
value() { ts export series "$@" | awk -F, 'NR == 2 { print $3 }'; }
[ "$(value)" = 10 ] || fail "latest: $(value)"
[ "$(value --as-of 2024-03-20)" = 10 ] || fail "as of 2024-03-20: $(value --as-of 2024-03-20)"
[ "$(value --as-of 2024-02-20)" = 12 ] || fail "as of 2024-02-20: $(value --as-of 2024-02-20)"
[ "$(value --as-of 2024-01-20)" = 10 ] || fail "as of 2024-01-20"
ts export series --revisions | cut -d, -f3,5,6 | tail -n +2 > rev
printf '2024-01-15,new,10\n2024-02-15,revised,12\n2024-03-15,revised,10\n' | cmp - rev \
	|| fail "revisions: $(cat rev)"
# One file, a release date per row, rows in either order.
for order in "1 2 3" "3 2 1" "2 3 1"; do
	rm -f v.db*
	"$TRADESTAT" --db v.db init > /dev/null
	{ echo "series,period,value,reported_on"
	  for k in $order; do
		case $k in 1) echo "X,2023-12,10,2024-01-15" ;; 2) echo "X,2023-12,12,2024-02-15" ;;
			   3) echo "X,2023-12,10,2024-03-15" ;; esac
	  done; } > col.csv
	"$TRADESTAT" --db v.db import --vintage-column reported_on col.csv 2> /dev/null
	[ "$("$TRADESTAT" --db v.db export series | awk -F, 'NR == 2 { print $3 }')" = 10 ] \
		|| fail "--vintage-column rows $order: latest is not the March release's"
	"$TRADESTAT" --db v.db export series --revisions | cut -d, -f3,5,6 | tail -n +2 | cmp - rev \
		|| fail "--vintage-column rows $order: revisions differ"
done

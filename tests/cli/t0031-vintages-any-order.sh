# Vintage semantics (issue 11, item 1): the database holds what each release
# said whatever order the releases arrive in. Six releases (revisions,
# repeats, a restatement with more digits, a --complete release that drops a
# period, a period that comes back) imported in 20 seeded random orders give
# the same `export series`, `--as-of` and `--revisions` as in release order;
# so does a --vintage-column file whose rows are shuffled 20 times.
. "$TOP/tests/cli/lib.sh"
python3 - <<'P'
import random
rng = random.Random(11)
dates = ["2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15", "2024-06-15"]
months = [f"2023-{m:02d}" for m in range(1, 13)] + [f"2024-{m:02d}" for m in range(1, 6)]
value = {("A", p): 100 + 7 * i for i, p in enumerate(months)}
value.update({("B", p): 2.5 + 0.25 * i for i, p in enumerate(months)})
rows = []                      # (release date, series, period, text) for the --vintage-column file
for k, d in enumerate(dates):
    held = months[k:k + 12]    # each release: a 12-month window
    if k == 4:
        held = [p for p in held if p != "2023-08"]   # the complete release drops August
    lines = ["period,A,B"]
    for p in held:
        a, b = value[("A", p)], value[("B", p)]
        if rng.random() < 0.35:
            a += rng.choice([-3, 2, 5])              # a revision
        if k == 3 and p == months[6]:
            ta = f"{a}.0004"                         # more digits: a restatement
        else:
            ta = str(a)
        value[("A", p)] = a
        value[("B", p)] = b
        lines.append(f"{p},{ta},{b}")
        rows.append((d, "A", p, ta))
        rows.append((d, "B", p, str(b)))
    open(f"r{k}.csv", "w").write("\n".join(lines) + "\n")
open("dates", "w").write("\n".join(dates) + "\n")
orders = [list(range(6))]
for _ in range(20):
    o = list(range(6)); rng.shuffle(o); orders.append(o)
open("orders", "w").write("\n".join(" ".join(map(str, o)) for o in orders) + "\n")
for n in range(21):
    r = list(rows)
    if n:
        rng.shuffle(r)
    open(f"col{n}.csv", "w").write("series,period,value,reported_on\n" +
        "".join(f"{s},{p},{t},{d}\n" for d, s, p, t in r))
P
run_export() {   # DB: every view of the series, one text
	for q in "" "--as-of 2024-01-20" "--as-of 2024-03-15" "--as-of 2024-05-14" \
		 "--as-of 2024-05-15" "--as-of 2030-01-01" "--revisions" "--layout wide"; do
		echo "== $q"
		"$TRADESTAT" --db "$1" export series $q
	done
}
n=0
while read -r order; do
	rm -f o.db o.db-wal o.db-shm
	"$TRADESTAT" --db o.db init > /dev/null
	for k in $order; do
		c=""; [ "$k" = 4 ] && c=--complete
		"$TRADESTAT" --db o.db import --source S $c --vintage "$(sed -n "$((k + 1))p" dates)" r$k.csv 2>> log
	done
	run_export o.db > out$n
	[ $n = 0 ] || cmp -s out0 out$n || fail "order '$order' differs from release order: $(diff out0 out$n | head -8)"
	n=$((n + 1))
done < orders
[ $n = 21 ] || fail "ran $n orders"
# The export is not trivially the same: revisions, a restatement, a withdrawal.
grep -q ',revised,' out0 && grep -q ',restated,' out0 && grep -q ',withdrawn,' out0 \
	|| fail "the releases revise, restate and withdraw nothing: $(cat out0)"
# The statuses stored are the same too, whatever the order (ids aside).
q="SELECT s.code, o.period, v.released, o.status, o.value_text FROM observation o
   JOIN series s ON s.id = o.series JOIN vintage v ON v.id = o.vintage ORDER BY 1, 2, 3"
sqlite3 o.db "$q" > last.rows
rm -f o.db*; "$TRADESTAT" --db o.db init > /dev/null
for k in 0 1 2 3 4 5; do
	c=""; [ "$k" = 4 ] && c=--complete
	"$TRADESTAT" --db o.db import --source S $c --vintage "$(sed -n "$((k + 1))p" dates)" r$k.csv 2>> log
done
sqlite3 o.db "$q" > first.rows
cmp first.rows last.rows || fail "stored statuses depend on import order"
# One file with a release date per row: the row order does not matter.
for n in $(seq 0 20); do
	rm -f c.db*; "$TRADESTAT" --db c.db init > /dev/null
	"$TRADESTAT" --db c.db import --source S --vintage-column reported_on col$n.csv 2>> log
	for q in "" "--as-of 2024-03-15" "--revisions"; do "$TRADESTAT" --db c.db export series $q; done > col.out$n
	[ $n = 0 ] || cmp -s col.out0 col.out$n || fail "row order $n of the --vintage-column file differs"
done
grep -q ',revised,' col.out0 || fail "the --vintage-column file revises nothing"

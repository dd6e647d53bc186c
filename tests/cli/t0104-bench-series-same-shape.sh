# bench/gen.c series (the input of `make bench`'s validate step): every series
# of the long layout has a subject (reporter, partner, flow) of its own and
# exactly one mirror series (the partner's flow the other way), past the
# 3,200 subjects the generator used to cycle through; more series than it has
# subjects for are refused. With bench/claims.sql's claims, 2N series give
# each rule exactly twice the findings of N (N more of the same shape).
. "$TOP/tests/cli/lib.sh"
cc -std=c11 -O1 -o gen "$TOP/bench/gen.c" || fail "bench/gen.c does not build"
./gen series 4000 1 long s.csv
awk -F, 'NR > 1 {
	k = $5 "," $6 "," $7
	if (k in seen) { print "subject " k " twice: " seen[k] " and " $1; bad = 1 }
	seen[k] = $1
	if ($5 == $6) { print $1 " trades with itself"; bad = 1 }
}
END {
	for (k in seen) {
		split(k, f, ",")
		m = f[2] "," f[1] "," (f[3] == "import" ? "export" : "import")
		if (!(m in seen)) { print "no mirror for " seen[k] " (" k ")"; bad = 1 }
	}
	exit bad
}' s.csv > bad.txt || fail "$(head -3 bad.txt)"
[ "$(wc -l < s.csv)" = 4001 ] || fail "$(wc -l < s.csv) lines for 4,000 series of one month"
expect_exit 1 ./gen series 60000 1 long big.csv 2> err
grep -q 'more series than distinct subjects' err || fail "too many series: $(cat err)"

# Findings per rule at S and 2S series, 100 claims a series (bench/run.sh).
findings() {
	./gen series "$1" 300 long "l$1.csv"
	"$TRADESTAT" --db "v$1.db" init > /dev/null
	"$TRADESTAT" --db "v$1.db" import --vintage 2024-01-01 "l$1.csv" > /dev/null 2>&1
	sqlite3 "v$1.db" ".parameter set :n $(($1 * 100))" ".read $TOP/bench/claims.sql"
	set +e
	"$TRADESTAT" --db "v$1.db" validate -q 2> /dev/null
	set -e
	sqlite3 "v$1.db" "SELECT rule || ' ' || count(*) FROM finding GROUP BY rule ORDER BY rule"
}
findings 12 > n.txt
findings 24 > n2.txt
[ "$(wc -l < n.txt)" -ge 3 ] || fail "too few rules found anything: $(cat n.txt)"
awk 'NR == FNR { n[$1] = $2; next } $2 != 2 * n[$1] { print $1 ": " n[$1] " at N, " $2 " at 2N"; bad = 1 }
     END { exit bad }' n.txt n2.txt > bad.txt || fail "not twice the findings: $(cat bad.txt)"
